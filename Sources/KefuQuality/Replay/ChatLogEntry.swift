import Foundation

/// One buyer message of a chat log (Documentation/ChatLogs.md): when, in which conversation, from whom,
/// what, and what a person answered when one did.
public struct ChatLogEntry: Hashable, Sendable {
    public var time: Date
    public var session: String
    public var buyer: String
    public var text: String
    /// `text`, `image`, `video`, `voice`, `sticker`.
    public var type: String
    public var humanReply: String?
    public var humanReplyTime: Date?
    /// Where the chat happened (`live`, `shop`), when the log says.
    public var channel: String?
    /// The line of the log it was read from, for messages about it.
    public var line: Int

    public init(
        time: Date, session: String, buyer: String, text: String, type: String = "text", humanReply: String? = nil,
        humanReplyTime: Date? = nil, channel: String? = nil, line: Int = 0
    ) {
        self.time = time
        self.session = session
        self.buyer = buyer
        self.text = text
        self.type = type
        self.humanReply = humanReply
        self.humanReplyTime = humanReplyTime
        self.channel = channel
        self.line = line
    }
}
