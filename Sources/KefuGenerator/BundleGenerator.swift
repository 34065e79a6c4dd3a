import Foundation
import KefuBundle
import KefuCore

/// Makes large, realistic bundles from a seed, so anyone can reproduce a benchmark's figures:
/// FAQ entries with paraphrased similar questions in Chinese and English, keyword rules with
/// priorities and excludes, templates, lexicons, agents and tests, a hundred items to a file.
public struct BundleGenerator: Sendable {
    public let itemCount: Int
    public let seed: UInt64
    /// Items per file.
    public let itemsPerFile: Int

    public init(items itemCount: Int, seed: UInt64 = 42, itemsPerFile: Int = 100) {
        self.itemCount = itemCount
        self.seed = seed
        self.itemsPerFile = itemsPerFile
    }

    /// The bundle's files: bundle-relative path → text.
    public func files() throws -> [String: String] {
        var random = SeededGenerator(seed: seed)
        var items: [ItemKey: BundleItem] = [:]
        var files: [BundleFile] = []
        func file(_ kind: ItemKind, _ folder: String, _ keys: [ItemKey]) {
            for (index, chunk) in stride(from: 0, to: keys.count, by: itemsPerFile).enumerated() {
                let slice = Array(keys[chunk..<min(chunk + itemsPerFile, keys.count)])
                let path = folder.hasSuffix(".yaml") ? folder : "\(folder)/part-\(String(format: "%04d", index)).yaml"
                files.append(BundleFile(path: path, kind: kind, items: slice))
            }
        }
        let templateCount = max(3, itemCount / 10)
        let lexiconCount = max(3, itemCount / 50)
        let agentCount = max(1, min(50, itemCount / 200))
        let testCount = max(1, itemCount / 100)
        let faqCount = max(1, (itemCount - templateCount - lexiconCount - agentCount - testCount) / 2)
        let ruleCount = max(1, itemCount - templateCount - lexiconCount - agentCount - testCount - faqCount)

        let templates = (0..<templateCount).map { makeTemplate($0) }
        let faqs = (0..<faqCount).map { makeFAQ($0, templates: templateCount, random: &random) }
        let rules = (0..<ruleCount).map { makeRule($0, templates: templateCount, random: &random) }
        let lexicons = (0..<lexiconCount).map { makeLexicon($0, random: &random) }
        let agents = (0..<agentCount).map { makeAgent($0) }
        let tests = (0..<testCount).map { makeTest($0, faqs: faqCount) }
        for group in [templates, faqs, rules, lexicons, agents, tests] {
            for item in group { items[item.key] = item }
        }
        file(.template, "templates", templates.map(\.key))
        file(.faq, "faq", faqs.map(\.key))
        file(.rule, "rules", rules.map(\.key))
        file(.lexicon, "lexicons", lexicons.map(\.key))
        file(.agent, "agents.yaml", agents.map(\.key))
        file(.test, "tests", tests.map(\.key))

        let settings = BundleItem(
            key: .bundleSettings,
            fields: [
                "name": .text("生成的店铺 \(itemCount)"), "platform": "taobao", "locales": ["zh-CN", "en"],
                "welcome": "template-00000", "fallback": "template-00001",
            ])
        let uuid = UUID(uuid: uuidBytes(&random))
        let manifest = BundleManifest(bundleID: uuid, version: 1, settings: settings)
        return try BundleWriter().render(manifest: manifest, items: items, filedAs: files)
    }

    /// Writes the bundle into `folder`.
    public func write(to folder: URL) throws {
        let writer = BundleWriter()
        try writer.write(try files(), to: folder)
    }

    private func key(_ kind: ItemKind, _ prefix: String, _ index: Int) -> ItemKey {
        ItemKey(kind: kind, id: ItemID(trusted: "\(prefix)-\(String(format: "%05d", index))"))
    }

    private func makeTemplate(_ index: Int) -> BundleItem {
        let topic = Vocabulary.topics[index % Vocabulary.topics.count]
        let text: FieldValue =
            index % 3 == 0
            ? [
                "zh-CN": .text("亲,{{buyer.id}}您好~\(topic.answer)"),
                "en": .text("Hello {{buyer.id}}, \(Vocabulary.englishTopics[index % 4].answer)"),
            ]
            : .text("\(topic.answer)(\(topic.topic)说明 \(index))")
        return BundleItem(key: key(.template, "template", index), fields: ["text": text])
    }

    private func makeFAQ(_ index: Int, templates: Int, random: inout SeededGenerator) -> BundleItem {
        let english = index % 5 == 4
        var fields: [String: FieldValue] = [:]
        if english {
            let topic = Vocabulary.englishTopics[index % Vocabulary.englishTopics.count]
            let product = "item \(index)"
            fields["question"] = .text("\(topic.questions[0]) for \(product)?")
            fields["similar"] = .list(topic.questions.dropFirst().map { .text("\($0) \(product)") })
            fields["answer"] = .text(topic.answer)
        } else {
            let topic = Vocabulary.topics[index % Vocabulary.topics.count]
            let product = Vocabulary.products[(index / Vocabulary.topics.count) % Vocabulary.products.count]
            let variant = index / (Vocabulary.topics.count * Vocabulary.products.count)
            let suffix = Vocabulary.suffixes.randomElement(using: &random) ?? ""
            fields["question"] = .text("\(product)\(topic.questions[0])\(variant > 0 ? "(款\(variant))" : "")\(suffix)")
            var similar: [FieldValue] = []
            for question in topic.questions.dropFirst().shuffled(using: &random).prefix(3) {
                let filler = Vocabulary.fillers.randomElement(using: &random) ?? ""
                similar.append(.text("\(filler)\(product)\(question)\(variant > 0 ? " \(variant)" : "")"))
            }
            fields["similar"] = .list(similar)
            fields["answer"] =
                index % 7 == 0
                ? ["template": .text(key(.template, "template", index % templates).id.rawValue)] : .text(topic.answer)
            fields["intent"] = .text(topic.topic)
        }
        if index % 11 == 0 { fields["tags"] = ["presale"] }
        return BundleItem(key: key(.faq, "faq", index), fields: fields)
    }

    private func makeRule(_ index: Int, templates: Int, random: inout SeededGenerator) -> BundleItem {
        let count = Int.random(in: 1...3, using: &random)
        var keywords: [FieldValue] = []
        for _ in 0..<count {
            let word = Vocabulary.keywords.randomElement(using: &random) ?? "活动"
            keywords.append(.text("\(word)\(index)"))
        }
        var fields: [String: FieldValue] = [
            "keywords": .list(Array(Set(keywords)).sorted { $0.inline < $1.inline }),
            "reply": index % 4 == 0
                ? ["template": .text(key(.template, "template", index % templates).id.rawValue)]
                : .text("关于\(Vocabulary.keywords[index % Vocabulary.keywords.count])的说明 \(index)"),
        ]
        if index % 3 == 0 { fields["priority"] = .number(Double(index % 20)) }
        if index % 5 == 0 { fields["exclude"] = ["退款", "投诉"] }
        if index % 13 == 0 { fields["when"] = ["buyer_tags": ["vip"]] }
        return BundleItem(key: key(.rule, "rule", index), fields: fields)
    }

    private func makeLexicon(_ index: Int, random: inout SeededGenerator) -> BundleItem {
        let fields: [String: FieldValue] =
            switch index % 4 {
            case 0:
                [
                    "type": "synonyms",
                    "groups": .list(
                        Vocabulary.synonymGroups.shuffled(using: &random).prefix(3).map { .list($0.map { .text($0) }) }),
                ]
            case 1:
                [
                    "type": "sentiment", "level": index % 8 == 1 ? "high" : "watch",
                    "phrases": ["骗子", "投诉", .text("差评 \(index)")],
                ]
            case 2: ["type": "handoff", "phrases": ["转人工", "人工客服", .text("真人 \(index)")]]
            default: ["type": "blocklist", "phrases": ["绝对不退", "假一罚万", .text("最便宜 \(index)")]]
            }
        return BundleItem(key: key(.lexicon, "lexicon", index), fields: fields)
    }

    private func makeAgent(_ index: Int) -> BundleItem {
        BundleItem(
            key: key(.agent, "agent", index),
            fields: [
                "name": .text("客服\(index)"), "skills": .list([.text(Vocabulary.topics[index % 10].topic)]),
                "hours": index % 2 == 0 ? "09:00-18:00" : "12:00-23:00",
            ])
    }

    private func makeTest(_ index: Int, faqs: Int) -> BundleItem {
        let target = key(.faq, "faq", index % faqs)
        return BundleItem(
            key: key(.test, "test", index),
            fields: [
                "turns": [
                    ["buyer": .text("测试问题 \(index)"), "expect": ["faq": .text(target.id.rawValue)]] as FieldValue
                ]
            ])
    }

    private func uuidBytes(_ random: inout SeededGenerator) -> uuid_t {
        var bytes = [UInt8](repeating: 0, count: 16)
        for index in bytes.indices { bytes[index] = UInt8.random(in: 0...255, using: &random) }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return (
            bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8], bytes[9],
            bytes[10],
            bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
        )
    }
}
