import Foundation
import KefuCore
import KefuEngine
import Testing

/// The compiled FAQ index kept between processes: read back, it ranks exactly as the index compiled
/// afresh; kept for other content, or damaged, it is compiled again and never trusted.
@Suite struct EngineIndexCacheTests {
    private static let messages: [String] = {
        let url = EngineFixture.folder.appending(path: "paraphrases.tsv")
        let lines = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return lines.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { $0.split(separator: "\t").last }
            .map(String.init)
    }()

    private func rankings(_ engine: Engine) -> [[FAQCandidate]] {
        Self.messages.map { engine.rankFAQs($0) }
    }

    @Test func aKeptIndexRanksExactlyAsACompiledOne() throws {
        let cache = MemoryIndexCache()
        let compiled = Engine(content: EngineFixture.content, indexCache: cache)
        #expect(cache.saves == 1)
        let read = Engine(content: EngineFixture.content, indexCache: cache)
        #expect(cache.saves == 1, "the second engine reads the kept index instead of compiling")
        #expect(Self.messages.count > 100)
        #expect(rankings(read) == rankings(compiled))
        #expect(rankings(read) == rankings(EngineFixture.engine))
    }

    @Test func changedQuestionsOrSynonymsNeedANewIndexButAChangedAnswerDoesNot() throws {
        let cache = MemoryIndexCache()
        _ = Engine(content: EngineFixture.content, indexCache: cache)
        var answerChanged = EngineFixture.content
        answerChanged.faqs[0].item.answer = .text("另一个回答")
        _ = Engine(content: answerChanged, indexCache: cache)
        #expect(cache.keys.count == 1)

        var questionChanged = EngineFixture.content
        questionChanged.faqs[0].item.similar.append("这个问题是新加的吗")
        let engine = Engine(content: questionChanged, indexCache: cache)
        #expect(cache.keys.count == 2)
        #expect(engine.rankFAQs("这个问题是新加的吗").first?.id == questionChanged.faqs[0].item.id)

        var synonymsChanged = EngineFixture.content
        let synonyms = try #require(synonymsChanged.lexicons.firstIndex { $0.item.type == .synonyms })
        synonymsChanged.lexicons[synonyms].item.groups.append(["包邮", "免运费"])
        _ = Engine(content: synonymsChanged, indexCache: cache)
        #expect(cache.keys.count == 3)
    }

    /// Ways a kept index can be damaged on disk.
    enum Damage: CaseIterable, Sendable {
        case truncated, empty, postingOutOfRange, bytesFlipped, classifierColumnOutOfRange

        func apply(to data: Data) -> Data {
            switch self {
            case .truncated: return data.prefix(data.count / 2)
            case .empty: return Data()
            case .bytesFlipped: return Data(data.enumerated().map { $0 % 97 == 0 ? ~$1 : $1 })
            case .postingOutOfRange:
                // Skip magic, format, key, feature keys, feature columns and IDF to the first posting
                // start after column 0, and point it far past the postings.
                var offset = 16
                for elementSize in [1, 8, 4, 4] { offset += 8 + Int(count(in: data, at: offset)) * elementSize }
                var damaged = data
                let huge = Int32.max
                withUnsafeBytes(of: huge) { damaged.replaceSubrange(offset + 12..<offset + 16, with: $0) }
                return damaged
            case .classifierColumnOutOfRange:
                // The index ends with the classifier's columns and then its values, each a count W and W
                // four-byte elements; the last column, read only when its FAQ is scored, names a column
                // far past the index's.
                guard
                    let weights = (1..<data.count / 8).first(where: { weights in
                        data.count >= 16 + 8 * weights
                            && count(in: data, at: data.count - 8 - 4 * weights) == UInt64(weights)
                            && count(in: data, at: data.count - 16 - 8 * weights) == UInt64(weights)
                    })
                else { return data }
                var damaged = data
                let lastColumn = data.count - 8 - 4 * weights - 4
                withUnsafeBytes(of: Int32.max) { damaged.replaceSubrange(lastColumn..<lastColumn + 4, with: $0) }
                return damaged
            }
        }

        private func count(in data: Data, at offset: Int) -> UInt64 {
            data[offset..<offset + 8].enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
        }
    }

    @Test(arguments: Damage.allCases)
    func aDamagedIndexIsCompiledAgain(_ damage: Damage) throws {
        let cache = MemoryIndexCache()
        let compiled = Engine(content: EngineFixture.content, indexCache: cache)
        let key = try #require(cache.keys.first)
        cache.damage(key) { damage.apply(to: $0) }
        let recompiled = Engine(content: EngineFixture.content, indexCache: cache)
        #expect(cache.saves == 2, "\(damage): compiled again and kept anew")
        #expect(rankings(recompiled) == rankings(compiled))
    }
}
