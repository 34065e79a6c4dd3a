import KefuCore
import Testing

@Suite struct MessageCatalogTests {
    @Test(arguments: Language.allCases)
    func everyLanguageHasEveryMessage(_ language: Language) {
        let table = MessageCatalog.table(for: language)
        let missing = MessageKey.allCases.filter { table[$0]?.isEmpty ?? true }
        #expect(missing.isEmpty, "\(language) lacks \(missing)")
    }

    @Test(arguments: MessageKey.allCases)
    func translationsKeepTheirPlaceholders(_ key: MessageKey) {
        let english = placeholders(in: MessageCatalog.template(for: key, in: .english))
        for language in Language.allCases {
            #expect(
                placeholders(in: MessageCatalog.template(for: key, in: language)) == english, "\(key) in \(language)")
        }
    }

    @Test func rendersArgumentsAndNestedMessages() {
        let message = Message(.wrongType, "similar", MessageKey.expectList)
        #expect(message.text(in: .english) == "'similar' must be a list like [a, b]")
        #expect(message.text(in: .chinese) == "“similar”应为形如 [a, b] 的列表")
    }

    @Test func picksTheLanguageFromOptionsThenEnvironment() {
        #expect(Language.resolve(environment: ["LANG": "zh_CN.UTF-8"]) == .chinese)
        #expect(Language.resolve(environment: ["LANG": "en_US.UTF-8"]) == .english)
        #expect(Language.resolve(environment: [:]) == .english)
        #expect(Language.resolve(explicit: "en", environment: ["LANG": "zh_CN.UTF-8"]) == .english)
        #expect(Language.resolve(environment: ["LC_ALL": "zh_TW.UTF-8", "LANG": "en_US"]) == .chinese)
    }

    private func placeholders(in text: String) -> Set<String> {
        var found: Set<String> = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let inside = rest[rest.index(after: open)..<close]
            if inside.allSatisfy(\.isNumber), !inside.isEmpty { found.insert(String(inside)) }
            rest = rest[rest.index(after: open)...]
        }
        return found
    }
}
