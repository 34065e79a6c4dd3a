import Crypto
import Foundation

/// SHA-256 of a file's bytes, to tell whether a file changed since it was read.
enum ByteHash {
    static func of(_ data: Data) -> String {
        SHA256.hash(data: data).map { byte in byte < 16 ? "0" + String(byte, radix: 16) : String(byte, radix: 16) }
            .joined()
    }
}
