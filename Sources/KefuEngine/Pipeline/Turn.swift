import KefuCore

/// The turn being answered: the buyer's message, the session it changes, what the answer depends on,
/// the trace so far, and what the stages found on the way (the normalised text, the phrases matched, the
/// meaning). Every stage of `Engine.answer` is a short function on it, and every end (respond, clarify,
/// fall back, hand off) finishes it.
struct Turn {
    let message: IncomingMessage
    var session: SessionState
    let context: AnswerContext
    var trace: TraceRecorder

    /// The buyer record of the session's buyer in the shop data, if any.
    let buyer: ShopRecord?
    /// The message as the engine reads it, with what normalising measured (set by the first stage).
    var normalised = NormalisedText(
        text: "", truncated: false, longestExclamationRun: 0, meaningfulShare: 1, visibleCount: 0)
    var text: String { normalised.text }
    /// The language the message was detected in, when it showed one.
    var language: String?
    /// The phrases of rules and lexicons found in `text`.
    var matched: Set<Int32> = []
    /// Whether a sentiment lexicon already found high anger in the words (meaning then adds nothing).
    var angryInWords = false
    /// Whether this message hesitates (a `watch` sentiment: 太贵了, 再考虑): when nothing else answers it,
    /// the bundle's `retention` template does.
    var hesitant = false
    /// The message's ranking by meaning, with the sentence model.
    var meaning: SemanticRanking?
    /// The best FAQ's confidence, when FAQs were ranked and none answered (the fallback reports it).
    var topConfidence: Double?

    init(_ message: IncomingMessage, session: SessionState, context: AnswerContext) {
        self.message = message
        self.session = session
        self.context = context
        self.trace = TraceRecorder(enabled: context.trace)
        self.buyer = session.buyer.flatMap { context.shop.buyer(id: $0) }
    }
}
