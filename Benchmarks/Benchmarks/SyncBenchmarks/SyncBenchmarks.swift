import Benchmark
import Foundation
import KefuGenerator
import KefuStore
import KefuSync

/// The sync budgets of the product README, on a generated bundle (100,000 items by default;
/// `KEFU_BENCH_ITEMS` sets another size, e.g. 1000 for a quick run):
/// first sync ≤ 10 s, no-op sync ≤ 0.5 s, sync after editing one file ≤ 1 s, peak memory ≤ 300 MB.
let benchmarks: @Sendable () -> Void = {
    let items = Int(ProcessInfo.processInfo.environment["KEFU_BENCH_ITEMS"] ?? "") ?? 100_000
    let metrics: [BenchmarkMetric] = [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal]

    Benchmark(
        "first sync",
        configuration: .init(metrics: metrics, timeUnits: .milliseconds, maxDuration: .seconds(60), maxIterations: 3)
    ) { benchmark in
        let bundle = try SyncBenchmarkBundle(items: items)
        for _ in benchmark.scaledIterations {
            try bundle.removeStore()
            benchmark.startMeasurement()
            blackHole(try bundle.sync())
            benchmark.stopMeasurement()
        }
    }

    Benchmark(
        "no-op sync",
        configuration: .init(metrics: metrics, timeUnits: .milliseconds, maxDuration: .seconds(30), maxIterations: 20)
    ) { benchmark in
        let bundle = try SyncBenchmarkBundle(items: items)
        _ = try bundle.sync()
        for _ in benchmark.scaledIterations {
            benchmark.startMeasurement()
            blackHole(try bundle.sync())
            benchmark.stopMeasurement()
        }
    }

    Benchmark(
        "one-file sync",
        configuration: .init(metrics: metrics, timeUnits: .milliseconds, maxDuration: .seconds(30), maxIterations: 20)
    ) { benchmark in
        let bundle = try SyncBenchmarkBundle(items: items)
        _ = try bundle.sync()
        for iteration in benchmark.scaledIterations {
            try bundle.editOneFile(iteration)
            benchmark.startMeasurement()
            blackHole(try bundle.sync())
            benchmark.stopMeasurement()
        }
    }
}
