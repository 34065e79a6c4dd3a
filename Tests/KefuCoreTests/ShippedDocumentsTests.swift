import Foundation
import Testing

/// What kefu prints, and the documents that ship with it, point only at documents that ship with it:
/// `Documentation/`, never the product contract's working files that stay outside the repository.
@Suite struct ShippedDocumentsTests {
    static let root = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let outside = ["../shared", "BUNDLE-FORMAT.md", "SYNC.md", "ENGINE.md"]

    @Test func sourcesAndDocumentsNameNoDocumentThatDoesNotShip() throws {
        var offenders: [String] = []
        var read = 0
        for folder in ["Sources", "Documentation", "Bundles", "Samples", "Scripts"] + ["README.md", "INSTALL.md"] {
            let url = Self.root.appending(path: folder)
            let files: [URL]
            if folder.hasSuffix(".md") {
                files = [url]
            } else {
                let walker = try #require(FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil))
                files = walker.compactMap { $0 as? URL }.filter { !$0.hasDirectoryPath }
            }
            for file in files {
                guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
                read += 1
                for name in Self.outside where text.contains(name) {
                    offenders.append("\(file.path.dropFirst(Self.root.path.count + 1)) names \(name)")
                }
            }
        }
        #expect(read > 300)
        #expect(offenders == [])
    }
}
