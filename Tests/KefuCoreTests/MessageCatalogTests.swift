import KefuCore
import Testing

@Suite struct MessageCatalogTests {
    @Test func rendersArgumentsAndNestedMessages() {
        let message = Message(.wrongType, "similar", MessageKey.expectList)
        #expect(message.text(in: .english) == "'similar' must be a list like [a, b]")
        #expect(message.text(in: .chinese) == "“similar”应为形如 [a, b] 的列表")
    }

    /// A key whose words are missing reads as English, then as its name: never as nothing.
    @Test func aMissingTextFallsBackToEnglishThenTheName() {
        enum HalfDomain: MessageDomain {
            static func table(for language: Language) -> [MessageKey: String] {
                language == .english ? [MessageKey("onlyEnglish", in: HalfDomain.self): "only English"] : [:]
            }
        }
        #expect(Message(MessageKey("onlyEnglish", in: HalfDomain.self)).text(in: .chinese) == "only English")
        #expect(Message(MessageKey("nowhere", in: HalfDomain.self)).text(in: .chinese) == "nowhere")
    }

    @Test func picksTheLanguageFromOptionsThenEnvironment() {
        #expect(Language.resolve(environment: ["LANG": "zh_CN.UTF-8"]) == .chinese)
        #expect(Language.resolve(environment: ["LANG": "en_US.UTF-8"]) == .english)
        #expect(Language.resolve(environment: [:]) == .english)
        #expect(Language.resolve(explicit: "en", environment: ["LANG": "zh_CN.UTF-8"]) == .english)
        #expect(Language.resolve(environment: ["LC_ALL": "zh_TW.UTF-8", "LANG": "en_US"]) == .chinese)
    }
}
