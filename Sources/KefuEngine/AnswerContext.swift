import Foundation
import KefuCore

/// What an answer depends on besides the message and the session: the shop data, the clock, the
/// agents' current load, and whether to record the trace.
public struct AnswerContext: Sendable {
    public var shop: any ShopData
    public var now: Date
    public var timeZone: TimeZone
    public var agentLoad: [ItemID: Int]
    public var trace: Bool

    public init(
        shop: any ShopData = ShopDataTables(), now: Date = Date(), timeZone: TimeZone = .current,
        agentLoad: [ItemID: Int] = [:], trace: Bool = true
    ) {
        self.shop = shop
        self.now = now
        self.timeZone = timeZone
        self.agentLoad = agentLoad
        self.trace = trace
    }

    /// `now` in the shop's time: as a bundle date for `active` windows, and in minutes after midnight
    /// for agents' hours.
    var clock: (moment: BundleDate, minuteOfDay: Int) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: now)
        let (hour, minute) = (parts.hour ?? 0, parts.minute ?? 0)
        let moment = BundleDate(
            year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1, hour: hour, minute: minute,
            second: parts.second ?? 0)
        return (moment, hour * 60 + minute)
    }
}
