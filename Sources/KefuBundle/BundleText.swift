import Foundation
import KefuCore

/// Turns a bundle file's bytes into text: UTF-8 only (a byte-order mark is dropped), with the exact
/// place of the first invalid byte when it is not.
enum BundleText {
    static func decode(_ data: Data, path: String) -> Result<String, Diagnostic> {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) {
            return .success(text)
        }
        return .failure(.error(Message(.invalidUTF8), at: firstInvalidByte(in: bytes, path: path)))
    }

    /// The line and column (in Unicode scalars, as YAML positions count) of the first invalid byte.
    private static func firstInvalidByte(in bytes: Data.SubSequence, path: String) -> SourceLocation {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var line = 1
        var column = 1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count == 1, encoded.first == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .error, .emptyInput:
                return SourceLocation(file: path, line: line, column: column)
            }
        }
    }
}
