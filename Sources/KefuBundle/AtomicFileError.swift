import Foundation

/// A system call that failed while writing a file; nothing was replaced.
public enum AtomicFileError: Error, CustomStringConvertible, Sendable {
    case system(operation: String, path: String, code: Int32)

    public var description: String {
        switch self {
        case .system(let operation, let path, let code):
            "\(operation) \(path): \(String(cString: strerror(code)))"
        }
    }
}
