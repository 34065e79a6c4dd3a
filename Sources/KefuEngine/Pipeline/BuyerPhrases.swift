/// The few sentences the engine writes to a buyer itself when the bundle has no template for them
/// (templates `handoff`, `clarify`, `ask-order`, … override them). Chinese for Chinese locales,
/// English otherwise; a bundle that wants other languages writes the templates.
enum BuyerPhrases {
    static func handoff(chinese: Bool) -> String {
        chinese ? "亲,这个问题我为您转接人工客服,请稍等~" : "Let me pass you to a colleague who can help. One moment, please."
    }

    /// An order number the shop's orders do not have.
    static func orderNotFound(_ order: String, chinese: Bool) -> String {
        chinese
            ? "亲,没有查到订单\(order),麻烦核对一下订单号(在“我的订单”里可以复制);也可以回复“转人工”,人工客服帮您查~"
            : "I couldn't find order \(order). Could you check the number (you can copy it from your orders)? Or reply \"agent\" and a colleague will look it up."
    }

    /// Said with the fallback when the shop's data cannot answer a question the bundle does answer.
    static func offerPerson(chinese: Bool) -> String {
        chinese
            ? "这个信息我这边暂时查不到,需要的话回复“转人工”,人工客服帮您确认~"
            : "I can't look that up right now; reply \"agent\" and a colleague will check for you."
    }

    static func offline(at time: String, chinese: Bool) -> String {
        chinese ? "人工客服将于\(time)上线,届时会第一时间回复您。" : "A person will reply from \(time)."
    }

    static func clarify(_ questions: [String], chinese: Bool) -> String {
        let list = questions.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n")
        return (chinese ? "您是想问:\n" : "Did you mean:\n") + list
            + (chinese ? "\n回复数字即可~" : "\nReply with a number.")
    }

    static func ask(for need: String, chinese: Bool) -> String {
        switch need {
        case "order": chinese ? "亲,麻烦提供一下订单号,我帮您查询~" : "Could you tell me your order number?"
        case "product": chinese ? "亲,您问的是哪件商品呢?发一下商品链接哦~" : "Which product are you asking about?"
        case "size": chinese ? "亲,您想要哪个尺码呢?" : "Which size would you like?"
        case "quantity": chinese ? "亲,您需要多少件呢?" : "How many pieces do you need?"
        case "height_weight":
            chinese ? "亲,方便告诉我您的身高和体重吗?我帮您推荐尺码~" : "Could you tell me your height and weight? I'll suggest a size."
        default: chinese ? "亲,还需要您补充一点信息~" : "Could you tell me a little more?"
        }
    }
}
