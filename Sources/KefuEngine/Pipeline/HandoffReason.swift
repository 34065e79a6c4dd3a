import KefuCore

/// Why a person takes over.
public enum HandoffReason: String, CaseIterable, Sendable, Codable {
    /// The buyer asked for a person.
    case requested
    /// A `high` sentiment phrase: a complaint, an insult, a threat of a bad review.
    case sentiment
    /// Counterfeit, refund refused, parcel lost, quality claim.
    case complex
    /// The reply would have contained a blocklisted phrase or an advertising-law extreme word.
    case compliance
    /// A high-risk buyer (many disputes in the last 72 hours).
    case risk
    /// The bot kept failing: fallbacks in a row, or the same answer again and again.
    case loop
}

extension HandoffReason {
    /// The reason as a person reads it, in their language.
    public var messageKey: MessageKey {
        switch self {
        case .requested: .reasonRequested
        case .sentiment: .reasonSentiment
        case .complex: .reasonComplex
        case .compliance: .reasonCompliance
        case .risk: .reasonRisk
        case .loop: .reasonLoop
        }
    }
}
