extension FAQClassifier {
    /// Appends the trained weights to `writer`.
    func write(to writer: inout SnapshotWriter) {
        writer.append(start)
        writer.append(weightFAQ)
        writer.append(weightValue)
    }

    /// The classifier `write(to:)` wrote, for an index of `columns` columns and `faqs` FAQs.
    init(reading reader: inout SnapshotReader, columns: Int, faqs: Int) throws {
        let start = try reader.array(of: Int32.self)
        let weightFAQ = try reader.array(of: Int32.self)
        let weightValue = try reader.array(of: Float.self)
        try FAQIndex.checkPostings(
            start, owners: weightFAQ, weights: weightValue, columns: columns, ownerCount: faqs,
            name: "classifier weights")
        self.init(start: start, weightFAQ: weightFAQ, weightValue: weightValue)
    }
}
