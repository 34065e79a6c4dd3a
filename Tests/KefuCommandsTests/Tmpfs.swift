import Foundation
import KefuTestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// A size-limited tmpfs for full-disk tests, mounted with the system's `mount` (root only).
enum Tmpfs {
    /// Whether this machine lets the tests mount one.
    static let canMount: Bool = {
        guard getuid() == 0, let folder = try? TemporaryFolder("mount-check") else { return false }
        defer { unmount(folder.url) }
        return mount(at: folder.url, size: 65_536)
    }()

    @discardableResult
    static func mount(at folder: URL, size: Int) -> Bool {
        run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(size)", "tmpfs", folder.path])
    }

    /// Changes the size of the tmpfs at `folder` (never below what it holds).
    @discardableResult
    static func resize(_ folder: URL, to size: Int) -> Bool {
        run("/bin/mount", ["-o", "remount,size=\(size)", folder.path])
    }

    @discardableResult
    static func unmount(_ folder: URL) -> Bool {
        run("/bin/umount", [folder.path])
    }

    /// Bytes in use on the filesystem at `folder`.
    static func used(_ folder: URL) -> Int {
        var stats = statvfs()
        guard statvfs(folder.path, &stats) == 0 else { return 0 }
        return Int(stats.f_blocks - stats.f_bfree) * Int(stats.f_frsize)
    }

    private static func run(_ tool: String, _ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(filePath: tool)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
