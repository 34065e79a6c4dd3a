import Foundation

/// Who made a version of an item, and when. A revision that came from someone else (pulled from a
/// remote, cloned) keeps its maker here; one made on this machine takes its changeset's author and time.
public struct Authorship: Codable, Sendable, Hashable {
    public var author: String
    public var at: Date

    public init(author: String, at: Date) {
        self.author = author
        self.at = at
    }
}
