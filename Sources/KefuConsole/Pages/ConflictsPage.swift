import Foundation
import Hummingbird
import KefuApp
import KefuBundle
import KefuCore
import KefuStore
import KefuSync

/// `/conflicts`: items changed differently on both sides, and for each, base, ours and theirs side by
/// side field by field, each conflicting field settled on its own (`Resolution.fields`); a conflict on
/// the whole item (added on both sides, deleted on one) is settled as a whole. Every field merged
/// cleanly stays as merged.
struct ConflictsPage: Sendable {
    let desk: ConsoleDesk
    let pages: ConsolePages

    static func path(of key: ItemKey) -> String { "/conflicts/\(key.kind.rawValue)/\(key.id.rawValue)" }

    func add(to router: Router<ConsoleRequestContext>) {
        router.get("/conflicts") { _, context in
            let rows = try desk.store.conflicts().map { conflict -> [String: Any] in
                TemplateFields.dropEmpty([
                    "item": conflict.key.description, "link": Self.path(of: conflict.key), "reason": conflict.reason,
                    "fields": conflict.fields, "ours": conflict.oursAuthor, "theirs": conflict.theirsAuthor,
                    "source": conflict.source,
                ])
            }
            return pages.page(
                "conflicts", title: pages.strings.text("navConflicts", context.language), section: "/conflicts",
                data: ["rows": rows, "none": rows.isEmpty], context: context)
        }
        router.get("/conflicts/:kind/:id") { _, context in
            let key = try context.itemKey()
            guard let conflict = try desk.store.conflict(on: key) else {
                return ConsolePages.redirect(KnowledgePage.path(of: key))
            }
            return pages.page(
                "conflict", title: key.description, section: "/conflicts", data: try fields(of: conflict),
                context: context)
        }
        router.post("/conflicts/:kind/:id") { _, context in
            let key = try context.itemKey()
            let visitor = try context.signedIn
            var sides: [String: ConflictSide] = [:]
            for (name, value) in context.form where name.hasPrefix("field.") {
                sides[String(name.dropFirst(6))] = ConflictSide(rawValue: value)
            }
            let whole = context.field("whole").flatMap(ConflictSide.init(rawValue:))
            let resolution: Resolution =
                switch whole {
                case .ours?: .ours
                case .theirs?: .theirs
                case nil: .fields(sides)
                }
            do {
                _ = try desk.workspace.applyAndSync { store in
                    try resolution.change(for: key, in: store, author: AuthorName.resolve())
                }
                visitor.say(.done(pages.strings.text("conflictResolved", context.language)))
                return ConsolePages.redirect(KnowledgePage.path(of: key))
            } catch {
                visitor.say(.problem(error, in: context.language))
                return ConsolePages.redirect(Self.path(of: key))
            }
        }
    }

    /// Each field of the kind that any side has, with the three values; the conflicting ones get a choice.
    private func fields(of conflict: Conflict) throws -> [String: Any] {
        let kind = conflict.kind
        let base = try conflict.base.map { try CanonicalForm.item(kind: kind, canonical: $0) }
        let ours = try conflict.ours.map { try CanonicalForm.item(kind: kind, canonical: $0) }
        let theirs = try conflict.theirs.map { try CanonicalForm.item(kind: kind, canonical: $0) }
        let conflicting = Set(conflict.fieldNames)
        let rows = ItemSchema.of(kind).fields.compactMap { spec -> [String: Any]? in
            let values = [base, ours, theirs].map { $0?.fields[spec.name] }
            guard values.contains(where: { $0 != nil }) else { return nil }
            return [
                "field": spec.name, "base": values[0]?.inline ?? "—", "ours": values[1]?.inline ?? "—",
                "theirs": values[2]?.inline ?? "—", "conflicting": conflicting.contains(spec.name),
            ]
        }
        return [
            "item": conflict.key.description, "action": Self.path(of: conflict.key), "reason": conflict.reason,
            "oursAuthor": conflict.oursAuthor, "theirsAuthor": conflict.theirsAuthor, "source": conflict.source,
            "rows": rows,
            "byField": !conflicting.isEmpty,
        ]
    }
}
