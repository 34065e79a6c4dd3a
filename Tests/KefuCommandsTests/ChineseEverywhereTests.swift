import Foundation
import KefuTestSupport
import Testing

@testable import KefuCommands

/// In `zh-CN`, every command's `--help` and a failing call of each print no English sentence: names,
/// codes, options and the `N passed, N failed` line that CI tools read are allowed. The commands hidden
/// from help (`generate-bundle`, `evaluate-clinc150`) are included: whoever measures kefu reads them too.
@Suite struct ChineseEverywhereTests {
    static let commands: [String] = KefuCommand.configuration.subcommands.map { $0.configuration.commandName ?? "" }

    /// Runs of three or more English words: what a sentence looks like, once names are set aside (text
    /// in quotes or backticks, options, placeholders, paths, item keys).
    static func englishSentences(in text: String) -> [String] {
        let cleaned =
            text
            .replacing(#/'[^'\n]*'|`[^`\n]*`|“[^”\n]*”|"[^"\n]*"/#, with: " ")
            .replacing(
                #/--?[A-Za-z][\w-]*|<[^>\n]*>|\[[^\]\n]*\]|[\w.-]*\/[\w.\/-]*|\d+ passed, \d+ failed/#, with: " "
            )
            .replacing(#/kefu(?: [a-z][a-z0-9-]*)*/#, with: " ")
        return cleaned.matches(of: #/[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}/#).map { String($0.output) }
    }

    @Test func theHelpOfEveryCommandIsChinese() throws {
        let folder = try TemporaryFolder()
        var found: [String: [String]] = [:]
        for command in [[]] + Self.commands.map({ [$0] }) {
            let result = try KefuBinary.run(["--lang", "zh-CN"] + command + ["--help"], in: folder.url)
            #expect(result.status == 0, "\(command)")
            let english = Self.englishSentences(in: result.standardOutput + result.standardError)
            if !english.isEmpty { found[command.joined(separator: " ")] = english }
        }
        #expect(found.isEmpty, "\(found)")
    }

    @Test func aFailingCallOfEveryCommandIsChinese() throws {
        let folder = try TemporaryFolder()
        var found: [String: [String]] = [:]
        for command in Self.commands {
            for arguments in [[command, "--no-such-option"], [command, "x", "y", "z", "w"]] {
                let result = try KefuBinary.run(["--lang", "zh-CN"] + arguments, in: folder.url)
                guard result.status != 0 else { continue }
                let english = Self.englishSentences(in: result.standardError)
                if !english.isEmpty { found[arguments.joined(separator: " ")] = english }
            }
        }
        #expect(found.isEmpty, "\(found)")
    }

    @Test func anUnsupportedLanguageSaysWhichThereAre() throws {
        let folder = try TemporaryFolder()
        let result = try KefuBinary.run(["--lang", "fr", "status"], in: folder.url)
        #expect(result.status == 64)
        #expect(result.standardError.contains("kefu does not speak 'fr': use --lang en (English) or --lang zh-CN (中文)"))
    }

    /// Before: `added` and `modified` in a zh-CN `kefu status`, and "1 notes" in English.
    @Test func statusWordsAreTranslatedAndEnglishCountsAgree() throws {
        let sample = try SampleShop()
        let shop = sample.root
        let file = shop.appending(path: "faq/presale.yaml")
        try (try String(contentsOf: file, encoding: .utf8)).replacingOccurrences(of: "全国包邮", with: "全国包邮哦")
            .write(to: file, atomically: true, encoding: .utf8)
        let status = try KefuBinary.run(["--lang", "zh-CN", "status"], in: shop)
        #expect(status.standardOutput.contains("修改      faq/shipping-fee"), "\(status.standardOutput)")
        #expect(Self.englishSentences(in: status.standardOutput).isEmpty)
        let check = try KefuBinary.run(["check", "--now", "2026-11-01 10:00"], in: shop)
        #expect(check.standardOutput == "0 errors, 0 warnings, 1 note\n", "\(check.standardOutput)")
    }

    /// Before: the comments heading a conflict file were English whatever the seller's language.
    @Test func aConflictFileSaysWhatToDoInTheSellersLanguage() throws {
        let (shared, target) = try RemoteScenarioTests.makeRemote(.folder)
        let wang = try RemoteScenarioTests.founder(pushingTo: target)
        let li = try TeamMember("xiaoli")
        try li.succeed(["clone", target, li.root.path])
        try wang.edit("faq/faq.yaml", replacing: "48小时内发货", with: "24小时内发货")
        try wang.succeed(["push"])
        try li.edit("faq/faq.yaml", replacing: "48小时内发货", with: "当天发货")
        try li.succeed(["--lang", "zh-CN", "pull"])
        let text = try String(
            contentsOf: li.root.appending(path: "conflicts/faq-shipping-time.yaml"), encoding: .utf8)
        #expect(text.hasPrefix("# kefu:合并 origin 时发现 faq/shipping-time 有冲突(answer)。\n"), "\(text)")
        #expect(text.contains("#   kefu resolve faq/shipping-time --theirs\n"))
        #expect(
            Self.englishSentences(in: text.split(separator: "\n").filter { $0.hasPrefix("#") }.joined(separator: "\n"))
                .isEmpty)
        withExtendedLifetime(shared) {}
    }

    /// Before: the `.gitignore` of a new shop, a clone and an imported archive explained itself in English.
    @Test func theIgnoreFileSpeaksTheSellersLanguage() throws {
        let folder = try TemporaryFolder()
        let shop = folder.url.appending(path: "shop")
        let result = try KefuBinary.run(["--lang", "zh-CN", "init", shop.path, "--preset", "taobao"], in: folder.url)
        #expect(result.status == 0, "\(result.standardError)")
        let text = try String(contentsOf: shop.appending(path: ".gitignore"), encoding: .utf8)
        #expect(text == "# 本地存储及其状态;每位同事各有一份。\n.kefu/\n# 未解决的冲突,由存储写出,解决后删除。\nconflicts/\n")
        let english = try KefuBinary.run(
            ["init", folder.url.appending(path: "en").path, "--preset", "taobao"], in: folder.url)
        #expect(english.status == 0)
        let englishText = try String(contentsOf: folder.url.appending(path: "en/.gitignore"), encoding: .utf8)
        #expect(englishText.hasPrefix("# The local store and its state; every colleague has their own.\n.kefu/\n"))
    }
}
