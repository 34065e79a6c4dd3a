/// A message as the sentence model sees it: its vector and the FAQs closest to it in meaning.
struct SemanticQuery: Sendable {
    let vector: [Float]
    let closest: [SemanticScore]
}
