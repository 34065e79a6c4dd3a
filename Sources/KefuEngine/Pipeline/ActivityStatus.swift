/// Whether an item with an `active` window applies at a moment.
public enum ActivityStatus: String, Sendable, Codable {
    case active
    case notYetActive = "not_yet_active"
    case expired
}
