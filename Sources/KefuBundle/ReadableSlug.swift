import Foundation

/// Text as an id or file name a person can read: Chinese and other scripts written in Latin letters
/// (ICU's transliteration: `多久发货` -> `duo-jiu-fa-huo`), accents dropped, lower-case letters and
/// digits joined by `-`.
public enum ReadableSlug {
    /// The slug of `text`, at most `maximumLength` characters, cut between words; empty when nothing in
    /// it can be written so (emoji, punctuation).
    public static func make(_ text: String, maximumLength: Int) -> String {
        let latin =
            text.applyingTransform(.toLatin, reverse: false)?.applyingTransform(.stripDiacritics, reverse: false)
            ?? text
        let words = latin.lowercased().split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        return cut(words.joined(separator: "-"), to: maximumLength)
    }

    /// `slug` cut to at most `length` characters at a `-`, with no `-` at either end.
    public static func cut(_ slug: String, to length: Int) -> String {
        guard slug.count > length else { return slug }
        let head = slug.prefix(length)
        let cut = head.lastIndex(of: "-").map { head[..<$0] } ?? head
        return String(cut).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
    }
}
