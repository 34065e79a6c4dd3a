import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The lines of a file descriptor (standard input for `serve --stdio`), read with `read(2)` so the
/// reader knows when no complete line is waiting: the server writes its log then, before it blocks, so
/// a bridge that sends one request at a time never leaves answered messages unlogged. A line longer than
/// `limit` bytes is skipped whole and reported as `.tooLong`, so one hostile line costs bounded memory.
struct InputLines {
    enum Line: Equatable {
        case text(String)
        case tooLong
    }

    let descriptor: Int32
    let limit: Int
    private var buffer: [UInt8] = []
    /// Where the unread part of `buffer` starts: lines are taken from the front without moving the rest,
    /// which is moved down only when more is read.
    private var start = 0
    private var discarding = false
    private var ended = false

    init(descriptor: Int32 = STDIN_FILENO, limit: Int) {
        self.descriptor = descriptor
        self.limit = limit
    }

    /// The next line without its line end (`\n` or `\r\n`), calling `beforeWaiting` each time the reader is
    /// about to block for more input; nil at the end of input.
    mutating func next(beforeWaiting: () throws -> Void) rethrows -> Line? {
        while true {
            if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                var line = buffer[start..<newline]
                start = newline + 1
                if discarding {
                    discarding = false
                    return .tooLong
                }
                if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
                return .text(String(decoding: line, as: UTF8.self))
            }
            buffer.removeSubrange(..<start)
            start = 0
            if buffer.count > limit {
                // Keep reading to the line's end without keeping it.
                buffer.removeAll(keepingCapacity: true)
                discarding = true
            }
            if ended {
                guard !buffer.isEmpty || discarding else { return nil }
                defer {
                    buffer = []
                    discarding = false
                }
                return discarding ? .tooLong : .text(String(decoding: buffer, as: UTF8.self))
            }
            try beforeWaiting()
            var chunk = [UInt8](repeating: 0, count: 65_536)
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 {
                ended = true
                continue
            }
            buffer.append(contentsOf: chunk[..<count])
        }
    }
}
