import CLibFuzzer
import Foundation

/// The function libFuzzer calls with each input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    fuzzOne(bytes.map { Data(bytes: $0, count: count) } ?? Data())
    return 0
}

/// The program's entry point. SwiftPM links an executable target with
/// `main` set to `FuzzInputs_main`, so this is where libFuzzer's driver starts.
@_cdecl("FuzzInputs_main")
public func fuzzInputsMain(
    _ argumentCount: CInt, _ arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
    var count = argumentCount
    var vector = arguments
    return LLVMFuzzerRunDriver(&count, &vector, fuzzerTestOneInput)
}
