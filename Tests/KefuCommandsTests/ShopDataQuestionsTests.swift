import Foundation
import KefuTestSupport
import Testing

/// The questions sellers' seeds call the most common, answered from the shop's own data: stock and
/// price for the product in view, refund progress, a quantity's tier price. Every preset's starter
/// tests ask each of them too (ShippedBundleTests runs them).
@Suite struct ShopDataQuestionsTests {
    private func copy(_ path: String) throws -> (TemporaryFolder, URL) {
        let sample = try SampleShop(path)
        return (sample.folder, sample.root)
    }

    private func ask(_ arguments: [String], in shop: URL) throws -> (reply: String, badge: String) {
        let result = try KefuBinary.run(["ask"] + arguments, in: shop)
        return (result.standardOutput, result.standardError)
    }

    /// Before: the first fell back, the second was answered from the return policy, the third got the
    /// parcel's whereabouts.
    @Test func theTaobaoSampleAnswersStockPriceAndRefundFromItsData() throws {
        let (folder, shop) = try copy("Samples/taobao-apparel")
        let xl = try ask(["--product", "DR-101", "这件衣服有XL码吗"], in: shop)
        #expect(xl.reply == "亲,法式碎花连衣裙的XL暂时缺货,现在有货的尺码:S/M/L,可以先收藏,补货会通知您~\n", "\(xl)")
        let any = try ask(["--product", "DR-101", "有现货吗"], in: shop)
        #expect(any.reply.contains("现在有货的尺码:S/M/L"), "\(any)")
        let price = try ask(["--product", "DR-101", "价格多少"], in: shop)
        #expect(price.reply == "亲,法式碎花连衣裙现在的价格是199元~\n", "\(price)")
        let refund = try ask(["订单3301005退款到哪一步了"], in: shop)
        #expect(refund.reply.contains("退款处理中 预计2天内完成"), "\(refund)")
        #expect(refund.badge.hasPrefix("[answer · rule/refund-progress"))
        withExtendedLifetime(folder) {}
    }

    /// Before: a colour was not read against the product, and stock was by size only. A product with a
    /// `colours` column and stock by `colour/size` answers for the variant asked, in any preset.
    @Test func stockIsAnsweredByColourAndSize() throws {
        let (folder, shop) = try copy("Samples/taobao-apparel")
        let navyM = try ask(["--product", "JK-301", "深蓝色M码有货吗"], in: shop)
        #expect(navyM.reply == "亲,短款牛仔外套的深蓝 M有货,库存3件,可以放心拍~\n", "\(navyM)")
        let lightM = try ask(["--product", "JK-301", "浅蓝M码有货吗"], in: shop)
        #expect(lightM.reply.hasPrefix("亲,短款牛仔外套的浅蓝 M暂时缺货,现在有货的尺码:浅蓝 S/L, 深蓝 S/M,"), "\(lightM)")
        let anyColour = try ask(["--product", "JK-301", "L码有货吗"], in: shop)
        #expect(anyColour.reply.contains("的L有货,库存4件"), "\(anyColour)")
        let black = try ask(["--product", "JK-301", "黑色有货吗"], in: shop)
        #expect(black.reply.hasPrefix("亲,短款牛仔外套没有黑色,现在有货的尺码:浅蓝 S/L, 深蓝 S/M"), "\(black)")

        let (preset, presetShop) = try copy("Bundles/douyin")
        try "sku,title,sizes,colours,stock,price\nBX-1,保温杯,,奶白|雾霾蓝,奶白:0|雾霾蓝:7,49\n".write(
            to: presetShop.appending(path: "data/products.csv"), atomically: true, encoding: .utf8)
        let blue = try ask(["--product", "BX-1", "雾霾蓝有货吗"], in: presetShop)
        #expect(blue.reply == "亲亲,保温杯的雾霾蓝有货,还有7件,可以放心拍~\n", "\(blue)")
        let white = try ask(["--product", "BX-1", "奶白还有货吗"], in: presetShop)
        #expect(white.reply.hasPrefix("亲亲,保温杯的奶白暂时缺货,现在有货的规格:雾霾蓝,"), "\(white)")
        withExtendedLifetime([folder, preset]) {}
    }

    /// Before: `价格多少` in a Tmall shop was answered from the free-shipping FAQ, and the 1688 seed's
    /// `采购 100 件的价格` fell back.
    @Test func presetsAnswerPriceAndQuantityFromProductsCSV() throws {
        let product =
            "sku,title,sizes,stock,price,tiers,moq\nTS-201,纯棉圆领T恤,S|M|L,S:40|M:52|L:0,59,1-49:25|50-199:22|200+:19.5,30\n"
        let (tmall, tmallShop) = try copy("Bundles/tmall")
        try product.write(to: tmallShop.appending(path: "data/products.csv"), atomically: true, encoding: .utf8)
        let price = try ask(["--product", "TS-201", "价格多少"], in: tmallShop)
        #expect(price.reply == "亲,纯棉圆领T恤现在的价格是59元~\n", "\(price)")

        let (wholesale, wholesaleShop) = try copy("Bundles/1688")
        try product.write(to: wholesaleShop.appending(path: "data/products.csv"), atomically: true, encoding: .utf8)
        let quote = try ask(["--product", "TS-201", "采购 100 件的价格"], in: wholesaleShop)
        #expect(quote.reply.contains("纯棉圆领T恤 100件的单价是22元"), "\(quote)")
        let few = try ask(["--product", "TS-201", "采购 10 件"], in: wholesaleShop)
        #expect(few.reply.contains("低于起订量30件"), "\(few)")
        withExtendedLifetime([tmall, wholesale]) {}
    }

    /// Before: `太贵了再考虑一下` got the fallback, with only `at_risk: true` in the trace.
    @Test func aHesitatingBuyerIsReassuredAndTheReportCountsIt() throws {
        let (folder, shop) = try copy("Samples/taobao-apparel")
        let hesitant = try ask(["太贵了再考虑一下"], in: shop)
        #expect(hesitant.badge == "[answer · template/retention]\n", "\(hesitant)")
        #expect(hesitant.reply.contains("7天无理由退换"))
        let log = """
            {"time":"2026-11-02T10:00:00+08:00","session":"h1","buyer":"b1","text":"太贵了再考虑一下"}
            {"time":"2026-11-02T10:01:00+08:00","session":"h2","buyer":"b2","text":"包邮吗"}

            """
        try log.write(to: shop.appending(path: "hesitant.jsonl"), atomically: true, encoding: .utf8)
        #expect(try KefuBinary.run(["replay", "hesitant.jsonl"], in: shop).status == 0)
        let report = try KefuBinary.run(["report", "--json"], in: shop)
        let object = try #require(
            JSONSerialization.jsonObject(with: Data(report.standardOutput.utf8)) as? [String: Any])
        #expect(object["retentionReplies"] as? Int == 1)
        #expect(
            try KefuBinary.run(["report"], in: shop).standardOutput.contains(
                "hesitating buyers reassured (retention template): 1"))
        withExtendedLifetime(folder) {}
    }
}
