import KefuCore

/// Everything one operation changes in the store, applied in one transaction by `Store.apply(_:)`.
public struct StoreChange: Sendable {
    /// The changeset to record; it is only recorded when items change or conflicts are found.
    public var changeset: Changeset
    /// New current versions.
    public var puts: [StagedItem] = []
    /// Items whose content is unchanged but whose place in the folder moved; no revision, no changeset.
    public var placements: [StagedItem] = []
    /// Items that no longer exist.
    public var deletes: [ItemKey] = []
    /// Who deleted an item, when someone else did (a deletion pulled from a remote).
    public var deletionAuthorship: [ItemKey: Authorship] = [:]
    /// Conflicts found; theirs is kept as a revision of its own.
    public var conflicts: [ConflictDraft] = []
    /// Conflicts settled.
    public var resolved: [ItemKey] = []
    /// The source whose baseline changes, and how.
    public var baselineSource: String?
    public var baselinePuts: [StagedItem] = []
    /// Baseline entries that are exactly the store's current version of the item, once this change's puts
    /// are in (a sync writing 100,000 store items to the folder would otherwise restage every one).
    public var baselineAsStored: [ItemPlace] = []
    public var baselineDeletes: [ItemKey] = []
    /// Further sources that now agree with the store on these items (a new bundle made from an archive
    /// agrees with the folder and with that archive at once).
    public var agreeing: [String: [StagedItem]] = [:]
    /// Working-folder files whose state to remember, and files gone.
    public var fileStates: [FileState] = []
    public var fileStateDeletes: [String] = []
    /// A remote's version, when this change makes the store and that remote agree (a pull or push).
    public var remoteVersion: (name: String, version: String)?
    /// Files to put in place after the transaction (the journal).
    public var pendingWrites: [PendingWrite] = []

    public init(changeset: Changeset) {
        self.changeset = changeset
    }

    /// Whether this change makes a changeset: items changed, or conflicts were found or settled.
    public var changesItems: Bool {
        !puts.isEmpty || !deletes.isEmpty || !conflicts.isEmpty || !resolved.isEmpty
    }
}
