/// The words generated bundles are made of: what sellers of clothing, snacks and electronics are
/// asked, in Chinese and English, with the variations buyers use.
enum Vocabulary {
    static let products = [
        "连衣裙", "T恤", "牛仔裤", "羽绒服", "卫衣", "衬衫", "半身裙", "针织衫", "风衣", "西装", "运动鞋", "帆布鞋",
        "坚果礼盒", "牛肉干", "辣条", "蜂蜜", "充电宝", "数据线", "蓝牙耳机", "手机壳", "台灯", "保温杯",
    ]
    static let topics: [(topic: String, questions: [String], answer: String)] = [
        ("发货", ["什么时候发货", "多久能发货", "几天发出", "下单后多久寄出", "今天能发吗"], "亲,付款后48小时内发货,大促期间72小时内~"),
        ("物流", ["用什么快递", "发什么快递", "能发顺丰吗", "快递到哪了", "几天能到"], "默认发中通,需要顺丰可以补差价哦~"),
        ("尺码", ["尺码怎么选", "穿多大码", "尺码偏大吗", "有尺码表吗", "身高165穿什么码"], "亲,尺码表在详情页,报身高体重客服帮您推荐~"),
        ("退货", ["能退货吗", "支持七天无理由吗", "怎么退货", "退货运费谁出", "退款多久到账"], "支持7天无理由退换,商品需保持完好~"),
        ("面料", ["什么面料", "起球吗", "会缩水吗", "掉色吗", "透气吗"], "面料是棉混纺,不起球不缩水~"),
        ("颜色", ["有几个颜色", "有黑色吗", "实物色差大吗", "白色透不透", "颜色和图片一样吗"], "图片为实物拍摄,色差很小哦~"),
        ("包邮", ["包邮吗", "运费多少", "偏远地区包邮吗", "满多少包邮", "新疆包邮吗"], "全国包邮,偏远地区需补运费~"),
        ("发票", ["能开发票吗", "怎么开发票", "能开专票吗", "发票什么时候给", "电子发票可以吗"], "可以开电子发票,下单备注抬头和税号~"),
        ("优惠", ["有优惠吗", "有优惠券吗", "能便宜点吗", "满减怎么算", "双十一有活动吗"], "本店满200减20,满500减60~"),
        ("库存", ["有货吗", "还有库存吗", "什么时候补货", "缺货吗", "现货还是预售"], "页面能拍下的都有现货哦~"),
    ]
    static let englishTopics: [(questions: [String], answer: String)] = [
        (
            ["when will it ship", "how long until you ship", "shipping time", "when do you send it"],
            "We ship within 48 hours of payment."
        ),
        (
            ["can I return it", "what is the return policy", "how do I return", "refund time"],
            "Returns are accepted within 15 days."
        ),
        (
            ["which size should I take", "size chart", "does it run small", "what size fits me"],
            "See the size chart; tell us your height and weight."
        ),
        (
            ["is shipping free", "shipping cost", "do you ship to my country", "customs fees"],
            "Free shipping on orders over $20."
        ),
    ]
    static let fillers = ["亲", "请问", "你好", "在吗", "老板", "客服"]
    static let suffixes = ["", "?", "呀", "呢", "啊"]
    static let keywords = ["活动", "优惠", "满减", "尺码", "发货", "快递", "退货", "退款", "发票", "包邮", "面料", "库存", "颜色", "色差", "补货"]
    static let synonymGroups = [
        ["发货", "寄出", "发出"], ["多久", "几天", "什么时候"], ["退货", "退换", "退回"], ["快递", "物流", "邮寄"],
        ["优惠", "便宜", "折扣"], ["尺码", "码数", "大小"],
    ]
}
