import Foundation

/// `kefu-manifest.json`, the first entry of every bundle archive: which shop exported it, when and
/// by whom, and the SHA-256 of every other file, so a damaged or altered archive is refused.
public struct ArchiveManifest: Codable, Equatable, Sendable {
    public static let fileName = "kefu-manifest.json"

    public var format: Int
    /// The exporting shop's bundle id: the source an import merges from.
    public var bundleID: String
    public var shop: String
    public var version: Int
    public var exportedAt: Date
    public var exportedBy: String
    /// Path → SHA-256 (hex) of each file in the archive, this manifest aside.
    public var files: [String: String]

    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
