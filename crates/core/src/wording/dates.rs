//! Dates as the record writes them.

use chrono::{Datelike, NaiveDate, NaiveDateTime, Weekday};

/// 「2023年12月21日」.
pub fn chinese_date(date: NaiveDate) -> String {
    format!("{}年{}月{}日", date.year(), date.month(), date.day())
}

/// 「12月21日」.
pub fn month_day(date: NaiveDate) -> String {
    format!("{}月{}日", date.month(), date.day())
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
    }
}
