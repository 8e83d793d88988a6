/// A document that facts rest on: an article, a report, a filing.
public struct Source: Sendable, Hashable, Identifiable {
  /// A unique id (lowercase slug) that evidence refers to.
  public let id: String
  /// The document's title.
  public let title: String
  /// Who published it.
  public let publisher: String?
  /// Who wrote it.
  public let author: String?
  /// When it was published.
  public let date: PartialDate?
  /// Where it can be found.
  public let url: String?
  /// The full text, when known; every quote from this source must then be found in it.
  public let text: String?

  /// Creates a source.
  public init(
    id: String, title: String, publisher: String? = nil, author: String? = nil,
    date: PartialDate? = nil, url: String? = nil, text: String? = nil
  ) {
    self.id = id
    self.title = title
    self.publisher = publisher
    self.author = author
    self.date = date
    self.url = url
    self.text = text
  }
}
