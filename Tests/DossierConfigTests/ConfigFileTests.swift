import DossierBrowser
import Testing

@testable import DossierConfig

/// `config.toml`: settings over the defaults; problems located, never fatal.
@Suite("Settings file")
struct ConfigFileTests {
  private func read(_ text: String) -> (config: BrowserConfig, problems: [ConfigProblem]) {
    ConfigFile.read(text, path: "config.toml")
  }

  @Test func theDefaultFileReadsBackAsTheDefaults() {
    let (config, problems) = read(ConfigFile.defaults)
    #expect(problems.isEmpty, "\(problems)")
    #expect(config.mouse)
    for context in KeyContext.allCases {
      #expect(config.keymap.bindings[context] == Keymap.standard.bindings[context], "\(context)")
    }
    #expect(config.colors == CellColors.standard)
  }

  @Test func theDefaultFileShowsEverySetting() {
    let text = ConfigFile.defaults
    #expect(text.contains("mouse = true"))
    for style in CellStyle.allCases { #expect(text.contains("\n\(style.configName) = \"")) }
    for context in KeyContext.allCases {
      #expect(text.contains("[keys.\(context.rawValue)]"))
      for binding in Keymap.standard.bindings[context] ?? [] {
        #expect(text.contains("\n\(binding.action.rawValue) = ["), "\(context) \(binding.action)")
      }
    }
  }

  @Test func settingsReplaceTheDefaults() {
    let (config, problems) = read(
      """
      mouse = false

      [colors]
      selection = "white on red bold"

      [keys.lists]
      moveDown = ["Down", "n"]
      nextResult = ["Ctrl-N"]
      """)
    #expect(problems.isEmpty, "\(problems)")
    #expect(!config.mouse)
    #expect(config.colors[.selection] == CellColors(.white, on: .red, [.bold]))
    #expect(config.keymap.action(for: .character("n"), in: .lists) == .moveDown)
    #expect(config.keymap.action(for: .control("n"), in: .lists) == .nextResult)
    #expect(config.keymap.action(for: .character("j"), in: .lists) == nil)
    #expect(
      config.keymap.action(for: .character("j"), in: .detail) == .moveDown,
      "other contexts keep theirs")
  }

  @Test func aFileThatIsNotTOMLGivesTheDefaultsAndWhere() throws {
    let (config, problems) = read("mouse = true\n[colors\nselection = 1\n")
    let problem = try #require(problems.first)
    #expect(problems.count == 1)
    #expect(problem.line == 2)
    #expect(problem.description.hasPrefix("config.toml:2:"))
    #expect(problem.message.hasSuffix("; the defaults are used"))
    #expect(config.keymap.bindings[.lists] == Keymap.standard.bindings[.lists])
  }

  @Test func badSettingsAreLocatedAndLeftOutTheRestKept() {
    let (config, problems) = read(
      """
      mouse = "yes"
      [colors]
      selection = "black on cyann"
      link = "green"
      [keys.lists]
      moveUpp = ["k"]
      moveDown = ["Up"]
      quit = ["Q"]
      [keys.listz]
      quit = ["x"]
      """)
    let described = problems.map(\.description)
    #expect(described.contains("config.toml:1:1: mouse must be true or false"))
    #expect(
      described.contains("config.toml:3:1: selection: \"cyann\" is not a colour or an attribute"))
    #expect(
      described.contains {
        $0.hasPrefix("config.toml:6:1: no action \"moveUpp\"") && $0.contains("moveUp")
      })
    #expect(
      described.contains { $0.hasPrefix("config.toml:7:1: a key of moveDown is also moveUp's") })
    #expect(described.contains { $0.hasPrefix("config.toml:9:1: unknown context \"listz\"") })
    #expect(problems.count == 5, "\(described)")
    #expect(config.mouse, "a bad value keeps the default")
    #expect(config.colors[.link] == CellColors(.green, on: .default))
    #expect(config.colors[.selection] == nil)
    #expect(config.keymap.action(for: .character("Q"), in: .lists) == .quit)
    #expect(config.keymap.action(for: .up, in: .lists) == .moveUp)
  }

  @Test func keysTheTerminalSendsAsOthersAreRefused() {
    let (config, problems) = read("[keys.lists]\nquit = [\"Ctrl-M\"]\ncopy = [\"Ctrl-I\"]\n")
    #expect(
      problems.map(\.description) == [
        "config.toml:2:1: quit: Ctrl-M cannot be chosen (it is Enter)",
        "config.toml:3:1: copy: Ctrl-I cannot be chosen (it is Tab)",
      ])
    #expect(config.keymap.action(for: .character("q"), in: .lists) == .quit)
  }

  @Test func keysReadRawCanBeChosen() {
    let (config, problems) = read(
      "[keys.lists]\ncopy = [\"Ctrl-S\", \"Ctrl-Q\"]\ninterrupt = [\"Ctrl-X\"]\nquit = [\"Ctrl-C\"]\n"
    )
    #expect(problems.isEmpty, "\(problems)")
    #expect(config.keymap.action(for: .control("s"), in: .lists) == .copy)
    #expect(config.keymap.action(for: .control("q"), in: .lists) == .copy)
    #expect(config.keymap.action(for: .control("c"), in: .lists) == .quit)
    #expect(config.keymap.action(for: .control("x"), in: .lists) == .interrupt)
  }

  @Test func aWrongColourWordIsNamed() {
    let (_, problems) = read("[colors]\nselection = \"white on redd bold\"\n")
    #expect(
      problems.map(\.description) == [
        "config.toml:2:1: selection: \"redd\" is not a colour or an attribute"
      ])
  }

  @Test(arguments: ["Up", "PgDn", "Ctrl-L", "Space", "Shift-Tab", "F1", "Esc", "?", "[", "q"])
  func keyNamesReadBack(name: String) throws {
    let key = try #require(Key(configName: name))
    #expect(Key(configName: key.configName) == key)
  }

  @Test(arguments: ["", "Ctrl-", "Ctrl-1", "F13", "Upp", "ab"])
  func unknownKeyNamesAreRefused(name: String) {
    #expect(Key(configName: name) == nil)
  }
}
