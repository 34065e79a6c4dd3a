import CFuzzerDriver
import Foundation
import KefuFuzzing

// SwiftPM gives every executable its own `main`, so libFuzzer runs through its driver rather than its `main`.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(
    LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in
        FuzzTarget.bundleLoader.run(bytes.map { Data(bytes: $0, count: count) } ?? Data())
        return 0
    })
