import CFaultySQLite
import Foundation

/// Fails chosen writes or syncs of SQLite databases under one folder, through a VFS that wraps the
/// default one (see `faulty_sqlite.h`). A file is watched from the moment it is opened, so the store
/// must be opened inside `failing`. One arming at a time: the suites that use it run serialized.
public enum FaultySQLite {
    public enum Call: String, Sendable {
        case write, sync

        var flag: Int32 {
            switch self {
            case .write: Int32(KEFU_FAULT_WRITE)
            case .sync: Int32(KEFU_FAULT_SYNC)
            }
        }
    }

    /// What `body` did with the faults armed.
    public struct Outcome {
        /// What it threw, if anything.
        public var error: (any Error)?
        /// Calls of the armed kind failed.
        public var failures: Int
    }

    /// Runs `body` with call `nth` of `call` failing on databases under `folder` (and every later one
    /// when `persistent`).
    public static func failing(
        _ call: Call, nth: Int, persistent: Bool, under folder: URL, _ body: () throws -> Void
    ) -> Outcome {
        precondition(kefu_faulty_sqlite_install() == 0, "the faulty SQLite VFS did not register")
        kefu_faulty_sqlite_arm(folder.path, call.flag, nth, persistent ? 1 : 0)
        defer { kefu_faulty_sqlite_disarm() }
        var error: (any Error)?
        do { try body() } catch let thrown { error = thrown }
        return Outcome(error: error, failures: kefu_faulty_sqlite_failures())
    }
}
