import Foundation
import KefuBundle
import KefuEngine
import KefuGenerator
import KefuSentenceModel

/// The sentence model's budgets: compiling a shop (every FAQ question embedded), compiling again after
/// one FAQ is edited (only its texts embedded), and answering with the model: a text never seen, a
/// repeated text (the recent-query cache), and a keyword rule (which never waits for the model).
/// `Benchmarks/SemanticBenchmarks` times it; a test runs it once with the real model.
public struct SemanticWorkload: Sendable {
    public let content: EngineContent
    public let engine: Engine
    /// The texts the model was given to compile the engine.
    public let embeddedTexts: Int
    public let compileTime: Duration
    /// What the engine's embeddings were kept in: a compile after an edit reads the rest from here.
    let kept: InMemoryEmbeddingStore
    let encoder: CountingEncoder
    let questions: [String]
    let ruleMessage: String

    /// The model, or why there is none (`make test` and `make bench` install it).
    public static func model() throws -> any SentenceEncoder {
        switch SentenceModel.shared {
        case .success(let encoder): encoder
        case .failure(let error): throw error
        }
    }

    /// The sample shops shipped in `Samples/`, by folder name.
    public static let samples = URL(filePath: #filePath).deletingLastPathComponent()
        .appending(path: "../../Samples").standardizedFileURL

    /// The engine for sample shop `name` (`taobao-apparel`), compiled with no embeddings kept.
    public static func sample(_ name: String) throws -> SemanticWorkload {
        let bundle = try BundleLoader().loadBundle(at: samples.appending(path: name))
        return try SemanticWorkload(content: EngineContent(records: bundle.contentRecords()))
    }

    /// The engine for a generated bundle of `items` items (2,300 gives about 1,000 FAQs).
    public static func generated(items: Int) throws -> SemanticWorkload {
        let files = try BundleGenerator(items: items).files().mapValues { Data($0.utf8) }
        let bundle = try BundleLoader(recordsFieldLocations: false).loadBundle(files: files)
        return try SemanticWorkload(content: EngineContent(records: bundle.contentRecords()))
    }

    init(content: EngineContent) throws {
        self.content = content
        encoder = CountingEncoder(try Self.model())
        kept = InMemoryEmbeddingStore()
        let started = ContinuousClock.now
        engine = Engine(content: content, semantics: SemanticSetup(encoder: encoder, store: kept))
        compileTime = ContinuousClock.now - started
        embeddedTexts = encoder.texts
        questions = content.faqs.flatMap(\.item.questions)
        // A plain rule's keyword: one with no other condition, and no reply that needs shop data.
        let plain = content.rules.first { rule in
            rule.item.all.isEmpty && rule.item.when == nil && rule.item.active == nil && !rule.item.keywords.isEmpty
                && rule.item.reply.templateID == nil
        }
        ruleMessage = plain?.item.keywords.first ?? "转人工"
    }

    /// The texts given to the model so far, compiling and answering.
    public var modelTexts: Int { encoder.texts }

    /// Whether the engine answers by meaning (a broken model leaves it answering by words).
    public var semanticIsOn: Bool {
        if case .on = engine.semanticStatus { return true }
        return false
    }

    /// Compiles the engine again after FAQ `index`'s question is edited, with the embeddings kept by the
    /// first compile: the texts the model was given (only the edited question's, when caching works).
    public func recompileAfterEditingOneFAQ(_ index: Int) -> (engine: Engine, embeddedTexts: Int) {
        var edited = content
        let position = index % edited.faqs.count
        edited.faqs[position].item.question += "呢"
        let counting = CountingEncoder(encoder.model)
        let engine = Engine(content: edited, semantics: SemanticSetup(encoder: counting, store: kept.copy()))
        return (engine, counting.texts)
    }

    /// Answers a text the engine has never seen: a question of the shop with a number no earlier call used.
    public func answerUnseen(_ number: Int) -> EngineReply {
        answer("\(questions[number % questions.count]) \(number)")
    }

    /// Answers the same question every time: after the first, no model call.
    public func answerRepeated() -> EngineReply {
        answer(questions.first ?? "在吗")
    }

    /// Answers a message a keyword rule takes: the model is never asked.
    public func answerRule() -> EngineReply {
        answer(ruleMessage)
    }

    private func answer(_ text: String) -> EngineReply {
        var session = SessionState(id: "semantic-workload")
        return engine.answer(IncomingMessage(text), in: &session, context: AnswerContext(trace: false))
    }
}
