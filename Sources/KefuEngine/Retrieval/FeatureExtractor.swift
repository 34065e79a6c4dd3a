/// Turns a normalised text into weighted features for FAQ retrieval, so that paraphrase, typos, word
/// order and Chinese without spaces still meet:
///
/// - Latin, Cyrillic and other spaced scripts: word stems, adjacent word pairs, and character 3- and
///   4-grams inside words (a typo changes a few n-grams, not the word's whole weight);
/// - Chinese and other unspaced scripts: character unigrams, bigrams and trigrams (no dictionary);
/// - synonym groups from the bundle's lexicons, as one feature each, so 发货 and 寄出 count the same.
///
/// Features are 64-bit hashes of their text and kind, so no vocabulary is needed at query time.
struct FeatureExtractor: Sendable {
    /// Chinese particles and function characters, weigh little as single characters (they count fully in pairs).
    static let particles: Set<Unicode.Scalar> = ["吗", "呢", "吧", "啊", "呀", "哦", "么", "的", "了", "嘛", "啦"]

    private enum Kind: UInt64 {
        case word = 1, wordPair, wordGram, hanUnigram, hanBigram, hanTrigram, synonym
    }

    /// The raw weight of each feature (type weight × occurrences).
    func features(of text: String, synonymGroups: [Int32]) -> [UInt64: Float] {
        var features: [UInt64: Float] = [:]
        var words: [[Unicode.Scalar]] = []
        var word: [Unicode.Scalar] = []
        var han: [Unicode.Scalar] = []

        func flushWord() {
            guard !word.isEmpty else { return }
            words.append(Self.stem(word))
            word.removeAll(keepingCapacity: true)
        }
        func flushWords() {
            flushWord()
            for (index, current) in words.enumerated() {
                features[Self.hash(.word, current), default: 0] += 1
                if index > 0 { features[Self.hash(.wordPair, words[index - 1] + [" "] + current), default: 0] += 0.5 }
                guard current.count >= 3 else { continue }
                let padded: [Unicode.Scalar] = ["<"] + current + [">"]
                for size in 3...4 where padded.count > size {
                    for start in 0...(padded.count - size) {
                        features[Self.hash(.wordGram, padded[start..<start + size]), default: 0] += 0.2
                    }
                }
            }
            words.removeAll(keepingCapacity: true)
        }
        func flushHan() {
            guard !han.isEmpty else { return }
            for index in han.indices {
                // Sentence particles (吗, 呢, 吧…) say a question is a question, not what it is about.
                features[Self.hash(.hanUnigram, han[index...index]), default: 0] +=
                    Self.particles.contains(han[index]) ? 0.1 : 0.4
                if index + 1 < han.count { features[Self.hash(.hanBigram, han[index...index + 1]), default: 0] += 1 }
                if index + 2 < han.count {
                    features[Self.hash(.hanTrigram, han[index...index + 2]), default: 0] += 0.5
                }
            }
            han.removeAll(keepingCapacity: true)
        }

        for scalar in text.unicodeScalars {
            if Self.isUnspaced(scalar) {
                flushWords()
                han.append(scalar)
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                flushHan()
                word.append(scalar)
            } else {
                flushHan()
                flushWord()
            }
        }
        flushHan()
        flushWords()
        for group in synonymGroups { features[Self.hash(.synonym, String(group).unicodeScalars), default: 0] += 1 }
        return features
    }

    /// Scripts written without spaces between words.
    static func isUnspaced(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isIdeographic { return true }
        switch scalar.value {
        case 0x3040...0x30FF, 0xAC00...0xD7AF: return true  // kana, hangul
        default: return false
        }
    }

    /// A light English stemmer: plurals and common verb endings, enough for order/orders/ordered.
    static func stem(_ word: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard word.count > 4 else { return word }
        for suffix in ["ing", "ed", "es", "s"] {
            let tail = Array(suffix.unicodeScalars)
            if word.count - tail.count >= 3, Array(word.suffix(tail.count)) == tail {
                if suffix == "s", word[word.count - 2] == "s" { return word }  // address, glass
                return Array(word.dropLast(tail.count))
            }
        }
        return word
    }

    private static func hash(_ kind: Kind, _ scalars: some Sequence<Unicode.Scalar>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ kind.rawValue
        for scalar in scalars {
            hash = (hash ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
