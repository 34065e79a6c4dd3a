/// Every question's unit TF-IDF vector, packed, for compiling and training, which hold all of them at
/// once: as `SparseVector`s they were two arrays a question of a 4-byte column and a 4-byte weight (215 MB
/// at 100,000 items). Here an entry is 3 bytes: its column as the gap from the entry before (2 bytes), and
/// a code for its raw weight (1 byte); its weight is made again where it is read, by the very operations
/// `SparseVector` makes it with (raw weight × the column's IDF, over the question's norm), so every
/// weight read is bit for bit the one a `SparseVector` holds, and compiling the same bundle trains the
/// same classifier. Reading a question as a `SparseVector` (`self[question]`) makes one.
struct QuestionVectors: RandomAccessCollection, Sendable {
    /// The code of an entry that only moves the column on by its gap (65,535), for a gap too long for 2 bytes.
    private static let skip = UInt8.max

    /// Question `q`'s entries are `gap[entryStart[q]..<entryStart[q + 1]]` and `code[…]`, by column.
    private var entryStart: [Int] = [0]
    /// Each entry's column less the column of the entry before it in its question (the first's less 0).
    private var gap: [UInt16] = []
    private var code: [UInt8] = []
    /// The raw weight of each code. Raw weights are a feature kind's weight times its occurrences, so a
    /// bundle has a few dozen; past 255 (`overflow`), every entry's raw weight is kept in full instead.
    private var rawWeightOfCode: [Float] = []
    private var codeOfRawWeight: [UInt32: UInt8] = [:]
    private var overflow: [Float]?
    /// Each column's IDF and each question's norm, once `weigh(idf:)` has found them.
    private var idf: [Float] = []
    private var norm: [Float] = []

    init() {}

    var startIndex: Int { 0 }
    var endIndex: Int { entryStart.count - 1 }

    /// Adds a question whose features are `entries`: distinct columns, sorted, each with its raw weight.
    mutating func append(_ entries: [(column: Int32, rawWeight: Float)]) {
        var column: Int32 = 0
        var previous: Int32 = -1
        for entry in entries {
            precondition(entry.column > previous, "a question's columns are sorted and distinct")
            previous = entry.column
            while entry.column - column > Int32(UInt16.max) {
                gap.append(.max)
                code.append(Self.skip)
                overflow?.append(0)
                column += Int32(UInt16.max)
            }
            gap.append(UInt16(entry.column - column))
            column = entry.column
            appendRawWeight(entry.rawWeight)
        }
        entryStart.append(gap.count)
    }

    private mutating func appendRawWeight(_ weight: Float) {
        if overflow != nil {
            code.append(0)
            overflow?.append(weight)
        } else if let known = codeOfRawWeight[weight.bitPattern] {
            code.append(known)
        } else if rawWeightOfCode.count < Int(Self.skip) {
            codeOfRawWeight[weight.bitPattern] = UInt8(rawWeightOfCode.count)
            code.append(UInt8(rawWeightOfCode.count))
            rawWeightOfCode.append(weight)
        } else {
            overflow = code.map { $0 == Self.skip ? 0 : rawWeightOfCode[Int($0)] }
            code.append(0)
            overflow?.append(weight)
        }
    }

    /// Weighs every entry by its column's IDF (`idf`) and each question to unit length. The norm is summed
    /// in column order, as `SparseVector` sums it.
    mutating func weigh(idf: [Float]) {
        self.idf = idf
        norm = []
        norm.reserveCapacity(count)
        for question in indices {
            var sum: Float = 0
            forEachRawEntry(of: question) { column, raw in
                let weight = raw * idf[Int(column)]
                sum = sum + weight * weight
            }
            norm.append(sum.squareRoot())
        }
    }

    /// Calls `body` with each column of `question` and its weight, by column.
    @inline(__always)
    func forEachEntry(of question: Int, _ body: (Int32, Float) -> Void) {
        let norm = norm[question]
        guard norm > 0 else { return }
        forEachRawEntry(of: question) { column, raw in body(column, raw * idf[Int(column)] / norm) }
    }

    /// Calls `body` with each column of `question`, in order.
    @inline(__always)
    func forEachColumn(of question: Int, _ body: (Int32) -> Void) {
        guard norm[question] > 0 else { return }
        var column: Int32 = 0
        for entry in entryStart[question]..<entryStart[question + 1] {
            column += Int32(gap[entry])
            if code[entry] != Self.skip { body(column) }
        }
    }

    /// Whether `question` has no words the index knows.
    func isEmpty(_ question: Int) -> Bool {
        norm[question] == 0
    }

    /// `question`'s vector, made.
    subscript(question: Int) -> SparseVector {
        var columns: [Int32] = []
        var weights: [Float] = []
        forEachEntry(of: question) { column, weight in
            columns.append(column)
            weights.append(weight)
        }
        return SparseVector(sortedColumns: columns, unitWeights: weights)
    }

    /// Calls `body` once with each column `questions` use, in the order first met; `seen` (false for every
    /// column, one a column) is left as it was found: a FAQ's questions' columns, found with scratch reused
    /// across FAQs rather than a set per FAQ.
    func forEachDistinctColumn(of questions: Range<Int>, seen: inout [Bool], _ body: (Int32) -> Void) {
        for question in questions {
            forEachColumn(of: question) { column in
                if !seen[Int(column)] {
                    seen[Int(column)] = true
                    body(column)
                }
            }
        }
        for question in questions { forEachColumn(of: question) { seen[Int($0)] = false } }
    }

    /// Each entry's column and raw weight, skips left out.
    @inline(__always)
    private func forEachRawEntry(of question: Int, _ body: (Int32, Float) -> Void) {
        var column: Int32 = 0
        let entries = entryStart[question]..<entryStart[question + 1]
        if let overflow {
            for entry in entries {
                column += Int32(gap[entry])
                if code[entry] != Self.skip { body(column, overflow[entry]) }
            }
        } else {
            for entry in entries {
                column += Int32(gap[entry])
                if code[entry] != Self.skip { body(column, rawWeightOfCode[Int(code[entry])]) }
            }
        }
    }
}
