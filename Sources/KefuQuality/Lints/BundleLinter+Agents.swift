import KefuCore
import KefuEngine

/// K112 intents that can end with a person but no agent has the skill for, and hours nobody is on duty.
extension BundleLinter {
    func agentFindings() -> [Diagnostic] {
        let agents = content.agents
        // Loops, risky buyers and blocked replies hand off in every bundle, handoff phrases or not.
        guard !agents.isEmpty else {
            return [finding(.agentCoverage, .warning, Message(.lintNoAgents), at: content.settingsLocation)]
        }
        // Any answered intent can be followed by 转人工, and complex issues always go as after-sale.
        var users: [String: [(place: String, location: SourceLocation?)]] = [:]
        func use(_ intent: String?, _ kind: ItemKind, _ id: ItemID, _ location: SourceLocation?) {
            guard let intent else { return }
            users[intent, default: []].append((Self.place(kind, id, location), location))
        }
        for faq in content.faqs { use(faq.item.intent, .faq, faq.item.id, faq.location) }
        for rule in content.rules { use(rule.item.intent, .rule, rule.item.id, rule.location) }
        for lexicon in content.lexicons where lexicon.item.type == .handoff && lexicon.item.reason == .complex {
            use("aftersale", .lexicon, lexicon.item.id, lexicon.location)
        }
        let skills = Set(agents.flatMap(\.item.skills))
        var findings = users.keys.sorted().filter { !skills.contains($0) }.map { intent in
            let items = users[intent] ?? []
            let named = items.prefix(3).map(\.place).joined(separator: ", ")
            return finding(
                .agentCoverage, .warning,
                Message(.lintUnskilledIntent, intent, named + (items.count > 3 ? " (+\(items.count - 3))" : "")),
                at: items.first?.location)
        }
        let gaps = Self.uncoveredRanges(agents.map(\.item.hours))
        if !gaps.isEmpty {
            let text = gaps.map {
                "\(WorkingHours.clock($0.lowerBound))-\(WorkingHours.clock($0.upperBound % (24 * 60)))"
            }
            findings.append(
                finding(
                    .agentCoverage, .note, Message(.lintUncoveredHours, text.joined(separator: ", ")),
                    at: agents.compactMap(\.location).min()))
        }
        return findings
    }

    /// The stretches of the day (minutes after midnight, end exclusive) when no one is on duty.
    static func uncoveredRanges(_ hours: [WorkingHours?]) -> [Range<Int>] {
        var covered = [Bool](repeating: false, count: 24 * 60)
        for agentHours in hours {
            guard let agentHours else { return [] }  // always on duty
            for minute in covered.indices where agentHours.contains(minuteOfDay: minute) { covered[minute] = true }
        }
        var gaps: [Range<Int>] = []
        var start: Int?
        for minute in 0...covered.count {
            let free = minute < covered.count && !covered[minute]
            if free, start == nil { start = minute }
            if !free, let open = start {
                gaps.append(open..<minute)
                start = nil
            }
        }
        // A night shift gap reads as one stretch across midnight.
        if gaps.count > 1, let first = gaps.first, let last = gaps.last, first.lowerBound == 0,
            last.upperBound == covered.count
        {
            gaps.removeFirst()
            gaps[gaps.count - 1] = last.lowerBound..<(covered.count + first.upperBound)
        }
        return gaps
    }
}
