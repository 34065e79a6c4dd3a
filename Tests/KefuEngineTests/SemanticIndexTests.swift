import Testing

@testable import KefuEngine

/// `SemanticIndex` compares centred vectors: the part every text of the model shares is taken away, so
/// unrelated questions sit near 0 wherever the shop's trade and language put their plain cosines.
@Suite struct SemanticIndexTests {
    /// Every text is mostly one shared axis (as the model's vectors are) plus the axes of its topics.
    struct SharedAxisEncoder: SentenceEncoder {
        static let topics = ["发货", "退货", "面料", "尺码"]
        let identity = "shared-axis"
        let dimension = topics.count + 1

        func embed(_ texts: [String]) throws -> [Float] {
            texts.flatMap { text in
                var vector: [Float] = [3] + Self.topics.map { text.contains($0) ? 1 : 0 }
                let norm = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
                for index in vector.indices { vector[index] /= norm }
                return vector
            }
        }
    }

    static let questions = [["什么时候发货", "几天发货"], ["怎么退货"], ["面料是什么"], ["尺码怎么选"]]

    static func index() throws -> SemanticIndex {
        let embeddings = TextEmbeddings(encoder: SharedAxisEncoder(), store: nil)
        return try SemanticIndex(
            questions: questions, generic: try embeddings.vectors(of: ["在吗"]), embeddings: embeddings)
    }

    static func plainCosine(_ a: String, _ b: String) throws -> Float {
        let vectors = try SharedAxisEncoder().embed([a, b])
        let dimension = SharedAxisEncoder().dimension
        return (0..<dimension).reduce(0) { $0 + vectors[$1] * vectors[dimension + $1] }
    }

    @Test func unrelatedQuestionsSitLowOnceCentredThoughTheirPlainCosineIsHigh() throws {
        let index = try Self.index()
        let message = "发货了吗"
        let vector = try SharedAxisEncoder().embed([message])
        let query = index.query(vector, keep: 4)
        #expect(query.closest.first?.faq == 0)
        let fabric = index.score(of: 2, for: query.centred)
        // Plainly, a shipping question and a fabric question are close; centred, they are not.
        #expect(try Self.plainCosine(message, "面料是什么") > 0.8)
        #expect(fabric.similarity < 0.1)
        #expect(try #require(query.closest.first).similarity > 0.7)
        #expect(query.closest.map(\.faq).count == 4)
    }

    /// Sentiment by meaning still reads the plain cosine to the nearest FAQ question, rebuilt from the
    /// centred one: it must equal the cosine taken directly.
    @Test func theNearestQuestionsPlainCosineIsReadBackExactly() throws {
        let index = try Self.index()
        for message in ["发货了吗", "面料和尺码", "你好"] {
            let query = index.query(try SharedAxisEncoder().embed([message]), keep: 2)
            let direct = try Self.questions.flatMap { $0 }.map { try Self.plainCosine(message, $0) }.max() ?? -1
            #expect(abs(query.nearestQuestion - direct) < 1e-5, "\(message)")
        }
    }

    @Test func oneFAQsScoreIsTheQueryPassesScore() throws {
        let index = try Self.index()
        let query = index.query(try SharedAxisEncoder().embed(["退货要几天"]), keep: 4)
        for score in query.closest {
            let alone = index.score(of: Int(score.faq), for: query.centred)
            #expect(abs(alone.nearest - score.nearest) < 1e-6 && abs(alone.centroid - score.centroid) < 1e-6)
            #expect(alone.nearestQuestion == score.nearestQuestion)
        }
    }
}
