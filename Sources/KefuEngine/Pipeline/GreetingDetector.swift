/// Tells a message that only greets (在吗, 亲在不在, hello, hola, привет) from one that asks something.
/// Buyers open most chats this way; the welcome answers it instead of the fallback, so a greeting never
/// counts toward the fallback loop.
struct GreetingDetector: Sendable {
    /// Greetings, normalised (lower case), longest first so 在不在 goes before 在.
    static let greetings: [String] = [
        "在吗", "在不在", "在么", "在嘛", "在的吗", "有人吗", "有人在吗", "客服在吗", "老板在吗", "掌柜在吗", "店家在吗",
        "你好", "您好", "哈喽", "嗨", "早上好", "下午好", "晚上好", "亲", "亲亲", "宝子", "客服", "老板",
        "hello", "hi", "hey", "good morning", "good afternoon", "good evening", "anyone there", "are you there",
        "hola", "buenos días", "buenos dias", "buenas tardes", "buenas", "bonjour", "bonsoir", "salut",
        "привет", "здравствуйте", "добрый день", "добрый вечер", "olá", "ola", "oi", "bom dia", "boa tarde",
        "boa noite",
    ].sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }

    /// The greetings by their first scalar, longest first: most messages start with a scalar no greeting
    /// starts with, and are told apart without comparing fifty prefixes character by character.
    static let greetingsByFirstScalar: [Unicode.Scalar: [String]] = Dictionary(
        grouping: greetings, by: { $0.unicodeScalars.first ?? " " })

    /// Particles that only soften a greeting (在吗呀, 你好呢).
    static let particles: Set<Character> = ["呀", "啊", "哦", "噢", "嗯", "呢", "哈", "吖", "~", "～"]

    /// Whether `text` (normalised) holds greetings and nothing else but punctuation and particles.
    func isOnlyAGreeting(_ text: String) -> Bool {
        var rest = Substring(text)
        var greeted = false
        while true {
            rest = rest.drop { $0.isWhitespace || $0.isPunctuation || $0.isSymbol || Self.particles.contains($0) }
            guard !rest.isEmpty else { return greeted }
            guard let first = rest.unicodeScalars.first,
                let greeting = Self.greetingsByFirstScalar[first]?.first(where: { Self.startsWithWord(rest, $0) })
            else { return false }
            rest = rest.dropFirst(greeting.count)
            greeted = true
        }
    }

    /// `rest` starts with `greeting`, and a Latin greeting is a whole word (`hi`, not `hide`).
    private static func startsWithWord(_ rest: Substring, _ greeting: String) -> Bool {
        guard rest.hasPrefix(greeting) else { return false }
        guard let last = greeting.last, last.isASCII, let next = rest.dropFirst(greeting.count).first else {
            return true
        }
        return !next.isLetter
    }
}
