//! Trends: short-term changes worth a flag, long-term least-squares slopes and moving
//! averages, the rising and fading groups of a dimension, and lagged correlations.
//!
//! Series are `Option<f64>` per period, oldest first; `None` is a gap. Gaps are skipped
//! (never read as zeros), a fit needs three points, and a correlation needs three pairs
//! and two series that vary. The arithmetic is written out by hand (about forty lines,
//! matched against statrs to 1e-9 in FINDINGS.md) rather than pulled from a crate.
//! Everything here returns ids and numbers; the page words them, including the reminder
//! that a correlation is not a cause.

use crate::engine::metrics::audit::{Audit, Change, Dimension};
use crate::engine::metrics::config::{self, Thresholds};
use crate::engine::metrics::metric::{MetricId, Unit};
use crate::engine::metrics::period::{Bucket, Period};
use std::cmp::Ordering;

// ---------------------------------------------------------------------------------
// Short term
// ---------------------------------------------------------------------------------

/// The two thresholds a short-term change must both cross to be flagged.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ShortTermThresholds {
    /// Minimum |relative change|, as a fraction (0.2 = 20 %).
    pub relative: f64,
    /// Minimum |absolute change| of money metrics, in the data's currency.
    pub money: f64,
    /// Minimum |absolute change| of counts.
    pub count: f64,
    /// Minimum |absolute change| of rates, as a fraction (0.005 = half a point).
    pub rate: f64,
    /// Minimum |absolute change| of multiples such as ROAS.
    pub multiple: f64,
}

impl Default for ShortTermThresholds {
    fn default() -> Self {
        ShortTermThresholds {
            relative: config::SHORT_TERM_RELATIVE,
            money: config::SHORT_TERM_MIN_MONEY,
            count: config::SHORT_TERM_MIN_COUNT,
            rate: config::SHORT_TERM_MIN_RATE,
            multiple: config::SHORT_TERM_MIN_MULTIPLE,
        }
    }
}

impl From<&Thresholds> for ShortTermThresholds {
    /// The thresholds in force: the user's relative and rate thresholds (the ones the
    /// page edits), with the per-unit minimums of [`config`]. The checklist's headline
    /// moves and the trends view both judge a change with these, through [`crosses`].
    fn from(t: &Thresholds) -> Self {
        ShortTermThresholds {
            relative: t.short_term_relative,
            rate: t.short_term_points,
            ..ShortTermThresholds::default()
        }
    }
}

impl ShortTermThresholds {
    /// The absolute minimum for a metric of `unit`.
    pub fn absolute(&self, unit: Unit) -> f64 {
        match unit {
            Unit::Money => self.money,
            Unit::Count | Unit::Days => self.count,
            Unit::Rate => self.rate,
            Unit::Multiple => self.multiple,
        }
    }
}

/// What a short-term change is measured against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Baseline {
    /// The period just before.
    PreviousPeriod,
    /// The same period a year before.
    YearAgo,
}

/// Which way a value moved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Up.
    Rising,
    /// Down.
    Falling,
}

/// A change between two periods large enough, both relatively and absolutely, to show.
#[derive(Clone, Debug, PartialEq)]
pub struct ShortTermFlag {
    /// Which metric.
    pub metric: MetricId,
    /// Split by what.
    pub dimension: Dimension,
    /// The group; `None` for the total.
    pub group: Option<String>,
    /// The period that changed.
    pub period: Period,
    /// Compared with which period.
    pub against: Baseline,
    /// The change; its `relative` is `None` when the base was zero.
    pub change: Change,
    /// Up or down.
    pub direction: Direction,
    /// Whether the move is good news by the metric's polarity; `None` for neutral
    /// metrics such as spend, whose rise is a choice rather than a result.
    pub good: Option<bool>,
}

/// The direction of `change` when it crosses both thresholds for a metric of `unit`
/// (a threshold is crossed when reached). A change from a base of zero has no relative
/// size; any non-zero move from nothing counts as crossing the relative threshold.
pub fn crosses(change: Change, unit: Unit, thresholds: &ShortTermThresholds) -> Option<Direction> {
    let absolute = change.absolute;
    if !absolute.is_finite() || absolute == 0.0 || absolute.abs() < thresholds.absolute(unit) {
        return None;
    }
    let relative_ok = change
        .relative
        .is_none_or(|r| r.is_finite() && r.abs() >= thresholds.relative);
    if !relative_ok {
        return None;
    }
    Some(if absolute > 0.0 {
        Direction::Rising
    } else {
        Direction::Falling
    })
}

/// The `n` groups of `dimension` with the largest whole-range value of `metric`,
/// largest first (ties and undefined values last, in the audit's order): the series a
/// split's trend chart draws.
pub fn top_groups(audit: &Audit, metric: MetricId, dimension: Dimension, n: usize) -> Vec<String> {
    let mut groups: Vec<(&str, f64)> = audit
        .groups(dimension, metric)
        .into_iter()
        .map(|g| {
            (
                g,
                audit.value(metric, dimension, Some(g), None).unwrap_or(0.0),
            )
        })
        .collect();
    groups.sort_by(|a, b| b.1.total_cmp(&a.1));
    groups
        .into_iter()
        .take(n)
        .map(|(g, _)| g.to_owned())
        .collect()
}

/// The metrics the trends view offers: those with a whole-range total.
pub fn metrics_with_totals(audit: &Audit) -> Vec<MetricId> {
    MetricId::ALL
        .iter()
        .copied()
        .filter(|m| audit.figure(*m, Dimension::Total, None, None).is_some())
        .collect()
}

/// The splits the trends view offers for `metric`: the total, and every dimension that
/// has groups for it (a rate whose denominator is not known per group has none).
pub fn splits(audit: &Audit, metric: MetricId) -> Vec<Dimension> {
    Dimension::ALL
        .iter()
        .copied()
        .filter(|d| *d == Dimension::Total || !audit.groups(*d, metric).is_empty())
        .collect()
}

/// Whether a move in `direction` is good for `metric`; `None` for neutral metrics.
pub fn is_good(metric: MetricId, direction: Direction) -> Option<bool> {
    metric.judge(match direction {
        Direction::Rising => 1.0,
        Direction::Falling => -1.0,
    })
}

/// The flags (none, one or two) of one series in `period`: its change against the
/// previous period and against the same period a year before, each flagged only when
/// it crosses both thresholds.
pub fn short_term(
    audit: &Audit,
    metric: MetricId,
    dimension: Dimension,
    group: Option<&str>,
    period: Period,
    thresholds: &ShortTermThresholds,
) -> Vec<ShortTermFlag> {
    let comparison = audit.compare(metric, dimension, group, period);
    [
        (Baseline::PreviousPeriod, comparison.vs_previous()),
        (Baseline::YearAgo, comparison.vs_year_ago()),
    ]
    .into_iter()
    .filter_map(|(against, change)| {
        let change = change?;
        let direction = crosses(change, metric.unit(), thresholds)?;
        Some(ShortTermFlag {
            metric,
            dimension,
            group: group.map(str::to_owned),
            period,
            against,
            change,
            direction,
            good: is_good(metric, direction),
        })
    })
    .collect()
}

/// The short-term flags of every group of `dimension` (or of the total) in `period`.
pub fn short_term_all(
    audit: &Audit,
    metric: MetricId,
    dimension: Dimension,
    period: Period,
    thresholds: &ShortTermThresholds,
) -> Vec<ShortTermFlag> {
    groups_of(audit, dimension, metric)
        .into_iter()
        .flat_map(|g| short_term(audit, metric, dimension, g, period, thresholds))
        .collect()
}

// ---------------------------------------------------------------------------------
// Long term
// ---------------------------------------------------------------------------------

/// An ordinary least-squares line `y = intercept + slope × x`, where x is the index of
/// the period in the series (0 for the oldest), so the slope is per period.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fit {
    /// Change per period.
    pub slope: f64,
    /// The fitted value at the series' first period.
    pub intercept: f64,
    /// The share of the variance the line explains; `None` when the values are all
    /// equal (nothing to explain).
    pub r_squared: Option<f64>,
    /// Points used (gaps skipped).
    pub n: usize,
    /// The mean of the points used.
    pub mean: f64,
}

impl Fit {
    /// The slope as a share of the mean level, e.g. −0.18 for "−18 % per quarter";
    /// `None` when the mean is zero. Divides by |mean|, as [`Change`] does, so a
    /// negative level that improves still reads as rising.
    pub fn relative_slope(&self) -> Option<f64> {
        (self.mean != 0.0)
            .then(|| self.slope / self.mean.abs())
            .filter(|r| r.is_finite())
    }
}

/// The least-squares line through the defined, finite values (x = index); `None` with
/// fewer than three of them.
pub fn least_squares(values: &[Option<f64>]) -> Option<Fit> {
    let points: Vec<(f64, f64)> = values
        .iter()
        .enumerate()
        .filter_map(|(i, v)| v.filter(|v| v.is_finite()).map(|v| (i as f64, v)))
        .collect();
    if points.len() < 3 {
        return None;
    }
    let s = Moments::of(&points);
    if s.sxx <= 0.0 {
        return None;
    }
    let slope = s.sxy / s.sxx;
    let intercept = s.my - slope * s.mx;
    let r_squared = (!constant(points.iter().map(|p| p.1)))
        .then(|| (s.sxy * s.sxy / (s.sxx * s.syy)).clamp(0.0, 1.0))
        .filter(|r| r.is_finite());
    let fit = Fit {
        slope,
        intercept,
        r_squared,
        n: points.len(),
        mean: s.my,
    };
    [fit.slope, fit.intercept, fit.mean]
        .iter()
        .all(|v| v.is_finite())
        .then_some(fit)
}

/// The simple moving average over `window` periods, aligned to the window's last
/// period: `None` where the window is not yet full or holds a gap (`window` 0 gives
/// all `None`).
pub fn moving_average(values: &[Option<f64>], window: usize) -> Vec<Option<f64>> {
    (0..values.len())
        .map(|end| {
            let start = (end + 1).checked_sub(window).filter(|_| window > 0)?;
            let slice = values.get(start..=end)?;
            let sum = slice
                .iter()
                .try_fold(0.0, |acc, v| v.filter(|v| v.is_finite()).map(|v| acc + v))?;
            Some(sum / window as f64).filter(|m| m.is_finite())
        })
        .collect()
}

/// The `count` periods ending with `end`, oldest first.
pub fn periods_ending(end: Period, count: usize) -> Vec<Period> {
    let mut out: Vec<Period> = std::iter::successors(Some(end), Period::previous)
        .take(count)
        .collect();
    out.reverse();
    out
}

/// The last period of `bucket` that the reporting date has completed: the one holding
/// the date when the date is its last day, else the one before. A half-finished
/// quarter would read as a fall in every count.
pub fn last_complete_period(audit: &Audit, bucket: Bucket) -> Option<Period> {
    let current = Period::of(bucket, audit.as_of?);
    if audit.as_of == Some(current.end()) {
        Some(current)
    } else {
        current.previous()
    }
}

/// The values of one series in the given periods (`None` where there is no figure or
/// it is undefined).
pub fn values(
    audit: &Audit,
    metric: MetricId,
    dimension: Dimension,
    group: Option<&str>,
    periods: &[Period],
) -> Vec<Option<f64>> {
    periods
        .iter()
        .map(|p| audit.value(metric, dimension, group, Some(*p)))
        .collect()
}

/// The values of one series in the same periods a year before each of `periods`: the
/// comparison line of a chart.
pub fn values_year_ago(
    audit: &Audit,
    metric: MetricId,
    dimension: Dimension,
    group: Option<&str>,
    periods: &[Period],
) -> Vec<Option<f64>> {
    periods
        .iter()
        .map(|p| {
            p.year_ago()
                .and_then(|y| audit.value(metric, dimension, group, Some(y)))
        })
        .collect()
}

/// The long-term trend of one series.
#[derive(Clone, Debug, PartialEq)]
pub struct Trend {
    /// The group; `None` for the total.
    pub group: Option<String>,
    /// The fitted line (x = index in the window).
    pub fit: Fit,
    /// The slope as a share of the mean, per period.
    pub relative_slope: Option<f64>,
}

/// The least-squares trend of one series over the `count` periods ending with `end`;
/// `None` with fewer than three defined values there.
pub fn long_term(
    audit: &Audit,
    metric: MetricId,
    dimension: Dimension,
    group: Option<&str>,
    end: Period,
    count: usize,
) -> Option<Trend> {
    let window = periods_ending(end, count);
    let fit = least_squares(&values(audit, metric, dimension, group, &window))?;
    Some(Trend {
        group: group.map(str::to_owned),
        fit,
        relative_slope: fit.relative_slope(),
    })
}

/// The groups of a dimension split into rising and fading by relative slope.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Ranking {
    /// The periods fitted, oldest first.
    pub periods: Vec<Period>,
    /// Groups whose relative slope is positive, steepest first.
    pub rising: Vec<Trend>,
    /// Groups whose relative slope is negative, steepest fall first.
    pub fading: Vec<Trend>,
}

/// Ranks the groups of `dimension` by the relative slope of `metric` over the `count`
/// periods ending with `end` (use [`last_complete_period`] for `end`). Groups with
/// fewer than three values in the window, a zero mean or a flat line are left out.
pub fn rank(
    audit: &Audit,
    metric: MetricId,
    dimension: Dimension,
    end: Period,
    count: usize,
) -> Ranking {
    let mut rising = Vec::new();
    let mut fading = Vec::new();
    for group in groups_of(audit, dimension, metric) {
        let Some(trend) = long_term(audit, metric, dimension, group, end, count) else {
            continue;
        };
        match trend.relative_slope {
            Some(r) if r > 0.0 => rising.push(trend),
            Some(r) if r < 0.0 => fading.push(trend),
            _ => {}
        }
    }
    let key = |t: &Trend| t.relative_slope.unwrap_or(0.0);
    rising.sort_by(|a, b| key(b).total_cmp(&key(a)).then(a.group.cmp(&b.group)));
    fading.sort_by(|a, b| key(a).total_cmp(&key(b)).then(a.group.cmp(&b.group)));
    Ranking {
        periods: periods_ending(end, count),
        rising,
        fading,
    }
}

// ---------------------------------------------------------------------------------
// Correlation
// ---------------------------------------------------------------------------------

/// A correlation coefficient and the number of paired periods behind it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Correlation {
    /// Between −1 and 1.
    pub coefficient: f64,
    /// Pairs where both series are defined.
    pub n: usize,
}

/// Pearson's r over the periods where both series are defined; `None` with fewer than
/// three pairs or when either side is constant.
pub fn pearson(a: &[Option<f64>], b: &[Option<f64>]) -> Option<Correlation> {
    pearson_of(&pairs(a, b, 0))
}

/// Spearman's ρ: Pearson's r of the ranks, ties given their average rank; `None` as
/// for [`pearson`].
pub fn spearman(a: &[Option<f64>], b: &[Option<f64>]) -> Option<Correlation> {
    spearman_of(&pairs(a, b, 0))
}

/// Both correlations at one lag.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Lagged {
    /// How many periods later B is read: A in period t pairs with B in t + lag.
    pub lag: usize,
    /// Pearson's r at this lag.
    pub pearson: Option<Correlation>,
    /// Spearman's ρ at this lag.
    pub spearman: Option<Correlation>,
}

/// The correlations of A with B shifted later by 0 to `max_lag` periods.
pub fn lagged(a: &[Option<f64>], b: &[Option<f64>], max_lag: usize) -> Vec<Lagged> {
    (0..=max_lag.min(a.len()))
        .map(|lag| {
            let p = pairs(a, b, lag);
            Lagged {
                lag,
                pearson: pearson_of(&p),
                spearman: spearman_of(&p),
            }
        })
        .collect()
}

/// What a strong correlation suggests looking into; never a cause.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hypothesis {
    /// A and B move in the same periods (lag 0), together or in opposition.
    SamePeriod {
        /// True when they move the same way.
        positive: bool,
    },
    /// B follows A by `lag` periods.
    ALeads {
        /// Periods between A's move and B's.
        lag: usize,
        /// True when B moves the same way A did.
        positive: bool,
    },
}

/// The hypothesis of the strongest Pearson correlation among `lags` with at least
/// `min_points` pairs and |r| ≥ `min_abs` (ties go to the shorter lag); `None` when no
/// lag is that strong.
pub fn hypothesis(lags: &[Lagged], min_abs: f64, min_points: usize) -> Option<Hypothesis> {
    let best = lags
        .iter()
        .filter_map(|l| l.pearson.map(|c| (l.lag, c)))
        .filter(|(_, c)| c.n >= min_points && c.coefficient.abs() >= min_abs)
        .fold(None::<(usize, Correlation)>, |best, (lag, c)| match best {
            Some((_, b)) if b.coefficient.abs() >= c.coefficient.abs() => best,
            _ => Some((lag, c)),
        })?;
    let (lag, c) = best;
    let positive = c.coefficient > 0.0;
    Some(if lag == 0 {
        Hypothesis::SamePeriod { positive }
    } else {
        Hypothesis::ALeads { lag, positive }
    })
}

// ---------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------

/// The groups of a dimension for `metric`; the total is the one group `None`.
fn groups_of(audit: &Audit, dimension: Dimension, metric: MetricId) -> Vec<Option<&str>> {
    if dimension == Dimension::Total {
        vec![None]
    } else {
        audit
            .groups(dimension, metric)
            .into_iter()
            .map(Some)
            .collect()
    }
}

/// (A in t, B in t + lag) for every t where both are defined and finite.
fn pairs(a: &[Option<f64>], b: &[Option<f64>], lag: usize) -> Vec<(f64, f64)> {
    a.iter()
        .enumerate()
        .filter_map(|(t, x)| {
            let x = x.filter(|x| x.is_finite())?;
            let y = b.get(t.checked_add(lag)?).copied().flatten()?;
            y.is_finite().then_some((x, y))
        })
        .collect()
}

/// Means and sums of squared and crossed deviations.
struct Moments {
    mx: f64,
    my: f64,
    sxx: f64,
    syy: f64,
    sxy: f64,
}

impl Moments {
    fn of(points: &[(f64, f64)]) -> Moments {
        let n = points.len().max(1) as f64;
        let mx = points.iter().map(|p| p.0).sum::<f64>() / n;
        let my = points.iter().map(|p| p.1).sum::<f64>() / n;
        let mut m = Moments {
            mx,
            my,
            sxx: 0.0,
            syy: 0.0,
            sxy: 0.0,
        };
        for (x, y) in points {
            let (dx, dy) = (x - mx, y - my);
            m.sxx += dx * dx;
            m.syy += dy * dy;
            m.sxy += dx * dy;
        }
        m
    }
}

/// True when every value equals the first. Tested directly: the deviations of a
/// constant series from its float mean need not be exactly zero.
fn constant(mut values: impl Iterator<Item = f64>) -> bool {
    let first = values.next();
    values.all(|v| Some(v) == first)
}

fn pearson_of(points: &[(f64, f64)]) -> Option<Correlation> {
    if points.len() < 3
        || constant(points.iter().map(|p| p.0))
        || constant(points.iter().map(|p| p.1))
    {
        return None;
    }
    let m = Moments::of(points);
    let r = m.sxy / (m.sxx * m.syy).sqrt();
    r.is_finite().then(|| Correlation {
        coefficient: r.clamp(-1.0, 1.0),
        n: points.len(),
    })
}

fn spearman_of(points: &[(f64, f64)]) -> Option<Correlation> {
    let xs = ranks(&points.iter().map(|p| p.0).collect::<Vec<_>>());
    let ys = ranks(&points.iter().map(|p| p.1).collect::<Vec<_>>());
    let ranked: Vec<(f64, f64)> = xs.into_iter().zip(ys).collect();
    pearson_of(&ranked)
}

/// 1-based ranks, ties sharing the average of the ranks they span.
fn ranks(values: &[f64]) -> Vec<f64> {
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|&i, &j| {
        let (a, b) = (values.get(i), values.get(j));
        a.zip(b).map_or(Ordering::Equal, |(a, b)| a.total_cmp(b))
    });
    let mut out = vec![0.0; values.len()];
    let mut start = 0;
    while start < order.len() {
        let value = order.get(start).and_then(|&i| values.get(i));
        let end = (start..order.len())
            .take_while(|&k| order.get(k).and_then(|&i| values.get(i)) == value)
            .last()
            .unwrap_or(start);
        // Positions start..=end hold equal values: each gets the mean of ranks
        // start + 1 ..= end + 1.
        let average = (start + end) as f64 / 2.0 + 1.0;
        for k in start..=end {
            if let Some(slot) = order.get(k).and_then(|&i| out.get_mut(i)) {
                *slot = average;
            }
        }
        start = end + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::import::ingest::{ingest, Overrides};
    use crate::engine::{demo, run, Ingested, Settings};

    const EPS: f64 = 1e-9;

    fn s(values: &[f64]) -> Vec<Option<f64>> {
        values.iter().map(|v| Some(*v)).collect()
    }

    fn period(label: &str) -> Period {
        Period::parse(label).expect("a period label")
    }

    #[test]
    fn least_squares_by_hand() {
        // x = 0..4, y = 2,4,5,4,5. x̄ = 2, ȳ = 4; dx = −2,−1,0,1,2; dy = −2,0,1,0,1.
        // Sxy = 4+0+0+0+2 = 6, Sxx = 10, Syy = 4+0+1+0+1 = 6.
        // slope = 0.6, intercept = 4 − 0.6·2 = 2.8, r² = 6²/(10·6) = 0.6, rel = 0.6/4.
        check_fit(
            &s(&[2.0, 4.0, 5.0, 4.0, 5.0]),
            Some((0.6, 2.8, Some(0.6), 5, 0.15)),
        );
        // Gaps are skipped, not zeros: points (0,1), (2,2), (4,6). x̄ = 2, ȳ = 3;
        // dx = −2,0,2; dy = −2,−1,3; Sxy = 4+0+6 = 10, Sxx = 8, Syy = 4+1+9 = 14.
        // slope = 1.25, intercept = 3 − 2.5 = 0.5, r² = 100/112, rel = 1.25/3.
        check_fit(
            &[Some(1.0), None, Some(2.0), None, Some(6.0)],
            Some((1.25, 0.5, Some(100.0 / 112.0), 3, 1.25 / 3.0)),
        );
        // A perfect line y = 9 − 2x: r² = 1; mean 5, rel = −2/5.
        check_fit(
            &s(&[9.0, 7.0, 5.0, 3.0, 1.0]),
            Some((-2.0, 9.0, Some(1.0), 5, -0.4)),
        );
        // Flat: slope 0, r² undefined (nothing to explain).
        check_fit(&s(&[4.0, 4.0, 4.0]), Some((0.0, 4.0, None, 3, 0.0)));
        // Fewer than three points: no fit.
        check_fit(&[Some(1.0), None, Some(2.0)], None);
        check_fit(&[Some(1.0), Some(f64::NAN), Some(2.0)], None);
        check_fit(&[], None);
    }

    #[test]
    fn moving_averages_by_hand() {
        let v = [
            Some(1.0),
            Some(2.0),
            Some(3.0),
            None,
            Some(5.0),
            Some(6.0),
            Some(7.0),
        ];
        // (1+2+3)/3 = 2; every window touching the gap is None; (5+6+7)/3 = 6.
        check_ma(&v, 3, &[None, None, Some(2.0), None, None, None, Some(6.0)]);
        // (1+2)/2, (2+3)/2, gap, gap, (5+6)/2, (6+7)/2.
        check_ma(
            &v,
            2,
            &[None, Some(1.5), Some(2.5), None, None, Some(5.5), Some(6.5)],
        );
        check_ma(&v, 1, &v);
        check_ma(&v, 0, &[None; 7]);
        check_ma(&v, 8, &[None; 7]);
    }

    #[test]
    fn correlations_by_hand() {
        let a = s(&[1.0, 2.0, 3.0, 4.0, 5.0]);
        let b = s(&[2.0, 4.0, 5.0, 4.0, 5.0]);
        // Sxy = 6, Sxx = 10, Syy = 6 (as in the fit above): r = 6/√60.
        check_corr(pearson(&a, &b), Some((6.0 / 60f64.sqrt(), 5)));
        // Ranks of b with ties averaged: 2→1, the two 4s→(2+3)/2 = 2.5, the two
        // 5s→(4+5)/2 = 4.5: [1, 2.5, 4.5, 2.5, 4.5], mean 3; deviations
        // −2,−0.5,1.5,−0.5,1.5 against −2,−1,0,1,2: Sxy = 4+0.5+0−0.5+3 = 7,
        // Syy = 4+0.25+2.25+0.25+2.25 = 9, Sxx = 10: ρ = 7/√90.
        check_corr(spearman(&a, &b), Some((7.0 / 90f64.sqrt(), 5)));
        // A monotone but curved relation: ρ = 1 exactly, r below 1.
        let squares = s(&[1.0, 4.0, 9.0, 16.0, 25.0]);
        check_corr(spearman(&a, &squares), Some((1.0, 5)));
        // Pairs only where both are defined: (1,2), (3,5), (5,5) → n = 3.
        // x̄ = 3, ȳ = 4; dx = −2,0,2; dy = −2,1,1: Sxy = 4+0+2 = 6, Sxx = 8, Syy = 6.
        let gappy = [Some(2.0), Some(4.0), Some(5.0), None, Some(5.0)];
        let a_gappy = [Some(1.0), None, Some(3.0), Some(4.0), Some(5.0)];
        check_corr(pearson(&a_gappy, &gappy), Some((6.0 / 48f64.sqrt(), 3)));
        // Constant series and too few pairs: undefined.
        check_corr(pearson(&a, &s(&[4.0; 5])), None);
        check_corr(spearman(&s(&[0.1; 4]), &a), None);
        check_corr(pearson(&s(&[1.0, 2.0]), &s(&[2.0, 1.0])), None);
    }

    #[test]
    fn lagged_correlations_by_hand() {
        let a = [Some(1.0), Some(2.0), Some(3.0), Some(4.0), Some(5.0), None];
        let b = s(&[9.0, 1.0, 2.0, 3.0, 5.0, 4.0]);
        let lags = lagged(&a, &b, 4);
        let got: Vec<_> = lags
            .iter()
            .map(|l| (l.lag, l.pearson.map(rn), l.spearman.map(rn)))
            .collect();
        // Lag 0: (1,9),(2,1),(3,2),(4,3),(5,5); ȳ = 4, dy = 5,−3,−2,−1,1;
        //   Sxy = −10+3+0−1+2 = −6, Syy = 40: r = −6/√400 = −0.3.
        //   Ranks of y: 5,1,2,3,4, deviations 2,−2,−1,0,1: Sxy = −4+2+0+0+2 = 0: ρ = 0.
        // Lag 1: (1,1),(2,2),(3,3),(4,5),(5,4); dy = −2,−1,0,2,1;
        //   Sxy = 4+1+0+2+2 = 9, Syy = 10: r = 9/10; ranks equal the values: ρ = 0.9.
        // Lag 2: (1,2),(2,3),(3,5),(4,4); x̄ = 2.5, ȳ = 3.5; dx = ∓1.5,∓0.5;
        //   dy = −1.5,−0.5,1.5,0.5: Sxy = 2.25+0.25+0.75+0.75 = 4, Sxx = Syy = 5: 0.8.
        // Lag 3: (1,3),(2,5),(3,4); dx = −1,0,1; dy = −1,1,0: Sxy = 1, Sxx = Syy = 2: 0.5.
        // Lag 4: two pairs: none.
        assert_eq!(
            got,
            vec![
                (0, Some((-0.3, 5)), Some((0.0, 5))),
                (1, Some((0.9, 5)), Some((0.9, 5))),
                (2, Some((0.8, 4)), Some((0.8, 4))),
                (3, Some((0.5, 3)), Some((0.5, 3))),
                (4, None, None),
            ]
        );
        check_hypothesis(
            &lags,
            0.5,
            4,
            Some(Hypothesis::ALeads {
                lag: 1,
                positive: true,
            }),
        );
        // Lag 1 has only five pairs: demanding six leaves nothing to suggest.
        check_hypothesis(&lags, 0.5, 6, None);
        check_hypothesis(&lags, 0.95, 3, None);
        let together = lagged(&s(&[1.0, 2.0, 3.0]), &s(&[3.0, 2.0, 1.0]), 1);
        check_hypothesis(
            &together,
            0.5,
            3,
            Some(Hypothesis::SamePeriod { positive: false }),
        );
    }

    #[test]
    fn short_term_needs_both_thresholds() {
        let t = ShortTermThresholds::default();
        let ch = |absolute, relative| Change { absolute, relative };
        // +50 % but only 1 lead more: below the absolute minimum of 10.
        check_cross(ch(1.0, Some(0.5)), Unit::Count, &t, None);
        // +15 leads but only +5 %: below 20 %.
        check_cross(ch(15.0, Some(0.05)), Unit::Count, &t, None);
        // Both crossed (reaching counts): up and down.
        check_cross(
            ch(10.0, Some(0.2)),
            Unit::Count,
            &t,
            Some(Direction::Rising),
        );
        check_cross(
            ch(-300.0, Some(-0.3)),
            Unit::Money,
            &t,
            Some(Direction::Falling),
        );
        // A rate: +0.4 points is below half a point; +0.6 points from 2 % crosses.
        check_cross(ch(0.004, Some(0.2)), Unit::Rate, &t, None);
        check_cross(
            ch(0.006, Some(0.3)),
            Unit::Rate,
            &t,
            Some(Direction::Rising),
        );
        // From a base of zero the relative change is infinite: the absolute decides.
        check_cross(ch(12.0, None), Unit::Count, &t, Some(Direction::Rising));
        check_cross(ch(0.0, None), Unit::Count, &t, None);
        // The user's thresholds replace the defaults.
        let loose = ShortTermThresholds {
            relative: 0.01,
            count: 1.0,
            ..t
        };
        check_cross(
            ch(1.0, Some(0.05)),
            Unit::Count,
            &loose,
            Some(Direction::Rising),
        );
        assert_eq!(is_good(MetricId::Cac, Direction::Rising), Some(false));
        assert_eq!(is_good(MetricId::Leads, Direction::Rising), Some(true));
        assert_eq!(is_good(MetricId::Spend, Direction::Falling), None);
    }

    #[test]
    fn short_term_flags_from_an_audit() {
        let ads = file(
            "ads.csv",
            "Date,Campaign,Spend,Clicks\n2024-08-01,A,1000,100\n2025-05-01,A,500,40\n2025-08-01,A,560,20\n2025-08-01,B,5,5\n",
        );
        let audit = run(&[ads], &Settings::default());
        let q3 = period("2025-Q3");
        let got: Vec<_> = short_term_all(
            &audit,
            MetricId::Clicks,
            Dimension::Campaign,
            q3,
            &ShortTermThresholds::default(),
        )
        .into_iter()
        .map(|f| (f.group, f.against, f.change.absolute, f.direction, f.good))
        .collect();
        // A: 20 clicks vs 40 the quarter before (−20, −50 %) and 100 a year before
        // (−80, −80 %): both flagged, both bad news. B has no earlier quarter.
        assert_eq!(
            got,
            vec![
                (
                    Some("A".to_owned()),
                    Baseline::PreviousPeriod,
                    -20.0,
                    Direction::Falling,
                    Some(false)
                ),
                (
                    Some("A".to_owned()),
                    Baseline::YearAgo,
                    -80.0,
                    Direction::Falling,
                    Some(false)
                ),
            ]
        );
        // Spend 565 (A and B): +65 (+13 %) on the previous quarter's 500 is too small;
        // −435 (−43.5 %) on the year before's 1000 is flagged, neither good nor bad.
        let spend = short_term(
            &audit,
            MetricId::Spend,
            Dimension::Total,
            None,
            q3,
            &ShortTermThresholds::default(),
        );
        assert_eq!(
            spend
                .iter()
                .map(|f| (f.against, f.change.absolute, f.good))
                .collect::<Vec<_>>(),
            vec![(Baseline::YearAgo, -435.0, None)]
        );
    }

    #[test]
    fn demo_ranks_rising_and_fading_campaigns() {
        let inputs: Vec<Ingested> = demo::files()
            .iter()
            .map(|(name, bytes)| file_bytes(name, bytes))
            .collect();
        let audit = run(&inputs, &Settings::default());
        let end = last_complete_period(&audit, Bucket::Quarter).expect("a reporting date");
        assert_eq!(end.label(), "2026-Q3");
        let ranking = rank(
            &audit,
            MetricId::AdLeads,
            Dimension::Campaign,
            end,
            config::TREND_PERIODS,
        );
        // Webinar Promotion: 315, 277, 227, 194, 172. x̄ = 2, ȳ = 1185/5 = 237;
        // dy = 78, 40, −10, −43, −65: Sxy = −156−40+0−43−130 = −369, Sxx = 10;
        // slope = −36.9 per quarter, −36.9/237 = −15.57 % per quarter.
        let webinar = find(&ranking.fading, "Webinar Promotion");
        check_trend(webinar, -36.9, -36.9 / 237.0, 5);
        // Prospecting - Video: 426, 530, 600, 752, 885. ȳ = 3193/5 = 638.6;
        // Sxy = −2(−212.6) − (−108.6) + 0 + 113.4 + 2(246.4) = 1140: slope 114,
        // 114/638.6 = +17.85 % per quarter.
        let video = find(&ranking.rising, "Prospecting - Video");
        check_trend(video, 114.0, 114.0 / 638.6, 5);
        assert!(ranking.rising.iter().all(|t| t.relative_slope > Some(0.0)));
        assert!(ranking.fading.iter().all(|t| t.relative_slope < Some(0.0)));
        let slopes: Vec<f64> = ranking
            .fading
            .iter()
            .filter_map(|t| t.relative_slope)
            .collect();
        assert!(slopes.windows(2).all(|w| w[0] <= w[1]), "{slopes:?}");
        assert_eq!(
            ranking.periods.first().map(Period::label).as_deref(),
            Some("2024-Q4")
        );
    }

    fn file(name: &str, text: &str) -> Ingested {
        file_bytes(name, text.as_bytes())
    }

    fn file_bytes(name: &str, bytes: &[u8]) -> Ingested {
        ingest(name, bytes, &Overrides::default()).expect("ingests")
    }

    fn find<'r>(trends: &'r [Trend], group: &str) -> &'r Trend {
        trends
            .iter()
            .find(|t| t.group.as_deref() == Some(group))
            .unwrap_or_else(|| panic!("{group} not in {trends:#?}"))
    }

    /// Rounds a correlation for exact comparison.
    fn rn(c: Correlation) -> (f64, usize) {
        ((c.coefficient * 1e9).round() / 1e9, c.n)
    }

    #[track_caller]
    fn close(got: f64, want: f64) {
        assert!((got - want).abs() < EPS, "got {got}, want {want}");
    }

    #[track_caller]
    fn check_fit(values: &[Option<f64>], want: Option<(f64, f64, Option<f64>, usize, f64)>) {
        let got = least_squares(values);
        match (got, want) {
            (None, None) => {}
            (Some(fit), Some((slope, intercept, r2, n, rel))) => {
                close(fit.slope, slope);
                close(fit.intercept, intercept);
                match (fit.r_squared, r2) {
                    (Some(a), Some(b)) => close(a, b),
                    (a, b) => assert_eq!(a, b),
                }
                assert_eq!(fit.n, n);
                close(fit.relative_slope().unwrap_or(f64::NAN), rel);
            }
            (got, want) => panic!("got {got:?}, want {want:?}"),
        }
    }

    #[track_caller]
    fn check_ma(values: &[Option<f64>], window: usize, want: &[Option<f64>]) {
        assert_eq!(moving_average(values, window), want);
    }

    #[track_caller]
    fn check_corr(got: Option<Correlation>, want: Option<(f64, usize)>) {
        match (got, want) {
            (None, None) => {}
            (Some(c), Some((r, n))) => {
                close(c.coefficient, r);
                assert_eq!(c.n, n);
            }
            (got, want) => panic!("got {got:?}, want {want:?}"),
        }
    }

    #[track_caller]
    fn check_hypothesis(
        lags: &[Lagged],
        min_abs: f64,
        min_points: usize,
        want: Option<Hypothesis>,
    ) {
        assert_eq!(hypothesis(lags, min_abs, min_points), want);
    }

    #[track_caller]
    fn check_cross(
        change: Change,
        unit: Unit,
        thresholds: &ShortTermThresholds,
        want: Option<Direction>,
    ) {
        assert_eq!(crosses(change, unit, thresholds), want);
    }

    #[track_caller]
    fn check_trend(trend: &Trend, slope: f64, relative: f64, n: usize) {
        close(trend.fit.slope, slope);
        close(trend.relative_slope.unwrap_or(f64::NAN), relative);
        assert_eq!(trend.fit.n, n);
    }
}
