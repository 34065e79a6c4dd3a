import Foundation
import Hummingbird
import KefuApp
import KefuBundle
import KefuCore
import KefuQuality
import KefuStore

/// `/knowledge`: every FAQ, rule, template and lexicon in one table, searched by text and filtered by
/// kind, intent, file, expiring soon, never used and low rated (the filters are a GET form, so a
/// filtered table is a link). Each row opens the item's page (`ItemPage`).
struct KnowledgePage: Sendable {
    let desk: ConsoleDesk
    let pages: ConsolePages
    /// The kinds a seller edits day to day.
    static let kinds: [ItemKind] = [.faq, .rule, .template, .lexicon, .reminder, .agent]
    /// A promotion ending within this many days is "expiring soon".
    static let soonDays = 7.0

    static func path(of key: ItemKey) -> String { "/knowledge/\(key.kind.rawValue)/\(key.id.rawValue)" }

    func add(to router: Router<ConsoleRequestContext>) {
        router.get("/knowledge") { request, context in try show(request, context) }
        ItemPage(desk: desk, pages: pages).add(to: router)
    }

    private func show(_ request: Request, _ context: ConsoleRequestContext) throws -> Response {
        let query = request.uri.queryParameters
        let text = query["q"].map(String.init)?.lowercased() ?? ""
        let kind = query["kind"].map(String.init) ?? ""
        let intent = query["intent"].map(String.init) ?? ""
        let file = query["file"].map(String.init) ?? ""
        let flag = query["flag"].map(String.init) ?? ""
        let usage = try Self.usage(desk)
        let soon = Date().addingTimeInterval(Self.soonDays * 86_400)
        let timeZone = desk.workspace.timeZone()
        let all = try desk.store.allItems().filter { Self.kinds.contains($0.kind) }
        var intents = Set<String>()
        var files = Set<String>()
        var rows: [[String: Any]] = []
        for stored in all.sorted(by: { ($0.file, $0.line ?? 0) < ($1.file, $1.line ?? 0) }) {
            let item = try CanonicalForm.item(kind: stored.kind, canonical: stored.content)
            let itemIntent = item.fields["intent"]?.text ?? ""
            if !itemIntent.isEmpty { intents.insert(itemIntent) }
            files.insert(stored.file)
            let summary = Self.summary(of: item)
            let until = item.fields["active"]?.record?["until"]?.text
            let ends = until.flatMap(BundleDate.init(parsing:))?.date(in: timeZone)
            let used = usage[stored.key.description]
            let flags = (
                expiring: ends.map { $0 > Date() && $0 <= soon } ?? false, unused: used == nil,
                lowRated: used?.flagged ?? false
            )
            guard kind.isEmpty || stored.kind.rawValue == kind, intent.isEmpty || itemIntent == intent,
                file.isEmpty || stored.file == file,
                text.isEmpty || stored.itemID.lowercased().contains(text) || summary.lowercased().contains(text)
                    || stored.content.lowercased().contains(text)
            else { continue }
            switch flag {
            case "expiring" where !flags.expiring, "unused" where !flags.unused, "low" where !flags.lowRated:
                continue
            default: break
            }
            var row: [String: Any] = [
                "kind": stored.kind.rawValue, "id": stored.itemID, "summary": summary, "intent": itemIntent,
                "at": "\(stored.file):\(stored.line ?? 1)", "link": Self.path(of: stored.key),
                "hits": used?.hits ?? 0, "expiring": flags.expiring, "unused": flags.unused,
                "lowRated": flags.lowRated,
            ]
            if let until { row["until"] = until }
            rows.append(row)
        }
        let words = pages.strings.table(context.language)
        let data: [String: Any] = [
            "rows": rows, "count": rows.count, "q": query["q"].map(String.init) ?? "",
            "kinds": Self.kinds.map { ["value": $0.rawValue, "selected": $0.rawValue == kind] },
            "intents": intents.sorted().map { ["value": $0, "selected": $0 == intent] },
            "files": files.sorted().map { ["value": $0, "selected": $0 == file] },
            "flags": [("expiring", "flagExpiring"), ("unused", "flagUnused"), ("low", "flagLowRated")].map {
                ["value": $0.0, "name": words[$0.1] ?? $0.1, "selected": $0.0 == flag]
            },
        ]
        return pages.page(
            "knowledge", title: pages.strings.text("navKnowledge", context.language), section: "/knowledge",
            data: data, context: context)
    }

    /// What a row shows of an item: its question, keywords, text or phrases.
    static func summary(of item: BundleItem) -> String {
        for name in ["question", "name", "keywords", "text", "phrases", "groups", "reply"] {
            if let value = item.fields[name] { return value.inline }
        }
        return ""
    }

    /// How often each item answered, and whether buyers rated it low, from the conversation log.
    static func usage(_ desk: ConsoleDesk) throws -> [String: ConversationReport.ItemUsage] {
        let usage = ConversationReport.itemUsage(of: try desk.store.loggedMessages())
        return Dictionary(usage.map { ($0.source, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
