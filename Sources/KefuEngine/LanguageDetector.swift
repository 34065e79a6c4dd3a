/// Guesses the language of a buyer message among zh, en, es, fr, ru and pt, from its script and its
/// most common small words. Returns `nil` when the text does not say (a number, `XL?`), so the
/// session's language carries on.
public struct LanguageDetector: Sendable {
    static let markers: [String: Set<String>] = [
        "en": [
            "the", "is", "my", "where", "when", "how", "what", "can", "you", "do", "does", "it", "i", "to", "and",
            "order", "please", "shipping", "have", "this", "size", "hi", "hello", "thanks", "not", "received",
        ],
        "es": [
            "el", "la", "los", "las", "que", "de", "por", "para", "cómo", "como", "dónde", "donde", "está", "mi",
            "pedido", "envío", "hola", "gracias", "cuándo", "cuando", "tiene", "no", "es", "un", "una", "llegó",
        ],
        "fr": [
            "le", "la", "les", "est", "mon", "ma", "où", "quand", "je", "vous", "commande", "bonjour", "merci",
            "livraison", "pas", "une", "un", "des", "et", "du", "avez", "reçu", "colis",
        ],
        "pt": [
            "o", "os", "as", "não", "meu", "minha", "quando", "onde", "você", "pedido", "olá", "obrigado", "obrigada",
            "entrega", "uma", "um", "do", "da", "está", "tem", "chegou", "recebi",
        ],
    ]

    public init() {}

    public func language(of text: String) -> String? {
        var han = 0
        var cyrillic = 0
        var latin = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x4E00...0x9FFF, 0x3400...0x4DBF: han += 1
            case 0x0400...0x04FF: cyrillic += 1
            case 0x61...0x7A, 0xC0...0x24F: latin += 1
            default: break
            }
        }
        if han > 0, han * 2 >= latin { return "zh" }
        if cyrillic > latin { return "ru" }
        guard latin >= 2 else { return nil }
        let words = text.split { !$0.isLetter }.map(String.init)
        var scores: [String: Double] = [:]
        for word in words {
            for (language, markers) in Self.markers where markers.contains(word) { scores[language, default: 0] += 1 }
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "ñ", "¿", "¡": scores["es", default: 0] += 2
            case "ã", "õ": scores["pt", default: 0] += 2
            case "è", "ê", "à", "ù", "œ", "ç": scores["fr", default: 0] += 1
            default: break
            }
        }
        let ranked = scores.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard let best = ranked.first, best.value > 0 else { return nil }
        if ranked.count > 1, ranked[1].value == best.value { return nil }
        return best.key
    }

    /// The bundle locale written in `language` (`zh` → `zh-CN`), if the bundle has one.
    public static func locale(for language: String, among locales: [String]) -> String? {
        locales.first { $0.lowercased() == language || $0.lowercased().hasPrefix(language + "-") }
    }
}
