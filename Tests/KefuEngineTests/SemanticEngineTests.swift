import Foundation
import KefuCore
import KefuEngine
import Testing

/// The engine with a sentence model, through a deterministic fake (`ConceptEncoder`): fusion, the cost
/// paid once (kept embeddings, recent messages), sentiment by meaning, and words alone when the model
/// is missing or fails.
@Suite struct SemanticEngineTests {
    /// A shop whose fabric FAQ says 面料; a buyer who says 料子 shares no word with it.
    static var content: EngineContent {
        var content = EngineFixture.content
        content.rules = []
        return content
    }

    static func engine(_ encoder: ConceptEncoder, store: (any EmbeddingStore)? = nil) -> Engine {
        Engine(content: content, semantics: SemanticSetup(encoder: encoder, store: store))
    }

    @Test func meaningAnswersWhatWordsAlone() throws {
        let question = "料子摸着咋样"
        let byWords = EngineFixture.ask(question, engine: Engine(content: Self.content))
        #expect(byWords.decision != .answer || byWords.source?.id.rawValue != "material")
        let engine = Self.engine(ConceptEncoder())
        #expect(engine.semanticStatus == .on(model: "concepts-v1"))
        let reply = EngineFixture.ask(question, engine: engine)
        #expect(reply.decision == .answer)
        #expect(reply.source?.id.rawValue == "material")
        let faq = try #require(reply.trace.first { $0.stage == .faq })
        #expect(faq.facts["semantic"]?.text == "on (concepts-v1)")
        let top = try #require(faq.facts["candidates"]?.list?.first?.record)
        #expect(
            top["closest_in_meaning"]?.text?.contains("面料") == true
                || top["closest_in_meaning"]?.text?.contains("材质") == true)
    }

    @Test func withoutAModelTheEngineAnswersByWordsAndSaysWhy() {
        let engine = Engine(content: Self.content, semantics: .off("the model is not installed"))
        #expect(engine.semanticStatus == .off(reason: "the model is not installed"))
        let reply = EngineFixture.ask("什么时候发货", engine: engine)
        #expect(reply.semantic == "off: the model is not installed")
        let lexical = EngineFixture.ask("什么时候发货", engine: Engine(content: Self.content))
        #expect(reply.source == lexical.source)
        #expect(reply.confidence == lexical.confidence)
    }

    @Test func aFailingModelLeavesWordsAlone() {
        let engine = Self.engine(ConceptEncoder(fails: true))
        guard case .off(let reason) = engine.semanticStatus else {
            Issue.record("a failing model must turn meaning off")
            return
        }
        #expect(reason.contains("failed"))
        #expect(EngineFixture.ask("什么时候发货", engine: engine).decision == .answer)
    }

    @Test func keptEmbeddingsAreReadBackAndAnEditEmbedsOnlyItsTexts() throws {
        let store = InMemoryEmbeddingStore()
        let first = ConceptEncoder()
        _ = Self.engine(first, store: store)
        #expect(!first.texts.isEmpty)
        let again = ConceptEncoder()
        _ = Self.engine(again, store: store)
        #expect(again.texts.isEmpty)

        var edited = Self.content
        let index = try #require(edited.faqs.firstIndex { $0.item.id.rawValue == "material" })
        edited.faqs[index].item.similar.append("料子透气吗")
        let afterEdit = ConceptEncoder()
        _ = Engine(content: edited, semantics: SemanticSetup(encoder: afterEdit, store: store))
        #expect(afterEdit.texts == ["料子透气吗"])

        let otherModel = ConceptEncoder(identity: "concepts-v2")
        _ = Self.engine(otherModel, store: store)
        #expect(otherModel.texts.count == first.texts.count)
    }

    @Test func aRepeatedMessageCostsNoModelCall() {
        let encoder = ConceptEncoder()
        let engine = Self.engine(encoder)
        let compiled = encoder.texts.count
        _ = EngineFixture.ask("料子摸着咋样", engine: engine)
        _ = EngineFixture.ask("料子摸着咋样", engine: engine)
        #expect(encoder.texts.count == compiled + 1)
    }

    @Test func rulesNeverWaitForTheModel() {
        let encoder = ConceptEncoder()
        let engine = Engine(content: EngineFixture.content, semantics: SemanticSetup(encoder: encoder))
        let compiled = encoder.texts.count
        let reply = EngineFixture.ask("我的快递到哪了", engine: engine)
        #expect(reply.source?.kind == .rule)
        #expect(encoder.texts.count == compiled)
    }

    @Test func angerByMeaningHandsOffAndACalmQualityQuestionStays() {
        let engine = Self.engine(ConceptEncoder())
        let angry = EngineFixture.ask("这衣服让我火大", engine: engine)
        #expect(angry.decision == .handoff)
        #expect(angry.handoff?.reason == .sentiment)
        #expect(angry.handoff?.priority == .high)
        // The trace's last word on sentiment is the one by meaning, with the prototype it was close to.
        let sentiment = angry.trace.last { $0.stage == .sentiment }
        #expect(sentiment?.facts["level"]?.text == "high")
        #expect(sentiment?.facts["by_meaning"] == .flag(true))
        #expect(sentiment?.facts["phrase"]?.text?.isEmpty == false)
        let calm = EngineFixture.ask("这款起球吗", engine: engine)
        #expect(calm.decision != .handoff)
    }
}
