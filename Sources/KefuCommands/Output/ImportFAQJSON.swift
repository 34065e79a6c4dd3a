/// `kefu import-faq --json`.
struct ImportFAQJSON: Encodable {
    let file: String
    let items: Int
    let added: [String]
    let changed: [String]
    let conflicting: [String]

    init(file: String, items: Int, summary: ImportSummary) {
        self.file = file
        self.items = items
        added = summary.added.map(\.description)
        changed = (summary.changed + summary.merged).map(\.description)
        conflicting = summary.conflicting.map(\.description)
    }
}
