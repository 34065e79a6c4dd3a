import KefuSync

/// `kefu import-faq --json`.
struct ImportFAQJSON: Encodable {
    let file: String
    let items: Int
    let added: [String]
    let changed: [String]
    let conflicting: [String]
    /// Entries a sheet imported before no longer has, taken out.
    let removed: [String]
    /// The rows `--skip-bad` skipped.
    let skippedRows: [Int]

    init(file: String, items: Int, summary: ImportSummary, skippedRows: [Int] = []) {
        self.file = file
        self.items = items
        added = summary.added.map(\.description)
        changed = (summary.changed + summary.merged).map(\.description)
        conflicting = summary.conflicting.map(\.description)
        removed = summary.removed.map(\.description)
        self.skippedRows = skippedRows
    }
}
