import Foundation
import Testing

/// The console speaks Chinese and English: both tables name the same words, and every word a template
/// asks for (`{{t.KEY}}`) or a page says is in them.
@Suite struct ConsoleStringsTests {
    static let module = ShippedBundleTests.repository.appending(path: "Sources/KefuConsole")

    static func table(_ language: String) throws -> [String: String] {
        try JSONDecoder().decode(
            [String: String].self, from: Data(contentsOf: module.appending(path: "Strings/\(language).json")))
    }

    @Test func bothLanguagesHaveEveryWord() throws {
        let english = try Self.table("en")
        let chinese = try Self.table("zh")
        #expect(Set(english.keys) == Set(chinese.keys))
        for (key, text) in chinese {
            #expect(!text.isEmpty, "\(key)")
            // The same placeholders, so no argument is lost in either language.
            let placeholders = { (text: String) in Set((0..<4).filter { text.contains("{\($0)}") }) }
            #expect(placeholders(text) == placeholders(english[key] ?? ""), "\(key)")
        }
    }

    @Test func everyWordAPageUsesIsInTheTables() throws {
        let words = Set(try Self.table("en").keys)
        var used = Set<String>()
        let templates = Self.module.appending(path: "Templates")
        for name in try FileManager.default.contentsOfDirectory(atPath: templates.path) {
            let text = try String(contentsOf: templates.appending(path: name), encoding: .utf8)
            for match in text.matches(of: /\{\{[#^\/]?t\.([A-Za-z.]+)\}\}/) { used.insert(String(match.1)) }
        }
        let pages = Self.module.appending(path: "Pages")
        for name in try FileManager.default.contentsOfDirectory(atPath: pages.path) {
            let text = try String(contentsOf: pages.appending(path: name), encoding: .utf8)
            for match in text.matches(of: /strings\.text\("([A-Za-z.]+)"/) { used.insert(String(match.1)) }
        }
        #expect(used.count > 50)
        #expect(used.subtracting(words).isEmpty, "missing: \(used.subtracting(words).sorted())")
    }
}
