// swift-tools-version:6.1
// Kefu's libFuzzer harnesses, a package of their own because they build with `-sanitize=fuzzer`, which
// links libFuzzer into every module. Build and run them with `Scripts/fuzz` (see Documentation/Reliability.md).
import PackageDescription

let package = Package(
    name: "KefuFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "kefu", path: "../")],
    targets: [
        // One executable per `FuzzTarget`: its `main` hands the inputs to `FuzzTarget.run(_:)` through libFuzzer.
        harness("FuzzBundleLoader"),
        harness("FuzzBuyerText"),
        harness("FuzzArchiveReader"),
        harness("FuzzTemplateParser"),
        harness("FuzzRemoteManifest"),
        // libFuzzer's driver, declared for Swift, and the `main` every harness shares.
        .target(name: "CFuzzerDriver"),
        .target(
            name: "FuzzDriver", dependencies: ["CFuzzerDriver", .product(name: "KefuFuzzing", package: "kefu")]),
    ]
)

/// A harness in `Sources/NAME`.
func harness(_ name: String) -> Target {
    .executableTarget(name: name, dependencies: ["FuzzDriver"])
}
