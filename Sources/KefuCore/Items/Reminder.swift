/// A message the shop sends first (自动提醒), by a rule over `data/orders.csv`: to orders in one of
/// `status`, once the time in the order's `from` column (`status_at` unless named) is `after` behind,
/// or `before` ahead (a presale balance due). Each order gets each reminder at most once; quiet hours
/// and a daily cap per buyer come from bundle.yaml's `reminders`.
public struct Reminder: Hashable, Sendable, Codable {
    /// The orders.csv column a reminder measures from when it names none.
    public static let defaultColumn = "status_at"
    /// How long a reminder stays worth sending after it falls due, unless it says: a day-old "your order
    /// is waiting for payment" is noise.
    public static let defaultExpiry = ReminderDuration(seconds: 86_400)

    public var id: ItemID
    public var status: [String]
    public var from: String
    public var after: ReminderDuration?
    public var before: ReminderDuration?
    public var expires: ReminderDuration
    public var reply: Reply

    enum CodingKeys: String, CodingKey {
        case id, status, from, after, before, expires, reply
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(ItemID.self, forKey: .id)
        status = try container.decode([String].self, forKey: .status)
        from = try container.decodeIfPresent(String.self, forKey: .from) ?? Self.defaultColumn
        func duration(_ key: CodingKeys) throws -> ReminderDuration? {
            guard let text = try container.decodeIfPresent(String.self, forKey: key) else { return nil }
            guard let duration = ReminderDuration(parsing: text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container, debugDescription: "not a duration: \(text)")
            }
            return duration
        }
        after = try duration(.after)
        before = try duration(.before)
        expires = try duration(.expires) ?? Self.defaultExpiry
        reply = try container.decode(Reply.self, forKey: .reply)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(status, forKey: .status)
        try container.encode(from, forKey: .from)
        try container.encodeIfPresent(after?.description, forKey: .after)
        try container.encodeIfPresent(before?.description, forKey: .before)
        try container.encode(expires.description, forKey: .expires)
        try container.encode(reply, forKey: .reply)
    }
}
