import Foundation

/// A day or a moment in an item's `active` window: `2026-11-01`, or `2026-11-10 20:00` (seconds allowed,
/// `T` accepted as the separator). Kept as written in the shop's own time; no time zone.
public struct BundleDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int, month: Int, day: Int
    public let hour: Int?, minute: Int?, second: Int?

    /// A moment from its parts, as a calendar gives them (already valid).
    public init(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        (self.year, self.month, self.day) = (year, month, day)
        (self.hour, self.minute, self.second) = (hour, minute, second)
    }

    /// `date` as a clock on the wall in `timeZone` shows it: the moment `active` windows are read at.
    public init(_ date: Date, in timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        self.init(
            year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1, hour: parts.hour ?? 0,
            minute: parts.minute ?? 0, second: parts.second ?? 0)
    }

    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let dateAndTime = trimmed.split(omittingEmptySubsequences: true) { $0 == " " || $0 == "T" }
        guard dateAndTime.count == 1 || dateAndTime.count == 2 else { return nil }
        let date = dateAndTime[0].split(separator: "-", omittingEmptySubsequences: false)
        guard date.count == 3, date[0].count == 4, let year = Int(date[0]), let month = Int(date[1]),
            let day = Int(date[2]), (1...12).contains(month), (1...Self.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
        guard dateAndTime.count == 2 else {
            (hour, minute, second) = (nil, nil, nil)
            return
        }
        let time = dateAndTime[1].split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
        guard time.count == 2 || time.count == 3, let hour = time[0], let minute = time[1],
            (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        let second = time.count == 3 ? time[2] : 0
        guard let second, (0...59).contains(second) else { return nil }
        (self.hour, self.minute, self.second) = (hour, minute, time.count == 3 ? second : nil)
    }

    /// The moment this wall-clock time is in `timeZone` (a day alone is its midnight).
    public func date(in timeZone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = DateComponents(
            year: year, month: month, day: day, hour: hour ?? 0, minute: minute ?? 0, second: second ?? 0)
        return calendar.date(from: parts) ?? Date(timeIntervalSince1970: 0)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The canonical spelling: `2026-11-01` or `2026-11-10 20:00[:05]`.
    public var description: String {
        let date = "\(Self.pad(year, 4))-\(Self.pad(month))-\(Self.pad(day))"
        guard let hour, let minute else { return date }
        let time = "\(Self.pad(hour)):\(Self.pad(minute))"
        return second.map { "\(date) \(time):\(Self.pad($0))" } ?? "\(date) \(time)"
    }

    private static func pad(_ number: Int, _ width: Int = 2) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private var sortKey: [Int] { [year, month, day, hour ?? 0, minute ?? 0, second ?? 0] }

    public static func < (lhs: BundleDate, rhs: BundleDate) -> Bool {
        lhs.sortKey.lexicographicallyPrecedes(rhs.sortKey)
    }
}
