import KefuCore

/// What `:reload` brought: what the sync did, in lines for the seller, its warnings, and the content
/// after it.
public struct ChatReload: Sendable {
    public var summary: [Message]
    public var warnings: [Diagnostic]
    public var content: ChatContent

    public init(summary: [Message], warnings: [Diagnostic] = [], content: ChatContent) {
        self.summary = summary
        self.warnings = warnings
        self.content = content
    }
}
