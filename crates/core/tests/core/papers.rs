//! The papers of the session before and during it (DOMAIN.md §13) for both example sessions:
//! golden texts under `tests/golden/papers/{hebi,qixian}/`; the ballots hold exactly the votes
//! of the voting order, bundled as 合并表决 says, in one copy per member and the spare ones;
//! every appointee is on a ballot, gets a certificate and swears; the evaluation ballot has
//! every object; the sign-in sheets list every member in the published order; every paper
//! renders in every format.
//!
//! Regenerate the golden files after an intended change with
//! `HUIWU_UPDATE_GOLDEN=1 cargo test --test papers`, then read the diff.

use crate::common;
use chrono::NaiveDate;
use huiwu_core::export::doc::{Doc, DocBlock, PageNumbering};
use huiwu_core::export::papers::{self, appointees, ballots};
use huiwu_core::export::{self, DocKind, Format, build, plain_text, render};
use huiwu_core::model::decisions::{entry_vote_groups, is_expected, voting_order};
use huiwu_core::model::roster::members_in_list_order;
use huiwu_core::model::{
    AbsenceKind, BallotSecrecy, PaperVotes, ResultWithoutCounts, Session, Vote, VoteId, VoteRecord,
    VoteSubject,
};

fn hebi() -> Session {
    common::example()
}

fn qixian() -> Session {
    common::county()
}

fn examples() -> [(&'static str, Session); 2] {
    [("hebi", hebi()), ("qixian", qixian())]
}

/// The forms of a document: the tables to fill in, in order.
/// The text of one part of a DOCX (a zip).
fn docx_part(docx: &[u8], name: &str) -> String {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut text = String::new();
    archive
        .by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

fn forms(doc: &Doc) -> Vec<&huiwu_core::export::doc::Form> {
    doc.blocks
        .iter()
        .filter_map(|b| match b {
            DocBlock::Form(form) => Some(form),
            _ => None,
        })
        .collect()
}

#[test]
fn every_paper_of_both_examples_matches_its_golden_text() {
    for (name, session) in examples() {
        let dir = common::golden_path(&format!("papers/{name}"));
        if std::env::var_os("HUIWU_UPDATE_GOLDEN").is_some() {
            std::fs::create_dir_all(&dir).unwrap();
        }
        for doc in DocKind::PAPERS {
            common::check_golden(
                &format!("papers/{name}/{}.txt", doc.key()),
                &plain_text(&session, doc),
            );
        }
    }
}

#[test]
fn every_document_renders_in_every_format() {
    let empty = Session::default();
    for (name, session) in examples().into_iter().chain([("empty", empty)]) {
        for doc in DocKind::ALL {
            for format in Format::ALL {
                let bytes = export::render(&session, doc, format)
                    .unwrap_or_else(|e| panic!("{name} {} {format:?}: {e}", doc.key()));
                assert!(bytes.len() > 20, "{name} {} {format:?}", doc.key());
            }
        }
    }
}

#[test]
fn the_personnel_rows_are_the_votes_of_the_voting_order_bundled_as_voted() {
    let mut bundled = hebi();
    // The 法律职务 motion voted together (合并表决): one row for the four 检察员.
    bundled.motions[3].vote_together = true;
    for session in [hebi(), qixian(), bundled.clone()] {
        let expected: Vec<VoteSubject> = voting_order(&session)
            .into_iter()
            .filter(|s| matches!(s, VoteSubject::Entries(_)))
            .filter(|s| is_expected(&session, s))
            .collect();
        // The same as each motion's vote groups, motion after motion.
        let groups: Vec<VoteSubject> = session
            .motions
            .iter()
            .flat_map(entry_vote_groups)
            .map(VoteSubject::Entries)
            .collect();
        assert_eq!(expected, groups);
        let papers = ballots::ballot_papers(&session);
        let rows: Vec<VoteSubject> = papers
            .iter()
            .flat_map(|p| p.rows.iter().map(|r| r.subject.clone()))
            .collect();
        assert_eq!(rows, expected);
        // One ballot per motion, its rows its own.
        assert_eq!(papers.len(), session.motions.len());
        for (paper, motion) in papers.iter().zip(&session.motions) {
            assert_eq!(paper.motion, Some(motion.id));
            assert!(paper.concerns.contains(&motion.document_number));
        }
    }
    let papers = ballots::ballot_papers(&bundled);
    assert_eq!(papers[3].rows.len(), 1);
    assert_eq!(
        papers[3].rows[0].text,
        "任命张海那、田昊男、侯鹏、马颖颖为鹤壁市人民检察院检察员"
    );
    // For the same post the removal is on the ballot before the appointment.
    let papers = ballots::ballot_papers(&hebi());
    let texts: Vec<&str> = papers[1].rows.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(texts[0], "决定免去郭志鹏的鹤壁市科学技术局局长职务");
    assert_eq!(texts[1], "决定任命张建华为鹤壁市科学技术局局长");
    // A batch is one row, written as the body's sentences write it, its names listed under
    // it: the members see whom they vote on (DOMAIN.md §18).
    let papers = ballots::ballot_papers(&qixian());
    let batch = &papers[1].rows[0].text;
    assert!(batch.starts_with("任命李春燕等25名同志为淇县人民法院人民陪审员\n（李春燕、王晓峰、"));
    assert!(batch.ends_with("谢伟、韩冬梅）"));
    assert_eq!(batch.matches('、').count(), 24);
}

#[test]
fn ballots_follow_how_each_vote_is_taken() {
    use huiwu_core::model::{PaperVotes, VoteMethod};
    let mut session = hebi();
    let personnel = ballots::ballot_papers(&session).len();
    assert_eq!(personnel, session.motions.len());
    // A personnel vote taken by the machine has no ballot; one taken by paper has.
    let first = ballots::ballot_papers(&session)[0].rows[0].subject.clone();
    session.set_vote_method(&first, VoteMethod::Machine);
    assert_eq!(session.vote_method(&first), VoteMethod::Machine);
    let papers = ballots::ballot_papers(&session);
    assert!(
        papers
            .iter()
            .all(|p| p.rows.iter().all(|r| r.subject != first))
    );
    let script = plain_text(&session, DocKind::Script);
    let minutes = plain_text(&session, DocKind::Minutes);
    assert!(
        script.contains("表决：免去张尚东的鹤壁市人大常委会副秘书长、办公室主任职务。请按表决器。")
    );
    assert!(minutes.contains("会议以按表决器表决方式，表决通过了下列人事任免事项：免去张尚东"));
    // Back to the session's default: the choice is dropped, the file as before.
    session.set_vote_method(&first, VoteMethod::Ballot);
    assert!(session.papers.vote_methods.is_empty());
    // A show of hands: the script asks for hands, the minutes say so, no ballot.
    let resolution = VoteSubject::Resolution(session.resolutions[3].id);
    session.set_vote_method(&resolution, VoteMethod::Hands);
    let script = plain_text(&session, DocKind::Script);
    assert!(script.contains("现在进行举手表决。赞成的请举手"));
    let minutes = plain_text(&session, DocKind::Minutes);
    assert!(minutes.contains(
        "会议以举手表决方式，表决通过了《鹤壁市人民代表大会常务委员会关于加强检察建议工作的决议》。"
    ));
    // Every vote by paper: one-row ballots for the other subjects, in the script too.
    session.set_paper_votes(PaperVotes::Every);
    let papers = ballots::ballot_papers(&session);
    assert!(!papers.iter().any(|p| p.rows[0].subject == resolution));
    assert!(papers.len() > personnel);
    // No paper at all: no ballot, and the script never hands one out.
    session.set_paper_votes(PaperVotes::None);
    session.papers.vote_methods.clear();
    assert!(ballots::ballot_papers(&session).is_empty());
    assert!(!plain_text(&session, DocKind::Script).contains("分发表决票"));
    assert!(plain_text(&session, DocKind::Ballots).contains("本次会议没有以表决票表决的事项。"));
}

#[test]
fn a_long_ballot_fits_one_sheet_or_repeats_its_head() {
    use huiwu_core::export::doc::{FormText, LINE_PT};
    let session = qixian();
    let doc = build(&session, DocKind::Ballots);
    let all = forms(&doc);
    // The resignation's ballot: three rows of two lines to mark in.
    assert_eq!(all[0].row_height_pt, huiwu_core::export::doc::lines_pt(2));
    // The batch ballot: its long row fits with the other on one sheet.
    let batch = all
        .iter()
        .find(|f| f.rows.iter().any(|r| r[1].contains("人民陪审员")))
        .unwrap();
    assert!(batch.repeat_head);
    // A motion of 26 rows: the rows shrink to the sheet, or the head repeats on the next one.
    let mut long = session.clone();
    let motion = long.motions[1].clone();
    let template = motion.entries[1].clone();
    for n in 0..25u32 {
        let mut entry = template.clone();
        entry.id = huiwu_core::model::EntryId(500 + n);
        entry.people = vec![huiwu_core::model::Appointee::named(format!("测试{n}"))];
        entry.posts = vec!["淇县人民法院审判员".to_owned()];
        long.motions[1].entries.push(entry);
    }
    let doc = build(&long, DocKind::Ballots);
    let form = forms(&doc)
        .into_iter()
        .find(|f| f.rows.len() == 27)
        .unwrap();
    assert!(form.repeat_head);
    let rows_pt: f64 = form
        .rows
        .iter()
        .map(|_| f64::from(form.row_height_pt).max(huiwu_core::export::doc::FORM_LINE_PT + 6.0))
        .sum();
    // 26 rows and the batch of 25 names: too long for one side even in 五号, the rows as tall
    // as their 4号 text run over to the back of the sheet, its head repeated.
    assert_eq!(form.row_height_pt, 0);
    assert_eq!(form.text, FormText::Normal);
    assert!(rows_pt < 2.0 * 22.0 * LINE_PT);
    // A ballot of 16 one-line rows fits one side in 小四, of 18 in 五号.
    let mut form = (*form).clone();
    form.rows.truncate(1);
    form.rows[0][1] = "任命赵一为淇县人民法院审判员".to_owned();
    form.rows = std::iter::repeat_n(form.rows[0].clone(), 18).collect();
    ballots::fit_on_one_sheet(&mut form, 12.0 * LINE_PT);
    assert_eq!((form.row_height_pt, form.text), (0, FormText::Smaller));
    form.rows.truncate(16);
    ballots::fit_on_one_sheet(&mut form, 12.0 * LINE_PT);
    assert_eq!((form.row_height_pt, form.text), (0, FormText::Small));
    form.rows.truncate(5);
    ballots::fit_on_one_sheet(&mut form, 12.0 * LINE_PT);
    assert_eq!(
        (form.row_height_pt, form.text),
        (huiwu_core::export::doc::lines_pt(2), FormText::Normal)
    );
}

#[test]
fn every_ballot_is_printed_once_per_member_and_spare_each_on_a_page() {
    for (_, mut session) in examples() {
        for spare in [2, 0, 5] {
            session.set_spare_ballots(spare).unwrap();
            let copies = session.roster.len() + spare as usize;
            assert_eq!(session.ballot_copies() as usize, copies);
            let papers = ballots::ballot_papers(&session);
            let doc = build(&session, DocKind::Ballots);
            assert_eq!(forms(&doc).len(), papers.len() * copies);
            let breaks = doc
                .blocks
                .iter()
                .filter(|b| matches!(b, DocBlock::PageBreak))
                .count();
            assert_eq!(breaks, papers.len() * copies - 1);
            let text = plain_text(&session, DocKind::Ballots);
            assert_eq!(
                text.matches("人事任免表决票").count(),
                papers.len() * copies
            );
            assert_eq!(text.matches("（无记名）").count(), papers.len() * copies);
            assert_eq!(
                text.matches(ballots::VOTE_MARKING).count(),
                papers.len() * copies
            );
            let evaluation = build(&session, DocKind::EvaluationBallots);
            assert_eq!(forms(&evaluation).len(), copies);
        }
    }
}

#[test]
fn named_ballots_carry_each_members_name_and_spare_lines() {
    let mut session = qixian();
    session.set_ballot_secrecy(BallotSecrecy::Named);
    let text = plain_text(&session, DocKind::Ballots);
    let papers = ballots::ballot_papers(&session).len();
    assert_eq!(text.matches("（记名）").count(), papers * 27);
    for member in &session.roster {
        assert_eq!(
            text.matches(&format!("表决人：{}\n", member.name)).count(),
            papers,
            "{}",
            member.name
        );
    }
    assert_eq!(text.matches("表决人：＿").count(), papers * 2);
}

#[test]
fn every_appointee_is_on_a_ballot_gets_a_certificate_and_swears() {
    for (name, session) in examples() {
        let rows: Vec<String> = ballots::ballot_papers(&session)
            .into_iter()
            .flat_map(|p| p.rows.into_iter().map(|r| r.subject))
            .flat_map(|s| match s {
                VoteSubject::Entries(ids) => ids,
                _ => Vec::new(),
            })
            .flat_map(|id| {
                let (_, entry) = session.entry(id).unwrap();
                entry
                    .people
                    .iter()
                    .map(|p| p.name.clone())
                    .collect::<Vec<_>>()
            })
            .collect();
        let certificates = build(&session, DocKind::Certificates);
        let certificate_text = plain_text(&session, DocKind::Certificates);
        let oath = plain_text(&session, DocKind::Oath);
        let appointments = papers::appointments(&session);
        assert!(!appointments.is_empty(), "{name}");
        for entry in session.entries().filter(|e| e.action.is_appointment()) {
            for person in &entry.people {
                assert!(rows.contains(&person.name), "{name}: {}", person.name);
                assert!(
                    certificate_text.contains(&person.name),
                    "{name}: {}",
                    person.name
                );
                // Those who swear before the committee, not the 人民陪审员 (DOMAIN.md §18).
                let sworn = !entry.posts.iter().any(|p| p.contains("人民陪审员"));
                let listed = oath.contains(&papers::form_name(&person.name));
                assert_eq!(listed, sworn, "{name}: {}", person.name);
            }
        }
        // One page per person and appointment: a batch of 25 gives 25 pages.
        let pages = certificates
            .blocks
            .iter()
            .filter(|b| matches!(b, DocBlock::PageBreak))
            .count()
            + 1;
        assert_eq!(pages, appointments.len(), "{name}");
        assert_eq!(
            certificate_text.matches("任\u{3000}命\u{3000}书").count(),
            appointments.len()
        );
        // Signed by the 主任 of the roster, dated the last day.
        let chair = session
            .roster
            .iter()
            .find(|m| m.role == huiwu_core::model::Role::Chair)
            .unwrap();
        assert_eq!(
            certificate_text
                .matches(&format!("主任\u{3000}{}\n", chair.name))
                .count(),
            appointments.len()
        );
        let last = session.details.dates.iter().max().unwrap();
        assert!(certificate_text.contains(&huiwu_core::wording::dates::chinese_date(*last)));
        // Removals and resignations get no certificate.
        assert!(!certificate_text.contains("免去"), "{name}");
        assert!(!certificate_text.contains("辞去"), "{name}");
        assert!(oath.contains(appointees::OATH));
        assert!(oath.contains("全体起立，奏唱中华人民共和国国歌。"));
    }
    // Several swear behind the 领誓人; one alone swears alone.
    assert!(plain_text(&hebi(), DocKind::Oath).contains("宣誓人：（各自报姓名）"));
    let alone = plain_text(&qixian(), DocKind::Oath);
    assert!(alone.contains("宣誓人：（报姓名）") && !alone.contains("领誓人"));
    let qixian = qixian();
    let text = plain_text(&qixian, DocKind::Certificates);
    assert_eq!(text.matches("任\u{3000}命\u{3000}书").count(), 27);
    // The person, the session's decision, the post, the number.
    assert!(text.contains("刘卫东同志：\n　　淇县第十七届人民代表大会常务委员会第十五次会议决定任命你为淇县人民政府副县长。"));
    assert!(text.contains("决定你为淇县人民政府代理县长。"));
    assert!(text.contains("韩冬梅同志：\n　　淇县第十七届人民代表大会常务委员会第十五次会议决定任命你为淇县人民法院人民陪审员。"));
    assert!(text.contains("淇人常任字〔2024〕1号") && text.contains("淇人常任字〔2024〕27号"));
    assert!(text.contains("淇县人民代表大会常务委员会\n主任\u{3000}王建国\n2024年6月28日"));
    let mut numbered = qixian.clone();
    numbered.set_certificate_numbers("淇人常任", Some(41));
    let text = plain_text(&numbered, DocKind::Certificates);
    assert!(text.contains("淇人常任〔2024〕41号") && text.contains("淇人常任〔2024〕67号"));
}

#[test]
fn the_oath_is_led_by_the_first_appointee_unless_someone_is_set() {
    let mut session = qixian();
    assert_eq!(appointees::oath_leader(&session).unwrap(), "刘卫东");
    // A person appointed by two entries swears once, with both posts; the 25 人民陪审员 swear at
    // the court's ceremony, not before the committee (DOMAIN.md §18).
    let swearers = appointees::swearers(&session);
    assert_eq!(swearers.len(), 1);
    assert_eq!(
        swearers[0].posts,
        ["淇县人民政府副县长", "淇县人民政府代理县长"]
    );
    // A body whose jurors swear before it too.
    session.body.settings.sworn_posts = huiwu_core::model::organs::PostKind::ALL.to_vec();
    assert_eq!(appointees::swearers(&session).len(), 26);
    session.set_oath_leader(" 李春燕 ");
    assert_eq!(appointees::oath_leader(&session).unwrap(), "李春燕");
    let text = plain_text(&session, DocKind::Oath);
    assert!(text.contains("二、领誓人\n　　李春燕（淇县人民法院人民陪审员）\n"));
    session.set_oath_leader("");
    assert_eq!(appointees::oath_leader(&session).unwrap(), "刘卫东");
    assert_eq!(appointees::oath_leader(&hebi()).unwrap(), "刘育");
    // A body whose government posts do not swear: nobody swears at the county session.
    session.body.settings.sworn_posts = vec![huiwu_core::model::organs::PostKind::Committee];
    assert_eq!(appointees::oath_leader(&session), None);
    assert!(plain_text(&session, DocKind::Oath).contains("不举行宪法宣誓仪式"));
    assert!(!plain_text(&session, DocKind::Script).contains("宪法宣誓"));
}

#[test]
fn a_rejected_appointment_gets_no_certificate() {
    let mut session = hebi();
    let vote = session
        .votes
        .iter()
        .find(|v| v.subject == VoteSubject::Entries(vec![huiwu_core::model::EntryId(3)]))
        .unwrap()
        .id;
    // Changing the record changes nothing until it is unlocked and announced again.
    let operator = common::operator();
    session
        .unlock(vote, &operator.by, "重新记录", operator.at)
        .unwrap();
    session
        .set_vote_record(vote, VoteRecord::ResultOnly(ResultWithoutCounts::Rejected))
        .unwrap();
    session.announce(vote, false, &operator).unwrap();
    let text = plain_text(&session, DocKind::Certificates);
    assert!(!text.contains("张建华"));
    assert!(text.contains("李雷"));
    // The ballot, printed before the vote, still has the row.
    assert!(plain_text(&session, DocKind::Ballots).contains("张建华"));
}

#[test]
fn other_subjects_get_one_row_ballots_only_where_the_body_votes_by_paper() {
    let mut session = qixian();
    assert!(
        ballots::ballot_papers(&session)
            .iter()
            .all(|p| p.heading == "人事任免表决票")
    );
    session.set_paper_votes(PaperVotes::Every);
    let papers = ballots::ballot_papers(&session);
    let subjects: Vec<VoteSubject> = papers
        .iter()
        .flat_map(|p| p.rows.iter().map(|r| r.subject.clone()))
        .collect();
    let expected: Vec<VoteSubject> = voting_order(&session)
        .into_iter()
        .filter(|s| is_expected(&session, s))
        .collect();
    assert_eq!(subjects, expected);
    let others: Vec<&ballots::BallotPaper> =
        papers.iter().filter(|p| p.heading == "表决票").collect();
    assert!(others.iter().all(|p| p.rows.len() == 1));
    let texts: Vec<&str> = others.iter().map(|p| p.rows[0].text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "淇县第十七届人民代表大会常务委员会第十五次会议议程（草案）",
            "《淇县人民代表大会常务委员会关于批准2023年县级财政决算的决议（草案）》",
        ]
    );
    let text = plain_text(&session, DocKind::Ballots);
    // A one-row ballot has no 序号.
    assert!(text.contains("表决事项\t赞成\t反对\t弃权\n《淇县"));
}

#[test]
fn the_evaluation_ballot_has_every_object() {
    for (name, session) in examples() {
        let doc = build(&session, DocKind::EvaluationBallots);
        let forms = forms(&doc);
        assert_eq!(forms.len(), session.ballot_copies() as usize, "{name}");
        for form in forms {
            let heads: Vec<&str> = form.columns.iter().map(|c| c.head.as_str()).collect();
            assert_eq!(heads, ["序号", "测评对象", "满意", "基本满意", "不满意"]);
            let objects: Vec<&str> = form.rows.iter().map(|r| r[1].as_str()).collect();
            let subjects: Vec<&str> = session
                .evaluations
                .iter()
                .map(|e| e.subject.as_str())
                .collect();
            assert_eq!(objects, subjects, "{name}");
        }
        assert!(plain_text(&session, DocKind::EvaluationBallots).contains("不划或多划的"));
    }
}

#[test]
fn the_sign_in_sheets_list_every_member_in_the_published_order() {
    for (name, session) in examples() {
        let doc = build(&session, DocKind::SignIn);
        let plenaries = session.plenary_sittings().count().max(1);
        let members: Vec<String> =
            members_in_list_order(&session.roster, session.body.settings.name_order)
                .iter()
                .map(|m| papers::form_name(&m.name))
                .collect();
        let member_rows: Vec<Vec<String>> = forms(&doc)
            .into_iter()
            .filter(|f| f.columns.iter().any(|c| c.head == "职务"))
            .flat_map(|f| f.rows.clone())
            .collect();
        assert_eq!(member_rows.len(), members.len() * plenaries, "{name}");
        for sitting in member_rows.chunks(members.len()) {
            let names: Vec<String> = sitting.iter().map(|r| r[1].clone()).collect();
            assert_eq!(names, members, "{name}");
            let numbers: Vec<String> = sitting.iter().map(|r| r[0].clone()).collect();
            let expected: Vec<String> = (1..=members.len()).map(|n| n.to_string()).collect();
            assert_eq!(numbers, expected);
        }
        // The order of the 出缺席人员名单: its present members in the same order.
        let list = plain_text(&session, DocKind::Attendance);
        let present: Vec<String> =
            members_in_list_order(&session.roster, session.body.settings.name_order)
                .iter()
                .filter(|m| session.is_present(m.id))
                .map(|m| papers::form_name(&m.name))
                .collect();
        let mut at = 0;
        for padded in &present {
            let found = list[at..]
                .find(padded.as_str())
                .unwrap_or_else(|| panic!("{name}: {padded} out of order"));
            at += found + padded.len();
        }
        // Dense enough for 40 members on two sheets, and no sheet runs over its page: at most 22
        // rows of 22 pt each.
        assert!(
            forms(&doc)
                .iter()
                .all(|f| f.rows.len() <= 22 && f.row_height_pt == 22)
        );
        let member_sheets = forms(&doc)
            .iter()
            .filter(|f| f.columns[2].head == "职务")
            .count();
        assert_eq!(
            member_sheets,
            members.len().div_ceil(22) * plenaries,
            "{name}"
        );
        // Every 列席 person signs too.
        let observers: usize = session
            .observers
            .iter()
            .map(|u| u.people.len().max(1))
            .sum();
        let observer_rows: usize = forms(&doc)
            .iter()
            .filter(|f| f.columns.iter().any(|c| c.head == "单位"))
            .map(|f| f.rows.len())
            .sum();
        assert_eq!(observer_rows, observers * plenaries, "{name}");
    }
    // A member on leave for a sitting is marked so on that sitting's sheet only.
    let session = qixian();
    let doc = build(&session, DocKind::SignIn);
    let marked: Vec<Vec<String>> = forms(&doc)
        .into_iter()
        .filter(|f| f.columns.iter().any(|c| c.head == "职务"))
        .flat_map(|f| f.rows.clone())
        .filter(|r| r[3] == "请假")
        .map(|r| vec![r[1].clone()])
        .collect();
    assert_eq!(
        marked,
        [
            ["王建国"],
            ["许东升"],
            ["杨\u{3000}帆"],
            ["许东升"],
            ["杨\u{3000}帆"],
            ["范淑芬"]
        ]
    );
}

#[test]
fn the_leave_report_says_each_sitting_with_its_own_attendance() {
    let text = plain_text(&qixian(), DocKind::LeaveReport);
    // What the presiding officer reads out: no 「缺席0人」.
    assert!(
        text.contains("第一次全体会议应到常委会组成人员25人，实到22人，请假3人，符合法定人数。")
    );
    assert!(!text.contains("缺席0人"));
    // The 列席 too: how many are asked, who is excused.
    assert!(text.contains("二、列席人员\n　　本次会议通知列席人员10人。\n　　请假：无"));
    let mut county = qixian();
    county.observers[0]
        .on_leave
        .push(huiwu_core::model::ObserverLeave {
            name: "孟庆丰".to_owned(),
            reason: "因公".to_owned(),
        });
    let text = plain_text(&county, DocKind::LeaveReport);
    assert!(
        text.contains("本次会议通知列席人员10人，请假1人。\n　　请假：孟庆丰（县人民政府，因公）")
    );
    // Excused: marked on the sign-in sheet, left out of the published lists.
    assert!(plain_text(&county, DocKind::SignIn).contains("孟庆丰\t请假"));
    assert!(!plain_text(&county, DocKind::Observers).contains("孟庆丰"));
    let minutes = plain_text(&county, DocKind::Minutes);
    assert!(
        minutes.contains("列席：县人民政府刘卫东；县监察委员会"),
        "{minutes}"
    );
    assert!(text.contains("请假：王建国（公务）、许东升（因病）、杨帆（公务）"));
    assert!(text.contains("请假：许东升（因病）、杨帆（公务）、范淑芬（因事）"));
    let mut session = hebi();
    let text = plain_text(&session, DocKind::LeaveReport);
    assert!(text.contains("本次会议应到常委会组成人员41人，实到35人，请假6人，符合法定人数。"));
    assert!(!text.contains("缺席："));
    let member = session.roster[10].id;
    session.set_attendance(member, huiwu_core::model::AttendanceStatus::Absent);
    session.absences[0].kind = AbsenceKind::Leave("因病".to_owned());
    let text = plain_text(&session, DocKind::LeaveReport);
    assert!(text.contains("实到34人，请假6人，缺席1人"), "{text}");
    assert!(text.contains(&format!("缺席：{}", session.roster[10].name)));
    assert!(text.contains("（因病）"));
}

#[test]
fn the_agenda_is_adopted_only_once_its_vote_is_announced() {
    let mut session = qixian();
    assert!(!plain_text(&session, DocKind::Agenda).contains("通过）"));
    assert!(plain_text(&session, DocKind::DraftAgenda).contains("议程（草案）"));
    let mut vote = Vote::new(
        VoteId(99),
        VoteSubject::Agenda,
        VoteRecord::ResultOnly(ResultWithoutCounts::Adopted),
    );
    vote.sitting = Some(huiwu_core::model::SittingId(1));
    session.votes.push(vote);
    assert!(!plain_text(&session, DocKind::Agenda).contains("通过）"));
    session
        .announce(VoteId(99), false, &common::operator())
        .unwrap();
    let text = plain_text(&session, DocKind::Agenda);
    assert!(text.contains("（2024年6月27日淇县第十七届人民代表大会常务委员会第十五次会议通过）"));
    assert!(!text.contains("草案"));
    // The draft stays a draft.
    assert!(!plain_text(&session, DocKind::DraftAgenda).contains("通过）"));
}

#[test]
fn the_notice_has_the_four_elements_a_reply_line_and_the_office() {
    let mut session = hebi();
    let text = plain_text(&session, DocKind::Notice);
    for part in [
        "关于召开鹤壁市第十二届人民代表大会常务委员会第九次会议的通知",
        "一、会议时间",
        "二、会议地点",
        "三、会议议程",
        "四、出席和列席人员",
        // The time of day, where to report, the documents.
        "12月21日（星期四）上午9:00，举行第一次全体会议。",
        "（一）请于12月21日上午8:30前到会议地点报到。",
        "（二）会议材料于报到时发放，请妥善保管，会后交回。",
        "请于2023年12月20日前将请假事由报市人大常委会办公室。",
        "鹤壁市人民代表大会常务委员会办公室",
        "2023年12月14日",
        // The 列席 part, on its own page.
        "关于列席鹤壁市第十二届人民代表大会常务委员会第九次会议的通知",
        "四、列席人员",
    ] {
        assert!(text.contains(part), "{part}");
    }
    assert!(!text.contains("联系人"));
    session.set_paper_contact("张茹", "0392-3312345");
    session.set_notice_date(NaiveDate::from_ymd_opt(2023, 12, 15));
    let text = plain_text(&session, DocKind::Notice);
    assert_eq!(
        text.matches("联系人：张茹；联系电话：0392-3312345。")
            .count(),
        2
    );
    assert!(text.contains("2023年12月15日"));
    assert!(!text.contains("2023年12月14日"));
    // The notice to the 列席 units is sent on its own: a new section numbered from 「— 1 —」.
    let doc = build(&session, DocKind::Notice);
    assert_eq!(
        doc.blocks
            .iter()
            .filter(|b| matches!(b, DocBlock::Section(PageNumbering::FromOne)))
            .count(),
        1
    );
    assert!(!doc.blocks.iter().any(|b| matches!(b, DocBlock::PageBreak)));
    let docx = render(&session, DocKind::Notice, Format::Docx).unwrap();
    let xml = docx_part(&docx, "word/document.xml");
    assert_eq!(xml.matches("<w:pgNumType w:start=\"1\" />").count(), 2);
    // Signed as GB/T 9704 §7.3.5 lays out a sealed notice: the date four characters in from the
    // right, the office centred over it.
    assert!(doc.blocks.iter().any(|b| matches!(b, DocBlock::Signature(s) if s.issuer == ["鹤壁市人民代表大会常务委员会办公室"] && s.date == "2023年12月15日")));
    session.set_notice_lines("12月20日下午到市迎宾馆报到", "会议材料已随通知印发");
    let text = plain_text(&session, DocKind::Notice);
    assert!(text.contains("（一）12月20日下午到市迎宾馆报到。\n　　（二）会议材料已随通知印发。"));
    // A county body's office.
    let text = plain_text(&qixian(), DocKind::Notice);
    assert!(text.contains("报县人大常委会办公室"));
    assert!(text.contains("6月28日（星期五）上午8:30，举行第二次全体会议。"));
}

#[test]
fn the_schedule_places_unplaced_items_at_the_first_plenary_sitting() {
    let text = plain_text(&hebi(), DocKind::Schedule);
    assert!(text.contains("会议由主任史全新主持。"));
    for (index, item) in hebi().agenda.iter().enumerate() {
        let mark = huiwu_core::model::numerals::item_mark(index as u32 + 1);
        assert!(text.contains(&format!("{mark}{}", item.title)));
    }
    let text = plain_text(&qixian(), DocKind::Schedule);
    assert!(text.contains("受主任王建国委托，会议由副主任李明华主持。"));
    assert!(text.contains("（报告人：县审计局局长周国平）"));
    let second = text.find("第二次全体会议").unwrap();
    assert!(text[second..].contains("会议由主任王建国主持。"));
    assert!(text[second..].contains("五、审议人事任免事项"));
    // Times of day, and each sitting's business: the group sitting deliberates the items heard
    // before it; the second plenary evaluates, votes, hands over the certificates, swears.
    assert!(text.contains("6月27日（星期四）上午8:30\u{3000}第一次全体会议"));
    let group = text
        .find("6月27日（星期四）下午15:00\u{3000}分组会议")
        .unwrap();
    assert!(group < second);
    assert!(text[group..second].contains("分组审议：\n　　一、听取和审议县人民政府"));
    assert!(!text[group..second].contains("二、听取县人民政府"));
    for business in [
        "满意度测评：县人民法院司法公开工作。",
        "表决：《淇县人民代表大会常务委员会关于批准2023年县级财政决算的决议（草案）》；人事任免事项。",
        "颁发任命书。",
        "举行宪法宣誓仪式。",
    ] {
        assert!(text[second..].contains(business), "{business}");
    }
}

#[test]
fn the_contents_list_every_document_handed_out() {
    let text = plain_text(&hebi(), DocKind::Contents);
    assert!(text.contains("鹤壁市人民代表大会常务委员会执法检查工作规范（修订草案）\n"));
    // The agenda and the schedule first, the candidates' particulars with each motion.
    assert!(text.contains("1.鹤壁市第十二届人民代表大会常务委员会第九次会议议程（草案）\n"));
    assert!(text.contains("2.鹤壁市第十二届人民代表大会常务委员会第九次会议日程安排\n"));
    assert!(text.contains("3.市人民政府关于2023年重点民生实事办理情况的专项工作报告\n"));
    assert!(text.contains("（鹤政文〔2023〕52号）\n　　"));
    assert!(text.contains("拟任免人员情况（鹤政文〔2023〕52号）"));
    assert!(text.contains("关于提请任免张建华等6名同志职务的议案（鹤政文〔2023〕52号）"));
    // The closing speech is not handed out.
    assert!(!text.contains("讲话"));
    let text = plain_text(&qixian(), DocKind::Contents);
    assert!(
        text.contains("淇县人民代表大会常务委员会关于刘卫东代理淇县人民政府县长的决定（草案）")
    );
}

#[test]
fn forms_have_no_page_numbers_and_official_papers_do() {
    let session = qixian();
    for doc in DocKind::PAPERS {
        let docx = export::render(&session, doc, Format::Docx).unwrap();
        let html = String::from_utf8(export::render(&session, doc, Format::Html).unwrap()).unwrap();
        let form = matches!(
            doc,
            DocKind::SignIn
                | DocKind::Ballots
                | DocKind::EvaluationBallots
                | DocKind::Certificates
                | DocKind::Seating
        );
        assert_eq!(has_footer(&docx), !form, "{}", doc.key());
        assert_eq!(html.contains("counter(page)"), !form, "{}", doc.key());
    }
}

/// Whether a DOCX has a footer part (the page numbers).
fn has_footer(docx: &[u8]) -> bool {
    let reader = std::io::Cursor::new(docx);
    let archive = zip::ZipArchive::new(reader).unwrap();
    archive.file_names().any(|n| n.contains("footer"))
}
