extension FAQClassifier {
    /// The bytes `write(to:)` writes.
    var snapshotSize: Int {
        SnapshotWriter.size(of: start) + SnapshotWriter.size(of: weightColumn) + SnapshotWriter.size(of: weightValue)
    }

    /// Appends the trained weights to `writer`.
    func write(to writer: inout SnapshotWriter) {
        writer.append(start)
        writer.append(weightColumn)
        writer.append(weightValue)
    }

    /// The classifier `write(to:)` wrote, for an index of `columns` columns and `faqs` FAQs.
    init(reading reader: inout SnapshotReader, columns: Int, faqs: Int) throws {
        let start = try reader.array(of: Int32.self)
        let weightColumn = try reader.array(of: Int32.self)
        let weightValue = try reader.array(of: Float.self)
        // Laid out as postings are, by FAQ rather than by column.
        try FAQIndex.checkPostings(
            start, owners: weightColumn, weights: weightValue, columns: faqs, ownerCount: columns,
            name: "classifier weights")
        self.init(start: start, weightColumn: weightColumn, weightValue: weightValue)
    }
}
