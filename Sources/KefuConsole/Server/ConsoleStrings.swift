import Foundation
import KefuCore

/// The console's words in each language (`Strings/en.json`, `Strings/zh.json`, compiled into the
/// binary), and the language a browser asks for.
struct ConsoleStrings: Sendable {
    let tables: [Language: [String: String]]

    init() throws {
        tables = [
            .english: try JSONDecoder().decode([String: String].self, from: Data(PackageResources.en_json)),
            .chinese: try JSONDecoder().decode([String: String].self, from: Data(PackageResources.zh_json)),
        ]
    }

    func table(_ language: Language) -> [String: String] { tables[language] ?? [:] }

    /// `key` in `language` with `{0}`, `{1}`… replaced by `arguments`, and `{N|one|other}` by the word
    /// for argument N's count as in the catalogs; the key itself when a table lacks it
    /// (ConsoleStringsTests keeps the tables' keys equal).
    func text(_ key: String, _ language: Language, _ arguments: any CustomStringConvertible...) -> String {
        Message.fill(tables[language]?[key] ?? key, with: arguments.map(\.description))
    }

    /// Chinese for a browser whose first language it knows is Chinese, English otherwise
    /// (`Accept-Language: zh-CN,zh;q=0.9,en;q=0.8`).
    static func language(acceptLanguage header: String?) -> Language {
        for part in (header ?? "").split(separator: ",") {
            let tag = part.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
            if tag.hasPrefix("zh") { return .chinese }
            if tag.hasPrefix("en") { return .english }
        }
        return .english
    }
}
