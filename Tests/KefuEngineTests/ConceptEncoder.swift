import Foundation
import KefuEngine

/// A deterministic stand-in for the sentence model: each text's vector has one axis per concept whose
/// words it holds (料子 and 面料 share the axis "fabric"), plus a small axis of its own length, so two
/// texts are close exactly when they share concepts. It counts the texts it embeds.
final class ConceptEncoder: SentenceEncoder, @unchecked Sendable {
    static let concepts: [[String]] = [
        ["料子", "面料", "布料", "材质"],
        ["气死", "生气", "火大", "太过分"],
        ["起球"],
        ["发货", "寄出", "发出"],
    ]

    let identity: String
    let dimension = concepts.count + 1
    private let lock = NSLock()
    private var embedded: [String] = []
    private let fails: Bool

    init(identity: String = "concepts-v1", fails: Bool = false) {
        self.identity = identity
        self.fails = fails
    }

    /// Every text embedded so far, in order.
    var texts: [String] { lock.withLock { embedded } }

    func embed(_ texts: [String]) throws -> [Float] {
        if fails { throw SentenceEncoderError.wrongShape }
        lock.withLock { embedded += texts }
        return texts.flatMap { text in
            var vector = Self.concepts.map { words in words.contains { text.contains($0) } ? Float(1) : 0 }
            vector.append(0.3)
            let norm = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
            return vector.map { $0 / norm }
        }
    }
}
