import Crypto
import Foundation
import KefuCore

/// SHA-256 of a file's bytes, to tell whether a file changed since it was read.
enum ByteHash {
    static func of(_ data: Data) -> String {
        Hex.string(SHA256.hash(data: data))
    }
}
