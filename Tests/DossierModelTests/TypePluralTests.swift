import Testing

@testable import DossierModel

@Suite struct TypePluralTests {
  @Test(arguments: [
    ("person", "People"), ("wind farm", "Wind farms"), ("country", "Countries"),
    ("hydropower plant", "Hydropower plants"), ("day", "Days"), ("business", "Businesses"),
    ("tax", "Taxes"), ("branch", "Branches"), ("series", "Series"),
    ("Address", "Addresses"), ("Public body", "Public bodies"), ("Company", "Companies"),
    ("Payment", "Payments"), ("Other link", "Other links"),
  ])
  func plural(_ type: String, _ expected: String) {
    #expect(TypePlural.of(type) == expected)
  }
}
