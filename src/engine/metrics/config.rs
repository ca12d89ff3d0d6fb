//! Defaults in one place, each with its source. Every one can be changed by the user
//! in the page's settings; the engine takes them as parameters.

use crate::engine::metrics::funnel::StageKind;
use crate::engine::metrics::metric::MetricId;

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

/// Review cadences of the audit guides, in days. Each is a default the user can change
/// in the page; the rationale shown next to each program comes from `ui::text`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Cadences {
    /// Nurture programs: every 90 days (content and timing drift as offers change).
    pub nurture: i64,
    /// Automation rules: first review 30 days after set-up (catch mistakes early)...
    pub automation_first: i64,
    /// ... then every 90 days.
    pub automation: i64,
    /// Scoring rules: every quarter until tuned...
    pub scoring: i64,
    /// ... then twice a year once tuned.
    pub scoring_tuned: i64,
    /// Lead assignment: every quarter, or every median sales cycle when that is longer.
    pub assignment: i64,
    /// Content, reviewed as one group: every 90 days.
    pub content: i64,
    /// Anything else in the inventory: every 90 days.
    pub other: i64,
    /// A review this many days ahead or fewer is "due soon".
    pub due_soon: i64,
}

impl Default for Cadences {
    fn default() -> Self {
        Cadences {
            nurture: 90,
            automation_first: 30,
            automation: 90,
            scoring: 90,
            scoring_tuned: 182,
            assignment: 90,
            content: 90,
            other: 90,
            due_soon: 14,
        }
    }
}

/// Thresholds of the checklist, each with its source. All can be changed in the page.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Thresholds {
    /// Bounce rate warning: above 2% (the ceiling ESPs such as Mailchimp and HubSpot
    /// name for a healthy list).
    pub bounce_warning: f64,
    /// Bounce rate critical: above 5% (ESPs start to suspend senders around here).
    pub bounce_critical: f64,
    /// Spam complaints warning: 0.1% (Gmail's and Yahoo's bulk-sender guidance, 2024).
    pub spam_warning: f64,
    /// Spam complaints critical: 0.3% (the same providers' hard limit).
    pub spam_critical: f64,
    /// Unsubscribes per send: above 0.5% (common ESP benchmark for a problem send).
    pub unsubscribe_warning: f64,
    /// LTV : CAC below 3 (the usual 3:1 rule for a sustainable acquisition cost).
    pub ltv_to_cac_minimum: f64,
    /// MQL → SQL acceptance below 50%: more than half of MQLs rejected means the
    /// scoring model needs review now (the audit guides' trigger).
    pub mql_acceptance_minimum: f64,
    /// A headline KPI moving by more than this share since the previous period...
    pub short_term_relative: f64,
    /// ... and by more than this many percentage points when it is a rate.
    pub short_term_points: f64,
    /// Fewer days of data than this in a dataset is too little to audit.
    pub min_days: i64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            bounce_warning: 0.02,
            bounce_critical: 0.05,
            spam_warning: 0.001,
            spam_critical: 0.003,
            unsubscribe_warning: 0.005,
            ltv_to_cac_minimum: 3.0,
            mql_acceptance_minimum: 0.5,
            short_term_relative: SHORT_TERM_RELATIVE,
            short_term_points: 0.01,
            min_days: MIN_DAYS_OF_DATA,
        }
    }
}

impl Thresholds {
    /// Whether an MQL → SQL acceptance `rate` is too low: below
    /// [`Thresholds::mql_acceptance_minimum`]. The one owner of the rule: the checklist,
    /// the schedule's scoring trigger and the velocity section's alarm all ask it, so
    /// an edited minimum reaches all three.
    pub fn acceptance_too_low(&self, rate: Option<f64>) -> bool {
        rate.is_some_and(|r| r < self.mql_acceptance_minimum)
    }
}

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

/// A metric is split by a dimension only when every measure it reads has its group set
/// on a similar share of rows: the smallest share at least this fraction of the
/// largest. Rows that carry numerator and denominator together (an ad row's spend and
/// clicks) are alike by construction; a numerator known for most rows over a
/// denominator known for few (won deals' segments over all leads) is not, and would
/// show 100 % for every segment. Judgement: a tenth of difference in coverage.
pub const SPLIT_COVERAGE_MIN_RATIO: f64 = 0.9;

/// Below this many clicks a group's click-based rates (CTR, CPC, conversion rate) are
/// marked as too thin to judge: at 100 clicks one conversion more or less moves a rate
/// by a whole point.
pub const MIN_CLICKS_FOR_RATES: f64 = 100.0;

/// Below this many leads a group's funnel rates are marked as too thin to judge (30 is
/// the usual rule of thumb for a proportion to mean anything).
pub const MIN_LEADS_FOR_RATES: f64 = 30.0;

/// Time-decay attribution: a touch's weight halves every this many days before the win.
/// Seven days is the default of the Google Ads and GA4 time-decay models: a week-old
/// touch counts half as much as one on the day of the deal.
pub const ATTRIBUTION_HALF_LIFE_DAYS: f64 = 7.0;

/// Custom attribution: relative weights of the (first, middle, last) touches. The
/// default, 30/40/30, is the counterpart of U-shaped's 40/20/40 for long B2B paths where
/// nurture does most of the work: a starting point meant to be changed, not a standard.
pub const ATTRIBUTION_CUSTOM_WEIGHTS: (f64, f64, f64) = (0.3, 0.4, 0.3);
