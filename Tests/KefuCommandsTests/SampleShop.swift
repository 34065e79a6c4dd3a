import Foundation
import KefuTestSupport
import Testing

/// A copy of a shipped shop (`Samples/…`, `Bundles/…`) in a folder of its own, synced: what most
/// end-to-end tests start from. The folder lives as long as the value.
struct SampleShop {
    let folder: TemporaryFolder
    let root: URL

    init(_ path: String = "Samples/taobao-apparel", sourceLocation: SourceLocation = #_sourceLocation) throws {
        folder = try TemporaryFolder()
        root = folder.url.appending(path: "shop")
        try FileManager.default.copyItem(at: ShippedBundleTests.repository.appending(path: path), to: root)
        let sync = try KefuBinary.run(["sync"], in: root)
        #expect(sync.status == 0, "\(path): \(sync.standardError)", sourceLocation: sourceLocation)
    }
}
