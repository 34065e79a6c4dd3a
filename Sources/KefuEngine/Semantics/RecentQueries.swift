import Foundation

/// The last few hundred messages' embeddings and closest FAQs, by normalised text, so that a repeated
/// message (在吗, 发什么快递) costs no model call and no scan. Shared by every thread answering from one
/// engine; the oldest entry goes first when it is full.
final class RecentQueries: @unchecked Sendable {
    static let capacity = 512

    private let lock = NSLock()
    private var entries: [String: SemanticQuery] = [:]
    private var order: [String] = []
    private var next = 0

    func query(for text: String) -> SemanticQuery? {
        lock.withLock { entries[text] }
    }

    func remember(_ query: SemanticQuery, for text: String) {
        lock.withLock {
            guard entries[text] == nil else { return }
            if order.count < Self.capacity {
                order.append(text)
            } else {
                entries[order[next]] = nil
                order[next] = text
                next = (next + 1) % Self.capacity
            }
            entries[text] = query
        }
    }
}
