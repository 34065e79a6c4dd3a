/// The column names of the shop's data tables (`data/orders.csv`, `products.csv`, `buyers.csv`), which
/// templates may read as `order.COLUMN`, `product.COLUMN` and `buyer.COLUMN`.
public struct ShopDataColumns: Hashable, Sendable {
    public var orders: [String]
    public var products: [String]
    public var buyers: [String]
    /// The data files the shop has (`orders.csv`, `size_chart.csv`, …), when known: `kefu check` warns
    /// about replies that print data from a file not among them. `nil`: not known, nothing is said.
    public var files: Set<String>?

    public init(orders: [String] = [], products: [String] = [], buyers: [String] = [], files: Set<String>? = nil) {
        self.orders = orders
        self.products = products
        self.buyers = buyers
        self.files = files
    }
}
