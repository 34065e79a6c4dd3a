/// Copies that file-sync tools (Syncthing, Dropbox, Nextcloud, …) leave when a file changed on two
/// machines at once. They are reported, never read as bundle files.
public enum ConflictCopy {
    public static func matches(_ name: String) -> Bool {
        name.contains(".sync-conflict-") || name.contains("(conflicted copy") || name.contains("conflicted copy)")
            || name.contains("'s conflicted copy")
    }
}
