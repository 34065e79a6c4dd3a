import KefuCore

/// What a replayed chat log came to: how many messages were answered, clarified, asked for data, fell
/// back, were handed off or left silent; the same per intent; and how often each rule and FAQ answered.
public struct ReplayCoverage: Sendable, Encodable, Hashable {
    public var messages: Int
    public var sessions: Int
    /// Decision name → messages.
    public var decisions: [String: Int]
    /// Intent (`none` when nothing named one) → decision name → messages.
    public var intents: [String: [String: Int]]
    /// `faq/ID` or `rule/ID` → messages it answered.
    public var items: [String: Int]

    public init(_ logged: [LoggedMessage]) {
        messages = logged.count
        sessions = Set(logged.map(\.session)).count
        decisions = Dictionary(grouping: logged, by: \.decision).mapValues(\.count)
        intents = Dictionary(grouping: logged) { $0.intent ?? "none" }.mapValues {
            Dictionary(grouping: $0, by: \.decision).mapValues(\.count)
        }
        items = Dictionary(
            grouping: logged.filter { $0.decision == "answer" && ConversationReport.isItem($0.source) },
            by: { $0.source ?? "" }
        ).mapValues(\.count)
    }
}
