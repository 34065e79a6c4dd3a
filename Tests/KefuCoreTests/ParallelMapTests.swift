import Foundation
import KefuCore
import Synchronization
import Testing

/// Work spread over cores comes back in order, and `both` runs its two pieces on two threads, the first on
/// the caller's (a nested `concurrentPerform` would have run the whole engine compile on one core).
@Suite struct ParallelMapTests {
    @Test func resultsKeepTheElementsOrderWhateverTheSplit() {
        let numbers = Array(0..<10_000)
        #expect(ParallelMap.map(numbers) { $0 * 3 } == numbers.map { $0 * 3 })
        for chunk in [1, 7, 512, 20_000] {
            #expect(ParallelMap.map(numbers, chunkSize: chunk) { $0.map { $0 + 1 } } == numbers.map { $0 + 1 })
        }
    }

    @Test func bothRunsTheFirstHereAndTheSecondElsewhereKeepingEachResultOrError() throws {
        struct Refused: Error {}
        let caller = pthread_self()
        let secondThread = Mutex<pthread_t?>(nil)
        let (first, second) = ParallelMap.both(
            { () throws -> Int in
                #expect(pthread_equal(pthread_self(), caller) != 0, "the first piece runs on the caller's thread")
                return 41 + 1
            },
            { () throws -> String in
                secondThread.withLock { $0 = pthread_self() }
                throw Refused()
            })
        #expect(try first.get() == 42)
        #expect(throws: Refused.self) { try second.get() }
        let elsewhere = try #require(secondThread.withLock { $0 }, "the second piece ran before both returned")
        #expect(pthread_equal(elsewhere, caller) == 0, "the second piece runs on another thread")

        // Work that spreads itself over the cores still does from inside either piece.
        let (spread, _) = ParallelMap.both({ ParallelMap.map(Array(0..<1_000)) { $0 * 2 } }, { 0 })
        #expect(try spread.get() == (0..<1_000).map { $0 * 2 })
    }
}
