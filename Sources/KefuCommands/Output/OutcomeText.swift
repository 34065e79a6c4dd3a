import KefuCore
import KefuSync

/// What a merge will do, in words.
enum OutcomeText {
    static func message(for merge: ItemMerge) -> Message {
        switch merge.outcome {
        case .unchanged, .converged: Message(.outcomeConverged)
        case .takeTheirs: Message(.outcomeTakeTheirs)
        case .keepOurs: Message(.outcomeKeepOurs)
        case .merged: Message(.outcomeMerged)
        case .conflict:
            Message(
                .outcomeConflict,
                merge.conflict.map { $0.fields.isEmpty ? $0.reason.rawValue : $0.fields.joined(separator: ", ") } ?? "")
        }
    }
}
