import Foundation
import KefuBundle
import KefuCore
import KefuStore
import KefuSync
import KefuTestSupport
import Testing

/// Two members pushing to one shared folder at the same time, round after round, while a third
/// process reads it: every push lands or is told to pull first, no reader ever sees half a push, and
/// in the end both stores hold every edit.
@Suite struct RemoteConcurrencyTests {
    /// Rounds per member: 50 on a shared folder; git pushes are slower, so 20 there. `KEFU_PUSH_FACTOR`
    /// multiplies both (`make soak` runs 4 times as many).
    static func rounds(_ kind: RemoteScenarioTests.Kind) -> Int {
        let factor = ProcessInfo.processInfo.environment["KEFU_PUSH_FACTOR"].flatMap(Int.init) ?? 1
        return (kind == .folder ? 50 : 20) * factor
    }

    /// What one member saw over the rounds.
    struct Tally: Sendable {
        var landed = 0
        var refused = 0
        var unexpected: [String] = []
    }

    /// Every round runs, however long the machine takes; the time limit only turns a hang into a failure.
    @Test(.timeLimit(.minutes(30)), arguments: RemoteScenarioTests.Kind.allCases)
    func twoMembersPushingInALoopLoseNothing(_ kind: RemoteScenarioTests.Kind) throws {
        let rounds = Self.rounds(kind)
        let (shared, target) = try RemoteScenarioTests.makeRemote(kind)
        let wang = try TeamMember("xiaowang")
        let li = try TeamMember("xiaoli")
        try wang.succeed(["init", wang.root.path])
        try wang.succeed(["remote", "add", "origin", target])
        try wang.succeed(["push"])
        try li.succeed(["clone", target, li.root.path])

        let tallies = LockedValue<[String: Tally]>([:])
        let reads = LockedValue<(count: Int, problems: [String])>((0, []))
        let done = LockedValue(false)
        let readerFinished = DispatchSemaphore(value: 0)

        let reader = Thread {
            defer { readerFinished.signal() }
            // Reads the shared folder as a colleague's pull would, all through the loop.
            let remote =
                kind == .folder
                ? Remote(name: "origin", kind: .folder, target: target)
                : Remote(name: "origin", kind: .git, target: String(target.dropFirst("git+".count)))
            guard let store = try? Store.inMemory() else { return }
            let sync = RemoteSync(root: shared.url, store: store, author: "reader")
            var lastCount = 0
            while !done.withLock({ $0 }) {
                do {
                    let (bundle, _) = try sync.bundle(of: remote)
                    let count = bundle.items(of: .faq).count
                    reads.withLock { state in
                        state.count += 1
                        if count < lastCount { state.problems.append("items went from \(lastCount) to \(count)") }
                    }
                    lastCount = max(lastCount, count)
                } catch {
                    reads.withLock { $0.problems.append("read failed: \(error)") }
                }
            }
        }
        reader.start()

        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let member = index == 0 ? wang : li
            var tally = Tally()
            for round in 0..<rounds {
                do {
                    let id = "\(member.name)-\(round)"
                    try member.write(
                        "faq/\(id).yaml",
                        "- id: \(id)\n  question: \(member.name) 的问题 \(round)\n  answer: 回答 \(round)\n")
                    let push = try member.kefu(["push"])
                    if push.status == 0 {
                        tally.landed += 1
                    } else if push.standardError.contains("run `kefu pull origin`") {
                        tally.refused += 1
                        let pull = try member.kefu(["pull"])
                        if pull.status != 0 { tally.unexpected.append("pull: \(pull.standardError)") }
                    } else {
                        tally.unexpected.append("push: \(push.standardError)")
                    }
                } catch {
                    tally.unexpected.append("\(error)")
                }
            }
            let final = tally
            tallies.withLock { $0[member.name] = final }
        }
        done.withLock { $0 = true }
        readerFinished.wait()

        for (name, tally) in tallies.withLock({ $0 }) {
            #expect(tally.unexpected.isEmpty, "\(name): \(tally.unexpected)")
            #expect(tally.landed + tally.refused == rounds, "\(name): \(tally)")
            #expect(tally.landed > 0, "\(name) never pushed")
        }
        let (readCount, problems) = reads.withLock { $0 }
        #expect(problems.isEmpty, "\(problems)")
        #expect(readCount > 0)
        let landed = tallies.withLock { $0.values.map(\.landed).reduce(0, +) }
        print("push race \(kind): \(2 * rounds) pushes, \(landed) landed, the rest told to pull; \(readCount) reads")

        // Settle: whoever is behind pulls, and both push what is left.
        for _ in 0..<3 {
            for member in [wang, li] {
                try member.succeed(["pull"])
                _ = try member.kefu(["push"])
            }
        }
        try wang.succeed(["pull"])
        try li.succeed(["pull"])
        let final = try wang.items()
        #expect(try li.items() == final)
        for member in [wang, li] {
            for round in 0..<rounds {
                #expect(final["faq/\(member.name)-\(round)"] != nil, "lost \(member.name)-\(round)")
            }
        }
    }
}
