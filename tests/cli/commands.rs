//! The command line as scripts use it: check, export, sort-names, format.

use crate::common;
use std::io::Write;
use std::process::{Command, Stdio};

fn huiwu() -> Command {
    Command::new(env!("CARGO_BIN_EXE_huiwu"))
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn check_prints_the_summary_and_exits_zero() {
    let output = huiwu()
        .arg("check")
        .arg(common::example_path())
        .output()
        .unwrap();
    let out = text(&output.stdout);
    assert!(output.status.success(), "{out}{}", text(&output.stderr));
    assert!(
        out.contains("鹤壁市第十二届人民代表大会常务委员会第九次会议"),
        "{out}"
    );
    assert!(
        out.contains("组成人员：41人　出席：35人　请假：6人　缺席：0人"),
        "{out}"
    );
    assert!(out.contains("符合法定人数"), "{out}");
    assert!(out.contains("议题：14项"), "{out}");
    assert!(out.contains("任免事项：14项"), "{out}");
}

#[test]
fn check_reports_problems_in_a_broken_session() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.ron");
    let mut session = common::example();
    // A vote with more votes than members present, and an item that references nothing.
    session.votes.push(huiwu_core::model::Vote::new(
        huiwu_core::model::VoteId(999),
        huiwu_core::model::VoteSubject::Agenda,
        huiwu_core::model::VoteRecord::Counts(huiwu_core::model::Tally {
            yes: 40,
            no: 0,
            abstain: 0,
            not_pressed: 0,
        }),
    ));
    session.agenda[0].documents.clear();
    huiwu_core::io::save(&session, &path).unwrap();
    let output = huiwu().arg("check").arg(&path).output().unwrap();
    let out = text(&output.stdout);
    assert!(output.status.success());
    assert!(out.contains("票数合计40，超过实到人数35"), "{out}");
    assert!(out.contains("没有关联任何文件"), "{out}");
}

#[test]
fn check_exits_one_with_the_message_for_a_bad_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.ron");
    std::fs::write(&path, "(format_version: 1, body: (").unwrap();
    let output = huiwu().arg("check").arg(&path).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let err = text(&output.stderr);
    assert!(err.contains("bad.ron") && err.contains("第1行"), "{err}");
}

#[test]
fn export_writes_to_standard_output_and_to_a_file() {
    let output = huiwu()
        .args(["export"])
        .arg(common::example_path())
        .args(["--doc", "observers", "--to", "-"])
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(
        common::fold(&text(&output.stdout)),
        common::fold(&common::golden("seed-observers.txt"))
    );

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("任免名单.txt");
    let status = huiwu()
        .arg("export")
        .arg(common::example_path())
        .args(["--doc", "appointments", "--to"])
        .arg(&path)
        .status()
        .unwrap();
    assert!(status.success());
    let written = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        common::fold(&written),
        common::fold(&common::golden("seed-appointments.txt"))
    );
}

fn sort_names(args: &[&str], input: &str) -> String {
    let mut child = huiwu()
        .arg("sort-names")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success());
    text(&output.stdout)
}

#[test]
fn sort_names_reads_any_separator_and_prints_one_a_line() {
    let published = common::golden("seed-attendance.txt");
    // The 委员 of the gazette: the lines after the 委员 label up to the 请假 line.
    let members: Vec<String> = published
        .lines()
        .skip_while(|l| !l.contains("以姓名笔画为序"))
        .skip(1)
        .take_while(|l| !l.contains("请 假"))
        .flat_map(|l| {
            // Two-character names are printed padded 「田 锋」: join single characters back.
            huiwu_core::collation::split_names(&l.replace("田 锋", "田锋").replace("薛 松", "薛松"))
        })
        .collect();
    assert_eq!(members.len(), 29);
    let mut shuffled = members.clone();
    shuffled.sort(); // code-point order, far from stroke order
    let input = shuffled.join("、");
    let sorted: Vec<String> = sort_names(&[], &input).lines().map(str::to_owned).collect();
    assert_eq!(sorted, members);

    assert_eq!(
        sort_names(&["--mode", "surname"], "田大利 田富，王五\n"),
        "王五\n田富\n田大利\n"
    );
    assert_eq!(
        sort_names(&["--mode", "name"], "田大利 田富，王五\n"),
        "王五\n田大利\n田富\n"
    );
    assert_eq!(sort_names(&[], ""), "");
}

/// Runs `huiwu ARGS` with `input` on standard input, and fails instead of hanging if it has not
/// ended within 20 s.
fn run_with_timeout(args: &[&std::ffi::OsStr], input: Option<&[u8]>) -> std::process::Output {
    let mut child = huiwu()
        .args(args)
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(input) = input {
        let mut stdin = child.stdin.take().unwrap();
        let input = input.to_vec();
        // The program may stop reading early (a limit): a broken pipe is then expected.
        std::thread::spawn(move || {
            let _ = stdin.write_all(&input);
        });
    }
    wait_at_most_20_s(child, &format!("{args:?}"))
}

/// The output of `child`, or a failure (and the child killed) if it runs for over 20 s.
fn wait_at_most_20_s(child: std::process::Child, what: &str) -> std::process::Output {
    let (sender, receiver) = std::sync::mpsc::channel();
    let id = child.id();
    std::thread::spawn(move || sender.send(child.wait_with_output()));
    match receiver.recv_timeout(std::time::Duration::from_secs(20)) {
        Ok(output) => output.unwrap(),
        Err(_) => {
            let _ = Command::new("kill").arg("-9").arg(id.to_string()).status();
            panic!("huiwu {what} did not end within 20 s");
        }
    }
}

fn run_args(args: &[&str]) -> std::process::Output {
    let args: Vec<&std::ffi::OsStr> = args.iter().map(std::ffi::OsStr::new).collect();
    run_with_timeout(&args, None)
}

/// Words clap prints in English, which must never reach a person.
const ENGLISH: [&str; 12] = [
    "Usage",
    "usage:",
    "Options",
    "Arguments",
    "Commands",
    "error:",
    "Print",
    "possible values",
    "default:",
    "unexpected",
    "required",
    "tip:",
];

fn assert_all_chinese(text: &str) {
    for word in ENGLISH {
        assert!(!text.contains(word), "「{word}」 in:\n{text}");
    }
}

#[test]
fn help_and_version_are_chinese() {
    for args in [
        &["--help"][..],
        &["-h"],
        &["help"],
        &["export", "--help"],
        &["export", "-h"],
        &["help", "export"],
        &["sort-names", "--help"],
        &["check", "--help"],
        &["format", "-h"],
    ] {
        let output = run_args(args);
        let out = text(&output.stdout);
        assert!(
            output.status.success(),
            "{args:?}: {}",
            text(&output.stderr)
        );
        assert!(out.contains("用法：huiwu"), "{args:?}:\n{out}");
        assert!(
            out.contains("-h, --help") && out.contains("显示此帮助"),
            "{out}"
        );
        assert_all_chinese(&out);
    }
    let out = text(&run_args(&["--help"]).stdout);
    for expected in [
        "子命令：",
        "check",
        "sort-names",
        "检查会议文件",
        "选项：",
        "显示版本",
    ] {
        assert!(out.contains(expected), "{expected}:\n{out}");
    }
    assert!(
        !out.contains("save-loop") && !out.contains("hold-lock"),
        "{out}"
    );
    let out = text(&run_args(&["export", "--help"]).stdout);
    for expected in [
        "--doc <文档>",
        "minutes（会议纪要）",
        "gazette（会刊）",
        "ballots（表决票）",
        "sign-in（签到表）",
        "oath（宪法宣誓）",
        "--to <输出文件>",
        "参数：",
    ] {
        assert!(out.contains(expected), "{expected}:\n{out}");
    }
    let version = run_args(&["--version"]);
    assert!(version.status.success());
    assert_eq!(
        text(&version.stdout),
        format!("会务（huiwu）{}\n", env!("CARGO_PKG_VERSION"))
    );
}

/// Runs a command line that must be refused: exit 2, nothing on standard output, a Chinese
/// message on standard error (returned), and no window.
fn refused(args: &[&str]) -> String {
    let output = run_args(args);
    let err = text(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{args:?}: {err}");
    assert!(output.stdout.is_empty(), "{args:?}");
    assert!(
        !err.contains("窗口："),
        "{args:?} tried to open a window: {err}"
    );
    assert!(err.contains("用法："), "{args:?}: {err}");
    assert_all_chinese(&err);
    err
}

#[test]
fn argument_errors_are_chinese() {
    let err = refused(&["exprot", "x.ron"]);
    assert!(
        err.contains("没有子命令「exprot」") && err.contains("huiwu export"),
        "{err}"
    );
    let err = refused(&["chekc", "s.ron"]);
    assert!(err.contains("是否想用「huiwu check」"), "{err}");
    let err = refused(&["chekc"]);
    assert!(err.contains("是否想用「huiwu check」"), "{err}");
    let err = refused(&["frobnicate"]);
    assert!(
        err.contains("可用的子命令：check、export、format、sort-names"),
        "{err}"
    );

    let err = refused(&["export"]);
    assert!(
        err.contains("缺少必需的参数") && err.contains("<文件.ron>"),
        "{err}"
    );
    let err = refused(&["export", "a.ron"]);
    assert!(
        err.contains("缺少必需的参数") && err.contains("--doc"),
        "{err}"
    );
    let err = refused(&["export", "a.ron", "--doc", "nope"]);
    assert!(
        err.contains("选项 --doc <文档> 的取值「nope」无效"),
        "{err}"
    );
    assert!(err.contains("可用的取值：minutes、attendance"), "{err}");
    assert!(err.contains("huiwu export --help"), "{err}");
    let err = refused(&["export", "a.ron", "--doc"]);
    assert!(err.contains("缺少取值"), "{err}");
    let err = refused(&["export", "a.ron", "--doc", "minutes", "--frob"]);
    assert!(err.contains("无法识别的选项「--frob」"), "{err}");
    let err = refused(&["--hlep"]);
    assert!(
        err.contains("无法识别的选项「--hlep」") && err.contains("--help"),
        "{err}"
    );
    let err = refused(&["sort-names", "--mode", "stroke"]);
    assert!(err.contains("可用的取值：name、surname"), "{err}");
    let err = refused(&["save-loop", "a.ron", "b.ron", "--count", "many"]);
    assert!(err.contains("「many」无效"), "{err}");
    // A second file, or a subcommand after the file: never a window.
    let err = refused(&["a.ron", "b.ron"]);
    assert!(err.contains("多余的参数「b.ron」"), "{err}");
    let err = refused(&["a.ron", "check"]);
    assert!(err.contains("子命令须写在最前面"), "{err}");
    let err = refused(&["check", "a.ron", "b.ron"]);
    assert!(err.contains("多余的参数「b.ron」"), "{err}");
}

#[cfg(unix)]
#[test]
fn named_pipes_and_devices_are_refused_unread() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("会议.ron");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let out_fifo = dir.path().join("纪要.txt");
    assert!(
        Command::new("mkfifo")
            .arg(&out_fifo)
            .status()
            .unwrap()
            .success()
    );
    let fifo = fifo.as_os_str();
    for args in [
        vec!["check".as_ref(), fifo],
        vec!["format".as_ref(), fifo],
        vec![
            "export".as_ref(),
            fifo,
            "--doc".as_ref(),
            "minutes".as_ref(),
        ],
        vec![
            "export".as_ref(),
            common::example_path().as_os_str(),
            "--doc".as_ref(),
            "minutes".as_ref(),
            "--to".as_ref(),
            out_fifo.as_os_str(),
        ],
    ] {
        let output = run_with_timeout(&args, None);
        let err = text(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{args:?}: {err}");
        assert!(
            (err.contains("会议.ron") || err.contains("纪要.txt")) && err.contains("命名管道"),
            "{args:?}: {err}"
        );
    }
    assert!(
        std::os::unix::fs::FileTypeExt::is_fifo(
            &std::fs::symlink_metadata(&out_fifo).unwrap().file_type()
        ),
        "the pipe is not replaced"
    );
    if cfg!(target_os = "linux") {
        let output = run_args(&["check", "/dev/zero"]);
        let err = text(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{err}");
        assert!(err.contains("不是普通文件（是字符设备）"), "{err}");
    }
}

#[test]
fn sort_names_limits_its_input_and_refuses_bad_utf8() {
    let mut bad = "王五、田富\n".as_bytes().to_vec();
    bad.insert(9, 0xff); // after 王五、(9 bytes): the 10th byte
    let output = run_with_timeout(&["sort-names".as_ref()], Some(&bad));
    let err = text(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{err}");
    assert!(
        err.contains("标准输入第10个字节不是有效的 UTF-8 文本"),
        "{err}"
    );
    assert!(output.stdout.is_empty());

    let endless = vec![b'a'; 9 * 1024 * 1024];
    let output = run_with_timeout(&["sort-names".as_ref()], Some(&endless));
    let err = text(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{err}");
    assert!(err.contains("标准输入超过 8 MB"), "{err}");

    #[cfg(target_os = "linux")]
    {
        let child = huiwu()
            .arg("sort-names")
            .stdin(std::fs::File::open("/dev/zero").unwrap())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let output = wait_at_most_20_s(child, "sort-names < /dev/zero");
        assert_eq!(output.status.code(), Some(1));
        assert!(text(&output.stderr).contains("标准输入超过 8 MB"));
    }
}
