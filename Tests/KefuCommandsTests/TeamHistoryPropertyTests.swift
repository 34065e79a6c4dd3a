import Foundation
import KefuBundle
import KefuCore
import KefuStore
import KefuSync
import KefuTestSupport
import PropertyBased
import Testing

@testable import KefuApp

/// Random histories of three team members on one shared folder: edits in their editors, sync, pull, push,
/// archive imports between them, accepted report groups, resolve (ours, theirs, a file) and rollback.
/// Whatever the order, every edit anyone made is in the final items or in a kept revision that a later
/// edit, a resolve, a deletion or a rollback replaced, and each version pulled or imported is credited
/// to the member who made it.
@Suite struct TeamHistoryPropertyTests {
    static let items = ["p0", "p1", "p2"]

    enum Action: Int, CaseIterable {
        case editAnswer, addSimilar, delete, sync, pull, push, importArchive, accept, resolve, rollback
    }

    struct Step: CustomStringConvertible {
        let member: Int
        let action: Action
        let item: Int
        let choice: Int

        var description: String { "m\(member) \(action) p\(item) #\(choice)" }
    }

    static let step = zip(
        Gen.int(in: 0...2), Gen.int(in: 0..<Action.allCases.count), Gen.int(in: 0...2), Gen.int(in: 0...99)
    ).map { drawn in
        Step(member: drawn.0, action: Action(rawValue: drawn.1) ?? .sync, item: drawn.2, choice: drawn.3)
    }

    /// One member: a folder, its store, the shared folder as `origin`.
    struct Member {
        let name: String
        let root: URL
        let store: Store
        let remote: Remote

        var folderSync: FolderSync { FolderSync(root: root, store: store, author: name) }
        var remoteSync: RemoteSync { RemoteSync(root: root, store: store, author: name) }

        /// Changes an item in whichever file holds it, as a person in an editor would (a new item gets a
        /// file of its own); `change` gets the item as the folder has it, or nil, and returns it changed, or
        /// nil to delete it. Returns whether the folder held the item.
        @discardableResult
        func editInFolder(_ id: String, _ change: (BundleItem?) -> BundleItem?) throws -> Bool {
            let bundle = try BundleLoader().loadBundle(at: root)
            let key = ItemKey(kind: .faq, id: ItemID(trusted: id))
            var file =
                bundle.files.first { $0.items.contains(key) } ?? BundleFile(path: "faq/\(id).yaml", kind: .faq)
            var items = bundle.items
            items[key] = change(bundle.items[key])
            if items[key] == nil {
                file.items.removeAll { $0 == key }
            } else if !file.items.contains(key) {
                file.items.append(key)
            }
            let url = root.appending(path: file.path)
            if file.items.isEmpty {
                if FileManager.default.fileExists(atPath: url.path) { try FileManager.default.removeItem(at: url) }
            } else {
                try AtomicFile.write(try BundleWriter().render(file, items: items), to: url)
            }
            return bundle.items[key] != nil
        }
    }

    /// What the history did, for the checks.
    struct Ledger {
        /// Each token written, by whom, into which item, at which step, and whether it was a similar question.
        var tokens: [(token: String, member: String, item: String, step: Int, similar: Bool)] = []
        /// Steps at which an item was deleted, resolved or rolled back anywhere: each may replace any token
        /// of that item written before it.
        var replacements: [(item: String, step: Int)] = []
        /// Tokens each member wrote in the editor since kefu last read their folder.
        var unsynced: [String: [(token: String, item: String, similar: Bool)]] = [:]

        /// An edit the same person overwrote or deleted in their editor before any kefu command read it
        /// was never made as far as kefu can know: it leaves the ledger.
        mutating func overwriteInEditor(by member: String, item: String, answerOnly: Bool) {
            let gone = Set(
                (unsynced[member] ?? []).filter { $0.item == item && (!answerOnly || !$0.similar) }.map(\.token))
            tokens.removeAll { gone.contains($0.token) }
            unsynced[member]?.removeAll { gone.contains($0.token) }
        }

        mutating func write(_ token: String, by member: String, item: String, step: Int, similar: Bool) {
            tokens.append((token, member, item, step, similar))
            unsynced[member, default: []].append((token, item, similar))
        }
        /// Later answers replace earlier ones knowingly: the editor saw the answer it replaced.
        func replaced(_ token: (token: String, member: String, item: String, step: Int, similar: Bool)) -> Bool {
            replacements.contains { $0.item == token.item && $0.step > token.step }
                || (!token.similar
                    && tokens.contains { !$0.similar && $0.item == token.item && $0.step > token.step })
        }
    }

    static func makeTeam(in folder: TemporaryFolder) throws -> [Member] {
        let shared = folder.url.appending(path: "shared")
        let target = RemoteTarget.folder(shared)
        let founderRoot = folder.url.appending(path: "m0")
        var files = BundleFixtures.complete
        for id in items {
            files["faq/\(id).yaml"] = "- id: \(id)\n  question: 问题\(id)?\n  answer: 初始答案\(id)\n"
        }
        for (path, text) in files { try AtomicFile.write(text, to: founderRoot.appending(path: path)) }
        let founderStore = try Store.open(at: founderRoot.appending(path: Store.relativePath))
        let origin = target.remote(named: RemoteClone.originName)
        try founderStore.addRemote(origin)
        let founder = Member(name: "m0", root: founderRoot, store: founderStore, remote: origin)
        _ = try founder.folderSync.run()
        _ = try founder.remoteSync.push(origin)
        var team = [founder]
        for index in 1...2 {
            let root = folder.url.appending(path: "m\(index)")
            let (store, _) = try RemoteClone.clone(target, into: root, author: "m\(index)")
            team.append(Member(name: "m\(index)", root: root, store: store, remote: origin))
        }
        return team
    }

    /// Runs `step`; refusals a person would meet (push behind the remote, conflicts open) are part of life.
    static func run(_ step: Step, index: Int, team: [Member], ledger: inout Ledger) throws {
        let member = team[step.member]
        // Every command below syncs this member's folder first (an import, the exporter's too).
        var readsFolder = ![.editAnswer, .addSimilar, .delete].contains(step.action)
        defer { if readsFolder { ledger.unsynced[member.name] = [] } }
        let id = items[step.item]
        let key = ItemKey(kind: .faq, id: ItemID(trusted: id))
        switch step.action {
        case .editAnswer, .addSimilar:
            let token = "\(step.action == .editAnswer ? "ans" : "sim")-\(member.name)-s\(index)"
            if step.action == .editAnswer { ledger.overwriteInEditor(by: member.name, item: id, answerOnly: true) }
            try member.editInFolder(id) { found in
                var item =
                    found ?? BundleItem(key: key, fields: ["question": .text("问题\(id)?"), "answer": .text("新答案")])
                if step.action == .editAnswer {
                    item.fields["answer"] = .text(token)
                } else {
                    item.fields["similar"] = .list((item.fields["similar"]?.list ?? []) + [.text(token)])
                }
                return item
            }
            ledger.write(token, by: member.name, item: id, step: index, similar: step.action == .addSimilar)
            return
        case .delete:
            guard try member.editInFolder(id, { _ in nil }) else { return }
            ledger.overwriteInEditor(by: member.name, item: id, answerOnly: false)
            ledger.replacements.append((id, index))
            return
        case .sync:
            _ = try member.folderSync.run()
        case .pull:
            _ = try member.remoteSync.pull(member.remote, deletions: DeletionGuard(allowsDeletes: true))
        case .push:
            do {
                _ = try member.remoteSync.push(member.remote, deletions: DeletionGuard(allowsDeletes: true))
            } catch RemoteError.remoteMoved, RemoteError.conflictsOpen {}
        case .importArchive:
            let from = team[(step.member + 1 + step.choice % 2) % 3]
            _ = try from.folderSync.run()
            ledger.unsynced[from.name] = []
            let archive: Data
            do {
                archive = try BundleArchive.export(store: from.store, version: 1, format: .tarGzip, author: from.name)
                    .archive
            } catch BundleArchiveError.conflictsOpen {
                // The other shop could not export; nobody ran the import.
                readsFolder = false
                return
            }
            let contents = try BundleArchive.read(archive)
            var (items, files) = try BundleArchive.itemsToImport(from: try contents.bundle(), asNew: nil)
            _ = try ArchiveImport(folderSync: member.folderSync).run(
                contents, items: &items, files: &files, asNew: nil, withData: false)
        case .accept:
            // An accepted report group: similar questions added to the FAQ as one changeset, then the file.
            _ = try member.folderSync.run()
            guard let stored = try member.store.item(key) else { return }
            var item = try CanonicalForm.item(kind: .faq, canonical: stored.content)
            let token = "acc-\(member.name)-s\(index)"
            item.fields["similar"] = .list((item.fields["similar"]?.list ?? []) + [.text(token)])
            _ = try Workspace(root: member.root).recordSellerEdit(
                item, file: stored.file, in: member.store, operation: .import, source: "report", summary: "accept",
                author: member.name)
            ledger.tokens.append((token, member.name, id, index, true))
        case .resolve:
            _ = try member.folderSync.run()
            guard let conflict = try member.store.conflicts().first else { return }
            let resolution: Resolution
            switch step.choice % 3 {
            case 0: resolution = .ours
            case 1: resolution = .theirs
            default:
                // A careful person's file: every similar question of both sides, and theirs' answer.
                let ours = try conflict.ours.map { try CanonicalForm.item(kind: .faq, canonical: $0) }
                let theirs = try conflict.theirs.map { try CanonicalForm.item(kind: .faq, canonical: $0) }
                guard var written = theirs ?? ours else { return }
                let similar = (ours?.fields["similar"]?.list ?? []) + (theirs?.fields["similar"]?.list ?? [])
                if !similar.isEmpty { written.fields["similar"] = .list(similar) }
                resolution = .item(written)
            }
            try member.store.apply(try resolution.change(for: conflict.key, in: member.store, author: member.name))
            _ = try member.folderSync.run()
            ledger.replacements.append((conflict.itemID, index))
        case .rollback:
            _ = try member.folderSync.run()
            let changesets = try member.store.changesets()
            guard !changesets.isEmpty, let target = changesets[step.choice % changesets.count].id else { return }
            let change = try Rollback.change(to: target, in: member.store, author: member.name)
            try member.store.apply(change)
            _ = try member.folderSync.run()
            for touched in change.puts.map(\.key) + change.deletes {
                ledger.replacements.append((touched.id.rawValue, index))
            }
        }
    }

    @Test func noEditIsLostAndEveryVersionKeepsItsAuthor() async {
        await propertyCheck(count: 40, input: Self.step.array(of: 8...40)) { steps in
            do {
                let folder = try TemporaryFolder("team-history")
                let team = try Self.makeTeam(in: folder)
                var ledger = Ledger()
                for (index, step) in steps.enumerated() {
                    try Self.run(step, index: index + 1, team: team, ledger: &ledger)
                }
                for member in team { _ = try member.folderSync.run() }
                try Self.check(ledger, team: team, steps: steps)
                withExtendedLifetime(folder) {}
            } catch {
                Issue.record("\(error): \(steps)")
            }
        }
    }

    static func check(_ ledger: Ledger, team: [Member], steps: [Step]) throws {
        var current = ""
        var history = ""
        for member in team {
            current += try member.store.allItems().map(\.content).joined(separator: "\n")
            for stored in try member.store.allItems() {
                history += try member.store.revisions(of: stored.key).compactMap(\.content).joined(separator: "\n")
            }
            for id in items {
                history += try member.store.revisions(of: ItemKey(kind: .faq, id: ItemID(trusted: id)))
                    .compactMap(\.content).joined(separator: "\n")
            }
        }
        for token in ledger.tokens {
            let recorded = history.contains("\"\(token.token)\"")
            #expect(recorded, "\(token.token) is in no revision: \(steps)")
            if !current.contains("\"\(token.token)\"") {
                #expect(ledger.replaced(token), "\(token.token) vanished without a replacement: \(steps)")
            }
        }
        // A version someone made on their own machine (their sync, or an accepted group) is credited to
        // them wherever a pull or an import brought it as it was. A rollback or a resolve that restores the same
        // content is its own act, by whoever did it, so those versions are left out.
        var madeBy: [String: Set<String>] = [:]
        var restored: Set<String> = []
        var brought: [(hash: String, author: String, member: String)] = []
        for member in team {
            for changeset in try member.store.changesets() {
                guard let id = changeset.id else { continue }
                for revision in try member.store.revisions(inChangeset: id) where revision.side == nil {
                    guard let hash = revision.hash else { continue }
                    switch changeset.operation {
                    case .sync where changeset.author == member.name, .import where changeset.source == "report":
                        madeBy[hash, default: []].insert(member.name)
                    case .rollback, .resolve:
                        restored.insert(hash)
                    case .pull, .import:
                        // A version taken as the other side had it names its maker; one merged from both
                        // sides is by whoever merged (the changeset's author) and may equal by chance a
                        // version someone else made, so only the former are checked.
                        guard let author = revision.author else { continue }
                        brought.append((hash, author, member.name))
                    default: break
                    }
                }
            }
        }
        for version in brought {
            guard !restored.contains(version.hash), let makers = madeBy[version.hash], makers.count == 1,
                let maker = makers.first
            else { continue }
            #expect(
                version.author == maker,
                "\(version.member) credits \(version.hash.prefix(8)) to \(version.author), made by \(maker): \(steps)")
        }
    }
}
