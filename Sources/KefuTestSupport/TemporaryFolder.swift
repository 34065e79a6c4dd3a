import Foundation

/// A fresh folder under the system's temporary folder, removed when the value is released.
public final class TemporaryFolder: @unchecked Sendable {
    public let url: URL

    public init(_ label: String = "kefu-test") throws {
        url = FileManager.default.temporaryDirectory.appending(
            path: "\(label)-\(UUID().uuidString)", directoryHint: .isDirectory)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes `files` (relative path → text) below the folder, creating subfolders.
    public func write(_ files: [String: String]) throws {
        for (path, text) in files {
            try write(Data(text.utf8), to: path)
        }
    }

    /// Writes raw bytes to `path` below the folder.
    public func write(_ data: Data, to path: String) throws {
        let target = url.appending(path: path)
        try FileManager.default.createDirectory(
            at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: target)
    }

    /// The text of the file at `path` below the folder.
    public func read(_ path: String) throws -> String {
        try String(decoding: Data(contentsOf: url.appending(path: path)), as: UTF8.self)
    }

    /// Every regular file below the folder (paths relative to it) with its bytes, any `.kefu/` left out.
    public func snapshot() throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = url.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return files }
        for case let path as String in enumerator where !path.split(separator: "/").contains(".kefu") {
            var isDirectory: ObjCBool = false
            let full = base + "/" + path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = try Data(contentsOf: URL(filePath: full))
            }
        }
        return files
    }
}
