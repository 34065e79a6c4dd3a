import KefuCore

/// The three-way rule (Documentation/ARCHITECTURE.md, "KefuSync"), per item, then field by field. A pure function over values: the
/// sync engine, pulls and imports all decide through it.
///
/// | base vs ours | base vs theirs | result |
/// |---|---|---|
/// | same | same | nothing to do |
/// | same | changed | take theirs |
/// | changed | same | keep ours |
/// | changed | changed, equal to ours | converged |
/// | changed | changed differently | merge by field, else conflict |
///
/// A missing base counts as empty, so things that differ become conflicts, never silent overwrites.
public enum ThreeWayMerge {
    public static func merge(base: BundleItem?, ours: BundleItem?, theirs: BundleItem?) -> ItemMerge {
        let oursChanged = !same(base, ours)
        let theirsChanged = !same(base, theirs)
        switch (oursChanged, theirsChanged) {
        case (false, false): return ItemMerge(.unchanged, ours)
        case (false, true): return ItemMerge(.takeTheirs, theirs)
        case (true, false): return ItemMerge(.keepOurs, ours)
        case (true, true):
            if same(ours, theirs) { return ItemMerge(.converged, ours) }
            guard let ours else { return ItemMerge(.conflict, theirs, conflict: MergeConflict(.deletedByOurs)) }
            guard let theirs else { return ItemMerge(.conflict, ours, conflict: MergeConflict(.deletedByTheirs)) }
            guard let base else { return ItemMerge(.conflict, ours, conflict: MergeConflict(.bothAdded)) }
            return mergeFields(base: base, ours: ours, theirs: theirs)
        }
    }

    private static func same(_ left: BundleItem?, _ right: BundleItem?) -> Bool {
        switch (left, right) {
        case (nil, nil): true
        case let (left?, right?): left.hasSameContent(as: right)
        default: false
        }
    }

    private static func mergeFields(base: BundleItem, ours: BundleItem, theirs: BundleItem) -> ItemMerge {
        let schema = ItemSchema.of(ours.key.kind)
        var fields: [String: FieldValue] = [:]
        var conflicted: [String] = []
        for spec in schema.fields {
            let merged = FieldMerge.merge(
                base: base.fields[spec.name], ours: ours.fields[spec.name], theirs: theirs.fields[spec.name],
                shape: spec.shape)
            if merged.conflicted { conflicted.append(spec.name) }
            if let value = merged.value { fields[spec.name] = value }
        }
        // Each field merged (a conflicted one keeping ours), but together they must still make a
        // valid item: a lexicon whose type changed on one side and phrases on the other may not.
        let (normalised, problems) = schema.validate(fields)
        if !conflicted.isEmpty {
            let kept = problems.isEmpty ? BundleItem(key: ours.key, fields: normalised, location: ours.location) : ours
            return ItemMerge(.conflict, kept, conflict: MergeConflict(.fields, fields: conflicted.sorted()))
        }
        guard problems.isEmpty else {
            let names = Set(
                problems.compactMap { problem -> String? in
                    if case .key(let name) = problem.path.components.first { return name }
                    return nil
                })
            let differing = schema.fields.map(\.name).filter { ours.fields[$0] != theirs.fields[$0] }
            let blamed = names.isEmpty ? differing : Array(names)
            return ItemMerge(.conflict, ours, conflict: MergeConflict(.fields, fields: blamed.sorted()))
        }
        return ItemMerge(.merged, BundleItem(key: ours.key, fields: normalised, location: ours.location))
    }
}
