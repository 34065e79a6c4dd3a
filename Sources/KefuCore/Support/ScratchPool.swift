import Synchronization

/// Working buffers that are costly to allocate (dense over a bundle's questions or FAQs), lent to one
/// caller at a time and taken back, so that concurrent answers each have their own and a message costs
/// what it touches rather than an allocation the size of the bundle.
public final class ScratchPool<Scratch: Sendable>: Sendable {
    private let idle = Mutex<[Scratch]>([])
    private let make: @Sendable () -> Scratch
    /// Buffers kept idle at most; more are dropped when returned (a burst of concurrent callers).
    private let keep: Int

    /// A pool that makes buffers with `make` when none is idle.
    public init(keep: Int = 8, make: @escaping @Sendable () -> Scratch) {
        self.make = make
        self.keep = keep
    }

    /// Calls `body` with a buffer nobody else is using. `body` must leave it as it found it (cleared).
    public func withScratch<Result>(_ body: (inout Scratch) throws -> Result) rethrows -> Result {
        var scratch = idle.withLock { $0.popLast() } ?? make()
        defer {
            idle.withLock { buffers in
                if buffers.count < keep { buffers.append(scratch) }
            }
        }
        return try body(&scratch)
    }
}
