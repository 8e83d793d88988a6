import Foundation
import Glibc

/// How a finished child process ended, with its output and its peak memory.
struct ProcessOutcome {
  /// The exit status, or nil when a signal ended the process.
  var exitCode: Int32?
  /// What it wrote to standard output, when that was captured.
  var output: [UInt8]
  /// Its peak resident set size (`ru_maxrss`), in bytes.
  var peakMemory: Int
  /// From spawn to reaped.
  var duration: Duration

  var succeeded: Bool { exitCode == 0 }
  var outputText: String { String(decoding: output, as: UTF8.self) }
}

/// Errors from starting a child process.
struct SpawnError: Error, CustomStringConvertible {
  var description: String
}

/// Runs child processes with `posix_spawn` and reaps them with `wait4`, so the timing
/// includes only spawn, run and exit, and peak memory comes from the kernel.
enum Subprocess {
  /// Where the child's standard output goes.
  enum Output {
    /// To `/dev/null`.
    case discard
    /// Through a pipe that is read and thrown away. Use it for tools that notice
    /// `/dev/null` and stop early (GNU grep quits at the first match then).
    case drain
    /// Through a pipe into `ProcessOutcome.output`.
    case capture
  }

  /// Runs `executable` (looked up in `PATH` when it has no slash) to completion. Standard
  /// input comes from `input` (or `/dev/null`); standard error is discarded unless
  /// `showErrors` passes it through.
  static func run(
    _ executable: String, _ arguments: [String], input: String? = nil,
    output: Output = .discard, showErrors: Bool = false, environment: [String: String] = [:]
  ) throws -> ProcessOutcome {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, input ?? "/dev/null", O_RDONLY, 0)
    if !showErrors {
      posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    }
    var pipeEnds: [Int32] = [-1, -1]
    switch output {
    case .discard:
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    case .drain, .capture:
      guard pipe(&pipeEnds) == 0 else { throw SpawnError(description: "pipe failed") }
      posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
      posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
      posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
    }
    let clock = ContinuousClock()
    let start = clock.now
    let pid = try spawn(
      executable, arguments, actions: &actions, environment: environment.mapValues { $0 })
    var captured: [UInt8] = []
    if output != .discard {
      close(pipeEnds[1])
      captured = readAll(pipeEnds[0], keep: output == .capture)
      close(pipeEnds[0])
    }
    var outcome = reap(pid)
    outcome.duration = clock.now - start
    outcome.output = captured
    return outcome
  }

  /// Starts `executable` with the given file actions and optional attributes; returns its
  /// process id. `environment` overrides entries of this process's environment (nil
  /// removes one).
  static func spawn(
    _ executable: String, _ arguments: [String], actions: inout posix_spawn_file_actions_t,
    attributes: UnsafePointer<posix_spawnattr_t>? = nil, environment: [String: String?] = [:]
  ) throws -> pid_t {
    var merged = ProcessInfo.processInfo.environment
    for (key, value) in environment { merged[key] = value }
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv + envp { free(pointer) }
    }
    var pid: pid_t = 0
    let status =
      executable.contains("/")
      ? posix_spawn(&pid, executable, &actions, attributes, argv, envp)
      : posix_spawnp(&pid, executable, &actions, attributes, argv, envp)
    guard status == 0 else {
      throw SpawnError(
        description: "cannot run \(executable): \(String(cString: strerror(status)))")
    }
    return pid
  }

  /// Waits for the child to end; `duration` is left zero for the caller to fill.
  static func reap(_ pid: pid_t) -> ProcessOutcome {
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) == -1, errno == EINTR {}
    let signalled = status & 0x7f != 0
    return ProcessOutcome(
      exitCode: signalled ? nil : (status >> 8) & 0xff, output: [],
      peakMemory: usage.ru_maxrss * 1024, duration: .zero)
  }

  /// Whether a program of this name is on `PATH`.
  static func isAvailable(_ name: String) -> Bool {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").contains { access("\($0)/\(name)", X_OK) == 0 }
  }

  private static func readAll(_ descriptor: Int32, keep: Bool) -> [UInt8] {
    var result: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = read(descriptor, &buffer, buffer.count)
      if count > 0 {
        if keep { result += buffer[0..<count] }
      } else if count == 0 || errno != EINTR {
        return result
      }
    }
  }
}
