/// Why items cannot be taken under new ids.
public enum ItemRenamingError: Error, Equatable, Sendable {
    case invalidID(String)
}
