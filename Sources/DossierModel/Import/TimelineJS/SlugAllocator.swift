/// Hands out readable, unique ids made from names: "Xi visits Astana" → `xi-visits-astana`,
/// then `xi-visits-astana-2`, never one that is reserved or already handed out.
struct SlugAllocator {
  /// The longest slug made from a name, before any `-2` suffix.
  static let maximumLength = 60

  private var used: Set<String> = []
  private var nextSuffix: [String: Int] = [:]

  /// Marks ids given in the file as taken, so no made-up id equals one of them.
  mutating func reserve(_ id: String) {
    used.insert(id)
  }

  /// A new id from `name`, with `prefix` in front (`group-`); `fallback` when the name
  /// has no letters or digits.
  mutating func allocate(for name: String, prefix: String = "", fallback: String) -> String {
    let slug = Self.slug(name)
    let base = prefix + (slug.isEmpty ? fallback : slug)
    var candidate = base
    var suffix = nextSuffix[base] ?? 2
    while used.contains(candidate) {
      candidate = "\(base)-\(suffix)"
      suffix += 1
    }
    nextSuffix[base] = suffix
    used.insert(candidate)
    return candidate
  }

  /// Lowercase ASCII letters and digits of `name` (diacritics folded away), runs of
  /// anything else as one `-`, cut at a word end to at most `maximumLength`.
  static func slug(_ name: String) -> String {
    var slug = ""
    var pendingSeparator = false
    for scalar in TextFolding.fold(name).unicodeScalars {
      guard scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) else {
        pendingSeparator = true
        continue
      }
      if pendingSeparator, !slug.isEmpty { slug.append("-") }
      pendingSeparator = false
      slug.unicodeScalars.append(scalar)
    }
    guard slug.utf8.count > maximumLength else { return slug }
    let head = slug.prefix(maximumLength + 1)
    guard let cut = head.lastIndex(of: "-") else { return String(slug.prefix(maximumLength)) }
    return String(head[..<cut])
  }
}
