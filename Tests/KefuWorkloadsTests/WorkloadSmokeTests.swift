import Foundation
import KefuEngine
import KefuStore
import KefuSync
import KefuTestSupport
import KefuWorkloads
import Testing

/// Every benchmark's body, once, on a small generated bundle: `make test` keeps them working, and
/// checks they do the work they claim to time. `make bench` times them at the budgets' sizes.
@Suite struct WorkloadSmokeTests {
    static let items = 300

    @Test func answeringAnswersFAQsAndRulesWithAndWithoutTheTrace() throws {
        let workload = try EngineWorkload(items: Self.items)
        #expect(workload.messages.count > 10)
        let replies = workload.messages.indices.map { workload.answer($0, trace: false) }
        #expect(replies.contains { $0.source?.kind == .faq }, "similar questions find their FAQs")
        #expect(replies.contains { $0.source?.kind == .rule }, "keywords find their rules")
        #expect(replies.allSatisfy { $0.trace.isEmpty })
        #expect(!workload.answer(0, trace: true).trace.isEmpty)
    }

    /// Each hostile message is answered (no crash), reading no more than the normaliser's bound.
    @Test func hostileMessagesAreAnsweredReadingABoundedPrefix() throws {
        let workload = try EngineWorkload(items: Self.items)
        #expect(EngineWorkload.hostileMessages.count == 8)
        for (index, hostile) in EngineWorkload.hostileMessages.enumerated() {
            let reply = workload.answerHostile(index, trace: true)
            let read = try #require(reply.trace.first { $0.stage == .normalise }?["text"]?.text, "\(hostile.name)")
            #expect(read.unicodeScalars.count <= TextNormaliser.maximumScalars, "\(hostile.name)")
            #expect(!read.unicodeScalars.contains { $0.properties.generalCategory == .control }, "\(hostile.name)")
        }
    }

    /// With the real model (make test installs it): an edit embeds one text, a repeated message and a
    /// rule's keyword cost no model call, and an unseen text costs one.
    @Test func theSentenceModelsWorkload() throws {
        let workload = try SemanticWorkload.sample("taobao-apparel")
        #expect(workload.semanticIsOn)
        let questions = workload.content.faqs.reduce(0) { $0 + 1 + $1.item.similar.count }
        #expect(workload.embeddedTexts >= questions)
        let edit = workload.recompileAfterEditingOneFAQ(3)
        #expect(edit.embeddedTexts == 1)
        if case .on = edit.engine.semanticStatus {} else { Issue.record("\(edit.engine.semanticStatus)") }

        let before = workload.modelTexts
        #expect(workload.answerUnseen(1).source?.kind == .faq)
        #expect(workload.modelTexts == before + 1)
        _ = workload.answerRepeated()
        let repeated = workload.modelTexts
        #expect(workload.answerRepeated().source?.kind == .faq)
        #expect(workload.modelTexts == repeated)
        #expect(workload.answerRule().source?.kind == .rule)
        #expect(workload.modelTexts == repeated)
    }

    @Test func firstNoOpAndOneFileSyncs() throws {
        let workload = try SyncWorkload(items: Self.items, synced: false)
        defer { workload.remove() }
        let first = try workload.sync()
        #expect(first.intoStore.count >= Self.items)
        #expect(try workload.sync().isEmpty, "nothing changed")
        try workload.editOneFile(7)
        let edited = try workload.sync()
        #expect(!edited.intoStore.isEmpty)
        #expect(Set(edited.intoStore.map(\.key.kind)) == [.faq])
        workload.removeStore()
        #expect(try workload.sync().intoStore.count >= Self.items, "a first sync again")
    }

    @Test func exportAndImport() throws {
        let workload = try ArchiveWorkload(items: Self.items)
        defer { workload.shop.remove() }
        let stored = try workload.store.allItems().count
        #expect(stored >= Self.items)
        // What export makes holds every item of the store, and importing it puts each one in an empty store.
        #expect(try BundleArchive.read(workload.export()).bundle().items.count == stored)
        let imported = try workload.importIntoEmptyStore()
        #expect(try imported.store.allItems().count == stored)
        #expect(imported.changeset?.operation == .import)
    }

    @Test func askAsAFreshProcess() throws {
        let workload = try AskProcessWorkload(items: Self.items, binary: KefuBinary.url)
        defer { workload.shop.remove() }
        #expect(try workload.ask() == 0)
        let kept = try FileManager.default.contentsOfDirectory(
            atPath: workload.shop.root.appending(path: ".kefu/engine").path)
        #expect(kept.filter { $0.hasSuffix(".index") }.count == 1, "the timed runs read a kept index")
        #expect(kept.filter { $0.hasSuffix(".catalog") }.count == 1, "and a kept catalog")

        let engine = workload.shop.root.appending(path: ".kefu/engine")
        try Data("not an index".utf8).write(to: engine.appending(path: "stale.index"))
        #expect(try workload.askAfterAChange() == 0)
        let compiled = try FileManager.default.contentsOfDirectory(atPath: engine.path).filter {
            $0.hasSuffix(".index") || $0.hasSuffix(".catalog")
        }
        #expect(compiled.count == 2 && !compiled.contains("stale.index"), "compiled afresh and kept: \(compiled)")
    }

    @Test func theHTTPBridgeAnswersARoundOfNewBuyersAtOnce() async throws {
        let workload = try HTTPBridgeWorkload(items: Self.items, binary: KefuBinary.url)
        defer { workload.stop() }
        let round = try await workload.round(concurrency: 8)
        #expect(round.micros.count == 8)
        #expect(round.micros.allSatisfy { $0 > 0 })
        #expect(
            round.decisions.allSatisfy { ["answer", "clarify", "fallback", "ask"].contains($0) }, "\(round.decisions)")
        #expect(round.decisions.contains("answer"))
    }

    @Test func theStdioBridgeAnswersABatchOfTheMix() throws {
        let workload = try StdioServeWorkload(
            items: Self.items, binary: KefuBinary.url, environment: ["KEFU_MODEL_DIR": "/nonexistent/kefu-model"])
        defer { workload.stop() }
        let decisions = try workload.batch(count: 300)
        #expect(decisions.count == 300)
        #expect(!decisions.contains("error"), "\(decisions)")
        #expect(decisions.contains("answer"))
        // A second batch starts where the first left the replies it read.
        let next = try workload.batch(count: 50)
        #expect(next.count == 50 && !next.contains("error"), "\(next)")
    }
}
