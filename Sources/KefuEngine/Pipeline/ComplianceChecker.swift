import KefuCore

/// Checks every outgoing reply against the bundle's blocklists and the advertising-law extreme words
/// (广告法极限词). Common service phrases that contain an extreme word (第一时间, 最新, 最快) are allowed,
/// and so is what a bundle's allowlist lexicons name.
///
/// `100%` is a claim only with what it promises (`100%有效`, `100%满意`): a fibre content a textile
/// label must state (`100%棉`, `100%新疆长绒棉`) or a measured figure is a fact, and is not blocked.
public struct ComplianceChecker: Sendable {
    static let extremeWords =
        [
            "最佳", "最好", "最优", "最低价", "最便宜", "最高级", "最先进", "最大程度", "全网最低", "史上最", "第一", "唯一",
            "国家级", "世界级", "顶级", "极致", "绝对", "万能", "独一无二", "假一罚万", "best in the world",
            "guaranteed 100%", "100% guaranteed",
        ] + absoluteClaims
    /// `100%` and `百分百` with what they promise: effect, satisfaction, safety, cure.
    static let absoluteClaims = ["100%", "百分百", "百分之百"].flatMap { absolute in
        [
            "有效", "见效", "满意", "好评", "保证", "安全", "无害", "无毒", "无副作用", "不过敏", "治愈", "根治", "成功",
            "纯天然",
        ].map { absolute + $0 }
    }
    /// The name the built-in extreme words go by in traces and findings.
    public static let extremeWordsList = "extreme-words"
    static let allowedPhrases = ["第一时间", "第一次", "最新", "最快", "最晚", "最迟", "最多", "最少"]

    private let automaton: PhraseAutomaton
    private let phrases: [String]
    /// For each phrase: the lexicon that lists it, `nil` for the built-in extreme words, or allowed.
    private let sources: [Source]

    enum Source: Sendable, Equatable {
        case extreme
        case blocklist(ItemID)
        case allowed
    }

    public init(lexicons: [Sourced<Lexicon>]) {
        var builder = PhraseTableBuilder()
        var sources: [Int32: Source] = [:]
        for word in Self.extremeWords { if let index = builder.index(of: word) { sources[index] = .extreme } }
        for lexicon in lexicons where lexicon.item.type == .blocklist {
            for phrase in lexicon.item.phrases {
                if let index = builder.index(of: phrase) { sources[index] = .blocklist(lexicon.item.id) }
            }
        }
        // A shop's allowlist overrides the built-in words, never its own blocklists.
        let allowlisted = lexicons.filter { $0.item.type == .allowlist }.flatMap(\.item.phrases)
        for phrase in Self.allowedPhrases + allowlisted {
            if let index = builder.index(of: phrase), sources[index] == nil || sources[index] == .extreme {
                sources[index] = .allowed
            }
        }
        automaton = PhraseAutomaton(phrases: builder.phrases)
        phrases = builder.phrases
        self.sources = builder.phrases.indices.map { sources[Int32($0)] ?? .allowed }
    }

    /// The phrases blocked in a reply as written, each with the list it comes from: what `kefu check`
    /// reports, so a blocked reply is found before a buyer would have met it.
    public func blockedPhrases(in text: String) -> [(phrase: String, source: String)] {
        violations(in: TextNormaliser().normalise(text).text)
    }

    /// The blocked phrases in a normalised reply, each with where it comes from (`extreme` or the lexicon id).
    func violations(in text: String) -> [(phrase: String, source: String)] {
        let matches = automaton.matches(in: text)
        let allowed = matches.filter { sources[Int($0.phrase)] == .allowed }
        return matches.compactMap { match in
            let inside = allowed.contains { $0.start <= match.start && match.end <= $0.end && $0 != match }
            switch sources[Int(match.phrase)] {
            case .extreme where !inside: return (phrases[Int(match.phrase)], Self.extremeWordsList)
            case .blocklist(let id): return (phrases[Int(match.phrase)], id.rawValue)
            default: return nil
            }
        }
    }
}
