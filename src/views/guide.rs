//! 帮助 → 使用说明 (F1): a guide in Chinese to the work before, during and after a session, in
//! the order an office does it, and every shortcut (read from the commands themselves, so the
//! list never goes stale). A window beside the editor, so one can read and work at once.

use egui::{RichText, Ui};

use crate::command::Command;

/// One topic of the guide: its title and its paragraphs.
struct Topic {
    title: &'static str,
    paragraphs: &'static [&'static str],
}

/// The topics, in the order of the work.
const TOPICS: [Topic; 7] = [
    Topic {
        title: "开始",
        paragraphs: &[
            "会务用于人大常委会办公室准备会议、记录会议和发布会议结果。每次会议保存为一个会议文件；一届常委会的各次会议可以放在同一个「常委会文件夹」中，由它汇总出席情况、人事任免、审议意见和代表建议。",
            "第一次使用：在开始页点「新建常委会文件夹…」，选一个文件夹。已有会议文件时，常委会名称、格式设置和组成人员名单取自最近一次会议；没有时从空白开始。命令行：huiwu folder create 文件夹 --from 会议文件.ron。",
            "新建会议：常委会文件夹的会议列表中点「新建会议」，沿用常委会设置、当日的组成人员名单和上次会议的列席单位。也可用「文件 → 新建会议…」（Ctrl+N）。",
            "打开：「文件 → 打开…」（Ctrl+O），或把会议文件、常委会文件夹直接拖到窗口上。报告（.docx、.txt）和名单（.xlsx、.csv）拖到窗口上时，直接进入导入预览。",
        ],
    },
    Topic {
        title: "会前准备",
        paragraphs: &[
            "本机关（Ctrl+0）：常委会名称、届次、是否设秘书长、姓名排序方式、测评规则、落款等。设置随会议保存，新会议自动沿用；「导出本机关设置…」可带到其他电脑。",
            "概况（Ctrl+1）：会议次数、日期、地点、主持人、各次全体会议；会议通知的联系人、电话、请假截止时间等。输入框中的灰色文字是示例，不会打印。",
            "议程（Ctrl+2）：逐项填写议题，选择议题类型（听取、审议、表决、专题询问、工作评议、人事任免等）；类型决定纪要和新闻稿中的用语，以及是否需要表决。",
            "组成人员和列席：「文件 → 导入」可从 Excel、CSV（UTF-8 或 GBK）或粘贴的名单文字导入，先预览每一行及其问题，确认后才改动，可撤销。只有单位、没有姓名的列席单位（如「市直有关部门负责同志」）按单位导入。",
            "报告（Ctrl+5）：可从 Word 文档导入，标题、报告单位、称呼、结束语自动识别；正文按「一、」「（一）」「1.」识别层次。",
            "会前文件：会议通知、议程（草案）、日程安排、会议材料目录、签到表、表决票、测评票、座次表等，在「导出」或「文件 → 打印」中生成。",
        ],
    },
    Topic {
        title: "会议进行中",
        paragraphs: &[
            "出席（Ctrl+3）：点每人一行的出席状态登记出席、请假（可填原因）或缺席。窗口上方随时显示应到、实到人数和是否达到法定人数（实到人数须超过组成人员总数的一半）。",
            "表决/测评（Ctrl+8）：按议程顺序列出所有需要表决和测评的事项。可录入票数、逐人录入或只记结果；「快速录入」（F5）只用键盘依次录入。录入未完成时显示「未完成」，不会显示为未通过。",
            "宣布结果：检查票数是否超过实到人数、是否有请假人员投票等，无误后锁定。宣布后的结果不能撤销；确需更改时用「解锁修改」，并记录修改人和原因。",
            "大屏幕：「打开大屏幕窗口」在第二个窗口显示会标、出席情况或当前表决结果，F11 全屏。只显示操作员「上屏」的内容。",
        ],
    },
    Topic {
        title: "会后发布",
        paragraphs: &[
            "导出：「导出 → 导出文件…」一次选择多个文件（会议纪要、出缺席人员名单、列席人员名单、人事任免名单、决议决定、新闻通稿、会刊、满意度测评结果），格式可选 Word、PDF、网页、Markdown 或纯文本。只勾选有内容的文件；「预览」可先看文字。",
            "Word 和 PDF 文件按 GB/T 9704《党政机关公文格式》排版：A4 纸，每页 22 行、每行 28 字，标题 2 号小标宋，正文 3 号仿宋，页码「— 1 —」单页居右、双页居左。",
            "打印：「文件 → 打印」选择文件，或在导出对话框中点「打印…」（Ctrl+P）。会务生成 PDF 并用系统的阅读程序打开，在其中选择打印机和份数。PDF 的版式与 Word 文件相同，不必再经 Word 或 WPS 排版。",
            "常委会文件夹：会议列表旁的出席情况、人事任免、审议意见、代表建议和文件索引，汇总本届各次会议，均可导出。「修改登记」用于登记审议意见和代表建议的办理情况，每项确定后立即保存。",
        ],
    },
    Topic {
        title: "常用操作",
        paragraphs: &[
            "右键菜单：在议程、组成人员、列席人员、报告、决议、任免事项等列表的行上点右键，可在上方或下方插入、上移、下移、复制或删除。删除后窗口底部出现「撤销」。",
            "查找（Ctrl+F）：输入议题、姓名、单位或报告中的任意文字，列出所有出现的位置；点一处或按回车即转到该处。姓名中的空格可输可不输。",
            "撤销和重做：Ctrl+Z 撤销，Ctrl+Y 重做。每次改动都可撤销，宣布后的表决结果除外。",
            "表格中的单元格点一下即可编辑，Tab 转到下一个单元格，回车或点别处确认，Esc 放弃。",
            "字号和外观：「视图 → 字号」可放大整个窗口（接投影仪时有用）；「视图 → 外观」可选浅色或深色。",
        ],
    },
    Topic {
        title: "文件安全",
        paragraphs: &[
            "保存（Ctrl+S）时先写入新文件再替换原文件，并保留前两个版本（.bak、.bak2）；断电或程序异常时不会留下半个文件。",
            "未保存的改动每 30 秒自动保存到恢复文件（不覆盖会议文件）。程序异常关闭后再次打开时，会提示恢复。",
            "同一个会议文件被他人打开时，会显示是谁、从何时起在编辑，可选择只读打开。文件在磁盘上被他人改动后，保存前会先询问，不会直接覆盖。",
        ],
    },
    Topic {
        title: "快捷键",
        paragraphs: &[],
    },
];

/// The guide window's state: the topic shown.
#[derive(Debug, Default)]
pub struct GuideState {
    /// The index of the topic shown.
    pub topic: usize,
}

/// Draws the guide window; returns `false` when the person closed it.
pub fn guide_ui(ctx: &egui::Context, state: &mut GuideState) -> bool {
    let mut open = true;
    egui::Window::new("使用说明")
        .open(&mut open)
        .collapsible(false)
        .default_size(egui::vec2(720.0, 520.0))
        .default_pos(egui::pos2(180.0, 60.0))
        .show(ctx, |ui| {
            ui.horizontal_top(|ui| {
                ui.vertical(|ui| {
                    ui.set_width(110.0);
                    for (index, topic) in TOPICS.iter().enumerate() {
                        if ui
                            .add(egui::Button::selectable(state.topic == index, topic.title))
                            .clicked()
                        {
                            state.topic = index;
                        }
                    }
                });
                ui.separator();
                ui.vertical(|ui| topic_ui(ui, state.topic.min(TOPICS.len() - 1)));
            });
        });
    open
}

/// One topic's text (the shortcuts: a table of every command that has one).
fn topic_ui(ui: &mut Ui, index: usize) {
    let topic = &TOPICS[index];
    ui.heading(topic.title);
    egui::ScrollArea::vertical()
        .id_salt("guide_text")
        .max_height(440.0)
        .show(ui, |ui| {
            ui.set_max_width(560.0);
            for paragraph in topic.paragraphs {
                ui.label(*paragraph);
                ui.add_space(6.0);
            }
            if topic.paragraphs.is_empty() {
                shortcuts_ui(ui);
            }
        });
}

/// Every shortcut with what it does, from the commands.
fn shortcuts_ui(ui: &mut Ui) {
    egui::Grid::new("guide_shortcuts")
        .striped(true)
        .num_columns(2)
        .show(ui, |ui| {
            for command in Command::WITH_SHORTCUTS {
                ui.label(RichText::new(command.shortcut_text(ui.ctx())).monospace());
                ui.label(command.text().trim_end_matches('…').to_owned());
                ui.end_row();
            }
            // Keys of egui's own, not commands of the program.
            for (keys, what) in [
                ("Tab / Shift+Tab", "下一个 / 上一个输入框"),
                ("Esc", "关闭对话框，放弃正在编辑的单元格"),
            ] {
                ui.label(RichText::new(keys).monospace());
                ui.label(what);
                ui.end_row();
            }
        });
}
