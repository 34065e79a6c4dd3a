import Foundation

/// Where compiled FAQ indexes are kept between processes. Compiling trains a classifier over every
/// question (seconds on a large bundle); reading a kept one back is a copy of a few arrays, which is
/// what lets a fresh `kefu ask` answer in milliseconds. Keys name the content an index was compiled
/// from, so a changed bundle never meets a stale index.
///
/// Keeping is best effort: an index that cannot be read or saved is compiled again, never an error.
public protocol EngineIndexCache: Sendable {
    /// The index kept under `key`, if any.
    func index(forKey key: String) -> Data?
    /// Keeps `index` under `key`, in place of indexes kept for other content.
    func save(_ index: Data, forKey key: String)
}
