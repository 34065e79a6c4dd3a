import Foundation
import Hummingbird
import KefuApp
import KefuBundle
import KefuCore
import KefuStore
import KefuSync

/// `/knowledge/KIND/ID`: one item's fields as its file holds them, where it is, its revisions with what
/// each changed, and what `kefu check` says about it; FAQs and rules also get a form (the answer or
/// reply, a similar question or keyword to add, the end of the promotion). A change is written through
/// `ItemEditor`: against the revision the page showed, to the bundle's file by the folder sync.
struct ItemPage: Sendable {
    let desk: ConsoleDesk
    let pages: ConsolePages
    static let editable: Set<ItemKind> = [.faq, .rule]

    func add(to router: Router<ConsoleRequestContext>) {
        router.get("/knowledge/:kind/:id") { _, context in try show(try context.itemKey(), context) }
        router.post("/knowledge/:kind/:id") { _, context in
            let key = try context.itemKey()
            // The form edits FAQs and rules only (the fields it knows).
            guard Self.editable.contains(key.kind) else { throw HTTPError(.notFound) }
            let visitor = try context.signedIn
            do {
                let sync = try ItemEditor(workspace: desk.workspace).edit(
                    key, shownHash: context.form["hash"] ?? ""
                ) { item in try Self.apply(context, to: &item) }
                if sync?.conflicts.contains(where: { $0.key == key }) == true {
                    visitor.say(.problem(pages.strings.text("editConflicted", context.language)))
                } else {
                    visitor.say(
                        .done(pages.strings.text(sync == nil ? "editUnchanged" : "editSaved", context.language)))
                }
            } catch {
                visitor.say(.problem(error, in: context.language))
            }
            return ConsolePages.redirect(KnowledgePage.path(of: key))
        }
    }

    /// The form's fields applied to the item: a text answer or reply replaces the old one, a similar
    /// question or keyword is added once, an end date replaces the promotion's end.
    static func apply(_ context: ConsoleRequestContext, to item: inout BundleItem) throws {
        let textField = item.key.kind == .faq ? "answer" : "reply"
        if let text = context.field("text"), item.fields[textField]?.text != text {
            item.fields[textField] = .text(text)
        }
        let listField = item.key.kind == .faq ? "similar" : "keywords"
        if let added = context.field("add") {
            let list = item.fields[listField]?.list ?? []
            if !list.contains(.text(added)) && item.fields["question"]?.text != added {
                item.fields[listField] = .list(list + [.text(added)])
            }
        }
        if let until = context.field("until") {
            guard BundleDate(parsing: until) != nil else {
                throw AppFailure(.usage, Message(.editBadDate, until))
            }
            var window = item.fields["active"]?.record ?? [:]
            window["until"] = .text(until)
            item.fields["active"] = .record(window)
        }
    }

    private func show(_ key: ItemKey, _ context: ConsoleRequestContext) throws -> Response {
        guard let stored = try desk.store.item(key) else { throw HTTPError(.notFound) }
        let item = try CanonicalForm.item(kind: key.kind, canonical: stored.content)
        let language = context.language
        var data: [String: Any] = [
            "kind": key.kind.rawValue, "id": key.id.rawValue, "yaml": try BundleWriter().yaml(of: item),
            "at": "\(stored.file):\(stored.line ?? 1)", "hash": stored.hash, "revision": stored.revision,
            "revisions": try revisions(of: key), "findings": try findings(on: stored, language: language),
        ]
        if Self.editable.contains(key.kind) {
            let text = item.fields[key.kind == .faq ? "answer" : "reply"]
            data["form"] = [
                "text": text?.text ?? "", "isTemplate": text?.text == nil, "templateNote": text?.inline ?? "",
                "isFAQ": key.kind == .faq, "until": item.fields["active"]?.record?["until"]?.text ?? "",
            ]
        }
        if try desk.store.conflict(on: key) != nil { data["conflict"] = ConflictsPage.path(of: key) }
        return pages.page(
            "item", title: key.description, section: "/knowledge", data: data, context: context)
    }

    /// Newest first: who and when, by which operation, and the fields that changed.
    private func revisions(of key: ItemKey) throws -> [[String: Any]] {
        let revisions = try desk.store.revisions(of: key)
        var previous: BundleItem?
        var rows: [[String: Any]] = []
        for revision in revisions {
            let item = try revision.content.map { try CanonicalForm.item(kind: key.kind, canonical: $0) }
            let changeset = try desk.store.changeset(revision.changesetID)
            let made = revision.authorship(in: changeset)
            let changes = FieldChange.between(previous, item).map { change in
                ["field": change.field, "before": change.before?.inline ?? "—", "after": change.after?.inline ?? "—"]
            }
            rows.append(
                TemplateFields.dropEmpty([
                    "number": revision.number, "operation": changeset?.operation.rawValue ?? "",
                    "author": made?.author ?? "", "when": made.map { desk.shopTime($0.at) } ?? "",
                    "summary": changeset?.summary ?? "", "changes": changes, "deleted": revision.isDeletion,
                ]))
            previous = item
        }
        return rows.reversed()
    }

    /// `kefu check`'s findings between this item's line and the next item's in the same file.
    private func findings(on stored: StoredItem, language: Language) throws -> [[String: Any]] {
        let start = stored.line ?? 1
        let next =
            try desk.store.allItems().filter { $0.file == stored.file }.compactMap(\.line).filter {
                $0 > start
            }.min() ?? Int.max
        return try desk.workspace.checkFindings(now: Date()).diagnostics.filter { diagnostic in
            guard let location = diagnostic.location, location.file == stored.file else { return false }
            return location.line >= start && location.line < next
        }.map { ["text": $0.rendered(in: language), "severity": $0.severity.rawValue] }
    }
}
