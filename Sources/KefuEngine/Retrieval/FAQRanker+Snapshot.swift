import Crypto
import Foundation
import KefuCore

extension FAQRanker {
    /// The layout of a kept index. Bump it whenever normalising, features, indexing or training change,
    /// so that indexes compiled by an older kefu are compiled again rather than read.
    static let snapshotFormat: UInt64 = 2
    /// "KEFUIDX1", first in every kept index.
    static let snapshotMagic: UInt64 = 0x3158_4449_5546_454B

    /// The ranker for `faqs`, read from `cache` when it keeps one compiled from the same questions and
    /// phrases, otherwise compiled (and then kept there); with the key it is kept under.
    static func compiled(
        faqs: ItemShelf<FAQ>, catalog: PhraseCatalog, cache: (any EngineIndexCache)?,
        progress: (any ProgressReporter)? = nil
    ) -> (ranker: FAQRanker, key: String?) {
        compiled(faqs: faqs, questions: faqs.map(\.item.questions), catalog: catalog, cache: cache, progress: progress)
    }

    /// `compiled(faqs:catalog:cache:progress:)` from each FAQ's `questions` (`FAQ.questions`, in order),
    /// so that the FAQs themselves are not read; the questions are let go once indexed.
    static func compiled(
        faqs: ItemShelf<FAQ>, questions: consuming [[String]], catalog: PhraseCatalog, cache: (any EngineIndexCache)?,
        progress: (any ProgressReporter)? = nil
    ) -> (ranker: FAQRanker, key: String?) {
        guard let cache else {
            return (FAQRanker(faqs: faqs, questions: questions, catalog: catalog, progress: progress), nil)
        }
        let key = snapshotKey(questions: questions, catalog: catalog)
        if let ranker = kept(faqs: faqs, key: key, in: cache) { return (ranker, key) }
        // Compiled straight into the cache, then read back as every later process reads it: the index is
        // written and let go before the classifier trains, and the classifier written once trained, so
        // neither is held beside training or the answers (at 100,000 items, 26 MB at the peak and 90 MB
        // after it).
        var pending: [[String]]? = consume questions
        cache.keep(as: .faqIndex, forKey: key) { sink in
            try withoutActuallyEscaping(sink) { sink in
                var writer = SnapshotWriter(streamingTo: sink)
                try compile(
                    questions: pending.take() ?? [], catalog: catalog, key: key, progress: progress, into: &writer)
                try writer.finish()
            }
        }
        if let ranker = kept(faqs: faqs, key: key, in: cache) { return (ranker, key) }
        // Keeping is best effort: when it failed (a full or read-only disk), compiled again and held in
        // memory, and compiled again by the next process.
        return (FAQRanker(faqs: faqs, questions: faqs.map(\.item.questions), catalog: catalog, progress: progress), key)
    }

    /// Compiles the index and trains the classifier for `questions` into `writer`, as a kept index under
    /// `key`. The index is let go once written, before training.
    private static func compile(
        questions: consuming [[String]], catalog: PhraseCatalog, key: String, progress: (any ProgressReporter)?,
        into writer: inout SnapshotWriter
    ) throws {
        writer.append(Self.snapshotMagic)
        writer.append(Self.snapshotFormat)
        writer.append(Array(key.utf8))
        let (index, questionVectors) = indexed(questions: consume questions, catalog: catalog)
        index.write(to: &writer)
        let classifier = FAQClassifier(
            index: consume index, questionVectors: consume questionVectors, progress: progress)
        try classifier.write(to: &writer)
    }

    /// The ranker kept in `cache` under `key` for `faqs`, if it is there and reads back whole.
    static func kept(faqs: ItemShelf<FAQ>, key: String, in cache: any EngineIndexCache) -> FAQRanker? {
        guard let kept = cache.kept(.faqIndex, forKey: key) else { return nil }
        return try? FAQRanker(faqs: faqs, snapshot: kept, key: key)
    }

    /// The SHA-256 of everything the compiled ranker depends on: the snapshot format, every FAQ's
    /// questions in order, and the phrases and synonym groups that become features.
    static func snapshotKey(questions: [[String]], catalog: PhraseCatalog) -> String {
        var hasher = SHA256()
        func update(_ number: Int) { withUnsafeBytes(of: UInt64(number)) { hasher.update(bufferPointer: $0) } }
        func update(_ text: String) {
            update(text.utf8.count)
            let hashedInPlace: Void? = text.utf8.withContiguousStorageIfAvailable {
                hasher.update(bufferPointer: .init($0))
            }
            if hashedInPlace == nil { hasher.update(data: Data(text.utf8)) }
        }
        update(Int(snapshotFormat))
        update(questions.count)
        for asked in questions {
            update(asked[0])
            update(asked.count - 1)
            for similar in asked.dropFirst() { update(similar) }
        }
        update(catalog.phrases.count)
        for phrase in catalog.phrases { update(phrase) }
        update(catalog.synonyms.members.count)
        for group in catalog.synonyms.members {
            update(group.count)
            for phrase in group { update(Int(phrase)) }
        }
        return Hex.string(hasher.finalize())
    }

    /// The ranker kept as `snapshot`, which must have been compiled under `key` for these `faqs`.
    init(faqs: ItemShelf<FAQ>, snapshot: any KeptBytes, key: String) throws {
        try self.init(faqs: faqs, parts: try Self.parts(of: snapshot, key: key))
    }

    /// The index and classifier kept as `snapshot` under `key`, read before the FAQs they go with are at
    /// hand (a kept engine reads them while it decodes the other items).
    static func parts(of snapshot: any KeptBytes, key: String) throws -> (index: FAQIndex, classifier: FAQClassifier) {
        var reader = SnapshotReader(snapshot)
        guard try reader.integer() == Self.snapshotMagic, try reader.integer() == Self.snapshotFormat,
            try reader.array(of: UInt8.self) == Array(key.utf8)
        else { throw SnapshotError.notThisIndex }
        let index = try FAQIndex(reading: &reader)
        let classifier = try FAQClassifier(reading: &reader, columns: index.columnCount, faqs: index.faqCount)
        guard reader.isAtEnd else { throw SnapshotError.inconsistent("bytes after the classifier") }
        return (index, classifier)
    }

    /// The ranker over kept `parts`, checked to have been compiled for as many FAQs and questions.
    init(faqs: ItemShelf<FAQ>, parts: (index: FAQIndex, classifier: FAQClassifier)) throws {
        // FAQs decoded on first read come with a key that covers them; counting their questions would
        // decode them all.
        let questionCount = faqs.isDecoded ? faqs.reduce(0) { $0 + 1 + $1.item.similar.count } : nil
        guard parts.index.faqCount == faqs.count,
            questionCount ?? parts.index.questionFAQ.count == parts.index.questionFAQ.count
        else {
            throw SnapshotError.inconsistent("not compiled for these FAQs")
        }
        self.init(faqs: faqs, index: parts.index, classifier: parts.classifier)
    }
}
