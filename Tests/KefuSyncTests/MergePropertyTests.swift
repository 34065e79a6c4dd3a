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

    /// An FAQ entry drawn from the pools by index; the similar questions are a bit mask over their pool.
    static let item = zip(
        Gen.int(in: 0..<questions.count), Gen.int(in: 0...63), Gen.int(in: 0..<answers.count),
        Gen.int(in: 0..<intents.count)
    ).map { (drawn: (Int, Int, Int, Int)) -> BundleItem in
        let (question, similarMask, answer, intent) = drawn
        var fields: [String: FieldValue] = ["question": .text(questions[question]), "answer": answers[answer]]
        let similar = similars.indices.filter { similarMask & (1 << $0) != 0 }.map { FieldValue.text(similars[$0]) }
        if !similar.isEmpty { fields["similar"] = .list(similar) }
        if let intent = intents[intent] { fields["intent"] = .text(intent) }
        return BundleItem(key: ItemKey(kind: .faq, id: ItemID(trusted: "shipping-time")), fields: fields)
    }

    /// An optional FAQ entry (nil: the item does not exist).
    static let entry = zip(Gen.int(in: 0...5), item).map { presence, item in presence > 0 ? item : nil }

    /// Three different answers from the pool (the base's, ours, theirs), so that both sides change the
    /// answer, each differently: a conflict on every draw.
    static let threeAnswers = Gen.int(in: 0..<60).map { index -> [FieldValue] in
        var pool = answers
        return [pool.remove(at: index % 5), pool.remove(at: index / 5 % 4), pool.remove(at: index / 20 % 3)]
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

    /// Both sides change the answer differently, and each may change other fields too: the conflict names
    /// exactly the fields both changed differently, keeps ours there, and keeps every other change of
    /// either side (the fields that merged must not be lost to the conflict).
    @Test func aConflictNamesItsFieldsAndKeepsEveryChangeThatDidNotConflict() async {
        await propertyCheck(count: 500, input: Self.item, Self.item, Self.item, Self.threeAnswers) {
            base, ours, theirs, answers in
            var (base, ours, theirs) = (base, ours, theirs)
            base.fields["answer"] = answers[0]
            ours.fields["answer"] = answers[1]
            theirs.fields["answer"] = answers[2]
            let merged = ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs)
            let conflict = try #require(merged.conflict)
            #expect(conflict.reason == .fields)
            #expect(conflict.fields.contains("answer"))
            let result = try #require(merged.result)
            for name in Set(base.fields.keys).union(ours.fields.keys).union(theirs.fields.keys) {
                let (was, mine, other) = (base.fields[name], ours.fields[name], theirs.fields[name])
                if name == "similar" {
                    // A list both edited merges as sets: everything either side added, nothing either removed.
                    let set = { (value: FieldValue?) in Set(value?.list ?? value.map { [$0] } ?? []) }
                    let expected = set(was).intersection(set(mine)).intersection(set(other))
                        .union(set(mine).subtracting(set(was))).union(set(other).subtracting(set(was)))
                    #expect(set(result.fields[name]) == expected, "similar")
                    #expect(!conflict.fields.contains(name))
                } else if mine != was && other != was && mine != other {
                    #expect(conflict.fields.contains(name), "\(name) changed differently on both sides")
                    #expect(result.fields[name] == mine, "a conflicted \(name) keeps ours until resolved")
                } else {
                    #expect(!conflict.fields.contains(name), "\(name)")
                    #expect(result.fields[name] == (mine != was ? mine : other), "\(name): the side that changed it")
                }
            }
        }
    }

    /// One side deletes what the other changed: the changed side survives, and the conflict says which
    /// side deleted it.
    @Test func aDeletionAgainstAChangeKeepsTheChange() async {
        await propertyCheck(count: 300, input: Self.item, Self.item) { base, changed in
            guard !changed.hasSameContent(as: base) else { return }
            let deletedByOurs = ThreeWayMerge.merge(base: base, ours: nil, theirs: changed)
            #expect(deletedByOurs.conflict?.reason == .deletedByOurs)
            #expect(deletedByOurs.result == changed)
            let deletedByTheirs = ThreeWayMerge.merge(base: base, ours: changed, theirs: nil)
            #expect(deletedByTheirs.conflict?.reason == .deletedByTheirs)
            #expect(deletedByTheirs.result == changed)
        }
    }

    /// Both sides add the same id with different content: a conflict that keeps ours.
    @Test func bothAddingDifferentlyKeepsOursAndSaysSo() async {
        await propertyCheck(count: 300, input: Self.item, Self.item) { ours, theirs in
            let merged = ThreeWayMerge.merge(base: nil, ours: ours, theirs: theirs)
            if ours.hasSameContent(as: theirs) {
                #expect(merged.conflict == nil)
            } else {
                #expect(merged.conflict?.reason == .bothAdded)
                #expect(merged.result == ours)
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
