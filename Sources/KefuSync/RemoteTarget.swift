import Foundation
import KefuCore
import KefuStore

/// Where a remote is, as a person writes it: a folder, or `git+` and any URL git accepts.
///
/// Every place a remote can come from (`kefu clone`, `kefu remote add`, and the remotes a pull or push
/// reads back from the store) is checked here, in one place, before git or the file system sees it.
public enum RemoteTarget: Equatable, Sendable {
    case folder(URL)
    case git(String)

    /// Reads TARGET; a relative folder is taken from `directory`.
    /// - Throws: `RemoteError.invalidTarget` for a target `check` refuses.
    public init(parsing text: String, relativeTo directory: URL) throws {
        try Self.check(text)
        if text.hasPrefix("git+") {
            self = .git(String(text.dropFirst(4)))
        } else {
            let folder = URL(filePath: text, directoryHint: .isDirectory, relativeTo: directory).standardizedFileURL
            // A git repository taken as a shared folder would get snapshot files written into it.
            guard !Self.isGitRepository(folder) else { throw RemoteError.gitRepositoryAsFolder(folder.path) }
            self = .folder(folder)
        }
    }

    /// Whether `folder` is a git repository: a bare one (`HEAD`, `objects/`, `refs/`) or a working one (`.git`).
    static func isGitRepository(_ folder: URL) -> Bool {
        let manager = FileManager.default
        let bare = ["HEAD", "objects", "refs"].allSatisfy {
            manager.fileExists(atPath: folder.appending(path: $0).path)
        }
        return bare || manager.fileExists(atPath: folder.appending(path: ".git").path)
    }

    /// Refuses a target that is empty, holds a control or bidirectional-override character (a newline
    /// would split git's configuration and a terminal's lines; ESC and RLO would rewrite what is shown),
    /// or, for git, starts with `-` (git would read it as an option: `--upload-pack=…` runs a command)
    /// or names a transport with `::` (`ext::` and `fd::` run commands or use inherited descriptors).
    public static func check(_ text: String) throws {
        guard !text.isEmpty, !UnsafeCharacters.found(in: text) else {
            throw RemoteError.invalidTarget(text)
        }
        guard text.hasPrefix("git+") else { return }
        try checkGitURL(String(text.dropFirst(4)))
    }

    /// The git half of `check`, for a URL without its `git+` (as a remote record keeps it).
    public static func checkGitURL(_ url: String) throws {
        let beforePath = url.prefix { $0 != "/" }
        guard !url.isEmpty, !url.hasPrefix("-"), !beforePath.contains("::"),
            !UnsafeCharacters.found(in: url)
        else { throw RemoteError.invalidTarget("git+" + url) }
    }

    /// The remote record for this target under `name`.
    public func remote(named name: String) -> Remote {
        switch self {
        case .folder(let url): Remote(name: name, kind: .folder, target: url.path)
        case .git(let url): Remote(name: name, kind: .git, target: url)
        }
    }
}
