import CFuzzerDriver
import Foundation
import KefuFuzzing

/// Runs libFuzzer on `target` and exits with its status. SwiftPM gives every executable its own `main`,
/// so libFuzzer runs through its driver rather than its `main`.
public func fuzz(_ target: FuzzTarget) -> Never {
    // libFuzzer calls back through a C function pointer, which cannot capture: the target waits here.
    selected = target
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(
        LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in
            let outcome = selected.run(bytes.map { Data(bytes: $0, count: count) } ?? Data())
            // A broken promise is a finding: crash, so libFuzzer keeps the input.
            if let broken = outcome.brokenPromises.first { fatalError("broken promise: \(broken)") }
            return 0
        })
}

nonisolated(unsafe) private var selected = FuzzTarget.bundleLoader
