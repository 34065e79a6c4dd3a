import Foundation

/// The budgets for `kefu ask` as a fresh process: a synced generated bundle whose compiled engine is
/// already kept (as after any earlier answer), and the built `kefu` binary run on it: start, open the
/// store, read the kept engine, answer, exit; or the first ask after a change, which compiles it.
public struct AskProcessWorkload: Sendable {
    public let shop: SyncWorkload
    public let binary: URL
    public let question = "请问退货运费谁出"
    /// Added to this process's environment for each `kefu ask`.
    public let environment: [String: String]

    /// Asks once so that the timed runs find the index kept, as every run after a store change does.
    /// `environment` is added to this process's (`KEFU_MODEL_DIR` pointing nowhere measures the lexical
    /// engine).
    public init(items: Int, binary: URL, environment: [String: String] = [:]) throws {
        shop = try SyncWorkload(items: items, synced: true)
        self.binary = binary
        self.environment = environment
        _ = try ask()
    }

    /// One `kefu ask`; its exit status (0 when it answered, whatever the decision).
    @discardableResult
    public func ask() throws -> Int32 {
        let process = Process()
        process.executableURL = binary
        process.arguments = ["-C", shop.root.path, "ask", question]
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// One `kefu ask` as the first after a change: the kept engine is removed first, so this process
    /// compiles it (FAQ index, classifier, catalog) and keeps it again.
    @discardableResult
    public func askAfterAChange() throws -> Int32 {
        let kept = shop.root.appending(path: ".kefu/engine")
        if FileManager.default.fileExists(atPath: kept.path) { try FileManager.default.removeItem(at: kept) }
        return try ask()
    }

    /// The `kefu` binary the benchmarks time: `KEFU_BINARY`, else the release build beside `Benchmarks/`.
    public static var defaultBinary: URL {
        if let path = ProcessInfo.processInfo.environment["KEFU_BINARY"] { return URL(filePath: path) }
        return URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../../.build/release/kefu")
            .standardizedFileURL
    }
}
