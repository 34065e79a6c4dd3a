import Foundation
import KefuBundle
import KefuCore
import KefuStore

/// `kefu import` into an existing bundle: the folder's unsynced edits first, then the archive's items
/// merged like a pull from a source keyed by the other shop's bundle id, then the folder written.
public struct ArchiveImport {
    public let folderSync: FolderSync

    public init(folderSync: FolderSync) {
        self.folderSync = folderSync
    }

    /// The source name an archive's items are merged from (`archive-BUNDLEID`, `-as-PREFIX` with a prefix).
    public static func source(of contents: BundleArchive.Contents, asNew prefix: String?) -> String {
        "archive-\(contents.manifest.bundleID)" + (prefix.map { "-as-\($0)" } ?? "")
    }

    /// The merge of `items` (filed as `files`) from an archive, never touching the settings: an archive
    /// does not bring another shop's settings, and a shop an older kefu made from an archive remembers
    /// that archive's settings, whose absence would otherwise read as a deletion of bundle.yaml.
    public static func plan(_ merge: SourceMerge, items: [ItemKey: BundleItem], files: [ItemKey: String]) throws
        -> [PlannedMerge]
    {
        // In place: a filtered copy of 100,000 planned merges would hold them twice for a moment.
        var plan = try merge.plan(theirs: items, theirsFiles: files)
        plan.removeAll { $0.key == .bundleSettings }
        return plan
    }

    /// Merges `items` (filed as `files`) from `contents`, writes its shop data when `withData`, and syncs.
    /// `items` and `files` are emptied, and the plan let go, once merged and before the folder is
    /// written: a large shop's would otherwise be held twice over while every merged item is rendered.
    /// - Returns: what happened to each item.
    public func run(
        _ contents: BundleArchive.Contents, items: inout [ItemKey: BundleItem], files: inout [ItemKey: String],
        asNew prefix: String?, withData: Bool
    ) throws -> ImportSummary {
        // The folder's unsynced edits go in first, so the merge sees them and nothing is lost.
        _ = try folderSync.run()
        let merge = SourceMerge(
            store: folderSync.store, source: Self.source(of: contents, asNew: prefix), author: folderSync.author)
        var plan = try Self.plan(merge, items: items, files: files)
        let summary = ImportSummary(plan, of: items.keys)
        items = [:]
        files = [:]
        // Each item is credited to whoever made it in the other shop's history, else to its exporter.
        let exporter = Authorship(
            author: ItemAuthors.cleanName(contents.manifest.exportedBy) ?? merge.source,
            at: contents.manifest.exportedAt)
        let authorship = (contents.authors ?? ItemAuthors()).authorship(for: plan) { _ in exporter }
        try merge.apply(plan, operation: .import, authorship: authorship)
        plan = []
        FreedMemory.returnToSystem()
        if withData {
            for (path, data) in contents.dataFiles {
                try AtomicFile.write(data, to: folderSync.root.appending(path: path), using: folderSync.fileCalls)
            }
        }
        _ = try folderSync.run()
        return summary
    }
}
