/// The exit statuses of every command, as the product README fixes them (sysexits where they apply).
public enum ExitStatus: Int32, Sendable {
    case success = 0
    /// A check or test failed, or the operation was refused.
    case failure = 1
    /// The command line was wrong (EX_USAGE).
    case usage = 64
    /// The input data was wrong: a malformed bundle file (EX_DATAERR).
    case dataError = 65
}
