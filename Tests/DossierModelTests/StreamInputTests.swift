import Foundation
import Testing

@testable import DossierModel

// glibc declares the pseudo-terminal calls only for _XOPEN_SOURCE, which Swift's Glibc
// module is not built with.
@_silgen_name("posix_openpt") private func openPseudoTerminal(_ flags: Int32) -> Int32
@_silgen_name("grantpt") private func grantPseudoTerminal(_ descriptor: Int32) -> Int32
@_silgen_name("unlockpt") private func unlockPseudoTerminal(_ descriptor: Int32) -> Int32
@_silgen_name("ptsname") private func pseudoTerminalName(_ descriptor: Int32)
  -> UnsafeMutablePointer<CChar>?

/// Dossiers that are not regular files: FIFOs, devices, /proc files, terminals, the
/// standard input. Each is read as a stream with a limit, or refused with a message,
/// and never waited on forever (`check` on a FIFO blocked for ever in `open`).
@Suite("Streams as dossiers")
struct StreamInputTests {
  private func message(reading path: String, limit: Int = 1 << 20, fifoWait: Int32 = 200)
    -> String?
  {
    do {
      _ = try DossierLoader.readFile(path, streamLimit: limit, fifoWait: fifoWait)
      return nil
    } catch {
      return error.problems.map(\.description).joined(separator: "\n")
    }
  }

  @Test func aFIFOThatNothingWritesToIsGivenUp() throws {
    try withTemporaryFolder { folder in
      let fifo = folder + "/f"
      #expect(mkfifo(fifo, 0o600) == 0)
      #expect(
        message(reading: fifo)
          == "\(fifo): is a FIFO that nothing wrote to within 200 ms: start the program that "
          + "writes to it first")
    }
  }

  @Test func aFIFOIsReadToItsEndAndLoads() throws {
    try withTemporaryFolder { folder in
      let fifo = folder + "/f"
      #expect(mkfifo(fifo, 0o600) == 0)
      let json = Array(dossierJSON(textFile: "article.txt").utf8)
      try write("It is run by a partnership.", to: folder + "/article.txt")
      let writer = Thread {
        let descriptor = open(fifo, O_WRONLY)
        json.withUnsafeBytes { _ = Glibc.write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
      }
      writer.start()
      let loaded = try DossierLoader.load(.file(path: fifo))
      #expect(loaded.dossier.entities.map(\.id) == ["e"])
      #expect(loaded.dossier.source(id: "s")?.text == "It is run by a partnership.")
    }
  }

  @Test func anEndlessDeviceStopsAtTheLimit() {
    #expect(
      message(reading: "/dev/zero")
        == "/dev/zero: gives more than 1 MiB, the most read from a pipe or a device: save it to "
        + "a file and open that")
  }

  @Test func anEmptyDeviceIsAnEmptyFile() throws {
    #expect(try DossierLoader.readFile("/dev/null").isEmpty)
    #expect(
      problems(loading: "/dev/null").map(\.description) == [
        "/dev/null:1:1: the file is empty: expected a JSON object"
      ])
  }

  @Test func aProcFileIsReadForWhatItHoldsThoughItsSizeIsZero() throws {
    let bytes = try DossierLoader.readFile("/proc/self/status")
    #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("Name:"))
  }

  @Test func aTerminalIsRefused() throws {
    let controller = openPseudoTerminal(O_RDWR | O_NOCTTY)
    #expect(controller >= 0)
    defer { close(controller) }
    #expect(grantPseudoTerminal(controller) == 0 && unlockPseudoTerminal(controller) == 0)
    let terminal = String(cString: try #require(pseudoTerminalName(controller)))
    #expect(
      message(reading: terminal)
        == "\(terminal): is a terminal, not a dossier file: pipe a dossier in (--data -) or "
        + "name a file")
  }

  @Test func anOpenDescriptorIsReadAsAStream() throws {
    var ends: [Int32] = [0, 0]
    try #require(pipe(&ends) == 0)
    let json = Array(
      #"{"format": "dossier", "version": 1, "title": "T", "actors": [{"id": "a", "name": "A", "type": "person"}]}"#
        .utf8)
    let writingEnd = ends[1]
    let writer = Thread {
      json.withUnsafeBytes { _ = Glibc.write(writingEnd, $0.baseAddress, $0.count) }
      close(writingEnd)
    }
    writer.start()
    defer { close(ends[0]) }
    let loaded = try DossierLoader.load(.stream(descriptor: ends[0], fileName: "(standard input)"))
    #expect(loaded.dossier.entities.map(\.id) == ["a"])
  }
}

/// Text files whose path goes through a symbolic link: the file reached must still lie in
/// the dossier's folder (a link to /etc/passwd was read and exported).
@Suite("Text files through links")
struct TextFileLinkTests {
  @Test func aLinkLeadingOutOfTheFolderIsRefused() throws {
    try withTemporaryFolder { folder in
      try write("It is run by a partnership.", to: folder + "/outside.txt")
      try FileManager.default.createDirectory(
        atPath: folder + "/inner", withIntermediateDirectories: true)
      #expect(symlink(folder + "/outside.txt", folder + "/inner/article.txt") == 0)
      let path = folder + "/inner/d.json"
      try write(dossierJSON(textFile: "article.txt"), to: path)
      let resolvedOutside = try #require(realpath(folder + "/outside.txt", nil))
      defer { free(resolvedOutside) }
      #expect(
        problems(loading: path).map(\.description) == [
          "\(path):6:43: sources[0].textFile: text file \"\(folder)/inner/article.txt\" leads out "
            + "of the dossier's folder (to \"\(String(cString: resolvedOutside))\")"
        ])
    }
  }

  @Test func aLinkWithinTheFolderIsFollowed() throws {
    try withTemporaryFolder { folder in
      try FileManager.default.createDirectory(
        atPath: folder + "/texts", withIntermediateDirectories: true)
      try write("It is run by a partnership.", to: folder + "/texts/real.txt")
      #expect(symlink("texts/real.txt", folder + "/article.txt") == 0)
      try write(dossierJSON(textFile: "article.txt"), to: folder + "/d.json")
      let dossier = try DossierLoader.load(.file(path: folder + "/d.json")).dossier
      #expect(dossier.source(id: "s")?.text == "It is run by a partnership.")
    }
  }

  @Test func aFIFOAsATextFileIsRefusedNotWaitedOn() throws {
    try withTemporaryFolder { folder in
      #expect(mkfifo(folder + "/article.txt", 0o600) == 0)
      let path = folder + "/d.json"
      try write(dossierJSON(textFile: "article.txt"), to: path)
      #expect(
        problems(loading: path).map(\.description) == [
          "\(path):6:43: sources[0].textFile: text file \"\(folder)/article.txt\" is not a "
            + "regular file"
        ])
    }
  }
}
