import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The system calls through which `AtomicFile` changes files: writing bytes, flushing them and renaming.
/// The sync path takes them as a value, so a test can make any one of them fail (a full disk, a
/// failing drive) and check that nothing is lost. Each returns what the system call returns and
/// leaves the reason in `errno`.
public protocol FileWriteCalls: Sendable {
    func write(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int
    func fsync(_ descriptor: Int32) -> Int32
    func rename(_ source: String, _ target: String) -> Int32
}

/// The real system calls.
public struct SystemFileWriteCalls: FileWriteCalls {
    public init() {}

    public func write(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int {
        #if canImport(Glibc)
            Glibc.write(descriptor, bytes.baseAddress, bytes.count)
        #else
            Darwin.write(descriptor, bytes.baseAddress, bytes.count)
        #endif
    }

    public func fsync(_ descriptor: Int32) -> Int32 {
        #if canImport(Glibc)
            Glibc.fsync(descriptor)
        #else
            Darwin.fsync(descriptor)
        #endif
    }

    public func rename(_ source: String, _ target: String) -> Int32 {
        #if canImport(Glibc)
            Glibc.rename(source, target)
        #else
            Darwin.rename(source, target)
        #endif
    }
}

extension FileWriteCalls where Self == SystemFileWriteCalls {
    /// The real system calls: `AtomicFile.write(_:to:using: .system)`.
    public static var system: SystemFileWriteCalls { SystemFileWriteCalls() }
}
