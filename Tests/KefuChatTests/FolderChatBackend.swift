import Foundation
import KefuBundle
import KefuChat
import KefuCore
import KefuSync
import KefuTestSupport

/// A chat backend on a bundle folder without a store: loading reads the folder, and `:reload` reads
/// it again, as a sync would bring the edits into the store.
final class FolderChatBackend: ChatBackend {
    let folder: TemporaryFolder
    private(set) var reloads = 0

    init() throws { folder = try FixtureShop.copy() }

    var root: URL { folder.url }

    func load() throws -> ChatContent {
        let bundle = try BundleLoader().loadBundle(at: root)
        return ChatContent(records: bundle.contentRecords(), shop: FixtureShop.shopData(in: root))
    }

    func reload() throws -> ChatReload {
        reloads += 1
        return ChatReload(summary: [Message(.syncNothing)], content: try load())
    }
}
