//! Sentences and phrases shared by the minutes, the news release and the gazette: dates, who
//! presented what, what a vote decided, how an evaluation came out. Built only from what was
//! recorded; nothing is made up.

use super::join_with_and;
use crate::model::decisions::{self, EvaluationResult, evaluation_decision, result_sentence};
use crate::model::numerals::chinese_number;
use crate::model::{
    AppointmentAction, AppointmentEntry, AppointmentMotion, Evaluation, Member, Report, Session,
    Vote,
};
use crate::wording::forms::{self, Template};

/// The days of the session: 「2023年12月21日」, 「2023年12月20日至21日」, 「2023年11月30日至12月1日」,
/// or in the body's form (FORMS.md §22 `date_span`); `None` without a date.
pub fn session_days(session: &Session) -> Option<String> {
    forms::session_date_span(session, true)
}

/// The days of the session without the year, as news writes them: 「12月21日」, 「12月20日至21日」.
pub fn session_days_in_year(session: &Session) -> Option<String> {
    forms::session_date_span(session, false)
}

/// A member with the role, as running text names them: 「主任史全新」.
pub fn member_with_role(member: &Member) -> String {
    format!("{}{}", member.role.label(), member.name)
}

/// Who entrusted the presiding officer, as the sentence that names the officer begins
/// (DOMAIN.md §9, FORMS.md §3 `presiding_entrusted`): 「受主任张三委托，」 (the minutes) or
/// 「受市人大常委会主任张三委托，」 (`with_body`: the news); empty where nobody entrusted the
/// officer, where the officer is the 主任 (委托 is said only of another presiding) and where
/// the body does not say it.
pub fn entrusted_clause(
    session: &Session,
    presiding: &Member,
    entrusted_by: Option<&Member>,
    with_body: bool,
) -> String {
    let Some(by) = entrusted_by.filter(|_| presiding.role != crate::model::Role::Chair) else {
        return String::new();
    };
    let by = if with_body {
        format!("{}{}", session.body.short_name, member_with_role(by))
    } else {
        member_with_role(by)
    };
    match forms::chosen(session, "presiding_entrusted") {
        None => format!("受{by}委托，"),
        Some(template) => forms::fill(&template, &[("委托人", by)]),
    }
}

/// The slots an item's own verb may name (FORMS.md §7, 「a free verb per item」): where the
/// item's name goes.
pub const ITEM_VERB_SLOTS: &[&str] = &["议题"];

/// An item's own verb with its name (FORMS.md §7, 「a free verb per item」), as
/// [`item_own_words`] says it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OwnWords {
    /// A verb the name follows, said after 「会议」: 「原则通过了某县人大常委会2024年工作要点」;
    /// where a document runs the session's business together (FORMS.md §2 `summary_lead`) it
    /// is one of the clauses.
    Clause(String),
    /// A sentence of its own, as the office wrote it: 「经分组审议，会议表决通过了…的决议。」.
    Sentence(String),
}

impl OwnWords {
    /// As a sentence of its own: 「会议原则通过了…。」.
    pub fn sentence(&self) -> String {
        match self {
            Self::Clause(clause) => format!("会议{clause}。"),
            Self::Sentence(sentence) => sentence.clone(),
        }
    }
}

/// Why an item's own verb cannot be printed (a brace left open, a slot other than 「{议题}」),
/// in Chinese; `None` for one that can, or none.
pub fn item_verb_problem(verb: &str) -> Option<String> {
    item_verb_template(verb).err()
}

/// An item's own verb, checked: `None` for none; a template naming no slot but 「{议题}」.
fn item_verb_template(verb: &str) -> Result<Option<Template>, String> {
    let verb = verb.trim();
    if verb.is_empty() {
        return Ok(None);
    }
    let template = Template::parse(verb)?;
    template.check(ITEM_VERB_SLOTS, &[])?;
    Ok(Some(template))
}

/// What the news and the minutes say the session did with an item that has its own verb
/// (FORMS.md §7, 「a free verb per item」): the verb and the item's name after it
/// (「原则通过了…」, said after 「会议」), or the office's sentence with the name in its
/// 「{议题}」 (「常委会组成人员将分组审议上述报告。」). The name is the office's words for the
/// item where typed (新闻通稿表述), else `derived` (what the document calls it: the release's
/// 「县政府关于…的方案」, the minutes' reports), else the agenda's title. `None` without an own
/// verb, or with one that cannot be printed (the house verb is printed then, and `check` says
/// why).
pub fn item_own_words(item: &crate::model::AgendaItem, derived: Option<&str>) -> Option<OwnWords> {
    let template = item_verb_template(&item.verb).ok()??;
    let name = match &item.news {
        crate::model::NewsMention::Phrase(phrase) if !phrase.trim().is_empty() => {
            phrase.trim().to_owned()
        }
        _ => derived
            .map(str::trim)
            .filter(|name| !name.is_empty())
            .unwrap_or_else(|| item.title.trim())
            .to_owned(),
    };
    if template.slots().is_empty() {
        let verb = item.verb.trim();
        // 「会议」 is said before the clause: a verb typed with it has it once.
        let verb = verb.strip_prefix("会议").unwrap_or(verb);
        return Some(OwnWords::Clause(format!("{verb}{name}")));
    }
    let filled = forms::fill(&template, &[("议题", name)]);
    let mut sentence = filled.trim_end_matches(['，', '；', '、']).to_owned();
    if !sentence.ends_with(['。', '！', '？']) {
        sentence.push('。');
    }
    Some(OwnWords::Sentence(sentence))
}

/// A presenter line without the gap between title and name: 「市人大常委会副主任尚欣」.
pub fn compact(text: &str) -> String {
    text.split([' ', '\u{3000}'])
        .filter(|part| !part.is_empty())
        .collect()
}

/// A presenter's title and name: 「市人大常委会副主任 尚欣」 is 「市人大常委会副主任」 and
/// 「尚欣」; without the gap, all of it is the name.
pub fn presenter_parts(presenter: &str) -> (String, String) {
    let presenter = presenter.trim();
    match presenter.rsplit_once([' ', '\u{3000}']) {
        Some((title, name)) => (compact(title), name.trim().to_owned()),
        None => (String::new(), presenter.to_owned()),
    }
}

/// Who made each report of `reports` on whose behalf (FORMS.md §3 `report_entrusted`):
/// 「受主任会议委托，秘书长俞宝祥作关于本次会议议程草案的说明。」, a sentence per report that
/// records its 委托人 and names its presenter; empty by default and where none does.
pub fn report_entrusted_sentences(session: &Session, reports: &[&Report]) -> String {
    let Some(template) =
        forms::chosen(session, "report_entrusted").filter(|t| !t.pieces.is_empty())
    else {
        return String::new();
    };
    reports
        .iter()
        .filter(|report| !report.entrusted_by.trim().is_empty())
        .filter(|report| !report.presenter.trim().is_empty())
        .map(|report| {
            let (title, name) = presenter_parts(&report.presenter);
            forms::fill(
                &template,
                &[
                    ("委托人", report.entrusted_by.trim().to_owned()),
                    ("头衔", title),
                    ("姓名", name),
                    ("议题", report.title.trim().to_owned()),
                ],
            )
        })
        .collect()
}

/// Who evaluated besides the members, where any of `evaluations` records others (FORMS.md §18):
/// 「常委会组成人员以及列席会议的市县人大代表、人大主席、公民代表根据现场提问和答复情况分别逐一
/// 进行了测评。」, a sentence per distinct group in the evaluations' order; `Some("")` where the
/// body prints none; `None` where the members evaluated alone.
pub fn other_evaluators_sentence<'a>(
    session: &Session,
    evaluations: impl Iterator<Item = &'a Evaluation>,
) -> Option<String> {
    let mut groups: Vec<&str> = Vec::new();
    for evaluation in evaluations {
        let others = evaluation.other_evaluators.trim();
        if !others.is_empty() && !groups.contains(&others) {
            groups.push(others);
        }
    }
    if groups.is_empty() {
        return None;
    }
    let template = forms::chosen_or_default(session, "evaluation_evaluators")?;
    Some(
        groups
            .into_iter()
            .map(|others| forms::fill(&template, &[("其他测评人", others.to_owned())]))
            .collect(),
    )
}

/// What a report is called in running text: 「市人民政府关于…的专项工作报告」, or with its
/// presenter 「市人大常委会副主任尚欣所作的关于…的报告」.
pub fn report_phrase(report: &Report) -> String {
    if report.presenter.trim().is_empty() {
        format!("{}{}", report.submitter, report.title)
    } else {
        format!("{}所作的{}", compact(&report.presenter), report.title)
    }
}

/// Several reports in running text, joined 「A、B和C」; reports with the same title and no named
/// presenter share it at the first one's place: 「市司法局、市民政局关于…的报告」.
pub fn reports_phrase(reports: &[&Report]) -> String {
    let shares_title = |report: &Report| report.presenter.trim().is_empty();
    let mut phrases: Vec<String> = Vec::new();
    let mut done = vec![false; reports.len()];
    for (index, report) in reports.iter().enumerate() {
        if done[index] {
            continue;
        }
        done[index] = true;
        if !shares_title(report) {
            phrases.push(report_phrase(report));
            continue;
        }
        let mut submitters = vec![report.submitter.clone()];
        for (later, other) in reports.iter().enumerate().skip(index + 1) {
            if !done[later] && other.title == report.title && shares_title(other) {
                done[later] = true;
                submitters.push(other.submitter.clone());
            }
        }
        phrases.push(format!("{}{}", submitters.join("、"), report.title));
    }
    join_with_and(&phrases)
}

/// The minutes' sentence for an announced vote on `object`, with how it was taken (FORMS.md §19
/// `yi_fangshi`): 「会议以按表决器表决方式，以赞成…表决通过了《…》。」, 「会议以无记名投票方式，表决
/// 通过了该报告。」 or 「《…》经会议以举手表决方式表决，以赞成…，未获通过。」.
pub fn vote_on(session: &Session, vote: &Vote, object: &str) -> String {
    let adopted = decisions::vote_result(session, vote).is_adopted();
    let phrase = vote_result_phrase(session, vote);
    let method = vote_method_phrase(session, &vote.subject);
    if adopted {
        format!("会议{method}，{phrase}了{object}。")
    } else {
        format!("{object}经会议{method}表决，{phrase}。")
    }
}

/// What a vote decided, as the minutes print it after its method: 「以赞成33票，反对0票，弃权2票
/// 表决通过」 by default, or in the body's form (FORMS.md §19 `vote_counts`): 「表决通过」
/// without the counts, 「一致通过」 where nobody voted against, abstained or did not press. A
/// vote not carried keeps its counts.
pub fn vote_result_phrase(session: &Session, vote: &Vote) -> String {
    let counted = result_sentence(session, vote);
    let Some(template) = forms::chosen(session, "vote_counts") else {
        return counted;
    };
    if !decisions::vote_result(session, vote).is_adopted() {
        return counted;
    }
    let unanimous = decisions::tally(&vote.record)
        .is_some_and(|t| t.yes > 0 && t.no == 0 && t.abstain == 0 && t.not_pressed == 0);
    let agreed = if unanimous {
        "一致通过".to_owned()
    } else {
        counted.clone()
    };
    forms::fill(&template, &[("计票", counted), ("一致", agreed)])
}

/// 「以无记名投票方式」: how the vote on `subject` is taken, as the minutes say it (FORMS.md §19
/// `yi_fangshi`), from [`Session::vote_method`], the one answer the 主持词 and the ballots use.
pub fn vote_method_phrase(session: &Session, subject: &crate::model::VoteSubject) -> String {
    let method = session
        .vote_method(subject)
        .phrase(session.papers.ballot_secrecy);
    match crate::wording::forms::chosen(session, "vote_method") {
        None => format!("以{method}方式"),
        Some(template) => {
            // 「举手表决」 says its 表决 already; 「无记名投票」 takes it: 「经无记名投票表决」.
            let with_vote = if method.ends_with("表决") {
                method.clone()
            } else {
                format!("{method}表决")
            };
            crate::wording::forms::fill(&template, &[("方式", method), ("方式表决", with_vote)])
        }
    }
}

/// The reports a committee tables with another's report on the same item, as a release names
/// them after it (FORMS.md §8 `companion`: 「关于中医药发展情况的报告和调研报告」).
pub const COMPANION_REPORTS: [&str; 4] = ["调研报告", "视察报告", "执法检查报告", "审查结果报告"];

/// What a report tabled with an item's first report is called after it (FORMS.md §8
/// `companion`): 「审查结果报告」 where its title says so, else its kind's name (调研报告, 视察报告,
/// 执法检查报告); `None` for a report of another kind (a second 工作报告 is a report of its own).
pub fn companion_report(report: &Report) -> Option<&'static str> {
    use crate::model::ReportKind;
    let title = report.title.trim();
    if title.ends_with("审查结果报告") || title.ends_with("审查结果的报告") {
        return Some(COMPANION_REPORTS[3]);
    }
    match report.kind {
        ReportKind::SurveyReport => Some(COMPANION_REPORTS[0]),
        ReportKind::InspectionVisitReport => Some(COMPANION_REPORTS[1]),
        ReportKind::LawEnforcementInspectionReport => Some(COMPANION_REPORTS[2]),
        _ => None,
    }
}

/// A title in book-title marks, the inner marks of a title it contains turned into 〈〉
/// (DOMAIN.md §12): 《关于〈某条例〉实施情况的决议》.
pub fn book_title(title: &str) -> String {
    let inner: String = title
        .chars()
        .map(|c| match c {
            '《' => '〈',
            '》' => '〉',
            other => other,
        })
        .collect();
    format!("《{inner}》")
}

/// How a body writes appointments in sentences (DOMAIN.md §8, §15).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SentenceStyle {
    /// 「张三同志」.
    pub comrade: bool,
    /// More people than this under one verb and post are written 「张三等N名同志」.
    pub batch_threshold: usize,
    /// One verb's entries of different posts joined: 「免去张三的甲职务、李四的乙职务」.
    pub join_across_posts: bool,
    /// The body's forms of the clauses (FORMS.md §10–§16); none: the defaults.
    pub forms: ClauseForms,
}

/// The templates a body chose for the parts of a personnel sentence (FORMS.md §10 `tongzhi`,
/// §12 `batch`, §13 `ren_wei`, §11 `de`, §15 `resignation`, §16 `acting`); `None`: the default.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClauseForms {
    /// 同志 after the names.
    pub tongzhi: Option<Template>,
    /// A batch above the threshold.
    pub batch: Option<Template>,
    /// An appointment's 为 or 任.
    pub ren_wei: Option<Template>,
    /// A removal's 的.
    pub de: Option<Template>,
    /// A resignation's request.
    pub resignation: Option<Template>,
    /// An acting head's decision.
    pub acting: Option<Template>,
    /// The numerals of a count of people (FORMS.md §21 `numerals_people`).
    pub numerals: Option<Template>,
    /// The verb of a sentence (FORMS.md §9 `personnel_verb`): the news release's only, as the
    /// minutes and the ballots keep the legal verb.
    pub verb: Option<Template>,
    /// How one verb's clauses of different posts are joined (FORMS.md §14 `joining`): the news
    /// release's only.
    pub joining: Option<Template>,
    /// Several resignations in one clause, the request said once (FORMS.md §15 `several`): the
    /// news release's only.
    pub resignations_joined: Option<Template>,
    /// Where an accepted resignation is filed, after its clause (FORMS.md §15 `with_filing`):
    /// the news release's only, filled.
    pub resignation_filing: Option<String>,
    /// Who accepts a resignation (FORMS.md §15 `meeting_accepts`: 「会议接受…的请求。」, a sentence
    /// of its own; `accepts`: 「接受…」): the news release's only.
    pub resignation_subject: Option<Template>,
    /// A resignation said with the same person's appointment (FORMS.md §15 `pronoun`: 「决定任命
    /// 张三为…，接受其辞去…职务的请求」): the news release's only.
    pub resignation_folded: Option<Template>,
    /// A deputy's resignation from the body's own congress (FORMS.md §15 `deputy`), with the
    /// congress's place and term filled in: 「{名单}同志辞去肃宁县第十八届人大代表职务」.
    pub deputy: Option<Template>,
}

impl Default for SentenceStyle {
    /// The defaults of DOMAIN.md: no 同志, batches above 5 people, no joining across posts.
    fn default() -> Self {
        Self {
            comrade: false,
            batch_threshold: 5,
            join_across_posts: false,
            forms: ClauseForms::default(),
        }
    }
}

impl SentenceStyle {
    /// The body's house style.
    pub fn of(session: &Session) -> Self {
        let settings = &session.body.settings;
        let chosen = |key| forms::chosen(session, key);
        Self {
            comrade: settings.comrade_in_sentences,
            batch_threshold: settings.batch_threshold as usize,
            join_across_posts: settings.join_across_posts,
            forms: ClauseForms {
                tongzhi: chosen("tongzhi"),
                batch: chosen("batch"),
                ren_wei: chosen("ren_wei"),
                de: chosen("de"),
                resignation: chosen("resignation"),
                // Folding an acting post into an appointment is the news release's only: the
                // minutes and the ballots say every entry voted on.
                acting: chosen("acting").filter(|t| !t.slots().contains(&"任命条款")),
                numerals: chosen("numerals_people"),
                verb: None,
                joining: None,
                resignations_joined: None,
                resignation_filing: None,
                resignation_subject: None,
                resignation_folded: None,
                deputy: chosen("deputy_resignation")
                    .filter(|t| !t.pieces.is_empty())
                    .map(|t| congress_filled(session, &t)),
            },
        }
    }

    /// The body's house style for the news release: with its personnel verb (FORMS.md §9), its
    /// joining of posts (§14) and an acting post folded into the appointment (§16).
    pub fn for_news(session: &Session) -> Self {
        let mut style = Self::of(session);
        style.forms.verb = forms::chosen(session, "personnel_verb");
        style.forms.joining = forms::chosen(session, "joining");
        style.forms.acting = forms::chosen(session, "acting");
        style.forms.resignations_joined =
            forms::chosen(session, "resignation_joined").filter(|t| {
                t.pieces
                    .iter()
                    .any(|p| matches!(p, forms::template::Piece::Text(text) if text == "、"))
            });
        style.forms.resignation_filing = forms::chosen(session, "resignation_filing")
            .filter(|t| !t.pieces.is_empty())
            .map(|t| {
                let mut values = forms::session_slots(session);
                values.push(("备案机关", filed_with(session)));
                // FORMS.md §17 `congress_session`: the session of the congress, where recorded.
                values.push(("人大会议", filed_with_session(session)));
                forms::fill(&t, &values)
            });
        style.forms.resignation_subject =
            forms::chosen(session, "resignation_subject").filter(|t| t.slots().contains(&"条款"));
        style.forms.resignation_folded = forms::chosen(session, "resignation_folded")
            .filter(|t| t.slots().contains(&"任命条款"));
        style
    }

    /// A count of people in the body's numerals: 「25」, 「二十五」.
    pub fn count(&self, count: usize) -> String {
        forms::people_count(self.forms.numerals.as_ref(), count)
    }

    /// The verb a sentence of `action` begins with (FORMS.md §9): the legal one (「决定任命」) by
    /// default, or the body's (「任命」 for every appointment, 「决定任命」 for every one), with
    /// what its form prints before the clauses.
    pub fn verb(&self, action: AppointmentAction) -> String {
        if let Some(subject) = self.resignation_subject(action) {
            return forms::fill(&verb_template_head(subject), &[]);
        }
        let Some(template) = &self.forms.verb else {
            return action.sentence_verb().to_owned();
        };
        forms::fill(&verb_template_head(template), &verb_values(action))
    }

    /// Whether the body's personnel verb (FORMS.md §9) has the slot `slot`.
    pub fn verb_has(&self, slot: &str) -> bool {
        self.forms
            .verb
            .as_ref()
            .is_some_and(|t| t.slots().contains(&slot))
    }

    /// Whether `action`'s entries are said by their posts alone (FORMS.md §9 `pizhun_no_names`:
    /// 「批准任命龙海市、东山县人民检察院检察长」): the approvals, where the body chose so.
    pub fn unnamed(&self, action: AppointmentAction) -> bool {
        self.verb_has("职务条款")
            && matches!(
                action,
                AppointmentAction::ApproveAppoint | AppointmentAction::ApproveRemove
            )
    }

    /// Whether the body's personnel verb says no clauses (FORMS.md §9 `matters_only`,
    /// `count_only`): the news then says the matters once.
    pub fn verb_without_clauses(&self) -> bool {
        self.forms.verb.is_some()
            && !["条款", "职务计数", "职务条款"]
                .iter()
                .any(|slot| self.verb_has(slot))
    }

    /// The body's subject and verb of a resignation (FORMS.md §15), for `action`.
    fn resignation_subject(&self, action: AppointmentAction) -> Option<&Template> {
        self.forms
            .resignation_subject
            .as_ref()
            .filter(|_| action == AppointmentAction::AcceptResignation)
    }

    /// What a sentence of `action` with `clauses` (already joined) prints, verb and all.
    pub fn sentence(&self, action: AppointmentAction, clauses: &str) -> String {
        if let Some(subject) = self.resignation_subject(action) {
            return forms::fill(subject, &[("条款", clauses.to_owned())]);
        }
        match &self.forms.verb {
            None => format!("{}{clauses}", action.sentence_verb()),
            // Appointments counted by post (FORMS.md §9 `by_post_count`): 「任命1名…、2名…」;
            // the other verbs are said by name, in the legal words.
            Some(template) if template.slots().contains(&"职务计数") && !action.is_counted() => {
                format!("{}{clauses}", action.sentence_verb())
            }
            Some(template) => {
                let mut values = verb_values(action);
                values.push(("条款", clauses.to_owned()));
                values.push(("职务计数", clauses.to_owned()));
                values.push(("职务条款", clauses.to_owned()));
                forms::fill(template, &values)
            }
        }
    }

    /// How the clauses of one verb and several posts are joined: `None` keeps them apart (one
    /// sentence each); else the text between two clauses, the verb filled in where the form
    /// repeats it (「，」, 「、」, 「；任命」). By default, the house style's setting (「、」).
    fn joiner(&self, action: AppointmentAction) -> Option<String> {
        use crate::wording::forms::template::Piece;
        let Some(template) = &self.forms.joining else {
            return self.join_across_posts.then(|| "、".to_owned());
        };
        let at = |name: &str| {
            template
                .pieces
                .iter()
                .position(|p| *p == Piece::Slot(name.to_owned()))
        };
        let (first, second) = (at("甲")?, at("乙")?);
        let between = Template {
            pieces: template.pieces.get(first + 1..second)?.to_vec(),
        };
        Some(forms::fill(&between, &[("动词", self.verb(action))]))
    }

    /// The people of one verb and one post: 「张三」, 「张三、李四」, 「张三同志」, or above the
    /// threshold 「张三等25名同志」.
    pub fn people(&self, names: &[&str]) -> String {
        let count = self.count(names.len());
        match names {
            [] => String::new(),
            [first, ..] if names.len() > self.batch_threshold.max(1) => match &self.forms.batch {
                None => format!("{first}等{count}名同志"),
                Some(template) => forms::fill(
                    template,
                    &[
                        ("首名", (*first).to_owned()),
                        ("前三名", names[..names.len().min(3)].join("、")),
                        ("人数", count),
                    ],
                ),
            },
            _ => match &self.forms.tongzhi {
                None => {
                    let suffix = if self.comrade { "同志" } else { "" };
                    names
                        .iter()
                        .map(|name| format!("{name}{suffix}"))
                        .collect::<Vec<_>>()
                        .join("、")
                }
                // One person is not counted: 「刘育同志」, not 「刘育1名同志」.
                Some(template) if names.len() == 1 && template.slots().contains(&"人数") => {
                    format!("{}同志", names[0])
                }
                // A template of one name is said after every name; else once after the list.
                Some(template) if template.slots().contains(&"姓名") => names
                    .iter()
                    .map(|name| {
                        forms::fill(
                            template,
                            &[
                                ("姓名", (*name).to_owned()),
                                ("名单", (*name).to_owned()),
                                ("人数", self.count(1)),
                            ],
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("、"),
                Some(template) => {
                    forms::fill(template, &[("名单", names.join("、")), ("人数", count)])
                }
            },
        }
    }

    /// An appointment's clause with the same person's acting post folded in (FORMS.md §16):
    /// 「刘卫东为淇县人民政府副县长、代理县长」, 「…，并决定为代理县长」, 「…，代理淇县人民政府县长
    /// 职务」. The acting post is said after what it shares with the appointed post (its unit).
    fn folded(&self, clause: &str, posts: &str, acting: &str, template: &Template) -> String {
        let shared = posts
            .chars()
            .zip(acting.chars())
            .take_while(|(a, b)| a == b)
            .map(|(a, _)| a.len_utf8())
            .sum::<usize>();
        let short = &acting[shared..];
        let short = if short.starts_with("代理") {
            short.to_owned()
        } else {
            format!("代理{}", short.replacen("代理", "", 1))
        };
        forms::fill(
            template,
            &[
                ("任命条款", clause.to_owned()),
                ("代理职务", short),
                ("所代职务", acting.replacen("代理", "", 1)),
            ],
        )
    }

    /// The clause of `people` and `posts` under `action`, in the body's form: 「张三为…」,
    /// 「张三的…职务」, 「张三辞去…职务的请求」 by default.
    pub fn clause(&self, action: AppointmentAction, people: &str, posts: &str) -> String {
        self.clause_with_reason(action, people, posts, None)
    }

    /// As [`Self::clause`], with why the people resign where the entry is a resignation that
    /// gives it (FORMS.md §15 `reason_inside`: 「张三因工作变动提出的辞去…职务的请求」). A form
    /// that says a reason the entry lacks falls back on the default clause.
    fn clause_with_reason(
        &self,
        action: AppointmentAction,
        people: &str,
        posts: &str,
        reason: Option<&str>,
    ) -> String {
        use AppointmentAction as A;
        let template = match action {
            A::Appoint | A::DecideAppoint | A::ApproveAppoint => &self.forms.ren_wei,
            // A folded form is said with the appointment; an acting post without one is said
            // apart, in the default words.
            A::DecideActing
                if self
                    .forms
                    .acting
                    .as_ref()
                    .is_some_and(|t| t.slots().contains(&"任命条款")) =>
            {
                &None
            }
            A::DecideActing => &self.forms.acting,
            // 「免除张三某职务一职」 (FORMS.md §9 `mianchu`), unless the body chose its 的 form.
            A::Remove | A::DecideRemove | A::ApproveRemove
                if self.forms.de.is_none() && self.verb_has("免除动词") =>
            {
                return format!("{people}{posts}一职");
            }
            A::Remove | A::DecideRemove | A::ApproveRemove | A::Dismiss => &self.forms.de,
            A::AcceptResignation
                if reason.is_none()
                    && self
                        .forms
                        .resignation
                        .as_ref()
                        .is_some_and(|t| t.slots().contains(&"理由")) =>
            {
                &None
            }
            A::AcceptResignation => &self.forms.resignation,
        };
        let clause = match template {
            None => action.clause(people, posts),
            Some(template) => forms::fill(
                template,
                &[
                    ("名单", people.to_owned()),
                    ("职务", posts.to_owned()),
                    // The post an acting head fills, without the 「代理」 the printed post has.
                    ("所代职务", posts.replacen("代理", "", 1)),
                    ("理由", reason.unwrap_or_default().to_owned()),
                ],
            ),
        };
        match (&self.forms.resignation_filing, action) {
            (Some(filing), A::AcceptResignation) => format!("{clause}{filing}"),
            _ => clause,
        }
    }

    /// The clause of a resignation in the body's form, with what the entry records: why the
    /// people resign (FORMS.md §15 `reason_inside`), and a deputy's resignation from the body's
    /// congress (`deputy`: 「张丽娟、王奇超同志辞去肃宁县第十八届人大代表职务」, the names as they
    /// stand, the form saying 同志 itself).
    fn resignation_clause(
        &self,
        people: &str,
        names: &[&str],
        posts: &str,
        reason: Option<&str>,
        deputy: bool,
    ) -> String {
        if let (true, Some(template)) = (deputy, &self.forms.deputy) {
            return forms::fill(
                template,
                &[("名单", names.join("、")), ("职务", posts.to_owned())],
            );
        }
        self.clause_with_reason(AppointmentAction::AcceptResignation, people, posts, reason)
    }
}

/// `template` with the body's congress filled in (地名, 届), its other slots kept.
fn congress_filled(session: &Session, template: &Template) -> Template {
    use crate::wording::forms::template::Piece;
    let place = [
        ("地名", session.body.region.clone()),
        ("届", chinese_number(session.body.term)),
    ];
    let pieces: Vec<Piece> = template
        .pieces
        .iter()
        .map(|piece| match piece {
            Piece::Slot(name) => place
                .iter()
                .find(|(slot, _)| slot == name)
                .map_or_else(|| piece.clone(), |(_, value)| Piece::Text(value.clone())),
            other => other.clone(),
        })
        .collect();
    // Two texts in a row become one, as a parsed template has them.
    let mut merged: Vec<Piece> = Vec::with_capacity(pieces.len());
    for piece in pieces {
        match (merged.last_mut(), piece) {
            (Some(Piece::Text(last)), Piece::Text(next)) => last.push_str(&next),
            (_, piece) => merged.push(piece),
        }
    }
    Template { pieces: merged }
}

/// Appointments as running text says them, without the 「（女）」 mark of the lists, and with
/// several people of one verb and one post joined (DOMAIN.md §8), in the defaults' style:
/// 「任命刘育为鹤壁市人大常委会副秘书长、办公室主任」, 「任命张三、李四为某市人民检察院检察员」.
/// Entries are joined only where they follow each other, so the order stays the list's.
pub fn appointment_sentences(entries: &[&AppointmentEntry]) -> Vec<String> {
    appointment_sentences_styled(entries, &SentenceStyle::default())
}

/// As [`appointment_sentences`], in the body's house style.
pub fn appointment_sentences_of(session: &Session, entries: &[&AppointmentEntry]) -> Vec<String> {
    appointment_sentences_styled(entries, &SentenceStyle::of(session))
}

/// As [`appointment_sentences`], in `style`.
pub fn appointment_sentences_styled(
    entries: &[&AppointmentEntry],
    style: &SentenceStyle,
) -> Vec<String> {
    // Runs of one verb and one post (and, for resignations, one reason and kind), their
    // people together.
    let mut runs: Vec<(AppointmentAction, String, Vec<&str>)> = Vec::new();
    let mut resigning: Vec<(Option<&str>, bool)> = Vec::new();
    for entry in entries {
        let posts = entry.posts_joined();
        let names = entry.people.iter().map(|p| p.name.as_str());
        let how = (entry.resignation_reason(), entry.is_deputy_resignation());
        match (runs.last_mut(), resigning.last()) {
            (Some((action, last_posts, people)), Some(last_how))
                if *action == entry.action && *last_posts == posts && *last_how == how =>
            {
                people.extend(names);
            }
            _ => {
                runs.push((entry.action, posts, names.collect()));
                resigning.push(how);
            }
        }
    }
    // An acting post folded into the same person's appointment (FORMS.md §16 `folded_…`):
    // 「任命刘卫东为淇县人民政府副县长、代理县长」, and a resignation with it (FORMS.md §15
    // `pronoun`: 「…，接受其辞去…职务的请求」); the folded run is then not said apart.
    let mut acting_of: Vec<Option<String>> = vec![None; runs.len()];
    let mut resigned_at: Vec<Option<usize>> = vec![None; runs.len()];
    let mut folded = vec![false; runs.len()];
    let fold_acting = style
        .forms
        .acting
        .as_ref()
        .is_some_and(|t| t.slots().contains(&"任命条款"));
    for index in 0..runs.len() {
        let (action, posts, people) = &runs[index];
        let acting = match action {
            AppointmentAction::DecideActing if fold_acting => true,
            // A deputy's resignation is said as such, never with an appointment.
            AppointmentAction::AcceptResignation
                if style.forms.resignation_folded.is_some() && !resigning[index].1 =>
            {
                false
            }
            _ => continue,
        };
        if people.len() != 1 {
            continue;
        }
        // The same person's appointment: an earlier one for an acting post, any for a
        // resignation (the list says resignations after appointments).
        let appointed = (0..index)
            .rev()
            .chain(index + 1..runs.len())
            .find(|&other| {
                let (other_action, _, other_people) = &runs[other];
                let free = if acting {
                    other < index && acting_of[other].is_none()
                } else {
                    resigned_at[other].is_none()
                };
                other_action.is_appointment()
                    && *other_action != AppointmentAction::DecideActing
                    && other_people.as_slice() == people.as_slice()
                    && free
                    && !folded[other]
            });
        if let Some(other) = appointed {
            if acting {
                acting_of[other] = Some(posts.clone());
            } else {
                resigned_at[other] = Some(index);
            }
            folded[index] = true;
        }
    }
    // The folded resignations' posts and reasons, by the appointment they are said with.
    let resigned_of: Vec<Option<(String, Option<&str>)>> = resigned_at
        .iter()
        .map(|at| at.map(|at| (runs[at].1.clone(), resigning[at].0)))
        .collect();
    let runs = kept(runs, &folded);
    let acting_of = kept(acting_of, &folded);
    let resigned_of = kept(resigned_of, &folded);
    let resigning = kept(resigning, &folded);
    // Runs of one verb joined into one sentence where the body writes them so.
    let mut sentences: Vec<(AppointmentAction, Vec<String>)> = Vec::new();
    for ((((action, posts, people), acting), (reason, deputy)), resigned) in runs
        .into_iter()
        .zip(acting_of)
        .zip(resigning)
        .zip(resigned_of)
    {
        let mut clause = if style.verb_has("职务计数") && action.is_counted() {
            format!("{}名{posts}", style.count(people.len()))
        } else if style.unnamed(action) {
            posts.clone()
        } else if action == AppointmentAction::AcceptResignation {
            style.resignation_clause(&style.people(&people), &people, &posts, reason, deputy)
        } else {
            style.clause(action, &style.people(&people), &posts)
        };
        if let (Some(acting), Some(fold)) = (acting, &style.forms.acting) {
            clause = style.folded(&clause, &posts, &acting, fold);
        }
        if let (Some((resigned, reason)), Some(fold)) = (resigned, &style.forms.resignation_folded)
        {
            let resignation = style.clause_with_reason(
                AppointmentAction::AcceptResignation,
                "其",
                &resigned,
                reason,
            );
            clause = forms::fill(fold, &[("任命条款", clause), ("辞职条款", resignation)]);
        }
        let counted = (style.verb_has("职务计数") && action.is_counted()) || style.unnamed(action);
        let resignations = action == AppointmentAction::AcceptResignation
            && style.forms.resignations_joined.is_some();
        match sentences.last_mut() {
            Some((last, clauses))
                if *last == action
                    && (counted || resignations || style.joiner(action).is_some()) =>
            {
                clauses.push(clause);
            }
            _ => sentences.push((action, vec![clause])),
        }
    }
    sentences
        .into_iter()
        .map(|(action, clauses)| {
            if action == AppointmentAction::AcceptResignation
                && style.forms.resignations_joined.is_some()
                && clauses.len() > 1
            {
                return style.sentence(action, &resignations_joined(style, &clauses));
            }
            if style.unnamed(action) {
                return style.sentence(action, &unnamed_posts(action, &clauses));
            }
            let joiner = if style.verb_has("职务计数") && action.is_counted() {
                "、".to_owned()
            } else {
                style.joiner(action).unwrap_or_default()
            };
            style.sentence(action, &clauses.join(&joiner))
        })
        .collect()
}

/// `values` without those at the places `folded` marks.
fn kept<T>(values: Vec<T>, folded: &[bool]) -> Vec<T> {
    values
        .into_iter()
        .zip(folded)
        .filter(|(_, folded)| !**folded)
        .map(|(value, _)| value)
        .collect()
}

/// Posts said without names (FORMS.md §9 `pizhun_no_names`), what they end with alike said once:
/// 「龙海市、东山县、长泰县人民检察院检察长」; a removal's with 「职务」 after.
fn unnamed_posts(action: AppointmentAction, posts: &[String]) -> String {
    let shared: usize = match posts {
        [first, rest @ ..] if !rest.is_empty() => {
            let mut shared: Vec<char> = first.chars().rev().collect();
            for post in rest {
                let common = shared
                    .iter()
                    .zip(post.chars().rev())
                    .take_while(|(a, b)| **a == *b)
                    .count();
                shared.truncate(common);
            }
            // A post that is all shared (「检察长」 after 「某县人民检察院检察长」) keeps them whole.
            if posts.iter().any(|p| p.chars().count() <= shared.len()) {
                0
            } else {
                // The heads end where a place does: 「淇县、浚县」, not 「淇、浚县」.
                let mut shared = shared.len();
                let head_ends_a_place = |shared: usize| {
                    posts.iter().all(|p| {
                        let keep = p.chars().count() - shared;
                        p.chars()
                            .nth(keep.saturating_sub(1))
                            .is_some_and(|c| "市县区州旗盟".contains(c))
                    })
                };
                while shared > 0 && !head_ends_a_place(shared) {
                    shared -= 1;
                }
                shared
            }
        }
        _ => 0,
    };
    let said = match posts.split_last() {
        Some((last, rest)) if shared > 0 => {
            let mut heads: Vec<String> = rest
                .iter()
                .map(|p| {
                    let keep = p.chars().count().saturating_sub(shared);
                    p.chars().take(keep).collect()
                })
                .collect();
            heads.push(last.clone());
            heads.join("、")
        }
        _ => posts.join("、"),
    };
    if action == AppointmentAction::ApproveRemove {
        format!("{said}职务")
    } else {
        said
    }
}

/// Several resignations in one clause (FORMS.md §15 `several`): 「张三辞去甲职务、李四辞去乙职务的
/// 请求」: what the clauses end with alike (the request, the filing) said once, after the last.
fn resignations_joined(style: &SentenceStyle, clauses: &[String]) -> String {
    let request = style.clause(AppointmentAction::AcceptResignation, "", "");
    // The clause's words after the post: 「职务的请求」 and the filing, without 「辞去」.
    let tail = request
        .split_once("辞去")
        .map_or(String::new(), |(_, after)| after.to_owned());
    let tail = tail
        .strip_prefix("职务")
        .map_or(tail.clone(), str::to_owned);
    let cut: Vec<String> = clauses
        .iter()
        .enumerate()
        .map(|(index, clause)| match clause.strip_suffix(tail.as_str()) {
            Some(head) if index + 1 < clauses.len() && !tail.is_empty() => head.to_owned(),
            _ => clause.clone(),
        })
        .collect();
    cut.join("、")
}

/// The session of the people's congress decisions are filed with, where the office records it
/// (FORMS.md §17 `congress_session`): 「肃宁县第十八届人民代表大会第五次会议」; else the congress
/// of the term, as [`filed_with`].
pub fn filed_with_session(session: &Session) -> String {
    match session.papers.congress_session {
        Some(number) => format!("{}第{}次会议", filed_with(session), chinese_number(number)),
        None => filed_with(session),
    }
}

/// The place an accepted resignation is filed with (DOMAIN.md §8): 「鹤壁市第十二届人民代表大会」.
pub fn filed_with(session: &Session) -> String {
    format!(
        "{}第{}届人民代表大会",
        session.body.region,
        chinese_number(session.body.term)
    )
}

/// The news release's paragraph of the adopted `entries` (in the list's order) in `style`:
/// 「会议任命…；免去…。」; a personnel verb without clauses (FORMS.md §9 `matters_only`,
/// `count_only`) says the matters once: 「会议表决通过了有关人事任免事项。」, 「16位同志高票通过
/// 县人大常委会的任命。」 (the people appointed counted; without any, the clauses are said).
///
/// The body may name who proposed each motion's entries before them (FORMS.md §9
/// `personnel_proposer`: 「会议根据市长赵宏宇的提请，决定任命…」) and say each motion's removals
/// before its appointments (§14 `personnel_order`).
pub fn personnel_paragraph(
    session: &Session,
    motions: &[(&AppointmentMotion, Vec<&AppointmentEntry>)],
    style: &SentenceStyle,
) -> Option<String> {
    let removals_first = forms::chosen(session, "personnel_order").is_some_and(|t| {
        let at = |slot: &str| t.slots().iter().position(|s| *s == slot);
        at("免职") < at("任命")
    });
    let is_removal = |e: &AppointmentEntry| {
        matches!(
            e.action,
            AppointmentAction::Remove
                | AppointmentAction::DecideRemove
                | AppointmentAction::ApproveRemove
                | AppointmentAction::Dismiss
        )
    };
    let ordered: Vec<(&AppointmentMotion, Vec<&AppointmentEntry>)> = motions
        .iter()
        .map(|(motion, entries)| {
            let mut entries = entries.clone();
            if removals_first {
                // A stable sort: the removals first, each part in the list's order.
                entries.sort_by_key(|e| !is_removal(e));
            }
            (*motion, entries)
        })
        .collect();
    let entries: Vec<&AppointmentEntry> = ordered
        .iter()
        .flat_map(|(_, entries)| entries.iter().copied())
        .collect();
    if entries.is_empty() {
        return None;
    }
    // A motion's entries said by the class of their posts, without names (FORMS.md §9
    // `partial`): 「会议根据市中级人民法院院长罗雄提请，免去部分审判人员职务。」
    if let Some(verb) = style
        .forms
        .verb
        .as_ref()
        .filter(|t| t.slots().contains(&"职务类"))
    {
        return Some(partial_paragraph(&ordered, style, verb));
    }
    if let Some(verb) = style
        .forms
        .verb
        .as_ref()
        .filter(|_| style.verb_without_clauses())
    {
        if !verb.slots().contains(&"人数") {
            return Some(format!("会议{}。", forms::fill(verb, &[])));
        }
        let mut appointed: Vec<&str> = Vec::new();
        for entry in entries.iter().filter(|e| e.action.is_counted()) {
            for person in &entry.people {
                if !appointed.contains(&person.name.as_str()) {
                    appointed.push(&person.name);
                }
            }
        }
        if !appointed.is_empty() {
            // The form names its own subject: 「16位同志…」, without 「会议」.
            let said = forms::fill(
                verb,
                &[
                    ("人数", style.count(appointed.len())),
                    ("常委会", session.body.short_name.clone()),
                ],
            );
            return Some(format!("{said}。"));
        }
        let mut named = style.clone();
        named.forms.verb = None;
        return personnel_paragraph(session, motions, &named);
    }
    let proposer = forms::chosen(session, "personnel_proposer").filter(|t| !t.pieces.is_empty());
    let Some(proposer) = proposer else {
        let sentences = appointment_sentences_styled(&entries, style);
        return Some(said_by_the_meeting(&sentences));
    };
    let parts: Vec<String> = ordered
        .iter()
        .filter(|(_, entries)| !entries.is_empty())
        .flat_map(|(motion, entries)| {
            let mut sentences = appointment_sentences_styled(entries, style);
            let prefix = forms::fill(&proposer, &[("提请人", motion_proposer(motion))]);
            // The nominees' meeting with the members, said after the motion heard (FORMS.md
            // §20 `meeting`) where the body names the motion so.
            let prefix = match meeting_folded(session, motion, &prefix) {
                Some(folded) => folded,
                None => prefix,
            };
            if let Some(first) = sentences.first_mut() {
                first.insert_str(0, &prefix);
            }
            sentences
        })
        .collect();
    Some(said_by_the_meeting(&parts))
}

/// 「会议A；B。」: the personnel sentences with the meeting as their subject, joined by 「；」; a
/// sentence that names its own subject and ends (「会议接受…的请求。」, FORMS.md §15
/// `meeting_accepts`) stands apart, and the next begins with 「会议」 again.
fn said_by_the_meeting(sentences: &[String]) -> String {
    let mut text = String::new();
    let mut open = false;
    for sentence in sentences {
        if sentence.starts_with("会议") {
            if open {
                text.push('。');
            }
        } else if open {
            text.push('；');
        } else {
            text.push_str("会议");
        }
        text.push_str(sentence);
        open = !sentence.ends_with('。');
    }
    if open {
        text.push('。');
    }
    text
}

/// The news release's paragraph where the body names a motion's entries by the class of their
/// posts (FORMS.md §9 `partial`, the form `verb`): per motion with a class, its appointments
/// and removals in one clause 「根据…提请，免去部分审判人员职务」 (「任免」 where it has both);
/// its other entries, and the motions without a class, by name in the legal words.
fn partial_paragraph(
    motions: &[(&AppointmentMotion, Vec<&AppointmentEntry>)],
    style: &SentenceStyle,
    verb: &Template,
) -> String {
    use AppointmentAction as A;
    let mut named = style.clone();
    named.forms.verb = None;
    let parts: Vec<String> = motions
        .iter()
        .filter(|(_, entries)| !entries.is_empty())
        .map(|(motion, entries)| {
            let category = motion.post_category.trim();
            let in_class = |e: &&AppointmentEntry| {
                !category.is_empty()
                    && matches!(
                        e.action,
                        A::Appoint
                            | A::DecideAppoint
                            | A::ApproveAppoint
                            | A::Remove
                            | A::DecideRemove
                            | A::ApproveRemove
                    )
            };
            let (classed, others): (Vec<&AppointmentEntry>, Vec<&AppointmentEntry>) =
                entries.iter().copied().partition(in_class);
            let mut said = Vec::new();
            if !classed.is_empty() {
                let appoints = classed.iter().any(|e| e.action.is_appointment());
                let removes = classed.iter().any(|e| !e.action.is_appointment());
                let word = match (appoints, removes) {
                    (true, true) => "任免",
                    (true, false) => "任命",
                    _ => "免去",
                };
                let mut values = verb_values(classed[0].action);
                values.retain(|(slot, _)| *slot != "动作");
                values.extend([
                    ("动作", word.to_owned()),
                    ("提请人", motion_proposer(motion)),
                    ("职务类", category.to_owned()),
                ]);
                said.push(forms::fill(verb, &values));
            }
            if !others.is_empty() {
                said.extend(appointment_sentences_styled(&others, &named));
            }
            said.join("；")
        })
        .collect();
    format!("会议{}。", parts.join("；"))
}

/// The sentence of a motion's nominees meeting the members before the vote (FORMS.md §20
/// `meeting`): 「会议听取和审议了市长马以提请的有关人事任命议案，并介绍拟任命人员与常委会组成人员
/// 见面。」, where the motion records the meeting; `None` where it does not or the body's form
/// says nothing.
pub fn meeting_sentence(session: &Session, motion: &AppointmentMotion) -> Option<String> {
    if !motion.meeting {
        return None;
    }
    let template = forms::chosen_or_default(session, "appointees_meeting")?;
    let said = forms::fill(&template, &[("提请人", motion_proposer(motion))]);
    (!said.is_empty()).then_some(said)
}

/// Whether the news release says a motion's meeting within its personnel paragraph, after the
/// motion heard (「听取和审议了…提请的有关人事任免议案，并介绍…见面，决定任命…」): the body
/// names each motion heard before its entries (FORMS.md §9 `proposer_heard`) and its meeting
/// form names the motion heard the same way.
pub fn meeting_is_folded(session: &Session, motion: &AppointmentMotion) -> bool {
    let Some(proposer) = forms::chosen(session, "personnel_proposer") else {
        return false;
    };
    let prefix = forms::fill(&proposer, &[("提请人", motion_proposer(motion))]);
    meeting_folded(session, motion, &prefix).is_some()
}

/// `prefix` (the motion heard, 「听取和审议了…议案，」) with the motion's meeting said after it,
/// where it records one and the meeting's form names the motion heard too.
fn meeting_folded(session: &Session, motion: &AppointmentMotion, prefix: &str) -> Option<String> {
    const HEARD: &str = "议案，";
    if !prefix.ends_with(HEARD) {
        return None;
    }
    let sentence = meeting_sentence(session, motion)?;
    let (_, after) = sentence.split_once(HEARD)?;
    let after = after.trim_end_matches('。');
    (!after.is_empty()).then(|| format!("{prefix}{after}，"))
}

/// Why people resign, said before their resignations are told (FORMS.md §15 `reason_before`):
/// 「因工作变动，张晓东提出辞去宿州市人民政府副市长职务。」, one sentence per resignation of
/// `entries` that gives its reason; empty by default and where none does.
pub fn resignation_reasons(session: &Session, entries: &[&AppointmentEntry]) -> String {
    let Some(template) =
        forms::chosen(session, "resignation_reason").filter(|t| !t.pieces.is_empty())
    else {
        return String::new();
    };
    entries
        .iter()
        .filter_map(|entry| {
            let reason = entry.resignation_reason()?;
            Some(forms::fill(
                &template,
                &[
                    ("理由", reason.to_owned()),
                    ("姓名", entry.names_joined()),
                    ("职务", entry.posts_joined()),
                ],
            ))
        })
        .collect()
}

/// What follows by law from a deputy's resignation from the body's congress accepted (FORMS.md
/// §15 `deputy`): a deputy who is a member of the committee (on its roster) stops being one,
/// 「根据《中华人民共和国全国人民代表大会和地方各级人民代表大会选举法》第五十六条规定，张丽娟同志的
/// 常委会委员职务相应终止。」, one sentence per role, in the order of `entries`. Said only where
/// the body words deputies' resignations as such; empty where no such deputy is a member.
pub fn deputy_knock_on(session: &Session, entries: &[&AppointmentEntry]) -> String {
    if forms::chosen(session, "deputy_resignation").is_none_or(|t| t.pieces.is_empty()) {
        return String::new();
    }
    let Some(template) = forms::chosen_or_default(session, "deputy_knock_on") else {
        return String::new();
    };
    let members = entries
        .iter()
        .filter(|e| e.is_deputy_resignation())
        .flat_map(|e| e.people.iter())
        .filter_map(|person| session.roster.iter().find(|m| m.name == person.name))
        .map(|member| (member.role, member.name.as_str()));
    fill_per_group(&template, &grouped_names(members), |role| {
        ("职务", role.label().to_owned())
    })
}

/// Names grouped by a key (a role, a statement's word), each group in the order its key first
/// comes, each name once.
fn grouped_names<'a, K: PartialEq>(
    pairs: impl Iterator<Item = (K, &'a str)>,
) -> Vec<(K, Vec<&'a str>)> {
    let mut groups: Vec<(K, Vec<&str>)> = Vec::new();
    for (key, name) in pairs {
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, names)) if names.contains(&name) => {}
            Some((_, names)) => names.push(name),
            None => groups.push((key, vec![name])),
        }
    }
    groups
}

/// `template` filled once per group: its names as 「名单」 and 「姓名」, and the slot the key
/// says; the sentences one after the other.
fn fill_per_group<K>(
    template: &Template,
    groups: &[(K, Vec<&str>)],
    slot: impl Fn(&K) -> (&'static str, String),
) -> String {
    groups
        .iter()
        .map(|(key, names)| {
            let names = names.join("、");
            forms::fill(
                template,
                &[("名单", names.clone()), ("姓名", names), slot(key)],
            )
        })
        .collect()
}

/// The statements the people of `entries` made at the session after the vote (FORMS.md §20
/// `statement`): 「刘芸同志在会上作了表态发言。」, the people of one word together, words in the
/// order first made; empty where none is recorded or the body's form says nothing.
pub fn statement_sentences(session: &Session, entries: &[&AppointmentEntry]) -> String {
    let Some(template) = forms::chosen_or_default(session, "after_vote_statement") else {
        return String::new();
    };
    let made = entries.iter().flat_map(|entry| {
        entry
            .statement
            .into_iter()
            .flat_map(|word| entry.people.iter().map(move |p| (word, p.name.as_str())))
    });
    fill_per_group(&template, &grouped_names(made), |word| {
        ("发言", word.label().to_owned())
    })
}

/// The line 「会议还通过了其他人事任免事项。」 (FORMS.md §9 `catch_all`) where the news release
/// leaves some adopted entries unnamed; empty where the body's form says nothing.
pub fn personnel_catch_all(session: &Session) -> String {
    forms::chosen_or_default(session, "personnel_catch_all")
        .map(|t| forms::fill(&t, &[]))
        .unwrap_or_default()
}

/// Who proposed a motion, as the news says it before its entries: the signing line without its
/// colon (「市长赵宏宇」, 「鹤壁市人大常委会主任会议」), else who nominates (「主任会议」).
pub fn motion_proposer(motion: &AppointmentMotion) -> String {
    let signed: String = motion
        .signatory
        .trim()
        .chars()
        .filter(|c| !matches!(c, '：' | ':' | ' ' | '\u{3000}'))
        .collect();
    if signed.is_empty() {
        motion.nominator.label().to_owned()
    } else {
        signed
    }
}

/// The part of the personnel verb's template before its clauses.
fn verb_template_head(template: &Template) -> Template {
    use crate::wording::forms::template::Piece;
    let end = template
        .pieces
        .iter()
        .position(|p| *p == Piece::Slot("条款".to_owned()))
        .unwrap_or(template.pieces.len());
    Template {
        pieces: template.pieces[..end].to_vec(),
    }
}

/// The values of the personnel verb's slots for `action` (FORMS.md §9): the legal verb, the
/// bare one (「任命」, 「免去」) and the one with 「决定」.
fn verb_values(action: AppointmentAction) -> Vec<(&'static str, String)> {
    use AppointmentAction as A;
    let legal = action.sentence_verb();
    let (bare, decided) = match action {
        A::Appoint | A::DecideAppoint | A::ApproveAppoint => ("任命", "决定任命"),
        A::Remove | A::DecideRemove | A::ApproveRemove => ("免去", "决定免去"),
        _ => (legal, legal),
    };
    // 「免除」 for a removal (FORMS.md §9 `mianchu`); the other verbs keep the legal one.
    let dismissed = match action {
        A::Remove | A::DecideRemove | A::ApproveRemove => "免除",
        _ => legal,
    };
    vec![
        ("法定动词", legal.to_owned()),
        ("动作", bare.to_owned()),
        ("决定动词", decided.to_owned()),
        ("免除动词", dismissed.to_owned()),
    ]
}

/// A personnel decision's title and text: each the body's form filled from `values` and the
/// people (「名单」: in the title as listed, in the text as the sentence names them), or its
/// default as given with the form's key.
fn decision_title_and_text(
    session: &Session,
    values: &[(&'static str, String)],
    (people, people_in_text): (&str, &str),
    (title_form, default_title): (&str, String),
    (text_form, default_text): (&str, String),
) -> (String, String) {
    // A form that counts the people (FORMS.md §17 `title_batch`: 「张丽娟等三名同志」) names one
    // person as the default does.
    let several = people.contains('、');
    let value_of = |slot: &str| {
        values
            .iter()
            .find(|(s, _)| *s == slot)
            .map_or("", |(_, v)| v.as_str())
    };
    let filled = |form: &str, default: String, people: &str| match forms::chosen(session, form) {
        None => default,
        Some(template)
            if !several
                && template
                    .slots()
                    .iter()
                    .any(|s| ["首名", "人数"].contains(s)) =>
        {
            default
        }
        // A form that cites the body's own regulation (FORMS.md §17) where the house style
        // names none prints as the default does.
        Some(template)
            if template.slots().contains(&"本地办法") && value_of("本地办法").is_empty() =>
        {
            default
        }
        // A form that cites the review report on a deputy's resignation (FORMS.md §17
        // `body_report_reviewed`) where none is recorded prints as the default does.
        Some(template) if template.slots().contains(&"提请人") && value_of("提请人").is_empty() => {
            default
        }
        Some(template) => {
            let mut values = values.to_vec();
            values.push(("名单", people.to_owned()));
            let text = forms::fill(&template, &values);
            // The reason's sentence (FORMS.md §17 `body_reason_law`: 「因工作变动，张晓东提出
            // 辞去…职务。」) is left out where the entry records no reason.
            match text.split_once('。') {
                Some((_, rest))
                    if template.slots().contains(&"理由") && value_of("理由").is_empty() =>
                {
                    rest.to_owned()
                }
                _ => text,
            }
        }
    };
    (
        filled(title_form, default_title, people),
        with_decides_mark(session, filled(text_form, default_text, people_in_text)),
    )
}

/// A decision's text with the body's mark after 「…会议决定」 (FORMS.md §22 `punctuation_decides`:
/// 「决定：」 or 「决定，」 in every decision); by default each text's form says it.
fn with_decides_mark(session: &Session, text: String) -> String {
    let Some(template) =
        forms::chosen(session, "punctuation_decides").filter(|t| !t.pieces.is_empty())
    else {
        return text;
    };
    let full = session.full_title();
    let marked = forms::fill(&template, &[("会议全称", full.clone())]);
    for mark in ["决定，", "决定："] {
        let said = format!("{full}{mark}");
        if text.contains(&said) {
            return text.replacen(&said, &marked, 1);
        }
    }
    text
}

/// The title and text of the 决定 a personnel entry is adopted as (DOMAIN.md §8): accepting a
/// resignation, or naming an acting head; `None` for the other verbs.
pub fn personnel_decision(session: &Session, entry: &AppointmentEntry) -> Option<(String, String)> {
    let body = &session.body;
    let law = &body.settings.law_articles;
    let names: Vec<&str> = entry.people.iter().map(|p| p.name.as_str()).collect();
    let people = names.join("、");
    let people_in_text = SentenceStyle {
        batch_threshold: usize::MAX,
        ..SentenceStyle::of(session)
    }
    .people(&names);
    let posts = entry.posts_joined();
    let article = |number: u32| format!("《{}》第{}条", law.law, chinese_number(number));
    match entry.action {
        AppointmentAction::AcceptResignation => {
            let filed_with = filed_with(session);
            let mut values = decision_slots(session, entry);
            values.extend([
                (
                    "首名",
                    names.first().copied().unwrap_or_default().to_owned(),
                ),
                ("人数", SentenceStyle::of(session).count(names.len())),
                ("职务", posts.clone()),
                ("法律", law.law.clone()),
                ("条", format!("第{}条", chinese_number(law.resignation))),
                ("备案机关", filed_with.clone()),
                // FORMS.md §17 `body_reason_law`, `body_regulation_general`: the body's own
                // regulation; `congress_session`: the session of the congress filed with.
                ("本地办法", law.local_regulation.trim().to_owned()),
                (
                    "本地条",
                    match law.local_resignation {
                        0 => String::new(),
                        n => format!("第{}条", chinese_number(n)),
                    },
                ),
                ("人大会议", filed_with_session(session)),
                (
                    "理由",
                    entry.resignation_reason().unwrap_or_default().to_owned(),
                ),
                // FORMS.md §17 `body_report_reviewed`: the committee that reviewed a deputy's
                // resignation, where recorded.
                (
                    "提请人",
                    if entry.is_deputy_resignation() {
                        entry.reviewed_by.trim().to_owned()
                    } else {
                        String::new()
                    },
                ),
            ]);
            Some(decision_title_and_text(
                session,
                &values,
                (&people, &people_in_text),
                (
                    "decision_title",
                    format!("{}关于接受{people}辞去{posts}职务请求的决定", body.name),
                ),
                (
                    "decision_text",
                    format!(
                        "根据{}的规定和本人申请，{}决定，接受{people_in_text}辞去{posts}职务的请求，报{filed_with}备案。",
                        article(law.resignation),
                        session.full_title(),
                    ),
                ),
            ))
        }
        AppointmentAction::DecideActing => {
            // The kind says 代理: the text names the post as entered (「张三代理某市人民政府市长」);
            // a post still holding 代理 from an older file prints it once.
            let post = entry.entered_posts_joined().replacen("代理", "", 1);
            let mut values = decision_slots(session, entry);
            values.extend([
                ("所代职务", post.clone()),
                ("职务", entry.posts_joined()),
                ("法律", law.law.clone()),
                ("条", format!("第{}条", chinese_number(law.acting))),
            ]);
            Some(decision_title_and_text(
                session,
                &values,
                (&people, &people_in_text),
                (
                    "acting_decision_title",
                    format!("{}关于{people}代理{post}的决定", body.name),
                ),
                (
                    "acting_decision_text",
                    format!(
                        "根据{}的规定，{}决定：{people_in_text}代理{post}。",
                        article(law.acting),
                        session.full_title()
                    ),
                ),
            ))
        }
        _ => None,
    }
}

/// The slots of a personnel decision's title and text: the session's, with 年月日 the day the
/// entry was voted on where its vote names a sitting (the decision is adopted that day), else the
/// session's first day.
fn decision_slots(session: &Session, entry: &AppointmentEntry) -> Vec<(&'static str, String)> {
    let mut values = forms::session_slots(session);
    let voted_on = decisions::vote_for_entry(session, entry.id)
        .and_then(|vote| vote.sitting)
        .and_then(|id| session.sitting(id))
        .map(|sitting| crate::wording::dates::DateStyle::of_session(session).date(sitting.date));
    if let Some(day) = voted_on {
        values.retain(|(slot, _)| *slot != "年月日");
        values.push(("年月日", day));
    }
    values
}

/// 「90.91%」: a percentage with the body's decimals (DOMAIN.md §11: two unless it says otherwise).
pub fn percent(session: &Session, value: f64) -> String {
    percent_in(&session.body.settings, value)
}

/// [`percent`] with the house style `settings`: a whole rate is 「25%」 where the body writes it
/// so (FORMS.md §18), else with the body's decimals (「25.00%」).
pub fn percent_in(settings: &crate::model::BodySettings, value: f64) -> String {
    let decimals = settings.rate_decimals.min(6) as usize;
    if settings.whole_rates_plain && (value - value.round()).abs() < 1e-9 {
        return format!("{value:.0}%");
    }
    format!("{value:.decimals$}%")
}

/// The result of an announced evaluation: 「测评结果为满意（满意30票，基本满意3票，不满意0票，无效2票；
/// 满意率90.91%，满意和基本满意率100.00%）」, or 「测评结果为满意」 for a verdict without counts.
pub fn evaluation_result(session: &Session, result: &EvaluationResult) -> String {
    let Some(tally) = &result.tally else {
        return format!("测评结果为{}", result.verdict.label());
    };
    // A category without a vote is left out where the body writes no zero (FORMS.md §18).
    let zero = session.body.settings.zero_counts;
    let mut detail = [
        ("满意", tally.satisfied),
        ("基本满意", tally.basically_satisfied),
        ("不满意", tally.dissatisfied),
    ]
    .into_iter()
    .filter(|(_, count)| *count > 0 || zero == crate::model::ZeroCounts::Zero)
    .map(|(grade, count)| format!("{grade}{count}票"))
    .collect::<Vec<_>>()
    .join("，");
    if tally.invalid > 0 {
        detail.push_str(&format!("，无效{}票", tally.invalid));
    }
    if let Some((satisfied, at_least_basic)) = result.rates {
        detail.push_str(&format!(
            "；满意率{}，满意和基本满意率{}",
            percent(session, satisfied),
            percent(session, at_least_basic)
        ));
    }
    format!("测评结果为{}（{detail}）", result.verdict.label())
}

/// The minutes' sentences for evaluations: one for those without an announced result
/// (「会议对A和B进行了满意度测评。」), one each for those with one.
pub fn evaluation_sentences(session: &Session, evaluations: &[&Evaluation]) -> Vec<String> {
    evaluation_sentences_after(session, evaluations, None)
}

/// [`evaluation_sentences`] after a sentence that named what was evaluated, as `referent`
/// (「该报告」) refers to it: a lone evaluation's sentence may say it so (FORMS.md §18
/// `expressed`: 「会议对该报告表示满意。」).
pub fn evaluation_sentences_after(
    session: &Session,
    evaluations: &[&Evaluation],
    referent: Option<&str>,
) -> Vec<String> {
    let referent = referent.filter(|_| evaluations.len() == 1);
    let mut sentences = Vec::new();
    let results: Vec<Option<EvaluationResult>> = evaluations
        .iter()
        .map(|e| evaluation_decision(session, e))
        .collect();
    let unannounced: Vec<String> = evaluations
        .iter()
        .zip(&results)
        .filter(|(_, result)| result.is_none())
        .map(|(e, _)| e.subject.clone())
        .collect();
    if !unannounced.is_empty() {
        sentences.push(format!(
            "会议对{}进行了满意度测评。",
            join_with_and(&unannounced)
        ));
    }
    for (evaluation, result) in evaluations.iter().zip(&results) {
        if let Some(result) = result {
            sentences.push(evaluation_sentence_referring(
                session,
                &evaluation.subject,
                result,
                referent,
            ));
        }
    }
    // Others evaluated too (FORMS.md §18 `evaluation_evaluators`): said after the results, as
    // the notice says it, of the evaluations announced.
    let announced = evaluations
        .iter()
        .zip(&results)
        .filter(|(_, result)| result.is_some())
        .map(|(e, _)| *e);
    if let Some(others) = other_evaluators_sentence(session, announced).filter(|s| !s.is_empty()) {
        sentences.push(others);
    }
    sentences
}

/// The sentence of an announced evaluation of `subject`, in the body's form (FORMS.md §18):
/// 「会议对…进行了满意度测评，测评结果为满意（…）。」 by default.
pub fn evaluation_sentence(session: &Session, subject: &str, result: &EvaluationResult) -> String {
    evaluation_sentence_referring(session, subject, result, None)
}

/// [`evaluation_sentence`], where the text may refer to `subject` as `referent`, after the
/// item named it (「该报告」: FORMS.md §18 `expressed`, 「会议对该报告表示满意。」).
pub fn evaluation_sentence_referring(
    session: &Session,
    subject: &str,
    result: &EvaluationResult,
    referent: Option<&str>,
) -> String {
    let default = || {
        format!(
            "会议对{subject}进行了满意度测评，{}。",
            evaluation_result(session, result)
        )
    };
    match forms::chosen(session, "evaluation") {
        None => default(),
        // A form with counts prints a result announced without them as the default does.
        Some(template) if lacks_counts(&template, result) => default(),
        Some(template) => {
            let mut values = vec![
                ("对象", subject.to_owned()),
                ("指代", referent.unwrap_or(subject).to_owned()),
                ("结论", result.verdict.label().to_owned()),
                ("测评结果", evaluation_result(session, result)),
            ];
            values.extend(evaluation_counts(session, result));
            forms::fill(
                &template.without_clauses_naming(&zero_slots(session, result)),
                &values,
            )
        }
    }
}

/// The count slots (FORMS.md §18) of the categories without a vote, where the body leaves them
/// out: the clauses naming them are not printed.
fn zero_slots(session: &Session, result: &EvaluationResult) -> Vec<&'static str> {
    let Some(tally) = &result.tally else {
        return Vec::new();
    };
    if session.body.settings.zero_counts == crate::model::ZeroCounts::Zero {
        return Vec::new();
    }
    let mut slots = Vec::new();
    if tally.satisfied == 0 {
        slots.extend(["满意", "满意率"]);
    }
    if tally.basically_satisfied == 0 {
        slots.extend(["基本满意", "基本满意率"]);
    }
    if tally.dissatisfied == 0 {
        slots.push("不满意");
    }
    slots
}

/// How the notice of the evaluation results (满意度测评结果, FORMS.md §18) tells one object's
/// result, the `index`th (from 1): by default 「A为满意」 (the results joined in the notice's
/// paragraph, the counts in its table); in the body's form, e.g. a numbered 公告's item
/// 「一、A测评情况：发出测评表33张，收回33张，满意票30票，满意率90.91%，……」. `handed_out` is
/// the ballots handed out (the members present).
pub fn evaluation_notice_item(
    session: &Session,
    index: usize,
    subject: &str,
    result: &EvaluationResult,
    handed_out: u32,
) -> String {
    let number = chinese_number(u32::try_from(index).unwrap_or(u32::MAX));
    let verdict = result.verdict.label();
    match forms::chosen(session, "evaluation_notice") {
        None => format!("{subject}为{verdict}"),
        // A form with counts tells a result announced without them by its verdict.
        Some(template) if lacks_counts(&template, result) => {
            if template.slots().contains(&"序号") {
                format!("{number}、{subject}测评结果为{verdict}。")
            } else {
                format!("{subject}为{verdict}")
            }
        }
        Some(template) => {
            let mut values = vec![
                ("序号", number),
                ("对象", subject.to_owned()),
                ("结论", verdict.to_owned()),
                ("发出", handed_out.to_string()),
            ];
            if let Some(tally) = &result.tally {
                values.push((
                    "收回",
                    (tally.satisfied
                        + tally.basically_satisfied
                        + tally.dissatisfied
                        + tally.invalid)
                        .to_string(),
                ));
            }
            values.extend(evaluation_counts(session, result));
            forms::fill(
                &template.without_clauses_naming(&zero_slots(session, result)),
                &values,
            )
        }
    }
}

/// The title of the notice of the evaluation results in the body's form (FORMS.md §18
/// `evaluation_notice_header`): 「鹤壁市十二届人大常委会第九次会议满意度测评结果」 by default,
/// 「曲靖市沾益区第二届人大常委会公告」 for a 公告.
pub fn evaluation_notice_title(session: &Session) -> String {
    match forms::chosen(session, "evaluation_notice_header") {
        None => format!("{}满意度测评结果", session.list_title()),
        Some(template) => {
            let mut values = forms::session_slots(session);
            values.push(("会议名称", session.list_title()));
            forms::fill(&template, &values)
        }
    }
}

/// The number line under the notice's title, where the office numbered it: 「（第60号）」.
pub fn evaluation_notice_number(session: &Session) -> Option<String> {
    session
        .papers
        .evaluation_notice_number
        .filter(|n| *n > 0)
        .map(|n| format!("（第{n}号）"))
}

/// Whether the notice of the evaluation results is published as a 公告: its title says so
/// (FORMS.md §18 `gonggao`), or its form numbers the objects. Its opening then ends
/// 「现将测评结果公告如下：」.
pub fn evaluation_notice_is_announcement(session: &Session) -> bool {
    evaluation_notice_is_numbered(session)
        || forms::chosen(session, "evaluation_notice_header").is_some_and(|t| {
            t.pieces
                .iter()
                .any(|p| matches!(p, forms::template::Piece::Text(text) if text.contains("公告")))
        })
}

/// Whether the body's notice of evaluation results is a numbered 公告 (its form numbers the
/// objects: 「一、……」), told item by item without a table.
pub fn evaluation_notice_is_numbered(session: &Session) -> bool {
    forms::chosen(session, "evaluation_notice").is_some_and(|t| t.slots().contains(&"序号"))
}

/// Whether `template` prints counts that `result` (announced by its verdict alone) lacks: it is
/// then told as the default tells it.
fn lacks_counts(template: &forms::Template, result: &EvaluationResult) -> bool {
    result.tally.is_none() && template.slots().iter().any(|s| COUNT_SLOTS.contains(s))
}

/// The slots of the evaluation form (FORMS.md §18) filled from the counts.
const COUNT_SLOTS: [&str; 7] = [
    "满意",
    "基本满意",
    "不满意",
    "满意和基本满意",
    "满意率",
    "基本满意率",
    "满意和基本满意率",
];

/// The counts and rates of an announced result, by the evaluation form's slots (FORMS.md §18
/// `counts_rates`, `total_share`); none for a result without counts.
fn evaluation_counts(session: &Session, result: &EvaluationResult) -> Vec<(&'static str, String)> {
    let Some(tally) = &result.tally else {
        return Vec::new();
    };
    let mut values = vec![
        ("满意", tally.satisfied.to_string()),
        ("基本满意", tally.basically_satisfied.to_string()),
        ("不满意", tally.dissatisfied.to_string()),
        (
            "满意和基本满意",
            (tally.satisfied + tally.basically_satisfied).to_string(),
        ),
    ];
    if let Some((satisfied, at_least_basic)) = result.rates {
        values.extend([
            ("满意率", percent(session, satisfied)),
            ("基本满意率", percent(session, at_least_basic - satisfied)),
            ("满意和基本满意率", percent(session, at_least_basic)),
        ]);
    }
    values
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_have_the_bodys_decimals() {
        let mut session = Session::default();
        assert_eq!(percent(&session, 58.6206), "58.62%");
        assert_eq!(percent(&session, 100.0), "100.00%");
        session.body.settings.rate_decimals = 1;
        assert_eq!(percent(&session, 90.909), "90.9%");
        session.body.settings.rate_decimals = 0;
        assert_eq!(percent(&session, 0.0), "0%");
    }

    #[test]
    fn presenters_lose_the_gap() {
        assert_eq!(compact("市人大常委会副主任 尚欣"), "市人大常委会副主任尚欣");
        assert_eq!(
            compact("市人大常委会主任\u{3000}史全新"),
            "市人大常委会主任史全新"
        );
    }

    #[test]
    fn session_days_span_months_and_years() {
        let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let mut session = Session::default();
        assert_eq!(session_days(&session), None);
        session.details.dates = vec![day(2023, 12, 21)];
        assert_eq!(session_days(&session).unwrap(), "2023年12月21日");
        assert_eq!(session_days_in_year(&session).unwrap(), "12月21日");
        session.details.dates = vec![day(2023, 12, 20), day(2023, 12, 21)];
        assert_eq!(session_days(&session).unwrap(), "2023年12月20日至21日");
        session.details.dates = vec![day(2023, 11, 30), day(2023, 12, 1)];
        assert_eq!(session_days(&session).unwrap(), "2023年11月30日至12月1日");
        session.details.dates = vec![day(2023, 12, 31), day(2024, 1, 2)];
        assert_eq!(
            session_days(&session).unwrap(),
            "2023年12月31日至2024年1月2日"
        );
    }
}
