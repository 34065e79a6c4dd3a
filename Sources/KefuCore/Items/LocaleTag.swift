import Foundation

/// A BCP 47 language tag as bundles use them (`zh-CN`, `en`, `pt-BR`, `zh-Hant-TW`), in standard casing.
public struct LocaleTag: Hashable, Sendable, CustomStringConvertible {
    /// The language subtag, lower-case: `zh`, `en`.
    public let language: String
    /// The other subtags in standard casing: scripts title-case, regions upper-case.
    public let subtags: [String]

    public init?(parsing text: String) {
        let parts = text.replacingOccurrences(of: "_", with: "-").split(
            separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy(\.isASCIILetterOrDigit),
            first.allSatisfy(\.isLetter)
        else { return nil }
        var subtags: [String] = []
        for part in parts.dropFirst() {
            guard (2...8).contains(part.count), part.allSatisfy(\.isASCIILetterOrDigit) else { return nil }
            switch part.count {
            case 2 where part.allSatisfy(\.isLetter): subtags.append(part.uppercased())
            case 4 where part.allSatisfy(\.isLetter):
                subtags.append(part.prefix(1).uppercased() + part.dropFirst().lowercased())
            default: subtags.append(part.lowercased())
            }
        }
        self.language = first.lowercased()
        self.subtags = subtags
    }

    public var description: String { ([language] + subtags).joined(separator: "-") }
}

extension Character {
    fileprivate var isASCIILetterOrDigit: Bool {
        isASCII && (isLetter || isNumber)
    }
}
