import Foundation

/// How kefu writes JSON for people and programs, the same from a command (`--json`, JSON Lines) and
/// from the HTTP bridge: sorted keys (stable diffs), slashes as they are (`faq/presale.yaml`), and times
/// in ISO 8601.
public enum JSONOutput {
    public static func encoder(pretty: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }
}
