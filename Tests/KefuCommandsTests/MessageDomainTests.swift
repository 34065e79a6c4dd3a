import Foundation
import KefuApp
import KefuBundle
import KefuChat
import KefuCommands
import KefuCore
import KefuEngine
import KefuQuality
import KefuServer
import KefuSync
import Testing

/// Each module owns its sentences (`Sources/MODULE/Messages/`): every key a module declares has words
/// in every language, with the same placeholders, and no two modules declare the same name.
@Suite struct MessageDomainTests {
    static let domains: [String: any MessageDomain.Type] = [
        "CoreMessages": CoreMessages.self, "BundleMessages": BundleMessages.self, "SyncMessages": SyncMessages.self,
        "EngineMessages": EngineMessages.self, "ChatMessages": ChatMessages.self,
        "QualityMessages": QualityMessages.self, "AppMessages": AppMessages.self,
        "ServerMessages": ServerMessages.self, "CommandMessages": CommandMessages.self,
    ]

    /// Every `static let NAME = MessageKey("NAME", in: DOMAIN.self)` of the sources, read from the files.
    static let declared: [(name: String, domain: String, file: String)] = {
        let sources = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../../Sources")
            .standardizedFileURL
        let pattern = /static let (\w+) = MessageKey\("(\w+)", in: (\w+)\.self\)/
        var found: [(String, String, String)] = []
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard file.lastPathComponent.hasPrefix("MessageKey+"),
                let text = try? String(contentsOf: file, encoding: .utf8)
            else { continue }
            for match in text.matches(of: pattern) {
                #expect(match.1 == match.2, "\(file.lastPathComponent): \(match.1) is declared as \(match.2)")
                found.append((String(match.1), String(match.3), file.lastPathComponent))
            }
        }
        return found
    }()

    /// Before: "1 conflicts are open", "1 notes", "1 items to push". `{N|one|other}` picks the word by count.
    @Test func englishCountsTakeTheirPlural() {
        #expect(
            Message(.pushConflictsOpen, 1).text(in: .english)
                == "1 conflict is open; resolve it (see 'kefu conflicts') before pushing")
        #expect(
            Message(.pushConflictsOpen, 3).text(in: .english)
                == "3 conflicts are open; resolve them (see 'kefu conflicts') before pushing")
        #expect(Message(.pushConflictsOpen, 1).text(in: .chinese).contains("1 个"))
        #expect(!Message(.pushConflictsOpen, 1).text(in: .chinese).contains("|"))
    }

    /// A count followed by a plural noun ("{0} items") says "1 items" when the count is one: every such
    /// English sentence, in the catalogs and the console's table, takes `{N|one|other}`. Limits ("more
    /// than {0} entries") are never one and are not counts of things shown; two sentences put a name there.
    @Test func noEnglishCountIsFollowedByAFixedPlural() throws {
        let nouns =
            /\{\d\} (items|files|edits|lines|messages|turns|conversations|conflicts|notes|errors|warnings|rows|ratings|questions|changes|sessions|tickets)\b/
        var fixed: [String] = []
        for (name, domain) in Self.domains {
            // A kind's name ("a list of faq items") and a log's name ("no message of chat.log changes").
            let named: Set<String> = ["expectedItemList", "replayCompareNone"]
            for (key, text) in domain.table(for: .english) where text.contains(nouns) && !named.contains(key.name) {
                fixed.append("\(name).\(key.name): \(text)")
            }
        }
        let console = URL(filePath: #filePath).deletingLastPathComponent()
            .appending(path: "../../Sources/KefuConsole/Strings/en.json")
        let table = try JSONDecoder().decode([String: String].self, from: Data(contentsOf: console))
        for (key, text) in table where text.contains(nouns) { fixed.append("console \(key): \(text)") }
        #expect(fixed.isEmpty, "\(fixed.sorted())")
    }

    @Test func everyModuleDeclaresItsKeysAndEveryNameIsUnique() {
        // Five modules have sentences of their own, and the command line the most.
        #expect(Set(Self.declared.map(\.domain)) == Set(Self.domains.keys))
        #expect(Self.declared.count > 400)
        let names = Dictionary(grouping: Self.declared, by: \.name).filter { $0.value.count > 1 }
        #expect(names.isEmpty, "declared twice: \(names.keys.sorted())")
    }

    @Test(arguments: Language.allCases)
    func everyDeclaredKeyHasWordsInEveryLanguage(_ language: Language) throws {
        for key in Self.declared {
            let domain = try #require(Self.domains[key.domain], "\(key.file): unknown domain \(key.domain)")
            let text = domain.table(for: language)[MessageKey(key.name, in: domain)]
            #expect(text?.isEmpty == false, "\(key.domain) lacks \(key.name) in \(language)")
        }
    }

    @Test func everyTableHoldsOnlyDeclaredKeysWithTheSamePlaceholders() {
        let declared = Dictionary(grouping: Self.declared, by: \.domain).mapValues { Set($0.map(\.name)) }
        for (name, domain) in Self.domains {
            let english = domain.table(for: .english)
            for language in Language.allCases {
                let table = domain.table(for: language)
                #expect(Set(table.keys.map(\.name)) == declared[name], "\(name) in \(language)")
                for (key, text) in table {
                    #expect(
                        Self.placeholders(in: text) == Self.placeholders(in: english[key] ?? ""),
                        "\(name).\(key) in \(language)")
                }
            }
        }
    }

    static func placeholders(in text: String) -> Set<String> {
        Set(text.matches(of: /\{(\d+)\}/).map { String($0.1) })
    }
}
