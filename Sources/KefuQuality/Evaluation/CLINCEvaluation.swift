import Foundation
import KefuBundle
import KefuCore
import KefuEngine

/// The public CLINC150 benchmark run through the engine as a seller's bundle: one FAQ per intent,
/// the answer threshold tuned on the validation split only, figures from the test split.
public struct CLINCEvaluation: Sendable {
    /// How many questions the bundle was built from, and how long building its engine took.
    public let trainingQuestions: Int
    public let trainingTime: Duration
    /// The sentence model's status in the engine that answered.
    public let semanticStatus: String
    /// The answer (and suggest) threshold chosen on the validation split.
    public let threshold: Double
    /// The validation split's figures at the threshold chosen on it (the best answer alone, without the
    /// engine's clarification margin): what any other constant may be chosen by.
    public let validation: CLINCScore
    /// The test split's figures.
    public let score: CLINCScore

    /// Runs the benchmark on `splits` (CLINC150's `data_full.json`: `train`, `val`, `oos_val`, `test`,
    /// `oos_test`), training on the first `perIntent` questions of each intent (all when `nil`).
    public init(splits: [String: [[String]]], perIntent: Int?, semantics: SemanticSetup) throws {
        let training = Self.byIntent(splits["train"] ?? [], limit: perIntent)
        let validationSplit = (splits["val"] ?? []) + (splits["oos_val"] ?? [])
        let test = (splits["test"] ?? []) + (splits["oos_test"] ?? [])

        // Tune on the validation split only: the answer threshold that maximises accuracy over all its
        // questions, out-of-scope counted at the share it has there. Nothing is read from the test split
        // until the figures.
        let started = ContinuousClock.now
        let untuned = try Self.engine(training: training, threshold: 0, semantics: semantics)
        trainingTime = ContinuousClock.now - started
        let confidences = validationSplit.map { pair in (untuned.rankFAQs(pair[0], limit: 1).first, pair[1]) }
        let validationOutOfScopeShare = Double(splits["oos_val"]?.count ?? 0) / Double(max(validationSplit.count, 1))
        let threshold = Self.bestThreshold(confidences, outOfScopeShare: validationOutOfScopeShare)
        self.threshold = threshold
        validation = Self.score(confidences, threshold: threshold)

        // The seller's bundle with the tuned thresholds, answering each test question in a new session.
        let engine = try Self.engine(training: training, threshold: threshold, semantics: semantics)
        var score = CLINCScore()
        for pair in test {
            var session = SessionState(id: "clinc150", locale: "en")
            let reply = engine.answer(IncomingMessage(pair[0]), in: &session, context: AnswerContext(trace: false))
            score.count(answered: reply.decision == .answer ? reply.source?.id.rawValue : nil, label: pair[1])
        }
        self.score = score
        trainingQuestions = training.values.map(\.count).reduce(0, +)
        semanticStatus = engine.semanticStatus.traceText
    }

    /// The threshold maximising accuracy over all validation questions, out-of-scope weighted to `outOfScopeShare`.
    static func bestThreshold(_ scored: [(FAQCandidate?, String)], outOfScopeShare: Double) -> Double {
        var best = (score: -1.0, threshold: 0.0)
        for step in 0...400 {
            let threshold = Double(step) / 400
            let counted = score(scored, threshold: threshold)
            let score = (1 - outOfScopeShare) * counted.inScopeAccuracy + outOfScopeShare * counted.outOfScopeRecall
            if score > best.score { best = (score, threshold) }
        }
        return best.threshold
    }

    /// The figures when the best candidate is answered at `threshold` or above.
    static func score(_ scored: [(FAQCandidate?, String)], threshold: Double) -> CLINCScore {
        var counted = CLINCScore()
        for (candidate, label) in scored {
            counted.count(
                answered: candidate.flatMap { $0.confidence >= threshold ? $0.id.rawValue : nil }, label: label)
        }
        return counted
    }

    /// The engine of the seller's bundle, with `threshold` for both answer and suggest (a clarification
    /// counts as not answered).
    static func engine(training: [String: [String]], threshold: Double, semantics: SemanticSetup) throws -> Engine {
        Engine(
            content: try EngineContent(records: bundle(training: training, threshold: threshold).contentRecords()),
            semantics: semantics)
    }

    static func faqID(_ label: String) -> String { label.replacingOccurrences(of: "_", with: "-") }

    static func byIntent(_ pairs: [[String]], limit: Int?) -> [String: [String]] {
        var questions: [String: [String]] = [:]
        for pair in pairs where pair.count == 2 && pair[1] != "oos" {
            if let limit, questions[pair[1], default: []].count >= limit { continue }
            questions[pair[1], default: []].append(pair[0])
        }
        return questions
    }

    /// The bundle a seller would write: one FAQ per intent (YAML flow style is JSON).
    static func bundle(training: [String: [String]], threshold: Double) throws -> LoadedBundle {
        let faqs: [[String: Any]] = training.keys.sorted().map { intent in
            let questions = training[intent] ?? []
            return [
                "id": faqID(intent), "question": questions.first ?? intent, "similar": Array(questions.dropFirst()),
                "answer": intent, "intent": intent,
            ]
        }
        let manifest: [String: Any] = [
            "format": 1, "id": "00000000-0000-4000-8000-000000000150", "name": "CLINC150", "platform": "generic",
            "locales": ["en"], "version": 1, "fallback": "fallback",
            "thresholds": ["answer": threshold, "suggest": threshold],
        ]
        let templates: [[String: Any]] = [["id": "fallback", "text": "Sorry, I can't help with that."]]
        let files = try [
            "bundle.yaml": JSONSerialization.data(withJSONObject: manifest, options: [.sortedKeys]),
            "faq/clinc150.yaml": JSONSerialization.data(withJSONObject: faqs, options: [.sortedKeys]),
            "templates/templates.yaml": JSONSerialization.data(withJSONObject: templates, options: [.sortedKeys]),
        ]
        return try BundleLoader(recordsFieldLocations: false).loadBundle(files: files)
    }
}
