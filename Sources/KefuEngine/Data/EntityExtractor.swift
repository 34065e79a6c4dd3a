import Foundation
import KefuCore

/// Finds entities in a normalised message the way buyers write them: `订单12345`, `运单号SF1234567890`,
/// `采购100件`, `XL码`, `身高165 体重110斤`, `1米7`, `170cm 60kg`, `120 lb`, `黑色`.
///
/// A single pass over the scalars looks at each number with the few characters around it; no regular
/// expressions, so the cost stays linear for any input.
public struct EntityExtractor: Sendable {
    static let quantityUnits = [
        "件", "个", "条", "套", "双", "箱", "包", "盒", "支", "瓶", "袋", "只", "台", "pcs", "pc", "pieces", "piece",
        "units", "unit",
    ]
    static let letterSizes: Set<String> = ["xs", "s", "m", "l", "xl", "xxl", "xxxl", "2xl", "3xl", "4xl", "5xl"]
    static let colours = [
        "黑色", "白色", "红色", "蓝色", "绿色", "黄色", "粉色", "紫色", "灰色", "米色", "咖啡色", "卡其色", "杏色", "藏青色",
        "酒红色", "black", "white", "red", "blue", "green", "yellow", "pink", "purple", "grey", "gray", "beige",
        "brown", "navy",
    ]
    static let orderCues = ["订单号", "订单编号", "订单", "单号", "order number", "order no", "order", "#"]
    static let trackingCues = ["运单号", "快递单号", "物流单号", "快递号", "tracking number", "tracking"]

    public init() {}

    /// The entities in `text` (already normalised: lower case, half-width).
    public func entities(in text: String) -> Entities {
        let scalars = Array(text.unicodeScalars)
        var found = Entities()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if Self.isDigit(scalar) {
                let end = Self.numberEnd(scalars, from: index)
                read(number: index..<end, in: scalars, into: &found)
                index = end
            } else if Self.isLatinLetter(scalar) {
                var end = index
                while end < scalars.count, Self.isLatinLetter(scalars[end]) || Self.isDigit(scalars[end]) { end += 1 }
                read(word: index..<end, in: scalars, into: &found)
                index = end
            } else {
                index += 1
            }
        }
        found.colour = Self.colours.first { colour in Self.hasWord(colour, in: scalars) }
        return found
    }

    private func read(number range: Range<Int>, in scalars: [Unicode.Scalar], into found: inout Entities) {
        let digits = String(String.UnicodeScalarView(scalars[range]))
        guard let value = Double(digits) else { return }
        // Measures and quantities are small; a long run of digits can only be an order or tracking number.
        guard value < 1_000_000 else {
            // A number shaped like a Chinese resident ID (its check character may be an X) is never an order:
            // it would carry the buyer's identity into tickets and sessions.
            let checkX =
                range.upperBound < scalars.count
                && (scalars[range.upperBound] == "X" || scalars[range.upperBound] == "x")
            let before = Self.text(scalars, range.lowerBound - 12, range.lowerBound)
            // Nor is a card number after 卡号 or "card".
            guard !PersonalDataMasker.isChineseResidentID(digits + (checkX ? "X" : "")),
                !PersonalDataMasker.isCardNumber(digits, after: Substring(before))
            else { return }
            read(identifier: digits, before: before, into: &found)
            return
        }
        let before = Self.text(scalars, range.lowerBound - 12, range.lowerBound).trimmingScalars(where: Self.isFiller)
        let afterStart = Self.skipSpaces(scalars, from: range.upperBound)
        let after = Self.text(scalars, afterStart, afterStart + 8)
        let isInteger = !digits.contains(".")

        if after.hasPrefix("米") || after.hasPrefix("m") && !after.hasPrefix("mm"), value >= 1, value < 2.5 {
            // 1米7, 1米65, 1.7米, 1.70m
            var centimetres = value * 100
            let next = Self.skipSpaces(scalars, from: afterStart + 1)
            if isInteger, next < scalars.count, Self.isDigit(scalars[next]) {
                let fractionEnd = Self.numberEnd(scalars, from: next)
                let fraction = String(String.UnicodeScalarView(scalars[next..<fractionEnd]))
                if let part = Double(fraction), fraction.count <= 2 {
                    centimetres += fraction.count == 1 ? part * 10 : part
                }
            }
            found.height = centimetres
            return
        }
        if after.hasPrefix("cm") || after.hasPrefix("厘米") || after.hasPrefix("公分") {
            found.height = value
            return
        }
        if after.hasPrefix("斤") {
            found.weight = value / 2
            return
        }
        if after.hasPrefix("kg") || after.hasPrefix("公斤") || after.hasPrefix("千克") {
            found.weight = value
            return
        }
        if after.hasPrefix("lb") || after.hasPrefix("磅") {
            found.weight = value * 0.45359237
            return
        }
        if before.hasSuffix("身高") || before.hasSuffix("height") {
            found.height = value < 3 ? value * 100 : value
            return
        }
        if before.hasSuffix("体重") || before.hasSuffix("weight") {
            // Chinese buyers give weight in 斤 without saying so; nobody adult weighs under 90 斤.
            found.weight = value > 90 ? value / 2 : value
            return
        }
        if isInteger, let unit = Self.quantityUnits.first(where: { Self.startsWithWord(after, $0) }) {
            found.quantity = Int(value)
            found.unit = unit
            return
        }
        if isInteger, after.hasPrefix("码") || after.hasPrefix("号"), (20...50).contains(value) {
            found.size = digits
            return
        }
        guard isInteger else { return }
        read(identifier: digits, before: before, into: &found)
    }

    /// A number of five or more digits: a tracking number after its cue, else an order number after
    /// its cue, or any number as long as platform order numbers are.
    private func read(identifier digits: String, before: String, into found: inout Entities) {
        guard digits.count >= 5, digits.allSatisfy(\.isNumber) else { return }
        let before = before.trimmingScalars(where: Self.isFiller)
        if Self.trackingCues.contains(where: { before.hasSuffix($0) }) {
            found.tracking = digits
        } else if Self.orderCues.contains(where: { before.hasSuffix($0) }) || digits.count >= 15 {
            found.order = digits
        }
    }

    private func read(word range: Range<Int>, in scalars: [Unicode.Scalar], into found: inout Entities) {
        let word = String(String.UnicodeScalarView(scalars[range]))
        let letters = word.prefix { $0.isLetter }
        let digits = word.dropFirst(letters.count)
        if letters.count >= 2, letters.count <= 4, digits.count >= 8, digits.allSatisfy(\.isNumber) {
            found.tracking = word.uppercased()  // SF1234567890, YT…, JT…
            return
        }
        guard Self.letterSizes.contains(word) else { return }
        let afterStart = Self.skipSpaces(scalars, from: range.upperBound)
        let after = Self.text(scalars, afterStart, afterStart + 4)
        let before = Self.text(scalars, range.lowerBound - 5, range.lowerBound).trimmingCharacters(in: .whitespaces)
        let marked = after.hasPrefix("码") || after.hasPrefix("号") || after.hasPrefix("size") || before.hasSuffix("size")
        // Single letters (s, m, l) are too common in English to be sizes without a 码 or "size" next to them.
        if word.count >= 2 || marked { found.size = word.uppercased() }
    }

    /// Words between a cue and its number: `订单号是12345`, `order: 12345`.
    private static func isFiller(_ scalar: Unicode.Scalar) -> Bool { " :：是为".unicodeScalars.contains(scalar) }

    private static func text(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        let lower = max(0, start)
        let upper = min(scalars.count, end)
        guard lower < upper else { return "" }
        return String(String.UnicodeScalarView(scalars[lower..<upper]))
    }

    private static func skipSpaces(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count, scalars[index] == " " { index += 1 }
        return index
    }

    private static func numberEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var end = start
        var seenPoint = false
        while end < scalars.count {
            if isDigit(scalars[end]) {
                end += 1
            } else if scalars[end] == ".", !seenPoint, end + 1 < scalars.count, isDigit(scalars[end + 1]) {
                seenPoint = true
                end += 1
            } else {
                break
            }
        }
        return end
    }

    private static func startsWithWord(_ text: String, _ word: String) -> Bool {
        guard text.hasPrefix(word) else { return false }
        guard let next = text.unicodeScalars.dropFirst(word.unicodeScalars.count).first,
            word.unicodeScalars.first.map(isLatinLetter) == true
        else { return true }
        return !isLatinLetter(next)
    }

    /// Whether `word` occurs in `scalars`; a Latin word only as a whole word.
    private static func hasWord(_ word: String, in scalars: [Unicode.Scalar]) -> Bool {
        let target = Array(word.unicodeScalars)
        guard let first = target.first, target.count <= scalars.count else { return false }
        let latin = isLatinLetter(first)
        for start in 0...(scalars.count - target.count) where scalars[start] == first {
            guard scalars[start..<start + target.count].elementsEqual(target) else { continue }
            if !latin { return true }
            let beforeOK = start == 0 || !isLatinLetter(scalars[start - 1])
            let afterOK = start + target.count == scalars.count || !isLatinLetter(scalars[start + target.count])
            if beforeOK && afterOK { return true }
        }
        return false
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value >= 0x61 && scalar.value <= 0x7A) || (scalar.value >= 0x41 && scalar.value <= 0x5A)
    }
}
