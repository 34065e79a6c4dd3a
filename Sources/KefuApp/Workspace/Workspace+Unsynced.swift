import KefuCore
import KefuStore

extension Workspace {
    /// One line saying the folder has edits the store has not seen, naming up to three files; `nil` when it
    /// has none. `kefu ask` and `kefu chat` answer from the store, so a seller testing an edit learns at
    /// once why the answer did not change. `reload` adds the REPL's own way to take them.
    public func unsyncedNotice(_ store: Store, reload: Bool, in language: Language) throws -> Message? {
        let changed = try folderSync(store).changedFiles()
        guard !changed.isEmpty else { return nil }
        let named = changed.prefix(3).joined(separator: ", ") + (changed.count > 3 ? ", …" : "")
        let hint = reload ? Message(.unsyncedOrReload).text(in: language) : ""
        return changed.count == 1
            ? Message(.unsyncedFile, named, hint) : Message(.unsyncedFiles, changed.count, named, hint)
    }
}
