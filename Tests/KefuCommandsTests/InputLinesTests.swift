import Foundation
import Testing

@testable import KefuCommands

/// `serve --stdio` reads its requests line by line from a descriptor: many lines a read, lines split
/// across reads, `\r\n`, a last line without an end, and a line over the limit skipped whole.
@Suite struct InputLinesTests {
    /// Every line `InputLines` gives for `bytes` written to a pipe in pieces of `piece` bytes, and how many
    /// times it was about to wait.
    static func lines(of bytes: [UInt8], limit: Int) throws -> (lines: [InputLines.Line], waits: Int) {
        let pipe = Pipe()
        let writer = Thread {
            pipe.fileHandleForWriting.write(Data(bytes))
            try? pipe.fileHandleForWriting.close()
        }
        writer.start()
        var reader = InputLines(descriptor: pipe.fileHandleForReading.fileDescriptor, limit: limit)
        var lines: [InputLines.Line] = []
        var waits = 0
        while let line = reader.next(beforeWaiting: { waits += 1 }) { lines.append(line) }
        return (lines, waits)
    }

    @Test func manyLinesAndLineEnds() throws {
        let text = (0..<5_000).map { "{\"text\":\"第\($0)条\"}" }.joined(separator: "\n") + "\r\nlast"
        let (lines, waits) = try Self.lines(of: Array(text.utf8), limit: 1 << 20)
        #expect(lines.count == 5_001)
        #expect(lines.first == .text("{\"text\":\"第0条\"}"))
        #expect(lines[4_999] == .text("{\"text\":\"第4999条\"}"))
        #expect(lines.last == .text("last"))
        #expect(waits >= 1)
    }

    @Test func aLineOverTheLimitIsSkippedWhole() throws {
        let long = String(repeating: "长", count: 100_000)
        let text = "first\n" + long + "\nafter\n" + long
        let (lines, _) = try Self.lines(of: Array(text.utf8), limit: 1_000)
        #expect(lines == [.text("first"), .tooLong, .text("after"), .tooLong])
    }
}
