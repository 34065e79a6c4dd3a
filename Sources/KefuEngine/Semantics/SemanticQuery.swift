/// A message as the sentence model sees it: its vector and the FAQs closest to it in meaning.
struct SemanticQuery: Sendable {
    /// The unit vector, as the model gave it (sentiment by meaning compares it with its prototypes).
    let vector: [Float]
    /// The same less the shop's anchor, normalised (`SemanticIndex`): what FAQs are compared with.
    let centred: [Float]
    let closest: [SemanticScore]
    /// The median centred closeness of the shop's FAQs to the message: how close unrelated questions sit for this
    /// message (lower in English than in Chinese, for one); `nil` for a shop with too few FAQs to tell.
    let baseline: Float?
    /// The plain cosine to the shop's nearest FAQ question, over every FAQ: how much the message reads like
    /// something the shop answers (sentiment by meaning counts that as calm).
    let nearestQuestion: Float
}
