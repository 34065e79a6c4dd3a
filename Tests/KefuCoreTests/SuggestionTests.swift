import KefuCore
import Testing

@Suite struct SuggestionTests {
    @Test(arguments: [
        ("qeustion", "question"), ("similiar", "similar"), ("awnser", "answer"), ("keyword", "keywords"),
        ("priorty", "priority"),
    ])
    func suggestsTheFieldMeant(_ typo: String, _ meant: String) {
        let fields = ["question", "similar", "answer", "intent", "tags", "keywords", "priority", "active"]
        #expect(Suggestion.closest(to: typo, among: fields) == meant)
    }

    @Test func suggestsNothingForUnrelatedWords() {
        #expect(Suggestion.closest(to: "colour", among: ["question", "answer"]) == nil)
    }
}
