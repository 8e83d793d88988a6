import Foundation
import Testing

@testable import DossierModel

/// How dossier content maps to FtM entities (docs/FORMATS.md, native → FtM).
@Suite struct FtMExportTests {
  let exported: FtMEntities

  init() throws {
    exported = try FtMEntities(FtMExport.jsonLines(FtMExportFixture.content))
  }

  @Test func everyLineIsOneCompactEntity() throws {
    let lines = FtMExport.jsonLines(FtMExportFixture.content)
    #expect(lines.hasSuffix("\n"))
    for line in lines.split(separator: "\n") {
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      #expect(Set(object.keys) == ["id", "schema", "properties"], "\(line)")
    }
    #expect(Set(exported.all.map(\.id)).count == exported.all.count, "ids are unique")
  }

  @Test func entitiesKeepTheirIDsNamesAliasesAndSummaries() throws {
    for entity in FtMExportFixture.content.entities {
      let written = try exported.require(entity.id)
      if written.schemaAccepts("name") {
        #expect(written["name"] == [entity.name], "\(entity.id)")
      }
      #expect(written["alias"] == entity.aliases, "\(entity.id)")
      #expect(written["summary"] == entity.summary.map { [$0] } ?? [], "\(entity.id)")
    }
  }

  @Test(arguments: [
    ("acme", "Company"), ("jane-roe", "Person"), ("ministry", "PublicBody"),
    ("gazette", "Organization"), ("astana", "LegalEntity"), ("meeting", "Event"),
    ("lab", "Project"), ("pay-1", "Payment"), ("hq", "Address"), ("fee", "LegalEntity"),
  ])
  func schemaFollowsTypeAndKind(id: String, schema: String) throws {
    #expect(try exported.require(id).schema == schema)
  }

  @Test func typesThatAreNotTheSchemaStayAsKeywords() throws {
    #expect(try exported.require("meeting")["keywords"] == ["meeting"])
    #expect(try exported.require("astana")["keywords"] == ["city"])
    #expect(try exported.require("acme")["keywords"] == [])
    #expect(try exported.require("fee")["keywords"] == ["Payment"])
  }

  @Test func propertiesTheSchemaHasAreKeptAndOthersBecomeNotes() throws {
    let acme = try exported.require("acme")
    #expect(acme["registrationNumber"] == ["HRB 123"])
    #expect(acme["incorporationDate"] == ["2001-05-02"])
    #expect(acme["notes"] == ["Shoe size: 44, 45"])
    let jane = try exported.require("jane-roe")
    #expect(jane["nationality"] == ["gb"])
    // Not an FtM date: kept, as a note.
    #expect(jane["birthDate"] == [])
    #expect(jane["notes"] == ["Birth date: about 1970"])
  }

  @Test func eventDatesGoToTheStartPropertyAndInferenceToNotes() throws {
    let meeting = try exported.require("meeting")
    #expect(meeting["date"] == ["2019-09"])
    #expect(meeting["startDate"] == [])
    #expect(meeting["endDate"] == ["2019-10-02"])
    #expect(meeting["notes"] == ["Date inferred: from the minutes"])
    let payment = try exported.require("pay-1")
    #expect(payment["date"] == ["2020-06-01"])
    #expect(payment["amount"] == ["1200"])
    #expect(payment["name"] == [], "Payment has no name property")
  }

  @Test func anEventWithAStartDatePropertyKeepsIt() throws {
    let trip = try exported.require("trip")
    #expect(trip["startDate"] == ["2018-04-01"])
    #expect(trip["date"] == [])
  }

  @Test func qualifiedRelationsBecomeEntityProperties() throws {
    let payment = try exported.require("pay-1")
    #expect(payment["payer"] == ["acme"])
    #expect(payment["beneficiary"] == ["ministry"])
    #expect(try exported.require("acme")["addressEntity"] == ["hq"])
  }

  @Test func edgeRelationsBecomeEdgeEntities() throws {
    let ownership = try #require(exported.all.first { $0.schema == "Ownership" })
    #expect(ownership["owner"] == ["jane-roe"])
    #expect(ownership["asset"] == ["acme"])
    #expect(ownership["role"] == ["shareholder", "director"])
    #expect(ownership["percentage"] == ["50"])
    #expect(ownership["date"] == ["2015"])
    // Ownership is no Thing, so its quote's Article is its proof.
    #expect(ownership["proof"] == ["acme-2"])
    #expect(ownership["description"].contains { $0.contains("owned by Jane Roe") })
  }

  @Test func otherRelationsBecomeUnknownLinks() throws {
    let host = try exported.require("meeting-host")
    #expect(host.schema == "UnknownLink")
    #expect(host["subject"] == ["meeting"])
    #expect(host["object"] == ["jane-roe"])
    #expect(host["role"] == ["participant (host)"])
    let unknown = exported.all.filter { $0.schema == "UnknownLink" }
    let involves = try #require(unknown.first { $0["subject"] == ["lab"] })
    #expect(involves["role"] == ["involves"])
    #expect(involves["object"] == ["meeting"])
    // A person cannot be an Ownership's asset, nor a Payment's payer.
    #expect(unknown.contains { $0["role"] == ["Ownership"] && $0["object"] == ["jane-roe"] })
    #expect(unknown.contains { $0["role"] == ["Payment:payer"] && $0["subject"] == ["jane-roe"] })
  }

  @Test func sourcesBecomeArticlesWithIDsOfTheirOwn() throws {
    let source = try #require(FtMExportFixture.content.sources.first)
    // "acme" is already the company's id.
    let article = try exported.require("acme-2")
    #expect(article.schema == "Article")
    #expect(article["title"] == [source.title])
    #expect(article["author"] == [source.author].compactMap { $0 })
    #expect(article["publisher"] == [source.publisher].compactMap { $0 })
    #expect(article["publishedAt"] == [source.date?.description].compactMap { $0 })
    #expect(article["sourceUrl"] == [source.url].compactMap { $0 })
    #expect(article["bodyText"] == [source.text].compactMap { $0 })
  }

  @Test func quotesBecomeDocumentation() throws {
    let documentation = exported.all.filter { $0.schema == "Documentation" }
    let acme = try #require(FtMExportFixture.content.entities.first { $0.id == "acme" })
    let quote = try #require(acme.evidence.first)
    let forAcme = try #require(documentation.first { $0["entity"] == ["acme"] })
    #expect(forAcme["document"] == ["acme-2"])
    #expect(forAcme["role"] == ["evidence"])
    #expect(forAcme["summary"] == [quote.quote])
    #expect(forAcme["description"] == [quote.note].compactMap { $0 })
    // A quote on a "Payment:payer" link supports the payment, which is no Thing.
    let payment = try exported.require("pay-1")
    #expect(payment["proof"] == ["acme-2"])
    #expect(payment["description"].contains { $0.contains("Supports Payment:payer → acme") })
  }

  @Test func exportIsStable() {
    let first = FtMExport.jsonLines(FtMExportFixture.content)
    #expect(FtMExport.jsonLines(FtMExportFixture.content) == first)
  }
}

/// A dossier using what FtM can say: typed actors, properties, edge and property links,
/// quotes on entities and links, a source whose id an entity already has.
enum FtMExportFixture {
  static let sourceText =
    "ACME Ltd is owned by Jane Roe. It paid 1,200 EUR to the ministry in June 2020."

  static let content = DossierContent(
    title: "ACME",
    description: "Who owns ACME.",
    sources: [
      Source(
        id: "acme", title: "Registry extract", publisher: "Registry", author: "Clerk",
        date: try! PartialDate(parsing: "2021-03"), url: "https://example.org/acme",
        text: sourceText)
    ],
    entities: [
      Entity(
        id: "meeting", kind: .event, name: "Board meeting", type: "meeting",
        summary: "The board met.\n\nIt decided.", date: try! PartialDate(parsing: "2019-09"),
        dateInferred: true, dateNote: "from the minutes",
        properties: [
          Property(key: "endDate", label: "End date", type: .date, values: ["2019-10-02"])
        ]
      ),
      Entity(
        id: "trip", kind: .event, name: "Trip to Astana", type: "Trip",
        date: try! PartialDate(parsing: "2018-04"),
        properties: [
          Property(key: "startDate", label: "Start date", type: .date, values: ["2018-04-01"])
        ]),
      Entity(
        id: "pay-1", kind: .event, name: "Payment 1,200 EUR: ACME → Ministry", type: "Payment",
        date: try! PartialDate(parsing: "2020-06-01"),
        properties: [
          Property(key: "amount", label: "Amount", type: .amount, values: ["1200"]),
          Property(key: "currency", label: "Currency", values: ["eur"]),
        ]),
      Entity(
        id: "acme", kind: .actor, name: "ACME Ltd", type: "Company", aliases: ["ACME"],
        evidence: [
          Evidence(sourceID: "acme", quote: "ACME Ltd is owned by Jane Roe", note: "registry")
        ],
        properties: [
          Property(
            key: "registrationNumber", label: "Registration number", type: .identifier,
            values: ["HRB 123"]),
          Property(
            key: "incorporationDate", label: "Incorporation date", type: .date,
            values: ["2001-05-02"]),
          Property(key: "shoeSize", label: "Shoe size", type: .number, values: ["44", "45"]),
        ]),
      Entity(
        id: "jane-roe", kind: .actor, name: "Jane Roe", type: "person",
        summary: "A shareholder.",
        properties: [
          Property(key: "nationality", label: "Nationality", type: .country, values: ["gb"]),
          Property(key: "birthDate", label: "Birth date", type: .date, values: ["about 1970"]),
        ]),
      Entity(id: "ministry", kind: .actor, name: "Ministry of Finance", type: "ministry"),
      Entity(id: "gazette", kind: .actor, name: "The Gazette", type: "publication"),
      Entity(id: "astana", kind: .actor, name: "Astana", type: "city"),
      Entity(id: "hq", kind: .actor, name: "1 Main Street", type: "Address"),
      // FtM readers make events of Payments: an actor cannot be one.
      Entity(id: "fee", kind: .actor, name: "Fee office", type: "Payment"),
      Entity(id: "lab", kind: .project, name: "Research lab", type: "research"),
    ],
    links: [
      Link(
        from: "jane-roe", to: "acme", relation: "Ownership", role: "shareholder, director",
        date: try! PartialDate(parsing: "2015"),
        evidence: [Evidence(sourceID: "acme", quote: "ACME Ltd is owned by Jane Roe")],
        properties: [Property(key: "percentage", label: "Percentage", values: ["50"])]),
      Link(from: "acme", to: "hq", relation: "Thing:addressEntity"),
      Link(
        from: "pay-1", to: "acme", relation: "Payment:payer",
        evidence: [Evidence(sourceID: "acme", quote: "It paid 1,200 EUR to the ministry")]),
      Link(from: "pay-1", to: "ministry", relation: "Payment:beneficiary"),
      Link(
        from: "meeting", to: "jane-roe", relation: "participant", role: "host", id: "meeting-host"),
      Link(from: "lab", to: "meeting", relation: "involves"),
      Link(from: "ministry", to: "jane-roe", relation: "Ownership"),
      Link(from: "jane-roe", to: "acme", relation: "Payment:payer"),
      Link(from: "gazette", to: "astana", relation: "located-in"),
    ])
}

/// FtM JSON lines parsed with JSONSerialization, independently of the exporter.
struct FtMEntities {
  /// One parsed entity.
  struct Entity {
    let id: String
    let schema: String
    let properties: [String: [String]]

    /// The values of `property`; empty when absent.
    subscript(_ property: String) -> [String] { properties[property] ?? [] }

    /// Whether FtM's schema has `property`.
    func schemaAccepts(_ property: String) -> Bool {
      FtMModel.property(property, of: schema) != nil
    }
  }

  /// Every entity, in file order.
  let all: [Entity]

  /// Parses `lines`, one entity a line.
  init(_ lines: String) throws {
    all = try lines.split(separator: "\n").map { line in
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      return Entity(
        id: try #require(object["id"] as? String),
        schema: try #require(object["schema"] as? String),
        properties: try #require(object["properties"] as? [String: [String]]))
    }
  }

  /// The entity with `id`, or a failure.
  func require(_ id: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Entity {
    try #require(all.first { $0.id == id }, "no entity \(id)", sourceLocation: sourceLocation)
  }

  /// Every (id, schema, property, value) the entities hold.
  var facts: Set<[String]> {
    Set(
      all.flatMap { entity in
        entity.properties.flatMap { property, values in
          values.map { [entity.id, entity.schema, property, $0] }
        }
      })
  }
}
