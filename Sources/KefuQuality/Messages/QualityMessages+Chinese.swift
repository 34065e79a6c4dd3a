import KefuCore

extension QualityMessages {
    /// Chinese (zh-CN).
    static let chinese: [MessageKey: String] = [
        .lintBlockedClaim:
            "{0} 的回复含有“{1}”,属于广告法禁止的绝对化用语(极限词):买家只会被转人工;请改写;如果它陈述的是事实(面料成分、测量数据),请把这个说法加入 allowlist 类型的词库",
        .lintReplyNeedsDataFile:
            "{0} 会输出“{1}”,它来自 {2},但店铺没有这个文件:命中的买家会收到兜底回复并被提示转人工;请添加 {2}(见 Documentation/BundleFormat.md 的“Shop data”一节)",
        .lintNoImageTemplate:
            "没有“message-image”模板:买家只发图片(订单截图、问题照片)时得不到任何回复;请在 templates/ 中添加一份,请买家用文字描述问题并提供转人工(kefu init 的每个预设都自带)",
        .reportWhyNothingNear: "没有任何常见问题与它们相近",
        .reportWhySplit: "这些问题最接近的常见问题各不相同({1} 个中最多 {0} 个接近 {2})",
        .reportWhyTooFar: "最接近的 {0} 只有 {1},低于建议所需的 {2}",
        .reportWhySimilar: "{1} 个问题中有 {0} 个最接近 {2},平均 {3}",
        .lintReminderNeedsMore: "提醒“{0}”的模板需要 {1},订单无法提供:它永远不会发送;请使用只需要订单的模板",
        .lintReminderWithoutTime: "提醒“{0}”从 {1} 列计时,但 data/orders.csv 没有这一列:请加上(订单进入当前状态的时间)或用 from: 指定其他列",
        .chatLogBadRating: "rating 列须是 1 到 5、helpful 或 unhelpful",
        .chatLogIdentifierTooLong: "{0} 超过 {1} 个字符:kefu 会随每条消息保存它,请改短",
        .lintBroadKeyword: "关键词“{0}”太宽泛:买家几乎每次对话都会说,规则会回答一切;请换成更长的短语",
        .lintDuplicateKeyword: "规则“{1}”的关键词“{0}”也出现在 {2},但回复不同;只保留在一条规则中,或让它们回复相同",
        .lintSelfExcluded: "规则“{0}”永远不会回答:它的排除词“{1}”包含在自己的关键词中;请从 exclude 中删除",
        .lintShadowedRule: "规则“{0}”永远不会回答:{1}(优先级 {2})总会先回答含其关键词的消息;请把优先级 {3} 调高,或收窄那条规则",
        .lintDuplicateQuestion: "常见问题“{1}”的问法“{0}”与 {2} 相同;只保留在一个条目中",
        .lintBlockedReply: "{0} 的回复含有“{1}”,被店铺的屏蔽词库 {2} 禁止:买家只会被转人工;请改写",
        .lintExpired: "{0} 已于 {1} 结束:现在不会再回答;请删除或延长 until",
        .lintNotYetActive: "{0} 将于 {1} 开始生效;在此之前不会回答",
        .lintExpiresSoon: "{0} 将于 {1} 结束(一周内);如需继续请延长 until",
        .lintMisplacedQuestion:
            "常见问题“{1}”的问法“{0}”更接近 {2}(“{3}”,{4}),而不是本条目的其他问法({5}):买家这样问会得到那条答案;请移过去或改写",
        .lintUnknownVariable:
            "{0} 使用了“{1}”,但没有任何识别信息、会话值或数据列提供它;请参阅 Documentation/BundleFormat.md 的“Template variables”",
        .lintUnknownVariableTypo:
            "{0} 使用了“{1}”,但没有任何识别信息、会话值或数据列提供它;是不是“{2}”?",
        .lintUnknownVariableColumn:
            "{0} 使用了“{1}”,但没有任何识别信息、会话值或数据列提供它;请改正名称,或在 {3} 中添加“{2}”列",
        .lintMissingLocale:
            "{0} 没有 {1} 的文本:用这些语言提问的买家会收到 {2} 的回复",
        .lintLocaleCoverage:
            "语言 {0}:{2} 条回复中有 {1} 条有文本({3}%)",
        .lintPlatformTemplate:
            "{0} 店铺应有标准模板“{1}”;请在 templates/ 中添加(kefu init --preset {0} 自带一份)",
        .lintFallbackNoPerson:
            "兜底回复“{0}”({1})没有告诉买家如何联系人工;请写明回复“{2}”即可转接",
        .lintNoAgents:
            "没有客服人员:转人工会被记录,但无人接待;请在 agents.yaml 中添加接待人员",
        .lintUnskilledIntent:
            "没有客服具备“{0}”技能,而 {1} 可能转人工:这些买家会被分给任意空闲客服;请为某位客服添加“{0}”技能",
        .lintUncoveredHours:
            "{0} 无人值班:这段时间的转人工需要等待,买家会被告知何时有人接待",
        .chatLogMissing:
            "聊天记录这一行缺少 {0}:请补上(time、session、buyer 必填)",
        .chatLogBadTime:
            "{0} 列不是 ISO 8601 时间:请写成 2026-11-03T20:15:00+08:00",
        .chatLogEmpty:
            "聊天记录里没有消息",
        .chatLogNotUTF8:
            "聊天记录不是 UTF-8 文本:请存为 UTF-8 的 JSON Lines",
        .chatLogBadJSON:
            "这一行不是 JSON 对象:每行写一个对象,例如 {\"time\": …, \"session\": …, \"buyer\": …, \"text\": …}",
        .reportTitle:
            "客服报告:{0}",
        .reportRange:
            "{2} 至 {3},{1} 个会话,{0} 条消息",
        .reportReplyRate:
            "回复率",
        .reportResolutionRate:
            "自动解决率",
        .reportHandoffRate:
            "转人工率",
        .reportRepeatRate:
            "重复提问率",
        .reportCoverage:
            "知识库覆盖率",
        .reportTriggerRate:
            "触发率({0})",
        .reportTrend:
            "每天的消息数(按决策)",
        .reportHandoffReasons:
            "转人工的主要原因:",
        .reportItems:
            "规则和常见问题:命中次数与未解决率",
        .reportItemColumn:
            "条目",
        .reportHitsColumn:
            "命中",
        .reportUnresolvedColumn:
            "未解决",
        .reportClusters:
            "未回答的问题(已归组):",
        .reportSuggestSimilar:
            "加为 {0} 的相似问法(kefu report --accept {1})",
        .reportSuggestNew:
            "新建常见问题(kefu report --accept {0} --answer 答案)",
        .reportFirstResponse:
            "首次响应(机器人):中位数 {0},90 分位 {1}",
        .reportHumanResponse:
            "首次响应(人工):中位数 {0},90 分位 {1}(记录中 {2} 次人工回复)",
        .reportLocaleMissing:
            "买家用 {0} 提问,话术包没有这种语言({1} 条消息)",
    ]
}
