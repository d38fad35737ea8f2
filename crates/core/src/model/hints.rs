//! The grey examples inside empty fields (placeholders), in the body's own terms: a county
//! committee sees 「县人民政府」 and 「县长：张三」, not the example city's names and numbers.
//! Where the body says nothing (no region yet, no province), the example is neutral (张三,
//! 某省). Examples are never printed.

use super::Session;

/// The examples of one session's fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hints {
    /// An agenda item's title: 「如：听取和审议县人民政府关于……的报告」.
    pub agenda_title: String,
    /// A unit that submits: 「如：县人民政府」.
    pub submitter: String,
    /// A presenter: 「如：县人大常委会副主任 张三」.
    pub presenter: String,
    /// A motion's document number: 「如：淇政文〔2024〕5号」.
    pub document_number: String,
    /// A motion's signatory: 「如：县长：张三」.
    pub signatory: String,
    /// A post: 「如：淇县科学技术局局长」.
    pub post: String,
    /// The venue: 「如：县人大常委会机关会议室」.
    pub venue: String,
    /// The contact telephone of the notice.
    pub telephone: String,
    /// What an evaluation is of: 「测评对象，如：县民政局工作」.
    pub evaluation_subject: String,
    /// A 列席 unit: 「单位，如：县人民政府」.
    pub observer_unit: String,
    /// Who approves a regulation: 「如：某省第十四届人民代表大会常务委员会第九次会议」.
    pub approval: String,
}

impl Hints {
    /// The examples for `session`'s body and year.
    pub fn of(session: &Session) -> Self {
        let body = &session.body;
        let level = level_of(&body.short_name, &body.region);
        let region = if body.region.trim().is_empty() {
            format!("某{level}")
        } else {
            body.region.trim().to_owned()
        };
        let abbreviation = body
            .region
            .trim()
            .chars()
            .next()
            .map_or_else(|| "某".to_owned(), String::from);
        let year = session.details.dates.first().map_or_else(
            || chrono::Datelike::year(&super::edit::today()),
            chrono::Datelike::year,
        );
        let head = match level {
            "县" => "县长",
            "区" => "区长",
            "旗" => "旗长",
            _ => "市长",
        };
        Self {
            agenda_title: format!("如：听取和审议{level}人民政府关于……的报告"),
            submitter: format!("如：{level}人民政府"),
            presenter: format!("如：{level}人大常委会副主任 张三"),
            document_number: format!("如：{abbreviation}政文〔{year}〕5号"),
            signatory: format!("如：{head}：张三"),
            post: format!("如：{region}科学技术局局长"),
            venue: format!("如：{level}人大常委会机关会议室"),
            telephone: "如：区号-电话号码".to_owned(),
            evaluation_subject: format!("测评对象，如：{level}民政局工作"),
            observer_unit: format!("单位，如：{level}人民政府"),
            approval: "如：某省第十四届人民代表大会常务委员会第九次会议".to_owned(),
        }
    }
}

/// 「市」, 「县」, 「区」 or 「旗」: the body's level, from its short name (县人大常委会) or its
/// region (淇县); 「市」 when neither says.
fn level_of(short_name: &str, region: &str) -> &'static str {
    let from = |c: Option<char>| match c {
        Some('县') => Some("县"),
        Some('区') => Some("区"),
        Some('旗') => Some("旗"),
        Some('市') => Some("市"),
        _ => None,
    };
    from(short_name.trim().chars().next())
        .or_else(|| from(region.trim().chars().last()))
        .unwrap_or("市")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_county_sees_its_own_examples() {
        let mut session = Session::default();
        session.body.region = "淇县".to_owned();
        session.body.short_name = "县人大常委会".to_owned();
        session.details.dates = vec![chrono::NaiveDate::from_ymd_opt(2024, 3, 1).unwrap()];
        let hints = Hints::of(&session);
        assert_eq!(hints.document_number, "如：淇政文〔2024〕5号");
        assert_eq!(hints.signatory, "如：县长：张三");
        assert_eq!(hints.submitter, "如：县人民政府");
        assert_eq!(hints.post, "如：淇县科学技术局局长");
        // Nothing known: neutral.
        let hints = Hints::of(&Session::default());
        assert!(hints.document_number.starts_with("如：某政文〔"));
        assert_eq!(hints.post, "如：某市科学技术局局长");
        assert!(!hints.telephone.contains("0392"));
    }
}
