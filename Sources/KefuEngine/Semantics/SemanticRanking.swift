/// The sentence model's view of one message, with the index it was compared against.
struct SemanticRanking {
    let index: SemanticIndex
    let query: SemanticQuery
}
