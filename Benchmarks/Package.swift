// swift-tools-version:6.1
// Kefu's benchmarks, a package of their own so the benchmark library never becomes a dependency of
// kefu itself. Run from this folder: `swift package benchmark` (see README.md).
import PackageDescription

let package = Package(
    name: "KefuBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "kefu", path: "../"),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // Each times workloads of `KefuWorkloads`, which `make test` runs once on a small bundle.
        benchmark("SyncBenchmarks"),
        benchmark("ArchiveBenchmarks"),
        benchmark("EngineBenchmarks"),
        benchmark("BridgeBenchmarks"),
        benchmark("SemanticBenchmarks"),
    ]
)

/// A benchmark executable in `Benchmarks/NAME`.
func benchmark(_ name: String) -> Target {
    .executableTarget(
        name: name,
        dependencies: [
            .product(name: "Benchmark", package: "benchmark"), .product(name: "KefuWorkloads", package: "kefu"),
            .product(name: "KefuEngine", package: "kefu"),
        ],
        path: "Benchmarks/\(name)",
        plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
}
