import KefuCore

/// Diagnostics as JSON: `{"diagnostics": [{"severity", "file", "line", "column", "message", "code"}]}`.
struct DiagnosticReport: Encodable {
    struct Entry: Encodable {
        let severity: String
        let file: String?
        let line: Int?
        let column: Int?
        let message: String
        let code: String?
    }

    let diagnostics: [Entry]

    init(diagnostics: [Diagnostic], language: Language) {
        self.diagnostics = diagnostics.map {
            Entry(
                severity: $0.severity.rawValue, file: $0.location?.file, line: $0.location?.line,
                column: $0.location?.column, message: $0.message.text(in: language), code: $0.code)
        }
    }
}
