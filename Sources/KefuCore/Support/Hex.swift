/// Bytes as lower-case hexadecimal, two digits a byte: content hashes, digests and tokens. Written into
/// one buffer: a reply's digest is taken on every answer, where a `String(format:)` per byte cost more
/// than finding the answer.
public enum Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    public static func string(_ bytes: some Sequence<UInt8>) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(bytes.underestimatedCount * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
