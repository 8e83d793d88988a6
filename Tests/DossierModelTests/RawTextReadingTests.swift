import Testing

@testable import DossierModel

/// Strings read as bytes, with no `String` made: UTF-8 checked in place, plain runs passed
/// eight bytes at a time, escapes decoded aside, keys matched as bytes.
@Suite struct RawTextReadingTests {
  /// Whether the standard library takes `bytes` as UTF-8.
  private func standardLibraryAccepts(_ bytes: [UInt8]) -> Bool {
    String(validating: bytes, as: UTF8.self) != nil
  }

  private func ourCheckAccepts(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer(UTF8Validation.isValid)
  }

  @Test func everySequenceOfUpToTwoBytesIsJudgedAsTheStandardLibraryJudgesIt() {
    for first in 0...255 {
      let one = [UInt8(first)]
      #expect(ourCheckAccepts(one) == standardLibraryAccepts(one), "\(one)")
      for second in 0...255 {
        let two = [UInt8(first), UInt8(second)]
        #expect(ourCheckAccepts(two) == standardLibraryAccepts(two), "\(two)")
      }
    }
  }

  @Test func threeAndFourByteLeadsWithEveryContinuationBoundary() {
    let edges: [UInt8] = [0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF]
    for lead in 0xE0...0xF7 {
      for second in edges {
        for third in edges {
          for fourth in [UInt8(0x80), 0xBF, 0xC0] {
            for bytes in [
              [UInt8(lead), second, third], [UInt8(lead), second, third, fourth],
            ] {
              #expect(ourCheckAccepts(bytes) == standardLibraryAccepts(bytes), "\(bytes)")
            }
          }
        }
      }
    }
  }

  @Test func aBadByteAfterAnyLengthOfASCIIIsFound() {
    for prefix in 0..<20 {
      for suffix in 0..<10 {
        let ascii = [UInt8](repeating: UInt8(ascii: "a"), count: prefix)
        let after = [UInt8](repeating: UInt8(ascii: "b"), count: suffix)
        #expect(ourCheckAccepts(ascii + [0xFF] + after) == false)
        #expect(ourCheckAccepts(ascii + [0xE2, 0x82] + after) == false)
        #expect(ourCheckAccepts(ascii + [0xE2, 0x82, 0xAC] + after))
      }
    }
  }

  @Test func randomMostlyValidTextIsJudgedAsTheStandardLibraryJudgesIt() {
    var random = SeededGenerator(seed: 17)
    let pieces: [[UInt8]] = [
      Array("plain words ".utf8), Array("é".utf8), Array("中文".utf8), Array("😀".utf8),
      [0x80], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82],
    ]
    for _ in 0..<5_000 {
      var bytes: [UInt8] = []
      for _ in 0..<Int(random.next() % 8) {
        bytes += pieces[Int(random.next() % UInt64(pieces.count))]
      }
      #expect(ourCheckAccepts(bytes) == standardLibraryAccepts(bytes), "\(bytes)")
    }
  }

  /// The text read from the JSON string `literal` (quotes included), or the error.
  private func readText(_ literal: String) -> Result<String, JSONSyntaxError> {
    let bytes = Array(literal.utf8)
    return bytes.withUnsafeBufferPointer { buffer in
      var reader = JSONReader(bytes: buffer)
      return Result { () throws(JSONSyntaxError) -> String in
        let text = try reader.readText()
        #expect(reader.position == bytes.count)
        return reader.string(of: text)
      }
    }
  }

  @Test func anEscapeOrAControlCharacterAtAnyPlaceOfALongStringIsSeen() throws {
    for length in 0..<20 {
      for place in 0...length {
        let before = String(repeating: "a", count: place)
        let after = String(repeating: "z", count: length - place)
        #expect(try readText("\"\(before)\\\"\(after)\"").get() == before + "\"" + after)
        #expect(try readText("\"\(before)\\u00e9\(after)\"").get() == before + "é" + after)
        #expect(try readText("\"\(before)é\(after)\"").get() == before + "é" + after)
        switch readText("\"\(before)\u{1}\(after)\"") {
        case .success: Issue.record("a control character was let through at \(place)")
        case .failure(let error): #expect(error.offset == place + 1)
        }
      }
    }
  }

  @Test func aByteThatIsNotUTF8AtAnyPlaceOfAStringIsRejected() {
    for length in 0..<20 {
      for place in 0...length {
        let bytes =
          [UInt8(ascii: "\"")] + [UInt8](repeating: UInt8(ascii: "a"), count: place) + [0xC3]
          + [UInt8](repeating: UInt8(ascii: "z"), count: length - place) + [UInt8(ascii: "\"")]
        bytes.withUnsafeBufferPointer { buffer in
          var reader = JSONReader(bytes: buffer)
          #expect(throws: JSONSyntaxError.self, "at \(place) of \(length)") {
            try reader.readText()
          }
        }
      }
    }
  }

  @Test func escapedTextsReadOneAfterAnotherKeepTheirOwnBytes() throws {
    let bytes = Array(#"["a\"b", "c\\d", "plain", "\u4e2d\n"]"#.utf8)
    try bytes.withUnsafeBufferPointer { buffer in
      var reader = JSONReader(bytes: buffer)
      var array = try reader.beginArray()
      var texts: [JSONText] = []
      while try reader.nextElement(of: &array) { texts.append(try reader.readText()) }
      #expect(texts.map(reader.string(of:)) == ["a\"b", "c\\d", "plain", "中\n"])
      #expect(texts.map(\.isUnescaped) == [true, true, false, true])
    }
  }

  @Test func aStringMadeOrSkippedBetweenTextsGivesBackOnlyItsOwnCopy() throws {
    let bytes = Array(#"["a\"1", "b\"2", "c\"3", {"d\"4": "e\"5"}, "f\"6"]"#.utf8)
    try bytes.withUnsafeBufferPointer { buffer in
      var reader = JSONReader(bytes: buffer)
      var array = try reader.beginArray()
      #expect(try reader.nextElement(of: &array))
      let first = try reader.readText()
      #expect(try reader.nextElement(of: &array))
      #expect(try reader.readString() == "b\"2")
      #expect(try reader.nextElement(of: &array))
      let third = try reader.readText()
      #expect(try reader.nextElement(of: &array))
      try reader.skipValue()
      #expect(try reader.nextElement(of: &array))
      let last = try reader.readText()
      #expect([first, third, last].map(reader.string(of:)) == ["a\"1", "c\"3", "f\"6"])
    }
  }

  @Test func everyFieldOfEveryObjectIsMatchedByItsBytesAndNothingElseIs() {
    let sets = [
      DossierFormat.topLevelFields, DossierFormat.sourceFields, DossierFormat.eventFields,
      DossierFormat.linkFields, DossierFormat.propertyFields, DossierFormat.evidenceFields,
      DossierFormat.relationLabelFields,
    ]
    for fields in sets {
      for (number, name) in fields.names.enumerated() {
        for (key, expected) in [
          (name, number), (name + "x", nil), (String(name.dropLast()), nil),
          (String(name.dropLast()) + "_", nil), (name.uppercased(), nil),
        ] {
          let found = Array(key.utf8).withUnsafeBufferPointer(fields.number(ofKey:))
          #expect(found == expected, "\(key)")
        }
      }
    }
  }

  @Test func theFieldEnumerationsNumberTheFieldsAsTheFormatDoes() {
    #expect(DossierFormat.EntityField.allCases.map { "\($0)" } == DossierFormat.eventFields.names)
    #expect(DossierFormat.LinkField.allCases.map { "\($0)" } == DossierFormat.linkFields.names)
    #expect(
      DossierFormat.EvidenceField.allCases.map { "\($0)" } == DossierFormat.evidenceFields.names)
    #expect(EntityKind.allCases.map(\.number) == [0, 1, 2])
  }

  @Test func escapedTextsLoadAsTheirCharactersInEveryField() throws {
    let json = #"""
      {"format": "dossier", "version": 1, "title": "Escapes",
       "sources": [{"id": "s\u0031", "title": "T", "text": "say \"hi\" now"}],
       "events": [{"id": "e1", "name": "Visit \u00e0 \"Astana\"", "type": "visit",
                   "date": "2019", "dateNote": "tab\there", "summary": "line\nbreak",
                   "evidence": [{"source": "s1", "quote": "\"hi\"", "note": "n\u00f6te"}]}],
       "actors": [{"id": "a\u002d1", "name": "A", "type": "person", "aliases": ["\u0041lias", "B\\C"]}],
       "links": [{"from": "e\u0031", "to": "a-1", "relation": "met\u0020with", "role": "r\u00f4le"},
                 {"from": "e1", "to": "a\u002d1", "relation": "met with", "id": "l\u0031"}]}
      """#
    let dossier = try #require(loadDossier(json))
    let event = try #require(dossier.entity(id: "e1"))
    #expect(event.name == "Visit à \"Astana\"")
    #expect(event.dateNote == "tab\there")
    #expect(event.summary == "line\nbreak")
    #expect(event.evidence == [Evidence(sourceID: "s1", quote: "\"hi\"", note: "nöte")])
    let actor = try #require(dossier.entity(id: "a-1"))
    #expect(actor.aliases == ["Alias", "B\\C"])
    let links = dossier.links.values
    #expect(links.map(\.relation) == ["met with", "met with"])
    #expect(links.map(\.role) == ["rôle", nil])
    #expect(links.map(\.id) == [nil, "l1"])
    #expect(dossier.indexes.linkSources == [0, 0])
    #expect(dossier.indexes.linkTargets == [1, 1])
  }
}
