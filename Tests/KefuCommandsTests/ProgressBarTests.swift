import Foundation
import KefuTestSupport
import Testing

/// Long work draws a bar on a terminal: a first sync reads every file, and the first answer after it
/// trains the classifier and gives every FAQ question to the sentence model (seconds on a large shop,
/// silent before). The bar is
/// drawn here from the first moment (`KEFU_PROGRESS_AFTER=0`; a person sees it after a second), wiped
/// when the work ends, and never drawn into a pipe or into `--json` output.
@Suite struct ProgressBarTests {
    static let immediately = ["KEFU_PROGRESS_AFTER": "0"]

    @Test func aTerminalSeesTheWorkGoAndTheBarIsWiped() throws {
        let sample = try SampleShop("Samples/aliexpress-electronics")
        try FileManager.default.removeItem(at: sample.root.appending(path: ".kefu"))

        let sync = try PseudoTerminal(["sync"], in: sample.root, environment: Self.immediately)
        #expect(sync.waitForExit() == 0)
        #expect(sync.text.contains("reading files ["), "\(sync.text)")
        #expect(sync.text.contains("\r\u{1B}[2K"), "the bar is wiped")

        let ask = try PseudoTerminal(
            ["--lang", "zh-CN", "ask", "is shipping free?"], in: sample.root, environment: Self.immediately)
        #expect(ask.waitForExit() == 0)
        // The shop's questions counted in batches of 64, the count rising: 64/N, 128/N, …
        let counts = ask.text.matches(of: /理解问题 \[[█░]{24}\] (\d+)\/(\d+)/).compactMap { Int($0.output.1) }
        #expect(counts.count >= 2 && counts == counts.sorted() && counts.first == 64, "\(ask.text)")
        // Training the classifier on every question, epoch after epoch, has its bar too.
        #expect(ask.text.contains("学习店铺问题 ["), "\(ask.text)")
        // The answer comes after the wiped bar, on a clean line.
        let afterBar = try #require(ask.text.components(separatedBy: "\r\u{1B}[2K").last)
        #expect(afterBar.contains("free"), "\(ask.text)")
    }

    @Test func aPipeAndJSONGetNoBar() throws {
        let sample = try SampleShop("Samples/aliexpress-electronics")
        let piped = try KefuBinary.run(
            ["ask", "is shipping free?"], in: sample.root, environment: Self.immediately)
        #expect(piped.status == 0)
        #expect(!piped.standardError.contains("understanding questions"), "\(piped.standardError)")
        #expect(!piped.standardError.contains("\r"))

        try FileManager.default.removeItem(at: sample.root.appending(path: ".kefu/engine"))
        let json = try PseudoTerminal(
            ["ask", "--json", "is shipping free?"], in: sample.root, environment: Self.immediately)
        #expect(json.waitForExit() == 0)
        #expect(!json.text.contains("understanding questions"), "\(json.text)")
        #expect(json.text.hasPrefix("{"), "\(json.text)")
    }
}
