extension RandomAccessCollection {
  /// The index of the first element for which `isInSecondPart` holds, or `endIndex`, in a
  /// collection where every element for which it does not hold comes first (a sorted
  /// collection and `{ $0 >= x }`, say); found by halving.
  public func partitionPoint(where isInSecondPart: (Element) -> Bool) -> Index {
    var low = startIndex
    var length = count
    while length > 0 {
      let half = length / 2
      let middle = index(low, offsetBy: half)
      if isInSecondPart(self[middle]) {
        length = half
      } else {
        low = index(after: middle)
        length -= half + 1
      }
    }
    return low
  }
}
