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

    /// `now` as a bundle date in the shop's time, for `active` windows.
    var moment: BundleDate? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: now)
        func pad(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        return BundleDate(
            parsing:
                "\(parts.year ?? 1970)-\(pad(parts.month))-\(pad(parts.day)) \(pad(parts.hour)):\(pad(parts.minute)):\(pad(parts.second))"
        )
    }

    /// Minutes after midnight in the shop's time, for agents' hours.
    var minuteOfDay: Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: now)
        return (parts.hour ?? 0) * 60 + (parts.minute ?? 0)
    }
}
