import Foundation
import KefuCore
import KefuTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Guarantee 4 under SIGKILL: `kefu sync`, `pull`, `push`, `import` and `rollback`, each killed at
/// seeded random moments while it writes the store and many files, leave a sound store holding the
/// state before or the state after, every revision that existed, whole files (and, until the folder's
/// baseline moves, the folder exactly as before), a remote at its old snapshot or its new one; and
/// running the command again ends exactly where an uninterrupted run does.
///
/// Pull, import and rollback commit their merge, then write the folder with a sync of its own: killed
/// between the two, the store holds the result and the folder its old files, which the next kefu
/// writes. A sync is one transaction: its store and folder baseline move together.
///
/// `KEFU_KILL_ROUNDS` (10), `KEFU_KILL_ITEMS` (1,000), `KEFU_KILL_SEED` and `KEFU_KILL_MINUTES` (a bound on
/// each command's loop, 5) size it; `make soak` runs 100 rounds on 3,000 items.
@Suite struct KillTests {
    static let environment = ProcessInfo.processInfo.environment
    static let rounds = environment["KEFU_KILL_ROUNDS"].flatMap(Int.init) ?? 10
    static let items = environment["KEFU_KILL_ITEMS"].flatMap(Int.init) ?? 1000
    static let seed = environment["KEFU_KILL_SEED"].flatMap(UInt64.init) ?? 20_261_121
    static let timeLimit = Duration.seconds(60 * (environment["KEFU_KILL_MINUTES"].flatMap(Int.init) ?? 5))

    @Test(arguments: ReliabilityScenario.Operation.allCases)
    func killedAtAnyMomentNothingIsLost(_ operation: ReliabilityScenario.Operation) throws {
        let work = try TemporaryFolder("kill-\(operation.rawValue)")
        let scenario = try ReliabilityScenario.prepare(
            operation, items: Self.items, in: work.url.appending(path: "template"))

        // The uninterrupted outcome, and how long it takes, to pick kill moments within it.
        let reference = work.url.appending(path: "reference")
        try scenario.copy(to: reference)
        let before = try ReliabilityState(of: reference)
        let clock = ContinuousClock()
        var result: KefuBinary.Result?
        let duration = try clock.measure {
            result = try KefuBinary.run(scenario.arguments(in: reference), in: reference.appending(path: "shop"))
        }
        #expect(result?.status == 0, "\(result?.standardError ?? "")")
        let after = try ReliabilityState(of: reference)
        #expect(after.store != before.store && after.files != before.files)
        if operation == .push { #expect(after.remote != before.remote) }

        let index = ReliabilityScenario.Operation.allCases.firstIndex(of: operation) ?? 0
        var random = SeededGenerator(seed: Self.seed &+ UInt64(index))
        let deadline = clock.now + Self.timeLimit
        var killedMidway = 0
        var rounds = 0
        for round in 0..<Self.rounds where clock.now < deadline {
            let folder = work.url.appending(path: "round-\(round)")
            try scenario.copy(to: folder)
            let shop = folder.appending(path: "shop")
            let process = Process()
            process.executableURL = KefuBinary.url
            process.arguments = scenario.arguments(in: folder)
            process.currentDirectoryURL = shop
            process.environment = KefuBinary.environment()
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // A moment within the run (a few after it ends, which must also be fine).
            let moment = duration * Double.random(in: 0...1.1, using: &random)
            usleep(UInt32(moment.components.seconds * 1_000_000 + moment.components.attoseconds / 1_000_000_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal { killedMidway += 1 }

            let during = try ReliabilityState(of: folder)
            let place = "\(operation) round \(round) at \(moment)"
            during.expectOldOrNew(before: before, after: after, place)
            if during.store == before.store {
                #expect(during.folderBaseline == before.folderBaseline, "\(place): the folder moved before the store")
            }
            if operation == .sync {
                #expect((during.store == after.store) == (during.folderBaseline == after.folderBaseline), "\(place)")
            }

            // Running the command again finishes the job.
            let rerun = try KefuBinary.run(scenario.arguments(in: folder), in: shop)
            #expect(rerun.status == 0, "\(place): \(rerun.standardError)")
            try ReliabilityState(of: folder).expectFinished(like: after, place)
            try FileManager.default.removeItem(at: folder)
            rounds += 1
        }
        print("kill \(operation): \(killedMidway) of \(rounds) runs killed before they finished (\(Self.items) items)")
        // Kills that all land after the command ended would test nothing.
        #expect(killedMidway > 0 || rounds == 0)
    }
}
