import Foundation
import KefuCore

extension Engine {
    /// The engine for `records`, with its compiled parts kept in `cache`: read back when this kefu kept them
    /// for the same items, so that only the settings, templates, lexicons and agents are decoded and each
    /// FAQ or rule is decoded when an answer first reads it; otherwise compiled (the FAQ index itself read
    /// back when the questions are unchanged) and kept; compiled, FAQs and rules are decoded when read too
    /// (see `compiled`). `build` names this kefu (its executable): a kept catalog is read only by the kefu
    /// that kept it, since only that one is sure to decode the items as it did. With a sentence model every
    /// question is embedded anyway, so the items are decoded up front, and compiling lets `records` go
    /// once they are: pass them as a temporary or with `consume`, so that no copy of the caller's outlives
    /// them.
    /// - Throws: `EngineContentError` when a record does not decode.
    public init(
        records: consuming [ContentRecord], keptIn cache: any EngineIndexCache, build: String,
        semantics: SemanticSetup = .off("no sentence model was given to the engine"),
        progress: (any ProgressReporter)? = nil
    ) throws {
        let key = KeptCatalog.key(records: records, build: build)
        if let kept = Self.kept(records: records, key: key, in: cache, semantics: semantics, progress: progress) {
            self = kept
            return
        }
        let (content, catalog, ranker, faqIndexKey, textsByLocale) = try Self.compiled(
            records: records, key: key, in: cache, semantics: semantics, progress: progress)
        if let faqIndexKey {
            let kept = KeptCatalog(catalog: catalog, textsByLocale: textsByLocale, faqIndexKey: faqIndexKey)
            cache.keep(kept.data(key: key), as: .catalog, forKey: key)
        }
        self.init(
            content: content, catalog: catalog, ranker: ranker, textsByLocale: textsByLocale,
            semantics: semantics, progress: progress)
    }

    /// The engine's parts compiled from `records`. Without a sentence model, from one decoding pass over
    /// the FAQs and rules that keeps only what compiling reads (`CompilingView`); the engine then decodes
    /// each FAQ and rule when an answer first reads it, as a kept engine does. With one, every question is
    /// embedded from the decoded items.
    private static func compiled(
        records: consuming [ContentRecord], key: String, in cache: any EngineIndexCache, semantics: SemanticSetup,
        progress: (any ProgressReporter)?
    ) throws -> (
        content: EngineContent, catalog: PhraseCatalog, ranker: FAQRanker, faqIndexKey: String?,
        textsByLocale: [String: [String]]
    ) {
        guard semantics.encoder == nil else {
            // The records are handed over, not copied: decoding lets them go.
            let content = try EngineContent(records: consume records)
            let catalog = PhraseCatalog(rules: content.rules, lexicons: content.lexicons)
            let (ranker, faqIndexKey) = FAQRanker.compiled(
                faqs: content.faqs, catalog: catalog, cache: cache, progress: progress)
            return (content, catalog, ranker, faqIndexKey, content.textsByLocale)
        }
        let view = try CompilingView(records: copy records)
        // The shelves hold the FAQs' and rules' records, to decode them when read.
        let content = try EngineContent(records: consume records, decodingFAQsAndRulesOnFirstRead: true)
        let catalog = PhraseCatalog(rules: content.rules, ruleWords: view.ruleWords, lexicons: content.lexicons)
        let textsByLocale = content.textsByLocale(itemReplies: view.localizedReplies)
        // The rest of the view goes here; the questions once indexed.
        let (ranker, faqIndexKey) = FAQRanker.compiled(
            faqs: content.faqs, questions: (consume view).questions, catalog: catalog, cache: cache, progress: progress)
        return (content, catalog, ranker, faqIndexKey, textsByLocale)
    }

    /// The engine whose catalog and FAQ index `cache` kept under `key` for these records; `nil` when either
    /// is missing or does not read back, and the engine is compiled instead.
    private static func kept(
        records: [ContentRecord], key: String, in cache: any EngineIndexCache, semantics: SemanticSetup,
        progress: (any ProgressReporter)?
    ) -> Engine? {
        guard let data = cache.kept(.catalog, forKey: key),
            let faqIndexKey = KeptCatalog.faqIndexKey(in: data, key: key)
        else { return nil }
        let lazily = semantics.encoder == nil
        // The FAQ index is read on the other core while the items are decoded and the catalog checked.
        let (read, parts) = ParallelMap.both(
            {
                let content = try EngineContent(records: records, decodingFAQsAndRulesOnFirstRead: lazily)
                let kept = try KeptCatalog(data: data, key: key, rules: content.rules, lexicons: content.lexicons)
                return (content, kept)
            },
            {
                guard let snapshot = cache.kept(.faqIndex, forKey: faqIndexKey) else {
                    throw SnapshotError.notThisIndex
                }
                return try FAQRanker.parts(of: snapshot, key: faqIndexKey)
            })
        guard let (content, kept) = try? read.get(), let parts = try? parts.get(),
            let ranker = try? FAQRanker(faqs: content.faqs, parts: parts)
        else { return nil }
        return Engine(
            content: content, catalog: kept.catalog, ranker: ranker, textsByLocale: kept.textsByLocale,
            semantics: semantics, progress: progress)
    }
}
