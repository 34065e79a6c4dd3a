import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The text of a spreadsheet export: UTF-8 (with or without a byte-order mark), or GBK/GB18030 as
/// spreadsheets saved on Chinese Windows write it, converted with the system's iconv.
public enum SpreadsheetText {
    public static func decode(_ data: Data) -> String? {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return convert(Data(bytes), from: "GB18030")
    }

    private static func convert(_ data: Data, from encoding: String) -> String? {
        let converter = iconv_open("UTF-8", encoding)
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = data.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: data.count * 2 + 16)
        let converted: Int? = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                var inPointer = inputBuffer.baseAddress
                var inLeft = inputBuffer.count
                var outPointer = outputBuffer.baseAddress
                var outLeft = outputBuffer.count
                guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1, inLeft == 0 else {
                    return nil
                }
                return outputBuffer.count - outLeft
            }
        }
        guard let converted else { return nil }
        return String(decoding: output[0..<converted].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
