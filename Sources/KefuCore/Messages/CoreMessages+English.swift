extension CoreMessages {
    /// English (en).
    static let english: [MessageKey: String] = [
        .reminderAfterAndBefore:
            "a reminder has after or before, not both: after counts from the time in the order, before counts down to it",
        .badDuration: "'{0}' is not a duration: write 30m, 2h, 1d or 1h30m",
        .unknownTimeZone: "'{0}' is not a time zone: write one like Asia/Shanghai or Europe/Madrid",
        .expectText: "a text",
        .expectInteger: "a whole number",
        .expectNumber: "a number",
        .expectDate: "a date like 2026-11-01 or 2026-11-10 20:00",
        .expectHours: "hours like 09:00-23:00",
        .expectList: "a list like [a, b]",
        .expectListOfLists: "a list of lists like [[a, b], [c, d]]",
        .expectMapping: "a mapping of keys to values",
        .expectReply: "a text, a {locale: text} map or {template: ID}",
        .wrongType: "'{0}' must be {1}",
        .missingField: "missing required field '{0}'; add it to this item",
        .emptyField: "'{0}' must not be empty",
        .unknownField: "unknown field '{0}'; this item may have: {1}",
        .unknownFieldDidYouMean: "unknown field '{0}'; did you mean '{1}'?",
        .numberOutOfRange: "'{0}' is {1}, but must be between {2} and {3}",
        .invalidReference:
            "'{0}' refers to '{1}', which is not a valid id (lower-case letters, digits, '.', '_' and '-')",
        .invalidChoice: "'{0}' is '{1}', but must be one of: {2}",
        .invalidLocale: "'{0}' is not a language tag like zh-CN, en or pt-BR",
        .templateReplyExtraKey:
            "'{0}' is not allowed next to 'template'; a reply is a text, a {locale: text} map, or {template: ID}",
        .suggestAboveAnswer: "thresholds.suggest ({0}) must not be above thresholds.answer ({1})",
        .fieldRequiredForType: "a lexicon of type '{1}' needs '{0}'",
        .fieldNotForType: "'{0}' does not belong in a lexicon of type '{1}'; remove it",
        .templateTooDeep: "more than {0} sections inside one another; flatten the template",
        .templateTooLarge: "a reply text is larger than {0} KB; shorten it or split it into several replies",
        .templateDelimiters: "changing Mustache delimiters ({{=…=}}) is not supported; use {{ and }}",
        .missingManifest: "no bundle.yaml in {0}; run 'kefu init' there, or pass -C with a bundle folder",
    ]
}
