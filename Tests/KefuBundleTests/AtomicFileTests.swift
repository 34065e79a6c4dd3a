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

    /// The write, the flush or the rename of the new content fails (as on a full or failing disk): the
    /// target keeps its old content, and nothing else is left in its folder.
    @Test(arguments: FaultyFileWriteCalls.Call.allCases)
    func aFailedWriteLeavesTheOldFile(_ failing: FaultyFileWriteCalls.Call) throws {
        let folder = try TemporaryFolder()
        let target = folder.url.appending(path: "faq/a.yaml")
        try AtomicFile.write("old", to: target)
        let calls = FaultyFileWriteCalls(failing: [failing], nth: 1, persistent: false)
        #expect(throws: AtomicFileError.self) {
            try AtomicFile.write(String(repeating: "new ", count: 10_000), to: target, using: calls)
        }
        #expect(calls.failures == 1)
        #expect(try folder.read("faq/a.yaml") == "old")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.url.appending(path: "faq").path) == ["a.yaml"])
        // The same calls, failing no more, write it.
        try AtomicFile.write("new", to: target, using: calls)
        #expect(try folder.read("faq/a.yaml") == "new")
    }

    /// Written as it is produced, in pieces, the file holds the pieces in order; a producer that throws
    /// part way leaves the old file and no temporary.
    @Test func aProducedFileHoldsItsPiecesInOrderOrIsNotWrittenAtAll() throws {
        struct Stop: Error {}
        let folder = try TemporaryFolder()
        let target = folder.url.appending(path: "engine/part.index")
        let pieces = (0..<5).map { Data(repeating: UInt8($0 + 65), count: 1 + $0 * 3_000) }
        try AtomicFile.write(to: target) { sink in
            for piece in pieces { try piece.withUnsafeBytes { try sink($0) } }
        }
        #expect(try Data(contentsOf: target) == pieces.reduce(Data(), +))
        #expect(throws: Stop.self) {
            try AtomicFile.write(to: target) { sink in
                try pieces[4].withUnsafeBytes { try sink($0) }
                throw Stop()
            }
        }
        try expectAlone(target, holding: pieces.reduce(Data(), +))
    }

    /// Two writers of one file at once (two processes compiling the same engine part): each with a
    /// temporary of its own, both succeed and a whole file is left, the one renamed last.
    @Test func writersWithTemporariesOfTheirOwnDoNotMixTheirFiles() throws {
        let folder = try TemporaryFolder()
        let target = folder.url.appending(path: "engine/part.index")
        let first = Data(repeating: 1, count: 70_000)
        let second = Data(repeating: 2, count: 50_000)
        try AtomicFile.write(to: target, temporary: AtomicFile.uniqueTemporaryURL(beside: target)) { sink in
            try first.prefix(30_000).withUnsafeBytes { try sink($0) }
            try AtomicFile.write(to: target, temporary: AtomicFile.uniqueTemporaryURL(beside: target)) { sink in
                try second.withUnsafeBytes { try sink($0) }
            }
            try first.dropFirst(30_000).withUnsafeBytes { try sink($0) }
        }
        try expectAlone(target, holding: first)
    }

    /// `target` holds `expected`, and nothing else (no temporary) is left beside it.
    private func expectAlone(_ target: URL, holding expected: Data, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        #expect(try Data(contentsOf: target) == expected, sourceLocation: sourceLocation)
        let beside = try FileManager.default.contentsOfDirectory(atPath: target.deletingLastPathComponent().path)
        #expect(beside == [target.lastPathComponent], sourceLocation: sourceLocation)
    }

    @Test func aFolderInTheWayIsAnErrorAndStaysAsItWas() throws {
        let folder = try TemporaryFolder()
        let blocked = folder.url.appending(path: "blocked")
        try FileManager.default.createDirectory(
            at: blocked.appending(path: "inside"), withIntermediateDirectories: true)
        #expect(throws: AtomicFileError.self) { try AtomicFile.write("new", to: blocked) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["blocked"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: blocked.path) == ["inside"])
    }
}
