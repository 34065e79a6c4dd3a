import Foundation
import KefuCore

/// `:find`: the items whose fields mention a text, ignoring case and full/half width, with the field
/// and the text it was found in.
struct ItemFinder {
    let records: [ContentRecord]

    /// At most this many mentions are listed; a word that common is not worth more.
    static let limit = 50

    func mentions(of query: String) -> [ItemMention] {
        let needle = Self.folded(query)
        guard !needle.isEmpty else { return [] }
        var mentions: [ItemMention] = []
        for record in records {
            guard let object = try? JSONSerialization.jsonObject(with: record.json) as? [String: Any] else { continue }
            let id = object["id"] as? String ?? record.kind.rawValue
            var found: (field: String, text: String)?
            Self.walk(object, path: "") { field, text in
                if found == nil, field != "id", Self.folded(text).contains(needle) { found = (field, text) }
            }
            if let found {
                mentions.append(
                    ItemMention(
                        kind: record.kind, id: id, location: record.location, field: found.field,
                        excerpt: Self.excerpt(found.text)))
            }
        }
        return Array(mentions.sorted { ($0.kind.rawValue, $0.id) < ($1.kind.rawValue, $1.id) }.prefix(Self.limit))
    }

    /// Every text in a JSON value, with the dotted path of its field (`turns.expect.faq`).
    private static func walk(_ value: Any, path: String, _ visit: (String, String) -> Void) {
        switch value {
        case let text as String:
            visit(path, text)
        case let list as [Any]:
            for element in list { walk(element, path: path, visit) }
        case let object as [String: Any]:
            for key in object.keys.sorted() {
                walk(object[key] as Any, path: path.isEmpty ? key : "\(path).\(key)", visit)
            }
        default:
            break
        }
    }

    private static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .widthInsensitive], locale: nil)
    }

    /// A long text cut to what fits on a line.
    private static func excerpt(_ text: String) -> String {
        let line = text.replacingOccurrences(of: "\n", with: " ")
        return line.count > 60 ? String(line.prefix(60)) + "…" : line
    }
}
