/// Gives every distinct normalised phrase one index while the engine is compiled, so the keywords of
/// all rules and the phrases of all lexicons share one automaton.
struct PhraseTableBuilder {
    private(set) var phrases: [String] = []
    private var indexes: [String: Int32] = [:]
    /// Phrases as written, normalised once each: a large bundle repeats the same keywords in many rules.
    private var indexOfWritten: [String: Int32?] = [:]
    private let normaliser = TextNormaliser()

    /// The index of `raw` after normalisation; `nil` for a phrase that normalises to nothing.
    mutating func index(of raw: String) -> Int32? {
        if let known = indexOfWritten[raw] { return known }
        let phrase = normaliser.normalise(raw).text
        let index: Int32?
        if phrase.isEmpty {
            index = nil
        } else if let existing = indexes[phrase] {
            index = existing
        } else {
            index = Int32(phrases.count)
            phrases.append(phrase)
            indexes[phrase] = index
        }
        indexOfWritten[raw] = index
        return index
    }
}
