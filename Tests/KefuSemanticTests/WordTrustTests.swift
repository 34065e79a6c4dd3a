import KefuEngine
import Testing

/// Shared words vouch for an FAQ only as far as the model reads the message close to it
/// (`FAQRanker.wordTrust`), with the real model on the AliExpress sample.
@Suite struct WordTrustTests {
    @Test func aStrangerThatSharesItsWordsWithAQuestionIsNotAnswered() throws {
        var content = try RealModel.content(ofSample: "aliexpress-electronics")
        content.rules = []
        let stranger = "what is the weather in Paris"
        // By words alone it is answered from What is in the box?: the sharing is real.
        let byWords = RealModel.ask(stranger, engine: Engine(content: content))
        #expect(byWords.decision == .answer && byWords.source?.id.rawValue == "in-the-box")
        let engine = try RealModel.engine(content)
        #expect(RealModel.ask(stranger, engine: engine).decision != .answer)
        // The buyer who means it still gets the answer.
        let meant = RealModel.ask("what is in the box", engine: engine)
        #expect(meant.decision == .answer && meant.source?.id.rawValue == "in-the-box")
    }
}
