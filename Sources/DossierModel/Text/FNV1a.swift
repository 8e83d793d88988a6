/// The 64-bit FNV-1a hash: a stable name for a file from its path (the same in every run
/// and build, unlike `Hasher`).
public enum FNV1a {
  /// The hash of `text`'s UTF-8 bytes, in hexadecimal.
  public static func hex(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    return String(hash, radix: 16)
  }
}
