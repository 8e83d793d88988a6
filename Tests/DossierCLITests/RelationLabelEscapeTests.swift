import Foundation
import Testing

/// A relation from the data is shown, never obeyed: `show` once printed a link's relation
/// raw in its group heading, so that an OSC 52 sequence in it wrote to the clipboard and
/// another cleared the screen.
@Suite("Relation labels in show")
struct RelationLabelEscapeTests {
  private static let relation = #"x\u001b]52;c;cHduZWQ=\u0007\u001b[2J\u202eevil"#

  @Test func aHostileRelationIsShownVisiblyInBothDirections() throws {
    try withTemporaryDirectory { folder in
      let file = try writeFile(
        """
        {"format": "dossier", "version": 1, "title": "T",
         "actors": [
           {"id": "a", "name": "A", "type": "person"},
           {"id": "b", "name": "B", "type": "person"}],
         "links": [{"from": "a", "to": "b", "relation": "\(Self.relation)"}]}
        """, named: "t.json", in: folder)
      for id in ["a", "b"] {
        let result = try runDossier("show", id, "--data", file)
        HostileDossier.expectNeutralized(result, visible: [#"\u{1B}]52;c;cHduZWQ="#])
      }
    }
  }
}
