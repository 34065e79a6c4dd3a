import KefuCore

extension SyncMessages {
    /// English (en).
    static let english: [MessageKey: String] = [
        .authorsUnreadable:
            "who made each change could not be read ({0}); the changes of this pull are credited to {1}, who published them",
        .syncNothing: "Nothing to sync: the folder and the store agree.",
        .fileChangedDuringSync: "this file was edited while kefu was syncing and was left alone; run 'kefu sync' again",
        .noSuchChangeset: "there is no changeset #{0}; see 'kefu log'",
        .noConflict: "{0} has no open conflict; see 'kefu conflicts'",
        .conflictCopyIgnored:
            "'{0}' is a conflict copy left by a file-sync tool; it is not imported. Merge what you need from it by hand, then delete it",
        .remoteMoved: "the remote has changed since your last pull; run `kefu pull {0}`",
        .pullBroughtConflicts:
            "pulling the remote's newer changes brought {0} {0|conflict|conflicts}; resolve {0|it|them}, then push again",
    ]
}
