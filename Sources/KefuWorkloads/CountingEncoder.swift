import Foundation
import KefuEngine

/// A sentence model that counts the texts it is given: how a workload shows that an edit embeds only
/// what changed.
final class CountingEncoder: SentenceEncoder, @unchecked Sendable {
    let model: any SentenceEncoder
    private let lock = NSLock()
    private var count = 0

    init(_ model: any SentenceEncoder) { self.model = model }

    var identity: String { model.identity }
    var dimension: Int { model.dimension }

    /// The texts embedded so far.
    var texts: Int { lock.withLock { count } }

    func embed(_ texts: [String]) throws -> [Float] {
        lock.withLock { count += texts.count }
        return try model.embed(texts)
    }
}
