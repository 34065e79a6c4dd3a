import Foundation

/// An agent's hours: one or more `HH:MM-HH:MM` ranges, separated by commas. A range may pass midnight
/// (`22:00-02:00`).
public struct WorkingHours: Hashable, Sendable, CustomStringConvertible {
    /// One range, in minutes after midnight; `end` may be smaller than `start` when it passes midnight.
    public struct Range: Hashable, Sendable {
        public let start: Int
        public let end: Int

        /// Whether the minute of the day `minute` falls inside this range.
        public func contains(minuteOfDay minute: Int) -> Bool {
            start <= end ? (start..<end).contains(minute) : minute >= start || minute < end
        }
    }

    public let ranges: [Range]

    public init?(parsing text: String) {
        var ranges: [Range] = []
        for part in text.split(separator: ",") {
            let bounds = part.split(separator: "-").map { Self.minutes(String($0)) }
            guard bounds.count == 2, let start = bounds[0], let end = bounds[1], start != end else { return nil }
            ranges.append(Range(start: start, end: end))
        }
        guard !ranges.isEmpty else { return nil }
        self.ranges = ranges
    }

    /// Whether someone with these hours is on duty at `minute` after midnight.
    public func contains(minuteOfDay minute: Int) -> Bool {
        ranges.contains { $0.contains(minuteOfDay: minute) }
    }

    private static func minutes(_ text: String) -> Int? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":")
        guard parts.count == 2, parts[1].count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]),
            (0...24).contains(hour), (0...59).contains(minute), hour * 60 + minute <= 24 * 60
        else { return nil }
        return hour * 60 + minute
    }

    public var description: String {
        ranges.map { "\(Self.clock($0.start))-\(Self.clock($0.end))" }.joined(separator: ", ")
    }

    /// `HH:MM` for minutes after midnight (`24:00` for the end of the day).
    public static func clock(_ minutes: Int) -> String {
        let hour = minutes / 60, minute = minutes % 60
        return (hour < 10 ? "0\(hour)" : "\(hour)") + ":" + (minute < 10 ? "0\(minute)" : "\(minute)")
    }
}
