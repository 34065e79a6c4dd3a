import Foundation
import KefuTestSupport
import Testing

@Suite struct InitCommandTests {
    @Test(arguments: ["taobao", "tmall", "1688", "douyin", "aliexpress", "generic"])
    func aNewBundleOfEveryPresetPassesCheck(_ preset: String) throws {
        let folder = try TemporaryFolder()
        let created = try KefuBinary.run(
            ["init", "shop", "--preset", preset, "--name", "测试店"], in: folder.url,
            environment: ["KEFU_PRESETS": KefuBinary.shippedPresets.path])
        #expect(created.status == 0, "\(created.standardError)")
        #expect(created.standardOutput.contains("Created bundle '测试店' in "))
        #expect(created.standardOutput.contains(" from the \(preset) preset."))
        let shop = folder.url.appending(path: "shop")
        let check = try KefuBinary.run(["check", "--strict"], in: shop)
        #expect(check.status == 0, "\(check.standardError)")
        #expect(!check.standardError.contains("warning:"), "\(check.standardError)")
        let test = try KefuBinary.run(["test"], in: shop)
        #expect(test.status == 0, "\(test.standardOutput)")
        #expect(FileManager.default.fileExists(atPath: shop.appending(path: ".kefu/store.sqlite").path))
        let manifest = try String(contentsOf: shop.appending(path: "bundle.yaml"), encoding: .utf8)
        #expect(manifest.contains("platform: '\(preset)'") || manifest.contains("platform: \(preset)"))
        // A picture alone gets words back (asking for the question in text, offering a person), not silence.
        let image = try KefuBinary.run(["chat", "--json"], in: shop, input: ":image\n")
        let reply = try #require(
            try JSONSerialization.jsonObject(with: Data(image.standardOutput.utf8)) as? [String: Any])
        #expect(reply["decision"] as? String == "answer", "\(image.standardOutput)")
        #expect((reply["source"] as? [String: Any])?["id"] as? String == "message-image")
    }

    @Test func theAliExpressPresetSpeaksFiveLanguagesAndChinese() throws {
        let folder = try TemporaryFolder()
        #expect(try KefuBinary.run(["init", "--preset", "aliexpress"], in: folder.url).status == 0)
        let manifest = try folder.read("bundle.yaml")
        #expect(manifest.contains("locales: [en, es, fr, ru, pt, zh-CN]"))
        let templates = try folder.read("templates/templates.yaml")
        for locale in ["en", "es", "fr", "ru", "pt", "zh-CN"] {
            #expect(templates.contains("    \(locale): "), "\(locale)")
        }
    }

    @Test func starterFilesPointEditorsAtSchemasThatExist() throws {
        let folder = try TemporaryFolder()
        #expect(try KefuBinary.run(["init", "--preset", "taobao"], in: folder.url).status == 0)
        for (path, kind) in [
            ("faq/faq.yaml", "faq"), ("rules/rules.yaml", "rule"), ("templates/templates.yaml", "template"),
            ("lexicons/lexicons.yaml", "lexicon"),
        ] {
            let firstLine = try folder.read(path).split(separator: "\n").first.map(String.init)
            #expect(firstLine == "# yaml-language-server: $schema=../.kefu/schema/\(kind).json", "\(path)")
            #expect(
                FileManager.default.fileExists(atPath: folder.url.appending(path: ".kefu/schema/\(kind).json").path))
        }
        // A sync rewrites item files and keeps the line.
        try folder.write(["faq/faq.yaml": try folder.read("faq/faq.yaml") + "- id: a\n  question: 包邮吗\n  answer: 包邮\n"])
        #expect(try KefuBinary.run(["sync"], in: folder.url).status == 0)
        #expect(try folder.read("faq/faq.yaml").hasPrefix("# yaml-language-server: $schema=../.kefu/schema/faq.json"))

        try FileManager.default.removeItem(at: folder.url.appending(path: ".kefu/schema"))
        let schema = try KefuBinary.run(["schema"], in: folder.url)
        #expect(schema.status == 0)
        #expect(schema.standardOutput.split(separator: "\n").count == 8)
        #expect(FileManager.default.fileExists(atPath: folder.url.appending(path: ".kefu/schema/test.json").path))
        #expect(FileManager.default.fileExists(atPath: folder.url.appending(path: ".kefu/schema/reminder.json").path))
    }

    @Test func initRefusesAnExistingBundleAndChangesNothing() throws {
        let folder = try TemporaryFolder()
        #expect(try KefuBinary.run(["init"], in: folder.url).status == 0)
        let before = try folder.snapshot()
        let again = try KefuBinary.run(["init", "--preset", "douyin"], in: folder.url)
        #expect(again.status == 1)
        #expect(again.standardError.contains("already holds a bundle"))
        #expect(try folder.snapshot() == before)
    }

    @Test func theFirstChangesetRecordsTheAuthor() throws {
        let folder = try TemporaryFolder()
        let result = try KefuBinary.run(["init", "--json"], in: folder.url, environment: ["KEFU_AUTHOR": "小王"])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        // The blank test preset: settings, welcome, fallback and a handoff lexicon.
        #expect(json?["items"] as? Int == 4)
        #expect(json?["changeset"] as? Int == 1)
        #expect((json?["id"] as? String).flatMap(UUID.init(uuidString:)) != nil)
    }
}
