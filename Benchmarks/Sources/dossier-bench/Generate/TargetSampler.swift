/// Chooses the entity a link points to, so that a few entities receive many links.
///
/// The first `hubs` entities (but the first, which callers link to on purpose) are hubs:
/// a share of all choices goes to them, weighted by `1 / √rank`. The other entities are
/// chosen half uniformly and half from a long tail (`SeededGenerator.longTail`), shuffled
/// by a fixed permutation so the busiest are spread through the file.
struct TargetSampler {
  private let hubs: Int
  private let others: Int
  private let hubShare: Double
  private let tailDepth: Int
  private let permutationStride: Int
  private let cumulativeHubWeights: [Int]

  /// A sampler over entities `0..<count`, of which `0..<hubs` are hubs.
  init(count: Int, hubs: Int, hubShare: Double, tailDepth: Int) {
    self.hubs = hubs
    others = count - hubs
    self.hubShare = hubShare
    self.tailDepth = tailDepth
    var weights: [Int] = []
    var total = 0
    for rank in stride(from: 1, to: max(hubs, 1), by: 1) {
      total += Int((1_000_000 / Double(rank).squareRoot()).rounded())
      weights.append(total)
    }
    cumulativeHubWeights = weights
    permutationStride = Self.coprimeStride(for: others)
  }

  /// An entity index in `0..<count`; 0 only when there is no other entity.
  func pick(using random: inout SeededGenerator) -> Int {
    if let total = cumulativeHubWeights.last, others == 0 || random.chance(hubShare) {
      let draw = random.int(below: total)
      return 1 + cumulativeHubWeights.firstIndex { draw < $0 }!
    }
    guard others > 0 else { return 0 }
    let rank =
      random.chance(0.5)
      ? random.int(below: others) : random.longTail(below: others, depth: tailDepth)
    return hubs + (rank * permutationStride + others / 3) % others
  }

  /// A stride near 0.618 × `count` that shares no factor with `count`, so that
  /// `(rank * stride + offset) % count` permutes `0..<count`.
  private static func coprimeStride(for count: Int) -> Int {
    guard count > 1 else { return 1 }
    var candidate = max(1, count * 618 / 1000)
    while greatestCommonDivisor(candidate, count) != 1 { candidate += 1 }
    return candidate
  }

  private static func greatestCommonDivisor(_ first: Int, _ second: Int) -> Int {
    var (left, right) = (first, second)
    while right != 0 { (left, right) = (right, left % right) }
    return left
  }
}

extension TargetSampler {
  /// Link targets among the plan's actors: the hubs take 6% of links, the rest a long tail.
  static func actors(of plan: GenerationPlan) -> TargetSampler {
    TargetSampler(count: plan.actors, hubs: plan.hubs, hubShare: 0.06, tailDepth: 4)
  }

  /// Link targets among the plan's projects: no hubs.
  static func projects(of plan: GenerationPlan) -> TargetSampler {
    TargetSampler(count: plan.projects, hubs: 0, hubShare: 0, tailDepth: 3)
  }
}
