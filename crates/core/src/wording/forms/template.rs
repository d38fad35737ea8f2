//! A form's template (FORMS.md §0): text with named slots in braces, 「受{委托人}委托，」. Parsed
//! once, checked against the slots its form has, filled from the session's facts, and matched
//! against published text (slots as wildcards) by the learner.

/// One piece of a template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    /// Text printed as it stands.
    Text(String),
    /// A slot filled from the facts: its name without braces.
    Slot(String),
}

/// A parsed template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Template {
    /// The pieces in order; two texts never follow each other.
    pub pieces: Vec<Piece>,
}

/// The most characters one slot stands for when a template is matched against published text.
pub const MAX_SLOT_CHARS: usize = 80;

/// The most steps one match may take (a hostile text must not hang the learner).
const MATCH_BUDGET: usize = 20_000;

impl Template {
    /// Parses 「{日期}，{会议}召开。」. A brace left open, a closing brace without its opening one or
    /// an empty slot is refused, in Chinese.
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut pieces = Vec::new();
        let mut literal = String::new();
        let mut chars = text.chars();
        while let Some(c) = chars.next() {
            match c {
                '{' | '｛' => {
                    let mut name = String::new();
                    let mut closed = false;
                    for c in chars.by_ref() {
                        if c == '}' || c == '｝' {
                            closed = true;
                            break;
                        }
                        if c == '{' || c == '｛' {
                            return Err(format!("「{{{name}」缺少右括号「}}」"));
                        }
                        name.push(c);
                    }
                    if !closed {
                        return Err(format!("「{{{name}」缺少右括号「}}」"));
                    }
                    let name = name.trim().to_owned();
                    if name.is_empty() {
                        return Err("模板中有空的「{}」，括号内应写栏目名称".to_owned());
                    }
                    if !literal.is_empty() {
                        pieces.push(Piece::Text(std::mem::take(&mut literal)));
                    }
                    pieces.push(Piece::Slot(name));
                }
                '}' | '｝' => return Err("模板中有多余的右括号「}」".to_owned()),
                other => literal.push(other),
            }
        }
        if !literal.is_empty() {
            pieces.push(Piece::Text(literal));
        }
        Ok(Self { pieces })
    }

    /// The slots the template names, in order, each once.
    pub fn slots(&self) -> Vec<&str> {
        let mut names: Vec<&str> = Vec::new();
        for piece in &self.pieces {
            if let Piece::Slot(name) = piece
                && !names.contains(&name.as_str())
            {
                names.push(name);
            }
        }
        names
    }

    /// Refuses a slot not in `allowed` and a slot of `required` the template leaves out, with
    /// a message naming it and listing the allowed slots.
    pub fn check(&self, allowed: &[&str], required: &[&str]) -> Result<(), String> {
        let listed = || {
            allowed
                .iter()
                .map(|s| format!("{{{s}}}"))
                .collect::<Vec<_>>()
                .join("")
        };
        let slots = self.slots();
        if let Some(unknown) = slots.iter().find(|s| !allowed.contains(s)) {
            return Err(format!(
                "模板中的「{{{unknown}}}」不是这一格式的栏目；可用的栏目：{}",
                listed()
            ));
        }
        if let Some(missing) = required.iter().find(|r| !slots.contains(r)) {
            return Err(format!(
                "模板缺少必需的栏目「{{{missing}}}」；可用的栏目：{}",
                listed()
            ));
        }
        Ok(())
    }

    /// The template with its slots filled by `fill` (a slot it has no value for prints empty).
    pub fn fill(&self, fill: &dyn Fn(&str) -> Option<String>) -> String {
        let mut text = String::new();
        for piece in &self.pieces {
            match piece {
                Piece::Text(t) => text.push_str(t),
                Piece::Slot(name) => text.push_str(&fill(name).unwrap_or_default()),
            }
        }
        text
    }

    /// The template as written: 「{日期}，{会议}召开。」.
    pub fn text(&self) -> String {
        self.pieces
            .iter()
            .map(|piece| match piece {
                Piece::Text(text) => text.clone(),
                Piece::Slot(name) => format!("{{{name}}}"),
            })
            .collect()
    }

    /// The template without its clauses (between 「，」) that name one of `slots`: a count
    /// left out (FORMS.md §18) takes its words with it, 「满意票{满意}票，基本满意票{基本满意}票。」
    /// without 基本满意 being 「满意票{满意}票。」.
    pub fn without_clauses_naming(&self, slots: &[&str]) -> Template {
        if !self.slots().iter().any(|s| slots.contains(s)) {
            return self.clone();
        }
        let text = self.text();
        let (body, end) = match text.strip_suffix('。') {
            Some(body) => (body, "。"),
            None => (text.as_str(), ""),
        };
        let kept: Vec<&str> = body
            .split('，')
            .filter(|clause| !slots.iter().any(|s| clause.contains(&format!("{{{s}}}"))))
            .collect();
        Template::parse(&format!("{}{end}", kept.join("，"))).unwrap_or_else(|_| self.clone())
    }

    /// How many characters are printed as they stand: how specific the template is.
    pub fn literal_chars(&self) -> usize {
        self.pieces
            .iter()
            .map(|p| match p {
                Piece::Text(t) => t.chars().count(),
                Piece::Slot(_) => 0,
            })
            .sum()
    }

    /// Where the template occurs in `sentence`, slots standing for 1 to [`MAX_SLOT_CHARS`]
    /// characters: the byte range matched, leftmost first. Bounded: gives up after a fixed
    /// number of steps.
    pub fn find_in(&self, sentence: &str) -> Option<(usize, usize)> {
        // Every text piece must occur at all: most sentences are refused here.
        if self.pieces.iter().any(|p| match p {
            Piece::Text(t) => !sentence.contains(t.as_str()),
            Piece::Slot(_) => false,
        }) {
            return None;
        }
        let mut budget = MATCH_BUDGET;
        let starts: Vec<usize> = match self.pieces.first() {
            Some(Piece::Text(t)) => sentence.match_indices(t.as_str()).map(|(i, _)| i).collect(),
            Some(Piece::Slot(_)) => sentence.char_indices().map(|(i, _)| i).collect(),
            None => return None,
        };
        for start in starts {
            if let Some(end) = match_from(&self.pieces, sentence, start, &mut budget, &[]) {
                return Some((start, end));
            }
            if budget == 0 {
                return None;
            }
        }
        None
    }
}

/// Matches `pieces` at byte `at` of `text`; the end of the match. A slot named a second time
/// stands for the same text as the first (`bound`): 「{提请人}{全名}、{提请人}{全名二}」 is one
/// submitter named twice.
fn match_from(
    pieces: &[Piece],
    text: &str,
    at: usize,
    budget: &mut usize,
    bound: &[(&str, &str)],
) -> Option<usize> {
    if *budget == 0 {
        return None;
    }
    *budget -= 1;
    let Some((first, rest)) = pieces.split_first() else {
        return Some(at);
    };
    let tail = text.get(at..)?;
    match first {
        Piece::Text(t) => {
            if tail.starts_with(t.as_str()) {
                match_from(rest, text, at + t.len(), budget, bound)
            } else {
                None
            }
        }
        Piece::Slot(name) => {
            if let Some((_, value)) = bound.iter().find(|(slot, _)| *slot == name.as_str()) {
                return if tail.starts_with(value) {
                    match_from(rest, text, at + value.len(), budget, bound)
                } else {
                    None
                };
            }
            // The shortest match first: it names the sentence.
            // A slot a sentence may leave out (「并讲话」) may stand for nothing.
            let first = usize::from(!matches!(name.as_str(), "并讲话"));
            let ends: Vec<usize> = tail
                .char_indices()
                .skip(first)
                .map(|(i, _)| i)
                .chain(std::iter::once(tail.len()))
                .take(MAX_SLOT_CHARS)
                .collect();
            for end in ends {
                let slot = &tail[..end];
                if end == 0 && first == 1 {
                    continue;
                }
                if slot.contains(['。', '\n']) {
                    break;
                }
                if !slot_fits(name, slot) {
                    continue;
                }
                let mut now_bound = bound.to_vec();
                now_bound.push((name.as_str(), slot));
                if let Some(found) = match_from(rest, text, at + end, budget, &now_bound) {
                    return Some(found);
                }
                if *budget == 0 {
                    return None;
                }
            }
            None
        }
    }
}

/// Whether `text` can stand for the slot `name` in published text: numbers are numbers, a
/// level is one character, a place ends as places do. Keeps the learner from reading a
/// sentence in a variant it is not written in.
fn slot_fits(name: &str, text: &str) -> bool {
    const CHINESE_DIGITS: &str = "〇零一二三四五六七八九十百两";
    let chinese = |t: &str| t.chars().all(|c| CHINESE_DIGITS.contains(c));
    let arabic = |t: &str| t.chars().all(|c| c.is_ascii_digit());
    // A second slot of one kind in a learning pattern (「{名单二}」) follows the first's rules.
    let name = name
        .strip_suffix('二')
        .filter(|base| !base.is_empty())
        .unwrap_or(name);
    let ends_any = |t: &str, ends: &[&str]| ends.iter().any(|e| t.ends_with(e));
    // A report's title as a release names it whole: 「关于…的报告」.
    let whole_title = |t: &str| {
        t.starts_with("关于")
            && ends_any(t, &["报告", "汇报", "决议", "决定"])
            && !t.ends_with("等报告")
            && !t.contains('；')
    };
    let a_date = |t: &str| {
        (2..=24).contains(&t.chars().count())
            && t.ends_with('日')
            && t.chars()
                .all(|c| c.is_ascii_digit() || "年月日、".contains(c))
    };
    match name {
        "议题" => text.chars().count() >= 2 && !text.starts_with('了'),
        "提请人" => {
            (2..=14).contains(&text.chars().count())
                && !text.contains(['，', '、', '；', '：', '《', '“'])
                && !text.starts_with(['了', '和', '并', '、'])
                && ends_any(
                    text,
                    &[
                        "政府",
                        "常委会",
                        "法院",
                        "检察院",
                        "委员会",
                        "监委",
                        "局",
                        "办",
                    ],
                )
        }
        "短名列" => {
            text.starts_with("关于")
                && (text.contains("，关于") || text.contains("、关于"))
                && !text.contains("的报告")
                && !text.contains('；')
        }
        "全名" => whole_title(text) && !text.contains("、关于") && !text.contains("，关于"),
        "全名列" => {
            whole_title(text)
                && text.contains("、关于")
                && text
                    .split("、关于")
                    .all(|part| ends_any(part, &["报告", "汇报", "决议", "决定"]))
        }
        "项数" => chinese(text),
        "动词" => {
            text.chars().count() <= 12
                && ["听取", "审议", "表决", "依法", "书面"]
                    .iter()
                    .any(|v| text.starts_with(v))
                && !text.contains(['，', '、', '；'])
        }
        "任免动词" => matches!(
            text,
            "任命"
                | "决定任命"
                | "批准任命"
                | "免去"
                | "决定免去"
                | "批准免去"
                | "接受"
                | "决定接受"
                | "决定"
        ),
        "前字" => text.chars().count() == 1 && !matches!(text, "定" | "准"),
        // A post the law has the committee 决定任命 (the government's), or 任命 (the others').
        "决定职务" => {
            slot_fits("职务", text)
                && crate::model::organs::Organ::of(text) == crate::model::organs::Organ::Government
        }
        "任命职务" => {
            slot_fits("职务", text)
                && crate::model::organs::Organ::of(text) != crate::model::organs::Organ::Government
        }
        "受任人" => (2..=20).contains(&text.chars().count()) && !text.contains(['，', '；']),
        "时段" => matches!(text, "上午" | "下午" | "晚上"),
        "事由" => {
            text.starts_with('因') && text.chars().count() <= 16 && !text.contains(['，', '；'])
        }
        "时段列" => text.chars().count() <= 24 && !text.contains(['，', '；']),
        "头衔名单" => text.chars().count() <= 60 && !text.contains(['，', '；']),
        "列席人" => {
            (2..=30).contains(&text.chars().count()) && !text.contains(['，', '、', '；', '及'])
        }
        // Places before a shared unit: 「龙海市、东山县、长泰县」.
        "单位简列" => {
            text.contains('、')
                && text.split('、').all(|p| {
                    (2..=8).contains(&p.chars().count()) && p.ends_with(['市', '县', '区'])
                })
        }
        // Who proposed a motion of appointments: 「市长赵宏宇」, 「县人大常委会主任会议」.
        "提请者" => {
            (2..=24).contains(&text.chars().count()) && !text.contains(['，', '、', '；', '：'])
        }
        // Units named without their people: 「区监委、法院、检察院」.
        "单位列" => {
            (2..=60).contains(&text.chars().count())
                && !text.contains(['，', '；', '等', '及', '和'])
                && ends_any(
                    text,
                    &[
                        "政府",
                        "委员会",
                        "法院",
                        "检察院",
                        "监委",
                        "监察委",
                        "局",
                        "办",
                        "院",
                    ],
                )
        }
        "列席其他" => text.chars().count() <= 60 && !text.contains(['及', '和', '；', '，']),
        // A leader's title before several names (FORMS.md §5 `one_title_many`): 「副县长」.
        "衔" => {
            (2..=16).contains(&text.chars().count())
                && !text.contains(['、', '，', '；', '：'])
                && slot_fits("职务", text)
        }
        // Several names after one title: 「陆安亚、沈伯宏」.
        "同衔名单" => text.contains('、') && slot_fits("名单", text),
        // The rest of a 列席 sentence, before 「列席」: not the 出席 one.
        "列席尾" => {
            text.chars().count() <= 60 && !text.contains(['；']) && !text.contains("出席")
        }
        // The items of one submitter merged under one 「关于…的报告」 (FORMS.md §8 `merged`):
        // 「甲、乙和丙工作情况」.
        "合并列" => {
            !text.contains("关于")
                && !text.contains(['，', '；', '：'])
                && text.rfind('、').is_some_and(|at| text[at..].contains('和'))
        }
        // A report's title between its 「关于」 and its 「报告」.
        "题" => !text.contains(['；', '，', '：']),
        // A committee's report tabled with an item's (FORMS.md §8 `companion`).
        "附报告名" => crate::wording::phrases::COMPANION_REPORTS.contains(&text),
        // The date a news lead begins with: 「12月21日」, 「12月25日、26日」, 「昨天上午」, 「日前」.
        "导语日期" => {
            let day = ["上午", "下午", "晚上"]
                .iter()
                .find_map(|t| text.strip_suffix(t))
                .unwrap_or(text);
            (2..=16).contains(&day.chars().count())
                && !day.contains(['，', '。', '；'])
                && day.ends_with(['日', '天', '前'])
        }
        "颁发人" => {
            (2..=24).contains(&text.chars().count()) && !text.contains(['，', '；', '：'])
        }
        "数字" | "日数" => arabic(text),
        "汉字" => chinese(text),
        "量词" => matches!(text, "名" | "位" | "人"),
        "起" => a_date(text) && text.contains('月') && !text.contains('、'),
        "止" => a_date(text) && !text.contains('、'),
        "其后各日" => a_date(text),
        "级" => text.chars().count() == 1 && "市县区州旗盟".contains(text),
        "届" | "次" | "序" | "人大次" => chinese(text),
        // An article: 「第十七条」, or none.
        "本地条" => text.is_empty() || (text.starts_with('第') && text.ends_with('条')),
        "次数" => arabic(text),
        "应到" | "实到" | "请假" | "缺席" | "人数" | "委员人数" => {
            arabic(text) || chinese(text)
        }
        "地名" => {
            (2..=12).contains(&text.chars().count())
                && !text.contains(['，', '、', '；', '：'])
                && text.ends_with(['市', '县', '区', '州', '旗', '盟'])
        }
        // The half day after a date is the slot 时段's: 「12月21日」 of 「12月21日上午」.
        "日期" => {
            text.chars().count() <= 16
                && !text.contains('，')
                && !["上午", "下午", "晚上"].iter().any(|t| text.ends_with(t))
        }
        "姓名" | "首名" => {
            (2..=4).contains(&text.chars().count()) && !text.contains(['，', '、'])
        }
        "法定人数" => matches!(text, "符合法定人数" | "不符合法定人数"),
        "测评法定人数" => matches!(text, "符合测评的法定人数" | "不符合测评的法定人数"),
        "并讲话" => text.is_empty() || text == "并讲话",
        "方式" => matches!(
            text,
            "按表决器表决" | "举手表决" | "无记名投票" | "记名投票"
        ),
        "方式表决" => matches!(
            text,
            "按表决器表决" | "举手表决" | "无记名投票表决" | "记名投票表决"
        ),
        "结论" => matches!(text, "满意" | "基本满意" | "不满意"),
        "满意" | "基本满意" | "不满意" | "满意和基本满意" => arabic(text),
        "满意率" | "基本满意率" | "满意和基本满意率" => {
            text.ends_with('%')
                && text
                    .trim_end_matches('%')
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == '.')
        }
        "代理职务" => text.starts_with("代理") && slot_fits("职务", text),
        // Why a person resigns: 「工作变动」, 「工作岗位变动」.
        "理由" => (2..=20).contains(&text.chars().count()) && !text.contains(['，', '；', '：']),
        // A class of posts: 「审判人员」.
        "职务类" => {
            (2..=12).contains(&text.chars().count())
                && !text.contains(['，', '、', '；', '：'])
                && !text.starts_with('的')
        }
        "公民" => arabic(text) || chinese(text),
        "发言" => matches!(text, "表态发言" | "履职发言" | "供职发言" | "任职陈述"),
        "任命条款" => !text.contains(['，', '；']),
        // A post: no clause break inside, and ending as posts do (局长, 委员, 主任, 审判员…).
        "职务" | "所代职务" => {
            !text.starts_with('的')
                && !text.contains(['，', '；', '：'])
                && text.chars().count() >= 2
                && text.ends_with(['长', '员', '任', '官', '记', '席', '理', '师', '书'])
                && !text.ends_with("任命书")
        }
        // The first names of a batch: one to three names.
        "前三名" => slot_fits("名单", text) && text.split('、').count() <= 3,
        "名单" => {
            !text.contains('的')
                // 「李春燕等」 is the head of a batch, not a list.
                && !text.ends_with('等')
                && !["任命", "免去", "接受", "批准", "决定"]
                    .iter()
                    .any(|verb| text.starts_with(verb))
                && text.split('、').all(|name| {
                    (2..=6).contains(&name.chars().count())
                        && name
                            .chars()
                            .all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c) || c == '·')
                })
        }
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_parse_fill_and_match() {
        let t = Template::parse("{日期}，{会议}召开。").unwrap();
        assert_eq!(t.slots(), vec!["日期", "会议"]);
        let filled = t.fill(&|s| {
            Some(
                if s == "日期" {
                    "12月21日"
                } else {
                    "市会议"
                }
                .to_owned(),
            )
        });
        assert_eq!(filled, "12月21日，市会议召开。");
        assert!(
            t.find_in("12月21日，市十二届人大常委会第九次会议召开。")
                .is_some()
        );
        assert!(
            t.find_in("12月21日，市十二届人大常委会第九次会议举行。")
                .is_none()
        );
        assert!(Template::parse("{日期").is_err());
        assert!(Template::parse("日期}").is_err());
        assert!(Template::parse("{}").is_err());
        let err = t.check(&["日期"], &[]).unwrap_err();
        assert!(err.contains("{会议}") && err.contains("{日期}"), "{err}");
        let err = t.check(&["日期", "会议", "地点"], &["地点"]).unwrap_err();
        assert!(err.contains("缺少必需的栏目「{地点}」"), "{err}");
    }

    #[test]
    fn a_hostile_text_does_not_hang_the_matcher() {
        let t = Template::parse("{甲}{乙}{丙}{丁}{戊}召开了").unwrap();
        let text = "召".repeat(5000) + "开";
        assert!(t.find_in(&text).is_none());
    }
}
