import Foundation
import KefuCore

/// The FAQs or rules of a bundle in id order, as the engine reads them: decoded up front when the engine
/// is compiled, or decoded on first read (`LazyItems`) when its compiled parts were kept, since a fresh
/// `kefu ask` on a large shop looks at a handful of its thousands of items and decoding them all was
/// most of its time.
public struct ItemShelf<Model: Decodable & Sendable & Identifiable>: RandomAccessCollection, MutableCollection,
    ExpressibleByArrayLiteral, Sendable
where Model.ID == ItemID {
    /// Each item's id, known without decoding it.
    public private(set) var ids: [ItemID]
    private var decoded: [Sourced<Model>]
    private var lazy: LazyItems<Model>?

    public init(_ items: [Sourced<Model>]) {
        ids = items.map(\.item.id)
        decoded = items
        lazy = nil
    }

    public init(arrayLiteral items: Sourced<Model>...) {
        self.init(items)
    }

    /// Items decoded from `records` when first read. Only for records this kefu has decoded before, as
    /// the kept engine's key guarantees (see `LazyItems`).
    init(decodingOnFirstRead records: [ContentRecord]) {
        ids = records.map(\.id)
        decoded = []
        lazy = LazyItems(records: records)
    }

    /// Whether every item is decoded already (reading them all costs nothing more).
    public var isDecoded: Bool { lazy == nil }

    /// How many items are decoded so far.
    var decodedCount: Int { lazy?.decodedCount ?? decoded.count }

    public var startIndex: Int { 0 }
    public var endIndex: Int { ids.count }

    public subscript(position: Int) -> Sourced<Model> {
        get { lazy?.item(at: position) ?? decoded[position] }
        set {
            if let lazy {
                decoded = ids.indices.map { lazy.item(at: $0) }
                self.lazy = nil
            }
            decoded[position] = newValue
            ids[position] = newValue.item.id
        }
    }
}
