import Testing

@testable import DossierModel

/// Amounts in event names get thousands separators; anything not a plain decimal number
/// stays as written.
@Suite struct FtMAmountTests {
  @Test(arguments: [
    ("1200", "1,200"), ("640", "640"), ("100000", "100,000"), ("1000000", "1,000,000"),
    ("-1234567.89", "-1,234,567.89"), ("48500.50", "48,500.50"), ("1000.", "1,000."),
    ("12a", "12a"), ("", ""), (".5", ".5"), ("-", "-"), ("1.2.3", "1.2.3"), ("1 200", "1 200"),
  ])
  func groupsThousands(amount: String, expected: String) {
    #expect(DecimalText.groupingThousands(amount) == expected)
  }
}
