import Foundation
import KefuStore

/// Where a remote is, as a person writes it: a folder, or `git+` and any URL git accepts.
public enum RemoteTarget: Equatable, Sendable {
    case folder(URL)
    case git(String)

    /// Reads TARGET; a relative folder is taken from `directory`.
    public init(parsing text: String, relativeTo directory: URL) {
        if text.hasPrefix("git+") {
            self = .git(String(text.dropFirst(4)))
        } else {
            self = .folder(URL(filePath: text, directoryHint: .isDirectory, relativeTo: directory).standardizedFileURL)
        }
    }

    /// The remote record for this target under `name`.
    public func remote(named name: String) -> Remote {
        switch self {
        case .folder(let url): Remote(name: name, kind: .folder, target: url.path)
        case .git(let url): Remote(name: name, kind: .git, target: url)
        }
    }
}
