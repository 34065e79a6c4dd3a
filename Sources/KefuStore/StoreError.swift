import KefuCore

/// Something the store could not do, for reasons of its own rather than bad input.
public enum StoreError: Error, Sendable {
    /// A row was inserted but SQLite gave back no row id.
    case notInserted
    /// A row names a kind of item this kefu does not know (a store written by a newer kefu).
    case unknownKind(String)
    /// A baseline entry was to be copied from the store's version of an item the store does not hold.
    case notStored(ItemKey)
}
