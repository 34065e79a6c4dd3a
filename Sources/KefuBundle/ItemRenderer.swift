import KefuCore
import Yams

/// Writes items as YAML the way a person would: `id` first, then the schema's field order; short
/// lists and small records on one line (`similar: [多久发货, 几天能发出]`), long ones as blocks;
/// multi-line texts as literal blocks; quotes only where YAML needs them.
enum ItemRenderer {
    /// Above this many characters a list or record is written as a block.
    static let flowLimit = 72

    /// One item as a YAML list element (`- id: …`), ending in a newline.
    static func yaml(of item: BundleItem) throws -> String {
        try serialize(.sequence(Node.Sequence([node(of: item)], Tag(.seq), .block)))
    }

    /// One item as a plain mapping, ending in a newline.
    static func mappingYAML(of item: BundleItem) throws -> String {
        try serialize(node(of: item))
    }

    /// The top-level mapping of `bundle.yaml`: header keys first, then the settings.
    static func yaml(of manifest: BundleManifest) throws -> String {
        var pairs: [(Node, Node)] = [
            (key("format"), plain("\(BundleManifest.currentFormat)")),
            (key("id"), plain(manifest.bundleID.uuidString.lowercased())),
        ]
        // Settings left at their default are still written, so a seller sees platform and locales.
        for spec in ItemSchema.of(.bundle).fields {
            guard let value = manifest.settings.fields[spec.name] ?? spec.defaultValue else { continue }
            pairs.append((key(spec.name), node(of: value, shape: spec.shape)))
            // The contract shows `version` right after the locales, where a reader looks for it.
            if spec.name == "locales" { pairs.append((key("version"), plain("\(manifest.version)"))) }
        }
        return try serialize(.mapping(Node.Mapping(pairs, Tag(.map), .block)))
    }

    private static func serialize(_ node: Node) throws -> String {
        try Yams.serialize(node: node, indent: 2, width: -1, allowUnicode: true)
    }

    static func node(of item: BundleItem) -> Node {
        let schema = ItemSchema.of(item.key.kind)
        var pairs: [(Node, Node)] = [(key("id"), plain(item.key.id.rawValue))]
        for spec in schema.fields {
            if let value = item.fields[spec.name] {
                pairs.append((key(spec.name), node(of: value, shape: spec.shape)))
            }
        }
        return .mapping(Node.Mapping(pairs, Tag(.map), .block))
    }

    private static func node(of value: FieldValue, shape: FieldShape) -> Node {
        switch (value, shape) {
        case (.text(let text), .text), (.text(let text), .localizedText), (.text(let text), .reply):
            return textNode(text)
        case (.text(let text), _):
            return plain(text)
        case (.number(let number), _):
            return plain(Int64(exactly: number).map { "\($0)" } ?? "\(number)")
        case (.list(let elements), .textListList):
            return sequence(elements.map { node(of: $0, shape: .textList) })
        case (.list(let elements), .recordList(let specs)):
            return sequence(elements.map { node(of: $0, shape: .record(specs)) })
        case (.list(let elements), _):
            return sequence(elements.map { element in element.text.map(textNode) ?? node(of: element, shape: .text) })
        case (.record(let fields), .record(let specs)):
            let pairs = specs.compactMap { spec in
                fields[spec.name].map { (key(spec.name), node(of: $0, shape: spec.shape)) }
            }
            return mapping(pairs)
        case (.record(let fields), _):
            // A locale map, or `{template: ID}`.
            return mapping(
                fields.keys.sorted().compactMap { name in fields[name].map { (key(name), node(of: $0, shape: .text)) } }
            )
        }
    }

    private static func sequence(_ nodes: [Node]) -> Node {
        .sequence(Node.Sequence(nodes, Tag(.seq), fitsOnOneLine(nodes) ? .flow : .block))
    }

    private static func mapping(_ pairs: [(Node, Node)]) -> Node {
        .mapping(Node.Mapping(pairs, Tag(.map), fitsOnOneLine(pairs.flatMap { [$0.0, $0.1] }) ? .flow : .block))
    }

    /// Whether nodes are all short single-line scalars, so a flow collection of them stays readable.
    private static func fitsOnOneLine(_ nodes: [Node]) -> Bool {
        var width = 0
        for node in nodes {
            guard case .scalar(let scalar) = node, scalar.style != .literal else { return false }
            width += scalar.string.count + 2
        }
        return width <= flowLimit
    }

    private static func key(_ name: String) -> Node {
        .scalar(Node.Scalar(name, Tag(.str), .plain))
    }

    private static func plain(_ text: String) -> Node {
        .scalar(Node.Scalar(text, Tag(.str), .any))
    }

    /// A text that must read back as text: multi-line texts as literal blocks, and quotes when YAML
    /// would otherwise take it for a number, a date, a boolean or null.
    private static func textNode(_ text: String) -> Node {
        if text.contains("\n") { return .scalar(Node.Scalar(text, Tag(.str), .literal)) }
        return .scalar(Node.Scalar(text, Tag(.str), mayLookLikeAnotherType(text) ? .singleQuoted : .any))
    }

    /// Words YAML 1.1 reads as booleans or null.
    private static let specialWords: Set<String> = [
        "y", "n", "yes", "no", "true", "false", "on", "off", "null", "~", "<<", "=",
    ]

    /// Whether YAML's default typing could read `text` as something other than text. Only texts that
    /// start like a number or a date, or are one of a few words, can; the resolver's regular
    /// expressions decide those, and everything else skips them.
    private static func mayLookLikeAnotherType(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return true }
        let numeric = ("0"..."9").contains(first) || first == "." || first == "-" || first == "+"
        guard numeric || specialWords.contains(text.lowercased()) else { return false }
        return Node.scalar(Node.Scalar(text)).tag.rawValue != Tag.Name.str.rawValue
    }
}
