import Foundation
import KefuEngine

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A kept engine part on disk, read piece by piece as the engine asks (`KeptBytes`): the FAQ index's
/// arrays are read straight into their own storage, so the file is never held whole beside them (at
/// 100,000 items that was 190 MB twice over). Not mapped: a mapped file cut short by someone else while
/// it is read would stop kefu with SIGBUS; here a short read is an error, and the part is compiled again.
final class KeptFile: KeptBytes {
    /// A read that ended before the bytes the file had when it was opened.
    struct ShortRead: Error {}

    private let descriptor: Int32
    let count: Int

    /// The file at `url`, open for reading; `nil` when it cannot be opened (not kept, or unreadable).
    init?(_ url: URL) {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
        self.count = Int(status.st_size)
    }

    deinit { close(descriptor) }

    func read(into target: UnsafeMutableRawBufferPointer, at offset: Int) throws {
        var done = 0
        while done < target.count {
            let got = pread(descriptor, target.baseAddress.map { $0 + done }, target.count - done, off_t(offset + done))
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { throw ShortRead() }
            done += got
        }
    }
}
