import Foundation
import KefuChat
import KefuCore
import KefuEngine

/// Reads a chat's events the way a test asks about them.
extension [ChatEvent] {
    var replies: [EngineReply] {
        compactMap { if case .reply(let reply) = $0 { reply } else { nil } }
    }

    var reply: EngineReply? { replies.first }

    var explanation: Explanation? {
        lazy.compactMap { if case .explanation(let explanation) = $0 { explanation } else { nil } }.first
    }

    /// The catalog keys of the notices and problems, in order.
    var messageKeys: [MessageKey] {
        compactMap { event in
            switch event {
            case .notice(let message), .problem(let message): message.key
            default: nil
            }
        }
    }

    var problems: [Message] {
        compactMap { if case .problem(let message) = $0 { message } else { nil } }
    }

    /// Every line of an explanation as English text.
    var explanationText: [String] {
        guard let explanation else { return [] }
        return [explanation.headline.text.text(in: .english)]
            + explanation.sections.flatMap { section in
                [section.title.text(in: .english)] + section.lines.map { $0.text.text(in: .english) }
            }
    }
}
