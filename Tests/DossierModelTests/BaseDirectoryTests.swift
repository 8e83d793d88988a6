import Testing

@testable import DossierModel

/// The cache, the settings and the marks are placed as the XDG Base Directory
/// specification says: its variable when it is an absolute path, else under the home folder.
@Suite struct BaseDirectoryTests {
  @Test(arguments: [
    (["XDG_CACHE_HOME": "/x/cache", "HOME": "/home/a"], "/x/cache"),
    (["XDG_CACHE_HOME": "relative/cache", "HOME": "/home/a"], "/home/a/.cache"),
    (["XDG_CACHE_HOME": "", "HOME": "/home/a"], "/home/a/.cache"),
    (["HOME": "/home/a"], "/home/a/.cache"),
    (["HOME": "home/a"], nil),
    ([:], nil),
  ])
  func theVariableWhenAbsoluteElseTheHomeFolder(_ environment: [String: String], _ path: String?) {
    #expect(
      BaseDirectory.path("XDG_CACHE_HOME", orHome: ".cache", environment: environment) == path)
  }
}
