import Foundation

/// Character-trigram language model (naive Bayes), trained on a bundle's own texts per language, to tell
/// apart languages that share a script and many small words (es/pt, fr/en). Words are padded with spaces
/// so trigrams see their starts and ends (` qu`, `ão `).
struct TrigramLanguageModel: Sendable {
    /// log P(trigram | language) for the trigrams seen in training.
    private let logProbabilities: [String: [String: Double]]
    /// log P(an unseen trigram | language), from add-half smoothing.
    private let unseen: [String: Double]

    var languages: [String] { logProbabilities.keys.sorted() }

    init(texts: [String: [String]]) {
        var counts: [String: [String: Int]] = [:]
        var vocabulary = Set<String>()
        for (language, samples) in texts {
            var table: [String: Int] = [:]
            for sample in samples {
                for trigram in Self.trigrams(of: Self.words(in: sample.lowercased())) {
                    table[trigram, default: 0] += 1
                    vocabulary.insert(trigram)
                }
            }
            counts[language] = table
        }
        let smoothing = 0.5
        let size = Double(vocabulary.count + 1)
        var logProbabilities: [String: [String: Double]] = [:]
        var unseen: [String: Double] = [:]
        for (language, table) in counts {
            let total = Double(table.values.reduce(0, +)) + smoothing * size
            logProbabilities[language] = table.mapValues { log((Double($0) + smoothing) / total) }
            unseen[language] = log(smoothing / total)
        }
        self.logProbabilities = logProbabilities
        self.unseen = unseen
    }

    /// The log-likelihood of `words` under each language, best first.
    func rank(_ words: [Substring]) -> [(language: String, logLikelihood: Double)] {
        let trigrams = Self.trigrams(of: words)
        return logProbabilities.map { language, table in
            let unseen = unseen[language] ?? 0
            return (language, trigrams.reduce(0) { $0 + (table[$1] ?? unseen) })
        }
        .sorted {
            $0.logLikelihood != $1.logLikelihood ? $0.logLikelihood > $1.logLikelihood : $0.language < $1.language
        }
    }

    static func words(in text: String) -> [Substring] {
        text.split { !$0.isLetter }
    }

    private static func trigrams(of words: [Substring]) -> [String] {
        var trigrams: [String] = []
        for word in words {
            let padded = Array(" \(word) ")
            guard padded.count >= 3 else { continue }
            for start in 0...(padded.count - 3) { trigrams.append(String(padded[start..<start + 3])) }
        }
        return trigrams
    }
}
