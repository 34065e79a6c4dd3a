import Foundation
import Testing

/// Every document a message, a hint or a comment points a reader at ships with Kefu: before, K106 sent
/// sellers to a `BUNDLE-FORMAT.md` and some errors to a `SYNC.md` that the project never had.
@Suite struct DocumentationLinkTests {
    static let root = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../..").standardizedFileURL

    @Test func everyDocumentNamedInTheSourcesExists() throws {
        var named: Set<String> = []
        let files = FileManager.default.enumerator(
            at: Self.root.appending(path: "Sources"), includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard file.pathExtension == "swift", let text = try? String(contentsOf: file, encoding: .utf8) else {
                continue
            }
            for match in text.matches(of: /Documentation\/([A-Za-z]+)\.md/) { named.insert(String(match.1)) }
            #expect(!text.contains("BUNDLE-FORMAT") && !text.contains("SYNC.md"), "\(file.lastPathComponent)")
        }
        #expect(named.count >= 5)
        for name in named.sorted() {
            #expect(
                FileManager.default.fileExists(atPath: Self.root.appending(path: "Documentation/\(name).md").path),
                "Documentation/\(name).md")
        }
        // The section K106 names.
        let format = try String(contentsOf: Self.root.appending(path: "Documentation/BundleFormat.md"), encoding: .utf8)
        #expect(format.contains("\n## Template variables\n"))
    }
}
