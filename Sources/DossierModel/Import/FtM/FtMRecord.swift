import Glibc

/// One FollowTheMoney entity as written in the file, before it is interpreted: its id,
/// schema and property values as texts in place (read them through the record, which
/// holds the reader they were read by), each with the byte offset it was read at.
struct FtMRecord {
  /// Where the record is, for messages: `line 12`, or `[3]` in a JSON array.
  let path: String
  /// The byte offset of the record's `{`.
  let offset: Int
  /// The reader the texts were read by.
  let reader: JSONReader
  /// The FtM id, verbatim.
  let id: JSONText
  /// The schema name as written: `Payment`.
  let schema: JSONText
  /// The byte offset of the schema's value.
  let schemaOffset: Int
  /// The properties, in file order.
  let properties: [FtMRawProperty]
  /// Every property value, property after property (one array per record rather than
  /// one per property).
  let values: [FtMRawValue]

  /// The bytes of `text`, one of this record's.
  func bytes(of text: JSONText) -> UnsafeBufferPointer<UInt8> { reader.bytes(of: text) }

  /// The string of `text`, one of this record's.
  func string(of text: JSONText) -> String { reader.string(of: text) }

  /// The id as a string.
  var idString: String { string(of: id) }

  /// The schema name as a string.
  var schemaName: String { string(of: schema) }

  /// The name of `property` as a string.
  func name(of property: FtMRawProperty) -> String { string(of: property.name) }

  /// Whether `property` is named `name`.
  func property(_ property: FtMRawProperty, isNamed name: StaticString) -> Bool {
    bytes(of: property.name).isUTF8(of: name)
  }

  /// Whether `property` is named `name`.
  func property(_ property: FtMRawProperty, isNamed name: String) -> Bool {
    var name = name
    let bytes = bytes(of: property.name)
    return name.withUTF8 { name in
      name.count == bytes.count
        && (name.isEmpty || memcmp(name.baseAddress!, bytes.baseAddress!, name.count) == 0)
    }
  }

  /// The value of `property` at `index`.
  func value(of property: FtMRawProperty, at index: Int) -> JSONText {
    values[property.values.lowerBound + index].text
  }

  /// The byte offset of `property`'s value at `index`.
  func offset(of property: FtMRawProperty, at index: Int) -> Int {
    values[property.values.lowerBound + index].offset
  }

  /// The values of `property` as strings.
  func strings(of property: FtMRawProperty) -> [String] {
    values[property.values].map { string(of: $0.text) }
  }

  /// The first value of the property `name`, if the record has it.
  func firstValue(of name: String) -> String? {
    properties.first { self.property($0, isNamed: name) && !$0.values.isEmpty }
      .map { string(of: value(of: $0, at: 0)) }
  }
}

/// One property of a record: its name and where its values lie in the record's.
struct FtMRawProperty {
  /// The property name as written: `amountEur`.
  let name: JSONText
  /// The byte offset of the property's key.
  let offset: Int
  /// Where its values lie in the record's `values`, in file order.
  let values: Range<Int>
}

/// One property value of a record and the byte offset it was read at.
struct FtMRawValue {
  let text: JSONText
  let offset: Int
}

extension UnsafeBufferPointer<UInt8> {
  /// Whether these bytes are the UTF-8 of `text`.
  func isUTF8(of text: StaticString) -> Bool {
    count == text.utf8CodeUnitCount
      && elementsEqual(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }
}
