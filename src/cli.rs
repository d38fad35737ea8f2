//! The command line: `check`, `export`, `format`, `sort-names`, `folder`, `import` and `style`, also what tests and
//! scripts use. Without a subcommand the program opens its window (see `main.rs`).
//!
//! Everything it says is Chinese, clap's own words included: [`parse`] builds the help from
//! Chinese templates and puts every argument error into Chinese itself. A first argument that
//! looks like a mistyped subcommand is refused with a suggestion, never opened as a file.

use std::ffi::OsString;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{ArgAction, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

pub mod folder;

use crate::collation::{sorted_names, split_names};
use crate::export::{self, DocKind};
use crate::import::{ImportKind, ImportMode, PendingImport};
use crate::io::{self as files, FileError};
use crate::model::check::{Severity, check_session};
use crate::model::{NameOrderMode, Session};
use folder::ExportDoc;

/// The most `sort-names` reads from standard input: a list of names is a few kilobytes, and
/// anything near this is not one (an endless stream such as `/dev/zero` is stopped here).
pub const MAX_INPUT_BYTES: u64 = 8 * 1024 * 1024;

/// The exit code of a refused command line (clap's and the usual one).
pub const USAGE_EXIT_CODE: u8 = 2;

/// 会务：地方人大常委会会议的准备、记录与发布。
#[derive(Debug, Parser)]
#[command(
    name = "huiwu",
    version,
    about = "会务：地方人大常委会会议的准备、记录与发布。",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// The session file to open in the window.
    #[arg(
        value_name = "文件.ron",
        help = "在窗口中打开的会议文件；不给时打开上次的会议"
    )]
    pub file: Option<PathBuf>,
    /// What to do without a window.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// What `huiwu folder` does besides summing up a folder.
#[derive(Debug, Subcommand)]
pub enum FolderAction {
    /// 新建常委会文件夹：由一次会议的文件（常委会设置、当日的组成人员名单），或从空白开始；文件夹中已有的会议文件都归入本届。
    Create {
        /// The folder to make a body's folder (made if missing).
        #[arg(value_name = "文件夹", help = "要新建的常委会文件夹（不存在时创建）")]
        folder: PathBuf,
        /// The session the body, house style and roster come from.
        #[arg(
            long,
            value_name = "会议文件.ron",
            help = "取常委会名称、格式设置和组成人员名单的会议文件；在别处时复制到文件夹中。不给时取文件夹中最近一次会议，没有会议文件时从空白开始"
        )]
        from: Option<PathBuf>,
    },
}

/// What `huiwu style` does.
#[derive(Debug, Subcommand)]
pub enum StyleAction {
    /// 从本机关往期发布的文字（公报、新闻通稿、纪要、任免名单；UTF-8 或 GBK 文本）识别各项行文格式，打印找到的句子，并写入会议文件或本机关设置文件；文字中没有出现的格式保持原设置。
    Learn {
        /// The published text; `-` reads standard input.
        #[arg(
            value_name = "往期公报.txt",
            help = "本机关往期发布的文字（.txt，UTF-8 或 GBK）；「-」从标准输入读取"
        )]
        file: PathBuf,
        /// The file whose body takes the forms.
        #[arg(
            long,
            value_name = "文件.ron",
            help = "写入的会议文件（.ron）、本机关设置文件（.huiwu-body.ron）或常委会文件夹中的 body.ron"
        )]
        into: PathBuf,
        /// Only print what was found.
        #[arg(long = "dry-run", help = "只打印识别结果，不保存")]
        dry_run: bool,
    },
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// 检查会议文件：打印概况和发现的问题。能读取时退出码为 0，不能读取时为 1。
    Check {
        /// The session file (.ron).
        #[arg(value_name = "文件.ron", help = "会议文件（.ron）")]
        file: PathBuf,
    },
    /// 导出文件：会后发布的会议纪要、名单、决议决定、新闻通稿、会刊、满意度测评结果，会前和会中用的会议通知、议程、日程安排、会议材料目录、签到表、表决票、测评票、请假缺席情况、主持词、座次表、任命书、宪法宣誓；从常委会文件夹导出出席情况、任免登记、建议办理结果、逾期审议意见。
    Export {
        /// The session file (.ron), or a body's folder for its registers.
        #[arg(
            value_name = "文件.ron",
            help = "会议文件（.ron）；导出登记册时为常委会文件夹"
        )]
        file: PathBuf,
        /// Which document.
        #[arg(long, value_enum, value_name = "文档", hide_possible_values = true)]
        doc: ExportDoc,
        /// Where to write it (.docx, .pdf, .html, .md or .txt); `-` prints plain text.
        #[arg(
            long,
            default_value = "-",
            value_name = "输出文件",
            hide_default_value = true,
            help = "写入的文件，格式由扩展名决定：.docx、.pdf、.html、.md、.txt；不给或给「-」时把纯文本输出到标准输出"
        )]
        to: PathBuf,
        /// The year of a folder's attendance record or key suggestions.
        #[arg(
            long,
            value_name = "年度",
            help = "常委会文件夹：出席情况、建议办理结果的年度；不给时取最近一年"
        )]
        year: Option<i32>,
        /// The day a folder's register speaks of (default today).
        #[arg(
            long,
            value_name = "日期",
            help = "常委会文件夹：截至日期（如 2024-03-01），决定哪些会议已举行、哪些审议意见已逾期；不给时为今天"
        )]
        date: Option<chrono::NaiveDate>,
    },
    /// 常委会文件夹：打印本届概况（会议及其状态、出席、任免、审议意见、代表建议），能读取时退出码为 0；「folder create 文件夹」新建常委会文件夹。
    #[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
    Folder {
        /// `create`: start a body's folder.
        #[command(subcommand)]
        action: Option<FolderAction>,
        /// The body's folder.
        #[arg(
            value_name = "文件夹",
            required = true,
            help = "常委会文件夹（常委会设置、组成人员名单和本届各次会议的文件）"
        )]
        folder: Option<PathBuf>,
        /// The day the summary speaks of (default today).
        #[arg(
            long,
            value_name = "日期",
            help = "截至日期（如 2024-03-01）；不给时为今天"
        )]
        date: Option<chrono::NaiveDate>,
        /// A spreadsheet of suggestions (XLSX, or CSV in UTF-8 or GBK) to add to body.ron first.
        #[arg(
            long = "import-suggestions",
            value_name = "表格.xlsx",
            help = "先把表格（Excel .xlsx，或 CSV，UTF-8 或 GBK；标题行下为列名：标题、领衔代表、主办单位、交办日期、重点督办、答复类别、办理情况、满意度等）中的代表建议登记到常委会文件夹"
        )]
        import: Option<PathBuf>,
        /// The year of imported rows without a 年度 column.
        #[arg(
            long,
            value_name = "年度",
            help = "导入的建议没有「年度」列时所属的年度；不给时为今年"
        )]
        year: Option<i32>,
    },
    /// 导入组成人员、列席人员名单或报告：从 Excel（.xlsx）、CSV、Word（.docx）或文本文件读入会议文件，先打印预览。
    Import {
        /// What is imported.
        #[arg(
            value_enum,
            value_name = "内容",
            hide_possible_values = true,
            help = "roster：组成人员；observers：列席人员；report：报告"
        )]
        kind: ImportArg,
        /// The file to read; `-` reads standard input (pasted text).
        #[arg(
            value_name = "文件",
            help = "要导入的文件：名单为 .xlsx、.csv（UTF-8 或 GBK）、.txt（名单文字），报告为 .docx、.txt；「-」从标准输入读取"
        )]
        file: PathBuf,
        /// The session file imported into.
        #[arg(long, value_name = "会议文件.ron", help = "导入到的会议文件（.ron）")]
        into: PathBuf,
        /// Only print the preview.
        #[arg(long = "dry-run", help = "只打印预览，不保存")]
        dry_run: bool,
        /// Replace the list instead of adding to it.
        #[arg(
            long,
            help = "名单：以导入的名单替换现有名单（不在其中的删除）；不给时为补充（已有的按姓名对应并更新，新的加入）"
        )]
        replace: bool,
        /// The encoding of a text file, when it cannot be told from the file.
        #[arg(
            long,
            value_name = "编码",
            help = "文本文件的编码：gb18030（含 GBK）、big5、shift-jis、utf-8；不给时按文件判断，无法确定时不导入"
        )]
        encoding: Option<String>,
        /// Make a report's half-width punctuation full-width.
        #[arg(
            long = "full-width",
            help = "报告：把中文中的半角标点（,;:()?!）改为全角"
        )]
        full_width: bool,
    },
    /// 行文格式（本机关）：「style learn 往期公报.txt --into 文件.ron」从本机关往期公报、新闻通稿、纪要或任免名单中识别各项行文格式，写入会议文件或本机关设置文件。
    Style {
        /// What to do with the forms.
        #[command(subcommand)]
        action: StyleAction,
    },
    /// 重新保存为标准格式（原文件保留为 .bak 备份）。
    Format {
        /// The session file (.ron), or a folder's body.ron.
        #[arg(
            value_name = "文件.ron",
            help = "会议文件（.ron），或常委会文件夹中的 body.ron（常委会的登记）"
        )]
        file: PathBuf,
    },
    /// 按笔画排序姓名：从标准输入读取（以换行、空格、顿号或逗号分隔），每行输出一个。
    SortNames {
        /// 姓名笔画 (name, the default) or 姓氏笔画 (surname).
        #[arg(
            long,
            value_enum,
            default_value_t = ModeArg::Name,
            value_name = "方式",
            hide_possible_values = true,
            hide_default_value = true,
            help = "name：按姓名笔画（默认）；surname：按姓氏笔画"
        )]
        mode: ModeArg,
    },
    /// Saves two versions of a session into one file by turns until killed (or `--count`
    /// saves): the child process that `tests/crash_safe_save.rs` kills at random moments to
    /// prove that a save never leaves a mixed or empty file. Hidden: not for people.
    #[command(hide = true, about = "测试用：轮流保存两个版本，直到被结束")]
    SaveLoop {
        /// The file saved into; what it holds at the start is the first version.
        #[arg(value_name = "文件.ron", help = "保存到的会议文件")]
        file: PathBuf,
        /// A session file holding the second version (only read).
        #[arg(value_name = "另一版本.ron", help = "第二个版本（只读取）")]
        other: PathBuf,
        /// Stop after this many saves; 0 saves until killed.
        #[arg(
            long,
            default_value_t = 0,
            value_name = "次数",
            hide_default_value = true,
            help = "保存多少次后停止；0（默认）表示直到被结束"
        )]
        count: u64,
    },
    /// Locks a session file as the window does and waits until asked to stop (SIGTERM, SIGHUP,
    /// Ctrl+C): what `tests/reliability.rs` signals to prove that the lock is removed. Hidden.
    #[command(hide = true, about = "测试用：像窗口一样锁定会议文件，等待关闭通知")]
    HoldLock {
        /// The session file to lock.
        #[arg(value_name = "文件.ron", help = "要锁定的会议文件")]
        file: PathBuf,
        /// Never look at the termination flag, as a window that does not watch it would not:
        /// only the watcher thread's own clean-up and exit remain.
        #[arg(long, help = "不理会关闭通知（只靠后台线程清理并结束）")]
        ignore_termination: bool,
    },
}

/// What the command line asks for, once read by [`parse`].
#[derive(Debug)]
pub enum Parsed {
    /// Open the window, on this file if one is given.
    Window(Option<PathBuf>),
    /// Run a subcommand without a window ([`run`]).
    Command(Command),
    /// Print this (help, version) to standard output and exit with 0.
    Info(String),
    /// Print this to standard error and exit with [`USAGE_EXIT_CODE`]: a mistyped command line.
    Refused(String),
}

/// The subcommands a person may type, for suggestions and the usage lines.
const SUBCOMMANDS: [&str; 7] = [
    "check",
    "export",
    "format",
    "sort-names",
    "folder",
    "import",
    "style",
];

/// The hidden subcommands for tests.
const HIDDEN_SUBCOMMANDS: [&str; 2] = ["save-loop", "hold-lock"];

/// The usage line of a subcommand (`None`: the program itself), in Chinese.
fn usage(subcommand: Option<&str>) -> &'static str {
    match subcommand {
        Some("check") => "huiwu check <文件.ron>",
        Some("export") => {
            "huiwu export <文件.ron> --doc <文档> [--to <输出文件>]\n       huiwu export <文件夹> --doc <登记册> [--year <年度>] [--date <日期>] [--to <输出文件>]"
        }
        Some("folder") => {
            "huiwu folder <文件夹> [--date <日期>] [--import-suggestions <表格.xlsx|表格.csv> [--year <年度>]]\n       huiwu folder create <文件夹> [--from <会议文件.ron>]"
        }
        Some("folder create") => "huiwu folder create <文件夹> [--from <会议文件.ron>]",
        Some("format") => "huiwu format <文件.ron>",
        Some("import") => {
            "huiwu import roster|observers <名单文件> --into <会议文件.ron> [--replace] [--dry-run] [--encoding <编码>]\n       huiwu import report <报告文件> --into <会议文件.ron> [--full-width] [--dry-run] [--encoding <编码>]"
        }
        Some("sort-names") => "huiwu sort-names [--mode name|surname] < 名单.txt",
        Some("style") | Some("style learn") => {
            "huiwu style learn <往期公报.txt> --into <文件.ron> [--dry-run]"
        }
        Some("save-loop") => "huiwu save-loop <文件.ron> <另一版本.ron> [--count <次数>]",
        Some("hold-lock") => "huiwu hold-lock <文件.ron> [--ignore-termination]",
        _ => "huiwu [文件.ron]\n       huiwu <子命令> [参数…]",
    }
}

/// The command with Chinese help everywhere: own `-h/--help` and `-V/--version`, Chinese
/// templates and headings, the documents listed with their Chinese names.
fn localized_command() -> clap::Command {
    let doc_help = folder::doc_help();
    let root = Cli::command()
        .disable_help_flag(true)
        .disable_version_flag(true)
        .disable_help_subcommand(true)
        .arg(help_arg())
        .arg(
            clap::Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help("显示版本"),
        )
        .override_usage(usage(None))
        .help_template(
            "{about}\n\n用法：{usage}\n\n子命令：\n{subcommands}\n\n参数：\n{positionals}\n\n选项：\n{options}\n\n\
             运行「huiwu <子命令> --help」查看子命令的说明。不给子命令时打开窗口。\n",
        );
    root.mut_subcommands(|subcommand| {
        let name = subcommand.get_name().to_owned();
        let has_arguments = subcommand.get_positionals().next().is_some();
        let template = if has_arguments {
            "{about}\n\n用法：{usage}\n\n参数：\n{positionals}\n\n选项：\n{options}\n"
        } else {
            "{about}\n\n用法：{usage}\n\n选项：\n{options}\n"
        };
        let subcommand = subcommand
            .disable_help_flag(true)
            .arg(help_arg())
            .override_usage(usage(Some(&name)))
            .help_template(template);
        if name == "export" {
            subcommand.mut_arg("doc", |arg| arg.help(doc_help.clone()))
        } else if name == "folder" {
            subcommand
                .disable_help_subcommand(true)
                .help_template(
                    "{about}\n\n用法：{usage}\n\n子命令：\n{subcommands}\n\n参数：\n{positionals}\n\n选项：\n{options}\n",
                )
                .mut_subcommand("create", |create| {
                    create
                        .disable_help_flag(true)
                        .arg(help_arg())
                        .override_usage(usage(Some("folder create")))
                        .help_template(
                            "{about}\n\n用法：{usage}\n\n参数：\n{positionals}\n\n选项：\n{options}\n",
                        )
                })
        } else if name == "style" {
            subcommand
                .disable_help_subcommand(true)
                .help_template("{about}\n\n用法：{usage}\n\n子命令：\n{subcommands}\n")
                .mut_subcommand("learn", |learn| {
                    learn
                        .disable_help_flag(true)
                        .arg(help_arg())
                        .override_usage(usage(Some("style learn")))
                        .help_template(
                            "{about}\n\n用法：{usage}\n\n参数：\n{positionals}\n\n选项：\n{options}\n",
                        )
                })
        } else {
            subcommand
        }
    })
}

/// `-h, --help` in Chinese.
fn help_arg() -> clap::Arg {
    clap::Arg::new("help")
        .short('h')
        .long("help")
        .action(ArgAction::Help)
        .help("显示此帮助")
}

/// Reads the command line (the program's name first, as `std::env::args_os` gives it). Never
/// panics and never prints: the caller prints what [`Parsed`] says.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Parsed {
    let args: Vec<OsString> = args.into_iter().collect();
    let first = args.get(1).and_then(|arg| arg.to_str());
    let subcommand =
        first.filter(|first| SUBCOMMANDS.contains(first) || HIDDEN_SUBCOMMANDS.contains(first));
    // `huiwu help [子命令]`, as clap's own help subcommand would have it.
    if first == Some("help") {
        let topic = args.get(2).and_then(|arg| arg.to_str());
        let mut command = localized_command();
        let help = match topic.and_then(|topic| command.find_subcommand_mut(topic)) {
            Some(subcommand) => subcommand.render_help(),
            None => command.render_help(),
        };
        return Parsed::Info(help.to_string());
    }
    if let Some(first) = first
        && subcommand.is_none()
        && looks_like_a_subcommand(first)
        && !Path::new(first).exists()
    {
        return Parsed::Refused(mistyped_subcommand(first));
    }
    let matches = match localized_command().try_get_matches_from(&args) {
        Ok(matches) => matches,
        Err(error) => return explain(&error, subcommand, &args),
    };
    match Cli::from_arg_matches(&matches) {
        Ok(Cli {
            command: Some(command),
            ..
        }) => Parsed::Command(command),
        Ok(Cli { file, .. }) => Parsed::Window(file),
        Err(error) => explain(&error, subcommand, &args),
    }
}

/// A word of letters, digits and dashes, as subcommands are: `chekc`, not `会议.ron` or `./x`.
fn looks_like_a_subcommand(argument: &str) -> bool {
    !argument.starts_with('-')
        && argument.chars().any(|c| c.is_ascii_alphabetic())
        && argument
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// 「没有子命令「chekc」。是否想用「huiwu check」？」 and the list of subcommands.
fn mistyped_subcommand(word: &str) -> String {
    let lowered = word.to_ascii_lowercase();
    let nearest = SUBCOMMANDS
        .iter()
        .map(|name| (edit_distance(&lowered, name), *name))
        .min()
        .filter(|(distance, name)| *distance <= 2.max(name.len() / 3));
    let mut text = format!("没有子命令「{word}」，也没有名为「{word}」的文件。");
    if let Some((_, name)) = nearest {
        text.push_str(&format!("是否想用「huiwu {name}」？"));
    }
    text.push_str(&format!(
        "\n可用的子命令：{}。\n用法：{}\n运行「huiwu --help」查看说明。",
        SUBCOMMANDS.join("、"),
        usage(None)
    ));
    text
}

/// Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    rows[0] = (0..=b.len()).collect();
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    rows[a.len()][b.len()]
}

/// A clap error as what to print: help and version as they are, argument errors in Chinese.
fn explain(error: &clap::Error, subcommand: Option<&str>, args: &[OsString]) -> Parsed {
    use clap::error::{ContextKind, ErrorKind};
    let context = |kind: ContextKind| error.get(kind).map(context_text).unwrap_or_default();
    let argument = context(ContextKind::InvalidArg);
    let value = context(ContextKind::InvalidValue);
    let message = match error.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            return Parsed::Info(error.render().to_string());
        }
        ErrorKind::DisplayVersion => {
            return Parsed::Info(format!("会务（huiwu）{}\n", env!("CARGO_PKG_VERSION")));
        }
        ErrorKind::UnknownArgument if argument.starts_with('-') => {
            format!("无法识别的选项「{argument}」。")
        }
        ErrorKind::UnknownArgument => match subcommand {
            Some(_) => format!("多余的参数「{argument}」。"),
            None => format!(
                "多余的参数「{argument}」：窗口一次只打开一个会议文件，子命令须写在最前面。"
            ),
        },
        ErrorKind::InvalidValue if value.is_empty() => format!("选项 {argument} 缺少取值。"),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            format!("选项 {argument} 的取值「{value}」无效。")
        }
        ErrorKind::MissingRequiredArgument => format!("缺少必需的参数：{argument}。"),
        // `huiwu a.ron check` or `huiwu a.ron b.ron`: clap takes the second for a subcommand.
        ErrorKind::ArgumentConflict if subcommand.is_none() => {
            let second = args
                .get(2)
                .map(|arg| arg.to_string_lossy().into_owned())
                .unwrap_or_default();
            if SUBCOMMANDS.contains(&second.as_str()) {
                "子命令须写在最前面，文件写在子命令之后（如「huiwu check 文件.ron」）。".to_owned()
            } else {
                format!("多余的参数「{second}」：窗口一次只打开一个会议文件。")
            }
        }
        ErrorKind::ArgumentConflict => format!(
            "参数「{argument}」不能与「{}」同时使用。",
            context(ContextKind::PriorArg)
        ),
        ErrorKind::NoEquals => format!("选项 {argument} 的取值须用等号给出，如 {argument}=…。"),
        ErrorKind::TooManyValues | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            format!("选项 {argument} 的取值个数不对。")
        }
        ErrorKind::InvalidSubcommand => format!("没有子命令「{argument}」。"),
        ErrorKind::MissingSubcommand => "缺少子命令。".to_owned(),
        ErrorKind::InvalidUtf8 => "命令行参数不是有效的 UTF-8 文本。".to_owned(),
        _ => "命令行参数有误。".to_owned(),
    };
    let mut text = message;
    let valid = context(ContextKind::ValidValue);
    if !valid.is_empty() {
        text.push_str(&format!("可用的取值：{valid}。"));
    }
    let suggested = [
        ContextKind::SuggestedValue,
        ContextKind::SuggestedArg,
        ContextKind::SuggestedSubcommand,
    ]
    .into_iter()
    .map(context)
    .find(|suggestion| !suggestion.is_empty());
    if let Some(suggested) = suggested {
        text.push_str(&format!("是否想用「{suggested}」？"));
    }
    let help = match subcommand {
        Some(name) => format!("huiwu {name} --help"),
        None => "huiwu --help".to_owned(),
    };
    text.push_str(&format!(
        "\n用法：{}\n运行「{help}」查看说明。",
        usage(subcommand)
    ));
    Parsed::Refused(text)
}

/// A piece of a clap error's context as plain text (lists joined with 「、」).
fn context_text(value: &clap::error::ContextValue) -> String {
    use clap::error::ContextValue;
    match value {
        ContextValue::String(text) => text.clone(),
        ContextValue::Strings(texts) => texts.join("、"),
        ContextValue::StyledStr(text) => text.to_string(),
        ContextValue::StyledStrs(texts) => texts
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("、"),
        ContextValue::Number(number) => number.to_string(),
        _ => String::new(),
    }
}

/// What `huiwu import` reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ImportArg {
    /// 组成人员.
    Roster,
    /// 列席人员.
    Observers,
    /// 报告.
    Report,
}

impl From<ImportArg> for ImportKind {
    fn from(kind: ImportArg) -> Self {
        match kind {
            ImportArg::Roster => ImportKind::Roster,
            ImportArg::Observers => ImportKind::Observers,
            ImportArg::Report => ImportKind::Report,
        }
    }
}

/// Stroke-order mode on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ModeArg {
    /// 姓名笔画: every character counts.
    Name,
    /// 姓氏笔画: surname first.
    Surname,
}

impl From<ModeArg> for NameOrderMode {
    fn from(mode: ModeArg) -> Self {
        match mode {
            ModeArg::Name => NameOrderMode::FullName,
            ModeArg::Surname => NameOrderMode::Surname,
        }
    }
}

/// Runs a subcommand, writing to `out` and `err`; returns the exit code.
pub fn run(
    command: Command,
    input: &mut dyn Read,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> ExitCode {
    let result = match command {
        Command::Check { file } => check(&file, out),
        Command::Export {
            file,
            doc,
            to,
            year,
            date,
        } => export_document(&file, doc, &to, year, date, out),
        Command::Folder {
            action: Some(FolderAction::Create { folder, from }),
            ..
        } => folder::create_command(&folder, from.as_deref(), out),
        Command::Folder {
            action: None,
            folder: Some(folder),
            date,
            import,
            year,
        } => folder::folder_command(&folder, date, import.as_deref(), year, out),
        Command::Folder {
            action: None,
            folder: None,
            ..
        } => Err("请给出常委会文件夹。".to_owned()),
        Command::Import {
            kind,
            file,
            into,
            dry_run,
            replace,
            encoding,
            full_width,
        } => {
            let options = ImportOptions {
                dry_run,
                replace,
                encoding,
                full_width,
            };
            import_command(kind.into(), &file, &into, &options, input, out)
        }
        Command::Style {
            action:
                StyleAction::Learn {
                    file,
                    into,
                    dry_run,
                },
        } => learn_command(&file, &into, dry_run, input, out),
        Command::Format { file } if folder::is_body_file(&file) => folder::format_body(&file, out),
        Command::Format { file } => format_file(&file, out),
        Command::SortNames { mode } => sort_names(mode.into(), input, out),
        Command::SaveLoop { file, other, count } => save_loop(&file, &other, count, out),
        Command::HoldLock {
            file,
            ignore_termination,
        } => hold_lock(&file, ignore_termination, out),
    };
    match result {
        Ok(code) => code,
        // The reader of the output went away (`huiwu check … | head`): nothing to say.
        Err(message) if message.is_empty() => ExitCode::SUCCESS,
        Err(message) => {
            // Nothing more can be done if standard error itself is closed.
            let _ = writeln!(err, "{message}");
            ExitCode::FAILURE
        }
    }
}

/// The message for output that could not be written; empty when the output is a pipe whose
/// reader has closed it (`| head`), where a command ends quietly, as command-line tools do.
fn write_error(error: &std::io::Error) -> String {
    if error.kind() == std::io::ErrorKind::BrokenPipe {
        return String::new();
    }
    format!("无法输出结果：{}", files::io_reason(error))
}

/// A short summary of a session, as `huiwu check` prints it.
pub fn summary(session: &Session) -> String {
    let counts = session.attendance_counts();
    let dates: Vec<String> = session
        .details
        .dates
        .iter()
        .map(|d| crate::wording::dates::chinese_date(*d))
        .collect();
    let quorum = crate::wording::attendance::quorum_explained(counts);
    let mut text = String::new();
    text.push_str(&format!("会议：{}\n", session.full_title()));
    if !dates.is_empty() {
        text.push_str(&format!("日期：{}\n", dates.join("、")));
    }
    text.push_str(&format!(
        "组成人员：{}人　出席：{}人　请假：{}人　缺席：{}人\n",
        counts.members, counts.present, counts.on_leave, counts.absent
    ));
    text.push_str(&format!("法定人数：{quorum}\n"));
    text.push_str(&format!(
        "议题：{}项　报告：{}份　决议：{}项　任免议案：{}件　任免事项：{}项　表决：{}次　测评：{}次\n",
        session.agenda.len(),
        session.reports.len(),
        session.resolutions.len(),
        session.motions.len(),
        session.entries().count(),
        session.votes.len(),
        session.evaluations.len(),
    ));
    text
}

fn check(file: &Path, out: &mut dyn Write) -> Result<ExitCode, String> {
    let session = files::load(file).map_err(|e: FileError| e.to_string())?;
    let problems = check_session(&session);
    let mut text = summary(&session);
    if problems.is_empty() {
        text.push_str("问题：未发现问题\n");
    } else {
        let errors = problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .count();
        text.push_str(&format!(
            "问题：{}个错误，{}个提示\n",
            errors,
            problems.len() - errors
        ));
        for problem in &problems {
            text.push_str(&format!(
                "　［{}］{}\n",
                problem.severity.label(),
                problem.message
            ));
        }
    }
    out.write_all(text.as_bytes())
        .map_err(|e| write_error(&e))?;
    Ok(ExitCode::SUCCESS)
}

fn export_document(
    file: &Path,
    doc: ExportDoc,
    to: &Path,
    year: Option<i32>,
    date: Option<chrono::NaiveDate>,
    out: &mut dyn Write,
) -> Result<ExitCode, String> {
    if file.is_dir() {
        return folder::export_folder(file, doc, to, year, date, out);
    }
    let doc: DocKind = folder::refuse_for_session(file, doc, year, date)?;
    let session = files::load(file).map_err(|e| e.to_string())?;
    // What the office should know first, on standard error: the export goes ahead.
    for note in export::before_export(&session, doc) {
        eprintln!("注意：{note}");
    }
    if to.as_os_str() == "-" {
        let text = export::plain_text(&session, doc);
        out.write_all(text.as_bytes())
            .map_err(|e| write_error(&e))?;
    } else {
        export::export_to_file(&session, doc, to).map_err(|e| e.to_string())?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The lock of a file `huiwu format` rewrites, as the window takes it: refused, saying who,
/// while someone else edits the file; refused when nothing can be written beside it.
fn lock_to_rewrite(file: &Path) -> Result<files::lock::LockGuard, String> {
    match files::lock::acquire(file, chrono::Local::now()) {
        Ok(guard) => Ok(guard),
        Err(files::lock::LockError::Unavailable { reason, .. }) => Err(format!(
            "无法重新保存「{}」：{reason}，无法在它所在的文件夹中写入。文件未改动。",
            file.display()
        )),
        Err(error) => Err(format!(
            "{error}
未重新保存，文件未改动。"
        )),
    }
}

/// How `huiwu import` was asked to import.
struct ImportOptions {
    /// Only print the preview.
    dry_run: bool,
    /// Replace the list instead of adding to it.
    replace: bool,
    /// The text file's encoding as typed, if given.
    encoding: Option<String>,
    /// Make a report's half-width punctuation full-width.
    full_width: bool,
}

/// `huiwu import`: reads the file, prints the preview (the window's text), and unless
/// `dry_run` applies it and saves the session atomically under its lock, as the window saves.
fn import_command(
    kind: ImportKind,
    file: &Path,
    into: &Path,
    options: &ImportOptions,
    input: &mut dyn Read,
    out: &mut dyn Write,
) -> Result<ExitCode, String> {
    let ImportOptions {
        dry_run,
        replace,
        full_width,
        ..
    } = *options;
    let encoding = match options.encoding.as_deref() {
        None => None,
        Some(name) => Some(crate::import::TextEncoding::parse(name).ok_or_else(|| {
            format!(
                "选项 --encoding 的取值「{name}」无效。可用的取值：{}。",
                crate::import::TextEncoding::CHOICES
                    .map(|e| e.name())
                    .join("、")
            )
        })?),
    };
    let source = if file.as_os_str() == "-" {
        crate::import::Source::pasted(&read_input(input)?).map_err(|e| e.to_string())?
    } else {
        crate::import::read_source_in(file, encoding).map_err(|e| e.to_string())?
    };
    let mut pending = PendingImport::read(kind, &source).map_err(|e| e.to_string())?;
    if full_width {
        match &mut pending {
            PendingImport::Report(report) => {
                let changed = report.use_full_width_punctuation();
                writeln!(out, "已把{changed}处半角标点改为全角。").map_err(|e| write_error(&e))?;
            }
            _ => {
                return Err("选项 --full-width 只用于报告（report）。".to_owned());
            }
        }
    }
    let mode = if replace {
        ImportMode::Replace
    } else {
        ImportMode::Add
    };
    if replace && kind == ImportKind::Report {
        return Err(
            "选项 --replace 只用于名单（roster、observers）；报告导入总是新建一份报告。".to_owned(),
        );
    }
    let into = &files::canonical_session_path(into);
    // Locked while read, changed and saved, as the window locks it: refused, saying who, while
    // someone has it open.
    let guard = if dry_run {
        None
    } else {
        match files::lock::acquire(into, chrono::Local::now()) {
            Ok(guard) => Some(guard),
            // No lock file can be written beside it: neither can the session be saved.
            Err(files::lock::LockError::Unavailable { reason, .. }) => {
                return Err(format!(
                    "无法导入到「{}」：{reason}，无法在它所在的文件夹中写入。未导入，文件未改动。",
                    into.display()
                ));
            }
            Err(error) => return Err(error.to_string()),
        }
    };
    let mut session = files::load(into).map_err(|e| e.to_string())?;
    let preview = pending.preview_text(&session, mode, None);
    out.write_all(preview.as_bytes())
        .map_err(|e| write_error(&e))?;
    if dry_run {
        writeln!(out, "\n（试运行：未改动「{}」）", into.display()).map_err(|e| write_error(&e))?;
        return Ok(ExitCode::SUCCESS);
    }
    // Text whose encoding is in doubt, or that did not decode, is not imported without the
    // person having looked: the preview above shows the names as read.
    if let Some(reading) = &source.reading
        && reading.needs_a_look()
        && encoding.is_none()
    {
        return Err(format!(
            "「{}」的编码无法确定（按 {} 读取），未导入，「{}」未改动。请看上面的预览：姓名正确时，用 --encoding {} 再次导入；显示为乱码时，换用 {}。",
            file.display(),
            reading.encoding.label(),
            into.display(),
            reading.encoding.name(),
            crate::import::TextEncoding::CHOICES
                .iter()
                .filter(|e| **e != reading.encoding)
                .map(|e| format!("--encoding {}", e.name()))
                .collect::<Vec<_>>()
                .join("、")
        ));
    }
    if !pending.changes_anything(&session, mode) {
        writeln!(out, "\n没有需要改动的内容，「{}」未改动。", into.display())
            .map_err(|e| write_error(&e))?;
        return Ok(ExitCode::SUCCESS);
    }
    pending
        .apply(&mut session, mode, None)
        .map_err(|e| format!("未能导入，「{}」未改动：{e}", into.display()))?;
    files::save(&session, into).map_err(|e| e.to_string())?;
    drop(guard);
    writeln!(out, "\n已导入并保存「{}」。", into.display()).map_err(|e| write_error(&e))?;
    Ok(ExitCode::SUCCESS)
}

/// `huiwu style learn`: reads a published text of the body, prints per form the variant found
/// with its sentence, and sets those forms in the body of `into` (a session file, a house-style
/// file or a folder's body.ron), atomically under the file's lock; forms not found keep their
/// setting. `dry_run` only prints.
fn learn_command(
    file: &Path,
    into: &Path,
    dry_run: bool,
    input: &mut dyn Read,
    out: &mut dyn Write,
) -> Result<ExitCode, String> {
    use crate::import::source::Content;
    use crate::wording::forms::learn;
    let source = if file.as_os_str() == "-" {
        crate::import::Source::pasted(&read_input(input)?).map_err(|e| e.to_string())?
    } else {
        crate::import::read_source_in(file, None).map_err(|e| e.to_string())?
    };
    let Content::Text(text) = &source.content else {
        return Err(format!(
            "「{}」不是文本文件。请在文字处理软件中另存为文本（.txt）后再学习。",
            file.display()
        ));
    };
    let findings = learn::learn(text);
    let w =
        |out: &mut dyn Write, line: String| writeln!(out, "{line}").map_err(|e| write_error(&e));
    if findings.is_empty() {
        w(
            out,
            format!(
                "在「{}」中没有找到可识别的行文格式，未改动任何设置。",
                file.display()
            ),
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    w(
        out,
        format!(
            "在「{}」中识别到{}项行文格式：",
            file.display(),
            findings.len()
        ),
    )?;
    for finding in &findings {
        w(
            out,
            // The form by its name and the variant by its wording (the keys are the program's).
            format!(
                "{}：「{}」{}\n    依据：{}",
                finding.label,
                if finding.template.is_empty() {
                    "不写"
                } else {
                    finding.template
                },
                if finding.is_default {
                    "（即默认）"
                } else {
                    ""
                },
                finding.evidence
            ),
        )?;
    }
    let into = &files::canonical_session_path(into);
    if dry_run {
        w(out, format!("（试运行：未改动「{}」）", into.display()))?;
        return Ok(ExitCode::SUCCESS);
    }
    let _guard = lock_to_rewrite(into)?;
    let name = into
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if folder::is_body_file(into) {
        let mut body = files::folder::load_body(into).map_err(|e| e.to_string())?;
        body.body.settings.forms = learn::apply(&body.body.settings.forms, &findings);
        files::folder::save_body(&body, into).map_err(|e| e.to_string())?;
    } else if name.ends_with(files::house_style::HOUSE_STYLE_EXTENSION) {
        let mut body = files::house_style::load_house_style(into).map_err(|e| e.to_string())?;
        body.settings.forms = learn::apply(&body.settings.forms, &findings);
        files::house_style::save_house_style(&body, into).map_err(|e| e.to_string())?;
    } else {
        let mut session = files::load(into).map_err(|e| e.to_string())?;
        let choices = learn::apply(&session.body.settings.forms, &findings);
        session.set_form_choices(choices);
        files::save(&session, into).map_err(|e| e.to_string())?;
    }
    w(
        out,
        format!("已把识别到的行文格式写入并保存「{}」。", into.display()),
    )?;
    Ok(ExitCode::SUCCESS)
}

fn format_file(file: &Path, out: &mut dyn Write) -> Result<ExitCode, String> {
    let file = &files::canonical_session_path(file);
    let _guard = lock_to_rewrite(file)?;
    let session = files::load(file).map_err(|e| e.to_string())?;
    files::save(&session, file).map_err(|e| e.to_string())?;
    writeln!(out, "已按标准格式保存「{}」", file.display()).map_err(|e| write_error(&e))?;
    Ok(ExitCode::SUCCESS)
}

fn sort_names(
    mode: NameOrderMode,
    input: &mut dyn Read,
    out: &mut dyn Write,
) -> Result<ExitCode, String> {
    let text = read_input(input)?;
    let names = sorted_names(&split_names(&text), mode);
    let mut text = String::with_capacity(names.len() * 10);
    for name in names {
        text.push_str(&name);
        text.push('\n');
    }
    out.write_all(text.as_bytes())
        .map_err(|e| write_error(&e))?;
    Ok(ExitCode::SUCCESS)
}

/// Standard input as text: at most [`MAX_INPUT_BYTES`], and UTF-8, or a message saying which
/// byte is not (counted from 1).
fn read_input(input: &mut dyn Read) -> Result<String, String> {
    let mut bytes = Vec::new();
    input
        .take(MAX_INPUT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("无法读取标准输入：{}", files::io_reason(&e)))?;
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(format!(
            "标准输入超过 {} MB，不像是姓名名单，未处理。",
            MAX_INPUT_BYTES / (1024 * 1024)
        ));
    }
    String::from_utf8(bytes).map_err(|error| {
        format!(
            "标准输入第{}个字节不是有效的 UTF-8 文本，未处理。请把名单另存为 UTF-8 编码后再试。",
            error.utf8_error().valid_up_to() + 1
        )
    })
}

/// Locks `file` as the window does, says so on `out`, and refreshes the lock until the program
/// is asked to stop; then releases the lock and ends. With `ignore_termination` it never looks, and only
/// the watcher thread of [`files::shutdown`] removes the lock and ends the program.
fn hold_lock(
    file: &Path,
    ignore_termination: bool,
    out: &mut dyn Write,
) -> Result<ExitCode, String> {
    files::shutdown::install().map_err(|e| e.to_string())?;
    let mut guard = files::lock::acquire(file, chrono::Local::now()).map_err(|e| e.to_string())?;
    writeln!(out, "locked {}", guard.lock_path().display()).map_err(|e| write_error(&e))?;
    out.flush().map_err(|e| write_error(&e))?;
    while ignore_termination || !files::shutdown::termination_requested() {
        std::thread::sleep(std::time::Duration::from_millis(100));
        // Refreshed as the window refreshes it, far more often: after a termination request
        // the removed lock must stay removed.
        guard
            .refresh(chrono::Local::now())
            .map_err(|e| e.to_string())?;
    }
    drop(guard);
    Ok(ExitCode::SUCCESS)
}

/// Saves the other version, then the first, and so on into `file`, `count` times (0: until
/// killed). Prints one line once the first save is done, so that a test knows saving has begun.
fn save_loop(
    file: &Path,
    other: &Path,
    count: u64,
    out: &mut dyn Write,
) -> Result<ExitCode, String> {
    let first = files::load(file).map_err(|e| e.to_string())?;
    let second = files::load(other).map_err(|e| e.to_string())?;
    let mut saves: u64 = 0;
    while count == 0 || saves < count {
        let version = if saves.is_multiple_of(2) {
            &second
        } else {
            &first
        };
        files::save(version, file).map_err(|e| e.to_string())?;
        saves += 1;
        if saves == 1 {
            writeln!(out, "saving").map_err(|e| write_error(&e))?;
            out.flush().map_err(|e| write_error(&e))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_existing_file_still_opens_the_window() {
        // Checked without a window: the command line is read as the window's, not refused.
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions/hebi-12-09.ron");
        match parse([OsString::from("huiwu"), path.clone().into()]) {
            Parsed::Window(Some(file)) => assert_eq!(file, path),
            other => panic!("{other:?}"),
        }
        // A word that is an existing file or folder (here: `src`, tests run in the crate's folder).
        match parse(["huiwu", "src"].map(OsString::from)) {
            Parsed::Window(Some(file)) => assert_eq!(file, Path::new("src")),
            other => panic!("{other:?}"),
        }
        match parse(["huiwu"].map(OsString::from)) {
            Parsed::Window(None) => {}
            other => panic!("{other:?}"),
        }
    }
}
