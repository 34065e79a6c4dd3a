/// What the engine decided to do with a message (ENGINE.md, "Decisions").
public enum Decision: String, CaseIterable, Sendable, Codable {
    case answer, clarify, ask, fallback, handoff, silent
}
