import Foundation
import KefuTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A bundle folder's links and odd files are refused with their path, never followed out of the bundle
/// and never taken as "no items": a link to a private file is not read (nor shown in an error), a link
/// that loops ends at once, a named pipe is called one, and nothing reaches the store.
@Suite struct HostileFolderTests {
    private func syncedShop() throws -> (TemporaryFolder, StoreContents) {
        let folder = try TemporaryFolder("hostile-folder")
        try folder.write(BundleFixtures.complete)
        #expect(try KefuBinary.run(["sync"], in: folder.url).status == 0)
        return (folder, try StoreContents(bundle: folder.url))
    }

    /// `check` and `sync` both refuse, naming `path`, and the store stays as it was.
    private func expectRefused(_ folder: TemporaryFolder, _ stored: StoreContents, path: String, saying words: String)
        throws
    {
        for command in ["check", "sync"] {
            let result = try KefuBinary.run([command], in: folder.url)
            #expect(result.status == 65, "\(command): \(result.standardError)")
            #expect(
                result.standardError.contains("\(path):1:1: error: \(words)"), "\(command): \(result.standardError)")
            #expect(!result.standardError.contains("13812345678"), "the private file is never read")
        }
        #expect(try StoreContents(bundle: folder.url) == stored)
    }

    @Test func aLinkToAFileOutsideTheBundleIsRefused() throws {
        let (folder, stored) = try syncedShop()
        let outside = try TemporaryFolder("private")
        try outside.write(["secret.yaml": "- id: secret\n  question: 手机\n  answer: 13812345678\n"])
        try FileManager.default.createSymbolicLink(
            atPath: folder.url.appending(path: "faq/leak.yaml").path,
            withDestinationPath: outside.url.appending(path: "secret.yaml").path)
        try expectRefused(
            folder, stored, path: "faq/leak.yaml",
            saying: "is a link to \(outside.url.resolvingSymlinksInPath().path)/secret.yaml, outside the bundle")
    }

    @Test func linksThatLoopEndAtOnce() throws {
        let (folder, stored) = try syncedShop()
        let real = folder.url.appending(path: "faq/real")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        for name in ["a", "b"] {
            try FileManager.default.createSymbolicLink(
                atPath: real.appending(path: name).path, withDestinationPath: "..")
        }
        try expectRefused(folder, stored, path: "faq/real/a", saying: "is a link to a folder or to nothing")
    }

    @Test func aNamedPipeIsCalledOne() throws {
        let (folder, stored) = try syncedShop()
        #expect(mkfifo(folder.url.appending(path: "faq/pipe.yaml").path, 0o644) == 0)
        try expectRefused(folder, stored, path: "faq/pipe.yaml", saying: "is not a file (a named pipe)")
    }

    /// A link to a file inside the bundle is an ordinary way to share one file between two places, and
    /// links beside the bundle's own files (to the shop's photos, say) are none of kefu's business.
    @Test func aLinkInsideTheBundleIsFollowedAndOthersAreLeftAlone() throws {
        let (folder, _) = try syncedShop()
        try FileManager.default.createSymbolicLink(
            atPath: folder.url.appending(path: "photos").path, withDestinationPath: "/nonexistent/photos")
        try FileManager.default.createSymbolicLink(
            atPath: folder.url.appending(path: "README.md").path, withDestinationPath: "/etc/hostname")
        try folder.write(["shared/more.yaml": "- id: gift\n  question: 有赠品吗\n  answer: 有的~\n"])
        try FileManager.default.createSymbolicLink(
            atPath: folder.url.appending(path: "faq/more.yaml").path, withDestinationPath: "../shared/more.yaml")
        let sync = try KefuBinary.run(["sync"], in: folder.url)
        #expect(sync.status == 0, "\(sync.standardError)")
        #expect(try KefuBinary.run(["show", "faq/gift"], in: folder.url).standardOutput.contains("有的~"))
    }
}
