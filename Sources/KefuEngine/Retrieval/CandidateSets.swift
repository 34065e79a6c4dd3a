/// Each training question's candidates (its own FAQ first, then its hard negatives) in one flat array:
/// as a list a question they were 17 MB at 100,000 items, twice the numbers they hold.
struct CandidateSets: RandomAccessCollection, Sendable {
    /// Question `q`'s candidates are `faqs[start[q]..<start[q + 1]]`.
    private var start: [Int] = [0]
    private var faqs: [Int32] = []

    init() {}

    /// The sets of `parts`, one after another.
    init(joining parts: [CandidateSets]) {
        start.reserveCapacity(parts.reduce(1) { $0 + $1.count })
        faqs.reserveCapacity(parts.reduce(0) { $0 + $1.faqs.count })
        for part in parts { for set in part { append(set) } }
    }

    var startIndex: Int { 0 }
    var endIndex: Int { start.count - 1 }

    subscript(question: Int) -> ArraySlice<Int32> {
        faqs[start[question]..<start[question + 1]]
    }

    /// Adds the next question's candidates.
    mutating func append(_ candidates: some Collection<Int32>) {
        faqs.append(contentsOf: candidates)
        start.append(faqs.count)
    }
}
