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
        let moment = BundleDate(now, in: timeZone)
        return (moment, (moment.hour ?? 0) * 60 + (moment.minute ?? 0))
    }
}
