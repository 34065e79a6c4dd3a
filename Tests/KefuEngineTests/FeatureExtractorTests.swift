import Testing

@testable import KefuEngine

/// A text's features come one entry a feature, in feature order, a repeated feature's weights summed.
@Suite struct FeatureExtractorTests {
    @Test func aRepeatedFeatureIsOneEntryWithItsWeightsSummed() {
        let once = FeatureExtractor().features(of: "包邮", synonymGroups: [])
        let twice = FeatureExtractor().features(of: "包邮，包邮", synonymGroups: [])
        // 包, 邮 (0.4 each) and 包邮 (1): the same three features, each weighing twice as much.
        #expect(once.count == 3)
        #expect(twice.map(\.feature) == once.map(\.feature))
        #expect(twice.map(\.weight) == once.map { $0.weight * 2 })
    }

    @Test func featuresComeInFeatureOrderWithoutRepeats() {
        let features = FeatureExtractor().features(of: "包邮吗 free shipping shipping 包邮", synonymGroups: [3, 1])
        let order = features.map(\.feature)
        #expect(order == order.sorted())
        #expect(Set(order).count == order.count)
        // The words, their pair, their grams, the characters and their pairs and triples, and two groups.
        #expect(features.count > 20)
    }

    @Test func matchedPhrasesGiveEachOfTheirGroupsOnceInOrder() throws {
        var phrases = PhraseTableBuilder()
        var lexicon = try #require(EngineFixture.content.lexicons.first { $0.item.type == .synonyms })
        lexicon.item.groups = [["发货", "寄出"], ["发货", "出库"], ["快递", "物流"]]
        let groups = SynonymGroups(lexicons: [lexicon], phrases: &phrases)
        let matched = Set(["寄出", "发货", "物流"].compactMap { phrases.index(of: $0) })
        #expect(groups.groups(in: matched) == [0, 1, 2])
        #expect(groups.groups(in: []) == [])
    }
}
