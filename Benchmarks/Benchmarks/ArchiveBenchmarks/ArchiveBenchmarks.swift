import Benchmark
import Foundation
import KefuArchive
import KefuGenerator
import KefuStore
import KefuSync

/// Export and import of a generated bundle (100,000 items by default; `KEFU_BENCH_ITEMS` for another
/// size), in process. `Scripts/measure-archive` compares the whole commands with bsdtar on the same
/// folder, the budget's own terms (within 2x of bsdtar).
let benchmarks: @Sendable () -> Void = {
    let items = Int(ProcessInfo.processInfo.environment["KEFU_BENCH_ITEMS"] ?? "") ?? 100_000
    let metrics: [BenchmarkMetric] = [.wallClock, .cpuTotal, .peakMemoryResidentDelta]
    let configuration = Benchmark.Configuration(
        metrics: metrics, timeUnits: .milliseconds, maxDuration: .seconds(60), maxIterations: 5)

    Benchmark(
        "export", configuration: configuration,
        closure: { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(
                    try BundleArchive.export(
                        store: try ArchiveBenchmarkShop.prepared.store, version: 2, format: .tarGzip, author: "bench"))
            }
        },
        setup: { try ArchiveBenchmarkShop.prepare(items: items) })

    Benchmark(
        "import (read, verify, load, merge)", configuration: configuration,
        closure: { benchmark in
            for _ in benchmark.scaledIterations {
                // An in-memory store costs next to nothing to make, so it is made inside the measurement.
                let store = try Store.inMemory()
                let contents = try BundleArchive.read(try ArchiveBenchmarkShop.prepared.archive)
                let bundle = try contents.bundle()
                blackHole(
                    try SourceMerge(store: store, source: "archive", author: "bench").merge(bundle, operation: .import))
            }
        },
        setup: { try ArchiveBenchmarkShop.prepare(items: items) })
}
