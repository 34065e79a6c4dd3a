import KefuCore

/// The keys of AppMessages.
extension MessageKey {
    public static let ratingNoReply = MessageKey("ratingNoReply", in: AppMessages.self)
    public static let ticketNothingToHandBack = MessageKey("ticketNothingToHandBack", in: AppMessages.self)
    public static let ticketAlreadyClosed = MessageKey("ticketAlreadyClosed", in: AppMessages.self)
    public static let ticketClaimedByOther = MessageKey("ticketClaimedByOther", in: AppMessages.self)
    public static let ticketNotFound = MessageKey("ticketNotFound", in: AppMessages.self)
    public static let remoteGitWithoutPrefix = MessageKey("remoteGitWithoutPrefix", in: AppMessages.self)
    public static let remoteNotARemote = MessageKey("remoteNotARemote", in: AppMessages.self)
    public static let remoteSnapshotIncomplete = MessageKey("remoteSnapshotIncomplete", in: AppMessages.self)
    public static let remoteTooManyDeletions = MessageKey("remoteTooManyDeletions", in: AppMessages.self)
    public static let notABundle = MessageKey("notABundle", in: AppMessages.self)
    public static let storeMissing = MessageKey("storeMissing", in: AppMessages.self)
    public static let storeUnreadable = MessageKey("storeUnreadable", in: AppMessages.self)
    public static let storeBusy = MessageKey("storeBusy", in: AppMessages.self)
    public static let storeLockWaiting = MessageKey("storeLockWaiting", in: AppMessages.self)
    public static let storeHolderUnknown = MessageKey("storeHolderUnknown", in: AppMessages.self)
    public static let remoteUnknown = MessageKey("remoteUnknown", in: AppMessages.self)
    public static let pushConflictsOpen = MessageKey("pushConflictsOpen", in: AppMessages.self)
    public static let remoteLocked = MessageKey("remoteLocked", in: AppMessages.self)
    public static let remoteEmpty = MessageKey("remoteEmpty", in: AppMessages.self)
    public static let remoteUnreadable = MessageKey("remoteUnreadable", in: AppMessages.self)
    public static let gitFailed = MessageKey("gitFailed", in: AppMessages.self)
    public static let invalidRemoteTarget = MessageKey("invalidRemoteTarget", in: AppMessages.self)
    public static let conversationLogFailed = MessageKey("conversationLogFailed", in: AppMessages.self)
    public static let diskFailed = MessageKey("diskFailed", in: AppMessages.self)
}
