import KefuCore

/// Sentiment by meaning: a message is compared with prototypes of anger, complaint and threats (`high`),
/// of hesitation (`watch`), and of calm questions, including questions about quality (这款起球吗), which
/// must stay with the bot. The shop's own FAQ questions count as calm too: what a seller answers is what
/// buyers ask calmly. A level is taken when its nearest prototype is at least `floor` close, closer than
/// the nearest calm prototype by `margin`, and no further than `faqMargin` behind the nearest FAQ question.
/// Kefu ships the built-in sets below, in Chinese and English; the phrases of the bundle's sentiment
/// lexicons join them at their level.
struct SentimentPrototypes: Sendable {
    /// Chosen on the tuning lists (Tests/KefuSemanticTests/Fixtures/tuning/: 30 angry and 30 calm
    /// messages, and the paraphrases of two sample shops as calm ones), never on the held-out set: 83 % of
    /// the angry messages, 2.5 % of the calm ones. The model's cosines run lower in English than in
    /// Chinese, so the floor is low and the margins decide.
    static let margin: Float = 0.01
    static let floor: Float = 0.84
    static let faqMargin: Float = -0.01

    static let builtInHigh = [
        "气死我了", "太气人了", "你们太过分了", "我要投诉你们", "我要给差评", "我要举报你们", "我要曝光你们", "我要找平台",
        "我要去消协", "我要找12315", "你们就是骗子", "这是什么垃圾东西", "质量太差了,太失望了", "再也不会来买了", "你们什么态度",
        "服务太烂了", "真是坑人", "黑心商家", "我要退钱,马上", "别糊弄我", "一直没人管,太让人生气了", "我很生气", "我非常不满意",
        "你们必须给我一个说法", "我要起诉你们", "东西烂透了", "被坑了", "恶心", "我要上网曝光", "受够了",
        "I am very angry", "this is unacceptable", "I want to complain", "I will leave a bad review",
        "I will report you",
        "you are scammers", "this is a scam", "worst service ever", "terrible quality, very disappointed",
        "I want my money back now", "I will never buy again", "this is ridiculous", "I'm furious",
    ]
    static let builtInWatch = [
        "太贵了,再考虑一下", "我再想想", "别家更便宜", "等等再说", "有点贵", "考虑考虑", "价格能不能再低点,不然不买了",
        "too expensive, I'll think about it", "I found it cheaper elsewhere", "let me think about it",
    ]
    static let builtInCalm = [
        "这款起球吗", "质量怎么样", "会不会掉色", "什么时候发货", "尺码偏大吗", "谢谢,收到了", "好的,我等等", "可以便宜点吗",
        "有优惠吗", "能开发票吗", "怎么退货", "退款多久到账", "收到的东西有破损怎么办", "少发了一件", "包邮吗", "面料是什么", "好吃吗",
        "保质期多久", "衣服很好看", "谢谢亲", "在吗", "请问可以换货吗", "物流到哪了", "能帮我做件事吗",
        "is it good quality?", "when will it ship?", "thank you", "can I return it?", "does it fade?",
        "what size should I pick?", "how long is delivery?", "I want to cancel my order",
        "when will I get my refund?",
    ]

    let high: Prototypes
    let watch: Prototypes
    let calm: Prototypes

    /// The built-in sets with the phrases of `lexicons` (sentiment lexicons, at their level).
    init(lexicons: [Sourced<Lexicon>], embeddings: TextEmbeddings, normaliser: TextNormaliser) throws {
        let sentiment = lexicons.map(\.item).filter { $0.type == .sentiment }
        let highPhrases = sentiment.filter { $0.level == .high }.flatMap(\.phrases)
        let watchPhrases = sentiment.filter { $0.level != .high }.flatMap(\.phrases)
        func prototypes(_ texts: [String]) throws -> Prototypes {
            let normalised = texts.map { normaliser.normalise($0).text }.filter { !$0.isEmpty }
            return Prototypes(
                texts: normalised, vectors: try embeddings.vectors(of: normalised), dimension: embeddings.dimension)
        }
        high = try prototypes(Self.builtInHigh + highPhrases)
        watch = try prototypes(Self.builtInWatch + watchPhrases)
        calm = try prototypes(Self.builtInCalm)
    }

    /// The level `vector` is close to, if any, with the prototype it is closest to; `faqQuestion` is its
    /// closeness to the shop's nearest FAQ question.
    func level(of vector: [Float], faqQuestion: Float) -> SentimentMatch? {
        let calmSimilarity = calm.nearest(to: vector).similarity
        for (level, prototypes) in [(Lexicon.SentimentLevel.high, high), (.watch, watch)] {
            let (similarity, text) = prototypes.nearest(to: vector)
            if similarity >= Self.floor, similarity - calmSimilarity >= Self.margin,
                similarity - faqQuestion >= Self.faqMargin
            {
                return SentimentMatch(level: level, prototype: text, similarity: similarity, calm: calmSimilarity)
            }
        }
        return nil
    }

    struct Prototypes: Sendable {
        let texts: [String]
        let vectors: [Float]
        let dimension: Int

        func nearest(to vector: [Float]) -> (similarity: Float, text: String) {
            var best: (Float, String) = (-1, "")
            vectors.withUnsafeBufferPointer { rows in
                vector.withUnsafeBufferPointer { query in
                    for (row, text) in texts.enumerated() {
                        let similarity = SemanticIndex.dot(rows, row: row, query, dimension: dimension)
                        if similarity > best.0 { best = (similarity, text) }
                    }
                }
            }
            return best
        }
    }
}
