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
        let reader = try DataTableReader.reader(of: data, path: path)
        let header = (reader.headerRow ?? []).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var index: [String: Int] = [:]
        for (field, names) in columns {
            if let position = header.firstIndex(where: names.contains) { index[field] = position }
        }
        guard index["question"] != nil, index["answer"] != nil else {
            throw DiagnosticsError([
                .error(Message(.spreadsheetColumns, header.joined(separator: ", ")), at: SourceLocation(file: path))
            ])
        }

        var items: [BundleItem] = []
        var diagnostics: [Diagnostic] = []
        var skipped: [Int] = []
        var seen: [ItemID: Int] = [:]
        var row = 1
        while let cells = reader.next() {
            row += 1
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
            // and the rest as the intent. A row must have the header's cells.
            guard cells.count == header.count else {
                diagnostics.append(.error(Message(.spreadsheetCellCount, cells.count, header.count), at: location))
                continue
            }
            let question = cell("question")
            let answer = cell("answer")
            guard !question.isEmpty, !answer.isEmpty else {
                diagnostics.append(.error(Message(.spreadsheetRowIncomplete), at: location))
                continue
            }
            let id = stableID(for: question)
            if let first = seen[id] {
                diagnostics.append(
                    .error(Message(.spreadsheetDuplicate, String(question.prefix(100)), first), at: location))
                continue
            }
            seen[id] = row
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
            items.append(BundleItem(key: ItemKey(kind: .faq, id: id), fields: normalised, location: location))
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

    /// `faq-` and the start of the question's SHA-256: the same question always gets the same id.
    static func stableID(for question: String) -> ItemID {
        let digest = SHA256.hash(data: Data(question.lowercased().utf8))
        let hex = digest.prefix(5).map { $0 < 16 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
        return ItemID(trusted: "faq-\(hex)")
    }
}
