/// Shop data held in memory, keyed for lookups: what `data/*.csv` holds.
public struct ShopDataTables: ShopData {
    private let orders: [String: ShopRecord]
    private let products: [String: ShopRecord]
    private let buyers: [String: ShopRecord]
    public let sizeChart: [ShopRecord]
    /// Every order, in the file's order (reminders go through them all).
    public let allOrders: [ShopRecord]

    /// Rows by column name; the key columns are `order_id`, `sku` and `buyer_id`.
    public init(
        orders: [[String: String]] = [], products: [[String: String]] = [], buyers: [[String: String]] = [],
        sizeChart: [[String: String]] = []
    ) {
        func keyed(_ rows: [[String: String]], by column: String) -> [String: ShopRecord] {
            var table: [String: ShopRecord] = [:]
            for row in rows {
                let record = ShopRecord(row)
                if let key = record[column] { table[key] = record }
            }
            return table
        }
        self.orders = keyed(orders, by: "order_id")
        self.allOrders = orders.map(ShopRecord.init)
        self.products = keyed(products, by: "sku")
        self.buyers = keyed(buyers, by: "buyer_id")
        self.sizeChart = sizeChart.map(ShopRecord.init)
    }

    public func order(id: String) -> ShopRecord? { orders[id] }
    public func product(sku: String) -> ShopRecord? { products[sku] }
    public func buyer(id: String) -> ShopRecord? { buyers[id] }

    /// Every product's SKU, and every buyer's id, sorted (the console offers them as choices).
    public var productSKUs: [String] { products.keys.sorted() }
    public var buyerIDs: [String] { buyers.keys.sorted() }
}
