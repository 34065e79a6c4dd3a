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
}
