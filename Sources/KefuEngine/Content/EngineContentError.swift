import KefuCore

/// Why items could not become engine content. Items that passed `kefu check` never cause these.
public enum EngineContentError: Error, Equatable, Sendable {
    /// The bundle settings (`bundle.yaml`) are missing.
    case missingSettings
    /// An item did not decode as its kind's model.
    case undecodable(kind: ItemKind, location: SourceLocation?, reason: String)
}

extension EngineContentError {
    /// The error as a person reads it, at the item's place when there is one: the one wording for every
    /// command, server and the REPL.
    public var diagnostic: Diagnostic {
        switch self {
        case .missingSettings: .error(Message(.missingManifest, "."), at: nil)
        case .undecodable(_, let location, let reason): .error(Message(.engineUndecodableItem, reason), at: location)
        }
    }
}
