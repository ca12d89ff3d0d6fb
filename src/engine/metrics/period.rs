//! Calendar periods: day, ISO week, month, quarter, year — with stable labels, the
//! previous period and the same period a year before.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

/// A calendar bucket size.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
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
    /// Every bucket, shortest first.
    pub const ALL: [Bucket; 5] = [
        Bucket::Day,
        Bucket::Week,
        Bucket::Month,
        Bucket::Quarter,
        Bucket::Year,
    ];

    /// The stable id.
    pub fn id(self) -> &'static str {
        match self {
            Bucket::Day => "day",
            Bucket::Week => "week",
            Bucket::Month => "month",
            Bucket::Quarter => "quarter",
            Bucket::Year => "year",
        }
    }

    /// The bucket with the given id.
    pub fn from_id(id: &str) -> Option<Bucket> {
        Bucket::ALL.into_iter().find(|b| b.id() == id)
    }

    /// The label of the bucket holding `date`. Labels sort in time order.
    pub fn label(self, date: NaiveDate) -> String {
        Period::of(self, date).label()
    }
}

/// One calendar period: a bucket size and the first day of the period.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Period {
    /// The bucket size.
    pub bucket: Bucket,
    /// The first day.
    pub start: NaiveDate,
}

impl Period {
    /// The period of `bucket` size that holds `date`.
    pub fn of(bucket: Bucket, date: NaiveDate) -> Period {
        let start = match bucket {
            Bucket::Day => Some(date),
            Bucket::Week => Some(date.week(Weekday::Mon).first_day()),
            Bucket::Month => date.with_day(1),
            Bucket::Quarter => NaiveDate::from_ymd_opt(date.year(), date.month0() / 3 * 3 + 1, 1),
            Bucket::Year => NaiveDate::from_ymd_opt(date.year(), 1, 1),
        };
        Period {
            bucket,
            start: start.unwrap_or(date),
        }
    }

    /// The stable label: `2025-07-14`, `2025-W29`, `2025-07`, `2025-Q3`, `2025`.
    pub fn label(&self) -> String {
        let d = self.start;
        match self.bucket {
            Bucket::Day => d.format("%Y-%m-%d").to_string(),
            Bucket::Week => {
                let w = d.iso_week();
                format!("{}-W{:02}", w.year(), w.week())
            }
            Bucket::Month => format!("{}-{:02}", d.year(), d.month()),
            Bucket::Quarter => format!("{}-Q{}", d.year(), d.month0() / 3 + 1),
            Bucket::Year => d.year().to_string(),
        }
    }

    /// Reads a label back; `None` for anything that is not one.
    pub fn parse(label: &str) -> Option<Period> {
        let (head, tail) = label.split_once('-').unwrap_or((label, ""));
        let year: i32 = head.parse().ok().filter(|_| head.len() == 4)?;
        let date = |m, d| NaiveDate::from_ymd_opt(year, m, d);
        let period = if tail.is_empty() {
            Period {
                bucket: Bucket::Year,
                start: date(1, 1)?,
            }
        } else if let Some(q) = tail.strip_prefix('Q') {
            let q: u32 = q.parse().ok().filter(|q| (1..=4).contains(q))?;
            Period {
                bucket: Bucket::Quarter,
                start: date(q * 3 - 2, 1)?,
            }
        } else if let Some(w) = tail.strip_prefix('W') {
            let start = NaiveDate::from_isoywd_opt(year, w.parse().ok()?, Weekday::Mon)?;
            Period {
                bucket: Bucket::Week,
                start,
            }
        } else if tail.len() == 2 {
            Period {
                bucket: Bucket::Month,
                start: date(tail.parse().ok()?, 1)?,
            }
        } else {
            let start = NaiveDate::parse_from_str(label, "%Y-%m-%d").ok()?;
            Period {
                bucket: Bucket::Day,
                start,
            }
        };
        (period.label() == label).then_some(period)
    }

    /// The last day of the period.
    pub fn end(&self) -> NaiveDate {
        self.next()
            .and_then(|n| n.start.pred_opt())
            .unwrap_or(self.start)
    }

    /// True when `date` falls in the period.
    pub fn contains(&self, date: NaiveDate) -> bool {
        Period::of(self.bucket, date) == *self
    }

    /// The period just before.
    pub fn previous(&self) -> Option<Period> {
        let start = match self.bucket {
            Bucket::Day => self.start.checked_sub_days(Days::new(1)),
            Bucket::Week => self.start.checked_sub_days(Days::new(7)),
            Bucket::Month => self.start.checked_sub_months(Months::new(1)),
            Bucket::Quarter => self.start.checked_sub_months(Months::new(3)),
            Bucket::Year => self.start.checked_sub_months(Months::new(12)),
        }?;
        Some(Period::of(self.bucket, start))
    }

    /// The period just after.
    pub fn next(&self) -> Option<Period> {
        let start = match self.bucket {
            Bucket::Day => self.start.checked_add_days(Days::new(1)),
            Bucket::Week => self.start.checked_add_days(Days::new(7)),
            Bucket::Month => self.start.checked_add_months(Months::new(1)),
            Bucket::Quarter => self.start.checked_add_months(Months::new(3)),
            Bucket::Year => self.start.checked_add_months(Months::new(12)),
        }?;
        Some(Period::of(self.bucket, start))
    }

    /// The same period a year before: the same ISO week number, day of the year's
    /// calendar, month or quarter of the previous year.
    pub fn year_ago(&self) -> Option<Period> {
        match self.bucket {
            Bucket::Week => {
                let w = self.start.iso_week();
                let week = w.week().min(weeks_in(w.year() - 1));
                NaiveDate::from_isoywd_opt(w.year() - 1, week, Weekday::Mon).map(|start| Period {
                    bucket: Bucket::Week,
                    start,
                })
            }
            _ => self
                .start
                .checked_sub_months(Months::new(12))
                .map(|d| Period::of(self.bucket, d)),
        }
    }
}

fn weeks_in(iso_year: i32) -> u32 {
    NaiveDate::from_isoywd_opt(iso_year, 53, Weekday::Mon).map_or(52, |_| 53)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    #[track_caller]
    fn check(
        bucket: Bucket,
        date: NaiveDate,
        label: &str,
        previous: &str,
        year_ago: &str,
        end: NaiveDate,
    ) {
        let p = Period::of(bucket, date);
        assert_eq!(p.label(), label);
        assert_eq!(Period::parse(label), Some(p));
        assert_eq!(p.previous().map(|p| p.label()).as_deref(), Some(previous));
        assert_eq!(p.year_ago().map(|p| p.label()).as_deref(), Some(year_ago));
        assert_eq!(p.end(), end);
        assert!(p.contains(date) && p.contains(p.start) && p.contains(p.end()));
    }

    #[test]
    fn periods() {
        check(
            Bucket::Day,
            day(2024, 3, 1),
            "2024-03-01",
            "2024-02-29",
            "2023-03-01",
            day(2024, 3, 1),
        );
        check(
            Bucket::Week,
            day(2025, 7, 14),
            "2025-W29",
            "2025-W28",
            "2024-W29",
            day(2025, 7, 20),
        );
        // 2024-12-30 belongs to ISO week 1 of 2025.
        check(
            Bucket::Week,
            day(2024, 12, 30),
            "2025-W01",
            "2024-W52",
            "2024-W01",
            day(2025, 1, 5),
        );
        // 2020 had 53 ISO weeks; 2021 did not, so its "same week" is week 52.
        check(
            Bucket::Week,
            day(2021, 12, 30),
            "2021-W52",
            "2021-W51",
            "2020-W52",
            day(2022, 1, 2),
        );
        check(
            Bucket::Month,
            day(2025, 7, 31),
            "2025-07",
            "2025-06",
            "2024-07",
            day(2025, 7, 31),
        );
        check(
            Bucket::Month,
            day(2025, 1, 15),
            "2025-01",
            "2024-12",
            "2024-01",
            day(2025, 1, 31),
        );
        check(
            Bucket::Quarter,
            day(2025, 9, 30),
            "2025-Q3",
            "2025-Q2",
            "2024-Q3",
            day(2025, 9, 30),
        );
        check(
            Bucket::Quarter,
            day(2025, 2, 1),
            "2025-Q1",
            "2024-Q4",
            "2024-Q1",
            day(2025, 3, 31),
        );
        check(
            Bucket::Year,
            day(2025, 6, 1),
            "2025",
            "2024",
            "2024",
            day(2025, 12, 31),
        );
    }

    #[test]
    fn labels_that_are_not_periods() {
        for bad in [
            "",
            "2025-13",
            "2025-Q5",
            "2025-W60",
            "25",
            "2025-02-30",
            "x-Q1",
            "2025-7",
        ] {
            assert_eq!(Period::parse(bad), None, "{bad}");
        }
    }
}
