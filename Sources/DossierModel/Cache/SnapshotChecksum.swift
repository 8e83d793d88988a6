import Dispatch
import FoundationEssentials
import Glibc
import Synchronization

/// A fast 64-bit checksum of a snapshot's body, to detect damage (not tampering): the body
/// is cut in blocks of 16 MiB, each hashed with four lanes of multiply-and-rotate over
/// 8-byte words, and the blocks' hashes are folded in order with the length.
///
/// Blocks are independent, so a writer hashes them as it streams and a reader checks them
/// on both cores. A reader checks a snapshot by reading its file with `pread`, not through
/// its mapping, so that checking does not make the whole snapshot resident in the process.
enum SnapshotChecksum {
  /// The bytes in one block.
  static let blockSize = 16 << 20

  /// Folds the blocks' hashes, in order, with the body's length.
  static func fold(_ blockHashes: [UInt64], count: Int) -> UInt64 {
    var folded = UInt64(count) &* 0x9E37_79B9_7F4A_7C15
    for hash in blockHashes {
      folded = (folded ^ hash) &* 0xC2B2_AE3D_27D4_EB4F
      folded ^= folded >> 31
    }
    return folded
  }

  /// The hash of one block.
  static func hash(_ block: UnsafeRawBufferPointer) -> UInt64 {
    var lanes: (UInt64, UInt64, UInt64, UInt64) = (1, 2, 3, 4)
    let words = block.count / 32 * 32
    var offset = 0
    while offset < words {
      lanes.0 = mix(lanes.0, block.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
      lanes.1 = mix(lanes.1, block.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
      lanes.2 = mix(lanes.2, block.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self))
      lanes.3 = mix(lanes.3, block.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self))
      offset += 32
    }
    var tail: UInt64 = 5
    while offset < block.count {
      tail = mix(tail, UInt64(block[offset]))
      offset += 1
    }
    return lanes.0 ^ (lanes.1 &* 3) ^ (lanes.2 &* 5) ^ (lanes.3 &* 7) ^ tail
  }

  /// The checksum of `count` bytes of the open file `descriptor` from `offset`, its blocks
  /// read and hashed on `threads` threads; nil when they cannot all be read.
  static func of(descriptor: Int32, offset: Int, count: Int, threads: Int = 2) -> UInt64? {
    let blockCount = (count + blockSize - 1) / blockSize
    let hashes = BlockHashes(count: blockCount)
    DispatchQueue.concurrentPerform(iterations: threads) { lane in
      let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: blockSize, alignment: 8)
      defer { buffer.deallocate() }
      for block in stride(from: lane, to: blockCount, by: threads) {
        let start = block * blockSize
        let length = min(blockSize, count - start)
        var filled = 0
        while filled < length {
          let got = pread(
            descriptor, buffer.baseAddress! + filled, length - filled,
            off_t(offset + start + filled))
          guard got > 0 else { return }
          filled += got
        }
        hashes.store(block, hash(UnsafeRawBufferPointer(rebasing: buffer[..<length])))
      }
    }
    guard let all = hashes.all else { return nil }
    return fold(all, count: count)
  }

  private static func mix(_ lane: UInt64, _ word: UInt64) -> UInt64 {
    let mixed = (lane ^ word) &* 0x9E37_79B9_7F4A_7C15
    return (mixed << 31) | (mixed >> 33)
  }
}

/// Block hashes written by two threads.
private final class BlockHashes: Sendable {
  private let hashes: Mutex<[UInt64?]>

  init(count: Int) { hashes = Mutex(Array(repeating: nil, count: count)) }

  func store(_ block: Int, _ hash: UInt64) { hashes.withLock { $0[block] = hash } }

  /// Every block's hash, or nil when a block could not be read.
  var all: [UInt64]? {
    hashes.withLock { hashes in
      hashes.contains(nil) ? nil : hashes.map { $0! }
    }
  }
}
