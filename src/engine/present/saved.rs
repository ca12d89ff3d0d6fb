//! What an audit keeps from one quarter to the next: goals and hypotheses, notes, the
//! living audit sheet, and the saved-audit file that holds them with the settings,
//! mappings and figures (and the raw files only when the user asks).

use crate::engine::import::ingest::Overrides;
use crate::engine::metrics::audit::{Audit, Dimension};
use crate::engine::metrics::metric::MetricId;
use crate::engine::metrics::period::Period;
use crate::engine::present::export;
use crate::engine::review::settings::Settings;
use base64::Engine as _;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Which way a goal wants its KPI to move.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// At least the target.
    AtLeast,
    /// At most the target.
    AtMost,
}

/// A KPI goal: the hypothesis being tested and the target, and after the period, what
/// was learned.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Goal {
    /// The KPI.
    pub metric: MetricId,
    /// The hypothesis ("moving budget from webinars to video lowers CPL").
    pub hypothesis: String,
    /// Which way.
    pub direction: Direction,
    /// The target value (a rate as a fraction).
    pub target: f64,
    /// By when.
    pub by: NaiveDate,
    /// The value when the goal was set.
    pub baseline: Option<f64>,
    /// After the period: was the target realistic? (the user's judgement)
    pub realistic: Option<bool>,
    /// After the period: what was learned.
    pub learned: String,
}

/// How a goal stands as of the reporting date.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Outcome {
    /// The deadline's period has not ended yet (or has no data): `latest` so far.
    Pending {
        /// The latest value of the KPI (current period).
        latest: Option<f64>,
    },
    /// Met, by `margin` (how far beyond the target).
    Hit {
        /// The value in the deadline's period.
        actual: f64,
        /// How far past the target, in the KPI's unit.
        margin: f64,
    },
    /// Missed, by `short` (how far from the target).
    Missed {
        /// The value in the deadline's period.
        actual: f64,
        /// How far short of the target, in the KPI's unit.
        short: f64,
    },
}

/// Judges a goal: the KPI's total in the period (of the audit's bucket) holding the
/// deadline, once the reporting date has reached the end of that period.
pub fn evaluate(goal: &Goal, audit: &Audit) -> Outcome {
    let latest = audit
        .current_period()
        .and_then(|p| audit.value(goal.metric, Dimension::Total, None, Some(p)));
    let (Some(bucket), Some(as_of)) = (audit.bucket, audit.as_of) else {
        return Outcome::Pending { latest };
    };
    let period = Period::of(bucket, goal.by);
    let actual = audit.value(goal.metric, Dimension::Total, None, Some(period));
    match actual {
        Some(actual) if as_of >= period.end() => {
            let gap = match goal.direction {
                Direction::AtLeast => actual - goal.target,
                Direction::AtMost => goal.target - actual,
            };
            if gap >= 0.0 {
                Outcome::Hit {
                    actual,
                    margin: gap,
                }
            } else {
                Outcome::Missed {
                    actual,
                    short: -gap,
                }
            }
        }
        _ => Outcome::Pending { latest },
    }
}

/// The guides' living audit sheet: one row per asset and KPI, a baseline column, then
/// one column per audit date.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Sheet {
    /// Audit dates, oldest first.
    pub dates: Vec<NaiveDate>,
    /// The rows.
    pub rows: Vec<SheetRow>,
}

/// One asset's KPI over the audits.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SheetRow {
    /// The asset: "Total", a campaign, a source, a program.
    pub asset: String,
    /// The KPI id.
    pub metric: String,
    /// The value the asset started from.
    pub baseline: Option<f64>,
    /// One value per audit date.
    pub values: Vec<Option<f64>>,
}

/// The rows this audit contributes: the pinned KPIs in total, and spend, ad leads and
/// CPL per campaign, for the period holding the reporting date.
pub fn sheet_values(audit: &Audit, settings: &Settings) -> Vec<(String, MetricId, Option<f64>)> {
    let Some(period) = audit.current_period() else {
        return Vec::new();
    };
    let mut out: Vec<(String, MetricId, Option<f64>)> = settings
        .pinned
        .iter()
        .filter(|m| audit.has(**m))
        .map(|m| {
            (
                "Total".to_owned(),
                *m,
                audit.value(*m, Dimension::Total, None, Some(period)),
            )
        })
        .collect();
    for campaign in audit.groups(Dimension::Campaign, MetricId::Spend) {
        for m in [MetricId::Spend, MetricId::AdLeads, MetricId::Cpl] {
            if audit
                .figure(m, Dimension::Campaign, Some(campaign), None)
                .is_some()
            {
                out.push((
                    campaign.to_owned(),
                    m,
                    audit.value(m, Dimension::Campaign, Some(campaign), Some(period)),
                ));
            }
        }
    }
    out
}

impl Sheet {
    /// Adds (or replaces) the column for `date` with `values`; new rows take their
    /// first value as baseline.
    pub fn append(&mut self, date: NaiveDate, values: &[(String, MetricId, Option<f64>)]) {
        let column = match self.dates.iter().position(|d| *d == date) {
            Some(i) => i,
            None => {
                let i = self
                    .dates
                    .iter()
                    .position(|d| *d > date)
                    .unwrap_or(self.dates.len());
                self.dates.insert(i, date);
                for row in &mut self.rows {
                    row.values.insert(i, None);
                }
                i
            }
        };
        for (asset, metric, value) in values {
            let id = metric.id();
            let row = match self
                .rows
                .iter()
                .position(|r| r.asset == *asset && r.metric == id)
            {
                Some(i) => &mut self.rows[i],
                None => {
                    self.rows.push(SheetRow {
                        asset: asset.clone(),
                        metric: id.to_owned(),
                        baseline: *value,
                        values: vec![None; self.dates.len()],
                    });
                    let last = self.rows.len() - 1;
                    &mut self.rows[last]
                }
            };
            if let Some(slot) = row.values.get_mut(column) {
                *slot = *value;
            }
        }
    }

    /// The sheet as CSV: `asset,metric,baseline,<date>…`, safe for spreadsheets.
    pub fn to_csv(&self) -> String {
        let mut header = vec![
            "asset".to_owned(),
            "metric".to_owned(),
            "baseline".to_owned(),
        ];
        header.extend(self.dates.iter().map(|d| d.to_string()));
        let number = |v: &Option<f64>| {
            v.filter(|x| x.is_finite())
                .map(|x| x.to_string())
                .unwrap_or_default()
        };
        let rows: Vec<Vec<String>> = self
            .rows
            .iter()
            .map(|r| {
                let mut cells = vec![r.asset.clone(), r.metric.clone(), number(&r.baseline)];
                cells.extend(r.values.iter().map(number));
                cells
            })
            .collect();
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        export::rows_to_csv(&header, &rows)
    }

    /// Reads a sheet exported by [`Sheet::to_csv`] (or kept by hand in that shape).
    /// Cells that are not numbers are read as empty.
    pub fn from_csv(text: &str) -> Result<Sheet, SheetError> {
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .from_reader(text.as_bytes());
        let headers = reader.headers().map_err(|_| SheetError::NotASheet)?.clone();
        let cells: Vec<&str> = headers
            .iter()
            .map(|h| h.trim().trim_start_matches('\''))
            .collect();
        if cells.len() < 3 || cells[0] != "asset" || cells[1] != "metric" || cells[2] != "baseline"
        {
            return Err(SheetError::NotASheet);
        }
        let dates: Vec<NaiveDate> = cells[3..]
            .iter()
            .map(|d| {
                NaiveDate::parse_from_str(d, "%Y-%m-%d")
                    .map_err(|_| SheetError::BadDate((*d).to_owned()))
            })
            .collect::<Result<_, _>>()?;
        let number = |c: Option<&str>| {
            c.and_then(|c| c.trim().parse::<f64>().ok())
                .filter(|v| v.is_finite())
        };
        let mut rows = Vec::new();
        for record in reader.records().map_while(Result::ok) {
            let strip = |i: usize| {
                record
                    .get(i)
                    .map(|c| c.trim_start_matches('\'').to_owned())
                    .unwrap_or_default()
            };
            rows.push(SheetRow {
                asset: strip(0),
                metric: strip(1),
                baseline: number(record.get(2)),
                values: (0..dates.len())
                    .map(|i| number(record.get(3 + i)))
                    .collect(),
            });
        }
        Ok(Sheet { dates, rows })
    }
}

/// Why a sheet could not be read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SheetError {
    /// The header is not `asset,metric,baseline,<dates>`.
    NotASheet,
    /// A column header is not a `YYYY-MM-DD` date.
    BadDate(String),
}

/// The schema id of saved-audit files.
pub const SAVED_SCHEMA: &str = "marketing-audit/saved/1";

/// One raw file kept in a saved audit (only when the user asks).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RawFile {
    /// The file name.
    pub name: String,
    /// Its bytes, base64.
    pub base64: String,
}

impl RawFile {
    /// Wraps bytes.
    pub fn new(name: &str, bytes: &[u8]) -> RawFile {
        RawFile {
            name: name.to_owned(),
            base64: base64::engine::general_purpose::STANDARD.encode(bytes),
        }
    }

    /// The bytes, or `None` when the text is not base64.
    pub fn bytes(&self) -> Option<Vec<u8>> {
        base64::engine::general_purpose::STANDARD
            .decode(&self.base64)
            .ok()
    }
}

/// Everything needed to reopen an audit next quarter.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedAudit {
    /// Always [`SAVED_SCHEMA`].
    pub schema: String,
    /// The reporting date of the saved audit.
    pub as_of: Option<NaiveDate>,
    /// Settings: formulas, periods, pinned KPIs, thresholds, cadences, triggers.
    pub settings: Settings,
    /// The files' names and the user's corrections to each.
    pub files: Vec<(String, Overrides)>,
    /// Corrections remembered per export layout.
    #[serde(default)]
    pub remembered: BTreeMap<String, Overrides>,
    /// Goals and hypotheses.
    #[serde(default)]
    pub goals: Vec<Goal>,
    /// Free notes: what was decided.
    #[serde(default)]
    pub notes: String,
    /// The living audit sheet.
    #[serde(default)]
    pub sheet: Sheet,
    /// The computed figures, as the CSV export (so the file explains itself).
    #[serde(default)]
    pub figures_csv: String,
    /// The raw files, only when the user chose to include them.
    #[serde(default)]
    pub raw: Vec<RawFile>,
}

/// Why a saved audit could not be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpenError {
    /// Not JSON, or not the saved-audit shape; the parser's message.
    Unreadable(String),
    /// A saved audit of another schema version.
    Schema(String),
}

impl SavedAudit {
    /// The file's JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
    }

    /// Reads a saved audit.
    pub fn from_json(text: &str) -> Result<SavedAudit, OpenError> {
        let saved: SavedAudit =
            serde_json::from_str(text).map_err(|e| OpenError::Unreadable(e.to_string()))?;
        if saved.schema != SAVED_SCHEMA {
            return Err(OpenError::Schema(saved.schema));
        }
        Ok(saved)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::import::ingest::{ingest, Overrides};

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a date")
    }

    fn audit_of(text: &str) -> Audit {
        let file = ingest("ads.csv", text.as_bytes(), &Overrides::default()).expect("ingests");
        crate::engine::run(&[&file], &Settings::default())
    }

    fn goal(direction: Direction, target: f64, by: &str) -> Goal {
        Goal {
            metric: MetricId::Spend,
            hypothesis: "h".into(),
            direction,
            target,
            by: day(by),
            baseline: None,
            realistic: None,
            learned: String::new(),
        }
    }

    #[test]
    fn goals_are_judged_once_their_period_has_ended() {
        let audit = audit_of("Date,Spend\n2026-05-01,80\n2026-08-01,120\n2026-09-30,10\n");
        // Q2 total 80: at most 100 is hit by 20; at least 100 is missed by 20.
        assert_eq!(
            evaluate(&goal(Direction::AtMost, 100.0, "2026-06-30"), &audit),
            Outcome::Hit {
                actual: 80.0,
                margin: 20.0
            }
        );
        assert_eq!(
            evaluate(&goal(Direction::AtLeast, 100.0, "2026-05-15"), &audit),
            Outcome::Missed {
                actual: 80.0,
                short: 20.0
            }
        );
        // Q3 ends on the reporting date: judged on 130.
        assert_eq!(
            evaluate(&goal(Direction::AtLeast, 100.0, "2026-09-01"), &audit),
            Outcome::Hit {
                actual: 130.0,
                margin: 30.0
            }
        );
        // Q4 has not happened: pending, with the latest value so far.
        assert_eq!(
            evaluate(&goal(Direction::AtLeast, 100.0, "2026-12-31"), &audit),
            Outcome::Pending {
                latest: Some(130.0)
            }
        );
    }

    #[test]
    fn the_sheet_grows_a_column_per_audit_and_round_trips() {
        let mut sheet = Sheet::default();
        sheet.append(
            day("2026-06-30"),
            &[
                ("Total".into(), MetricId::Spend, Some(100.0)),
                ("=A".into(), MetricId::Cpl, None),
            ],
        );
        sheet.append(
            day("2026-09-30"),
            &[
                ("Total".into(), MetricId::Spend, Some(130.0)),
                ("New".into(), MetricId::Spend, Some(5.0)),
            ],
        );
        // An earlier date slots in before, a repeated date replaces its column.
        sheet.append(
            day("2026-03-31"),
            &[("Total".into(), MetricId::Spend, Some(90.0))],
        );
        sheet.append(
            day("2026-09-30"),
            &[("Total".into(), MetricId::Spend, Some(131.0))],
        );
        assert_eq!(
            sheet.dates,
            vec![day("2026-03-31"), day("2026-06-30"), day("2026-09-30")]
        );
        let total = &sheet.rows[0];
        assert_eq!(
            (total.baseline, total.values.clone()),
            (Some(100.0), vec![Some(90.0), Some(100.0), Some(131.0)])
        );
        assert_eq!(sheet.rows[2].values, vec![None, None, Some(5.0)]);
        let csv = sheet.to_csv();
        assert!(csv.starts_with("asset,metric,baseline,2026-03-31,2026-06-30,2026-09-30\n"));
        assert!(csv.contains("'=A,cpl,,,,\n"), "{csv}");
        assert_eq!(
            Sheet::from_csv(&csv).map(|s| s.rows[1].asset.clone()),
            Ok("=A".to_owned())
        );
        let back = Sheet::from_csv(&csv).expect("reads back");
        assert_eq!(back, sheet);
        assert_eq!(Sheet::from_csv("a,b\n1,2\n"), Err(SheetError::NotASheet));
        assert_eq!(
            Sheet::from_csv("asset,metric,baseline,Q3\n"),
            Err(SheetError::BadDate("Q3".into()))
        );
    }

    #[test]
    fn saved_audit_round_trips_with_its_raw_files() {
        let bytes = b"Campaign,Spend\nA,1\n\xE9";
        let saved = SavedAudit {
            schema: SAVED_SCHEMA.to_owned(),
            as_of: Some(day("2026-09-30")),
            settings: Settings::default(),
            files: vec![(
                "a.csv".into(),
                Overrides {
                    decimal_mark: Some(crate::engine::import::value::DecimalMark::Comma),
                    ..Overrides::default()
                },
            )],
            remembered: BTreeMap::new(),
            goals: vec![goal(Direction::AtMost, 50.0, "2026-12-31")],
            notes: "Move budget to video.".into(),
            sheet: Sheet::default(),
            figures_csv: "metric\n".into(),
            raw: vec![RawFile::new("a.csv", bytes)],
        };
        let back = SavedAudit::from_json(&saved.to_json()).expect("reopens");
        assert_eq!(back, saved);
        assert_eq!(back.raw[0].bytes().as_deref(), Some(&bytes[..]));
        assert!(matches!(
            SavedAudit::from_json("{}"),
            Err(OpenError::Unreadable(_))
        ));
        let other = saved
            .to_json()
            .replace(SAVED_SCHEMA, "marketing-audit/saved/9");
        assert_eq!(
            SavedAudit::from_json(&other),
            Err(OpenError::Schema("marketing-audit/saved/9".into()))
        );
    }
}
