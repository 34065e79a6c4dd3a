import KefuCore
import Testing

@testable import KefuEngine

/// Packed question vectors read back bit for bit as the `SparseVector`s they stand for, whatever the
/// gaps between columns and however many raw weights a bundle has, so that packing changes no score
/// and no trained weight.
@Suite struct QuestionVectorsTests {
    /// `count` questions of random distinct columns below `columnLimit`, with raw weights from `rawWeights`.
    static func questions(
        count: Int, columnLimit: UInt64, rawWeights: [Float], seed: UInt64
    ) -> [[(column: Int32, rawWeight: Float)]] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { question in
            let length = question % 17 == 0 ? 0 : Int(generator.next() % 40) + 1
            let columns = Set((0..<length).map { _ in Int32(generator.next() % columnLimit) }).sorted()
            return columns.map { ($0, rawWeights[Int(generator.next() % UInt64(rawWeights.count))]) }
        }
    }

    static func expectPackedAsSparse(
        _ questions: [[(column: Int32, rawWeight: Float)]], columnLimit: Int,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        var generator = SeededGenerator(seed: 99)
        let idf = (0..<columnLimit).map { _ in 1 + Float(generator.next() % 1_000) / 137 }
        var packed = QuestionVectors()
        for question in questions { packed.append(question) }
        packed.weigh(idf: idf)
        #expect(packed.count == questions.count, sourceLocation: sourceLocation)
        for (number, question) in questions.enumerated() {
            let expected = SparseVector(
                columns: question.map(\.column), weights: question.map { $0.rawWeight * idf[Int($0.column)] })
            let read = packed[number]
            #expect(read.columns == expected.columns, "question \(number)", sourceLocation: sourceLocation)
            #expect(
                read.weights.map(\.bitPattern) == expected.weights.map(\.bitPattern), "question \(number)",
                sourceLocation: sourceLocation)
            var columns: [Int32] = []
            packed.forEachColumn(of: number) { columns.append($0) }
            #expect(columns == expected.columns, "question \(number)", sourceLocation: sourceLocation)
            #expect(packed.isEmpty(number) == expected.isEmpty, sourceLocation: sourceLocation)
        }
    }

    @Test func shortGapsAndFewRawWeightsReadBackExactly() {
        let questions = Self.questions(
            count: 300, columnLimit: 2_000, rawWeights: [0.1, 0.4, 0.5, 1, 1.5, 0.6], seed: 1)
        Self.expectPackedAsSparse(questions, columnLimit: 2_000)
    }

    /// Gaps over 65,535 columns take skip entries, which must move the column without being read as one.
    @Test func gapsLongerThanTwoBytesReadBackExactly() {
        let questions = Self.questions(count: 200, columnLimit: 400_000, rawWeights: [0.2, 1], seed: 2)
        #expect(questions.contains { zip($0, $0.dropFirst()).contains { $1.column - $0.column > 65_535 } })
        Self.expectPackedAsSparse(questions, columnLimit: 400_000)
    }

    /// Past 255 distinct raw weights every raw weight is kept in full, those packed before included.
    @Test func manyDistinctRawWeightsReadBackExactly() {
        let rawWeights = (1...600).map { Float($0) * 0.1 }
        let questions = Self.questions(count: 300, columnLimit: 100_000, rawWeights: rawWeights, seed: 3)
        #expect(Set(questions.flatMap { $0.map(\.rawWeight) }).count > 255)
        Self.expectPackedAsSparse(questions, columnLimit: 100_000)
    }

    @Test func distinctColumnsAreEachGivenOnceAndTheScratchIsLeftClear() {
        let questions = Self.questions(count: 50, columnLimit: 300, rawWeights: [1], seed: 4)
        var packed = QuestionVectors()
        for question in questions { packed.append(question) }
        packed.weigh(idf: [Float](repeating: 1, count: 300))
        var seen = [Bool](repeating: false, count: 300)
        for range in [0..<10, 10..<11, 11..<50, 20..<20] {
            var found: [Int32] = []
            packed.forEachDistinctColumn(of: range, seen: &seen) { found.append($0) }
            var expected: [Int32] = []
            for question in range {
                for entry in questions[question] where !expected.contains(entry.column) {
                    expected.append(entry.column)
                }
            }
            #expect(found == expected, "questions \(range)")
            #expect(!seen.contains(true))
        }
    }
}
