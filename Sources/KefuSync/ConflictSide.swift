/// One side of a conflict, chosen for a field (the console resolves field by field).
public enum ConflictSide: String, Sendable, CaseIterable {
    case ours, theirs
}
