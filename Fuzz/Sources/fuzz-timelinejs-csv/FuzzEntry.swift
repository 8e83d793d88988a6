import DossierModel
import LoadFuzzing

/// libFuzzer's entry: loads the input as .timelinejsCSV (see `LoadFuzzing.fuzzLoad`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  fuzzLoad(UnsafeBufferPointer(start: data, count: size), format: .timelinejsCSV)
  return 0
}
