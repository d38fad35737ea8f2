//! The news release (新闻通稿) in the form of the seed gazette's first paragraphs: the date and
//! the session, who presided, the leaders present by name, who attended without a vote (their
//! titles with their units); the attendance; what was heard and adopted, items grouped by the
//! organ that submitted them (FORMS.md §8 `seed`: 「会议听取审议并表决通过了市政府关于…，关于…等
//! 报告；听取审议并表决通过了市人大常委会关于…、关于…等报告和人事任免事项。」), then what was only
//! heard; the appointments by name; the 任命书 and the 宪法宣誓; the evaluations. A draft for the
//! office to complete, built only from the record.

use super::doc::{Doc, DocBlock};
use crate::model::decisions::{ItemState, decision, item_state, resolution_adopted};
use crate::model::organs::{Organ, unit_of_post};
use crate::model::roster::members_in_list_order;
use crate::model::{
    AgendaItem, AgendaKind, DocumentRef, Member, NewsMention, ObserverUnit, Report, ReportKind,
    Resolution, Role, Session, VoteSubject,
};
use crate::wording::forms;
use crate::wording::phrases::session_days_in_year;

/// The news release.
pub fn news_release(session: &Session) -> Doc {
    let title = format!(
        "{}举行{}",
        session.body.full_title_of_term(),
        crate::wording::names::session_number_in(&session.body.settings, session.details.number)
    );
    let mut doc = Doc::new(title.clone());
    doc.push(DocBlock::Title(title));
    doc.push(DocBlock::Blank);
    doc.paragraph(who_paragraph(session));
    let counts = session.attendance_counts();
    let published = session.published_attendance(None);
    let reasons: Vec<&str> = published
        .on_leave
        .iter()
        .map(|(_, reason)| reason.as_str())
        .collect();
    let quorum = forms::quorum_sentence(session, counts, &reasons).unwrap_or_else(|| {
        format!(
            "会议{}",
            crate::wording::attendance::attendance_sentence_with(counts, false)
        )
    });
    if !quorum.is_empty() {
        doc.paragraph(quorum);
    }
    if let Some(text) = business_paragraph(session) {
        doc.paragraph(text);
    }
    if let Some(text) = heard_paragraph(session) {
        doc.paragraph(text);
    }
    // Who made a report on whose behalf (FORMS.md §3 `report_entrusted`), in agenda order.
    let entrusted =
        crate::wording::phrases::report_entrusted_sentences(session, &agenda_reports(session));
    if !entrusted.is_empty() {
        doc.paragraph(entrusted);
    }
    if let Some(text) =
        appointments_paragraph(session).filter(|_| !matters_said_with_items(session))
    {
        doc.paragraph(text);
    }
    if let Some(text) = ceremonies_paragraph(session) {
        doc.paragraph(text);
    }
    for text in evaluation_paragraphs(session) {
        doc.paragraph(text);
    }
    if let Some(text) = observers_last_line(session) {
        doc.paragraph(text);
    }
    if let Some(text) = presiding_last_line(session) {
        doc.paragraph(text);
    }
    doc
}

/// The reports of the agenda's items, in agenda order, each once.
fn agenda_reports(session: &Session) -> Vec<&crate::model::Report> {
    let mut reports: Vec<&crate::model::Report> = Vec::new();
    for item in &session.agenda {
        for document in &item.documents {
            if let DocumentRef::Report(id) = document
                && let Some(report) = session.report(*id)
                && !reports.iter().any(|r| r.id == report.id)
            {
                reports.push(report);
            }
        }
    }
    reports
}

/// The appointments adopted, by name, in the list's order and joined as DOMAIN.md §8 says:
/// 「会议任命刘育为鹤壁市人大常委会副秘书长、办公室主任；免去…。」. Before them the nominees'
/// meeting with the members and why people resign, where recorded and the body says them
/// (FORMS.md §20 `meeting`, §15 `reason_before`); after them what a deputy's resignation ends
/// (§15 `deputy`) and, where the news leaves some entries unnamed, 「会议还通过了其他人事任免
/// 事项。」 (§9 `catch_all`).
pub fn appointments_paragraph(session: &Session) -> Option<String> {
    use crate::model::AppointmentEntry;
    use crate::wording::phrases;
    let adopted = adopted_appointments(session);
    let named: Vec<(&crate::model::AppointmentMotion, Vec<&AppointmentEntry>)> = adopted
        .iter()
        .map(|(m, entries)| {
            let named: Vec<&AppointmentEntry> = entries
                .iter()
                .copied()
                .filter(|e| !e.unnamed_in_news)
                .collect();
            (*m, named)
        })
        .filter(|(_, entries)| !entries.is_empty())
        .collect();
    let named_entries: Vec<&AppointmentEntry> = named
        .iter()
        .flat_map(|(_, entries)| entries.iter().copied())
        .collect();
    let mut text = String::new();
    for (motion, _) in &adopted {
        let folded = named.iter().any(|(m, _)| m.id == motion.id)
            && phrases::meeting_is_folded(session, motion);
        if let Some(meeting) = phrases::meeting_sentence(session, motion).filter(|_| !folded) {
            text.push_str(&meeting);
        }
    }
    text.push_str(&phrases::resignation_reasons(session, &named_entries));
    let style = phrases::SentenceStyle::for_news(session);
    if let Some(paragraph) = phrases::personnel_paragraph(session, &named, &style) {
        text.push_str(&paragraph);
    }
    text.push_str(&phrases::deputy_knock_on(session, &named_entries));
    if adopted
        .iter()
        .any(|(_, entries)| entries.iter().any(|e| e.unnamed_in_news))
    {
        text.push_str(&phrases::personnel_catch_all(session));
    }
    (!text.is_empty()).then_some(text)
}

/// Each motion with its entries adopted, in the list's order; motions without any left out.
fn adopted_appointments(
    session: &Session,
) -> Vec<(
    &crate::model::AppointmentMotion,
    Vec<&crate::model::AppointmentEntry>,
)> {
    session
        .motions
        .iter()
        .map(|m| {
            let entries = m
                .entries_in_list_order()
                .into_iter()
                .filter(|e| {
                    decision(session, &VoteSubject::Entries(vec![e.id]))
                        .is_some_and(|r| r.is_adopted())
                })
                .collect::<Vec<_>>();
            (m, entries)
        })
        .filter(|(_, entries)| !entries.is_empty())
        .collect()
}

/// Whether the appointments are said as matters only (a personnel verb that names and counts
/// nobody, FORMS.md §9 `matters_only`) and the items' paragraph says them already in a sentence
/// of its own (§8 `also`, `also_adopted`: 「会议还表决通过了有关人事任免事项。」): they are said once.
fn matters_said_with_items(session: &Session) -> bool {
    let style = crate::wording::phrases::SentenceStyle::for_news(session);
    style.verb_without_clauses()
        && !style.verb_has("人数")
        && forms::chosen(session, "personnel_mention").is_some_and(|t| {
            t.pieces.iter().any(
                |p| matches!(p, forms::template::Piece::Text(text) if text.contains("。会议还")),
            )
        })
}

/// The result of every announced evaluation: 「会议对…进行了满意度测评，测评结果为满意（…）。」.
pub fn evaluation_paragraphs(session: &Session) -> Vec<String> {
    let announced: Vec<&crate::model::Evaluation> = session
        .evaluations
        .iter()
        .filter(|e| crate::model::decisions::evaluation_decision(session, e).is_some())
        .collect();
    crate::wording::phrases::evaluation_sentences(session, &announced)
}

/// 「12月21日，市十二届人大常委会第九次会议召开。市人大常委会主任史全新主持会议并讲话。
/// 市人大常委会副主任尚欣、郑辉…，秘书长方在敏出席会议。…列席会议。」
pub fn who_paragraph(session: &Session) -> String {
    let short = &session.body.short_name;
    let mut text = String::new();
    let presiding = session
        .presiding_at(None)
        .0
        .and_then(|id| session.member(id));
    let presiding_slots = presiding_slots(session);
    // A lead that says the session's business (FORMS.md §2 `decision_lead`, `summary_lead`,
    // `no_verb`) says it from the record; where there is none, the default lead.
    let lead = forms::chosen(session, "lead").and_then(|template| {
        let business = lead_business(session, &template)?;
        Some((template, business))
    });
    match lead {
        None => {
            if let Some(days) = session_days_in_year(session) {
                text.push_str(&days);
                text.push('，');
            }
            text.push_str(&format!("{}召开。", forms::session_name(session)));
        }
        Some((template, business)) => {
            let mut values = forms::session_slots(session);
            values.push(("日期", session_days_in_year(session).unwrap_or_default()));
            values.push(("地点", session.details.venue.trim().to_owned()));
            values.push(("时段", lead_time_of_day(session)));
            values.extend(presiding_slots.iter().flatten().cloned());
            values.extend(business);
            text.push_str(&forms::fill(&template, &values));
        }
    }
    // The presiding officer named after the 出席 sentence, among those present and without
    // 委托 (FORMS.md §3 `vice_presides`): a form that begins with 「，」.
    let presides_after = presides_in_attendance(session);
    let split = presiding_split(session);
    // Who presided, after the lead by default; after the 出席 sentence or as the last line
    // where the body prints it there (FORMS.md §3 `presiding_position`).
    let position = presiding_position(session);
    let presiding_text = presiding_sentence(session);
    if position.is_none() {
        text.push_str(&presiding_text);
    }
    // Named in the 出席 sentence where the presiding sentence does not come first.
    let presider_listed = presides_after.is_some() || position.is_some();
    let leaders: Vec<&Member> = members_in_list_order(
        session.roster.iter().filter(|m| {
            m.role != Role::Member
                && session.is_present(m.id)
                && (Some(m.id) != presiding.map(|p| p.id) || presider_listed)
        }),
        session.body.settings.name_order,
    );
    let mut groups: Vec<String> = Vec::new();
    for role in [Role::Chair, Role::ViceChair, Role::SecretaryGeneral] {
        let names: Vec<&str> = leaders
            .iter()
            .filter(|m| m.role == role)
            .map(|m| m.name.as_str())
            .collect();
        if !names.is_empty() {
            groups.push(format!("{}{}", role.label(), names.join("、")));
        }
    }
    let present = if groups.is_empty() {
        None
    } else {
        Some(match forms::chosen(session, "attendance_leaders") {
            None => format!("{short}{}出席会议。", groups.join("，")),
            Some(template) => {
                let counts = session.attendance_counts();
                let members_present = session
                    .roster
                    .iter()
                    .filter(|m| m.role == Role::Member && session.is_present(m.id))
                    .count();
                // The names alone (FORMS.md §4 `names_only`): 「张三、李四及赵六出席。」.
                let names: Vec<&str> = [Role::Chair, Role::ViceChair, Role::SecretaryGeneral]
                    .iter()
                    .flat_map(|role| leaders.iter().filter(move |m| m.role == *role))
                    .map(|m| m.name.as_str())
                    .collect();
                let (last, rest) = names.split_last().map_or(("", &[][..]), |(l, r)| (*l, r));
                let filled = forms::fill(
                    &template,
                    &[
                        ("常委会", short.clone()),
                        ("出席", groups.join("，")),
                        ("人数", counts.present.to_string()),
                        ("委员人数", members_present.to_string()),
                        ("名单", rest.join("、")),
                        ("姓名", last.to_owned()),
                    ],
                );
                // One name alone has nothing to join: 「赵六出席。」.
                filled
                    .strip_prefix('及')
                    .map(str::to_owned)
                    .unwrap_or(filled)
            }
        })
    };
    let presides_after = presides_after
        .filter(|_| split.is_none())
        .zip(presiding_slots.as_ref())
        .map(|(template, values)| forms::fill(&template, values));
    let present = match (present, presides_after) {
        (Some(present), Some(after)) => Some(format!(
            "{}{after}",
            present.strip_suffix('。').unwrap_or(&present)
        )),
        (None, Some(after)) => Some(after.trim_start_matches('，').to_owned()),
        (present, None) => present,
    };
    // 列席 in sentences by rank (FORMS.md §5 `by_rank`), or in one sentence; not here where the
    // body prints it as the release's last line (§5 `last_line`).
    let by_rank = observers_by_rank(session);
    let observing = match &by_rank {
        Some(sentences) => (!sentences.is_empty()).then(|| sentences.clone()),
        None => observing_sentence(session).filter(|_| observers_last(session).is_none()),
    };
    // The presiding sentence after the 出席 sentence, where the body prints it there.
    let presiding_after_attendance = |attendance: Option<String>| -> Option<String> {
        match position.as_ref().filter(|t| t.slots().contains(&"出席句")) {
            Some(template) if !presiding_text.is_empty() => Some(forms::fill(
                template,
                &[
                    ("出席句", attendance.unwrap_or_default()),
                    ("主持句", presiding_text.clone()),
                ],
            )),
            _ => attendance,
        }
    };
    // 出席 and 列席 in one sentence where the body joins them (FORMS.md §4 `with_liexi`); not
    // the sentences by rank.
    let joined = forms::chosen(session, "attendance_joined").filter(|_| by_rank.is_none());
    match (present, observing, joined) {
        (Some(present), Some(observing), Some(template)) => {
            let bare = |s: &str| s.strip_suffix('。').unwrap_or(s).to_owned();
            text.extend(presiding_after_attendance(Some(forms::fill(
                &template,
                &[("出席句", bare(&present)), ("列席句", bare(&observing))],
            ))));
        }
        (present, observing, _) => {
            text.extend(presiding_after_attendance(present));
            text.extend(observing);
        }
    }
    // The deputies invited, counted in a sentence of their own (FORMS.md §5 `counted_guests`).
    if let Some(sentence) = deputies_counted(session) {
        text.push_str(&sentence);
    }
    // The guests invited (FORMS.md §4 `guest`).
    text.push_str(&guests_sentences(session));
    text
}

/// The slots of the session's presiding officer (FORMS.md §3 `presiding`): 头衔 (「市人大常委会
/// 主任」), 姓名, 并讲话 (where the officer made a speech recorded in the session); `None`
/// where nobody presides.
fn presiding_slots(session: &Session) -> Option<Vec<(&'static str, String)>> {
    let member = session
        .presiding_at(None)
        .0
        .and_then(|id| session.member(id))?;
    let speaks = session
        .reports
        .iter()
        .any(|r| r.kind == ReportKind::Speech && r.byline().contains(member.name.as_str()));
    Some(vec![
        (
            "头衔",
            format!("{}{}", session.body.short_name, member.role.label()),
        ),
        ("姓名", member.name.clone()),
        ("并讲话", if speaks { "并讲话" } else { "" }.to_owned()),
    ])
}

/// The body's form of the presiding officer named inside the 出席 sentence, among those
/// present and without 委托 (FORMS.md §3 `vice_presides`): a form that begins with 「，」;
/// `None` otherwise and where nobody presides.
fn presides_in_attendance(session: &Session) -> Option<forms::Template> {
    forms::chosen(session, "presiding")
        .filter(|t| matches!(t.pieces.first(), Some(forms::template::Piece::Text(first)) if first.starts_with('，')))
        .filter(|_| session.presiding_at(None).0.and_then(|id| session.member(id)).is_some())
}

/// Where the body prints who presided, if not after the lead (FORMS.md §3
/// `presiding_position`): a form with 「{出席句}」 after the 出席 sentence, any other as the
/// release's last line; `None` by default.
fn presiding_position(session: &Session) -> Option<forms::Template> {
    forms::chosen(session, "presiding_position").filter(|t| !t.pieces.is_empty())
}

/// Who presided, in the body's form (FORMS.md §3): the plenary sittings' presiding officers
/// where the body names them per sitting or half day, else the session's officer with who
/// entrusted him or her: 「市人大常委会主任史全新主持会议并讲话。」. Empty where the body names
/// the officer inside the 出席 sentence (`vice_presides`) or nobody presides.
fn presiding_sentence(session: &Session) -> String {
    if let Some(split) = presiding_split(session) {
        return split;
    }
    if presides_in_attendance(session).is_some() {
        return String::new();
    }
    let (presiding, entrusted_by) = session.presiding_at(None);
    let (Some(member), Some(values)) = (
        presiding.and_then(|id| session.member(id)),
        presiding_slots(session),
    ) else {
        return String::new();
    };
    let by = entrusted_by.and_then(|id| session.member(id));
    let mut text = crate::wording::phrases::entrusted_clause(session, member, by, true);
    match forms::chosen(session, "presiding") {
        None => text.push_str(&format!(
            "{}{}{}主持会议{}。",
            session.body.short_name,
            member.role.label(),
            member.name,
            values[2].1
        )),
        Some(template) => text.push_str(&forms::fill(&template, &values)),
    }
    text
}

/// The release's last line where the body prints who presided there (FORMS.md §3
/// `presiding_position` `last_line`): 「郭建清主持会议。」; `None` by default.
fn presiding_last_line(session: &Session) -> Option<String> {
    let template = presiding_position(session).filter(|t| !t.slots().contains(&"出席句"))?;
    let sentence = presiding_sentence(session);
    (!sentence.is_empty()).then(|| forms::fill(&template, &[("主持句", sentence)]))
}

/// The business a lead in the body's form says (FORMS.md §2): 「主要决定」 the decisions on
/// appointments (`decision_lead`: 「决定任命…，决定接受…」), 「事项列」 the business in one run
/// (`summary_lead`), 「首项议题」 the first item as the agenda says it (`no_verb`); only those
/// the template names. `None` where one it names is empty: the default lead is printed then.
fn lead_business(
    session: &Session,
    template: &forms::Template,
) -> Option<Vec<(&'static str, String)>> {
    let slots = template.slots();
    let mut values = Vec::new();
    if slots.contains(&"主要决定") {
        values.push(("主要决定", main_decisions(session)));
    }
    if slots.contains(&"事项列") {
        values.push(("事项列", business_summary(session)));
    }
    if slots.contains(&"首项议题") {
        let first = session
            .agenda
            .first()
            .map(|item| item.title.trim().to_owned())
            .unwrap_or_default();
        values.push(("首项议题", first));
    }
    values
        .iter()
        .all(|(_, value)| !value.is_empty())
        .then_some(values)
}

/// The appointments decided, as a lead says them (FORMS.md §2 `decision_lead`): the release's
/// sentences joined by 「，」, each by name, with 同志 where the body says it in the lead (§10
/// `tongzhi_lead`); empty without any.
fn main_decisions(session: &Session) -> String {
    let entries: Vec<&crate::model::AppointmentEntry> = adopted_appointments(session)
        .into_iter()
        .flat_map(|(_, entries)| entries)
        .collect();
    let mut style = crate::wording::phrases::SentenceStyle::for_news(session);
    // A verb that names nobody (「表决通过了有关人事任免事项」) is the body's; the lead names them.
    if style.verb_without_clauses() {
        style.forms.verb = None;
    }
    if let Some(template) = forms::chosen(session, "tongzhi_lead").filter(|t| !t.pieces.is_empty())
    {
        style.forms.tongzhi = Some(template);
    }
    crate::wording::phrases::appointment_sentences_styled(&entries, &style).join("，")
}

/// The 列席 sentence with its closing (FORMS.md §5 `attendance_nonvoting`): 「…部分人大代表列席
/// 会议。」.
fn observing_sentence(session: &Session) -> Option<String> {
    observers_phrase(session).map(|observers| {
        match forms::chosen(session, "attendance_nonvoting") {
            None => format!("{observers}列席会议。"),
            Some(template) => forms::fill(&template, &[("列席", observers)]),
        }
    })
}

/// Where the body prints the 列席 sentence as the release's last line (FORMS.md §5
/// `last_line`), its form.
fn observers_last(session: &Session) -> Option<forms::Template> {
    forms::chosen(session, "nonvoting_position").filter(|t| !t.pieces.is_empty())
}

/// The release's last line where the body prints the 列席 sentence there (FORMS.md §5
/// `last_line`): 「某县人大常委会有关工作机构负责人列席会议。」; `None` by default (it follows the
/// 出席 sentence) and without anyone attending without a vote.
fn observers_last_line(session: &Session) -> Option<String> {
    let template = observers_last(session)?;
    let sentence = observing_sentence(session)?;
    let bare = sentence.strip_suffix('。').unwrap_or(&sentence).to_owned();
    Some(forms::fill(&template, &[("列席句", bare)]))
}

/// One sentence per guest invited (FORMS.md §4 `guest`): 「市政协副主席张鸿建应邀参加会议。」;
/// empty where none is recorded or the body's form says nothing.
fn guests_sentences(session: &Session) -> String {
    let Some(template) = forms::chosen_or_default(session, "attendance_guest") else {
        return String::new();
    };
    session
        .guests
        .invited
        .iter()
        .filter(|g| !g.name.trim().is_empty())
        .map(|guest| {
            forms::fill(
                &template,
                &[
                    ("头衔", guest.title.trim().to_owned()),
                    ("姓名", guest.name.trim().to_owned()),
                ],
            )
        })
        .collect()
}

/// Who attended without a vote in sentences by rank, where the body says them so (FORMS.md §5
/// `by_rank`): the leaders by title and name; the other units; the units present only for the
/// items that concern them, 「……在审议相关议题时列席会议。」; the deputies, 「会议还邀请……列席
/// 会议。」. `None` by default (one sentence).
fn observers_by_rank(session: &Session) -> Option<String> {
    let template = forms::chosen(session, "nonvoting_by_rank").filter(|t| !t.pieces.is_empty())?;
    let parts = observer_parts(session, true);
    Some(forms::fill_sentences(
        &template,
        &[
            ("领导", parts.leaders.join("，")),
            ("单位", parts.others.join("，")),
            ("相关单位", crate::wording::join_with_and(&parts.related)),
            ("代表", parts.deputies.join("、")),
        ],
    ))
}

/// The deputies who attended without a vote, counted, where the body says them so (FORMS.md §5
/// `nonvoting_deputies`): 「本次会议还邀请了3位市人大代表列席。」; `None` by default (they are
/// 「部分人大代表」 in the 列席 sentence) and where none attended.
fn deputies_counted(session: &Session) -> Option<String> {
    let template = forms::chosen(session, "nonvoting_deputies")?;
    let units: Vec<&ObserverUnit> = session
        .observers
        .iter()
        .filter(|u| is_deputies(u) && u.attending().next().is_some())
        .collect();
    let count: usize = units.iter().map(|u| u.attending().count()).sum();
    let first = units.first()?;
    let deputies = observer_words(session, first.unit.trim());
    // Citizens observing, counted where recorded (FORMS.md §5 `counted_citizens`); without any,
    // the deputies alone (`counted_guests`).
    let citizens = session.guests.citizens;
    let template = if template.slots().contains(&"公民") && citizens == 0 {
        forms::form("nonvoting_deputies")
            .and_then(|f| f.variant("counted_guests"))
            .and_then(|v| forms::Template::parse(v.template).ok())?
    } else {
        template
    };
    Some(forms::fill(
        &template,
        &[
            ("人数", count.to_string()),
            ("代表", deputies),
            ("公民", citizens.to_string()),
        ],
    ))
}

/// Whether an observer unit is the deputies (「市人大代表」).
fn is_deputies(unit: &ObserverUnit) -> bool {
    unit.unit.contains("代表")
}

/// Whether the body counts the deputies in a sentence of their own (FORMS.md §5
/// `counted_guests`), so that the 列席 sentence leaves them out.
fn deputies_apart(session: &Session) -> bool {
    forms::chosen(session, "nonvoting_deputies").is_some_and(|t| !t.pieces.is_empty())
}

/// 「上午」: the time of day of a one-day session's first plenary sitting, as the lead may say
/// it after the date (FORMS.md §2 `{时段}`); empty for a session of several days or a sitting
/// without a half day.
fn lead_time_of_day(session: &Session) -> String {
    let one_day = session
        .details
        .dates
        .iter()
        .all(|d| Some(d) == session.details.dates.first());
    let time = session
        .plenary_sittings()
        .next()
        .map(|s| s.time.trim())
        .unwrap_or_default();
    if one_day && ["上午", "下午", "晚上"].contains(&time) {
        time.to_owned()
    } else {
        String::new()
    }
}

/// Who presided where the plenary sittings had different presiding officers, in the body's form
/// (FORMS.md §3 `split_by_half_day`, `split_by_item`): 「李明华、王建国分别主持了6月27日上午和
/// 6月28日上午的会议。」; or each plenary sitting in a sentence of its own with its presiding
/// officer (§3 `per_sitting`, with the session named: §1 `sitting`): 「6月27日上午，会议举行第一次
/// 全体会议，受主任王建国委托，会议由副主任李明华主持。」. `None` by default (the session's
/// presiding officer alone is named, as the seed's release does), where one officer presided
/// every sitting (one sentence per sitting: where the session has one plenary sitting) and
/// where a sitting has no presiding officer.
fn presiding_split(session: &Session) -> Option<String> {
    let template = forms::chosen(session, "presiding_sittings")?;
    if template.pieces.is_empty() {
        return None;
    }
    let sittings: Vec<&crate::model::Sitting> = session.plenary_sittings().collect();
    if template.slots().contains(&"序") {
        if sittings.len() < 2 {
            return None;
        }
        let session_values = forms::session_slots(session);
        let mut text = String::new();
        for sitting in &sittings {
            let presiding = super::minutes::presiding_phrase(session, Some(sitting.id))?;
            let mut values = session_values.clone();
            values.extend([
                ("日期", crate::wording::dates::month_day(sitting.date)),
                ("时段", sitting.time.trim().to_owned()),
                (
                    "序",
                    crate::model::numerals::chinese_number(
                        session.plenary_number(sitting.id).unwrap_or(1),
                    ),
                ),
                ("主持", presiding),
            ]);
            text.push_str(&forms::fill(&template, &values));
        }
        return Some(text);
    }
    let presiders: Vec<&Member> = sittings
        .iter()
        .filter_map(|s| session.presiding_at(Some(s.id)).0)
        .filter_map(|id| session.member(id))
        .collect();
    let mut distinct: Vec<&Member> = Vec::new();
    for member in &presiders {
        if !distinct.iter().any(|m| m.id == member.id) {
            distinct.push(member);
        }
    }
    if distinct.len() < 2 || presiders.len() != sittings.len() {
        return None;
    }
    let one_day = sittings.iter().all(|s| s.date == sittings[0].date);
    let when: Vec<String> = sittings
        .iter()
        .map(|s| {
            if one_day {
                s.time.trim().to_owned()
            } else {
                format!(
                    "{}{}",
                    crate::wording::dates::DateStyle::of_session(session).month_day(s.date),
                    s.time.trim()
                )
            }
        })
        .collect();
    let when = match when.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{}和{last}", rest.join("、")),
        None => String::new(),
    };
    Some(forms::fill(
        &template,
        &[
            ("常委会", session.body.short_name.clone()),
            (
                "名单",
                presiders
                    .iter()
                    .map(|m| m.name.as_str())
                    .collect::<Vec<_>>()
                    .join("、"),
            ),
            (
                "头衔名单",
                distinct
                    .iter()
                    .map(|m| crate::wording::phrases::member_with_role(m))
                    .collect::<Vec<_>>()
                    .join("、"),
            ),
            ("时段列", when),
        ],
    ))
}

/// Who attended without a vote, as the seed's release says it (DOMAIN.md §9): the leaders by
/// title and name, then the other units summarised, then units without names as they stand,
/// then the deputies: 「市委常委、常务副市长李可，市人民检察院代检察长苏康健及市监察委员会、
/// 市中级人民法院等有关单位相关负责同志、部分人大代表」.
pub fn observers_phrase(session: &Session) -> Option<String> {
    let parts = observer_parts(session, false);
    let mut others = parts.others;
    others.extend(parts.deputies);
    others.dedup();
    let others = others.join("、");
    // The leaders joined by 「，」 and the others after 「及」, or in the body's forms (FORMS.md
    // §5 `nonvoting_joiner`, `nonvoting_last`).
    let joined = |form: &str, default: &str, parts: &[String]| match forms::chosen(session, form) {
        None => parts.join(default),
        Some(template) => {
            let mut parts = parts.iter();
            let first = parts.next().cloned().unwrap_or_default();
            parts.fold(first, |text, next| {
                forms::fill(&template, &[("甲", text), ("乙", next.clone())])
            })
        }
    };
    let leaders = joined("nonvoting_joiner", "，", &parts.leaders);
    match (leaders.is_empty(), others.is_empty()) {
        (true, true) => None,
        (true, false) => Some(others),
        (false, true) => Some(leaders),
        (false, false) => Some(joined("nonvoting_last", "及", &[leaders, others])),
    }
}

/// Who attended without a vote, in the parts the news names them by.
#[derive(Debug, Default)]
struct ObserverParts {
    /// The leaders by title and name: 「市委常委、常务副市长李可」.
    leaders: Vec<String>,
    /// The other units summed up, then the units without names as they stand.
    others: Vec<String>,
    /// The units present only for the items that concern them (by rank only).
    related: Vec<String>,
    /// The deputies: 「部分人大代表」; by rank, also the units without names that are deputies.
    deputies: Vec<String>,
}

/// The parts of [`observers_phrase`]; `by_rank` sets apart the units present only for related
/// items and the deputies' units without names (FORMS.md §5 `by_rank`).
fn observer_parts(session: &Session, by_rank: bool) -> ObserverParts {
    let settings = &session.body.settings;
    // Units without their people's names (FORMS.md §5 `units_only`): 「市人民政府、市监察委员会
    // 负责同志」.
    let units_only = forms::chosen(session, "nonvoting_named").filter(|t| !t.pieces.is_empty());
    let titles = forms::chosen(session, "nonvoting_titles");
    let apart = |u: &ObserverUnit| by_rank && u.for_related_items;
    let leaders: Vec<String> = if settings.observer_leaders_in_news && units_only.is_none() {
        session
            .observers
            .iter()
            .filter(|unit| !apart(unit))
            .flat_map(|unit| unit_leaders(unit, titles.as_ref()))
            .collect()
    } else {
        Vec::new()
    };
    let has_leader = |unit: &ObserverUnit| {
        settings.observer_leaders_in_news
            && units_only.is_none()
            && unit.people.iter().any(|p| p.is_leader())
    };
    // Units with people, the leaders' units among them: the first few are counted.
    let units: Vec<&ObserverUnit> = session
        .observers
        .iter()
        .filter(|u| {
            !u.people.is_empty() && !is_deputies(u) && !u.unit.trim().is_empty() && !apart(u)
        })
        .collect();
    let counted = (settings.observer_units_in_news as usize).min(units.len());
    let named: Vec<&str> = units[..counted]
        .iter()
        .filter(|u| !has_leader(u))
        .map(|u| u.unit.trim())
        .collect();
    let more = units.len() > counted;
    let mut others: Vec<String> = Vec::new();
    if let Some(template) = &units_only {
        let every: Vec<&str> = units.iter().map(|u| u.unit.trim()).collect();
        if !every.is_empty() {
            others.push(forms::fill(template, &[("单位列", every.join("、"))]));
        }
    } else {
        match (named.is_empty(), more) {
            (false, true) => others.push(format!("{}等有关单位相关负责同志", named.join("、"))),
            (false, false) => others.push(format!("{}相关负责同志", named.join("、"))),
            (true, true) => others.push("有关单位相关负责同志".to_owned()),
            (true, false) => {}
        }
    }
    let nameless = |u: &&ObserverUnit| u.people.is_empty() && !u.unit.trim().is_empty();
    others.extend(
        session
            .observers
            .iter()
            .filter(nameless)
            // By rank, the deputies' units without names are the deputies' sentence's.
            .filter(|u| !(apart(u) || by_rank && is_deputies(u)))
            .map(|u| u.unit.trim().to_owned()),
    );
    let mut deputies: Vec<String> = session
        .observers
        .iter()
        .filter(|u| !u.people.is_empty() && is_deputies(u) && !deputies_apart(session))
        .filter(|u| !apart(u))
        .map(|u| deputies_phrase(u.unit.trim()))
        .collect();
    let mut related = Vec::new();
    if by_rank {
        deputies.extend(
            session
                .observers
                .iter()
                .filter(nameless)
                .filter(|u| !u.for_related_items && is_deputies(u))
                .map(|u| u.unit.trim().to_owned()),
        );
        // Present only for the items that concern them: a unit without names as it stands,
        // one with names by its responsible people.
        related.extend(
            session
                .observers
                .iter()
                .filter(|u| u.for_related_items && !u.unit.trim().is_empty())
                .filter(|u| u.people.is_empty() || u.attending().next().is_some())
                .map(|u| {
                    if u.people.is_empty() {
                        u.unit.trim().to_owned()
                    } else {
                        format!("{}相关负责同志", u.unit.trim())
                    }
                }),
        );
        others.dedup();
        deputies.dedup();
    }
    // Units and titles in the body's short forms (FORMS.md §5), wherever the news names them.
    let short = |parts: Vec<String>| -> Vec<String> {
        parts
            .iter()
            .map(|part| observer_words(session, part))
            .collect()
    };
    ObserverParts {
        leaders: short(leaders),
        others: short(others),
        related: short(related),
        deputies: short(deputies),
    }
}

/// Units and titles of those attending without a vote as the news prints them: in the body's
/// short forms (FORMS.md §5, 「区人民法院」 → 「区法院」); as they stand by default.
fn observer_words(session: &Session, text: &str) -> String {
    crate::wording::names::abbreviated(&session.body.settings.short_names, text)
}

/// A unit's leaders as the 列席 sentence names them: each with his or her title and unit
/// (「市人民检察院代检察长苏康健」) by default, or in the body's form (FORMS.md §5
/// `nonvoting_titles`): with `one_title_many`, the unit said once and one title before all who
/// hold it (「县人民政府县长佘俊臣」, 「副县长陆安亚、沈伯宏」).
fn unit_leaders(unit: &ObserverUnit, template: Option<&forms::Template>) -> Vec<String> {
    let leaders = unit.attending().filter(|p| p.is_leader());
    let Some(template) = template else {
        return leaders
            .map(|p| format!("{}{}", title_with_unit(&unit.unit, &p.title), p.name))
            .collect();
    };
    if !template.slots().contains(&"名单") {
        return leaders
            .map(|p| {
                let title = title_with_unit(&unit.unit, &p.title);
                forms::fill(
                    template,
                    &[
                        ("头衔", title),
                        ("姓名", p.name.clone()),
                        ("名单", p.name.clone()),
                    ],
                )
            })
            .collect();
    }
    // Those who follow each other with one title share it; after the first title the unit is
    // not said again.
    let mut groups: Vec<(&str, Vec<&str>)> = Vec::new();
    for person in leaders {
        let title = person.title.trim();
        match groups.last_mut() {
            Some((last, names)) if *last == title => names.push(&person.name),
            _ => groups.push((title, vec![&person.name])),
        }
    }
    let unit_name = unit.unit.trim();
    groups
        .iter()
        .enumerate()
        .map(|(index, (title, names))| {
            let title = if index == 0 {
                title_with_unit(unit_name, title)
            } else {
                title
                    .strip_prefix(unit_name)
                    .filter(|rest| !rest.is_empty() && !unit_name.is_empty())
                    .unwrap_or(title)
                    .to_owned()
            };
            forms::fill(
                template,
                &[
                    ("头衔", title),
                    ("名单", names.join("、")),
                    (
                        "姓名",
                        names.first().copied().unwrap_or_default().to_owned(),
                    ),
                ],
            )
        })
        .collect()
}

/// A title as the release prints it before the name: with its unit (「市人大常委会党组副书记」 for
/// 「党组副书记」 of the unit 「市人大常委会」), unless it names a place or an organ of its own
/// (「市委常委、常务副市长」, 「市人民检察院代检察长」).
pub fn title_with_unit(unit: &str, title: &str) -> String {
    let title = title.trim();
    let unit = unit.trim();
    let names_its_own = title.starts_with(['市', '县', '区', '州', '省', '旗'])
        || unit.is_empty()
        || title.starts_with(unit)
        || unit.chars().take(2).collect::<String>() == title.chars().take(2).collect::<String>();
    if names_its_own {
        title.to_owned()
    } else {
        format!("{unit}{title}")
    }
}

/// 「部分人大代表」 for the unit 「市人大代表」: the release names deputies without their region.
fn deputies_phrase(unit: &str) -> String {
    match unit.find("人大代表") {
        Some(at) => format!("部分{}", &unit[at..]),
        None => format!("部分{unit}"),
    }
}

/// What the session did with an item, as the release reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NewsClass {
    /// Voted on and adopted: 「听取审议并表决通过了」.
    Adopted,
    /// Deliberated without a vote: 「听取审议了」.
    Deliberated,
    /// Only heard: 「听取了」.
    Heard,
}

/// One item as the release names it within its submitter's group.
#[derive(Clone, Debug)]
struct NewsItem {
    /// The organ it is grouped under: 「市政府」, 「市人大常委会」, 「县人民法院」.
    organ: String,
    /// How it is named in a group of several, after the organ: 「关于2023年重点民生实事办理情况」.
    phrase: String,
    /// How it is named alone: 「关于2023年重点民生实事办理情况的专项工作报告」.
    whole: String,
    /// Whether it is a resolution or decision (named after the reports of its group).
    resolution: bool,
    /// Whether a report was heard for it (the group's verb then says 听取).
    heard: bool,
    /// The reports a committee tabled with its first report, as named after it (FORMS.md §8
    /// `companion`): 「调研报告」; empty for none.
    companion: String,
    /// Who made its first report, title and name (FORMS.md §7 `reporter`): 「市人大常委会副主任」,
    /// 「尚欣」; the submitting unit and no name where the byline names none.
    reporter: (String, String),
    /// The first report's own title: 「关于…的专项工作报告」.
    title: String,
}

/// How the release reports the session's items: each item named once, with its class; and
/// whether any appointment was adopted (「人事任免事项」).
fn news_items(session: &Session) -> (Vec<(NewsClass, NewsItem)>, bool) {
    let mut items = Vec::new();
    let mut personnel = false;
    for item in &session.agenda {
        // An item with its own verb is said in its own sentence ([`own_words`]).
        if own_words_of(session, item).is_some() {
            continue;
        }
        let state = item_state(session, item);
        if !state.is_dealt_with() {
            continue;
        }
        let has_motions = item
            .documents
            .iter()
            .any(|d| matches!(d, DocumentRef::Motion(_)));
        if item.kind == AgendaKind::Appointments || has_motions {
            personnel |= entries_adopted(session, item);
            // A resolution adopted with the appointments that is not one of their decisions
            // is named on its own, under the committee.
            for resolution in item.documents.iter().filter_map(|d| match d {
                DocumentRef::Resolution(id) => session.resolution(*id),
                _ => None,
            }) {
                if resolution.entry.is_none() && resolution_adopted(session, resolution) {
                    let title = without_body_name(session, &resolution.title);
                    items.push((
                        NewsClass::Adopted,
                        NewsItem {
                            organ: session.body.short_name.clone(),
                            phrase: title.clone(),
                            whole: title.clone(),
                            resolution: true,
                            heard: false,
                            companion: String::new(),
                            reporter: (session.body.short_name.clone(), String::new()),
                            title,
                        },
                    ));
                }
            }
            continue;
        }
        // An evaluation on its own is reported with its result, not as heard.
        if item.kind == AgendaKind::Evaluation || item.news == NewsMention::Omitted {
            continue;
        }
        let class = match state {
            ItemState::Adopted | ItemState::PartlyAdopted => NewsClass::Adopted,
            _ if item.kind == AgendaKind::Hear => NewsClass::Heard,
            ItemState::Deliberated | ItemState::Rejected => NewsClass::Deliberated,
            _ => continue,
        };
        if let Some(named) = news_item(session, item, class) {
            items.push((class, named));
        }
    }
    (items, personnel)
}

/// The items with their own verb (FORMS.md §7, 「a free verb per item」), in the agenda's
/// order, each with whether it was adopted (said after what was adopted, else after what was
/// deliberated or heard): named by the office's words for it, else as the release derives its
/// name (「县政府关于…的方案」), else by its title. Whatever the state of its votes, the office's
/// verb says what was done (「常委会组成人员将分组审议上述报告。」); not an item withdrawn,
/// deferred or left out of the release.
fn own_words(session: &Session) -> Vec<(bool, crate::wording::phrases::OwnWords)> {
    session
        .agenda
        .iter()
        .filter_map(|item| own_words_of(session, item))
        .collect()
}

/// One item's own words in the release, with whether it was adopted ([`own_words`]).
fn own_words_of(
    session: &Session,
    item: &AgendaItem,
) -> Option<(bool, crate::wording::phrases::OwnWords)> {
    if item.verb.trim().is_empty() || item.news == NewsMention::Omitted {
        return None;
    }
    let state = item_state(session, item);
    if matches!(state, ItemState::Withdrawn | ItemState::Deferred) {
        return None;
    }
    let adopted = matches!(state, ItemState::Adopted | ItemState::PartlyAdopted);
    let class = if adopted {
        NewsClass::Adopted
    } else if item.kind == AgendaKind::Hear {
        NewsClass::Heard
    } else {
        NewsClass::Deliberated
    };
    let derived = news_item(session, item, class).map(|i| format!("{}{}", i.organ, i.whole));
    crate::wording::phrases::item_own_words(item, derived.as_deref()).map(|words| (adopted, words))
}

/// The sentence the release says an item with its own verb in (the agenda's editor shows it):
/// 「会议原则通过了…。」; `None` for an item without one, or one the release does not name.
pub fn own_sentence(session: &Session, item: &AgendaItem) -> Option<String> {
    own_words_of(session, item).map(|(_, words)| words.sentence())
}

/// The sentences of the items with their own verb, adopted or not: 「会议原则通过了…。」.
fn own_sentences(session: &Session, adopted: bool) -> String {
    own_words(session)
        .into_iter()
        .filter(|(a, _)| *a == adopted)
        .map(|(_, words)| words.sentence())
        .collect()
}

/// Whether an announced vote on an appointment of the item's motions carried.
fn entries_adopted(session: &Session, item: &AgendaItem) -> bool {
    item.documents
        .iter()
        .filter_map(|d| match d {
            DocumentRef::Motion(id) => session.motions.iter().find(|m| m.id == *id),
            _ => None,
        })
        .flat_map(|m| m.entries.iter())
        .any(|e| {
            decision(session, &VoteSubject::Entries(vec![e.id])).is_some_and(|r| r.is_adopted())
        })
}

/// An item as the release names it: in the office's words where set; a 工作评议 as
/// 「关于…工作评议情况」 under the committee; an adopted draft by its resolution's title without
/// the body's name (「关于加强检察建议工作的决议」) under the committee; else by its first report,
/// its title without 「的…报告」, under the organ that submitted it.
fn news_item(session: &Session, item: &AgendaItem, class: NewsClass) -> Option<NewsItem> {
    let reports: Vec<&Report> = session
        .reports_of(item)
        .filter(|r| r.kind != ReportKind::Speech)
        .collect();
    let heard = reports.iter().any(|r| r.kind != ReportKind::Explanation);
    let committee = session.body.short_name.clone();
    let resolution: Option<&Resolution> = item.documents.iter().find_map(|d| match d {
        DocumentRef::Resolution(id) => session.resolution(*id),
        _ => None,
    });
    let lead = reports.first();
    let organ = match (item.kind, resolution, lead) {
        (AgendaKind::WorkEvaluation | AgendaKind::Inquiry, _, _) => committee.clone(),
        (_, Some(_), _) if class == NewsClass::Adopted => committee.clone(),
        (_, _, Some(report)) => organ_name(session, &report.submitter),
        _ => organ_name(
            session,
            item.submitter.split('、').next().unwrap_or_default(),
        ),
    };
    let whole_of = |phrase: &str| {
        const WHOLE: [&str; 8] = [
            "报告", "决议", "决定", "规范", "办法", "说明", "条例", "规定",
        ];
        if WHOLE.iter().any(|end| phrase.ends_with(end)) {
            phrase.to_owned()
        } else {
            format!("{phrase}的报告")
        }
    };
    // The committee's reports tabled with the first one: 「调研报告」, each kind once.
    let mut companions: Vec<&str> = Vec::new();
    for kind in reports
        .iter()
        .skip(1)
        .filter_map(|r| crate::wording::phrases::companion_report(r))
    {
        if !companions.contains(&kind) {
            companions.push(kind);
        }
    }
    let companion = companions.join("、");
    // Who made the first report: 「市人大常委会副主任 尚欣」 is a title and a name.
    let reporter = lead.map_or_else(
        || (organ.clone(), String::new()),
        |report| {
            if report.presenter.trim().is_empty() {
                (report.submitter.trim().to_owned(), String::new())
            } else {
                crate::wording::phrases::presenter_parts(&report.presenter)
            }
        },
    );
    let named = |phrase: String, whole: String, resolution: bool| NewsItem {
        organ: organ.clone(),
        title: lead.map_or_else(|| whole.clone(), |r| r.title.trim().to_owned()),
        phrase,
        whole,
        resolution,
        heard,
        companion: String::new(),
        reporter: reporter.clone(),
    };
    if let NewsMention::Phrase(phrase) = &item.news {
        let phrase = phrase.trim().to_owned();
        return Some(NewsItem {
            companion,
            ..named(phrase.clone(), whole_of(&phrase), false)
        });
    }
    if item.kind == AgendaKind::WorkEvaluation {
        let object = super::minutes::work_evaluation_object(session, item, &reports);
        let phrase = format!("关于{object}情况");
        return Some(named(phrase.clone(), whole_of(&phrase), false));
    }
    if let Some(resolution) = resolution.filter(|_| class == NewsClass::Adopted) {
        let title = without_body_name(session, &resolution.title);
        return Some(named(title.clone(), title, true));
    }
    let report = lead?;
    let item = if report.title.starts_with("关于") {
        named(
            title_stem(&report.title).to_owned(),
            report.title.clone(),
            false,
        )
    } else {
        // A title that does not begin with 「关于」 is quoted, not glued to its submitter.
        let quoted = crate::wording::phrases::book_title(&report.title);
        named(quoted.clone(), quoted, false)
    };
    Some(NewsItem { companion, ..item })
}

/// A resolution's title without the body's name before it: 「关于加强检察建议工作的决议」.
fn without_body_name(session: &Session, title: &str) -> String {
    let name = session.body.name.trim();
    title
        .strip_prefix(name)
        .filter(|rest| !rest.is_empty() && !name.is_empty())
        .unwrap_or(title)
        .to_owned()
}

/// The organ the release groups a unit's business under: the government's departments under
/// 「市政府」 (the level's government in its short form), the committee's offices and groups under
/// the committee's short name, a court, procuratorate or supervisory commission as its name
/// says it.
fn organ_name(session: &Session, unit: &str) -> String {
    let unit = unit.trim();
    let level: String = session.body.short_name.chars().take(1).collect();
    match Organ::of(unit) {
        Organ::Government => format!("{level}政府"),
        Organ::Committee => session.body.short_name.clone(),
        _ => unit_of_post(unit).unwrap_or(unit).to_owned(),
    }
}

/// One group of the seed's form (FORMS.md §8 `seed`): the verb, the organ, then its items —
/// several named by their phrases, joined by 「、」 (by 「，」 where a phrase holds a 「、」 of its
/// own) and closed by 「等报告」; one named whole: 「听取审议并表决通过了市政府关于甲，关于乙等报告」.
pub fn grouped_clause(verb: &str, organ: &str, phrases: &[String], whole: &str) -> String {
    match phrases {
        [] => String::new(),
        [_] => format!("{verb}{organ}{whole}"),
        several => format!("{verb}{organ}{}等报告", short_names(several)),
    }
}

/// Several items' phrases as the seed joins them: by 「、」, by 「，」 where a phrase holds a 「、」
/// of its own.
fn short_names(phrases: &[String]) -> String {
    let joiner = if phrases.iter().any(|p| p.contains('、')) {
        "，"
    } else {
        "、"
    };
    phrases.join(joiner)
}

/// Several items' phrases merged under one 「关于…的报告」 (FORMS.md §8 `merged`): without their
/// 「关于」, joined by 「、」 and by 「和」 before the last, with what they all end with said once:
/// 「甲、乙和丙工作情况」 of 「关于甲工作情况」, 「关于乙工作情况」 and 「关于丙工作情况」.
fn merged_names(phrases: &[&str]) -> String {
    /// The ends several items may share, the longest first.
    const SHARED: [&str; 7] = [
        "工作情况",
        "办理情况",
        "落实情况",
        "执行情况",
        "实施情况",
        "情况",
        "工作",
    ];
    let names: Vec<&str> = phrases
        .iter()
        .map(|p| p.strip_prefix("关于").unwrap_or(p))
        .collect();
    let shared = SHARED
        .iter()
        .find(|end| {
            names
                .iter()
                .all(|name| name.ends_with(*end) && name.len() > end.len())
        })
        .copied()
        .unwrap_or_default();
    let heads: Vec<String> = names
        .iter()
        .map(|name| name[..name.len() - shared.len()].to_owned())
        .collect();
    format!("{}{shared}", crate::wording::join_with_and(&heads))
}

/// The items of one group as the body groups them (FORMS.md §8 `item_grouping`): one object per
/// clause, the verb to be put before each. The seed's form by default (one object: 「市政府关于
/// 甲，关于乙等报告」); a form naming one item (`verb_each`) gives one object per item; the
/// reports merged under one 「关于…的报告」 (`merged`) one object, each resolution one more. A
/// group of one item is named whole, with its companion reports where the body names them
/// (`companion`: 「…的报告和调研报告」).
fn group_objects(session: &Session, organ: &str, group: &[&NewsItem]) -> Vec<String> {
    let phrases: Vec<String> = group.iter().map(|i| i.phrase.clone()).collect();
    let whole = group.first().map_or("", |i| i.whole.as_str());
    let template = match forms::chosen(session, "item_grouping") {
        Some(template) if group.len() > 1 || template.slots().contains(&"和附报告") => template,
        _ => return vec![grouped_clause("", organ, &phrases, whole)],
    };
    if template.slots().contains(&"合并列") {
        let (reports, resolutions): (Vec<&NewsItem>, Vec<&NewsItem>) =
            group.iter().copied().partition(|i| !i.resolution);
        let mut objects = Vec::new();
        match reports.as_slice() {
            [] => {}
            [one] => objects.push(grouped_clause(
                "",
                organ,
                std::slice::from_ref(&one.phrase),
                &one.whole,
            )),
            several => {
                let phrases: Vec<&str> = several.iter().map(|i| i.phrase.as_str()).collect();
                objects.push(forms::fill(
                    &template,
                    &[
                        ("提请人", organ.to_owned()),
                        ("合并列", merged_names(&phrases)),
                    ],
                ));
            }
        }
        objects.extend(resolutions.iter().map(|r| format!("{organ}{}", r.whole)));
        return objects;
    }
    let each: Vec<String> = group
        .iter()
        .map(|i| format!("{organ}{}", i.whole))
        .collect();
    let wholes: Vec<&str> = group.iter().map(|i| i.whole.as_str()).collect();
    let values = |item: &NewsItem| {
        vec![
            ("提请人", organ.to_owned()),
            ("短名列", short_names(&phrases)),
            ("全名", item.whole.clone()),
            ("全名列", wholes.join("、")),
            ("逐项全名", each.join("、")),
            (
                "项数",
                crate::model::numerals::chinese_count(group.len() as u32),
            ),
            (
                "和附报告",
                if item.companion.is_empty() {
                    String::new()
                } else {
                    format!("和{}", item.companion)
                },
            ),
        ]
    };
    if template.slots().contains(&"全名") {
        group
            .iter()
            .map(|item| forms::fill(&template, &values(item)))
            .collect()
    } else {
        vec![forms::fill(&template, &values(group[0]))]
    }
}

/// A class's verb before an object (FORMS.md §7 `item_verb…`): `verb` (the seed's) by default,
/// else the body's form of `form`.
fn with_verb(session: &Session, form: &str, verb: &str, object: &str) -> String {
    match forms::chosen(session, form) {
        None => format!("{verb}{object}"),
        Some(template) => forms::fill(&template, &[("议题", object.to_owned())]),
    }
}

/// Clauses joined as the body punctuates them (FORMS.md §22 `punctuation_items`): by 「；」 by
/// default.
fn join_clauses(session: &Session, clauses: &[String]) -> String {
    match forms::chosen(session, "punctuation_items") {
        None => clauses.join("；"),
        Some(template) => {
            let mut clauses = clauses.iter();
            let first = clauses.next().cloned().unwrap_or_default();
            clauses.fold(first, |text, next| {
                forms::fill(&template, &[("甲", text), ("乙", next.clone())])
            })
        }
    }
}

/// The groups of one class, in the order their organs first appear, each group's reports before
/// its resolutions: one clause each (one per item where the body names each with its verb).
/// `verb_of` gives, by whether a report was heard, the verb's form and its default.
fn class_clauses(
    session: &Session,
    items: &[&NewsItem],
    verb_of: impl Fn(bool) -> (&'static str, &'static str),
) -> Vec<String> {
    let mut organs: Vec<&str> = Vec::new();
    for item in items {
        if !organs.contains(&item.organ.as_str()) {
            organs.push(&item.organ);
        }
    }
    let groups: Vec<(&str, Vec<&NewsItem>)> = organs
        .into_iter()
        .map(|organ| {
            let mut group: Vec<&NewsItem> =
                items.iter().copied().filter(|i| i.organ == organ).collect();
            group.sort_by_key(|i| i.resolution);
            (organ, group)
        })
        .collect();
    // Every item of the class under one verb, each by its name in 《》 (FORMS.md §8
    // `separately`): 「分别审议并通过了《…》；《…》」.
    if let Some(template) = forms::chosen(session, "item_grouping")
        .filter(|t| t.slots().contains(&"书名列"))
        .filter(|_| items.len() > 1)
    {
        let (form, verb) = verb_of(items.iter().any(|i| i.heard));
        // The verb alone: a form that names each report's maker has none to share.
        let verb = match forms::chosen(session, form) {
            Some(template) if template.slots().contains(&"题目") => verb.to_owned(),
            _ => with_verb(session, form, verb, ""),
        };
        let titles: Vec<String> = groups
            .iter()
            .flat_map(|(organ, group)| {
                group.iter().map(move |item| {
                    crate::wording::phrases::book_title(&format!("{organ}{}", item.whole))
                })
            })
            .collect();
        return vec![forms::fill(
            &template,
            &[("动词", verb), ("书名列", titles.join("；"))],
        )];
    }
    groups
        .into_iter()
        .flat_map(|(organ, group)| {
            let (form, verb) = verb_of(group.iter().any(|i| i.heard));
            // Each report with who made it (FORMS.md §7 `reporter`): 「听取并审议了市人大常委会
            // 副主任尚欣作的《关于…的报告》」.
            if let Some(template) =
                forms::chosen(session, form).filter(|t| t.slots().contains(&"题目"))
            {
                return group
                    .iter()
                    .map(|item| {
                        forms::fill(
                            &template,
                            &[
                                ("头衔", item.reporter.0.clone()),
                                ("姓名", item.reporter.1.clone()),
                                ("题目", item.title.clone()),
                                ("议题", format!("{organ}{}", item.whole)),
                            ],
                        )
                    })
                    .collect::<Vec<_>>();
            }
            group_objects(session, organ, &group)
                .into_iter()
                .map(|object| with_verb(session, form, verb, &object))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// What was adopted, grouped by the organ that submitted it, and the appointments, as the seed's
/// release says it: 「会议听取审议并表决通过了市政府关于…，关于…等报告；听取审议并表决通过了市人大
/// 常委会关于…、关于…等报告和人事任免事项。」
pub fn business_paragraph(session: &Session) -> Option<String> {
    let mut text = business_text(session, true)
        .map(|text| format!("会议{text}。"))
        .unwrap_or_default();
    // The items adopted that have their own verb, each in its sentence (FORMS.md §7).
    text.push_str(&own_sentences(session, true));
    (!text.is_empty()).then_some(text)
}

/// What was adopted and the appointments, without 「会议」 and the full stop: the clauses joined
/// as the body punctuates them, the appointments mentioned in the body's form (FORMS.md §8
/// `personnel_mention`) or, with `mention` false, last, as the seed does.
fn business_text(session: &Session, mention: bool) -> Option<String> {
    let (items, personnel) = news_items(session);
    let adopted: Vec<&NewsItem> = items
        .iter()
        .filter(|(class, _)| *class == NewsClass::Adopted)
        .map(|(_, item)| item)
        .collect();
    let clauses = class_clauses(session, &adopted, |heard| {
        if heard {
            ("item_verb", "听取审议并表决通过了")
        } else {
            ("item_verb_adopted", "审议并表决通过了")
        }
    });
    let mut text = join_clauses(session, &clauses);
    if personnel {
        if text.is_empty() {
            text.push_str("表决通过了人事任免事项");
        } else {
            // Personnel last (the seed's), first or in a sentence of its own (FORMS.md §8).
            text = match forms::chosen(session, "personnel_mention").filter(|_| mention) {
                None => format!("{text}和人事任免事项"),
                Some(template) => forms::fill(&template, &[("议题", text)]),
            };
        }
    }
    (!text.is_empty()).then_some(text)
}

/// What was only deliberated or heard, in the same form: 「会议还听取审议了市政府关于…等报告；
/// 听取了…。」 (without 「还」 where nothing was adopted).
pub fn heard_paragraph(session: &Session) -> Option<String> {
    let (items, personnel) = news_items(session);
    let own = own_words(session);
    let adopted_any = personnel
        || items.iter().any(|(c, _)| *c == NewsClass::Adopted)
        || own.iter().any(|(adopted, _)| *adopted);
    let also = if adopted_any { "还" } else { "" };
    let mut text = heard_text(session)
        .map(|text| format!("会议{also}{text}。"))
        .unwrap_or_default();
    // The items deliberated or heard that have their own verb (FORMS.md §7).
    text.push_str(&own_sentences(session, false));
    (!text.is_empty()).then_some(text)
}

/// What was only deliberated or heard, without 「会议」 and the full stop: the clauses joined as
/// the body punctuates them.
fn heard_text(session: &Session) -> Option<String> {
    let (items, _) = news_items(session);
    let of = |wanted: NewsClass| -> Vec<&NewsItem> {
        items
            .iter()
            .filter(|(class, _)| *class == wanted)
            .map(|(_, item)| item)
            .collect()
    };
    let mut clauses = class_clauses(session, &of(NewsClass::Deliberated), |_| {
        ("item_verb_deliberated", "听取审议了")
    });
    clauses.extend(class_clauses(session, &of(NewsClass::Heard), |_| {
        ("item_verb_heard", "听取了")
    }));
    (!clauses.is_empty()).then(|| join_clauses(session, &clauses))
}

/// The session's business in one run, as a summarising lead says it after the session (FORMS.md
/// §2 `summary_lead`): what was adopted and the appointments, then what was deliberated or
/// heard, joined by 「，」: 「听取审议并表决通过了…和人事任免事项，听取审议了…」.
fn business_summary(session: &Session) -> String {
    use crate::wording::phrases::OwnWords;
    // An item's own verb with its name is one of the clauses (「审议表决了市人大代表辞职事项」);
    // a sentence of its own is not.
    let own = own_words(session);
    let own_clauses = |adopted: bool| {
        own.iter()
            .filter(move |(a, _)| *a == adopted)
            .filter_map(|(_, words)| match words {
                OwnWords::Clause(clause) => Some(clause.clone()),
                OwnWords::Sentence(_) => None,
            })
    };
    business_text(session, false)
        .into_iter()
        .chain(own_clauses(true))
        .chain(heard_text(session))
        .chain(own_clauses(false))
        .collect::<Vec<_>>()
        .join("，")
}

/// The 任命书 and the 宪法宣誓 after adopted appointments, in the body's forms (FORMS.md §20
/// `after_vote_certificate`, `after_vote_oath`):
/// 「会上，市人大常委会主任史全新为新任命人员颁发任命书，新任命人员进行了宪法宣誓。」
pub fn ceremonies_paragraph(session: &Session) -> Option<String> {
    let adopted = |entry: &crate::model::AppointmentEntry| {
        decision(
            session,
            &super::papers::vote_subject_of_entry(session, entry),
        )
        .is_some_and(|r| r.is_adopted())
    };
    // The statements made after the vote (FORMS.md §20 `statement`), after the ceremonies.
    let adopted_entries: Vec<&crate::model::AppointmentEntry> = session
        .motions
        .iter()
        .flat_map(|m| m.entries_in_list_order())
        .filter(|e| adopted(e))
        .collect();
    let statements = crate::wording::phrases::statement_sentences(session, &adopted_entries);
    let appointed = super::papers::appointments(session)
        .iter()
        .any(|a| adopted(a.entry));
    if !appointed {
        return (!statements.is_empty()).then_some(statements);
    }
    let short = &session.body.short_name;
    // Handed over at the last plenary sitting, by the 主任 where he or she is there.
    let last = session.plenary_sittings().last().map(|s| s.id);
    let giver = session
        .members_with_role(Role::Chair)
        .find(|m| session.is_present_at(m.id, last))
        .or_else(|| {
            session
                .presiding_at(last)
                .0
                .and_then(|id| session.member(id))
        })
        .map(|m| format!("{short}{}{}", m.role.label(), m.name));
    const APPOINTEES: &str = "新任命人员";
    let certificate = match forms::chosen(session, "after_vote_certificate") {
        None => match &giver {
            Some(giver) => format!("{giver}为{APPOINTEES}颁发任命书"),
            None => format!("为{APPOINTEES}颁发了任命书"),
        },
        Some(template) => forms::fill(
            &template,
            &[
                ("颁发人", giver.unwrap_or_default()),
                ("受任人", APPOINTEES.to_owned()),
            ],
        ),
    };
    let sworn: Vec<String> = super::papers::appointees::swearers(session)
        .iter()
        .filter(|s| {
            super::papers::appointments(session)
                .iter()
                .any(|a| a.person.name == s.name && adopted(a.entry))
        })
        .map(|s| s.name.clone())
        .collect();
    let oath = match forms::chosen(session, "after_vote_oath") {
        _ if sworn.is_empty() => String::new(),
        None => format!("{APPOINTEES}进行了宪法宣誓"),
        Some(template) => forms::fill(
            &template,
            &[
                ("受任人", APPOINTEES.to_owned()),
                ("宣誓人", sworn.join("、")),
            ],
        ),
    };
    // An oath after the meeting (FORMS.md §20 `collective_after`) is a sentence of its own.
    let (oath, after) = if oath.starts_with("会后") {
        (String::new(), format!("{oath}。"))
    } else {
        (oath, String::new())
    };
    // A ceremony of both (FORMS.md §20 `ceremony`: 「举行了任命书颁发和向宪法宣誓仪式」) says the
    // certificates itself.
    let certificate = if oath.contains("任命书") {
        String::new()
    } else {
        certificate
    };
    let parts: Vec<String> = [certificate, oath]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect();
    let during = if parts.is_empty() {
        String::new()
    } else {
        format!("会上，{}。", parts.join("，"))
    };
    let text = format!("{during}{after}{statements}");
    (!text.is_empty()).then_some(text)
}

/// 「关于2023年重点民生实事办理情况」 of 「关于2023年重点民生实事办理情况的专项工作报告」: a report's
/// title without its final 「的…报告」 where that only names the kind of report (专项工作报告,
/// 调研报告 …; the 「的」 must not be inside 《》); else the whole title, as 「…的审计工作报告」
/// would lose what it is about.
fn title_stem(title: &str) -> &str {
    /// The kinds of report a title may end with: 「的」 + kind + 「报告」.
    const KINDS: [&str; 9] = [
        "",
        "专项工作",
        "工作",
        "调研",
        "视察",
        "执法检查",
        "评议",
        "专题调研",
        "检查",
    ];
    let Some(without_report) = title.strip_suffix("报告") else {
        return title;
    };
    match without_report.rfind('的') {
        Some(at)
            if at > 0
                && !without_report[at..].contains('》')
                && KINDS.contains(&&without_report[at + '的'.len_utf8()..]) =>
        {
            &title[..at]
        }
        _ => title,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_group_joins_its_items_as_the_seed_does() {
        let phrases = |list: &[&str]| list.iter().map(|p| (*p).to_owned()).collect::<Vec<_>>();
        // A phrase with a 「、」 of its own: the items are joined by 「，」.
        assert_eq!(
            grouped_clause(
                "听取审议并表决通过了",
                "市政府",
                &phrases(&["关于甲", "关于乙、丙办理情况"]),
                ""
            ),
            "听取审议并表决通过了市政府关于甲，关于乙、丙办理情况等报告"
        );
        // None has: 「、」.
        assert_eq!(
            grouped_clause(
                "听取审议了",
                "市人大常委会",
                &phrases(&["关于甲", "关于乙"]),
                ""
            ),
            "听取审议了市人大常委会关于甲、关于乙等报告"
        );
        // One item is named whole, without 「等报告」.
        assert_eq!(
            grouped_clause("听取了", "县政府", &phrases(&["关于甲"]), "关于甲的报告"),
            "听取了县政府关于甲的报告"
        );
    }

    #[test]
    fn a_title_keeps_its_unit() {
        assert_eq!(
            title_with_unit("市人大常委会", "党组副书记"),
            "市人大常委会党组副书记"
        );
        assert_eq!(
            title_with_unit("市人民政府", "市委常委、常务副市长"),
            "市委常委、常务副市长"
        );
        assert_eq!(
            title_with_unit("市人民检察院", "市人民检察院代检察长"),
            "市人民检察院代检察长"
        );
    }
}
