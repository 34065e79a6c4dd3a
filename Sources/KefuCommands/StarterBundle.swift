import Foundation
import KefuBundle
import KefuCore

/// What `kefu init` writes: the settings, a welcome and a fallback template (the fallback says how
/// to reach a person), a handoff lexicon, and empty FAQ and rule files that say what goes in them.
/// It passes `kefu check` as it is.
struct StarterBundle {
    let preset: Preset
    let name: String

    var manifest: BundleManifest {
        let settings = BundleItem(
            key: .bundleSettings,
            fields: [
                "name": .text(name),
                "platform": .text(preset.rawValue),
                "locales": .list(preset.locales.map { .text($0) }),
                "welcome": "welcome",
                "fallback": "fallback",
                "thresholds": [
                    "answer": .number(BundleSettings.Thresholds.defaultAnswer),
                    "suggest": .number(BundleSettings.Thresholds.defaultSuggest),
                ],
            ])
        return BundleManifest(bundleID: UUID(), version: 1, settings: settings)
    }

    var items: [BundleItem] {
        [
            template("welcome", texts: welcomeTexts),
            template("fallback", texts: fallbackTexts),
            BundleItem(
                key: key(.lexicon, "handoff-requests"),
                fields: ["type": "handoff", "phrases": .list(handoffPhrases.map { .text($0) })]),
        ]
    }

    /// The starter's item files, each pointing editors at its JSON Schema; the FAQ and rule files
    /// hold no items yet but show where items go.
    var emptyFiles: [BundleFile] {
        [
            file(.faq, header: Self.faqHeader), file(.rule, header: Self.ruleHeader), file(.template),
            file(.lexicon),
        ]
    }

    private func file(_ kind: ItemKind, header: String? = nil) -> BundleFile {
        let modeline = BundleJSONSchema.modeline(forFile: kind.defaultFile, kind: kind)
        return BundleFile(
            path: kind.defaultFile, kind: kind, header: [modeline, header].compactMap { $0 }.joined(separator: "\n"))
    }

    static let faqHeader = """
        # FAQ entries (常见问题). Each entry:
        # - id: shipping-time
        #   question: 什么时候发货?
        #   similar: [多久发货, 几天能发出]
        #   answer: 亲,付款后48小时内发货~
        #   intent: logistics
        """

    static let ruleHeader = """
        # Keyword rules (关键词回复). Each rule:
        # - id: promo
        #   keywords: [活动, 优惠, 满减]
        #   exclude: [退款]
        #   reply: 本店满200减20,活动截止到本月30日~
        #   priority: 10
        """

    private func template(_ id: String, texts: [String: String]) -> BundleItem {
        let text: FieldValue =
            texts.count == 1 ? .text(texts.values.first ?? "") : .record(texts.mapValues { .text($0) })
        return BundleItem(key: key(.template, id), fields: ["text": text])
    }

    private func key(_ kind: ItemKind, _ id: String) -> ItemKey {
        ItemKey(kind: kind, id: ItemID(trusted: id))
    }

    private var welcomeTexts: [String: String] {
        switch preset {
        case .aliexpress:
            [
                "en": "Hello, welcome to {{shop.name}}! How can I help you today?",
                "es": "¡Hola, bienvenido a {{shop.name}}! ¿En qué puedo ayudarle?",
                "fr": "Bonjour et bienvenue chez {{shop.name}} ! Comment puis-je vous aider ?",
                "ru": "Здравствуйте, добро пожаловать в {{shop.name}}! Чем могу помочь?",
                "pt": "Olá, bem-vindo à {{shop.name}}! Como posso ajudar?",
                "zh-CN": "您好,欢迎光临{{shop.name}}!请问有什么可以帮您?",
            ]
        case .alibaba1688:
            ["zh-CN": "您好,欢迎光临{{shop.name}}~批发价、起订量、发货时间都可以直接问我哦。"]
        case .douyin:
            ["zh-CN": "亲亲,欢迎来到{{shop.name}}~有什么问题尽管问我哦!"]
        default:
            ["zh-CN": "亲,欢迎光临{{shop.name}}~有什么可以帮您?"]
        }
    }

    private var fallbackTexts: [String: String] {
        switch preset {
        case .aliexpress:
            [
                "en": "Sorry, I am still learning and could not answer that. Reply \"agent\" to talk to a person.",
                "es": "Lo siento, todavía estoy aprendiendo. Responda \"agente\" para hablar con una persona.",
                "fr": "Désolé, je suis encore en apprentissage. Répondez « agent » pour parler à une personne.",
                "ru": "Извините, я ещё учусь. Напишите «оператор», чтобы связаться с человеком.",
                "pt": "Desculpe, ainda estou aprendendo. Responda \"atendente\" para falar com uma pessoa.",
                "zh-CN": "抱歉,这个问题我还在学习中。回复“人工”即可转接人工客服。",
            ]
        default:
            ["zh-CN": "亲,这个问题我还在学习中~回复“人工”马上为您转接人工客服。"]
        }
    }

    private var handoffPhrases: [String] {
        let chinese = ["转人工", "人工客服", "人工", "真人", "找客服"]
        switch preset {
        case .aliexpress:
            return chinese + [
                "human", "agent", "real person", "agente", "humano", "humain", "оператор", "человек", "atendente",
            ]
        default:
            return chinese
        }
    }
}
