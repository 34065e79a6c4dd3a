import Foundation
import KefuApp
import KefuBundle
import KefuCore

/// The bearer token every `/v1` request must carry: `KEFU_TOKEN` when set, else `.kefu/token`, made on
/// first use (random, mode 600, written atomically) so that only the seller's account can read it.
struct AccessToken: Sendable {
    static let relativePath = ".kefu/token"

    let value: String

    static func resolve(for workspace: Workspace, environment: [String: String]) throws -> AccessToken {
        if let token = environment["KEFU_TOKEN"]?.trimmingCharacters(in: .whitespacesAndNewlines), !token.isEmpty {
            return AccessToken(value: token)
        }
        let url = workspace.root.appending(path: relativePath)
        if FileManager.default.fileExists(atPath: url.path) {
            let token = try String(contentsOf: url, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
            if !token.isEmpty { return AccessToken(value: token) }
        }
        var generator = SystemRandomNumberGenerator()
        let token = Hex.string((0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
        try AtomicFile.write(Data((token + "\n").utf8), to: url, permissions: 0o600)
        return AccessToken(value: token)
    }

    /// Whether `header` (an `Authorization` value) carries this token; compared in constant time, so the
    /// time taken says nothing about how much of a guess was right.
    func accepts(_ header: String?) -> Bool {
        guard let header, header.hasPrefix("Bearer ") else { return false }
        let given = Array(header.dropFirst("Bearer ".count).utf8)
        let expected = Array(value.utf8)
        var difference = UInt8(given.count == expected.count ? 0 : 1)
        for index in expected.indices { difference |= expected[index] ^ (index < given.count ? given[index] : 0) }
        return difference == 0
    }
}
