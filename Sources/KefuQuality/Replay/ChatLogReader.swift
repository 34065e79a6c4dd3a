import Foundation
import KefuBundle
import KefuCore
import KefuEngine

/// Reads a chat log: JSON Lines (`.jsonl`, one object a line) or CSV with the same columns. Every problem
/// names the file and line; nothing is read from a log with problems.
public struct ChatLogReader: Sendable {
    public init() {}

    /// The entries of the log `data` named `path`, in the order written.
    /// - Throws: `DiagnosticsError` listing every bad line.
    public func read(_ data: Data, path: String) throws -> [ChatLogEntry] {
        let rows: [(line: Int, fields: [String: String])]
        if path.lowercased().hasSuffix(".csv") {
            rows = try DataTableReader.rows(of: data, path: path).enumerated().map { ($0 + 2, $1) }
        } else {
            rows = try jsonRows(data, path: path)
        }
        var entries: [ChatLogEntry] = []
        var problems: [Diagnostic] = []
        for (line, fields) in rows {
            let location = SourceLocation(file: path, line: line)
            let missing = ["time", "session", "buyer"].filter { (fields[$0] ?? "").isEmpty }
            if !missing.isEmpty {
                problems.append(.error(Message(.chatLogMissing, missing.joined(separator: ", ")), at: location))
                continue
            }
            if let long = ["session", "buyer"].first(where: {
                (fields[$0]?.count ?? 0) > SessionState.maximumIdentifierLength
            }) {
                problems.append(
                    .error(Message(.chatLogIdentifierTooLong, long, SessionState.maximumIdentifierLength), at: location)
                )
                continue
            }
            guard let time = Self.date(fields["time"] ?? "") else {
                // A cell that slipped columns may hold what a buyer wrote: the error names the column, never
                // the cell.
                problems.append(.error(Message(.chatLogBadTime, "time"), at: location))
                continue
            }
            let replyTime = fields["human_reply_time"].flatMap { $0.isEmpty ? nil : $0 }
            if let replyTime, Self.date(replyTime) == nil {
                problems.append(.error(Message(.chatLogBadTime, "human_reply_time"), at: location))
                continue
            }
            entries.append(
                ChatLogEntry(
                    time: time, session: fields["session"] ?? "", buyer: fields["buyer"] ?? "",
                    text: fields["text"] ?? "", type: (fields["type"]).flatMap { $0.isEmpty ? nil : $0 } ?? "text",
                    humanReply: fields["human_reply"].flatMap { $0.isEmpty ? nil : $0 },
                    humanReplyTime: replyTime.flatMap(Self.date),
                    channel: fields["channel"].flatMap { $0.isEmpty ? nil : $0 }, line: line))
        }
        if !problems.isEmpty { throw DiagnosticsError(problems) }
        if entries.isEmpty { throw DiagnosticsError([.error(Message(.chatLogEmpty), at: SourceLocation(file: path))]) }
        return entries
    }

    private func jsonRows(_ data: Data, path: String) throws -> [(line: Int, fields: [String: String])] {
        guard let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticsError([.error(Message(.chatLogNotUTF8), at: SourceLocation(file: path))])
        }
        var rows: [(Int, [String: String])] = []
        var problems: [Diagnostic] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)) as? [String: Any] else {
                problems.append(.error(Message(.chatLogBadJSON), at: SourceLocation(file: path, line: index + 1)))
                continue
            }
            rows.append(
                (index + 1, object.compactMapValues { value in value as? String ?? (value as? NSNumber)?.stringValue }))
        }
        if !problems.isEmpty { throw DiagnosticsError(problems) }
        return rows
    }

    /// ISO 8601 with an offset (`2026-11-03T20:15:00+08:00`), with or without fractions of a second.
    static func date(_ text: String) -> Date? {
        (try? Date(text, strategy: plain)) ?? (try? Date(text, strategy: fractional))
    }

    // Value-type parsers made once: a formatter per line was most of the cost of reading a big log.
    private static let plain = Date.ISO8601FormatStyle()
    private static let fractional = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
}
