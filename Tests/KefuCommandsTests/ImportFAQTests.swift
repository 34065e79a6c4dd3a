import Foundation
import KefuBundle
import KefuCore
import KefuStore
import KefuSync
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
        #expect(skipping.standardError.contains("1 bad row skipped (--skip-bad): sheet.csv:2"))
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

    static let spreadsheets = URL(filePath: #filePath).deletingLastPathComponent().appending(
        path: "Fixtures/spreadsheets")

    /// `店小蜜导出.xlsx` was saved by openpyxl (inline strings, a rich-text answer, a number, a blank row, a
    /// second sheet); its entries get ids a seller can read, from the category and the question.
    @Test func aWorkbookIsReadWithReadableIDs() throws {
        let shop = try TeamMember("shop")
        try shop.succeed(["init", shop.root.path])
        try FileManager.default.copyItem(
            at: Self.spreadsheets.appending(path: "店小蜜导出.xlsx"), to: shop.root.appending(path: "导出.xlsx"))
        let result = try shop.succeed(["import-faq", "导出.xlsx"])
        #expect(result.standardOutput.contains("Imported 4 FAQ entries from 导出.xlsx: 4 added"))
        let ids = try shop.items().keys.filter { $0.hasPrefix("faq/") }.sorted()
        #expect(
            ids == [
                "faq/logistics-do-you-ship-to-canada", "faq/presale-zhi-chi-hua-bei-fen-qi-ma",
                "faq/wu-liu-duo-jiu-fa-huo", "faq/wu-liu-yun-fei-duo-shao",
            ])
        #expect(try shop.field("faq/logistics-do-you-ship-to-canada", "answer") == "Yes, in 10 days~")
        #expect(try shop.field("faq/wu-liu-yun-fei-duo-shao", "answer") == "10")
        let file = try String(contentsOf: shop.root.appending(path: "faq/imported.yaml"), encoding: .utf8)
        #expect(file.contains("similar: [几天发货, 什么时候寄出]"))
        #expect(!file.contains("这一页不是问题"), "only the first sheet is read")
        try shop.succeed(["check"])
    }

    /// `千牛导出.xlsx` was saved by XlsxWriter (shared strings, rich text among them); its row 6 has no
    /// answer, which is named by its row as Excel numbers it, or skipped with `--skip-bad`.
    @Test func aWorkbooksBadRowIsNamedByItsExcelRow() throws {
        let shop = try TeamMember("shop")
        try shop.succeed(["init", shop.root.path])
        try FileManager.default.copyItem(
            at: Self.spreadsheets.appending(path: "千牛导出.xlsx"), to: shop.root.appending(path: "qianniu.xlsx"))
        let store = try StoreContents(bundle: shop.root)
        let refused = try shop.kefu(["import-faq", "qianniu.xlsx"])
        #expect(refused.status == 65)
        #expect(refused.standardError.contains("qianniu.xlsx:6:1: error: this row has no question or no answer"))
        #expect(try StoreContents(bundle: shop.root) == store)

        try shop.succeed(["import-faq", "qianniu.xlsx", "--skip-bad"])
        #expect(try shop.field("faq/presale-zhi-chi-hua-bei-fen-qi-ma", "answer") == "亲,支持花呗分期,3期免息哦~")
        #expect(try shop.field("faq/wu-liu-duo-jiu-fa-huo", "similar") == nil)
        let file = try String(contentsOf: shop.root.appending(path: "faq/qianniu.yaml"), encoding: .utf8)
        #expect(file.contains("similar: [几天发货, 什么时候寄出]"))
    }

    @Test func aBrokenWorkbookIsAnErrorNamingTheFile() throws {
        let shop = try TeamMember("shop")
        try shop.succeed(["init", shop.root.path])
        try shop.write("broken.xlsx", "PK\u{3}\u{4}" + String(repeating: "x", count: 200))
        let store = try StoreContents(bundle: shop.root)
        let result = try shop.kefu(["import-faq", "broken.xlsx"])
        #expect(result.status == 65)
        #expect(
            result.standardError.contains("broken.xlsx:1:1: error: the workbook cannot be read"),
            "\(result.standardError)")
        #expect(try StoreContents(bundle: shop.root) == store)
    }

    /// Questions that would share an id each get a hash suffix, whichever row comes first; an entry an
    /// older kefu imported as `faq-HASH` keeps that id when the sheet is imported again.
    @Test func idsStayUniqueAndOlderImportsKeepTheirs() throws {
        let ids = FAQSpreadsheet.readableIDs(for: [("物流", "多久发货?"), ("物流", "多久发货!"), (nil, "🙂")])
        #expect(ids.map(\.rawValue) == ["wu-liu-duo-jiu-fa-huo-2893ae", "wu-liu-duo-jiu-fa-huo-1b15c3", "faq-d06f15"])
        #expect(Set(ids).count == 3)
        let swapped = FAQSpreadsheet.readableIDs(for: [("物流", "多久发货!"), ("物流", "多久发货?")])
        #expect(swapped == [ids[1], ids[0]])

        let shop = try TeamMember("shop")
        try shop.succeed(["init", shop.root.path])
        let legacy = FAQSpreadsheet.legacyID(for: "多久发货")
        let store = try Store.open(at: shop.root.appending(path: Store.relativePath))
        let old = BundleItem(
            key: ItemKey(kind: .faq, id: legacy), fields: ["question": "多久发货", "answer": "亲,48小时内发货~"])
        let merge = SourceMerge(store: store, source: "spreadsheet-sheet", author: "shop")
        try merge.apply(try merge.plan(theirs: [old.key: old], theirsFiles: [old.key: "faq/sheet.yaml"]))
        try shop.succeed(["sync"])
        try shop.write("sheet.csv", "问题,答案\n多久发货,\"亲,24小时内发货~\"\n")
        let again = try shop.succeed(["import-faq", "sheet.csv"])
        #expect(again.standardOutput.contains("0 added, 1 changed"), "\(again.standardOutput)")
        #expect(try shop.field("faq/\(legacy)", "answer") == "亲,24小时内发货~")
    }

    /// Before: a row taken out of the sheet removed its entry silently, counted as "changed".
    @Test func anEntryNoLongerInTheSheetIsSaidToBeRemoved() throws {
        let shop = try TeamMember("shop")
        try shop.succeed(["init", shop.root.path])
        try shop.write("sheet.csv", "问题,答案\n多久发货,48小时内\n包邮吗,包邮\n")
        try shop.succeed(["import-faq", "sheet.csv"])
        try shop.write("sheet.csv", "问题,答案\n多久发货,48小时内\n")
        let again = try shop.succeed(["import-faq", "sheet.csv"])
        #expect(again.standardOutput.contains("0 added, 0 changed, 1 unchanged"), "\(again.standardOutput)")
        #expect(again.standardOutput.contains("removed faq/bao-you-ma: no longer in sheet.csv"))
        let json = try shop.succeed(["import-faq", "sheet.csv", "--json"]).standardOutput
        #expect(json.contains("\"removed\" : [\n\n  ]") || json.contains("\"removed\" : []"), "\(json)")
    }
}
