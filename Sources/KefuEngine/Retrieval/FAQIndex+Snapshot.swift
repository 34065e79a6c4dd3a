extension FAQIndex {
    /// Appends the index's arrays (not the training vectors) to `writer`.
    func write(to writer: inout SnapshotWriter) {
        let features = columnOfFeature.sorted { $0.key < $1.key }
        writer.append(features.map(\.key))
        writer.append(features.map(\.value))
        writer.append(idf)
        writer.append(postingStart)
        writer.append(postingQuestion)
        writer.append(postingWeight)
        writer.append(centroidStart)
        writer.append(centroidFAQ)
        writer.append(centroidWeight)
        writer.append(questionFAQ)
        writer.append(UInt64(faqCount))
    }

    /// The index `write(to:)` wrote, checked so that no lookup can go out of range.
    init(reading reader: inout SnapshotReader) throws {
        let featureKeys = try reader.array(of: UInt64.self)
        let featureColumns = try reader.array(of: Int32.self)
        let idf = try reader.array(of: Float.self)
        let postingStart = try reader.array(of: Int32.self)
        let postingQuestion = try reader.array(of: Int32.self)
        let postingWeight = try reader.array(of: Float.self)
        let centroidStart = try reader.array(of: Int32.self)
        let centroidFAQ = try reader.array(of: Int32.self)
        let centroidWeight = try reader.array(of: Float.self)
        let questionFAQ = try reader.array(of: Int32.self)
        let faqCount = Int(clamping: try reader.integer())

        let columns = idf.count
        guard featureKeys.count == featureColumns.count, featureColumns.allSatisfy({ 0 <= $0 && $0 < columns })
        else { throw SnapshotError.inconsistent("feature columns") }
        try Self.checkPostings(
            postingStart, owners: postingQuestion, weights: postingWeight, columns: columns,
            ownerCount: questionFAQ.count, name: "question postings")
        try Self.checkPostings(
            centroidStart, owners: centroidFAQ, weights: centroidWeight, columns: columns,
            ownerCount: faqCount, name: "centroid postings")
        guard questionFAQ.allSatisfy({ 0 <= $0 && Int($0) < faqCount }) else {
            throw SnapshotError.inconsistent("question owners")
        }
        self.init(
            columnOfFeature: Dictionary(zip(featureKeys, featureColumns)) { first, _ in first }, idf: idf,
            postingStart: postingStart, postingQuestion: postingQuestion, postingWeight: postingWeight,
            centroidStart: centroidStart, centroidFAQ: centroidFAQ, centroidWeight: centroidWeight,
            questionFAQ: questionFAQ, faqCount: faqCount)
    }

    /// Postings as `invert` makes them: one start per column and one past the end, rising from 0 to
    /// the number of postings, each naming one of `owners` things.
    static func checkPostings(
        _ start: [Int32], owners: [Int32], weights: [Float], columns: Int, ownerCount: Int, name: String
    ) throws {
        guard start.count == columns + 1, start.first == 0, Int(start[columns]) == owners.count,
            weights.count == owners.count, zip(start, start.dropFirst()).allSatisfy({ $0 <= $1 }),
            owners.allSatisfy({ 0 <= $0 && Int($0) < ownerCount })
        else { throw SnapshotError.inconsistent(name) }
    }
}
