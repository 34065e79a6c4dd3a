extension String {
    /// The text without the scalars `isTrimmed` accepts at either end; the same string, uncopied, when
    /// there are none (the common case on the answer path, where Foundation's trimming bridged to
    /// NSString for every reply).
    public func trimmingScalars(where isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }),
            let last = scalars.lastIndex(where: { !isTrimmed($0) })
        else { return "" }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }

    /// Without whitespace and line breaks at either end: the same set as Foundation's
    /// `whitespacesAndNewlines`, which is Unicode's White_Space and the zero-width space.
    public func trimmingWhitespace() -> String {
        trimmingScalars { $0.properties.isWhitespace || $0 == "\u{200B}" }
    }
}
