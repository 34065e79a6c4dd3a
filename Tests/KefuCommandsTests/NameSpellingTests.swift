import Foundation
import KefuTestSupport
import Testing

/// File names are one name however they are spelled: `café.yaml` composed (NFC) and decomposed (NFD),
/// as a Mac may write it. Before: both spellings in one folder made every sync repeat "modified", and a
/// pulled change to a file spelled the other way never reached it. Archive names with ESC or RLO in
/// them were created and printed as they were.
@Suite struct NameSpellingTests {
    static let composed = "faq/caf\u{E9}.yaml"
    static let decomposed = "faq/cafe\u{301}.yaml"

    @Test func oneNameInTwoSpellingsIsAnError() throws {
        let shop = try FixtureShop.copy()
        #expect(try KefuBinary.run(["sync"], in: shop.url).status == 0)
        try Data("- id: cafe-1\n  question: 有咖啡吗\n  answer: 有~\n".utf8).write(
            to: shop.url.appending(path: Self.composed))
        try Data("- id: cafe-2\n  question: 有拿铁吗\n  answer: 有~\n".utf8).write(
            to: shop.url.appending(path: Self.decomposed))
        let store = try StoreContents(bundle: shop.url)
        let sync = try KefuBinary.run(["sync"], in: shop.url)
        #expect(sync.status == 65)
        #expect(sync.standardError.contains("spelled composed (NFC) and decomposed (NFD)"), "\(sync.standardError)")
        #expect(try StoreContents(bundle: shop.url) == store)
    }

    @Test func aPulledChangeReachesTheFileAsTheFolderSpellsIt() throws {
        let (shared, target) = try RemoteScenarioTests.makeRemote(.folder)
        defer { _ = shared }
        let wang = try TeamMember("xiaowang")
        let li = try TeamMember("xiaoli")
        try wang.succeed(["init", wang.root.path, "--name", "咖啡店"])
        try wang.write(Self.composed, "- id: latte\n  question: 有拿铁吗\n  answer: 有~\n")
        try wang.succeed(["remote", "add", "origin", target])
        try wang.succeed(["push"])
        try li.succeed(["clone", target, li.root.path])
        // Li's machine keeps the name decomposed.
        try FileManager.default.moveItem(
            at: li.root.appending(path: Self.composed), to: li.root.appending(path: Self.decomposed))
        try li.succeed(["sync"])

        try wang.edit(Self.composed, replacing: "answer: 有~", with: "answer: 有,燕麦拿铁也有~")
        try wang.succeed(["push"])
        try li.succeed(["pull"])
        let names = try FileManager.default.contentsOfDirectory(atPath: li.root.appending(path: "faq").path)
        #expect(names.filter { $0.hasPrefix("caf") }.map { Array($0.utf8) } == [Array("cafe\u{301}.yaml".utf8)])
        let text = try String(contentsOf: li.root.appending(path: Self.decomposed), encoding: .utf8)
        #expect(text.contains("燕麦拿铁也有"))
        for _ in 0..<2 {
            #expect(try li.succeed(["sync"]).standardOutput.contains("Nothing to sync"))
        }
    }

    @Test(arguments: ["shop\u{1B}[31m.kefu", "evil\u{202E}zyx.kefu", "two\nlines.kefu"])
    func anArchiveNameWithControlCharactersIsRefused(_ name: String) throws {
        let shop = try FixtureShop.copy()
        #expect(try KefuBinary.run(["sync"], in: shop.url).status == 0)
        let outside = try TemporaryFolder("archives")
        let path = outside.url.appending(path: name).path
        let export = try KefuBinary.run(["export", path], in: shop.url)
        #expect(export.status == 64)
        #expect(export.standardError.contains("control or direction-changing character"))
        #expect(!export.standardError.contains("\u{1B}[31m") && !export.standardError.contains("\u{202E}"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.url.path).isEmpty)
        #expect(try KefuBinary.run(["import", path], in: shop.url).status == 64)
    }
}
