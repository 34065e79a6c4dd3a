import Foundation

/// The one normal form of text in items: Unicode NFC, `\n` line ends, no surrounding blanks.
///
/// NFC rather than NFKC: full-width punctuation in a seller's answer is deliberate and stays; the
/// engine's matching normalises further on its own copy.
public enum CanonicalText {
    public static func normalise(_ text: String) -> String {
        var result = text
        if result.contains("\r") {
            result = result.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        result = result.precomposedStringWithCanonicalMapping
        return result.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
