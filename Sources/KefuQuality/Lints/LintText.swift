import Foundation
import KefuEngine

/// How lints compare phrases: as the engine reads them (NFKC, width, case), in simplified Chinese,
/// without punctuation or spaces, so `包邮吗?`, `包郵嗎` and `包邮 吗` are one question.
enum LintText {
    private static let normaliser = TextNormaliser()

    /// `text` folded for comparison; spaces are kept for keywords (Latin ones match by whole words).
    static func folded(_ text: String, keepingSpaces: Bool = false) -> String {
        let read = normaliser.normalise(text).text
        let simplified = read.applyingTransform(StringTransform("Hant-Hans"), reverse: false) ?? read
        return String(
            String.UnicodeScalarView(
                simplified.unicodeScalars.filter { scalar in
                    !isPunctuation(scalar) && (keepingSpaces || !scalar.properties.isWhitespace)
                }))
    }

    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation:
            true
        default: false
        }
    }

    /// Every phrase that `contains(text, phrase)` accepts: the whole words of Latin text, every
    /// substring of other text (keywords are short, so this stays small).
    static func phrases(in text: String) -> Set<String> {
        var phrases: Set<String> = [text]
        phrases.formUnion(text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
        let characters = Array(text)
        guard characters.count <= 32 else { return phrases }
        for start in characters.indices {
            for end in start..<characters.count {
                let phrase = String(characters[start...end])
                if !phrase.unicodeScalars.allSatisfy(\.isASCII) { phrases.insert(phrase) }
            }
        }
        return phrases
    }

    /// Whether `longer` always contains `phrase` where it appears: inside it for Chinese, as a whole
    /// word for Latin text (which the engine matches by whole words).
    static func contains(_ longer: String, _ phrase: String) -> Bool {
        guard !phrase.isEmpty else { return false }
        if longer == phrase { return true }
        guard phrase.unicodeScalars.allSatisfy(\.isASCII) else { return longer.contains(phrase) }
        return longer.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains { $0 == phrase }
    }
}
