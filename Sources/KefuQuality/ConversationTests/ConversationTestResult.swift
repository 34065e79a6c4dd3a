import KefuCore

/// A conversation test after it ran: each turn with its reply and what it missed.
public struct ConversationTestResult: Sendable {
    public var id: ItemID
    public var location: SourceLocation?
    public var turns: [TurnResult]

    public var passed: Bool { turns.allSatisfy(\.passed) }
}
