/// Which logged message a rating was kept on, and the item that answered it.
public struct LoggedMessageRating: Sendable, Hashable, Codable {
    public var message: Int64
    /// `faq/ID`, `rule/ID` or `template/ID`, when an item answered.
    public var source: String?
}
