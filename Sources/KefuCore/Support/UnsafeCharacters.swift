/// Characters that must not reach a terminal or a file name unseen: control characters (a newline ends
/// a log line, ESC starts a terminal sequence) and the bidirectional overrides and isolates that make
/// `evil‮txt.kefu` read as something else.
public enum UnsafeCharacters {
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control || (0x202A...0x202E).contains(scalar.value)
            || (0x2066...0x2069).contains(scalar.value)
    }

    /// Whether `text` holds any of them.
    public static func found(in text: String) -> Bool {
        text.unicodeScalars.contains(where: isUnsafe)
    }

    /// At most 300 characters of `text`, with control and format characters written as escapes, so a
    /// hostile name or target cannot rewrite the terminal it is printed on.
    public static func escaped(_ text: String) -> String {
        String(
            text.unicodeScalars.prefix(300).flatMap { scalar -> String in
                scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format
                    ? scalar.escaped(asASCII: true) : String(scalar)
            })
    }
}
