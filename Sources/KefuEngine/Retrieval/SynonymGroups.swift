import KefuCore

/// The synonym groups of every synonym lexicon: phrases that mean the same to the matcher
/// (发货 = 寄出 = 发出). A keyword matches when any phrase of a group it belongs to appears.
struct SynonymGroups: Sendable {
    /// For each phrase index, the groups it belongs to.
    private(set) var groupsOfPhrase: [Int32: [Int32]] = [:]
    /// For each group, its phrase indexes.
    private(set) var members: [[Int32]] = []

    init(lexicons: [Sourced<Lexicon>], phrases: inout PhraseTableBuilder) {
        for lexicon in lexicons where lexicon.item.type == .synonyms {
            for group in lexicon.item.groups {
                let indexes = Array(Set(group.compactMap { phrases.index(of: $0) })).sorted()
                guard indexes.count > 1 else { continue }
                let groupIndex = Int32(members.count)
                members.append(indexes)
                for phrase in indexes { groupsOfPhrase[phrase, default: []].append(groupIndex) }
            }
        }
    }

    /// Writes the groups, for a kept engine.
    func write(to writer: inout SnapshotWriter) {
        writer.append(table: groupsOfPhrase)
        writer.append(lists: members)
    }

    /// The groups `write(to:)` wrote over `phraseCount` phrases, every group and phrase named checked to exist.
    init(reading reader: inout SnapshotReader, phraseCount: Int) throws {
        groupsOfPhrase = try reader.table()
        members = try reader.lists()
        let groups = 0..<Int32(members.count)
        let phrases = 0..<Int32(phraseCount)
        guard groupsOfPhrase.allSatisfy({ phrases.contains($0.key) && $0.value.allSatisfy(groups.contains) }),
            members.allSatisfy({ $0.allSatisfy(phrases.contains) })
        else { throw SnapshotError.inconsistent("the synonym groups name a group or phrase that is not there") }
    }

    /// `phrase` and every phrase that shares a group with it.
    func alternatives(of phrase: Int32) -> [Int32] {
        guard let groups = groupsOfPhrase[phrase] else { return [phrase] }
        return Array(Set(groups.flatMap { members[Int($0)] } + [phrase])).sorted()
    }

    /// The groups present among matched phrases, as features for FAQ retrieval.
    func groups(in matched: Set<Int32>) -> [Int32] {
        // Sorted, then repeats dropped: a question matches a few phrases, and a set made for each of a
        // large shop's questions cost more than sorting its handful of groups.
        var groups = matched.flatMap { groupsOfPhrase[$0] ?? [] }
        groups.sort()
        return groups.enumerated().compactMap { position, group in
            position > 0 && groups[position - 1] == group ? nil : group
        }
    }
}
