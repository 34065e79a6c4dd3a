import Foundation
import KefuBundle
import KefuTestSupport
import Testing

@testable import KefuApp

/// Guarantee 4 under failing I/O: each command's work, run in-process, with the Nth write, fsync or
/// rename of its files failing (once, then from then on, like a disk that fills up), and with the Nth
/// write or sync of its SQLite store failing, for every N until the work no longer reaches N. After
/// each failure the store is sound and holds the state before or after, no revision is lost, every
/// file is whole, the remote is old or new, and the same work run again ends where an uninterrupted
/// run does.
///
/// `KEFU_FAULT_ITEMS` sizes the shop (100) and `KEFU_FAULT_STRIDE` picks which N to try: every fifth
/// in `make test`, every one (`1`) in `make soak`.
@Suite(.serialized) struct FaultInjectionTests {
    static let items = ProcessInfo.processInfo.environment["KEFU_FAULT_ITEMS"].flatMap(Int.init) ?? 100
    static let stride = ProcessInfo.processInfo.environment["KEFU_FAULT_STRIDE"].flatMap(Int.init) ?? 5

    /// One way of failing: the Nth call of a kind, once or from then on.
    enum Fault: CustomStringConvertible {
        case file(FaultyFileWriteCalls.Call, persistent: Bool)
        case store(FaultySQLite.Call, persistent: Bool)

        static let all: [Fault] =
            FaultyFileWriteCalls.Call.allCases.flatMap { [file($0, persistent: false), file($0, persistent: true)] }
            + [FaultySQLite.Call.write, .sync].flatMap { [store($0, persistent: false), store($0, persistent: true)] }

        var description: String {
            switch self {
            case .file(let call, let persistent): "file \(call)\(persistent ? " from then on" : " once")"
            case .store(let call, let persistent): "store \(call)\(persistent ? " from then on" : " once")"
            }
        }
    }

    @Test(arguments: ReliabilityScenario.Operation.allCases)
    func everyFailingWriteLeavesTheOldStateOrTheNew(_ operation: ReliabilityScenario.Operation) throws {
        let work = try TemporaryFolder("fault-\(operation.rawValue)")
        let scenario = try ReliabilityScenario.prepare(
            operation, items: Self.items, in: work.url.appending(path: "template"))
        let reference = work.url.appending(path: "reference")
        try scenario.copy(to: reference)
        let before = try ReliabilityState(of: reference)
        try scenario.run(in: reference, fileCalls: SystemFileWriteCalls())
        let after = try ReliabilityState(of: reference)
        #expect(after.store != before.store)

        var injected = 0
        var tried = 0
        for fault in Fault.all {
            var nth = 1
            while true {
                let folder = work.url.appending(path: "\(fault)-\(nth)".replacingOccurrences(of: " ", with: "-"))
                try scenario.copy(to: folder)
                let (error, failures) = Self.run(scenario, in: folder, failing: fault, nth: nth)
                guard failures > 0 else {
                    // The work no longer reaches call N: every N before it has been tried.
                    #expect(error == nil, "\(operation), \(fault): \(String(describing: error))")
                    try FileManager.default.removeItem(at: folder)
                    break
                }
                injected += failures
                let place = "\(operation), \(fault), call \(nth)"
                let during = try ReliabilityState(of: folder)
                // SQLite ignores a failed checkpoint (copying the WAL into the database after a commit):
                // the commit stands, so the work succeeded.
                if let error {
                    // What the seller reads is the full-disk message (the one FullDiskTests checks on a real
                    // full disk, where it can mount one), never a raw system error.
                    #expect(DiskFailure.matches(error), "\(place): \(error)")
                } else {
                    #expect(during == after, "\(place): the work failed without saying so")
                }
                during.expectOldOrNew(before: before, after: after, place)
                // With the disk working again, the same work finishes the job.
                #expect(throws: Never.self, "\(place)") {
                    try scenario.run(in: folder, fileCalls: SystemFileWriteCalls())
                }
                try ReliabilityState(of: folder).expectFinished(like: after, place)
                try FileManager.default.removeItem(at: folder)
                tried += 1
                nth += Self.stride
            }
        }
        print(
            "faults \(operation): \(tried) runs, \(injected) calls failed (\(Self.items) items, every \(Self.stride))")
        #expect(injected > 0)
    }

    /// Runs the scenario's work with `fault` at call `nth`: the error it threw, and how many calls failed.
    static func run(_ scenario: ReliabilityScenario, in folder: URL, failing fault: Fault, nth: Int) -> (
        error: (any Error)?, failures: Int
    ) {
        switch fault {
        case .file(let call, let persistent):
            let calls = FaultyFileWriteCalls(failing: [call], nth: nth, persistent: persistent)
            do {
                try scenario.run(in: folder, fileCalls: calls)
                return (nil, calls.failures)
            } catch {
                return (error, calls.failures)
            }
        case .store(let call, let persistent):
            let outcome = FaultySQLite.failing(call, nth: nth, persistent: persistent, under: folder) {
                try scenario.run(in: folder, fileCalls: SystemFileWriteCalls())
            }
            return (outcome.error, outcome.failures)
        }
    }
}
