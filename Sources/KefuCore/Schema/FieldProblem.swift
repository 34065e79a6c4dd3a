/// Something wrong with one value of an item, found by its schema.
///
/// The schema knows paths, not files: the bundle loader turns the path into a file position.
public struct FieldProblem: Hashable, Sendable {
    /// What in the source the problem points at.
    public enum Target: Hashable, Sendable {
        /// The value at the path.
        case value
        /// The key at the end of the path (an unknown, misplaced or missing key: a missing one is
        /// located at the nearest thing that is there, usually the item itself).
        case key
    }

    public let path: FieldPath
    public let target: Target
    public let message: Message

    public init(path: FieldPath, target: Target = .value, message: Message) {
        self.path = path
        self.target = target
        self.message = message
    }
}
