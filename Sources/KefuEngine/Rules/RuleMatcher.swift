import KefuCore

/// Decides which keyword rule answers, from the phrases the automaton found. Only rules that share a
/// phrase with the message are looked at; every one of them appears in the result with its verdict.
struct RuleMatcher: Sendable {
    private struct CompiledRule: Sendable {
        var keywords: [(text: String, alternatives: [Int32])]
        var all: [(text: String, alternatives: [Int32])]
        var exclude: [(text: String, alternatives: [Int32])]
    }

    private let rules: [Sourced<Rule>]
    private let compiled: [CompiledRule]
    /// For each phrase, the rules that use it (or a synonym of it) as a keyword.
    private let rulesOfPhrase: [Int32: [Int32]]

    init(rules: [Sourced<Rule>], synonyms: SynonymGroups, phrases: inout PhraseTableBuilder) {
        func compile(_ words: [String]) -> [(text: String, alternatives: [Int32])] {
            words.compactMap { word in phrases.index(of: word).map { (word, synonyms.alternatives(of: $0)) } }
        }
        var compiled: [CompiledRule] = []
        var rulesOfPhrase: [Int32: [Int32]] = [:]
        for (index, rule) in rules.enumerated() {
            let entry = CompiledRule(
                keywords: compile(rule.item.keywords), all: compile(rule.item.all), exclude: compile(rule.item.exclude))
            for phrase in Set(entry.keywords.flatMap(\.alternatives)) {
                rulesOfPhrase[phrase, default: []].append(Int32(index))
            }
            compiled.append(entry)
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
