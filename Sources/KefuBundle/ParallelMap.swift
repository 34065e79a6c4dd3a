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
}
