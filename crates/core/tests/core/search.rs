//! 查找 (issue 25): every kind of place in the example session is found, and says where it is.

use crate::common;
use huiwu_core::model::search::{MAX_HITS, Place, search};

/// A query, the kind of place it must be found in, and words of that place's description.
type Case = (&'static str, fn(&Place) -> bool, &'static str);

#[test]
fn every_part_of_the_session_is_searched() {
    let session = common::example();
    let cases: [Case; 7] = [
        (
            "新受理行政复议案件",
            |p| matches!(p, Place::Report { block: Some(_), .. }),
            "报告《",
        ),
        (
            "苏康健",
            |p| matches!(p, Place::ObserverUnit(_)),
            "列席：市人民检察院",
        ),
        (
            "史全新",
            |p| matches!(p, Place::Member(_)),
            "组成人员：史全新",
        ),
        (
            "鹤人常主任会议〔2023〕9号",
            |p| matches!(p, Place::Motion(_)),
            "任免：",
        ),
        (
            "执法检查工作规范",
            |p| matches!(p, Place::AgendaItem(_)),
            "议程第",
        ),
        (
            "加强检察建议工作",
            |p| matches!(p, Place::Resolution { .. }),
            "决议《",
        ),
        (
            "市工业和信息化局工作",
            |p| matches!(p, Place::Evaluation(_)),
            "满意度测评：",
        ),
    ];
    for (query, kind, location) in cases {
        let hits = search(&session, query);
        let hit = hits
            .iter()
            .find(|h| kind(&h.place) && h.location.contains(location))
            .unwrap_or_else(|| panic!("{query}: {hits:?}"));
        assert!(
            hit.excerpt.replace(['\u{3000}', ' '], "").contains(query),
            "{query}: {hit:?}"
        );
    }
    // Padded names and spaces typed or not, Latin case: the same hits.
    assert_eq!(search(&session, "尚欣"), search(&session, "尚　欣"));
    assert!(search(&session, "").is_empty() && search(&session, "　 ").is_empty());
    assert!(search(&session, "没有这样的文字啊").is_empty());
    // A query found almost everywhere: one hit a field, never more than the limit.
    let everywhere = search(&session, "的").len();
    assert!((100..=MAX_HITS).contains(&everywhere), "{everywhere}");
}
