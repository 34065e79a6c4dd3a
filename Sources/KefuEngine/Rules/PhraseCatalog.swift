import KefuCore

/// Every phrase the engine looks for in a buyer's message, in one automaton: rule keywords and their
/// `all`/`exclude` words, synonyms, handoff and sentiment phrases. Built once per store version.
struct PhraseCatalog: Sendable {
    let automaton: PhraseAutomaton
    let phrases: [String]
    let synonyms: SynonymGroups
    let rules: RuleMatcher
    /// For each phrase, the handoff and sentiment lexicons (by index into `lexicons`) that list it.
    let lexiconsOfPhrase: [Int32: [Int]]
    let lexicons: [Sourced<Lexicon>]

    init(rules: ItemShelf<Rule>, lexicons: [Sourced<Lexicon>]) {
        self.init(rules: rules, ruleWords: rules.map { RuleWords($0.item) }, lexicons: lexicons)
    }

    /// The catalog for `rules`, whose words are `ruleWords` (one each, in order): compiling from words
    /// taken in a decoding pass leaves `rules` to decode each rule when an answer first reads it.
    init(rules: ItemShelf<Rule>, ruleWords: [RuleWords], lexicons: [Sourced<Lexicon>]) {
        var builder = PhraseTableBuilder()
        let synonyms = SynonymGroups(lexicons: lexicons, phrases: &builder)
        let matcher = RuleMatcher(rules: rules, words: ruleWords, synonyms: synonyms, phrases: &builder)
        var lexiconsOfPhrase: [Int32: [Int]] = [:]
        for (index, lexicon) in lexicons.enumerated() where [.handoff, .sentiment].contains(lexicon.item.type) {
            for phrase in Set(lexicon.item.phrases.compactMap({ builder.index(of: $0) })) {
                lexiconsOfPhrase[phrase, default: []].append(index)
            }
        }
        self.automaton = PhraseAutomaton(phrases: builder.phrases)
        self.phrases = builder.phrases
        self.synonyms = synonyms
        self.rules = matcher
        self.lexiconsOfPhrase = lexiconsOfPhrase
        self.lexicons = lexicons
    }

    /// Writes the catalog's compiled parts, for a kept engine.
    func write(to writer: inout SnapshotWriter) {
        writer.append(texts: phrases)
        automaton.write(to: &writer)
        synonyms.write(to: &writer)
        rules.write(to: &writer)
        writer.append(table: lexiconsOfPhrase.mapValues { $0.map(Int32.init) })
    }

    /// The catalog `write(to:)` wrote for these rules and lexicons.
    init(reading reader: inout SnapshotReader, rules: ItemShelf<Rule>, lexicons: [Sourced<Lexicon>]) throws {
        phrases = try reader.texts()
        automaton = try PhraseAutomaton(reading: &reader)
        synonyms = try SynonymGroups(reading: &reader, phraseCount: phrases.count)
        self.rules = try RuleMatcher(reading: &reader, rules: rules, phraseCount: phrases.count)
        let keptLexicons = try reader.table()
        let phraseRange = 0..<Int32(phrases.count)
        guard
            keptLexicons.allSatisfy({
                phraseRange.contains($0.key) && $0.value.allSatisfy { lexicons.indices.contains(Int($0)) }
            })
        else { throw SnapshotError.inconsistent("the phrase catalog names a lexicon or phrase that is not there") }
        self.lexiconsOfPhrase = keptLexicons.mapValues { $0.map(Int.init) }
        self.lexicons = lexicons
    }

    /// The phrases present in a normalised text.
    func matchedPhrases(in text: String) -> Set<Int32> {
        Set(automaton.matches(in: text).map(\.phrase))
    }

    /// The synonym groups present in a normalised text: the features FAQ retrieval adds for them.
    func synonymGroups(in text: String) -> [Int32] {
        synonyms.groups(in: matchedPhrases(in: text))
    }
}
