import ArgumentParser
import Foundation
import KefuApp
import KefuCore

/// `--now`: the shop's time a command runs at (`kefu check`, `kefu test`, `kefu chat`, `kefu remind`), so
/// that `active` windows and agents' hours read the same on any day (CI, a test written during Double 11).
/// It is read on the shop's clock (bundle.yaml `timezone`), as every answer is, whatever the machine's.
struct ClockOptions: ParsableArguments {
    @Option(help: ArgumentHelp(Messages.text(.optNow), valueName: "TIME"))
    var now: String?

    /// The moment to run at in `timeZone`: `--now` read as the shop's wall clock, or the current time.
    /// - Throws: `AppFailure` (usage) for a time that does not read.
    func moment(in timeZone: TimeZone) throws -> Date {
        guard let now else { return Date() }
        guard let wall = BundleDate(parsing: now) else { throw AppFailure(.usage, Message(.invalidNow, now)) }
        return wall.date(in: timeZone)
    }

    /// The clock a long-running command answers by: always `--now` when given, else the current time.
    /// - Throws: `AppFailure` (usage) for a time that does not read.
    func clock(in timeZone: TimeZone) throws -> @Sendable () -> Date {
        guard now != nil else { return { Date() } }
        let fixed = try moment(in: timeZone)
        return { fixed }
    }
}
