/// What the engine decided to do with a message (Documentation/Engine.md, "Pipeline").
public enum Decision: String, CaseIterable, Sendable, Codable {
    case answer, clarify, ask, fallback, handoff, silent
}
