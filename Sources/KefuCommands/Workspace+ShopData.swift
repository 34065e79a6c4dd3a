import Foundation
import KefuBundle
import KefuEngine

extension Workspace {
    /// The shop data of `data/*.csv` (orders, products, buyers, size chart); absent files are empty.
    func shopData() throws -> ShopDataTables {
        func rows(_ name: String) throws -> [[String: String]] {
            let url = root.appending(path: "data/\(name)")
            guard let data = try? Data(contentsOf: url) else { return [] }
            return try DataTableReader.rows(of: data, path: "data/\(name)")
        }
        return ShopDataTables(
            orders: try rows("orders.csv"), products: try rows("products.csv"), buyers: try rows("buyers.csv"),
            sizeChart: try rows("size_chart.csv"))
    }
}
