/// Another kefu is changing the same store.
public enum StoreLockError: Error, Sendable {
    case busy
}
