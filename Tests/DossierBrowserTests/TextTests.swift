import DossierModel
import Testing

@testable import DossierBrowser

/// A dossier whose names mix scripts, combining marks, emoji and an escape sequence.
private let hostile: Dossier = {
  let json = #"""
    {
      "format": "dossier", "version": 1,
      "title": "Titre e\u0301 習近平 📚 \u001b[31mred",
      "events": [
        {"id": "e1", "name": "習近平の訪問 — 国事訪問", "type": "visit", "date": "2013-09-07",
         "summary": "習近平 visited Астана. Café e\u0301 🇰🇿 👩‍👩‍👧"},
        {"id": "e2", "name": "Визит в Астану и переговоры", "type": "visit", "date": "2014"},
        {"id": "e3", "name": "Evil \u001b[2J\u001b]0;pwned\u0007 name", "type": "visit"}
      ],
      "actors": [
        {"id": "xi", "name": "習近平", "type": "person", "aliases": ["Си Цзиньпин"]},
        {"id": "tok", "name": "Токаев e\u0301 🙂", "type": "person"},
        {"id": "rtl", "name": "Over\u202eride", "type": "person"}
      ],
      "projects": [
        {"id": "p1", "name": "🚄 Хоргос 霍尔果斯 e\u0301e\u0301e\u0301 gateway with a very long name", "type": "port"}
      ],
      "links": [
        {"from": "e1", "to": "xi", "relation": "participant", "role": "訪問者"},
        {"from": "e3", "to": "tok", "relation": "participant"}
      ]
    }
    """#
  do {
    return try DossierLoader.load(.bytes(Array(json.utf8), fileName: "hostile.json")).dossier
  } catch {
    fatalError("the hostile dossier does not load: \(error)")
  }
}()

/// Every state worth drawing: each list, the detail of each entity, search, help.
private func hostileStates(rows: Int, columns: Int) -> [BrowserState] {
  let start = BrowserState(dossier: hostile, rows: rows, columns: columns)
  var states = [start, press(start, .character("?")), type(press(start, .character("/")), "習")]
  for list in ["1", "2", "3"] {
    var state = press(start, .character(Character(list)))
    for _ in 0..<4 {
      states.append(state)
      states.append(press(state, .enter))
      state = press(state, .character("j"))
    }
  }
  return states
}

@Suite("Text")
struct TextTests {
  @Test(arguments: [(40, 120), (24, 80), (12, 40), (8, 30), (9, 33), (6, 20)])
  func rowsNeverExceedTheWidth(size: (Int, Int)) {
    for state in hostileStates(rows: size.0, columns: size.1) {
      let canvas = render(state)
      #expect(canvas.lines.count == size.0)
      for line in canvas.lines {
        #expect(DisplayWidth.of(line) <= size.1, "\(size.1)×\(size.0): \(line)")
      }
    }
  }

  @Test(arguments: [(40, 120), (24, 80), (12, 40), (9, 33)])
  func noCellHoldsAControlCharacter(size: (Int, Int)) {
    for state in hostileStates(rows: size.0, columns: size.1) {
      let canvas = render(state)
      for cell in canvas.cells {
        #expect(!cell.text.unicodeScalars.contains(where: SafeText.needsNeutralizing), "\(cell)")
      }
    }
  }

  @Test func escapeIsShownAsText() {
    let state = press(BrowserState(dossier: hostile, rows: 24, columns: 80), .character("G"))
    let screen = render(state).lines.joined(separator: "\n")
    #expect(screen.contains(#"Evil \u{1B}[2J\u{1B}]0;pwned\u{7} name"#))
    let title = render(state).line(0)
    #expect(title.contains(#"\u{1B}[31mred"#) || title.contains("Titre"))
    let rtl = render(press(state, .character("2"), .character("G")))
    #expect(rtl.lines.contains { $0.contains(#"Over\u{202E}ride"#) })
  }

  @Test func wideCharactersTakeTwoCells() throws {
    let state = press(BrowserState(dossier: hostile, rows: 24, columns: 80), .character("2"))
    let canvas = render(state)
    let row = try #require(rows(containing: "習近平", in: canvas).first)
    let column = try #require((0..<canvas.columns).first { canvas[row, $0].text == "習" })
    #expect(canvas[row, column + 1].text == "")
    #expect(canvas[row, column + 2].text == "近")
    #expect(canvas[row, column + 3].text == "")
    #expect(canvas[row, column + 4].text == "平")
  }

  @Test func combiningMarksStayWithTheirLetter() throws {
    let state = press(BrowserState(dossier: hostile, rows: 24, columns: 80), .character("2"))
    let canvas = render(state)
    let row = try #require(rows(containing: "Токаев", in: canvas).first)
    let cells = (0..<canvas.columns).map { canvas[row, $0].text }
    #expect(cells.contains("e\u{301}"))
    #expect(cells.contains("🙂"))
    let emoji = try #require(cells.firstIndex(of: "🙂"))
    #expect(cells[emoji + 1] == "")
  }

  @Test func cyrillicAndCJKSearch() {
    let state = type(
      press(BrowserState(dossier: hostile, rows: 24, columns: 80), .character("/")), "Астан")
    #expect(state.prompt?.hits.isEmpty == false)
    let canvas = render(state)
    #expect(DisplayWidth.of(statusBar(canvas)) == 80)
  }

  @Test func overlayNeverLeavesHalfAWideCharacter() {
    var canvas = Canvas(rows: 1, columns: 6)
    canvas.write("習近平", row: 0, column: 0, style: .normal)
    canvas.write("|", row: 0, column: 1, style: .dim)
    canvas.write("x", row: 0, column: 4, style: .dim)
    #expect(canvas.line(0) == " |近x ")
    #expect(DisplayWidth.of(canvas.line(0)) == 6)
  }
}

@Suite("Date labels")
struct DateLabelTests {
  @Test(arguments: ["2013", "2013-09", "2013-09-07", "2013-09-17", "0987-01-02"])
  func widthIsTheLabelsWidth(date: String) throws {
    for inferred in [false, true] {
      let entity = Entity(
        id: "e", kind: .event, name: "E", type: "x", date: try PartialDate(parsing: date),
        dateInferred: inferred)
      #expect(
        ListContent.dateLabelWidth(entity.date, inferred: entity.dateInferred)
          == DisplayWidth.of(entity.dateLabel ?? ""),
        "\(date) inferred: \(inferred)")
    }
  }
}
