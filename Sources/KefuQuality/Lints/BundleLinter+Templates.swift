import KefuCore
import KefuEngine

/// K106 template variables nothing provides, K115 replies that print data from a file the shop does
/// not have, K108 locales of `bundle.yaml` that replies lack. Inline replies that use variables
/// (`{{product.title}}` in an FAQ answer) are read like templates.
extension BundleLinter {
    /// Where a name's value comes from, when that is a data file.
    static let dataFiles: [String: String] = [
        "order": "orders.csv", "product": "products.csv", "recommended_size": "size_chart.csv",
    ]

    func variableFindings() -> [Diagnostic] {
        let vocabulary = TemplateVocabulary(columns: columns)
        let probe = TemplateProbe(vocabulary: vocabulary)
        var findings: [Diagnostic] = []
        for reply in repliesWithVariables() {
            var reported: Set<String> = []
            for text in reply.texts {
                for name in probe.unknownNames(in: text) where reported.insert(name).inserted {
                    findings.append(
                        finding(
                            .unknownVariable, .error, unknownVariableMessage(name, reply.label, vocabulary),
                            at: reply.location))
                }
                guard let files = columns.files else { continue }
                for name in probe.usedNames(in: text) {
                    let parts = name.split(separator: ".").map(String.init)
                    // `buyer.id` and `buyer.tags` come from the session; other buyer fields from the file.
                    let file =
                        Self.dataFiles[parts[0]]
                        ?? (parts[0] == "buyer" && parts.count > 1 && !["id", "tags"].contains(parts[1])
                            ? "buyers.csv" : nil)
                    guard let file, !files.contains(file), parts.count > 1 || parts[0] == "recommended_size",
                        reported.insert("data:" + file).inserted
                    else { continue }
                    findings.append(
                        finding(
                            .replyNeedsDataFile, .warning,
                            Message(.lintReplyNeedsDataFile, reply.label, name, "data/" + file), at: reply.location))
                }
            }
        }
        return findings
    }

    /// Templates, and the inline replies that use variables, with every text of each.
    private func repliesWithVariables() -> [(label: String, location: SourceLocation?, texts: [String])] {
        var replies = content.templates.map { template in
            ("template/\(template.item.id)", template.location, template.item.text.entries.map(\.text))
        }
        func add(_ reply: Reply?, _ label: String, _ location: SourceLocation?) {
            let texts: [String] =
                switch reply {
                case .text(let text): [text]
                case .localized(let map): Array(map.values)
                case .template, nil: []
                }
            if texts.contains(where: { $0.contains("{{") }) { replies.append((label, location, texts)) }
        }
        for faq in content.faqs { add(faq.item.answer, "faq/\(faq.item.id)", faq.location) }
        for rule in content.rules { add(rule.item.reply, "rule/\(rule.item.id)", rule.location) }
        for lexicon in content.lexicons { add(lexicon.item.reply, "lexicon/\(lexicon.item.id)", lexicon.location) }
        return replies
    }

    /// What to do about an unknown name: the likely typo, or the data column to add.
    private func unknownVariableMessage(_ name: String, _ reply: String, _ vocabulary: TemplateVocabulary)
        -> Message
    {
        let path = name.split(separator: ".").map(String.init)
        let parent = Array(path.dropLast())
        var known: [String] = []
        if parent.isEmpty {
            known = vocabulary.root.keys.sorted()
        } else if case .record(let fields) = vocabulary.shape(of: parent) {
            known = fields.keys.sorted().map { (parent + [$0]).joined(separator: ".") }
        }
        if let closest = Suggestion.closest(to: name, among: known) {
            return Message(.lintUnknownVariableTypo, reply, name, closest)
        }
        let tables = ["order": "orders.csv", "product": "products.csv", "buyer": "buyers.csv"]
        if parent.count == 1, let table = tables[parent[0]], let column = path.last {
            return Message(.lintUnknownVariableColumn, reply, name, column, "data/" + table)
        }
        return Message(.lintUnknownVariable, reply, name)
    }

    func localeFindings() -> [Diagnostic] {
        let locales = content.settings.locales
        guard locales.count > 1, let defaultLocale = locales.first else { return [] }
        var replies: [(label: String, location: SourceLocation?, locales: [String])] = []
        func add(_ reply: Reply?, _ label: String, _ location: SourceLocation?) {
            switch reply {
            case .text: replies.append((label, location, [defaultLocale]))
            case .localized(let map): replies.append((label, location, Array(map.keys)))
            case .template, nil: break  // counted as the template
            }
        }
        for faq in content.faqs { add(faq.item.answer, "faq/\(faq.item.id)", faq.location) }
        for rule in content.rules { add(rule.item.reply, "rule/\(rule.item.id)", rule.location) }
        for lexicon in content.lexicons { add(lexicon.item.reply, "lexicon/\(lexicon.item.id)", lexicon.location) }
        for template in content.templates {
            let written = template.item.text.entries.map { $0.locale ?? defaultLocale }
            replies.append(("template/\(template.item.id)", template.location, written))
        }

        var findings: [Diagnostic] = []
        var covered = [String: Int]()
        for reply in replies {
            let missing = locales.filter { !Self.covers(reply.locales, $0) }
            for locale in locales where !missing.contains(locale) { covered[locale, default: 0] += 1 }
            guard !missing.isEmpty else { continue }
            findings.append(
                finding(
                    .missingLocale, .warning,
                    Message(.lintMissingLocale, reply.label, missing.joined(separator: ", "), defaultLocale),
                    at: reply.location))
        }
        for locale in locales where covered[locale, default: 0] < replies.count {
            let count = covered[locale, default: 0]
            findings.append(
                finding(
                    .missingLocale, .note,
                    Message(.lintLocaleCoverage, locale, count, replies.count, count * 100 / max(1, replies.count)),
                    at: content.settingsLocation))
        }
        return findings
    }

    /// Whether texts written in `written` serve buyers of `locale`: the renderer picks a text of the
    /// buyer's language whatever its region (`es` or `es-ES` for `es-MX`).
    static func covers(_ written: [String], _ locale: String) -> Bool {
        func language(_ tag: String) -> String {
            (tag.split(separator: "-").first.map(String.init) ?? tag).lowercased()
        }
        return written.contains { language($0) == language(locale) }
    }
}
