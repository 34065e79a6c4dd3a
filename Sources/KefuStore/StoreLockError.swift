/// Another kefu is changing the same store.
public enum StoreLockError: Error, Sendable, Equatable {
    /// Held past the wait by `holder` (what it wrote in the lock file: its pid and command), or by a
    /// holder that wrote nothing.
    case busy(holder: String?)
}
