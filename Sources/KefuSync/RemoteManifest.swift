import Foundation

/// `kefu-remote.json`, the manifest of a shared-folder remote: which snapshot is current, and (format 2)
/// every file of it with the SHA-256 of its bytes. Whoever can write the shared folder writes this file,
/// so it is read as hostile: at most 1 MB, a snapshot that is one folder of `snapshots/`, and file paths
/// that stay inside it.
public struct RemoteManifest: Codable, Equatable, Sendable {
    public var format: Int
    public var version: Int
    public var snapshot: String
    public var bundleID: String
    public var pushedBy: String
    public var pushedAt: Date
    /// Each file of the snapshot and the SHA-256 of its bytes (a remote pushed by an older kefu has none,
    /// and its snapshot is read as it is).
    public var files: [String: String]?
    /// The SHA-256 of the snapshot's `.kefu-authors.json` (who made each item's version), when the
    /// pusher wrote one.
    public var authors: String?

    /// The largest manifest read: a bundle's file list is a few kilobytes.
    public static let maximumBytes = 1 << 20

    public init(
        format: Int, version: Int, snapshot: String, bundleID: String, pushedBy: String, pushedAt: Date,
        files: [String: String]?, authors: String? = nil
    ) {
        self.format = format
        self.version = version
        self.snapshot = snapshot
        self.bundleID = bundleID
        self.pushedBy = pushedBy
        self.pushedAt = pushedAt
        self.files = files
        self.authors = authors
    }

    /// The manifest in `data`, checked.
    /// - Throws: `RemoteError.unreadable` saying what is wrong (`path` names the file).
    public static func read(_ data: Data, path: String) throws -> RemoteManifest {
        let manifest = try RemoteJSON.decode(RemoteManifest.self, from: data, path: path, maximumBytes: maximumBytes)
        guard isSnapshotName(manifest.snapshot) else {
            throw RemoteError.unreadable("\(path): the snapshot '\(manifest.snapshot)' is not one of snapshots/")
        }
        if let bad = manifest.files?.keys.sorted().first(where: { !isBundlePath($0) }) {
            throw RemoteError.unreadable("\(path): '\(bad)' is not a path inside a snapshot")
        }
        return manifest
    }

    /// `snapshots/NAME`, NAME of letters, digits, `-`, `_` and `.`, not hidden.
    static func isSnapshotName(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 2 && parts[0] == "snapshots" && !parts[1].isEmpty && !parts[1].hasPrefix(".")
            && parts[1].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }
    }

    /// A relative path of named parts (no `..`, no empty or hidden parts, no control characters).
    static func isBundlePath(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.count <= 8
            && parts.allSatisfy { !$0.isEmpty && !$0.hasPrefix(".") && $0.count <= 255 }
            && !path.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }
}
