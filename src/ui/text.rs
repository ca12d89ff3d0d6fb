//! Every word the page shows for an engine id, in every locale. Each language lives in
//! its own file (`text/en.rs`, `text/fr.rs`, `text/is.rs`, `text/ro.rs`) as exhaustive
//! matches with no `_ =>` arm, so a new metric, field or issue does not compile until it
//! has its words in all four. Sentences with numbers are whole templates per language
//! with `{named}` placeholders, filled here; plural forms come from [`Locale::plural`].

mod en;
mod fr;
mod is;
mod ro;

use super::format;
use super::locale::Locale;
use crate::engine::import::decode::Encoding;
use crate::engine::import::error::{Action, ErrorKind, IssueKind};
use crate::engine::import::field::{Field, FileKind};
use crate::engine::import::vocab::outcomes::Outcome;
use crate::engine::metrics::attribution::{AttributionSettings, Model};
use crate::engine::metrics::audit::Dimension;
use crate::engine::metrics::config::Cadences;
use crate::engine::metrics::funnel::StageKind;
use crate::engine::metrics::metric::{EmailBase, EngagementBase, Formulas, MetricId, Unit};
use crate::engine::metrics::period::Bucket;
use crate::engine::metrics::velocity::StagesFrom;
use crate::engine::present::saved::{OpenError, SheetError};
use crate::engine::review::checklist::{RuleId, Severity};
use crate::engine::review::report::Trigger;
use crate::engine::review::schedule::{ProgramType, ReviewRule};
use crate::engine::review::Settings;

/// Calls the language file of `$loc`.
macro_rules! per_locale {
    ($loc:expr, $f:ident($($arg:expr),*)) => {
        match $loc {
            Locale::En => en::$f($($arg),*),
            Locale::Fr => fr::$f($($arg),*),
            Locale::Is => is::$f($($arg),*),
            Locale::Ro => ro::$f($($arg),*),
        }
    };
}

/// A fixed piece of the page's own text (titles, buttons), worded per locale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ui {
    /// The page's title.
    Title,
    /// The line under the title.
    Tagline,
    /// The name of the language menu.
    Language,
    /// The drop zone's call.
    DropHere,
    /// The drop zone's hint.
    DropHint,
    /// The demo button.
    LoadDemo,
    /// The clear button.
    Clear,
    /// The JSON export button.
    ExportJson,
    /// The CSV export button.
    ExportCsv,
    /// The print button.
    Print,
    /// The paid-media table.
    PaidMedia,
    /// The funnel table.
    FunnelAndCustomers,
    /// The web analytics table.
    WebAnalytics,
    /// The social posts table.
    SocialPosts,
    /// The campaign responses table.
    CampaignResponses,
    /// The report's heading.
    AutomationAudit,
    /// The attribution section.
    Attribution,
    /// The goals section.
    Goals,
    /// The notes section.
    Notes,
    /// The living audit sheet.
    Sheet,
    /// The save section.
    SaveReopen,
    /// The files section.
    Files,
    /// The cohort table.
    Cohorts,
    /// The review schedule.
    ReviewSchedule,
    /// The triggers section.
    WhyAuditNow,
    /// The headline charts.
    HeadlineCharts,
    /// The trends section.
    Trends,
    /// The long-term trends.
    LongTerm,
    /// The velocity section.
    LeadVelocity,
    /// The MQL acceptance table.
    MqlAcceptance,
    /// The forecast.
    Forecast,
    /// The attribution of stages.
    Precedes,
    /// The footer's first line.
    Offline,
    /// The footer's second line.
    Definitions,
    /// "Accepted".
    ColAccepted,
    /// "Customers".
    ColCustomers,
    /// "Days in stage (weeks)".
    ColDaysInStageWeeks,
    /// "Days".
    ColDays,
    /// "Entries".
    ColEntries,
    /// "Lead".
    ColLead,
    /// "Leads now".
    ColLeadsNow,
    /// "Leads that reached each stage, and the share of the stage be".
    VelocityFunnelNote,
    /// "Lift".
    ColLift,
    /// "Limit".
    ColLimit,
    /// "MQL cohort".
    ColMqlCohort,
    /// "MQLs".
    ColMqls,
    /// "Mean days".
    ColMeanDays,
    /// "Median days".
    ColMedianDays,
    /// "Median".
    ColMedian,
    /// "More than half of the MQLs were not accepted: review the sco".
    MqlAlarm,
    /// "Re-entries".
    ColReEntries,
    /// "Reaching".
    ColReaching,
    /// "Share".
    ColShare,
    /// "Since".
    ColSince,
    /// "Source".
    ColSource,
    /// "Stage".
    ColStage,
    /// "Still in stage".
    ColStillInStage,
    /// "To next stage".
    ColToNextStage,
    /// "Correlation is not causation. ".
    CorrelationNotCausation,
    /// "Fewer than three periods with data: no trend to fit.".
    NoTrend,
    /// "Lag".
    ColLag,
    /// "Points".
    ColPoints,
    /// "Two series can move together because a third thing drives bo".
    CorrelationWarning,
    /// "Attribution models divide credit by rule; none measures what".
    AttributionNote,
    /// "Model parameters".
    ModelParameters,
    /// "Email rates divide by ".
    EmailRatesDivideBy,
    /// "Engagement rate divides by ".
    EngagementDividesBy,
    /// " Include labour cost in cost, ROI and return on sales".
    IncludeLabour,
    /// "Gross margin % ".
    GrossMargin,
    /// "Hourly rate ".
    HourlyRate,
    /// "Periods: ".
    Periods,
    /// "delivered emails".
    DeliveredEmails,
    /// "sent emails".
    SentEmails,
    /// "impressions".
    OptImpressions,
    /// "followers".
    OptFollowers,
    /// A column heading: "File".
    ColFile,
    /// A column heading: "Kind".
    ColKind,
    /// A column heading: "Rows read".
    ColRowsRead,
    /// A column heading: "Used".
    ColUsed,
    /// A column heading: "Skipped".
    ColSkipped,
    /// A column heading: "Repaired".
    ColRepaired,
    /// A column heading: "How it was read".
    ColHowRead,
    /// A column heading: "Line".
    ColLine,
    /// A column heading: "Column".
    ColColumn,
    /// A column heading: "Action".
    ColAction,
    /// A column heading: "Reason".
    ColReason,
    /// A column heading: "Text".
    ColText,
    /// A column heading: "Stage or status".
    ColStageOrStatus,
    /// A column heading: "Rows".
    ColRows,
    /// A column heading: "Counts as".
    ColCountsAs,
    /// A column heading: "Field".
    ColField,
    /// A column heading: "Confidence".
    ColConfidence,
    /// A column heading: "Done".
    ColDone,
    /// A column heading: "Result".
    ColResult,
    /// A column heading: "Check".
    ColCheck,
    /// A column heading: "Evidence".
    ColEvidence,
    /// A column heading: "Program".
    ColProgram,
    /// A column heading: "Type".
    ColType,
    /// A column heading: "Owner".
    ColOwner,
    /// A column heading: "Last review".
    ColLastReview,
    /// A column heading: "Next review".
    ColNextReview,
    /// A column heading: "Status".
    ColStatus,
    /// A column heading: "Why this date".
    ColWhyThisDate,
    /// A column heading: "Total".
    ColTotal,
    /// A column heading: "Trend".
    ColTrend,
    /// A column heading: "Cohort".
    ColCohort,
    /// A column heading: "KPI".
    ColKpi,
    /// A column heading: "Baseline".
    ColBaseline,
    /// The notice shown when the app stops on an internal error: its title.
    CrashTitle,
    /// The notice's body: what still works, what to do.
    CrashBody,
    /// The notice's line above the error text: how to report it.
    CrashReport,
    /// A column heading: "Pearson r".
    ColPearson,
    /// A column heading: "Spearman ρ".
    ColSpearman,
}

impl Ui {
    /// Every piece, for the tests.
    pub const ALL: [Ui; 113] = [
        Ui::Title,
        Ui::Tagline,
        Ui::Language,
        Ui::DropHere,
        Ui::DropHint,
        Ui::LoadDemo,
        Ui::Clear,
        Ui::ExportJson,
        Ui::ExportCsv,
        Ui::Print,
        Ui::PaidMedia,
        Ui::FunnelAndCustomers,
        Ui::WebAnalytics,
        Ui::SocialPosts,
        Ui::CampaignResponses,
        Ui::AutomationAudit,
        Ui::Attribution,
        Ui::Goals,
        Ui::Notes,
        Ui::Sheet,
        Ui::SaveReopen,
        Ui::Files,
        Ui::Cohorts,
        Ui::ReviewSchedule,
        Ui::WhyAuditNow,
        Ui::HeadlineCharts,
        Ui::Trends,
        Ui::LongTerm,
        Ui::LeadVelocity,
        Ui::MqlAcceptance,
        Ui::Forecast,
        Ui::Precedes,
        Ui::Offline,
        Ui::Definitions,
        Ui::ColAccepted,
        Ui::ColCustomers,
        Ui::ColDaysInStageWeeks,
        Ui::ColDays,
        Ui::ColEntries,
        Ui::ColLead,
        Ui::ColLeadsNow,
        Ui::VelocityFunnelNote,
        Ui::ColLift,
        Ui::ColLimit,
        Ui::ColMqlCohort,
        Ui::ColMqls,
        Ui::ColMeanDays,
        Ui::ColMedianDays,
        Ui::ColMedian,
        Ui::MqlAlarm,
        Ui::ColReEntries,
        Ui::ColReaching,
        Ui::ColShare,
        Ui::ColSince,
        Ui::ColSource,
        Ui::ColStage,
        Ui::ColStillInStage,
        Ui::ColToNextStage,
        Ui::CorrelationNotCausation,
        Ui::NoTrend,
        Ui::ColLag,
        Ui::ColPoints,
        Ui::CorrelationWarning,
        Ui::AttributionNote,
        Ui::ModelParameters,
        Ui::EmailRatesDivideBy,
        Ui::EngagementDividesBy,
        Ui::IncludeLabour,
        Ui::GrossMargin,
        Ui::HourlyRate,
        Ui::Periods,
        Ui::DeliveredEmails,
        Ui::SentEmails,
        Ui::OptImpressions,
        Ui::OptFollowers,
        Ui::ColFile,
        Ui::ColKind,
        Ui::ColRowsRead,
        Ui::ColUsed,
        Ui::ColSkipped,
        Ui::ColRepaired,
        Ui::ColHowRead,
        Ui::ColLine,
        Ui::ColColumn,
        Ui::ColAction,
        Ui::ColReason,
        Ui::ColText,
        Ui::ColStageOrStatus,
        Ui::ColRows,
        Ui::ColCountsAs,
        Ui::ColField,
        Ui::ColConfidence,
        Ui::ColDone,
        Ui::ColResult,
        Ui::ColCheck,
        Ui::ColEvidence,
        Ui::ColProgram,
        Ui::ColType,
        Ui::ColOwner,
        Ui::ColLastReview,
        Ui::ColNextReview,
        Ui::ColStatus,
        Ui::ColWhyThisDate,
        Ui::ColTotal,
        Ui::ColTrend,
        Ui::ColCohort,
        Ui::ColKpi,
        Ui::ColBaseline,
        Ui::CrashTitle,
        Ui::CrashBody,
        Ui::CrashReport,
        Ui::ColPearson,
        Ui::ColSpearman,
    ];
}

/// A fixed piece of the page's text in `loc`.
pub fn ui(loc: Locale, u: Ui) -> &'static str {
    per_locale!(loc, ui(u))
}

/// The words that lead a reader around the audit: the verdict at the top, the section
/// navigation, the data-and-settings panel, the status line and the one-sentence
/// summaries under the charts. Pieces with `{named}` values are whole templates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Guide {
    /// The verdict's heading.
    VerdictTitle,
    /// The one line on what the audit covers: `{period}`, `{as_of}`, `{from}`, `{to}`, `{files}`, `{rows}`.
    DataLine,
    /// When no file is loaded.
    NoData,
    /// When files are read but no row carries a date: `{files}`, `{rows}`.
    NoDates,
    /// The heading of the critical findings and warnings.
    FindingsTitle,
    /// When no check is critical or a warning.
    NothingFlagged,
    /// Before a finding's action.
    WhatToDo,
    /// The heading of the reviews due.
    DueTitle,
    /// When no review is overdue or due soon.
    NothingDue,
    /// A review overdue: `{program}`, `{days}`.
    DueOverdue,
    /// A review due soon: `{program}`, `{date}`, `{days}`.
    DueSoon,
    /// The name of the section navigation.
    Sections,
    /// The collapsed panel of files and settings.
    DataAndSettings,
    /// Its one line: `{files}`, `{rows}`, `{skipped}`.
    DataSummary,
    /// The skip link.
    SkipToVerdict,
    /// The navigation's name of the checklist.
    NavChecklist,
    /// The navigation's name of the email table.
    NavEmail,
    /// The navigation's name of the customers table.
    NavCustomers,
    /// The navigation's name of the row issues.
    NavRowIssues,
    /// A printed continuation of a wide table: `{title}`.
    Continued,
    /// The status while files are read: `{count}`.
    StatusReading,
    /// A new deploy took over the page (its service worker): reload to use it.
    NewVersion,
    /// The button that reloads the page for a new version.
    Reload,
    /// The status once the audit is ready: `{files}`.
    StatusReady,
    /// The status while one file is read: `{file}`, `{done}` and `{total}` (sizes), `{rows}`
    /// (records read), `{rate}` (size per second), `{row_rate}` (records per second), `{left}`
    /// (time left).
    StatusFile,
    /// The status while the audit is computed.
    StatusComputing,
    /// The button that stops reading files.
    CancelReading,
    /// After Cancel: `{files}` were left out; the audit is of the other files.
    ReadingCancelled,
    /// The engine stopped while reading `{files}` (may be empty): the last audit is kept.
    EngineStopped,
    /// The engine runs on the page because no Web Worker could start.
    EngineOnPage,
    /// The status with no file.
    StatusEmpty,
    /// A chart's series went up: `{metric}`, `{change}`, `{from}`, `{to}`.
    ChartRose,
    /// A chart's series went down: `{metric}`, `{change}`, `{from}`, `{to}`.
    ChartFell,
    /// A chart's series held steady: `{metric}`, `{value}`, `{from}`, `{to}`.
    ChartSteady,
    /// A chart's series started from zero: `{metric}`, `{value}`, `{from}`, `{to}`.
    ChartFromZero,
    /// Under a bar chart: `{group}`, `{value}`, `{share}`.
    ChartLeader,
    /// Under the funnel: `{first}` (count and stage), `{share}`, `{last}` (stage).
    ChartThrough,
}

impl Guide {
    /// Every piece, for the tests.
    pub const ALL: [Guide; 37] = [
        Guide::VerdictTitle,
        Guide::DataLine,
        Guide::NoData,
        Guide::NoDates,
        Guide::FindingsTitle,
        Guide::NothingFlagged,
        Guide::WhatToDo,
        Guide::DueTitle,
        Guide::NothingDue,
        Guide::DueOverdue,
        Guide::DueSoon,
        Guide::Sections,
        Guide::DataAndSettings,
        Guide::DataSummary,
        Guide::SkipToVerdict,
        Guide::NavChecklist,
        Guide::NavEmail,
        Guide::NavCustomers,
        Guide::NavRowIssues,
        Guide::Continued,
        Guide::StatusReading,
        Guide::NewVersion,
        Guide::Reload,
        Guide::StatusReady,
        Guide::StatusFile,
        Guide::StatusComputing,
        Guide::CancelReading,
        Guide::ReadingCancelled,
        Guide::EngineStopped,
        Guide::EngineOnPage,
        Guide::StatusEmpty,
        Guide::ChartRose,
        Guide::ChartFell,
        Guide::ChartSteady,
        Guide::ChartFromZero,
        Guide::ChartLeader,
        Guide::ChartThrough,
    ];
}

/// A guide piece in `loc`, its `{named}` values filled from `args`.
pub fn guide(loc: Locale, g: Guide, args: &[(&str, String)]) -> String {
    fill(per_locale!(loc, guide(g)), args)
}

/// What to do about a rule that is critical or a warning, in one line.
pub fn rule_action(loc: Locale, r: RuleId) -> &'static str {
    per_locale!(loc, rule_action(r))
}

/// The sentence under a chart of `metric` over `periods`: which way it went between
/// the first and the last period with a value, by how much (in points for a rate).
pub fn chart_summary(
    loc: Locale,
    metric: MetricId,
    s: &crate::engine::present::chart::Summary,
    periods: &[crate::engine::metrics::period::Period],
) -> String {
    use crate::engine::metrics::metric::Unit;
    use crate::engine::present::chart::Movement;
    let label = |i: usize| {
        periods
            .get(i)
            .map(|p| format::period(loc, &p.label()))
            .unwrap_or_default()
    };
    let unit = metric.unit();
    let change = match (unit, s.relative) {
        (Unit::Rate, _) => format!(
            "{} {}",
            format::grouped_in(loc, ((s.last - s.first) * 100.0).abs(), 1),
            format::points_abbreviation(loc)
        ),
        (_, Some(r)) => format!(
            "{}{}%",
            format::grouped_in(loc, (r * 100.0).abs(), 0),
            loc.percent_gap()
        ),
        (_, None) => format::value_in(loc, Some((s.last - s.first).abs()), unit),
    };
    let g = match (s.movement, s.relative, unit) {
        (Movement::Steady, _, _) => Guide::ChartSteady,
        (_, None, u) if u != Unit::Rate => Guide::ChartFromZero,
        (Movement::Rose, _, _) => Guide::ChartRose,
        (Movement::Fell, _, _) => Guide::ChartFell,
    };
    guide(
        loc,
        g,
        &[
            ("metric", metric_label(loc, metric).to_owned()),
            ("change", change),
            ("value", format::value_in(loc, Some(s.last), unit)),
            ("from", label(s.from)),
            ("to", label(s.to)),
        ],
    )
}

/// A heading of the page with values in it, worded per locale as a whole template.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Heading {
    /// The headline KPIs' heading.
    Headline,
    /// A KPI table's heading.
    TableTitle,
    /// The email table's heading.
    EmailHealth,
    /// The customers table's heading.
    CustomersBy,
    /// The channel mix chart's caption.
    ChannelMix,
    /// The checklist's heading.
    Checklist,
    /// The row issues' heading.
    RowIssues,
    /// The sales cycle's heading.
    SalesCycle,
    /// The heading of the changes since the last period.
    SinceLastPeriod,
}

impl Heading {
    /// Every heading, for the tests.
    pub const ALL: [Heading; 9] = [
        Heading::Headline,
        Heading::TableTitle,
        Heading::EmailHealth,
        Heading::CustomersBy,
        Heading::ChannelMix,
        Heading::Checklist,
        Heading::RowIssues,
        Heading::SalesCycle,
        Heading::SinceLastPeriod,
    ];
}

/// A heading in `loc`, its `{names}` filled from `args`.
pub fn heading(loc: Locale, h: Heading, args: &[(&str, String)]) -> String {
    fill(per_locale!(loc, heading(h)), args)
}

/// A sentence inside a view, worded per locale as a whole template with `{named}`
/// values; a sentence about a count is a [`Counted`] instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sentence {
    /// Checklist evidence: `{metric}`, `{group}`, `{value}`.
    EvidenceFigure,
    /// Checklist evidence in a period: `{metric}`, `{group}`, `{period}`, `{value}`.
    EvidenceFigurePeriod,
    /// Checklist evidence with its base: `{metric}`, `{group}`, `{value}`, `{base}`.
    EvidenceFigureBase,
    /// Checklist evidence in a period with its base: `{metric}`, `{group}`, `{period}`, `{value}`, `{base}`.
    EvidenceFigurePeriodBase,
    /// The badge after the data line on the demo.
    DemoBadge,
    /// The printed list of files: `{list}`.
    FilesList,
    /// The printed settings line, labour included: `{bucket}`, `{email}`, `{engagement}`.
    PrintSettingsLabourIn,
    /// The printed settings line, labour left out: `{bucket}`, `{email}`, `{engagement}`.
    PrintSettingsLabourOut,
    /// What a saved audit keeps, and that nothing is uploaded.
    SaveNote,
    /// The check box that puts the raw files in the saved audit.
    IncludeRaw,
    /// The save button.
    SaveAudit,
    /// The open-a-saved-audit file button.
    OpenSaved,
    /// The forget button, armed.
    ForgetConfirm,
    /// The forget button.
    Forget,
    /// The history list's title: `{n}` audits.
    EarlierAudits,
    /// The history entry's reopen button.
    Reopen,
    /// A history entry without a reporting date.
    Undated,
    /// Saved to a file and to the browser's history.
    SavedBoth,
    /// Saved to a file only: `{error}`.
    SavedFileOnly,
    /// A saved audit was reopened from a file.
    Reopened,
    /// A saved audit was reopened from the history.
    ReopenedHistory,
    /// Everything stored was forgotten.
    Forgotten,
    /// Storage cleared, history not: `{error}`.
    ForgetPartial,
    /// The sheet import button.
    ImportSheet,
    /// The sheet export button.
    ExportSheet,
    /// The sheet's asset column.
    ColAsset,
    /// The sheet's change since the baseline.
    SinceBaseline,
    /// The sheet's change since the last audit.
    SinceLastAudit,
    /// The goal form's submit button.
    AddGoal,
    /// A goal direction: at most.
    GoalAtMost,
    /// A goal direction: at least.
    GoalAtLeast,
    /// The goal target's placeholder.
    GoalTarget,
    /// The goal target's placeholder for a rate.
    GoalTargetPercent,
    /// A reading note at a line: `{line}`, `{note}`.
    ReadingAtLine,
    /// A reading note at a line and column: `{line}`, `{column}`, `{note}`.
    ReadingAtCell,
    /// The export's own total, found by its sums, was left out.
    TotalFoundBySums,
    /// The export's own total was left out and agrees with the rows.
    TotalAgreesWithRows,
    /// How the forecast is made, before its steps.
    ForecastNote,
    /// One step of the forecast: `{stage}`, `{current}`, `{rate}`, `{median}`.
    ForecastStep,
    /// What the table of actions before a stage shows, and what it does not.
    ActionsNote,
    /// The name of a stage's histogram: `{stage}`.
    Histogram,
    /// The title of the chart of leads per stage.
    StageCountsTitle,
    /// A source left empty in the export.
    NotSet,
    /// The title of the mean-days column.
    MeanDaysHint,
    /// The title of the still-in-stage column.
    StillInStageHint,
    /// The reporting-date field's label.
    AsOf,
    /// The hourly rate's hint.
    HourlyRateHint,
    /// The gross margin's hint.
    GrossMarginHint,
    /// A headline change against a period: `{change}`, `{period}`.
    VsPeriod,
    /// A sparkline's name: `{metric}`.
    ByMonth,
    /// The headline KPI picker.
    ChooseHeadline,
    /// The split menu's label.
    SplitBy,
    /// The period menu's label.
    PeriodMenu,
    /// The period menu's whole-range option.
    WholeRange,
    /// The whole range, inside a table's title.
    WholeRangeInTitle,
    /// The group search's label.
    FindGroup,
    /// The button that shows every group.
    ShowAll,
    /// The legend's summary.
    HowComputed,
    /// A series: the last twelve months.
    Last12Months,
    /// A series: the same months a year before.
    YearBefore,
    /// A series: the total.
    SeriesTotal,
    /// A headline chart's title: `{metric}`.
    ByMonthWithYearBefore,
    /// The stacked spend chart's title.
    SpendStacked,
    /// A trend chart's title: `{metric}`, `{by}` (see `by_bucket`).
    ByBucket,
    /// A bar chart's title: `{metric}`, `{dimension}`.
    ByDimensionWholeRange,
    /// A flagged rise against the period before: `{group}`, `{change}`.
    RoseVsPrevious,
    /// A flagged rise against a year before: `{group}`, `{change}`.
    RoseVsYearAgo,
    /// A flagged fall against the period before: `{group}`, `{change}`.
    FellVsPrevious,
    /// A flagged fall against a year before: `{group}`, `{change}`.
    FellVsYearAgo,
    /// No short-term change past the thresholds: `{threshold}`.
    NothingToFlag,
    /// The correlation's question, around the second metric's menu: `{metric}`, `{other}`.
    MovesWith,
    /// The second metric's menu.
    SecondMetric,
    /// A lag of zero.
    SamePeriod,
    /// Two metrics that move together: `{a}`, `{b}`.
    HypothesisTogether,
    /// Two metrics that move apart: `{a}`, `{b}`.
    HypothesisOpposite,
    /// No correlation to suggest a hypothesis: `{r}`, `{points}`.
    NoCorrelation,
    /// The checkbox that marks a scoring rule tuned.
    Tuned,
    /// A check with no data.
    NoDataForCheck,
    /// The schedule's call for a program inventory.
    InventoryPrompt,
    /// The calendar download button.
    AddToCalendar,
    /// A calendar event's title: `{program}`.
    IcsSummary,
    /// A review overdue: `{days}`.
    StatusOverdue,
    /// A review due soon: `{days}`.
    StatusDueSoon,
    /// A review further off: `{days}`.
    StatusScheduled,
    /// The threshold editor's summary.
    ThresholdsTitle,
    /// A threshold's label.
    BounceWarning,
    /// A threshold's label.
    BounceCritical,
    /// A threshold's label.
    SpamWarning,
    /// A threshold's label.
    SpamCritical,
    /// A threshold's label.
    UnsubscribesPerSend,
    /// A threshold's label.
    LtvCacMinimum,
    /// A threshold's label.
    MqlAcceptanceMinimum,
    /// A threshold's label.
    ShortTermChange,
    /// A threshold's label.
    ShortTermPoints,
    /// A threshold's label.
    MinimumDays,
    /// A stage's stagnation limit: `{stage}`.
    StagnatingAfter,
    /// A cadence's label.
    NurtureDays,
    /// A cadence's label.
    AutomationFirst,
    /// A cadence's label.
    AutomationEvery,
    /// A cadence's label.
    ScoringDays,
    /// A cadence's label.
    ScoringTunedDays,
    /// A cadence's label.
    AssignmentDays,
    /// A cadence's label.
    ContentDays,
    /// A cadence's label.
    DueSoonDays,
    /// Evidence of a shrinking list: `{value}`, `{base}`.
    ListSize,
    /// When no row had an issue.
    EveryRowUsed,
    /// The row issues' filter.
    FilterIssues,
    /// The row issues' export button.
    ExportIssues,
    /// After the row issues' more button.
    ExportToSeeAll,
    /// The detected choice of a file setting: `{detected}`.
    Detected,
    /// A file setting's label.
    KindMenu,
    /// A file setting's label.
    EncodingMenu,
    /// A file setting's label.
    NumbersMenu,
    /// A file setting's label.
    DatesMenu,
    /// A date order.
    DayFirst,
    /// A date order.
    MonthFirst,
    /// The question about a file's date order.
    AmbiguousDates,
    /// The question about unclassified deal stages.
    WhichStages,
    /// When no goal is set.
    NoGoal,
    /// A goal's realism menu.
    WasRealistic,
    /// A goal's lesson field.
    WhatWeLearned,
    /// The notes field's hint.
    DecisionsPlaceholder,
    /// The notes field's name.
    DecisionsLabel,
    /// A goals column.
    ColHypothesis,
    /// A goals column.
    ColTarget,
    /// A goals column: the date.
    ColBy,
    /// A goals column.
    ColRealistic,
    /// An answer.
    Yes,
    /// An answer.
    No,
    /// The button that removes a goal.
    Remove,
    /// The badge of a group with too little data to trust its rates.
    ThinData,
    /// The badge's title: `{clicks}`, `{leads}` (the minimums in force).
    ThinDataHint,
    /// The files that fed a table: `{files}`.
    SourcesFrom,
    /// What the email rates divide by: `{base}` (an email base).
    EmailNote,
    /// What churn and retention count.
    ChurnNote,
    /// A cohort column: `{k}` quarters after the first order.
    CohortOffset,
    /// The trends' metric menu.
    MetricMenu,
    /// A long-term trend's goodness of fit: `{r}`.
    Fit,
    /// Before the programs typed into the page.
    EnteredInPage,
    /// The button that removes a typed program: `{name}`.
    RemoveNamed,
    /// The program form's set-up date.
    SetUp,
    /// The hint of a date field: how to write the date ({pattern}).
    DateAs,
    /// The program form's submit button.
    AddProgram,
    /// The title of the button that removes a file.
    RemoveFile,
    /// A row issue's column by header and number: `{header}`, `{n}`.
    ColumnNamed,
    /// A row issue's column by number only: `{n}`.
    ColumnNumber,
    /// The button that drops a file's corrections.
    ResetToDetected,
    /// The outcome menu of a stage value: `{stage}`.
    OutcomeOfStage,
    /// The outcome menu's empty choice.
    NotKnown,
    /// A choice the user made, not the import.
    YourChoice,
    /// The field menu of a column: `{column}`.
    FieldOfColumn,
    /// The field menu's empty choice.
    NotUsed,
    /// The toolbar's name.
    FilesAndActions,
    /// The formula settings' name.
    FormulaSettings,
    /// The funnel chart's name.
    FunnelName,
    /// The funnel chart's title.
    FunnelTitle,
    /// A chart with nothing to draw: `{title}`.
    NoDataToDraw,
    /// The goal hypothesis field's hint.
    HypothesisPlaceholder,
    /// The goal direction menu.
    Direction,
    /// How many won deals the attribution covers: `{touched}` of `{deals}`, `{touches}` touchpoints.
    AttributionTouched,
    /// Won deals with no touch: `{count}`, `{revenue}`.
    AttributionUnattributed,
    /// The attribution table's rows menu.
    RowsMenu,
    /// The time-decay model's half-life field.
    HalfLifeDays,
    /// The custom model's weight of the first touch.
    CustomFirst,
    /// The custom model's weight of the middle touches.
    CustomMiddle,
    /// The custom model's weight of the last touch.
    CustomLast,
    /// A goal not yet due: `{now}`.
    GoalPending,
    /// A goal met: `{actual}`, `{margin}`.
    GoalHit,
    /// A goal missed: `{actual}`, `{short}`.
    GoalMissed,
}

impl Sentence {
    /// Every sentence, for the tests.
    pub const ALL: [Sentence; 169] = [
        Sentence::EvidenceFigure,
        Sentence::EvidenceFigurePeriod,
        Sentence::EvidenceFigureBase,
        Sentence::EvidenceFigurePeriodBase,
        Sentence::DemoBadge,
        Sentence::FilesList,
        Sentence::PrintSettingsLabourIn,
        Sentence::PrintSettingsLabourOut,
        Sentence::SaveNote,
        Sentence::IncludeRaw,
        Sentence::SaveAudit,
        Sentence::OpenSaved,
        Sentence::ForgetConfirm,
        Sentence::Forget,
        Sentence::EarlierAudits,
        Sentence::Reopen,
        Sentence::Undated,
        Sentence::SavedBoth,
        Sentence::SavedFileOnly,
        Sentence::Reopened,
        Sentence::ReopenedHistory,
        Sentence::Forgotten,
        Sentence::ForgetPartial,
        Sentence::ImportSheet,
        Sentence::ExportSheet,
        Sentence::ColAsset,
        Sentence::SinceBaseline,
        Sentence::SinceLastAudit,
        Sentence::AddGoal,
        Sentence::GoalAtMost,
        Sentence::GoalAtLeast,
        Sentence::GoalTarget,
        Sentence::GoalTargetPercent,
        Sentence::ReadingAtLine,
        Sentence::ReadingAtCell,
        Sentence::TotalFoundBySums,
        Sentence::TotalAgreesWithRows,
        Sentence::ForecastNote,
        Sentence::ForecastStep,
        Sentence::ActionsNote,
        Sentence::Histogram,
        Sentence::StageCountsTitle,
        Sentence::NotSet,
        Sentence::MeanDaysHint,
        Sentence::StillInStageHint,
        Sentence::AsOf,
        Sentence::HourlyRateHint,
        Sentence::GrossMarginHint,
        Sentence::VsPeriod,
        Sentence::ByMonth,
        Sentence::ChooseHeadline,
        Sentence::SplitBy,
        Sentence::PeriodMenu,
        Sentence::WholeRange,
        Sentence::WholeRangeInTitle,
        Sentence::FindGroup,
        Sentence::ShowAll,
        Sentence::HowComputed,
        Sentence::Last12Months,
        Sentence::YearBefore,
        Sentence::SeriesTotal,
        Sentence::ByMonthWithYearBefore,
        Sentence::SpendStacked,
        Sentence::ByBucket,
        Sentence::ByDimensionWholeRange,
        Sentence::RoseVsPrevious,
        Sentence::RoseVsYearAgo,
        Sentence::FellVsPrevious,
        Sentence::FellVsYearAgo,
        Sentence::NothingToFlag,
        Sentence::MovesWith,
        Sentence::SecondMetric,
        Sentence::SamePeriod,
        Sentence::HypothesisTogether,
        Sentence::HypothesisOpposite,
        Sentence::NoCorrelation,
        Sentence::Tuned,
        Sentence::NoDataForCheck,
        Sentence::InventoryPrompt,
        Sentence::AddToCalendar,
        Sentence::IcsSummary,
        Sentence::StatusOverdue,
        Sentence::StatusDueSoon,
        Sentence::StatusScheduled,
        Sentence::ThresholdsTitle,
        Sentence::BounceWarning,
        Sentence::BounceCritical,
        Sentence::SpamWarning,
        Sentence::SpamCritical,
        Sentence::UnsubscribesPerSend,
        Sentence::LtvCacMinimum,
        Sentence::MqlAcceptanceMinimum,
        Sentence::ShortTermChange,
        Sentence::ShortTermPoints,
        Sentence::MinimumDays,
        Sentence::StagnatingAfter,
        Sentence::NurtureDays,
        Sentence::AutomationFirst,
        Sentence::AutomationEvery,
        Sentence::ScoringDays,
        Sentence::ScoringTunedDays,
        Sentence::AssignmentDays,
        Sentence::ContentDays,
        Sentence::DueSoonDays,
        Sentence::ListSize,
        Sentence::EveryRowUsed,
        Sentence::FilterIssues,
        Sentence::ExportIssues,
        Sentence::ExportToSeeAll,
        Sentence::Detected,
        Sentence::KindMenu,
        Sentence::EncodingMenu,
        Sentence::NumbersMenu,
        Sentence::DatesMenu,
        Sentence::DayFirst,
        Sentence::MonthFirst,
        Sentence::AmbiguousDates,
        Sentence::WhichStages,
        Sentence::NoGoal,
        Sentence::WasRealistic,
        Sentence::WhatWeLearned,
        Sentence::DecisionsPlaceholder,
        Sentence::DecisionsLabel,
        Sentence::ColHypothesis,
        Sentence::ColTarget,
        Sentence::ColBy,
        Sentence::ColRealistic,
        Sentence::Yes,
        Sentence::No,
        Sentence::Remove,
        Sentence::ThinData,
        Sentence::ThinDataHint,
        Sentence::SourcesFrom,
        Sentence::EmailNote,
        Sentence::ChurnNote,
        Sentence::CohortOffset,
        Sentence::MetricMenu,
        Sentence::Fit,
        Sentence::EnteredInPage,
        Sentence::RemoveNamed,
        Sentence::SetUp,
        Sentence::DateAs,
        Sentence::AddProgram,
        Sentence::RemoveFile,
        Sentence::ColumnNamed,
        Sentence::ColumnNumber,
        Sentence::ResetToDetected,
        Sentence::OutcomeOfStage,
        Sentence::NotKnown,
        Sentence::YourChoice,
        Sentence::FieldOfColumn,
        Sentence::NotUsed,
        Sentence::FilesAndActions,
        Sentence::FormulaSettings,
        Sentence::FunnelName,
        Sentence::FunnelTitle,
        Sentence::NoDataToDraw,
        Sentence::HypothesisPlaceholder,
        Sentence::Direction,
        Sentence::AttributionTouched,
        Sentence::AttributionUnattributed,
        Sentence::RowsMenu,
        Sentence::HalfLifeDays,
        Sentence::CustomFirst,
        Sentence::CustomMiddle,
        Sentence::CustomLast,
        Sentence::GoalPending,
        Sentence::GoalHit,
        Sentence::GoalMissed,
    ];
}

/// A sentence in `loc`, its `{names}` filled from `args`.
pub fn sentence(loc: Locale, s: Sentence, args: &[(&str, String)]) -> String {
    fill(per_locale!(loc, sentence(s)), args)
}

/// A sentence about a count `{n}`, written per locale in each plural form the language
/// has (see [`Locale::plural`]), so the noun agrees with the number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Counted {
    /// The MQLs of the acceptance rate: `{n}` MQLs, `{accepted}`, `{pending}`.
    MqlsAccepted,
    /// Deals won before the first contact, left out of the sales cycle.
    WonBeforeContact,
    /// The stagnating leads' heading.
    Stagnating,
    /// Under a long list of stagnating leads: the `{n}` shown.
    LongestShown,
    /// Groups shown of `{n}`: `{shown}`.
    ShowingGroups,
    /// Groups shown of `{n}` while searching: `{shown}`, `{matching}`, `{search}`.
    ShowingGroupsMatching,
    /// The button back to the largest `{n}` groups.
    ShowTop,
    /// A lag of `{n}` periods.
    PeriodsLater,
    /// A metric `{b}` that follows `{a}` `{n}` periods later.
    HypothesisFollows,
    /// A metric `{b}` that moves against `{a}` `{n}` periods later.
    HypothesisAgainst,
    /// A check that found nothing: `{n}` items checked.
    Checked,
    /// After the evidence shown: `{n}` more.
    AndMore,
    /// Evidence of too little data: `{group}`, `{n}` days.
    DaysOfData,
    /// Evidence of an overdue review: `{group}`, `{n}` days.
    DaysOverdue,
    /// Evidence of too many pinned KPIs.
    KpisPinned,
    /// A stagnating lead: `{lead}`, `{stage}`, `{n}` days, `{limit}`.
    StagnatingEvidence,
    /// A file's mapping summary: `{mapped}` of `{n}` columns, `{encoding}`, `{delimiter}`.
    ColumnsMapped,
    /// The CRM join's report: `{n}` leads.
    CrmJoined,
    /// Row issues shown: `{shown}` of `{n}`.
    ShowingIssues,
    /// The button that shows `{n}` more row issues.
    ShowMore,
    /// On paper: the first `{shown}` of `{n}` row issues.
    PrintedFirst,
    /// Stage values shown: `{shown}` of `{n}`.
    ShowingStageValues,
    /// Columns shown in the mapping editor: the first `{shown}` of `{n}`.
    ShowingColumns,
    /// An unclassified stage value: `{value}`, in `{n}` rows.
    StageValueRows,
    /// Too few or too many pinned KPIs: `{n}` pinned, `{min}` to `{max}` advised.
    PinAdvice,
    /// A long-term trend: `{group}`, `{slope}` per `{bucket}`, over `{n}` periods, `{fit}`.
    Slope,
    /// Deals that match no lead: `{n}`, some of them in `{deals}`.
    DealsUnmatched,
    /// Leads in no stage-change file: `{n}`.
    LeadsWithoutStages,
    /// Reading notes past the first few: `{n}` more.
    MoreInRowIssues,
}

impl Counted {
    /// Every counted sentence, for the tests.
    pub const ALL: [Counted; 29] = [
        Counted::MqlsAccepted,
        Counted::WonBeforeContact,
        Counted::Stagnating,
        Counted::LongestShown,
        Counted::ShowingGroups,
        Counted::ShowingGroupsMatching,
        Counted::ShowTop,
        Counted::PeriodsLater,
        Counted::HypothesisFollows,
        Counted::HypothesisAgainst,
        Counted::Checked,
        Counted::AndMore,
        Counted::DaysOfData,
        Counted::DaysOverdue,
        Counted::KpisPinned,
        Counted::StagnatingEvidence,
        Counted::ColumnsMapped,
        Counted::CrmJoined,
        Counted::ShowingIssues,
        Counted::ShowMore,
        Counted::PrintedFirst,
        Counted::ShowingStageValues,
        Counted::ShowingColumns,
        Counted::StageValueRows,
        Counted::PinAdvice,
        Counted::Slope,
        Counted::DealsUnmatched,
        Counted::LeadsWithoutStages,
        Counted::MoreInRowIssues,
    ];
}

/// A counted sentence in `loc`: `{n}` is `n` written the locale's way, the plural form is
/// the one `n` asks for, and the other `{names}` are filled from `args`.
pub fn counted(loc: Locale, c: Counted, n: u64, args: &[(&str, String)]) -> String {
    let mut all = vec![("n", format::grouped_in(loc, n as f64, 0))];
    all.extend(args.iter().cloned());
    fill(per_locale!(loc, counted(c, loc.plural(n))), &all)
}

/// The short column label of a metric.
pub fn metric_label(loc: Locale, m: MetricId) -> &'static str {
    per_locale!(loc, metric_label(m))
}

/// The formula of a metric in words, shown on hover and in the legend.
pub fn metric_formula(loc: Locale, m: MetricId, formulas: Formulas) -> &'static str {
    per_locale!(loc, metric_formula(m, formulas))
}

/// The name of a file kind.
pub fn kind_label(loc: Locale, k: FileKind) -> &'static str {
    per_locale!(loc, kind_label(k))
}

/// The name of a dimension.
pub fn dimension_label(loc: Locale, d: Dimension) -> &'static str {
    per_locale!(loc, dimension_label(d))
}

/// The name of a split in an audit: a file's own column goes by its header.
pub fn split_label(loc: Locale, audit: &crate::engine::Audit, d: Dimension) -> String {
    match d {
        Dimension::Column(_) => audit.dimension_name(d).to_owned(),
        d => dimension_label(loc, d).to_owned(),
    }
}

/// The name of a period size.
pub fn bucket_label(loc: Locale, b: Bucket) -> &'static str {
    per_locale!(loc, bucket_label(b))
}

/// "By month" and the like, after a metric's name (see `Sentence::ByBucket`).
pub fn by_bucket(loc: Locale, b: Bucket) -> &'static str {
    per_locale!(loc, by_bucket(b))
}

/// The name of an encoding (the same in every language).
pub fn encoding_label(e: Encoding) -> &'static str {
    match e {
        Encoding::Utf8 => "UTF-8",
        Encoding::Utf16Le => "UTF-16 LE",
        Encoding::Utf16Be => "UTF-16 BE",
        Encoding::Windows1252 => "Windows-1252",
    }
}

/// The name of a delimiter.
pub fn delimiter_label(loc: Locale, d: u8) -> String {
    per_locale!(loc, delimiter_name(d))
        .map(str::to_owned)
        .unwrap_or_else(|| format!("“{}”", char::from(d)))
}

/// What was done about an issue.
pub fn action_label(loc: Locale, a: Action) -> &'static str {
    per_locale!(loc, action_label(a))
}

/// An empty value, as a stage or a cell shows it.
pub fn blank(loc: Locale) -> &'static str {
    per_locale!(loc, blank())
}

/// The message of a row issue.
pub fn issue_message(loc: Locale, k: &IssueKind) -> String {
    fill(per_locale!(loc, issue(k)), &issue_args(loc, k))
}

/// The values an issue's template names.
fn issue_args(loc: Locale, k: &IssueKind) -> Vec<(&'static str, String)> {
    let n = |v: u64| format::grouped_in(loc, v as f64, 0);
    let quoted = |v: &[String]| {
        v.iter()
            .map(|s| format!("“{s}”"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match k {
        IssueKind::NotANumber
        | IssueKind::NotADate
        | IssueKind::NegativeCount
        | IssueKind::SummaryRow
        | IssueKind::EmptyRow
        | IssueKind::TotalByArithmetic
        | IssueKind::TotalAgrees
        | IssueKind::TotalLabelIsData
        | IssueKind::BelowTotal
        | IssueKind::MoneyLine
        | IssueKind::SubtotalsAsRows
        | IssueKind::NoteLine
        | IssueKind::AfterTable
        | IssueKind::EncodingFallback
        | IssueKind::UnclosedQuote
        | IssueKind::DateOrderAssumed { .. }
        | IssueKind::UnmappedColumn
        | IssueKind::OutcomeAssumed => Vec::new(),
        IssueKind::TooManyCells { expected, found }
        | IssueKind::TooFewCells { expected, found } => {
            vec![
                ("expected", n(*expected as u64)),
                ("found", n(*found as u64)),
            ]
        }
        IssueKind::TotalDiffers { ours, theirs } => {
            vec![("ours", ours.clone()), ("theirs", theirs.clone())]
        }
        IssueKind::ColumnsNotMatched { columns, matched } => {
            vec![
                ("columns", n(*columns as u64)),
                ("matched", n(*matched as u64)),
            ]
        }
        IssueKind::StatedPeriod { from, to } => vec![("from", from.clone()), ("to", to.clone())],
        IssueKind::KindAssumed {
            file_kind,
            found,
            usual,
        } => vec![
            (
                "kind",
                crate::engine::import::field::FileKind::from_id(file_kind)
                    .map_or_else(|| file_kind.clone(), |k| kind_label(loc, k).to_owned()),
            ),
            ("found", n(*found as u64)),
            ("usual", n(*usual as u64)),
        ],
        IssueKind::TitleLines { count } => vec![("count", n(*count))],
        IssueKind::SubtotalByArithmetic { rows } => vec![("rows", n(*rows as u64))],
        IssueKind::RepeatedHeader { first } => vec![("first", n(*first as u64))],
        IssueKind::SheetRead { sheet } | IssueKind::SheetNotRead { sheet } => {
            vec![("sheet", sheet.clone())]
        }
        IssueKind::MemberRead { member } | IssueKind::MemberNotRead { member } => {
            vec![("member", member.clone())]
        }
        IssueKind::UndecodableBytes { count } => vec![("count", n(*count as u64))],
        IssueKind::Malformed { detail } => vec![("detail", detail.clone())],
        IssueKind::DecimalMarkAssumed { mark } => vec![("mark", mark.to_string())],
        IssueKind::MixedCurrencies { currencies } => vec![("currencies", n(*currencies as u64))],
        IssueKind::PartsSummed { field, parts } => {
            let label = |id: &str| {
                Field::from_id(id).map_or_else(|| id.to_owned(), |f| field_label(loc, f).to_owned())
            };
            let parts: Vec<String> = parts.iter().map(|p| label(p)).collect();
            vec![("field", label(field)), ("parts", parts.join(" + "))]
        }
        IssueKind::MappingUndone {
            field,
            fitting,
            not_fitting,
        } => vec![
            ("field", field.clone()),
            ("not_fitting", n(*not_fitting as u64)),
            ("sampled", n(fitting.saturating_add(*not_fitting) as u64)),
        ],
        IssueKind::MixedResults { indicator, kinds } => {
            vec![
                ("indicator", indicator.clone()),
                ("kinds", n(*kinds as u64)),
            ]
        }
        IssueKind::HeadersGenerated { columns } => vec![("columns", n(*columns as u64))],
        IssueKind::UnknownOrderStatus { statuses, rows } => {
            vec![("statuses", quoted(statuses)), ("rows", n(*rows))]
        }
        IssueKind::RowsWithoutCustomer { count } => vec![("count", n(*count))],
        IssueKind::UnclassifiedOutcome { value, rows } => {
            let value = if value.is_empty() {
                per_locale!(loc, blank()).to_owned()
            } else {
                format!("\"{value}\"")
            };
            vec![("value", value), ("rows", n(*rows))]
        }
        IssueKind::ExcelDamage { count, examples } => {
            vec![("count", n(*count)), ("examples", examples.join(", "))]
        }
    }
}

/// The message of a file that could not be read.
pub fn error_message(loc: Locale, k: &ErrorKind) -> &'static str {
    per_locale!(loc, error_message(k))
}

/// Why a saved audit was refused (the audit on the page stays as it was).
pub fn open_error(loc: Locale, e: &OpenError) -> String {
    let args = match e {
        OpenError::Newer { version } => vec![("version", version.to_string())],
        OpenError::NotASavedAudit | OpenError::Damaged | OpenError::TooLarge => Vec::new(),
    };
    fill(per_locale!(loc, open_error(e)), &args)
}

/// Why an audit sheet was refused (the sheet on the page stays as it was).
pub fn sheet_error(loc: Locale, e: &SheetError) -> String {
    let args = match e {
        SheetError::BadDate(date) | SheetError::RepeatedDate(date) => {
            vec![("date", date.clone())]
        }
        SheetError::Damaged { line } => vec![("line", line.to_string())],
        SheetError::NotASheet | SheetError::TooLarge => Vec::new(),
    };
    fill(per_locale!(loc, sheet_error(e)), &args)
}

/// The name of an email base.
pub fn email_base_label(loc: Locale, b: EmailBase) -> &'static str {
    per_locale!(loc, email_base_label(b))
}

/// The base of the engagement rate, as the settings show it.
pub fn engagement_base_label(loc: Locale, b: EngagementBase) -> &'static str {
    per_locale!(loc, engagement_base_label(b))
}

/// The name of a canonical field, as the mapping editor shows it.
pub fn field_label(loc: Locale, f: Field) -> &'static str {
    per_locale!(loc, field_label(f))
}

/// The name of a deal outcome.
pub fn outcome_label(loc: Locale, o: Outcome) -> &'static str {
    per_locale!(loc, outcome_label(o))
}

/// The title of a checklist rule, with the thresholds in force.
pub fn rule_title(loc: Locale, r: RuleId, s: &Settings) -> String {
    fill(per_locale!(loc, rule_title(r)), &rule_args(loc, r, s))
}

/// A rule's thresholds in force and where their defaults come from.
pub fn rule_source(loc: Locale, r: RuleId, s: &Settings) -> String {
    fill(per_locale!(loc, rule_source(r)), &rule_args(loc, r, s))
}

/// The values a rule's sentences name: the thresholds in force, never the defaults.
fn rule_args(loc: Locale, r: RuleId, s: &Settings) -> Vec<(&'static str, String)> {
    let t = &s.thresholds;
    let rate = |v: f64| format::threshold(loc, v, Unit::Rate);
    match r {
        RuleId::BounceRate => vec![
            ("warn", rate(t.bounce_warning)),
            ("crit", rate(t.bounce_critical)),
        ],
        RuleId::SpamComplaints => vec![
            ("warn", rate(t.spam_warning)),
            ("crit", rate(t.spam_critical)),
        ],
        RuleId::Unsubscribes => vec![("warn", rate(t.unsubscribe_warning))],
        RuleId::LtvToCac => vec![(
            "min",
            format::threshold(loc, t.ltv_to_cac_minimum, Unit::Count),
        )],
        RuleId::MqlAcceptance => vec![("min", rate(t.mql_acceptance_minimum))],
        RuleId::HeadlineMove => vec![
            ("relative", rate(t.short_term_relative)),
            ("points", format::points(loc, t.short_term_points)),
        ],
        RuleId::StagnatingLeads => {
            let limit = |k: StageKind| {
                s.audit
                    .stagnation_days
                    .iter()
                    .find(|(stage, _)| *stage == k)
                    .map_or_else(|| format::UNDEFINED.to_owned(), |(_, d)| day_count(loc, *d))
            };
            vec![
                ("lead", limit(StageKind::Lead)),
                ("mql", limit(StageKind::Mql)),
                ("sql", limit(StageKind::Sql)),
                ("opp", limit(StageKind::Opportunity)),
            ]
        }
        RuleId::TooLittleData => vec![("days", day_count(loc, t.min_days))],
        RuleId::ListShrinking
        | RuleId::LongTermFading
        | RuleId::PinnedCount
        | RuleId::ReviewsOverdue => Vec::new(),
    }
}

/// A number of days with its noun in the form the number asks for: "1 day", "30 days";
/// "21 de zile" in Romanian.
pub fn day_count(loc: Locale, n: i64) -> String {
    let noun = per_locale!(loc, days_noun(loc.plural(n.unsigned_abs())));
    format!("{} {noun}", format::grouped_in(loc, n as f64, 0))
}

/// The label of a severity.
pub fn severity_label(loc: Locale, s: Severity) -> &'static str {
    per_locale!(loc, severity_label(s))
}

/// The label of a program type.
pub fn program_type_label(loc: Locale, t: ProgramType) -> &'static str {
    per_locale!(loc, program_type_label(t))
}

/// Why a review falls on its date.
pub fn review_rationale(loc: Locale, r: ReviewRule, s: &Settings, cycle: Option<i64>) -> String {
    let days = review_days(r, &s.cadences, cycle);
    let plural = loc.plural(days.unwrap_or_default().unsigned_abs());
    let mut args = days.map_or_else(Vec::new, |d| {
        vec![("days", format::grouped_in(loc, d as f64, 0))]
    });
    if r == ReviewRule::ScoringTrigger {
        let min = s.thresholds.mql_acceptance_minimum;
        args.push(("min", format::threshold(loc, min, Unit::Rate)));
    }
    fill(per_locale!(loc, review(r, plural)), &args)
}

/// The number of days a review rule's sentence names, if it names one.
fn review_days(r: ReviewRule, c: &Cadences, cycle: Option<i64>) -> Option<i64> {
    match r {
        ReviewRule::Nurture => Some(c.nurture),
        ReviewRule::AutomationFirst => Some(c.automation_first),
        ReviewRule::Automation => Some(c.automation),
        ReviewRule::Scoring => Some(c.scoring),
        ReviewRule::ScoringTuned => Some(c.scoring_tuned),
        ReviewRule::ScoringTrigger | ReviewRule::Unknown => None,
        ReviewRule::Assignment => Some(c.assignment),
        ReviewRule::AssignmentSalesCycle => Some(cycle.unwrap_or(c.assignment)),
        ReviewRule::ContentGroup => Some(c.content),
        ReviewRule::Other => Some(c.other),
    }
}

/// The label of an audit trigger.
pub fn trigger_label(loc: Locale, t: Trigger) -> &'static str {
    per_locale!(loc, trigger_label(t))
}

/// What to do about an audit trigger.
pub fn trigger_advice(loc: Locale, t: Trigger) -> &'static str {
    per_locale!(loc, trigger_advice(t))
}

/// The name of a funnel stage.
pub fn stage_label(loc: Locale, k: StageKind) -> &'static str {
    per_locale!(loc, stage_label(k))
}

/// Where the velocity report's stages come from.
pub fn stages_from(loc: Locale, f: StagesFrom) -> &'static str {
    per_locale!(loc, stages_from(f))
}

/// The name of an attribution model.
pub fn model_label(loc: Locale, m: Model) -> &'static str {
    per_locale!(loc, model_label(m))
}

/// How an attribution model divides a deal's revenue among the touches before the win.
pub fn model_definition(loc: Locale, m: Model, s: &AttributionSettings) -> String {
    let days = s.half_life_days;
    let whole = days.fract() == 0.0 && days >= 0.0;
    let plural = if whole {
        loc.plural(days as u64)
    } else {
        loc.plural(2)
    };
    let (f, mid, l) = s.custom;
    let args = match m {
        Model::TimeDecay => vec![("days", days.to_string())],
        Model::Custom => vec![
            ("first", f.to_string()),
            ("middle", mid.to_string()),
            ("last", l.to_string()),
        ],
        Model::FirstTouch
        | Model::LastTouch
        | Model::Linear
        | Model::UShaped
        | Model::UShaped5050
        | Model::WShaped
        | Model::FullPath => Vec::new(),
    };
    fill(per_locale!(loc, model(m, plural)), &args)
}

/// Most characters of a file's text shown as one label (a campaign, a group); the
/// rest is cut with "…". The audit keeps the whole text: only what is drawn is cut,
/// because the browser lays out a 10 MB name in seconds.
pub const SHOWN_LABEL: usize = 200;

/// Most characters of one value put into a sentence (see [`fill`]).
pub const SHOWN_ARGUMENT: usize = 1_000;

/// `text` as shown on the page: whole up to `most` characters, else cut with "…".
pub fn shown(text: &str, most: usize) -> std::borrow::Cow<'_, str> {
    match text.char_indices().nth(most) {
        None => std::borrow::Cow::Borrowed(text),
        Some((cut, _)) => {
            std::borrow::Cow::Owned(format!("{}…", text.get(..cut).unwrap_or_default()))
        }
    }
}

/// A group's label as shown (see [`SHOWN_LABEL`]).
pub fn label_shown(label: &str) -> std::borrow::Cow<'_, str> {
    shown(label, SHOWN_LABEL)
}

/// `template` with each `{name}` replaced by its value in `args` (each at most
/// [`SHOWN_ARGUMENT`] characters); an unknown name is left as written.
pub fn fill(template: &str, args: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let (before, after) = rest.split_at(open);
        out.push_str(before);
        let name_and_rest = after.get(1..).unwrap_or_default();
        match name_and_rest.find('}') {
            Some(close) => {
                let name = name_and_rest.get(..close).unwrap_or_default();
                match args.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(&shown(v, SHOWN_ARGUMENT)),
                    None => out.push_str(after.get(..close + 2).unwrap_or_default()),
                }
                rest = name_and_rest.get(close + 1..).unwrap_or_default();
            }
            None => {
                out.push_str(after);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests;
