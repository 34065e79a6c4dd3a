import Foundation
import KefuBundle
import KefuEngine

/// The engine's test shop (`Tests/KefuEngineTests/Fixtures/shop`: a Taobao women's clothing shop
/// with 41 FAQs, rules, templates, lexicons, agents and shop data), for every suite that needs a
/// realistic bundle.
public enum FixtureShop {
    public static let folder = URL(filePath: #filePath).deletingLastPathComponent()
        .appending(path: "../../Tests/KefuEngineTests/Fixtures/shop").standardizedFileURL

    /// A fresh copy of the shop in a temporary folder, to edit and sync.
    public static func copy() throws -> TemporaryFolder {
        let copy = try TemporaryFolder()
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            try FileManager.default.copyItem(at: folder.appending(path: name), to: copy.url.appending(path: name))
        }
        return copy
    }

    /// A copy with its store made by the built `kefu sync`, as the end-to-end tests start from.
    public static func syncedCopy() throws -> TemporaryFolder {
        let copy = try copy()
        let synced = try KefuBinary.run(["sync"], in: copy.url)
        guard synced.status == 0 else { throw FixtureError.syncFailed(synced.standardError) }
        return copy
    }

    public enum FixtureError: Error { case syncFailed(String) }

    /// The shop data of `data/*.csv` under `root`; absent files are empty tables.
    public static func shopData(in root: URL = folder) -> ShopDataTables {
        func rows(_ name: String) -> [[String: String]] {
            let path = "data/\(name)"
            guard let data = try? Data(contentsOf: root.appending(path: path)),
                let rows = try? DataTableReader.rows(of: data, path: path)
            else { return [] }
            return rows
        }
        return ShopDataTables(
            orders: rows("orders.csv"), products: rows("products.csv"), buyers: rows("buyers.csv"),
            sizeChart: rows("size_chart.csv"))
    }
}
