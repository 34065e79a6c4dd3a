/// Something the store could not do, for reasons of its own rather than bad input.
public enum StoreError: Error, Sendable {
    /// A row was inserted but SQLite gave back no row id.
    case notInserted
}
