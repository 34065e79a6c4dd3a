import Foundation
import KefuCore

/// The variables a reply can use (Documentation/BundleFormat.md, "Template variables"), gathered from the session's
/// entities, the buyer, the product in view and the shop data; and which `needs` they satisfy.
struct TemplateVariables {
    private(set) var context: [String: Any] = [:]
    /// The `needs` names that are satisfied: `order`, `product`, `size`, `quantity`, `height_weight`.
    private(set) var satisfied: Set<String> = []
    /// Why a need is not satisfied, for the trace (`order 12345 not in orders.csv`).
    private(set) var gaps: [String: String] = [:]

    init(session: SessionState, buyer: ShopRecord?, buyerTags: [String], shopName: String, shop: any ShopData) {
        let entities = session.entities
        set("shop", ["name": shopName])

        var buyerValues = buyer?.filledColumns ?? [:]
        buyerValues["id"] = session.buyer ?? buyerValues["buyer_id"]
        buyerValues["tags"] = buyerTags.joined(separator: ", ")
        set("buyer", buyerValues)

        if let orderID = entities.order {
            if let order = shop.order(id: orderID) {
                var values = order.filledColumns
                values["id"] = orderID
                set("order", values)
                satisfied.insert("order")
            } else {
                gaps["order"] = "order \(orderID) is not in data/orders.csv"
            }
        } else {
            gaps["order"] = "no order number yet"
        }

        if let sku = session.product ?? entities.product, let product = shop.product(sku: sku) {
            var values: [String: Any] = product.filledColumns
            values["sku"] = sku
            Self.addStock(of: product, asked: entities, to: &values)
            if let quantity = entities.quantity {
                let pricing = TierPricing(product: product)
                values["price_for_quantity"] = pricing.price(for: quantity) ?? product["price"] ?? ""
                if let moq = product["moq"].flatMap(Int.init) { values["below_moq"] = quantity < moq }
            }
            set("product", values)
            satisfied.insert("product")
        } else {
            gaps["product"] =
                session.product.map { "product \($0) is not in data/products.csv" } ?? "no product in view"
        }

        if let size = entities.size {
            set("size", size)
            satisfied.insert("size")
        }
        if let colour = entities.colour { set("colour", colour) }
        if let quantity = entities.quantity {
            set("quantity", String(quantity))
            satisfied.insert("quantity")
        }
        if let height = entities.height { set("height", Entities.format(height)) }
        if let weight = entities.weight { set("weight", Entities.format(weight)) }
        if entities.height != nil, entities.weight != nil {
            satisfied.insert("height_weight")
            if let size = SizeAdvisor().recommend(
                height: entities.height, weight: entities.weight, chart: shop.sizeChart)
            {
                set("recommended_size", size)
            } else {
                gaps["recommended_size"] =
                    shop.sizeChart.isEmpty ? "no data/size_chart.csv" : "no size in data/size_chart.csv fits"
            }
        }
        var named: [String: String] = [:]
        for (name, value) in entities.described { named[name] = value }
        set("entities", named)
    }

    /// Stock for the product in view: of the variant asked (a size, a colour or both) when the product
    /// sells it, else which sizes and colours are left and what was asked that it does not sell.
    private static func addStock(of product: ShopRecord, asked entities: Entities, to values: inout [String: Any]) {
        let stock = ProductStock(product: product)
        // What the product sells of what was asked; a name it does not list is not a variant of it.
        let size = entities.size.flatMap(stock.soldSize)
        let colour = entities.colour.flatMap(stock.soldColour)
        if entities.size != nil { values["has_size"] = size != nil }
        if entities.colour != nil, !stock.colours.isEmpty { values["has_colour"] = colour != nil }
        var unsold: [String] = []
        if let asked = entities.colour, colour == nil, !stock.colours.isEmpty { unsold.append(asked) }
        if let asked = entities.size, size == nil, !(stock.sizes.isEmpty && stock.isEmpty) { unsold.append(asked) }
        if !unsold.isEmpty { values["unsold"] = unsold.joined(separator: " ") }
        guard !stock.isEmpty else { return }
        values["sold_out"] = stock.isSoldOut
        let sizesLeft = stock.sizesInStock(colour: colour)
        if !sizesLeft.isEmpty { values["sizes_in_stock"] = sizesLeft.joined(separator: "/") }
        let coloursLeft = stock.coloursInStock(size: size)
        if !coloursLeft.isEmpty { values["colours_in_stock"] = coloursLeft.joined(separator: "/") }
        if let left = stock.variantsInStock() { values["variants_in_stock"] = left }
        // A variant is answered only when all of it is sold: not "M in stock" to a buyer who asked for black M.
        if unsold.isEmpty, size != nil || colour != nil, let count = stock.count(colour: colour, size: size) {
            values["variant"] = [colour, size].compactMap { $0 }.joined(separator: " ")
            values["stock_for_size"] = String(count)
            values["in_stock"] = count > 0
        }
    }

    /// Why the value a reply prints at `path` is missing, for the trace.
    func reason(forGap path: String) -> String {
        if let reason = gaps[path] { return reason }
        let parts = path.split(separator: ".").map(String.init)
        let tables = ["order": "data/orders.csv", "product": "data/products.csv", "buyer": "data/buyers.csv"]
        if parts.count == 2, let table = tables[parts[0]] { return "no \(parts[1]) in \(table) for this one" }
        return "no value"
    }

    /// Flat `name.key = value` pairs for the trace, made only when a trace asks.
    var flat: [String: String] {
        var pairs: [String: String] = [:]
        for (name, value) in context {
            if let record = value as? [String: Any] {
                for (key, inner) in record { pairs["\(name).\(key)"] = "\(inner)" }
            } else {
                pairs[name] = "\(value)"
            }
        }
        return pairs
    }

    private mutating func set(_ name: String, _ value: Any) {
        context[name] = value
    }
}
