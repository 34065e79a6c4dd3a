import Foundation
import KefuTestSupport
import Testing

/// A conversation test carries the shop data it needs (`data:`), so it passes the same on every member's
/// machine: `data/` is local and never travels with a push.
@Suite struct TestDataTests {
    /// Before: after `kefu clone`, 7 of the 19 Taobao sample tests failed for want of `data/`.
    @Test(arguments: ["taobao-apparel", "1688-wholesale", "douyin-snacks", "aliexpress-electronics"])
    func everySampleTestPassesInAClone(_ sample: String) throws {
        let folder = try TemporaryFolder()
        let shop = folder.url.appending(path: "shop")
        try FileManager.default.copyItem(
            at: ShippedBundleTests.repository.appending(path: "Samples/\(sample)"), to: shop)
        let shared = folder.url.appending(path: "shared").path
        for arguments in [["sync"], ["remote", "add", "origin", shared], ["push"]] {
            let result = try KefuBinary.run(arguments, in: shop)
            #expect(result.status == 0, "\(arguments): \(result.standardError)")
        }
        let clone = folder.url.appending(path: "clone")
        #expect(try KefuBinary.run(["clone", shared, clone.path], in: folder.url).status == 0)
        #expect(!FileManager.default.fileExists(atPath: clone.appending(path: "data").path))
        let test = try KefuBinary.run(["test"], in: clone)
        #expect(test.status == 0, "\(test.standardOutput)")
        #expect(test.standardOutput.hasSuffix(" 0 failed\n"), "\(test.standardOutput)")
    }

    /// The test's rows replace the shop's own, and a table it does not give is empty.
    @Test func aTestPlaysOnItsOwnDataAlone() throws {
        let folder = try TemporaryFolder()
        let shop = folder.url.appending(path: "shop")
        try FileManager.default.copyItem(
            at: ShippedBundleTests.repository.appending(path: "Samples/taobao-apparel"), to: shop)
        let test = """
            - id: own-stock
              product: DR-101
              data:
                products:
                  - {sku: DR-101, title: 测试裙, sizes: S|M, stock: "S:0|M:99", price: 1}
              turns:
                - buyer: M码有货吗
                  expect: {reply_contains: 库存99件}
            - id: no-orders-here
              data:
                buyers: [{buyer_id: b9}]
              turns:
                - buyer: 订单3301003到哪了
                  expect: {reply_contains: 没有查到订单3301003}

            """
        try test.write(to: shop.appending(path: "tests/own.yaml"), atomically: true, encoding: .utf8)
        #expect(try KefuBinary.run(["sync"], in: shop).status == 0)
        let result = try KefuBinary.run(["test"], in: shop)
        #expect(result.status == 0, "\(result.standardOutput)")

        try test.replacingOccurrences(of: "buyers: [{buyer_id: b9}]", with: "invoices: [{buyer_id: b9}]").write(
            to: shop.appending(path: "tests/own.yaml"), atomically: true, encoding: .utf8)
        let refused = try KefuBinary.run(["check"], in: shop)
        #expect(refused.status == 65)
        #expect(
            refused.standardError.contains("tests/own.yaml:11:5: error: unknown field 'invoices'"),
            "\(refused.standardError)")
    }
}
