import Foundation

/// Load time and peak memory of one dossier file, each load in a fresh child process.
struct LoadMeasurement {
  var parse = Samples(.milliseconds)
  var validate = Samples(.milliseconds)
  var index = Samples(.milliseconds)
  var total = Samples(.milliseconds)
  var peakMemory = Samples(.mebibytes)
  var entities = 0
}

/// Runs `dossier-bench run measure-load FILE` repeatedly and collects its reports.
enum LoadBenchmark {
  /// Loads slower than this are repeated at most `slowRepetitions` times.
  static let slowLoad: Double = 20_000
  static let slowRepetitions = 3

  static func measure(file: String, repetitions: Int) throws -> LoadMeasurement {
    var result = LoadMeasurement()
    var planned = repetitions
    var done = 0
    while done < planned {
      let outcome = try Subprocess.run(
        BenchExecutable.path, ["run", "measure-load", file], output: .capture, showErrors: true)
      guard outcome.succeeded,
        let line = outcome.outputText.split(separator: "\n").last,
        let report = try? JSONDecoder().decode(LoadReport.self, from: Data(line.utf8))
      else {
        throw SpawnError(description: "measure-load failed on \(file)")
      }
      result.parse.append(report.parse)
      result.validate.append(report.validate)
      result.index.append(report.index)
      result.total.append(report.total)
      result.peakMemory.append(Double(report.peakMemory) / 1_048_576)
      result.entities = report.entities
      done += 1
      if report.total > slowLoad { planned = min(planned, slowRepetitions) }
    }
    return result
  }
}
