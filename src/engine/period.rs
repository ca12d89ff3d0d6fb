//! Calendar buckets: day, ISO week, month, quarter, year, with stable labels.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// A calendar bucket size.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Bucket {
    /// `2025-07-14`
    Day,
    /// ISO 8601 week, `2025-W29` (the ISO year can differ from the calendar year).
    Week,
    /// `2025-07`
    Month,
    /// `2025-Q3`
    Quarter,
    /// `2025`
    Year,
}

impl Bucket {
    /// The label of the bucket holding `date`. Labels sort in time order.
    pub fn label(self, date: NaiveDate) -> String {
        match self {
            Bucket::Day => date.format("%Y-%m-%d").to_string(),
            Bucket::Week => {
                let w = date.iso_week();
                format!("{}-W{:02}", w.year(), w.week())
            }
            Bucket::Month => format!("{}-{:02}", date.year(), date.month()),
            Bucket::Quarter => format!("{}-Q{}", date.year(), date.month0() / 3 + 1),
            Bucket::Year => date.year().to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(bucket: Bucket, date: (i32, u32, u32), expected: &str) {
        let d = NaiveDate::from_ymd_opt(date.0, date.1, date.2).expect("valid date");
        assert_eq!(bucket.label(d), expected);
    }

    #[test]
    fn labels() {
        check(Bucket::Day, (2025, 7, 4), "2025-07-04");
        check(Bucket::Week, (2025, 7, 14), "2025-W29");
        // 2024-12-30 belongs to ISO week 1 of 2025.
        check(Bucket::Week, (2024, 12, 30), "2025-W01");
        check(Bucket::Month, (2025, 7, 31), "2025-07");
        check(Bucket::Quarter, (2025, 9, 30), "2025-Q3");
        check(Bucket::Quarter, (2025, 10, 1), "2025-Q4");
        check(Bucket::Year, (2025, 1, 1), "2025");
    }
}
