import Synchronization

/// A value worked out the first time it is asked for, then kept; safe to ask from many threads. For what
/// is costly to find and often not needed at all (the author of a sync runs `git config`, and a plan, a
/// status or an unsynced notice records nothing).
public final class ResolvedOnce<Value: Sendable>: Sendable {
    private let resolve: @Sendable () -> Value
    private let resolved = Mutex<Value?>(nil)

    public init(_ resolve: @escaping @Sendable () -> Value) {
        self.resolve = resolve
    }

    /// A value known already.
    public convenience init(known value: Value) {
        self.init { value }
    }

    public var value: Value {
        resolved.withLock { kept in
            if let kept { return kept }
            let value = resolve()
            kept = value
            return value
        }
    }
}
