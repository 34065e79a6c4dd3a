import KefuCore

extension AppMessages {
    /// English (en).
    static let english: [MessageKey: String] = [
        .unsyncedOrReload: ", or :reload",
        .unsyncedFiles:
            "{0} {0|file|files} changed since the last sync ({1}): answers come from the store without them; run kefu sync{2}",
        .unsyncedFile:
            "1 file changed since the last sync ({0}): answers come from the store without it; run kefu sync{1}",
        .consoleCannotRead: "cannot read {0}: {1}",
        .editBadDate: "'{0}' is not a date: write 2026-12-31 or 2026-12-31 23:59",
        .consoleCannotListen: "cannot listen on {0}: {1} (is another kefu console running? choose another --port)",
        .itemChangedMeanwhile: "{0} changed since it was opened (now revision {1}): open it again and redo the edit",
        .editItemMissing: "{0} is not in the store: run kefu sync, or check the id",
        .reportFAQGone: "{0} is no longer in the store: run kefu report again to see group {1}'s new suggestion",
        .reportIDTaken: "{0} already exists: choose another id (--id)",
        .reportBadID: "'{0}' is not an id: use letters, digits and dashes",
        .reportAcceptNeedsAnswer: "group {0} needs a new FAQ: give its answer (--answer TEXT)",
        .requestBadJSON: "not a JSON request: {0}",
        .requestIdentifierTooLong: "\"{0}\" is longer than {1} characters: use a shorter id",
        .requestBadType: "unknown message type '{0}'; known types: {1}",
        .ratingNoReply: "session {0} has no logged reply to rate: send its messages through kefu first",
        .ticketNothingToHandBack: "session {0} has no open ticket: the bot already answers it",
        .ticketAlreadyClosed: "ticket {0} is already closed (by {1})",
        .ticketClaimedByOther: "ticket {0} is claimed by {1}: ask them, or let them close it",
        .ticketNotFound: "there is no ticket {0}: kefu tickets lists them",
        .remoteGitWithoutPrefix:
            "{0} is a git repository: add it as git+file://{0}, so kefu commits to it instead of writing shared-folder files into it",
        .remoteNotARemote:
            "{0} is not a kefu remote and not empty (it holds {1}): push to an empty folder or one kefu made",
        .remoteSnapshotIncomplete:
            "the shared folder's snapshot is not what was pushed ({0} is missing, extra or changed): if a sync tool is still copying it, pull again later; nothing was read",
        .remoteTooManyDeletions:
            "this would delete {0} {0|item|items} ({1}…) in the store or the remote: if that is meant, run it again with --allow-deletes; if not, check that every bundle file and folder can be read",
        .notABundle: "no bundle found in {0} or any folder above it; run 'kefu init' to create one, or pass -C DIR",
        .storeMissing: "this bundle has no store yet ({0}); run 'kefu sync' to create it",
        .storeUnreadable: "cannot open the store {0}: {1}",
        .storeBusy: "the store is busy: {0} is changing it; try again in a moment",
        .storeLockWaiting: "note: waiting for {0} to finish with the store…",
        .storeHolderUnknown: "another kefu",
        .remoteUnknown: "no remote called '{0}'; see 'kefu remote list'",
        .pushConflictsOpen:
            "{0} {0|conflict is|conflicts are} open; resolve {0|it|them} (see 'kefu conflicts') before pushing",
        .remoteLocked: "the remote is locked by {0}; if that push died, run 'kefu push {1} --break-lock'",
        .remoteEmpty: "{0} holds no bundle yet; push to it first",
        .remoteUnreadable: "cannot read the remote: {0}",
        .gitFailed: "{0} failed: {1}",
        .invalidRemoteTarget: "'{0}' is not a folder or a git URL (git+file:///…, git+ssh://…)",
        .conversationLogFailed:
            "could not keep this exchange in the conversation log: {0}",
        .diskFailed:
            "the disk is full or failing ({0}): nothing is half-written; free some space and run the command again",
    ]
}
