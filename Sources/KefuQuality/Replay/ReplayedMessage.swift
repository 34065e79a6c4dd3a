import KefuEngine

/// One chat-log message as the engine answered it in a replay: the entry, the reply, and the engine's
/// time. Rows for the conversation log are made from these where personal data is masked (KefuApp),
/// never here.
public struct ReplayedMessage: Sendable {
    public var entry: ChatLogEntry
    public var reply: EngineReply
    /// The engine's time for this message, in microseconds.
    public var micros: Double

    public init(entry: ChatLogEntry, reply: EngineReply, micros: Double) {
        self.entry = entry
        self.reply = reply
        self.micros = micros
    }
}
