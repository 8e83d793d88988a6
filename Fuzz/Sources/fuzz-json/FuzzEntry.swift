@testable import DossierModel

/// libFuzzer's entry: reads the input as one JSON document with `JSONReader`, twice (into
/// values, and skipping), and traps when the two readings disagree, when an error's offset
/// lies outside the input, or when Foundation refuses or reads differently a document the
/// reader accepts.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  let read = Result { () throws(JSONSyntaxError) in try JSONValue.read(bytes) }
  let skipped = Result { () throws(JSONSyntaxError) in try JSONValue.skip(bytes) }
  switch (read, skipped) {
  case (.success(let value), .success):
    compareWithFoundation(value, bytes)
  case (.failure(let error), .failure(let skipError)):
    guard error == skipError else {
      fatalError("reading says \(error), skipping says \(skipError)")
    }
    checkLocated(error, in: bytes)
  case (.success, .failure(let error)):
    fatalError("reading accepts the document, skipping says \(error)")
  case (.failure(let error), .success):
    fatalError("skipping accepts the document, reading says \(error)")
  }
  return 0
}

/// Traps unless the error points into the input (or just past it) and says something.
private func checkLocated(_ error: JSONSyntaxError, in bytes: UnsafeBufferPointer<UInt8>) {
  guard (0...bytes.count).contains(error.offset), !error.message.isEmpty else {
    fatalError("error outside the input of \(bytes.count) bytes: \(error)")
  }
  let (line, column) = SourceLocator(bytes: Array(bytes)).location(of: error.offset)
  guard line >= 1, column >= 1 else {
    fatalError("error at line \(line), column \(column): \(error)")
  }
}

/// Traps when Foundation refuses an accepted document (unless one of its numbers is too
/// large for a `Double`) or reads it differently.
private func compareWithFoundation(_ value: JSONValue, _ bytes: UnsafeBufferPointer<UInt8>) {
  guard let object = FoundationOracle.parse(bytes) else {
    guard value.numbersAreFinite else { return }
    fatalError("the reader accepts a document Foundation refuses")
  }
  if let difference = FoundationOracle.difference(between: value, and: object) {
    fatalError("the reader and Foundation differ at \(difference)")
  }
}
