/// The stages of the pipeline, in order (ENGINE.md, "The pipeline").
public enum TraceStage: String, CaseIterable, Sendable, Encodable {
    case session, normalise, guards, handoff, sentiment, complex, entities, context, rules, faq, render, checks, loop
}
