import Foundation
import GRDB
import KefuStore
import KefuTestSupport
import Testing

/// Two kefu processes on one store: they take turns (the store lock, SQLite's busy wait) or the later
/// one is told "the store is busy", and the store stays sound with every edit in it.
///
/// `KEFU_RACE_ROUNDS` sizes the loops (10; `make soak` runs 100).
@Suite struct RaceTests {
    static let rounds = ProcessInfo.processInfo.environment["KEFU_RACE_ROUNDS"].flatMap(Int.init) ?? 10

    /// Starts `kefu ARGUMENTS` in `folder` and returns a way to wait for its result.
    static func start(_ arguments: [String], in folder: URL, environment: [String: String] = [:], input: String = "")
        -> () throws -> KefuBinary.Result
    {
        let result = LockedValue<KefuBinary.Result?>(nil)
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            let run = try? KefuBinary.run(arguments, in: folder, environment: environment, input: input)
            result.withLock { $0 = run }
            done.signal()
        }
        return {
            done.wait()
            return try #require(result.withLock { $0 }, "kefu \(arguments.joined(separator: " ")) did not start")
        }
    }

    static func integrity(_ shop: Shop) throws -> [String] {
        try DatabaseQueue(path: shop.root.appending(path: Store.relativePath).path).read { db in
            try String.fetchAll(db, sql: "PRAGMA integrity_check")
        }
    }

    /// Each round edits the folder and starts two syncs at once. Waiting (the default) both succeed; not
    /// waiting (`KEFU_LOCK_TIMEOUT=0`) each either succeeds or is told the store is busy. Either way the
    /// edit is in the store once a sync has run.
    @Test(arguments: [true, false])
    func twoSyncsAtOnceTakeTurns(waiting: Bool) throws {
        let shop = try Shop()
        let environment = waiting ? [:] : ["KEFU_LOCK_TIMEOUT": "0"]
        var busyCount = 0
        for round in 0..<Self.rounds {
            let answer = "亲,付款后\(round + 1)小时内发货~"
            let text = try shop.folder.read("faq/faq.yaml")
            try shop.folder.write([
                "faq/faq.yaml": text.replacingOccurrences(
                    of: #"付款后\d+小时内发货~"#, with: answer, options: .regularExpression)
            ])
            let first = Self.start(["sync"], in: shop.root, environment: environment)
            let second = Self.start(["sync"], in: shop.root, environment: environment)
            let results = [try first(), try second()]
            for result in results where result.status != 0 {
                // Told who holds the store: the other sync.
                #expect(!waiting && result.status == 1, "\(result.standardError)")
                #expect(result.standardError.hasPrefix("error: the store is busy: pid "), "\(result.standardError)")
                #expect(result.standardError.hasSuffix(": kefu sync is changing it; try again in a moment\n"))
                busyCount += 1
            }
            #expect(results.contains { $0.status == 0 }, "round \(round): neither sync ran")
            #expect(try Self.integrity(shop) == ["ok"])
            let stored = try shop.kefu(["show", "faq/shipping-time"]).standardOutput
            #expect(stored.contains("\(round + 1)小时内发货"), "round \(round): the edit is not in the store")
        }
        print("race sync/sync (\(waiting ? "waiting" : "not waiting")): \(Self.rounds) rounds, \(busyCount) told busy")
    }

    /// Two syncs started while the store is held (here by the test) run at the same time: each says it
    /// waits, and for whom, before the holder lets go; then they take turns, the edit lands once, and
    /// the second finds nothing left to do. Not waiting (`KEFU_LOCK_TIMEOUT=0`), both are told the store
    /// is busy and change nothing.
    @Test func syncsThatOverlapWaitForTheHolderAndTakeTurns() throws {
        let shop = try Shop()
        try shop.edit(shop.folder, "faq/faq.yaml", replacing: "48小时内发货", with: "12小时内发货")
        let storeURL = shop.root.appending(path: Store.relativePath)
        var held: StoreLock? = try StoreLock(beside: storeURL, holder: "the race test")
        let holder = "pid \(getpid()): the race test"

        for _ in 0..<2 {
            let refused = try KefuBinary.run(["sync"], in: shop.root, environment: ["KEFU_LOCK_TIMEOUT": "0"])
            #expect(refused.status == 1)
            #expect(
                refused.standardError == "error: the store is busy: \(holder) is changing it; try again in a moment\n")
        }
        #expect(try !shop.kefu(["show", "faq/shipping-time"]).standardOutput.contains("12小时内发货"))

        let first = try StreamingKefu(["sync"], in: shop.root)
        let second = try StreamingKefu(["sync"], in: shop.root)
        // Both are running, and both are waiting on the held lock: they overlap.
        #expect(first.waitForError(containing: "note: waiting for \(holder) to finish with the store"))
        #expect(second.waitForError(containing: "note: waiting for \(holder) to finish with the store"))
        withExtendedLifetime(held) {}
        held = nil
        let results = [first.finish(), second.finish()]
        #expect(results.map(\.status) == [0, 0], "\(results.map(\.standardError))")
        #expect(try Self.integrity(shop) == ["ok"])
        #expect(try shop.kefu(["show", "faq/shipping-time"]).standardOutput.contains("12小时内发货"))
        // One sync took the edit in; the other, after it, found the folder and the store agreeing.
        let changesets = try Store.open(at: storeURL).changesets().filter { $0.operation == .sync }
        #expect(changesets.count == 2, "the first sync and the one that took the edit")
    }

    /// A scripted chat answering and logging messages while syncs with edits run beside it: every
    /// message is answered and logged, every sync lands, and the store stays sound.
    @Test func aSyncWhileAChatRunsLosesNeitherSide() throws {
        let shop = try Shop()
        let messages = Array(repeating: ["什么时候发货", "能退货吗"], count: 25 * Self.rounds).flatMap { $0 }
        let chat = Self.start(["chat"], in: shop.root, input: messages.joined(separator: "\n") + "\n")
        for round in 0..<Self.rounds {
            let text = try shop.folder.read("faq/faq.yaml")
            try shop.folder.write([
                "faq/faq.yaml": text.replacingOccurrences(
                    of: #"商品需保持完好(\d*)~"#, with: "商品需保持完好\(round)~", options: .regularExpression)
            ])
            try shop.expectSuccess(try shop.kefu(["sync"]))
        }
        let result = try chat()
        #expect(result.status == 0, "\(result.standardError)")
        // One line per message (an empty one once the chat has handed the buyer to a person).
        #expect(result.standardOutput.components(separatedBy: "\n").count == messages.count + 1)
        #expect(try Self.integrity(shop) == ["ok"])
        let logged = try DatabaseQueue(path: shop.root.appending(path: Store.relativePath).path).read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM conversationMessage WHERE origin = 'chat'") ?? 0
        }
        #expect(logged == messages.count)
        #expect(try shop.kefu(["show", "faq/return-policy"]).standardOutput.contains("商品需保持完好\(Self.rounds - 1)~"))
    }
}
