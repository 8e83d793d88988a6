/// The plural of an entity type, for group headings: "People" for person, "Wind farms"
/// for wind farm, FtM's own plurals for its schemata ("Addresses", "Public bodies").
public enum TypePlural {
  private static let irregular = ["person": "People", "people": "People"]

  /// The plural of `type`, capitalised.
  public static func of(_ type: String) -> String {
    if let plural = irregular[type.lowercased()] { return plural }
    if let schema = FtMModel.schema(labelled: type) { return schema.plural }
    return capitalized(englishPlural(type))
  }

  private static func englishPlural(_ word: String) -> String {
    let lowered = word.lowercased()
    if lowered.hasSuffix("y"), let beforeY = lowered.dropLast().last, !"aeiou".contains(beforeY) {
      return word.dropLast() + "ies"
    }
    if ["s", "x", "z", "ch", "sh"].contains(where: lowered.hasSuffix) {
      return lowered.hasSuffix("ss") || !lowered.hasSuffix("s") ? word + "es" : word
    }
    return word + "s"
  }

  private static func capitalized(_ text: String) -> String {
    text.prefix(1).uppercased() + text.dropFirst()
  }
}
