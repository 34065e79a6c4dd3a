import KefuCore

/// What the engine decided to do with a message (Documentation/Engine.md, "Pipeline").
public enum Decision: String, CaseIterable, Sendable, Codable {
    case answer, clarify, ask, fallback, handoff, silent
}

extension Decision {
    /// The decision as a person reads it, in their language (a report's legend).
    public var messageKey: MessageKey {
        switch self {
        case .answer: .decisionAnswer
        case .clarify: .decisionClarify
        case .ask: .decisionAsk
        case .fallback: .decisionFallback
        case .handoff: .decisionHandoff
        case .silent: .decisionSilent
        }
    }
}
