import Foundation
import KefuBundle
import KefuCore
import KefuEngine

/// Turns a REPL session into a conversation test (`:save`): each buyer message becomes a turn, and
/// what the engine did becomes its expectation, so the test fails the day an edit changes it.
struct ConversationRecorder {
    let exchanges: [ChatExchange]
    /// The store's items, to refuse a test id that is taken.
    let records: [ContentRecord]

    /// The file written, bundle-relative, and whether the buyer profile changed during the session
    /// (the test plays every turn as the first profile).
    struct Saved {
        var path: String
        var profileChanged: Bool
    }

    /// Writes the test as `tests/NAME.yaml` under `root`, atomically, after reading it back with the
    /// bundle loader; an existing file or a taken id is refused and nothing is written.
    /// - Throws: `ChatRefusal` for a name or session that cannot be saved, `DiagnosticsError` when the
    ///   loader would not accept the file.
    func save(as name: String, in root: URL) throws -> Saved {
        var base = name
        if base.hasPrefix("tests/") { base.removeFirst("tests/".count) }
        if base.hasSuffix(".yaml") { base.removeLast(".yaml".count) }
        guard let id = ItemID(base) else { throw failure(Message(.chatSaveBadName, name)) }
        guard let first = exchanges.first else { throw failure(Message(.chatSaveEmpty)) }
        let path = "tests/\(id.rawValue).yaml"
        let url = root.appending(path: path)
        if FileManager.default.fileExists(atPath: url.path) { throw failure(Message(.chatSaveExists, path)) }
        if records.contains(where: { $0.kind == .test && Self.id(of: $0) == id.rawValue }) {
            throw failure(Message(.chatSaveTaken, id.rawValue))
        }

        let key = ItemKey(kind: .test, id: id)
        let item = BundleItem(key: key, fields: fields(profile: first.profile))
        let file = BundleFile(
            path: path, kind: .test, items: [key], header: "# Saved from `kefu chat`; run it with `kefu test`.")
        let text = try BundleWriter().render(file, items: [key: item])
        let reading = BundleLoader().readFile(path, data: Data(text.utf8))
        let errors = reading?.diagnostics.filter { $0.severity == .error } ?? []
        guard errors.isEmpty else { throw DiagnosticsError(errors) }
        try AtomicFile.write(text, to: url)
        return Saved(path: path, profileChanged: exchanges.contains { $0.profile != first.profile })
    }

    /// The test's fields: the buyer profile, then one turn per message with its expectation.
    func fields(profile: ChatProfile) -> [String: FieldValue] {
        var fields: [String: FieldValue] = [
            "turns": .list(exchanges.map { .record(turn($0)) })
        ]
        if let buyer = profile.buyer { fields["buyer"] = .text(buyer) }
        if let tags = profile.tags { fields["tags"] = .list(tags.map(FieldValue.text)) }
        if let product = profile.product { fields["product"] = .text(product) }
        if let locale = profile.locale { fields["locale"] = .text(locale) }
        return fields
    }

    private func turn(_ exchange: ChatExchange) -> [String: FieldValue] {
        var turn: [String: FieldValue] = [
            "buyer": .text(
                exchange.message.text.isEmpty ? "[\(exchange.message.type.rawValue)]" : exchange.message.text),
            "expect": .record(Self.expectation(of: exchange.reply)),
        ]
        if exchange.message.type != .text { turn["type"] = .text(exchange.message.type.rawValue) }
        return turn
    }

    /// What a reply must be again: the rule or FAQ that answered, else the decision (and for a
    /// handoff its reason). Agents are left out: who is on duty depends on the hour the test runs.
    static func expectation(of reply: EngineReply) -> [String: FieldValue] {
        if reply.decision == .answer, let source = reply.source, source.kind == .faq || source.kind == .rule {
            return [source.kind.rawValue: .text(source.id.rawValue)]
        }
        var expectation: [String: FieldValue] = ["decision": .text(reply.decision.rawValue)]
        if let ticket = reply.handoff { expectation["handoff"] = .text(ticket.reason.rawValue) }
        return expectation
    }

    private func failure(_ message: Message) -> ChatRefusal {
        ChatRefusal(message: message)
    }

    private static func id(of record: ContentRecord) -> String? {
        (try? JSONSerialization.jsonObject(with: record.json) as? [String: Any])?["id"] as? String
    }
}
