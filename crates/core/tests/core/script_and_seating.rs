//! The 主持词 follows the session (DOMAIN.md §13): every agenda item and every vote in order,
//! blanks before results are announced and the results once they are; the seating chart places
//! every member once, the 主任 in the centre of the front, and rotates between sessions.

use crate::common;
use huiwu_core::export::{DocKind, plain_text};
use huiwu_core::model::decisions::{is_expected, voting_order};
use huiwu_core::model::numerals::chinese_number;
use huiwu_core::model::{Role, Session, VoteSubject};
use std::collections::BTreeSet;

fn county() -> Session {
    common::county()
}

/// Where each of `needles` first appears in `text`, asserting each does, after the one before.
fn in_order(text: &str, needles: &[String]) {
    let mut from = 0;
    for needle in needles {
        match text[from..].find(needle.as_str()) {
            Some(at) => from += at + needle.len(),
            None => panic!("「{needle}」 not found (in order) in\n{text}"),
        }
    }
}

#[test]
fn the_script_names_every_item_and_every_vote_in_order() {
    for session in [common::example(), county()] {
        let script = plain_text(&session, DocKind::Script);
        let items: Vec<String> = session
            .agenda
            .iter()
            .enumerate()
            .map(|(index, item)| {
                format!(
                    "下面进行第{}项议程，{}。",
                    chinese_number(u32::try_from(index + 1).unwrap()),
                    item.title
                )
            })
            .collect();
        in_order(&script, &items);
        // One instruction per vote by the machine, one round of paper ballots for the votes by
        // paper that follow each other, and one result read out per expected vote.
        let expected: Vec<VoteSubject> = voting_order(&session)
            .into_iter()
            .filter(|s| is_expected(&session, s))
            .collect();
        let by_machine = expected
            .iter()
            .filter(|s| session.vote_method(s) == huiwu_core::model::VoteMethod::Machine)
            .count();
        let by_paper = expected.len() - by_machine;
        assert_eq!(script.matches("请按表决器。").count(), by_machine);
        assert!(by_paper > 0);
        assert!(script.matches("请工作人员分发表决票。").count() >= 1);
        // Every result read out ends with it (or with the blanks before it is announced).
        let read_out = script
            .lines()
            .filter(|l| l.ends_with("通过。") || l.ends_with("（通过／未通过）"))
            .count();
        assert_eq!(read_out, expected.len());
        // The personnel votes come in voting order (removal before the appointment to a post).
        let personnel: Vec<String> = voting_order(&session)
            .into_iter()
            .filter_map(|s| match s {
                VoteSubject::Entries(ids) => Some(ids),
                _ => None,
            })
            .map(|ids| {
                let (_, entry) = session.entry(ids[0]).unwrap();
                entry.posts_joined()
            })
            .collect();
        in_order(&script, &personnel);
        assert!(script.trim_end().ends_with("现在闭会。"));
    }
}

#[test]
fn the_script_has_blanks_before_and_results_after_the_announcement() {
    let mut session = common::example();
    // Before the session: no votes yet.
    let announced = session.votes.clone();
    session.votes.clear();
    let before = plain_text(&session, DocKind::Script);
    assert!(before.contains("表决结果：赞成＿＿票，反对＿＿票，弃权＿＿票。（通过／未通过）"));
    assert!(!before.contains("表决结果：通过。"));
    // The attendance is read out at the opening.
    assert!(
        before.contains("应到常委会组成人员41人，实到35人"),
        "{before}"
    );
    assert!(before.contains("符合法定人数。现在开会。"));
    // During the session: what is announced is read out.
    session.votes = announced;
    let during = plain_text(&session, DocKind::Script);
    assert!(during.contains("表决结果：通过。"));
    // The county's votes were taken with counts.
    let county = plain_text(&county(), DocKind::Script);
    assert!(county.contains("表决结果：赞成21票，反对0票，弃权1票。通过。"));
    // The greeting is for who is there: the 主任 who presides does not greet himself; the 主任
    // on leave is not greeted by the entrusted 副主任, who says whose trust.
    assert!(during.contains("\n各位副主任、秘书长、各位委员：\n"));
    assert!(!county.contains("\n主任、各位副主任"));
    assert!(county.contains("\n各位副主任、各位委员：\n"));
    assert!(county.contains("受王建国主任委托，由我主持今天的会议。"));
    // Each appointee receives a 任命书; those of state posts swear, with the anthem first.
    for name in huiwu_core::export::script::appointees(&session) {
        assert!(during.contains(&name));
    }
    in_order(
        &during,
        &[
            "下面举行宪法宣誓仪式。请宣誓人刘育、张建华、".to_owned(),
            "请全体起立，奏唱国歌。【奏唱国歌】".to_owned(),
            "请刘育同志领誓，其他宣誓人跟诵誓词。【宣誓】".to_owned(),
            "下面，请史全新主任讲话。".to_owned(),
        ],
    );
    // One person swears alone; the 人民陪审员 do not swear here; the batch is named by its first.
    assert!(county.contains("请刘卫东同志宣誓。【宣誓】"));
    assert!(!county.contains("领誓"));
    assert!(county.contains("请刘卫东同志、李春燕等25名同志上台。"));
    // A 说明 for each 任免议案, one 测评 block for the one ballot.
    assert!(county.contains("作关于张志强辞去淇县人民政府县长职务和刘卫东任职的议案的说明。"));
    assert!(
        county.contains("作关于提请任命李春燕等25名同志为淇县人民法院人民陪审员的议案的说明。")
    );
    assert_eq!(during.matches("请工作人员分发测评票").count(), 1);
    assert_eq!(during.matches("满意度测评").count(), 1);
}

#[test]
fn the_script_takes_the_paper_ballots_with_scrutineers_and_tellers() {
    let mut session = common::example();
    session.set_ballot_counters("王士洁、王小强", "艾振军、田锋");
    let script = plain_text(&session, DocKind::Script);
    in_order(
        &script,
        &[
            "下面，以无记名投票方式表决本次会议的人事任免事项，表决票共四张。请工作人员分发表决票。".to_owned(),
            "本次表决由王士洁、王小强同志担任监票人，艾振军、田锋同志担任计票人。请监票人、计票人检查票箱。".to_owned(),
            "不划符号的视为弃权，多划符号的视为无效票。现在投票。【投票】".to_owned(),
            "请监票人、计票人计票。【计票】".to_owned(),
            "下面宣布表决结果。".to_owned(),
            "免去张尚东的鹤壁市人大常委会副秘书长、办公室主任职务：通过。".to_owned(),
        ],
    );
    // The body's own words on marks, on the ballot and in the script alike.
    session.body.settings.invalid_marks = "未划“○”的按弃权计。".to_owned();
    assert!(plain_text(&session, DocKind::Script).contains("未划“○”的按弃权计。现在投票。"));
    assert!(
        plain_text(&session, DocKind::Ballots)
            .contains("说明：在选定的栏内划“○”。未划“○”的按弃权计。")
    );
    // The 主任 present greets nobody as 主任; on leave, the 副主任 presiding greets no 主任.
    let chair = session.roster[0].id;
    let vice = session.roster[1].id;
    session.set_attendance(
        chair,
        huiwu_core::model::AttendanceStatus::OnLeave("公务".to_owned()),
    );
    session.details.presiding = Some(vice);
    let script = plain_text(&session, DocKind::Script);
    assert!(
        script.contains("\n各位副主任、秘书长、各位委员：\n"),
        "{script}"
    );
}

#[test]
fn the_script_follows_the_sittings() {
    let script = plain_text(&county(), DocKind::Script);
    in_order(
        &script,
        &[
            "第一次全体会议".to_owned(),
            "（主持人：副主任　李明华）".to_owned(),
            "首先，审议本次会议议程（草案）。".to_owned(),
            "下面进行第一项议程".to_owned(),
            "第一次全体会议到此结束。".to_owned(),
            "（6月27日下午举行分组会议，审议第一、三、四项议程。）".to_owned(),
            "第二次全体会议".to_owned(),
            "（主持人：主任　王建国）".to_owned(),
            // The second sitting's own attendance.
            "实到22人，许东升（因病）、杨帆（公务）、范淑芬（因事）未出席".to_owned(),
            "下面进行第五项议程".to_owned(),
            // The evaluation and the votes were placed in the second sitting.
            "下面，以无记名投票方式对县人民法院司法公开工作进行满意度测评。".to_owned(),
            "测评结果：满意。".to_owned(),
            "决定接受张志强辞去淇县人民政府县长职务的请求：赞成22票".to_owned(),
            "现在闭会。".to_owned(),
        ],
    );
}

#[test]
fn the_seating_chart_places_every_member_once_the_chair_in_the_centre_front() {
    for session in [common::example(), county()] {
        let (rows, per_row, seats) = session.seat_plan();
        let members: BTreeSet<_> = seats.iter().map(|s| s.member).collect();
        assert_eq!(members.len(), session.roster.len());
        assert_eq!(seats.len(), session.roster.len());
        let places: BTreeSet<_> = seats.iter().map(|s| (s.row, s.seat)).collect();
        assert_eq!(places.len(), seats.len(), "two people on one seat");
        assert!(seats.iter().all(|s| s.row < rows && s.seat < per_row));
        let chair = session.members_with_role(Role::Chair).next().unwrap().id;
        let seat = seats.iter().find(|s| s.member == chair).unwrap();
        assert_eq!((seat.row, seat.seat), (0, (per_row - 1) / 2));
        // The first 副主任 sits beside the 主任, on his left hand (the chart's right).
        let first_vice = session
            .members_with_role(Role::ViceChair)
            .min_by_key(|m| m.rank)
            .unwrap()
            .id;
        let vice = seats.iter().find(|s| s.member == first_vice).unwrap();
        assert_eq!((vice.row, vice.seat), (0, (per_row - 1) / 2 + 1));
        // Every name is on the chart.
        let chart = plain_text(&session, DocKind::Seating);
        for member in &session.roster {
            assert!(
                chart.contains(&huiwu_core::collation::padded_name(&member.name)),
                "{}",
                member.name
            );
        }
    }
}

#[test]
fn the_committee_members_read_across_each_row_in_stroke_order() {
    // As the chart's note says (「委员以姓名笔画为序，自左至右、由前至后就座」): row by row, from
    // the left, the order of the 出缺席人员名单.
    let session = common::example();
    let (_, _, seats) = session.seat_plan();
    let mut committee: Vec<&huiwu_core::model::Seat> = seats
        .iter()
        .filter(|s| session.member(s.member).unwrap().role == huiwu_core::model::Role::Member)
        .collect();
    committee.sort_by_key(|s| (s.row, s.seat));
    let by_seat: Vec<huiwu_core::model::MemberId> = committee.iter().map(|s| s.member).collect();
    let listed: Vec<huiwu_core::model::MemberId> =
        huiwu_core::model::roster::members_in_list_order(
            &session.roster,
            session.body.settings.name_order,
        )
        .into_iter()
        .filter(|m| m.role == huiwu_core::model::Role::Member)
        .map(|m| m.id)
        .collect();
    assert_eq!(by_seat, listed);
    let chart = plain_text(&session, DocKind::Seating);
    assert!(chart.contains("第二排\t王士洁\t王小强\t王旭东"), "{chart}");
    assert!(chart.contains("自左至右、由前至后就座"));
}

#[test]
fn the_seating_rotates_between_two_consecutive_sessions() {
    let session = common::example();
    let next = session.next_session();
    assert_eq!(next.seating.rotation, session.seating.rotation + 1);
    let (_, _, before) = session.seat_plan();
    let (_, _, after) = next.seat_plan();
    let row_of =
        |seats: &[huiwu_core::model::Seat], id| seats.iter().find(|s| s.member == id).unwrap().row;
    let committee: Vec<_> = session
        .members_with_role(Role::Member)
        .map(|m| m.id)
        .collect();
    // The leaders keep their seats; the 委员 at the back come forward.
    let chair = session.members_with_role(Role::Chair).next().unwrap().id;
    assert_eq!(row_of(&before, chair), row_of(&after, chair));
    let moved = committee
        .iter()
        .filter(|id| row_of(&before, **id) != row_of(&after, **id))
        .count();
    assert!(moved > committee.len() / 2, "only {moved} moved");
    let back_row = committee
        .iter()
        .map(|id| row_of(&before, *id))
        .max()
        .unwrap();
    let from_the_back: Vec<_> = committee
        .iter()
        .filter(|id| row_of(&before, **id) == back_row)
        .collect();
    assert!(
        from_the_back
            .iter()
            .all(|id| row_of(&after, **id) < back_row)
    );
}

#[test]
fn a_member_moved_by_hand_swaps_seats_and_the_plan_is_kept() {
    let mut session = county();
    let (_, _, seats) = session.seat_plan();
    let (a, b) = (seats[3], seats[10]);
    session.move_to_seat(a.member, b.row, b.seat);
    let (_, _, moved) = session.seat_plan();
    let seat_of = |id| moved.iter().find(|s| s.member == id).copied().unwrap();
    assert_eq!(
        (seat_of(a.member).row, seat_of(a.member).seat),
        (b.row, b.seat)
    );
    assert_eq!(
        (seat_of(b.member).row, seat_of(b.member).seat),
        (a.row, a.seat)
    );
    // Kept with the session through a save and a load.
    let text = huiwu_core::io::to_ron_string(&session).unwrap();
    let loaded = huiwu_core::io::from_ron_str(&text, std::path::Path::new("x.ron")).unwrap();
    assert_eq!(loaded.seat_plan(), session.seat_plan());
    // A member deleted leaves the chart; one added gets a free seat.
    let gone = a.member;
    session.delete_member(gone).unwrap();
    let added = session.add_member(Role::Member);
    let (_, _, after) = session.seat_plan();
    assert!(!after.iter().any(|s| s.member == gone));
    assert_eq!(after.iter().filter(|s| s.member == added).count(), 1);
    // Filling again follows the rule.
    session.fill_seating();
    assert_eq!(
        session.seat_plan().2,
        huiwu_core::model::seating::seats_by_rule(&session, session.hall().0, session.hall().1)
    );
}
