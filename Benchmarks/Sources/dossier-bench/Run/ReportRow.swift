/// One line of the results table: a measurement, its target, and a peer's figure.
struct ReportRow {
  /// What a target asks of the median and p95 (and of the ratio to the peer).
  struct Target {
    var text: String
    /// Whether the figures meet it; nil (or a nil answer) when the figures cannot tell,
    /// as when the peer it compares with was not measured.
    var isMet: ((_ ours: Samples, _ peer: Samples?) -> Bool?)?

    /// The median and p95 at most these values (in the samples' unit).
    static func atMost(median: Double, p95: Double? = nil, text: String) -> Target {
      Target(text: text) { ours, _ in ours.median <= median && p95.map { ours.p95 <= $0 } ?? true }
    }

    /// At most `median` and at least `factor` times faster than the peer.
    static func fasterThanPeer(by factor: Double, median: Double?, text: String) -> Target {
      Target(text: text) { ours, peer in
        guard let peer, !peer.isEmpty else { return nil }
        return peer.median >= factor * ours.median && median.map { ours.median <= $0 } ?? true
      }
    }
  }

  var measurement: String
  var samples: Samples?
  var target: Target?
  var peerName: String?
  var peer: Samples?
  /// Why there is no figure, when there is none.
  var skipped: String?

  init(
    _ measurement: String, _ samples: Samples?, target: Target? = nil, peerName: String? = nil,
    peer: Samples? = nil
  ) {
    self.measurement = measurement
    self.samples = samples
    self.target = target
    self.peerName = peerName
    self.peer = peer
  }

  /// A row for something that was not measured, and why.
  static func skipped(_ measurement: String, _ reason: String, target: Target? = nil)
    -> ReportRow
  {
    var row = ReportRow(measurement, nil, target: target)
    row.skipped = reason
    return row
  }
}
