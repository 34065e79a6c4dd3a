import KefuCore

extension ActiveWindow {
    /// Where `moment` falls: a day-only `until` includes the whole of that day.
    public func status(at moment: BundleDate) -> ActivityStatus {
        if let from = from.flatMap(BundleDate.init(parsing:)), moment < from { return .notYetActive }
        if let until = until.flatMap(BundleDate.init(parsing:)) {
            let ended =
                until.hour == nil
                ? (moment.year, moment.month, moment.day) > (until.year, until.month, until.day)
                : until < moment
            if ended { return .expired }
        }
        return .active
    }
}
