import Foundation
import KefuBundle
import KefuCore
import KefuStore
import KefuSync
import KefuTestSupport
import Testing

/// A clone records the folder as agreeing with the remote without reading back the files it wrote;
/// what it records must be what reading them back would give.
@Suite struct CloneAgreementTests {
    /// Each folder baseline entry's hash and place.
    private func folderBaseline(_ store: Store) throws -> [ItemKey: String] {
        try store.baseline(of: FolderSync.source).mapValues { "\($0.hash) \($0.file ?? "-"):\($0.line ?? 0)" }
    }

    @Test func aClonesFolderBaselineIsWhatReadingTheFolderGives() throws {
        let fixture = try SyncFixture()
        let shared = try TemporaryFolder()
        let target = RemoteTarget.folder(shared.url.appending(path: "rules"))
        let remote = target.remote(named: "origin")
        try fixture.store.addRemote(remote)
        _ = try RemoteSync(root: fixture.root, store: fixture.store, author: "小王").push(remote)

        let place = try TemporaryFolder()
        let (store, report) = try RemoteClone.clone(target, into: place.url.appending(path: "shop"), author: "小李")
        let root = place.url.appending(path: "shop")
        #expect(report.after.isEmpty)
        let recorded = try folderBaseline(store)
        #expect(recorded.count == (try store.allKeys().count))
        #expect(try store.keysChangedSinceBaseline(of: FolderSync.source).isEmpty)

        // Forget every file's state, so a sync reads the whole folder back and records what it finds.
        try store.completePendingWrites([], fileStates: [], forget: Array(try store.fileStates().keys))
        let readBack = try FolderSync(root: root, store: store, author: "小李").run()
        #expect(readBack.intoStore.isEmpty && readBack.intoFolder.isEmpty && readBack.conflicts.isEmpty)
        #expect(try folderBaseline(store) == recorded)
    }
}
