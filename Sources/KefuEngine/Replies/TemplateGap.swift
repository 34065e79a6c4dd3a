import Mustache

/// A variable a reply uses that the session has no value for (no order found, an empty column, no size
/// chart to recommend from). To sections it is nothing, so `{{#order.carrier}}…{{/order.carrier}}` and
/// its inverted twin work as before; printed, it leaves a marker, so the renderer knows the text has a
/// gap and never sends `推荐您选码~`.
struct TemplateGap: MustacheParent, MustacheCustomRenderable {
    let path: [String]

    /// Marks the gap in the rendered text; private-use characters no template or data file writes.
    static let start: Character = "\u{E000}"
    static let end: Character = "\u{E001}"

    func child(named name: String) -> Any? { TemplateGap(path: path + [name]) }

    var renderText: String { "\(Self.start)\(path.joined(separator: "."))\(Self.end)" }
    var isNull: Bool { true }

    /// The dotted names of the gaps printed in `text`, each once, in order.
    static func paths(in text: String) -> [String] {
        guard text.contains(start) else { return [] }
        var found: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: start) {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: end) else { break }
            let path = String(after[..<close])
            if !found.contains(path) { found.append(path) }
            rest = after[after.index(after: close)...]
        }
        return found
    }

    /// The session value a gap waits for (`order` for `order.tracking`), when the buyer can give it; `nil`
    /// for data only the shop can fill in.
    static func need(of path: String) -> String? {
        switch path.split(separator: ".").first.map(String.init) {
        case "order": "order"
        case "product": "product"
        case "size": "size"
        case "quantity": "quantity"
        case "height", "weight", "recommended_size": "height_weight"
        default: nil
        }
    }
}
