//! Defaults in one place, each with its source. Every one can be changed by the user
//! in the page's settings; the engine takes them as parameters.

use super::metrics::MetricId;

/// Headline KPIs a new audit pins. Audit guides recommend tracking 3 to 10 KPIs; these
/// cover cost, volume, value and the email list's health.
pub const DEFAULT_PINNED: [MetricId; 6] = [
    MetricId::Spend,
    MetricId::Leads,
    MetricId::Cac,
    MetricId::Roi,
    MetricId::MqlToSqlRate,
    MetricId::BounceRate,
];

/// The recommended number of headline KPIs (audit guides: "3 to 10").
pub const PINNED_RANGE: std::ops::RangeInclusive<usize> = 3..=10;

/// Below this many days of data, a group is marked as too thin to judge (audit guides
/// ask for at least a month of data before drawing conclusions).
pub const MIN_DAYS_OF_DATA: i64 = 30;

/// A short-term change is flagged only when it moves at least this much relative to its
/// base (20 %). A rule of thumb of marketing reporting — smaller swings between two
/// periods are usually noise (seasonality, a holiday, a late invoice) — not a
/// published standard; the user can change it.
pub const SHORT_TERM_RELATIVE: f64 = 0.20;

/// …and at least this much in absolute money (in the data's currency), so a €5 line
/// that doubles is not an alert. Judgement for small and mid-sized budgets.
pub const SHORT_TERM_MIN_MONEY: f64 = 100.0;

/// …at least this many counted things (clicks, leads, customers), so 2 → 3 leads
/// (+50 %) is not an alert. Judgement: below ten, chance dominates a count.
pub const SHORT_TERM_MIN_COUNT: f64 = 10.0;

/// …at least this much for rates, as a fraction (0.005 = half a percentage point), so a
/// 0.1 % spam rate moving to 0.13 % is not an alert. Judgement.
pub const SHORT_TERM_MIN_RATE: f64 = 0.005;

/// …at least this much for multiples such as ROAS (0.2×). Judgement.
pub const SHORT_TERM_MIN_MULTIPLE: f64 = 0.2;

/// Long-term trends fit the last this-many periods of the bucket (two years of
/// quarters: enough points for a slope, recent enough to act on).
pub const TREND_PERIODS: usize = 8;

/// The moving average's default window: three periods (a quarter of months).
pub const MOVING_AVERAGE_WINDOW: usize = 3;

/// Lagged correlations try lags 0 to this many periods.
pub const MAX_LAG: usize = 3;

/// A correlation suggests a hypothesis only at |r| of at least this: 0.5 is the
/// "large" effect of Cohen (1988), *Statistical Power Analysis*, §3.2.
pub const CORRELATION_MIN_ABS: f64 = 0.5;

/// …and only over at least this many paired periods: with fewer, |r| ≥ 0.5 arises by
/// chance too often (at n = 6 the two-sided 5 % critical value of r is 0.81).
pub const CORRELATION_MIN_POINTS: usize = 6;
