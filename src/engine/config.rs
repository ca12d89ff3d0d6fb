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
