import ArgumentParser
import Foundation
import KefuApp
import KefuCore

/// `--now`: the shop's time a command runs at (`kefu check`, `kefu test`), so that `active` windows
/// and agents' hours read the same on any day (CI, a test written during Double 11).
struct ClockOptions: ParsableArguments {
    @Option(help: ArgumentHelp(Messages.text(.optNow), valueName: "TIME"))
    var now: String?

    /// The moment to run at in `timeZone`: `--now` read as the shop's wall clock, or the current time.
    /// - Throws: `AppFailure` (usage) for a time that does not read.
    func moment(in timeZone: TimeZone = .current) throws -> Date {
        guard let now else { return Date() }
        guard let wall = BundleDate(parsing: now) else { throw AppFailure(.usage, Message(.invalidNow, now)) }
        return wall.date(in: timeZone)
    }
}
