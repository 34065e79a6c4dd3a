import KefuCore

extension ServerMessages {
    /// Chinese (zh-CN).
    static let chinese: [MessageKey: String] = [
        .httpLogFailed: "会话记录写入失败({0}):回复已发送,但 kefu report 将缺少这些记录;请释放磁盘空间",
        .httpCannotListen: "无法在 {0} 上监听:{1};请换一个 --port(0 表示自动选择)或停止占用它的程序",
        .httpTokenBeyondLoopback: "--no-token 只能用于本机回环地址:{0} 可被其他机器访问,每个请求都必须带令牌",
        .httpServerFailed: "kefu 无法回复:{0}",
        .httpBadState: "未知工单状态“{0}”;可用:open、claimed、closed、active",
        .httpBadRating: "“rating”须是 1 到 5、\"helpful\" 或 \"unhelpful\"",
        .httpBadTicketID: "“{0}”不是工单编号",
        .httpNoSession: "没有会话 {0}",
        .httpNoRoute: "没有 {0} {1} 这个接口:接口列表见 Documentation/HTTP.md",
        .httpUnauthorized: "此接口需要令牌:请发送“Authorization: Bearer 令牌”(令牌在 .kefu/token 或 KEFU_TOKEN 中)",
        .httpUnknownField: "未知字段“{0}”;可用字段:{1}",
        .httpBodyTooLarge: "请求体超过 {0} 字节:每个请求只发一条消息",
    ]
}
