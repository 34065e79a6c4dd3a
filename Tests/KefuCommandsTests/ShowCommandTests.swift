import Foundation
import KefuTestSupport
import Testing

@Suite struct ShowCommandTests {
    private func initialised() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let result = try KefuBinary.run(["init", "--preset", "taobao", "--name", "示例女装店"], in: folder.url)
        #expect(result.status == 0)
        return folder
    }

    @Test func showsAnItemAsStoredWithItsPlaceAndRevision() throws {
        let folder = try initialised()
        let result = try KefuBinary.run(["show", "template/fallback"], in: folder.url)
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n")
        #expect(
            lines.first?.hasPrefix("# template/fallback · templates/templates.yaml:3 · revision 1 · sha256 ") == true)
        #expect(lines.dropFirst().first == "id: fallback")
        #expect(lines.dropFirst(2).first?.hasPrefix("text: 亲,这个问题我还在学习中") == true)
    }

    @Test func showsTheSettingsAsJSON() throws {
        let folder = try initialised()
        let result = try KefuBinary.run(["show", "bundle", "--json"], in: folder.url)
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        let content = json?["content"] as? [String: Any]
        #expect(content?["name"] as? String == "示例女装店")
        #expect(content?["platform"] as? String == "taobao")
        #expect((json?["hash"] as? String)?.count == 64)
        #expect(json?["revision"] as? Int == 1)
    }

    @Test func anUnknownItemSuggestsTheNearestOne() throws {
        let folder = try initialised()
        let result = try KefuBinary.run(["show", "template/welcom"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.standardError == "error: no item template/welcom in the store; did you mean template/welcome?\n")
    }

    @Test func aMalformedItemNameIsAUsageError() throws {
        let folder = try initialised()
        let result = try KefuBinary.run(["show", "templates:welcome"], in: folder.url)
        #expect(result.status == 64)
        #expect(result.standardError.contains("'templates:welcome' is not KIND/ID"))
    }

    @Test func withoutAStoreSaysHowToMakeOne() throws {
        let folder = try TemporaryFolder()
        try folder.write(BundleFixtures.complete)
        let result = try KefuBinary.run(["show", "faq/shipping-time"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.standardError.contains("run 'kefu sync' to create it"))
    }

    @Test func unknownOptionsAreUsageErrors() throws {
        let folder = try TemporaryFolder()
        #expect(try KefuBinary.run(["check", "--frobnicate"], in: folder.url).status == 64)
        #expect(try KefuBinary.run(["init", "--preset", "jd"], in: folder.url).status == 64)
    }

    @Test func versionNamesTheLibraries() throws {
        let folder = try TemporaryFolder()
        let result = try KefuBinary.run(["--version"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("kefu 0.1.0 (SQLite 3."))
        #expect(result.standardOutput.contains("libarchive"))
        #expect(result.standardOutput.contains("libedit"))
    }
}
