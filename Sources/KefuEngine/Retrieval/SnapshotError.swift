/// A kept compiled index that cannot be used; the engine compiles afresh instead.
enum SnapshotError: Error {
    /// The file ends before its arrays do.
    case truncated
    /// Another format, another version, or compiled from other content.
    case notThisIndex
    /// The arrays do not fit together (an offset out of range, counts that disagree).
    case inconsistent(String)
}
