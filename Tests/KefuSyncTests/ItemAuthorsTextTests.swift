import Foundation
import KefuCore
import KefuTestSupport
import Testing

@testable import KefuSync

/// The authors file is assembled by hand for speed; these check it is byte for byte what
/// `JSONEncoder` makes, so a remote's file does not change layout (and show in a git diff) for it.
@Suite struct ItemAuthorsTextTests {
    private func encoded(_ entries: [ItemKey: ItemAuthors.Entry]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let file = ItemAuthors.File(
            format: 1, items: Dictionary(uniqueKeysWithValues: entries.map { ("\($0.key)", $0.value) }))
        return String(decoding: try encoder.encode(file), as: UTF8.self) + "\n"
    }

    /// The builder's text for `entries`, handed over in the order the store reads them.
    private func built(_ entries: [ItemKey: ItemAuthors.Entry]) throws -> String {
        var text = ItemAuthorsText()
        for (key, entry) in entries.sorted(by: { "\($0.key)".utf8.lexicographicallyPrecedes("\($1.key)".utf8) }) {
            try text.append("\(key)", entry)
        }
        return text.text
    }

    private func key(_ kind: ItemKind, _ id: String) -> ItemKey {
        ItemKey(kind: kind, id: ItemID(trusted: id))
    }

    @Test func anEmptyFileIsTheEncoders() throws {
        #expect(try built([:]) == encoded([:]))
    }

    @Test func namesThatNeedEscapingAndDeletionsAreTheEncoders() throws {
        let at = Date(timeIntervalSince1970: 1_796_000_000.75)
        let entries: [ItemKey: ItemAuthors.Entry] = [
            key(.faq, "shipping"): .init(by: "王小明 <ming@shop.cn>", at: at, hash: String(repeating: "ab", count: 32)),
            key(.rule, "a.b-c_d"): .init(by: "say \"hi\" \\ back/slash", at: at, hash: nil),
            key(.template, "t1"): .init(by: "tab\tand\u{1}control\u{7F}", at: at.addingTimeInterval(1), hash: "00"),
            key(.faq, "z"): .init(by: "plain", at: at, hash: "ff"),
        ]
        let text = try built(entries)
        #expect(text == (try encoded(entries)))
        #expect(text.contains("\"by\" : \"say \\\"hi\\\" \\\\ back/slash\""))
    }

    @Test func manyRandomEntriesAreTheEncoders() throws {
        var random = SeededGenerator(seed: 26)
        let names = ["Ann", "李雷", "o'neil \"the\" \\", "emoji 😀", "Seed maintainers"]
        let kinds: [ItemKind] = [.faq, .rule, .template, .lexicon, .agent, .test]
        var entries: [ItemKey: ItemAuthors.Entry] = [:]
        for index in 0..<500 {
            let id = "item-\(Int.random(in: 0..<100_000, using: &random))-\(index)"
            let hash = Bool.random(using: &random) ? nil : String(index, radix: 16)
            entries[key(kinds[index % kinds.count], id)] = .init(
                by: names.randomElement(using: &random) ?? "",
                at: Date(timeIntervalSince1970: Double(Int.random(in: 1_700_000_000..<1_800_000_000, using: &random))),
                hash: hash)
        }
        #expect(try built(entries) == encoded(entries))
    }

    @Test func aStoresFileIsTheEncodersInTheEncodersOrder() throws {
        let fixture = try SyncFixture()
        try fixture.folder.write(["tests/basics.yaml": ""])
        _ = try fixture.sync(as: "小李 \"QA\"")
        let text = try ItemAuthors.text(of: fixture.store)
        let read = try ItemAuthors.read(Data(text.utf8), path: ItemAuthors.fileName)
        // Every kind the fixture has, a deletion (no hash) among them, each once.
        #expect(
            Set(read.entries.keys.map(\.kind)).isSuperset(of: [
                .bundle, .faq, .rule, .template, .lexicon, .agent, .test,
            ]))
        #expect(read.entries.values.contains { $0.hash == nil && $0.by == "小李 \"QA\"" })
        #expect(
            read.entries.count == (try fixture.store.allKeys().count)
                + read.entries.values.filter { $0.hash == nil }.count)
        #expect(text == (try encoded(read.entries)))
    }
}
