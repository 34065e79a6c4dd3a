/// The column names of the shop's data tables (`data/orders.csv`, `products.csv`, `buyers.csv`), which
/// templates may read as `order.COLUMN`, `product.COLUMN` and `buyer.COLUMN`.
public struct ShopDataColumns: Hashable, Sendable {
    public var orders: [String]
    public var products: [String]
    public var buyers: [String]

    public init(orders: [String] = [], products: [String] = [], buyers: [String] = []) {
        self.orders = orders
        self.products = products
        self.buyers = buyers
    }
}
