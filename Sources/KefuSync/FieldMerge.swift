import KefuCore

/// Three-way merge of one field, by its shape: lists as sets, locale maps per locale, nested records
/// per key, anything else as a single value.
enum FieldMerge {
    struct Result: Equatable {
        var value: FieldValue?
        var conflicted: Bool
    }

    static func merge(base: FieldValue?, ours: FieldValue?, theirs: FieldValue?, shape: FieldShape) -> Result {
        if ours == theirs { return Result(value: ours, conflicted: false) }
        if ours == base { return Result(value: theirs, conflicted: false) }
        if theirs == base { return Result(value: ours, conflicted: false) }
        switch shape {
        case .textList, .choiceList, .localeList, .textListList:
            let merged = mergeSets(base: base?.list ?? [], ours: ours?.list ?? [], theirs: theirs?.list ?? [])
            return Result(value: merged.isEmpty ? nil : .list(merged), conflicted: false)
        case .localizedText, .reply:
            return mergeRecords(base: base, ours: ours, theirs: theirs) { _ in .text }
        case .record(let specs):
            return mergeRecords(base: base, ours: ours, theirs: theirs) { key in
                specs.first { $0.name == key }?.shape ?? .text
            }
        default:
            return Result(value: ours, conflicted: true)
        }
    }

    /// Additions from both sides kept, removals from either side applied, order from ours then theirs.
    private static func mergeSets(base: [FieldValue], ours: [FieldValue], theirs: [FieldValue]) -> [FieldValue] {
        let removedByTheirs = Set(base).subtracting(theirs)
        var result = ours.filter { !removedByTheirs.contains($0) }
        var present = Set(result)
        let baseSet = Set(base)
        for value in theirs where !baseSet.contains(value) && !present.contains(value) {
            result.append(value)
            present.insert(value)
        }
        return result
    }

    /// Per-key merge of records (locale maps, `active`, `thresholds`). A side that is not a record
    /// (a plain text where the other has a locale map) cannot be merged key by key.
    private static func mergeRecords(
        base: FieldValue?, ours: FieldValue?, theirs: FieldValue?, shapeOf: (String) -> FieldShape
    ) -> Result {
        guard let baseRecord = recordOrEmpty(base), let oursRecord = recordOrEmpty(ours),
            let theirsRecord = recordOrEmpty(theirs)
        else { return Result(value: ours, conflicted: true) }
        var merged: [String: FieldValue] = [:]
        var conflicted = false
        for key in Set(baseRecord.keys).union(oursRecord.keys).union(theirsRecord.keys).sorted() {
            let result = merge(
                base: baseRecord[key], ours: oursRecord[key], theirs: theirsRecord[key], shape: shapeOf(key))
            conflicted = conflicted || result.conflicted
            if let value = result.value { merged[key] = value }
        }
        if conflicted { return Result(value: ours, conflicted: true) }
        return Result(value: merged.isEmpty ? nil : .record(merged), conflicted: false)
    }

    /// An absent value as an empty record, a record as itself, anything else as `nil`.
    private static func recordOrEmpty(_ value: FieldValue?) -> [String: FieldValue]? {
        guard let value else { return [:] }
        return value.record
    }
}
