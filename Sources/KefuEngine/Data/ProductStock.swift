import Foundation

/// A product's stock by variant, from its `stock` cell in `data/products.csv`: by size (`S:12|M:0`), by
/// colour (`白色:3|黑色:0`, when the colour is in the `colours` column) or by both (`白色/S:3|黑色/M:0`).
/// A question names a size, a colour, both or neither; the answer is the stock of every variant that
/// matches what it names.
struct ProductStock {
    struct Variant {
        var colour: String?
        var size: String?
        var count: Int
    }

    let variants: [Variant]
    /// The `sizes` column: the sizes sold, in the order sellers list them (small to large).
    let sizes: [String]
    /// The `colours` column: the colours sold.
    let colours: [String]

    init(product: ShopRecord) {
        sizes = product.list("sizes")
        let colours = product.list("colours")
        self.colours = colours
        variants = product.pairs("stock").compactMap { pair in
            guard let count = Int(pair.value) else { return nil }
            if let slash = pair.key.firstIndex(of: "/") {
                return Variant(
                    colour: String(pair.key[..<slash]), size: String(pair.key[pair.key.index(after: slash)...]),
                    count: count)
            }
            let isColour = colours.contains { Self.same($0, pair.key) }
            return Variant(colour: isColour ? pair.key : nil, size: isColour ? nil : pair.key, count: count)
        }
    }

    var isEmpty: Bool { variants.isEmpty }
    /// Every variant the cell lists is at 0.
    var isSoldOut: Bool { variants.allSatisfy { $0.count == 0 } }

    /// The size asked for as the product spells it (its `sizes` column, else its stock cell), or `nil`
    /// when it does not sell that size.
    func soldSize(_ asked: String) -> String? {
        sizes.first { Self.same($0, asked) } ?? variants.compactMap(\.size).first { Self.same($0, asked) }
    }

    /// The colour asked for as the `colours` column spells it, or `nil` when the product does not list it.
    func soldColour(_ asked: String) -> String? {
        colours.first { Self.same($0, asked) }
    }

    /// The stock of the variants that match `colour` and `size` (either may be unknown), or `nil` when no
    /// variant matches: the cell says nothing about that one.
    func count(colour: String?, size: String?) -> Int? {
        let matching = variants.filter { matches($0, colour: colour, size: size) }
        return matching.isEmpty ? nil : matching.reduce(0) { $0 + $1.count }
    }

    /// The sizes with stock left, in `colour` when one is named, in the order of the `sizes` column (of
    /// the cell for sizes the column does not list).
    func sizesInStock(colour: String?) -> [String] {
        let sizes = names(\.size, inStockWhere: { matches($0, colour: colour, size: nil) })
        let rank = { (size: String) in self.sizes.firstIndex { Self.same($0, size) } ?? self.sizes.count }
        return sizes.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(
            \.element)
    }

    /// The colours with stock left, in `size` when one is named, in the order of the cell.
    func coloursInStock(size: String?) -> [String] {
        names(\.colour, inStockWhere: { matches($0, colour: nil, size: size) })
    }

    /// Everything with stock left, for a reply that names no variant: `S/M/L`, `浅蓝/深蓝`, or by colour
    /// when the cell has both (`浅蓝 S/L, 深蓝 S/M`); `nil` when nothing is left.
    func variantsInStock() -> String? {
        let colours = coloursInStock(size: nil)
        let listed =
            variants.contains(where: { $0.colour != nil && $0.size != nil })
            ? colours.map { "\($0) \(sizesInStock(colour: $0).joined(separator: "/"))" }.joined(separator: ", ")
            : (colours + sizesInStock(colour: nil)).joined(separator: "/")
        return listed.isEmpty ? nil : listed
    }

    private func names(_ name: KeyPath<Variant, String?>, inStockWhere include: (Variant) -> Bool) -> [String] {
        var seen: [String] = []
        for variant in variants where variant.count > 0 && include(variant) {
            if let value = variant[keyPath: name], !seen.contains(where: { Self.same($0, value) }) {
                seen.append(value)
            }
        }
        return seen
    }

    /// A variant matches what is named; a variant the cell keys by size only matches any colour, and
    /// one keyed by colour only matches any size.
    private func matches(_ variant: Variant, colour: String?, size: String?) -> Bool {
        if let colour, let own = variant.colour, !Self.same(own, colour) { return false }
        if let size, let own = variant.size, !Self.same(own, size) { return false }
        if colour != nil, variant.colour == nil, size == nil { return false }
        if size != nil, variant.size == nil, colour == nil { return false }
        return true
    }

    /// Sizes and colours as sellers and buyers write them: `xl` is `XL`.
    static func same(_ left: String, _ right: String) -> Bool {
        left.caseInsensitiveCompare(right) == .orderedSame
    }
}
