//! The audit: every ingested file in, every figure out, grouped and by period.
//!
//! Ad rows and funnel events (from the joined CRM files) are summed together, so CAC can
//! divide this quarter's spend by this quarter's new customers; email sends are summed
//! apart, because their clicks are not ad clicks. Rows after the reporting date ("as
//! of") are left out. A figure exists only where its inputs do: a group with no revenue
//! has no ROI, rather than a made-up zero.

use crate::engine::import::field::{Field, FileKind};
use crate::engine::import::ingest::{Ingested, Numbers, Table, TextColumn, Texts};
use crate::engine::metrics::config;
use crate::engine::metrics::customers::{self, Cohorts};
use crate::engine::metrics::funnel::{self, Event, StageKind};
use crate::engine::metrics::metric::{self, Formulas, Measure, MetricId, Sums};
use crate::engine::metrics::period::{Bucket, Period};
use chrono::NaiveDate;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use std::borrow::Borrow;
use std::collections::{BTreeMap, HashMap};

/// The settings the figures depend on. The review's own settings (thresholds,
/// cadences, pins, programs) live in the review room's `Settings`, which flattens these
/// into one saved object; this room never names it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuditSettings {
    /// The reporting date; `None` means the last date in the data.
    pub as_of: Option<NaiveDate>,
    /// Formula choices (labour in cost, email base).
    pub formulas: Formulas,
    /// The period size of the tables and comparisons (figures by month and by quarter
    /// are always computed too).
    pub bucket: Bucket,
    /// Attribution model parameters (time-decay half-life, custom weights).
    #[serde(default)]
    pub attribution: crate::engine::metrics::attribution::AttributionSettings,
    /// Days a lead may sit in each stage before it is stagnating (stages not listed
    /// never are): the limits of the velocity section and of the checklist alike.
    #[serde(default = "default_stagnation_days")]
    pub stagnation_days: Vec<(StageKind, i64)>,
}

fn default_stagnation_days() -> Vec<(StageKind, i64)> {
    crate::engine::metrics::config::STAGNATION_DAYS.to_vec()
}

impl Default for AuditSettings {
    fn default() -> Self {
        AuditSettings {
            as_of: None,
            formulas: Formulas::default(),
            bucket: Bucket::Quarter,
            attribution: crate::engine::metrics::attribution::AttributionSettings::default(),
            stagnation_days: default_stagnation_days(),
        }
    }
}

/// What a group of figures is split by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    /// All rows together.
    Total,
    /// Per campaign.
    Campaign,
    /// Per channel.
    Channel,
    /// Per source (a lead's source, or an ad file's source column).
    Source,
    /// Per ad group / ad set.
    AdGroup,
    /// Per customer segment.
    Segment,
    /// Per funnel stage (the group is a [`StageKind`](crate::engine::metrics::funnel::StageKind) id).
    Stage,
    /// Per landing page (web analytics).
    LandingPage,
    /// Per reason a deal was lost (deals files with a lost-reason column).
    LossReason,
    /// Per value of a text column the files carry under their own header (age,
    /// gender, placement, country, list…): the header is `Audit::splits[n]`.
    Column(u8),
}

impl Dimension {
    /// Every dimension.
    pub const ALL: [Dimension; 9] = [
        Dimension::Total,
        Dimension::Campaign,
        Dimension::Channel,
        Dimension::Source,
        Dimension::AdGroup,
        Dimension::Segment,
        Dimension::Stage,
        Dimension::LandingPage,
        Dimension::LossReason,
    ];

    /// The stable id used in exports.
    pub fn id(self) -> &'static str {
        match self {
            Dimension::Total => "total",
            Dimension::Campaign => "campaign",
            Dimension::Channel => "channel",
            Dimension::Source => "source",
            Dimension::AdGroup => "ad_group",
            Dimension::Segment => "segment",
            Dimension::Stage => "stage",
            Dimension::LandingPage => "landing_page",
            Dimension::LossReason => "loss_reason",
            Dimension::Column(_) => "column",
        }
    }

    /// A key that names the dimension among all of an audit's: the id, or
    /// `column:n` for a file's own column.
    pub fn key(self) -> String {
        match self {
            Dimension::Column(n) => format!("column:{n}"),
            d => d.id().to_owned(),
        }
    }

    /// The dimension a [`Dimension::key`] names.
    pub fn from_key(key: &str) -> Option<Dimension> {
        match key.strip_prefix("column:") {
            Some(n) => n.parse().ok().map(Dimension::Column),
            None => Dimension::from_id(key),
        }
    }

    /// The dimension with the given id.
    pub fn from_id(id: &str) -> Option<Dimension> {
        Dimension::ALL.into_iter().find(|d| d.id() == id)
    }

    /// The field whose values name the groups.
    fn field(self) -> Option<Field> {
        match self {
            Dimension::Total | Dimension::Stage | Dimension::Column(_) => None,
            Dimension::Campaign => Some(Field::Campaign),
            Dimension::Channel => Some(Field::Channel),
            Dimension::Source => Some(Field::Source),
            Dimension::AdGroup => Some(Field::AdGroup),
            Dimension::Segment => Some(Field::Segment),
            Dimension::LandingPage => Some(Field::LandingPage),
            Dimension::LossReason => Some(Field::LossReason),
        }
    }
}

/// The group label for rows whose grouping cell is blank.
pub const NOT_SET: &str = "(not set)";

/// One number of the audit. Between the worker and the page it travels as a
/// [`FigureRow`] (a JSON array, not an object): an audit has tens of thousands.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(from = "FigureRow", into = "FigureRow")]
pub struct Figure {
    /// Which metric.
    pub metric: MetricId,
    /// Split by what.
    pub dimension: Dimension,
    /// The group's label; `None` for totals.
    pub group: Option<String>,
    /// The period; `None` for the whole range up to the reporting date.
    pub period: Option<Period>,
    /// The value; `None` when undefined.
    pub value: Option<f64>,
    /// The numerator (for a total, the total itself).
    pub numerator: Option<f64>,
    /// The denominator; `None` for totals.
    pub denominator: Option<f64>,
}

/// A [`Figure`] as a tuple: metric, dimension, group, period, value, numerator,
/// denominator.
#[derive(Serialize, Deserialize)]
pub struct FigureRow(
    MetricId,
    Dimension,
    Option<String>,
    Option<Period>,
    Option<f64>,
    Option<f64>,
    Option<f64>,
);

impl From<FigureRow> for Figure {
    fn from(r: FigureRow) -> Figure {
        Figure {
            metric: r.0,
            dimension: r.1,
            group: r.2,
            period: r.3,
            value: r.4,
            numerator: r.5,
            denominator: r.6,
        }
    }
}

impl From<Figure> for FigureRow {
    fn from(f: Figure) -> FigureRow {
        FigureRow(
            f.metric,
            f.dimension,
            f.group,
            f.period,
            f.value,
            f.numerator,
            f.denominator,
        )
    }
}

type FigureKey = (MetricId, Dimension, Option<String>, Option<Period>);

/// A value next to the previous period's and the same period's a year before.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Comparison {
    /// This period.
    pub current: Option<f64>,
    /// The period before.
    pub previous: Option<f64>,
    /// The same period a year before.
    pub year_ago: Option<f64>,
}

/// A change between two values.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Change {
    /// current − base.
    pub absolute: f64,
    /// (current − base) ÷ |base|; `None` when the base is zero.
    pub relative: Option<f64>,
}

impl Comparison {
    /// The change since the previous period.
    pub fn vs_previous(&self) -> Option<Change> {
        change(self.current, self.previous)
    }

    /// The change since the same period a year before.
    pub fn vs_year_ago(&self) -> Option<Change> {
        change(self.current, self.year_ago)
    }
}

fn change(current: Option<f64>, base: Option<f64>) -> Option<Change> {
    let (c, b) = (current?, base?);
    let relative = (b != 0.0)
        .then(|| (c - b) / b.abs())
        .filter(|r| r.is_finite());
    Some(Change {
        absolute: c - b,
        relative,
    })
}

/// What the join of the CRM files could not match.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct JoinReport {
    /// Leads known from leads or stage files.
    pub leads: usize,
    /// Lead ids of deals that match no lead.
    pub unmatched_deals: Vec<String>,
    /// Leads of the leads file that no stage-change file mentions (when one is loaded).
    pub leads_without_stages: usize,
}

/// The computed audit.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Audit {
    /// The headers of the files' own text columns that split the figures, in order
    /// of first appearance; [`Dimension::Column`] indexes them.
    pub splits: Vec<String>,
    /// The reporting date used.
    pub as_of: Option<NaiveDate>,
    /// First and last dated row used.
    pub range: Option<(NaiveDate, NaiveDate)>,
    /// The period size of tables and comparisons.
    pub bucket: Option<Bucket>,
    /// Every figure, by data, then dimension, group and period.
    pub figures: Vec<Figure>,
    /// Which files fed the paid-and-funnel figures and the email figures.
    pub sources: Vec<(MetricSource, Vec<String>)>,
    /// The CRM join, when any CRM file is loaded.
    pub join: Option<JoinReport>,
    /// The joined CRM leads themselves, for the report (attribution, stagnation), so
    /// the files are joined once per audit. They stay in the engine's worker: the page
    /// gets the audit without them (`None`), as it gets files without their rows.
    #[serde(skip)]
    pub crm: Option<crate::engine::metrics::funnel::Join>,
    /// Lead velocity, computed once here: its figures are in `figures`, the report
    /// shows the rest.
    pub velocity: Option<crate::engine::metrics::velocity::Velocity>,
    /// Retention per acquisition cohort (quarter of first order), from transactions;
    /// empty without orders.
    pub cohorts: Cohorts,
    /// Where each figure is in `figures`; not sent between the worker and the page
    /// (its keys are tuples), rebuilt with [`Audit::reindex`] on arrival.
    #[serde(skip)]
    index: HashMap<FigureKey, usize>,
}

/// The families of figures and the files that feed them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MetricSource {
    /// Ad performance files.
    Paid,
    /// Leads, stage-change and deals files.
    Funnel,
    /// Email campaign files.
    Email,
    /// Web analytics files.
    Web,
    /// Social post files.
    Social,
    /// Transactions files (else deals files) for the customer figures.
    Customers,
    /// Survey files.
    Surveys,
    /// Campaign-response files.
    Responses,
}

impl Audit {
    /// Rebuilds the lookup of figures by metric, dimension, group and period (after
    /// the audit crossed from the worker to the page).
    pub fn reindex(&mut self) {
        self.index = self
            .figures
            .iter()
            .enumerate()
            .map(|(i, f)| ((f.metric, f.dimension, f.group.clone(), f.period), i))
            .collect();
    }

    /// The figure for a metric, dimension, group and period, if computed.
    pub fn figure(
        &self,
        metric: MetricId,
        dimension: Dimension,
        group: Option<&str>,
        period: Option<Period>,
    ) -> Option<&Figure> {
        let key = (metric, dimension, group.map(str::to_owned), period);
        self.index.get(&key).and_then(|&i| self.figures.get(i))
    }

    /// The value of a figure, if computed and defined.
    pub fn value(
        &self,
        metric: MetricId,
        dimension: Dimension,
        group: Option<&str>,
        period: Option<Period>,
    ) -> Option<f64> {
        self.figure(metric, dimension, group, period)
            .and_then(|f| f.value)
    }

    /// A period's value with the previous period's and the year-ago one's.
    pub fn compare(
        &self,
        metric: MetricId,
        dimension: Dimension,
        group: Option<&str>,
        period: Period,
    ) -> Comparison {
        let at = |p: Option<Period>| p.and_then(|p| self.value(metric, dimension, group, Some(p)));
        Comparison {
            current: at(Some(period)),
            previous: at(period.previous()),
            year_ago: at(period.year_ago()),
        }
    }

    /// The name of a dimension in exports: its id, or the header of a file's column.
    pub fn dimension_name(&self, dimension: Dimension) -> &str {
        match dimension {
            Dimension::Column(n) => self
                .splits
                .get(usize::from(n))
                .map_or("column", String::as_str),
            d => d.id(),
        }
    }

    /// The files' own columns that split `metric`, as dimensions.
    pub fn split_dimensions(&self, metric: MetricId) -> Vec<Dimension> {
        (0..self.splits.len())
            .filter_map(|n| u8::try_from(n).ok())
            .map(Dimension::Column)
            .filter(|d| {
                self.figures
                    .iter()
                    .any(|f| f.dimension == *d && f.metric == metric)
            })
            .collect()
    }

    /// The groups of a dimension that have a whole-range figure for `metric`, in order.
    pub fn groups(&self, dimension: Dimension, metric: MetricId) -> Vec<&str> {
        self.figures
            .iter()
            .filter(|f| f.dimension == dimension && f.metric == metric && f.period.is_none())
            .filter_map(|f| f.group.as_deref())
            .collect()
    }

    /// The groups of `dimension` that have a whole-range figure for `metric`, ranked by
    /// the value of `by` in `period` (`None`: the whole range): largest first when
    /// `descending`, undefined values last either way, ties by name. The group tables
    /// show them in this order.
    pub fn ranked_groups(
        &self,
        dimension: Dimension,
        metric: MetricId,
        by: MetricId,
        period: Option<Period>,
        descending: bool,
    ) -> Vec<&str> {
        let mut groups: Vec<(&str, Option<f64>)> = self
            .groups(dimension, metric)
            .into_iter()
            .map(|g| (g, self.value(by, dimension, Some(g), period)))
            .collect();
        groups.sort_by(|(a, va), (b, vb)| match (va, vb) {
            (Some(x), Some(y)) => {
                let order = x.total_cmp(y);
                if descending {
                    order.reverse()
                } else {
                    order
                }
            }
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => a.cmp(b),
        });
        groups.into_iter().map(|(g, _)| g).collect()
    }

    /// The figures of one series, oldest period first (only periods that have data).
    pub fn series(
        &self,
        metric: MetricId,
        dimension: Dimension,
        group: Option<&str>,
        bucket: Bucket,
    ) -> Vec<&Figure> {
        self.figures
            .iter()
            .filter(|f| {
                f.metric == metric
                    && f.dimension == dimension
                    && f.group.as_deref() == group
                    && f.period.is_some_and(|p| p.bucket == bucket)
            })
            .collect()
    }

    /// Every period of `bucket` from the first to the last that has data for the series,
    /// with `None` for the gaps, so a chart shows a gap rather than a zero.
    pub fn series_with_gaps(
        &self,
        metric: MetricId,
        dimension: Dimension,
        group: Option<&str>,
        bucket: Bucket,
    ) -> Vec<(Period, Option<f64>)> {
        let present = self.series(metric, dimension, group, bucket);
        let (Some(first), Some(last)) = (
            present.first().and_then(|f| f.period),
            present.last().and_then(|f| f.period),
        ) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let mut p = Some(first);
        while let Some(period) = p.filter(|p| *p <= last && out.len() < 10_000) {
            out.push((period, self.value(metric, dimension, group, Some(period))));
            p = period.next();
        }
        out
    }

    /// The period of the audit's bucket that holds the reporting date.
    pub fn current_period(&self) -> Option<Period> {
        Some(Period::of(self.bucket?, self.as_of?))
    }

    /// True when a group has too little data for its rates to mean much: fewer clicks
    /// than [`crate::engine::metrics::config::MIN_CLICKS_FOR_RATES`] or fewer leads than
    /// [`crate::engine::metrics::config::MIN_LEADS_FOR_RATES`], where those counts exist.
    pub fn thin(&self, dimension: Dimension, group: Option<&str>, period: Option<Period>) -> bool {
        let below = |m: MetricId, min: f64| {
            self.value(m, dimension, group, period)
                .is_some_and(|v| v < min)
        };
        below(
            MetricId::Clicks,
            crate::engine::metrics::config::MIN_CLICKS_FOR_RATES,
        ) || below(
            MetricId::Leads,
            crate::engine::metrics::config::MIN_LEADS_FOR_RATES,
        )
    }

    /// True when a whole-range metric exists for the total.
    pub fn has(&self, metric: MetricId) -> bool {
        self.figure(metric, Dimension::Total, None, None).is_some()
    }
}

/// Runs the audit over every ingested file (owned, or shared behind `Rc`).
pub fn run<I: Borrow<Ingested>>(inputs: &[I], settings: &AuditSettings) -> Audit {
    let inputs: Vec<&Ingested> = inputs.iter().map(Borrow::borrow).collect();
    let inputs = inputs.as_slice();
    let as_of = settings.as_of.or_else(|| last_date(inputs));
    let buckets = buckets(settings.bucket);
    let mut audit = Audit {
        as_of,
        bucket: Some(settings.bucket),
        ..Audit::default()
    };
    audit.splits = split_names(inputs);
    let splits = audit.splits.clone();
    let mut range = None;
    let files = |kinds: &[FileKind]| -> Vec<String> {
        inputs
            .iter()
            .filter(|i| kinds.contains(&i.kind))
            .map(|i| i.file.clone())
            .collect()
    };

    // Paid media and the funnel, summed together.
    let mut paid = Accumulator::new(as_of, &buckets);
    for table in tables(inputs, FileKind::AdPerformance) {
        paid.add_table(table, &splits, &mut range);
    }
    let crm = [FileKind::Leads, FileKind::StageChanges, FileKind::Deals];
    let mut velocity_figures = Vec::new();
    if inputs.iter().any(|i| crm.contains(&i.kind)) {
        let join = funnel::join(inputs);
        audit.join = Some(JoinReport {
            leads: join
                .leads
                .iter()
                .filter(|l| !l.id.starts_with("deal:"))
                .count(),
            unmatched_deals: join.unmatched_deals.clone(),
            leads_without_stages: join.leads_without_stages,
        });
        for event in funnel::events(&join) {
            paid.add_event(&event, &mut range);
        }
        // A deals file with an outcome column says how many deals are open, even when
        // none is: zero open deals and zero pipeline, in the whole-range total.
        if join.outcome_files > 0 {
            let zero = [
                (Measure::DealsOpen, Decimal::ZERO),
                (Measure::PipelineValue, Decimal::ZERO),
            ];
            paid.add(
                0,
                1,
                None,
                None,
                &[(Dimension::Total, None)],
                &zero,
                &mut range,
            );
        }
        let unclassified = !join.unclassified.is_empty();
        if let (Some(as_of), false) = (as_of, unclassified) {
            let velocity = crate::engine::metrics::velocity::VelocitySettings {
                bucket: settings.bucket,
                stagnation_days: settings.stagnation_days.clone(),
                ..Default::default()
            };
            let v = crate::engine::metrics::velocity::velocity(&join, as_of, &velocity);
            velocity_figures = crate::engine::metrics::velocity::figures(&v, as_of, &velocity);
            audit.velocity = Some(v);
        }
        audit.crm = Some(join);
    }
    let (groups, coverage) = paid.into_groups();
    push_figures(
        &mut audit,
        groups,
        Some(&coverage),
        &MetricId::PAID,
        &settings.formulas,
    );
    // While a deals file has rows of unclassified outcome, every figure they could
    // change is absent (the file's issues say which values to answer).
    if audit
        .crm
        .as_ref()
        .is_some_and(|j| !j.unclassified.is_empty())
    {
        audit
            .figures
            .retain(|f| !MetricId::DEAL_OUTCOMES.contains(&f.metric));
    }

    // Each family has its own sums: a web conversion is not an ad conversion, a
    // social impression not an ad impression.
    let families: [(FileKind, &[MetricId], Derive); 5] = [
        (FileKind::EmailCampaigns, &MetricId::EMAIL, no_derive),
        (FileKind::WebAnalytics, &MetricId::WEB, no_derive),
        (FileKind::SocialPosts, &MetricId::SOCIAL, engagements),
        (FileKind::Surveys, &MetricId::SURVEYS, csat_answers),
        (FileKind::Responses, &MetricId::RESPONSES, no_derive),
    ];
    for (kind, metrics, derive) in families {
        let mut acc = Accumulator::new(as_of, &buckets);
        for table in tables(inputs, kind) {
            acc.add_table_with(table, &splits, &mut range, derive);
        }
        let (groups, coverage) = acc.into_groups();
        push_figures(
            &mut audit,
            groups,
            Some(&coverage),
            metrics,
            &settings.formulas,
        );
    }

    // Deals with churn dates (subscriptions) give churn and retention when no order
    // log is loaded; order logs, when present, are the customers' source.
    let subscriptions = customers::subscriptions(inputs, as_of);
    if !inputs.iter().any(|i| i.kind == FileKind::Transactions) && !subscriptions.is_empty() {
        if let Some(limit) = as_of {
            let groups = customers::subscription_sums(&subscriptions, &buckets, limit)
                .into_iter()
                .map(|(period, sums)| ((Dimension::Total, None, period), sums))
                .collect();
            push_figures(
                &mut audit,
                groups,
                None,
                &MetricId::CUSTOMERS,
                &settings.formulas,
            );
        }
    }
    let orders = customers::orders(inputs, as_of);
    for o in &orders.orders {
        range = Some(range.map_or((o.date, o.date), |(a, b)| (a.min(o.date), b.max(o.date))));
    }
    let customer_groups = customers::period_sums(&orders, &buckets)
        .into_iter()
        .map(|(period, sums)| ((Dimension::Total, None, period), sums))
        .collect();
    push_figures(
        &mut audit,
        customer_groups,
        None,
        &MetricId::CUSTOMERS,
        &settings.formulas,
    );
    audit.cohorts = customers::cohorts(&orders.orders);
    audit.figures.extend(velocity_figures);

    let order_files = if inputs.iter().any(|i| i.kind == FileKind::Transactions) {
        files(&[FileKind::Transactions])
    } else if !subscriptions.is_empty() {
        files(&[FileKind::Deals])
    } else {
        Vec::new()
    };
    audit.sources = vec![
        (MetricSource::Paid, files(&[FileKind::AdPerformance])),
        (MetricSource::Funnel, files(&crm)),
        (MetricSource::Email, files(&[FileKind::EmailCampaigns])),
        (MetricSource::Web, files(&[FileKind::WebAnalytics])),
        (MetricSource::Social, files(&[FileKind::SocialPosts])),
        (MetricSource::Customers, order_files),
        (MetricSource::Surveys, files(&[FileKind::Surveys])),
        (MetricSource::Responses, files(&[FileKind::Responses])),
    ];
    audit.range = range;
    audit.reindex();
    audit
}

/// Month and quarter always (the default groupings and the audit cadence), year for
/// long-term views, and the user's bucket.
fn buckets(chosen: Bucket) -> Vec<Bucket> {
    let mut out = vec![Bucket::Month, Bucket::Quarter, Bucket::Year];
    if !out.contains(&chosen) {
        out.push(chosen);
    }
    out
}

fn tables<'i>(inputs: &'i [&'i Ingested], kind: FileKind) -> impl Iterator<Item = &'i Table> {
    inputs
        .iter()
        .filter(move |i| i.kind == kind)
        .map(|i| &i.table)
}

/// Pushes the figures of `metrics` that `groups` can feed. A metric is split by a
/// dimension only when every measure it reads is known per group of that dimension
/// (`coverage`; `None` when the groups are the total only): a lead → customer rate by
/// segment needs the segment of every lead, not only of the won deals.
fn push_figures(
    audit: &mut Audit,
    groups: BTreeMap<GroupKey, Sums>,
    coverage: Option<&Coverage>,
    metrics: &[MetricId],
    formulas: &Formulas,
) {
    let mut poor: BTreeMap<Dimension, Vec<Measure>> = BTreeMap::new();
    for ((dimension, group, period), sums) in groups {
        // The sums without the measures this dimension knows on too few rows.
        let known = match (coverage, dimension) {
            (None, _) | (_, Dimension::Total) => None,
            (Some(c), d) => {
                let poor = poor.entry(d).or_insert_with(|| poorly_known(c, d));
                let here: Vec<Measure> = poor.iter().copied().filter(|m| sums.has(*m)).collect();
                (!here.is_empty()).then(|| sums.without(&here))
            }
        };
        for &metric in metrics {
            if !applicable(metric, formulas, |m| sums.has(m)) {
                continue;
            }
            let v = metric::compute(metric, &sums, formulas);
            // A rate is not split where its denominator reads a poorly known measure:
            // the groups' denominators would be the few rows that know their group.
            if let (Some(known), Some(_)) = (&known, v.denominator) {
                let alone = applicable(metric, formulas, |m| known.has(m))
                    .then(|| metric::compute(metric, known, formulas).denominator);
                if alone != Some(v.denominator) {
                    continue;
                }
            }
            audit.figures.push(Figure {
                metric,
                dimension,
                group: group.clone(),
                period,
                value: v.value,
                numerator: v.numerator.and_then(|d| d.to_f64()),
                denominator: v.denominator.and_then(|d| d.to_f64()),
            });
        }
    }
}

type GroupKey = (Dimension, Option<String>, Option<Period>);

/// Per (dimension, measure): of the rows that add the measure, how many have a set group
/// (not "(not set)") in the dimension, and how many there are.
type Coverage = BTreeMap<(Dimension, Measure), (u64, u64)>;

/// The measures of `dimension` known on too few rows to split by it: those whose
/// share of rows with a set group is under [`config::SPLIT_COVERAGE_MIN_RATIO`] of the
/// best-known measure's. Rows that carry numerator and denominator together (an ad
/// row's spend and clicks) are known alike by construction; leads are not, when only
/// won deals know their segment.
fn poorly_known(coverage: &Coverage, dimension: Dimension) -> Vec<Measure> {
    let share = |&(set, all): &(u64, u64)| {
        if all == 0 {
            0.0
        } else {
            set as f64 / all as f64
        }
    };
    let of_dimension = || coverage.iter().filter(move |((d, _), _)| *d == dimension);
    let best = of_dimension().map(|(_, c)| share(c)).fold(0.0f64, f64::max);
    of_dimension()
        .filter(|(_, c)| share(c) < config::SPLIT_COVERAGE_MIN_RATIO * best || best == 0.0)
        .map(|((_, m), _)| *m)
        .collect()
}

/// Whether a row's group in a dimension tells which group its measures belong to.
fn tags(dimension: Dimension, group: Option<&str>) -> bool {
    dimension != Dimension::Total && group.is_some_and(|g| g != NOT_SET)
}

/// Adds the measures a row implies to those read from its columns.
type Derive = fn(&mut Vec<(Measure, Decimal)>);

fn no_derive(_: &mut Vec<(Measure, Decimal)>) {}

/// A social post's engagements: likes + shares + comments + reposts, of those it has.
fn engagements(measures: &mut Vec<(Measure, Decimal)>) {
    let parts = [Field::Likes, Field::Shares, Field::Comments, Field::Reposts];
    let total = measures
        .iter()
        .filter(|(m, _)| parts.iter().any(|f| *m == Measure::Field(*f)))
        .map(|(_, v)| *v)
        .reduce(|a, b| a.saturating_add(b));
    if let Some(total) = total {
        measures.push((Measure::Engagements, total));
    }
}

/// A CSAT answer on the 1–5 scale counts as an answer, and as satisfied when 4 or 5;
/// an answer outside the scale counts as neither.
fn csat_answers(measures: &mut Vec<(Measure, Decimal)>) {
    let answer = measures
        .iter()
        .find(|(m, _)| *m == Measure::Field(Field::Csat))
        .map(|(_, v)| *v);
    if let Some(v) = answer.filter(|v| *v >= Decimal::ONE && *v <= Decimal::from(5)) {
        let satisfied = if v >= Decimal::from(4) {
            Decimal::ONE
        } else {
            Decimal::ZERO
        };
        measures.push((Measure::CsatAnswers, Decimal::ONE));
        measures.push((Measure::CsatSatisfied, satisfied));
    }
}

/// A stock (list size) seen at the first and the last date of a group: (first day,
/// its value, last day, its value), each with the index of the row it was read from.
/// On a tie, the first row read is the start and the last row read the end.
type Stock = ((NaiveDate, u64, Decimal), (NaiveDate, u64, Decimal));

/// Grouping columns (dimensions and split columns) a table may have for its rows to be
/// summed in a cube first; a table with more is summed row by row.
const CUBE_WIDTH: usize = 16;

/// A row's groups, interned: (dimension, label id, whether the label is set).
type RowGroups = Vec<(Dimension, Option<u32>, bool)>;

/// One cell of the cube: rows of the same groups and the same date (or span).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct CellKey {
    date: Option<NaiveDate>,
    span: Option<(NaiveDate, NaiveDate)>,
    ids: [u32; CUBE_WIDTH],
}

/// What the rows of one cell add up to.
#[derive(Default)]
struct Cell {
    sums: Sums,
    /// Rows per measure (for the coverage of each dimension).
    rows: Vec<(Measure, u64)>,
    /// The list size of the first and the last row read, with their row indexes.
    stock: Option<((u64, Decimal), (u64, Decimal))>,
}

/// A group key with its label interned: (dimension, label id, period). Copied, hashed
/// and compared as a few integers per row instead of a string.
type Slot = (Dimension, Option<u32>, Option<Period>);

/// Sums measures per (dimension, group, period), streaming: each row's groups are
/// looked up by interned label (no string is copied per row), its periods are computed
/// once, and the sums live in one dense vector indexed through a hash map. Only
/// [`Accumulator::into_groups`] turns the keys back into labels, once per group.
struct Accumulator<'b> {
    as_of: Option<NaiveDate>,
    buckets: &'b [Bucket],
    /// Per dimension, each label's id into `labels`.
    ids: Vec<(Dimension, FxHashMap<String, u32>)>,
    labels: Vec<String>,
    slots: FxHashMap<Slot, u32>,
    keys: Vec<Slot>,
    sums: Vec<Sums>,
    list_sizes: FxHashMap<Slot, Stock>,
    coverage: FxHashMap<(Dimension, Measure), (u64, u64)>,
    /// Reused per row: the row's groups (interned) and the slots it adds to.
    row_groups: RowGroups,
    row_slots: Vec<Slot>,
    /// Sum tables row by row, never in a cube (the tests compare both ways).
    by_rows: bool,
}

impl<'b> Accumulator<'b> {
    fn new(as_of: Option<NaiveDate>, buckets: &'b [Bucket]) -> Self {
        Accumulator {
            as_of,
            buckets,
            ids: Vec::new(),
            labels: Vec::new(),
            slots: FxHashMap::default(),
            keys: Vec::new(),
            sums: Vec::new(),
            list_sizes: FxHashMap::default(),
            coverage: FxHashMap::default(),
            row_groups: Vec::new(),
            row_slots: Vec::new(),
            by_rows: false,
        }
    }

    /// The id of `label` in `dimension`, added when new.
    fn intern(&mut self, dimension: Dimension, label: &str) -> u32 {
        let at = match self.ids.iter().position(|(d, _)| *d == dimension) {
            Some(at) => at,
            None => {
                self.ids.push((dimension, FxHashMap::default()));
                self.ids.len() - 1
            }
        };
        let map = &mut self.ids[at].1;
        if let Some(&id) = map.get(label) {
            return id;
        }
        let id = u32::try_from(self.labels.len()).unwrap_or(u32::MAX);
        self.labels.push(label.to_owned());
        map.insert(label.to_owned(), id);
        id
    }

    /// The sums, with the list size at the start and end of each group's dates, and
    /// the measures each dimension knows per group.
    fn into_groups(self) -> (BTreeMap<GroupKey, Sums>, Coverage) {
        let labels = self.labels;
        let key = |(d, id, p): Slot| -> GroupKey {
            (d, id.and_then(|i| labels.get(i as usize).cloned()), p)
        };
        let mut groups: BTreeMap<GroupKey, Sums> = self
            .keys
            .iter()
            .zip(self.sums)
            .map(|(slot, sums)| (key(*slot), sums))
            .collect();
        for (slot, ((_, _, start), (_, _, end))) in self.list_sizes {
            let sums = groups.entry(key(slot)).or_default();
            sums.add(Measure::ListStart, start);
            sums.add(Measure::ListEnd, end);
        }
        let mut coverage: Coverage = self.coverage.into_iter().collect();
        // The list stock is known per group as the list-size column is.
        let list_size = Measure::Field(Field::ListSize);
        let stock: Vec<_> = coverage
            .iter()
            .filter(|((_, m), _)| *m == list_size)
            .map(|((d, _), c)| (*d, *c))
            .collect();
        for (d, c) in stock {
            coverage.insert((d, Measure::ListStart), c);
            coverage.insert((d, Measure::ListEnd), c);
        }
        (groups, coverage)
    }

    /// Adds one row (the `index`-th read): to each of `groups` (the total included;
    /// `None` is the total's label) for the whole range, and for each period of the
    /// row's date, or of the span it covers when one period holds all of it (the
    /// quarter of a quarterly report), never spread over the periods it spans.
    #[allow(clippy::too_many_arguments)]
    fn add(
        &mut self,
        index: u64,
        weight: u64,
        date: Option<NaiveDate>,
        span: Option<(NaiveDate, NaiveDate)>,
        groups: &[(Dimension, Option<&str>)],
        measures: &[(Measure, Decimal)],
        range: &mut Option<(NaiveDate, NaiveDate)>,
    ) {
        let mut row_groups = std::mem::take(&mut self.row_groups);
        row_groups.clear();
        for (dimension, label) in groups {
            let id = label.map(|l| self.intern(*dimension, l));
            row_groups.push((*dimension, id, tags(*dimension, *label)));
        }
        let mut sums = Sums::default();
        for (measure, value) in measures {
            sums.add(*measure, *value);
        }
        let rows: Vec<(Measure, u64)> = measures.iter().map(|(m, _)| (*m, weight)).collect();
        let stock = measures
            .iter()
            .find(|(m, _)| *m == Measure::Field(Field::ListSize))
            .map(|(_, v)| ((index, *v), (index, *v)));
        let cell = Cell { sums, rows, stock };
        self.add_cell(date, span, &row_groups, &cell, range);
        self.row_groups = row_groups;
    }

    /// Adds rows of the same groups and date (see [`Accumulator::add`]); `groups` are
    /// interned, each with whether its label is set.
    fn add_cell(
        &mut self,
        date: Option<NaiveDate>,
        span: Option<(NaiveDate, NaiveDate)>,
        row_groups: &[(Dimension, Option<u32>, bool)],
        cell: &Cell,
        range: &mut Option<(NaiveDate, NaiveDate)>,
    ) {
        let when = date.map(|d| (d, d)).or(span);
        if let (Some((first, _)), Some(limit)) = (when, self.as_of) {
            if first > limit {
                return;
            }
        }
        if let Some((a, b)) = when {
            *range = Some(range.map_or((a, b), |(x, y)| (x.min(a), y.max(b))));
        }
        for (dimension, _, set) in row_groups {
            if *dimension == Dimension::Total {
                continue;
            }
            for (measure, n) in &cell.rows {
                let c = self.coverage.entry((*dimension, *measure)).or_default();
                *c = (c.0 + if *set { *n } else { 0 }, c.1 + n);
            }
        }
        // The row's periods, once: those of its date, or of its span when one period
        // holds all of it.
        let mut periods: [Option<(Bucket, Period)>; 8] = [None; 8];
        if let Some((a, b)) = when {
            for (slot, &bucket) in periods.iter_mut().zip(self.buckets) {
                let period = Period::of(bucket, a);
                if period == Period::of(bucket, b) {
                    *slot = Some((bucket, period));
                }
            }
        }
        let mut row_slots = std::mem::take(&mut self.row_slots);
        row_slots.clear();
        for (dimension, id, _) in row_groups {
            row_slots.push((*dimension, *id, None));
            for (bucket, period) in periods.iter().flatten() {
                if *bucket == Bucket::Year && *dimension != Dimension::Total {
                    continue;
                }
                row_slots.push((*dimension, *id, Some(*period)));
            }
        }
        for slot in &row_slots {
            if let (Some(d), Some(((i, first), (j, last)))) = (date, cell.stock) {
                let stock = self
                    .list_sizes
                    .entry(*slot)
                    .or_insert(((d, i, first), (d, j, last)));
                if (d, i) < (stock.0 .0, stock.0 .1) {
                    stock.0 = (d, i, first);
                }
                if (d, j) > (stock.1 .0, stock.1 .1) {
                    stock.1 = (d, j, last);
                }
            }
            let at = match self.slots.get(slot) {
                Some(&at) => at as usize,
                None => {
                    self.slots.insert(*slot, self.sums.len() as u32);
                    self.keys.push(*slot);
                    self.sums.push(Sums::default());
                    self.sums.len() - 1
                }
            };
            self.sums[at].merge(&cell.sums);
        }
        self.row_slots = row_slots;
    }

    fn add_table(
        &mut self,
        table: &Table,
        splits: &[String],
        range: &mut Option<(NaiveDate, NaiveDate)>,
    ) {
        self.add_table_with(table, splits, range, no_derive);
    }

    fn add_table_with(
        &mut self,
        table: &Table,
        splits: &[String],
        range: &mut Option<(NaiveDate, NaiveDate)>,
        derive: Derive,
    ) {
        // The text columns that group rows: the mapped ones (campaign, channel…), then
        // each of the file's own text columns, as a dimension with its groups (the
        // most frequent values; the rest as one "(other)" group).
        let mut columns: Vec<GroupColumn<'_>> = Dimension::ALL
            .iter()
            .filter_map(|d| {
                let texts = d.field().and_then(|f| table.text(f))?;
                let labels = std::iter::once(NOT_SET)
                    .chain(texts.values.iter().map(String::as_str))
                    .collect();
                Some(GroupColumn::new(*d, texts, labels))
            })
            .collect();
        columns.extend(table.splits.iter().filter_map(|c| {
            let n = splits.iter().position(|h| *h == c.header)?;
            let labels = split_labels(c, table);
            Some(GroupColumn::new(
                Dimension::Column(u8::try_from(n).ok()?),
                &c.texts,
                labels,
            ))
        }));
        let dates = table.date(Field::Date);
        let responses = table.text(Field::Response);
        let numbers: Vec<(Field, &Numbers)> = table
            .columns
            .iter()
            .filter_map(|(f, _)| table.number(*f).map(|n| (*f, n)))
            .collect();
        let ends = table.date(Field::PeriodEnd);
        let mut groups: Vec<(Dimension, Option<&str>)> = Vec::new();
        let mut measures: Vec<(Measure, Decimal)> = Vec::new();
        // Rows of the same groups and date are summed in one cell first; the cells are
        // then added to every group and period they count in (a daily export of six
        // campaigns adds six cells a day, whatever its number of rows).
        let cube = !self.by_rows && columns.len() < CUBE_WIDTH;
        let mut cells: FxHashMap<CellKey, usize> = FxHashMap::default();
        let mut cube_cells: Vec<(CellKey, RowGroups, Cell)> = Vec::new();
        for row in 0..table.len() {
            let date = dates.and_then(|d| d.get(row)).map(|d| d.date());
            // A row that covers a range (Meta: reporting starts … ends) counts in the
            // periods that hold all of it, like a report's stated period.
            let end = ends.and_then(|d| d.get(row)).map(|d| d.date());
            let (date, span) = match (date, end) {
                (Some(start), Some(end)) if end > start => (None, Some((start, end))),
                (date, _) => (date, table.stated_period),
            };
            groups.clear();
            groups.push((Dimension::Total, None));
            for column in &columns {
                groups.push((column.dimension, Some(column.label(row))));
            }
            measures.clear();
            measures.extend(
                numbers
                    .iter()
                    .filter_map(|(f, c)| c.get(row).map(|v| (Measure::Field(*f), v))),
            );
            // A campaign outcome (yes/no) counts a contact, and a response when yes.
            let answer = responses.and_then(|c| c.get(row)).and_then(metric::outcome);
            if let Some(yes) = answer {
                measures.push((Measure::Contacts, Decimal::ONE));
                measures.push((
                    Measure::Responses,
                    if yes { Decimal::ONE } else { Decimal::ZERO },
                ));
            }
            derive(&mut measures);
            // A folded row holds several rows of the file (see `import::fold`).
            let weight = table.weight(row);
            if !cube {
                self.add(row as u64, weight, date, span, &groups, &measures, range);
                continue;
            }
            let mut key = CellKey {
                date,
                span,
                ids: [u32::MAX; CUBE_WIDTH],
            };
            // The total (first) has no label; each column's value id is interned once.
            for (column, id) in columns.iter_mut().zip(key.ids.iter_mut().skip(1)) {
                let value = column.value(row);
                *id = match column.interned.get(value) {
                    Some(&id) if id != u32::MAX => id,
                    _ => {
                        let label = column.labels.get(value).copied().unwrap_or(NOT_SET);
                        let id = self.intern(column.dimension, label);
                        if let Some(slot) = column.interned.get_mut(value) {
                            *slot = id;
                        }
                        id
                    }
                };
            }
            let at = *cells.entry(key).or_insert_with(|| {
                let interned = groups
                    .iter()
                    .zip(key.ids)
                    .map(|((d, label), id)| (*d, label.map(|_| id), tags(*d, *label)))
                    .collect();
                cube_cells.push((key, interned, Cell::default()));
                cube_cells.len() - 1
            });
            let cell = &mut cube_cells[at].2;
            for (measure, value) in &measures {
                cell.sums.add(*measure, *value);
                match cell.rows.iter_mut().find(|(m, _)| m == measure) {
                    Some((_, n)) => *n += weight,
                    None => cell.rows.push((*measure, weight)),
                }
                if *measure == Measure::Field(Field::ListSize) {
                    let here = (row as u64, *value);
                    cell.stock = Some(cell.stock.map_or((here, here), |(first, _)| (first, here)));
                }
            }
        }
        for (key, interned, cell) in &cube_cells {
            self.add_cell(key.date, key.span, interned, cell, range);
        }
    }

    fn add_event(&mut self, event: &Event, range: &mut Option<(NaiveDate, NaiveDate)>) {
        fn label(s: &Option<String>) -> Option<&str> {
            Some(s.as_deref().unwrap_or(NOT_SET))
        }
        let mut groups = vec![
            (Dimension::Total, None),
            (Dimension::Source, label(&event.source)),
            (Dimension::Segment, label(&event.segment)),
        ];
        if event.reason.is_some() {
            groups.push((Dimension::LossReason, event.reason.as_deref()));
        }
        let mut measures = vec![(event.measure, event.amount)];
        if event.measure == Measure::DealRevenue {
            let influenced = if metric::is_marketing_source(event.source.as_deref()) {
                event.amount
            } else {
                Decimal::ZERO
            };
            measures.push((Measure::InfluencedRevenue, influenced));
        }
        self.add(0, 1, event.date, None, &groups, &measures, range);
    }
}

/// True when the summed measures can feed `metric`; a figure exists only then.
pub fn applicable(metric: MetricId, formulas: &Formulas, has: impl Fn(Measure) -> bool) -> bool {
    use Field::*;
    use MetricId as M;
    let f = |field: Field| has(Measure::Field(field));
    let delivered = f(Delivered) || (f(Sent) && f(Bounces));
    // The email rates divide by the base the user chose; without it they do not exist.
    let base = match formulas.email_base {
        metric::EmailBase::Delivered => delivered,
        metric::EmailBase::Sent => f(Sent),
    };
    match metric {
        M::Spend | M::Cost => f(Spend),
        M::Impressions => f(Impressions),
        M::Reach => f(Reach),
        M::Clicks | M::EmailClicks => f(Clicks),
        M::Conversions => f(Conversions),
        M::AdLeads => f(Leads),
        M::Revenue => f(Revenue),
        M::LabourCost => f(LabourCost) || (f(LabourHours) && formulas.hourly_rate_cents.is_some()),
        M::Ctr => f(Clicks) && f(Impressions),
        M::Cpc => f(Spend) && f(Clicks),
        M::Cpm => f(Spend) && f(Impressions),
        M::Cpl => f(Spend) && f(Leads),
        M::CostPerConversion => f(Spend) && f(Conversions),
        M::Roas | M::Roi | M::ReturnOnSales => f(Spend) && f(Revenue),
        M::ClickToConversionRate => f(Clicks) && f(Conversions),
        M::EmailsSent => f(Sent),
        M::EmailsDelivered => delivered,
        M::EmailBounces => f(Bounces) || (f(Sent) && f(Delivered)),
        M::DeliveryRate | M::BounceRate => f(Sent) && (f(Delivered) || f(Bounces)),
        M::EmailOpens => f(Opens),
        M::EmailUnsubscribes => f(Unsubscribes),
        M::EmailSpamComplaints => f(SpamComplaints),
        M::OpenRate => f(Opens) && base,
        M::ClickRate => f(Clicks) && base,
        M::UnsubscribeRate => f(Unsubscribes) && base,
        M::SpamComplaintRate => f(SpamComplaints) && base,
        M::ClickToOpenRate => f(Clicks) && f(Opens),
        M::Leads => has(Measure::Leads),
        M::Mqls => has(Measure::Mqls),
        M::Sqls => has(Measure::Sqls),
        M::Customers => has(Measure::Customers),
        M::DealsWon => has(Measure::Deals),
        M::DealRevenue => has(Measure::DealRevenue),
        M::DealsLost => has(Measure::DealsLost),
        M::WinRate => has(Measure::Deals) && has(Measure::DealsLost),
        M::DealsOpen => has(Measure::DealsOpen),
        M::PipelineValue => has(Measure::PipelineValue),
        M::DaysToClose => has(Measure::DealsTimed),
        M::MqlToSqlRate => has(Measure::Mqls),
        M::LeadToCustomerRate => has(Measure::Leads),
        M::Cac => f(Spend) && has(Measure::Customers),
        M::AverageOrderValue => has(Measure::DealRevenue) && has(Measure::Deals),
        M::Clv => has(Measure::DealRevenue) && has(Measure::Customers),
        M::LtvToCac => has(Measure::DealRevenue) && f(Spend),
        // Timeline figures come from `velocity::velocity_figures`, never from sums.
        M::StageCount
        | M::TimeInStageDaysMean
        | M::TimeInStageDaysMedian
        | M::TimeInStageDaysP90
        | M::StageConversionRate
        | M::SalesCycleDaysMean
        | M::SalesCycleDaysMedian => false,
        M::Visitors => f(Visitors),
        M::Sessions => f(Sessions),
        M::WebConversions => f(Conversions),
        M::WebLeads => f(Leads),
        M::VisitorToLeadRate => f(Leads) && f(Visitors),
        M::LandingPageConversionRate => f(Conversions) && f(Sessions),
        M::Engagements => has(Measure::Engagements),
        M::EngagementRate => {
            has(Measure::Engagements)
                && match formulas.engagement_base {
                    metric::EngagementBase::Impressions => f(Impressions),
                    metric::EngagementBase::Followers => f(Followers),
                }
        }
        M::Orders => has(Measure::Orders),
        M::OrdersCancelled => has(Measure::OrdersCancelled),
        M::OrdersPending => has(Measure::OrdersPending),
        M::PurchaseFrequency => has(Measure::CustomerOrders),
        M::TransactionRevenue => has(Measure::OrderRevenue),
        M::ActiveCustomers => has(Measure::ActiveCustomers),
        M::ChurnRate | M::RetentionRate => has(Measure::PreviousCustomers),
        M::AcquisitionRate => has(Measure::NewCustomers),
        M::ClvMargin => {
            formulas.gross_margin_bp.is_some()
                && has(Measure::CustomerRevenue)
                && has(Measure::ActiveCustomers)
                && has(Measure::ChurnedCustomers)
                && has(Measure::PreviousCustomers)
        }
        M::ListGrowthRate => has(Measure::ListStart),
        M::ListSize => has(Measure::ListEnd),
        M::Cpa => f(Spend) && f(Conversions),
        M::MarketingInfluencedRevenueShare => has(Measure::InfluencedRevenue),
        M::Csat => has(Measure::CsatAnswers),
        M::Contacts | M::Responses | M::ResponseRate => has(Measure::Contacts),
        // Email rows are summed apart from ad rows, so this revenue never reaches ROAS.
        M::EmailRevenue => f(Revenue),
        M::EmailOrders => f(Orders),
        M::RevenuePerRecipient => f(Revenue) && base,
        M::EmailOrderRate => f(Orders) && base,
    }
}

/// Most split columns an audit keeps (a [`Dimension::Column`] index is a `u8`).
pub const MAX_SPLIT_COLUMNS: usize = 32;

/// Most groups a split column shows; the less frequent values form one group,
/// [`OTHER`].
pub const MAX_SPLIT_GROUPS: usize = 200;

/// The group label for the values of a split column beyond its most frequent ones.
pub const OTHER: &str = "(other)";

/// The headers of the files' own text columns, each once, in order of appearance.
fn split_names(inputs: &[&Ingested]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for split in inputs.iter().flat_map(|i| &i.table.splits) {
        if names.len() < MAX_SPLIT_COLUMNS && !names.contains(&split.header) {
            names.push(split.header.clone());
        }
    }
    names
}

/// Per value id of a split column (0 = blank), its group label: the value itself for
/// the [`MAX_SPLIT_GROUPS`] most frequent, [`OTHER`] for the rest, [`NOT_SET`] for blank.
fn split_labels<'t>(column: &'t TextColumn, table: &Table) -> Vec<&'t str> {
    let texts = &column.texts;
    let mut labels: Vec<&str> = std::iter::once(NOT_SET)
        .chain(texts.values.iter().map(String::as_str))
        .collect();
    if texts.values.len() > MAX_SPLIT_GROUPS {
        let mut counts = vec![0u64; labels.len()];
        for (row, &id) in texts.rows.iter().enumerate() {
            if let Some(c) = usize::try_from(id).ok().and_then(|i| counts.get_mut(i)) {
                *c += table.weight(row);
            }
        }
        let mut order: Vec<usize> = (1..labels.len()).collect();
        // Most rows first; among equals, the first seen.
        order.sort_by(|a, b| counts.get(*b).cmp(&counts.get(*a)).then(a.cmp(b)));
        for &id in order.iter().skip(MAX_SPLIT_GROUPS) {
            if let Some(l) = labels.get_mut(id) {
                *l = OTHER;
            }
        }
    }
    labels
}

/// A text column that groups rows, read by value id: its group label per id, and the
/// accumulator's interned id per value id once met (`u32::MAX` before).
struct GroupColumn<'t> {
    dimension: Dimension,
    rows: &'t [u32],
    labels: Vec<&'t str>,
    interned: Vec<u32>,
}

impl<'t> GroupColumn<'t> {
    fn new(dimension: Dimension, texts: &'t Texts, labels: Vec<&'t str>) -> Self {
        let interned = vec![u32::MAX; labels.len()];
        GroupColumn {
            dimension,
            rows: &texts.rows,
            labels,
            interned,
        }
    }

    /// The value id of `row` (0 when blank).
    fn value(&self, row: usize) -> usize {
        self.rows
            .get(row)
            .and_then(|&id| usize::try_from(id).ok())
            .unwrap_or(0)
    }

    /// The group label of `row`.
    fn label(&self, row: usize) -> &'t str {
        self.labels.get(self.value(row)).copied().unwrap_or(NOT_SET)
    }
}

/// The last date in any date column of any file. The close date of a deal that is
/// still open (or of unclassified outcome) is an expected date, not data: left out.
fn last_date(inputs: &[&Ingested]) -> Option<NaiveDate> {
    use crate::engine::import::vocab::outcomes::Outcome;
    let fields = [
        Field::Date,
        Field::EnteredAt,
        Field::WonDate,
        Field::CreatedDate,
        Field::ChurnDate,
        Field::PeriodEnd,
        Field::BecameLead,
        Field::BecameMql,
        Field::BecameSql,
        Field::BecameOpportunity,
        Field::BecameCustomer,
    ];
    let mut last: Option<NaiveDate> = None;
    for input in inputs
        .iter()
        .filter(|i| i.kind != FileKind::Programs && i.kind != FileKind::Unknown)
    {
        for field in fields {
            let Some(col) = input.table.date(field) else {
                continue;
            };
            let outcomes = input.outcomes.as_ref().filter(|_| field == Field::WonDate);
            for (row, date) in col.iter().enumerate() {
                let Some(date) = date else { continue };
                let closed = outcomes.is_none_or(|o| {
                    matches!(
                        o.rows.get(row).copied().flatten(),
                        Some(Outcome::Won | Outcome::Lost)
                    )
                });
                if closed {
                    last = Some(last.map_or(date.date(), |l| l.max(date.date())));
                }
            }
        }
    }
    let stated = inputs
        .iter()
        .filter(|i| i.kind != FileKind::Programs && i.kind != FileKind::Unknown)
        .filter_map(|i| i.table.stated_period.map(|(_, to)| to))
        .max();
    last.max(stated)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::import::ingest::{ingest, Overrides};

    fn file(name: &str, text: &str) -> Ingested {
        ingest(name, text.as_bytes(), &Overrides::default()).expect("ingests")
    }

    fn quarter(label: &str) -> Period {
        Period::parse(label).expect("a period label")
    }

    type Summed = (
        BTreeMap<GroupKey, Sums>,
        Coverage,
        Option<(NaiveDate, NaiveDate)>,
    );

    /// Sums every table of `inputs` in a cube and row by row.
    fn both_ways(inputs: &[Ingested]) -> [Summed; 2] {
        let buckets = buckets(Bucket::Week);
        let splits: Vec<String> = inputs
            .iter()
            .flat_map(|i| i.table.splits.iter().map(|c| c.header.clone()))
            .collect();
        [false, true].map(|by_rows| {
            let mut acc = Accumulator::new(None, &buckets);
            acc.by_rows = by_rows;
            let mut range = None;
            for input in inputs {
                acc.add_table_with(&input.table, &splits, &mut range, csat_answers);
            }
            let (groups, coverage) = acc.into_groups();
            (groups, coverage, range)
        })
    }

    #[test]
    fn the_cube_sums_exactly_what_rows_sum() {
        for (name, bytes) in crate::engine::demo::files() {
            let input = ingest(name, bytes, &Overrides::default()).expect("demo");
            let [cube, rows] = both_ways(&[input]);
            assert!(cube == rows, "{name}: the cube differs from row by row");
        }
        // List sizes tied on a date: the first row read starts, the last ends, across
        // groups read in any order; rows without a campaign, and a 2-decimal mix.
        let list = file(
            "sends.csv",
            "Date,Campaign,Sent,Delivered,List size\n\
             2026-01-05,A,100,99,1000\n\
             2026-01-05,B,50,50,1200\n\
             2026-01-05,A,10.25,10,1100\n\
             2026-01-09,,7,7,900\n\
             2026-01-09,B,1.5,1,950\n\
             2026-01-09,A,3,3,990\n",
        );
        let [cube, rows] = both_ways(&[list]);
        assert!(cube == rows, "list sizes: the cube differs from row by row");
        let total = cube.0.get(&(Dimension::Total, None, None)).expect("total");
        assert_eq!(total.get(Measure::ListStart), Some(Decimal::from(1000)));
        assert_eq!(total.get(Measure::ListEnd), Some(Decimal::from(990)));
        assert_eq!(total.get(Field::Sent), Some(Decimal::new(17175, 2)));
    }

    fn unfolded(name: &str, bytes: &[u8]) -> Ingested {
        let mut importer =
            crate::engine::import::ingest::Importer::new(name, &Overrides::default())
                .keep_every_row();
        importer.push(bytes);
        importer.finish().expect("ingests")
    }

    #[test]
    fn folded_rows_give_every_figure_of_the_rows_they_hold() {
        // The demo: every file folded where it can be, and every row kept.
        let demo = crate::engine::demo::files();
        let folded: Vec<Ingested> = demo
            .iter()
            .map(|(name, bytes)| ingest(name, bytes, &Overrides::default()).expect("demo"))
            .collect();
        let kept: Vec<Ingested> = demo.iter().map(|(n, b)| unfolded(n, b)).collect();
        let settings = AuditSettings::default();
        assert!(run(&folded, &settings) == run(&kept, &settings), "the demo");
        // A campaign file with repeated (day, campaign, country) rows, blanks that
        // differ, a 2-decimal mix, 260 countries whose most frequent 200 are only known
        // by counting the rows each folded row holds, and its own total at the end.
        let mut text = String::from("Date,Campaign,Country,Spend,Clicks\n");
        let (mut cents, mut clicks) = (0i64, 0i64);
        let mut row =
            |text: &mut String, day: u32, campaign: &str, country: &str, c: i64, k: i64| {
                let spend = if c % 7 == 3 {
                    String::new()
                } else {
                    cents += c;
                    format!("{}.{:02}", c / 100, c % 100)
                };
                clicks += k;
                text.push_str(&format!(
                    "2026-01-{day:02},{campaign},{country},{spend},{k}\n"
                ));
            };
        for i in 0..3_000i64 {
            let campaign = ["A", "B", "C"][(i % 3) as usize];
            row(
                &mut text,
                (i % 5) as u32 + 1,
                campaign,
                "IS",
                i * 25 + 100,
                i % 4,
            );
        }
        for k in 0..260i64 {
            for _ in 0..(k % 7 + 1) {
                row(&mut text, 6, "D", &format!("C{k}"), 150 + k, 1);
            }
        }
        text.push_str(&format!(",,,{}.{:02},{clicks}\n", cents / 100, cents % 100));
        let folded = ingest("ads.csv", text.as_bytes(), &Overrides::default()).expect("ads");
        let kept = unfolded("ads.csv", text.as_bytes());
        assert!(folded.table.len() < 400, "{} rows kept", folded.table.len());
        assert_eq!(
            kept.table.len(),
            3_000 + (0..260).map(|k| k % 7 + 1).sum::<usize>()
        );
        let held: u64 = (0..folded.table.len())
            .map(|r| folded.table.weight(r))
            .sum();
        assert_eq!((held, folded.rows_used), (kept.rows_used, kept.rows_used));
        assert_eq!(folded.issues, kept.issues, "the total is found either way");
        assert!(folded
            .issues
            .iter()
            .any(|i| i.kind == crate::engine::import::error::IssueKind::TotalByArithmetic));
        assert!(both_ways(std::slice::from_ref(&folded)) == both_ways(std::slice::from_ref(&kept)));
        assert!(
            run(&[folded], &settings) == run(&[kept], &settings),
            "the campaign file"
        );
    }

    #[test]
    fn compares_with_previous_period_and_a_year_before() {
        let ads = file(
            "ads.csv",
            "Date,Campaign,Spend,Clicks,Impressions\n2024-08-01,A,100,10,1000\n2025-05-01,A,50,5,100\n2025-08-01,A,80,8,100\n2025-08-02,B,20,0,0\n",
        );
        let audit = run(&[ads], &AuditSettings::default());
        assert_eq!(audit.current_period(), Some(quarter("2025-Q3")));
        let c = audit.compare(MetricId::Spend, Dimension::Total, None, quarter("2025-Q3"));
        assert_eq!(
            (c.current, c.previous, c.year_ago),
            (Some(100.0), Some(50.0), Some(100.0))
        );
        let vs_prev = c.vs_previous().expect("both defined");
        assert_eq!((vs_prev.absolute, vs_prev.relative), (50.0, Some(1.0)));
        assert_eq!(c.vs_year_ago().and_then(|ch| ch.relative), Some(0.0));
        // B had clicks and impressions of zero: its CTR is undefined, not 0.
        assert_eq!(
            audit.value(MetricId::Ctr, Dimension::Campaign, Some("B"), None),
            None
        );
        assert!(audit
            .figure(MetricId::Ctr, Dimension::Campaign, Some("B"), None)
            .is_some());
        // No revenue anywhere: no ROI at all.
        assert!(!audit.has(MetricId::Roi));
    }

    #[test]
    fn deals_with_churn_dates_give_churn_and_retention() {
        let deals = file(
            "deals.csv",
            "Deal ID,Lead ID,Won date,Amount,Churn date\nD1,A,2026-01-10,100,\nD2,B,2026-02-01,100,2026-05-01\nD3,C,2026-03-01,100,2026-08-15\nD4,D,2026-04-20,100,\n",
        );
        let audit = run(&[deals], &AuditSettings::default());
        let q2 = Period::parse("2026-Q2");
        let churn = audit
            .value(MetricId::ChurnRate, Dimension::Total, None, q2)
            .expect("a churn rate");
        assert!((churn - 1.0 / 3.0).abs() < 1e-12, "{churn}");
        let retention = audit
            .value(MetricId::RetentionRate, Dimension::Total, None, q2)
            .expect("a retention rate");
        assert!((retention - 2.0 / 3.0).abs() < 1e-12, "{retention}");
        // No order log: no orders are made up from deals.
        assert_eq!(
            audit.value(MetricId::Orders, Dimension::Total, None, None),
            None
        );
    }

    #[test]
    fn thin_groups_are_marked() {
        let ads = file(
            "ads.csv",
            "Campaign,Spend,Clicks\nBig,10,500\nSmall,5,20\nNone,5,\n",
        );
        let audit = run(&[ads], &AuditSettings::default());
        assert!(!audit.thin(Dimension::Campaign, Some("Big"), None));
        assert!(audit.thin(Dimension::Campaign, Some("Small"), None));
        // No clicks column value at all: nothing to judge, not thin.
        assert!(!audit.thin(Dimension::Campaign, Some("None"), None));
    }

    #[test]
    fn undated_rows_count_in_the_period_their_report_states() {
        let ads = file(
            "ads.csv",
            "Campaign report\n\"1 January 2026 - 31 March 2026\"\nCampaign,Cost,Clicks\nA,10.00,5\nB,20.00,7\n",
        );
        let audit = run(&[ads], &AuditSettings::default());
        let q1 = Some(quarter("2026-Q1"));
        let spend = |period| audit.value(MetricId::Spend, Dimension::Total, None, period);
        assert_eq!(spend(None), Some(30.0));
        assert_eq!(spend(q1), Some(30.0));
        // A quarter is not a month: nothing is spread over January to March.
        let jan = Period::of(
            Bucket::Month,
            NaiveDate::from_ymd_opt(2026, 1, 15).expect("date"),
        );
        assert_eq!(spend(Some(jan)), None);
        assert_eq!(audit.as_of, NaiveDate::from_ymd_opt(2026, 3, 31));
    }

    #[test]
    fn rows_that_cover_a_range_count_in_the_periods_that_hold_it() {
        let ads = file(
            "meta.csv",
            "Reporting starts,Reporting ends,Campaign name,Amount spent (EUR),Impressions\n\
             2026-01-01,2026-03-31,A,90.00,900\n\
             2026-04-01,2026-04-30,A,10.00,100\n",
        );
        let audit = run(&[ads], &AuditSettings::default());
        let spend = |p| audit.value(MetricId::Spend, Dimension::Total, None, p);
        assert_eq!(spend(None), Some(100.0));
        assert_eq!(spend(Some(quarter("2026-Q1"))), Some(90.0));
        assert_eq!(spend(Some(quarter("2026-Q2"))), Some(10.0));
        // The quarter's spend is not all January's.
        let month = |m| {
            Period::of(
                Bucket::Month,
                NaiveDate::from_ymd_opt(2026, m, 1).expect("date"),
            )
        };
        assert_eq!(spend(Some(month(1))), None);
        assert_eq!(spend(Some(month(4))), Some(10.0));
        assert_eq!(audit.as_of, NaiveDate::from_ymd_opt(2026, 4, 30));
    }

    #[test]
    fn every_text_column_splits_the_figures_under_its_header() {
        let ads = file(
            "ads.csv",
            "Campaign name,Age,Gender,Amount spent (EUR),Impressions,Link clicks\n\
             ,,,60.00,600,60\n\
             A,18-24,female,10.00,100,10\n\
             A,18-24,male,20.00,200,20\n\
             B,25-34,female,30.00,300,30\n",
        );
        let audit = run(&[ads], &AuditSettings::default());
        assert_eq!(audit.splits, vec!["Age".to_owned(), "Gender".to_owned()]);
        let gender = Dimension::Column(1);
        assert_eq!(audit.dimension_name(gender), "Gender");
        assert_eq!(
            audit.split_dimensions(MetricId::Spend),
            vec![Dimension::Column(0), gender]
        );
        let spend = |d, g| audit.value(MetricId::Spend, d, g, None);
        assert_eq!(spend(Dimension::Total, None), Some(60.0));
        assert_eq!(spend(gender, Some("female")), Some(40.0));
        assert_eq!(spend(gender, Some("male")), Some(20.0));
        assert_eq!(spend(Dimension::Column(0), Some("18-24")), Some(30.0));
        assert_eq!(Dimension::from_key(&gender.key()), Some(gender));
    }

    #[test]
    fn a_split_of_many_values_keeps_the_most_frequent_and_one_other_group() {
        let mut text = String::from("Keyword,Clicks,Cost\n");
        for i in 0..MAX_SPLIT_GROUPS + 10 {
            text.push_str(&format!("k{i},1,1.00\n"));
        }
        text.push_str("k0,1,1.00\n");
        let audit = run(&[file("kw.csv", &text)], &AuditSettings::default());
        let d = Dimension::Column(0);
        let groups = audit.groups(d, MetricId::Clicks);
        assert_eq!(groups.len(), MAX_SPLIT_GROUPS + 1);
        assert_eq!(
            audit.value(MetricId::Clicks, d, Some("k0"), None),
            Some(2.0)
        );
        assert_eq!(
            audit.value(MetricId::Clicks, d, Some(OTHER), None),
            Some(10.0)
        );
    }

    #[test]
    fn as_of_leaves_later_rows_out() {
        let ads = file("ads.csv", "Date,Spend\n2025-01-01,10\n2025-02-01,20\n");
        let settings = AuditSettings {
            as_of: NaiveDate::from_ymd_opt(2025, 1, 31),
            ..AuditSettings::default()
        };
        let audit = run(&[ads], &settings);
        assert_eq!(
            audit.value(MetricId::Spend, Dimension::Total, None, None),
            Some(10.0)
        );
        assert_eq!(
            audit.range.map(|(a, b)| (a.to_string(), b.to_string())),
            Some(("2025-01-01".into(), "2025-01-01".into()))
        );
    }

    #[test]
    fn groups_rank_by_a_metric_with_undefined_values_last() {
        let ads = file(
            "ads.csv",
            "Campaign,Spend,Clicks\nA,10,5\nB,30,0\nC,20,4\nD,,\n",
        );
        let audit = run(&[ads], &AuditSettings::default());
        let ranked = |by, descending| {
            audit.ranked_groups(Dimension::Campaign, MetricId::Clicks, by, None, descending)
        };
        assert_eq!(ranked(MetricId::Spend, true), vec!["B", "C", "A"]);
        assert_eq!(ranked(MetricId::Spend, false), vec!["A", "C", "B"]);
        // B has no cost per click (no clicks): last, both ways.
        assert_eq!(ranked(MetricId::Cpc, true), vec!["C", "A", "B"]);
        assert_eq!(ranked(MetricId::Cpc, false), vec!["A", "C", "B"]);
    }

    #[test]
    fn gaps_stay_gaps() {
        let ads = file("ads.csv", "Date,Spend\n2025-01-15,10\n2025-03-15,30\n");
        let audit = run(&[ads], &AuditSettings::default());
        let series: Vec<(String, Option<f64>)> = audit
            .series_with_gaps(MetricId::Spend, Dimension::Total, None, Bucket::Month)
            .into_iter()
            .map(|(p, v)| (p.label(), v))
            .collect();
        assert_eq!(
            series,
            vec![
                ("2025-01".into(), Some(10.0)),
                ("2025-02".into(), None),
                ("2025-03".into(), Some(30.0))
            ]
        );
    }

    #[test]
    fn cac_divides_spend_by_new_customers_in_the_same_period() {
        let inputs = [
            file("ads.csv", "Date,Spend,Labour cost\n2025-01-10,900,100\n2025-04-10,500,\n"),
            file("leads.csv", "Lead ID,Created date,Source\nL1,2025-01-02,Ads\nL2,2025-01-03,Ads\nL3,2025-01-04,Web\n"),
            file("deals.csv", "Deal ID,Lead ID,Won date,Amount\nD1,L1,2025-02-01,3000\nD2,L3,2025-03-01,1000\nD3,L8,2025-04-01,10\n"),
        ];
        let audit = run(&inputs, &AuditSettings::default());
        let q1 = Some(quarter("2025-Q1"));
        assert_eq!(
            audit.value(MetricId::Customers, Dimension::Total, None, q1),
            Some(2.0)
        );
        assert_eq!(
            audit.value(MetricId::Cac, Dimension::Total, None, q1),
            Some(500.0)
        );
        assert_eq!(
            audit.value(
                MetricId::LeadToCustomerRate,
                Dimension::Source,
                Some("Ads"),
                None
            ),
            Some(0.5)
        );
        let join = audit.join.as_ref().expect("a CRM join");
        assert_eq!(join.unmatched_deals, vec!["L8".to_owned()]);
        // A campaign split has no funnel figures: leads are not attributed to campaigns.
        assert!(audit
            .groups(Dimension::Campaign, MetricId::Leads)
            .is_empty());
    }

    #[test]
    fn web_social_and_survey_files_have_their_own_sums() {
        let inputs = [
            file(
                "ads.csv",
                "Date,Campaign,Spend,Clicks,Conversions\n2025-01-10,A,100,10,4\n",
            ),
            file(
                "web.csv",
                "Date,Landing page,Users,Sessions,Conversions,Form submissions\n2025-01-10,/,100,120,6,3\n2025-01-11,/pricing,50,80,4,2\n2025-01-12,/,0,0,1,\n",
            ),
            file(
                "social.csv",
                "Date,Network,Post,Impressions,Likes,Shares,Comments,Followers\n2025-01-10,X,a,1000,20,5,5,500\n2025-01-11,LinkedIn,b,0,1,,,500\n",
            ),
            file(
                "csat.csv",
                "Respondent ID,Date,CSAT score\nr1,2025-01-10,5\nr2,2025-01-10,4\nr3,2025-01-11,2\nr4,2025-01-11,9\n",
            ),
        ];
        assert_eq!(
            inputs.iter().map(|i| i.kind).collect::<Vec<_>>(),
            [
                FileKind::AdPerformance,
                FileKind::WebAnalytics,
                FileKind::SocialPosts,
                FileKind::Surveys
            ]
        );
        let audit = run(&inputs, &AuditSettings::default());
        let v = |m, d, g| audit.value(m, d, g, None);
        // Ad conversions and web conversions stay apart.
        assert_eq!(v(MetricId::Conversions, Dimension::Total, None), Some(4.0));
        assert_eq!(
            v(MetricId::WebConversions, Dimension::Total, None),
            Some(11.0)
        );
        assert_eq!(v(MetricId::Cpa, Dimension::Total, None), Some(25.0));
        assert_eq!(
            v(MetricId::VisitorToLeadRate, Dimension::Total, None),
            Some(5.0 / 150.0)
        );
        assert_eq!(
            v(
                MetricId::LandingPageConversionRate,
                Dimension::LandingPage,
                Some("/pricing")
            ),
            Some(0.05)
        );
        assert_eq!(
            v(MetricId::LandingPageConversionRate, Dimension::Total, None),
            Some(0.055)
        );
        assert_eq!(v(MetricId::Engagements, Dimension::Total, None), Some(31.0));
        assert_eq!(
            v(MetricId::EngagementRate, Dimension::Total, None),
            Some(0.031)
        );
        // No impressions for the LinkedIn post: its rate is undefined, not infinite.
        assert_eq!(
            v(
                MetricId::EngagementRate,
                Dimension::Channel,
                Some("LinkedIn")
            ),
            None
        );
        let by_followers = AuditSettings {
            formulas: Formulas {
                engagement_base: metric::EngagementBase::Followers,
                ..Formulas::default()
            },
            ..AuditSettings::default()
        };
        assert_eq!(
            run(&inputs, &by_followers).value(
                MetricId::EngagementRate,
                Dimension::Total,
                None,
                None
            ),
            Some(0.031)
        );
        // 9 is off the scale: two satisfied of three answers.
        let csat = v(MetricId::Csat, Dimension::Total, None).unwrap_or_default();
        assert!((csat - 2.0 / 3.0).abs() < 1e-12, "{csat}");
    }

    #[test]
    fn email_revenue_stays_apart_from_ad_revenue() {
        let inputs = [
            file(
                "ads.csv",
                "Date,Campaign,Spend,Clicks,Revenue\n2025-01-10,A,100,10,300\n",
            ),
            file(
                "mailchimp.csv",
                "Campaign Title,Send Date,Total Recipients,Successful Deliveries,Unique Opens,Total Orders,Total Revenue\n\
                 Jan,2025-01-12,1000,800,200,8,400\nFeb,2025-02-12,500,400,100,2,100\n",
            ),
        ];
        assert_eq!(inputs[1].kind, FileKind::EmailCampaigns);
        let audit = run(&inputs, &AuditSettings::default());
        let v = |m| audit.value(m, Dimension::Total, None, None);
        // The ad file's revenue alone: 300 ÷ 100 spend.
        assert_eq!(v(MetricId::Revenue), Some(300.0));
        assert_eq!(v(MetricId::Roas), Some(3.0));
        // Email: 400 + 100 revenue, 8 + 2 orders over 800 + 400 delivered.
        assert_eq!(v(MetricId::EmailRevenue), Some(500.0));
        assert_eq!(v(MetricId::EmailOrders), Some(10.0));
        let per = v(MetricId::RevenuePerRecipient).unwrap_or_default();
        assert!((per - 500.0 / 1200.0).abs() < 1e-12, "{per}");
        let rate = v(MetricId::EmailOrderRate).unwrap_or_default();
        assert!((rate - 10.0 / 1200.0).abs() < 1e-12, "{rate}");
        // Per campaign too.
        assert_eq!(
            audit.value(
                MetricId::RevenuePerRecipient,
                Dimension::Campaign,
                Some("Jan"),
                None
            ),
            Some(0.5)
        );
        // No orders file: email orders are not shop orders.
        assert_eq!(v(MetricId::Orders), None);
    }

    #[test]
    fn list_growth_from_start_and_end_list_sizes() {
        let email = file(
            "email.csv",
            "Send date,Emails sent,Unique opens,List size\n2025-01-05,100,10,1000\n2025-03-05,100,10,1100\n2025-02-05,100,10,1050\n",
        );
        let audit = run(&[email], &AuditSettings::default());
        assert_eq!(
            audit.value(
                MetricId::ListGrowthRate,
                Dimension::Total,
                None,
                Some(quarter("2025-Q1"))
            ),
            Some(0.1)
        );
    }

    #[test]
    fn influenced_revenue_counts_deals_of_leads_with_a_marketing_source() {
        let inputs = [
            file("leads.csv", "Lead ID,Created date,Source\nL1,2025-01-02,paid_search\nL2,2025-01-03,unknown\n"),
            file("deals.csv", "Deal ID,Lead ID,Won date,Amount\nD1,L1,2025-02-01,300\nD2,L2,2025-03-01,100\nD3,L9,2025-03-02,100\n"),
        ];
        let audit = run(&inputs, &AuditSettings::default());
        assert_eq!(
            audit.value(
                MetricId::MarketingInfluencedRevenueShare,
                Dimension::Total,
                None,
                None
            ),
            Some(0.6)
        );
        // Won deals are acquisitions, not repeat orders: without a transactions file
        // there are no order, churn or cohort figures (the funnel counts the deals).
        assert_eq!(
            audit.value(MetricId::Orders, Dimension::Total, None, None),
            None
        );
        assert!(audit.cohorts.rows.is_empty());
        assert_eq!(
            audit.value(MetricId::DealsWon, Dimension::Total, None, None),
            Some(3.0)
        );
    }
}
