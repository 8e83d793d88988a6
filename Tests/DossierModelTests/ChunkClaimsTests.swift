import Synchronization
import Testing

@testable import DossierModel

/// Two threads share chunks: each takes its own region from the front, then the other's
/// from the back; no chunk is given twice or lost.
@Suite struct ChunkClaimsTests {
  private typealias Claim = ChunkClaims.Claim

  @Test func aThreadAloneTakesItsRegionThenTheOthersFromTheBack() {
    let claims = ChunkClaims(count: 6, middle: 3)
    var taken: [Claim] = []
    while let claim = claims.next(for: 0) { taken.append(claim) }
    #expect(
      taken == [
        Claim(index: 0, isOwn: true), Claim(index: 1, isOwn: true), Claim(index: 2, isOwn: true),
        Claim(index: 5, isOwn: false), Claim(index: 4, isOwn: false),
        Claim(index: 3, isOwn: false),
      ])
    #expect(claims.next(for: 1) == nil)
  }

  @Test func theThreadsMeetWhereTheirClaimsCross() {
    let claims = ChunkClaims(count: 5, middle: 2)
    #expect(claims.next(for: 1) == Claim(index: 2, isOwn: true))
    #expect(claims.next(for: 0) == Claim(index: 0, isOwn: true))
    #expect(claims.next(for: 0) == Claim(index: 1, isOwn: true))
    #expect(claims.next(for: 0) == Claim(index: 4, isOwn: false))
    #expect(claims.next(for: 1) == Claim(index: 3, isOwn: true))
    #expect(claims.next(for: 1) == nil)
    #expect(claims.next(for: 0) == nil)
  }

  @Test func anEmptyRegionSendsItsThreadToTheOther() {
    let claims = ChunkClaims(count: 3, middle: 0)
    #expect(claims.next(for: 0) == Claim(index: 2, isOwn: false))
    #expect(claims.next(for: 1) == Claim(index: 0, isOwn: true))
  }

  /// Claimed at once by two threads, every chunk is given once, and each thread's own
  /// chunks are the first ones of its region, in order.
  @Test func twoThreadsAtOnceShareEveryChunkOnce() {
    let count = 20_000
    let claims = ChunkClaims(count: count, middle: count / 3)
    let taken = ParallelPair(
      { Self.claimAll(claims, thread: 0) }, { Self.claimAll(claims, thread: 1) })
    let all = (taken.first + taken.second).map(\.index).sorted()
    #expect(all == Array(0..<count))
    let firstOwn = taken.first.filter(\.isOwn).map(\.index)
    let secondOwn = taken.second.filter(\.isOwn).map(\.index)
    #expect(firstOwn == Array(0..<firstOwn.count))
    #expect(secondOwn == Array(count / 3..<count / 3 + secondOwn.count))
  }

  private static func claimAll(_ claims: ChunkClaims, thread: Int) -> [Claim] {
    var taken: [Claim] = []
    while let claim = claims.next(for: thread) { taken.append(claim) }
    return taken
  }
}
