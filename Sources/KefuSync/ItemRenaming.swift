import KefuCore

/// `kefu import --as-new PREFIX`: another shop's items under new ids, with every reference between
/// them (a reply's template, a test's expected rule, FAQ or agent) renamed the same way.
struct ItemRenaming {
    let prefix: String
    /// The keys being renamed; references to anything else stay as they are.
    private let originals: Set<ItemKey>

    /// - Throws: `ItemRenamingError.invalidID` when a new id would not be valid (too long, bad prefix).
    init(prefix: String, keys: [ItemKey]) throws {
        self.prefix = prefix
        originals = Set(keys)
        for key in keys where ItemID(prefix + key.id.rawValue) == nil {
            throw ItemRenamingError.invalidID(prefix + key.id.rawValue)
        }
    }

    func rename(_ item: BundleItem) -> BundleItem {
        var fields = item.fields
        for (name, value) in fields {
            fields[name] = renameReferences(in: value, field: name, kind: item.key.kind)
        }
        return BundleItem(key: newKey(item.key), fields: fields)
    }

    private func newKey(_ key: ItemKey) -> ItemKey {
        ItemKey(kind: key.kind, id: ItemID(trusted: prefix + key.id.rawValue))
    }

    private func renamed(_ id: String, as kind: ItemKind) -> String {
        guard let itemID = ItemID(id), originals.contains(ItemKey(kind: kind, id: itemID)) else { return id }
        return prefix + id
    }

    private func renameReferences(in value: FieldValue, field: String, kind: ItemKind) -> FieldValue {
        switch (field, value) {
        case ("answer", .record(var record)), ("reply", .record(var record)):
            if let template = record["template"]?.text { record["template"] = .text(renamed(template, as: .template)) }
            return .record(record)
        case ("turns", .list(let turns)) where kind == .test:
            return .list(
                turns.map { turn in
                    guard var record = turn.record, var expect = record["expect"]?.record else { return turn }
                    for (name, target) in [("faq", ItemKind.faq), ("rule", .rule), ("agent", .agent)] {
                        if let id = expect[name]?.text { expect[name] = .text(renamed(id, as: target)) }
                    }
                    record["expect"] = .record(expect)
                    return .record(record)
                })
        default:
            return value
        }
    }
}
