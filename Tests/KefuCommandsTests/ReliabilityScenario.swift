import Foundation
import GRDB
import KefuBundle
import KefuGenerator
import KefuStore
import KefuSync
import KefuTestSupport
import Testing

/// One command of the sync contract's guarantee 4 (Documentation/Reliability.md), set up on a generated shop so that running it changes the
/// store and many files: the starting folders (the shop, and a shared-folder remote), the command,
/// and the same work in-process with injectable file calls. The kill and fault tests copy the
/// starting folders for every attempt and compare what they find with the states before and after.
struct ReliabilityScenario: Sendable {
    enum Operation: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case sync, pull, push, `import`, rollback
        var testDescription: String { rawValue }
    }

    let operation: Operation
    /// Holds `shop/`, `origin/` (the remote) and `colleague.kefu` (what import reads).
    let template: URL
    /// The changeset `rollback` goes back to.
    let rollbackTarget: Int64

    /// Files whose text the scenarios change, and how.
    static let faqEdit = ("需要顺丰可以补差价哦~", "顺丰需补差价~")
    static let ruleEdit = ("的说明", "的详细说明")

    /// Builds the starting folders in `work` for `operation` on a shop of `items` items.
    static func prepare(_ operation: Operation, items: Int, in work: URL) throws -> ReliabilityScenario {
        let shop = work.appending(path: "shop")
        let origin = work.appending(path: "origin")
        try BundleGenerator(items: items).write(to: shop)
        try succeed(["sync"], in: shop)
        try succeed(["remote", "add", "origin", origin.path], in: shop)
        try succeed(["push", "origin"], in: shop)
        var rollbackTarget: Int64 = 0
        switch operation {
        case .sync:
            // Folder edits to take in, and a colleague's store-side edits to write out.
            let colleague = work.appending(path: "colleague")
            try succeed(["clone", origin.path, colleague.path], in: work)
            let store = try Store.open(at: shop.appending(path: Store.relativePath))
            let merge = SourceMerge(store: store, source: "colleague", author: "colleague")
            _ = try merge.merge(try BundleLoader().loadBundle(at: colleague))
            try edit(colleague, files: "faq", count: 10, faqEdit)
            _ = try merge.merge(try BundleLoader().loadBundle(at: colleague))
            try edit(shop, files: "rules", count: 5, ruleEdit)
        case .pull:
            let colleague = work.appending(path: "colleague")
            try succeed(["clone", origin.path, colleague.path], in: work)
            try edit(colleague, files: "faq", count: 10, faqEdit)
            try succeed(["push", "origin"], in: colleague)
        case .push:
            try edit(shop, files: "faq", count: 10, faqEdit)
            try succeed(["sync"], in: shop)
        case .import:
            // Another shop's items under new ids: every file of the shop gains items.
            let colleague = work.appending(path: "colleague")
            try succeed(["clone", origin.path, colleague.path], in: work)
            try edit(colleague, files: "faq", count: 10, faqEdit)
            try succeed(["sync"], in: colleague)
            try succeed(["export", work.appending(path: "colleague.kefu").path], in: colleague)
        case .rollback:
            let store = try Store.open(at: shop.appending(path: Store.relativePath))
            rollbackTarget = try #require(try store.changesets().map(\.id).compactMap { $0 }.max())
            try edit(shop, files: "faq", count: 10, faqEdit)
            try edit(shop, files: "rules", count: 5, ruleEdit)
            try succeed(["sync"], in: shop)
        }
        return ReliabilityScenario(operation: operation, template: work, rollbackTarget: rollbackTarget)
    }

    /// The command line, run in the shop.
    func arguments(in copy: URL) -> [String] {
        switch operation {
        case .sync: ["sync"]
        case .pull: ["pull", "origin"]
        case .push: ["push", "origin"]
        case .import: ["import", "--as-new", "col", copy.appending(path: "colleague.kefu").path]
        case .rollback: ["rollback", "\(rollbackTarget)"]
        }
    }

    /// The same work in-process, with the shop's files written through `fileCalls`.
    func run(in copy: URL, fileCalls: any FileWriteCalls) throws {
        let shop = copy.appending(path: "shop")
        let store = try Store.open(at: shop.appending(path: Store.relativePath))
        let folderSync = FolderSync(root: shop, store: store, author: "tester", fileCalls: fileCalls)
        let remoteSync = RemoteSync(root: shop, store: store, author: "tester", fileCalls: fileCalls)
        switch operation {
        case .sync:
            _ = try folderSync.run()
        case .pull:
            _ = try remoteSync.pull(try #require(try store.remote(named: "origin")))
        case .push:
            _ = try remoteSync.push(try #require(try store.remote(named: "origin")))
        case .import:
            let contents = try BundleArchive.read(try Data(contentsOf: copy.appending(path: "colleague.kefu")))
            var (items, files) = try BundleArchive.itemsToImport(from: try contents.bundle(), asNew: "col")
            _ = try ArchiveImport(folderSync: folderSync).run(
                contents, items: &items, files: &files, asNew: "col", withData: false)
        case .rollback:
            // As `kefu rollback` does (`Workspace.applyAndSync`): the change, then the folder.
            try store.apply(try Rollback.change(to: rollbackTarget, in: store, author: "tester"))
            _ = try folderSync.run()
        }
    }

    /// A fresh copy of the starting folders in `folder`, its store pointed at its own remote.
    func copy(to folder: URL) throws {
        try FileManager.default.copyItem(at: template, to: folder)
        let queue = try DatabaseQueue(path: folder.appending(path: "shop/\(Store.relativePath)").path)
        try queue.write { db in
            try db.execute(
                sql: "UPDATE remote SET target = ? WHERE name = 'origin'",
                arguments: [folder.appending(path: "origin").path])
        }
    }

    // MARK: Setting up

    static func succeed(_ arguments: [String], in folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let result = try KefuBinary.run(arguments, in: folder)
        guard result.status == 0 else {
            throw ScenarioError(description: "kefu \(arguments.joined(separator: " ")): \(result.standardError)")
        }
    }

    struct ScenarioError: Error, CustomStringConvertible {
        let description: String
    }

    /// Replaces text in the first `count` files of `folder` (all of them in a smaller shop).
    static func edit(_ root: URL, files folder: String, count: Int, _ replacement: (String, String)) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: root.appending(path: folder).path).sorted()
        for name in names.prefix(count) {
            let url = root.appending(path: "\(folder)/\(name)")
            let text = try String(contentsOf: url, encoding: .utf8)
            precondition(text.contains(replacement.0), "\(url.path) does not contain \(replacement.0)")
            try text.replacingOccurrences(of: replacement.0, with: replacement.1).write(
                to: url, atomically: true, encoding: .utf8)
        }
    }
}
