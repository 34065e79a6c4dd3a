import KefuCore
import Yams

/// Reads the items of one item file: a YAML list of mappings, each starting with `id:`.
enum ItemReader {
    static func read(
        _ root: Node?, kind: ItemKind, path: String, recordsFieldLocations: Bool = true, diagnostics: inout [Diagnostic]
    ) -> [BundleItem] {
        guard let root else { return [] }
        guard case .sequence(let sequence) = root else {
            diagnostics.append(
                .error(Message(.expectedItemList, kind.rawValue), at: YAMLNodes.sourceLocation(root.mark, file: path)))
            return []
        }
        let schema = ItemSchema.of(kind)
        var items: [BundleItem] = []
        for node in sequence {
            let start = YAMLNodes.sourceLocation(node.mark, file: path)
            guard case .mapping(let mapping) = node else {
                diagnostics.append(.error(Message(.expectedItemMapping), at: start))
                continue
            }
            diagnostics += SellersYAMLMistake.warnings(in: mapping, path: path)
            var problems: [FieldProblem] = []
            guard var raw = YAMLNodes.rawValue(of: node, at: FieldPath(), problems: &problems)?.record else { continue }
            let idValue = raw.removeValue(forKey: "id")
            let (fields, schemaProblems) = schema.validate(raw)
            problems += schemaProblems
            for problem in problems {
                let location = YAMLNodes.location(of: problem.path, target: problem.target, in: node, file: path)
                diagnostics.append(.error(problem.message, at: location))
            }
            guard let key = itemKey(idValue, kind: kind, node: node, path: path, diagnostics: &diagnostics),
                problems.isEmpty
            else { continue }
            var fieldLocations: [String: SourceLocation] = [:]
            for pair in mapping where recordsFieldLocations {
                if let name = pair.key.string {
                    fieldLocations[name] = YAMLNodes.sourceLocation(pair.key.mark, file: path)
                }
            }
            items.append(BundleItem(key: key, fields: fields, location: start, fieldLocations: fieldLocations))
        }
        return items
    }

    private static func itemKey(
        _ value: FieldValue?, kind: ItemKind, node: Node, path: String, diagnostics: inout [Diagnostic]
    ) -> ItemKey? {
        guard let value else {
            diagnostics.append(.error(Message(.missingID), at: YAMLNodes.sourceLocation(node.mark, file: path)))
            return nil
        }
        let idPath = FieldPath([.key("id")])
        guard let text = value.text, let id = ItemID(text) else {
            let shown = value.text ?? "…"
            let location = YAMLNodes.location(of: idPath, target: .value, in: node, file: path)
            diagnostics.append(.error(Message(.invalidID, shown), at: location))
            return nil
        }
        return ItemKey(kind: kind, id: id)
    }
}
