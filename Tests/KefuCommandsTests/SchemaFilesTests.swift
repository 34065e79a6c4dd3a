import Foundation
import KefuTestSupport
import Testing

/// The editor hint at the top of every bundle file points at `.kefu/schema/`, which is never part of the
/// bundle: before, a clone or a copied sample had none, and every hint pointed at nothing.
@Suite struct SchemaFilesTests {
    private func schemaExists(in root: URL) -> Bool {
        FileManager.default.fileExists(atPath: root.appending(path: ".kefu/schema/faq.json").path)
    }

    @Test func aCopiedSampleGetsItsSchemasOnTheFirstSync() throws {
        let folder = try TemporaryFolder("sample")
        let shop = folder.url.appending(path: "shop")
        try FileManager.default.copyItem(
            at: ShippedBundleTests.repository.appending(path: "Samples/taobao-apparel"), to: shop)
        try? FileManager.default.removeItem(at: shop.appending(path: ".kefu"))
        #expect(!schemaExists(in: shop))
        #expect(try KefuBinary.run(["sync"], in: shop).status == 0)
        #expect(schemaExists(in: shop))
    }

    @Test func aCloneHasItsSchemas() throws {
        let (shared, target) = try RemoteScenarioTests.makeRemote(.folder)
        defer { _ = shared }
        let wang = try TeamMember("xiaowang")
        let li = try TeamMember("xiaoli")
        try wang.succeed(["init", wang.root.path, "--name", "团队店"])
        try wang.succeed(["remote", "add", "origin", target])
        try wang.succeed(["push"])
        try li.succeed(["clone", target, li.root.path])
        #expect(schemaExists(in: li.root))
    }
}
