//! Defaults in one place, each with its source. Every one can be changed by the user
//! in the page's settings; the engine takes them as parameters.

use super::funnel::StageKind;
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

/// Days a lead may sit in a stage before it is listed as stagnant: Lead 30, MQL 14,
/// SQL 21, Opportunity 45. Follow-up guides ask sales to act on an MQL within days
/// and to re-qualify it after about two weeks; a new lead gets a month of nurture; an
/// opportunity gets about one and a half times a typical B2B stage duration (the demo's
/// Opportunity → Customer median is ~25 days). Customer and Lost are terminal and
/// never stagnate.
pub const STAGNATION_DAYS: [(StageKind, i64); 4] = [
    (StageKind::Lead, 30),
    (StageKind::Mql, 14),
    (StageKind::Sql, 21),
    (StageKind::Opportunity, 45),
];

/// When more than this share of MQLs is not accepted as SQL, the lead scoring needs a
/// review now: lead-management guides treat an MQL → SQL acceptance below one half as
/// the sign that marketing passes leads sales does not want.
pub const SCORING_REVIEW_NOT_ACCEPTED: f64 = 0.5;

/// Width in days of a time-in-stage histogram bin: one week, the cadence of most
/// pipeline reviews.
pub const STAGE_HISTOGRAM_BIN_DAYS: i64 = 7;

/// Number of time-in-stage histogram bins; the last is open-ended. Thirteen weeks make
/// a quarter, the audit's cadence.
pub const STAGE_HISTOGRAM_BINS: usize = 13;

/// How many periods (of the audit's bucket) the stage forecast looks ahead: two, so a
/// quarterly audit sees the next half-year, beyond which historical conversion says
/// little.
pub const FORECAST_PERIODS: u32 = 2;

/// Score bands used to assign stages when the leads file has scores but there is no
/// stage-change file: the lowest score of each band and its stage name (0–32 Lead,
/// 33–66 MQL, 67–100 SQL: thirds of the usual 0–100 scale, the split most scoring
/// tools ship with for cold / warm / hot).
pub const SCORE_BANDS: [(f64, &str); 3] = [(0.0, "Lead"), (33.0, "MQL"), (67.0, "SQL")];
