import Foundation
import KefuCore
import Testing

@testable import KefuEngine

/// A kept index is streamed to its file as it is written: the bytes handed over are, in order, those a
/// writer holding them all would hold, in pieces no longer than needed; a sink that fails is reported.
@Suite struct SnapshotWriterTests {
    /// What a sink was handed.
    final class Received: @unchecked Sendable {
        var bytes = Data()
        var pieces = 0
        var failOnPiece: Int?

        func take(_ piece: UnsafeRawBufferPointer) throws {
            pieces += 1
            if pieces == failOnPiece { throw CancellationError() }
            bytes.append(contentsOf: piece)
        }
    }

    static func writeSample(to writer: inout SnapshotWriter) {
        var generator = SeededGenerator(seed: 11)
        let buffer = SnapshotWriter.streamingBuffer
        for size in [0, 1, 3, 1_000, buffer - 9, buffer, 3 * buffer + 5, 7, buffer / 2, buffer / 2 + 1] {
            writer.append(UInt64(size))
            writer.append((0..<size).map { _ in UInt8(truncatingIfNeeded: generator.next()) })
            writer.append(texts: ["发货", "", "refund"])
        }
    }

    @Test func streamedBytesAreTheHeldBytesInOrder() throws {
        var held = SnapshotWriter()
        Self.writeSample(to: &held)
        let received = Received()
        var streamed = SnapshotWriter(streamingTo: received.take)
        Self.writeSample(to: &streamed)
        try streamed.finish()
        #expect(received.bytes == held.data)
        #expect(received.pieces > 4, "handed over as it was written, not whole at the end")
    }

    @Test func aFailingSinkIsReportedAndHandedNothingMore() {
        let received = Received()
        received.failOnPiece = 2
        var streamed = SnapshotWriter(streamingTo: received.take)
        Self.writeSample(to: &streamed)
        #expect(throws: CancellationError.self) { try streamed.finish() }
        #expect(received.pieces == 2)
    }
}
