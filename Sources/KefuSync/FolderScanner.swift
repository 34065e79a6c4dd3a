import Foundation
import KefuBundle
import KefuCore
import KefuStore

/// Reads what changed in a working folder since the last sync, and nothing else.
struct FolderScanner {
    let root: URL
    let store: Store
    /// Told of each file read.
    var progress: (any ProgressReporter)? = nil

    /// - Throws: `DiagnosticsError` when a changed file is malformed or an id is used twice.
    func scan() throws -> FolderScan {
        var scan = FolderScan()
        let listing = try BundleFolder.list(root)
        scan.warnings = listing.warnings
        guard listing.files.contains(BundleLayout.manifestFile) else {
            throw DiagnosticsError([.error(Message(.missingManifest, root.path), at: nil)])
        }
        let states = try store.fileStates()
        scan.rememberedHash = states.mapValues(\.hash)
        // Field positions are for diagnostics; sync needs only where each item starts.
        let loader = BundleLoader(recordsFieldLocations: false)
        var diagnostics: [Diagnostic] = []
        // bundle.yaml is always read: the manifest is needed whatever its stat.
        let (present, toRead) = moved(listing.files, since: states, always: BundleLayout.manifestFile)
        scan.present = present
        // Reading, hashing and parsing are per file and share nothing: both cores take part. The
        // results are then taken in path order, so the scan is the same however the work was split.
        let counter = ProgressCounter(.readingFiles, total: toRead.count, reporter: progress)
        let outcomes = ParallelMap.map(toRead) { path, stat in
            defer { counter.advance() }
            return read(path, stat: stat, remembered: states[path], loader: loader)
        }
        for (index, outcome) in outcomes.enumerated() {
            let (path, stat) = toRead[index]
            switch outcome {
            case .problem(let diagnostic):
                diagnostics.append(diagnostic)
            case .touched(let hash):
                scan.touched[path] = FileState(path: path, stat: stat, hash: hash)
            case .read(let file):
                diagnostics += file.reading.diagnostics
                if let manifest = file.reading.manifest { scan.manifest = manifest }
                for (duplicate, first) in scan.add(file) {
                    let place = first.location?.description ?? first.key.description
                    diagnostics.append(
                        .error(Message(.duplicateID, duplicate.key.id.rawValue, place), at: duplicate.location))
                }
            case .skipped:
                continue
            }
        }
        scan.removed = Set(states.keys).subtracting(scan.present.keys)
        diagnostics += try duplicatesInUnreadFiles(scan)
        if diagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticsError(diagnostics) }
        return scan
    }

    /// The bundle files whose bytes differ from the last sync's, new files and removed ones, sorted:
    /// only files whose size, time or inode moved are read, and only to hash them.
    func changedFiles() throws -> [String] {
        let listing = try BundleFolder.list(root)
        let states = try store.fileStates()
        let changed = try moved(listing.files, since: states).moved.map(\.path).filter { path in
            guard let remembered = states[path] else { return true }
            return ByteHash.of(try Data(contentsOf: root.appending(path: path))) != remembered.hash
        }
        return (changed + Set(states.keys).subtracting(listing.files)).sorted()
    }

    /// Each file's stat, and the files whose stat is not the one the last sync remembered (new files
    /// among them, and `always` whatever its stat).
    private func moved(_ files: [String], since states: [String: FileState], always: String? = nil) -> (
        present: [String: FileStat], moved: [(path: String, stat: FileStat)]
    ) {
        var present: [String: FileStat] = [:]
        var moved: [(path: String, stat: FileStat)] = []
        for path in files {
            guard let stat = FileStat.of(root.appending(path: path)) else { continue }
            present[path] = stat
            if path != always, let remembered = states[path], remembered.matches(stat) { continue }
            moved.append((path, stat))
        }
        return (present, moved)
    }

    /// What reading one file gave.
    private enum Outcome: Sendable {
        case problem(Diagnostic)
        /// Its stat changed but not its bytes.
        case touched(hash: String)
        case read(FolderScan.ReadFile)
        /// Not a bundle file after all.
        case skipped
    }

    private func read(_ path: String, stat: FileStat, remembered: FileState?, loader: BundleLoader) -> Outcome {
        guard stat.size <= Int64(BundleLayout.fileSizeLimit) else {
            return .problem(
                .error(
                    Message(.fileTooLarge, BundleLayout.fileSizeLimit / (1024 * 1024)), at: SourceLocation(file: path)))
        }
        let data: Data
        do {
            data = try Data(contentsOf: root.appending(path: path))
        } catch {
            return .problem(
                .error(Message(.fileUnreadable, error.localizedDescription), at: SourceLocation(file: path)))
        }
        let hash = ByteHash.of(data)
        if path != BundleLayout.manifestFile, let remembered, remembered.hash == hash { return .touched(hash: hash) }
        guard let reading = loader.readFile(path, data: data) else { return .skipped }
        return .read(FolderScan.ReadFile(path: path, hash: hash, stat: stat, reading: reading))
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
    /// How recent a file's modification time must be for its stat to prove nothing: file systems keep
    /// times in coarse ticks (milliseconds on Linux, two seconds on FAT and some network shares).
    static let racyWindowNanoseconds: Int64 = 2_000_000_000

    /// The state of a file just read or written. A file modified within the racy window of now may be
    /// written again within the same tick, at the same size, and keep its stat: it is remembered with
    /// no modification time, so the next sync reads it again rather than missing that edit (git's
    /// "racily clean" entries).
    init(path: String, stat: FileStat, hash: String, now: Date = Date()) {
        let nowNanoseconds = Int64(now.timeIntervalSince1970 * 1_000_000_000)
        let racy = nowNanoseconds - stat.modifiedNanoseconds < Self.racyWindowNanoseconds
        self.init(
            path: path, size: stat.size, modifiedNanoseconds: racy ? -1 : stat.modifiedNanoseconds, inode: stat.inode,
            hash: hash)
    }

    func matches(_ stat: FileStat) -> Bool {
        size == stat.size && modifiedNanoseconds == stat.modifiedNanoseconds && inode == stat.inode
    }
}
