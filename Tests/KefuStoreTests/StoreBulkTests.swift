import KefuBundle
import KefuCore
import KefuStore
import Testing

/// What a sync of a large shop leans on: items read one at a time, and baseline entries copied from the
/// store's current versions instead of being staged again.
@Suite struct StoreBulkTests {
    private static func staged(_ id: String, _ answer: String) throws -> StagedItem {
        let item = BundleItem(
            key: ItemKey(kind: .faq, id: try #require(ItemID(id))), fields: ["question": "q", "answer": .text(answer)])
        return StagedItem(
            key: item.key, content: CanonicalForm.text(of: item), hash: CanonicalForm.hash(of: item),
            file: "faq/a.yaml", line: 1)
    }

    private static func changeset() -> Changeset {
        Changeset(operation: .sync, source: "folder", author: "tester", summary: "test")
    }

    /// Both ways of reading (a lookup per key, and one scan for many keys) visit exactly the wanted items
    /// the store holds, whatever order the table keeps them in (700 keys are past the scan threshold).
    @Test(arguments: [3, 700])
    func eachWantedItemIsVisitedOnce(wanted count: Int) throws {
        let store = try Store.inMemory()
        let items = try (0..<1_500).map { try Self.staged(String(format: "q%04d", $0), "答\($0)") }
        try store.commit(Self.changeset(), puts: items)
        // Every other item, the first one not among them, and one key the store does not hold.
        let wanted = stride(from: 1, to: 1_500, by: 2).prefix(count).map { items[$0] }
        let keys = wanted.map(\.key) + [ItemKey(kind: .faq, id: try #require(ItemID("absent")))]
        var seen: [ItemKey: String] = [:]
        try store.forEachItem(keys) { row in
            #expect(seen[row.key] == nil)
            seen[row.key] = row.content
        }
        #expect(seen == Dictionary(uniqueKeysWithValues: wanted.map { ($0.key, $0.content) }))
        #expect((try store.items(keys)).mapValues(\.content) == seen)
    }

    @Test func aBaselineEntryCopiedFromTheStoreIsItsCurrentVersionWhereTheFolderHasIt() throws {
        let store = try Store.inMemory()
        let first = try Self.staged("a", "一")
        let second = try Self.staged("a", "二")
        try store.commit(Self.changeset(), puts: [first])
        var change = StoreChange(changeset: Self.changeset())
        change.puts = [second]
        change.baselineSource = "folder"
        change.baselineAsStored = [ItemPlace(key: first.key, file: "faq/b.yaml", line: 7)]
        try store.apply(change)
        let entry = try #require(try store.baseline(of: "folder")[first.key])
        // The version this very change put, not the one before it.
        #expect(entry.content == second.content && entry.hash == second.hash.hex)
        #expect(entry.file == "faq/b.yaml" && entry.line == 7)
    }

    @Test func copyingAnItemTheStoreDoesNotHoldFailsAndChangesNothing() throws {
        let store = try Store.inMemory()
        let kept = try Self.staged("a", "一")
        var change = StoreChange(changeset: Self.changeset())
        change.puts = [kept]
        change.baselineSource = "folder"
        change.baselineAsStored = [ItemPlace(key: try Self.staged("gone", "x").key, file: "faq/a.yaml", line: 1)]
        #expect(throws: StoreError.self) { try store.apply(change) }
        #expect(try store.item(kept.key) == nil)
        #expect(try store.baseline(of: "folder").isEmpty)
    }
}
