using Fincomp.Audit;
using Fincomp.Batch;
using Fincomp.Checks;
using Fincomp.Diagnostics;
using Fincomp.Import;
using Fincomp.Input;
using Fincomp.Narrative;
using Fincomp.Reference;

namespace Fincomp.Cli.Output;

/// <summary>
/// The codes that are not consistency rules — input (FC00xx–FC02xx), workbook import (FC03xx), reference tables
/// (FC04xx), templates and output (FC09xx), FC1001 and the document audit (FC20xx) — described like rules, so
/// <c>explain</c>, <c>rules</c> and the SARIF rule list cover every code a user can meet. A test checks that every code constant of the library is here.
/// </summary>
internal static class InputCodeCatalog
{
    public static IReadOnlyList<RuleInfo> All { get; } =
    [
        Error(InputCodes.SyntaxError, "YAML 语法错误", "文件不是合乎语法的 YAML，或用了不支持的标签（如 !!binary）。", "键后少了冒号，或引号没有配对。", "按提示的行、列修正；缩进用空格，每级两个。"),
        Error(InputCodes.AnchorOrAlias, "锚点或别名", "单位文件不用 YAML 的锚点（&）与别名（*）：每个数都要写在它所在的位置。", "budget: *上年数", "把别名处换成实际的数。"),
        Error(InputCodes.TooDeep, "嵌套过深", "映射或列表嵌套的层数超过上限，不像单位文件。", "几十层的缩进或方括号。", "检查是否误把整段文字缩进了。"),
        Error(InputCodes.ComplexKey, "键不是简单文字", "键必须是一个词（如 short_name），不能是列表或映射。", "? [a, b]: 1", "把键改成格式说明中的键名。"),
        Error(InputCodes.MultipleDocuments, "一个文件含多个 YAML 文档", "一个文件只写一个单位年度；文件中出现了第二个“---”文档。", "两个单位抄进了同一个文件。", "每个单位年度单独一个文件。"),
        Error(InputCodes.EmptyFile, "空文件", "文件是空的，或只有注释。", "新建后忘了保存内容。", "用 fincomp init 新单位.yaml 生成起始文件后填写。"),
        Error(InputCodes.Tab, "缩进中有制表符或特殊空格", "YAML 的缩进只能用普通空格；制表符、全角空格、不换行空格都会让结构错乱。", "从 Word 复制来的全角空格。", "把行首的这些字符换成两个普通空格。"),
        Error(InputCodes.NotUtf8, "不是 UTF-8 编码", "文件须以 UTF-8 保存；GBK、UTF-16、UTF-32 等编码读不出中文。", "记事本“ANSI”保存的文件。", "用编辑器“另存为 UTF-8”。"),
        Error(InputCodes.NulByte, "含控制字符", "文件含 NUL 字节或其他控制字符（换行、回车、制表符除外），不像文本文件。", "把 Excel 文件改了扩展名。", "确认打开的是单位 YAML 文件；删去这些字符。"),
        Error(InputCodes.TooLarge, "文件过大", "文件超过大小上限，不像单位文件。", "误把数据导出文件当作单位文件。", "确认文件是否选错。"),
        Error(InputCodes.Unreadable, "文件无法读取", "文件不存在、是文件夹、没有读取权限，或扩展名不是 .yaml、.yml（check 另读 .docx、.pdf）。", "路径写错；把文本文件当作单位文件。", "检查路径、权限与扩展名。"),
        Error(InputCodes.UnknownKey, "不认识的键", "键名不在格式说明中；fincomp 会给出最接近的正确键名。", "genral_budget: 100", "改成提示的键名（如 general_budget）。"),
        Error(InputCodes.DuplicateKey, "重复的键", "同一个映射中同一个键写了两次；哪一个算数不明确。", "两行 budget:", "删去或合并重复的一行。"),
        Error(InputCodes.WrongShape, "形状不对", "该写映射、列表或单个值的地方写成了别的形状。", "lines: 100（应是列表）", "照格式说明的示例改写。"),
        Error(InputCodes.MissingKey, "缺少必填的键", "必填的键没有写。", "unit 下缺少 name", "补上提示的键。"),
        Error(InputCodes.NotANumber, "不是数字", "金额写成了不是数字的形式：带单位、千位分隔符、货币符号、全角数字、“约”字等。", "general_budget: 约340万元", "只写数字（万元）：general_budget: 340"),
        Error(InputCodes.Negative, "负数", "除 balance_distribution 外，金额不能为负。", "basic: -5", "写正数；减少额由 fincomp 计算。"),
        Error(InputCodes.BadEnum, "选项值不在允许范围内", "只能从列出的几个词中选一个。", "kind: 机关", "改成提示的词之一（如 行政单位）。"),
        Error(InputCodes.NotAnInteger, "不是整数", "年度、个数、人次须是整数。", "year: 2023.5", "写整数。"),
        Error(InputCodes.NullValue, "不能为空", "键写了但没有值。", "name:", "填上值，或删去这个键。"),
        Error(InputCodes.OutOfRange, "数值超出范围", "数值过大、小数位过多，或年度不在 1990–2100 之间。", "year: 20233", "按提示改正。"),
        Error(InputCodes.NotABoolean, "不是 true/false", "这个键只接受 true 或 false。", "zero: 是", "写 true 或 false。"),
        Error(InputCodes.QuotedNumber, "数字加了引号", "金额写成了带引号的文字；金额一律写成不带引号的数字。", "basic: \"100\"", "去掉引号：basic: 100"),
        Error(InputCodes.TextTooLong, "文字过长", $"一段文字（一个值，或列表中的一项）超过 {TextLimit.MaxCharacters:N0} 个字符的上限；真实的说明远短于此，多是误粘贴了整篇文件。", "duties: 粘贴进了整份文件", "分成几段写（列表的每一项各算一段），或删去误粘贴的内容。"),
        Error(InputCodes.PreviousYearCycle, "previous_year 循环引用", "上年文件又（直接或间接）指回了本文件。", "两个文件互相写 previous_year。", "上年文件不写 previous_year，或改指更早的年度。"),
        Error(InputCodes.PreviousYearMissing, "上年文件不存在或有错误", "previous_year 指向的文件找不到，或它本身有输入错误。", "previous_year: 2022.yaml（文件不在同一文件夹）", "改正路径（相对于本文件），或先改正上年文件。"),
        Error(InputCodes.PreviousBoth, "previous 与 previous_year 同时出现", "上年数要么手写在 previous 下，要么从 previous_year 文件读，不能两者都有。", "两者都写了。", "删去其中一个。"),
        Error(InputCodes.PreviousYearMismatch, "上年文件不是上一年度", "previous_year 指向的文件的年度不是本年度减一。", "2024 年度文件指向 2022 年度文件。", "改指上一年度的文件。"),
        new(InputCodes.PreviousYearOtherUnit, Severity.Warning, "上年文件是另一个单位", "previous_year 指向的文件的单位全称与本文件不同，且两者的简称、其他名称中都没有对方的全称：上年数、增减和增长率会按另一个单位计算。", "自然资源和规划局 2025 年度文件指向社会事业服务中心 2024 年度文件。", "改指本单位上一年度的文件；单位更名的，在 unit.other_names 中写上原名称。"),
        Error(InputCodes.PreviousYearTooDeep, "previous_year 链条过长", "previous_year 一层层指向更早的文件，超过了层数上限；上年数只需要上一年的文件。", "2024 指 2023，2023 指 2022，一直指下去。", "上年文件不写 previous_year，或把上年数手写在 previous 下。"),
        Error(ClassificationTable.MalformedRowCode, "科目表有读不出的行", "自备的科目表中某行列数不对、编码不是 3/5/7 位数字，或名称为空。", "2010301,", "按提示的行改正科目表。"),
        Error(ClassificationTable.DuplicateCodeCode, "科目表编码重复", "自备的科目表中同一编码出现两次；以第一行为准。", "两行 2010301", "删去重复的行。"),
        new(ClassificationCatalog.StandInYearCode, Severity.Info, "该年度没有内置科目表", "单位的年度没有随附的科目表，用最接近年度的科目表代替。", "year: 2027", "确认科目名称无误；需要时在 fincomp.yaml 中加上该年度的科目表扩展。"),
        Error(ClassificationCatalog.ExtensionMissingCode, "科目表扩展文件无法读取", "单位文件或 fincomp.yaml 指名的科目表扩展文件不存在或读不出。", "codes: 科目/扩展.tsv（文件不在）", "改正路径（相对于指名它的文件），或删去这一项。"),
        Error(NarrativeCodes.TemplateSyntax, "模板语法错误", "自备的 Scriban 模板不能解析。", "{{ if }} 缺少 end", "按提示的行、列改正模板。"),
        Error(NarrativeCodes.TemplateRuntime, "模板运行出错", "模板引用了不存在的变量或成员，或超出循环、输出上限。", "{{ unit.nmae }}", "按提示改正变量名。"),
        Error(NarrativeCodes.TemplateNotFound, "找不到模板", "报告或 include 指名的模板既不在模板文件夹中，也不是内置模板。", "include \"06-ext.scriban\"", "检查文件名；fincomp templates -o 文件夹 列出内置模板。"),
        Error(NarrativeCodes.TemplatePathRejected, "模板路径被拒绝", "include 只能引用模板文件夹中的文件，不能用绝对路径或“..”。", "include \"../x.scriban\"", "把被引用的模板放进模板文件夹。"),
        Error(NarrativeCodes.UnknownDirective, "未知的文档指令", "“::: …”指令不认识，或指名的表、表单不存在。", "::: table 公开10表", "改成 docs/templates.md 列出的指令。"),
        Error(NarrativeCodes.OutputFailed, "无法写出文件", "输出文件写不出：无权限、磁盘满，或文件正被 Word 打开。", "报告正在 Word 中打开。", "关闭占用文件的程序，检查权限后重试。"),
        Error(ImportCodes.Unreadable, "工作簿无法读取", "导入的文件不是可读的工作簿：不存在、已损坏、加了密码，或不是 .xlsx/.xls 文件。", "把 .csv 文件改名为 .xlsx。", "用部门决算软件重新导出，或在电子表格程序中另存为 .xlsx 后再导入。"),
        Error(ImportCodes.MissingTable, "缺少公开表", "工作簿中找不到九张公开表中的某一张（按表题或工作表名识别）。", "只导出了公开01表至公开08表。", "导出全部九张公开表；某表无数据时也保留该表。"),
        Error(ImportCodes.UnrecognisedHeader, "表头缺少需要的列", "表头中找不到这张表需要的列，或找不到表头行。", "公开05表的表头没有“基本支出”列。", "用部门决算软件的标准格式导出，不要删改表头。"),
        Error(ImportCodes.UnknownCode, "科目编码不在科目表中", "行的科目编码不在该年度的功能分类或经济分类科目表中，或编码中夹了不是数字的字符（字母、全角数字）。", "2019999", "改正编码；用自定义科目时在 fincomp.yaml 中加上科目表扩展。"),
        Error(ImportCodes.NotAnAmount, "金额单元格中是文字", "应写金额的单元格中是不能读作数字的文字。", "“约 12 万”", "把单元格改成数字（表的金额单位）。"),
        Error(ImportCodes.NameDisagrees, "科目名称与编码不符", "行的名称与其编码在科目表中的名称不同，编码或名称可能错了一个。", "2010301 写成“事业运行”。", "核对编码与名称，改正错的一个。"),
        Error(ImportCodes.UnitDisagrees, "单位或年度不一致", "工作簿的单位或年度与单位文件不同（--into），或无法确定年度（-o 时用 --year 指定）。", "把另一个单位的工作簿导入本单位文件。", "选对工作簿或单位文件；年度不明时加 --year。"),
        Error(ImportCodes.DuplicateTable, "同一张表出现两次", "工作簿中同一张公开表出现了两次，不知以哪一张为准。", "公开05表复制了一份。", "删去多余的一张。"),
        Error(ImportCodes.UnknownRow, "不认识的行", "功能分类表中有一行既没有科目编码也不是合计行（错误）；表 1 中有不认识的收入行（警告，未导入）。", "表中插入了说明文字行。", "删去该行，或补上科目编码。"),
        Error(ImportCodes.OutputFailed, "单位文件无法写出", "-o 的文件已存在而没有加 --force，--into 的文件不存在，或没有写权限。", "再次导入到同一个文件。", "加 --force 覆盖，改用 --into 只替换数字，或检查路径与权限。"),
        Error(ImportCodes.ImplausibleUnit, "金额单位不合理", "一张表的数与收入支出决算总表相差约一万倍：表上写的单位（万元或元）与数字不符。各表都是总表的一部分，不会比总表的总计大得多，收入、支出决算表也不会只有它的千分之一。", "以元填列的表上写着“单位：万元”。", "改正表上方的“单位：…”，或从决算软件按正确的单位重新导出。"),
        Error(ImportCodes.FiscalExceedsAllFunds, "财政拨款支出多于全部支出", "支出决算表（全部资金）中某个科目的支出少于公开05、08、09表中同一科目的财政拨款支出。", "公开03表 2010301 为 104.53，公开05表为 1045.25。", "核对这几个单元格的数字、千位分隔符与金额单位。"),
        Error(ImportCodes.UncomputedFormula, "公式没有计算结果", "表中的公式单元格没有保存计算结果（用脚本或某些软件生成的工作簿常这样），读到的是空白，这个数无从导入。", "公开05表!E14 为 =F14+G14，文件中没有它的值。", "在 Excel 或 WPS 中打开工作簿、保存（使公式算出结果）后再导入；或把公式改成数值。"),
        new(ImportCodes.ConvertedFromYuan, Severity.Info, "金额已由元换算为万元", "表以元为单位，导入时已除以 10000 换算为万元。", "表头写“单位：元”。", "无须处理；核对换算后的数字即可。"),
        new(ImportCodes.NoUnitLine, Severity.Info, "表中没有写金额单位", "表中找不到“单位：万元”之类的说明，按万元导入。", "表题下没有单位行。", "确认表的金额单位是万元；是元时先在表中写明单位。"),
        new(ImportCodes.ReceptionUnsplit, Severity.Info, "公务接待费只有一个数", "公开07表只有一个公务接待费，已作为国内公务接待费导入，外事接待为 0。", "表中只有“公务接待费”一行。", "有外事接待时在单位文件中把它分到 foreign_reception。"),
        Error(NarrativeCodes.ReferenceDocumentUnusable, "参考文档不可用", "--reference-doc 指名的文件不是可用的 Word 文档（.docx）；生成任何报告之前就检查。", "--reference-doc 样式.doc", "在 Word 中另存为 .docx 后再用。"),
        Error(NarrativeCodes.ChartFontUnusable, "图表字体不可用", "--chart-font 指名的文件不存在，或不是字体文件。", "--chart-font 字体.zip", "指向 .ttf、.otf 或 .ttc 字体文件，或不写这个选项用内置字体。"),
        new(NarrativeCodes.PdfFontsMissing, Severity.Warning, "PDF 缺少正式字体", "PDF 已写出，但样式所用的正式字体没有安装，由相近的字体代替。", "机器上没有仿宋_GB2312。", "安装所缺的字体后重新生成 PDF。"),
        new(NarrativeCodes.ContentsPagesMissing, Severity.Warning, "目录页码未写入", "要求了 --toc-pages，但没能从 LibreOffice 的排版得到目录页码（未安装 LibreOffice、转换失败，或排出的目录与文档标题对不上）；Word 文件照常写出，目录页码留给 Word 打开时更新。", "机器上没有 soffice。", "安装 LibreOffice（或用 FINCOMP_SOFFICE 指明 soffice）后重新生成；或在 Word 中打开，更新域后保存。"),
        new(NarrativeCodes.ChartFontLacksChinese, Severity.Warning, "图表字体没有中文字形", "--chart-font 指名的字体缺少图表要印的汉字，这些字会画成方框（豆腐块）。", "--chart-font DejaVuSans.ttf", "改用含简体中文字形的字体，或不写这个选项用内置的文泉驿微米黑。"),
        Error(BatchCodes.OutputCollision, "输出文件冲突", "一批中两个单位会写出同一个报告文件，报告会覆盖单位文件，或报告与 --summary 汇总表是同一个文件；涉及的单位都不生成，进度与汇总表中的状态为“输出冲突”，退出码 2。", "units/a.yaml 与 其他/a.yaml 输出到同一文件夹；fincomp.yaml 写了 output_name: \"{year}\"。", "同名的单位文件：分别指定输出文件夹或改名其中一个；output_name 没有区分单位：加入 {file}；与汇总表同名：为汇总表另选文件名。"),
        Error(BatchCodes.DuplicateUnit, "同一单位同一年度的文件重复", "一批中两个单位文件是同一单位同一年度（单位名称与年度都相同，如复制出的“单位-副本.yaml”）；哪一份的数字对要由经办人定，所以这些文件都不生成、不计入汇总表合计，状态为“重复单位”，退出码 2。内容完全相同的文件（硬链接或未改动的副本）本就只算一个单位，不报这条。", "单位.yaml 与 单位-副本.yaml 都是“某某局”2024 年。", "删除或移出多余的副本；若确是另一单位或另一年度，改正其 unit.name 或 unit.year。"),
        Error(AuditCodes.Unreadable, "文档无法读取", "交给 fincomp check 的文档打不开或读不出：不是 Word 文件，或已损坏。", "把 .doc 文件改名为 .docx。", "在 Word 中另存为 .docx 后再核对。"),
        Error(AuditCodes.TableSum, "表中数字加不齐", "表的列、行、类款项结构或合计在四舍五入之外加不齐。", "类的合计与其下各款之和差 1.00。", "改正表中的数字，或改正生成它的单位文件后重新生成。"),
        Error(AuditCodes.PartExceedsWhole, "部分大于整体", "印出的一部分比它的整体还大（各部分都不为负），四舍五入解释不了。", "基本支出大于支出合计。", "核对这两个数，改正错的一个。"),
        Error(AuditCodes.TwoValues, "同一个数印了两个值", "同一个数在文字中两处不同，或文字与表中的单元格不同。", "正文写 837.44 万元，表中是 837.45。", "统一成正确的一个值。"),
        Error(AuditCodes.Share, "占比算不回来", "“占X%”不能由印出的部分与整体算回。", "占 60.5%，按表中数字应为 59.5%。", "按印出的数字重算占比。"),
        Error(AuditCodes.Change, "增减算不回来", "“增加/减少X万元，增长/下降Y%”不能由印出的两年数字算回，或增减的说法前后矛盾，或上年为 0 却写了增长率（如“增长100%”），或没有变动却写“减少0万元”（应写持平）。", "增加 10 万元，下降 5%。", "按印出的两年数字重算增减额与增减率；上年为 0 时不写增长率。"),
        Error(AuditCodes.Completion, "完成率算不回来", "完成率不能由同一句中紧接其前印出的预算数与决算数（“年初预算为A万元，支出决算为B万元，完成预算的P%”）算回，句中没有预算数时不能由表中同一行（如“三公”经费表）的预算数算回；或预算为 0（未安排预算）却写了完成率。", "完成预算的 98%，按表中数字应为 89%。", "按印出的预算数与决算数重算；预算为 0 时不写完成率。"),
        Error(AuditCodes.Count, "个数与列出的不符", "文字中说的个数与随后列出的项数不同。", "下设 5 个科室，只列了 4 个。", "改正个数，或补全列出的项。"),
        Error(AuditCodes.Placeholder, "留有占位符", "文字或表中留有占位符（XX、×××、待填写、待补充）或重复的标点（。。、，，）。", "共有在职人员 XX 人。", "填上实际内容，删去重复的标点。"),
        Error(AuditCodes.Year, "年度写错", "标题、表题或“截至X年12月31日”写的年度不是报告的年度（这些地方多数写的年度，一样多时以报告标题为准）；绩效自评报告、自评表的标题写“X年”也按报告年度核对（与 check 的 FC1913 相同）；正文中与之相比的年份（“与X年度相比”“比X年度增加”“较X年”）应是报告年度的上一年。", "2023年度决算的标题写成“第二部分 2022年度单位决算情况说明”。", "改成报告的年度。"),
        Error(AuditCodes.MissingTable, "缺少公开表", "报告印了附表，但九张公开表中缺了某张；没有数据的表也应印出并注明。表名略有不同（加了年度、“部门”“单位”“（续）”或编号，或只差一两个字）的算作那张表，印成图片的见 FC2021。", "附表中没有“政府性基金预算财政拨款收入支出决算表”。", "补上所缺的表；没有数据时印出空表并注明“本表无数据”。"),
        Error(AuditCodes.SubjectName, "科目名称与编码表不符", "文中或表中与编码一同印出的科目名称，与报告年度的支出功能分类科目表不同（表中没有的编码不核对）。", "灾害防治及应急管理支出（224）支应急管理事务（01）", "按科目表改正名称。"),
        Error(AuditCodes.NothingToAudit, "文档中没有可核对的内容", "交给 fincomp check 的文档读不出文字（扫描件、图片 PDF），或既没有表格也没有“第X部分”之类的标题，不像一份决算公开报告：没有核对任何内容，不能当作“未发现问题”。", "扫描后生成的 PDF；只有一行文字的 Word 文件。", "核对生成的 Word 文档或由 Word 导出的 PDF（带文字层）。"),
        Error(AuditCodes.FullMarks, "称满分而得分不满", "文中称“满分”，同一报告或附件却印出低于满分的得分。", "自评总分为满分；项目综合评分为96分（总分为100分）。", "改为实际得分。"),
        Error(AuditCodes.DetailSum, "明细之和与总数不符", "文中给出总数再逐项列出（“X万元，包括……”，“X万元，其中：A a万元、B b万元”这样以顿号连到句末的各项，或“包括：”后逐条编号的段落），各项之和在四舍五入之外与总数不符；写了“等”或有一项没有金额时不核对。", "其它费用3.98万元，包括兰井村帮扶资金1万元；物流港党群服务中心工程质量保修金2.78万元；党的建设研究会会费2万元。", "核对各项与总数，改正错的一个。"),
        Error(AuditCodes.Comparison, "大于、小于、等于与数字不符", "“决算数大于/小于/等于预算数”或“与预算持平”与同段印出的完成率不符；预算为 0（文中写明或表中预算数为 0）时，决算为 0 应写等于，大于 0 应写大于；“与上年持平”“同比持平”“比上年持平”所在的句子中说同一事项的分句印出了不为 0 的增减额或增减幅度，或印出的本年数与上年数不同（“收入增加0.5万元，支出与上年持平”说的是支出持平，收入的增加不算）。", "完成预算91.88%。决算数大于预算数的主要原因是……", "按印出的数字改正说法。"),
        Error(AuditCodes.UnitName, "单位名称前后不一", "标题（含有编号的标题）、表题、“编制单位：”、表下说明、表中“部门名称/单位名称/实施单位”格或正文中写的单位全称，与报告标题中的不同（与标题中的全称开头两字、末尾两字相同而中间不同的都算；正文中的简称与“主管部门”格不核对）。", "标题为“四川遂宁高新技术产业园区党群工作部”，编制单位写“遂宁高新区党群部”；正文写“四川遂宁高新区党群工作部机关运行经费支出……”。", "统一为同一个全称。"),
        Error(AuditCodes.DiffersFromData, "数字与单位数据不符", "用 --against 核对时，文档正文或表中印出的数字与单位文件生成的同一个数不同（领导改过数字，或数据改过而文档未重新生成）。", "正文写人员经费98.13万元，单位数据生成的是98.12万元。", "按单位数据改回，或改正单位文件后重新生成。"),
        new(AuditCodes.NarrativeChanged, Severity.Info, "句子已改写", "用 --against 核对时，单位文件生成的某句话在文档中找不到了（改写或删去）；列出供审阅，不算错误。", "“与上年度持平”改成“与上年基本持平”。", "确认改写无误；要长期保留时写进单位文件的文字部分。"),
        Error(AuditCodes.OtherUnitData, "对照的单位文件不是本文档的", "用 --against 核对时，单位文件生成的报告与文档的单位名称或年度不同，且收入总计、支出总计也对不上（或文档标题中读不出单位名称而两个总计都不同）：多半选错了单位文件。只报这一条，不逐项对照。", "党群工作部2023年度的报告，用规划建设局的单位文件对照。", "换用本单位本年度的单位文件再核对。"),
        Error(AuditCodes.HeadingGap, "标题编号不连续", "同一层级的标题编号跳过了一个或几个（第一部分之后是第三部分，八、之后是十、，（一）之后是（三）），或紧接在“一、”级标题之下的第一个“（一）”级标题不从 1 起（先是（二）），多半是删去了一部分或一节，或编号写错；位置为缺号之后的那个标题。编号倒回（目录之后的正文、新的附件）重新计数。", "第一部分 单位概况……第三部分 名词解释（没有第二部分）。", "补回删去的部分，或把其后的编号依次改正。"),
        new(AuditCodes.PictureTable, Severity.Info, "表格为图片，未核对", "一张公开表印成了图片（表题之下是图片而不是表格），其中的数字读不出来，这张表没有核对；不算缺表。", "第30页“收入决算表”之下是截图。", "把表格以表格（而不是截图）粘贴进文档，再核对一次。"),
        Error(BatchCodes.InternalError, "fincomp 内部错误", "处理这个单位时 fincomp 自身出错；其他单位照常处理。", "—", "请把单位文件与消息报告给维护者。"),
        new(UnitChecker.UnknownOverrideCode, Severity.Warning, "调整了不存在的规则", "checks 中写的规则编码不存在，这项调整不起作用。", "checks: { FC9999: { severity: off } }", "改成 fincomp rules 列出的编码。"),
    ];

    public static RuleInfo? Find(string code) => All.FirstOrDefault(i => i.Code == code);

    private static RuleInfo Error(string code, string title, string description, string example, string fix) =>
        new(code, Severity.Error, title, description, example, fix);
}
