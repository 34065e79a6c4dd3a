import KefuCore

/// Decides which keyword rule answers, from the phrases the automaton found. Only rules that share a
/// phrase with the message are looked at; every one of them appears in the result with its verdict.
struct RuleMatcher: Sendable {
    private struct CompiledRule: Sendable {
        var keywords: [(text: String, alternatives: [Int32])]
        var all: [(text: String, alternatives: [Int32])]
        var exclude: [(text: String, alternatives: [Int32])]
    }

    private let rules: ItemShelf<Rule>
    private let compiled: [CompiledRule]
    /// For each phrase, the rules that use it (or a synonym of it) as a keyword.
    private let rulesOfPhrase: [Int32: [Int32]]

    /// The matcher for `rules`, whose words are `words` (one each, in order), so that compiling need not
    /// decode the rules themselves.
    init(rules: ItemShelf<Rule>, words: [RuleWords], synonyms: SynonymGroups, phrases: inout PhraseTableBuilder) {
        precondition(words.count == rules.count, "one entry of words a rule")
        func compile(_ words: [String]) -> [(text: String, alternatives: [Int32])] {
            words.compactMap { word in phrases.index(of: word).map { (word, synonyms.alternatives(of: $0)) } }
        }
        var compiled: [CompiledRule] = []
        var rulesOfPhrase: [Int32: [Int32]] = [:]
        for (index, rule) in words.enumerated() {
            let entry = CompiledRule(
                keywords: compile(rule.keywords), all: compile(rule.all), exclude: compile(rule.exclude))
            for phrase in Set(entry.keywords.flatMap(\.alternatives)) {
                rulesOfPhrase[phrase, default: []].append(Int32(index))
            }
            compiled.append(entry)
        }
        self.rules = rules
        self.compiled = compiled
        self.rulesOfPhrase = rulesOfPhrase
    }

    /// Writes the compiled rules (not the rules: a kept engine reads those from the store), for a kept engine.
    func write(to writer: inout SnapshotWriter) {
        let words = compiled.flatMap { [$0.keywords, $0.all, $0.exclude] }
        writer.append(words.map { Int32($0.count) })
        writer.append(texts: words.flatMap { $0.map(\.text) })
        writer.append(lists: words.flatMap { $0.map(\.alternatives) })
        writer.append(table: rulesOfPhrase)
    }

    /// The matcher `write(to:)` wrote for `rules`, every rule and phrase it names checked to exist.
    init(reading reader: inout SnapshotReader, rules: ItemShelf<Rule>, phraseCount: Int) throws {
        let wordCounts = try reader.array(of: Int32.self)
        let texts = try reader.texts()
        let alternatives = try reader.lists()
        let rulesOfPhrase = try reader.table()
        let phrases = 0..<Int32(phraseCount)
        guard wordCounts.count == rules.count * 3, wordCounts.allSatisfy({ $0 >= 0 }),
            texts.count == alternatives.count, wordCounts.reduce(0, { $0 + Int($1) }) == texts.count,
            alternatives.allSatisfy({ $0.allSatisfy(phrases.contains) }),
            rulesOfPhrase.allSatisfy({
                phrases.contains($0.key) && $0.value.allSatisfy { (0..<Int32(rules.count)).contains($0) }
            })
        else { throw SnapshotError.inconsistent("the compiled rules do not fit the rules") }
        var words = zip(texts, alternatives).makeIterator()
        func take(_ count: Int32) -> [(text: String, alternatives: [Int32])] {
            (0..<count).compactMap { _ in words.next().map { (text: $0.0, alternatives: $0.1) } }
        }
        var compiled: [CompiledRule] = []
        compiled.reserveCapacity(rules.count)
        for rule in 0..<rules.count {
            compiled.append(
                CompiledRule(
                    keywords: take(wordCounts[3 * rule]), all: take(wordCounts[3 * rule + 1]),
                    exclude: take(wordCounts[3 * rule + 2])))
        }
        self.rules = rules
        self.compiled = compiled
        self.rulesOfPhrase = rulesOfPhrase
    }

    /// The rule at `index`.
    func rule(at index: Int) -> Sourced<Rule> { rules[index] }

    /// Every rule touched by `matched`, best first; the first has verdict `.won` when any fired.
    func evaluate(matched: Set<Int32>, buyerTags: Set<String>, at moment: BundleDate) -> [RuleCandidate] {
        let touched = Set(matched.flatMap { rulesOfPhrase[$0] ?? [] }).sorted()
        var fired: [RuleCandidate] = []
        var failed: [RuleCandidate] = []
        for index in touched.map(Int.init) {
            let rule = rules[index].item
            let entry = compiled[index]
            let present = { (word: (text: String, alternatives: [Int32])) in
                word.alternatives.contains { matched.contains($0) }
            }
            var candidate = RuleCandidate(
                index: index, id: rule.id, priority: rule.priority,
                keywords: entry.keywords.filter(present).map(\.text), verdict: .won)
            if let word = entry.exclude.first(where: present) {
                candidate.verdict = .excluded(word: word.text)
            } else if let word = entry.all.first(where: { !present($0) }) {
                candidate.verdict = .missing(word: word.text)
            } else if let status = rule.active?.status(at: moment), status != .active {
                candidate.verdict = .inactive(status)
            } else if let wanted = rule.when?.buyerTags, !wanted.isEmpty, buyerTags.isDisjoint(with: wanted) {
                candidate.verdict = .conditionFailed(buyerTags: wanted)
            }
            if candidate.verdict == .won { fired.append(candidate) } else { failed.append(candidate) }
        }
        fired.sort { lhs, rhs in
            if lhs.priority != rhs.priority { return lhs.priority > rhs.priority }
            if lhs.specificity != rhs.specificity { return lhs.specificity > rhs.specificity }
            return lhs.id < rhs.id
        }
        if let winner = fired.first {
            for position in fired.indices.dropFirst() { fired[position].verdict = .outranked(by: winner.id.rawValue) }
        }
        return fired + failed
    }
}
