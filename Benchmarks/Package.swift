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
        .executableTarget(
            name: "SyncBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "KefuSync", package: "kefu"),
                .product(name: "KefuStore", package: "kefu"),
                .product(name: "KefuGenerator", package: "kefu"),
            ],
            path: "Benchmarks/SyncBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "ArchiveBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "KefuSync", package: "kefu"),
                .product(name: "KefuStore", package: "kefu"),
                .product(name: "KefuArchive", package: "kefu"),
                .product(name: "KefuGenerator", package: "kefu"),
            ],
            path: "Benchmarks/ArchiveBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "EngineBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "KefuEngine", package: "kefu"),
                .product(name: "KefuBundle", package: "kefu"),
                .product(name: "KefuGenerator", package: "kefu"),
            ],
            path: "Benchmarks/EngineBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
