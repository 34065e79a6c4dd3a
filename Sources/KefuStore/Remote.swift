import Foundation
import GRDB

/// A shared rule repository this store pulls from and pushes to: a folder or a git repository.
public struct Remote: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "remote"

    /// How the remote is reached.
    public enum Kind: String, Codable, Sendable {
        case folder, git
    }

    /// The name it goes by in commands and baselines (`origin`).
    public var name: String
    public var kind: Kind
    /// An absolute folder path, or the URL git is given (without the `git+` prefix).
    public var target: String
    /// The remote's version when this store and it last agreed (a folder remote's version number, a
    /// git remote's commit); `nil` before the first pull or push.
    public var version: String?

    public init(name: String, kind: Kind, target: String, version: String? = nil) {
        self.name = name
        self.kind = kind
        self.target = target
        self.version = version
    }

    /// How a person writes it: the folder, or `git+URL`.
    public var displayTarget: String { kind == .git ? "git+\(target)" : target }
}
