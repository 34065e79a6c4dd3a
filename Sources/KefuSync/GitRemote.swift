import Foundation
import KefuBundle
import KefuCore
import KefuStore

/// A git repository as a rule repository. kefu keeps its own clone under `.kefu/remotes/NAME`,
/// drives the ordinary `git` command, and only ever commits whole bundles it wrote itself, merged by
/// item beforehand: nobody sees YAML conflict markers.
struct GitRemote {
    let url: String
    /// kefu's own clone.
    let clone: URL

    /// - Throws: `RemoteError.invalidTarget` for a URL `RemoteTarget.checkGitURL` refuses (a remote record
    ///   edited in the store is checked again here, before git sees it).
    init(url: String, clone: URL) throws {
        try RemoteTarget.checkGitURL(url)
        self.url = url
        self.clone = clone
    }

    private var git: GitCommand { GitCommand(directory: clone) }

    /// The branch the repository's HEAD names, or `main` for an empty repository (one `git ls-remote`,
    /// so an operation asks once and passes it on).
    func branch() throws -> String {
        let output = try GitCommand(directory: nil).run(
            ["ls-remote", "--symref"], operands: [url, "HEAD"], allowFailure: true)
        for line in output.output.split(separator: "\n") where line.hasPrefix("ref: refs/heads/") {
            return String(line.dropFirst("ref: refs/heads/".count).prefix { $0 != "\t" && $0 != " " })
        }
        // An empty repository shows no HEAD, but a clone of it knows the branch its HEAD names (`master`
        // in a bare repository made by `git init --bare`): push there, so `git clone` finds the commits.
        if try cloneIsOfThisURL() {
            let unborn = try git.run(["symbolic-ref", "--quiet", "--short", "HEAD"], allowFailure: true)
            let name = unborn.output.trimmingCharacters(in: .whitespacesAndNewlines)
            if unborn.status == 0, !name.isEmpty, !name.hasPrefix("kefu-"),
                name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "._/-".contains($0)) })
            {
                return name
            }
        }
        return "main"
    }

    /// Makes the clone if there is none, then fetches.
    /// - Returns: the remote branch's commit, or `nil` for an empty repository.
    @discardableResult
    func fetch(branch known: String? = nil) throws -> String? {
        if try !cloneIsOfThisURL() {
            // No clone, a half-made one, or one of another URL: start again, never reuse it.
            try FileManager.default.createDirectory(
                at: clone.deletingLastPathComponent(), withIntermediateDirectories: true)
            if FileManager.default.fileExists(atPath: clone.path) { try FileManager.default.removeItem(at: clone) }
            do {
                try GitCommand(directory: nil).run(["clone", "--quiet"], operands: [url, clone.path])
            } catch {
                try? FileManager.default.removeItem(at: clone)
                throw error
            }
        }
        let branch = try known ?? branch()
        try git.run(["fetch", "--quiet"], operands: ["origin"])
        let head = try git.run(
            ["rev-parse", "--verify", "--quiet", "refs/remotes/origin/\(branch)"], allowFailure: true)
        return head.status == 0 ? head.output.trimmingCharacters(in: .whitespacesAndNewlines) : nil
    }

    /// The remote's bundle at its latest fetched commit.
    func read(branch: String? = nil) throws -> (bundle: LoadedBundle, version: String) {
        let commit = try checkOut(branch: branch)
        // Problems are placed as each file is read; a pull needs no field positions after that.
        return (try BundleLoader(recordsFieldLocations: false).loadBundle(at: clone), commit)
    }

    /// Puts the remote's latest fetched commit in the working copy, exactly; returns the commit.
    func checkOut(branch: String? = nil) throws -> String {
        guard let commit = try fetch(branch: branch) else { throw RemoteError.empty(remote: url) }
        try git.run(["checkout", "--quiet", "--force", "--detach", GitCommand.checkedObjectName(commit)])
        try git.run(["clean", "--quiet", "-fdx"])
        return commit
    }

    /// Who made each item of the commit last read, as its pusher wrote it (`nil`: no such file).
    func authors() throws -> ItemAuthors? {
        try ItemAuthors.read(at: clone.appending(path: ItemAuthors.fileName))
    }

    /// The author and time of the last commit up to `commit` that touched `path` (any file when `nil`).
    func lastCommitAuthorship(upTo commit: String, touching path: String?) throws -> Authorship? {
        let output = try git.run(
            ["log", "-1", "--format=%an%x00%aI", GitCommand.checkedObjectName(commit)],
            operands: path.map { [$0] } ?? [], allowFailure: true)
        let parts = output.output.trimmingCharacters(in: .newlines).split(
            separator: "\0", omittingEmptySubsequences: false)
        guard output.status == 0, parts.count == 2, let name = ItemAuthors.cleanName(String(parts[0])),
            let date = ISO8601DateFormatter().date(from: String(parts[1]))
        else { return nil }
        return Authorship(author: name, at: date)
    }

    /// Commits `files` as the whole bundle on top of `parent` (the commit last pulled), with `authors` (the
    /// text of `.kefu-authors.json`) beside it, and pushes it.
    /// - Returns: the new commit, or `nil` when the push was rejected because the remote moved.
    func commitAndPush(
        _ files: [String: String], authors: String? = nil, parent: String?, branch: String, author: String,
        message: String
    ) throws -> String? {
        if let parent {
            try git.run(["checkout", "--quiet", "--force", "--detach", GitCommand.checkedObjectName(parent)])
        } else {
            try git.run(
                ["checkout", "--quiet", "--force", "--orphan", "kefu-\(UUID().uuidString.prefix(8))"],
                allowFailure: true)
            try git.run(["rm", "-rf", "--quiet", "--ignore-unmatch"], operands: ["."], allowFailure: true)
        }
        try git.run(["clean", "--quiet", "-fdx"])
        // The commit holds exactly the bundle: files that are no longer in it go.
        for path in try trackedBundleFiles() where files[path] == nil {
            try FileManager.default.removeItem(at: clone.appending(path: path))
        }
        try BundleWriter().write(files, to: clone)
        if let authors { try AtomicFile.write(authors, to: clone.appending(path: ItemAuthors.fileName)) }
        try git.run(["add", "--all"])
        let email =
            author.unicodeScalars.allSatisfy(\.isASCII) && !author.contains(" ")
            ? "\(author)@kefu.local" : "kefu@kefu.local"
        try git.run([
            "-c", "user.name=\(author)", "-c", "user.email=\(email)", "commit", "--quiet", "--allow-empty", "-m",
            message,
            "--author", "\(author) <\(email)>",
        ])
        let pushed = try git.run(
            ["push", "--quiet"], operands: ["origin", "HEAD:refs/heads/\(branch)"], allowFailure: true)
        guard pushed.status == 0 else {
            if pushed.output.contains("rejected") || pushed.output.contains("non-fast-forward")
                || pushed.output.contains("fetch first")
            {
                return nil
            }
            throw RemoteError.git(command: "git push", output: pushed.output)
        }
        return try git.run(["rev-parse", "HEAD"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Whether kefu's clone is a whole clone of `url` (a clone killed half way has no `origin` yet).
    private func cloneIsOfThisURL() throws -> Bool {
        guard FileManager.default.fileExists(atPath: clone.appending(path: ".git").path) else { return false }
        let origin = try git.run(["config", "--get", "remote.origin.url"], allowFailure: true)
        return origin.status == 0 && origin.output.trimmingCharacters(in: .newlines) == url
    }

    private func trackedBundleFiles() throws -> [String] {
        try git.run(["ls-files"]).output.split(separator: "\n").map(String.init).filter {
            BundleLayout.kind(ofFile: $0) != nil
        }
    }

    /// The bundle's files in the clone as they are, for a new working folder (`kefu clone`).
    func bundleFiles() throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in try BundleFolder.list(clone).files {
            files[path] = try Data(contentsOf: clone.appending(path: path))
        }
        return files
    }
}
