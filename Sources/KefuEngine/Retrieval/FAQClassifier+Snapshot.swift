extension FAQClassifier {
    /// Appends the trained weights to `writer` (a kept index's are read whole for it).
    func write(to writer: inout SnapshotWriter) throws {
        let (columns, values) = try weights.all()
        writer.append(start)
        writer.append(columns)
        writer.append(values)
    }

    /// The classifier `write(to:)` wrote, for an index of `columns` columns and `faqs` FAQs. Each FAQ's
    /// weights stay where they are kept until an answer scores that FAQ (`KeptWeightRuns`); where the runs
    /// start and end, and every column, are checked now.
    init(reading reader: inout SnapshotReader, columns: Int, faqs: Int) throws {
        let start = try reader.array(of: Int32.self)
        let weightColumn = try reader.skipArray(of: Int32.self)
        let weightValue = try reader.skipArray(of: Float.self)
        // Laid out as postings are, by FAQ rather than by column.
        guard start.count == faqs + 1, start.first == 0, Int(start[faqs]) == weightColumn.count,
            weightValue.count == weightColumn.count, zip(start, start.dropFirst()).allSatisfy({ $0 <= $1 })
        else { throw SnapshotError.inconsistent("classifier weights") }
        let runs = KeptWeightRuns(
            bytes: reader.bytes, columnsOffset: weightColumn.offset, valuesOffset: weightValue.offset, start: start)
        try runs.checkColumns(below: columns)
        self.init(start: start, weights: .kept(runs))
    }
}
