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
        var findings: [Diagnostic] = []
        for rule in content.rules {
            let keywords = rule.item.keywords.map { LintText.folded($0, keepingSpaces: true) }
            let excludes = rule.item.exclude.map { LintText.folded($0, keepingSpaces: true) }
            // Excluded by its own words: every keyword, or a word it needs, carries an exclude word.
            let needed = rule.item.all.map { LintText.folded($0, keepingSpaces: true) }
            if let word = excludes.first(where: { exclude in
                (!keywords.isEmpty && keywords.allSatisfy { LintText.contains($0, exclude) })
                    || needed.contains { LintText.contains($0, exclude) }
            }) {
                findings.append(
                    finding(
                        .unreachableRule, .warning, Message(.lintSelfExcluded, rule.item.id.rawValue, word),
                        at: rule.location))
                continue
            }
            // Shadowed: an unconditional rule of higher priority fires on every keyword of this one.
            let shadow = content.rules.first { other in
                other.item.id != rule.item.id && other.item.priority > rule.item.priority && other.item.all.isEmpty
                    && other.item.exclude.isEmpty && other.item.when == nil && other.item.active == nil
                    && !keywords.isEmpty
                    && keywords.allSatisfy { keyword in
                        other.item.keywords.contains {
                            LintText.contains(keyword, LintText.folded($0, keepingSpaces: true))
                        }
                    }
            }
            if let shadow {
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
