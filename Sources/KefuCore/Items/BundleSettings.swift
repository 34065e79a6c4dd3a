import Foundation

/// The shop-wide settings of `bundle.yaml` that travel with the bundle (its `id` and `version` do not:
/// they belong to each copy, see `BundleManifest`).
public struct BundleSettings: Hashable, Sendable, Codable {
    /// FAQ confidence thresholds.
    public struct Thresholds: Hashable, Sendable, Codable {
        /// At or above: answer.
        public static let defaultAnswer = 0.4
        /// Between this and `answer`: offer the top choices.
        public static let defaultSuggest = 0.3

        public var answer: Double
        public var suggest: Double

        public init(answer: Double = defaultAnswer, suggest: Double = defaultSuggest) {
            self.answer = answer
            self.suggest = suggest
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            answer = try container.decodeIfPresent(Double.self, forKey: .answer) ?? Self.defaultAnswer
            suggest = try container.decodeIfPresent(Double.self, forKey: .suggest) ?? Self.defaultSuggest
        }
    }

    public var name: String
    public var platform: String
    /// The first is the default locale.
    public var locales: [String]
    public var welcome: ItemID?
    public var fallback: ItemID
    public var thresholds: Thresholds
    /// The shop's time zone (an IANA name), for times written without an offset, as platforms export
    /// chat logs. Asia/Shanghai when the bundle names none.
    public var timezone: String?
    /// Quiet hours and the daily cap for the reminders the shop sends first.
    public var reminders: ReminderSettings

    /// The time zone of `timezone`, `defaultTimeZone` when the bundle names none.
    public var timeZone: TimeZone { Self.timeZone(named: timezone) }

    /// The shops kefu serves are in China: their platforms' exports are in Beijing time.
    public static let defaultTimeZone = TimeZone(identifier: "Asia/Shanghai") ?? .current

    /// The time zone `name` names (as bundle.yaml's `timezone` does), `defaultTimeZone` for none.
    public static func timeZone(named name: String?) -> TimeZone {
        name.flatMap(TimeZone.init(identifier:)) ?? defaultTimeZone
    }

    enum CodingKeys: String, CodingKey {
        case name, platform, locales, welcome, fallback, thresholds, timezone, reminders
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        platform = try container.decodeIfPresent(String.self, forKey: .platform) ?? "generic"
        locales = try container.decodeIfPresent([String].self, forKey: .locales) ?? ["zh-CN"]
        welcome = try container.decodeIfPresent(ItemID.self, forKey: .welcome)
        fallback = try container.decode(ItemID.self, forKey: .fallback)
        thresholds = try container.decodeIfPresent(Thresholds.self, forKey: .thresholds) ?? Thresholds()
        timezone = try container.decodeIfPresent(String.self, forKey: .timezone)
        reminders = try container.decodeIfPresent(ReminderSettings.self, forKey: .reminders) ?? ReminderSettings()
    }

}
