import Foundation
import Testing

/// Personal data is masked in one place (`PersonalDataBoundary`, KefuApp), and what a conversation
/// writes goes through it: no other source builds a masker, and only the boundary's users write the
/// conversation log or sessions. A new write path that forgets fails here, before it leaks.
@Suite struct PrivacyBoundaryTests {
    static let sources = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../../Sources")
        .standardizedFileURL

    /// Each Swift file under Sources (its path from there) whose text matches `pattern`.
    static func files(matching pattern: Regex<Substring>) -> [String] {
        var found: [String] = []
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard file.pathExtension == "swift", let text = try? String(contentsOf: file, encoding: .utf8),
                text.contains(pattern)
            else { continue }
            found.append(String(file.path.dropFirst(sources.path.count + 1)))
        }
        return found.sorted()
    }

    @Test func onlyTheBoundaryMasks() {
        // The fuzzer builds one too, to check masking itself.
        #expect(
            Self.files(matching: /PersonalDataMasker\(\)/) == [
                "KefuApp/Conversations/PersonalDataBoundary.swift", "KefuFuzzing/FuzzTarget.swift",
            ])
    }

    @Test func onlyTheAppWritesConversations() {
        #expect(Self.files(matching: /\.log\(/) == ["KefuApp/Conversations/ConversationLog.swift"])
        #expect(Self.files(matching: /\.saveSession\(/) == ["KefuApp/Conversations/StoreSessionStore.swift"])
        #expect(Self.files(matching: /TicketRecord\(/) == ["KefuApp/Conversations/PersonalDataBoundary.swift"])
        // A buyer's rating comment is kept only through the boundary too.
        #expect(Self.files(matching: /\.rateLatestReply\(/) == ["KefuApp/People/RatingDesk.swift"])
    }
}
