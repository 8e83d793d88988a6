import BundledDossier
import Testing

@testable import DossierModel

@Suite("Neighbours")
struct NeighbourTests {
  private let dossier: Dossier = {
    do { return try BundledDossier.load() } catch { fatalError("\(error)") }
  }()

  /// Each entity's links counted from the link table itself.
  private var naiveCounts: [Int] {
    var counts = [Int](repeating: 0, count: dossier.entities.count)
    for link in dossier.links {
      if let from = dossier.entityIndex(id: link.from), dossier.entityIndex(id: link.to) != nil {
        counts[from] += 1
        counts[dossier.entityIndex(id: link.to)!] += 1
      }
    }
    return counts
  }

  @Test func linkCountsAndNeighboursAgreeWithTheLinks() {
    let counts = naiveCounts
    for index in dossier.entities.indices {
      #expect(dossier.linkCount(of: index) == counts[index])
      var met = 0
      dossier.forEachNeighbour(of: index) { _ in met += 1 }
      #expect(met == counts[index])
    }
  }

  @Test(arguments: [1, 3, 10, 100])
  func mostLinkedIsTheTopByCountThenIndex(limit: Int) {
    let counts = naiveCounts
    let expected = counts.indices.filter { counts[$0] > 0 }
      .sorted { (counts[$0], -$0) > (counts[$1], -$1) }.prefix(limit)
    #expect(dossier.mostLinked(limit: limit) == Array(expected))
  }
}
