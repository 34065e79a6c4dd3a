import KefuCore
import KefuSync
import Testing

@Suite struct ThreeWayMergeTests {
    private func faq(_ fields: [String: FieldValue]) -> BundleItem {
        var all: [String: FieldValue] = ["question": "什么时候发货?", "answer": "48小时内发货"]
        all.merge(fields) { _, new in new }
        return BundleItem(key: ItemKey(kind: .faq, id: ItemID(trusted: "shipping-time")), fields: all)
    }

    @Test func theTableOfSyncMD() {
        let base = faq([:])
        let changed = faq(["answer": "24小时内发货"])
        let other = faq(["answer": "当天发货"])
        #expect(ThreeWayMerge.merge(base: base, ours: base, theirs: base).outcome == .unchanged)
        #expect(ThreeWayMerge.merge(base: base, ours: base, theirs: changed).outcome == .takeTheirs)
        #expect(ThreeWayMerge.merge(base: base, ours: base, theirs: changed).result == changed)
        #expect(ThreeWayMerge.merge(base: base, ours: changed, theirs: base).outcome == .keepOurs)
        #expect(ThreeWayMerge.merge(base: base, ours: changed, theirs: changed).outcome == .converged)
        let conflict = ThreeWayMerge.merge(base: base, ours: changed, theirs: other)
        #expect(conflict.outcome == .conflict)
        #expect(conflict.conflict == MergeConflict(.fields, fields: ["answer"]))
        #expect(conflict.result == changed)
    }

    @Test func differentFieldsMergeCleanly() {
        let base = faq([:])
        let ours = faq(["answer": "24小时内发货"])
        let theirs = faq(["intent": "logistics"])
        let merged = ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(merged.outcome == .merged)
        #expect(merged.result?.fields == faq(["answer": "24小时内发货", "intent": "logistics"]).fields)
    }

    @Test func listsMergeAsSets() {
        let base = faq(["similar": ["多久发货", "几天能发出", "什么时候寄"]])
        let ours = faq(["similar": ["多久发货", "几天能发出", "什么时候寄", "啥时候发"]])
        let theirs = faq(["similar": ["多久发货", "几天能发出", "下单后多久寄出"]])
        let merged = ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(merged.outcome == .merged)
        // Both additions kept, theirs' removal of 什么时候寄 applied, ours' order first.
        #expect(merged.result?.fields["similar"] == ["多久发货", "几天能发出", "啥时候发", "下单后多久寄出"])
    }

    @Test func localeMapsMergePerLocale() {
        let base = faq(["answer": ["zh-CN": "48小时内发货", "en": "Ships in 48 hours"]])
        let ours = faq(["answer": ["zh-CN": "24小时内发货", "en": "Ships in 48 hours"]])
        let theirs = faq(["answer": ["zh-CN": "48小时内发货", "en": "Ships within 48 hours", "es": "Envío en 48 horas"]])
        let merged = ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(merged.outcome == .merged)
        #expect(
            merged.result?.fields["answer"] == [
                "zh-CN": "24小时内发货", "en": "Ships within 48 hours", "es": "Envío en 48 horas",
            ])
        let clash = faq(["answer": ["zh-CN": "当天发货", "en": "Ships in 48 hours"]])
        #expect(
            ThreeWayMerge.merge(base: base, ours: ours, theirs: clash).conflict
                == MergeConflict(.fields, fields: ["answer"]))
    }

    @Test func aConflictKeepsOursOnlyInTheConflictingFields() {
        let base = faq(["similar": ["多久发货"]])
        let ours = faq(["answer": "24小时内发货"])
        let theirs = faq(["answer": "当天发货", "similar": ["多久发货", "几天到"]])
        let merged = ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(merged.conflict == MergeConflict(.fields, fields: ["answer"]))
        #expect(merged.result?.fields["answer"] == "24小时内发货")
        #expect(merged.result?.fields["similar"] == ["几天到"])
    }

    @Test func deleteAgainstModifyKeepsTheModifiedVersion() {
        let base = faq([:])
        let edited = faq(["answer": "24小时内发货"])
        let oursDeleted = ThreeWayMerge.merge(base: base, ours: nil, theirs: edited)
        #expect(oursDeleted.conflict == MergeConflict(.deletedByOurs))
        #expect(oursDeleted.result == edited)
        let theirsDeleted = ThreeWayMerge.merge(base: base, ours: edited, theirs: nil)
        #expect(theirsDeleted.conflict == MergeConflict(.deletedByTheirs))
        #expect(theirsDeleted.result == edited)
        #expect(ThreeWayMerge.merge(base: base, ours: nil, theirs: base).result == nil)
        #expect(ThreeWayMerge.merge(base: base, ours: nil, theirs: nil).outcome == .converged)
    }

    @Test func bothAddedDifferentlyConflictsAndAMissingBaseCountsAsEmpty() {
        let ours = faq([:])
        let theirs = faq(["answer": "当天发货"])
        let merged = ThreeWayMerge.merge(base: nil, ours: ours, theirs: theirs)
        #expect(merged.conflict == MergeConflict(.bothAdded))
        #expect(merged.result == ours)
        #expect(ThreeWayMerge.merge(base: nil, ours: ours, theirs: ours).outcome == .converged)
        #expect(ThreeWayMerge.merge(base: nil, ours: nil, theirs: theirs).result == theirs)
    }

    @Test func nestedRecordsMergePerKey() {
        let rule = { (fields: [String: FieldValue]) -> BundleItem in
            var all: [String: FieldValue] = ["keywords": ["活动"], "reply": "满减"]
            all.merge(fields) { _, new in new }
            return BundleItem(key: ItemKey(kind: .rule, id: ItemID(trusted: "promo")), fields: all)
        }
        let base = rule(["active": ["from": "2026-11-01", "until": "2026-11-12"]])
        let ours = rule(["active": ["from": "2026-10-31", "until": "2026-11-12"]])
        let theirs = rule(["active": ["from": "2026-11-01", "until": "2026-11-15"]])
        let merged = ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(merged.outcome == .merged)
        #expect(merged.result?.fields["active"] == ["from": "2026-10-31", "until": "2026-11-15"])
    }

    @Test func aMergeThatMakesAnInvalidItemIsAConflict() {
        let lexicon = { (fields: [String: FieldValue]) in
            BundleItem(key: ItemKey(kind: .lexicon, id: ItemID(trusted: "words")), fields: fields)
        }
        let base = lexicon(["type": "blocklist", "phrases": ["假一罚万"]])
        let ours = lexicon(["type": "sentiment", "level": "high", "phrases": ["假一罚万"]])
        let theirs = lexicon(["type": "blocklist", "phrases": ["假一罚万", "绝对不退"]])
        // Ours changed the type and added a level, theirs added a phrase: together a valid sentiment lexicon.
        let merged = ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(merged.outcome == .merged)
        #expect(merged.result?.fields == ["type": "sentiment", "level": "high", "phrases": ["假一罚万", "绝对不退"]])
        // Theirs turning it into synonyms cannot be merged with ours' sentiment fields.
        let brokenTheirs = lexicon(["type": "synonyms", "groups": [["a", "b"]]])
        let invalid = ThreeWayMerge.merge(base: base, ours: ours, theirs: brokenTheirs)
        #expect(invalid.outcome == .conflict)
    }
}
