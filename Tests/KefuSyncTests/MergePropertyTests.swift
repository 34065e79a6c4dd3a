import KefuCore
import KefuSync
import PropertyBased
import Testing

/// Properties of the merge over generated FAQ entries drawn from small pools, so that equal and
/// overlapping values are common.
@Suite struct MergePropertyTests {
    static let questions = ["什么时候发货?", "多久能到?", "包邮吗?"]
    static let similars = ["多久发货", "几天能发出", "什么时候寄", "几天到", "包邮不", "运费多少"]
    static let answers: [FieldValue] = [
        "亲,48小时内发货~", "亲,当天发货~", ["zh-CN": "亲,48小时内发货~", "en": "Ships in 48 hours"],
        ["zh-CN": "亲,当天发货~", "en": "Ships in 48 hours"], ["template": "logistics"],
    ]
    static let intents: [String?] = [nil, "logistics", "presale"]

    /// An optional FAQ entry (nil: the item does not exist), drawn from the pools by index; the
    /// similar questions are a bit mask over their pool.
    static let entry = zip(
        Gen.int(in: 0...5), Gen.int(in: 0..<questions.count), Gen.int(in: 0...63), Gen.int(in: 0..<answers.count),
        Gen.int(in: 0..<intents.count)
    ).map { (drawn: (Int, Int, Int, Int, Int)) -> BundleItem? in
        let (presence, question, similarMask, answer, intent) = drawn
        guard presence > 0 else { return nil }
        var fields: [String: FieldValue] = ["question": .text(questions[question]), "answer": answers[answer]]
        let similar = similars.indices.filter { similarMask & (1 << $0) != 0 }.map { FieldValue.text(similars[$0]) }
        if !similar.isEmpty { fields["similar"] = .list(similar) }
        if let intent = intents[intent] { fields["intent"] = .text(intent) }
        return BundleItem(key: ItemKey(kind: .faq, id: ItemID(trusted: "shipping-time")), fields: fields)
    }

    @Test func takingTheirsWhenOursIsTheBase() async {
        await propertyCheck(count: 300, input: Self.entry, Self.entry) { base, theirs in
            #expect(ThreeWayMerge.merge(base: base, ours: base, theirs: theirs).result == theirs)
        }
    }

    @Test func keepingOursWhenTheirsIsTheBase() async {
        await propertyCheck(count: 300, input: Self.entry, Self.entry) { base, ours in
            #expect(ThreeWayMerge.merge(base: base, ours: ours, theirs: base).result == ours)
        }
    }

    @Test func equalSidesConverge() async {
        await propertyCheck(count: 300, input: Self.entry, Self.entry) { base, both in
            let merged = ThreeWayMerge.merge(base: base, ours: both, theirs: both)
            #expect(merged.result == both)
            #expect(merged.conflict == nil)
        }
    }

    @Test func swappingTheSidesSwapsTheConflict() async {
        await propertyCheck(count: 500, input: Self.entry, Self.entry, Self.entry) { base, ours, theirs in
            let forward = ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs)
            let backward = ThreeWayMerge.merge(base: base, ours: theirs, theirs: ours)
            #expect((forward.conflict == nil) == (backward.conflict == nil))
            if let conflict = forward.conflict, let mirrored = backward.conflict {
                #expect(conflict.fields == mirrored.fields)
                #expect(Self.mirror(conflict.reason) == mirrored.reason)
            } else {
                // Clean merges agree on everything but the order of set-merged lists.
                #expect(Self.asSets(forward.result) == Self.asSets(backward.result))
            }
        }
    }

    @Test func aCleanMergeKeepsEveryChangeOfBothSides() async {
        await propertyCheck(count: 500, input: Self.entry, Self.entry, Self.entry) { base, ours, theirs in
            let merged = ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs)
            guard merged.conflict == nil, let result = merged.result, let base, let ours, let theirs else { return }
            for (name, value) in ours.fields
            where base.fields[name] != value && theirs.fields[name] == base.fields[name] {
                #expect(result.fields[name] == value, "ours' change to \(name) survives")
            }
            for (name, value) in theirs.fields
            where base.fields[name] != value && ours.fields[name] == base.fields[name] {
                #expect(result.fields[name] == value, "theirs' change to \(name) survives")
            }
        }
    }

    static func mirror(_ reason: MergeConflict.Reason) -> MergeConflict.Reason {
        switch reason {
        case .deletedByOurs: .deletedByTheirs
        case .deletedByTheirs: .deletedByOurs
        default: reason
        }
    }

    static func asSets(_ item: BundleItem?) -> [String: Set<FieldValue>]? {
        item.map { item in item.fields.mapValues { value in Set(value.list ?? [value]) } }
    }
}
