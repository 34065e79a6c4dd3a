/// bundle.yaml's `reminders`: when the shop keeps quiet and how many reminders one buyer gets a day.
/// Platforms restrict messages a shop starts, and buyers block shops that nag.
public struct ReminderSettings: Hashable, Sendable, Codable {
    public static let defaultQuietHours = WorkingHours(parsing: "22:00-08:00")
    public static let defaultPerBuyerPerDay = 2

    public var quietHours: WorkingHours?
    public var perBuyerPerDay: Int

    public init(quietHours: WorkingHours? = defaultQuietHours, perBuyerPerDay: Int = defaultPerBuyerPerDay) {
        self.quietHours = quietHours
        self.perBuyerPerDay = perBuyerPerDay
    }

    enum CodingKeys: String, CodingKey {
        case quietHours = "quiet_hours"
        case perBuyerPerDay = "per_buyer_per_day"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        quietHours =
            try container.decodeIfPresent(String.self, forKey: .quietHours).flatMap(WorkingHours.init(parsing:))
            ?? Self.defaultQuietHours
        perBuyerPerDay = try container.decodeIfPresent(Int.self, forKey: .perBuyerPerDay) ?? Self.defaultPerBuyerPerDay
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(quietHours?.description, forKey: .quietHours)
        try container.encode(perBuyerPerDay, forKey: .perBuyerPerDay)
    }
}
