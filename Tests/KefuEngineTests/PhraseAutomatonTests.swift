import Testing

@testable import KefuEngine

@Suite struct PhraseAutomatonTests {
    @Test func findsEveryPhraseInOnePassIncludingOverlaps() {
        let automaton = PhraseAutomaton(phrases: ["发货", "什么时候发货", "时候", "货"])
        let found = Set(automaton.matches(in: "请问什么时候发货").map(\.phrase))
        #expect(found == [0, 1, 2, 3])
    }

    @Test func latinPhrasesMatchWholeWordsOnly() {
        let automaton = PhraseAutomaton(phrases: ["hi", "agent"])
        #expect(automaton.matches(in: "this is it").isEmpty)
        #expect(automaton.matches(in: "hi, agent please").map(\.phrase) == [0, 1])
        #expect(automaton.matches(in: "agents").isEmpty)
        #expect(automaton.matches(in: "找agent").map(\.phrase) == [1])
    }

    @Test func reportsByteRanges() throws {
        let automaton = PhraseAutomaton(phrases: ["物流"])
        let match = try #require(automaton.matches(in: "查物流").first)
        #expect(match.start == 3 && match.end == 9)
    }

    @Test func manyPhrasesSharingPrefixesAndSuffixes() {
        let phrases = (0..<200).map { "词\($0)尾" } + ["尾"]
        let automaton = PhraseAutomaton(phrases: phrases)
        let found = automaton.matches(in: "词17尾和词199尾").map(\.phrase)
        #expect(found == [17, 200, 199, 200])
    }
}
