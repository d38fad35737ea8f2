//! A member is one person in a role: the session's roster and the body's folder hold the same
//! person, yet the files keep the shape they always had. Every committed session and
//! `body.ron` saves to the same bytes, a member with every field set keeps its fields where
//! they stood, and a bad member is refused with the same words at the same line.

use crate::common;
use huiwu_core::io::folder::{body_from_ron_str, body_to_ron_string, load_body};
use huiwu_core::io::{FileError, from_ron_str, load, save, to_ron_string};
use std::fs;
use std::path::{Path, PathBuf};

/// The session files committed in the current format (the earlier formats' files are
/// format_versions.rs's: they are saved in the current one).
fn committed_sessions() -> Vec<PathBuf> {
    [
        "sessions/hebi-12-09.ron",
        "sessions/qixian-17-15.ron",
        "sessions/hebi-12/hebi-12-09.ron",
    ]
    .iter()
    .map(|relative| Path::new(common::REPO).join(relative))
    .collect()
}

fn example_body_path() -> PathBuf {
    Path::new(common::REPO).join("sessions/hebi-12/body.ron")
}

#[test]
fn every_committed_session_saves_to_the_bytes_it_was_read_from() {
    let dir = tempfile::tempdir().unwrap();
    for (n, path) in committed_sessions().into_iter().enumerate() {
        let committed = fs::read(&path).unwrap();
        let session = load(&path).unwrap();
        let copy = dir.path().join(format!("{n}.ron"));
        save(&session, &copy).unwrap();
        assert!(
            fs::read(&copy).unwrap() == committed,
            "{} is not saved as it was read",
            path.display()
        );
    }
}

#[test]
fn the_example_body_folder_saves_to_the_bytes_it_was_read_from() {
    let committed = fs::read_to_string(example_body_path()).unwrap();
    let body = load_body(&example_body_path()).unwrap();
    assert!(!body.members.is_empty());
    assert!(body_to_ron_string(&body).unwrap() == committed);
}

/// The example session's second member as the file holds it.
const SESSION_MEMBER: &str = "    (
      id: 2,
      name: \"尚欣\",
      gender: Unspecified,
      role: ViceChair,
      rank: 1,
    ),";

/// The same member with every field set: role and rank between the gender and the name to
/// sort by, as format 5 writes them.
const SESSION_MEMBER_IN_FULL: &str = "    (
      id: 2,
      name: \"尚欣\",
      gender: Female,
      role: ViceChair,
      rank: 1,
      sort_as: Some(\"尚\"),
      note: \"市总工会主席\",
    ),";

/// The example body's second member as `body.ron` holds it.
const BODY_MEMBER: &str = "    (
      id: 2,
      name: \"尚欣\",
      gender: Unspecified,
      periods: [";

/// The same member with every field set: the person's fields, then the periods.
const BODY_MEMBER_IN_FULL: &str = "    (
      id: 2,
      name: \"尚欣\",
      gender: Female,
      sort_as: Some(\"尚\"),
      note: \"市总工会主席\",
      periods: [";

/// `text` with `from` replaced once, checked to be there.
fn replaced(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "the example no longer holds {from}");
    text.replacen(from, to, 1)
}

#[test]
fn a_member_with_every_field_set_keeps_the_shape_of_the_file() {
    let example = fs::read_to_string(common::example_path()).unwrap();
    let text = replaced(&example, SESSION_MEMBER, SESSION_MEMBER_IN_FULL);
    let session = from_ron_str(&text, Path::new("full.ron")).unwrap();
    let member = session.roster.iter().find(|m| m.name == "尚欣").unwrap();
    assert_eq!(member.sort_as.as_deref(), Some("尚"));
    assert_eq!(member.note, "市总工会主席");
    assert!(to_ron_string(&session).unwrap() == text);

    let body = fs::read_to_string(example_body_path()).unwrap();
    let text = replaced(&body, BODY_MEMBER, BODY_MEMBER_IN_FULL);
    let file = body_from_ron_str(&text, Path::new("body.ron")).unwrap();
    let member = file.members.iter().find(|m| m.name == "尚欣").unwrap();
    assert_eq!(member.sort_as.as_deref(), Some("尚"));
    assert_eq!(member.note, "市总工会主席");
    assert!(body_to_ron_string(&file).unwrap() == text);
}

/// The line, column and reason of a refusal.
fn refusal(error: FileError) -> (usize, usize, String) {
    match error {
        FileError::Parse {
            line,
            column,
            reason,
            ..
        } => (line, column, reason),
        other => panic!("{other:?}"),
    }
}

/// The 1-based line of `text` that first holds `needle`.
fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).unwrap() + 1
}

#[test]
fn a_bad_member_is_refused_with_the_same_words_at_its_line() {
    let example = fs::read_to_string(common::example_path()).unwrap();
    let name = Path::new("名单有误.ron");

    let unknown = replaced(
        &example,
        SESSION_MEMBER,
        &SESSION_MEMBER.replace("rank: 1,", "rank: 1,\n      office: \"\","),
    );
    let error = from_ron_str(&unknown, name).unwrap_err();
    assert!(error.to_string().contains("名单有误.ron"), "{error}");
    let (line, _, reason) = refusal(error);
    assert_eq!(line, line_of(&unknown, "office:"));
    assert_eq!(
        reason,
        "组成人员中没有名为「office」的项（文件可能来自其他程序或已被改动）"
    );

    let nameless = replaced(
        &example,
        SESSION_MEMBER,
        &SESSION_MEMBER.replace("      name: \"尚欣\",\n", ""),
    );
    let (_, _, reason) = refusal(from_ron_str(&nameless, name).unwrap_err());
    assert_eq!(reason, "组成人员缺少必需的项「name」");

    let wrong_role = replaced(
        &example,
        SESSION_MEMBER,
        &SESSION_MEMBER.replace("ViceChair", "Deputy"),
    );
    let (line, _, reason) = refusal(from_ron_str(&wrong_role, name).unwrap_err());
    assert_eq!(line, line_of(&wrong_role, "Deputy"));
    assert_eq!(
        reason,
        "「Deputy」不是有效的取值（可用：Chair、ViceChair、SecretaryGeneral、Member）"
    );

    let body = fs::read_to_string(example_body_path()).unwrap();
    let unknown = replaced(
        &body,
        BODY_MEMBER,
        &BODY_MEMBER.replace(
            "gender: Unspecified,",
            "gender: Unspecified,\n      office: \"\",",
        ),
    );
    let (line, _, reason) = refusal(body_from_ron_str(&unknown, name).unwrap_err());
    assert_eq!(line, line_of(&unknown, "office:"));
    assert_eq!(
        reason,
        "本届组成人员中没有名为「office」的项（文件可能来自其他程序或已被改动）"
    );

    let wrong_name = replaced(&body, BODY_MEMBER, &BODY_MEMBER.replace("\"尚欣\"", "2"));
    let (line, _, reason) = refusal(body_from_ron_str(&wrong_name, name).unwrap_err());
    assert_eq!(line, line_of(&wrong_name, "name: 2"));
    assert_eq!(reason, "此处应为带引号的文字");
}
