//! The rules of DOMAIN.md §3 as pure functions: quorum, passing, vote validity, satisfaction verdict.
//!
//! `members` is always N, the members the committee actually has on the day (the roster).

use super::body::{SatisfactionBase, SatisfactionRule};
use super::votes::{EvaluationTally, Grade, Tally, VoteResult};

/// Quorum: more than half of all members attend (`present > N/2`).
pub fn is_quorate(present: u32, members: u32) -> bool {
    u64::from(present) * 2 > u64::from(members)
}

/// The smallest number of members present that makes a quorum: ⌊N/2⌋ + 1.
pub fn quorum_threshold(members: u32) -> u32 {
    members / 2 + 1
}

/// Passing: the yes votes of more than half of **all** members (`yes > N/2`), not of those present.
pub fn passes(yes: u32, members: u32) -> bool {
    u64::from(yes) * 2 > u64::from(members)
}

/// The smallest number of yes votes that carries a vote: ⌊N/2⌋ + 1.
pub fn passing_threshold(members: u32) -> u32 {
    members / 2 + 1
}

/// Why a vote record cannot be right, if it cannot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TallyProblem {
    /// More votes counted than members present: `X+Y+Z(+W) > present`.
    MoreVotesThanPresent {
        /// Votes counted, 未按 included.
        counted: u64,
        /// Members present.
        present: u32,
    },
}

impl std::fmt::Display for TallyProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::MoreVotesThanPresent { counted, present } => {
                write!(f, "票数合计{counted}，超过实到人数{present}")
            }
        }
    }
}

/// Checks a vote record: valid when `X+Y+Z(+W) ≤ present`.
pub fn check_tally(tally: &Tally, present: u32) -> Result<(), TallyProblem> {
    let counted = tally.total();
    if counted > u64::from(present) {
        Err(TallyProblem::MoreVotesThanPresent { counted, present })
    } else {
        Ok(())
    }
}

/// The sentence the minutes use for a vote: 「以赞成X票，反对Y票，弃权Z票表决通过」 or 「…未获通过」,
/// with 「，未按表决器W人」 when the body shows it.
pub fn vote_sentence(tally: &Tally, result: VoteResult, show_not_pressed: bool) -> String {
    let mut counts = format!(
        "赞成{}票，反对{}票，弃权{}票",
        tally.yes, tally.no, tally.abstain
    );
    if show_not_pressed {
        counts.push_str(&format!("，未按表决器{}人", tally.not_pressed));
    }
    if result.is_adopted() {
        format!("以{counts}表决通过")
    } else {
        format!("以{counts}，未获通过")
    }
}

/// The verdict of a satisfaction evaluation under `rule`.
///
/// 满意 when 满意 reaches the rule's threshold of its base; else 基本满意 when 满意 + 基本满意 does;
/// else 不满意. `members` is N, `present` the members present.
pub fn satisfaction_verdict(
    tally: &EvaluationTally,
    rule: &SatisfactionRule,
    members: u32,
    present: u32,
) -> Grade {
    let base = match rule.base {
        SatisfactionBase::AllMembers => u64::from(members),
        SatisfactionBase::Present => u64::from(present),
        SatisfactionBase::ValidBallots => tally.valid(),
    };
    // In u128: any counts and any threshold a file may hold compare without overflow.
    let reaches = |count: u64| {
        let lhs = u128::from(count) * 100;
        let rhs = u128::from(base) * u128::from(rule.threshold_percent);
        if rule.strictly_more {
            lhs > rhs
        } else {
            lhs >= rhs
        }
    };
    let satisfied = u64::from(tally.satisfied);
    if base > 0 && reaches(satisfied) {
        Grade::Satisfied
    } else if base > 0 && reaches(satisfied + u64::from(tally.basically_satisfied)) {
        Grade::BasicallySatisfied
    } else {
        Grade::Dissatisfied
    }
}

/// 满意率 and 满意+基本满意 rate, as percentages of the valid ballots; `None` with no valid ballot.
pub fn satisfaction_rates(tally: &EvaluationTally) -> Option<(f64, f64)> {
    satisfaction_rates_over(tally, tally.valid())
}

/// 满意率 and 满意+基本满意 rate as percentages of `over` ballots or members (FORMS.md §18:
/// the rates' base); `None` for a base of nought.
pub fn satisfaction_rates_over(tally: &EvaluationTally, over: u64) -> Option<(f64, f64)> {
    if over == 0 {
        return None;
    }
    let over = over as f64;
    let satisfied = f64::from(tally.satisfied);
    let at_least_basic = satisfied + f64::from(tally.basically_satisfied);
    Some((satisfied * 100.0 / over, at_least_basic * 100.0 / over))
}

/// Why an evaluation record cannot be right, if it cannot: more ballots than members present.
pub fn check_evaluation(tally: &EvaluationTally, present: u32) -> Result<(), TallyProblem> {
    let counted = tally.total();
    if counted > u64::from(present) {
        Err(TallyProblem::MoreVotesThanPresent { counted, present })
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quorum_boundaries_for_odd_and_even_n() {
        // N = 41 (odd): 21 is more than half, 20 is not.
        assert!(!is_quorate(20, 41));
        assert!(is_quorate(21, 41));
        assert_eq!(quorum_threshold(41), 21);
        // N = 40 (even): exactly half is not enough.
        assert!(!is_quorate(20, 40));
        assert!(is_quorate(21, 40));
        assert_eq!(quorum_threshold(40), 21);
        // Degenerate rosters.
        assert!(!is_quorate(0, 0));
        assert!(is_quorate(1, 1));
        assert!(!is_quorate(0, 1));
        // No overflow at the extremes.
        assert!(is_quorate(u32::MAX, u32::MAX));
    }

    #[test]
    fn passing_counts_against_all_members_not_those_present() {
        // N = 41, 25 present: 20 yes of 25 present is a majority of those present but not of N.
        assert!(!passes(20, 41));
        assert!(passes(21, 41));
        assert_eq!(passing_threshold(41), 21);
        // N = 40: 20 yes is exactly half and fails.
        assert!(!passes(20, 40));
        assert!(passes(21, 40));
        assert_eq!(passing_threshold(40), 21);
    }

    #[test]
    fn tally_validity_boundary() {
        let tally = Tally {
            yes: 30,
            no: 3,
            abstain: 1,
            not_pressed: 1,
        };
        assert_eq!(check_tally(&tally, 35), Ok(()));
        assert_eq!(
            check_tally(&tally, 34),
            Err(TallyProblem::MoreVotesThanPresent {
                counted: 35,
                present: 34
            })
        );
        assert_eq!(check_tally(&Tally::default(), 0), Ok(()));
    }

    #[test]
    fn vote_sentences() {
        let tally = Tally {
            yes: 33,
            no: 0,
            abstain: 2,
            not_pressed: 0,
        };
        assert_eq!(
            vote_sentence(&tally, VoteResult::Adopted, false),
            "以赞成33票，反对0票，弃权2票表决通过"
        );
        assert_eq!(
            vote_sentence(&tally, VoteResult::Adopted, true),
            "以赞成33票，反对0票，弃权2票，未按表决器0人表决通过"
        );
        let short = Tally {
            yes: 20,
            no: 10,
            abstain: 5,
            not_pressed: 0,
        };
        assert_eq!(
            vote_sentence(&short, VoteResult::Rejected, false),
            "以赞成20票，反对10票，弃权5票，未获通过"
        );
    }

    #[test]
    fn satisfaction_default_rule_boundaries() {
        let rule = SatisfactionRule::default();
        let tally = |s, b, d| EvaluationTally {
            satisfied: s,
            basically_satisfied: b,
            dissatisfied: d,
            invalid: 0,
        };
        // N = 41: 满意 needs 21.
        assert_eq!(
            satisfaction_verdict(&tally(21, 10, 4), &rule, 41, 35),
            Grade::Satisfied
        );
        assert_eq!(
            satisfaction_verdict(&tally(20, 1, 14), &rule, 41, 35),
            Grade::BasicallySatisfied
        );
        assert_eq!(
            satisfaction_verdict(&tally(20, 0, 15), &rule, 41, 35),
            Grade::Dissatisfied
        );
        // N = 40: 20 is exactly half and not enough.
        assert_eq!(
            satisfaction_verdict(&tally(20, 0, 10), &rule, 40, 30),
            Grade::Dissatisfied
        );
        assert_eq!(
            satisfaction_verdict(&tally(21, 0, 9), &rule, 40, 30),
            Grade::Satisfied
        );
        assert_eq!(
            satisfaction_verdict(&tally(10, 10, 10), &rule, 40, 30),
            Grade::Dissatisfied
        );
        assert_eq!(
            satisfaction_verdict(&tally(10, 11, 9), &rule, 40, 30),
            Grade::BasicallySatisfied
        );
    }

    #[test]
    fn satisfaction_rule_is_a_setting() {
        let tally = EvaluationTally {
            satisfied: 16,
            basically_satisfied: 10,
            dissatisfied: 4,
            invalid: 2,
        };
        // Of valid ballots (30): 16 > 15 → 满意, though 16 of N = 41 is not.
        let of_valid = SatisfactionRule {
            base: SatisfactionBase::ValidBallots,
            threshold_percent: 50,
            strictly_more: true,
        };
        assert_eq!(
            satisfaction_verdict(&tally, &of_valid, 41, 32),
            Grade::Satisfied
        );
        assert_eq!(
            satisfaction_verdict(&tally, &SatisfactionRule::default(), 41, 32),
            Grade::BasicallySatisfied
        );
        // Two thirds of those present (32 → 21.33): 26 reaches it for 基本满意 only.
        let two_thirds = SatisfactionRule {
            base: SatisfactionBase::Present,
            threshold_percent: 66,
            strictly_more: false,
        };
        assert_eq!(
            satisfaction_verdict(&tally, &two_thirds, 41, 32),
            Grade::BasicallySatisfied
        );
        // No ballots at all: never 满意.
        let empty = EvaluationTally::default();
        assert_eq!(
            satisfaction_verdict(&empty, &of_valid, 41, 0),
            Grade::Dissatisfied
        );
    }

    #[test]
    fn satisfaction_rates_are_of_valid_ballots() {
        let tally = EvaluationTally {
            satisfied: 30,
            basically_satisfied: 3,
            dissatisfied: 0,
            invalid: 2,
        };
        let (satisfied, at_least_basic) = satisfaction_rates(&tally).unwrap();
        assert!((satisfied - 90.909).abs() < 0.01);
        assert!((at_least_basic - 100.0).abs() < 1e-9);
        assert_eq!(satisfaction_rates(&EvaluationTally::default()), None);
        assert!(check_evaluation(&tally, 35).is_ok());
        assert!(check_evaluation(&tally, 34).is_err());
    }
}
