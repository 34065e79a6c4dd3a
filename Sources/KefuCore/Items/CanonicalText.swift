import Foundation

/// The one normal form of text in items: Unicode NFC, `\n` line ends, no surrounding blanks.
///
/// NFC rather than NFKC: full-width punctuation in a seller's answer is deliberate and stays; the
/// engine's matching normalises further on its own copy.
public enum CanonicalText {
    public static func normalise(_ text: String) -> String {
        var result = text
        if result.utf8.contains(UInt8(ascii: "\r")) {
            result = result.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        // Nearly every text is NFC already, and the standard library's quick check says so in a tenth of
        // the time Foundation takes to normalise it (a large shop has a million texts).
        if !isKnownNFC(result) { result = result.precomposedStringWithCanonicalMapping }
        return result.trimmingWhitespace()
    }

    /// Whether Unicode's NFC quick check alone shows `text` to be NFC; false when it would take the full
    /// algorithm to tell.
    private static func isKnownNFC(_ text: String) -> Bool {
        var span = text.utf8Span
        return span.checkForNFC(quickCheck: true)
    }
}
