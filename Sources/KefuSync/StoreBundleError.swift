/// Why the store cannot be written out as a bundle.
public enum StoreBundleError: Error, Sendable {
    /// The store holds no `bundle/bundle` settings item: it was never synced with a bundle.
    case noSettings
}
