/// Gives every distinct normalised phrase one index while the engine is compiled, so the keywords of
/// all rules and the phrases of all lexicons share one automaton.
struct PhraseTableBuilder {
    private(set) var phrases: [String] = []
    private var indexes: [String: Int32] = [:]
    private let normaliser = TextNormaliser()

    /// The index of `raw` after normalisation; `nil` for a phrase that normalises to nothing.
    mutating func index(of raw: String) -> Int32? {
        let phrase = normaliser.normalise(raw).text
        guard !phrase.isEmpty else { return nil }
        if let index = indexes[phrase] { return index }
        let index = Int32(phrases.count)
        phrases.append(phrase)
        indexes[phrase] = index
        return index
    }
}
