import Foundation
import KefuCore

/// The retrieval index over every FAQ question and similar question: TF-IDF vectors with inverted
/// postings, scored two ways at once. The nearest single question (paraphrases of one written
/// question) and the FAQ's centroid (what all its questions share) together are steadier than either.
struct FAQIndex: Sendable {
    /// Columns in more than this share of the questions are not searched (see `init`).
    static let commonShare: Float = 1.0 / 64
    /// … unless the bundle is so small that this many questions is a large share.
    static let minimumCap = 64
    /// Questions whose features are found together, on all cores, before their columns are numbered.
    static let featureBatch = 8_192

    let extractor = FeatureExtractor()
    let columnOfFeature: [UInt64: Int32]
    let idf: [Float]
    /// Postings of each column over questions: `postingQuestion[postingStart[c]..<postingStart[c+1]]`.
    let postingStart: [Int32]
    let postingQuestion: [Int32]
    let postingWeight: [Float]
    /// Postings of each column over FAQ centroids.
    let centroidStart: [Int32]
    let centroidFAQ: [Int32]
    let centroidWeight: [Float]
    /// The FAQ each question belongs to.
    let questionFAQ: [Int32]
    let faqCount: Int
    /// How many feature columns the bundle's questions use.
    var columnCount: Int { idf.count }

    /// The index of FAQs that have `questionCounts[i]` questions each, FAQ `i`'s `n`th being
    /// `normalisedQuestion(i, n)` (normalised text and synonym groups); and each question's vector. Texts
    /// are asked for a batch at a time, as their features are found, so they are never all held at once
    /// (100 MB at 100,000 items).
    static func compile(
        questionCounts: [Int],
        normalisedQuestion: @Sendable (_ faq: Int, _ number: Int) -> (text: String, synonyms: [Int32])
    ) -> (index: FAQIndex, questionVectors: QuestionVectors) {
        let extractor = FeatureExtractor()
        var columnOfFeature: [UInt64: Int32] = [:]
        var documentFrequency: [Int32] = []
        // Each FAQ's questions are consecutive: FAQ `f`'s are `questionStart[f]..<questionStart[f + 1]`.
        var questionStart = [0]
        questionStart.reserveCapacity(questionCounts.count + 1)
        var questionFAQ: [Int32] = []
        questionFAQ.reserveCapacity(questionCounts.reduce(0, +))
        for (faq, count) in questionCounts.enumerated() {
            questionStart.append(questionStart[faq] + count)
            questionFAQ += repeatElement(Int32(faq), count: count)
        }
        let flatCount = questionFAQ.count
        var vectors = QuestionVectors()
        // Texts are normalised and their features found on all cores, a batch of questions at a time (the
        // features of 300,000 questions at once held 200 MB); columns are then numbered in one pass, in
        // question order and feature order (as the extractor gives them), so that columns are numbered,
        // and floats summed, the same way on every compile.
        var entries: [(column: Int32, rawWeight: Float)] = []
        for batchStart in stride(from: 0, to: flatCount, by: Self.featureBatch) {
            let batch = Array(batchStart..<min(batchStart + Self.featureBatch, flatCount))
            let featuresOfQuestion = ParallelMap.map(batch, chunkSize: 256) { [questionFAQ, questionStart] run in
                run.map { flat in
                    let faq = Int(questionFAQ[flat])
                    let (text, synonyms) = normalisedQuestion(faq, flat - questionStart[faq])
                    return extractor.features(of: text, synonymGroups: synonyms)
                }
            }
            for features in featuresOfQuestion {
                entries.removeAll(keepingCapacity: true)
                for (feature, weight) in features {
                    let column: Int32
                    if let known = columnOfFeature[feature] {
                        column = known
                    } else {
                        column = Int32(documentFrequency.count)
                        columnOfFeature[feature] = column
                        documentFrequency.append(0)
                    }
                    documentFrequency[Int(column)] += 1
                    entries.append((column, weight))
                }
                // A feature has one column, so no two entries tie.
                entries.sort { $0.column < $1.column }
                vectors.append(entries)
            }
        }
        let questionCount = vectors.count
        let count = Float(questionCount)
        let idf = documentFrequency.map { logf((count + 1) / (Float($0) + 1)) + 1 }
        vectors.weigh(idf: idf)

        // Columns in more than one question in `commonShare` (common characters and words, low IDF)
        // get no postings: they add little to any score and would make every query walk long lists.
        // Centroids are fewer, so the same share is counted in FAQs there.
        let cap = max(Self.minimumCap, Int(Float(questionCount) * Self.commonShare))
        let searchable = documentFrequency.map { Int($0) <= cap }
        let firstQuestion = questionStart
        let columnCount = idf.count
        // How many FAQs use each column, counted before the centroids are made, so that each centroid keeps
        // only the columns searched by centroid: every centroid held whole was 63 MB at 100,000 items, for
        // 5 MB of postings.
        var faqFrequency = [Int32](repeating: 0, count: columnCount)
        var seen = [Bool](repeating: false, count: columnCount)
        for faq in questionCounts.indices {
            vectors.forEachDistinctColumn(of: firstQuestion[faq]..<firstQuestion[faq + 1], seen: &seen) {
                faqFrequency[Int($0)] += 1
            }
        }
        let faqCap = max(Self.minimumCap, Int(Float(questionCounts.count) * Self.commonShare))
        let searchableCentroid = faqFrequency.map { Int($0) <= faqCap }

        // Each FAQ's centroid sums its questions in question order, on all cores, in a row by column
        // reused across a run of FAQs (hashing every weight into a table per FAQ cost more than the sums);
        // it is scaled to unit length over all its columns, then cut to the searched ones.
        let centroidVectors = ParallelMap.map(Array(questionCounts.indices), chunkSize: 256) { [vectors] faqs in
            var row = [Float](repeating: 0, count: columnCount)
            var seen = [Bool](repeating: false, count: columnCount)
            return faqs.map { faq in
                let questions = firstQuestion[faq]..<firstQuestion[faq + 1]
                var touched: [Int32] = []
                vectors.forEachDistinctColumn(of: questions, seen: &seen) { touched.append($0) }
                for question in questions {
                    vectors.forEachEntry(of: question) { column, weight in row[Int(column)] += weight }
                }
                let weights = touched.map { row[Int($0)] }
                for column in touched { row[Int(column)] = 0 }
                let whole = SparseVector(columns: touched, weights: weights)
                let kept = whole.columns.indices.filter { searchableCentroid[Int(whole.columns[$0])] }
                return SparseVector(
                    sortedColumns: kept.map { whole.columns[$0] }, unitWeights: kept.map { whole.weights[$0] })
            }
        }
        let questionPostings = Self.invert(
            count: questionCount, columns: idf.count, keeping: searchable, entries: vectors.forEachEntry)
        let centroidPostings = Self.invert(
            count: centroidVectors.count, columns: idf.count, keeping: searchableCentroid
        ) {
            for (column, weight) in zip(centroidVectors[$0].columns, centroidVectors[$0].weights) { $1(column, weight) }
        }
        let index = FAQIndex(
            columnOfFeature: columnOfFeature, idf: idf, postingStart: questionPostings.start,
            postingQuestion: questionPostings.owners, postingWeight: questionPostings.weights,
            centroidStart: centroidPostings.start, centroidFAQ: centroidPostings.owners,
            centroidWeight: centroidPostings.weights, questionFAQ: questionFAQ, faqCount: questionCounts.count)
        return (index, vectors)
    }

    /// The index of the FAQs' written questions (each FAQ's `FAQ.questions`, in order), normalised, with
    /// their synonym groups from `catalog`; and each question's vector.
    static func compile(questions: [[String]], catalog: PhraseCatalog) -> (
        index: FAQIndex, questionVectors: QuestionVectors
    ) {
        let normaliser = TextNormaliser()
        return compile(questionCounts: questions.map(\.count)) { faq, number in
            let text = normaliser.normalise(questions[faq][number]).text
            return (text: text, synonyms: catalog.synonymGroups(in: text))
        }
    }

    /// The unit TF-IDF vector of a query; features the bundle never uses are dropped.
    func vector(of text: String, synonyms: [Int32]) -> SparseVector {
        var columns: [Int32] = []
        var weights: [Float] = []
        for (feature, weight) in extractor.features(of: text, synonymGroups: synonyms) {
            guard let column = columnOfFeature[feature] else { continue }
            columns.append(column)
            weights.append(weight * idf[Int(column)])
        }
        return SparseVector(columns: columns, weights: weights)
    }

    /// Scores `query` into `scratch` (which must be clear): the cosine to each question it touches, and
    /// for each FAQ it touches the cosine to its nearest question (and which question) and to its centroid.
    /// Only what the query's columns lead to is written, so the cost is that of the postings walked.
    func score(_ query: SparseVector, into scratch: inout RetrievalScratch) {
        scoreQuestions(query, into: &scratch)
        for question in scratch.touchedQuestions {
            let faq = questionFAQ[Int(question)]
            let score = scratch.questionScore[Int(question)]
            scratch.touch(faq)
            if score > scratch.nearest[Int(faq)] {
                scratch.nearest[Int(faq)] = score
                scratch.nearestQuestion[Int(faq)] = question
            }
        }
        scoreCentroids(query, into: &scratch)
    }

    /// The cosine of `query` to the centroid of each FAQ it touches, into `scratch.centroid`, through
    /// columns held by at most `postingCap` FAQs (training's hard-negative search bounds its cost so).
    func scoreCentroids(_ query: SparseVector, into scratch: inout RetrievalScratch, postingCap: Int = .max) {
        for (column, weight) in zip(query.columns, query.weights) {
            let start = Int(centroidStart[Int(column)])
            let end = Int(centroidStart[Int(column) + 1])
            guard end - start <= postingCap else { continue }
            for posting in start..<end {
                let faq = centroidFAQ[posting]
                scratch.touch(faq)
                scratch.centroid[Int(faq)] += weight * centroidWeight[posting]
            }
        }
    }

    /// The first part of `score`: the cosine of `query` to each question it touches (over searchable
    /// columns), into `scratch.questionScore`, and which questions those are.
    func scoreQuestions(_ query: SparseVector, into scratch: inout RetrievalScratch) {
        for (column, weight) in zip(query.columns, query.weights) {
            let column = Int(column)
            for posting in Int(postingStart[column])..<Int(postingStart[column + 1]) {
                let question = postingQuestion[posting]
                if scratch.questionScore[Int(question)] == 0 { scratch.touchedQuestions.append(question) }
                scratch.questionScore[Int(question)] += weight * postingWeight[posting]
            }
        }
    }

    /// A clear scratch for this index's questions and FAQs.
    func makeScratch() -> RetrievalScratch {
        RetrievalScratch(questionCount: questionFAQ.count, faqCount: faqCount)
    }

    /// The postings, by column, of `count` owners (questions or FAQs) whose columns and weights `entries`
    /// gives, over the columns that are `searchable`.
    private static func invert(
        count: Int, columns: Int, keeping searchable: [Bool],
        entries: (_ owner: Int, _ body: (Int32, Float) -> Void) -> Void
    ) -> (start: [Int32], owners: [Int32], weights: [Float]) {
        var counts = [Int32](repeating: 0, count: columns + 1)
        for owner in 0..<count {
            entries(owner) { column, _ in if searchable[Int(column)] { counts[Int(column) + 1] += 1 } }
        }
        for column in 0..<columns { counts[column + 1] += counts[column] }
        var fill = counts
        var owners = [Int32](repeating: 0, count: Int(counts[columns]))
        var weights = [Float](repeating: 0, count: Int(counts[columns]))
        for owner in 0..<count {
            entries(owner) { column, weight in
                guard searchable[Int(column)] else { return }
                let slot = Int(fill[Int(column)])
                owners[slot] = Int32(owner)
                weights[slot] = weight
                fill[Int(column)] += 1
            }
        }
        return (counts, owners, weights)
    }
}
