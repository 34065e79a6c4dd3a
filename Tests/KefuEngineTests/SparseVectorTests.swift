import KefuCore
import Testing

@testable import KefuEngine

/// A vector is sorted by column however its columns come, keeps repeated columns in the order they came,
/// and is scaled to unit length with its norm summed in column order.
@Suite struct SparseVectorTests {
    @Test func columnsAreSortedAndWeightsFollowThem() {
        let vector = SparseVector(columns: [7, -2, 3, 0, 2_000_000_000], weights: [1, 2, 3, 4, 5])
        #expect(vector.columns == [-2, 0, 3, 7, 2_000_000_000])
        let norm = Float(55).squareRoot()
        #expect(vector.weights == [2, 4, 3, 1, 5].map { $0 / norm })
    }

    @Test func repeatedColumnsKeepTheOrderTheyCameIn() {
        let vector = SparseVector(columns: [5, 1, 5, 1], weights: [1, 2, 3, 4])
        let norm = Float(30).squareRoot()
        #expect(vector.columns == [1, 1, 5, 5])
        #expect(vector.weights == [2, 4, 1, 3].map { $0 / norm })
    }

    @Test func theSortAgreesWithAStableSortOnRandomVectors() {
        var generator = SeededGenerator(seed: 11)
        for length in [0, 1, 2, 17, 300] {
            let columns = (0..<length).map { _ in Int32(truncatingIfNeeded: generator.next() % 200) - 100 }
            let weights = (0..<length).map { _ in Float(generator.next() % 1_000 + 1) }
            let order = columns.indices.sorted { (columns[$0], $0) < (columns[$1], $1) }
            let vector = SparseVector(columns: columns, weights: weights)
            #expect(vector.columns == order.map { columns[$0] }, "length \(length)")
            let sorted = order.map { weights[$0] }
            let norm = sorted.reduce(0) { $0 + $1 * $1 }.squareRoot()
            #expect(vector.weights == sorted.map { $0 / norm }, "length \(length)")
        }
    }

    @Test func anAllZeroVectorIsEmpty() {
        #expect(SparseVector(columns: [3, 1], weights: [0, 0]).isEmpty)
        #expect(SparseVector(columns: [], weights: []).isEmpty)
    }
}
