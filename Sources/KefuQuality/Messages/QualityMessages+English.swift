import KefuCore

extension QualityMessages {
    /// English (en).
    static let english: [MessageKey: String] = [
        .lintBlockedClaim:
            "the reply of {0} contains '{1}', an absolute claim China's Advertising Law forbids (广告法极限词): buyers would get a person instead; rephrase it, or if it states a fact (a fibre content, a measurement), list the phrase in a lexicon of type allowlist",
        .lintReplyNeedsDataFile:
            "{0} prints '{1}', which comes from {2}, and the bundle has no such file: buyers who reach it get the fallback with a person offered; add {2} (see 'Shop data' in Documentation/BundleFormat.md)",
        .lintNoImageTemplate:
            "no 'message-image' template: a picture sent alone (an order screenshot, a photo of a fault) gets no words back; add one under templates/ that asks for the question in text and offers a person (every kefu init preset has one)",
        .reportWhyNothingNear: "no FAQ shares anything with them",
        .reportWhySplit: "the questions are nearest different FAQs (at most {0} of {1} nearest {2})",
        .reportWhyTooFar: "the nearest, {0}, scores {1}, under the {2} a suggestion needs",
        .reportWhySimilar: "{0} of {1} {1|question|questions} {0|is|are} nearest {2}, at {3} on average",
        .lintReminderNeedsMore:
            "reminder '{0}' has a template that needs {1}, which an order does not give: it would never be sent; use a template that needs only the order",
        .lintReminderWithoutTime:
            "reminder '{0}' counts from the {1} column, which data/orders.csv does not have: add it (the time the order entered its status) or name another column with from:",
        .chatLogBadRating: "the rating column must be 1 to 5, helpful or unhelpful",
        .chatLogIdentifierTooLong: "{0} is longer than {1} characters: kefu keeps it with every message, so shorten it",
        .lintBroadKeyword:
            "keyword '{0}' is too broad: buyers say it in almost every conversation, so the rule answers everything; use a longer phrase",
        .lintDuplicateKeyword:
            "keyword '{0}' of rule '{1}' is also in {2}, with a different reply; keep it in one rule, or give the rules the same reply",
        .lintSelfExcluded:
            "rule '{0}' can never answer: its exclude word '{1}' is in its own keywords; remove it from exclude",
        .lintShadowedRule:
            "rule '{0}' can never answer: {1} (priority {2}) answers every message with its keywords first; raise priority {3} above it, or narrow that rule",
        .lintDuplicateQuestion: "question '{0}' of faq '{1}' is the same as {2}; keep it in one entry",
        .lintBlockedReply:
            "the reply of {0} contains '{1}', which the shop's blocklist {2} forbids: buyers would get a person instead; rephrase it",
        .lintExpired: "{0} ended on {1}: it never answers now; remove it or extend 'until'",
        .lintNotYetActive: "{0} starts on {1}; until then it does not answer",
        .lintExpiresSoon: "{0} ends on {1}, within a week; extend 'until' if it should go on",
        .lintMisplacedQuestion:
            "question '{0}' of faq '{1}' is closer to {2} ('{3}', {4}) than to its own entry's other questions ({5}): buyers asking it get that answer; move it there or reword it",
        .lintUnknownVariable:
            "{0} uses '{1}', which no entity, session value or data column provides; see 'Template variables' in Documentation/BundleFormat.md",
        .lintUnknownVariableTypo:
            "{0} uses '{1}', which no entity, session value or data column provides; did you mean '{2}'?",
        .lintUnknownVariableColumn:
            "{0} uses '{1}', which no entity, session value or data column provides; fix the name, or add a column '{2}' to {3}",
        .lintMissingLocale:
            "{0} has no text in {1}: buyers writing in it get the {2} text",
        .lintLocaleCoverage:
            "locale {0}: {1} of {2} replies have a text ({3}%)",
        .lintPlatformTemplate:
            "shops on {0} are expected to have the standard template '{1}'; add it under templates/ (kefu init --preset {0} starts with one)",
        .lintFallbackNoPerson:
            "the fallback '{0}' ({1}) does not tell the buyer how to reach a person; say that typing '{2}' brings one",
        .lintNoAgents:
            "there are no agents: handoffs are recorded but nobody is assigned; add the people who take over in agents.yaml",
        .lintUnskilledIntent:
            "no agent has the skill '{0}', which {1} can hand off with: those buyers go to whoever is free; add '{0}' to an agent's skills",
        .lintUncoveredHours:
            "nobody is on duty {0}: handoffs then wait, and the buyer is told when someone starts",
        .chatLogMissing:
            "a chat log line needs {0}: add it (time, session and buyer are required)",
        .chatLogBadTime:
            "the {0} column is not an ISO 8601 time: write it as 2026-11-03T20:15:00+08:00",
        .chatLogEmpty:
            "the chat log has no messages",
        .chatLogNotUTF8:
            "the chat log is not UTF-8 text: save it as UTF-8 JSON Lines",
        .chatLogBadJSON:
            "this line is not a JSON object: write one object per line, like {\"time\": …, \"session\": …, \"buyer\": …, \"text\": …}",
        .reportTitle:
            "Kefu report: {0}",
        .reportRange:
            "{0} {0|message|messages} in {1} {1|conversation|conversations}, {2} to {3}",
        .reportReplyRate:
            "reply rate",
        .reportResolutionRate:
            "automatic resolution rate",
        .reportHandoffRate:
            "handoff rate",
        .reportRepeatRate:
            "repeat-question rate",
        .reportCoverage:
            "knowledge base coverage",
        .reportTriggerRate:
            "trigger rate ({0})",
        .reportTrend:
            "Messages per day, by decision",
        .reportHandoffReasons:
            "top handoff reasons:",
        .reportItems:
            "Rules and FAQs: hits and unresolved rate",
        .reportItemColumn:
            "item",
        .reportHitsColumn:
            "hits",
        .reportUnresolvedColumn:
            "unresolved",
        .reportClusters:
            "unanswered questions, grouped:",
        .reportSuggestSimilar:
            "add as similar questions to {0} (kefu report --accept {1})",
        .reportSuggestNew:
            "new FAQ (kefu report --accept {0} --answer TEXT)",
        .reportFirstResponse:
            "first response, bot: median {0}, 90th percentile {1}",
        .reportHumanResponse:
            "first response, people: median {0}, 90th percentile {1} ({2} replies in the log)",
        .reportLocaleMissing:
            "buyers wrote in {0}, which the bundle has no locale for (messages: {1})",
    ]
}
