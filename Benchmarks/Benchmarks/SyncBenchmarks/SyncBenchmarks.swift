import Benchmark
import Foundation
import KefuGenerator
import KefuStore
import KefuSync

/// The sync budgets of the product README, on a generated bundle (100,000 items by default;
/// `KEFU_BENCH_ITEMS` sets another size, e.g. 1000 for a quick run): first sync ≤ 10 s,
/// no-op sync ≤ 0.5 s, sync after editing one file ≤ 1 s, peak memory ≤ 300 MB. Each bundle is made
/// in `setup`, outside the measurement; `Scripts/measure-sync` measures the same as whole processes.
let benchmarks: @Sendable () -> Void = {
    let items = Int(ProcessInfo.processInfo.environment["KEFU_BENCH_ITEMS"] ?? "") ?? 100_000
    let metrics: [BenchmarkMetric] = [.wallClock, .cpuTotal, .peakMemoryResidentDelta, .mallocCountTotal]

    Benchmark(
        "first sync",
        configuration: .init(metrics: metrics, timeUnits: .milliseconds, maxDuration: .seconds(90), maxIterations: 5),
        closure: { benchmark in
            for _ in benchmark.scaledIterations {
                try SyncBenchmarkBundle.prepared.removeStore()
                benchmark.startMeasurement()
                blackHole(try SyncBenchmarkBundle.prepared.sync())
                benchmark.stopMeasurement()
            }
        },
        setup: { try SyncBenchmarkBundle.prepare(items: items, synced: false) })

    Benchmark(
        "no-op sync",
        configuration: .init(metrics: metrics, timeUnits: .milliseconds, maxDuration: .seconds(30), maxIterations: 30),
        closure: { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try SyncBenchmarkBundle.prepared.sync())
            }
        },
        setup: { try SyncBenchmarkBundle.prepare(items: items, synced: true) })

    Benchmark(
        "one-file sync",
        configuration: .init(metrics: metrics, timeUnits: .milliseconds, maxDuration: .seconds(30), maxIterations: 30),
        closure: { benchmark in
            for iteration in benchmark.scaledIterations {
                blackHole(try SyncBenchmarkBundle.prepared.sync())
                // The next iteration's file edit happens outside the measurement.
                benchmark.stopMeasurement()
                try SyncBenchmarkBundle.prepared.editOneFile(Int.random(in: 0..<1_000_000) + iteration)
            }
        },
        setup: {
            try SyncBenchmarkBundle.prepare(items: items, synced: true)
            try SyncBenchmarkBundle.prepared.editOneFile(0)
        })
}
