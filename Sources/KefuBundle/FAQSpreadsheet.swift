import CSV
import Crypto
import Foundation
import KefuCore

/// FAQ spreadsheets as sellers export them from other tools (店小蜜, 千牛 and the like): a header row
/// naming the question, similar questions, answer and category columns in Chinese or English, one
/// entry a row. Each becomes a FAQ item whose id comes from its question, so importing a revised
/// sheet again updates the same items.
public enum FAQSpreadsheet {
    /// Header names accepted for each column, compared case-insensitively.
    static let columns: [(field: String, names: Set<String>)] = [
        ("question", ["question", "questions", "standard question", "问题", "标准问题", "标准问法", "问法"]),
        ("similar", ["similar", "similar questions", "similar question", "相似问题", "相似问法", "相似问", "扩展问法"]),
        ("answer", ["answer", "reply", "答案", "回答", "回复", "答复", "话术"]),
        ("intent", ["category", "intent", "分类", "类目", "意图", "类别"]),
    ]

    /// Similar questions in one cell are separated by any of these.
    static let separators: Set<Character> = ["|", ";", "；", "\n", "、"]

    /// The FAQ items of the spreadsheet `data` (named `path` in diagnostics), refused when it or the FAQ
    /// file it makes is larger than `limit` bytes (the bundle loader's: no sync could read that file).
    /// - Throws: `DiagnosticsError` naming each row that cannot become an item, and missing columns.
    public static func read(_ data: Data, path: String, limit: Int = BundleLayout.fileSizeLimit) throws -> [BundleItem]
    {
        try read(data, path: path, limit: limit, skippingBadRows: false).items
    }

    /// The FAQ items of the sheet, and with `skippingBadRows` the rows that could not become one (a row
    /// with more or fewer cells than the header, no question or answer, a question already on an
    /// earlier row), skipped instead of refusing the sheet.
    public static func read(_ data: Data, path: String, limit: Int = BundleLayout.fileSizeLimit, skippingBadRows: Bool)
        throws -> (items: [BundleItem], skippedRows: [Int])
    {
        guard data.count <= limit else {
            throw DiagnosticsError([
                .error(Message(.fileTooLarge, max(1, limit / (1024 * 1024))), at: SourceLocation(file: path))
            ])
        }
        let fromWorkbook = WorkbookSheet.isWorkbook(data)
        let (rawHeader, rows) = try table(of: data, path: path)
        let header = rawHeader.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var index: [String: Int] = [:]
        for (field, names) in columns {
            if let position = header.firstIndex(where: names.contains) { index[field] = position }
        }
        guard index["question"] != nil, index["answer"] != nil else {
            throw DiagnosticsError([
                .error(Message(.spreadsheetColumns, header.joined(separator: ", ")), at: SourceLocation(file: path))
            ])
        }

        var entries: [(fields: [String: FieldValue], location: SourceLocation)] = []
        var diagnostics: [Diagnostic] = []
        var skipped: [Int] = []
        var seen: [String: Int] = [:]
        for (row, cells) in rows {
            let problemsBefore = diagnostics.count
            defer {
                if skippingBadRows, diagnostics.count > problemsBefore {
                    diagnostics.removeSubrange(problemsBefore...)
                    skipped.append(row)
                }
            }
            func cell(_ field: String) -> String {
                guard let position = index[field], position < cells.count else { return "" }
                return CanonicalText.normalise(cells[position])
            }
            if cells.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            let location = SourceLocation(file: path, line: row)
            // An unquoted comma in an answer splits it across the columns after it: `亲` as the answer
            // and the rest as the intent. A row must have the header's cells (a workbook's rows simply
            // end at their last cell, but text beyond the header's columns is a mistake there too).
            let fits =
                fromWorkbook
                ? cells.dropFirst(header.count).allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty }
                : cells.count == header.count
            guard fits else {
                diagnostics.append(.error(Message(.spreadsheetCellCount, cells.count, header.count), at: location))
                continue
            }
            let question = cell("question")
            let answer = cell("answer")
            guard !question.isEmpty, !answer.isEmpty else {
                diagnostics.append(.error(Message(.spreadsheetRowIncomplete), at: location))
                continue
            }
            if let first = seen[question.lowercased()] {
                diagnostics.append(
                    .error(Message(.spreadsheetDuplicate, String(question.prefix(100)), first), at: location))
                continue
            }
            seen[question.lowercased()] = row
            var fields: [String: FieldValue] = ["question": .text(question), "answer": .text(answer)]
            let similar = cell("similar").split(whereSeparator: separators.contains).map {
                CanonicalText.normalise(String($0))
            }
            .filter { !$0.isEmpty }
            if !similar.isEmpty { fields["similar"] = .list(similar.map { .text($0) }) }
            if !cell("intent").isEmpty { fields["intent"] = .text(cell("intent")) }
            let (normalised, problems) = ItemSchema.of(.faq).validate(fields)
            diagnostics += problems.map { .error($0.message, at: location) }
            guard problems.isEmpty else { continue }
            entries.append((normalised, location))
        }
        let ids = readableIDs(for: entries.map { ($0.fields["intent"]?.text, $0.fields["question"]?.text ?? "") })
        let items = zip(entries, ids).map { entry, id in
            BundleItem(key: ItemKey(kind: .faq, id: id), fields: entry.fields, location: entry.location)
        }
        if !diagnostics.isEmpty { throw DiagnosticsError(diagnostics) }
        // The FAQ file these items make (keys, indentation and quoting make it larger than the sheet): over the
        // limit, no sync could read it.
        let written = try items.reduce(0) { $0 + (try ItemRenderer.yaml(of: $1).utf8.count) }
        guard written <= limit else {
            throw DiagnosticsError([
                .error(Message(.spreadsheetTooLarge, max(1, limit / (1024 * 1024))), at: SourceLocation(file: path))
            ])
        }
        return (items, skipped)
    }

    /// The header and the numbered rows after it: a workbook's first sheet (its first row with text is
    /// the header), else CSV or tab-separated text.
    private static func table(of data: Data, path: String) throws -> (header: [String], rows: [(Int, [String])]) {
        if WorkbookSheet.isWorkbook(data) {
            var rows = try WorkbookSheet.rows(of: data, path: path).filter {
                $0.cells.contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            }
            guard !rows.isEmpty else { return ([], []) }
            let header = rows.removeFirst()
            return (header.cells, rows.map { ($0.number, $0.cells) })
        }
        let reader = try DataTableReader.reader(of: data, path: path)
        var rows: [(Int, [String])] = []
        var row = 1
        while let cells = reader.next() {
            row += 1
            rows.append((row, cells))
        }
        return (reader.headerRow ?? [], rows)
    }

    /// Ids a seller can read, from each entry's category and question written in Latin letters
    /// (`物流`, `多久发货?` -> `wu-liu-duo-jiu-fa-huo`), so the same row always gets the same id and a
    /// revised sheet updates the same entries. Questions that would share an id all get the start of
    /// their SHA-256 as well, whatever order the rows are in.
    public static func readableIDs(for entries: [(category: String?, question: String)]) -> [ItemID] {
        let bases = entries.map { entry in
            let category = ReadableSlug.make(entry.category ?? "", maximumLength: 20)
            let question = ReadableSlug.make(entry.question, maximumLength: ItemID.maximumLength)
            let joined = [category, question].filter { !$0.isEmpty }.joined(separator: "-")
            return ReadableSlug.cut(joined.isEmpty ? "faq" : joined, to: ItemID.maximumLength)
        }
        var uses: [String: Int] = [:]
        for base in bases { uses[base, default: 0] += 1 }
        return zip(bases, entries).map { base, entry in
            guard uses[base, default: 0] > 1 || base == "faq" else { return ItemID(trusted: base) }
            let suffix = String(legacyID(for: entry.question).rawValue.dropFirst("faq-".count).prefix(6))
            return ItemID(trusted: ReadableSlug.cut(base, to: ItemID.maximumLength - 7) + "-" + suffix)
        }
    }

    /// The id earlier kefu versions gave an imported question: `faq-` and the start of its SHA-256. A
    /// sheet imported that way keeps those ids when imported again.
    public static func legacyID(for question: String) -> ItemID {
        let digest = SHA256.hash(data: Data(question.lowercased().utf8))
        let hex = Hex.string(digest.prefix(5))
        return ItemID(trusted: "faq-\(hex)")
    }
}
