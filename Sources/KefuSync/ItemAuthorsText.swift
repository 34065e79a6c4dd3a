import Foundation
import KefuCore

/// The text of `.kefu-authors.json`, laid out exactly as a pretty-printing, key-sorting `JSONEncoder`
/// lays it out, but assembled entry by entry as the store reads them: encoding 100,000 entries through
/// `Encodable` took a third of a large shop's export and most of its memory. Every string that needs
/// escaping still goes through `JSONEncoder`, once per distinct string (a shop has a few authors and
/// a few sync times).
struct ItemAuthorsText {
    private let encoder: JSONEncoder
    private var literals: [String: String] = [:]
    private var dates: [Date: String] = [:]
    private var output = "{\n  \"format\" : 1,\n  \"items\" : {\n"
    private var isEmpty = true

    init() {
        encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
    }

    /// Adds the entry of the item named `name` (`KIND/ID`). Names must come in the order of their UTF-8
    /// bytes, the encoder's sorted-keys order.
    mutating func append(_ name: String, _ entry: ItemAuthors.Entry) throws {
        output += isEmpty ? "    " : ",\n    "
        isEmpty = false
        output += "\(try literal(name)) : {\n"
        output += "      \"at\" : \(try literal(entry.at)),\n"
        output += "      \"by\" : \(try literal(entry.by))"
        if let hash = entry.hash { output += ",\n      \"hash\" : \(try literal(hash))" }
        output += "\n    }"
    }

    /// The whole text, a trailing newline included.
    var text: String {
        output + "\n  }\n}\n"
    }

    /// `string` as a JSON string literal. Printable ASCII other than a quote or a backslash stands for
    /// itself (ids and hashes always do); anything else is the encoder's to escape.
    private mutating func literal(_ string: String) throws -> String {
        if string.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
            return "\"\(string)\""
        }
        if let known = literals[string] { return known }
        let made = String(decoding: try encoder.encode(string), as: UTF8.self)
        literals[string] = made
        return made
    }

    private mutating func literal(_ date: Date) throws -> String {
        if let known = dates[date] { return known }
        let made = String(decoding: try encoder.encode(date), as: UTF8.self)
        dates[date] = made
        return made
    }
}
