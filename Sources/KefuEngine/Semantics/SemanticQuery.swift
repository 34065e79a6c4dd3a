/// A message as the sentence model sees it: its vector and the FAQs closest to it in meaning.
struct SemanticQuery: Sendable {
    let vector: [Float]
    let closest: [SemanticScore]
    /// The median closeness of the shop's FAQs to the message: how close unrelated questions sit for this
    /// message (lower in English than in Chinese, for one); `nil` for a shop with too few FAQs to tell.
    let baseline: Float?
}
