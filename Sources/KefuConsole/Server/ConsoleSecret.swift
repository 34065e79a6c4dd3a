import Crypto
import Foundation
import KefuCore

/// Random tokens (the login token, session ids, CSRF tokens) and their comparison in constant time,
/// so a guess learns nothing from how long a refusal took.
enum ConsoleSecret {
    /// 32 random bytes as hex.
    static func make() -> String {
        SymmetricKey(size: .bits256).withUnsafeBytes { Hex.string($0) }
    }

    static func matches(_ given: String, _ expected: String) -> Bool {
        let left = Array(given.utf8)
        let right = Array(expected.utf8)
        guard left.count == right.count else { return false }
        return zip(left, right).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
