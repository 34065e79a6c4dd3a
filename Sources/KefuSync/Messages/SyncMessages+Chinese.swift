import KefuCore

extension SyncMessages {
    /// Chinese (zh-CN).
    static let chinese: [MessageKey: String] = [
        .authorsUnreadable: "无法读取每项修改的作者({0});本次拉取的修改记在发布者 {1} 名下",
        .syncNothing: "无需同步:工作目录与存储一致。",
        .fileChangedDuringSync: "同步期间此文件被修改,已保持原样;请再次运行“kefu sync”",
        .noSuchChangeset: "没有变更集 #{0};请查看“kefu log”",
        .noConflict: "{0} 没有未解决的冲突;请查看“kefu conflicts”",
        .conflictCopyIgnored: "“{0}”是文件同步工具留下的冲突副本,不会被导入;请手动合并所需内容后删除它",
        .remoteMoved: "远程在你上次拉取后已有变化;请运行 `kefu pull {0}`",
        .pullBroughtConflicts: "拉取远程的新改动带来了 {0} 个冲突;请解决后再推送",
    ]
}
