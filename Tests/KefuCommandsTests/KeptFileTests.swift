import Foundation
import KefuTestSupport
import Testing

@testable import KefuApp

/// A kept engine part is read from its file piece by piece, and a file cut short after it was opened is
/// an error (the part is then compiled again), never a crash or zeros taken for weights.
@Suite struct KeptFileTests {
    @Test func readsAnyRangeAndRefusesWhatIsNoLongerThere() throws {
        let folder = try TemporaryFolder()
        let url = folder.url.appending(path: "part.index")
        let bytes = Data((0..<10_000).map { UInt8(truncatingIfNeeded: $0 * 7) })
        try bytes.write(to: url)
        let file = try #require(KeptFile(url))
        #expect(file.count == bytes.count)
        var piece = [UInt8](repeating: 0, count: 300)
        try piece.withUnsafeMutableBytes { try file.read(into: $0, at: 4_321) }
        #expect(piece == Array(bytes[4_321..<4_621]))

        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 5_000)
        try handle.close()
        #expect(throws: KeptFile.ShortRead.self) {
            try piece.withUnsafeMutableBytes { try file.read(into: $0, at: 4_900) }
        }
        #expect(KeptFile(folder.url.appending(path: "absent.index")) == nil)
        #expect(KeptFile(folder.url) == nil, "a folder is not a kept part")
    }
}
