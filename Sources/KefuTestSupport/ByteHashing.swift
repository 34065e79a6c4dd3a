import Crypto
import Foundation

/// SHA-256 in hex, as archive manifests list it.
public enum ByteHashing {
    public static func hex(_ data: Data) -> String {
        SHA256.hash(data: data).map { $0 < 16 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }
}
