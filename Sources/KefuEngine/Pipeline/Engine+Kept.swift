import Foundation
import KefuCore

extension Engine {
    /// The engine for `records`, with its compiled parts kept in `cache`: read back when this kefu kept them
    /// for the same items, so that only the settings, templates, lexicons and agents are decoded and each
    /// FAQ or rule is decoded when an answer first reads it; otherwise compiled (the FAQ index itself read
    /// back when the questions are unchanged) and kept. `build` names this kefu (its executable): a kept
    /// catalog is read only by the kefu that kept it, since only that one is sure to decode the items as it
    /// did. With a sentence model every question is embedded anyway, so the items are decoded up front.
    /// - Throws: `EngineContentError` when a record does not decode.
    public init(
        records: [ContentRecord], keptIn cache: any EngineIndexCache, build: String,
        semantics: SemanticSetup = .off("no sentence model was given to the engine"),
        progress: (any ProgressReporter)? = nil
    ) throws {
        let key = KeptCatalog.key(records: records, build: build)
        if let data = cache.kept(.catalog, forKey: key),
            let content = try? EngineContent(
                records: records, decodingFAQsAndRulesOnFirstRead: semantics.encoder == nil),
            let kept = try? KeptCatalog(data: data, key: key, rules: content.rules, lexicons: content.lexicons),
            let ranker = FAQRanker.kept(faqs: content.faqs, key: kept.faqIndexKey, in: cache)
        {
            self.init(
                content: content, catalog: kept.catalog, ranker: ranker, textsByLocale: kept.textsByLocale,
                semantics: semantics, progress: progress)
            return
        }
        let content = try EngineContent(records: records)
        let catalog = PhraseCatalog(rules: content.rules, lexicons: content.lexicons)
        let (ranker, faqIndexKey) = FAQRanker.compiled(
            faqs: content.faqs, catalog: catalog, cache: cache, progress: progress)
        let textsByLocale = content.textsByLocale
        if let faqIndexKey {
            let kept = KeptCatalog(catalog: catalog, textsByLocale: textsByLocale, faqIndexKey: faqIndexKey)
            cache.keep(kept.data(key: key), as: .catalog, forKey: key)
        }
        self.init(
            content: content, catalog: catalog, ranker: ranker, textsByLocale: textsByLocale,
            semantics: semantics, progress: progress)
    }
}
