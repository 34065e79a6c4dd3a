import Foundation

/// Character-trigram language model (naive Bayes), trained on a bundle's own texts per language, to tell
/// apart languages that share a script and many small words (es/pt, fr/en). Words are padded with spaces
/// so trigrams see their starts and ends (` qu`, `ão `).
///
/// It runs on every Latin-script message of a multilingual shop, so a trigram is three scalars packed in
/// one integer (no string per trigram) and one table lookup gives its log-probability in every language.
struct TrigramLanguageModel: Sendable {
    let languages: [String]
    /// Trigram → its row in `logProbabilities`.
    private let rows: [UInt64: Int]
    /// log P(trigram | language), row-major: `languages.count` values per trigram seen in training.
    private let logProbabilities: [Double]
    /// log P(an unseen trigram | language), from add-half smoothing.
    private let unseen: [Double]

    init(texts: [String: [String]]) {
        let languages = texts.keys.sorted()
        let width = languages.count
        var counts: [UInt64: [Int]] = [:]
        var totals = [Int](repeating: 0, count: width)
        for (column, language) in languages.enumerated() {
            for sample in texts[language] ?? [] {
                Self.forEachTrigram(in: sample.lowercased()) { trigram in
                    counts[trigram, default: [Int](repeating: 0, count: width)][column] += 1
                    totals[column] += 1
                }
            }
        }
        let smoothing = 0.5
        let size = Double(counts.count + 1)
        let denominators = totals.map { Double($0) + smoothing * size }
        var rows: [UInt64: Int] = [:]
        var logProbabilities: [Double] = []
        logProbabilities.reserveCapacity(counts.count * width)
        for (trigram, row) in counts {
            rows[trigram] = rows.count
            for (column, count) in row.enumerated() {
                logProbabilities.append(log((Double(count) + smoothing) / denominators[column]))
            }
        }
        self.languages = languages
        self.rows = rows
        self.logProbabilities = logProbabilities
        unseen = denominators.map { log(smoothing / $0) }
    }

    /// The log-likelihood of `text` (normalised: lower case) under each language, best first.
    func rank(_ text: String) -> [(language: String, logLikelihood: Double)] {
        var sums = [Double](repeating: 0, count: languages.count)
        Self.forEachTrigram(in: text) { trigram in
            if let row = rows[trigram] {
                let base = row * languages.count
                for column in sums.indices { sums[column] += logProbabilities[base + column] }
            } else {
                for column in sums.indices { sums[column] += unseen[column] }
            }
        }
        return zip(languages, sums).map { ($0, $1) }
            .sorted {
                $0.logLikelihood != $1.logLikelihood ? $0.logLikelihood > $1.logLikelihood : $0.language < $1.language
            }
    }

    /// Calls `body` with each trigram of the space-padded words (runs of letters) of `text`: `ab` gives
    /// ` ab` and `ab `. A trigram is three scalars of 21 bits each in one integer.
    private static func forEachTrigram(in text: String, _ body: (UInt64) -> Void) {
        let space = UInt64(0x20)
        var first = space  // the two scalars before the next one; `nil` between words
        var second: UInt64?
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic {
                let current = UInt64(scalar.value)
                if let before = second {
                    body(first << 42 | before << 21 | current)
                    first = before
                } else {
                    first = space
                }
                second = current
            } else if let before = second {
                body(first << 42 | before << 21 | space)
                second = nil
            }
        }
        if let before = second { body(first << 42 | before << 21 | space) }
    }
}
