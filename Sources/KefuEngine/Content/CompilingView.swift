import Foundation
import KefuCore

/// What compiling the engine reads of every FAQ and rule, taken in one decoding pass over their records:
/// the FAQs' questions, the rules' words, and the replies of both that are written for named locales.
/// Compiled from decoded items, a large bundle held all of them until compiling ended (about 80 MB at
/// 100,000 items, beside the records they came from); compiled from this view, the engine's FAQs and
/// rules are decoded when an answer first reads them, as a kept engine's are.
struct CompilingView: Sendable {
    /// Each FAQ's questions (`FAQ.questions`), in the order the engine holds its FAQs (by id).
    let questions: [[String]]
    /// Each rule's words, in the order the engine holds its rules (by id).
    let ruleWords: [RuleWords]
    /// The FAQs' answers, then the rules' replies, that are written for named locales, in that order.
    let localizedReplies: [Reply]

    /// Decodes every FAQ and rule among `records`, keeping only what compiling reads.
    /// - Throws: `EngineContentError.undecodable` naming a record that does not decode.
    init(records: [ContentRecord]) throws {
        @Sendable func localized(_ reply: Reply) -> Reply? {
            if case .localized = reply { return reply }
            return nil
        }
        let faqs = try EngineContent.decode(EngineContent.records(of: .faq, in: records), as: FAQ.self) { faq, _ in
            (questions: faq.questions, answer: localized(faq.answer))
        }
        let rules = try EngineContent.decode(EngineContent.records(of: .rule, in: records), as: Rule.self) { rule, _ in
            (words: RuleWords(rule), reply: localized(rule.reply))
        }
        questions = faqs.map(\.questions)
        ruleWords = rules.map(\.words)
        localizedReplies = faqs.compactMap(\.answer) + rules.compactMap(\.reply)
    }
}
