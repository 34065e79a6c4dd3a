import Foundation
import KefuStore
import KefuTestSupport
import Testing

/// The scenarios of the sync issue, each through the built binary.
@Suite struct SyncScenarioTests {
    @Test func colleaguesEditingDifferentFieldsOfOneFAQMergeCleanly() throws {
        let shop = try Shop()
        let xiaoli = try shop.colleague("xiaoli")
        try shop.edit(xiaoli, "faq/faq.yaml", replacing: "intent: logistics", with: "intent: shipping")
        try shop.receive(from: xiaoli, as: "xiaoli")
        try shop.edit(shop.folder, "faq/faq.yaml", replacing: "48小时内发货", with: "24小时内发货")

        let sync = try shop.kefu(["sync"])
        try shop.expectSuccess(sync)
        #expect(sync.standardOutput.contains("merged field by field: faq/shipping-time"))
        let text = try shop.folder.read("faq/faq.yaml")
        #expect(text.contains("answer: 亲,付款后24小时内发货~") && text.contains("intent: shipping"))
        #expect(try shop.kefu(["conflicts"]).standardOutput == "No open conflicts.\n")
        #expect(try shop.kefu(["sync"]).standardOutput == "Nothing to sync: the folder and the store agree.\n")
    }

    /// Before: `resolve --theirs` took the whole item from the other side, dropping a similar question
    /// that had merged in cleanly, and the next push said "0 items changed". Ours or theirs settles only
    /// the conflicting fields; every merged field stays.
    @Test(arguments: ["--ours", "--theirs"])
    func resolvingWithASideKeepsTheFieldsThatMerged(_ side: String) throws {
        let shop = try Shop()
        let xiaoli = try shop.colleague("xiaoli")
        try shop.edit(xiaoli, "faq/faq.yaml", replacing: "48小时内发货", with: "当天发货")
        try shop.edit(xiaoli, "faq/faq.yaml", replacing: "[多久发货, 几天能发出]", with: "[多久发货, 几天能发出, 啥时候发]")
        try shop.receive(from: xiaoli, as: "xiaoli")
        try shop.edit(shop.folder, "faq/faq.yaml", replacing: "48小时内发货", with: "24小时内发货")
        #expect(try shop.kefu(["sync"]).standardOutput.contains("conflict: faq/shipping-time (answer)"))

        try shop.expectSuccess(try shop.kefu(["resolve", "faq/shipping-time", side]))
        let shown = try shop.kefu(["show", "faq/shipping-time", "--json"])
        let content = try #require(
            (try JSONSerialization.jsonObject(with: Data(shown.standardOutput.utf8)) as? [String: Any])?["content"]
                as? [String: Any])
        // Ours is the store's side (xiaoli's edit received); theirs is the folder's.
        #expect((content["answer"] as? String)?.contains(side == "--ours" ? "当天发货" : "24小时内发货") == true)
        #expect(Set(content["similar"] as? [String] ?? []) == ["多久发货", "几天能发出", "啥时候发"])
        #expect(try shop.folder.read("faq/faq.yaml").contains("啥时候发"))
    }

    @Test func additionsToTheSameSimilarListMerge() throws {
        let shop = try Shop()
        let xiaoli = try shop.colleague("xiaoli")
        try shop.edit(xiaoli, "faq/faq.yaml", replacing: "[多久发货, 几天能发出]", with: "[多久发货, 几天能发出, 啥时候发]")
        try shop.receive(from: xiaoli, as: "xiaoli")
        try shop.edit(shop.folder, "faq/faq.yaml", replacing: "[多久发货, 几天能发出]", with: "[多久发货, 几天能发出, 下单后多久寄出]")

        try shop.expectSuccess(try shop.kefu(["sync"]))
        #expect(try shop.folder.read("faq/faq.yaml").contains("similar: [多久发货, 几天能发出, 啥时候发, 下单后多久寄出]"))
        let shown = try shop.kefu(["show", "faq/shipping-time", "--json"])
        let json = try JSONSerialization.jsonObject(with: Data(shown.standardOutput.utf8)) as? [String: Any]
        let similar = (json?["content"] as? [String: Any])?["similar"] as? [String]
        #expect(Set(similar ?? []) == ["多久发货", "几天能发出", "啥时候发", "下单后多久寄出"])
    }

    @Test func theSameAnswerEditedDifferentlyConflictsAndBothTextsAreKept() throws {
        let shop = try Shop()
        let xiaoli = try shop.colleague("xiaoli")
        try shop.edit(xiaoli, "faq/faq.yaml", replacing: "48小时内发货", with: "当天发货")
        try shop.receive(from: xiaoli, as: "xiaoli")
        try shop.edit(shop.folder, "faq/faq.yaml", replacing: "48小时内发货", with: "24小时内发货")

        let sync = try shop.kefu(["sync"])
        try shop.expectSuccess(sync)
        #expect(sync.standardOutput.contains("conflict: faq/shipping-time (answer)"))
        #expect(
            FileManager.default.fileExists(atPath: shop.root.appending(path: "conflicts/faq-shipping-time.yaml").path))

        let conflicts = try shop.kefu(["conflicts", "--json"])
        let list = try JSONSerialization.jsonObject(with: Data(conflicts.standardOutput.utf8)) as? [[String: Any]]
        let entry = try #require(list?.first)
        #expect(entry["fields"] as? [String] == ["answer"])
        // The values of the conflicting field, each side's and the base's.
        let values = try #require(entry["values"] as? [[String: Any]])
        #expect(values.count == 1)
        #expect(values.first?["field"] as? String == "answer")
        #expect((values.first?["base"] as? String)?.contains("48小时内发货") == true)
        #expect((values.first?["ours"] as? String)?.contains("当天发货") == true)
        #expect((values.first?["theirs"] as? String)?.contains("24小时内发货") == true)
        let ours = try #require(entry["oursRevision"] as? Int)
        let theirs = try #require(entry["theirsRevision"] as? Int)
        #expect(try shop.kefu(["show", "faq/shipping-time", "--rev", "\(ours)"]).standardOutput.contains("当天发货"))
        #expect(try shop.kefu(["show", "faq/shipping-time", "--rev", "\(theirs)"]).standardOutput.contains("24小时内发货"))

        // The seller settles it in the conflict file and hands that to resolve.
        try shop.edit(
            shop.folder, "conflicts/faq-shipping-time.yaml",
            replacing:
                "resolved:\n  id: shipping-time\n  question: 什么时候发货?\n  similar: [多久发货, 几天能发出]\n  answer: 亲,付款后当天发货~",
            with:
                "resolved:\n  id: shipping-time\n  question: 什么时候发货?\n  similar: [多久发货, 几天能发出]\n  answer: 亲,付款后当天发货,最迟24小时~"
        )
        let resolve = try shop.kefu(["resolve", "faq/shipping-time", "--file", "conflicts/faq-shipping-time.yaml"])
        try shop.expectSuccess(resolve)
        #expect(resolve.standardOutput.hasPrefix("Resolved faq/shipping-time as changeset #"))
        #expect(try shop.folder.read("faq/faq.yaml").contains("answer: 亲,付款后当天发货,最迟24小时~"))
        #expect(
            !FileManager.default.fileExists(atPath: shop.root.appending(path: "conflicts/faq-shipping-time.yaml").path))
        #expect(try shop.kefu(["conflicts"]).standardOutput == "No open conflicts.\n")
        #expect(try shop.kefu(["log"]).standardOutput.contains("resolve  by 小王"))
    }

    @Test func deleteAgainstEditKeepsTheEdit() throws {
        let shop = try Shop()
        let xiaoli = try shop.colleague("xiaoli")
        try shop.edit(xiaoli, "faq/faq.yaml", replacing: "商品需保持完好", with: "商品需保持完好、吊牌齐全")
        try shop.receive(from: xiaoli, as: "xiaoli")
        let text = try shop.folder.read("faq/faq.yaml")
        try shop.folder.write([
            "faq/faq.yaml": String(text[..<(text.range(of: "- id: return-policy")?.lowerBound ?? text.endIndex)])
        ])

        let sync = try shop.kefu(["sync"])
        try shop.expectSuccess(sync)
        #expect(sync.standardOutput.contains("conflict: faq/return-policy (deleted-by-theirs)"))
        #expect(try shop.folder.read("faq/faq.yaml").contains("吊牌齐全"))
        #expect(try shop.kefu(["show", "faq/return-policy"]).standardOutput.contains("吊牌齐全"))
    }

    @Test func aMalformedFileMidSyncChangesNothingAndSaysWhere() throws {
        let shop = try Shop()
        try shop.edit(shop.folder, "faq/faq.yaml", replacing: "48小时内发货", with: "24小时内发货")
        try shop.folder.write([
            "rules/rules.yaml": "- id: promo\n  keywords: [活动, 优惠]\n  reply: 满200减20\n  priorty: 10\n"
        ])
        let files = try shop.folder.snapshot()
        let store = try StoreContents(bundle: shop.root)

        let sync = try shop.kefu(["sync"])
        #expect(sync.status == 65)
        #expect(
            sync.standardError == "rules/rules.yaml:4:3: error: unknown field 'priorty'; did you mean 'priority'?\n")
        #expect(try shop.folder.snapshot() == files)
        #expect(try StoreContents(bundle: shop.root) == store)
    }

    @Test func rollbackRestoresAndIsInTheLog() throws {
        let shop = try Shop()
        try shop.edit(shop.folder, "faq/faq.yaml", replacing: "48小时内发货", with: "24小时内发货")
        try shop.expectSuccess(try shop.kefu(["sync"]))
        let log =
            try JSONSerialization.jsonObject(with: Data(try shop.kefu(["log", "--json"]).standardOutput.utf8))
            as? [[String: Any]]
        let before = try #require(log?.dropFirst().first?["id"] as? Int)

        let rollback = try shop.kefu(["rollback", "\(before)"])
        try shop.expectSuccess(rollback)
        #expect(rollback.standardOutput.contains("Restored the items as they were after changeset #\(before)"))
        #expect(try shop.folder.read("faq/faq.yaml").contains("48小时内发货"))
        let after = try shop.kefu(["log"]).standardOutput
        #expect(after.split(separator: "\n").first?.contains("rollback  by 小王") == true)
        #expect(try shop.kefu(["log", "faq/shipping-time"]).standardOutput.split(separator: "\n").count == 3)
        #expect(
            try shop.kefu(["rollback", "999"]).standardError == "error: there is no changeset #999; see 'kefu log'\n")
    }

    @Test func statusAndDiffShowWhatTheNextSyncDoes() throws {
        let shop = try Shop()
        try shop.edit(shop.folder, "faq/faq.yaml", replacing: "48小时内发货", with: "24小时内发货")
        let status = try shop.kefu(["status"])
        #expect(status.standardOutput.contains("Changed in the folder"))
        #expect(status.standardOutput.contains("modified  faq/shipping-time"))
        let diff = try shop.kefu(["diff"])
        #expect(diff.standardOutput.contains("answer: \"亲,付款后48小时内发货~\" → \"亲,付款后24小时内发货~\""))
        let json =
            try JSONSerialization.jsonObject(with: Data(try shop.kefu(["diff", "--json"]).standardOutput.utf8))
            as? [[String: Any]]
        #expect(json?.first?["outcome"] as? String == "take-theirs")
        #expect(try shop.kefu(["status", "--json"]).status == 0)
        try shop.expectSuccess(try shop.kefu(["sync"]))
        #expect(try shop.kefu(["status"]).standardOutput == "Nothing changed: the folder and the store agree.\n")
    }

    @Test func syncReportsAsJSONForOtherTools() throws {
        let shop = try Shop()
        let xiaoli = try shop.colleague("xiaoli")
        try shop.edit(xiaoli, "faq/faq.yaml", replacing: "48小时内发货", with: "当天发货")
        try shop.receive(from: xiaoli, as: "xiaoli")
        try shop.edit(shop.folder, "faq/faq.yaml", replacing: "48小时内发货", with: "24小时内发货")
        try shop.folder.write(["rules/rules.yaml": "- id: promo\n  keywords: [活动]\n  reply: 满200减20\n"])
        let before = try Store.open(at: shop.root.appending(path: Store.relativePath)).changesets().compactMap(\.id)
        let result = try shop.kefu(["sync", "--json"])
        try shop.expectSuccess(result)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        // The changeset named is the one this sync recorded, the newest, made by 小王's sync.
        let changesets = try Store.open(at: shop.root.appending(path: Store.relativePath)).changesets()
        let recorded = try #require(changesets.first { !before.contains($0.id ?? 0) })
        #expect(changesets.count == before.count + 1)
        #expect(json["changeset"] as? Int == recorded.id.map(Int.init))
        #expect(recorded.operation == .sync && recorded.author == "小王")
        let intoStore = json["intoStore"] as? [[String: String]]
        #expect(intoStore?.contains { $0["item"] == "rule/promo" && $0["change"] == "added" } == true)
        let conflicts = json["conflicts"] as? [[String: Any]]
        #expect(conflicts?.first?["item"] as? String == "faq/shipping-time")
        #expect(conflicts?.first?["fields"] as? [String] == ["answer"])
        #expect(conflicts?.first?["file"] as? String == "conflicts/faq-shipping-time.yaml")
        #expect(json["skippedFiles"] as? [String] == [])
    }

    @Test func theFirstSyncOfAClonedBundleCreatesTheStore() throws {
        let folder = try TemporaryFolder()
        try folder.write(BundleFixtures.complete)
        let sync = try KefuBinary.run(["sync"], in: folder.url)
        #expect(sync.status == 0, "\(sync.standardError)")
        #expect(sync.standardOutput.hasPrefix("Created the store .kefu/store.sqlite.\n"))
        #expect(try KefuBinary.run(["show", "faq/shipping-time"], in: folder.url).status == 0)
    }
}

@Suite struct StoreBusyTests {
    @Test func aSecondKefuChangingTheSameStoreIsToldItIsBusy() throws {
        let shop = try Shop()
        try shop.edit(shop.folder, "faq/faq.yaml", replacing: "48小时内发货", with: "24小时内发货")
        let store = try StoreContents(bundle: shop.root)
        do {
            // Another kefu holds the lock; this one does not wait.
            let held = try StoreLock(beside: shop.root.appending(path: Store.relativePath), holder: "a test")
            let sync = try KefuBinary.run(["sync"], in: shop.root, environment: ["KEFU_LOCK_TIMEOUT": "0"])
            #expect(sync.status == 1)
            #expect(
                sync.standardError
                    == "error: the store is busy: pid \(getpid()): a test is changing it; try again in a moment\n")
            #expect(try StoreContents(bundle: shop.root) == store)
            withExtendedLifetime(held) {}
        }
        try shop.expectSuccess(try shop.kefu(["sync"]))
    }
}
