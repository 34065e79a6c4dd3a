import Foundation
import KefuCore

/// Everything the engine answers from: the settings and the typed items with their locations.
public struct EngineContent: Sendable {
    public var settings: BundleSettings
    public var faqs: ItemShelf<FAQ>
    public var rules: ItemShelf<Rule>
    public var templates: [Sourced<ReplyTemplate>]
    public var lexicons: [Sourced<Lexicon>]
    public var agents: [Sourced<Agent>]
    /// The reminder rules (`kefu remind`); the answering pipeline never reads them.
    public var reminders: [Sourced<Reminder>] = []
    /// Where `bundle.yaml` is, for findings about the settings.
    public var settingsLocation: SourceLocation?

    public init(
        settings: BundleSettings, faqs: [Sourced<FAQ>] = [], rules: [Sourced<Rule>] = [],
        templates: [Sourced<ReplyTemplate>] = [], lexicons: [Sourced<Lexicon>] = [], agents: [Sourced<Agent>] = []
    ) {
        self.settings = settings
        self.faqs = ItemShelf(faqs)
        self.rules = ItemShelf(rules)
        self.templates = templates
        self.lexicons = lexicons
        self.agents = agents
    }

    /// Decodes canonical JSON records. Items are sorted by id within each kind, so the engine is the
    /// same whatever order storage returns them in.
    public init(records: [ContentRecord]) throws {
        try self.init(records: records, decodingFAQsAndRulesOnFirstRead: false)
    }

    /// `init(records:)`, with FAQs and rules left undecoded until read when `lazily` (a kept engine's
    /// content: see `ItemShelf`).
    init(records: [ContentRecord], decodingFAQsAndRulesOnFirstRead lazily: Bool) throws {
        func decode<Model: Decodable & Sendable>(_ kind: ItemKind, as type: Model.Type) throws -> [Sourced<Model>] {
            try Self.decode(records, kind: kind, as: type)
        }
        func shelf<Model>(_ kind: ItemKind, as type: Model.Type) throws -> ItemShelf<Model> {
            guard lazily else { return ItemShelf(try decode(kind, as: type).sorted { $0.item.id < $1.item.id }) }
            return ItemShelf(decodingOnFirstRead: Self.records(of: kind, in: records))
        }
        guard let settings = try decode(.bundle, as: BundleSettings.self).first else {
            throw EngineContentError.missingSettings
        }
        self.init(
            settings: settings.item,
            templates: try decode(.template, as: ReplyTemplate.self).sorted { $0.item.id < $1.item.id },
            lexicons: try decode(.lexicon, as: Lexicon.self).sorted { $0.item.id < $1.item.id },
            agents: try decode(.agent, as: Agent.self).sorted { $0.item.id < $1.item.id }
        )
        faqs = try shelf(.faq, as: FAQ.self)
        rules = try shelf(.rule, as: Rule.self)
        settingsLocation = settings.location
        reminders = try decode(.reminder, as: Reminder.self).sorted { $0.item.id < $1.item.id }
    }

    /// The records of `kind` in the order the engine holds their items (by id).
    static func records(of kind: ItemKind, in records: [ContentRecord]) -> [ContentRecord] {
        records.filter { $0.kind == kind }.sorted { $0.id < $1.id }
    }

    /// The records of `kind` decoded as `type`, each with its place. For kinds the engine does not
    /// keep (conversation tests), too.
    /// - Throws: `EngineContentError.undecodable` naming the record that does not decode.
    public static func decode<Model: Decodable & Sendable>(
        _ records: [ContentRecord], kind: ItemKind, as type: Model.Type
    ) throws -> [Sourced<Model>] {
        try decode(records.filter { $0.kind == kind }, as: type) { Sourced($0, at: $1) }
    }

    /// `records` decoded as `type`, in order, each turned into what `keep` makes of it as soon as it is
    /// decoded, so that only that is held: for compiling, which reads a little of every item.
    /// - Throws: `EngineContentError.undecodable` naming the first record that does not decode.
    static func decode<Model: Decodable & Sendable, Kept: Sendable>(
        _ records: [ContentRecord], as type: Model.Type, keeping keep: @Sendable (Model, SourceLocation?) -> Kept
    ) throws -> [Kept] {
        // Decoding is most of reading a large store's items: spread over the cores, in runs of records.
        let decoded = ParallelMap.map(records, chunkSize: 512) { run in
            let decoder = JSONDecoder()
            return run.map { record in
                Result {
                    keep(try decoder.decode(type, from: record.json), record.location)
                }.mapError { error in
                    EngineContentError.undecodable(
                        kind: record.kind, location: record.location, reason: String(describing: error))
                }
            }
        }
        return try decoded.map { try $0.get() }
    }
}
