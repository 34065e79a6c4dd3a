/// The shop's own data the engine reads while answering (orders, products, buyers, the size chart).
/// The engine sees it only through this protocol; `ShopDataTables` holds it in memory.
public protocol ShopData: Sendable {
    func order(id: String) -> ShopRecord?
    func product(sku: String) -> ShopRecord?
    func buyer(id: String) -> ShopRecord?
    /// Rows of `size_chart.csv`, in the file's order.
    var sizeChart: [ShopRecord] { get }
}
