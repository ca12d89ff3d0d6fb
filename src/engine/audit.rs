//! The audit: every ingested file in, every figure out, grouped and by period.
//!
//! Rows after the reporting date ("as of") are left out. Each figure names its
//! dimension, group and period, so the export is one flat list that any spreadsheet
//! can pivot. Metrics whose inputs no file provides are not computed at all, rather
//! than reported as a made-up zero.

use super::field::{Field, FileKind};
use super::ingest::{Ingested, Table};
use super::metrics::{self, Formulas, MetricId, Sums};
use super::period::Bucket;
use chrono::NaiveDate;
use rust_decimal::prelude::ToPrimitive;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The user's settings for one audit.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// The reporting date; `None` means the last date in the data.
    pub as_of: Option<NaiveDate>,
    /// Formula choices (labour in cost, email base).
    pub formulas: Formulas,
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
    /// Per source.
    Source,
    /// Per ad group / ad set.
    AdGroup,
}

impl Dimension {
    /// The stable id used in exports.
    pub fn id(self) -> &'static str {
        match self {
            Dimension::Total => "total",
            Dimension::Campaign => "campaign",
            Dimension::Channel => "channel",
            Dimension::Source => "source",
            Dimension::AdGroup => "ad_group",
        }
    }

    /// The field whose values name the groups.
    fn field(self) -> Option<Field> {
        match self {
            Dimension::Total => None,
            Dimension::Campaign => Some(Field::Campaign),
            Dimension::Channel => Some(Field::Channel),
            Dimension::Source => Some(Field::Source),
            Dimension::AdGroup => Some(Field::AdGroup),
        }
    }
}

/// The group label for rows whose grouping cell is blank.
pub const NOT_SET: &str = "(not set)";

/// One number of the audit.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// Which metric.
    pub metric: MetricId,
    /// Split by what.
    pub dimension: Dimension,
    /// The group's label; `None` for totals.
    pub group: Option<String>,
    /// The period label (e.g. `2025-07`); `None` for the whole range.
    pub period: Option<String>,
    /// The value; `None` when undefined.
    pub value: Option<f64>,
    /// The numerator (for a total, the total itself).
    pub numerator: Option<f64>,
    /// The denominator; `None` for totals.
    pub denominator: Option<f64>,
}

/// The computed audit.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Audit {
    /// The reporting date used.
    pub as_of: Option<NaiveDate>,
    /// First and last dated row used.
    pub range: Option<(NaiveDate, NaiveDate)>,
    /// Every figure, grouped by kind of data, then dimension, group and period.
    pub figures: Vec<Figure>,
}

impl Audit {
    /// The figure for a metric, dimension, group and period, if computed.
    pub fn figure(
        &self,
        metric: MetricId,
        dimension: Dimension,
        group: Option<&str>,
        period: Option<&str>,
    ) -> Option<&Figure> {
        self.figures.iter().find(|f| {
            f.metric == metric
                && f.dimension == dimension
                && f.group.as_deref() == group
                && f.period.as_deref() == period
        })
    }

    /// The groups of a dimension that have figures for the whole range, in order.
    pub fn groups(&self, dimension: Dimension, metric: MetricId) -> Vec<&str> {
        self.figures
            .iter()
            .filter(|f| f.dimension == dimension && f.metric == metric && f.period.is_none())
            .filter_map(|f| f.group.as_deref())
            .collect()
    }

    /// The periods with figures for a metric, dimension and group, in order.
    pub fn periods(
        &self,
        metric: MetricId,
        dimension: Dimension,
        group: Option<&str>,
    ) -> Vec<&Figure> {
        self.figures
            .iter()
            .filter(|f| {
                f.metric == metric
                    && f.dimension == dimension
                    && f.group.as_deref() == group
                    && f.period.is_some()
            })
            .collect()
    }
}

/// Splits computed for every kind of data, for the whole range.
const WHOLE_RANGE: [Dimension; 5] = [
    Dimension::Total,
    Dimension::Campaign,
    Dimension::Channel,
    Dimension::Source,
    Dimension::AdGroup,
];

/// Splits computed per month.
const MONTHLY: [Dimension; 3] = [Dimension::Total, Dimension::Campaign, Dimension::Channel];

/// Runs the audit over every ingested file.
pub fn run(inputs: &[Ingested], settings: &Settings) -> Audit {
    let as_of = settings.as_of.or_else(|| last_date(inputs));
    let mut audit = Audit {
        as_of,
        ..Audit::default()
    };
    for (kind, metrics) in [
        (FileKind::AdPerformance, &MetricId::PAID[..]),
        (FileKind::EmailCampaigns, &MetricId::EMAIL[..]),
    ] {
        let tables: Vec<&Table> = inputs
            .iter()
            .filter(|i| i.kind == kind)
            .map(|i| &i.table)
            .collect();
        if tables.is_empty() {
            continue;
        }
        let applicable: Vec<MetricId> = metrics
            .iter()
            .copied()
            .filter(|m| applicable(*m, |f| tables.iter().any(|t| t.has(f))))
            .collect();
        let groups = accumulate(&tables, as_of, &mut audit.range);
        for ((dimension, group, period), sums) in groups {
            for &metric in &applicable {
                let v = metrics::compute(metric, &sums, &settings.formulas);
                audit.figures.push(Figure {
                    metric,
                    dimension,
                    group: group.clone(),
                    period: period.clone(),
                    value: v.value,
                    numerator: v.numerator.and_then(|d| d.to_f64()),
                    denominator: v.denominator.and_then(|d| d.to_f64()),
                });
            }
        }
    }
    audit
}

type GroupKey = (Dimension, Option<String>, Option<String>);

/// Sums every numeric field per (dimension, group, period).
fn accumulate(
    tables: &[&Table],
    as_of: Option<NaiveDate>,
    range: &mut Option<(NaiveDate, NaiveDate)>,
) -> BTreeMap<GroupKey, Sums> {
    let mut groups: BTreeMap<GroupKey, Sums> = BTreeMap::new();
    for table in tables {
        let dates = table.date(Field::Date);
        let numbers: Vec<(Field, &[Option<rust_decimal::Decimal>])> = table
            .columns
            .iter()
            .filter_map(|(f, _)| table.number(*f).map(|n| (*f, n)))
            .collect();
        for row in 0..table.len() {
            let date = dates
                .and_then(|d| d.get(row).copied().flatten())
                .map(|d| d.date());
            if let (Some(d), Some(limit)) = (date, as_of) {
                if d > limit {
                    continue;
                }
            }
            if let Some(d) = date {
                *range = Some(range.map_or((d, d), |(a, b)| (a.min(d), b.max(d))));
            }
            let period = date.map(|d| Bucket::Month.label(d));
            let mut add = |key: GroupKey| {
                let sums = groups.entry(key).or_default();
                for (field, column) in &numbers {
                    if let Some(Some(v)) = column.get(row) {
                        sums.add(*field, *v);
                    }
                }
            };
            for dimension in WHOLE_RANGE {
                if let Some(group) = group_of(table, dimension, row) {
                    add((dimension, group.clone(), None));
                    if let (Some(p), true) = (&period, MONTHLY.contains(&dimension)) {
                        add((dimension, group, Some(p.clone())));
                    }
                }
            }
        }
    }
    groups
}

/// The group of a row: `Some(None)` for the total, `Some(Some(label))` for a group,
/// `None` when the table has no column for the dimension.
fn group_of(table: &Table, dimension: Dimension, row: usize) -> Option<Option<String>> {
    let Some(field) = dimension.field() else {
        return Some(None);
    };
    let column = table.text(field)?;
    let label = column
        .get(row)
        .cloned()
        .flatten()
        .unwrap_or_else(|| NOT_SET.to_owned());
    Some(Some(label))
}

/// True when the mapped fields can feed `metric`; a metric is computed only then.
pub fn applicable(metric: MetricId, has: impl Fn(Field) -> bool) -> bool {
    use Field::*;
    use MetricId as M;
    let delivered = has(Delivered) || (has(Sent) && has(Bounces));
    match metric {
        M::Spend | M::Cost => has(Spend),
        M::Impressions => has(Impressions),
        M::Reach => has(Reach),
        M::Clicks | M::EmailClicks => has(Clicks),
        M::Conversions => has(Conversions),
        M::Leads => has(Leads),
        M::Revenue => has(Revenue),
        M::LabourCost => has(LabourCost),
        M::Ctr => has(Clicks) && has(Impressions),
        M::Cpc => has(Spend) && has(Clicks),
        M::Cpm => has(Spend) && has(Impressions),
        M::Cpl => has(Spend) && has(Leads),
        M::CostPerConversion => has(Spend) && has(Conversions),
        M::Roas | M::Roi | M::ReturnOnSales => has(Spend) && has(Revenue),
        M::ClickToConversionRate => has(Clicks) && has(Conversions),
        M::EmailsSent => has(Sent),
        M::EmailsDelivered => delivered,
        M::EmailBounces => has(Bounces) || (has(Sent) && has(Delivered)),
        M::DeliveryRate | M::BounceRate => has(Sent) && (has(Delivered) || has(Bounces)),
        M::EmailOpens => has(Opens),
        M::EmailUnsubscribes => has(Unsubscribes),
        M::EmailSpamComplaints => has(SpamComplaints),
        M::OpenRate => has(Opens) && (delivered || has(Sent)),
        M::ClickRate => has(Clicks) && (delivered || has(Sent)),
        M::UnsubscribeRate => has(Unsubscribes) && (delivered || has(Sent)),
        M::SpamComplaintRate => has(SpamComplaints) && (delivered || has(Sent)),
        M::ClickToOpenRate => has(Clicks) && has(Opens),
    }
}

/// The last date in any date column of any file.
fn last_date(inputs: &[Ingested]) -> Option<NaiveDate> {
    inputs
        .iter()
        .flat_map(|i| {
            [
                Field::Date,
                Field::EnteredAt,
                Field::WonDate,
                Field::CreatedDate,
            ]
            .map(|f| (i, f))
        })
        .filter_map(|(i, f)| i.table.date(f))
        .flat_map(|col| col.iter().flatten())
        .map(|d| d.date())
        .max()
}
