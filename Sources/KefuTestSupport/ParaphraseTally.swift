import Foundation
import KefuEngine

/// How an engine did on a labelled set of buyer questions (a tab-separated file: label, question): a
/// label names the FAQ that should answer the question (or ask back for what it needs), and the set's
/// stranger label marks a question the shop cannot answer. The accuracy tests share it, so the tuning
/// and the held-out figures are counted the same way.
public struct ParaphraseTally {
    /// The label of the questions that must not be answered (`fallback`, `stranger`).
    public let strangerLabel: String
    /// Whether a reply to a stranger counts as right: the fallback, or anything but an answer.
    private let strangerRefused: (EngineReply) -> Bool
    public private(set) var paraphrases = (right: 0, total: 0)
    public private(set) var strangers = (right: 0, total: 0)
    /// One line per question counted wrong.
    public private(set) var misses: [String] = []

    public init(strangerLabel: String, strangerRefused: @escaping (EngineReply) -> Bool) {
        self.strangerLabel = strangerLabel
        self.strangerRefused = strangerRefused
    }

    /// Counts `reply`, the engine's answer to `text` labelled `label`.
    public mutating func record(_ label: String, _ text: String, _ reply: EngineReply) {
        if label == strangerLabel {
            strangers.total += 1
            if strangerRefused(reply) {
                strangers.right += 1
            } else {
                misses.append("stranger \(text) → \(reply.decision.rawValue) \(reply.source?.label ?? "")")
            }
        } else {
            paraphrases.total += 1
            if [.answer, .ask].contains(reply.decision), reply.source?.label == "faq/\(label)" {
                paraphrases.right += 1
            } else {
                misses.append("\(text) → \(reply.decision.rawValue) \(reply.source?.label ?? "") (want \(label))")
            }
        }
    }

    public var paraphraseShare: Double { Double(paraphrases.right) / Double(max(paraphrases.total, 1)) }
    public var strangerShare: Double { Double(strangers.right) / Double(max(strangers.total, 1)) }

    /// `TITLE: paraphrases right 76.2% (77/101), strangers not answered 50.0% (20/40)`.
    public func summary(_ title: String) -> String {
        String(
            format: "%@: paraphrases right %.1f%% (%d/%d), strangers not answered %.1f%% (%d/%d)", title,
            paraphraseShare * 100, paraphrases.right, paraphrases.total, strangerShare * 100, strangers.right,
            strangers.total)
    }

    /// The (label, question) lines of a set, comment lines (`#`) left out.
    /// - Throws: when the file cannot be read or a line has no tab.
    public static func lines(of url: URL) throws -> [(label: String, text: String)] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { throw CocoaError(.fileReadCorruptFile, userInfo: ["line": String(line)]) }
            return (parts[0], parts[1])
        }
    }
}
