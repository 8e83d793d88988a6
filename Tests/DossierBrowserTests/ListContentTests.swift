import DossierModel
import Testing

@testable import DossierBrowser

/// The lists' rows against the rules written plainly: every entity once, under the
/// heading of its year or subtype, found again from its index.
@Suite struct ListContentTests {
  @Test func everyEntityIsFoundAtItsRow() {
    let lists = ListContent(dossier: bundled)
    var seen = 0
    for pane in ListPane.allCases {
      let rows = lists.rows[pane]!
      for (row, item) in rows.enumerated() {
        guard let index = item.entityIndex else { continue }
        #expect(lists.row(of: index) == row, "\(pane) row \(row)")
        seen += 1
      }
    }
    #expect(seen == bundled.entities.count)
  }

  @Test func timelineHeadingsAreTheYearsInOrder() {
    let lists = ListContent(dossier: bundled)
    var expected: [ListRow] = []
    var currentYear: Int?? = .none
    for index in bundled.timeline {
      let year = bundled.entities[index].date?.year
      if currentYear != .some(year) {
        expected.append(.heading(year.map { String($0) } ?? "Undated"))
        currentYear = .some(year)
      }
      expected.append(.entity(index))
    }
    #expect(Array(lists.rows[.timeline]!) == expected)
    #expect(expected.count > bundled.timeline.count + 3, "several years")
    let widest = bundled.entities.map { ($0.dateLabel ?? "").count }.max()
    #expect(lists.timelineDateWidth == widest)
  }

  @Test func entityNumbersAndRowsAgree() {
    let rows: ListRows = [
      .heading("a"), .entity(4), .entity(2), .heading("b"), .entity(9), .heading("c"),
      .entity(1), .entity(0), .entity(3),
    ]
    let entityRows = rows.indices.filter { rows[$0].entityIndex != nil }
    #expect(rows.entityCount == entityRows.count)
    for (number, row) in entityRows.enumerated() {
      #expect(rows.row(ofEntityNumber: number) == row)
      #expect(rows.entityNumber(ofRow: row) == number)
    }
    #expect(rows[3] == .heading("b"))
    #expect(rows.entityNumber(ofRow: 3) == 2, "a heading counts the entities before it")
  }

  @Test func dateLabelWidthsCountDigitsAsStringsDo() {
    for number in [0, 5, 9, 10, 99, 100, 2013, 99_999, -1, -9, -10, -2013] {
      #expect(ListContent.decimalDigits(number) == String(number).count, "\(number)")
    }
  }
}
