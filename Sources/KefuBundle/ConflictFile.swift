import Foundation
import KefuCore
import Yams

/// `conflicts/KIND-ID.yaml`: an open conflict laid out for a person, with base, ours and theirs, who
/// made them, and a `resolved` item (starting as what the store keeps meanwhile) to edit and hand to
/// `kefu resolve --file`.
public enum ConflictFile {
    /// One side of a conflict as shown in the file.
    public struct Side: Sendable {
        public var item: BundleItem?
        public var author: String?
        public var revision: Int?

        public init(item: BundleItem?, author: String? = nil, revision: Int? = nil) {
            self.item = item
            self.author = author
            self.revision = revision
        }
    }

    /// The bundle-relative path of the conflict file for `key`.
    public static func path(for key: ItemKey) -> String {
        "conflicts/\(key.kind.rawValue)-\(key.id.rawValue).yaml"
    }

    /// The file's text.
    public static func render(
        key: ItemKey, source: String, reason: String, fields: [String], base: Side, ours: Side, theirs: Side,
        kept: BundleItem?
    ) throws -> String {
        var pairs: [(Node, Node)] = [
            (scalar("item"), scalar(key.description)),
            (scalar("source"), scalar(source)),
            (scalar("reason"), scalar(reason)),
        ]
        if !fields.isEmpty {
            pairs.append((scalar("fields"), .sequence(Node.Sequence(fields.map(scalar), Tag(.seq), .flow))))
        }
        pairs.append((scalar("ours"), side(ours)))
        pairs.append((scalar("theirs"), side(theirs)))
        pairs.append((scalar("base"), side(base)))
        pairs.append((scalar("resolved"), kept.map(ItemRenderer.node(of:)) ?? scalar("")))
        let body = try Yams.serialize(
            node: .mapping(Node.Mapping(pairs, Tag(.map), .block)), indent: 2, width: -1, allowUnicode: true)
        let what = fields.isEmpty ? reason : fields.joined(separator: ", ")
        // For the person who runs the sync, in their language.
        let language = Language.resolve(environment: ProcessInfo.processInfo.environment)
        let header =
            Message(.conflictFileHeader, key.description, what, source, path(for: key)).text(in: language) + "\n\n"
        return header + body
    }

    private static func side(_ side: Side) -> Node {
        var pairs: [(Node, Node)] = []
        if let author = side.author { pairs.append((scalar("author"), scalar(author))) }
        if let revision = side.revision { pairs.append((scalar("revision"), scalar("\(revision)"))) }
        pairs.append((scalar("item"), side.item.map(ItemRenderer.node(of:)) ?? scalar("")))
        return .mapping(Node.Mapping(pairs, Tag(.map), .block))
    }

    private static func scalar(_ text: String) -> Node {
        .scalar(Node.Scalar(text, Tag(.str), .any))
    }

    /// Reads the item a person settled on from `data`: the `resolved` item of a conflict file, or a
    /// file holding just that item (as a mapping, or a list of one).
    /// - Throws: `DiagnosticsError` with the item's problems, located in `path`.
    public static func readResolution(_ data: Data, path: String, kind: ItemKind) throws -> BundleItem {
        let text: String
        switch BundleText.decode(data, path: path) {
        case .success(let decoded): text = decoded
        case .failure(let diagnostic): throw DiagnosticsError([diagnostic])
        }
        var root: Node?
        switch YAMLNodes.parse(text, path: path) {
        case .success(let node): root = node
        case .failure(let diagnostic): throw DiagnosticsError([diagnostic])
        }
        if case .mapping(let mapping)? = root, let resolved = mapping["resolved"] { root = resolved }
        if case .mapping? = root, let node = root { root = .sequence(Node.Sequence([node], Tag(.seq), .block)) }
        var diagnostics: [Diagnostic] = []
        let items = ItemReader.read(root, kind: kind, path: path, diagnostics: &diagnostics)
        guard diagnostics.isEmpty, items.count == 1, let item = items.first else {
            if diagnostics.isEmpty {
                diagnostics.append(.error(Message(.expectedOneItem, kind.rawValue), at: SourceLocation(file: path)))
            }
            throw DiagnosticsError(diagnostics)
        }
        return item
    }
}
