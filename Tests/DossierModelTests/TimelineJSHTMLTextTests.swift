import Testing

@testable import DossierModel

@Suite struct TimelineJSHTMLTextTests {
  @Test func paragraphsAndLineBreaks() {
    #expect(HTMLText.plainText("<p>One</p><p>Two</p>") == "One\n\nTwo")
    #expect(HTMLText.plainText("a<br>b<br/><BR>c") == "a\nb\n\nc")
    #expect(HTMLText.plainText("<div>x</div>y") == "x\n\ny")
    #expect(HTMLText.plainText("<ul><li>x</li><li>y</li></ul>after") == "x\ny\n\nafter")
  }

  @Test func scriptsStylesAndCommentsVanish() {
    #expect(
      HTMLText.plainText(
        "a<script type=\"text/javascript\">var p = '<p>';</script>b<STYLE>p {}</STYLE>c")
        == "abc")
    #expect(HTMLText.plainText("a<script>never closed <b>x</b>") == "a")
    #expect(HTMLText.plainText("a<!-- <p>hidden</p> -->b") == "ab")
  }

  @Test func characterReferences() {
    #expect(
      HTMLText.plainText("&amp;&lt;&gt;&quot;&#39;&nbsp;x&#x263A;&eacute;&unknown;&amp")
        == "&<>\"' x☺é&unknown;&amp")
    #expect(HTMLText.plainText("&#0;&#99999999999;&#xD800;") == "\u{FFFD}\u{FFFD}\u{FFFD}")
  }

  @Test func linksShowTheirAddressWhenItDiffersFromTheirText() {
    #expect(
      HTMLText.plainText(
        "<a href='https://a.org/?x=1&amp;y=2'>A</a> and "
          + "<a href=\"https://b.org\">https://b.org</a> <a href=https://c.org/x></a>")
        == "A (https://a.org/?x=1&y=2) and https://b.org https://c.org/x")
    #expect(HTMLText.plainText("<a name=\"top\">Top</a>") == "Top")
  }

  @Test func whitespaceCollapses() {
    #expect(HTMLText.plainText("  a \n\t b  ") == "a b")
    #expect(HTMLText.plainText("<p> a </p>\n<p>\n b </p>") == "a\n\nb")
  }

  @Test func lessThanThatStartsNoTagIsText() {
    #expect(HTMLText.plainText("1 < 2 and 3<4") == "1 < 2 and 3<4")
    #expect(HTMLText.plainText("x <y") == "x <y")
  }

  @Test func controlCharactersStay() {
    #expect(HTMLText.plainText("a\u{1B}[31mb") == "a\u{1B}[31mb")
  }

  @Test func pathologicalInputsComeBackWhole() {
    let unclosedTags = String(repeating: "<a", count: 50_000)
    #expect(HTMLText.plainText(unclosedTags) == unclosedTags)
    let ampersands = String(repeating: "&", count: 50_000)
    #expect(HTMLText.plainText(ampersands) == ampersands)
    let comments = String(repeating: "<!--", count: 50_000)
    #expect(HTMLText.plainText("x" + comments) == "x")
    let links = String(repeating: "<a href=u>", count: 50_000)
    #expect(HTMLText.plainText(links + "t</a>") == "t (u)")
  }
}
