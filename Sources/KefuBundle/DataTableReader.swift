import CSV
import Foundation
import KefuCore

/// Reads a shop data table (`data/*.csv`): a header row, then rows by column name. UTF-8 or GBK, as
/// spreadsheets write them; column names are trimmed and lower-cased.
public enum DataTableReader {
    /// The rows of `data` (named `path` in diagnostics).
    /// - Throws: `DiagnosticsError` for a file that is not text or not CSV.
    public static func rows(of data: Data, path: String) throws -> [[String: String]] {
        let reader = try reader(of: data, path: path)
        let header = columns(of: reader)
        var rows: [[String: String]] = []
        while let cells = reader.next() {
            if cells.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            var row: [String: String] = [:]
            for (column, cell) in zip(header, cells) where !column.isEmpty { row[column] = cell }
            rows.append(row)
        }
        return rows
    }

    /// The column names of `data`'s header row, trimmed and lower-cased, even when no row follows.
    public static func columns(of data: Data, path: String) throws -> [String] {
        columns(of: try reader(of: data, path: path)).filter { !$0.isEmpty }
    }

    private static func columns(of reader: CSVReader) -> [String] {
        (reader.headerRow ?? []).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    }

    /// A CSV (or tab-separated) reader over `data` with its header row read, whatever encoding the
    /// spreadsheet used.
    static func reader(of data: Data, path: String) throws -> CSVReader {
        guard let text = SpreadsheetText.decode(data) else {
            throw DiagnosticsError([.error(Message(.spreadsheetEncoding), at: SourceLocation(file: path))])
        }
        // Tab-separated when the file says so (`.tsv`) or its header holds tabs and no commas.
        let header = text.prefix { $0 != "\n" }
        let tabs = path.lowercased().hasSuffix(".tsv") || (header.contains("\t") && !header.contains(","))
        do {
            return try CSVReader(string: text, hasHeaderRow: true, delimiter: tabs ? "\t" : ",")
        } catch {
            throw DiagnosticsError([.error(Message(.spreadsheetUnreadable, "\(error)"), at: SourceLocation(file: path))]
            )
        }
    }
}
