/// The stages of the pipeline, in order (Documentation/Engine.md, "Pipeline").
public enum TraceStage: String, CaseIterable, Sendable, Encodable {
    case session, normalise, guards, handoff, sentiment, complex, entities, context, rules, faq, render, checks, loop
}
