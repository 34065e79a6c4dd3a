import KefuCore
import Testing

@Suite struct ItemSchemaTests {
    @Test func normalisesSoEquivalentWritingsAreEqual() {
        let schema = ItemSchema.of(.rule)
        let written: [String: FieldValue] = [
            "keywords": ["  活动 ", "优惠"], "reply": "满200减20\r\n限今天", "priority": "0", "all": [], "exclude": ["", "退款"],
        ]
        let (fields, problems) = schema.validate(written)
        #expect(problems.isEmpty)
        #expect(fields == ["keywords": ["活动", "优惠"], "reply": "满200减20\n限今天", "exclude": ["退款"]])
    }

    @Test func keepsWholeNumbersAsNumbers() {
        let (fields, problems) = ItemSchema.of(.rule).validate(["keywords": ["a"], "reply": "b", "priority": "10"])
        #expect(problems.isEmpty)
        #expect(fields["priority"] == .number(10))
    }

    @Test func reportsMissingRequiredFieldsAtTheirKey() {
        let (_, problems) = ItemSchema.of(.faq).validate(["question": "多久发货"])
        #expect(problems.map(\.message) == [Message(.missingField, "answer")])
        #expect(problems.first?.path == FieldPath([.key("answer")]))
    }

    @Test func suggestsTheFieldMeantForUnknownKeys() {
        let (_, problems) = ItemSchema.of(.faq).validate(["qeustion": "多久发货", "question": "x", "answer": "y"])
        #expect(problems.map(\.message) == [Message(.unknownFieldDidYouMean, "qeustion", "question")])
        #expect(problems.first?.target == .key)
    }

    @Test func reportsWrongTypesWithTheirPath() {
        let (_, problems) = ItemSchema.of(.faq).validate(["question": "x", "answer": "y", "similar": "多久发货"])
        #expect(
            problems == [
                FieldProblem(
                    path: FieldPath([.key("similar")]), message: Message(.wrongType, "similar", MessageKey.expectList))
            ])
    }

    @Test func checksChoicesAndLowerCasesThem() {
        let (fields, problems) = ItemSchema.of(.agent).validate(["name": "小李", "role": "Supervisor"])
        #expect(problems.isEmpty)
        #expect(fields["role"] == "supervisor")
        let (_, bad) = ItemSchema.of(.agent).validate(["name": "小李", "role": "boss"])
        #expect(bad.map(\.message) == [Message(.invalidChoice, "role", "boss", "agent | supervisor")])
    }

    @Test func dropsDefaultValues() {
        let (fields, _) = ItemSchema.of(.agent).validate(["name": "小李", "role": "agent"])
        #expect(fields["role"] == nil)
    }

    @Test func acceptsTheThreeReplyForms() {
        let schema = ItemSchema.of(.faq)
        for answer: FieldValue in ["亲,48小时内发货", ["zh-cn": "亲", "en": "Hi"], ["template": "logistics"]] {
            let (_, problems) = schema.validate(["question": "q", "answer": answer])
            #expect(problems.isEmpty, "\(answer)")
        }
        let (fields, _) = schema.validate(["question": "q", "answer": ["zh-cn": "亲"]])
        #expect(fields["answer"] == ["zh-CN": "亲"])
        let (_, problems) = schema.validate(["question": "q", "answer": ["template": "logistics", "en": "x"]])
        #expect(problems.map(\.message) == [Message(.templateReplyExtraKey, "en")])
    }

    @Test func validatesNestedRecordsDownToTheirPath() {
        let turns: FieldValue = [["buyer": "你好", "expect": ["decison": "answer"]]]
        let (_, problems) = ItemSchema.of(.test).validate(["turns": turns])
        #expect(problems.map(\.path) == [FieldPath([.key("turns"), .index(0), .key("expect"), .key("decison")])])
        #expect(problems.map(\.message) == [Message(.unknownFieldDidYouMean, "decison", "decision")])
    }

    @Test func lexiconTypeDecidesItsFields() {
        let schema = ItemSchema.of(.lexicon)
        #expect(schema.validate(["type": "synonyms", "groups": [["发货", "寄出"]]]).problems.isEmpty)
        let (_, missing) = schema.validate(["type": "sentiment", "phrases": ["骗子"]])
        #expect(missing.map(\.message) == [Message(.fieldRequiredForType, "level", "sentiment")])
        let (_, extra) = schema.validate(["type": "blocklist", "phrases": ["假一罚万"], "level": "high"])
        #expect(extra.map(\.message) == [Message(.fieldNotForType, "level", "blocklist")])
    }

    @Test func thresholdsMustBeOrdered() {
        let (_, problems) = ItemSchema.of(.bundle).validate([
            "name": "店", "fallback": "fallback", "thresholds": ["answer": "0.3", "suggest": "0.5"],
        ])
        #expect(problems.map(\.message) == [Message(.suggestAboveAnswer, "0.5", "0.3")])
        let (_, range) = ItemSchema.of(.bundle).validate([
            "name": "店", "fallback": "f", "thresholds": ["answer": "1.5"],
        ])
        #expect(range.map(\.message) == [Message(.numberOutOfRange, "answer", "1.5", "0.0", "1.0")])
    }

    @Test func typedModelsReadValidatedItems() throws {
        let (fields, problems) = ItemSchema.of(.rule).validate([
            "keywords": ["活动"], "reply": ["template": "promo"], "priority": "5", "when": ["buyer_tags": ["vip"]],
        ])
        #expect(problems.isEmpty)
        let rule = try BundleItem(key: ItemKey(kind: .rule, id: #require(ItemID("promo"))), fields: fields).decode(
            as: Rule.self)
        #expect(rule.priority == 5)
        #expect(rule.reply == .template(try #require(ItemID("promo"))))
        #expect(rule.when?.buyerTags == ["vip"])
    }
}
