import ArgumentParser
import Foundation
import KefuBundle
import KefuCore
import KefuEngine
import KefuSentenceModel

/// `kefu evaluate-clinc150 DATA.json [--per-intent N]`: the public CLINC150 benchmark run through the
/// engine as a seller's bundle: one FAQ per intent, thresholds tuned on the validation split only,
/// figures from the test split. Hidden from help: a tool for measuring kefu (`Scripts/eval-clinc150`).
struct EvaluateCLINCCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate-clinc150", abstract: "Run the CLINC150 benchmark.", shouldDisplay: false)

    @Argument(help: "data_full.json of CLINC150.")
    var data: String

    @Option(help: "Train on only the first N questions of each intent (10 for the small setting).")
    var perIntent: Int?

    @Option(help: "Keep the sentence model's embeddings in this folder between runs.")
    var embeddings: String?

    @Flag(help: "Words only: leave the sentence model out, for comparison.")
    var lexical = false

    func run() throws {
        let splits = try JSONDecoder().decode([String: [[String]]].self, from: Data(contentsOf: URL(filePath: data)))
        let training = Self.byIntent(splits["train"] ?? [], limit: perIntent)
        let validation = (splits["val"] ?? []) + (splits["oos_val"] ?? [])
        let test = (splits["test"] ?? []) + (splits["oos_test"] ?? [])

        // Tune on the validation split only: the answer threshold that maximises accuracy over all its
        // questions, out-of-scope counted at the share it has there. Nothing is read from the test split
        // until the figures.
        let semantics =
            lexical
            ? SemanticSetup.off("left out with --lexical")
            : SentenceModel.setup(store: embeddings.map { EmbeddingFolder(folder: URL(filePath: $0)) })
        let started = ContinuousClock.now
        let untuned = try Self.engine(training: training, threshold: 0, semantics: semantics)
        let trainingTime = ContinuousClock.now - started
        let confidences = validation.map { pair in (untuned.rankFAQs(pair[0], limit: 1).first, pair[1]) }
        let validationOutOfScopeShare = Double(splits["oos_val"]?.count ?? 0) / Double(max(validation.count, 1))
        let threshold = Self.bestThreshold(confidences, outOfScopeShare: validationOutOfScopeShare)

        // The seller's bundle with the tuned thresholds, answering each test question in a new session.
        let engine = try Self.engine(training: training, threshold: threshold, semantics: semantics)
        var score = CLINCScore()
        for pair in test {
            var session = SessionState(id: "clinc150", locale: "en")
            let reply = engine.answer(IncomingMessage(pair[0]), in: &session, context: AnswerContext(trace: false))
            score.count(answered: reply.decision == .answer ? reply.source?.id.rawValue : nil, label: pair[1])
        }
        let questions = training.values.map(\.count).reduce(0, +)
        print(
            "CLINC150 \(perIntent.map { "\($0) per intent" } ?? "full"): trained on \(questions) questions in \(trainingTime.formatted(.units(allowed: [.seconds], fractionalPart: .show(length: 1))))"
        )
        print("  sentence model: \(engine.semanticStatus.traceText)")
        print(String(format: "  answer threshold (tuned on validation): %.3f", threshold))
        print(
            String(
                format: "  test: in-scope accuracy %.1f%% (%d/%d), out-of-scope recall %.1f%% (%d/%d)",
                100 * score.inScopeAccuracy, score.inScope.right, score.inScope.total, 100 * score.outOfScopeRecall,
                score.outOfScope.right, score.outOfScope.total))
    }

    /// The threshold maximising accuracy over all validation questions, out-of-scope weighted to `outOfScopeShare`.
    static func bestThreshold(_ scored: [(FAQCandidate?, String)], outOfScopeShare: Double) -> Double {
        var best = (score: -1.0, threshold: 0.0)
        for step in 0...400 {
            let threshold = Double(step) / 400
            var counted = CLINCScore()
            for (candidate, label) in scored {
                counted.count(
                    answered: candidate.flatMap { $0.confidence >= threshold ? $0.id.rawValue : nil }, label: label)
            }
            let score = (1 - outOfScopeShare) * counted.inScopeAccuracy + outOfScopeShare * counted.outOfScopeRecall
            if score > best.score { best = (score, threshold) }
        }
        return best.threshold
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
