import Foundation
import Hummingbird
import KefuApp
import KefuCore
import KefuStore
import KefuSync

/// `/team`: the shared rule repositories this bundle syncs with, how many items the store changed
/// since each last agreed and whether the remote moved on, and pull and push with their results and
/// any conflicts (which the conflicts page then settles).
struct TeamPage: Sendable {
    let desk: ConsoleDesk
    let pages: ConsolePages

    func add(to router: Router<ConsoleRequestContext>) {
        router.get("/team") { _, context in
            let rows = try RemoteStatus.all(of: desk.workspace, store: desk.store).map { status -> [String: Any] in
                var row: [String: Any] = [
                    "name": status.remote.name, "url": status.remote.displayTarget, "ahead": status.ahead,
                ]
                if let reason = status.unreadable {
                    row["unreadable"] = reason
                } else if status.isBehind {
                    row["behind"] = true
                } else if status.remote.version == nil {
                    row["never"] = true
                } else {
                    row["even"] = true
                }
                return row
            }
            return pages.page(
                "team", title: pages.strings.text("navTeam", context.language), section: "/team",
                data: ["rows": rows, "none": rows.isEmpty], context: context)
        }
        router.post("/team/:name/pull") { _, context in
            try run(context) { name in
                let report = try desk.workspace.withRemote(named: name) { store, remote in
                    try RemoteSync(root: desk.workspace.root, store: store, author: AuthorName.resolve()).pull(
                        remote, deletions: DeletionGuard(allowsDeletes: false))
                }
                let conflicts = report.merges.filter { $0.conflict != nil }.count
                return pages.strings.text("pullDone", context.language, name, report.merges.count, conflicts)
            }
        }
        router.post("/team/:name/push") { _, context in
            try run(context) { name in
                let report = try desk.workspace.withRemote(named: name) { store, remote in
                    try RemoteSync(root: desk.workspace.root, store: store, author: AuthorName.resolve()).push(
                        remote, breakingLock: false, deletions: DeletionGuard(allowsDeletes: false))
                }
                return pages.strings.text("pushDone", context.language, name, report.itemsSent)
            }
        }
    }

    /// Runs a pull or push on the remote the path names and says how it went on the team page.
    private func run(_ context: ConsoleRequestContext, _ work: (String) throws -> String) throws -> Response {
        let visitor = try context.signedIn
        let name = try context.parameters.require("name")
        do {
            visitor.say(.done(try work(name)))
        } catch {
            visitor.say(.problem(error, in: context.language))
        }
        return ConsolePages.redirect("/team")
    }
}
