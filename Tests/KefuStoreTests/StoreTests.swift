import Foundation
import GRDB
import KefuBundle
import KefuCore
import KefuStore
import KefuTestSupport
import Testing

@Suite struct StoreTests {
    private func staged(_ id: String, _ answer: String, file: String = "faq/a.yaml") throws -> StagedItem {
        let item = BundleItem(
            key: ItemKey(kind: .faq, id: try #require(ItemID(id))), fields: ["question": "q", "answer": .text(answer)])
        return StagedItem(
            key: item.key, content: CanonicalForm.text(of: item), hash: CanonicalForm.hash(of: item), file: file,
            line: 1)
    }

    private func changeset() -> Changeset {
        Changeset(operation: .sync, source: "folder", author: "tester", summary: "test")
    }

    @Test func everyVersionIsKeptAsANumberedRevision() throws {
        let store = try Store.inMemory()
        let first = try staged("a", "一")
        let second = try staged("a", "二")
        let one = try store.commit(changeset(), puts: [first])
        let two = try store.commit(changeset(), puts: [second])
        #expect(one.id == 1 && two.id == 2)
        let revisions = try store.revisions(of: first.key)
        #expect(revisions.map(\.number) == [1, 2])
        #expect(revisions.map(\.hash) == [first.hash.hex, second.hash.hex])
        #expect(revisions.map(\.changesetID) == [1, 2])
        #expect(try store.item(first.key)?.revision == 2)
        #expect(try store.item(first.key)?.content == second.content)
    }

    /// The engine's records are each item's current content, key and place, read into one buffer: each
    /// record's JSON is exactly its own item's, wherever it sits in the buffer.
    @Test func contentRecordsAreEachItemsOwnContentInKeyOrder() throws {
        let store = try Store.inMemory()
        let items = try ["c", "a", "b"].enumerated().map {
            try staged($1, String(repeating: "答", count: 10 * ($0 + 1)), file: "faq/\($0 % 2).yaml")
        }
        try store.commit(changeset(), puts: items)
        try store.commit(changeset(), puts: [try staged("a", "改过的回答", file: "faq/1.yaml")])
        let records = try store.contentRecords()
        #expect(records.map(\.id.rawValue) == ["a", "b", "c"])
        for record in records {
            let item = try #require(try store.item(ItemKey(kind: record.kind, id: record.id)))
            #expect(Data(record.json) == Data(item.content.utf8), "\(record.id)")
            #expect(record.location?.file == item.file)
            _ = try JSONSerialization.jsonObject(with: record.json)
        }
    }

    @Test func unchangedContentAddsNoRevisionButFollowsItsFile() throws {
        let store = try Store.inMemory()
        try store.commit(changeset(), puts: [try staged("a", "一")])
        try store.commit(changeset(), puts: [try staged("a", "一", file: "faq/moved.yaml")])
        let key = try staged("a", "一").key
        #expect(try store.revisions(of: key).count == 1)
        #expect(try store.item(key)?.file == "faq/moved.yaml")
    }

    @Test func deletionsAreRevisionsTooAndHistoryStays() throws {
        let store = try Store.inMemory()
        let item = try staged("a", "一")
        try store.commit(changeset(), puts: [item])
        try store.commit(changeset(), deletes: [item.key])
        #expect(try store.item(item.key) == nil)
        let revisions = try store.revisions(of: item.key)
        #expect(revisions.map(\.isDeletion) == [false, true])
        #expect(revisions.first?.content == item.content)
    }

    @Test func baselinesAreReplacedPerSource() throws {
        let store = try Store.inMemory()
        let a = try staged("a", "一")
        let b = try staged("b", "二")
        try store.commit(changeset(), puts: [a, b], baseline: (source: "folder", items: [a, b]))
        try store.commit(changeset(), puts: [], baseline: (source: "origin", items: [a]))
        try store.commit(changeset(), puts: [], baseline: (source: "folder", items: [b]))
        #expect(Set(try store.baseline(of: "folder").keys) == [b.key])
        #expect(try store.baseline(of: "origin")[a.key]?.hash == a.hash.hex)
        #expect(try store.changesets().map(\.id) == [3, 2, 1])
    }

    @Test func aFailedCommitChangesNothing() throws {
        let store = try Store.inMemory()
        let a = try staged("a", "一")
        try store.commit(changeset(), puts: [a])
        // Two journal entries for one file violate a unique key after the items were written:
        // the whole transaction must roll back.
        let b = try staged("b", "二")
        var change = StoreChange(changeset: changeset())
        change.puts = [b]
        change.baselineSource = "folder"
        change.baselinePuts = [a, b]
        change.pendingWrites = [
            PendingWrite(path: "faq/a.yaml", temporary: "x"), PendingWrite(path: "faq/a.yaml", temporary: "y"),
        ]
        #expect(throws: (any Error).self) { try store.apply(change) }
        #expect(try store.item(b.key) == nil)
        #expect(try store.changesets().count == 1)
        #expect(try store.baseline(of: "folder").isEmpty)
        #expect(try store.pendingWrites().isEmpty)
    }

    @Test func theStoreOnDiskUsesWAL() throws {
        let folder = try TemporaryFolder()
        let store = try Store.open(at: folder.url.appending(path: Store.relativePath))
        let mode = try store.writer.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        let id = UUID()
        try store.setBundleID(id)
        #expect(try store.bundleID() == id)
    }
}
