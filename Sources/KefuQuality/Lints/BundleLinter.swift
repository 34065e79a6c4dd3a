import Foundation
import KefuCore
import KefuEngine

/// `kefu check`'s lints: mistakes that load fine but make the assistant answer wrongly (a keyword
/// wired to two replies, a rule that can never fire, a question that lands on another entry, a
/// reply the outgoing check would block, a promotion that has ended). Each finding has a `LintCode`,
/// a severity, the place of every item involved and what to do.
public struct BundleLinter: Sendable {
    let content: EngineContent
    let columns: ShopDataColumns
    let now: Date
    let timeZone: TimeZone

    /// Words buyers say in every conversation: as keywords they fire on everything.
    static let broadKeywords: Set<String> = [
        "你好", "您好", "在吗", "在不在", "在么", "亲", "亲亲", "嗨", "哈喽", "谢谢", "好的", "嗯", "hi", "hello", "hey",
        "ok", "thanks", "yes", "no",
    ]

    /// Lints read the items, the outgoing check and the FAQ retrieval index; no classifier is trained.
    /// `columns` are the shop data's columns, which templates may use.
    public init(
        content: EngineContent, columns: ShopDataColumns = ShopDataColumns(), now: Date = Date(),
        timeZone: TimeZone = .current
    ) {
        self.content = content
        self.columns = columns
        self.now = now
        self.timeZone = timeZone
    }

    public func lint() -> [Diagnostic] {
        let findings: [[Diagnostic]] = [
            keywordFindings(), ruleReachFindings(), questionFindings(),
            variableFindings(), localeFindings(), replyFindings(), windowFindings(), platformFindings(),
            agentFindings(), reminderFindings(),
        ]
        return findings.flatMap { $0 }.sorted()
    }

    func finding(
        _ code: LintCode, _ severity: Diagnostic.Severity, _ message: Message, at location: SourceLocation?
    ) -> Diagnostic {
        Diagnostic(severity, message, at: location, code: code.rawValue)
    }

    /// `rule 'a' (rules/x.yaml:3)`, how a finding names the other items involved.
    static func place(_ kind: ItemKind, _ id: ItemID, _ location: SourceLocation?) -> String {
        "\(kind.rawValue) '\(id)'" + (location.map { " (\($0.file):\($0.line))" } ?? "")
    }
}
