import Foundation
import KefuTestSupport
import Testing

@testable import KefuEngine

/// The vocabulary `kefu check` reads templates against says exactly what answering fills in: every
/// name `TemplateVariables` sets, with a session that has everything, is known to it.
@Suite struct TemplateVocabularyTests {
    @Test func everyVariableTheEngineFillsInIsKnown() {
        var session = SessionState(id: "s", buyer: "b1001", product: "SKU-2")
        session.entities.order = "12345"
        session.entities.tracking = "ZT7788990011"
        session.entities.quantity = 60
        session.entities.size = "M"
        session.entities.height = 160
        session.entities.weight = 50
        session.entities.colour = "白色"
        let shop = FixtureShop.shopData()
        let variables = TemplateVariables(
            session: session, buyer: shop.buyer(id: "b1001"), buyerTags: ["vip"], shopName: "店", shop: shop)
        let vocabulary = TemplateVocabulary(
            columns: ShopDataColumns(
                orders: ["order_id", "buyer", "status", "carrier", "tracking", "last_event", "refund_status"],
                products: ["sku", "title", "sizes", "stock", "price", "tiers", "moq"],
                buyers: ["buyer_id", "tags", "region", "disputes_72h"]))
        let names = variables.flat.keys.sorted()
        #expect(names.count > 30)
        for name in names {
            #expect(vocabulary.shape(of: name.split(separator: ".").map(String.init)) != nil, "\(name)")
        }
        #expect(vocabulary.shape(of: ["product", "in_stock"]) == .flag)
        #expect(vocabulary.shape(of: ["order", "courier"]) == nil)
        #expect(vocabulary.shape(of: ["size", "x"]) == nil)
    }
}
