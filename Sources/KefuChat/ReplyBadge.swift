import Foundation
import KefuEngine

/// The one-line badge under a reply: decision, source, confidence, and for a handoff its reason and
/// agent (`answer · faq/shipping-time · 0.87`). Machine words, the same in every interface language.
public enum ReplyBadge {
    public static func text(for reply: EngineReply) -> String {
        var parts = [reply.decision.rawValue]
        if let source = reply.source { parts.append(source.label) }
        if let confidence = reply.confidence { parts.append(String(format: "%.2f", confidence)) }
        if let ticket = reply.handoff {
            parts.append(ticket.reason.rawValue)
            if let agent = ticket.agent { parts.append("→ \(agent.rawValue)") }
        } else if let note = reply.note {
            parts.append(note)
        }
        return "[" + parts.joined(separator: " · ") + "]"
    }
}
