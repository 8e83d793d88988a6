/// Orders `items` by a small integer key, keeping the order of items with equal keys
/// (a counting sort: two passes over the items, no comparisons).
///
/// `key` must return a value in `0..<keyCount`. Returns the ordered items and, for each
/// key, where its items start (`keyCount + 1` entries, the last one the number of items).
func stablyOrdered<Items: Sequence<Int32>>(
  _ items: Items, keyCount: Int, by key: (Int32) -> Int
) -> (items: [Int32], starts: [Int32]) {
  var starts = [Int32](repeating: 0, count: keyCount + 1)
  for item in items { starts[key(item) + 1] += 1 }
  for index in 0..<keyCount { starts[index + 1] += starts[index] }
  var next = starts
  var ordered = [Int32](repeating: 0, count: Int(starts[keyCount]))
  for item in items {
    let slot = key(item)
    ordered[Int(next[slot])] = item
    next[slot] += 1
  }
  return (ordered, starts)
}
