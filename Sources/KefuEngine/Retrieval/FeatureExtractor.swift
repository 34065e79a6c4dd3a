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

    /// The raw weight of each feature (type weight × occurrences), in feature order. Gathered in a list
    /// and merged after a stable sort rather than summed in a dictionary: a message has a few dozen
    /// features, and hashing each into a growing dictionary was most of making a query's vector. The
    /// weights of a repeated feature are summed in the order they occur, as the dictionary summed them.
    func features(of text: String, synonymGroups: [Int32]) -> [(feature: UInt64, weight: Float)] {
        var found = Features()
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
                found.add(Self.hash(.word, current), 1)
                if index > 0 { found.add(Self.hash(.wordPair, words[index - 1] + [" "] + current), 0.5) }
                guard current.count >= 3 else { continue }
                let padded: [Unicode.Scalar] = ["<"] + current + [">"]
                for size in 3...4 where padded.count > size {
                    for start in 0...(padded.count - size) {
                        found.add(Self.hash(.wordGram, padded[start..<start + size]), 0.2)
                    }
                }
            }
            words.removeAll(keepingCapacity: true)
        }
        func flushHan() {
            guard !han.isEmpty else { return }
            for index in han.indices {
                // Sentence particles (吗, 呢, 吧…) say a question is a question, not what it is about.
                found.add(Self.hash(.hanUnigram, han[index...index]), Self.particles.contains(han[index]) ? 0.1 : 0.4)
                if index + 1 < han.count { found.add(Self.hash(.hanBigram, han[index...index + 1]), 1) }
                if index + 2 < han.count {
                    found.add(Self.hash(.hanTrigram, han[index...index + 2]), 0.5)
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
        for group in synonymGroups { found.add(Self.hash(.synonym, String(group).unicodeScalars), 1) }
        return found.merged()
    }

    /// Features as they are found, repeats and all.
    private struct Features {
        var found: [(feature: UInt64, weight: Float)] = []

        mutating func add(_ feature: UInt64, _ weight: Float) { found.append((feature, weight)) }

        /// One entry a feature, in feature order, its weights summed in the order they were added; merged
        /// in place.
        mutating func merged() -> [(feature: UInt64, weight: Float)] {
            // `sort` is stable, so a repeated feature's weights stay in the order they were found.
            found.sort { $0.feature < $1.feature }
            var end = 0
            for position in found.indices {
                let entry = found[position]
                if end > 0, found[end - 1].feature == entry.feature {
                    found[end - 1].weight += entry.weight
                } else {
                    found[end] = entry
                    end += 1
                }
            }
            found.removeLast(found.count - end)
            return found
        }
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
