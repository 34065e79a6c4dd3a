import KefuCore
import KefuEngine

/// K104 the same question in two entries.
extension BundleLinter {
    func questionFindings() -> [Diagnostic] {
        var findings: [Diagnostic] = []
        var owner: [String: (faq: Sourced<FAQ>, question: String)] = [:]
        for faq in content.faqs {
            for question in [faq.item.question] + faq.item.similar {
                let folded = LintText.folded(question)
                guard !folded.isEmpty else { continue }
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
        return findings
    }
}
