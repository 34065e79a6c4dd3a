/// Wholesale prices by quantity (1688 阶梯价): `tiers` like `1-49:25|50-199:22|200+:19.5`, and `moq`.
public struct TierPricing: Sendable {
    public struct Tier: Hashable, Sendable {
        public var minimum: Int
        public var maximum: Int?
        public var price: String
    }

    public let tiers: [Tier]

    public init(product: ShopRecord) {
        tiers = product.pairs("tiers").compactMap { range, price in
            if range.hasSuffix("+"), let minimum = Int(range.dropLast()) {
                return Tier(minimum: minimum, maximum: nil, price: price)
            }
            let bounds = range.split(separator: "-").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard bounds.count == 2 else { return nil }
            return Tier(minimum: bounds[0], maximum: bounds[1], price: price)
        }
    }

    /// The unit price for `quantity`; `nil` when no tier covers it.
    public func price(for quantity: Int) -> String? {
        tiers.first { quantity >= $0.minimum && quantity <= ($0.maximum ?? .max) }?.price
    }
}
