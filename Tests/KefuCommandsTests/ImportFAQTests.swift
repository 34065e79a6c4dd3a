import Foundation
import KefuTestSupport
import Testing

@Suite struct ImportFAQTests {
    static let chineseSheet =
        "\u{FEFF}问题,相似问题,答案,分类\n多久发货,\"几天发货|什么时候寄出\",\"亲,48小时内发货~\",物流\n支持七天无理由吗,能退货吗;七天无理由,支持7天无理由退换~,售后\n"
    /// "Question,Similar Questions,Answer,Category\n多久发货,几天发货|什么时候寄出,\"亲,48小时内发货~\",物流" in GBK,
    /// as a spreadsheet saved on Chinese Windows writes it.
    static let gbkSheet = Data(
        base64Encoded:
            "UXVlc3Rpb24sU2ltaWxhciBRdWVzdGlvbnMsQW5zd2VyLENhdGVnb3J5CrbgvsO3orv1LLy4zOy3orv1fMqyw7TKsbryvMSz9iwix9csNDjQocqxxNq3orv1fiIszu/B9wo="
    )

    @Test func importsASheetWithChineseHeadersAndKeepsIdsStable() throws {
        let shop = try TeamMember("shop")
        try shop.succeed(["init", shop.root.path])
        try shop.write("店小蜜导出.csv", Self.chineseSheet)
        let first = try shop.succeed(["import-faq", "店小蜜导出.csv"])
        #expect(first.standardOutput.contains("Imported 2 FAQ entries from 店小蜜导出.csv: 2 added"))
        let text = try String(contentsOf: shop.root.appending(path: "faq/imported.yaml"), encoding: .utf8)
        #expect(text.contains("similar: [几天发货, 什么时候寄出]"))
        #expect(text.contains("similar: [能退货吗, 七天无理由]"))
        #expect(text.contains("answer: 亲,48小时内发货~"))
        #expect(text.contains("intent: 售后"))
        let ids = try shop.items().keys.filter { $0.hasPrefix("faq/") }.sorted()
        #expect(ids.count == 2)

        // The same sheet again changes nothing; a revised answer updates the same entry.
        #expect(
            try shop.succeed(["import-faq", "店小蜜导出.csv"]).standardOutput.contains("0 added, 0 changed, 2 unchanged"))
        try shop.write("店小蜜导出.csv", Self.chineseSheet.replacingOccurrences(of: "48小时内", with: "24小时内"))
        #expect(try shop.succeed(["import-faq", "店小蜜导出.csv"]).standardOutput.contains("0 added, 1 changed"))
        #expect(try shop.items().keys.filter { $0.hasPrefix("faq/") }.sorted() == ids)
        try shop.succeed(["check"])
    }

    @Test func readsGBKWithEnglishHeaders() throws {
        let shop = try TeamMember("shop")
        try shop.succeed(["init", shop.root.path])
        try #require(Self.gbkSheet).write(to: shop.root.appending(path: "faq-export.csv"))
        try shop.succeed(["import-faq", "faq-export.csv"])
        let text = try String(contentsOf: shop.root.appending(path: "faq/faq-export.yaml"), encoding: .utf8)
        #expect(text.contains("question: 多久发货"))
        #expect(text.contains("similar: [几天发货, 什么时候寄出]"))
        #expect(text.contains("intent: 物流"))
    }

    @Test func badRowsAreReportedByRowAndNothingChanges() throws {
        let shop = try TeamMember("shop")
        try shop.succeed(["init", shop.root.path])
        try shop.write("sheet.csv", "问题,答案\n多久发货,48小时内\n包邮吗,\n多久发货,当天\n")
        let store = try StoreContents(bundle: shop.root)
        let result = try shop.kefu(["import-faq", "sheet.csv"])
        #expect(result.status == 65)
        #expect(result.standardError.contains("sheet.csv:3:1: error: this row has no question or no answer"))
        #expect(result.standardError.contains("sheet.csv:4:1: error: the question '多久发货' is already on row 2"))
        #expect(try StoreContents(bundle: shop.root) == store)
        try shop.write("columns.csv", "标题,内容\nx,y\n")
        #expect(
            try shop.kefu(["import-faq", "columns.csv"]).standardError.contains("needs a question and an answer column")
        )
    }

    /// Before: a sheet with a 50 MB cell wrote a 52 MB FAQ file that every later sync refused.
    @Test func aSheetLargerThanTheLoadersLimitIsRefusedAndNothingChanges() throws {
        let shop = try TeamMember("shop")
        try shop.succeed(["init", shop.root.path])
        try shop.write("huge.csv", "问题,答案\n多久发货," + String(repeating: "发", count: 3_000_000) + "\n")
        let store = try StoreContents(bundle: shop.root)
        let result = try shop.kefu(["import-faq", "huge.csv"])
        #expect(result.status == 65)
        #expect(
            result.standardError.contains("huge.csv:1:1: error: file is larger than 8 MB"), "\(result.standardError)")
        #expect(try StoreContents(bundle: shop.root) == store)
        #expect(!FileManager.default.fileExists(atPath: shop.root.appending(path: "faq/huge.yaml").path))
    }

    /// Before: an unquoted comma in an answer imported `answer: 亲` and the rest as the intent, with exit 0.
    @Test func aRowWithTheWrongNumberOfCellsIsNamedOrSkipped() throws {
        let shop = try TeamMember("shop")
        try shop.succeed(["init", shop.root.path])
        let sheet = "问题,答案,分类\n支持花呗分期吗,亲,支持花呗分期,3期免息哦~,presale\n多久发货,\"亲,48小时内发货~\",物流\n"
        try shop.write("sheet.csv", sheet)
        let store = try StoreContents(bundle: shop.root)
        let refused = try shop.kefu(["import-faq", "sheet.csv"])
        #expect(refused.status == 65)
        #expect(refused.standardError.contains("sheet.csv:2:1: error: this row has 5 cells but the header has 3"))
        #expect(try StoreContents(bundle: shop.root) == store)

        let skipping = try shop.kefu(["import-faq", "sheet.csv", "--skip-bad"])
        #expect(skipping.status == 0, "\(skipping.standardError)")
        #expect(skipping.standardError.contains("1 bad rows skipped (--skip-bad): sheet.csv:2"))
        let file = try String(contentsOf: shop.root.appending(path: "faq/sheet.yaml"), encoding: .utf8)
        #expect(file.contains("多久发货") && !file.contains("花呗"))
    }

    @Test func aTabSeparatedSheetIsRead() throws {
        let shop = try TeamMember("shop")
        try shop.succeed(["init", shop.root.path])
        try shop.write("sheet.tsv", "问题\t答案\n能开发票吗\t亲,可以开电子发票~\n")
        try shop.succeed(["import-faq", "sheet.tsv"])
        let file = try String(contentsOf: shop.root.appending(path: "faq/sheet.yaml"), encoding: .utf8)
        #expect(file.contains("能开发票吗") && file.contains("亲,可以开电子发票~"))
    }
}
