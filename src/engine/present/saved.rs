//! What an audit keeps from one quarter to the next: goals and hypotheses, notes, the
//! living audit sheet, and the saved-audit file that holds them with the settings,
//! mappings and figures (and the raw files only when the user asks).

use crate::engine::import::error::clip;
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
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        // Text cells are neutralised against formulas; numbers are not, so a negative
        // value stays a number in a spreadsheet and reads back.
        let mut out = export::rows_to_csv(&header, &[]);
        for r in &self.rows {
            let mut cells = vec![
                export::text_cell(&r.asset),
                export::text_cell(&r.metric),
                number(&r.baseline),
            ];
            cells.extend(r.values.iter().map(number));
            out.push_str(&cells.join(","));
            out.push('\n');
        }
        out
    }

    /// Reads a sheet exported by [`Sheet::to_csv`] (or kept by hand in that shape).
    /// Cells that are not numbers are read as empty; a file that is not a sheet, too
    /// large, or damaged is refused ([`SheetError`]).
    pub fn from_csv(text: &str) -> Result<Sheet, SheetError> {
        if text.len() > MAX_SHEET_BYTES {
            return Err(SheetError::TooLarge);
        }
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .from_reader(text.as_bytes());
        let headers = reader.headers().map_err(|_| SheetError::NotASheet)?.clone();
        let cells: Vec<&str> = headers
            .iter()
            .map(|h| h.trim().trim_start_matches('\''))
            .collect();
        let (Some(&"asset"), Some(&"metric"), Some(&"baseline")) =
            (cells.first(), cells.get(1), cells.get(2))
        else {
            return Err(SheetError::NotASheet);
        };
        let named = cells.get(3..).unwrap_or_default();
        if named.len() > MAX_SHEET_DATES {
            return Err(SheetError::TooLarge);
        }
        let dates: Vec<NaiveDate> = named
            .iter()
            .map(|d| {
                NaiveDate::parse_from_str(d, "%Y-%m-%d").map_err(|_| SheetError::BadDate(clip(d)))
            })
            .collect::<Result<_, _>>()?;
        let mut seen = dates.clone();
        seen.sort_unstable();
        if let Some([a, _]) = seen.windows(2).find(|w| matches!(w, [a, b] if a == b)) {
            return Err(SheetError::RepeatedDate(a.to_string()));
        }
        // A sheet written before numbers were left alone has `'-30`.
        let number = |c: Option<&str>| {
            c.and_then(|c| export::text_of_cell(c.trim()).parse::<f64>().ok())
                .filter(|v| v.is_finite())
        };
        let mut rows = Vec::new();
        for record in reader.records() {
            let damaged = |line: Option<u64>| SheetError::Damaged {
                line: line.unwrap_or(0),
            };
            let record = record.map_err(|e| damaged(e.position().map(csv::Position::line)))?;
            if record.len() > cells.len() {
                return Err(damaged(record.position().map(csv::Position::line)));
            }
            if rows.len() >= MAX_SHEET_ROWS {
                return Err(SheetError::TooLarge);
            }
            let strip = |i: usize| {
                record
                    .get(i)
                    .map(|c| export::text_of_cell(c).to_owned())
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
        // Oldest first, as `append` keeps them.
        let mut order: Vec<usize> = (0..dates.len()).collect();
        order.sort_by_key(|&i| dates.get(i).copied());
        let sorted = |values: &[Option<f64>]| -> Vec<Option<f64>> {
            order
                .iter()
                .map(|&i| values.get(i).copied().flatten())
                .collect()
        };
        for row in &mut rows {
            row.values = sorted(&row.values);
        }
        Ok(Sheet { dates: seen, rows })
    }
}

/// Why a sheet could not be read. The page keeps the sheet it has.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SheetError {
    /// The header is not `asset,metric,baseline,<dates>`: another CSV.
    NotASheet,
    /// A column header is not a `YYYY-MM-DD` date.
    BadDate(String),
    /// The same audit date heads two columns.
    RepeatedDate(String),
    /// A row the CSV reader cannot read, or with more cells than the header has
    /// columns: the file was cut or edited by hand. `line` is 1-based.
    Damaged {
        /// The line of the first such row.
        line: u64,
    },
    /// More than [`MAX_SHEET_BYTES`] bytes, or more than [`MAX_SHEET_ROWS`] rows or
    /// [`MAX_SHEET_DATES`] audit dates: not a sheet this page wrote.
    TooLarge,
}

/// Largest sheet file read, in bytes: a sheet of 10,000 rows and 100 audit dates is
/// under 20 MB.
pub const MAX_SHEET_BYTES: usize = 64 << 20;

/// Most rows of a sheet: one per asset and KPI, which is hundreds in a real audit.
pub const MAX_SHEET_ROWS: usize = 100_000;

/// Most audit dates of a sheet: one per quarter is 40 in ten years.
pub const MAX_SHEET_DATES: usize = 1000;

/// The schema id of the saved-audit files this page writes: [`SAVED_SCHEMA_PREFIX`]
/// and [`SAVED_VERSION`].
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

/// Why a saved audit could not be opened. The page keeps the audit it has.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpenError {
    /// Not a saved audit at all: not JSON, or JSON with no saved-audit `schema`
    /// (another file, or this page's JSON export).
    NotASavedAudit,
    /// A saved audit written by a newer version of the page, with this schema
    /// version: this version cannot know what it holds.
    Newer {
        /// The version after `marketing-audit/saved/`.
        version: u32,
    },
    /// It says it is a saved audit but its content is not what this page writes:
    /// missing or mistyped fields, a raw file that is not base64, a sheet whose rows
    /// and dates disagree, a schema version that is not a number (cut, damaged or
    /// edited by hand).
    Damaged,
    /// Larger than [`MAX_SAVED_BYTES`], or holding more than [`MAX_SAVED_ITEMS`] files,
    /// goals, remembered layouts or sheet rows.
    TooLarge,
}

/// The schema of saved-audit files without their version.
pub const SAVED_SCHEMA_PREFIX: &str = "marketing-audit/saved/";

/// The schema version this page writes and reads.
pub const SAVED_VERSION: u32 = 1;

/// Largest saved-audit file opened, in bytes. Raw files are kept in base64 (4 bytes for
/// 3), so this holds about 380 MB of exports: more than a browser tab reads at once.
pub const MAX_SAVED_BYTES: usize = 512 << 20;

/// Most entries in each list of a saved audit (files, goals, remembered layouts, raw
/// files, sheet rows). A real audit has tens of each.
pub const MAX_SAVED_ITEMS: usize = 100_000;

/// Whether the start of `text` names the saved-audit schema (as the first key, where
/// [`SavedAudit::to_json`] writes it).
fn announces_saved_schema(text: &str) -> bool {
    let end = (0..=text.len().min(64))
        .rev()
        .find(|&n| text.is_char_boundary(n))
        .unwrap_or(0);
    text.get(..end)
        .is_some_and(|start| start.contains("\"schema\"") && start.contains(SAVED_SCHEMA_PREFIX))
}

/// The part of a saved audit read before everything else: its schema.
#[derive(Deserialize)]
struct Schema {
    schema: Option<serde_json::Value>,
}

impl SavedAudit {
    /// The file's JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
    }

    /// Reads a saved audit, refusing a file that is not one ([`OpenError`]): first its
    /// size, then its schema and version, then its shape and the sizes inside it.
    pub fn from_json(text: &str) -> Result<SavedAudit, OpenError> {
        if text.len() > MAX_SAVED_BYTES {
            return Err(OpenError::TooLarge);
        }
        let schema = match serde_json::from_str::<Schema>(text) {
            Ok(Schema {
                schema: Some(serde_json::Value::String(schema)),
            }) => schema,
            // A file cut short or broken after its opening lines, which name the
            // schema as this page writes it, is a damaged saved audit.
            Err(_) if announces_saved_schema(text) => return Err(OpenError::Damaged),
            _ => return Err(OpenError::NotASavedAudit),
        };
        let Some(version) = schema.strip_prefix(SAVED_SCHEMA_PREFIX) else {
            return Err(OpenError::NotASavedAudit);
        };
        match version.parse::<u32>() {
            Ok(SAVED_VERSION) => {}
            Ok(v) if v > SAVED_VERSION => return Err(OpenError::Newer { version: v }),
            _ => return Err(OpenError::Damaged),
        }
        let saved: SavedAudit = serde_json::from_str(text).map_err(|_| OpenError::Damaged)?;
        saved.check()?;
        Ok(saved)
    }

    /// The sizes and the cross-checks the types cannot state.
    fn check(&self) -> Result<(), OpenError> {
        let counts = [
            self.files.len(),
            self.remembered.len(),
            self.goals.len(),
            self.sheet.rows.len(),
            self.sheet.dates.len(),
            self.raw.len(),
        ];
        if counts.iter().any(|&n| n > MAX_SAVED_ITEMS) {
            return Err(OpenError::TooLarge);
        }
        let dates_in_order = self
            .sheet
            .dates
            .windows(2)
            .all(|w| matches!(w, [a, b] if a < b));
        let rows_fit = self
            .sheet
            .rows
            .iter()
            .all(|r| r.values.len() == self.sheet.dates.len());
        let finite = |v: &Option<f64>| v.is_none_or(f64::is_finite);
        let values_finite = self
            .sheet
            .rows
            .iter()
            .all(|r| finite(&r.baseline) && r.values.iter().all(finite));
        let raw_readable = self.raw.iter().all(|r| r.bytes().is_some());
        if !(dates_in_order && rows_fit && values_finite && raw_readable) {
            return Err(OpenError::Damaged);
        }
        Ok(())
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
    }

    fn saved_json() -> String {
        let saved = SavedAudit {
            schema: SAVED_SCHEMA.to_owned(),
            as_of: Some(day("2026-09-30")),
            settings: Settings::default(),
            files: vec![("a.csv".into(), Overrides::default())],
            remembered: BTreeMap::new(),
            goals: Vec::new(),
            notes: String::new(),
            sheet: Sheet {
                dates: vec![day("2026-06-30"), day("2026-09-30")],
                rows: vec![SheetRow {
                    asset: "Total".into(),
                    metric: "spend".into(),
                    baseline: Some(1.0),
                    values: vec![Some(1.0), Some(2.0)],
                }],
            },
            figures_csv: String::new(),
            raw: vec![RawFile::new("a.csv", b"Campaign,Spend\nA,1\n")],
        };
        saved.to_json()
    }

    #[track_caller]
    fn refused(text: &str, expected: OpenError) {
        assert_eq!(SavedAudit::from_json(text), Err(expected), "{text}");
    }

    #[test]
    fn a_foreign_file_is_not_a_saved_audit() {
        assert!(SavedAudit::from_json(&saved_json()).is_ok());
        for text in [
            "",
            "Campaign,Spend\nA,1\n",
            "{}",
            "[1, 2]",
            "null",
            r#"{"schema": 1}"#,
            r#"{"schema": "marketing-audit/1", "as_of": null, "inputs": [], "figures": []}"#,
            r#"{"schema": "something/saved/1"}"#,
        ] {
            refused(text, OpenError::NotASavedAudit);
        }
    }

    #[test]
    fn a_newer_saved_audit_is_refused_with_its_version() {
        let newer = saved_json().replace(SAVED_SCHEMA, "marketing-audit/saved/2");
        refused(&newer, OpenError::Newer { version: 2 });
        refused(
            r#"{"schema": "marketing-audit/saved/17", "future": true}"#,
            OpenError::Newer { version: 17 },
        );
    }

    #[test]
    fn a_damaged_saved_audit_is_refused() {
        let good = saved_json();
        let cases = [
            // Cut short after the schema.
            good.get(..good.len() / 2).unwrap_or_default().to_owned(),
            // A version that is not a number, or an older one this page never wrote.
            good.replace(SAVED_SCHEMA, "marketing-audit/saved/x"),
            good.replace(SAVED_SCHEMA, "marketing-audit/saved/0"),
            // A field of the wrong type, a required field missing.
            good.replace("\"as_of\": \"2026-09-30\"", "\"as_of\": 12"),
            good.replace("\"settings\"", "\"settingz\""),
            // A raw file that is not base64.
            good.replace("\"base64\": \"", "\"base64\": \"!!"),
            // Sheet dates out of order, a row with a value too few.
            good.replace("2026-06-30", "2026-12-31"),
            good.replace("\"values\": [\n          1.0,", "\"values\": ["),
        ];
        for text in cases {
            assert_ne!(text, good, "the case changes the file");
            refused(&text, OpenError::Damaged);
        }
        refused(
            r#"{"schema": "marketing-audit/saved/1""#,
            OpenError::Damaged,
        );
    }

    #[test]
    fn an_oversized_saved_audit_is_refused() {
        let file = serde_json::to_string(&("a", Overrides::default())).expect("serialises");
        let many = vec![file; MAX_SAVED_ITEMS + 1];
        let text =
            saved_json().replace("\"files\": [", &format!("\"files\": [{},", many.join(",")));
        refused(&text, OpenError::TooLarge);
    }

    #[track_caller]
    fn sheet_refused(text: &str, expected: SheetError) {
        assert_eq!(Sheet::from_csv(text), Err(expected), "{text}");
    }

    #[test]
    fn a_foreign_or_damaged_sheet_is_refused() {
        sheet_refused("", SheetError::NotASheet);
        sheet_refused("Campaign,Spend\nA,1\n", SheetError::NotASheet);
        sheet_refused("asset,metric\n", SheetError::NotASheet);
        sheet_refused(
            "asset,metric,baseline,2026-06-30,2026-06-30\n",
            SheetError::RepeatedDate("2026-06-30".into()),
        );
        // A row with more cells than the header: a column was lost or added by hand.
        sheet_refused(
            "asset,metric,baseline,2026-06-30\nTotal,spend,1,2\nA,spend,1,2,3\n",
            SheetError::Damaged { line: 3 },
        );
        let dates: Vec<String> = (0..=MAX_SHEET_DATES)
            .map(|i| (day("2000-01-01") + chrono::Days::new(i as u64)).to_string())
            .collect();
        sheet_refused(
            &format!("asset,metric,baseline,{}\n", dates.join(",")),
            SheetError::TooLarge,
        );
        let rows = "A,spend,1\n".repeat(MAX_SHEET_ROWS + 1);
        sheet_refused(
            &format!("asset,metric,baseline\n{rows}"),
            SheetError::TooLarge,
        );
    }

    #[test]
    fn negative_values_and_quoted_assets_survive_the_sheet_round_trip() {
        // Found by the `saved` fuzz target: `-30` was written as the text `'-30` and
        // read back as empty; an asset starting with `'` lost it.
        let mut sheet = Sheet::default();
        sheet.append(
            day("2026-09-30"),
            &[
                ("'x".into(), MetricId::Roi, Some(-30.0)),
                ("-A".into(), MetricId::Roi, Some(-0.5)),
            ],
        );
        let csv = sheet.to_csv();
        assert!(
            csv.contains("'x,roi,-30,-30\n") && csv.contains("'-A,roi,-0.5,-0.5\n"),
            "{csv}"
        );
        assert_eq!(Sheet::from_csv(&csv), Ok(sheet));
        let old = "asset,metric,baseline,2026-09-30\nTotal,roi,'-0.5,'-30\n";
        let read = Sheet::from_csv(old).expect("reads");
        assert_eq!(read.rows[0].values, vec![Some(-30.0)]);
    }

    #[test]
    fn a_sheet_with_its_dates_out_of_order_is_read_oldest_first() {
        let sheet =
            Sheet::from_csv("asset,metric,baseline,2026-09-30,2026-06-30\nTotal,spend,1,3,2\n")
                .expect("reads");
        assert_eq!(sheet.dates, vec![day("2026-06-30"), day("2026-09-30")]);
        assert_eq!(sheet.rows[0].values, vec![Some(2.0), Some(3.0)]);
    }
}
