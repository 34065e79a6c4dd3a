import KefuCore
import Mustache

/// Checks that span items: every template a reply names exists, template texts parse as Mustache,
/// and conversation tests expect items that exist. Structural problems were already caught by the loader.
public struct BundleValidator: Sendable {
    public init() {}

    public func validate(_ bundle: LoadedBundle) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let templates = Set(bundle.items(of: .template).map(\.key.id))

        func requireTemplate(_ id: ItemID?, field: String, in item: BundleItem) {
            guard let id, !templates.contains(id) else { return }
            diagnostics.append(
                Diagnostic(
                    .error, Message(.missingTemplate, field, id.rawValue), at: item.location(of: field),
                    code: LintCode.missingTemplate.rawValue))
        }

        func decode<Model: Decodable>(_ item: BundleItem, as type: Model.Type) -> Model? {
            do {
                return try item.decode(as: type)
            } catch {
                diagnostics.append(.error(Message(.modelMismatch, "\(error)"), at: item.location))
                return nil
            }
        }

        for item in bundle.items.values.sorted(by: { $0.key < $1.key }) {
            switch item.key.kind {
            case .bundle:
                guard let settings = decode(item, as: BundleSettings.self) else { continue }
                requireTemplate(settings.fallback, field: "fallback", in: item)
                requireTemplate(settings.welcome, field: "welcome", in: item)
            case .faq:
                requireTemplate(decode(item, as: FAQ.self)?.answer.templateID, field: "answer", in: item)
            case .rule:
                requireTemplate(decode(item, as: Rule.self)?.reply.templateID, field: "reply", in: item)
            case .lexicon:
                requireTemplate(decode(item, as: Lexicon.self)?.reply?.templateID, field: "reply", in: item)
            case .template:
                guard let template = decode(item, as: ReplyTemplate.self) else { continue }
                for entry in template.text.entries {
                    if let problem = Self.mustacheProblem(in: entry.text) {
                        let name = entry.locale.map { "\(item.key.id)[\($0)]" } ?? item.key.id.rawValue
                        diagnostics.append(
                            .error(Message(.templateSyntax, name, problem), at: item.location(of: "text")))
                    }
                }
            case .test:
                guard let test = decode(item, as: ConversationTest.self) else { continue }
                for turn in test.turns {
                    guard let expect = turn.expect else { continue }
                    let targets: [(ItemKind, ItemID?)] = [
                        (.rule, expect.rule), (.faq, expect.faq), (.agent, expect.agent),
                    ]
                    for case (let kind, let id?) in targets where bundle.items[ItemKey(kind: kind, id: id)] == nil {
                        diagnostics.append(
                            .error(
                                Message(.missingTestTarget, kind.rawValue, id.rawValue), at: item.location(of: "turns"))
                        )
                    }
                }
            case .agent:
                _ = decode(item, as: Agent.self)
            case .reminder:
                requireTemplate(decode(item, as: Reminder.self)?.reply.templateID, field: "reply", in: item)
            }
        }
        return diagnostics.sorted()
    }

    /// What is wrong with a Mustache text, with its line and column inside the text; `nil` when it parses.
    static func mustacheProblem(in text: String) -> String? {
        // Never hand the parser a text over the budgets: deep nesting overflows its stack.
        if let problem = MustacheLimits.problem(in: text) { return problem.text(in: .english) }
        do {
            _ = try MustacheTemplate(string: text)
            return nil
        } catch let error as MustacheTemplate.ParserError {
            return "\(error.error) (\(error.context.lineNumber):\(error.context.columnNumber))"
        } catch {
            return "\(error)"
        }
    }
}
