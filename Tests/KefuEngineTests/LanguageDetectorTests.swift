import KefuEngine
import Testing

@Suite struct LanguageDetectorTests {
    @Test(arguments: [
        ("什么时候发货", "zh"),
        ("where is my order", "en"),
        ("¿dónde está mi pedido?", "es"),
        ("où est ma commande", "fr"),
        ("где мой заказ", "ru"),
        ("onde está o meu pedido, não chegou", "pt"),
    ])
    func detects(_ text: String, _ language: String) {
        #expect(LanguageDetector().language(of: text) == language)
    }

    @Test func leavesShortAmbiguousTextUndecided() {
        #expect(LanguageDetector().language(of: "12345") == nil)
        #expect(LanguageDetector().language(of: "xl") == nil)
    }

    @Test func mapsALanguageToTheBundleLocale() {
        #expect(LanguageDetector.locale(for: "zh", among: ["zh-CN", "en"]) == "zh-CN")
        #expect(LanguageDetector.locale(for: "es", among: ["en", "es"]) == "es")
        #expect(LanguageDetector.locale(for: "fr", among: ["en"]) == nil)
    }
}
