import Foundation
import KefuStore
import KefuTestSupport
import Testing

/// One person of a team, with a working folder, driving the built `kefu` under their own name.
final class TeamMember: @unchecked Sendable {
    let name: String
    let folder: TemporaryFolder

    init(_ name: String) throws {
        self.name = name
        folder = try TemporaryFolder(name)
    }

    var root: URL { folder.url.appending(path: "bundle") }

    @discardableResult
    func kefu(_ arguments: [String], in directory: URL? = nil) throws -> KefuBinary.Result {
        // Before init or clone the bundle folder does not exist yet; run from the member's own folder.
        let here = directory ?? (FileManager.default.fileExists(atPath: root.path) ? root : folder.url)
        return try KefuBinary.run(arguments, in: here, environment: ["KEFU_AUTHOR": name])
    }

    /// Runs kefu and expects it to succeed.
    @discardableResult
    func succeed(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> KefuBinary.Result {
        let result = try kefu(arguments)
        #expect(
            result.status == 0, "\(name): kefu \(arguments.joined(separator: " ")): \(result.standardError)",
            sourceLocation: sourceLocation)
        return result
    }

    func edit(
        _ path: String, replacing old: String, with new: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let url = root.appending(path: path)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(old), "\(name): \(path) has no \(old)", sourceLocation: sourceLocation)
        try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
    }

    func write(_ path: String, _ text: String) throws {
        let url = root.appending(path: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// Every item in this member's store, as hash by key.
    func items() throws -> [String: String] {
        let store = try Store.open(at: root.appending(path: Store.relativePath))
        return Dictionary(uniqueKeysWithValues: try store.allItems().map { ("\($0.key)", $0.hash) })
    }

    /// The answer field of an item, as the store holds it.
    func field(_ item: String, _ field: String) throws -> String? {
        let shown = try kefu(["show", item, "--json"])
        let json = try JSONSerialization.jsonObject(with: Data(shown.standardOutput.utf8)) as? [String: Any]
        return (json?["content"] as? [String: Any])?[field] as? String
    }
}
