import Foundation
import GRDB
import KefuBundle
import KefuGenerator
import KefuStore
import KefuSync
import KefuTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Guarantee 4 under SIGKILL: `kefu sync` killed at random moments while it writes both the store
/// and many folder files leaves a sound store holding the old items or the new, no half-written
/// file, and the next kefu finishes the job to exactly what an uninterrupted sync gives.
@Suite struct SyncKillTests {
    static let rounds = Int(ProcessInfo.processInfo.environment["KEFU_KILL_ROUNDS"] ?? "") ?? 25

    /// A bundle whose next sync both takes folder edits into the store and writes store-side
    /// changes (a colleague's, merged as a pull would) to ten files.
    static func prepare(_ folder: URL) throws {
        try BundleGenerator(items: 3000).write(to: folder)
        let store = try Store.open(at: folder.appending(path: Store.relativePath))
        _ = try FolderSync(root: folder, store: store, author: "setup").run()
        let colleague = FileManager.default.temporaryDirectory.appending(path: "colleague-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: colleague) }
        try FileManager.default.copyItem(at: folder, to: colleague)
        try? FileManager.default.removeItem(at: colleague.appending(path: ".kefu"))
        _ = try SourceMerge(store: store, source: "colleague", author: "colleague").merge(
            try BundleLoader().loadBundle(at: colleague))
        for index in 0..<10 {
            try replace(
                in: colleague.appending(path: String(format: "faq/part-%04d.yaml", index)), "需要顺丰可以补差价哦~", "顺丰需补差价~")
        }
        _ = try SourceMerge(store: store, source: "colleague", author: "colleague").merge(
            try BundleLoader().loadBundle(at: colleague))
        for index in 0..<5 {
            try replace(in: folder.appending(path: String(format: "rules/part-%04d.yaml", index)), "的说明", "的详细说明")
        }
    }

    static func replace(in url: URL, _ old: String, _ new: String) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
    }

    /// The store's items (hash by key), after checking the database itself is sound.
    static func storeState(_ folder: URL) throws -> [String: String] {
        let queue = try DatabaseQueue(path: folder.appending(path: Store.relativePath).path)
        let check = try queue.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        #expect(check == ["ok"], "integrity_check: \(check)")
        return try queue.read { db in
            Dictionary(
                uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT kind, itemID, hash FROM item").map {
                    ("\($0[0] as String)/\($0[1] as String)", $0[2] as String)
                })
        }
    }

    /// The folder's bundle files (no store, no temporaries).
    static func folderState(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in BundleFolder.list(folder).files { files[path] = try Data(contentsOf: folder.appending(path: path)) }
        return files
    }

    @Test func killedAtAnyMomentTheSyncLosesNothing() throws {
        let work = try TemporaryFolder("kill")
        let template = work.url.appending(path: "template")
        try Self.prepare(template)
        let before = try Self.storeState(template)
        let beforeFiles = try Self.folderState(template)

        // The uninterrupted outcome, and how long it takes, to pick kill moments within it.
        let reference = work.url.appending(path: "reference")
        try FileManager.default.copyItem(at: template, to: reference)
        let started = Date()
        #expect(try KefuBinary.run(["sync"], in: reference).status == 0)
        let duration = Date().timeIntervalSince(started)
        let after = try Self.storeState(reference)
        let afterFiles = try Self.folderState(reference)
        #expect(after != before && afterFiles != beforeFiles)

        for round in 0..<Self.rounds {
            let folder = work.url.appending(path: "round-\(round)")
            try FileManager.default.copyItem(at: template, to: folder)
            let process = Process()
            process.executableURL = KefuBinary.url
            process.arguments = ["sync"]
            process.currentDirectoryURL = folder
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // A random moment within the sync (some after it ends, which must also be fine).
            usleep(UInt32(Double.random(in: 0...(duration * 1.1)) * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            let state = try Self.storeState(folder)
            #expect(state == before || state == after, "round \(round): the store is neither before nor after")
            // Every file is whole: each one is its old or its new version.
            for (path, data) in try Self.folderState(folder) {
                #expect(
                    data == beforeFiles[path] || data == afterFiles[path], "round \(round): \(path) is half-written")
            }
            // The next kefu finishes (or redoes) the job.
            #expect(try KefuBinary.run(["sync"], in: folder).status == 0, "round \(round)")
            #expect(try Self.storeState(folder) == after, "round \(round)")
            #expect(try Self.folderState(folder) == afterFiles, "round \(round)")
            try FileManager.default.removeItem(at: folder)
        }
    }
}
