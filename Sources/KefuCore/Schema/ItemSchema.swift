/// The fields one kind of item may have, in the order they are written, and the checks that span fields.
public struct ItemSchema: Sendable {
    public let kind: ItemKind
    /// Fields in writing order; `id` is implied and always first.
    public let fields: [FieldSpec]
    /// Checks that look at several fields at once (a lexicon's `type` decides its other fields).
    let crossFieldCheck: @Sendable ([String: FieldValue]) -> [FieldProblem]

    init(
        kind: ItemKind, fields: [FieldSpec],
        crossFieldCheck: @escaping @Sendable ([String: FieldValue]) -> [FieldProblem] = { _ in [] }
    ) {
        self.kind = kind
        self.fields = fields
        self.crossFieldCheck = crossFieldCheck
    }

    /// The spec of a top-level field.
    public func field(named name: String) -> FieldSpec? {
        fields.first { $0.name == name }
    }

    /// The schema of `kind`.
    public static func of(_ kind: ItemKind) -> ItemSchema {
        switch kind {
        case .bundle: bundle
        case .faq: faq
        case .rule: rule
        case .template: template
        case .lexicon: lexicon
        case .agent: agent
        case .test: test
        case .reminder: reminder
        }
    }

    /// Validates raw fields (as read from a file or a store) and returns them normalised, with every
    /// problem found. The fields are usable only when `problems` is empty.
    public func validate(_ raw: [String: FieldValue]) -> (fields: [String: FieldValue], problems: [FieldProblem]) {
        var validator = FieldValidator()
        let fields = validator.validateRecord(raw, specs: fields, at: FieldPath())
        var problems = validator.problems
        if problems.isEmpty {
            problems += crossFieldCheck(fields)
        }
        return (fields, problems)
    }
}
