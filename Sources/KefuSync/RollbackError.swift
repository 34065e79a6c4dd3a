/// Why a rollback cannot be done.
public enum RollbackError: Error, Equatable, Sendable {
    case noSuchChangeset(Int64)
}
