/// Repeated measurements of one quantity, summarised by median and 95th percentile.
struct Samples {
  /// What the values count.
  enum Unit {
    case milliseconds
    case mebibytes
    case percent
    /// Time per mebibyte of input.
    case millisecondsPerMebibyte
  }

  var unit: Unit
  private(set) var values: [Double] = []

  init(_ unit: Unit, _ values: [Double] = []) {
    self.unit = unit
    self.values = values
  }

  /// Time samples, in milliseconds.
  init(_ durations: [Duration]) {
    self.init(.milliseconds, durations.map(\.milliseconds))
  }

  mutating func append(_ value: Double) { values.append(value) }

  mutating func append(_ duration: Duration) { values.append(duration.milliseconds) }

  var isEmpty: Bool { values.isEmpty }
  var count: Int { values.count }

  var median: Double { percentile(50) }
  var p95: Double { percentile(95) }

  /// The nearest-rank percentile: the smallest sample with at least `percent`% of the
  /// samples at or below it.
  func percentile(_ percent: Double) -> Double {
    guard !values.isEmpty else { return .nan }
    let sorted = values.sorted()
    let rank = Int((percent / 100 * Double(sorted.count)).rounded(.up))
    return sorted[max(0, min(sorted.count - 1, rank - 1))]
  }
}

extension Duration {
  /// The duration in milliseconds, as a floating-point number.
  var milliseconds: Double {
    Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15
  }
}

/// Runs `body` and returns how long it took on the continuous clock.
func elapsed(_ body: () throws -> Void) rethrows -> Duration {
  let clock = ContinuousClock()
  let start = clock.now
  try body()
  return clock.now - start
}
