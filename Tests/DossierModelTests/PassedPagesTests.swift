import Foundation
import Testing

@testable import DossierModel

/// A load gives back the pages of a large file as it parses them, and reads the file again
/// when it needs the bytes after all: the messages of a broken file are those of one pass.
@Suite struct PassedPagesTests {
  @Test func givenBackPagesReadAsZerosAndNothingOutsideTheRangeChanges() throws {
    let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
    let bytes = [UInt8](repeating: 0xAB, count: 8 * pageSize)
    let range = 100..<(5 * pageSize + 50)
    let (releasedUpTo, anyReleased) = bytes.withUnsafeBufferPointer { buffer in
      let pages = PassedPages(of: buffer, readFileAgain: { nil })
      return (pages.release(range), pages.anyReleased)
    }
    #expect(anyReleased)
    let zeros = bytes.indices.filter { bytes[$0] == 0 }
    #expect(bytes.allSatisfy { $0 == 0 || $0 == 0xAB })
    let first = try #require(zeros.first)
    let last = try #require(zeros.last)
    #expect(zeros.count == last - first + 1)
    #expect(zeros.count % pageSize == 0)
    #expect(zeros.count >= range.count - 2 * pageSize)
    #expect(range.contains(first) && range.contains(last))
    #expect(releasedUpTo == last + 1)
  }

  @Test func nothingIsGivenBackInsideOnePage() {
    let bytes = [UInt8](repeating: 0xAB, count: 64)
    let (releasedUpTo, anyReleased) = bytes.withUnsafeBufferPointer { buffer in
      let pages = PassedPages(of: buffer, readFileAgain: { nil })
      return (pages.release(10..<20), pages.anyReleased)
    }
    #expect(!anyReleased)
    #expect(releasedUpTo == 10)
    #expect(bytes.allSatisfy { $0 == 0xAB })
  }

  /// A file of more than 8 MiB with one element per line; `broken` adds a duplicate id and
  /// an unknown link end near the end, whose messages point back to the file's start.
  private func largeFile(broken: Bool) -> String {
    let padding = String(repeating: "x", count: 200)
    var lines = ["{", "  \"format\": \"dossier\",", "  \"version\": 1,", "  \"title\": \"Big\","]
    lines.append("  \"actors\": [")
    let count = 40_000
    for index in 0..<count {
      let id = broken && index == count - 1 ? "a0" : "a\(index)"
      lines.append(
        "    {\"id\":\"\(id)\",\"name\":\"Actor \(index)\",\"type\":\"person\","
          + "\"summary\":\"\(padding)\"}" + (index < count - 1 ? "," : ""))
    }
    lines += ["  ],", "  \"links\": ["]
    let last = broken ? "a-missing" : "a1"
    lines.append("    {\"from\":\"a0\",\"to\":\"a2\",\"relation\":\"partner\"},")
    lines.append("    {\"from\":\"a3\",\"to\":\"\(last)\",\"relation\":\"partner\"}")
    lines += ["  ]", "}"]
    return lines.joined(separator: "\n")
  }

  private func write(_ text: String) throws -> String {
    let path = NSTemporaryDirectory() + "dossier-passed-pages-\(UUID().uuidString).json"
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func aLargeFileReadFromDiskLoadsAsFromMemory() throws {
    let text = largeFile(broken: false)
    #expect(text.utf8.count > NativeImporter.twoHalvesMinimumSize)
    let path = try write(text)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let fromDisk = try DossierLoader.load(.file(path: path))
    let fromMemory = try DossierLoader.load(.bytes(Array(text.utf8), fileName: path))
    #expect(fromDisk.dossier.entities.count == 40_000)
    #expect(fromDisk.dossier.content == fromMemory.dossier.content)
  }

  @Test func aLargeBrokenFileReadFromDiskGivesTheMessagesOfOnePass() throws {
    let text = largeFile(broken: true)
    let path = try write(text)
    defer { try? FileManager.default.removeItem(atPath: path) }
    func problems(_ input: DossierInput) -> [String] {
      do {
        _ = try DossierLoader.load(input)
        return []
      } catch {
        return error.problems.map(\.description)
      }
    }
    let fromDisk = problems(.file(path: path))
    #expect(fromDisk == problems(.bytes(Array(text.utf8), fileName: path)))
    #expect(fromDisk.count == 2)
    #expect(fromDisk.contains { $0.contains("duplicate") && $0.contains("line 6, column") })
    #expect(fromDisk.contains { $0.contains("unknown entity \"a-missing\"") })
  }

  /// An FtM stream of more than 8 MiB; `broken` adds, near the end, a duplicate id (whose
  /// message points back to the first line) and a date FtM would not accept; every stream
  /// ends with a payment to an entity not in the file (a warning).
  private func largeFtMStream(broken: Bool) -> String {
    let padding = String(repeating: "x", count: 200)
    var lines = (0..<40_000).map { index in
      #"{"id":"c\#(index)","schema":"Company","properties":{"name":["Company \#(index)"],"#
        + #""summary":["\#(padding)"]}}"#
    }
    if broken {
      lines.append(#"{"id":"c0","schema":"Company","properties":{"name":["Again"]}}"#)
      lines.append(#"{"id":"p1","schema":"Person","properties":{"birthDate":["once"]}}"#)
    }
    lines.append(
      #"{"id":"pay","schema":"Payment","properties":{"payer":["c1"],"beneficiary":["gone"]}}"#)
    return lines.joined(separator: "\n")
  }

  private func outcome(_ input: DossierInput) -> (problems: [String], warnings: [String]) {
    do {
      let loaded = try DossierLoader.load(input)
      return ([], loaded.dossier.warnings.map(\.warningDescription))
    } catch {
      return (error.problems.map(\.description), [])
    }
  }

  @Test(arguments: [false, true])
  func aLargeFtMStreamReadFromDiskGivesTheMessagesOfOnePass(broken: Bool) throws {
    let text = largeFtMStream(broken: broken)
    #expect(text.utf8.count > 8 << 20)
    let path = try write(text)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let fromDisk = outcome(.file(path: path))
    #expect(fromDisk == outcome(.bytes(Array(text.utf8), fileName: path)))
    if broken {
      #expect(fromDisk.problems.count == 2)
      #expect(
        fromDisk.problems.contains {
          $0.contains(":40001:") && $0.contains("duplicate") && $0.contains("line 1, column 1")
        })
      #expect(fromDisk.problems.contains { $0.contains(":40002:") && $0.contains("birthDate") })
    } else {
      #expect(fromDisk.warnings.count == 1)
      #expect(fromDisk.warnings.allSatisfy { $0.contains(":40001:") && $0.contains("\"gone\"") })
    }
  }
}
