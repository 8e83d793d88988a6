/// A fast 64-bit checksum of a snapshot's body: four lanes of multiply-and-rotate over
/// 8-byte words, folded together with the length. It detects damage, not tampering.
enum SnapshotChecksum {
  static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    let prime: UInt64 = 0x9E37_79B9_7F4A_7C15
    var lanes: (UInt64, UInt64, UInt64, UInt64) = (1, 2, 3, 4)
    let words = bytes.count / 32 * 4
    var offset = 0
    while offset < words * 8 {
      lanes.0 = mix(lanes.0, bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self), prime)
      lanes.1 = mix(
        lanes.1, bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self), prime)
      lanes.2 = mix(
        lanes.2, bytes.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self), prime)
      lanes.3 = mix(
        lanes.3, bytes.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self), prime)
      offset += 32
    }
    var hash = lanes.0 ^ (lanes.1 &* 3) ^ (lanes.2 &* 5) ^ (lanes.3 &* 7) ^ UInt64(bytes.count)
    while offset < bytes.count {
      hash = mix(hash, UInt64(bytes[offset]), prime)
      offset += 1
    }
    return hash ^ (hash >> 29)
  }

  private static func mix(_ lane: UInt64, _ word: UInt64, _ prime: UInt64) -> UInt64 {
    let mixed = (lane ^ word) &* prime
    return (mixed << 31) | (mixed >> 33)
  }
}
