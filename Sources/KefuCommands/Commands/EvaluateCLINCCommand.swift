import ArgumentParser
import Foundation
import KefuApp
import KefuEngine
import KefuQuality
import KefuSentenceModel

/// `kefu evaluate-clinc150 DATA.json [--per-intent N]`: the public CLINC150 benchmark run through the
/// engine as a seller's bundle: one FAQ per intent, thresholds tuned on the validation split only,
/// figures from the test split. Hidden from help: a tool for measuring kefu (`Scripts/eval-clinc150`).
struct EvaluateCLINCCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate-clinc150", abstract: Messages.text(.helpClinc), shouldDisplay: false)

    @Argument(help: ArgumentHelp(Messages.text(.argClincData)))
    var data: String

    @Option(help: ArgumentHelp(Messages.text(.optPerIntent)))
    var perIntent: Int?

    @Option(help: ArgumentHelp(Messages.text(.optEmbeddings)))
    var embeddings: String?

    @Flag(help: ArgumentHelp(Messages.text(.optLexical)))
    var lexical = false

    func run() throws {
        let splits = try JSONDecoder().decode([String: [[String]]].self, from: Data(contentsOf: URL(filePath: data)))
        let semantics =
            lexical
            ? SemanticSetup.off("left out with --lexical")
            : SentenceModel.setup(store: embeddings.map { EmbeddingFolder(folder: URL(filePath: $0)) })
        let result = try CLINCEvaluation(splits: splits, perIntent: perIntent, semantics: semantics)
        let score = result.score
        print(
            "CLINC150 \(perIntent.map { "\($0) per intent" } ?? "full"): trained on \(result.trainingQuestions) questions in \(result.trainingTime.formatted(.units(allowed: [.seconds], fractionalPart: .show(length: 1))))"
        )
        print("  sentence model: \(result.semanticStatus)")
        print(String(format: "  answer threshold (tuned on validation): %.3f", result.threshold))
        let validation = result.validation
        print(
            String(
                format: "  validation: in-scope accuracy %.1f%% (%d/%d), out-of-scope recall %.1f%% (%d/%d)",
                100 * validation.inScopeAccuracy, validation.inScope.right, validation.inScope.total,
                100 * validation.outOfScopeRecall, validation.outOfScope.right, validation.outOfScope.total))
        print(
            String(
                format: "  test: in-scope accuracy %.1f%% (%d/%d), out-of-scope recall %.1f%% (%d/%d)",
                100 * score.inScopeAccuracy, score.inScope.right, score.inScope.total, 100 * score.outOfScopeRecall,
                score.outOfScope.right, score.outOfScope.total))
    }
}
