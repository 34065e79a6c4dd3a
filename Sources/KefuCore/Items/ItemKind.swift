/// The kinds of item a bundle holds. Each item is unique by id within its kind.
public enum ItemKind: String, CaseIterable, Codable, Sendable, Comparable {
    /// The bundle's own settings from `bundle.yaml` (one item, id `bundle`).
    case bundle
    case faq
    case rule
    case template
    case lexicon
    case agent
    case test
    /// Messages the shop sends first, by rules over its orders (`reminders/*.yaml`).
    case reminder

    /// The file a new item of this kind is written to when it has no file yet.
    public var defaultFile: String {
        switch self {
        case .bundle: "bundle.yaml"
        case .faq: "faq/faq.yaml"
        case .rule: "rules/rules.yaml"
        case .template: "templates/templates.yaml"
        case .lexicon: "lexicons/lexicons.yaml"
        case .agent: "agents.yaml"
        case .test: "tests/tests.yaml"
        case .reminder: "reminders/reminders.yaml"
        }
    }

    public static func < (lhs: ItemKind, rhs: ItemKind) -> Bool {
        lhs.order < rhs.order
    }

    private var order: Int {
        Self.allCases.firstIndex(of: self) ?? 0
    }
}
