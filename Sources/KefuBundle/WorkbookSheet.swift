import Foundation
import KefuCore
import XMLCoder
import ZIPFoundation

/// The first sheet of an Excel workbook (`.xlsx`, as Excel, WPS and LibreOffice save it) as numbered
/// rows of text. A workbook is a zip of XML parts: the workbook names its sheets, its relationships
/// say which part each one is, and cells hold numbers, inline text or an index into the shared strings.
///
/// It comes from elsewhere, so each part is inflated only up to `maximumPartBytes` (a zip bomb stops
/// there) and the XML parser never resolves external entities.
enum WorkbookSheet {
    static let maximumPartBytes = 64 << 20

    /// A sheet row as Excel numbers it, and its cells by column (`A` is 0), empty where a cell is missing.
    struct Row {
        let number: Int
        let cells: [String]
    }

    /// Whether `data` starts like a zip archive (an `.xlsx` whatever its name says).
    static func isWorkbook(_ data: Data) -> Bool {
        data.starts(with: [0x50, 0x4B, 0x03, 0x04])
    }

    /// The rows of the workbook's first sheet, in order; rows with no cell are left out.
    /// - Throws: `DiagnosticsError` naming `path` when it is not a workbook kefu can read.
    static func rows(of data: Data, path: String) throws -> [Row] {
        do {
            let archive = try Archive(data: data, accessMode: .read)
            let strings = try part("xl/sharedStrings.xml", of: archive).map(sharedStrings) ?? []
            guard let sheet = try part(try firstSheetPath(of: archive), of: archive) else {
                throw Unreadable.noSheet
            }
            let worksheet = try decoder.decode(Worksheet.self, from: sheet)
            return try (worksheet.sheetData.row ?? []).enumerated().map { index, row in
                var cells: [String] = []
                for cell in row.c ?? [] {
                    let column = cell.r.flatMap(columnIndex) ?? cells.count
                    guard column < 16_384 else { throw Unreadable.badCell(cell.r ?? "") }
                    while cells.count <= column { cells.append("") }
                    cells[column] = try text(of: cell, strings: strings)
                }
                return Row(number: row.r ?? index + 1, cells: cells)
            }
        } catch let error as DiagnosticsError {
            throw error
        } catch {
            throw DiagnosticsError([
                .error(Message(.workbookUnreadable, "\(error)"), at: SourceLocation(file: path))
            ])
        }
    }

    private enum Unreadable: Error, CustomStringConvertible {
        case noSheet, tooLarge(String), badCell(String), badString(String)

        var description: String {
            switch self {
            case .noSheet: "it has no sheet"
            case .tooLarge(let part): "\(part) is larger than \(maximumPartBytes >> 20) MB"
            case .badCell(let reference): "the cell reference '\(reference.prefix(20))' is not one Excel makes"
            case .badString(let index): "a cell points at shared string \(index.prefix(20)), which does not exist"
            }
        }
    }

    private static var decoder: XMLDecoder {
        let decoder = XMLDecoder()
        decoder.shouldProcessNamespaces = true
        decoder.trimValueWhitespaces = false
        return decoder
    }

    /// A part of the workbook, inflated up to the cap whatever its header claims; `nil` when there is none.
    private static func part(_ name: String, of archive: Archive) throws -> Data? {
        guard let entry = archive[name] else { return nil }
        var data = Data()
        _ = try archive.extract(entry) { chunk in
            data.append(chunk)
            if data.count > maximumPartBytes { throw Unreadable.tooLarge(name) }
        }
        return data
    }

    /// The part of the first sheet the workbook lists, through its relationships (`xl/worksheets/sheet1.xml`
    /// when the workbook does not say).
    private static func firstSheetPath(of archive: Archive) throws -> String {
        let fallback = "xl/worksheets/sheet1.xml"
        guard let workbook = try part("xl/workbook.xml", of: archive),
            let relations = try part("xl/_rels/workbook.xml.rels", of: archive),
            let first = try decoder.decode(Workbook.self, from: workbook).sheets.sheet.first,
            let target = try decoder.decode(Relationships.self, from: relations).Relationship
                .first(where: { $0.Id == first.id })?.Target
        else { return fallback }
        // Targets are relative to `xl/`, or absolute within the package.
        return target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }

    private static func sharedStrings(_ data: Data) throws -> [String] {
        try decoder.decode(SharedStrings.self, from: data).si?.map(\.text) ?? []
    }

    /// A cell's value as text: shared or inline text, a boolean, or a number as Excel wrote it.
    private static func text(of cell: Cell, strings: [String]) throws -> String {
        switch cell.t {
        case "s":
            guard let value = cell.v, let index = Int(value), strings.indices.contains(index) else {
                throw Unreadable.badString(cell.v ?? "")
            }
            return strings[index]
        case "inlineStr": return cell.is?.text ?? ""
        case "b": return cell.v == "1" ? "TRUE" : "FALSE"
        default: return cell.v ?? ""
        }
    }

    /// `C` in `C12` as 2; `nil` when the reference has no column letters.
    private static func columnIndex(_ reference: String) -> Int? {
        let letters = reference.prefix { $0.isASCII && $0.isUppercase }
        guard !letters.isEmpty, letters.count <= 3 else { return nil }
        return letters.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
    }

    // The parts of the workbook read, as XMLCoder decodes them (attributes and elements alike by name).

    private struct Workbook: Decodable {
        struct Sheets: Decodable { let sheet: [Sheet] }
        struct Sheet: Decodable { let id: String? }
        let sheets: Sheets
    }

    private struct Relationships: Decodable {
        struct Relationship: Decodable {
            let Id: String
            let Target: String
        }
        let Relationship: [Relationship]
    }

    /// Text in `<t>`, or in the `<r>` runs of rich text (phonetic `<rPh>` runs are not the text).
    private struct RichText: Decodable {
        struct Run: Decodable { let t: String? }
        let t: String?
        let r: [Run]?

        var text: String { t ?? (r ?? []).compactMap(\.t).joined() }
    }

    private struct SharedStrings: Decodable { let si: [RichText]? }

    private struct Cell: Decodable {
        let r: String?
        let t: String?
        let v: String?
        let `is`: RichText?
    }

    private struct Worksheet: Decodable {
        struct SheetData: Decodable { let row: [Row]? }
        struct Row: Decodable {
            let r: Int?
            let c: [Cell]?
        }
        let sheetData: SheetData
    }
}
