export const mainHelp = `luoshi（落实）：把政府工作报告变成可跟踪的任务清单

用法：
  luoshi extract FILE [--format json|md|csv] [--out PATH]
  luoshi extract DIR --out OUTDIR [--format json|md|csv] [--jobs N]
  luoshi demo

命令：
  extract   读取报告（.md、.txt；UTF-8、GB18030 或 UTF-16），提取量化事实、重点任务和建议责任单位
  demo      打印示例报告的摘要（有 ../shared 时用种子报告，否则用 examples/sample-report.md）

选项：
  -h, --help      显示帮助（luoshi extract --help 查看 extract 的选项）
  -V, --version   显示版本

退出码：0 完成；1 文件夹中有文件失败，或内部错误；2 用法或输入错误。
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
