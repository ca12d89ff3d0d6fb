//! Pipeline velocity: how many leads sit in each stage, how long they stay, how many
//! move on, how long a sale takes, who is stuck, which actions move leads, and what the
//! pipeline should deliver next.
//!
//! Everything starts from the CRM [`Join`] and a reporting date (`as_of`): rows after
//! it are left out, and a lead still in a stage on that date is *censored* — its stay
//! has not finished, so it is reported apart and never counted as a finished stay.
//!
//! The lead's **timeline** is a list of *stays*. A stay runs from entering a stage to
//! entering the next one, or to the row's `exited_at` when the file gives one (and it
//! is earlier). Durations are whole calendar days between the two dates, so a file
//! that lost its seconds (an Excel round trip) gives the same figures. Where a lead
//! has no stage rows, its timeline is inferred: one stay from its creation date in
//! `Lead` (or in the stage of its score band, see [`ScoreBand`]), and one in
//! `Customer` from its first won deal. [`StagesFrom`] says which was used.
//!
//! **Percentiles** (median, p90) use linear interpolation between closest ranks
//! (Hyndman & Fan type 7, Excel `PERCENTILE.INC`, numpy's default): for sorted values
//! x₀…xₙ₋₁ and p in [0, 1], h = (n − 1)·p and the percentile is
//! x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋). The median is the usual one.

use crate::engine::metrics::audit::{Dimension, Figure, NOT_SET};
use crate::engine::metrics::config;
use crate::engine::metrics::funnel::{classify, Join, Lead, StageKind};
use crate::engine::metrics::metric::MetricId;
use crate::engine::metrics::period::{Bucket, Period};
use chrono::{Days, NaiveDate, NaiveDateTime};
use rust_decimal::prelude::ToPrimitive;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The user's velocity settings; [`Default`] takes them from [`config`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VelocitySettings {
    /// The period size of inflow/outflow, the stage-count series and the forecast.
    pub bucket: Bucket,
    /// Days a lead may sit in a stage before it is stagnant; stages not listed never are.
    pub stagnation_days: Vec<(StageKind, i64)>,
    /// Width of a time-in-stage histogram bin, in days (at least 1 is used).
    pub histogram_bin_days: i64,
    /// Number of histogram bins; the last one is open-ended (at least 1 is used).
    pub histogram_bins: usize,
    /// Periods the forecast looks ahead.
    pub forecast_periods: u32,
    /// Score bands, used only when no lead has stage rows.
    pub score_bands: Vec<ScoreBand>,
}

impl Default for VelocitySettings {
    fn default() -> Self {
        VelocitySettings {
            bucket: Bucket::Quarter,
            stagnation_days: config::STAGNATION_DAYS.to_vec(),
            histogram_bin_days: config::STAGE_HISTOGRAM_BIN_DAYS,
            histogram_bins: config::STAGE_HISTOGRAM_BINS,
            forecast_periods: config::FORECAST_PERIODS,
            score_bands: config::SCORE_BANDS
                .iter()
                .map(|(from, name)| ScoreBand {
                    from: *from,
                    name: (*name).to_owned(),
                })
                .collect(),
        }
    }
}

/// A score band: scores from `from` up to the next band's `from` get the stage whose
/// name is `name` (recognised like any stage name, so "Hot" would be `Other` and
/// "Sales Qualified" `SQL`). Scores below every band get no stage.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScoreBand {
    /// The lowest score of the band.
    pub from: f64,
    /// The stage name the band stands for.
    pub name: String,
}

/// Where the stays of the timeline came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StagesFrom {
    /// Stage-change rows (leads without any get the inferred stays below).
    StageChanges,
    /// No stage rows: each scored lead sits, from its creation, in its score band's stage.
    ScoreBands,
    /// No stage rows and no scores: `Lead` from creation, `Customer` from the first win.
    CreatedAndWon,
}

/// A problem in the data that keeps a value out of the figures.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub enum DataIssue {
    /// The first deal was won before the lead's first contact: no sales cycle for it.
    WonBeforeFirstContact {
        /// The lead id.
        lead: String,
        /// First contact (or created) date.
        first_contact: NaiveDate,
        /// The first won date.
        won: NaiveDate,
    },
    /// A stage row exits before it enters: the exit is ignored.
    ExitedBeforeEntered {
        /// The lead id.
        lead: String,
        /// The stage of the row.
        stage: StageKind,
    },
}

/// One lead's stay in one stage.
#[derive(Clone, Debug, PartialEq)]
pub struct Stay<'j> {
    /// Index of the lead in `join.leads`.
    pub lead: usize,
    /// The stage.
    pub stage: StageKind,
    /// When the stay began.
    pub entered: NaiveDateTime,
    /// When it ended; `None` when the lead is still there on the reporting date.
    pub left: Option<NaiveDateTime>,
    /// The action of the entry row.
    pub action: Option<&'j str>,
}

impl Stay<'_> {
    /// Whole days of a finished stay.
    pub fn days(&self) -> Option<i64> {
        self.left
            .map(|l| (l.date() - self.entered.date()).num_days())
    }
}

/// Every lead's stays up to the reporting date, lead by lead in time order.
#[derive(Clone, Debug, PartialEq)]
pub struct Timeline<'j> {
    /// The joined CRM data the stays point into.
    pub join: &'j Join,
    /// The reporting date.
    pub as_of: NaiveDate,
    /// Where the stages came from.
    pub from: StagesFrom,
    /// Indices (in `join.leads`) of the leads in scope: real leads (not unmatched
    /// deals) that exist on the reporting date.
    pub leads: Vec<usize>,
    /// The stays.
    pub stays: Vec<Stay<'j>>,
    /// Rows that could not be used as they are.
    pub issues: Vec<DataIssue>,
}

/// Builds every lead's stays up to `as_of`.
pub fn timeline<'j>(join: &'j Join, as_of: NaiveDate, settings: &VelocitySettings) -> Timeline<'j> {
    let any_stage_rows = join.leads.iter().any(|l| !l.entries.is_empty());
    let any_score = join.leads.iter().any(|l| l.score.is_some());
    let from = if any_stage_rows {
        StagesFrom::StageChanges
    } else if any_score && !settings.score_bands.is_empty() {
        StagesFrom::ScoreBands
    } else {
        StagesFrom::CreatedAndWon
    };
    let mut out = Timeline {
        join,
        as_of,
        from,
        leads: Vec::new(),
        stays: Vec::new(),
        issues: Vec::new(),
    };
    for (index, lead) in join.leads.iter().enumerate() {
        if !is_lead(lead) || start(lead).is_none_or(|s| s > as_of) {
            continue;
        }
        out.leads.push(index);
        lead_stays(index, lead, &mut out, settings);
    }
    out
}

struct Row<'j> {
    stage: StageKind,
    entered: NaiveDateTime,
    exited: Option<NaiveDateTime>,
    action: Option<&'j str>,
}

fn lead_stays<'j>(
    index: usize,
    lead: &'j Lead,
    out: &mut Timeline<'j>,
    settings: &VelocitySettings,
) {
    let as_of = out.as_of;
    let mut rows: Vec<Row<'j>> = lead
        .entries
        .iter()
        .filter(|e| e.entered.date() <= as_of)
        .map(|e| Row {
            stage: e.kind,
            entered: e.entered,
            exited: e.exited,
            action: e.action.as_deref(),
        })
        .collect();
    if rows.is_empty() {
        let stage = match out.from {
            StagesFrom::ScoreBands => lead.score.and_then(|s| band(s.to_f64()?, settings)),
            _ => Some(StageKind::Lead),
        };
        if let (Some(stage), Some(created)) = (stage, lead.created) {
            rows.push(Row {
                stage,
                entered: created.and_time(chrono::NaiveTime::MIN),
                exited: None,
                action: None,
            });
        }
    }
    let has_customer = rows.iter().any(|r| r.stage == StageKind::Customer);
    let first_row = rows.first().map(|r| r.entered.date());
    if let (false, Some(won), Some(first)) = (has_customer, first_won(lead, as_of), first_row) {
        // A win dated before the lead's first row is a data issue (see the sales cycle),
        // not a stay.
        if won >= first {
            rows.push(Row {
                stage: StageKind::Customer,
                entered: won.and_time(chrono::NaiveTime::MIN),
                exited: None,
                action: None,
            });
            rows.sort_by_key(|r| r.entered);
        }
    }
    for (i, row) in rows.iter().enumerate() {
        let next = rows.get(i + 1).map(|r| r.entered);
        let exited = match row.exited {
            Some(x) if x < row.entered => {
                out.issues.push(DataIssue::ExitedBeforeEntered {
                    lead: lead.id.clone(),
                    stage: row.stage,
                });
                None
            }
            x => x,
        };
        let left = match (exited, next) {
            (Some(x), Some(n)) => Some(x.min(n)),
            (x, n) => x.or(n),
        };
        out.stays.push(Stay {
            lead: index,
            stage: row.stage,
            entered: row.entered,
            left: left.filter(|l| l.date() <= as_of),
            action: row.action,
        });
    }
}

fn band(score: f64, settings: &VelocitySettings) -> Option<StageKind> {
    settings
        .score_bands
        .iter()
        .filter(|b| score >= b.from)
        .max_by(|a, b| a.from.total_cmp(&b.from))
        .map(|b| classify(&b.name))
}

fn is_lead(lead: &Lead) -> bool {
    !lead.id.starts_with("deal:")
}

/// Created (or first contact) date, else the first stage row.
fn start(lead: &Lead) -> Option<NaiveDate> {
    lead.created
        .or_else(|| lead.entries.first().map(|e| e.entered.date()))
}

fn first_won(lead: &Lead, as_of: NaiveDate) -> Option<NaiveDate> {
    lead.deals.first().map(|(d, _)| *d).filter(|d| *d <= as_of)
}

/// Count, mean, median and 90th percentile of whole-day durations.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DayStats {
    /// How many durations.
    pub count: u64,
    /// Their sum in days.
    pub total_days: i64,
    /// total_days ÷ count.
    pub mean: Option<f64>,
    /// The median (type 7, see the module).
    pub median: Option<f64>,
    /// The 90th percentile (type 7).
    pub p90: Option<f64>,
}

impl DayStats {
    /// The statistics of `days` (in any order).
    pub fn of(mut days: Vec<i64>) -> DayStats {
        days.sort_unstable();
        let total_days = days.iter().fold(0i64, |a, d| a.saturating_add(*d));
        let count = days.len() as u64;
        DayStats {
            count,
            total_days,
            mean: (count > 0).then(|| total_days as f64 / count as f64),
            median: percentile(&days, 0.5),
            p90: percentile(&days, 0.9),
        }
    }
}

/// Percentile `p` (0–1) of sorted values, type 7; `None` when there are none.
pub fn percentile(sorted: &[i64], p: f64) -> Option<f64> {
    let last = sorted.len().checked_sub(1)?;
    let h = last as f64 * p.clamp(0.0, 1.0);
    let lo = h.floor() as usize;
    let x0 = *sorted.get(lo)? as f64;
    let x1 = *sorted.get((lo + 1).min(last))? as f64;
    Some(x0 + (h - lo as f64) * (x1 - x0))
}

// ---------------------------------------------------------------------------------
// Stage counts

/// Leads per stage at the end of one day.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DaySnapshot {
    /// The day.
    pub day: NaiveDate,
    /// Leads in each stage of [`StageCounts::stages`], in that order.
    pub counts: Vec<u64>,
}

/// Leads entering and leaving a stage in one period (re-entries count again).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Flow {
    /// The stage.
    pub stage: StageKind,
    /// The period.
    pub period: Period,
    /// Stays that began in the period.
    pub inflow: u64,
    /// Stays that ended in the period.
    pub outflow: u64,
}

/// Daily stage snapshots from the first stay to the reporting date, and flows.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct StageCounts {
    /// The stages that occur, in [`StageKind::ALL`] order.
    pub stages: Vec<StageKind>,
    /// One snapshot per day, oldest first, ending on the reporting date.
    pub days: Vec<DaySnapshot>,
    /// Inflow and outflow per stage and period, by stage then period.
    pub flows: Vec<Flow>,
}

impl StageCounts {
    /// Leads in `stage` at the end of `day`; `None` outside the snapshot range.
    pub fn on(&self, day: NaiveDate, stage: StageKind) -> Option<u64> {
        let col = self.stages.iter().position(|s| *s == stage)?;
        let first = self.days.first()?.day;
        let row = usize::try_from((day - first).num_days()).ok()?;
        self.days.get(row)?.counts.get(col).copied()
    }

    /// Leads in each stage on the reporting date.
    pub fn current(&self) -> Vec<(StageKind, u64)> {
        let last = self.days.last().map(|d| d.counts.as_slice()).unwrap_or(&[]);
        self.stages
            .iter()
            .zip(last.iter().chain(std::iter::repeat(&0)))
            .map(|(s, c)| (*s, *c))
            .collect()
    }
}

/// At most this many days of snapshots (a century): older stays are clipped.
const MAX_SNAPSHOT_DAYS: u64 = 36_600;

/// Reconstructs how many leads sit in each stage on every day, and the flows. A lead
/// is in a stage at the end of a day when its latest stay begun on or before that day
/// has not ended by then (a stay entered and left on the same day is never counted).
pub fn stage_counts(timeline: &Timeline, settings: &VelocitySettings) -> StageCounts {
    let as_of = timeline.as_of;
    let stages: Vec<StageKind> = StageKind::ALL
        .into_iter()
        .filter(|k| timeline.stays.iter().any(|s| s.stage == *k))
        .collect();
    let Some(first) = timeline.stays.iter().map(|s| s.entered.date()).min() else {
        return StageCounts::default();
    };
    let floor = as_of
        .checked_sub_days(Days::new(MAX_SNAPSHOT_DAYS))
        .unwrap_or(first);
    let first = first.max(floor);
    let n = usize::try_from((as_of - first).num_days() + 1).unwrap_or(0);
    let index = |d: NaiveDate| usize::try_from((d - first).num_days()).unwrap_or(0).min(n);
    let mut delta = vec![vec![0i64; n + 1]; stages.len()];
    let mut flows: BTreeMap<(StageKind, Period), (u64, u64)> = BTreeMap::new();
    for stay in &timeline.stays {
        let Some(col) = stages.iter().position(|s| *s == stay.stage) else {
            continue;
        };
        let from = index(stay.entered.date());
        let to = stay.left.map_or(n, |l| index(l.date()));
        if let (true, Some(d)) = (from < to, delta.get_mut(col)) {
            if let Some(x) = d.get_mut(from) {
                *x += 1;
            }
            if let Some(x) = d.get_mut(to) {
                *x -= 1;
            }
        }
        let key = (stay.stage, Period::of(settings.bucket, stay.entered.date()));
        flows.entry(key).or_default().0 += 1;
        if let Some(left) = stay.left {
            let key = (stay.stage, Period::of(settings.bucket, left.date()));
            flows.entry(key).or_default().1 += 1;
        }
    }
    let mut running = vec![0i64; stages.len()];
    let mut days = Vec::with_capacity(n);
    let mut day = Some(first);
    for i in 0..n {
        let Some(d) = day else { break };
        for (r, col) in running.iter_mut().zip(&delta) {
            *r += col.get(i).copied().unwrap_or(0);
        }
        days.push(DaySnapshot {
            day: d,
            counts: running
                .iter()
                .map(|r| u64::try_from(*r).unwrap_or(0))
                .collect(),
        });
        day = d.succ_opt();
    }
    StageCounts {
        stages,
        days,
        flows: flows
            .into_iter()
            .map(|((stage, period), (inflow, outflow))| Flow {
                stage,
                period,
                inflow,
                outflow,
            })
            .collect(),
    }
}

// ---------------------------------------------------------------------------------
// Time in stage

/// The stages whose stays are measured: Customer and Lost are terminal (a stay there
/// never ends), and Other is not a funnel step.
pub const TIMED_STAGES: [StageKind; 4] = [
    StageKind::Lead,
    StageKind::Mql,
    StageKind::Sql,
    StageKind::Opportunity,
];

/// A lead still in a stage on the reporting date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Censored {
    /// The lead id.
    pub lead: String,
    /// When its current stay began.
    pub since: NaiveDate,
    /// Whole days from then to the reporting date.
    pub days_so_far: i64,
}

/// One histogram bin of whole days.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bin {
    /// The first day of the bin.
    pub from_days: i64,
    /// The last day of the bin; `None` for the open-ended last bin.
    pub to_days: Option<i64>,
    /// Leads whose latest stay falls in it.
    pub leads: u64,
}

/// How long leads stay in one stage.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StageTime {
    /// The stage.
    pub stage: StageKind,
    /// Per lead, its latest finished stay (leads whose latest stay is finished).
    pub latest: DayStats,
    /// Per lead, the sum of all its stays in the stage (same leads as `latest`).
    pub cumulative: DayStats,
    /// Histogram of the latest stays.
    pub histogram: Vec<Bin>,
    /// Leads with more than one stay in the stage.
    pub reentered: u64,
    /// Leads still in the stage: not counted above.
    pub censored: Vec<Censored>,
}

/// Time in each of [`TIMED_STAGES`] that occurs.
pub fn time_in_stage(timeline: &Timeline, settings: &VelocitySettings) -> Vec<StageTime> {
    let bin_days = settings.histogram_bin_days.max(1);
    let bins = settings.histogram_bins.max(1);
    let mut out = Vec::new();
    for stage in TIMED_STAGES {
        // Per lead: its stays in the stage, in time order.
        let mut per_lead: BTreeMap<usize, Vec<&Stay>> = BTreeMap::new();
        for stay in timeline.stays.iter().filter(|s| s.stage == stage) {
            per_lead.entry(stay.lead).or_default().push(stay);
        }
        if per_lead.is_empty() {
            continue;
        }
        let (mut latest, mut cumulative, mut censored) = (Vec::new(), Vec::new(), Vec::new());
        let mut reentered = 0;
        for (lead, stays) in &per_lead {
            if stays.len() > 1 {
                reentered += 1;
            }
            let Some(last) = stays.last() else { continue };
            match last.days() {
                Some(days) => {
                    latest.push(days);
                    cumulative.push(stays.iter().filter_map(|s| s.days()).sum());
                }
                None => censored.push(Censored {
                    lead: lead_id(timeline, *lead),
                    since: last.entered.date(),
                    days_so_far: (timeline.as_of - last.entered.date()).num_days(),
                }),
            }
        }
        let mut histogram: Vec<Bin> = (0..bins)
            .map(|i| {
                let from_days = i as i64 * bin_days;
                Bin {
                    from_days,
                    to_days: (i + 1 < bins).then_some(from_days + bin_days - 1),
                    leads: 0,
                }
            })
            .collect();
        for days in &latest {
            let i = usize::try_from(days / bin_days).unwrap_or(0).min(bins - 1);
            if let Some(bin) = histogram.get_mut(i) {
                bin.leads += 1;
            }
        }
        out.push(StageTime {
            stage,
            latest: DayStats::of(latest),
            cumulative: DayStats::of(cumulative),
            histogram,
            reentered,
            censored,
        });
    }
    out
}

fn lead_id(timeline: &Timeline, index: usize) -> String {
    timeline
        .join
        .leads
        .get(index)
        .map(|l| l.id.clone())
        .unwrap_or_default()
}

// ---------------------------------------------------------------------------------
// Conversion

/// Conversion from one funnel step to the next one that occurs in the data.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// The earlier stage.
    pub from: StageKind,
    /// The later stage.
    pub to: StageKind,
    /// Leads that reached `from`.
    pub reached_from: u64,
    /// Leads that reached `to`.
    pub reached_to: u64,
    /// reached_to ÷ reached_from.
    pub rate: Option<f64>,
    /// reached_to ÷ leads (cumulative conversion from the first stage).
    pub cumulative: Option<f64>,
}

/// MQL → SQL acceptance: of leads that reached MQL, the share that reached SQL.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Acceptance {
    /// Leads that reached MQL.
    pub mqls: u64,
    /// Of them, leads that reached SQL.
    pub accepted: u64,
    /// Of them, leads still in MQL on the reporting date (not yet decided).
    pub pending: u64,
    /// accepted ÷ mqls. Whether it is too low is the review's call
    /// ([`config::Thresholds::acceptance_too_low`]).
    pub rate: Option<f64>,
}

/// Funnel conversion, overall and per source.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Conversion {
    /// The funnel steps that occur in the data, in order (Lead always).
    pub stages: Vec<StageKind>,
    /// Leads that reached each of `stages` (reaching a later step counts as passing
    /// the earlier ones).
    pub reached: Vec<u64>,
    /// Next-step conversion between consecutive `stages`.
    pub steps: Vec<Step>,
    /// Per source (`None`: no source), the same steps.
    pub by_source: Vec<(Option<String>, Vec<Step>)>,
    /// MQL → SQL acceptance, when both stages occur.
    pub acceptance: Option<Acceptance>,
    /// Acceptance per cohort: the period (of the settings' bucket) in which the lead
    /// first reached MQL or a later step.
    pub acceptance_by_period: Vec<(Period, Acceptance)>,
}

/// The furthest funnel step (index in [`StageKind::FUNNEL`]) each lead in scope reached.
fn furthest(timeline: &Timeline) -> BTreeMap<usize, usize> {
    let mut out: BTreeMap<usize, usize> = timeline.leads.iter().map(|i| (*i, 0)).collect();
    for stay in &timeline.stays {
        if let (Some(step), Some(f)) = (stay.stage.step(), out.get_mut(&stay.lead)) {
            *f = (*f).max(step);
        }
    }
    let customer = StageKind::Customer.step().unwrap_or(0);
    for (index, f) in &mut out {
        let won = timeline
            .join
            .leads
            .get(*index)
            .and_then(|l| first_won(l, timeline.as_of));
        if won.is_some() {
            *f = customer;
        }
    }
    out
}

/// Next-step and cumulative conversion, MQL → SQL acceptance and the scoring trigger.
pub fn conversion(timeline: &Timeline, settings: &VelocitySettings) -> Conversion {
    let furthest = furthest(timeline);
    // A step occurs when some lead entered it directly (a stay, or a won deal).
    let mut occurs = [false; 5];
    if let Some(o) = occurs.get_mut(0) {
        *o = !furthest.is_empty();
    }
    for stay in &timeline.stays {
        if let Some(o) = stay.stage.step().and_then(|s| occurs.get_mut(s)) {
            *o = true;
        }
    }
    if furthest
        .values()
        .any(|f| Some(*f) == StageKind::Customer.step())
    {
        if let Some(o) = occurs.get_mut(4) {
            *o = true;
        }
    }
    let steps_idx: Vec<usize> = (0..5).filter(|i| occurs.get(*i) == Some(&true)).collect();
    let stages: Vec<StageKind> = steps_idx
        .iter()
        .filter_map(|i| StageKind::FUNNEL.get(*i).copied())
        .collect();
    let count = |pick: &dyn Fn(usize) -> bool, step: usize| -> u64 {
        furthest
            .iter()
            .filter(|(lead, f)| pick(**lead) && **f >= step)
            .count() as u64
    };
    let steps_for = |pick: &dyn Fn(usize) -> bool| -> Vec<Step> {
        let leads = count(pick, 0);
        steps_idx
            .windows(2)
            .filter_map(|w| {
                let (a, b) = (*w.first()?, *w.get(1)?);
                let (reached_from, reached_to) = (count(pick, a), count(pick, b));
                Some(Step {
                    from: *StageKind::FUNNEL.get(a)?,
                    to: *StageKind::FUNNEL.get(b)?,
                    reached_from,
                    reached_to,
                    rate: ratio(reached_to, reached_from),
                    cumulative: ratio(reached_to, leads),
                })
            })
            .collect()
    };
    let reached = steps_idx.iter().map(|s| count(&|_| true, *s)).collect();
    let steps = steps_for(&|_| true);
    let mut sources: BTreeMap<Option<&str>, Vec<usize>> = BTreeMap::new();
    for index in furthest.keys() {
        let source = timeline
            .join
            .leads
            .get(*index)
            .and_then(|l| l.source.as_deref());
        sources.entry(source).or_default().push(*index);
    }
    let by_source = sources
        .iter()
        .map(|(source, members)| {
            let pick = |i: usize| members.binary_search(&i).is_ok();
            (source.map(str::to_owned), steps_for(&pick))
        })
        .collect();

    let (mql, sql) = (1, 2);
    let both = occurs.get(mql) == Some(&true) && occurs.get(sql) == Some(&true);
    let pending: std::collections::BTreeSet<usize> = timeline
        .stays
        .iter()
        .filter(|s| s.stage == StageKind::Mql && s.left.is_none())
        .map(|s| s.lead)
        .collect();
    let accept = |members: &[usize]| -> Acceptance {
        let in_scope = |i: &usize| furthest.get(i).is_some_and(|f| *f >= mql);
        let mqls = members.iter().filter(|i| in_scope(i)).count() as u64;
        let accepted = members
            .iter()
            .filter(|i| furthest.get(i).is_some_and(|f| *f >= sql))
            .count() as u64;
        let pending = members.iter().filter(|i| pending.contains(i)).count() as u64;
        let rate = ratio(accepted, mqls);
        Acceptance {
            mqls,
            accepted,
            pending,
            rate,
        }
    };
    let (acceptance, acceptance_by_period) = if both {
        let all: Vec<usize> = furthest.keys().copied().collect();
        let mut cohorts: BTreeMap<Period, Vec<usize>> = BTreeMap::new();
        let mut first_mql: BTreeMap<usize, NaiveDate> = BTreeMap::new();
        for stay in &timeline.stays {
            if stay.stage.step().is_some_and(|s| s >= mql) {
                let d = first_mql.entry(stay.lead).or_insert(stay.entered.date());
                *d = (*d).min(stay.entered.date());
            }
        }
        for (lead, date) in first_mql {
            cohorts
                .entry(Period::of(settings.bucket, date))
                .or_default()
                .push(lead);
        }
        (
            Some(accept(&all)),
            cohorts
                .into_iter()
                .map(|(p, members)| (p, accept(&members)))
                .collect(),
        )
    } else {
        (None, Vec::new())
    };
    Conversion {
        stages,
        reached,
        steps,
        by_source,
        acceptance,
        acceptance_by_period,
    }
}

fn ratio(numerator: u64, denominator: u64) -> Option<f64> {
    (denominator > 0).then(|| numerator as f64 / denominator as f64)
}

// ---------------------------------------------------------------------------------
// Sales cycle

/// One lead's sales cycle.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cycle {
    /// The lead id.
    pub lead: String,
    /// Its source.
    pub source: Option<String>,
    /// First contact (or created) date.
    pub first_contact: NaiveDate,
    /// First won date.
    pub won: NaiveDate,
    /// Whole days between them.
    pub days: i64,
}

/// Days from first contact to the first won deal.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SalesCycle {
    /// Every usable cycle, by lead id.
    pub cycles: Vec<Cycle>,
    /// Over all of them.
    pub total: DayStats,
    /// Per source (`None`: no source).
    pub by_source: Vec<(Option<String>, DayStats)>,
    /// Wins dated before the first contact, left out.
    pub issues: Vec<DataIssue>,
}

/// The sales cycle of every lead in scope with a first win on or before the reporting
/// date; a win before the first contact is a [`DataIssue`], not a cycle.
pub fn sales_cycle(timeline: &Timeline) -> SalesCycle {
    let mut cycles = Vec::new();
    let mut issues = Vec::new();
    for lead in timeline
        .leads
        .iter()
        .filter_map(|i| timeline.join.leads.get(*i))
    {
        let (Some(first_contact), Some(won)) = (start(lead), first_won(lead, timeline.as_of))
        else {
            continue;
        };
        let days = (won - first_contact).num_days();
        if days < 0 {
            issues.push(DataIssue::WonBeforeFirstContact {
                lead: lead.id.clone(),
                first_contact,
                won,
            });
            continue;
        }
        cycles.push(Cycle {
            lead: lead.id.clone(),
            source: lead.source.clone(),
            first_contact,
            won,
            days,
        });
    }
    let mut per_source: BTreeMap<Option<String>, Vec<i64>> = BTreeMap::new();
    for c in &cycles {
        per_source.entry(c.source.clone()).or_default().push(c.days);
    }
    SalesCycle {
        total: DayStats::of(cycles.iter().map(|c| c.days).collect()),
        by_source: per_source
            .into_iter()
            .map(|(s, days)| (s, DayStats::of(days)))
            .collect(),
        cycles,
        issues,
    }
}

// ---------------------------------------------------------------------------------
// Stagnation

/// A lead in a stage for longer than the stage's limit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stagnant {
    /// The lead id.
    pub lead: String,
    /// The stage it sits in.
    pub stage: StageKind,
    /// Since when.
    pub since: NaiveDate,
    /// Whole days in the stage on the reporting date.
    pub days: i64,
    /// The stage's limit.
    pub limit: i64,
}

/// Leads whose current stay is longer than its stage's limit, by stage (in
/// [`StageKind::ALL`] order) then longest first.
pub fn stagnation(timeline: &Timeline, settings: &VelocitySettings) -> Vec<Stagnant> {
    let mut out: Vec<Stagnant> = timeline
        .stays
        .iter()
        .filter(|s| s.left.is_none())
        .filter_map(|s| {
            let limit = settings
                .stagnation_days
                .iter()
                .find(|(k, _)| *k == s.stage)?
                .1;
            let days = (timeline.as_of - s.entered.date()).num_days();
            (days > limit).then(|| Stagnant {
                lead: lead_id(timeline, s.lead),
                stage: s.stage,
                since: s.entered.date(),
                days,
                limit,
            })
        })
        .collect();
    out.sort_by(|a, b| {
        a.stage
            .cmp(&b.stage)
            .then(b.days.cmp(&a.days))
            .then(a.lead.cmp(&b.lead))
    });
    out
}

// ---------------------------------------------------------------------------------
// Actions

/// How often an action precedes entry into a stage, against its base rate.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActionShare {
    /// The stage entered.
    pub stage: StageKind,
    /// The action of the entry row, as written in the file.
    pub action: String,
    /// Entries into the stage with this action.
    pub entries: u64,
    /// Entries into the stage with any action.
    pub stage_entries: u64,
    /// entries ÷ stage_entries.
    pub share: Option<f64>,
    /// Entries with this action into any stage ÷ entries with any action.
    pub base_share: Option<f64>,
    /// share ÷ base_share: above 1, the action goes with entering this stage more
    /// than with entering stages in general.
    pub lift: Option<f64>,
}

/// Every (stage, action) pair among the stage rows up to the reporting date, by stage
/// then most entries first. Rows without an action are left out of every count.
pub fn actions(timeline: &Timeline) -> Vec<ActionShare> {
    let mut pairs: BTreeMap<(StageKind, &str), u64> = BTreeMap::new();
    let mut per_stage: BTreeMap<StageKind, u64> = BTreeMap::new();
    let mut per_action: BTreeMap<&str, u64> = BTreeMap::new();
    let mut all = 0u64;
    for stay in &timeline.stays {
        let Some(action) = stay.action else { continue };
        *pairs.entry((stay.stage, action)).or_default() += 1;
        *per_stage.entry(stay.stage).or_default() += 1;
        *per_action.entry(action).or_default() += 1;
        all += 1;
    }
    let mut out: Vec<ActionShare> = pairs
        .into_iter()
        .map(|((stage, action), entries)| {
            let stage_entries = per_stage.get(&stage).copied().unwrap_or(0);
            let share = ratio(entries, stage_entries);
            let base_share = ratio(per_action.get(action).copied().unwrap_or(0), all);
            ActionShare {
                stage,
                action: action.to_owned(),
                entries,
                stage_entries,
                share,
                base_share,
                lift: share
                    .zip(base_share)
                    .and_then(|(s, b)| (b > 0.0).then(|| s / b)),
            }
        })
        .collect();
    out.sort_by(|a, b| {
        a.stage
            .cmp(&b.stage)
            .then(b.entries.cmp(&a.entries))
            .then(a.action.cmp(&b.action))
    });
    out
}

// ---------------------------------------------------------------------------------
// Forecast

/// What the forecast assumes for one funnel step.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ForecastStep {
    /// The stage.
    pub stage: StageKind,
    /// Leads in it on the reporting date.
    pub current: u64,
    /// Of them, leads past the stage's stagnation limit: not expected to move, so
    /// left out of the forecast.
    pub stagnant: u64,
    /// The historical next-step conversion used (the [`Step::rate`] out of it).
    pub conversion_to_next: Option<f64>,
    /// The median days in the stage used ([`StageTime::latest`]).
    pub median_days: Option<f64>,
}

/// Leads expected to reach a stage in one period.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Expected {
    /// The stage reached.
    pub stage: StageKind,
    /// The period in which they arrive.
    pub period: Period,
    /// The expected number of leads.
    pub leads: f64,
}

/// Expected arrivals in later stages over the next periods.
///
/// Assumptions: every lead in a stage on the reporting date, except those past the
/// stage's stagnation limit, moves on with the stage's historical next-step conversion, and takes the stage's full median
/// days to do so from the reporting date (time already spent is ignored), then the
/// median of each further stage. An arrival lands on as_of + ⌈Σ medians⌉ days (at least
/// one day). A step without a conversion or a median ends the chain. New leads
/// entering the funnel are not forecast.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Forecast {
    /// The periods forecast: from the one holding the day after the reporting date.
    pub periods: Vec<Period>,
    /// The assumptions, per funnel step that occurs (the last one has no next step).
    pub steps: Vec<ForecastStep>,
    /// Expected arrivals, by stage then period; only non-zero cells.
    pub expected: Vec<Expected>,
}

impl Forecast {
    /// Expected arrivals in `stage` over every forecast period.
    pub fn total(&self, stage: StageKind) -> f64 {
        self.expected
            .iter()
            .filter(|e| e.stage == stage)
            .map(|e| e.leads)
            .sum()
    }
}

/// Forecasts arrivals from the current stage counts, conversion and time in stage.
pub fn forecast(timeline: &Timeline, settings: &VelocitySettings) -> Forecast {
    forecast_from(
        timeline.as_of,
        &stage_counts(timeline, settings),
        &stagnation(timeline, settings),
        &conversion(timeline, settings),
        &time_in_stage(timeline, settings),
        settings,
    )
}

fn forecast_from(
    as_of: NaiveDate,
    counts: &StageCounts,
    stagnant: &[Stagnant],
    conversion: &Conversion,
    times: &[StageTime],
    settings: &VelocitySettings,
) -> Forecast {
    let mut periods = Vec::new();
    let mut p = as_of.succ_opt().map(|d| Period::of(settings.bucket, d));
    for _ in 0..settings.forecast_periods {
        let Some(period) = p else { break };
        periods.push(period);
        p = period.next();
    }
    let current = counts.current();
    let steps: Vec<ForecastStep> = conversion
        .stages
        .iter()
        .map(|stage| ForecastStep {
            stage: *stage,
            current: current
                .iter()
                .find(|(k, _)| k == stage)
                .map_or(0, |(_, c)| *c),
            stagnant: stagnant.iter().filter(|s| s.stage == *stage).count() as u64,
            conversion_to_next: conversion
                .steps
                .iter()
                .find(|s| s.from == *stage)
                .and_then(|s| s.rate),
            median_days: times
                .iter()
                .find(|t| t.stage == *stage)
                .and_then(|t| t.latest.median),
        })
        .collect();
    let mut cells: BTreeMap<(StageKind, Period), f64> = BTreeMap::new();
    let end = periods.last().map(Period::end);
    for (i, origin) in steps.iter().enumerate() {
        let moving = origin.current.saturating_sub(origin.stagnant);
        let (mut leads, mut days) = (moving as f64, 0.0);
        for (step, next) in steps.iter().skip(i).zip(steps.iter().skip(i + 1)) {
            let (Some(c), Some(m)) = (step.conversion_to_next, step.median_days) else {
                break;
            };
            leads *= c;
            days += m;
            let offset = (days.ceil() as u64).max(1);
            let Some(arrival) = as_of.checked_add_days(Days::new(offset)) else {
                break;
            };
            if end.is_none_or(|e| arrival > e) || leads <= 0.0 {
                break;
            }
            *cells
                .entry((next.stage, Period::of(settings.bucket, arrival)))
                .or_default() += leads;
        }
    }
    Forecast {
        periods,
        steps,
        expected: cells
            .into_iter()
            .map(|((stage, period), leads)| Expected {
                stage,
                period,
                leads,
            })
            .collect(),
    }
}

// ---------------------------------------------------------------------------------
// Everything at once, and the figures

/// Every velocity analysis of one join.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Velocity {
    /// Where the stages came from.
    pub from: StagesFrom,
    /// Daily stage snapshots and flows.
    pub counts: StageCounts,
    /// Time in each timed stage.
    pub time_in_stage: Vec<StageTime>,
    /// Funnel conversion.
    pub conversion: Conversion,
    /// First contact to first win.
    pub sales_cycle: SalesCycle,
    /// Leads stuck in a stage: the one list of stagnating leads (the checklist reads
    /// it too).
    pub stagnant: Vec<Stagnant>,
    /// Leads sitting, on the reporting date, in a stage that has a stagnation limit:
    /// the base `stagnant` is drawn from.
    pub watched: u64,
    /// Actions before stage entries.
    pub actions: Vec<ActionShare>,
    /// The forecast.
    pub forecast: Forecast,
    /// Every data issue met (timeline and sales cycle).
    pub issues: Vec<DataIssue>,
}

/// Runs every velocity analysis on `join` as of `as_of`.
pub fn velocity(join: &Join, as_of: NaiveDate, settings: &VelocitySettings) -> Velocity {
    let timeline = timeline(join, as_of, settings);
    let counts = stage_counts(&timeline, settings);
    let time_in_stage = time_in_stage(&timeline, settings);
    let conversion = conversion(&timeline, settings);
    let sales_cycle = sales_cycle(&timeline);
    let stagnant = stagnation(&timeline, settings);
    let forecast = forecast_from(
        as_of,
        &counts,
        &stagnant,
        &conversion,
        &time_in_stage,
        settings,
    );
    let mut issues = timeline.issues.clone();
    issues.extend(sales_cycle.issues.iter().cloned());
    let watched = timeline
        .stays
        .iter()
        .filter(|s| s.left.is_none())
        .filter(|s| settings.stagnation_days.iter().any(|(k, _)| *k == s.stage))
        .count() as u64;
    Velocity {
        from: timeline.from,
        stagnant,
        watched,
        actions: actions(&timeline),
        counts,
        time_in_stage,
        conversion,
        sales_cycle,
        forecast,
        issues,
    }
}

/// The velocity figures for the export: `stage_count` (on the reporting date, and at
/// the end of each period of the settings' bucket), `time_in_stage_days_*` and
/// `stage_conversion_rate` by [`Dimension::Stage`] (the group is the stage id; a
/// conversion's group is the stage reached), and `sales_cycle_days_*` in total and by
/// source.
pub fn velocity_figures(join: &Join, as_of: NaiveDate, settings: &VelocitySettings) -> Vec<Figure> {
    figures(&velocity(join, as_of, settings), as_of, settings)
}

/// The figures of [`velocity_figures`] from a velocity already computed.
pub fn figures(v: &Velocity, as_of: NaiveDate, settings: &VelocitySettings) -> Vec<Figure> {
    let mut out = Vec::new();
    let stage = |k: StageKind| Some(k.id().to_owned());
    for (k, count) in v.counts.current() {
        out.push(count_figure(k, None, Some(count)));
    }
    if let Some(first) = v.counts.days.first() {
        let mut p = Some(Period::of(settings.bucket, first.day));
        while let Some(period) = p.filter(|p| p.start <= as_of) {
            let day = period.end().min(as_of);
            for k in &v.counts.stages {
                out.push(count_figure(*k, Some(period), v.counts.on(day, *k)));
            }
            p = period.next();
        }
    }
    for t in &v.time_in_stage {
        let s = &t.latest;
        let group = stage(t.stage);
        out.push(figure(
            MetricId::TimeInStageDaysMean,
            Dimension::Stage,
            group.clone(),
            s.mean,
            Some(s.total_days as f64),
            Some(s.count as f64),
        ));
        for (metric, value) in [
            (MetricId::TimeInStageDaysMedian, s.median),
            (MetricId::TimeInStageDaysP90, s.p90),
        ] {
            out.push(figure(
                metric,
                Dimension::Stage,
                group.clone(),
                value,
                value,
                None,
            ));
        }
    }
    for step in &v.conversion.steps {
        out.push(figure(
            MetricId::StageConversionRate,
            Dimension::Stage,
            stage(step.to),
            step.rate,
            Some(step.reached_to as f64),
            Some(step.reached_from as f64),
        ));
    }
    cycle_figures(&mut out, Dimension::Total, None, &v.sales_cycle.total);
    for (source, s) in &v.sales_cycle.by_source {
        let group = source.clone().unwrap_or_else(|| NOT_SET.to_owned());
        cycle_figures(&mut out, Dimension::Source, Some(group), s);
    }
    out
}

/// A whole-range figure; a non-finite value becomes `None`.
fn figure(
    metric: MetricId,
    dimension: Dimension,
    group: Option<String>,
    value: Option<f64>,
    numerator: Option<f64>,
    denominator: Option<f64>,
) -> Figure {
    Figure {
        metric,
        dimension,
        group,
        period: None,
        value: value.filter(|v| v.is_finite()),
        numerator,
        denominator,
    }
}

fn count_figure(stage: StageKind, period: Option<Period>, count: Option<u64>) -> Figure {
    let c = count.map(|c| c as f64);
    Figure {
        period,
        ..figure(
            MetricId::StageCount,
            Dimension::Stage,
            Some(stage.id().to_owned()),
            c,
            c,
            None,
        )
    }
}

fn cycle_figures(out: &mut Vec<Figure>, dimension: Dimension, group: Option<String>, s: &DayStats) {
    if s.count == 0 {
        return;
    }
    out.push(figure(
        MetricId::SalesCycleDaysMean,
        dimension,
        group.clone(),
        s.mean,
        Some(s.total_days as f64),
        Some(s.count as f64),
    ));
    out.push(figure(
        MetricId::SalesCycleDaysMedian,
        dimension,
        group,
        s.median,
        s.median,
        None,
    ));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::metrics::funnel::StageEntry;
    use rust_decimal::Decimal;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a test date")
    }

    fn at(s: &str) -> NaiveDateTime {
        day(s).and_time(chrono::NaiveTime::MIN)
    }

    /// A stage row: stage name, entered, exited, action.
    type R<'a> = (&'a str, &'a str, Option<&'a str>, Option<&'a str>);

    fn lead(id: &str, created: &str, source: Option<&str>, rows: &[R], won: &[&str]) -> Lead {
        let entries: Vec<StageEntry> = rows
            .iter()
            .map(|(stage, entered, exited, action)| StageEntry {
                kind: classify(stage),
                entered: at(entered),
                exited: exited.map(at),
                score: None,
                action: action.map(str::to_owned),
            })
            .collect();
        Lead {
            id: id.to_owned(),
            created: Some(day(created)),
            source: source.map(str::to_owned),
            entered: entries.iter().map(|e| (e.kind, e.entered)).collect(),
            deals: won.iter().map(|w| (day(w), None)).collect(),
            entries,
            ..Lead::default()
        }
    }

    fn scored(id: &str, score: Option<i64>) -> Lead {
        Lead {
            id: id.to_owned(),
            created: Some(day("2025-01-01")),
            score: score.map(Decimal::from),
            ..Lead::default()
        }
    }

    fn num(v: Option<f64>) -> String {
        match v {
            None => "-".to_owned(),
            Some(v) => {
                let s = format!("{v:.3}");
                s.trim_end_matches('0').trim_end_matches('.').to_owned()
            }
        }
    }

    fn stats(s: &DayStats) -> String {
        format!(
            "n={} mean={} median={} p90={}",
            s.count,
            num(s.mean),
            num(s.median),
            num(s.p90)
        )
    }

    fn steps(out: &mut BTreeMap<String, String>, prefix: &str, steps: &[Step]) {
        for s in steps {
            out.insert(
                format!("{prefix}{}->{}", s.from.id(), s.to.id()),
                format!(
                    "{}/{} {} cum {}",
                    s.reached_to,
                    s.reached_from,
                    num(s.rate),
                    num(s.cumulative)
                ),
            );
        }
    }

    fn accept(a: &Acceptance) -> String {
        format!(
            "{}/{} pending={} rate={} review={}",
            a.accepted,
            a.mqls,
            a.pending,
            num(a.rate),
            config::Thresholds::default().acceptance_too_low(a.rate)
        )
    }

    /// Every result of [`velocity`] flattened to `key → text`, so a case lists only the
    /// keys it is about.
    fn summary(v: &Velocity) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        let mut put = |k: String, v: String| {
            out.insert(k, v);
        };
        put("from".into(), format!("{:?}", v.from));
        for d in &v.counts.days {
            let cells: Vec<String> = v
                .counts
                .stages
                .iter()
                .zip(&d.counts)
                .map(|(s, c)| format!("{}={c}", s.id()))
                .collect();
            put(format!("day.{}", d.day), cells.join(" "));
        }
        let now: Vec<String> = v
            .counts
            .current()
            .iter()
            .map(|(s, c)| format!("{}={c}", s.id()))
            .collect();
        put("now".into(), now.join(" "));
        for f in &v.counts.flows {
            put(
                format!("flow.{}.{}", f.stage.id(), f.period.label()),
                format!("in={} out={}", f.inflow, f.outflow),
            );
        }
        for t in &v.time_in_stage {
            let s = t.stage.id();
            put(format!("time.{s}.latest"), stats(&t.latest));
            put(format!("time.{s}.cumulative"), stats(&t.cumulative));
            put(format!("time.{s}.reentered"), t.reentered.to_string());
            let censored: Vec<String> = t
                .censored
                .iter()
                .map(|c| format!("{}:{}", c.lead, c.days_so_far))
                .collect();
            put(format!("time.{s}.censored"), censored.join(" "));
            let bins: Vec<String> = t
                .histogram
                .iter()
                .filter(|b| b.leads > 0)
                .map(|b| {
                    let to = b.to_days.map_or("".to_owned(), |t| t.to_string());
                    format!("{}-{to}:{}", b.from_days, b.leads)
                })
                .collect();
            put(format!("time.{s}.hist"), bins.join(" "));
        }
        let c = &v.conversion;
        let stages: Vec<String> = c
            .stages
            .iter()
            .zip(&c.reached)
            .map(|(s, n)| format!("{}={n}", s.id()))
            .collect();
        put("conv".into(), stages.join(" "));
        let mut conv = BTreeMap::new();
        steps(&mut conv, "conv.", &c.steps);
        for (source, s) in &c.by_source {
            steps(
                &mut conv,
                &format!("conv.{}.", source.as_deref().unwrap_or("-")),
                s,
            );
        }
        if let Some(a) = &c.acceptance {
            put("accept".into(), accept(a));
        }
        for (p, a) in &c.acceptance_by_period {
            put(format!("accept.{}", p.label()), accept(a));
        }
        let sc = &v.sales_cycle;
        put("cycle".into(), stats(&sc.total));
        for (source, s) in &sc.by_source {
            put(
                format!("cycle.{}", source.as_deref().unwrap_or("-")),
                stats(s),
            );
        }
        let days: Vec<String> = sc
            .cycles
            .iter()
            .map(|c| format!("{}:{}", c.lead, c.days))
            .collect();
        put("cycle.days".into(), days.join(" "));
        put("issues".into(), format!("{:?}", v.issues));
        let stagnant: Vec<String> = v
            .stagnant
            .iter()
            .map(|s| format!("{} {} {}>{}", s.lead, s.stage.id(), s.days, s.limit))
            .collect();
        put("stagnant".into(), stagnant.join(", "));
        for a in &v.actions {
            put(
                format!("action.{}.{}", a.stage.id(), a.action),
                format!(
                    "{}/{} share={} base={} lift={}",
                    a.entries,
                    a.stage_entries,
                    num(a.share),
                    num(a.base_share),
                    num(a.lift)
                ),
            );
        }
        let f = &v.forecast;
        let periods: Vec<String> = f.periods.iter().map(Period::label).collect();
        put("forecast.periods".into(), periods.join(" "));
        let fsteps: Vec<String> = f
            .steps
            .iter()
            .map(|s| {
                format!(
                    "{} n={} stuck={} c={} m={}",
                    s.stage.id(),
                    s.current,
                    s.stagnant,
                    num(s.conversion_to_next),
                    num(s.median_days)
                )
            })
            .collect();
        put("forecast.steps".into(), fsteps.join("; "));
        let cells: Vec<String> = f
            .expected
            .iter()
            .map(|e| {
                format!(
                    "{}@{}={}",
                    e.stage.id(),
                    e.period.label(),
                    num(Some(e.leads))
                )
            })
            .collect();
        put("forecast".into(), cells.join(" "));
        out.extend(conv);
        out
    }

    fn monthly() -> VelocitySettings {
        VelocitySettings {
            bucket: Bucket::Month,
            ..VelocitySettings::default()
        }
    }

    #[test]
    fn re_entries_latest_and_cumulative_and_censored_stays() {
        let leads = vec![
            // Lead 4 d, MQL 5 d, Lead 10 d, MQL 2 d, then SQL since 01-22: 38 days on
            // 03-01 (9 left in January + 28 in February + 1).
            lead(
                "L1",
                "2025-01-01",
                None,
                &[
                    ("Lead", "2025-01-01", None, None),
                    ("MQL", "2025-01-05", None, None),
                    ("Lead", "2025-01-10", None, None),
                    ("MQL", "2025-01-20", None, None),
                    ("SQL", "2025-01-22", None, None),
                ],
                &[],
            ),
            // Lead 1 d, MQL 10 d, SQL 19 d, Opportunity since 02-01: 28 days.
            lead(
                "L2",
                "2025-01-02",
                None,
                &[
                    ("Lead", "2025-01-02", None, None),
                    ("MQL", "2025-01-03", None, None),
                    ("SQL", "2025-01-13", None, None),
                    ("Opportunity", "2025-02-01", None, None),
                ],
                &[],
            ),
            // Still a lead: 9 days on 03-01.
            lead(
                "L3",
                "2025-02-20",
                None,
                &[("Lead", "2025-02-20", None, None)],
                &[],
            ),
            // Created after the reporting date: out of scope.
            lead(
                "L4",
                "2025-03-02",
                None,
                &[("Lead", "2025-03-02", None, None)],
                &[],
            ),
        ];
        check(
            leads,
            "2025-03-01",
            &monthly(),
            &[
                // Latest stays 10 (L1) and 1 (L2): p90 = 1 + 0.9 × 9. Cumulative: L1
                // 4 + 10 = 14, L2 1: p90 = 1 + 0.9 × 13.
                ("time.lead.latest", "n=2 mean=5.5 median=5.5 p90=9.1"),
                ("time.lead.cumulative", "n=2 mean=7.5 median=7.5 p90=12.7"),
                ("time.lead.censored", "L3:9"),
                ("time.lead.reentered", "1"),
                ("time.lead.hist", "0-6:1 7-13:1"),
                // MQL latest 2 and 10; cumulative 5 + 2 = 7 and 10.
                ("time.mql.latest", "n=2 mean=6 median=6 p90=9.2"),
                ("time.mql.cumulative", "n=2 mean=8.5 median=8.5 p90=9.7"),
                ("time.mql.censored", ""),
                ("time.sql.latest", "n=1 mean=19 median=19 p90=19"),
                ("time.sql.censored", "L1:38"),
                ("time.opportunity.latest", "n=0 mean=- median=- p90=-"),
                ("time.opportunity.censored", "L2:28"),
                // End of 01-05: L1 entered MQL that day, L2 is in MQL since 01-03.
                ("day.2025-01-05", "lead=0 mql=2 sql=0 opportunity=0"),
                ("day.2025-01-10", "lead=1 mql=1 sql=0 opportunity=0"),
                ("now", "lead=1 mql=0 sql=1 opportunity=1"),
                // January: Lead entered by L1 twice and L2, left 01-05, 01-20, 01-03.
                ("flow.lead.2025-01", "in=3 out=3"),
                ("flow.lead.2025-02", "in=1 out=0"),
                ("flow.mql.2025-01", "in=3 out=3"),
                ("flow.sql.2025-02", "in=0 out=1"),
                // Reached: 3 leads, 2 MQL (L1, L2), 2 SQL, 1 opportunity.
                ("conv", "lead=3 mql=2 sql=2 opportunity=1"),
                ("conv.lead->mql", "2/3 0.667 cum 0.667"),
                ("conv.mql->sql", "2/2 1 cum 0.667"),
                ("conv.sql->opportunity", "1/2 0.5 cum 0.333"),
                ("accept", "2/2 pending=0 rate=1 review=false"),
                // SQL limit 21 < 38; Opportunity 28 ≤ 45; Lead 9 ≤ 30.
                ("stagnant", "L1 sql 38>21"),
                ("issues", "[]"),
            ],
        );
    }

    #[test]
    fn exit_dates_end_stays_and_backwards_exits_are_issues() {
        let leads = vec![lead(
            "L1",
            "2025-01-01",
            None,
            &[
                ("Lead", "2025-01-01", Some("2025-01-03"), None),
                ("MQL", "2025-01-10", Some("2025-01-08"), None),
            ],
            &[],
        )];
        check(
            leads,
            "2025-01-15",
            &monthly(),
            &[
                ("time.lead.latest", "n=1 mean=2 median=2 p90=2"),
                // The backwards exit is ignored: still in MQL, 5 days.
                ("time.mql.censored", "L1:5"),
                // Between the exit and the next entry the lead is in no stage.
                ("day.2025-01-05", "lead=0 mql=0"),
                ("now", "lead=0 mql=1"),
                (
                    "issues",
                    "[ExitedBeforeEntered { lead: \"L1\", stage: Mql }]",
                ),
            ],
        );
    }

    #[test]
    fn score_bands_give_stages_when_there_are_no_stage_rows() {
        let leads = || {
            vec![
                scored("S1", Some(10)),
                scored("S2", Some(33)),
                scored("S3", Some(66)),
                scored("S4", Some(90)),
                scored("S5", Some(-1)),
                scored("S6", None),
            ]
        };
        check(
            leads(),
            "2025-01-31",
            &monthly(),
            &[
                ("from", "ScoreBands"),
                // 0–32 Lead, 33–66 MQL, 67+ SQL; −1 and no score: no stage.
                ("now", "lead=1 mql=2 sql=1"),
                ("conv", "lead=6 mql=3 sql=1"),
            ],
        );
        let named = VelocitySettings {
            score_bands: vec![
                ScoreBand {
                    from: 0.0,
                    name: "Cold".into(),
                },
                ScoreBand {
                    from: 50.0,
                    name: "Marketing Qualified".into(),
                },
            ],
            ..monthly()
        };
        // "Cold" is no funnel stage: counted as Other.
        check(leads(), "2025-01-31", &named, &[("now", "mql=2 other=2")]);
    }

    #[test]
    fn sales_cycle_and_a_win_before_first_contact() {
        let leads = vec![
            lead("L1", "2025-01-01", Some("Ads"), &[], &["2025-01-11"]),
            lead(
                "L2",
                "2025-01-05",
                Some("Ads"),
                &[],
                &["2025-01-08", "2025-02-01"],
            ),
            lead("L3", "2025-01-10", None, &[], &["2025-01-31"]),
            lead("L4", "2025-02-10", Some("Web"), &[], &["2025-02-01"]),
            lead("L5", "2025-01-01", Some("Web"), &[], &[]),
            // Won after the reporting date: not yet a customer.
            lead("L6", "2025-01-01", Some("Web"), &[], &["2025-04-01"]),
        ];
        check(
            leads,
            "2025-03-01",
            &monthly(),
            &[
                ("from", "CreatedAndWon"),
                // Days 10, 3 (first win only), 21: p90 = 10 + 0.8 × 11.
                ("cycle", "n=3 mean=11.333 median=10 p90=18.8"),
                ("cycle.Ads", "n=2 mean=6.5 median=6.5 p90=9.3"),
                ("cycle.-", "n=1 mean=21 median=21 p90=21"),
                ("cycle.days", "L1:10 L2:3 L3:21"),
                (
                    "issues",
                    "[WonBeforeFirstContact { lead: \"L4\", first_contact: 2025-02-10, won: 2025-02-01 }]",
                ),
                // L4 still counts as a customer for conversion.
                ("conv", "lead=6 customer=4"),
                ("conv.lead->customer", "4/6 0.667 cum 0.667"),
                ("conv.Ads.lead->customer", "2/2 1 cum 1"),
                ("conv.Web.lead->customer", "1/3 0.333 cum 0.333"),
                ("conv.-.lead->customer", "1/1 1 cum 1"),
                // Lead stays end with the first win: 10, 3, 21 days.
                ("time.lead.latest", "n=3 mean=11.333 median=10 p90=18.8"),
            ],
        );
    }

    #[test]
    fn stagnation_limits_are_strict_and_per_stage() {
        let leads = vec![
            lead(
                "A",
                "2025-01-01",
                None,
                &[("Lead", "2025-01-01", None, None)],
                &[],
            ),
            lead(
                "B",
                "2025-01-02",
                None,
                &[("Lead", "2025-01-02", None, None)],
                &[],
            ),
            lead(
                "C",
                "2025-01-02",
                None,
                &[
                    ("Lead", "2025-01-02", None, None),
                    ("MQL", "2025-01-16", None, None),
                ],
                &[],
            ),
            lead(
                "D",
                "2025-01-02",
                None,
                &[
                    ("Lead", "2025-01-02", None, None),
                    ("Customer", "2025-01-03", None, None),
                ],
                &[],
            ),
        ];
        check(
            leads,
            "2025-01-31",
            &monthly(),
            // A: 30 days, not more than the Lead limit of 30; B 29; C: MQL 15 > 14;
            // D is a customer (terminal, no limit).
            &[("stagnant", "C mql 15>14")],
        );
        let leads = vec![lead(
            "A",
            "2025-01-01",
            None,
            &[("Lead", "2025-01-01", None, None)],
            &[],
        )];
        check(
            leads,
            "2025-02-01",
            &monthly(),
            &[("stagnant", "A lead 31>30")],
        );
    }

    #[test]
    fn acceptance_triggers_a_scoring_review_above_half_not_accepted() {
        let mql = |id: &str, on: &str, then: Option<&str>| {
            let mut rows = vec![("Lead", "2025-01-01", None, None), ("MQL", on, None, None)];
            if let Some(t) = then {
                rows.push((t, "2025-03-20", None, None));
            }
            lead(id, "2025-01-01", None, &rows, &[])
        };
        let leads = vec![
            // January cohort: 2 of 4 accepted, exactly half → no review.
            mql("J1", "2025-01-10", Some("SQL")),
            mql("J2", "2025-01-11", Some("SQL")),
            mql("J3", "2025-01-12", Some("Lost")),
            mql("J4", "2025-01-13", None),
            // February cohort: 1 of 4 → 75% not accepted → review.
            mql("F1", "2025-02-10", Some("SQL")),
            mql("F2", "2025-02-11", Some("Lost")),
            mql("F3", "2025-02-12", None),
            mql("F4", "2025-02-13", None),
        ];
        check(
            leads,
            "2025-03-31",
            &monthly(),
            &[
                ("accept", "3/8 pending=3 rate=0.375 review=true"),
                ("accept.2025-01", "2/4 pending=1 rate=0.5 review=false"),
                ("accept.2025-02", "1/4 pending=2 rate=0.25 review=true"),
            ],
        );
    }

    #[test]
    fn forecast_multiplies_current_counts_by_conversion_along_median_days() {
        let leads = vec![
            // History: Lead 40 d → MQL 5 d → SQL (still there).
            lead(
                "H1",
                "2025-01-01",
                None,
                &[
                    ("Lead", "2025-01-01", None, None),
                    ("MQL", "2025-02-10", None, None),
                    ("SQL", "2025-02-15", None, None),
                ],
                &[],
            ),
            // Lead 40 d → MQL 10 d → Lost.
            lead(
                "H2",
                "2025-01-01",
                None,
                &[
                    ("Lead", "2025-01-01", None, None),
                    ("MQL", "2025-02-10", None, None),
                    ("Lost", "2025-02-20", None, None),
                ],
                &[],
            ),
            // Lead 30 d → Lost.
            lead(
                "H3",
                "2025-01-01",
                None,
                &[
                    ("Lead", "2025-01-01", None, None),
                    ("Lost", "2025-01-31", None, None),
                ],
                &[],
            ),
            // Now: two leads, and one MQL after 24 days as a lead.
            lead(
                "C1",
                "2025-03-30",
                None,
                &[("Lead", "2025-03-30", None, None)],
                &[],
            ),
            lead(
                "C2",
                "2025-03-31",
                None,
                &[("Lead", "2025-03-31", None, None)],
                &[],
            ),
            lead(
                "C3",
                "2025-03-01",
                None,
                &[
                    ("Lead", "2025-03-01", None, None),
                    ("MQL", "2025-03-25", None, None),
                ],
                &[],
            ),
        ];
        // Lead stays 24, 30, 40, 40: median 35. MQL stays 5, 10: median 7.5.
        // Reached: 6 leads, 3 MQL (H1, H2, C3), 1 SQL: Lead → MQL 0.5, MQL → SQL 1/3.
        // From the 2 leads: 2 × 0.5 = 1 MQL on 03-31 + 35 = 05-05, then 1 × 1/3 SQL on
        // + ⌈42.5⌉ = 05-13. From the MQL: 1/3 SQL on + ⌈7.5⌉ = 04-08.
        check(
            leads.clone(),
            "2025-03-31",
            &monthly(),
            &[
                ("now", "lead=2 mql=1 sql=1 lost=2"),
                ("forecast.periods", "2025-04 2025-05"),
                (
                    "forecast.steps",
                    "lead n=2 stuck=0 c=0.5 m=35; mql n=1 stuck=0 c=0.333 m=7.5; sql n=1 stuck=1 c=- m=-",
                ),
                (
                    "forecast",
                    "mql@2025-05=1 sql@2025-04=0.333 sql@2025-05=0.333",
                ),
            ],
        );
        // With a Lead limit of 0 days, C1 (1 day) is stagnant and left out; C2 (0 days)
        // is not: half the arrivals from the Lead stage.
        let strict = VelocitySettings {
            stagnation_days: vec![(StageKind::Lead, 0)],
            ..monthly()
        };
        check(
            leads.clone(),
            "2025-03-31",
            &strict,
            &[(
                "forecast",
                "mql@2025-05=0.5 sql@2025-04=0.333 sql@2025-05=0.167",
            )],
        );
        let one = VelocitySettings {
            forecast_periods: 1,
            ..monthly()
        };
        check(
            leads,
            "2025-03-31",
            &one,
            &[
                ("forecast.periods", "2025-04"),
                ("forecast", "sql@2025-04=0.333"),
            ],
        );
    }

    #[test]
    fn action_lift_against_the_base_rate() {
        let leads = vec![
            lead(
                "A1",
                "2025-01-01",
                None,
                &[
                    ("Lead", "2025-01-01", None, Some("Form fill")),
                    ("MQL", "2025-01-05", None, Some("Webinar")),
                    ("SQL", "2025-01-10", None, Some("Demo request")),
                ],
                &[],
            ),
            lead(
                "A2",
                "2025-01-01",
                None,
                &[
                    ("Lead", "2025-01-01", None, Some("Form fill")),
                    ("MQL", "2025-01-05", None, Some("Form fill")),
                ],
                &[],
            ),
            lead(
                "A3",
                "2025-01-01",
                None,
                &[
                    ("Lead", "2025-01-01", None, Some("Webinar")),
                    ("MQL", "2025-01-06", None, Some("Webinar")),
                    ("SQL", "2025-01-09", None, Some("Demo request")),
                ],
                &[],
            ),
            lead(
                "A4",
                "2025-01-02",
                None,
                &[("Lead", "2025-01-02", None, None)],
                &[],
            ),
        ];
        // 8 entries with an action: Form fill 3, Webinar 3, Demo request 2.
        // Lead: Form fill 2 of 3 = 0.667 ÷ 0.375 = 1.778.
        check(
            leads,
            "2025-01-31",
            &monthly(),
            &[
                (
                    "action.lead.Form fill",
                    "2/3 share=0.667 base=0.375 lift=1.778",
                ),
                (
                    "action.lead.Webinar",
                    "1/3 share=0.333 base=0.375 lift=0.889",
                ),
                (
                    "action.mql.Webinar",
                    "2/3 share=0.667 base=0.375 lift=1.778",
                ),
                (
                    "action.mql.Form fill",
                    "1/3 share=0.333 base=0.375 lift=0.889",
                ),
                ("action.sql.Demo request", "2/2 share=1 base=0.25 lift=4"),
            ],
        );
    }

    #[test]
    fn figures_are_grouped_by_stage_and_source() {
        let leads = vec![
            lead(
                "L1",
                "2025-01-01",
                Some("Ads"),
                &[
                    ("Lead", "2025-01-01", None, None),
                    ("MQL", "2025-01-11", None, None),
                ],
                &["2025-02-01"],
            ),
            lead(
                "L2",
                "2025-01-01",
                None,
                &[("Lead", "2025-01-01", None, None)],
                &[],
            ),
        ];
        let join = Join {
            leads,
            ..Join::default()
        };
        let figures = velocity_figures(&join, day("2025-03-31"), &VelocitySettings::default());
        let find = |m: MetricId, d: Dimension, g: Option<&str>, p: Option<&str>| {
            figures
                .iter()
                .find(|f| {
                    f.metric == m
                        && f.dimension == d
                        && f.group.as_deref() == g
                        && f.period.map(|p| p.label()).as_deref() == p
                })
                .map(|f| (f.value, f.numerator, f.denominator))
        };
        use Dimension::{Source, Stage, Total};
        use MetricId::*;
        // L1: Lead 10 d, MQL 21 d, customer on 02-01; L2 still a lead.
        assert_eq!(
            find(StageCount, Stage, Some("lead"), None),
            Some((Some(1.0), Some(1.0), None))
        );
        assert_eq!(
            find(StageCount, Stage, Some("customer"), Some("2025-Q1")),
            Some((Some(1.0), Some(1.0), None))
        );
        assert_eq!(
            find(TimeInStageDaysMean, Stage, Some("mql"), None),
            Some((Some(21.0), Some(21.0), Some(1.0)))
        );
        assert_eq!(
            find(TimeInStageDaysP90, Stage, Some("lead"), None),
            Some((Some(10.0), Some(10.0), None))
        );
        assert_eq!(
            find(StageConversionRate, Stage, Some("mql"), None),
            Some((Some(0.5), Some(1.0), Some(2.0)))
        );
        assert_eq!(
            find(StageConversionRate, Stage, Some("customer"), None),
            Some((Some(1.0), Some(1.0), Some(1.0)))
        );
        assert_eq!(
            find(SalesCycleDaysMedian, Total, None, None),
            Some((Some(31.0), Some(31.0), None))
        );
        assert_eq!(
            find(SalesCycleDaysMean, Source, Some("Ads"), None),
            Some((Some(31.0), Some(31.0), Some(1.0)))
        );
        assert_eq!(find(SalesCycleDaysMean, Source, Some(NOT_SET), None), None);
        assert!(figures
            .iter()
            .all(|f| MetricId::VELOCITY.contains(&f.metric)));
    }

    #[test]
    fn nothing_in_nothing_out() {
        let v = velocity(
            &Join::default(),
            day("2025-01-01"),
            &VelocitySettings::default(),
        );
        assert!(v.counts.days.is_empty() && v.time_in_stage.is_empty() && v.issues.is_empty());
        assert_eq!(v.conversion.steps, Vec::new());
        assert!(velocity_figures(
            &Join::default(),
            day("2025-01-01"),
            &VelocitySettings::default()
        )
        .is_empty());
    }

    #[track_caller]
    fn check(
        leads: Vec<Lead>,
        as_of: &str,
        settings: &VelocitySettings,
        expected: &[(&str, &str)],
    ) {
        let join = Join {
            leads,
            ..Join::default()
        };
        let got = summary(&velocity(&join, day(as_of), settings));
        for (key, want) in expected {
            assert_eq!(
                got.get(*key).map(String::as_str),
                Some(*want),
                "{key}; all keys: {got:#?}"
            );
        }
    }
}
