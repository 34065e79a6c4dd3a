import Foundation
import KefuCore
import KefuTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Guarantee 4 under SIGKILL: `kefu sync`, `pull`, `push`, `import` and `rollback`, each killed at the
/// crash points it passes while it writes the store and many files (a file written beside its target,
/// renamed into place or removed; a store transaction about to commit, or committed: `CrashPoints`),
/// leave a sound store holding the state before or the state after, every revision that existed, whole
/// files (and, until the folder's baseline moves, the folder exactly as before), a remote at its old
/// snapshot or its new one; and running the command again ends exactly where an uninterrupted run does.
///
/// An uninterrupted run lists the points it passes (`KEFU_CRASH_LOG`); each round then runs the command
/// again with `KEFU_CRASH_AT=N`, which kills it at the Nth point, so every round is a kill mid-run, the
/// same one on any machine, whatever its speed.
///
/// Pull, import and rollback commit their merge, then write the folder with a sync of its own: killed
/// between the two, the store holds the result and the folder its old files, which the next kefu
/// writes. A sync is one transaction: its store and folder baseline move together.
///
/// Every point is tried; `KEFU_KILL_ROUNDS` tries that many of them instead, chosen with `KEFU_KILL_SEED`.
/// `KEFU_KILL_ITEMS` sizes the shop (1,000; `make soak` runs 3,000).
@Suite struct KillTests {
    static let environment = ProcessInfo.processInfo.environment
    static let rounds = environment["KEFU_KILL_ROUNDS"].flatMap(Int.init) ?? 0
    static let items = environment["KEFU_KILL_ITEMS"].flatMap(Int.init) ?? 1000
    static let seed = environment["KEFU_KILL_SEED"].flatMap(UInt64.init) ?? 20_261_121

    @Test(arguments: ReliabilityScenario.Operation.allCases)
    func killedAtAnyPointNothingIsLost(_ operation: ReliabilityScenario.Operation) throws {
        let work = try TemporaryFolder("kill-\(operation.rawValue)")
        let scenario = try ReliabilityScenario.prepare(
            operation, items: Self.items, in: work.url.appending(path: "template"))

        // The uninterrupted outcome, and the crash points it passes on the way.
        let reference = work.url.appending(path: "reference")
        try scenario.copy(to: reference)
        let before = try ReliabilityState(of: reference)
        let log = work.url.appending(path: "points.log")
        let result = try KefuBinary.run(
            scenario.arguments(in: reference), in: reference.appending(path: "shop"),
            environment: ["KEFU_CRASH_LOG": log.path])
        #expect(result.status == 0, "\(result.standardError)")
        let after = try ReliabilityState(of: reference)
        #expect(after.store != before.store && after.files != before.files)
        if operation == .push { #expect(after.remote != before.remote) }
        let points = try String(contentsOf: log, encoding: .utf8).split(separator: "\n").map(String.init)
        // Every command writes files and commits to the store; a list without either would test nothing.
        #expect(points.contains("file renamed into place"), "\(Set(points))")
        #expect(points.contains("store transaction about to commit"), "\(Set(points))")

        let index = ReliabilityScenario.Operation.allCases.firstIndex(of: operation) ?? 0
        var random = SeededGenerator(seed: Self.seed &+ UInt64(index))
        let chosen =
            Self.rounds == 0 || Self.rounds >= points.count
            ? Array(1...points.count) : Array((1...points.count).shuffled(using: &random).prefix(Self.rounds)).sorted()
        for point in chosen {
            let folder = work.url.appending(path: "point-\(point)")
            try scenario.copy(to: folder)
            let shop = folder.appending(path: "shop")
            let killed = try KefuBinary.run(
                scenario.arguments(in: folder), in: shop, environment: ["KEFU_CRASH_AT": "\(point)"])
            let place = "\(operation) killed at point \(point) of \(points.count) (\(points[point - 1]))"
            #expect(killed.signal == SIGKILL, "\(place): \(killed.status) \(killed.standardError)")

            let during = try ReliabilityState(of: folder)
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
        }
        print("kill \(operation): killed at \(chosen.count) of \(points.count) crash points (\(Self.items) items)")
    }
}
