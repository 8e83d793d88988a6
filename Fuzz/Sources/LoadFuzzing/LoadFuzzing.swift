import BundledDossier
import DossierModel

/// Loads the bytes as `format`, as `DossierLoader` loads a file, and traps when the load
/// breaks its promise: it returns a whole dossier, or throws located problems. A source's
/// text file is one of the bundled dossier's, by name, so that the bundled dossier loads.
///
/// A dossier that loads is then searched, exported in every format, and loaded again from
/// its native export, which must give equal content (see `exercise`).
public func fuzzLoad(_ bytes: UnsafeBufferPointer<UInt8>, format: DossierFileFormat) {
  let input = [UInt8](bytes)
  let dossierInput = DossierInput.bytes(input, fileName: fuzzFileName) { name in
    BundledDossier.textFiles[name].map { String(decoding: $0, as: UTF8.self) }
  }
  do {
    let loaded = try DossierLoader.load(dossierInput, format: format)
    exercise(loaded.dossier, input: input)
  } catch {
    checkProblems(error.problems, input: input)
  }
}

/// The file name problem reports must name.
let fuzzFileName = "fuzz"

/// Traps unless there is a problem, and each names the file, says something, and has a
/// line and column (both or neither) inside the input.
private func checkProblems(_ problems: [LoadProblem], input: [UInt8]) {
  guard !problems.isEmpty else { fatalError("a load failed with no problem") }
  let lineCount = input.count { $0 == 0x0A } + 1
  for problem in problems {
    guard problem.file == fuzzFileName, !problem.message.isEmpty else {
      fatalError("a problem without its file or message: \(problem)")
    }
    switch (problem.line, problem.column) {
    case (nil, nil): break
    case (let line?, let column?) where (1...lineCount).contains(line) && column >= 1: break
    default: fatalError("a problem outside the input's \(lineCount) lines: \(problem)")
    }
  }
}
