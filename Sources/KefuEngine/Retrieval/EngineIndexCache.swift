import Foundation

/// Where compiled engine parts are kept between processes. Compiling trains a classifier over every
/// question (seconds on a large bundle) and builds a phrase automaton over every keyword; reading kept
/// ones back is a copy of a few arrays, which is what lets a fresh `kefu ask` answer in milliseconds.
/// Keys name the content a part was compiled from, so a changed bundle never meets a stale part.
///
/// Keeping is best effort: a part that cannot be read or saved is compiled again, never an error.
public protocol EngineIndexCache: Sendable {
    /// The `part` kept under `key`, if any.
    func kept(_ part: KeptPart, forKey key: String) -> (any KeptBytes)?
    /// Keeps `data` as `part` under `key`, in place of that part kept for other content.
    func keep(_ data: Data, as part: KeptPart, forKey key: String)
    /// Keeps as `part` under `key` the bytes `write` hands to the sink it is given, in order, so that a
    /// large part is written as it is made instead of held whole first. Nothing is kept when `write` or
    /// the sink throws.
    func keep(
        as part: KeptPart, forKey key: String,
        writing write: (_ sink: (UnsafeRawBufferPointer) throws -> Void) throws -> Void)
}

extension EngineIndexCache {
    /// Gathers the bytes and keeps them as `keep(_:as:forKey:)` does: for caches that hold parts in memory.
    public func keep(
        as part: KeptPart, forKey key: String,
        writing write: (_ sink: (UnsafeRawBufferPointer) throws -> Void) throws -> Void
    ) {
        var data = Data()
        guard (try? write { data.append(contentsOf: $0) }) != nil else { return }
        keep(data, as: part, forKey: key)
    }
}
