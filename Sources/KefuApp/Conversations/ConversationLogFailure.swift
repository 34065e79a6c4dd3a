import KefuEngine

/// The conversation log could not be written after a message was answered: the reply is here all the
/// same, so a test chat can show it and go on while a command fails with `underlying`.
public struct ConversationLogFailure: Error {
    public let reply: EngineReply
    public let underlying: any Error
}
