/// The parts of a compiled engine kept between processes (`EngineIndexCache`), each under its own key.
public enum KeptPart: String, Sendable, CaseIterable {
    /// The FAQ index and its classifier, keyed by every FAQ question, phrase and synonym group: training is
    /// the costly part, so an edited answer or rule reply does not train again.
    case faqIndex = "index"
    /// The rest of the compiled engine (the phrase automaton with the rules' compiled keywords, the reply
    /// texts by locale, and which FAQ index goes with them), keyed by every item and the kefu that kept it,
    /// so that a fresh process reads it and decodes only the items an answer looks at.
    case catalog
}
