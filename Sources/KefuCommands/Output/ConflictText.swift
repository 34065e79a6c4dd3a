import KefuBundle
import KefuCore
import KefuStore

/// One open conflict on one line, for `kefu status` and `kefu conflicts`.
enum ConflictText {
    static func line(for conflict: Conflict, in context: CommandContext) -> String {
        let what = conflict.fields.isEmpty ? conflict.reason : conflict.fields.replacingOccurrences(of: ",", with: ", ")
        return context.text(
            Message(
                .conflictEntry, conflict.key.description, what, conflict.source,
                conflict.oursRevision.map(String.init) ?? "-",
                conflict.oursAuthor, conflict.theirsRevision.map(String.init) ?? "-", conflict.theirsAuthor,
                ConflictFile.path(for: conflict.key)))
    }
}
