import Foundation

/// Hands memory the process has freed back to the system. glibc keeps freed blocks in the arena of the
/// thread that freed them, for that thread to reuse; after a phase that built and dropped a large shop on
/// the worker threads of `ParallelMap` (an import's 100,000 parsed items), the main thread's next phase
/// cannot reuse them, and its peak stacks on top of theirs (at 100,000 items, about 50 MB).
public enum FreedMemory {
    /// glibc's `malloc_trim`, looked up once: Swift's Glibc module does not declare it, and other C
    /// libraries do not have it (then this does nothing).
    private static let trim: (@convention(c) (Int) -> Int32)? = {
        #if os(Linux)
            // A null handle is glibc's RTLD_DEFAULT: the symbol wherever the process has it.
            guard let symbol = dlsym(nil, "malloc_trim") else { return nil }
            return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
        #else
            return nil
        #endif
    }()

    /// Returns freed memory to the system, where the C library can.
    public static func returnToSystem() {
        _ = trim?(0)
    }
}
