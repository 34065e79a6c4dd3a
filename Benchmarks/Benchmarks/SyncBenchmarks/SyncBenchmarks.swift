import Benchmark
import Foundation
import KefuWorkloads

/// The sync budgets of the product README, on a generated bundle (100,000 items by default;
/// `KEFU_BENCH_ITEMS` sets another size, e.g. 1000 for a quick run): first sync ≤ 10 s, no-op sync
/// ≤ 0.5 s, sync after editing one file ≤ 1 s, peak memory ≤ 300 MB. Each bundle is made in `setup`,
/// outside the measurement; `Scripts/measure-budgets` measures the same as whole processes.
let benchmarks: @Sendable () -> Void = {
    let items = Int(ProcessInfo.processInfo.environment["KEFU_BENCH_ITEMS"] ?? "") ?? 100_000
    let metrics: [BenchmarkMetric] = [.wallClock, .cpuTotal, .peakMemoryResidentDelta, .mallocCountTotal]
    nonisolated(unsafe) var workload: SyncWorkload?

    Benchmark(
        "first sync",
        configuration: .init(metrics: metrics, timeUnits: .milliseconds, maxDuration: .seconds(90), maxIterations: 5),
        closure: { benchmark in
            guard let workload else { return }
            for _ in benchmark.scaledIterations {
                workload.removeStore()
                benchmark.startMeasurement()
                blackHole(try workload.sync())
                benchmark.stopMeasurement()
            }
        },
        setup: { workload = try SyncWorkload(items: items, synced: false) },
        teardown: { workload?.remove() })

    Benchmark(
        "no-op sync",
        configuration: .init(metrics: metrics, timeUnits: .milliseconds, maxDuration: .seconds(30), maxIterations: 30),
        closure: { benchmark in
            guard let workload else { return }
            for _ in benchmark.scaledIterations { blackHole(try workload.sync()) }
        },
        setup: { workload = try SyncWorkload(items: items, synced: true) },
        teardown: { workload?.remove() })

    Benchmark(
        "one-file sync",
        configuration: .init(metrics: metrics, timeUnits: .milliseconds, maxDuration: .seconds(30), maxIterations: 30),
        closure: { benchmark in
            guard let workload else { return }
            for iteration in benchmark.scaledIterations {
                blackHole(try workload.sync())
                // The next iteration's file edit happens outside the measurement.
                benchmark.stopMeasurement()
                try workload.editOneFile(iteration + 1)
            }
        },
        setup: {
            let made = try SyncWorkload(items: items, synced: true)
            try made.editOneFile(0)
            workload = made
        },
        teardown: { workload?.remove() })
}
