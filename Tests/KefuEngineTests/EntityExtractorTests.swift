import KefuEngine
import Testing

@Suite struct EntityExtractorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var order: String? = nil
        var tracking: String? = nil
        var quantity: Int? = nil
        var size: String? = nil
        var height: Double? = nil
        var weight: Double? = nil
        var colour: String? = nil
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "订单12345没收到货", order: "12345"),
        Case(text: "订单号是 12345", order: "12345"),
        Case(text: "order #98765 not received", order: "98765"),
        Case(text: "2026112112345678901", order: "2026112112345678901"),
        // An ID-shaped number is never an order, with or without its cue.
        Case(text: "订单 110101199003071233"),
        Case(text: "身份证11010519491231002x"),
        Case(text: "退款到卡号6222021234567894"),
        Case(text: "运单号sf1234567890", tracking: "SF1234567890"),
        Case(text: "快递单号 773012345678", tracking: "773012345678"),
        Case(text: "采购100件多少钱", quantity: 100),
        Case(text: "i need 500 pcs", quantity: 500),
        Case(text: "有xl码吗", size: "XL"),
        Case(text: "m码还有吗", size: "M"),
        Case(text: "38码的鞋", size: "38"),
        Case(text: "i am a student"),
        Case(text: "身高165体重110斤", height: 165, weight: 55),
        Case(text: "1米7 60kg", height: 170, weight: 60),
        Case(text: "1米65,120斤", height: 165, weight: 60),
        Case(text: "1.7m 130 lb", height: 170, weight: 59),
        Case(text: "170cm 体重60", height: 170, weight: 60),
        Case(text: "要黑色的", colour: "黑色"),
        Case(text: "do you have it in black", colour: "black"),
    ]

    @Test(arguments: cases)
    func finds(_ expected: Case) {
        let found = EntityExtractor().entities(in: expected.text)
        #expect(found.order == expected.order)
        #expect(found.tracking == expected.tracking)
        #expect(found.quantity == expected.quantity)
        #expect(found.size == expected.size)
        #expect(found.height.map { $0.rounded() } == expected.height)
        #expect(found.weight.map { $0.rounded() } == expected.weight)
        #expect(found.colour == expected.colour)
    }
}
