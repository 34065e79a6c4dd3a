import Foundation
import KefuBundle
import KefuEngine
import KefuGenerator

/// The answering budgets' workload: the engine compiled from a generated bundle, and buyer messages
/// drawn from its own questions, its keywords and strangers' questions, so every path of the pipeline
/// is measured. `Benchmarks/EngineBenchmarks` times it; a test runs it once on a small bundle.
public struct EngineWorkload: Sendable {
    public let engine: Engine
    public let messages: [String]
    /// How long compiling the engine (index and classifier training) took.
    public let compileTime: Duration

    /// The engine for a generated bundle of `items` items (23,500 gives about 10,000 rules and
    /// 10,000 FAQs, the budgets' size).
    public init(items: Int) throws {
        let content = try Self.generatedContent(items: items)
        let started = ContinuousClock.now
        engine = Engine(content: content)
        compileTime = ContinuousClock.now - started
        messages = Self.messages(for: content)
    }

    /// The content of the generated bundle of `items` items, as the engine reads it.
    public static func generatedContent(items: Int) throws -> EngineContent {
        let files = try BundleGenerator(items: items).files().mapValues { Data($0.utf8) }
        let bundle = try BundleLoader(recordsFieldLocations: false).loadBundle(files: files)
        return try EngineContent(records: bundle.contentRecords())
    }

    /// The benchmark's message mix for `content`: a similar question of every 20th FAQ, a keyword of every
    /// 20th rule, strangers' questions, a handoff, an order and a size question.
    public static func messages(for content: EngineContent) -> [String] {
        var messages: [String] = []
        for (index, faq) in content.faqs.enumerated() where index % 20 == 0 {
            messages.append(faq.item.similar.first ?? faq.item.question)
        }
        for (index, rule) in content.rules.enumerated() where index % 20 == 0 {
            messages.append("请问" + (rule.item.keywords.first ?? "") + "怎么说")
        }
        messages += ["今天天气怎么样", "what is the weather like", "转人工", "订单12345到哪了", "身高165体重110斤穿什么码"]
        return messages
    }

    /// The contexts answers are given in, made once: the engine is what is timed.
    private static let tracing = AnswerContext(trace: true)
    private static let quiet = AnswerContext(trace: false)

    /// Messages built to hurt, by name: each must be answered in bounded time, however long or strange.
    /// `Benchmarks/EngineBenchmarks` times each; a test answers each once.
    public static let hostileMessages: [(name: String, text: String)] = [
        ("1 MB of text", String(repeating: "请问什么时候发货", count: 1_048_576 / 24)),
        (
            "invalid UTF-8, repaired",
            String(decoding: Array(repeating: [0xE5, 0x8F, 0xC3, 0x28, 0xFF], count: 2_000).joined(), as: UTF8.self)
        ),
        (
            "control and bidi characters",
            String(repeating: "\u{202E}发货\u{202C}\u{0007}\u{0000}\u{2066}吗\u{2069}", count: 2_000)
        ),
        ("zero-width joiners", String(repeating: "发\u{200D}货\u{200B}\u{FEFF}", count: 3_000)),
        ("emoji sequences", String(repeating: "👩‍👩‍👧‍👦🏳️‍🌈🇨🇳👍🏽", count: 2_000)),
        ("10,000 punctuation marks", String(repeating: "？", count: 10_000)),
        ("10,000 mixed punctuation marks", String(repeating: "?!。，", count: 2_500)),
        ("a 100,000-digit number", "订单" + String(repeating: "9", count: 100_000)),
    ]

    /// Answers hostile message `index` (of `hostileMessages`) in a new session.
    public func answerHostile(_ index: Int, trace: Bool) -> EngineReply {
        var session = SessionState(id: "hostile")
        let message = IncomingMessage(Self.hostileMessages[index].text)
        return engine.answer(message, in: &session, context: trace ? Self.tracing : Self.quiet)
    }

    /// Answers message `number` (taken in turn) in a new session, as a buyer's first message.
    public func answer(_ number: Int, trace: Bool) -> EngineReply {
        var session = SessionState(id: "workload")
        let message = IncomingMessage(messages[number % messages.count])
        return engine.answer(message, in: &session, context: trace ? Self.tracing : Self.quiet)
    }
}
