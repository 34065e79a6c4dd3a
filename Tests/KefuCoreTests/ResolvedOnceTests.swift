import Foundation
import KefuCore
import Synchronization
import Testing

/// A value worked out only when asked for, and only once however many threads ask.
@Suite struct ResolvedOnceTests {
    @Test func resolvesOnFirstAskAndOnlyOnce() {
        let calls = Mutex(0)
        let author = ResolvedOnce<String> {
            calls.withLock { $0 += 1 }
            return "阿梅"
        }
        #expect(calls.withLock { $0 } == 0, "nothing is resolved before it is asked for")
        let answers = ParallelMap.map(Array(0..<200)) { _ in author.value }
        #expect(answers.allSatisfy { $0 == "阿梅" })
        #expect(calls.withLock { $0 } == 1)
        #expect(ResolvedOnce(known: "tester").value == "tester")
    }
}
