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
}
