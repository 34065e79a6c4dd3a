import Foundation
import KefuBundle
import KefuCore
import KefuEngine
import Testing

@testable import KefuQuality

/// Each lint fires once on a bundle seeded with one instance of it, at the right place; a clean
/// bundle has no findings. The clock is fixed at 2026-12-01 10:00 in Shanghai.
@Suite struct BundleLinterTests {
    static let morning = Date(timeIntervalSince1970: 1_796_090_400)

    static let settings = """
        format: 1
        id: 6f0c2a1e-4b1d-4c55-9d1a-2f6f0f3e9a11
        name: 示例女装店
        platform: taobao
        locales: [zh-CN]
        fallback: fallback
        """

    static let templates = """
        - id: fallback
          text: 亲,这个问题我还不会,回复“人工”为您转接客服~
        - id: message-image
          text: 亲,图片已收到~麻烦用文字描述一下您的问题,或回复“人工”转接客服~
        """

    static let cleanFAQs = """
        - id: shipping-time
          question: 什么时候发货?
          similar: [多久发货, 几天能发出]
          answer: 亲,付款后48小时内发货~
        - id: shipping-fee
          question: 包邮吗?
          similar: [运费多少, 需要付运费吗]
          answer: 亲,全国包邮(新疆西藏除外)~
        - id: invoice
          question: 能开发票吗?
          similar: [可以开票吗, 发票怎么开]
          answer: 亲,可以开电子发票,下单时备注抬头和税号~
        """

    static let cleanRules = """
        - id: promo
          keywords: [满减, 优惠券]
          reply: 亲,本店满200减20~
          priority: 10
        - id: refund
          keywords: [退款]
          reply: 亲,退款申请后48小时内处理~
        """

    private func lint(
        faqs: String = cleanFAQs, rules: String = cleanRules, lexicons: String = "[]\n",
        agents: String = "- {id: xiaowang, name: 小王}\n"
    ) throws -> [Diagnostic] {
        let files: [String: String] = [
            "bundle.yaml": Self.settings, "templates/templates.yaml": Self.templates, "faq/faq.yaml": faqs,
            "rules/rules.yaml": rules, "lexicons/lexicons.yaml": lexicons,
            "agents.yaml": agents,
        ]
        let bundle = try BundleLoader().loadBundle(files: files.mapValues { Data($0.utf8) })
        return BundleLinter(
            content: try EngineContent(records: bundle.contentRecords()), now: Self.morning,
            timeZone: TimeZone(identifier: "Asia/Shanghai") ?? .current
        ).lint()
    }

    private func codes(_ findings: [Diagnostic]) -> [String] { findings.compactMap(\.code) }

    @Test func aCleanBundleHasNoFindings() throws {
        #expect(try lint().isEmpty)
    }

    @Test func theSameKeywordWithDifferentRepliesIsK101() throws {
        let findings = try lint(
            rules: Self.cleanRules + """

                - id: size-chart
                  keywords: [活动, 尺码表]
                  reply: 亲,尺码表请看详情页~
                - id: double11
                  keywords: [双11, 活动]
                  reply: 亲,双11全场5折~
                """)
        #expect(codes(findings) == ["K101"])
        #expect(findings.first?.location == SourceLocation(file: "rules/rules.yaml", line: 11, column: 3))
        #expect(
            findings.first?.message.text(in: .english).contains("rule 'size-chart' (rules/rules.yaml:8) '活动'") == true)
    }

    @Test func synonymsMakeOneKeyword() throws {
        let findings = try lint(
            rules: Self.cleanRules + """

                - id: free-shipping
                  keywords: [包邮]
                  reply: 亲,全国包邮~
                - id: shipping-cost
                  keywords: [免运费]
                  reply: 亲,满99免运费~
                """,
            lexicons: """
                - id: synonyms
                  type: synonyms
                  groups: [[包邮, 免运费]]
                """)
        #expect(codes(findings) == ["K101"])
    }

    @Test func aShadowedOrSelfExcludedRuleIsK102() throws {
        let findings = try lint(
            rules: Self.cleanRules + """

                - id: coupon-help
                  keywords: [优惠券怎么用]
                  reply: 亲,优惠券下单时自动抵扣~
                  priority: 5
                - id: return-freight
                  keywords: [退货运费]
                  exclude: [退货]
                  reply: 亲,退货运费由运费险承担~
                """)
        #expect(codes(findings) == ["K102", "K102"])
        let messages = findings.map { $0.message.text(in: .english) }
        #expect(
            messages[0].hasPrefix(
                "rule 'coupon-help' can never answer: rule 'promo' (rules/rules.yaml:1) (priority 10)"))
        #expect(findings[0].location?.line == 8)
        #expect(
            messages[1]
                == "rule 'return-freight' can never answer: its exclude word '退货' is in its own keywords; remove it from exclude"
        )
        #expect(findings[1].location?.line == 12)
    }

    @Test func broadKeywordsAreK103() throws {
        let findings = try lint(
            rules: Self.cleanRules + """

                - id: greeting
                  keywords: [在吗, Hello, 好]
                  reply: 亲,在的~
                """)
        #expect(codes(findings) == ["K103", "K103", "K103"])
        #expect(Set(findings.compactMap(\.location?.line)) == [8])
    }

    @Test func theSameQuestionInTwoEntriesIsK104() throws {
        let findings = try lint(
            faqs: Self.cleanFAQs + """

                - id: delivery
                  question: 幾天能發出?
                  similar: [快递几天到]
                  answer: 亲,一般3到5天送达~
                """)
        #expect(codes(findings) == ["K104"])
        #expect(findings.first?.location?.line == 1)
        #expect(
            findings.first?.message.text(in: .english).contains("faq 'delivery' (faq/faq.yaml:13) '幾天能發出?'") == true)
    }

    @Test func blockedRepliesAreK109Errors() throws {
        let findings = try lint(
            rules: Self.cleanRules + """

                - id: quality
                  keywords: [质量]
                  reply: 亲,我们的面料是全网最好的~
                """,
            lexicons: """
                - id: banned
                  type: blocklist
                  phrases: [微信]
                - id: leave
                  type: handoff
                  phrases: [转人工]
                  reply: 亲,加微信聊~
                """)
        #expect(codes(findings) == ["K109", "K109"])
        #expect(findings.allSatisfy { $0.severity == .error })
        #expect(Set(findings.compactMap(\.location?.file)) == ["rules/rules.yaml", "lexicons/lexicons.yaml"])
    }

    @Test func aBundleWithoutAgentsIsK112() throws {
        let findings = try lint(agents: "[]\n")
        #expect(codes(findings) == ["K112"])
        #expect(findings.first?.location?.file == "bundle.yaml")
    }

    @Test func activeWindowsAreK110() throws {
        let findings = try lint(
            rules: Self.cleanRules + """

                - id: double11
                  keywords: [双11]
                  reply: 亲,双11全场5折~
                  active: {from: 2026-11-01, until: 2026-11-12}
                - id: double12
                  keywords: [双12]
                  reply: 亲,双12满减~
                  active: {from: 2026-12-10, until: 2026-12-13}
                - id: december
                  keywords: [12月活动]
                  reply: 亲,本月新品9折~
                  active: {until: 2026-12-05}
                """)
        #expect(codes(findings) == ["K110", "K110", "K110"])
        #expect(findings.map(\.severity) == [.warning, .note, .note])
        #expect(findings.map { $0.location?.line } == [8, 12, 16])
    }
}

/// The hours check reads agents' shifts as the router does, across midnight too.
@Suite struct AgentHoursTests {
    private func gaps(_ hours: [String?]) -> [Range<Int>] {
        BundleLinter.uncoveredRanges(hours.map { $0.flatMap(WorkingHours.init(parsing:)) })
    }

    @Test func gapsAcrossMidnightReadAsOne() {
        #expect(gaps(["09:00-23:00"]) == [1380..<(1440 + 540)])
        #expect(gaps(["09:00-12:00", "13:00-18:00", "18:00-09:00"]) == [720..<780])
        #expect(gaps(["22:00-02:00", "02:00-22:00"]).isEmpty)
        #expect(gaps(["09:00-18:00", nil]).isEmpty)
    }

    @Test func aLocaleIsCoveredByAnyTextInItsLanguage() {
        #expect(BundleLinter.covers(["es"], "es-MX"))
        #expect(BundleLinter.covers(["zh-CN"], "zh"))
        #expect(!BundleLinter.covers(["en", "es"], "pt-BR"))
    }
}
