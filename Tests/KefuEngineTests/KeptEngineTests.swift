import Foundation
import KefuBundle
import KefuCore
import KefuTestSupport
import Testing

@testable import KefuEngine

/// A kept engine (catalog and FAQ index read back, FAQs and rules decoded when an answer reads them)
/// answers exactly as one compiled afresh, and is never read for other items, by another kefu, or damaged.
@Suite struct KeptEngineTests {
    private static let records: [ContentRecord] = {
        do {
            return try BundleLoader().loadBundle(at: EngineFixture.shopFolder).contentRecords()
        } catch {
            preconditionFailure("the fixture shop must load: \(error)")
        }
    }()

    /// Paraphrases of FAQs, rule keywords (one with an `all` word missing), handoffs, sentiment and a greeting.
    private static let messages: [String] = {
        let url = EngineFixture.folder.appending(path: "paraphrases.tsv")
        let lines = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        let paraphrases = lines.split(separator: "\n").filter { !$0.hasPrefix("#") }
            .compactMap { $0.split(separator: "\t").last }.map(String.init)
        return paraphrases + [
            "订单12345没收到货,查物流", "这件有货吗", "穿什么码合适", "我想批发拿货", "双十一活动还有吗", "有赠品吗",
            "你们卖假货", "在吗", "what size should I get", "转人工", "质量怎么样",
        ]
    }()

    /// What a buyer and the trace's reader see of each answer (the trace's timings aside).
    private func outcomes(_ engine: Engine) -> [String] {
        Self.messages.map { text in
            var session = SessionState(id: "kept", buyer: "b1001")
            let reply = engine.answer(IncomingMessage(text), in: &session, context: EngineFixture.context())
            let steps = reply.trace.map { "\($0.stage)" }.joined(separator: ",")
            return [
                "\(reply.decision)", reply.reply ?? "-", reply.source.map { "\($0.kind)/\($0.id)" } ?? "-",
                reply.confidence.map { String(format: "%.6f", $0) } ?? "-",
                reply.choices.map(\.id.rawValue).joined(separator: ","), "\(reply.handoff?.reason as Any)", steps,
            ].joined(separator: " | ")
        }
    }

    @Test func aKeptEngineAnswersExactlyAsACompiledOneAndDecodesOnlyWhatItReads() throws {
        let cache = MemoryIndexCache()
        let compiled = try Engine(records: Self.records, keptIn: cache, build: "test")
        #expect(cache.saves(of: .catalog) == 1)
        #expect(cache.saves(of: .faqIndex) == 1)
        #expect(!compiled.content.faqs.isDecoded, "compiling keeps only what it reads of each FAQ")
        #expect(!compiled.content.rules.isDecoded)

        let kept = try Engine(records: Self.records, keptIn: cache, build: "test")
        #expect(cache.saves(of: .catalog) == 1, "the second engine reads the kept catalog")
        #expect(cache.saves(of: .faqIndex) == 1, "and the kept FAQ index")
        #expect(!kept.content.faqs.isDecoded)
        #expect(!kept.content.rules.isDecoded)
        #expect(kept.content.faqs.ids == compiled.content.faqs.ids)

        #expect(Self.messages.count > 100)
        let expected = outcomes(Engine(content: EngineFixture.content))
        #expect(outcomes(compiled) == expected)
        #expect(outcomes(kept) == expected)
        #expect(kept.content.faqs.map(\.item) == compiled.content.faqs.map(\.item))
        #expect(kept.content.rules.map(\.item) == compiled.content.rules.map(\.item))
        #expect(kept.content.faqs.map(\.location) == compiled.content.faqs.map(\.location))
    }

    /// Compiling reads every FAQ and rule once, keeping only their questions, words and replies written for
    /// a locale: the catalog it keeps is byte for byte the one decoded items make.
    @Test func compilingFromOneDecodingPassKeepsTheCatalogDecodedItemsMake() throws {
        var records = Self.records
        let faq = try #require(records.firstIndex { $0.kind == .faq })
        let rule = try #require(records.lastIndex { $0.kind == .rule })
        records[faq].json = try edited(records[faq].json) { $0["answer"] = ["zh-CN": "七天无理由", "fr": "Sept jours"] }
        records[rule].json = try edited(records[rule].json) {
            $0["reply"] = ["en": "Free shipping", "fr": "Livraison"]
        }
        let cache = MemoryIndexCache()
        let compiled = try Engine(records: records, keptIn: cache, build: "test")
        #expect(compiled.content.faqs.decodedCount == 0 && compiled.content.rules.decodedCount == 0)

        let content = try EngineContent(records: records)
        let texts = content.textsByLocale
        #expect(texts["fr"] == ["Sept jours", "Livraison"])
        let faqIndexKey = try #require(cache.keys.first)
        let catalog = KeptCatalog(
            catalog: PhraseCatalog(rules: content.rules, lexicons: content.lexicons), textsByLocale: texts,
            faqIndexKey: faqIndexKey)
        let key = KeptCatalog.key(records: records, build: "test")
        let kept = try #require(cache.kept(.catalog, forKey: key) as? Data)
        #expect(kept == catalog.data(key: key))
        #expect(
            faqIndexKey
                == FAQRanker.snapshotKey(questions: content.faqs.map(\.item.questions), catalog: catalog.catalog))
    }

    /// A first compile is written to the cache as it is made and answers from what was kept, as every
    /// later process does; when nothing can be kept (a full or read-only disk), it answers the same from
    /// an engine compiled again in memory.
    @Test func aFirstCompileAnswersFromWhatItKeptOrFromMemoryWhenNothingCanBeKept() throws {
        let cache = MemoryIndexCache()
        let compiled = try Engine(records: Self.records, keptIn: cache, build: "test")
        guard case .kept = compiled.ranker.classifier.weights else {
            Issue.record("the first compile's classifier is read from the kept index")
            return
        }
        let unkept = try Engine(records: Self.records, keptIn: NothingKept(), build: "test")
        guard case .inMemory = unkept.ranker.classifier.weights else {
            Issue.record("with nothing kept, the classifier is held in memory")
            return
        }
        let expected = outcomes(Engine(content: EngineFixture.content))
        #expect(outcomes(compiled) == expected)
        #expect(outcomes(unkept) == expected)
    }

    /// A cache on a disk that takes nothing.
    struct NothingKept: EngineIndexCache {
        func kept(_ part: KeptPart, forKey key: String) -> (any KeptBytes)? { nil }
        func keep(_ data: Data, as part: KeptPart, forKey key: String) {}
    }

    @Test func onlyTheFAQsAndRulesAnAnswerReadsAreDecoded() throws {
        let cache = MemoryIndexCache()
        _ = try Engine(records: Self.records, keptIn: cache, build: "test")
        let kept = try Engine(records: Self.records, keptIn: cache, build: "test")
        var session = SessionState(id: "kept")
        _ = kept.answer(IncomingMessage("订单12345没收到货,查物流"), in: &session, context: EngineFixture.context())
        let faqs = kept.content.faqs.decodedCount
        let rules = kept.content.rules.decodedCount
        #expect(faqs < kept.content.faqs.count / 2, "\(faqs) of \(kept.content.faqs.count) FAQs decoded")
        #expect(rules >= 1 && rules < kept.content.rules.count, "\(rules) of \(kept.content.rules.count) rules")
    }

    /// The classifier's weights are most of a kept index: an answer reads only the runs of the FAQs it
    /// scores, and they are the same weights the compiled engine has.
    @Test func onlyTheClassifierWeightsAnAnswerScoresAreRead() throws {
        let cache = MemoryIndexCache()
        let compiled = try Engine(records: Self.records, keptIn: cache, build: "test")
        let kept = try Engine(records: Self.records, keptIn: cache, build: "test")
        guard case .kept(let runs) = kept.ranker.classifier.weights else {
            Issue.record("a kept engine's classifier weights are read when scored, not up front")
            return
        }
        #expect(runs.readCount == 0)
        var session = SessionState(id: "kept")
        _ = kept.answer(IncomingMessage("退货运费谁出"), in: &session, context: EngineFixture.context())
        let faqCount = kept.content.faqs.count
        #expect(runs.readCount > 0 && runs.readCount <= FAQRanker.candidateCount + SemanticMatcher.candidateCount)
        #expect(runs.readCount < faqCount, "\(runs.readCount) of \(faqCount) FAQs' weights read")
        let read = try kept.ranker.classifier.weights.all()
        let trained = try compiled.ranker.classifier.weights.all()
        #expect(read.columns == trained.columns && read.values == trained.values)
        #expect(runs.readCount < faqCount, "reading them whole remembers none")
    }

    @Test func anotherKefuOrOtherItemsCompileTheirOwnCatalogButKeepTheFAQIndexWhenQuestionsAreTheSame() throws {
        let cache = MemoryIndexCache()
        _ = try Engine(records: Self.records, keptIn: cache, build: "test")
        let upgraded = try Engine(records: Self.records, keptIn: cache, build: "another kefu")
        #expect(cache.keys(of: .catalog).count == 2)
        #expect(cache.saves(of: .faqIndex) == 1, "the questions did not change")
        // A catalog kept by another kefu is not read: this one decodes every item itself and compiles its own.
        #expect(outcomes(upgraded) == outcomes(Engine(content: EngineFixture.content)))

        var records = Self.records
        let rule = try #require(records.firstIndex { $0.kind == .rule })
        records[rule].json = try edited(records[rule].json) { $0["reply"] = "换了一句回复" }
        let edited = try Engine(records: records, keptIn: cache, build: "test")
        #expect(cache.keys(of: .catalog).count == 3)
        #expect(cache.saves(of: .faqIndex) == 1)
        #expect(
            edited.content.rules[edited.content.rules.ids.firstIndex(of: records[rule].id) ?? 0].item.reply
                == .text("换了一句回复"))

        // The same items in another order are the same content.
        _ = try Engine(records: records.reversed(), keptIn: cache, build: "test")
        #expect(cache.keys(of: .catalog).count == 3)
    }

    @Test(arguments: [EngineIndexCacheTests.Damage.truncated, .empty, .bytesFlipped])
    func aDamagedCatalogIsCompiledAgain(_ damage: EngineIndexCacheTests.Damage) throws {
        let cache = MemoryIndexCache()
        _ = try Engine(records: Self.records, keptIn: cache, build: "test")
        let key = try #require(cache.keys(of: .catalog).first)
        cache.damage(key, part: .catalog) { damage.apply(to: $0) }
        let recompiled = try Engine(records: Self.records, keptIn: cache, build: "test")
        #expect(cache.saves(of: .catalog) == 2, "\(damage): compiled again and kept anew")
        #expect(outcomes(recompiled) == outcomes(Engine(content: EngineFixture.content)))
    }

    /// A catalog whose bytes are whole but that names rules, lexicons or phrases the items do not have
    /// (read with another bundle's items) is refused by its own checks, not by its digest.
    @Test func aWholeCatalogThatDoesNotFitTheItemsIsRefused() throws {
        let content = EngineFixture.content
        let catalog = PhraseCatalog(rules: content.rules, lexicons: content.lexicons)
        let data = KeptCatalog(catalog: catalog, textsByLocale: [:], faqIndexKey: "index").data(key: "k")
        let read = try KeptCatalog(data: data, key: "k", rules: content.rules, lexicons: content.lexicons)
        #expect(read.catalog.phrases == catalog.phrases && read.faqIndexKey == "index")
        #expect(throws: SnapshotError.self) {
            try KeptCatalog(
                data: data, key: "k", rules: ItemShelf(Array(content.rules.dropLast())), lexicons: content.lexicons)
        }
        #expect(throws: SnapshotError.self) {
            try KeptCatalog(data: data, key: "k", rules: content.rules, lexicons: Array(content.lexicons.prefix(1)))
        }
        #expect(throws: SnapshotError.self) {
            try KeptCatalog(data: data, key: "another key", rules: content.rules, lexicons: content.lexicons)
        }
    }

    @Test func changingAnItemOfAKeptEngineDecodesTheRestFirst() throws {
        let cache = MemoryIndexCache()
        let compiled = try Engine(records: Self.records, keptIn: cache, build: "test")
        var content = try Engine(records: Self.records, keptIn: cache, build: "test").content
        #expect(!content.faqs.isDecoded)
        content.faqs[1].item.question = "换了问题"
        #expect(content.faqs.isDecoded)
        #expect(content.faqs[1].item.question == "换了问题")
        #expect(content.faqs[0].item == compiled.content.faqs[0].item)
        #expect(Array(content.faqs.dropFirst(2)).map(\.item) == Array(compiled.content.faqs.dropFirst(2)).map(\.item))
    }

    @Test(arguments: [ItemKind.faq, .rule])
    func aRecordThatDoesNotDecodeIsAnError(_ kind: ItemKind) throws {
        var records = Self.records
        let broken = try #require(records.firstIndex { $0.kind == kind })
        records[broken].json = Data(#"{"id": "broken"}"#.utf8)
        #expect(throws: EngineContentError.self) {
            try Engine(records: records, keptIn: MemoryIndexCache(), build: "test")
        }
    }

    private func edited(_ json: Data, _ change: (inout [String: Any]) -> Void) throws -> Data {
        var object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        change(&object)
        return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }
}
