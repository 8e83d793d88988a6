import Testing

@testable import DossierModel

/// The partition point of a sorted collection is where a linear scan finds the first
/// element in the second part.
@Suite struct PartitionPointTests {
  @Test(arguments: [0, 1, 2, 5, 64, 100])
  func findsWhatALinearScanFinds(count: Int) {
    let sorted = (0..<count).map { $0 / 3 }
    for boundary in -1...(count / 3 + 1) {
      let expected = sorted.firstIndex { $0 >= boundary } ?? sorted.endIndex
      #expect(sorted.partitionPoint { $0 >= boundary } == expected)
      let slice = sorted.dropFirst(count / 2)
      #expect(
        slice.partitionPoint { $0 >= boundary } == slice.firstIndex { $0 >= boundary }
          ?? slice.endIndex)
    }
  }
}
