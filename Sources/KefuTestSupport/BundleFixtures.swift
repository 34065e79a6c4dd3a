/// Small, valid bundle files that tests start from and then break on purpose.
public enum BundleFixtures {
    public static let bundleID = "6f0c2a1e-8d4b-4c8e-9a57-3b1d2e4f5a60"

    public static let manifest = """
        format: 1
        id: \(bundleID)
        name: 示例女装店
        platform: taobao
        locales: [zh-CN, en]
        version: 7
        welcome: welcome
        fallback: fallback
        thresholds:
          answer: 0.62
          suggest: 0.35

        """

    public static let templates = """
        - id: welcome
          text:
            zh-CN: 亲,欢迎光临{{shop.name}}~
            en: Welcome to {{shop.name}}!
        - id: fallback
          text: 亲,这个问题我还在学习中~回复“人工”转人工客服。
        - id: logistics
          needs: [order]
          text:
            zh-CN: "亲,订单{{order.id}}已由{{order.carrier}}发出,最新进度:{{order.last_event}}"
            en: "Your order {{order.id}} shipped with {{order.carrier}}: {{order.last_event}}"

        """

    public static let faq = """
        # Logistics questions.
        - id: shipping-time
          question: 什么时候发货?
          similar: [多久发货, 几天能发出, 下单后多久寄出, 什么时候寄]
          answer: 亲,付款后48小时内发货,大促期间72小时内~
          intent: logistics
          tags: [presale]
          active: {from: 2026-11-01, until: 2026-11-30}
        - id: where-is-my-order
          question: 我的快递到哪了
          similar: [查物流, 物流信息]
          answer: {template: logistics}
          intent: logistics

        """

    public static let rules = """
        - id: promo-double11
          keywords: [活动, 优惠, 满减]
          exclude: [退款, 退货]
          reply: 本店满200减20,满500减60~
          priority: 10
          intent: presale
          when: {buyer_tags: [vip]}
          active: {from: 2026-11-01, until: 2026-11-12}

        """

    public static let lexicons = """
        - id: synonyms-logistics
          type: synonyms
          groups:
            - [发货, 寄出, 发出]
            - [多久, 几天, 什么时候]
        - id: negative
          type: sentiment
          level: high
          phrases: [骗子, 投诉, 差评, 举报, 12315]
        - id: complex-issues
          type: handoff
          reason: complex
          reply: 很抱歉给您添麻烦了,请先拍下问题照片,人工客服马上为您处理~
          phrases: [假货, 拒绝退款, 快递丢了, 质量问题]

        """

    public static let agents = """
        - id: xiaowang
          name: 小王
          role: agent
          skills: [presale, logistics]
          hours: "09:00-23:00"

        """

    public static let tests = """
        - id: size-question
          turns:
            - buyer: 什么时候发货
              expect: {faq: shipping-time}
            - buyer: 转人工
              expect: {decision: handoff}

        """

    /// A complete, valid bundle using every item kind.
    public static let complete: [String: String] = [
        "bundle.yaml": manifest,
        "templates/standard.yaml": templates,
        "faq/logistics.yaml": faq,
        "rules/promo.yaml": rules,
        "lexicons/words.yaml": lexicons,
        "agents.yaml": agents,
        "tests/basics.yaml": tests,
    ]
}
