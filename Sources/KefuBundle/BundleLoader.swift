import Foundation
import KefuCore
import Yams

/// Reads a bundle (a folder, or files in memory from an archive) into items, keeping the file, line
/// and column of every item and field. Every problem in every file is reported at once; nothing is
/// returned unless the whole bundle is valid.
public struct BundleLoader: Sendable {
    /// Whether items keep the position of each field (for diagnostics that point inside an item), or
    /// only where they start, which costs far less memory for large bundles.
    public let recordsFieldLocations: Bool
    /// Told of each file parsed, as `task` (an import reports `.checkingArchive`).
    public let progress: (any ProgressReporter)?
    public let task: ProgressTask

    public init(
        recordsFieldLocations: Bool = true, progress: (any ProgressReporter)? = nil,
        task: ProgressTask = .readingFiles
    ) {
        self.recordsFieldLocations = recordsFieldLocations
        self.progress = progress
        self.task = task
    }

    /// Reads the bundle folder at `root`.
    /// - Throws: `DiagnosticsError` with every problem found.
    public func loadBundle(at root: URL) throws -> LoadedBundle {
        let listing = try BundleFolder.list(root)
        var diagnostics = listing.warnings
        var contents: [String: Data] = [:]
        for path in listing.files {
            let url = root.appending(path: path)
            let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
            if size > BundleLayout.fileSizeLimit {
                diagnostics.append(tooLarge(path))
                continue
            }
            do {
                contents[path] = try Data(contentsOf: url)
            } catch {
                diagnostics.append(
                    .error(Message(.fileUnreadable, error.localizedDescription), at: SourceLocation(file: path)))
            }
        }
        if !listing.files.contains(BundleLayout.manifestFile) {
            throw DiagnosticsError([.error(Message(.missingManifest, root.path), at: nil)])
        }
        return try loadBundle(files: contents, diagnostics: diagnostics)
    }

    /// Reads a bundle given as bundle-relative paths and their bytes. Paths that are not item files
    /// are ignored.
    public func loadBundle(files: [String: Data]) throws -> LoadedBundle {
        guard files[BundleLayout.manifestFile] != nil else {
            throw DiagnosticsError([.error(Message(.missingManifest, "."), at: nil)])
        }
        return try loadBundle(files: files, diagnostics: [])
    }

    private func loadBundle(files: [String: Data], diagnostics initial: [Diagnostic]) throws -> LoadedBundle {
        var diagnostics = initial
        var manifest: BundleManifest?
        var items: [ItemKey: BundleItem] = [:]
        var bundleFiles: [BundleFile] = []

        let paths = files.keys.sorted()
        let counter = ProgressCounter(task, total: paths.count, reporter: progress)
        let readings = ParallelMap.map(paths) { path in
            defer { counter.advance() }
            return files[path].flatMap { readFile(path, data: $0) }
        }
        for case let reading? in readings {
            diagnostics += reading.diagnostics
            if let read = reading.manifest { manifest = read }
            guard var file = reading.file else { continue }
            file.items = []
            for item in reading.items {
                if let existing = items[item.key] {
                    let place = existing.location?.description ?? existing.key.description
                    diagnostics.append(.error(Message(.duplicateID, item.key.id.rawValue, place), at: item.location))
                    continue
                }
                items[item.key] = item
                file.items.append(item.key)
            }
            bundleFiles.append(file)
        }

        let errors = diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty, let manifest else { throw DiagnosticsError(diagnostics) }
        items[manifest.settings.key] = manifest.settings
        return LoadedBundle(manifest: manifest, items: items, files: bundleFiles, warnings: diagnostics)
    }

    /// Reads one bundle file: its items (or, for bundle.yaml, the manifest) and every problem in it.
    /// Duplicates across files are not looked for here. `nil` when the path is not a bundle file.
    public func readFile(_ path: String, data: Data) -> FileReading? {
        guard let kind = BundleLayout.kind(ofFile: path) else { return nil }
        var reading = FileReading()
        guard data.count <= BundleLayout.fileSizeLimit else {
            reading.diagnostics.append(tooLarge(path))
            return reading
        }
        let text: String
        switch BundleText.decode(data, path: path) {
        case .success(let decoded): text = decoded
        case .failure(let diagnostic):
            reading.diagnostics.append(diagnostic)
            return reading
        }
        let root: Node?
        switch YAMLNodes.parse(text, path: path) {
        case .success(let node): root = node
        case .failure(let diagnostic):
            reading.diagnostics.append(diagnostic)
            return reading
        }
        if kind == .bundle {
            reading.manifest = ManifestReader.read(root, path: path, diagnostics: &reading.diagnostics)
            return reading
        }
        reading.items = ItemReader.read(
            root, kind: kind, path: path, recordsFieldLocations: recordsFieldLocations,
            diagnostics: &reading.diagnostics)
        var seen: Set<ItemKey> = []
        var keys: [ItemKey] = []
        for item in reading.items where seen.insert(item.key).inserted { keys.append(item.key) }
        reading.file = BundleFile(path: path, kind: kind, items: keys, header: Self.header(of: text))
        return reading
    }

    private func tooLarge(_ path: String) -> Diagnostic {
        .error(Message(.fileTooLarge, BundleLayout.fileSizeLimit / (1024 * 1024)), at: SourceLocation(file: path))
    }

    /// The comment lines at the top of a file, which survive a rewrite.
    static func header(of text: String) -> String {
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("#") {
                lines.append(line.hasSuffix("\r") ? line.dropLast() : line)
            } else if !trimmed.isEmpty {
                break
            }
        }
        return lines.joined(separator: "\n")
    }
}
