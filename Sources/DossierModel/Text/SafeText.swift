/// Makes untrusted text from data files safe to show on a terminal.
///
/// Control characters (C0, DEL, C1), which could start escape sequences, and bidirectional
/// overrides, which could disguise text, are replaced by a visible `\u{…}` notation.
/// Line breaks and tabs become spaces on a single line.
public enum SafeText {
  /// `text` with every control character shown visibly, on one line.
  public static func neutralized(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: needsNeutralizing) else { return text }
    var output = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar == "\n" || scalar == "\t" || scalar == "\r" {
        output.append(" ")
      } else if needsNeutralizing(scalar) {
        output.append(contentsOf: visibleNotation(of: scalar).unicodeScalars)
      } else {
        output.append(scalar)
      }
    }
    return String(output)
  }

  /// Whether a scalar must not reach a terminal as it is.
  public static func needsNeutralizing(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: true
    case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
    default: false
    }
  }

  /// `\u{1B}` for ESC, and likewise for any scalar.
  public static func visibleNotation(of scalar: Unicode.Scalar) -> String {
    "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
  }
}
