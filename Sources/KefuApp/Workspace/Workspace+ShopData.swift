import Foundation
import KefuBundle
import KefuCore
import KefuEngine

extension Workspace {
    /// The shop data of `data/*.csv` (orders, products, buyers, size chart); absent files are empty.
    public func shopData() throws -> ShopDataTables {
        let files = try shopDataFiles()
        func rows(_ name: String) throws -> [[String: String]] {
            let path = "data/\(name)"
            return try files[path].map { try DataTableReader.rows(of: $0, path: path) } ?? []
        }
        return ShopDataTables(
            orders: try rows("orders.csv"), products: try rows("products.csv"), buyers: try rows("buyers.csv"),
            sizeChart: try rows("size_chart.csv"))
    }

    /// The columns of `data/orders.csv`, `products.csv` and `buyers.csv`, which templates may use.
    public func shopDataColumns() throws -> ShopDataColumns {
        let files = try shopDataFiles()
        func columns(_ name: String) throws -> [String] {
            let path = "data/\(name)"
            return try files[path].map { try DataTableReader.columns(of: $0, path: path) } ?? []
        }
        return ShopDataColumns(
            orders: try columns("orders.csv"), products: try columns("products.csv"),
            buyers: try columns("buyers.csv"), files: Set(files.keys.map { String($0.dropFirst("data/".count)) }))
    }

    /// The shop's time zone (`timezone` in bundle.yaml; Asia/Shanghai when it names none), read from the
    /// folder's own bundle.yaml.
    public func timeZone() -> TimeZone {
        let manifest = root.appending(path: BundleLayout.manifestFile)
        let settings = (try? Data(contentsOf: manifest)).flatMap {
            BundleLoader().readFile(BundleLayout.manifestFile, data: $0)?.items.first { $0.key == .bundleSettings }
        }
        return BundleSettings.timeZone(named: settings?.fields["timezone"]?.text)
    }
}
