/// Where dossier keeps files of a kind, as the XDG Base Directory specification places
/// them: the folder an `XDG_…_HOME` variable names, else one under the home folder.
public enum BaseDirectory {
  /// The folder `variable` names (`XDG_CACHE_HOME`), else `HOME/homeRelative`
  /// (`.cache`); nil when neither is an absolute path (the specification ignores
  /// relative ones).
  public static func path(
    _ variable: String, orHome homeRelative: String, environment: [String: String]
  ) -> String? {
    if let path = environment[variable], path.hasPrefix("/") { return path }
    if let home = environment["HOME"], home.hasPrefix("/") { return home + "/" + homeRelative }
    return nil
  }
}
