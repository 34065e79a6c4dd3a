import Foundation
import KefuBundle
import KefuTestSupport
import Testing

@Suite struct AtomicFileTests {
    @Test func replacesTheFileAndLeavesNoTemporaryBehind() throws {
        let folder = try TemporaryFolder()
        let target = folder.url.appending(path: "faq/a.yaml")
        try AtomicFile.write("old", to: target)
        try AtomicFile.write("new", to: target)
        #expect(try folder.read("faq/a.yaml") == "new")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.url.appending(path: "faq").path) == ["a.yaml"])
    }

    @Test func aFailedWriteLeavesTheOldFile() throws {
        let folder = try TemporaryFolder()
        let target = folder.url.appending(path: "a.yaml")
        try AtomicFile.write("old", to: target)
        // A folder where the file should go: the rename fails, the old content must be untouched.
        let blocked = folder.url.appending(path: "blocked")
        try FileManager.default.createDirectory(
            at: blocked.appending(path: "inside"), withIntermediateDirectories: true)
        #expect(throws: AtomicFileError.self) { try AtomicFile.write("new", to: blocked) }
        #expect(try folder.read("a.yaml") == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["a.yaml", "blocked"])
    }
}
