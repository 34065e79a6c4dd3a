import Testing

@testable import KefuCore

@Suite struct PersonalDataMaskerTests {
    let masker = PersonalDataMasker()

    @Test(arguments: [
        ("收货人张三 电话13912345678 地址广州市白云区机场路88号", "收货人张三 电话[phone] 地址[address]"),
        ("我电话换了 138-0013-8000 帮我改一下", "我电话换了 [phone] 帮我改一下"),
        ("能不能寄到学校 地址武汉市洪山区珞喻路1037号 电话+86 159 8765 4321", "能不能寄到学校 地址[address] 电话[phone]"),
        ("身份证号11010519491231002X", "身份证号[id]"),
        ("Meu CPF é 123.456.789-09, telefone (11) 98765-4321", "Meu CPF é [id], telefone [phone]"),
        (
            "Please send to Maria Lopez, Calle de Alcalá 120, 28009 Madrid, phone +34 612 345 678",
            "Please send to Maria Lopez, [address], phone [phone]"
        ),
        (
            "Мой телефон +7 912 345-67-89, адрес Москва, ул. Тверская, д. 7, кв. 12",
            "Мой телефон [phone], адрес Москва, [address]"
        ),
        ("Ship to 1600 Pennsylvania Avenue please", "Ship to [address] please"),
        // Full-width digits, dots between groups, landlines, e-mail, cards, an address after its cue.
        ("我的手机１３８１２３４５６７８", "我的手机[phone]"),
        ("电话 138.1234.5678 谢谢", "电话 [phone] 谢谢"),
        ("座机010-12345678,白天打", "座机[phone],白天打"),
        ("打 0571 87654321 找我", "打 [phone] 找我"),
        ("邮箱 buyer.secret@example.com 发发票", "邮箱 [email] 发发票"),
        ("qq邮箱13812345678@qq.com", "qq邮箱[email]"),
        ("退款到卡号6222021234567894吧", "退款到卡号[card]吧"),
        ("card 6217 0000 1234 5678 915 please", "card [card] please"),
        ("银行卡：6222 0212 3456 7894", "银行卡：[card]"),
        ("收货地址：朝阳区望京街道阳光小区3栋2单元501", "收货地址：[address]"),
        ("收货地址:海淀区中关村大街27号", "收货地址:[address]"),
        ("身份证１１０１０５１９４９１２３１００２Ｘ", "身份证[id]"),
        // No digit at all: the address word or a full-width @ is what lets the patterns look.
        ("收货地址：浙江省杭州市西湖区文三路", "收货地址：[address]"),
        ("邮箱 buyer＠example.com", "邮箱 [email]"),
    ])
    func masksPersonalData(_ text: String, _ expected: String) {
        #expect(masker.mask(text) == expected)
    }

    @Test(arguments: [
        "查物流 6932110045871234503",  // a 19-digit Douyin order number
        "Where is my order 8201100045871003?",
        "订单3301003发货了吗",
        "单号SF1400998877",
        "身高165体重110斤穿什么码",
        "600个多少钱一个",
        "a 12-digit run 110105194912310021 whose check digit is wrong",
        "地址写错了怎么改",
        "发货地址是哪里",
        "订单2026112112345678901,卡住了",
        "客服热线400-820-8820",
        "第１件半价吗",
    ])
    func leavesOrdersAndQuestionsAlone(_ text: String) {
        #expect(masker.mask(text) == text)
    }

    /// A masked message masked again is the same: reports group by the masked text.
    @Test func maskingTwiceChangesNothing() {
        for text in ["收货地址：朝阳区望京街道阳光小区3栋2单元501,电话１３８１２３４５６７８", "卡号 6222 0212 3456 7894, a@b.co"] {
            let once = masker.mask(text)
            #expect(masker.mask(once) == once)
            #expect(PersonalDataMasker.hasMaskedData(once))
        }
    }

    @Test func checksTheChineseIDCheckDigit() {
        #expect(PersonalDataMasker.isChineseResidentID("11010519491231002X"))
        #expect(!PersonalDataMasker.isChineseResidentID("110105194912310021"))
    }

    /// A cut through a phone number drops the piece it left, which the masker could no longer see.
    @Test func anExcerptNeverKeepsHalfANumber() {
        let text = String(repeating: "请", count: 495) + "电话13912345678,谢谢"
        let excerpt = PersonalDataMasker.excerpt(text, limit: 500)
        #expect(excerpt == String(repeating: "请", count: 495) + "电话…")
        #expect(PersonalDataMasker.excerpt("电话13912345678", limit: 500) == "电话13912345678")
        let megabyte = String(repeating: "发货", count: 500_000)
        #expect(PersonalDataMasker.excerpt(megabyte, limit: 2_000).count == 2_001)
    }
}

/// The masker does not run a pattern that cannot match the text (too few digits, no cue): on texts built
/// to sit at those limits (numbers of every length from 1 to 19 digits, in groups, after cues), the
/// result is the same as running every pattern.
@Suite struct PersonalDataMaskerShortcutTests {
    @Test func skippingPatternsThatCannotMatchChangesNothing() {
        let masker = PersonalDataMasker()
        var generator = SeededGenerator(seed: 3)
        func pick<Element>(_ elements: [Element]) -> Element {
            elements[Int(generator.next() % UInt64(elements.count))]
        }
        let words = [
            " ", "@", "＠", "号", "地址", "住址：", "广州市白云区机场路", "calle Mayor ", " Main Street", "卡号", "订单", "+", "(",
            ")", "x@y.com", "\u{301}", "abc",
        ]
        /// A number of `length` digits, often shaped like a phone (1 then 3–9, or a leading 0), in
        /// groups split by a space, a dash or a dot, sometimes written full-width.
        func number(_ length: Int) -> String {
            var digits = (0..<length).map { _ in Int(generator.next() % 10) }
            switch generator.next() % 3 {
            case 0 where length > 1: digits[0] = 1; digits[1] = 3 + Int(generator.next() % 7)
            case 1: digits[0] = 0
            default: break
            }
            let separator = pick(["", "", " ", "-", "."])
            let wide = generator.next() % 5 == 0
            return digits.enumerated().map { index, digit in
                let text =
                    wide ? String(UnicodeScalar(0xFF10 + UInt32(digit)).map(Character.init) ?? "0") : String(digit)
                return (index > 0 && index % 4 == 3 ? separator : "") + text
            }.joined()
        }
        var masked = 0
        for _ in 0..<6_000 {
            let text = (0..<(1 + Int(generator.next() % 4))).map { _ in
                generator.next() % 2 == 0 ? number(1 + Int(generator.next() % 19)) : pick(words)
            }.joined()
            let expected = masker.mask(text, skippingWhatCannotMatch: false)
            #expect(masker.mask(text) == expected, "\(text.debugDescription)")
            if expected != text { masked += 1 }
        }
        #expect(masked > 500, "the texts reach the patterns")
    }

    /// Numbers with exactly as many digits as their pattern needs, which random texts rarely form valid.
    @Test(arguments: [
        ("身份证11010519491231002X", "身份证[id]"), ("CPF 111.444.777-35", "CPF [id]"), ("卡号4222222222222", "卡号[card]"),
        ("4222 2222 2222 2", "[card]"), ("13912345678", "[phone]"), ("+44 2079 4609", "[phone]"),
        ("010-1234567", "[phone]"),
    ])
    func numbersAtTheirPatternsLeastDigitsAreMasked(_ text: String, _ expected: String) {
        #expect(PersonalDataMasker().mask(text) == expected)
        #expect(PersonalDataMasker().mask(text, skippingWhatCannotMatch: false) == expected)
    }
}
