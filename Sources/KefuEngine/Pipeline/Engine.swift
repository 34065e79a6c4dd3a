import Foundation
import KefuCore

/// The answering engine: one buyer message in, one decision out, with a trace that says why.
///
/// Compiled once per store version from `EngineContent` (the phrase automaton, the FAQ index and its
/// classifier, the parsed templates); `answer(_:in:context:)` is then a function of the message, the
/// session and the shop data, safe to call from many threads.
public struct Engine: Sendable {
    /// Buyers with at least this many disputes in 72 hours go to a person (高风险买家).
    public static let highRiskDisputes = 3
    /// Runs of this many `!` are a risk-control pattern (风控静默).
    public static let exclamationLimit = 5
    /// Messages with less than this share of letters, digits and ideographs are garbled.
    public static let garbledShare = 0.3
    /// Two FAQs within this confidence of each other are too close to choose: clarify.
    public static let clarifyMargin = 0.1

    public let content: EngineContent
    let normaliser = TextNormaliser()
    let extractor = EntityExtractor()
    let detector: LanguageDetector
    let catalog: PhraseCatalog
    let ranker: FAQRanker
    let renderer: ReplyRenderer
    let compliance: ComplianceChecker
    let router: AgentRouter
    /// The sentence model's side, when the engine has one.
    let semantic: SemanticMatcher?
    /// Whether answers use meaning as well as words, and if not, why.
    public let semanticStatus: SemanticStatus
    let faqIndexByID: [ItemID: Int]
    let ruleIndexByID: [ItemID: Int]

    /// Compiles `content`; with `indexCache`, the FAQ index (the costly part) is read from there when it
    /// was compiled before for the same questions, and kept there when it is compiled now. With a sentence
    /// model in `semantics`, every FAQ question is embedded too (kept embeddings read back); a model that
    /// fails leaves the engine answering by words, and `semanticStatus` says why. `progress` is told how
    /// training the classifier and embedding the questions go.
    public init(
        content: EngineContent, indexCache: (any EngineIndexCache)? = nil,
        semantics: SemanticSetup = .off("no sentence model was given to the engine"),
        progress: (any ProgressReporter)? = nil
    ) {
        let catalog = PhraseCatalog(rules: content.rules, lexicons: content.lexicons)
        self.init(
            content: content, catalog: catalog,
            ranker: FAQRanker.compiled(faqs: content.faqs, catalog: catalog, cache: indexCache, progress: progress)
                .ranker,
            textsByLocale: content.textsByLocale, semantics: semantics, progress: progress)
    }

    /// The engine over parts compiled already (or read back from where they were kept).
    init(
        content: EngineContent, catalog: PhraseCatalog, ranker: FAQRanker, textsByLocale: [String: [String]],
        semantics: SemanticSetup, progress: (any ProgressReporter)?
    ) {
        self.content = content
        self.catalog = catalog
        self.ranker = ranker
        self.renderer = ReplyRenderer(
            templates: content.templates, defaultLocale: content.settings.locales.first ?? "zh-CN")
        self.compliance = ComplianceChecker(lexicons: content.lexicons)
        self.router = AgentRouter(agents: content.agents)
        self.detector = LanguageDetector(textsByLocale: textsByLocale)
        var semantic: SemanticMatcher?
        var status = SemanticStatus.off(reason: semantics.unavailableReason ?? "no sentence model")
        if let encoder = semantics.encoder {
            do {
                semantic = try SemanticMatcher(
                    content: content, encoder: encoder, store: semantics.store, progress: progress)
                status = .on(model: encoder.identity)
            } catch {
                status = .off(reason: "the sentence model failed: \(error)")
            }
        }
        self.semantic = semantic
        self.semanticStatus = status
        self.faqIndexByID = Dictionary(content.faqs.ids.enumerated().map { ($1, $0) }) { first, _ in first }
        self.ruleIndexByID = Dictionary(content.rules.ids.enumerated().map { ($1, $0) }) { first, _ in first }
    }

    /// The FAQ candidates for a text, best first: retrieval alone, without the rest of the pipeline.
    public func rankFAQs(_ text: String, limit: Int = 5) -> [FAQCandidate] {
        let normalised = normaliser.normalise(text).text
        return ranker.rank(
            normalised, synonyms: catalog.synonymGroups(in: normalised), limit: limit, meaning: meaning(of: normalised))
    }

    /// The sentence model's view of a normalised message, when the engine has a model.
    func meaning(of normalisedText: String) -> SemanticRanking? {
        guard let semantic, !normalisedText.isEmpty, let query = semantic.query(normalisedText) else { return nil }
        return SemanticRanking(index: semantic.index, query: query)
    }

    /// The welcome message that opens a session, in its locale; `nil` when the bundle has none.
    public func welcome(for session: SessionState, context: AnswerContext = AnswerContext()) -> String? {
        guard let welcome = content.settings.welcome else { return nil }
        let variables = variables(for: session, context: context)
        return renderer.render(.template(welcome), locale: locale(of: session), variables: variables).text
    }

    func locale(of session: SessionState) -> String {
        session.locale ?? content.settings.locales.first ?? "zh-CN"
    }

    /// The language the shop's own people read (its first locale): handoff summaries are written in it.
    var shopLanguage: Language {
        (content.settings.locales.first ?? "zh-CN").lowercased().hasPrefix("zh") ? .chinese : .english
    }

    func variables(for session: SessionState, context: AnswerContext) -> TemplateVariables {
        let buyer = session.buyer.flatMap { context.shop.buyer(id: $0) }
        return TemplateVariables(
            session: session, buyer: buyer, buyerTags: buyerTags(session, buyer: buyer),
            shopName: content.settings.name, shop: context.shop)
    }

    func buyerTags(_ session: SessionState, buyer: ShopRecord?) -> [String] {
        session.buyerTags ?? buyer?.list("tags") ?? []
    }
}
