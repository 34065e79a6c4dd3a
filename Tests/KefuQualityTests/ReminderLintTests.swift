import Foundation
import KefuBundle
import KefuCore
import KefuEngine
import Testing

@testable import KefuQuality

/// K113 and K114: reminder rules that load but could never send.
@Suite struct ReminderLintTests {
    private func lint(reminders: String, orderColumns: [String]) throws -> [Diagnostic] {
        let files: [String: String] = [
            "bundle.yaml": BundleLinterTests.settings,
            "templates/templates.yaml": BundleLinterTests.templates + "\n" + """
                - id: remind-unpaid
                  needs: [order]
                  text: 亲,订单{{order.id}}还没付款哦~
                - id: remind-size
                  needs: [order, size]
                  text: 亲,{{size}}码还有货~
                """,
            "reminders/reminders.yaml": reminders, "agents.yaml": "- {id: xiaowang, name: 小王}\n",
        ]
        let bundle = try BundleLoader().loadBundle(files: files.mapValues { Data($0.utf8) })
        return BundleLinter(
            content: try EngineContent(records: bundle.contentRecords()),
            columns: ShopDataColumns(orders: orderColumns), now: BundleLinterTests.morning
        ).lint().filter { ["K113", "K114"].contains($0.code ?? "") }
    }

    @Test func aReminderCountingFromAMissingColumnIsK113() throws {
        let reminders = """
            - id: unpaid
              status: [待付款]
              after: 30m
              reply: {template: remind-unpaid}
            - id: paid
              status: [已付款]
              from: paid_at
              reply: {template: remind-unpaid}
            """
        let findings = try lint(reminders: reminders, orderColumns: ["order_id", "status", "status_at"])
        #expect(findings.map(\.code) == ["K113"])
        #expect(findings.first?.location?.line == 5)
        #expect(findings.first?.message.text(in: .english).contains("paid_at") == true)
        // Without orders.csv (local data a teammate may not have) nothing is said.
        #expect(try lint(reminders: reminders, orderColumns: []).isEmpty)
    }

    @Test func aReminderWhoseTemplateNeedsMoreThanAnOrderIsK114() throws {
        let findings = try lint(
            reminders: "- {id: size, status: [待付款], reply: {template: remind-size}}\n",
            orderColumns: ["order_id", "status", "status_at"])
        #expect(findings.map(\.code) == ["K114"])
        #expect(findings.first?.message.text(in: .english).contains("needs size") == true)
    }
}
