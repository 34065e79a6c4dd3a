import Crypto
import Foundation
import KefuCore

/// SHA-256 in hex, as archive manifests list it.
public enum ByteHashing {
    public static func hex(_ data: Data) -> String {
        Hex.string(SHA256.hash(data: data))
    }
}
