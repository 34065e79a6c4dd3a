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

    /// Two independent pieces of work at once, the second on another core when there is one; each
    /// result or error is kept, so the caller decides what a failure of either means.
    public static func both<First: Sendable, Second: Sendable>(
        _ first: @Sendable () throws -> First, _ second: @Sendable () throws -> Second
    ) -> (Result<First, any Error>, Result<Second, any Error>) {
        let firsts = LockedResults<Result<First, any Error>>(count: 1)
        let seconds = LockedResults<Result<Second, any Error>>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 {
                firsts.set(Result { try first() }, at: 0)
            } else {
                seconds.set(Result { try second() }, at: 0)
            }
        }
        // Each was set exactly once above.
        return (firsts.values[0], seconds.values[0])
    }
}
