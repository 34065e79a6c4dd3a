import Foundation
import KefuCore

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
    /// The buyer's rating of the reply to this message, and what they said with it, when the log has them.
    public var rating: BuyerRating?
    public var ratingComment: String?
    /// Where the chat happened (`live`, `shop`), when the log says.
    public var channel: String?
    /// The line of the log it was read from, for messages about it.
    public var line: Int

    public init(
        time: Date, session: String, buyer: String, text: String, type: String = "text", humanReply: String? = nil,
        humanReplyTime: Date? = nil, rating: BuyerRating? = nil, ratingComment: String? = nil, channel: String? = nil,
        line: Int = 0
    ) {
        self.time = time
        self.session = session
        self.buyer = buyer
        self.text = text
        self.type = type
        self.humanReply = humanReply
        self.humanReplyTime = humanReplyTime
        self.rating = rating
        self.ratingComment = ratingComment
        self.channel = channel
        self.line = line
    }
}
