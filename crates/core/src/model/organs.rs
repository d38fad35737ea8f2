//! Which organ of state a unit or a post belongs to (DOMAIN.md §4, §18): the committee itself,
//! the government and its departments, the supervisory commission, the court, the
//! procuratorate. The news release groups the business by the organ that submitted it (FORMS.md
//! §8), the constitutional oath is taken by the holders of some kinds of post and not others
//! (人民陪审员 swear at the court's own ceremony), and a post written after another in one entry
//! (「鹤壁市人大常委会副秘书长、办公室主任」) belongs to the organ named in the first.

use serde::{Deserialize, Serialize};

/// An organ of state, as a unit or a post names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Organ {
    /// The standing committee of the people's congress (人大常委会), its offices and groups.
    Committee,
    /// The people's government (人民政府) and its departments (局, 委员会, 办公室 …).
    Government,
    /// The supervisory commission (监察委员会).
    Supervisory,
    /// The people's court (人民法院).
    Court,
    /// The people's procuratorate (人民检察院).
    Procuratorate,
}

/// The words that name an organ, most specific first: a unit is the organ the first of them it
/// contains names (「市人大常委会执法检查组」 is the committee's, 「市人民检察院检察委员会」 the
/// procuratorate's).
const ORGAN_WORDS: [(&str, Organ); 8] = [
    ("人民代表大会常务委员会", Organ::Committee),
    ("人大常委会", Organ::Committee),
    ("人大", Organ::Committee),
    ("监察委员会", Organ::Supervisory),
    ("监委", Organ::Supervisory),
    ("人民法院", Organ::Court),
    ("人民检察院", Organ::Procuratorate),
    ("人民政府", Organ::Government),
];

impl Organ {
    /// The organ a unit or a post belongs to: the one its name names first; a unit that names
    /// none (「市审计局」, 「县发展和改革委员会」) is one of the government's departments.
    pub fn of(text: &str) -> Self {
        ORGAN_WORDS
            .iter()
            .filter_map(|(word, organ)| text.find(word).map(|at| (at, *organ)))
            .min_by_key(|(at, _)| *at)
            .map_or(Self::Government, |(_, organ)| organ)
    }
}

/// The kind of a post, for the constitutional oath (DOMAIN.md §18): by the organ it belongs to,
/// and the 人民陪审员 apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PostKind {
    /// The committee's own officers (副秘书长, 办公室主任, 工委主任 …).
    Committee,
    /// The government's posts (副市长, 局长 …).
    Government,
    /// The supervisory commission's posts.
    Supervisory,
    /// The court's posts (副院长, 庭长, 审判员 …).
    Court,
    /// The procuratorate's posts (副检察长, 检察员 …).
    Procuratorate,
    /// 人民陪审员: appointed by the committee, sworn at the court's ceremony.
    Juror,
}

impl PostKind {
    /// Every kind, in the order a setting lists them.
    pub const ALL: [PostKind; 6] = [
        Self::Committee,
        Self::Government,
        Self::Supervisory,
        Self::Court,
        Self::Procuratorate,
        Self::Juror,
    ];

    /// The kinds whose holders take the constitutional oath before the committee by default:
    /// every post but the 人民陪审员 (DOMAIN.md §18).
    pub const SWORN_BY_DEFAULT: [PostKind; 5] = [
        Self::Committee,
        Self::Government,
        Self::Supervisory,
        Self::Court,
        Self::Procuratorate,
    ];

    /// The kind of a post as a motion writes it (qualified by its organ, see
    /// [`qualified_posts`]).
    pub fn of(post: &str) -> Self {
        if post.contains("人民陪审员") {
            return Self::Juror;
        }
        match Organ::of(post) {
            Organ::Committee => Self::Committee,
            Organ::Government => Self::Government,
            Organ::Supervisory => Self::Supervisory,
            Organ::Court => Self::Court,
            Organ::Procuratorate => Self::Procuratorate,
        }
    }

    /// The kind as the office names it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Committee => "常委会机关职务",
            Self::Government => "政府组成部门职务",
            Self::Supervisory => "监察委员会职务",
            Self::Court => "法院职务",
            Self::Procuratorate => "检察院职务",
            Self::Juror => "人民陪审员",
        }
    }
}

/// The unit a post is held in, as the post names it: the text up to the first word that names
/// an organ or a department (「鹤壁市人大常委会」 of 「鹤壁市人大常委会副秘书长」, 「鹤壁市科学技术局」 of
/// 「鹤壁市科学技术局局长」); `None` when the post names no unit (「办公室主任」, 「检察员」).
pub fn unit_of_post(post: &str) -> Option<&str> {
    // The word that starts first, the longest of those starting there (「人大常委会」, not 「人大」).
    let organ_end = ORGAN_WORDS
        .iter()
        .filter_map(|(word, _)| post.find(word).map(|at| (at, usize::MAX - word.len())))
        .min()
        .map(|(at, rest)| at + (usize::MAX - rest));
    let end = organ_end.or_else(|| {
        // A department: the first 局, 委员会, 厅 or 办公室 after a place (市, 县, 区, 州, 旗).
        let place = post.find(['市', '县', '区', '州', '旗'])?;
        ["局", "委员会", "厅", "办公室"]
            .iter()
            .filter_map(|word| post[place..].find(word).map(|at| place + at + word.len()))
            .min()
    })?;
    (end < post.len()).then(|| &post[..end])
}

/// The posts of an entry, each with its unit: a post written after another without a unit of
/// its own belongs to the unit of the post before it (「鹤壁市人大常委会副秘书长、办公室主任」 are
/// 「鹤壁市人大常委会副秘书长」 and 「鹤壁市人大常委会办公室主任」; 「淇县人民政府副县长、代理县长」 are
/// 「淇县人民政府副县长」 and 「淇县人民政府代理县长」). Lists print the posts as the motion writes
/// them; registers, which list posts one by one, need them whole.
pub fn qualified_posts(posts: &[String]) -> Vec<String> {
    let mut qualified: Vec<String> = Vec::with_capacity(posts.len());
    for post in posts {
        let post = post.trim();
        let previous_unit = qualified.last().and_then(|p| unit_of_post(p));
        let names_a_place = post.starts_with(['市', '县', '区', '州', '省'])
            || previous_unit.is_some_and(|unit| {
                let place: String = unit.chars().take(2).collect();
                post.starts_with(&place)
            });
        match previous_unit {
            Some(unit) if unit_of_post(post).is_none() && !names_a_place => {
                qualified.push(format!("{unit}{post}"));
            }
            _ => qualified.push(post.to_owned()),
        }
    }
    qualified
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_belong_to_the_organ_they_name_first() {
        assert_eq!(Organ::of("市人民政府"), Organ::Government);
        assert_eq!(Organ::of("市审计局"), Organ::Government);
        assert_eq!(Organ::of("市人大常委会执法检查组"), Organ::Committee);
        assert_eq!(Organ::of("市人大常委会监司工委"), Organ::Committee);
        assert_eq!(Organ::of("市监察委员会"), Organ::Supervisory);
        assert_eq!(
            Organ::of("市人民检察院检察委员会委员"),
            Organ::Procuratorate
        );
        assert_eq!(Organ::of("淇县人民法院人民陪审员"), Organ::Court);
        assert_eq!(PostKind::of("淇县人民法院人民陪审员"), PostKind::Juror);
        assert_eq!(
            PostKind::of("鹤壁市人民检察院检察员"),
            PostKind::Procuratorate
        );
        assert_eq!(PostKind::of("鹤壁市科学技术局局长"), PostKind::Government);
    }

    #[test]
    fn a_post_without_a_unit_takes_the_unit_of_the_one_before() {
        let posts = |list: &[&str]| list.iter().map(|p| (*p).to_owned()).collect::<Vec<_>>();
        assert_eq!(
            qualified_posts(&posts(&["鹤壁市人大常委会副秘书长", "办公室主任"])),
            ["鹤壁市人大常委会副秘书长", "鹤壁市人大常委会办公室主任"]
        );
        assert_eq!(
            qualified_posts(&posts(&["淇县人民政府副县长", "代理县长"])),
            ["淇县人民政府副县长", "淇县人民政府代理县长"]
        );
        assert_eq!(
            qualified_posts(&posts(&["鹤壁市人民检察院检察委员会委员", "检察员"])),
            ["鹤壁市人民检察院检察委员会委员", "鹤壁市人民检察院检察员"]
        );
        assert_eq!(
            qualified_posts(&posts(&["鹤壁市科学技术局局长", "鹤壁市统计局局长"])),
            ["鹤壁市科学技术局局长", "鹤壁市统计局局长"]
        );
        assert_eq!(qualified_posts(&posts(&["检察员"])), ["检察员"]);
        assert_eq!(
            unit_of_post("鹤壁市科学技术局局长"),
            Some("鹤壁市科学技术局")
        );
        assert_eq!(unit_of_post("办公室主任"), None);
    }
}
