import Foundation
import KefuBundle
import KefuEngine
import KefuGenerator

/// The engine on a generated bundle of about 10,000 rules and 10,000 FAQ entries (23,500 items;
/// `KEFU_BENCH_ITEMS` sets another size), and buyer messages drawn from its own questions, its
/// keywords and strangers' questions, so every path of the pipeline is measured.
struct EngineBenchmarkShop: Sendable {
    let engine: Engine
    let messages: [String]

    nonisolated(unsafe) static var prepared: EngineBenchmarkShop?
    nonisolated(unsafe) private static var position = 0

    /// The messages in turn, one per call (benchmarks run one iteration per sample).
    func nextMessage() -> String {
        Self.position += 1
        return messages[Self.position % messages.count]
    }

    static func prepare(items: Int) throws {
        guard prepared == nil else { return }
        let files = try BundleGenerator(items: items).files().mapValues { Data($0.utf8) }
        let bundle = try BundleLoader(recordsFieldLocations: false).loadBundle(files: files)
        let content = try EngineContent(records: bundle.contentRecords())
        let started = ContinuousClock.now
        let engine = Engine(content: content)
        let elapsed = ContinuousClock.now - started
        var messages: [String] = []
        for (index, faq) in content.faqs.enumerated() where index % 20 == 0 {
            messages.append(faq.item.similar.first ?? faq.item.question)
        }
        for (index, rule) in content.rules.enumerated() where index % 20 == 0 {
            messages.append("请问" + (rule.item.keywords.first ?? "") + "怎么说")
        }
        messages += ["今天天气怎么样", "what is the weather like", "转人工", "订单12345到哪了", "身高165体重110斤穿什么码"]
        prepared = EngineBenchmarkShop(engine: engine, messages: messages)
        let report =
            "engine: \(content.rules.count) rules, \(content.faqs.count) FAQs, \(messages.count) messages, built in \(elapsed)\n"
        FileHandle.standardError.write(Data(report.utf8))
    }
}
