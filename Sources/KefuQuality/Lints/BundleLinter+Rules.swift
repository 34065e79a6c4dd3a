import KefuCore
import KefuEngine

/// K101 duplicate keywords, K102 rules that can never fire, K103 keywords too broad to mean anything.
extension BundleLinter {
    /// Each synonym's folded form, mapped to its group's first word, so `包邮` and `免运费` are one keyword.
    private var synonymCanonical: [String: String] {
        var canonical: [String: String] = [:]
        for lexicon in content.lexicons where lexicon.item.type == .synonyms {
            for group in lexicon.item.groups {
                guard let first = group.first.map({ LintText.folded($0, keepingSpaces: true) }) else { continue }
                for word in group { canonical[LintText.folded(word, keepingSpaces: true)] = first }
            }
        }
        return canonical
    }

    func keywordFindings() -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let synonyms = synonymCanonical
        var rulesByKeyword: [String: [(rule: Sourced<Rule>, word: String)]] = [:]
        for rule in content.rules {
            for keyword in rule.item.keywords {
                let folded = LintText.folded(keyword, keepingSpaces: true)
                if Self.broadKeywords.contains(folded) || folded.count == 1 {
                    findings.append(
                        finding(.broadKeyword, .warning, Message(.lintBroadKeyword, keyword), at: rule.location))
                }
                let key = synonyms[folded] ?? folded
                if !rulesByKeyword[key, default: []].contains(where: { $0.rule.item.id == rule.item.id }) {
                    rulesByKeyword[key, default: []].append((rule, keyword))
                }
            }
        }
        for (_, rules) in rulesByKeyword.sorted(by: { $0.key < $1.key }) where rules.count > 1 {
            guard Set(rules.map(\.rule.item.reply)).count > 1, let first = rules.first else { continue }
            let others = rules.dropFirst().map {
                Self.place(.rule, $0.rule.item.id, $0.rule.location) + " '\($0.word)'"
            }
            findings.append(
                finding(
                    .duplicateKeyword, .warning,
                    Message(
                        .lintDuplicateKeyword, first.word, first.rule.item.id.rawValue, others.joined(separator: ", ")),
                    at: first.rule.location))
        }
        return findings
    }

    func ruleReachFindings() -> [Diagnostic] {
        func folded(_ words: [String]) -> [String] { words.map { LintText.folded($0, keepingSpaces: true) } }
        let keywords = content.rules.map { folded($0.item.keywords) }
        // Rules that fire on their keywords alone, by keyword: the only ones that can shadow another.
        var unconditionalByKeyword: [String: [Int]] = [:]
        for (index, rule) in content.rules.enumerated()
        where rule.item.all.isEmpty && rule.item.exclude.isEmpty && rule.item.when == nil && rule.item.active == nil {
            for keyword in Set(keywords[index]) { unconditionalByKeyword[keyword, default: []].append(index) }
        }

        var findings: [Diagnostic] = []
        for (index, rule) in content.rules.enumerated() {
            let own = keywords[index]
            let excludes = folded(rule.item.exclude)
            let needed = folded(rule.item.all)
            // Excluded by its own words: every keyword, or a word it needs, carries an exclude word.
            if let word = excludes.first(where: { exclude in
                (!own.isEmpty && own.allSatisfy { LintText.contains($0, exclude) })
                    || needed.contains { LintText.contains($0, exclude) }
            }) {
                findings.append(
                    finding(
                        .unreachableRule, .warning, Message(.lintSelfExcluded, rule.item.id.rawValue, word),
                        at: rule.location))
                continue
            }
            // Shadowed: an unconditional rule of higher priority fires on every keyword of this one. It
            // must have a keyword inside the first one, so only those rules are candidates.
            guard let first = own.first else { continue }
            let candidates = Set(LintText.phrases(in: first).flatMap { unconditionalByKeyword[$0] ?? [] })
            let shadowing = candidates.sorted().first { other in
                content.rules[other].item.priority > rule.item.priority
                    && own.allSatisfy { keyword in keywords[other].contains { LintText.contains(keyword, $0) } }
            }
            if let shadow = shadowing.map({ content.rules[$0] }) {
                findings.append(
                    finding(
                        .unreachableRule, .warning,
                        Message(
                            .lintShadowedRule, rule.item.id.rawValue,
                            Self.place(.rule, shadow.item.id, shadow.location), shadow.item.priority,
                            rule.item.priority),
                        at: rule.location))
            }
        }
        return findings
    }
}
