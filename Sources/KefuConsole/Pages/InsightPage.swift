import Foundation
import Hummingbird
import KefuApp
import KefuBundle
import KefuCore
import KefuQuality

/// `/insight`: the report's measures, messages by day as bars, and the questions the bot could not
/// answer in groups, each with what accepting it would change (the FAQ before and after) and an accept
/// button (`UnansweredAcceptance`, as `kefu report --accept`); and the replay of a platform's chat log
/// picked on disk, into the conversation log the report reads.
struct InsightPage: Sendable {
    let desk: ConsoleDesk
    let pages: ConsolePages

    func add(to router: Router<ConsoleRequestContext>) {
        router.get("/insight") { _, context in try show(context) }
        router.get("/insight/groups/:number") { request, context in
            let group = try group(context)
            let answer = request.uri.queryParameters["answer"].map(String.init)
            let id = request.uri.queryParameters["id"].map(String.init)
            var data: [String: Any] = [
                "number": group.number, "questions": group.questions,
                "advice": group.advice.text(in: context.language), "reason": group.reason.text(in: context.language),
                "answer": answer ?? "", "id": id ?? "",
            ]
            if case .newFAQ = group.suggestion { data["newFAQ"] = true }
            do {
                let proposal = try UnansweredAcceptance(workspace: desk.workspace, answer: answer, id: id).preview(
                    group)
                data["preview"] = [
                    "item": proposal.after.key.description, "file": proposal.file,
                    "before": try proposal.before.map { try BundleWriter().yaml(of: $0) } ?? "—",
                    "after": try BundleWriter().yaml(of: proposal.after),
                ]
            } catch {
                if answer != nil { data["problem"] = ConsoleFlash.problem(error, in: context.language).fields["text"] }
            }
            return pages.page(
                "insight", title: pages.strings.text("navInsight", context.language), section: "/insight",
                data: ["group": data], context: context)
        }
        router.post("/insight/groups/:number") { _, context in
            let visitor = try context.signedIn
            let group = try group(context)
            do {
                let proposal = try UnansweredAcceptance(
                    workspace: desk.workspace, answer: context.field("answer"), id: context.field("id")
                ).accept(group)
                visitor.say(
                    .done(
                        pages.strings.text(
                            "groupAccepted", context.language, proposal.after.key.description,
                            proposal.file)))
                return ConsolePages.redirect(KnowledgePage.path(of: proposal.after.key))
            } catch {
                visitor.say(.problem(error, in: context.language))
                return ConsolePages.redirect("/insight/groups/\(group.number)")
            }
        }
        router.post("/insight/replay") { _, context in
            let visitor = try context.signedIn
            do {
                let coverage = try replay(context.field("path") ?? "")
                visitor.say(
                    .done(
                        pages.strings.text(
                            "replayDone", context.language, coverage.messages,
                            coverage.sessions, coverage.decisions["answer"] ?? 0)))
            } catch {
                visitor.say(.problem(error, in: context.language))
            }
            return ConsolePages.redirect("/insight")
        }
    }

    private func group(_ context: ConsoleRequestContext) throws -> UnansweredCluster {
        guard let number = Int(try context.parameters.require("number")),
            let group = try desk.report().clusters.first(where: { $0.number == number })
        else { throw HTTPError(.notFound) }
        return group
    }

    /// The chat log at `path` (relative to the bundle, or absolute) replayed into the conversation log.
    private func replay(_ path: String) throws -> ReplayCoverage {
        let url = URL(filePath: path, relativeTo: desk.workspace.root)
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw AppFailure(.failure, Message(.consoleCannotRead, path, "\(error.localizedDescription)"))
        }
        let (entries, _) = try ChatLogReader(timeZone: desk.workspace.timeZone()).read(
            data, path: path, skippingBadLines: true)
        return ReplayCoverage(try desk.workspace.replayIntoLog(entries))
    }

    private func show(_ context: ConsoleRequestContext) throws -> Response {
        let report = try desk.report()
        let language = context.language
        let busiest = max(report.days.map(\.messages).max() ?? 1, 1)
        let measures: [(String, String)] = [
            ("measureMessages", "\(report.messages)"), ("measureSessions", "\(report.sessions)"),
            ("measureReplyRate", Self.percent(report.replyRate)),
            ("measureResolved", Self.percent(report.automaticResolutionRate)),
            ("measureHandoff", Self.percent(report.handoffRate)),
            ("measureRepeat", Self.percent(report.repeatQuestionRate)),
        ]
        let data: [String: Any] = [
            "measures": measures.map { ["name": pages.strings.text($0.0, language), "value": $0.1] },
            "days": report.days.map { day in
                ["day": day.day, "messages": day.messages, "handoffs": day.handoffs, "max": busiest]
            },
            "groups": report.clusters.map { group in
                [
                    "number": group.number, "size": group.size,
                    "questions": group.questions.prefix(5).joined(separator: " / "),
                    "advice": group.advice.text(in: language), "link": "/insight/groups/\(group.number)",
                ]
            },
            "noGroups": report.clusters.isEmpty,
        ]
        return pages.page(
            "insight", title: pages.strings.text("navInsight", language), section: "/insight",
            data: ["report": data], context: context)
    }

    static func percent(_ share: Double) -> String { String(format: "%.0f%%", share * 100) }
}
