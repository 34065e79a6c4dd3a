import KefuCore

extension AppMessages {
    /// Chinese (zh-CN).
    static let chinese: [MessageKey: String] = [
        .consoleCannotRead: "无法读取 {0}:{1}",
        .editBadDate: "“{0}”不是日期:请写成 2026-12-31 或 2026-12-31 23:59",
        .consoleCannotListen: "无法监听 {0}:{1}(是否已有 kefu console 在运行?请换一个 --port)",
        .itemChangedMeanwhile: "{0} 在打开后已被修改(现为第 {1} 版):请重新打开后再编辑",
        .editItemMissing: "本地库中没有 {0}:请运行 kefu sync,或检查编号",
        .reportFAQGone: "{0} 已不在本地库中:请重新运行 kefu report 查看第 {1} 组的新建议",
        .reportIDTaken: "{0} 已存在:请换一个编号(--id)",
        .reportBadID: "“{0}”不是有效编号:请用字母、数字和连字符",
        .reportAcceptNeedsAnswer: "第 {0} 组需要新建常见问题:请给出答案(--answer)",
        .requestBadJSON: "不是 JSON 请求:{0}",
        .requestIdentifierTooLong: "“{0}”超过 {1} 个字符:请用更短的 ID",
        .requestBadType: "未知消息类型“{0}”;可用类型:{1}",
        .ratingNoReply: "会话 {0} 没有可评价的回复:请先通过 kefu 回复该会话的消息",
        .ticketNothingToHandBack: "会话 {0} 没有未关闭的工单:机器人已在回复它",
        .ticketAlreadyClosed: "工单 {0} 已关闭(由 {1} 关闭)",
        .ticketClaimedByOther: "工单 {0} 已被 {1} 认领:请联系对方,或由对方关闭",
        .ticketNotFound: "没有工单 {0}:用 kefu tickets 查看全部工单",
        .remoteGitWithoutPrefix: "{0} 是 git 仓库:请用 git+file://{0} 添加,kefu 才会提交到仓库,而不是把共享目录的文件写进去",
        .remoteNotARemote: "{0} 不是 kefu 远程,也不是空目录(其中有 {1}):请推送到空目录或 kefu 创建的目录",
        .remoteSnapshotIncomplete: "共享目录的快照与推送时不一致({0} 缺失、多余或被改动):若同步工具仍在复制,请稍后再拉取;本次未读取任何内容",
        .remoteTooManyDeletions: "这会在存储或远程删除 {0} 个条目({1}…):若确是有意,请加 --allow-deletes 重新运行;若不是,请检查每个包文件和目录都可读取",
        .notABundle: "在 {0} 及其上级目录中未找到包;运行“kefu init”新建,或用 -C DIR 指定",
        .storeMissing: "此包还没有存储({0});请运行“kefu sync”创建",
        .storeUnreadable: "无法打开存储 {0}:{1}",
        .storeBusy: "存储正忙:{0} 正在修改它,请稍后再试",
        .storeLockWaiting: "提示:正在等待 {0} 用完存储…",
        .storeHolderUnknown: "另一个 kefu",
        .remoteUnknown: "没有名为“{0}”的远程;请查看“kefu remote list”",
        .pushConflictsOpen: "有 {0} 个未解决的冲突;请先解决(见“kefu conflicts”)再推送",
        .remoteLocked: "远程被锁定:{0};如果那次推送已中断,请运行“kefu push {1} --break-lock”",
        .remoteEmpty: "{0} 中还没有包;请先推送",
        .remoteUnreadable: "无法读取远程:{0}",
        .gitFailed: "{0} 失败:{1}",
        .invalidRemoteTarget: "“{0}”不是文件夹,也不是 git URL(git+file:///…、git+ssh://…)",
        .conversationLogFailed:
            "无法把这次对话写入会话记录:{0}",
        .diskFailed: "磁盘已满或出错({0}):没有写了一半的内容;请腾出空间后重新运行该命令",
    ]
}
