import Foundation
import KefuBundle
import KefuCore
import KefuStore

/// Reads what changed in a working folder since the last sync, and nothing else.
struct FolderScanner {
    let root: URL
    let store: Store

    /// - Throws: `DiagnosticsError` when a changed file is malformed or an id is used twice.
    func scan() throws -> FolderScan {
        var scan = FolderScan()
        let listing = BundleFolder.list(root)
        scan.warnings = listing.warnings
        guard listing.files.contains(BundleLayout.manifestFile) else {
            throw DiagnosticsError([.error(Message(.missingManifest, root.path), at: nil)])
        }
        let states = try store.fileStates()
        scan.rememberedHash = states.mapValues(\.hash)
        // Field positions are for diagnostics; sync needs only where each item starts.
        let loader = BundleLoader(recordsFieldLocations: false)
        var diagnostics: [Diagnostic] = []
        for path in listing.files {
            let url = root.appending(path: path)
            guard let stat = FileStat.of(url) else { continue }
            scan.present[path] = stat
            let remembered = states[path]
            if path != BundleLayout.manifestFile, let remembered, remembered.matches(stat) { continue }
            guard stat.size <= Int64(BundleLayout.fileSizeLimit) else {
                diagnostics.append(
                    .error(
                        Message(.fileTooLarge, BundleLayout.fileSizeLimit / (1024 * 1024)),
                        at: SourceLocation(file: path)))
                continue
            }
            let data: Data
            do {
                data = try Data(contentsOf: url)
            } catch {
                diagnostics.append(
                    .error(Message(.fileUnreadable, error.localizedDescription), at: SourceLocation(file: path)))
                continue
            }
            let hash = ByteHash.of(data)
            if path != BundleLayout.manifestFile, let remembered, remembered.hash == hash {
                scan.touched[path] = FileState(path: path, stat: stat, hash: hash)
                continue
            }
            guard let reading = loader.readFile(path, data: data) else { continue }
            diagnostics += reading.diagnostics
            if let manifest = reading.manifest { scan.manifest = manifest }
            let duplicates = scan.add(FolderScan.ReadFile(path: path, hash: hash, stat: stat, reading: reading))
            for (duplicate, first) in duplicates {
                let place = first.location?.description ?? first.key.description
                diagnostics.append(
                    .error(Message(.duplicateID, duplicate.key.id.rawValue, place), at: duplicate.location))
            }
        }
        scan.removed = Set(states.keys).subtracting(scan.present.keys)
        diagnostics += try duplicatesInUnreadFiles(scan)
        if diagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticsError(diagnostics) }
        return scan
    }

    /// An id in a changed file that an unchanged file still holds is a duplicate too.
    private func duplicatesInUnreadFiles(_ scan: FolderScan) throws -> [Diagnostic] {
        let baseline = try store.baseline(of: FolderSync.source, keys: scan.keys)
        var diagnostics: [Diagnostic] = []
        for (key, entry) in baseline {
            guard let file = entry.file, file != scan.file(of: key), !scan.wasRead(file), scan.present[file] != nil,
                let item = scan.item(for: key)
            else { continue }
            let place = SourceLocation(file: file, line: entry.line ?? 1).description
            diagnostics.append(.error(Message(.duplicateID, key.id.rawValue, place), at: item.location))
        }
        return diagnostics
    }
}

extension FileState {
    init(path: String, stat: FileStat, hash: String) {
        self.init(
            path: path, size: stat.size, modifiedNanoseconds: stat.modifiedNanoseconds, inode: stat.inode, hash: hash)
    }

    func matches(_ stat: FileStat) -> Bool {
        size == stat.size && modifiedNanoseconds == stat.modifiedNanoseconds && inode == stat.inode
    }
}
