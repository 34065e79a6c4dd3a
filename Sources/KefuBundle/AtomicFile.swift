import Foundation
import KefuCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file so that a crash, a full disk or a kill leaves either the old file or the new one:
/// a temporary file beside it, written in full, flushed to disk, then renamed over the target, and
/// the folder flushed so the rename itself survives a power cut.
///
/// The writes, flushes and renames go through `calls` (the real system calls unless a test injects
/// failures; see `FileWriteCalls`).
public enum AtomicFile {
    /// Writes `data` to `url`, creating missing parent folders.
    public static func write(
        _ data: Data, to url: URL, permissions: mode_t = 0o644, using calls: some FileWriteCalls = .system
    ) throws {
        try write(to: url, permissions: permissions, using: calls) { sink in try data.withUnsafeBytes { try sink($0) } }
    }

    /// Writes to `url` the bytes `produce` hands to the sink it is given, in order, creating missing parent
    /// folders: a large file is written as it is made instead of held whole first. When `produce` throws,
    /// nothing is replaced. `temporary` is where it is written first (`temporaryURL(beside:)` unless given).
    public static func write(
        to url: URL, permissions: mode_t = 0o644, using calls: some FileWriteCalls = .system, temporary: URL? = nil,
        producing produce: (_ sink: (UnsafeRawBufferPointer) throws -> Void) throws -> Void
    ) throws {
        let temporary = try writeTemporary(
            beside: url, permissions: permissions, using: calls, temporary: temporary, producing: produce)
        do {
            try moveIntoPlace(temporary, to: url, using: calls)
        } catch {
            unlink(temporary.path)
            throw error
        }
    }

    /// The name of the temporary file that `writeTemporary(_:beside:)` uses for `url`.
    public static func temporaryURL(beside url: URL) -> URL {
        url.deletingLastPathComponent().appending(path: ".\(url.lastPathComponent)\(temporarySuffix)")
    }

    /// A temporary name beside `url` that no other writer uses, for a file that several processes may
    /// write at once (a kept engine part, written while it is compiled): each writes its own, and the last
    /// rename puts a whole file in place. With the one name of `temporaryURL(beside:)`, a second writer
    /// would remove the first's temporary and have its own half-written file renamed into place.
    public static func uniqueTemporaryURL(beside url: URL) -> URL {
        url.deletingLastPathComponent().appending(
            path: ".\(url.lastPathComponent).\(UUID().uuidString)\(temporarySuffix)")
    }

    /// Temporary files end in this, so that a kefu started after a kill can find and remove strays.
    public static let temporarySuffix = ".kefu-pending"

    /// Writes `data` in full to a temporary file beside `url` and flushes it to disk; `url` itself is
    /// not touched until `moveIntoPlace(_:to:)`. `permissions` are the file's from its creation (a secret
    /// is never readable by others, not even for a moment).
    public static func writeTemporary(
        _ data: Data, beside url: URL, permissions: mode_t = 0o644, using calls: some FileWriteCalls = .system
    ) throws -> URL {
        try writeTemporary(beside: url, permissions: permissions, using: calls) { sink in
            try data.withUnsafeBytes { try sink($0) }
        }
    }

    /// `writeTemporary(_:beside:permissions:using:)` of the bytes `produce` hands to its sink, in order,
    /// into `temporary` (`temporaryURL(beside:)` unless given).
    public static func writeTemporary(
        beside url: URL, permissions: mode_t = 0o644, using calls: some FileWriteCalls = .system, temporary: URL? = nil,
        producing produce: (_ sink: (UnsafeRawBufferPointer) throws -> Void) throws -> Void
    ) throws -> URL {
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = temporary ?? temporaryURL(beside: url)
        unlink(temporary.path)
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, permissions)
        guard descriptor >= 0 else {
            throw AtomicFileError.system(operation: "open", path: temporary.path, code: errno)
        }
        var closed = false
        defer {
            if !closed { close(descriptor) }
        }
        do {
            try produce { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = calls.write(descriptor, UnsafeRawBufferPointer(rebasing: buffer[offset...]))
                    if written < 0 {
                        if errno == EINTR { continue }
                        throw AtomicFileError.system(operation: "write", path: temporary.path, code: errno)
                    }
                    offset += written
                }
            }
            guard calls.fsync(descriptor) == 0 else {
                throw AtomicFileError.system(operation: "fsync", path: temporary.path, code: errno)
            }
            closed = true
            guard close(descriptor) == 0 else {
                throw AtomicFileError.system(operation: "close", path: temporary.path, code: errno)
            }
        } catch {
            unlink(temporary.path)
            throw error
        }
        // Here, not in `write`: the sync path writes its temporaries first and renames them later.
        CrashPoints.pass("file written beside its target")
        return temporary
    }

    /// Renames a temporary file over `url` and flushes the folder, so the rename survives a power cut.
    /// When the rename fails the temporary stays: a journal that names it can try again later.
    public static func moveIntoPlace(_ temporary: URL, to url: URL, using calls: some FileWriteCalls = .system) throws {
        guard calls.rename(temporary.path, url.path) == 0 else {
            throw AtomicFileError.system(operation: "rename", path: url.path, code: errno)
        }
        syncFolder(url.deletingLastPathComponent())
        CrashPoints.pass("file renamed into place")
    }

    /// Writes `text` as UTF-8.
    public static func write(_ text: String, to url: URL, using calls: some FileWriteCalls = .system) throws {
        try write(Data(text.utf8), to: url, using: calls)
    }

    /// Removes `url` if it is there, and flushes its folder.
    public static func remove(_ url: URL) throws {
        guard unlink(url.path) == 0 || errno == ENOENT else {
            throw AtomicFileError.system(operation: "unlink", path: url.path, code: errno)
        }
        syncFolder(url.deletingLastPathComponent())
        CrashPoints.pass("file removed")
    }

    private static func syncFolder(_ folder: URL) {
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}
