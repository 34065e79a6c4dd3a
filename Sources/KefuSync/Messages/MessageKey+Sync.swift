import KefuCore

/// The keys of SyncMessages.
extension MessageKey {
    public static let authorsUnreadable = MessageKey("authorsUnreadable", in: SyncMessages.self)
    public static let syncNothing = MessageKey("syncNothing", in: SyncMessages.self)
    public static let fileChangedDuringSync = MessageKey("fileChangedDuringSync", in: SyncMessages.self)
    public static let noSuchChangeset = MessageKey("noSuchChangeset", in: SyncMessages.self)
    public static let noConflict = MessageKey("noConflict", in: SyncMessages.self)
    public static let conflictCopyIgnored = MessageKey("conflictCopyIgnored", in: SyncMessages.self)
    public static let remoteMoved = MessageKey("remoteMoved", in: SyncMessages.self)
    public static let pullBroughtConflicts = MessageKey("pullBroughtConflicts", in: SyncMessages.self)
}
