import Foundation
import KefuBundle
import KefuCore
import Testing

/// `import-faq` refuses a sheet whose FAQ file would be larger than the loader reads: the YAML file is
/// larger than the sheet (keys, indentation, quoting), so the sheet's own size is not enough to check.
@Suite struct FAQSpreadsheetLimitTests {
    static let sheet = "question,answer\n" + (1...20).map { "q\($0)?,\"a: \($0)\"" }.joined(separator: "\n") + "\n"

    @Test func theFileItWouldWriteCountsNotTheSheet() throws {
        let data = Data(Self.sheet.utf8)
        #expect(data.count < 400)
        #expect(try FAQSpreadsheet.read(data, path: "s.csv", limit: 4_000).count == 20)
        let refused = #expect(throws: DiagnosticsError.self) {
            try FAQSpreadsheet.read(data, path: "s.csv", limit: 400)
        }
        #expect(
            refused?.diagnostics.map { $0.message.text(in: .english) } == [
                "these FAQs would make a file larger than 1 MB, which every sync would refuse: split the sheet"
            ])
        #expect(throws: DiagnosticsError.self) { try FAQSpreadsheet.read(data, path: "s.csv", limit: 100) }
    }
}
