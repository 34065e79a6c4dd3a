/// Every name a reply template can use (Documentation/BundleFormat.md, "Template variables"): what
/// `TemplateVariables` fills in while answering, with the shop's own data columns. `kefu check` reads
/// templates against it, so an unknown name is an error before a buyer sees an empty gap.
public struct TemplateVocabulary: Sendable {
    /// What a name holds: text, a yes/no for sections, or a record of named fields.
    public indirect enum Shape: Sendable, Equatable {
        case value
        case flag
        case record([String: Shape])
    }

    /// Columns Documentation/BundleFormat.md documents, usable before the shop has filled in its data files.
    static let documentedOrderColumns = ["status", "carrier", "tracking", "last_event", "refund_status"]
    static let documentedProductColumns = ["title", "price", "moq", "sizes", "colours", "stock", "tiers"]
    static let documentedBuyerColumns = ["region"]
    /// What the session adds to the product in view (stock for the named size, tier price, …).
    static let productFlags = ["in_stock", "has_size", "has_colour", "below_moq", "sold_out"]
    static let productValues = [
        "sku", "stock_for_size", "price_for_quantity", "sizes_in_stock", "colours_in_stock", "variants_in_stock",
        "variant",
        "unsold",
    ]
    /// The entities the extractor names (`Entities.described`).
    static let entityNames = ["order", "tracking", "quantity", "size", "height", "weight", "colour", "product"]

    /// The top-level names.
    public let root: [String: Shape]

    public init(columns: ShopDataColumns = ShopDataColumns()) {
        func record(_ names: [String], flags: [String] = []) -> Shape {
            var fields = Dictionary(names.map { ($0, Shape.value) }) { first, _ in first }
            for flag in flags { fields[flag] = .flag }
            return .record(fields)
        }
        root = [
            "shop": record(["name"]),
            "buyer": record(["id", "tags", "buyer_id"] + Self.documentedBuyerColumns + columns.buyers),
            "order": record(["id", "order_id"] + Self.documentedOrderColumns + columns.orders),
            "product": record(
                Self.productValues + Self.documentedProductColumns + columns.products, flags: Self.productFlags),
            "size": .value, "colour": .value, "quantity": .value, "height": .value, "weight": .value,
            "recommended_size": .value,
            "entities": record(Self.entityNames),
        ]
    }

    /// The shape at a dotted path (`order.status`), or `nil` when nothing provides it.
    public func shape(of path: [String]) -> Shape? {
        guard let first = path.first, var shape = root[first] else { return nil }
        for name in path.dropFirst() {
            guard case .record(let fields) = shape, let inner = fields[name] else { return nil }
            shape = inner
        }
        return shape
    }
}
