import Foundation

/// Hides the personal data buyers type into chats (phone numbers, street addresses, identity numbers)
/// before a message is stored or shown in a report: each is replaced by `[phone]`, `[address]` or `[id]`.
/// Order and tracking numbers stay, since reports and replays need them.
public struct PersonalDataMasker: Sendable {
    /// What masked data reads as.
    public static let tokens = ["[phone]", "[address]", "[id]"]

    public init() {}

    /// Whether `text` has had something masked.
    public static func hasMaskedData(_ text: String) -> Bool {
        tokens.contains { text.contains($0) }
    }

    /// At most `limit` characters of `text`, for keeping (a log row, a ticket, a session turn). When it
    /// cuts, it also drops the digits the cut would split and marks the cut with "…", so no piece of a
    /// phone or ID number is left too short for `mask(_:)` to recognise. Reads no more than it keeps.
    public static func excerpt(_ text: String, limit: Int) -> String {
        let head = text.prefix(limit + 1)
        guard head.count > limit else { return text }
        var kept = head.prefix(limit)
        while let last = kept.last, last.isNumber || " -.+()Xx".contains(last) { kept.removeLast() }
        return kept + "…"
    }

    public func mask(_ text: String) -> String {
        var masked = text
        for (pattern, token, accepts) in Self.patterns {
            masked = Self.replace(pattern, in: masked, with: token, when: accepts)
        }
        return masked
    }

    /// Applied in order: identity numbers before phones (a Chinese ID holds a phone-like run), phones
    /// before addresses (so a postcode is not read as part of a number).
    private static let patterns: [(NSRegularExpression, String, @Sendable (String) -> Bool)] = [
        // Chinese resident ID (18 characters with a valid check digit), Brazilian CPF.
        (regex(#"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])"#), "[id]", { isChineseResidentID($0) }),
        (regex(#"(?<!\d)\d{3}\.\d{3}\.\d{3}-\d{2}(?!\d)"#), "[id]", { _ in true }),
        // Chinese mobile numbers, bare or with +86.
        (regex(#"(?<!\d)(?:\+?86[\s-]?)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)"#), "[phone]", { _ in true }),
        // International numbers: a leading + or a bracketed area code, 8 to 15 digits in groups.
        (
            regex(#"(?:\+\d{1,3}|\(\d{2,4}\))(?:[\s.-]?\(?\d{1,5}\)?){2,6}(?!\d)"#), "[phone]",
            { text in (8...15).contains(text.filter(\.isNumber).count) }
        ),
        // Chinese addresses: one or more place levels (省, 市, 区, 县, 镇) then a street and a house number.
        (
            regex(
                #"(?:[\p{Han}]{1,8}?(?:省|自治区|市|区|县|镇|旗)){1,4}[\p{Han}\d]{0,20}?\d+\s*号(?:\s*[\d-]+\s*(?:号楼|栋|幢|单元|室|层|楼))*"#
            ), "[address]", { _ in true }
        ),
        // Street names with a house number, in the languages of the cross-border shops. The name never
        // spans a mask already made (`[`), so masking a masked message changes nothing.
        (
            regex(
                #"(?i)\b(?:calle|avenida|avda\.?|carrera|rua|travessa|rue|boulevard|avenue|street|road|lane|ул\.|улица|проспект|пр-т)\s[^\n\d\[]{1,40}?\d+[a-zа-я]?(?:\s*,\s*(?:д\.|кв\.|apt\.?|piso|apto\.?|n[º°o]\.?)?\s*\d{1,4}[a-zа-я]?(?!\d))*(?:\s*,\s*\d{4,6}(?:-\d{3})?\s+\p{L}[\p{L} ]{1,30})?"#
            ), "[address]", { _ in true }
        ),
        (
            regex(
                #"(?i)\b\d{1,5}\s+(?:[A-Z][a-z]+\s){1,3}(?:street|st\.?|road|rd\.?|avenue|ave\.?|lane|drive|dr\.?|blvd\.?)\b"#
            ),
            "[address]", { _ in true }
        ),
    ]

    private static func regex(_ pattern: String) -> NSRegularExpression {
        do {
            return try NSRegularExpression(pattern: pattern)
        } catch {
            // The patterns are constants of this file: a typo is a programming error its tests find.
            preconditionFailure("PersonalDataMasker pattern: \(error)")
        }
    }

    /// Words that announce an address in Chinese, which a place-name match would otherwise swallow.
    private static let cues = ["收货地址", "地址是", "地址", "住址", "寄到", "送到"]

    private static func replace(
        _ pattern: NSRegularExpression, in text: String, with token: String, when accepts: (String) -> Bool
    ) -> String {
        let whole = NSRange(text.startIndex..., in: text)
        var result = text
        for match in pattern.matches(in: text, range: whole).reversed() {
            guard let range = Range(match.range, in: text), accepts(String(text[range])),
                var target = Range(match.range, in: result)
            else { continue }
            // 地址广州市…: the word that announces an address stays, so the message still reads.
            if let cue = Self.cues.first(where: { result[target].hasPrefix($0) }) {
                target = result.index(target.lowerBound, offsetBy: cue.count)..<target.upperBound
            }
            result.replaceSubrange(target, with: token)
        }
        return result
    }

    /// GB 11643: seventeen digits weighted, the check character from the sum mod 11; a plausible birth year.
    public static func isChineseResidentID(_ text: String) -> Bool {
        let characters = Array(text.uppercased())
        guard characters.count == 18 else { return false }
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        var sum = 0
        for (index, weight) in weights.enumerated() {
            guard let digit = characters[index].wholeNumberValue else { return false }
            sum += digit * weight
        }
        let check = Array("10X98765432")[sum % 11]
        guard let year = Int(String(characters[6..<10])) else { return false }
        return characters[17] == check && (1900...2100).contains(year)
    }
}
