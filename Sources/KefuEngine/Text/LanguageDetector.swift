/// Guesses the language of a buyer message among zh, en, es, fr, ru and pt, from its script and its
/// most common small words, and, in a bundle written in two or more Latin-script languages, from a
/// character model of the bundle's own texts in each. Returns `nil` when the text does not say (a
/// number, `XL?`, a product name in a shop with one Latin language), so the session's language carries on.
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

    /// Telling Latin-script languages apart by characters needs a clear lead: e (2.7 times) as likely.
    static let minimumMargin = 1.0

    /// Told apart by the character model (two or more Latin-script languages with texts), else `nil`.
    private let model: TrigramLanguageModel?

    /// `textsByLocale`: the bundle's replies per locale (`es`, `pt-BR`), which train the character model
    /// for the Latin-script languages among them, each seeded with its small words.
    public init(textsByLocale: [String: [String]] = [:]) {
        var texts: [String: [String]] = [:]
        for (locale, samples) in textsByLocale {
            let language = String(locale.lowercased().prefix { $0 != "-" && $0 != "_" })
            // Russian answers quote Latin names (AliExpress Standard Shipping); the language as a whole decides.
            guard Self.script(of: samples.joined(separator: " ")) == .latin else { continue }
            texts[language, default: Self.markers[language].map { [$0.sorted().joined(separator: " ")] } ?? []] +=
                samples
        }
        model = texts.count >= 2 ? TrigramLanguageModel(texts: texts) : nil
    }

    public func language(of text: String) -> String? {
        let (han, cyrillic, latin) = Self.letters(in: text)
        // Chinese buyers mix in Latin product names (iPhone 15有货吗); others do not write Han characters.
        if han >= 2 || (han > 0 && han * 2 >= latin) { return "zh" }
        if cyrillic > latin { return "ru" }
        guard latin >= 2 else { return nil }
        let byWords = wordScores(text)
        guard let model, latin >= 4 else { return Self.best(byWords, margin: 0) }
        // Each small word or telling letter (¿, ñ, ã) counts as a factor of e² on the character model.
        var scores: [String: Double] = [:]
        for (language, logLikelihood) in model.rank(text) {
            scores[language] = logLikelihood + 2 * (byWords[language] ?? 0)
        }
        return Self.best(scores, margin: Self.minimumMargin) ?? Self.best(byWords, margin: 0)
    }

    /// The top language when it leads the next by more than `margin`.
    private static func best(_ scores: [String: Double], margin: Double) -> String? {
        let ranked = scores.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard let best = ranked.first else { return nil }
        if ranked.count > 1, best.value - ranked[1].value < max(margin, .ulpOfOne) { return nil }
        return margin == 0 && best.value <= 0 ? nil : best.key
    }

    /// How many of each language's small words and telling letters the text has.
    private func wordScores(_ text: String) -> [String: Double] {
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
        return scores
    }

    enum Script { case han, cyrillic, latin }

    /// The script most of the letters of `text` are written in (`nil`: no letters).
    static func script(of text: String) -> Script? {
        let (han, cyrillic, latin) = letters(in: text)
        guard han + cyrillic + latin > 0 else { return nil }
        return han >= max(cyrillic, latin) ? .han : cyrillic >= latin ? .cyrillic : .latin
    }

    /// How many letters of `text` are Han, Cyrillic and Latin.
    private static func letters(in text: String) -> (han: Int, cyrillic: Int, latin: Int) {
        var han = 0
        var cyrillic = 0
        var latin = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x4E00...0x9FFF, 0x3400...0x4DBF: han += 1
            case 0x0400...0x04FF: cyrillic += 1
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: latin += 1
            default: break
            }
        }
        return (han, cyrillic, latin)
    }

    /// The bundle locale written in `language` (`zh` → `zh-CN`), if the bundle has one.
    public static func locale(for language: String, among locales: [String]) -> String? {
        locales.first { $0.lowercased() == language || $0.lowercased().hasPrefix(language + "-") }
    }
}
