import Benchmark
import Foundation
import KefuWorkloads

/// Export and import of a generated bundle (100,000 items by default; `KEFU_BENCH_ITEMS` for another
/// size), in process. `Scripts/measure-budgets` compares the whole commands with bsdtar on the same
/// folder, the budget's own terms (within 2× of bsdtar).
let benchmarks: @Sendable () -> Void = {
    let items = Int(ProcessInfo.processInfo.environment["KEFU_BENCH_ITEMS"] ?? "") ?? 100_000
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResidentDelta], timeUnits: .milliseconds,
        maxDuration: .seconds(60), maxIterations: 5)
    nonisolated(unsafe) var workload: ArchiveWorkload?

    Benchmark(
        "export", configuration: configuration,
        closure: { benchmark in
            guard let workload else { return }
            for _ in benchmark.scaledIterations { blackHole(try workload.export()) }
        },
        setup: { workload = try ArchiveWorkload(items: items) },
        teardown: { workload?.shop.remove() })

    Benchmark(
        "import (read, verify, load, merge)", configuration: configuration,
        closure: { benchmark in
            guard let workload else { return }
            for _ in benchmark.scaledIterations { blackHole(try workload.importIntoEmptyStore()) }
        },
        setup: { workload = try ArchiveWorkload(items: items) },
        teardown: { workload?.shop.remove() })
}
