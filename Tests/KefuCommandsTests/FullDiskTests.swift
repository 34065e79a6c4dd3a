import Foundation
import KefuTestSupport
import Testing

/// Guarantee 4 on a real full disk: each command runs in a small tmpfs that holds the shop with only a
/// little room to spare, from a few pages up until the command fits. Every time it fails it says so and
/// leaves the state before (or, once committed, the state after); made roomy again, the same command
/// ends where an uninterrupted run does. Needs the right to mount (root in CI); skipped, saying so in
/// the run's output, where a tmpfs cannot be mounted. `FaultInjectionTests` covers the same paths on
/// every machine, with failing calls instead of a full disk.
@Suite(
    .enabled(
        if: Tmpfs.canMount,
        "skipped: a real full disk needs root and mount (a tmpfs); FaultInjectionTests covered the same paths"))
struct FullDiskTests {
    @Test(arguments: [ReliabilityScenario.Operation.sync, .pull, .import])
    func aFullDiskChangesNothingAndTheRerunFinishes(_ operation: ReliabilityScenario.Operation) throws {
        let work = try TemporaryFolder("full-disk-\(operation.rawValue)")
        let scenario = try ReliabilityScenario.prepare(operation, items: 300, in: work.url.appending(path: "template"))
        let reference = work.url.appending(path: "reference")
        try scenario.copy(to: reference)
        let before = try ReliabilityState(of: reference)
        #expect(
            try KefuBinary.run(scenario.arguments(in: reference), in: reference.appending(path: "shop")).status == 0)
        let after = try ReliabilityState(of: reference)

        let disk = work.url.appending(path: "disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        var failures = 0
        var slack = 4096
        while slack < 64 * 1024 * 1024 {
            #expect(Tmpfs.mount(at: disk, size: 256 << 20))
            defer { Tmpfs.unmount(disk) }
            let folder = disk.appending(path: "copy")
            try scenario.copy(to: folder)
            #expect(Tmpfs.resize(disk, to: (Tmpfs.used(disk) + slack + 4095) / 4096 * 4096))

            let result = try KefuBinary.run(scenario.arguments(in: folder), in: folder.appending(path: "shop"))
            // Room again before looking: opening a store in WAL mode needs a page for its shared memory.
            #expect(Tmpfs.resize(disk, to: 256 << 20))
            let during = try ReliabilityState(of: folder)
            if result.status == 0 {
                #expect(during == after)
                break
            }
            failures += 1
            if failures == 1 { print("full disk \(operation): \(result.standardError)") }
            let place = "\(operation) with \(slack) bytes free"
            #expect(
                result.standardError.hasPrefix("error: the disk is full or failing ("),
                "\(place): \(result.standardError)")
            #expect(result.standardError.hasSuffix("free some space and run the command again\n"), "\(place)")
            during.expectOldOrNew(before: before, after: after, place)
            let rerun = try KefuBinary.run(scenario.arguments(in: folder), in: folder.appending(path: "shop"))
            #expect(rerun.status == 0, "\(place): \(rerun.standardError)")
            try ReliabilityState(of: folder).expectFinished(like: after, place)
            slack *= 2
        }
        print("full disk \(operation): failed cleanly \(failures) times before it fitted with \(slack) bytes free")
        #expect(failures > 0)
    }
}
