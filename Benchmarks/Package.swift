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
        benchmark("SyncBenchmarks", using: ["KefuSync", "KefuStore", "KefuGenerator"]),
        benchmark("ArchiveBenchmarks", using: ["KefuSync", "KefuStore", "KefuArchive", "KefuGenerator"]),
        benchmark("EngineBenchmarks", using: ["KefuEngine", "KefuBundle", "KefuGenerator"]),
    ]
)

/// A benchmark executable in `Benchmarks/NAME` using kefu's `products`.
func benchmark(_ name: String, using products: [String]) -> Target {
    .executableTarget(
        name: name,
        dependencies: [.product(name: "Benchmark", package: "benchmark")]
            + products.map { .product(name: $0, package: "kefu") },
        path: "Benchmarks/\(name)",
        plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
}
