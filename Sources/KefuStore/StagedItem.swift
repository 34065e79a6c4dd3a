import Foundation
import KefuCore

/// An item version ready to be written to the store: its canonical content and hash, and where it is filed.
public struct StagedItem: Sendable, Hashable {
    public let key: ItemKey
    public let content: String
    public let hash: ContentHash
    public let file: String
    public let line: Int?
    public let column: Int?
    /// Who made this version, when it came from someone else; `nil`: the changeset's author.
    public var authorship: Authorship?

    public init(
        key: ItemKey, content: String, hash: ContentHash, file: String, line: Int? = nil, column: Int? = nil,
        authorship: Authorship? = nil
    ) {
        self.key = key
        self.authorship = authorship
        self.content = content
        self.hash = hash
        self.file = file
        self.line = line
        self.column = column
    }
}
