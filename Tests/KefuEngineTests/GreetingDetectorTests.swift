import Testing

@testable import KefuEngine

/// A message that only greets gets the welcome; one that asks anything, however it opens, does not.
@Suite struct GreetingDetectorTests {
    @Test(arguments: ["在吗", "在不在呀~", "亲亲", "亲 在吗？", "你好呢", "hello!", "hi hi", "buenos días", "привет", "olá"])
    func onlyAGreeting(_ text: String) {
        #expect(GreetingDetector().isOnlyAGreeting(text))
    }

    @Test(arguments: ["", "？！", "hide", "你好请问发货了吗", "在吗 什么时候发货", "hi there", "宝贝在吗不要", "ok"])
    func notOnlyAGreeting(_ text: String) {
        #expect(!GreetingDetector().isOnlyAGreeting(text))
    }
}
