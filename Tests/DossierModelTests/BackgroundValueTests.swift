import Testing

@testable import DossierModel

/// A value computed in the background is what its readers read, however many times.
@Suite struct BackgroundValueTests {
  @Test func aBackgroundValueIsTheValueItsWorkMakes() {
    let background = BackgroundValue { (1...100).reduce(0, +) }
    #expect(background.value == 5050)
    #expect(background.value == 5050)
  }
}
