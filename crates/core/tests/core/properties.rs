//! Property tests: random sessions, with the oddest strings a person can paste (quotes,
//! backslashes, new lines, 「」, emoji, control characters, byte-order marks), survive saving and
//! loading unchanged, as text, as files and as recovery files.

use crate::common;
use chrono::NaiveDate;
use huiwu_core::io::recovery::{RecoveryStore, load_recovery};
use huiwu_core::io::{from_ron_str, load, save, to_ron_string};
use huiwu_core::model::*;
use proptest::collection::vec;
use proptest::prelude::*;
use std::path::Path;
use std::sync::OnceLock;

/// Characters that have broken serializers before: RON's own syntax, escapes, line ends,
/// invisible and wide characters, and anything else Unicode has.
fn odd_char() -> impl Strategy<Value = char> {
    prop_oneof![
        3 => prop::sample::select(vec![
            '"', '\\', '\'', '#', 'r', '(', ')', '[', ']', '{', '}', ',', ':', '/', '*',
            '\n', '\r', '\t', '\0', '\u{7}', '\u{1b}', '\u{7f}', '\u{85}', '\u{2028}',
            '\u{feff}', '\u{200b}', '\u{3000}', '「', '」', '、', '，', '😀', '👨', '\u{200d}',
            '\u{fffd}', '\u{10ffff}', '王', '锋',
        ]),
        2 => (0x4e00u32..0x9fa6).prop_map(|c| char::from_u32(c).unwrap()),
        2 => (0u32..0x80).prop_map(|c| char::from_u32(c).unwrap()),
        1 => any::<char>(),
    ]
}

/// A short string of [`odd_char`]s, sometimes empty.
fn odd_string() -> impl Strategy<Value = String> {
    vec(odd_char(), 0..10).prop_map(|chars| chars.into_iter().collect())
}

fn date() -> impl Strategy<Value = NaiveDate> {
    // Far past and future years included (RON writes them as "+12345-…" or "-0044-…").
    (-100_000i32..4_000_000).prop_map(|days| NaiveDate::from_num_days_from_ce_opt(days).unwrap())
}

fn body() -> impl Strategy<Value = Body> {
    (
        odd_string(),
        odd_string(),
        odd_string(),
        any::<u32>(),
        any::<bool>(),
        prop::sample::select(vec![
            SatisfactionBase::AllMembers,
            SatisfactionBase::Present,
            SatisfactionBase::ValidBallots,
        ]),
        any::<u32>(),
        any::<bool>(),
        prop::sample::select(vec![NameOrderMode::FullName, NameOrderMode::Surname]),
        any::<bool>(),
        any::<u32>(),
    )
        .prop_map(
            |(
                region,
                name,
                short_name,
                term,
                has_secretary_general,
                base,
                threshold_percent,
                strictly_more,
                name_order,
                show_not_pressed,
                names_per_line,
            )| Body {
                region,
                name,
                term,
                settings: BodySettings {
                    has_secretary_general,
                    satisfaction_rule: SatisfactionRule {
                        base,
                        threshold_percent,
                        strictly_more,
                    },
                    name_order,
                    show_not_pressed,
                    names_per_line,
                    rate_decimals: names_per_line % 5,
                    signed_kinds: if show_not_pressed {
                        vec![ResolutionKind::Decision]
                    } else {
                        Vec::new()
                    },
                    comrade_in_sentences: has_secretary_general && show_not_pressed,
                    batch_threshold: names_per_line,
                    join_across_posts: !show_not_pressed,
                    observer_leaders_in_news: has_secretary_general,
                    observer_units_in_news: names_per_line % 7,
                    law_articles: huiwu_core::model::LawArticles {
                        law: format!("组织法{term}"),
                        resignation: names_per_line,
                        acting: threshold_percent,
                        local_regulation: if show_not_pressed {
                            format!("任免办法{term}")
                        } else {
                            String::new()
                        },
                        local_resignation: names_per_line % 3,
                    },
                    invalid_marks: if show_not_pressed {
                        short_name.clone()
                    } else {
                        huiwu_core::model::body::DEFAULT_INVALID_MARKS.to_owned()
                    },
                    sworn_posts: huiwu_core::model::organs::PostKind::ALL
                        [..(names_per_line % 7) as usize]
                        .to_vec(),
                    forms: {
                        use huiwu_core::wording::forms::{FormChoice, FormChoices};
                        let mut forms = FormChoices::default();
                        if show_not_pressed {
                            let _ = forms.set("quorum", FormChoice::Variant("no_leave".into()));
                            let _ = forms.set(
                                "lead",
                                FormChoice::Template(format!("{{日期}}，{short_name}召开。")),
                            );
                        }
                        forms
                    },
                    whole_rates_plain: has_secretary_general,
                    zero_counts: huiwu_core::model::ZeroCounts::ALL[(names_per_line % 3) as usize],
                    rates_base: huiwu_core::model::RatesBase::ALL[(term % 4) as usize],
                    // The table of short names (issue 23): a row where the flag is set.
                    short_names: if has_secretary_general {
                        vec![huiwu_core::model::ShortName {
                            full: format!("{short_name}全称"),
                            short: short_name.clone(),
                        }]
                    } else {
                        Vec::new()
                    },
                    evaluation_consequence: if show_not_pressed {
                        format!("凡是测评满意率低于60%的建议{short_name}")
                    } else {
                        String::new()
                    },
                },
                short_name,
            },
        )
}

fn sitting() -> impl Strategy<Value = Sitting> {
    (
        any::<u32>(),
        any::<bool>(),
        date(),
        odd_string(),
        odd_string(),
        proptest::option::of(any::<u32>()),
    )
        .prop_map(|(id, plenary, date, time, venue, presiding)| Sitting {
            id: SittingId(id),
            kind: if plenary {
                SittingKind::Plenary
            } else {
                SittingKind::Group
            },
            date,
            starts_at: if plenary {
                venue.clone()
            } else {
                String::new()
            },
            time,
            venue,
            presiding: presiding.map(MemberId),
            entrusted_by: presiding.filter(|id| id % 3 == 0).map(MemberId),
            absences: presiding.filter(|id| id % 2 == 0).map(|id| {
                vec![Absence {
                    member: MemberId(id),
                    kind: AbsenceKind::Leave(format!("事由{id}")),
                }]
            }),
        })
}

fn details() -> impl Strategy<Value = SessionDetails> {
    (
        any::<u32>(),
        vec(date(), 0..3),
        odd_string(),
        proptest::option::of(any::<u32>()),
        vec(sitting(), 0..3),
    )
        .prop_map(
            |(number, dates, venue, presiding, sittings)| SessionDetails {
                number,
                dates,
                venue,
                presiding: presiding.map(MemberId),
                entrusted_by: presiding.filter(|id| id % 2 == 0).map(MemberId),
                sittings,
            },
        )
}

fn gender() -> impl Strategy<Value = Gender> {
    prop::sample::select(vec![Gender::Unspecified, Gender::Male, Gender::Female])
}

fn member() -> impl Strategy<Value = Member> {
    (
        any::<u32>(),
        odd_string(),
        gender(),
        prop::sample::select(Role::ALL.to_vec()),
        any::<u32>(),
        proptest::option::of(odd_string()),
        odd_string(),
    )
        .prop_map(|(id, name, gender, role, rank, sort_as, note)| Member {
            person: Person {
                id: MemberId(id),
                name,
                gender,
                sort_as,
                note,
            },
            role,
            rank,
        })
}

fn absence() -> impl Strategy<Value = Absence> {
    (any::<u32>(), proptest::option::of(odd_string())).prop_map(|(member, leave)| Absence {
        member: MemberId(member),
        kind: leave.map_or(AbsenceKind::Absent, AbsenceKind::Leave),
    })
}

fn observer_unit() -> impl Strategy<Value = ObserverUnit> {
    (
        any::<u32>(),
        odd_string(),
        vec((odd_string(), odd_string()), 0..4),
    )
        .prop_map(|(id, unit, people)| ObserverUnit {
            id: ObserverUnitId(id),
            for_related_items: id % 2 == 0,
            on_leave: people
                .iter()
                .skip(1)
                .map(|(name, title)| huiwu_core::model::ObserverLeave {
                    name: name.clone(),
                    reason: title.clone(),
                })
                .collect(),
            unit,
            people: people
                .into_iter()
                .map(|(name, title)| huiwu_core::model::Observer { name, title })
                .collect(),
        })
}

fn document_ref() -> impl Strategy<Value = DocumentRef> {
    prop_oneof![
        any::<u32>().prop_map(|id| DocumentRef::Report(ReportId(id))),
        any::<u32>().prop_map(|id| DocumentRef::Resolution(ResolutionId(id))),
        any::<u32>().prop_map(|id| DocumentRef::Motion(MotionId(id))),
    ]
}

fn agenda_item() -> impl Strategy<Value = AgendaItem> {
    (
        any::<u32>(),
        prop::sample::select(AgendaKind::ALL.to_vec()),
        odd_string(),
        odd_string(),
        odd_string(),
        vec(document_ref(), 0..3),
        prop::sample::select(Outcome::ALL.to_vec()),
    )
        .prop_map(
            |(id, kind, title, submitter, presenter, documents, outcome)| AgendaItem {
                // The item's own verb (issue 23): none, a verb, or a sentence with its slot.
                verb: match id % 5 {
                    0 => String::new(),
                    1 => format!("{{议题}}{presenter}"),
                    _ => presenter.clone(),
                },
                id: AgendaItemId(id),
                kind,
                submitter,
                presenter,
                documents,
                sitting: (id % 2 == 0).then_some(SittingId(id / 2)),
                outcome,
                legacy_result: None,
                news: match id % 3 {
                    0 => huiwu_core::model::NewsMention::Derived,
                    1 => huiwu_core::model::NewsMention::Phrase(title.clone()),
                    _ => huiwu_core::model::NewsMention::Omitted,
                },
                title,
            },
        )
}

fn block() -> impl Strategy<Value = Block> {
    prop_oneof![
        (any::<u8>(), odd_string()).prop_map(|(level, text)| Block::Heading(level, text)),
        odd_string().prop_map(Block::Paragraph),
        (
            odd_string(),
            any::<u32>(),
            vec(vec(odd_string(), 0..3), 0..3)
        )
            .prop_map(|(caption, header_rows, rows)| Block::Table(Table {
                caption,
                header_rows,
                rows,
            })),
    ]
}

fn report() -> impl Strategy<Value = Report> {
    (
        (any::<u32>(), prop::sample::select(ReportKind::ALL.to_vec())),
        (odd_string(), odd_string(), odd_string()),
        proptest::option::of(date()),
        odd_string(),
        vec(block(), 0..4),
        odd_string(),
        vec(
            (odd_string(), vec(block(), 0..2)).prop_map(|(title, body)| Attachment { title, body }),
            0..2,
        ),
    )
        .prop_map(
            |(
                (id, kind),
                (title, submitter, presenter),
                date,
                salutation,
                body,
                closing,
                attachments,
            )| {
                Report {
                    id: ReportId(id),
                    kind,
                    title,
                    submitter,
                    // A 委托人 where the presenter is named (issue 23).
                    entrusted_by: if presenter.is_empty() {
                        String::new()
                    } else {
                        presenter.chars().rev().take(2).collect()
                    },
                    presenter,
                    date,
                    salutation,
                    body,
                    closing,
                    attachments,
                }
            },
        )
}

fn resolution() -> impl Strategy<Value = Resolution> {
    (
        any::<u32>(),
        prop::sample::select(ResolutionKind::ALL.to_vec()),
        odd_string(),
        prop::sample::select(ResolutionStatus::ALL.to_vec()),
        vec(block(), 0..4),
        proptest::option::of(any::<u32>()),
    )
        .prop_map(|(id, kind, title, status, body, explanation)| Resolution {
            id: ResolutionId(id),
            kind,
            title,
            status,
            legacy_result: None,
            body,
            explanation: explanation.map(ReportId),
            approval: explanation.map(|n| huiwu_core::model::Approval {
                date: None,
                by: format!("第{n}次会议"),
            }),
            entry: explanation
                .filter(|id| id % 2 == 0)
                .map(huiwu_core::model::EntryId),
        })
}

/// A motion and a vote from the example session, as templates: fields added to these types
/// later keep the example's values, while every field known here is randomised.
fn templates() -> &'static (AppointmentMotion, Vote) {
    static TEMPLATES: OnceLock<(AppointmentMotion, Vote)> = OnceLock::new();
    TEMPLATES.get_or_init(|| {
        let example = common::example();
        (example.motions[0].clone(), example.votes[0].clone())
    })
}

fn entry() -> impl Strategy<Value = AppointmentEntry> {
    (
        any::<u32>(),
        prop::sample::select(AppointmentAction::ALL.to_vec()),
        vec((odd_string(), gender()), 0..4),
        vec(odd_string(), 0..3),
        (odd_string(), any::<bool>(), any::<u8>()),
    )
        .prop_map(|(id, action, people, posts, (reason, deputy, statement))| {
            AppointmentEntry {
                id: EntryId(id),
                action,
                people: people
                    .into_iter()
                    .map(|(name, gender)| huiwu_core::model::Appointee { name, gender })
                    .collect(),
                posts,
                // a committee's name is as free a text as a reason
                reviewed_by: reason.chars().rev().collect(),
                reason,
                deputy,
                statement: huiwu_core::model::Statement::ALL
                    .get(usize::from(statement % 5))
                    .copied(),
                unnamed_in_news: statement % 3 == 0,
            }
        })
}

fn motion() -> impl Strategy<Value = AppointmentMotion> {
    (
        any::<u32>(),
        (
            odd_string(),
            odd_string(),
            odd_string(),
            odd_string(),
            odd_string(),
        ),
        prop::sample::select(vec![
            Nominator::CouncilOfChairpersons,
            Nominator::Mayor,
            Nominator::SupervisoryCommission,
            Nominator::CourtPresident,
            Nominator::ChiefProcurator,
        ]),
        proptest::option::of(date()),
        vec(entry(), 0..3),
    )
        .prop_map(
            |(
                id,
                (title, document_number, addressee, basis, signatory),
                nominator,
                date,
                entries,
            )| {
                let mut motion = templates().0.clone();
                motion.id = MotionId(id);
                motion.title = title;
                motion.document_number = document_number;
                motion.nominator = nominator;
                motion.addressee = addressee;
                motion.basis = basis;
                motion.signatory = signatory;
                motion.date = date;
                motion.entries = entries;
                motion
            },
        )
}

fn choice() -> impl Strategy<Value = Choice> {
    prop::sample::select(vec![
        Choice::Yes,
        Choice::No,
        Choice::Abstain,
        Choice::NotPressed,
    ])
}

fn tally() -> impl Strategy<Value = Tally> {
    (any::<u32>(), any::<u32>(), any::<u32>(), any::<u32>()).prop_map(
        |(yes, no, abstain, not_pressed)| Tally {
            yes,
            no,
            abstain,
            not_pressed,
        },
    )
}

fn vote() -> impl Strategy<Value = Vote> {
    let subject = prop_oneof![
        Just(VoteSubject::Agenda),
        any::<u32>().prop_map(|id| VoteSubject::AgendaItem(AgendaItemId(id))),
        any::<u32>().prop_map(|id| VoteSubject::Resolution(ResolutionId(id))),
        vec(any::<u32>().prop_map(EntryId), 0..3).prop_map(VoteSubject::Entries),
    ];
    let record = prop_oneof![
        tally().prop_map(VoteRecord::Counts),
        vec(
            (any::<u32>(), choice()).prop_map(|(member, choice)| Ballot {
                member: MemberId(member),
                choice,
            }),
            0..4
        )
        .prop_map(VoteRecord::Ballots),
        prop::sample::select(vec![
            ResultWithoutCounts::Adopted,
            ResultWithoutCounts::Rejected
        ])
        .prop_map(VoteRecord::ResultOnly),
    ];
    (any::<u32>(), subject, record).prop_map(|(id, subject, record)| {
        let mut vote = templates().1.clone();
        vote.id = VoteId(id);
        vote.subject = subject;
        vote.record = record;
        vote
    })
}

fn evaluation() -> impl Strategy<Value = Evaluation> {
    let grade = prop::sample::select(vec![
        Grade::Satisfied,
        Grade::BasicallySatisfied,
        Grade::Dissatisfied,
    ]);
    let record = prop_oneof![
        Just(EvaluationRecord::NotRecorded),
        prop::sample::select(vec![
            Grade::Satisfied,
            Grade::BasicallySatisfied,
            Grade::Dissatisfied
        ])
        .prop_map(EvaluationRecord::VerdictOnly),
        (any::<u32>(), any::<u32>(), any::<u32>(), any::<u32>()).prop_map(
            |(satisfied, basically_satisfied, dissatisfied, invalid)| {
                EvaluationRecord::Counts(EvaluationTally {
                    satisfied,
                    basically_satisfied,
                    dissatisfied,
                    invalid,
                })
            }
        ),
        vec(
            (any::<u32>(), proptest::option::of(grade)).prop_map(|(member, grade)| {
                EvaluationBallot {
                    member: MemberId(member),
                    grade,
                }
            }),
            0..4
        )
        .prop_map(EvaluationRecord::Ballots),
    ];
    (
        any::<u32>(),
        odd_string(),
        vec(any::<u32>().prop_map(ReportId), 0..3),
        record,
        any::<bool>(),
    )
        .prop_map(|(id, subject, reports, record, announced)| {
            let mut evaluation = Evaluation::new(EvaluationId(id), subject, reports);
            evaluation.record = record;
            evaluation.sitting = (id % 2 == 0).then_some(SittingId(id / 2));
            // An announcement with an odd operator name, a far time and a rule of its own.
            evaluation.announcement =
                announced.then(|| huiwu_core::model::recorded::Announcement {
                    at: NaiveDate::from_ymd_opt(1900 + (id % 300) as i32, 1, 1)
                        .and_then(|d| d.and_hms_opt(0, 0, id % 60)),
                    by: evaluation.subject.clone(),
                    members: id % 500,
                    present: huiwu_core::model::MemberSet::of((0..id % 7).map(MemberId)),
                    outcome: huiwu_core::model::recorded::EvaluationOutcome {
                        rule: Default::default(),
                        verdict: Grade::BasicallySatisfied,
                    },
                });
            evaluation
        })
}

/// Random settings of the papers (DOMAIN.md §13), odd strings and far dates included.
fn papers() -> impl Strategy<Value = PaperSettings> {
    (
        (odd_string(), odd_string(), odd_string()),
        (proptest::option::of(date()), proptest::option::of(date())),
        (0u32..=50, any::<bool>(), any::<bool>()),
        (odd_string(), odd_string(), any::<u32>()),
    )
        .prop_map(
            |(
                (contact, phone, oath_leader),
                (notice_date, leave_deadline),
                (spare, named, every),
                (words, more_words, number),
            )| {
                PaperSettings {
                    contact,
                    phone,
                    notice_date,
                    leave_deadline,
                    spare_ballots: spare,
                    ballot_secrecy: if named {
                        BallotSecrecy::Named
                    } else {
                        BallotSecrecy::Secret
                    },
                    paper_votes: match number % 3 {
                        0 if every => PaperVotes::Every,
                        1 => PaperVotes::None,
                        _ => PaperVotes::Personnel,
                    },
                    oath_leader,
                    hall_method: if every {
                        huiwu_core::model::VoteMethod::Hands
                    } else {
                        huiwu_core::model::VoteMethod::Machine
                    },
                    vote_methods: (number % 2 == 0)
                        .then(|| huiwu_core::model::VoteMethodChoice {
                            subject: huiwu_core::model::VoteSubject::Entries(vec![EntryId(number)]),
                            method: huiwu_core::model::VoteMethod::Ballot,
                        })
                        .into_iter()
                        .collect(),
                    scrutineers: words.clone(),
                    tellers: more_words.clone(),
                    check_in: more_words,
                    materials: words.clone(),
                    gazette_issue: words.clone(),
                    certificate_prefix: words,
                    first_certificate: (number > 1).then_some(number),
                    evaluation_notice_number: (number % 5 == 1).then_some(number),
                    congress_session: (number % 7 == 2).then_some(number),
                }
            },
        )
}

/// A random session: every part present, a few of each, with odd strings everywhere.
fn session() -> impl Strategy<Value = Session> {
    (
        (body(), details()),
        (vec(member(), 0..4), vec(absence(), 0..3)),
        (vec(observer_unit(), 0..3), vec(agenda_item(), 0..3)),
        (vec(report(), 0..3), vec(resolution(), 0..3)),
        (
            vec(motion(), 0..2),
            vec(vote(), 0..3),
            vec(evaluation(), 0..2),
            papers(),
        ),
    )
        .prop_map(
            |(
                (body, details),
                (roster, absences),
                (observers, agenda),
                (reports, resolutions),
                (motions, votes, evaluations, papers),
            )| {
                let mut session = Session::new_empty(body);
                session.details = details;
                session.roster = roster;
                session.absences = absences;
                session.observers = observers;
                session.agenda = agenda;
                session.reports = reports;
                session.resolutions = resolutions;
                session.motions = motions;
                session.votes = votes;
                session.evaluations = evaluations;
                session.papers = papers;
                session
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Save text → parse → the same session, and saving it again gives the same text.
    #[test]
    fn random_sessions_round_trip_through_ron_text(session in session()) {
        let text = to_ron_string(&session).unwrap();
        let parsed = from_ron_str(&text, Path::new("random.ron"));
        prop_assert!(parsed.is_ok(), "{}\n{text}", parsed.unwrap_err());
        let parsed = parsed.unwrap();
        prop_assert_eq!(&parsed, &session);
        prop_assert_eq!(to_ron_string(&parsed).unwrap(), text);
    }

    /// One odd string in a field of every kind the file has (plain, optional, inside an enum,
    /// inside a list, a table cell).
    #[test]
    fn any_string_round_trips_in_every_kind_of_field(text in odd_string()) {
        let mut session = Session::new_empty(Body { region: text.clone(), ..Body::default() });
        session.details.venue = text.clone();
        session.absences.push(Absence { member: MemberId(1), kind: AbsenceKind::Leave(text.clone()) });
        session.observers.push(ObserverUnit {
            id: ObserverUnitId(1),
            unit: text.clone(),
            people: vec![
                huiwu_core::model::Observer::named(text.clone()),
                huiwu_core::model::Observer { name: text.clone(), title: text.clone() },
            ],
            on_leave: vec![huiwu_core::model::ObserverLeave { name: text.clone(), reason: text.clone() }],
            for_related_items: true,
        });
        session.guests.invited.push(huiwu_core::model::Observer { name: text.clone(), title: text.clone() });
        session.roster.push(Member {
            person: Person {
                id: MemberId(1),
                name: text.clone(),
                gender: Gender::Female,
                sort_as: Some(text.clone()),
                note: text.clone(),
            },
            role: Role::Member,
            rank: 0,
        });
        session.resolutions.push(Resolution {
            id: ResolutionId(1),
            kind: ResolutionKind::Decision,
            title: text.clone(),
            status: ResolutionStatus::Draft,
            legacy_result: None,
            body: vec![
                Block::Heading(1, text.clone()),
                Block::Table(Table { caption: text.clone(), header_rows: 1, rows: vec![vec![text.clone()]] }),
            ],
            explanation: None,
            approval: Some(huiwu_core::model::Approval { date: None, by: text.clone() }),
            entry: None,
        });
        let saved = to_ron_string(&session).unwrap();
        let parsed = from_ron_str(&saved, Path::new("odd.ron"));
        prop_assert!(parsed.is_ok(), "{}\n{saved}", parsed.unwrap_err());
        prop_assert_eq!(parsed.unwrap(), session);
    }
}

proptest! {
    // Files are slower (each save flushes to disk): fewer cases.
    #![proptest_config(ProptestConfig::with_cases(40))]

    /// The same through real files: `save` then `load`, and a recovery file written and read back.
    #[test]
    fn random_sessions_round_trip_through_files(session in session()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("random.ron");
        save(&session, &path).unwrap();
        prop_assert_eq!(load(&path).unwrap(), session.clone());

        let store = RecoveryStore::at(dir.path().join("recovery"));
        let file = store.write_recovery(&session, Some(&path), chrono::Local::now()).unwrap();
        prop_assert_eq!(load_recovery(&file).unwrap().session, session);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// The papers before and during the session are built from any session, odd strings, far
    /// dates and dangling references included, without a panic, in every format.
    #[test]
    fn random_sessions_give_every_paper(session in session()) {
        for doc in huiwu_core::export::DocKind::PAPERS {
            for format in huiwu_core::export::Format::ALL {
                let bytes = huiwu_core::export::render(&session, doc, format).unwrap();
                prop_assert!(!bytes.is_empty());
            }
        }
    }
}
