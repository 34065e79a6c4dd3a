/// What a buyer's messages said that a reply can use: order and tracking numbers, a quantity, a size,
/// height and weight, a colour, the product in view. Later messages fill in or replace earlier values.
public struct Entities: Hashable, Sendable, Codable {
    public var order: String?
    public var tracking: String?
    public var quantity: Int?
    /// The unit the quantity was given in (件, 个, pcs, …).
    public var unit: String?
    /// Letter sizes upper-cased (`XL`), numeric sizes as written (`38`).
    public var size: String?
    /// Centimetres.
    public var height: Double?
    /// Kilograms.
    public var weight: Double?
    public var colour: String?
    public var product: String?

    public init() {}

    /// These entities, with every value `newer` has replacing this one's.
    public func merging(_ newer: Entities) -> Entities {
        var merged = self
        merged.order = newer.order ?? order
        merged.tracking = newer.tracking ?? tracking
        if let quantity = newer.quantity {
            merged.quantity = quantity
            merged.unit = newer.unit
        }
        merged.size = newer.size ?? size
        merged.height = newer.height ?? height
        merged.weight = newer.weight ?? weight
        merged.colour = newer.colour ?? colour
        merged.product = newer.product ?? product
        return merged
    }

    /// Name and value of each entity found, for the trace and the handoff summary.
    public var described: [(name: String, value: String)] {
        var pairs: [(String, String)] = []
        if let order { pairs.append(("order", order)) }
        if let tracking { pairs.append(("tracking", tracking)) }
        if let quantity { pairs.append(("quantity", "\(quantity)\(unit ?? "")")) }
        if let size { pairs.append(("size", size)) }
        if let height { pairs.append(("height", "\(Self.format(height))cm")) }
        if let weight { pairs.append(("weight", "\(Self.format(weight))kg")) }
        if let colour { pairs.append(("colour", colour)) }
        if let product { pairs.append(("product", product)) }
        return pairs
    }

    /// A number without a trailing `.0`, one decimal at most.
    static func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
