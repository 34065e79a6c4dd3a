import Foundation

/// The schema of every item kind, as Documentation/BundleFormat.md describes them.
extension ItemSchema {
    /// Platforms a bundle can be written for.
    public static let platforms = ["taobao", "tmall", "1688", "douyin", "aliexpress", "generic"]
    /// What a template can say it cannot do without.
    public static let templateNeeds = ["order", "product", "size", "quantity", "height_weight"]
    /// The decisions the engine takes.
    public static let decisions = ["answer", "clarify", "ask", "fallback", "handoff", "silent"]
    /// Why a conversation is handed to a person.
    public static let handoffReasons = ["requested", "sentiment", "complex", "compliance", "risk", "loop"]
    /// Kinds of buyer message.
    public static let messageTypes = ["text", "image", "video", "voice", "sticker"]

    static let activeWindow = FieldSpec("active", .record([FieldSpec("from", .date), FieldSpec("until", .date)]))

    static let bundle = ItemSchema(
        kind: .bundle,
        fields: [
            FieldSpec("name", .text, required: true),
            FieldSpec("platform", .choice(platforms), default: "generic"),
            FieldSpec("locales", .localeList, default: ["zh-CN"]),
            FieldSpec("welcome", .reference(.template)),
            FieldSpec("fallback", .reference(.template), required: true),
            FieldSpec(
                "thresholds",
                .record([FieldSpec("answer", .number(0...1)), FieldSpec("suggest", .number(0...1))])),
            FieldSpec("timezone", .text),
            FieldSpec(
                "reminders",
                .record([FieldSpec("quiet_hours", .hours), FieldSpec("per_buyer_per_day", .integer)])),
        ],
        crossFieldCheck: { fields in
            if let zone = fields["timezone"]?.text, TimeZone(identifier: zone) == nil {
                return [FieldProblem(path: FieldPath([.key("timezone")]), message: Message(.unknownTimeZone, zone))]
            }
            let thresholds = fields["thresholds"]?.record ?? [:]
            let answer = thresholds["answer"]?.number ?? BundleSettings.Thresholds.defaultAnswer
            let suggest = thresholds["suggest"]?.number ?? BundleSettings.Thresholds.defaultSuggest
            guard suggest > answer else { return [] }
            return [
                FieldProblem(
                    path: FieldPath([.key("thresholds"), .key("suggest")]),
                    message: Message(.suggestAboveAnswer, "\(suggest)", "\(answer)"))
            ]
        })

    static let faq = ItemSchema(
        kind: .faq,
        fields: [
            FieldSpec("question", .text, required: true),
            FieldSpec("similar", .textList),
            FieldSpec("answer", .reply, required: true),
            FieldSpec("intent", .text),
            FieldSpec("tags", .textList),
            activeWindow,
        ])

    static let rule = ItemSchema(
        kind: .rule,
        fields: [
            FieldSpec("keywords", .textList, required: true),
            FieldSpec("all", .textList),
            FieldSpec("exclude", .textList),
            FieldSpec("reply", .reply, required: true),
            FieldSpec("priority", .integer, default: 0),
            FieldSpec("intent", .text),
            FieldSpec("when", .record([FieldSpec("buyer_tags", .textList)])),
            activeWindow,
        ])

    static let template = ItemSchema(
        kind: .template,
        fields: [
            FieldSpec("needs", .choiceList(templateNeeds)),
            FieldSpec("text", .localizedText, required: true),
        ])

    static let lexicon = ItemSchema(
        kind: .lexicon,
        fields: [
            FieldSpec("type", .choice(Lexicon.LexiconType.allCases.map(\.rawValue)), required: true),
            FieldSpec("level", .choice(Lexicon.SentimentLevel.allCases.map(\.rawValue))),
            FieldSpec("reason", .choice(Lexicon.HandoffReason.allCases.map(\.rawValue))),
            FieldSpec("reply", .reply),
            FieldSpec("groups", .textListList),
            FieldSpec("phrases", .textList),
        ],
        crossFieldCheck: lexiconCheck)

    static let agent = ItemSchema(
        kind: .agent,
        fields: [
            FieldSpec("name", .text, required: true),
            FieldSpec("role", .choice(["agent", "supervisor"]), default: "agent"),
            FieldSpec("skills", .textList),
            FieldSpec("hours", .hours),
        ])

    static let expectation = FieldSpec(
        "expect",
        .record([
            FieldSpec("decision", .choice(decisions)),
            FieldSpec("rule", .reference(.rule)),
            FieldSpec("faq", .reference(.faq)),
            FieldSpec("intent", .text),
            FieldSpec("reply_contains", .text),
            FieldSpec("handoff", .choice(handoffReasons)),
            FieldSpec("agent", .reference(.agent)),
        ]))

    static let test = ItemSchema(
        kind: .test,
        fields: [
            FieldSpec("buyer", .text),
            FieldSpec("tags", .textList),
            FieldSpec("product", .text),
            FieldSpec("locale", .locale),
            FieldSpec("at", .date),
            // The shop data the conversation needs, so it plays the same on every machine (`data/` is local).
            FieldSpec(
                "data",
                .record([
                    FieldSpec("orders", .rows), FieldSpec("products", .rows), FieldSpec("buyers", .rows),
                    FieldSpec("size_chart", .rows),
                ])),
            FieldSpec(
                "turns",
                .recordList([
                    FieldSpec("buyer", .text, required: true),
                    FieldSpec("type", .choice(messageTypes), default: "text"),
                    expectation,
                ]),
                required: true),
        ])

    static let reminder = ItemSchema(
        kind: .reminder,
        fields: [
            FieldSpec("status", .textList, required: true),
            FieldSpec("from", .text),
            FieldSpec("after", .text),
            FieldSpec("before", .text),
            FieldSpec("expires", .text),
            FieldSpec("reply", .reply, required: true),
        ],
        crossFieldCheck: { fields in
            var problems: [FieldProblem] = []
            for name in ["after", "before", "expires"] {
                if let text = fields[name]?.text, ReminderDuration(parsing: text) == nil {
                    problems.append(FieldProblem(path: FieldPath([.key(name)]), message: Message(.badDuration, text)))
                }
            }
            if fields["after"] != nil, fields["before"] != nil {
                problems.append(
                    FieldProblem(path: FieldPath([.key("before")]), message: Message(.reminderAfterAndBefore)))
            }
            return problems
        })

    /// A lexicon's `type` decides which other fields it needs and allows.
    private static func lexiconCheck(_ fields: [String: FieldValue]) -> [FieldProblem] {
        guard let typeName = fields["type"]?.text, let type = Lexicon.LexiconType(rawValue: typeName) else {
            return []
        }
        let (required, allowed): ([String], Set<String>) =
            switch type {
            case .synonyms: (["groups"], ["type", "groups"])
            case .sentiment: (["level", "phrases"], ["type", "level", "phrases"])
            case .handoff: (["phrases"], ["type", "reason", "reply", "phrases"])
            case .blocklist, .allowlist: (["phrases"], ["type", "phrases"])
            }
        var problems: [FieldProblem] = []
        for name in required where fields[name] == nil {
            problems.append(
                FieldProblem(
                    path: FieldPath([.key(name)]), target: .key, message: Message(.fieldRequiredForType, name, typeName)
                ))
        }
        for name in fields.keys.sorted() where !allowed.contains(name) {
            problems.append(
                FieldProblem(
                    path: FieldPath([.key(name)]), target: .key, message: Message(.fieldNotForType, name, typeName)))
        }
        return problems
    }
}
