import KefuCore

/// Why items could not become engine content. Items that passed `kefu check` never cause these.
public enum EngineContentError: Error, Equatable, Sendable {
    /// The bundle settings (`bundle.yaml`) are missing.
    case missingSettings
    /// An item did not decode as its kind's model.
    case undecodable(kind: ItemKind, location: SourceLocation?, reason: String)
}
