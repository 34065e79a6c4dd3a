import Foundation
import KefuStore
import KefuTestSupport
import Testing

/// `kefu ask` end to end on the engine's test shop: the built binary, the store, the shop data.
@Suite struct AskCommandTests {
    private func shop() throws -> TemporaryFolder { try FixtureShop.syncedCopy() }

    private func json(_ result: KefuBinary.Result) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    }

    @Test func printsTheReplyAndABadge() throws {
        let folder = try shop()
        let result = try KefuBinary.run(["ask", "订单12345没收到货,查物流"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("亲,订单12345已由中通快递发出"))
        #expect(result.standardError == "[answer · rule/logistics-query]\n")
    }

    @Test func answersAsJSONWithSourceEntitiesAndTrace() throws {
        let folder = try shop()
        let result = try KefuBinary.run(["ask", "--json", "多久能发货呀"], in: folder.url)
        #expect(result.status == 0)
        let object = try json(result)
        #expect(object["decision"] as? String == "answer")
        let source = object["source"] as? [String: Any]
        #expect(source?["kind"] as? String == "faq")
        #expect(source?["id"] as? String == "shipping-time")
        #expect(source?["file"] as? String == "faq/presale.yaml")
        #expect(source?["line"] as? Int == 1)
        #expect(object["intent"] as? String == "logistics")
        #expect((object["confidence"] as? Double ?? 0) > 0.4)
        #expect(object["handoff"] is NSNull)
        let stages = (object["trace"] as? [[String: Any]])?.compactMap { $0["stage"] as? String }
        #expect(stages?.first == "normalise")
        #expect(stages?.contains("faq") == true)
    }

    @Test func readsStockForTheProductInView() throws {
        let folder = try shop()
        let result = try KefuBinary.run(["ask", "--product", "SKU-1", "这件有M码吗"], in: folder.url)
        #expect(result.standardOutput == "亲,法式碎花连衣裙的M码有货,库存5件,可以放心拍~\n")
    }

    @Test func aSessionContinuesAcrossCalls() throws {
        let folder = try shop()
        let first = try KefuBinary.run(["ask", "--session", "s1", "--json", "帮我查物流"], in: folder.url)
        #expect(try json(first)["decision"] as? String == "ask")
        let second = try KefuBinary.run(["ask", "--session", "s1", "--json", "订单号是12345"], in: folder.url)
        let object = try json(second)
        #expect(object["decision"] as? String == "answer")
        #expect((object["reply"] as? String)?.contains("ZT7788990011") == true)
        let resumed = try #require(object["source"] as? [String: Any])
        #expect(resumed["kind"] as? String == "rule" && resumed["id"] as? String == "logistics-query")
        // Without the session, the same message has nothing to resume: it is read on its own (with the
        // sentence model, as the order-status FAQ it means; the rule that asked is not what answers).
        let alone = try KefuBinary.run(["ask", "--json", "订单号是12345"], in: folder.url)
        let source = try json(alone)["source"] as? [String: Any]
        #expect(source?["id"] as? String != "logistics-query", "\(alone.standardOutput)")
        let context = (try json(alone)["trace"] as? [[String: Any]])?.first { $0["stage"] as? String == "context" }
        #expect(context?["pending"] == nil)
    }

    @Test func aHandoffNamesReasonAgentAndSummary() throws {
        let folder = try shop()
        let result = try KefuBinary.run(["ask", "--json", "--buyer", "b1001", "你们卖假货"], in: folder.url)
        let handoff = try #require(try json(result)["handoff"] as? [String: Any])
        #expect(handoff["reason"] as? String == "complex")
        #expect(handoff["priority"] as? String == "high")
        #expect((handoff["summary"] as? String)?.contains("买家:b1001 (vip, returning)") == true, "\(handoff)")
    }

    @Test func aSessionsHandoffTicketIsRecordedOnceInTheStore() throws {
        let folder = try shop()
        for text in ["你们卖假货", "在吗"] {
            #expect(try KefuBinary.run(["ask", "--session", "s2", text], in: folder.url).status == 0)
        }
        let tickets = try Store.open(at: folder.url.appending(path: Store.relativePath)).tickets()
        #expect(tickets.map(\.reason) == ["complex"])
        #expect(tickets.first?.session == "s2")
        #expect(tickets.first?.state == .open)
    }

    /// The compiled FAQ index is kept in `.kefu/engine`, one file per content version, and read back by
    /// the next process; a damaged one is compiled again, and the answer never changes.
    @Test func theCompiledIndexIsKeptReadBackAndReplacedWhenQuestionsChange() throws {
        let folder = try shop()
        let indexes = folder.url.appending(path: ".kefu/engine")
        func kept() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: indexes.path).filter { $0.hasSuffix(".index") }.sorted()
        }
        let first = try KefuBinary.run(["ask", "多久能发货呀"], in: folder.url)
        #expect(first.status == 0)
        let compiled = try kept()
        #expect(compiled.count == 1)
        let again = try KefuBinary.run(["ask", "多久能发货呀"], in: folder.url)
        #expect(again.standardOutput == first.standardOutput)
        #expect(again.standardError == first.standardError)

        let file = indexes.appending(path: try #require(compiled.first))
        try Data("not an index".utf8).write(to: file)
        let afterDamage = try KefuBinary.run(["ask", "多久能发货呀"], in: folder.url)
        #expect(afterDamage.standardOutput == first.standardOutput)
        #expect(try Data(contentsOf: file).count > 1_000, "compiled again and kept in place of the damaged file")

        let faq = folder.url.appending(path: "faq/presale.yaml")
        let text = try String(contentsOf: faq, encoding: .utf8)
        try text.replacingOccurrences(of: "付款后什么时候发]", with: "付款后什么时候发, 今天下单明天能寄吗]")
            .write(to: faq, atomically: true, encoding: .utf8)
        #expect(try KefuBinary.run(["sync"], in: folder.url).status == 0)
        let afterEdit = try KefuBinary.run(["ask", "今天下单明天能寄吗"], in: folder.url)
        #expect(afterEdit.standardError.contains("faq/shipping-time"))
        #expect(try kept().count == 2)
    }

    /// The rest of the compiled engine (phrase catalog, texts by locale) is kept beside the index, keyed by
    /// every item: read back it answers as compiled, a damaged one is compiled again, and an edited rule
    /// reply template needs a new catalog but not a new FAQ index.
    @Test func theCompiledCatalogIsKeptReadBackAndReplacedWhenAnyItemChanges() throws {
        let folder = try shop()
        let engine = folder.url.appending(path: ".kefu/engine")
        func kept(_ suffix: String) throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: engine.path).filter { $0.hasSuffix(suffix) }.sorted()
        }
        let messages = ["多久能发货呀", "订单12345没收到货,查物流", "你们卖假货", "在吗", "穿什么码合适"]
        func answers() throws -> [String] {
            try messages.map { message in
                let result = try KefuBinary.run(["ask", message], in: folder.url)
                #expect(result.status == 0, "\(result.standardError)")
                return result.standardOutput + result.standardError
            }
        }
        let compiled = try answers()
        let catalogs = try kept(".catalog")
        #expect(catalogs.count == 1)
        #expect(try kept(".index").count == 1)
        let catalog = engine.appending(path: try #require(catalogs.first))
        let written = try Data(contentsOf: catalog)
        func inode() throws -> UInt64 {
            let number = try FileManager.default.attributesOfItem(atPath: catalog.path)[.systemFileNumber]
            return try #require((number as? NSNumber)?.uint64Value)
        }
        let keptInode = try inode()
        #expect(try answers() == compiled, "read back, the same answers")
        #expect(try inode() == keptInode, "read, not written again (an atomic write makes a new file)")

        try Data(written.prefix(written.count / 2)).write(to: catalog)
        #expect(try answers() == compiled)
        #expect(try Data(contentsOf: catalog) == written, "compiled again and kept in place of the damaged file")

        let templates = folder.url.appending(path: "templates/templates.yaml")
        let text = try String(contentsOf: templates, encoding: .utf8)
        #expect(text.contains("已由{{order.carrier}}发出"))
        try text.replacingOccurrences(of: "已由{{order.carrier}}发出", with: "已经由{{order.carrier}}发出")
            .write(to: templates, atomically: true, encoding: .utf8)
        #expect(try KefuBinary.run(["sync"], in: folder.url).status == 0)
        let edited = try KefuBinary.run(["ask", "订单12345没收到货,查物流"], in: folder.url)
        #expect(edited.standardOutput.contains("已经由中通快递发出"), "\(edited.standardOutput)")
        #expect(try kept(".catalog").count == 2)
        #expect(try kept(".index").count == 1, "no question changed, so the FAQ index is the same")
    }

    @Test func anUnknownMessageTypeIsAUsageError() throws {
        let folder = try shop()
        let result = try KefuBinary.run(["ask", "--type", "fax", "hello"], in: folder.url)
        #expect(result.status == 64)
        #expect(result.standardError.contains("Unknown message type 'fax'"))
    }

    @Test func withoutAStoreItSaysHowToMakeOne() throws {
        let folder = try TemporaryFolder()
        #expect(try KefuBinary.run(["init", "--preset", "generic", "--name", "x"], in: folder.url).status == 0)
        try FileManager.default.removeItem(at: folder.url.appending(path: ".kefu"))
        let result = try KefuBinary.run(["ask", "hello"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.standardError.contains("kefu sync"))
    }
}
