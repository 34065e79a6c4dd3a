import Foundation
import KefuTestSupport
import Testing

/// `kefu rollback` shows what it will change and never writes over an edit the folder has not synced
/// (it once synced a saved test first and then rolled it away).
@Suite struct RollbackCommandTests {
    @Test func aDryRunListsTheChangesAndAnUnsyncedEditIsRefusedNotLost() throws {
        let sample = try SampleShop()
        let (folder, shop) = (sample.folder, sample.root)
        let presale = shop.appending(path: "faq/presale.yaml")
        let original = try String(contentsOf: presale, encoding: .utf8)
        try original.replacingOccurrences(of: "付款后48小时内发货", with: "付款后24小时内发货").write(
            to: presale, atomically: true, encoding: .utf8)
        #expect(try KefuBinary.run(["sync"], in: shop).status == 0)
        let saved = "- id: saved\n  turns:\n    - buyer: 多久发货\n      expect: {faq: shipping-time}\n"
        let test = shop.appending(path: "tests/saved.yaml")
        try saved.write(to: test, atomically: true, encoding: .utf8)

        let dry = try KefuBinary.run(["rollback", "1", "--dry-run"], in: shop)
        #expect(dry.status == 0)
        #expect(
            dry.standardOutput
                == "Rolling back to changeset #1 would change 1 item:\n  change faq/shipping-time back\n")
        #expect(dry.standardError.contains("the folder has 1 edit not synced yet (test/saved)"))
        #expect(try String(contentsOf: presale, encoding: .utf8).contains("24小时内发货"), "a dry run changes nothing")

        let refused = try KefuBinary.run(["rollback", "1"], in: shop)
        #expect(refused.status == 1)
        #expect(refused.standardError.contains("run kefu sync first"))
        #expect(try String(contentsOf: test, encoding: .utf8) == saved)
        #expect(try String(contentsOf: presale, encoding: .utf8).contains("24小时内发货"))

        #expect(try KefuBinary.run(["sync"], in: shop).status == 0)
        let plan = try KefuBinary.run(["rollback", "1", "--dry-run", "--json"], in: shop)
        let object = try #require(JSONSerialization.jsonObject(with: Data(plan.standardOutput.utf8)) as? [String: Any])
        let actions = (object["actions"] as? [[String: String]])?.map { "\($0["action"] ?? "") \($0["item"] ?? "")" }
        #expect(actions == ["change faq/shipping-time", "remove test/saved"])
        #expect((object["unsynced"] as? [String]) == [])
        #expect(try KefuBinary.run(["rollback", "1"], in: shop).status == 0)
        #expect(try String(contentsOf: presale, encoding: .utf8).contains("48小时内发货"))
        // The rolled-away test is still in history.
        let history = try KefuBinary.run(["log", "test/saved"], in: shop)
        #expect(history.standardOutput.split(separator: "\n").count == 2)
    }
}
