import Testing

@testable import DossierModel

@Suite("Entity line")
struct EntityLineTests {
  @Test(
    arguments: [
      ("{\n  \"id\": \"a\",\n  \"x\": \"b\"\n}", "a", 2),
      ("{\"name\": \"b\"}\n{\"id\":\"b\"}", "b", 2),
      ("{\"to\": \"c\",\n\"id\" :  \"c\"}", "c", 2),
      ("{\"id\": \"cc\"}", "c", nil),
      ("{\"other\": \"d\"}", "d", nil),
    ] as [(String, String, Int?)])
  func findsTheLineOfTheIdMember(text: String, id: String, line: Int?) {
    #expect(EntityLine.find(id, in: Array(text.utf8)) == line)
  }
}
