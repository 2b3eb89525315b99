export const mainHelp = `luoshi（落实）：把政府工作报告变成可跟踪的任务清单

用法：
  luoshi extract FILE [--format json|md|csv] [--out PATH]
  luoshi extract DIR --out OUTDIR [--format json|md|csv] [--jobs N]
  luoshi check FILE [--format text|json]
  luoshi demo

命令：
  extract   读取报告（.md、.txt；UTF-8、GB18030 或 UTF-16），提取量化事实、重点任务和建议责任单位
  check     报告体检：外地地名、编号和标题层级、前后矛盾的数字、措辞和标点问题
  demo      打印示例报告的摘要（有 ../shared 时用种子报告，否则用 examples/sample-report.md）

选项：
  -h, --help      显示帮助（luoshi extract --help 查看 extract 的选项）
  -V, --version   显示版本

退出码：0 完成；1 文件夹中有文件失败、体检发现错误，或内部错误；2 用法或输入错误。
`;

export const extractHelp = `用法：
  luoshi extract FILE [--format json|md|csv] [--out PATH]
  luoshi extract DIR --out OUTDIR [--format json|md|csv] [--jobs N]

读取一份报告，或一个文件夹（含子文件夹）中的全部报告（.md、.markdown、.txt）。

选项：
  -f, --format FORMAT  输出格式（默认 json）：
                         json  report、facts（FACTS.md 格式，source 为文件中的 UTF-16 偏移）、tasks、sections、issues
                         md    中文摘要：报告信息、按部分列出的量化事实、重点任务及建议牵头/责任单位
                         csv   每条事实一行（UTF-8 带 BOM，Excel 可直接打开）
  -o, --out PATH       单个文件：写入 PATH（PATH 为已有文件夹时写入其中），不写标准输出
                       文件夹：输出文件夹，每份报告一个输出文件，保持原有的子文件夹结构
  -j, --jobs N         文件夹：并行线程数（默认：文件多时每个 CPU 核一个）
  -h, --help           显示本帮助

在终端上运行文件夹时显示进度条；最后一行是汇总（文件、事实、任务、失败、用时）。
失败的文件逐个列在标准错误上，不中断其余文件。

示例：
  npx luoshi extract 报告.md --format md
  npx luoshi extract 报告/ --out 结果/ --format csv
`;

export const checkHelp = `用法：
  luoshi check FILE [--format text|json]

报告体检：在报告提交大会前找出起草中的疏漏。每项发现有代码、级别（错误、警告、疑问）、
中文说明和原文位置（行号，文本格式下标出原文片段）。

检查内容：
  地名      “健康××”“平安××”“讲好××故事”“××高质量发展”等提法中出现其他地区的地名
  结构      一、二、三与（一）（二）的编号缺号、重号、倒序；宣布的条目数与实际不符；
            同级标题的 Markdown 级别不一致；同组引领句有的加粗有的未加粗
  数字      同一指标同一时期两个数值；今年目标明显低于上年实绩（疑问）；占比超过100%；
            其中部分大于总数；五年累计小于其中一年
  措辞      同一提法两种写法（两降一增 / 两降一升）；重复的句子；引号、括号不成对

选项：
  -f, --format FORMAT  输出格式（默认 text）：
                         text  每项发现一段：“行 N: 级别 [代码] 说明”，下附原文并标出位置
                         json  { file, report, summary, findings }，findings 含 source（文件中的 UTF-16 偏移）和行号
  -h, --help           显示本帮助

退出码：0 没有错误（可能有警告或疑问）；1 发现错误；2 用法或输入错误。

示例：
  npx luoshi check 报告.md
  npx luoshi check 报告.md --format json > 体检.json
`;
