import DossierModel
import Testing

@testable import DossierBrowser

/// The detail view of entities and links with properties, as whole screens.
@Suite("Facts")
struct FactsScreenTests {
  /// A payment made by a company to a person, with properties on both and on the link.
  static let dossier: Dossier = {
    let content = DossierContent(
      title: "Payments",
      entities: [
        Entity(
          id: "payment", kind: .event, name: "Consulting fee paid to Jane Roe", type: "payment",
          summary: "A fee for advice on the harbour tender.",
          date: try? PartialDate(parsing: "2021-04-12"),
          properties: [
            Property(key: "amount", label: "Amount", type: .amount, values: ["12,500 EUR"]),
            Property(key: "purpose", label: "Purpose", values: ["consulting"]),
            Property(
              key: "transactionNumber", label: "Transaction numbers", type: .identifier,
              values: (1...14).map { "TX-2021-\(400 + $0)" }),
          ]),
        Entity(
          id: "acme", kind: .actor, name: "Acme Ltd", type: "company",
          properties: [
            Property(
              key: "address", label: "Address", type: .address,
              values: ["12 Quay Street, Portsmouth", "PO Box 7, Southsea"])
          ]),
        Entity(id: "jane", kind: .actor, name: "Jane Roe", type: "person"),
      ],
      links: [
        Link(from: "payment", to: "acme", relation: "payer"),
        Link(from: "payment", to: "jane", relation: "beneficiary"),
        Link(
          from: "jane", to: "acme", relation: "owner-of", role: "shareholder",
          date: try? PartialDate(parsing: "2019"), id: "own-1",
          properties: [Property(key: "percentage", label: "Share", type: .number, values: ["50%"])]),
      ],
      relations: [
        "payer": RelationLabels(outgoing: "paid by", incoming: "payments made"),
        "owner-of": RelationLabels(outgoing: "owns", incoming: "owned by"),
      ])
    let json = Array(content.nativeJSON().rendered().utf8)
    do {
      return try DossierLoader.load(.bytes(json, fileName: "facts.json")).dossier
    } catch {
      fatalError("the facts dossier does not load: \(error)")
    }
  }()

  @Test func anEventWithFacts80x24() {
    let state = BrowserState(dossier: Self.dossier, rows: 24, columns: 80)
    let canvas = render(press(state, .enter))
    expectLines(
      canvas,
      [
        0: " 1 Timeline  2 Actors  3 Projects   Payments                                    ",
        1: " 2021                               │ Consulting fee paid to Jane Roe           ",
        2: "  12 Apr 2021  Consulting fee paid …│ event · payment · payment                 ",
        3: "                                    │ Date: 12 Apr 2021                         ",
        4: "                                    │                                           ",
        5: "                                    │ A fee for advice on the harbour tender.   ",
        6: "                                    │                                           ",
        7: "                                    │ Facts (3)                                 ",
        8: "                                    │   Amount: 12,500 EUR                      ",
        9: "                                    │   Purpose: consulting                     ",
        10: "                                    │   Transaction numbers: TX-2021-401,       ",
        11: "                                    │     TX-2021-402, TX-2021-403,             ",
        12: "                                    │     TX-2021-404, TX-2021-405,             ",
        13: "                                    │     TX-2021-406, TX-2021-407,             ",
        14: "                                    │     TX-2021-408, TX-2021-409,             ",
        15: "                                    │     TX-2021-410, TX-2021-411,             ",
        16: "                                    │     TX-2021-412, TX-2021-413, TX-2021-414 ",
        17: "                                    │                                           ",
        18: "                                    │ Links (2)                                 ",
        19: "                                    │ → beneficiary (1)                         ",
        20: "                                    │   Jane Roe                                ",
        21: "                                    │ → paid by (1)                             ",
        22: "                                    │   Acme Ltd                                ",
        23: " Timeline › Consulting fee paid to Jane R…  ← back · o search · ? help · q quit ",
      ])
  }

  @Test func anActorWithFactsAndLinkProperties80x24() {
    let state = press(BrowserState(dossier: Self.dossier, rows: 24, columns: 80), .character("2"))
    let canvas = render(press(state, .down))
    expectLines(
      canvas,
      [
        0: " 1 Timeline  2 Actors  3 Projects   Payments                                    ",
        1: " People                             │ Acme Ltd                                  ",
        2: "  Jane Roe                          │ actor · company · acme                    ",
        3: " Companies                          │                                           ",
        4: "  Acme Ltd                          │ Facts (1)                                 ",
        5: "                                    │   Address: 12 Quay Street, Portsmouth;    ",
        6: "                                    │     PO Box 7, Southsea                    ",
        7: "                                    │                                           ",
        8: "                                    │ Links (2)                                 ",
        9: "                                    │ ← owned by (1)                            ",
        10: "                                    │   Jane Roe (shareholder) · 2019 ·         ",
        11: "                                    │     Share: 50%                            ",
        12: "                                    │ ← payments made (1)                       ",
        13: "                                    │   12 Apr 2021 Consulting fee paid to      ",
        14: "                                    │     Jane Roe                              ",
        15: "                                    │                                           ",
        16: "                                    │                                           ",
        17: "                                    │                                           ",
        18: "                                    │                                           ",
        19: "                                    │                                           ",
        20: "                                    │                                           ",
        21: "                                    │                                           ",
        22: "                                    │                                           ",
        23: " Actors                                     ← back · / search · ? help · q quit ",
      ])
  }
}
