import Foundation
import KefuBundle
import KefuCore
import KefuStore

/// The working state of one sync's apply step: which files to write, their new text, and what the
/// store and the baseline must record.
struct SyncWork {
    let plan: SyncPlan
    let root: URL
    let store: Store
    /// Who the folder's edits are by.
    let author: String
    let fileCalls: any FileWriteCalls
    /// Field positions are for diagnostics; what a sync records is where each item starts.
    private let loader = BundleLoader(recordsFieldLocations: false)
    private let writer = BundleWriter()

    /// New text per bundle-relative path; `nil` text removes the file.
    private(set) var output: [String: String?] = [:]
    /// The hash each target had when it was read (`nil` for a file that did not exist).
    private var expectedHash: [String: String?] = [:]
    /// Where each item will sit in the folder after the write. An item that reads back as exactly its
    /// merge's result is remembered by position only (a sync writing 100,000 pulled items would
    /// otherwise hold each one twice); any other keeps the item as read.
    private var placedAt: [ItemKey: SourceLocation] = [:]
    private var placedItems: [ItemKey: BundleItem] = [:]
    private var placedFile: [ItemKey: String] = [:]
    private var temporaries: [String: String] = [:]
    private(set) var skipped: Set<String> = []
    private(set) var warnings: [Diagnostic] = []
    /// The merges whose results go to each file, as positions in `plan.sortedMerges` (copies of the merges
    /// themselves would cost a large sync tens of megabytes).
    private var arrivals: [String: [Int]] = [:]

    init(plan: SyncPlan, root: URL, store: Store, author: String, fileCalls: any FileWriteCalls) {
        self.plan = plan
        self.root = root
        self.store = store
        self.author = author
        self.fileCalls = fileCalls
    }

    /// Where the result of a merge belongs in the folder: where the folder has it, else where it
    /// was, else where the store files it, else the default file of its kind.
    func targetFile(for merge: PlannedMerge) -> String {
        if merge.key == .bundleSettings { return BundleLayout.manifestFile }
        for file in [merge.theirsFile, merge.baseFile].compactMap({ $0 })
        where plan.scan.present[file] != nil || output[file] != nil {
            return file
        }
        // Where the store files it, even a file that does not exist yet (an import's own file, a
        // file a rollback brings back), as long as it is a place for that kind of item.
        if let file = merge.oursFile, BundleLayout.kind(ofFile: file) == merge.key.kind { return file }
        return merge.key.kind.defaultFile
    }

    // MARK: Rendering

    mutating func renderFolder() throws {
        var touchedFiles: Set<String> = []
        for merge in plan.sortedMerges where merge.changesFolder {
            if let file = merge.theirsFile { touchedFiles.insert(file) }
            if merge.merge.result != nil { touchedFiles.insert(targetFile(for: merge)) }
        }
        // Which results go to which file, worked out once rather than per file.
        for (position, merge) in plan.sortedMerges.enumerated() where merge.changesFolder && merge.merge.result != nil {
            arrivals[targetFile(for: merge), default: []].append(position)
        }
        for path in touchedFiles.sorted() {
            if path == BundleLayout.manifestFile {
                try renderManifest()
            } else {
                try renderItemFile(path)
            }
        }
        try renderConflictFiles()
    }

    private mutating func renderManifest() throws {
        guard let settings = plan[.bundleSettings]?.merge.result else { return }
        var manifest = plan.manifest
        manifest.settings = settings
        let text = try writer.render(manifest)
        output[BundleLayout.manifestFile] = text
        expectedHash[BundleLayout.manifestFile] = plan.scan.read(BundleLayout.manifestFile)?.hash
        placedAt[.bundleSettings] = SourceLocation(file: BundleLayout.manifestFile)
        placedFile[.bundleSettings] = BundleLayout.manifestFile
    }

    private mutating func renderItemFile(_ path: String) throws {
        guard let kind = BundleLayout.kind(ofFile: path) else { return }
        // The file as it is now: read during the scan, read now, or not there yet.
        var current = BundleFile(path: path, kind: kind)
        var items: [ItemKey: BundleItem] = [:]
        if let read = plan.scan.read(path) {
            current = read.reading.file ?? current
            for item in read.reading.items { items[item.key] = item }
            expectedHash[path] = read.hash
        } else if plan.scan.present[path] != nil {
            // Not read by the scan: the plan assumed it holds what it held at the last sync.
            let data = try Data(contentsOf: root.appending(path: BundleFolder.onDisk(path, in: root)))
            expectedHash[path] = plan.scan.rememberedHash[path]
            guard ByteHash.of(data) == plan.scan.rememberedHash[path] else { return }
            if let reading = loader.readFile(path, data: data), reading.isValid {
                current = reading.file ?? current
                for item in reading.items { items[item.key] = item }
            }
        } else {
            expectedHash[path] = .some(nil)
        }

        var keys: [ItemKey] = []
        for key in current.items {
            if let merge = plan[key] {
                guard let result = merge.merge.result, targetFile(for: merge) == path else { continue }
                items[key] = result
            }
            keys.append(key)
        }
        let present = Set(keys)
        for position in arrivals.removeValue(forKey: path) ?? [] {
            let merge = plan.sortedMerges[position]
            guard !present.contains(merge.key) else { continue }
            keys.append(merge.key)
            items[merge.key] = merge.merge.result
        }
        var file = current
        file.items = keys
        let text = try writer.render(file, items: items)
        output[path] = text
        // Read the new text back for the positions the store and the baseline record.
        for item in loader.readFile(path, data: Data(text.utf8))?.items ?? [] {
            if let result = plan[item.key]?.merge.result, result.fields == item.fields {
                placedAt[item.key] = item.location
            } else {
                placedItems[item.key] = item
            }
            placedFile[item.key] = path
        }
    }

    private mutating func renderConflictFiles() throws {
        let stored = try store.conflicts()
        // The files of every conflict open once this sync is applied; the other conflict files go.
        var open = Set(stored.map { ConflictFile.path(for: $0.key) })
        for merge in plan.conflicts {
            guard let conflict = merge.merge.conflict else { continue }
            open.insert(ConflictFile.path(for: merge.key))
            output[ConflictFile.path(for: merge.key)] = try ConflictFile.render(
                key: merge.key, source: FolderSync.source, reason: conflict.reason.rawValue, fields: conflict.fields,
                base: .init(item: merge.base), ours: .init(item: merge.ours, author: try oursAuthor(of: merge.key)),
                theirs: .init(item: merge.theirs, author: author), kept: merge.merge.result)
        }
        // Conflicts found elsewhere (a pull, an import) get their file too.
        for conflict in stored {
            let path = ConflictFile.path(for: conflict.key)
            guard output[path] == nil, !FileManager.default.fileExists(atPath: root.appending(path: path).path) else {
                continue
            }
            let item = { (text: String?) in try text.map { try CanonicalForm.item(kind: conflict.kind, canonical: $0) }
            }
            let kept = try store.item(conflict.key).map {
                try CanonicalForm.item(kind: conflict.kind, canonical: $0.content)
            }
            output[path] = try ConflictFile.render(
                key: conflict.key, source: conflict.source, reason: conflict.reason,
                fields: conflict.fieldNames,
                base: .init(item: try item(conflict.base)),
                ours: .init(
                    item: try item(conflict.ours), author: conflict.oursAuthor, revision: conflict.oursRevision),
                theirs: .init(
                    item: try item(conflict.theirs), author: conflict.theirsAuthor, revision: conflict.theirsRevision),
                kept: kept)
        }
        let folder = root.appending(path: "conflicts")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        where name.hasSuffix(".yaml") {
            let path = "conflicts/\(name)"
            if !open.contains(path) { output[path] = .some(nil) }
        }
    }

    // MARK: Writing

    mutating func writeTemporaries() throws {
        for (path, text) in output {
            guard let text else { continue }
            let temporary = try AtomicFile.writeTemporary(
                Data(text.utf8), beside: root.appending(path: path), using: fileCalls)
            temporaries[path] = String(temporary.path.dropFirst(root.path.count + 1))
        }
    }

    /// Removes the temporaries written so far, for a sync that fails before it commits.
    mutating func removeTemporaries() {
        for temporary in temporaries.values { unlink(root.appending(path: temporary).path) }
        temporaries = [:]
    }

    /// A file edited while the sync ran is left alone: its temporary is dropped, and the baseline of
    /// its items stays as it was, so the next sync merges the new edit properly.
    mutating func dropFilesEditedMeanwhile() {
        for (path, expected) in expectedHash.sorted(by: { $0.key < $1.key }) {
            let url = root.appending(path: BundleFolder.onDisk(path, in: root))
            let now = (try? Data(contentsOf: url)).map(ByteHash.of)
            guard now != expected else { continue }
            skipped.insert(path)
            if let temporary = temporaries.removeValue(forKey: path) {
                try? FileManager.default.removeItem(at: root.appending(path: temporary))
            }
            output[path] = nil
            warnings.append(Diagnostic(.warning, Message(.fileChangedDuringSync), at: SourceLocation(file: path)))
        }
    }

    /// The journal entries for the files that are still to be written or removed.
    var journal: [PendingWrite] {
        output.keys.sorted().compactMap { path in
            guard let text = output[path] else { return nil }
            // A file is written to the spelling the folder has (a name from another machine may be
            // decomposed there and composed here).
            return PendingWrite(
                path: BundleFolder.onDisk(path, in: root), temporary: text == nil ? nil : temporaries[path])
        }
    }

    // MARK: The store change

    func fillStoreChange(_ change: inout StoreChange) throws {
        change.baselineSource = FolderSync.source
        change.puts.reserveCapacity(plan.sortedMerges.count)
        change.baselinePuts.reserveCapacity(plan.sortedMerges.count + placedItems.count)
        for merge in plan.sortedMerges {
            let key = merge.key
            let file = placedFile[key] ?? plan.scan.file(of: key) ?? targetFile(for: merge)
            let folderWritten = !skipped.contains(file) && !(merge.theirsFile.map(skipped.contains) ?? false)
            if merge.changesStore {
                if let result = merge.merge.result {
                    change.puts.append(plan.staged(positioned(result), file: file))
                } else {
                    change.deletes.append(key)
                }
            }
            let stage = { (theirs: BundleItem) in plan.staged(theirs, file: merge.theirsFile ?? file) }
            if let draft = try merge.conflictDraft(
                source: FolderSync.source, stage: stage, store: store, theirsAuthor: author)
            {
                change.conflicts.append(draft)
            }
            // The store files an unchanged or converged item where the folder has it.
            if !merge.changesStore, let result = merge.merge.result, merge.oursFile != file {
                change.placements.append(plan.staged(positioned(result), file: file))
            }
            guard folderWritten else { continue }
            if let result = merge.merge.result, !merge.changesStore, placedItems[key] == nil {
                // The folder now holds exactly the store's version: the store copies it into the baseline.
                change.baselineAsStored.append(ItemPlace(key: key, file: file, line: positioned(result).location?.line))
            } else if let result = merge.merge.result {
                change.baselinePuts.append(plan.staged(positioned(result), file: file))
            } else {
                change.baselineDeletes.append(key)
            }
        }
        // Unchanged items in files that were read or rewritten: only their place is recorded.
        for (key, item) in placedItems where plan[key] == nil {
            guard let file = placedFile[key], !skipped.contains(file) else { continue }
            let staged = plan.staged(item, file: file)
            change.placements.append(staged)
            change.baselinePuts.append(staged)
        }
        for (item, file) in plan.scan.items where plan[item.key] == nil && placedFile[item.key] == nil {
            guard !skipped.contains(file) else { continue }
            let staged = plan.staged(item, file: file)
            change.placements.append(staged)
            change.baselinePuts.append(staged)
        }
        for read in plan.scan.readFiles where output[read.path] == nil && !skipped.contains(read.path) {
            change.fileStates.append(FileState(path: read.path, stat: read.stat, hash: read.hash))
        }
        change.fileStates += plan.scan.touched.values
        change.fileStateDeletes = Array(plan.scan.removed)
        change.baselinePuts.sort { $0.key < $1.key }
    }

    /// `item` with its position in the folder after the write: where a rewritten file puts it, else
    /// where the scan read it.
    private func positioned(_ item: BundleItem) -> BundleItem {
        if let placed = placedItems[item.key] { return placed }
        if let location = placedAt[item.key] {
            var placed = item
            placed.location = location
            return placed
        }
        guard let read = plan.scan.item(for: item.key), read.fields == item.fields else { return item }
        return read
    }

    private func oursAuthor(of key: ItemKey) throws -> String {
        try store.authorOfCurrentVersion(of: key) ?? "store"
    }

    // MARK: The report

    var report: SyncReport {
        var report = SyncReport()
        for merge in plan.sortedMerges {
            if merge.changesStore {
                report.intoStore.append((merge.key, SyncReport.change(from: merge.ours, to: merge.merge.result)))
            }
            if merge.changesFolder {
                report.intoFolder.append((merge.key, SyncReport.change(from: merge.theirs, to: merge.merge.result)))
            }
            if merge.merge.outcome == .merged { report.merged.append(merge.key) }
            if let conflict = merge.merge.conflict { report.conflicts.append((merge.key, conflict)) }
        }
        report.skippedFiles = skipped.sorted()
        return report
    }
}
