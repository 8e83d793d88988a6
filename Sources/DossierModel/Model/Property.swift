/// A labelled fact about an entity or a link: "Amount in EUR: 1200", "Country: kz".
///
/// Properties carry what a format knows beyond names, dates and links: registration
/// numbers, amounts, addresses, URLs. Each has a machine key (FollowTheMoney's property
/// name where it comes from FtM), a label for people and one or more values of one type.
public struct Property: Sendable, Hashable {
  /// The machine name, unique within its entity or link: `amountEur`, `registrationNumber`.
  public let key: String
  /// The label people read: "Amount in EUR".
  public let label: String
  /// What kind of value the values are.
  public let type: PropertyType
  /// The values, in the order given; never empty.
  public let values: [String]

  /// Creates a property.
  public init(key: String, label: String, type: PropertyType = .text, values: [String]) {
    self.key = key
    self.label = label
    self.type = type
    self.values = values
  }
}

/// The type of a property's values. Open: any lowercase word is a type; the known ones
/// decide how values are shown and searched.
public struct PropertyType: RawRepresentable, Sendable, Hashable, Comparable {
  /// The type's name as written in files: `amount`, `country`.
  public let rawValue: String

  /// A type by name.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// Free text.
  public static let text = PropertyType(rawValue: "text")
  /// A name of something (searched like aliases).
  public static let name = PropertyType(rawValue: "name")
  /// A sum of money or a quantity, as written.
  public static let amount = PropertyType(rawValue: "amount")
  /// A plain number.
  public static let number = PropertyType(rawValue: "number")
  /// A date or date and time, ISO 8601, as precise as known.
  public static let date = PropertyType(rawValue: "date")
  /// A country or territory code (ISO 3166-1 alpha-2, lowercase, as FtM writes them).
  public static let country = PropertyType(rawValue: "country")
  /// A postal address as one line.
  public static let address = PropertyType(rawValue: "address")
  /// A web address.
  public static let url = PropertyType(rawValue: "url")
  /// A registration number, tax number, IMO number, …
  public static let identifier = PropertyType(rawValue: "identifier")
  /// An e-mail address.
  public static let email = PropertyType(rawValue: "email")
  /// A telephone number.
  public static let phone = PropertyType(rawValue: "phone")
  /// A language code.
  public static let language = PropertyType(rawValue: "language")
  /// A topic or category tag.
  public static let topic = PropertyType(rawValue: "topic")

  /// The types with a meaning of their own, in alphabetical order.
  public static let known: [PropertyType] = [
    .address, .amount, .country, .date, .email, .identifier, .language, .name, .number, .phone,
    .text, .topic, .url,
  ]

  /// Whether search should find an entity by values of this type: names, places,
  /// identifiers and text; not amounts, numbers, dates or URLs.
  public var isSearchable: Bool {
    switch self {
    case .name, .text, .address, .identifier, .email, .phone, .topic: true
    default: false
    }
  }

  /// Alphabetical by name.
  public static func < (lhs: PropertyType, rhs: PropertyType) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}
