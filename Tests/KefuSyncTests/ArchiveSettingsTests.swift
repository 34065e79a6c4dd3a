import Foundation
import KefuBundle
import KefuCore
import KefuStore
import KefuSync
import KefuTestSupport
import Testing

/// An archive never brings, nor takes away, the importing shop's settings.
@Suite struct ArchiveSettingsTests {
    @Test func aBaselineThatRemembersAnArchivesSettingsDoesNotDeleteThem() throws {
        let fixture = try SyncFixture()
        let archive = try BundleArchive.export(store: fixture.store, version: 2, format: .tarGzip, author: "小王")
        let contents = try BundleArchive.read(archive.archive)
        // What a shop made from this archive by an older kefu remembers: the whole bundle, settings included.
        let source = ArchiveImport.source(of: contents, asNew: nil)
        try SourceMerge(store: fixture.store, source: source, author: "小王").merge(try contents.bundle())
        #expect(try fixture.store.baseline(of: source)[.bundleSettings] != nil)

        var (items, files) = try BundleArchive.itemsToImport(from: try contents.bundle(), asNew: nil)
        let count = items.count
        let summary = try ArchiveImport(
            folderSync: FolderSync(root: fixture.root, store: fixture.store, author: "小王")
        )
        .run(contents, items: &items, files: &files, asNew: nil, withData: false)
        #expect(!summary.removed.contains(.bundleSettings))
        #expect(summary.unchanged == count)
        // The import let its items go once merged.
        #expect(items.isEmpty && files.isEmpty)
        #expect(try fixture.store.item(.bundleSettings) != nil)
        #expect(FileManager.default.fileExists(atPath: fixture.root.appending(path: "bundle.yaml").path))
    }
}
