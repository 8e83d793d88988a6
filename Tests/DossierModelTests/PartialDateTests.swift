import Testing

@testable import DossierModel

@Suite struct PartialDateTests {
  @Test func parsesTheThreePrecisions() throws {
    let year = try PartialDate(parsing: "2013")
    #expect(year.year == 2013 && year.month == nil && year.day == nil)
    #expect(year.precision == .year)

    let month = try PartialDate(parsing: "2013-09")
    #expect(month.year == 2013 && month.month == 9 && month.day == nil)
    #expect(month.precision == .month)

    let day = try PartialDate(parsing: "2013-09-07")
    #expect(day.year == 2013 && day.month == 9 && day.day == 7)
    #expect(day.precision == .day)
  }

  @Test(arguments: ["2013", "2013-09", "2013-09-07", "0001", "0999-01", "9999-12-31"])
  func descriptionRoundTrips(_ text: String) throws {
    #expect(try PartialDate(parsing: text).description == text)
  }

  @Test func humanReadable() throws {
    #expect(try PartialDate(parsing: "2013").humanReadable == "2013")
    #expect(try PartialDate(parsing: "2013-09").humanReadable == "Sep 2013")
    #expect(try PartialDate(parsing: "2013-09-07").humanReadable == "7 Sep 2013")
    #expect(try PartialDate(parsing: "2022-01-31").humanReadable == "31 Jan 2022")
    #expect(try PartialDate(parsing: "2022-12").humanReadable == "Dec 2022")
    let months = try (1...12).map { try PartialDate(year: 2000, month: $0).humanReadable }
    #expect(
      months == [
        "Jan 2000", "Feb 2000", "Mar 2000", "Apr 2000", "May 2000", "Jun 2000", "Jul 2000",
        "Aug 2000", "Sep 2000", "Oct 2000", "Nov 2000", "Dec 2000",
      ])
  }

  @Test func leapYears() throws {
    for year in [2024, 2000, 1600, 4, 2020] {
      #expect(try PartialDate(year: year, month: 2, day: 29).day == 29, "\(year)")
    }
    for year in [2023, 1900, 2100, 1, 2019] {
      #expect(throws: PartialDate.ParseError.self, "\(year)") {
        try PartialDate(year: year, month: 2, day: 29)
      }
    }
    #expect(throws: PartialDate.ParseError.impossible("2024-02-30")) {
      try PartialDate(parsing: "2024-02-30")
    }
  }

  @Test func daysPerMonth() throws {
    let lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    for (index, length) in lengths.enumerated() {
      let month = index + 1
      #expect(try PartialDate(year: 2023, month: month, day: length).day == length)
      #expect(throws: PartialDate.ParseError.self, "month \(month)") {
        try PartialDate(year: 2023, month: month, day: length + 1)
      }
    }
  }

  @Test(arguments: ["2023-02-30", "2023-01-00", "2023-06-31", "0000"])
  func impossibleDates(_ text: String) {
    #expect(throws: PartialDate.ParseError.impossible(text)) { try PartialDate(parsing: text) }
  }

  @Test(arguments: ["2023-13", "2023-00", "2023-00-01", "2023-99-99"])
  func impossibleMonths(_ text: String) {
    #expect(throws: PartialDate.ParseError.impossibleMonth(text)) {
      try PartialDate(parsing: text)
    }
  }

  @Test(arguments: [
    "", "13", "201", "20133", "2013-9", "2013-09-7", "2013-", "2013--09", "2013-09-07-01",
    "2013/09", "２０１３", "2013-O9", " 2013", "2013 ", "+201", "-44", "-0000", "-", "--2013",
    "-2013-9", "-2013-09-07-01", "-123456789012",
  ])
  func malformedDates(_ text: String) {
    #expect(throws: PartialDate.ParseError.malformed(text)) { try PartialDate(parsing: text) }
  }

  @Test(arguments: [
    ("-0044-03-15", -44, 3, 15), ("-0500", -500, nil, nil), ("-2013-09", -2013, 9, nil),
    ("-12000", -12000, nil, nil),
  ])
  func yearsBeforeTheCommonEraParseAndPrintBack(
    _ text: String, _ year: Int, _ month: Int?, _ day: Int?
  ) throws {
    let date = try PartialDate(parsing: text)
    #expect(date.year == year)
    #expect(date.month == month)
    #expect(date.day == day)
    #expect(date.description == text)
  }

  @Test func errorDescriptions() {
    #expect(
      PartialDate.ParseError.malformed("x").description
        == "invalid date \"x\": expected YYYY, YYYY-MM or YYYY-MM-DD")
    #expect(
      PartialDate.ParseError.impossible("2023-02-30").description
        == "impossible date \"2023-02-30\": no such day in the calendar")
    #expect(
      PartialDate.ParseError.impossibleMonth("2023-13").description
        == "impossible date \"2023-13\": months run from 01 to 12")
  }

  @Test func componentInitializerValidates() throws {
    #expect(throws: PartialDate.ParseError.self) { try PartialDate(year: 0) }
    #expect(throws: PartialDate.ParseError.self) { try PartialDate(year: 10_000) }
    #expect(throws: PartialDate.ParseError.self) { try PartialDate(year: 2020, day: 5) }
    #expect(throws: PartialDate.ParseError.self) { try PartialDate(year: 2020, month: 0) }
    #expect(throws: PartialDate.ParseError.self) { try PartialDate(year: 2020, month: 13) }
    #expect(throws: PartialDate.ParseError.self) { try PartialDate(year: 2020, month: 1, day: 0) }
    #expect(
      try PartialDate(year: 2020, month: 1, day: 1) == (try PartialDate(parsing: "2020-01-01")))
  }

  @Test func orderingPutsEarliestDayFirstThenMorePrecise() throws {
    let texts = ["2012-12-31", "2013-01-01", "2013-01", "2013", "2013-02", "2013-09-07", "2014"]
    let dates = try texts.map { try PartialDate(parsing: $0) }
    for (index, date) in dates.enumerated() {
      #expect(!(date < date), "irreflexive at \(date)")
      for later in dates[(index + 1)...] {
        #expect(date < later, "\(date) < \(later)")
        #expect(!(later < date), "not \(later) < \(date)")
      }
    }
    #expect(dates.reversed().sorted() == dates)
  }

  @Test func equalityNeedsTheSamePrecision() throws {
    #expect(try PartialDate(parsing: "2013") != PartialDate(parsing: "2013-01"))
    #expect(try PartialDate(parsing: "2013-01") != PartialDate(parsing: "2013-01-01"))
    #expect(try PartialDate(parsing: "2013-01") == PartialDate(year: 2013, month: 1))
  }

  @Test func precisionOrder() {
    #expect(PartialDate.Precision.year < .month)
    #expect(PartialDate.Precision.month < .day)
  }
  @Test func yearsBeforeTheCommonEra() throws {
    let ides = try PartialDate(year: -44, month: 3, day: 15)
    #expect(ides.description == "-0044-03-15")
    #expect(ides.humanReadable == "15 Mar -44")
    #expect(try PartialDate(year: -13_800_000_000).description == "-13800000000")
    #expect(try PartialDate(year: -4, month: 2, day: 29).day == 29)
    #expect(throws: PartialDate.ParseError.self) { try PartialDate(year: -3, month: 2, day: 29) }
    #expect(throws: PartialDate.ParseError.self) {
      try PartialDate(year: PartialDate.earliestYear - 1)
    }
    let ordered = try [
      PartialDate(year: -500), PartialDate(year: -44), PartialDate(year: -44, month: 3, day: 15),
      PartialDate(year: 1),
    ]
    #expect(ordered.reversed().sorted() == ordered)
  }
}
