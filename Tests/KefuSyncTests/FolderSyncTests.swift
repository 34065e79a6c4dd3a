import Foundation
import KefuBundle
import KefuCore
import KefuStore
import KefuSync
import KefuTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@Suite struct FolderSyncTests {
    @Test func theFirstSyncTakesEveryItemAndCreatesTheBaseline() throws {
        let fixture = try SyncFixture()
        #expect(try fixture.store.allItems().count == 12)
        #expect(try fixture.store.baseline(of: FolderSync.source).count == 12)
        #expect(try fixture.store.changesets().map(\.operation) == [.sync])
        let key = try #require(ItemKey(parsing: "faq/where-is-my-order"))
        #expect(try fixture.store.item(key)?.file == "faq/logistics.yaml")
    }

    /// An edit written in place within the file system's time tick of a sync, at the same size, leaves the
    /// file's size, time and inode as the sync saw them; it must still be taken, not skipped as unchanged.
    @Test func anEditInTheSameTickAsASyncIsNotMissed() throws {
        let fixture = try SyncFixture()
        let url = fixture.root.appending(path: "faq/logistics.yaml")
        try fixture.edit("faq/logistics.yaml", replacing: "48小时内发货", with: "24小时内发货")
        _ = try fixture.sync()
        let seen = try #require(FileStat.of(url))
        // Same length, written in place, then the time put back as it was.
        let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "24小时内发货", with: "12小时内发货")
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
        let time = timespec(
            tv_sec: Int(seen.modifiedNanoseconds / 1_000_000_000),
            tv_nsec: Int(seen.modifiedNanoseconds % 1_000_000_000))
        var times = [time, time]
        #expect(utimensat(AT_FDCWD, url.path, &times, 0) == 0)
        #expect(FileStat.of(url) == seen, "size, time and inode as the sync saw them")

        let report = try fixture.sync()
        #expect(report.intoStore.map(\.key.description) == ["faq/shipping-time"])
        #expect(try fixture.item("faq/shipping-time")?.fields["answer"]?.text?.contains("12小时内发货") == true)
    }

    @Test func syncingTwiceChangesNothingTheSecondTime() throws {
        let fixture = try SyncFixture()
        try fixture.edit("faq/logistics.yaml", replacing: "48小时内发货", with: "24小时内发货")
        let first = try fixture.sync()
        let newest = try fixture.store.changesets().first
        #expect(first.changeset?.id != nil && first.changeset?.id == newest?.id)
        #expect(first.changeset?.operation == .sync && newest?.operation == .sync)
        #expect(first.intoStore.map(\.key.description) == ["faq/shipping-time"])
        let files = try fixture.folder.snapshot()
        let stored = try StoreContents(bundle: fixture.root)
        let second = try fixture.sync()
        #expect(second.isEmpty)
        #expect(try fixture.folder.snapshot() == files)
        #expect(try StoreContents(bundle: fixture.root) == stored)
    }

    @Test func reformattingAndMovingAreNotChangesButPlacesAreFollowed() throws {
        let fixture = try SyncFixture()
        // Move where-is-my-order into a new file and reformat what is left.
        let parts = BundleFixtures.faq.components(separatedBy: "- id: where-is-my-order")
        try fixture.folder.write([
            "faq/logistics.yaml": parts[0].replacingOccurrences(
                of: "similar: [多久发货, 几天能发出, 下单后多久寄出, 什么时候寄]",
                with: "similar:\n    - 多久发货\n    - 几天能发出\n    - 下单后多久寄出\n    - 什么时候寄"),
            "faq/tracking.yaml": "# Tracking.\n\n\n- id: where-is-my-order" + parts[1],
        ])
        let report = try fixture.sync()
        #expect(report.changeset == nil)
        #expect(report.intoStore.isEmpty && report.intoFolder.isEmpty)
        let movedKey = try #require(ItemKey(parsing: "faq/where-is-my-order"))
        let moved = try #require(try fixture.store.item(movedKey))
        #expect(moved.file == "faq/tracking.yaml")
        #expect(moved.line == 4)
        #expect(moved.revision == 1)
    }

    @Test func folderEditsAndDeletionsBecomeRevisions() throws {
        let fixture = try SyncFixture()
        try fixture.edit("faq/logistics.yaml", replacing: "48小时内发货", with: "24小时内发货")
        try FileManager.default.removeItem(at: fixture.root.appending(path: "agents.yaml"))
        let report = try fixture.sync()
        #expect(
            report.intoStore.map { "\($0.key) \($0.change)" } == [
                "faq/shipping-time modified", "agent/xiaowang deleted",
            ])
        let key = try #require(ItemKey(parsing: "faq/shipping-time"))
        #expect(try fixture.store.revisions(of: key).count == 2)
        let agent = try #require(ItemKey(parsing: "agent/xiaowang"))
        #expect(try fixture.store.revisions(of: agent).map(\.isDeletion) == [false, true])
    }

    @Test func storeSideChangesAreWrittenToTheirFileOnly() throws {
        let fixture = try SyncFixture()
        try fixture.takeColleaguesChange(
            to: "rules/promo.yaml", of: BundleFixtures.rules, replacing: "priority: 10", with: "priority: 20")
        let before = try fixture.folder.snapshot()
        let report = try fixture.sync()
        #expect(report.intoFolder.map(\.key.description) == ["rule/promo-double11"])
        let after = try fixture.folder.snapshot()
        #expect(Set(after.keys) == Set(before.keys))
        #expect(after.filter { $0.key != "rules/promo.yaml" } == before.filter { $0.key != "rules/promo.yaml" })
        #expect(try fixture.folder.read("rules/promo.yaml").contains("priority: 20"))
        #expect(try fixture.sync().isEmpty)
    }

    @Test func aMalformedFileLeavesStoreAndFolderUntouched() throws {
        let fixture = try SyncFixture()
        try fixture.edit("faq/logistics.yaml", replacing: "48小时内发货", with: "24小时内发货")
        try fixture.folder.write(["rules/promo.yaml": "- id: promo-double11\n  keywords: [活动\n"])
        let files = try fixture.folder.snapshot()
        let stored = try StoreContents(bundle: fixture.root)
        #expect(throws: DiagnosticsError.self) { try fixture.sync() }
        #expect(try fixture.folder.snapshot() == files)
        #expect(try StoreContents(bundle: fixture.root) == stored)
    }

    @Test func aFileEditedDuringTheSyncIsLeftAloneAndMergedNextTime() throws {
        let fixture = try SyncFixture()
        try fixture.takeColleaguesChange(
            to: "faq/logistics.yaml", of: BundleFixtures.faq, replacing: "intent: logistics\n  tags",
            with: "intent: shipping\n  tags")

        let sync = FolderSync(root: fixture.root, store: fixture.store, author: "小王")
        let plan = try sync.plan()
        // The seller saves the file while kefu is between reading and writing it.
        try fixture.edit("faq/logistics.yaml", replacing: "48小时内发货", with: "24小时内发货")
        let report = try sync.apply(plan)
        #expect(report.skippedFiles == ["faq/logistics.yaml"])
        #expect(report.warnings.contains { $0.location?.file == "faq/logistics.yaml" && $0.severity == .warning })
        #expect(try fixture.folder.read("faq/logistics.yaml").contains("24小时内发货"))

        let next = try fixture.sync()
        #expect(next.conflicts.isEmpty)
        let text = try fixture.folder.read("faq/logistics.yaml")
        #expect(text.contains("24小时内发货") && text.contains("intent: shipping"))
        #expect(try fixture.item("faq/shipping-time")?.fields["intent"] == "shipping")
        #expect(try fixture.item("faq/shipping-time")?.fields["answer"] == "亲,付款后24小时内发货,大促期间72小时内~")
    }

    @Test func aSyncKilledAfterItsTransactionIsFinishedByTheNextKefu() throws {
        let fixture = try SyncFixture()
        let target = fixture.root.appending(path: "agents.yaml")
        let newText = "- id: xiaowang\n  name: 小王\n  skills: [presale]\n"
        // What a sync leaves when killed after committing: a journal entry and its temporary file,
        // plus a stray temporary from one killed before committing.
        let temporary = try AtomicFile.writeTemporary(Data(newText.utf8), beside: target)
        var change = StoreChange(changeset: Changeset(operation: .sync, source: "folder", author: "t"))
        change.pendingWrites = [
            PendingWrite(path: "agents.yaml", temporary: String(temporary.path.dropFirst(fixture.root.path.count + 1)))
        ]
        try fixture.store.apply(change)
        let stray = try AtomicFile.writeTemporary(
            Data("junk".utf8), beside: fixture.root.appending(path: "faq/logistics.yaml"))

        _ = try fixture.sync()
        #expect(try fixture.folder.read("agents.yaml") == newText)
        #expect(try fixture.store.pendingWrites().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: temporary.path))
        #expect(!FileManager.default.fileExists(atPath: stray.path))
    }

    @Test func aConflictKeepsOursRecordsBothSidesAndWritesAConflictFile() throws {
        let fixture = try SyncFixture()
        try fixture.takeColleaguesChange(
            to: "faq/logistics.yaml", of: BundleFixtures.faq, replacing: "48小时内发货", with: "当天发货")
        // The folder changed the same answer differently before syncing.
        try fixture.edit("faq/logistics.yaml", replacing: "48小时内发货", with: "24小时内发货")
        let report = try fixture.sync()
        let key = try #require(ItemKey(parsing: "faq/shipping-time"))
        #expect(report.conflicts.map(\.key) == [key])
        #expect(try fixture.item("faq/shipping-time")?.fields["answer"] == "亲,付款后当天发货,大促期间72小时内~")
        let found = try fixture.store.conflict(on: key)
        let conflict = try #require(found)
        #expect(conflict.fields == "answer")
        let revisions = try fixture.store.revisions(of: key)
        let theirs = try #require(revisions.first { $0.number == conflict.theirsRevision })
        #expect(theirs.side == "theirs")
        #expect(theirs.content?.contains("24小时内发货") == true)
        #expect(try fixture.folder.read(ConflictFile.path(for: key)).contains("24小时内发货"))
        #expect(try fixture.folder.read("faq/logistics.yaml").contains("当天发货"))

        let resolution = try Resolution.theirs.change(for: key, in: fixture.store, author: "小王")
        try fixture.store.apply(resolution)
        _ = try fixture.sync()
        #expect(try fixture.store.conflicts().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: fixture.root.appending(path: ConflictFile.path(for: key)).path))
        #expect(try fixture.folder.read("faq/logistics.yaml").contains("24小时内发货"))
    }

    @Test func rollbackRestoresItemsAndIsItselfAChangeset() throws {
        let fixture = try SyncFixture()
        try fixture.edit("faq/logistics.yaml", replacing: "48小时内发货", with: "24小时内发货")
        try FileManager.default.removeItem(at: fixture.root.appending(path: "agents.yaml"))
        try fixture.folder.write(["rules/new.yaml": "- id: new-rule\n  keywords: [发票]\n  reply: 可以开发票\n"])
        _ = try fixture.sync()
        try fixture.store.apply(try Rollback.change(to: 1, in: fixture.store, author: "小王"))
        let report = try fixture.sync()
        #expect(report.intoFolder.count == 3)
        #expect(try fixture.folder.read("faq/logistics.yaml").contains("48小时内发货"))
        #expect(try fixture.folder.read("agents.yaml").contains("xiaowang"))
        #expect(try fixture.folder.read("rules/new.yaml").isEmpty)
        #expect(try fixture.store.changesets().map(\.operation) == [.rollback, .sync, .sync])
        #expect(throws: RollbackError.noSuchChangeset(99)) {
            try Rollback.change(to: 99, in: fixture.store, author: "x")
        }
    }
}
