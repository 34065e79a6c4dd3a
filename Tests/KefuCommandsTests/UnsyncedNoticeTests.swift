import Foundation
import KefuTestSupport
import Testing

/// `kefu ask` and `kefu chat` answer from the store; before, an edit not yet synced was silently left out
/// and a seller testing it saw the old answer with no word why.
@Suite struct UnsyncedNoticeTests {
    @Test func anEditNotYetSyncedIsNamedInOneLine() throws {
        let sample = try SampleShop()
        let (folder, shop) = (sample.folder, sample.root)
        let synced = try KefuBinary.run(["ask", "包邮吗"], in: shop)
        #expect(!synced.standardError.contains("changed since the last sync"), "\(synced.standardError)")

        let file = shop.appending(path: "faq/presale.yaml")
        try (try String(contentsOf: file, encoding: .utf8)).replacingOccurrences(of: "全国包邮", with: "全国包邮哦")
            .write(to: file, atomically: true, encoding: .utf8)
        try "- id: extra\n  question: 有赠品吗?\n  answer: 有的~\n".write(
            to: shop.appending(path: "faq/extra.yaml"), atomically: true, encoding: .utf8)
        let ask = try KefuBinary.run(["ask", "包邮吗"], in: shop)
        #expect(!ask.standardOutput.contains("全国包邮哦"), "the answer still comes from the store")
        #expect(
            ask.standardError.contains(
                "2 files changed since the last sync (faq/extra.yaml, faq/presale.yaml): answers come from the store without them; run kefu sync\n"
            ), "\(ask.standardError)")
        let chat = try KefuBinary.run(["chat"], in: shop, input: "包邮吗\n")
        #expect(chat.standardError.contains("run kefu sync, or :reload"), "\(chat.standardError)")

        #expect(try KefuBinary.run(["sync"], in: shop).status == 0)
        let after = try KefuBinary.run(["ask", "包邮吗"], in: shop)
        #expect(after.standardOutput.contains("全国包邮哦"))
        #expect(!after.standardError.contains("changed since the last sync"))
    }
}
