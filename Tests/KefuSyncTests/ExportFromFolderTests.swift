import Foundation
import KefuBundle
import KefuCore
import KefuStore
import KefuSync
import KefuTestSupport
import Testing

/// An export right after a sync copies the folder's files; anything that makes them differ from the
/// store sends it back to rendering every item from the store.
@Suite struct ExportFromFolderTests {
    private func exported(_ fixture: SyncFixture, version: Int = 5) throws -> BundleArchive.Contents {
        let archive = try BundleArchive.export(
            store: fixture.store, folder: fixture.root, version: version, format: .tarGzip, author: "小王")
        return try BundleArchive.read(archive.archive)
    }

    /// The archive's items (the settings, which carry the export's version, aside).
    private func items(_ contents: BundleArchive.Contents) throws -> [ItemKey: ContentHash] {
        try contents.bundle().items.filter { $0.key != .bundleSettings }.mapValues(CanonicalForm.hash(of:))
    }

    /// The store's items, by the hash of their canonical form.
    private func storedItems(_ fixture: SyncFixture) throws -> [ItemKey: ContentHash] {
        Dictionary(
            uniqueKeysWithValues: try fixture.store.allItems().filter { $0.key != .bundleSettings }.map {
                ($0.key, ContentHash(hex: $0.hash))
            })
    }

    @Test func aSyncedFolderTravelsByteForByteWithTheNewVersion() throws {
        let fixture = try SyncFixture()
        let contents = try exported(fixture, version: 9)
        let copied = try #require(contents.bundleFiles["faq/logistics.yaml"])
        #expect(copied == (try Data(contentsOf: fixture.root.appending(path: "faq/logistics.yaml"))))
        // The seller's comment travels; a rendering from the store has none.
        #expect(String(decoding: copied, as: UTF8.self).contains("# Logistics questions."))
        #expect(try contents.bundle().manifest.version == 9)
        #expect(try items(contents) == storedItems(fixture))
    }

    @Test func aFileEditedSinceTheSyncIsNotCopied() throws {
        let fixture = try SyncFixture()
        try fixture.edit("faq/logistics.yaml", replacing: "付款后48小时内发货", with: "付款后当天发货")
        let contents = try exported(fixture)
        let faq = String(decoding: try #require(contents.bundleFiles["faq/logistics.yaml"]), as: UTF8.self)
        // The store's version, rendered: the edit never reached the store.
        #expect(faq.contains("付款后48小时内发货"))
        #expect(!faq.contains("付款后当天发货"))
        #expect(try items(contents) == storedItems(fixture))
    }

    @Test func aStoreChangedSinceTheFolderSyncIsNotCopied() throws {
        let fixture = try SyncFixture()
        try fixture.takeColleaguesChange(
            to: "faq/logistics.yaml", of: BundleFixtures.faq, replacing: "付款后48小时内发货", with: "付款后12小时内发货")
        let contents = try exported(fixture)
        let faq = String(decoding: try #require(contents.bundleFiles["faq/logistics.yaml"]), as: UTF8.self)
        #expect(faq.contains("付款后12小时内发货"))
        #expect(try items(contents) == storedItems(fixture))
    }
}
