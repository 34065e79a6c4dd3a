import Foundation
import KefuCore
import KefuEngine

/// K104 the same question in two entries, K105 a question nearer another entry than its own.
extension BundleLinter {
    func questionFindings() -> [Diagnostic] {
        var findings: [Diagnostic] = []
        var owner: [String: (faq: Sourced<FAQ>, question: String)] = [:]
        var entries: [String: Set<ItemID>] = [:]
        for faq in content.faqs {
            for question in [faq.item.question] + faq.item.similar {
                let folded = LintText.folded(question)
                guard !folded.isEmpty else { continue }
                entries[folded, default: []].insert(faq.item.id)
                if let first = owner[folded] {
                    guard first.faq.item.id != faq.item.id else { continue }
                    findings.append(
                        finding(
                            .duplicateQuestion, .warning,
                            Message(
                                .lintDuplicateQuestion, question, faq.item.id.rawValue,
                                Self.place(.faq, first.faq.item.id, first.faq.location) + " '\(first.question)'"),
                            at: faq.location))
                } else {
                    owner[folded] = (faq, question)
                }
            }
        }
        return findings + misplacedQuestionFindings(entries: entries)
    }

    /// A question at least this alike to another entry's questions (cosine, as retrieval reads it)…
    static let misplacedMinimum = 0.5
    /// … and this much more alike than to its own entry's other questions is misplaced.
    static let misplacedMargin = 0.25

    /// `entries` holds the entries of each folded question. A question written in two entries is
    /// K104's finding; it also pulls the two together, so K105 leaves such pairs alone.
    private func misplacedQuestionFindings(entries: [String: Set<ItemID>]) -> [Diagnostic] {
        let faqs = content.faqs
        let duplicated = Set(entries.filter { $0.value.count > 1 }.keys)
        return QuestionNeighbours(content: content).misplaced(
            minimum: Self.misplacedMinimum, margin: Self.misplacedMargin
        ).filter { found in
            let pair: Set<ItemID> = [faqs[found.faq].item.id, faqs[found.other].item.id]
            return !duplicated.contains { entries[$0]?.isSuperset(of: pair) ?? false }
        }.map { found in
            let own = faqs[found.faq], other = faqs[found.other]
            return finding(
                .misplacedQuestion, .warning,
                Message(
                    .lintMisplacedQuestion, found.question, own.item.id.rawValue,
                    Self.place(.faq, other.item.id, other.location), found.otherQuestion,
                    String(format: "%.2f", found.otherSimilarity), String(format: "%.2f", found.ownSimilarity)),
                at: own.location)
        }
    }
}
