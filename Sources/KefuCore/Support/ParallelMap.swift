import Foundation

/// Work that is independent per element (reading and parsing files, one each) spread over all cores,
/// with the results in the elements' order, so the outcome does not depend on how it was split.
public enum ParallelMap {
    public static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        let results = LockedResults<Result>(count: elements.count)
        DispatchQueue.concurrentPerform(iterations: elements.count) { index in
            results.set(transform(elements[index]), at: index)
        }
        return results.values
    }

    /// `transform` over consecutive runs of about `chunkSize` elements, in parallel, flattened in order:
    /// for many small pieces of work, where one task each would cost more than the work.
    public static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], chunkSize: Int, _ transform: @Sendable (ArraySlice<Element>) -> [Result]
    ) -> [Result] {
        let starts = Array(stride(from: 0, to: elements.count, by: max(1, chunkSize)))
        return map(starts) { start in
            transform(elements[start..<min(elements.count, start + chunkSize)])
        }.flatMap { $0 }
    }

    /// Two independent pieces of work at once: the first on the calling thread, the second on another
    /// (not through `concurrentPerform`: work it runs may use all cores itself, and a nested
    /// `concurrentPerform` runs serially). Each result or error is kept, so the caller decides what a
    /// failure of either means.
    public static func both<First: Sendable, Second: Sendable>(
        _ first: () throws -> First, _ second: @Sendable () throws -> Second
    ) -> (Result<First, any Error>, Result<Second, any Error>) {
        let seconds = LockedResults<Result<Second, any Error>>(count: 1)
        let done = DispatchGroup()
        let firstResult = withoutActuallyEscaping(second) { second in
            DispatchQueue.global().async(group: done) { seconds.set(Result { try second() }, at: 0) }
            let result = Result { try first() }
            done.wait()
            return result
        }
        // Set exactly once above, before the wait returned.
        return (firstResult, seconds.values[0])
    }
}
