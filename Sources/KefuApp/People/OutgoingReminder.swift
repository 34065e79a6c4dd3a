import Foundation

/// A reminder to send now, as `kefu remind --json` prints it (one JSON line each) for a bridge to deliver.
public struct OutgoingReminder: Encodable, Sendable, Hashable {
    public var reminder: String
    public var order: String
    public var buyer: String?
    public var text: String
    public var dueAt: Date

    enum CodingKeys: String, CodingKey {
        case reminder, order, buyer, text
        case dueAt = "due_at"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(reminder, forKey: .reminder)
        try container.encode(order, forKey: .order)
        try container.encode(buyer, forKey: .buyer)
        try container.encode(text, forKey: .text)
        try container.encode(dueAt.formatted(.iso8601), forKey: .dueAt)
    }
}
