import Foundation

/// Hides the personal data buyers type into chats (phone numbers, landlines, street addresses, identity
/// numbers, e-mail addresses, bank cards) before a message is stored or shown in a report: each is
/// replaced by `[phone]`, `[address]`, `[id]`, `[email]` or `[card]`. Digits typed full-width
/// (`１３８…`) are read as digits. Order and tracking numbers stay, since reports and replays need them.
public struct PersonalDataMasker: Sendable {
    /// What masked data reads as.
    public static let tokens = ["[phone]", "[address]", "[id]", "[email]", "[card]"]

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
        mask(text, skippingWhatCannotMatch: true)
    }

    /// `mask`, or with `skippingWhatCannotMatch` false every pattern run (which tests compare against).
    func mask(_ text: String, skippingWhatCannotMatch skipping: Bool) -> String {
        // A bridge masks every message it logs, and most have no personal data: the patterns that cannot
        // match (too few digits, no @, no address word) are not run. Masking only removes digits and
        // words, so what the text holds at first bounds what it holds before each pattern.
        let digits = text.unicodeScalars.count { $0.properties.generalCategory == .decimalNumber }
        var masked = text
        // Masks never add wide digits: look for them once, not once per pattern.
        let wide = Self.hasWideDigits(text)
        for pattern in Self.patterns where !skipping || pattern.mayMatch(text, digits: digits) {
            masked = Self.replace(pattern, in: masked, foldingWideDigits: wide)
        }
        return masked
    }

    /// A pattern, the token that replaces what it matches, and whether a match (with the few characters
    /// before it) really is what the token says; and what a text must hold for it to match at all: at
    /// least `minimumDigits` decimal digits (of any script, as the patterns' `\d`), and one of `cues`.
    private struct Pattern: Sendable {
        let regex: NSRegularExpression
        let token: String
        let minimumDigits: Int
        /// Scalar by scalar, as the patterns read.
        let cues: [[Unicode.Scalar]]
        let accepts: @Sendable (_ match: String, _ before: Substring) -> Bool

        init(
            regex: NSRegularExpression, token: String, minimumDigits: Int = 1, cues: [String] = [],
            accepts: @escaping @Sendable (_ match: String, _ before: Substring) -> Bool
        ) {
            self.regex = regex
            self.token = token
            self.minimumDigits = minimumDigits
            self.cues = cues.map { Array($0.unicodeScalars) }
            self.accepts = accepts
        }

        /// Cues are looked for scalar by scalar, as the regular expressions read: a cue followed by a
        /// combining mark is not the same `Character`, but it is what the pattern matches.
        func mayMatch(_ text: String, digits: Int) -> Bool {
            digits >= minimumDigits && (cues.isEmpty || cues.contains { Self.holds(text, $0) })
        }

        /// Whether `text` holds `cue`, by a plain walk: cues are a scalar or two, none starting with a
        /// scalar found again inside it, so on a mismatch the walk starts over at the current scalar.
        /// (The standard library's generic `firstRange(of:)` cost more here than the patterns it spared.)
        private static func holds(_ text: String, _ cue: [Unicode.Scalar]) -> Bool {
            var matched = 0
            for scalar in text.unicodeScalars {
                if scalar == cue[matched] {
                    matched += 1
                } else {
                    matched = scalar == cue[0] ? 1 : 0
                }
                if matched == cue.count { return true }
            }
            return false
        }
    }

    /// Applied in order: e-mail first (a QQ address is a run of digits), identity numbers and cards
    /// before phones (they hold phone-like runs), phones before addresses (so a postcode is not read as
    /// part of a number). Nothing matches across a mask already made (`[`), so masking twice changes
    /// nothing.
    private static let patterns: [Pattern] = [
        Pattern(
            regex: regex(#"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"#), token: "[email]",
            minimumDigits: 0, cues: ["@", "＠"],
            accepts: { _, _ in true }),
        // Chinese resident ID (18 characters with a valid check digit and birth date), Brazilian CPF.
        Pattern(
            regex: regex(#"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])"#), token: "[id]", minimumDigits: 17,
            accepts: { match, _ in isChineseResidentID(match) }),
        Pattern(
            regex: regex(#"(?<!\d)\d{3}\.\d{3}\.\d{3}-\d{2}(?!\d)"#), token: "[id]", minimumDigits: 11,
            accepts: { _, _ in true }),
        // Bank cards: a Luhn-valid number of 13 to 19 digits, written in groups of four, or bare after a
        // word that names a card (a bare long number is far more often an order).
        Pattern(
            regex: regex(#"(?<![\d-])(?:\d{4}[ -]){3,4}\d{1,4}(?![\d-])"#), token: "[card]", minimumDigits: 13,
            accepts: { match, _ in isCardNumber(match) }),
        Pattern(
            regex: regex(#"(?<!\d)\d{13,19}(?!\d)"#), token: "[card]", minimumDigits: 13,
            accepts: { match, before in isCardNumber(match, after: before) }),
        // Chinese mobile numbers, bare or with +86, in groups split by spaces, dashes or dots.
        Pattern(
            regex: regex(#"(?<!\d)(?:\+?86[\s-]?)?1[3-9]\d[\s.-]?\d{4}[\s.-]?\d{4}(?!\d)"#), token: "[phone]",
            minimumDigits: 11,
            accepts: { _, _ in true }),
        // International numbers: a leading + or a bracketed area code, 8 to 15 digits in groups.
        Pattern(
            regex: regex(#"(?:\+\d{1,3}|\(\d{2,4}\))(?:[\s.-]?\(?\d{1,5}\)?){2,6}(?!\d)"#), token: "[phone]",
            minimumDigits: 8,
            accepts: { match, _ in (8...15).contains(match.filter(\.isNumber).count) }),
        // Chinese landlines: a 0 area code and a separator, then 7 or 8 digits (010-12345678).
        Pattern(
            regex: regex(#"(?<![\d-])0\d{2,3}[\s-]\d{7,8}(?:-\d{1,5})?(?!\d)"#), token: "[phone]",
            minimumDigits: 10,
            accepts: { _, _ in true }),
        // Chinese addresses: one or more place levels (省, 市, 区, 县, 镇) then a street and a house number.
        Pattern(
            regex: regex(
                #"(?:[\p{Han}]{1,8}?(?:省|自治区|市|区|县|镇|旗)){1,4}[\p{Han}\d]{0,20}?\d+\s*号(?:\s*[\d-]+\s*(?:号楼|栋|幢|单元|室|层|楼))*"#
            ), token: "[address]", cues: ["号"], accepts: { _, _ in true }),
        // What follows a word that announces an address (收货地址：…) and the place levels above did not
        // find, up to a space or a sentence's end, when it holds a number or two place words.
        Pattern(
            regex: regex(#"(?:收货地址|收件地址|详细地址|家庭地址|地址|住址)\s*(?:[:：]|是|为)?\s*[^\s，。,;；！!？?\[]{4,60}"#),
            token: "[address]", minimumDigits: 0, cues: ["地址", "住址"],
            accepts: { match, _ in
                match.contains(where: \.isNumber) || Set(match).intersection(placeWords).count >= 2
            }),
        // Street names with a house number, in the languages of the cross-border shops.
        Pattern(
            regex: regex(
                #"(?i)\b(?:calle|avenida|avda\.?|carrera|rua|travessa|rue|boulevard|avenue|street|road|lane|ул\.|улица|проспект|пр-т)\s[^\n\d\[]{1,40}?\d+[a-zа-я]?(?:\s*,\s*(?:д\.|кв\.|apt\.?|piso|apto\.?|n[º°o]\.?)?\s*\d{1,4}[a-zа-я]?(?!\d))*(?:\s*,\s*\d{4,6}(?:-\d{3})?\s+\p{L}[\p{L} ]{1,30})?"#
            ), token: "[address]", accepts: { _, _ in true }),
        Pattern(
            regex: regex(
                #"(?i)\b\d{1,5}\s+(?:[A-Z][a-z]+\s){1,3}(?:street|st\.?|road|rd\.?|avenue|ave\.?|lane|drive|dr\.?|blvd\.?)\b"#
            ), token: "[address]", accepts: { _, _ in true }),
    ]

    /// Words that name a card just before its number.
    private static let cardCues = ["卡号", "银行卡", "信用卡", "借记卡", "储蓄卡", "card"]

    /// Characters that name a place in a Chinese address.
    private static let placeWords = Set("省市区县镇乡村路街道巷弄号栋幢楼室单元小区")

    /// `text` with full-width digits (and the signs and brackets typed with them) as ASCII, so
    /// `１３８ １２３４ ５６７８` is found like `138 1234 5678`. Each character becomes one of the same UTF-16
    /// length, so a match found here is replaced at the same place in the text as the buyer wrote it.
    static func foldingWideDigits(_ text: String) -> String {
        guard hasWideDigits(text) else { return text }
        let folded = text.unicodeScalars.map { scalar -> Unicode.Scalar in
            switch scalar.value {
            case 0xFF10...0xFF19, 0xFF08, 0xFF09, 0xFF0B, 0xFF0D, 0xFF0E, 0xFF20, 0xFF38, 0xFF58:
                Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar
            case 0x3000: " "
            default: scalar
            }
        }
        return String(String.UnicodeScalarView(folded))
    }

    /// Whether `digits`, written just after `before`, is a bank card: Luhn-valid, after a word that names
    /// a card (the entity reader asks too, so a card number is never taken for an order).
    public static func isCardNumber(_ digits: String, after before: Substring) -> Bool {
        let before = before.suffix(10).lowercased()
        return isCardNumber(digits) && cardCues.contains { before.contains($0) }
    }

    /// The Luhn check of card numbers, on 13 to 19 digits.
    static func isCardNumber(_ text: String) -> Bool {
        let digits = text.compactMap(\.wholeNumberValue)
        guard (13...19).contains(digits.count) else { return false }
        var sum = 0
        for (index, digit) in digits.reversed().enumerated() {
            let value = index.isMultiple(of: 2) ? digit : digit * 2
            sum += value > 9 ? value - 9 : value
        }
        return sum.isMultiple(of: 10)
    }

    private static func regex(_ pattern: String) -> NSRegularExpression {
        do {
            return try NSRegularExpression(pattern: pattern)
        } catch {
            // The patterns are constants of this file: a typo is a programming error its tests find.
            preconditionFailure("PersonalDataMasker pattern: \(error)")
        }
    }

    /// Words that announce an address in Chinese, which a place-name match would otherwise swallow.
    private static let cues = ["收货地址", "收件地址", "详细地址", "家庭地址", "地址是", "地址为", "地址", "住址", "寄到", "送到"]

    /// Whether `text` holds a full-width digit or `＠`, which `foldingWideDigits` reads as ASCII.
    static func hasWideDigits(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0xFF10...0xFF19).contains($0.value) || $0.value == 0xFF20 }
    }

    private static func replace(_ pattern: Pattern, in text: String, foldingWideDigits folding: Bool) -> String {
        let folded = folding ? foldingWideDigits(text) : text
        let whole = NSRange(folded.startIndex..., in: folded)
        var result = text
        for match in pattern.regex.matches(in: folded, range: whole).reversed() {
            guard let range = Range(match.range, in: folded),
                pattern.accepts(String(folded[range]), folded[..<range.lowerBound].suffix(10)),
                var target = Range(match.range, in: result)
            else { continue }
            // 地址广州市…, 收货地址：…: the word that announces an address stays, so the message still reads.
            if let cue = Self.cues.first(where: { result[target].hasPrefix($0) }) {
                var start = result.index(target.lowerBound, offsetBy: cue.count)
                while start < target.upperBound, ":： ".contains(result[start]) { start = result.index(after: start) }
                target = start..<target.upperBound
            }
            result.replaceSubrange(target, with: pattern.token)
        }
        return result
    }

    /// GB 11643: seventeen digits weighted, the check character from the sum mod 11; a plausible birth date.
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
        guard let year = Int(String(characters[6..<10])), let month = Int(String(characters[10..<12])),
            let day = Int(String(characters[12..<14]))
        else { return false }
        return characters[17] == check && (1900...2100).contains(year) && (1...12).contains(month)
            && (1...31).contains(day)
    }
}
