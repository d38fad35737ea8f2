//! Dates as the record writes them.

use chrono::{Datelike, NaiveDate, NaiveDateTime, Weekday};

/// 「2023年12月21日」.
pub fn chinese_date(date: NaiveDate) -> String {
    chinese_date_in(date, &month_of)
}

/// 「12月21日」.
pub fn month_day(date: NaiveDate) -> String {
    month_day_in(date, &month_of)
}

/// 「12月」: a date's month as the record writes it by default (FORMS.md §21 `month`).
pub fn month_of(date: NaiveDate) -> String {
    format!("{}月", date.month())
}

/// 「2018年元月7日」: [`chinese_date`] with the month written by `month`.
pub fn chinese_date_in(date: NaiveDate, month: &dyn Fn(NaiveDate) -> String) -> String {
    format!("{}年{}{}日", date.year(), month(date), date.day())
}

/// 「元月7日」: [`month_day`] with the month written by `month`.
pub fn month_day_in(date: NaiveDate, month: &dyn Fn(NaiveDate) -> String) -> String {
    format!("{}{}日", month(date), date.day())
}

/// How a body writes the dates of its documents (FORMS.md §21 `month`): 「1月」 by default, or
/// 「元月」, by the template of its `numerals_month` form. Every document that prints a date
/// asks it, so the choice holds wherever a January date is printed.
#[derive(Clone, Debug, Default)]
pub struct DateStyle {
    /// The body's month template; `None`: 「1月」.
    month: Option<crate::wording::forms::Template>,
}

impl DateStyle {
    /// The style of the body whose settings are `settings`.
    pub fn of(settings: &crate::model::BodySettings) -> Self {
        Self {
            month: settings.forms.template("numerals_month"),
        }
    }

    /// The style of the session's body.
    pub fn of_session(session: &crate::model::Session) -> Self {
        Self::of(&session.body.settings)
    }

    /// 「12月」, 「元月」.
    pub fn month(&self, date: NaiveDate) -> String {
        match &self.month {
            None => month_of(date),
            Some(template) => crate::wording::forms::fill(
                template,
                &[
                    ("月数", date.month().to_string()),
                    (
                        "元",
                        if date.month() == 1 {
                            "元".to_owned()
                        } else {
                            date.month().to_string()
                        },
                    ),
                ],
            ),
        }
    }

    /// 「2023年12月21日」, 「2018年元月7日」.
    pub fn date(&self, date: NaiveDate) -> String {
        chinese_date_in(date, &|d| self.month(d))
    }

    /// 「12月21日」, 「元月7日」.
    pub fn month_day(&self, date: NaiveDate) -> String {
        month_day_in(date, &|d| self.month(d))
    }

    /// A later day as written after `first` (see [`after`]).
    pub fn after(&self, first: NaiveDate, day: NaiveDate) -> String {
        after_in(first, day, &|d| self.month(d))
    }
}

/// 「星期四」.
pub fn weekday(date: NaiveDate) -> &'static str {
    match date.weekday() {
        Weekday::Mon => "星期一",
        Weekday::Tue => "星期二",
        Weekday::Wed => "星期三",
        Weekday::Thu => "星期四",
        Weekday::Fri => "星期五",
        Weekday::Sat => "星期六",
        Weekday::Sun => "星期日",
    }
}

/// 「2023年12月21日 10:30」: a moment, as messages and traces say it.
pub fn chinese_date_time(time: NaiveDateTime) -> String {
    format!("{} {}", chinese_date(time.date()), time.format("%H:%M"))
}

/// The days from `first` to `last` as the record writes them: 「2023年12月21日」,
/// 「2023年12月20日至21日」, 「2023年11月30日至12月1日」, 「2023年12月31日至2024年1月2日」.
pub fn date_span(first: NaiveDate, last: NaiveDate) -> String {
    format!("{}{}", chinese_date(first), until(first, last))
}

/// The same without the year, as news writes them: 「12月21日」, 「12月20日至21日」.
pub fn date_span_in_year(first: NaiveDate, last: NaiveDate) -> String {
    format!("{}{}", month_day(first), until(first, last))
}

/// 「至21日」, 「至12月1日」, 「至2024年1月2日」 or nothing for a single day.
fn until(first: NaiveDate, last: NaiveDate) -> String {
    if first == last {
        String::new()
    } else {
        format!("至{}", after(first, last))
    }
}

/// A later day as written after `first`: 「21日」 in the same month, 「12月1日」 in the same
/// year, 「2024年1月2日」 else.
pub fn after(first: NaiveDate, day: NaiveDate) -> String {
    after_in(first, day, &month_of)
}

/// [`after`] with the month written by `month`.
pub fn after_in(first: NaiveDate, day: NaiveDate, month: &dyn Fn(NaiveDate) -> String) -> String {
    if first.year() != day.year() {
        chinese_date_in(day, month)
    } else if first.month() != day.month() {
        month_day_in(day, month)
    } else {
        format!("{}日", day.day())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_the_record_writes_them() {
        let day = NaiveDate::from_ymd_opt(2023, 12, 21).unwrap();
        assert_eq!(chinese_date(day), "2023年12月21日");
        assert_eq!(month_day(day), "12月21日");
        assert_eq!(weekday(day), "星期四");
        assert_eq!(
            chinese_date_time(day.and_hms_opt(9, 5, 0).unwrap()),
            "2023年12月21日 09:05"
        );
        let next = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(date_span(day, day), "2023年12月21日");
        assert_eq!(date_span(next(2023, 12, 20), day), "2023年12月20日至21日");
        assert_eq!(
            date_span(next(2023, 11, 30), next(2023, 12, 1)),
            "2023年11月30日至12月1日"
        );
        assert_eq!(
            date_span(next(2023, 12, 31), next(2024, 1, 2)),
            "2023年12月31日至2024年1月2日"
        );
        assert_eq!(date_span_in_year(next(2023, 12, 20), day), "12月20日至21日");
    }
}
