import KefuEngine
import Testing

@testable import KefuQuality

/// The probe asks swift-mustache itself which names a template looks up, inside sections and out.
@Suite struct TemplateProbeTests {
    let probe = TemplateProbe(
        vocabulary: TemplateVocabulary(columns: ShopDataColumns(orders: ["eta"], products: ["material"])))

    @Test func knownNamesPassInSectionsAndOut() {
        let text = """
            {{shop.name}}: {{#order}}{{id}} {{status}} {{eta}} {{shop.name}}{{/order}}{{^order}}单号?{{/order}}
            {{#product.in_stock}}{{product.material}} 有货{{/product.in_stock}}{{^product.has_size}}无{{size}}{{/product.has_size}}
            {{{entities.colour}}} {{! a comment }}{{recommended_size}}
            """
        #expect(probe.unknownNames(in: text).isEmpty)
    }

    @Test func unknownNamesAreNamedWhereverTheyHide() {
        let text = """
            {{order.courier}} {{#order}}{{courier2}}{{/order}} {{^product.in_stock}}{{restock_date}}{{/product.in_stock}}
            {{size.label}} {{#buyer}}{{vip_level}}{{/buyer}}
            """
        #expect(
            probe.unknownNames(in: text) == ["order.courier", "courier2", "size.label", "vip_level", "restock_date"])
    }
}
