/// The few Unicode properties the normaliser reads, looked up once for the ASCII range so the common
/// case skips the property tables (see `TextNormaliser.commonKind(of:)`).
struct ScalarKind: Sendable {
    let isWhitespace: Bool
    let category: Unicode.GeneralCategory
    let isMeaningful: Bool
    let lowercase: Unicode.Scalar

    init(isWhitespace: Bool, category: Unicode.GeneralCategory, isMeaningful: Bool, lowercase: Unicode.Scalar) {
        self.isWhitespace = isWhitespace
        self.category = category
        self.isMeaningful = isMeaningful
        self.lowercase = lowercase
    }

    /// From Unicode's own tables, for a scalar whose lower case is one scalar.
    init(_ scalar: Unicode.Scalar) {
        let properties = scalar.properties
        self.init(
            isWhitespace: properties.isWhitespace, category: properties.generalCategory,
            isMeaningful: TextNormaliser.isMeaningful(scalar),
            lowercase: properties.lowercaseMapping.unicodeScalars.first ?? scalar)
    }

    /// Every ASCII scalar's kind, by value.
    static let ascii: [ScalarKind] = (0..<0x80).map { ScalarKind(Unicode.Scalar(UInt8($0))) }
}
