import Foundation
import KefuBundle
import KefuStore

#if canImport(Glibc)
    import Glibc
#endif

/// Errors that mean the disk is full or failing, wherever they came from (a file write, the store), so
/// the seller reads what happened and what to do rather than a system error.
public enum DiskFailure {
    public static func matches(_ error: any Error) -> Bool {
        if case .system(_, _, let code) = error as? AtomicFileError {
            return [ENOSPC, EDQUOT, EIO, EFBIG].contains(code)
        }
        return Store.isDiskFailure(error)
    }
}
