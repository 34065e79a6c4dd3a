import Foundation
import KefuBundle
import KefuCore
import KefuEngine

/// Reads a chat log: JSON Lines (`.jsonl`, one object a line) or CSV with the same columns. Every problem
/// names the file and line. Times without an offset, as platforms export them (`2026-11-20 10:00:00`),
/// are read in the shop's time zone.
public struct ChatLogReader: Sendable {
    /// Where times written without an offset were written.
    public let timeZone: TimeZone

    public init(timeZone: TimeZone = BundleSettings.defaultTimeZone) {
        self.timeZone = timeZone
    }

    /// The entries of the log `data` named `path`, in the order written; nothing from a log with a bad line.
    /// - Throws: `DiagnosticsError` listing every bad line.
    public func read(_ data: Data, path: String) throws -> [ChatLogEntry] {
        let (entries, problems) = try read(data, path: path, skippingBadLines: false)
        if !problems.isEmpty { throw DiagnosticsError(problems) }
        return entries
    }

    /// The entries of the log, and (with `skippingBadLines`) each line that could not be read, skipped.
    /// - Throws: `DiagnosticsError` for a log that is not text, has no line to read, or (without
    ///   `skippingBadLines`) has a bad line.
    public func read(_ data: Data, path: String, skippingBadLines: Bool) throws -> (
        entries: [ChatLogEntry], skipped: [Diagnostic]
    ) {
        var rows: [(line: Int, fields: [String: String])]
        var problems: [Diagnostic]
        if path.lowercased().hasSuffix(".csv") {
            rows = try DataTableReader.rows(of: data, path: path).enumerated().map { ($0 + 2, $1) }
            problems = []
        } else {
            (rows, problems) = try jsonRows(data, path: path)
            // A bad JSON line is reported before the fields of the others are looked at.
            if !problems.isEmpty && !skippingBadLines { throw DiagnosticsError(problems) }
        }
        var entries: [ChatLogEntry] = []
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
            guard let time = date(fields["time"] ?? "") else {
                // A cell that slipped columns may hold what a buyer wrote: the error names the column, never
                // the cell.
                problems.append(.error(Message(.chatLogBadTime, "time"), at: location))
                continue
            }
            let replyTime = fields["human_reply_time"].flatMap { $0.isEmpty ? nil : $0 }
            if let replyTime, date(replyTime) == nil {
                problems.append(.error(Message(.chatLogBadTime, "human_reply_time"), at: location))
                continue
            }
            let ratingText = fields["rating"].flatMap { $0.isEmpty ? nil : $0 }
            let rating = ratingText.flatMap(BuyerRating.init)
            if ratingText != nil && rating == nil {
                problems.append(.error(Message(.chatLogBadRating), at: location))
                continue
            }
            entries.append(
                ChatLogEntry(
                    time: time, session: fields["session"] ?? "", buyer: fields["buyer"] ?? "",
                    text: fields["text"] ?? "", type: (fields["type"]).flatMap { $0.isEmpty ? nil : $0 } ?? "text",
                    humanReply: fields["human_reply"].flatMap { $0.isEmpty ? nil : $0 },
                    humanReplyTime: replyTime.flatMap(date), rating: rating,
                    ratingComment: fields["rating_comment"].flatMap { $0.isEmpty ? nil : $0 },
                    channel: fields["channel"].flatMap { $0.isEmpty ? nil : $0 }, line: line))
        }
        if !problems.isEmpty && !skippingBadLines { throw DiagnosticsError(problems) }
        if entries.isEmpty {
            throw DiagnosticsError(problems + [.error(Message(.chatLogEmpty), at: SourceLocation(file: path))])
        }
        return (entries, problems.sorted { ($0.location?.line ?? 0) < ($1.location?.line ?? 0) })
    }

    private func jsonRows(_ data: Data, path: String) throws -> (
        rows: [(line: Int, fields: [String: String])], problems: [Diagnostic]
    ) {
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
        return (rows, problems)
    }

    /// A time of the log (`ShopTime`): without an offset it is in `timeZone`.
    func date(_ text: String) -> Date? { ShopTime.date(text, in: timeZone) }
}
