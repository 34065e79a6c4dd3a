import KefuCore

extension BundleMessages {
    /// Chinese (zh-CN).
    static let chinese: [MessageKey: String] = [
        .spreadsheetTooLarge: "这些 FAQ 会生成超过 {0} MB 的文件,之后每次同步都会拒绝:请拆分表格",
        .fileTooLarge: "文件超过 {0} MB,请拆分成多个小文件",
        .fileUnreadable: "无法读取文件:{0}",
        .invalidUTF8: "文件此处不是合法的 UTF-8 编码,请以 UTF-8 保存",
        .yamlSyntax: "YAML 语法错误:{0}",
        .yamlExpandsTooMuch: "这个 YAML 通过别名(*name)展开后超过 {0} 个值;请直接写出这些值",
        .folderUnreadable: "无法读取这个文件夹:{0};请修正它的权限(kefu 从不把读不了的文件夹当作空的)",
        .linkOutsideBundle: "是指向 {0} 的链接,在 bundle 之外;kefu 不会跟随它:请把文件复制进来",
        .linkNotToAFile: "是指向文件夹或不存在目标的链接;kefu 只跟随指向 bundle 内文件的链接",
        .notAFile: "不是文件({0});请把它移出 bundle",
        .duplicateYAMLKey: "键“{0}”在同一映射中出现了两次,请只保留一个",
        .yamlKeyNotText: "键必须是普通名称",
        .expectedItemList: "此文件应为{0}条目列表,每条以“- id:”开头",
        .expectedItemMapping: "每个条目应为以“id:”开头的映射",
        .expectedManifestMapping: "bundle.yaml 应为包含 format、id、name、fallback 等键的映射",
        .missingID: "此条目缺少“id”,请添加,例如“id: shipping-time”",
        .invalidID: "“{0}”不是合法的 id:只能用小写字母、数字、“.”、“_”、“-”,最多 64 个字符,且以字母或数字开头",
        .duplicateID: "id“{0}”重复:{1} 处也定义了它;同类条目的 id 必须唯一",
        .folderNotInLayout: "“{0}/”不属于包的目录结构,其中的文件会被忽略;您是不是想用“{1}/”?",
        .expectedOneItem: "此文件应只包含一个{0}条目(或带有“resolved”条目的冲突文件)",
        .unsupportedFormat: "不支持格式 {0};此版本的 kefu 读取格式 1",
        .invalidBundleID: "“id”应为包的 UUID(由“kefu init”生成),而不是“{0}”",
        .invalidVersion: "“version”应为整数(由 kefu 递增,请勿手动修改)",
        .missingTemplate: "“{0}”引用了不存在的模板“{1}”;请在 templates/ 中添加或改正名称",
        .templateSyntax: "模板 {0} 的文字无法解析:{1}",
        .modelMismatch: "此条目通过了格式校验却无法读取({0});请报告此问题",
        .missingTestTarget: "此测试期望 {0}“{1}”,但它不存在",
        .spreadsheetEncoding: "表格既不是 UTF-8 也不是 GBK 文本;请另存为 CSV(UTF-8)",
        .spreadsheetUnreadable: "无法按 CSV 读取表格:{0}",
        .spreadsheetColumns: "表头需要问题列和答案列(如“问题”“答案”或 question、answer);现有列:{0}",
        .spreadsheetRowIncomplete: "此行缺少问题或答案;请补全或删除此行",
        .spreadsheetDuplicate: "问题“{0}”已在第 {1} 行出现;请合并这两行",
    ]
}
