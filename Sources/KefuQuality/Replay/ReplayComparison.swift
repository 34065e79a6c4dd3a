import KefuCore

/// What changes if the seller switches to another bundle: the same log replayed through both, the
/// messages whose decision or source differ, grouped by the change (before → after), largest first.
public struct ReplayComparison: Sendable, Encodable, Hashable {
    public struct Change: Sendable, Encodable, Hashable {
        /// `answer faq/shipping-time`, `fallback`.
        public var before: String
        public var after: String
        public var count: Int
        /// Up to three of the messages, with their session.
        public var examples: [Example]
    }

    public struct Example: Sendable, Encodable, Hashable {
        public var session: String
        public var text: String
        public var beforeReply: String?
        public var afterReply: String?
    }

    public var messages: Int
    public var changed: Int
    public var changes: [Change]

    /// `before` and `after` are the same log replayed, row for row.
    public init(before: [LoggedMessage], after: [LoggedMessage]) {
        var groups: [[String]: (examples: [Example], count: Int)] = [:]
        var changed = 0
        for (old, new) in zip(before, after) {
            let was = Self.outcome(old)
            let now = Self.outcome(new)
            guard was != now else { continue }
            changed += 1
            let key = [was, now]
            var group = groups[key] ?? ([], 0)
            group.count += 1
            if group.examples.count < 3 {
                group.examples.append(
                    Example(
                        session: old.session, text: old.text, beforeReply: old.reply, afterReply: new.reply))
            }
            groups[key] = group
        }
        messages = before.count
        self.changed = changed
        changes = groups.map { key, group in
            Change(before: key[0], after: key[1], count: group.count, examples: group.examples)
        }
        .sorted { ($1.count, $0.before, $0.after) < ($0.count, $1.before, $1.after) }
    }

    /// The decision and, when there is one, its source: `answer faq/shipping-time`.
    static func outcome(_ message: LoggedMessage) -> String {
        [message.decision, message.source].compactMap { $0 }.joined(separator: " ")
    }
}
