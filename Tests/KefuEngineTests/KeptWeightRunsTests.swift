import Foundation
import Testing

@testable import KefuEngine

/// A kept classifier's runs, read one FAQ at a time (`KeptWeightRuns`).
@Suite struct KeptWeightRunsTests {
    /// Runs laid out as a kept index lays them out: columns, then values.
    private static func bytes(columns: [Int32], values: [Float]) -> Data {
        var data = Data()
        columns.withUnsafeBytes { data.append(contentsOf: $0) }
        values.withUnsafeBytes { data.append(contentsOf: $0) }
        return data
    }

    @Test func eachRunIsReadOnceAndAsKept() throws {
        let data = Self.bytes(columns: [1, 4, 2], values: [0.5, -1, 2])
        let runs = KeptWeightRuns(bytes: data, columnsOffset: 0, valuesOffset: 12, start: [0, 2, 3])
        try runs.checkColumns(below: 5)
        #expect(runs.run(of: 1).columns == [2] && runs.run(of: 1).values == [2])
        #expect(runs.readCount == 1)
        #expect(runs.run(of: 0).columns == [1, 4] && runs.run(of: 0).values == [0.5, -1])
        #expect(runs.run(of: 2).columns.isEmpty && runs.run(of: -1).columns.isEmpty, "no such FAQ")
        let all = try runs.all()
        #expect(all.columns == [1, 4, 2] && all.values == [0.5, -1, 2])
        let kept = FAQClassifier(start: [0, 2, 3], weights: .kept(runs))
        let inMemory = FAQClassifier(start: [0, 2, 3], weightColumn: [1, 4, 2], weightValue: [0.5, -1, 2])
        let query = SparseVector(columns: [2, 4], weights: [1, 1])
        let logits = kept.logits(for: query, candidates: [0, 1, 7])
        #expect(logits == inMemory.logits(for: query, candidates: [0, 1, 7]))
        #expect(logits[0] < 0 && logits[1] > 0 && logits[2] == 0)
    }

    /// A column the index does not have is refused when the index is read (it is then compiled again);
    /// a run the bytes no longer hold scores nothing.
    @Test func aDamagedColumnIsRefusedAndAMissingRunScoresNothing() {
        let data = Self.bytes(columns: [1, 9], values: [0.5, 1])
        let runs = KeptWeightRuns(bytes: data, columnsOffset: 0, valuesOffset: 8, start: [0, 1, 2])
        #expect(throws: SnapshotError.self) { try runs.checkColumns(below: 5) }
        #expect(throws: Never.self) { try runs.checkColumns(below: 10) }
        let cut = KeptWeightRuns(bytes: data.prefix(10), columnsOffset: 0, valuesOffset: 8, start: [0, 1, 2])
        #expect(cut.run(of: 0).columns.isEmpty, "its value is past the end")
        #expect(throws: SnapshotError.self) { try cut.all() }
    }
}
