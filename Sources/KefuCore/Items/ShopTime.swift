import Foundation

/// A time as platforms export it, in chat logs and `data/orders.csv`: ISO 8601 with an offset
/// (`2026-11-03T20:15:00+08:00`, fractions of a second allowed), or a wall-clock time without one
/// (`2026-11-03 20:15:00`, `2026-11-03T20:15`), which is the shop's, in `timeZone`.
public enum ShopTime {
    public static func date(_ text: String, in timeZone: TimeZone) -> Date? {
        if let date = (try? Date(text, strategy: plain)) ?? (try? Date(text, strategy: fractional)) { return date }
        return BundleDate(parsing: text)?.date(in: timeZone)
    }

    // Value-type parsers made once: a formatter per line was once most of the cost of reading a big log.
    private static let plain = Date.ISO8601FormatStyle()
    private static let fractional = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
}
