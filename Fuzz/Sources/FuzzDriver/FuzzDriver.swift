import CLibFuzzer

#if canImport(Glibc)
  import Glibc
#endif

/// Hands the process to libFuzzer, which calls `test` with each input, and exits with its
/// status.
///
/// SwiftPM makes an executable's `main` the module's own entry point, which would replace
/// libFuzzer's: each fuzzer's `main.swift` calls this instead.
public func runLibFuzzer(
  _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> Never {
  var argc = CommandLine.argc
  var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
  exit(LLVMFuzzerRunDriver(&argc, &argv, test))
}
