//! English: the page's first language, and the reference the other files translate.

use super::{Heading, Ui};
use crate::engine::import::error::{Action, ErrorKind, IssueKind};
use crate::engine::import::field::{Field, FileKind};
use crate::engine::import::vocab::outcomes::Outcome;
use crate::engine::metrics::attribution::Model;
use crate::engine::metrics::audit::Dimension;
use crate::engine::metrics::funnel::StageKind;
use crate::engine::metrics::metric::{EmailBase, EngagementBase, Formulas, MetricId};
use crate::engine::metrics::period::Bucket;
use crate::engine::metrics::velocity::StagesFrom;
use crate::engine::present::saved::{OpenError, SheetError};
use crate::engine::review::checklist::{RuleId, Severity};
use crate::engine::review::report::Trigger;
use crate::engine::review::schedule::{ProgramType, ReviewRule};
use crate::ui::locale::Plural;

/// The short column label of a metric.
pub(super) fn metric_label(m: MetricId) -> &'static str {
    use MetricId::*;
    match m {
        Spend => "Spend",
        Impressions => "Impressions",
        Reach => "Reach",
        Clicks => "Clicks",
        Conversions => "Conversions",
        AdLeads => "Ad leads",
        Revenue => "Revenue",
        LabourCost => "Labour cost",
        Cost => "Cost",
        Ctr => "CTR",
        Cpc => "CPC",
        Cpm => "CPM",
        Cpl => "CPL",
        CostPerConversion => "Cost / conv.",
        Roas => "ROAS",
        Roi => "ROI",
        ReturnOnSales => "Return on sales",
        ClickToConversionRate => "Click → conv.",
        EmailsSent => "Sent",
        EmailsDelivered => "Delivered",
        EmailBounces => "Bounces",
        EmailOpens => "Unique opens",
        EmailClicks => "Unique clicks",
        EmailUnsubscribes => "Unsubscribes",
        EmailSpamComplaints => "Spam complaints",
        DeliveryRate => "Delivery rate",
        BounceRate => "Bounce rate",
        OpenRate => "Open rate",
        ClickRate => "Click rate",
        ClickToOpenRate => "Click-to-open",
        UnsubscribeRate => "Unsubscribe rate",
        SpamComplaintRate => "Spam complaint rate",
        Leads => "Leads",
        Mqls => "MQLs",
        Sqls => "SQLs",
        Customers => "New customers",
        DealsWon => "Deals won",
        DealRevenue => "Deal revenue",
        DealsLost => "Deals lost",
        WinRate => "Win rate",
        DealsOpen => "Open deals",
        PipelineValue => "Pipeline value",
        DaysToClose => "Days to close",
        MqlToSqlRate => "MQL → SQL",
        LeadToCustomerRate => "Lead → customer",
        Cac => "CAC",
        AverageOrderValue => "Avg. order value",
        Clv => "CLV",
        LtvToCac => "CLV ÷ CAC = deal revenue ÷ cost.",
        StageCount => "Leads in stage",
        TimeInStageDaysMean => "Days in stage (mean)",
        TimeInStageDaysMedian => "Days in stage (median)",
        TimeInStageDaysP90 => "Days in stage (p90)",
        StageConversionRate => "Stage conversion",
        SalesCycleDaysMean => "Sales cycle (mean days)",
        SalesCycleDaysMedian => "Sales cycle (median days)",
        Visitors => "Visitors",
        Sessions => "Sessions",
        WebConversions => "Web conversions",
        WebLeads => "Web leads",
        VisitorToLeadRate => "Visitor → lead",
        LandingPageConversionRate => "Landing page conv.",
        Engagements => "Engagements",
        EngagementRate => "Engagement rate",
        Orders => "Orders",
        TransactionRevenue => "Order revenue",
        PurchaseFrequency => "Orders per customer",
        ActiveCustomers => "Active customers",
        ChurnRate => "Churn rate",
        RetentionRate => "Retention rate",
        AcquisitionRate => "Acquisition rate",
        ClvMargin => "CLV (margin ÷ churn)",
        ListGrowthRate => "List growth rate",
        ListSize => "List size",
        Cpa => "CPA",
        MarketingInfluencedRevenueShare => "Marketing-influenced revenue",
        Csat => "CSAT",
        Contacts => "Contacts",
        Responses => "Responses",
        ResponseRate => "Response rate",
        OrdersCancelled => "Orders cancelled",
        OrdersPending => "Orders pending",
        EmailRevenue => "Email revenue",
        EmailOrders => "Email orders",
        RevenuePerRecipient => "Revenue per recipient",
        EmailOrderRate => "Email order rate",
    }
}

/// The formula of a metric in words, shown on hover and in the legend.
pub(super) fn metric_formula(m: MetricId, formulas: Formulas) -> &'static str {
    let (base, engagement) = (formulas.email_base, formulas.engagement_base);
    use MetricId::*;
    let over_base = |delivered: &'static str, sent: &'static str| match base {
        EmailBase::Delivered => delivered,
        EmailBase::Sent => sent,
    };
    match m {
        Spend => "Sum of spend (ad files).",
        Impressions => "Sum of impressions.",
        Reach => "Sum of reach as reported per row (people reached on several rows count on each).",
        Clicks => "Sum of ad clicks.",
        Conversions => "Sum of conversions.",
        AdLeads => "Sum of leads reported by the ad platforms (their own attribution).",
        Revenue => "Sum of revenue reported with the ad data.",
        LabourCost => "Labour cost recorded with the ad data, plus labour hours × your hourly rate when both are given.",
        Cost => "Spend + labour cost (when labour is included).",
        Ctr => "Clicks ÷ impressions.",
        Cpc => "Spend ÷ clicks.",
        Cpm => "Spend ÷ impressions × 1,000.",
        Cpl => "Spend ÷ ad leads (the leads the platforms credit to the campaign).",
        CostPerConversion => "Spend ÷ conversions.",
        Roas => "Revenue ÷ spend.",
        Roi => "(Revenue − cost) ÷ cost. Cost includes labour when switched on.",
        ReturnOnSales => "(Revenue − cost) ÷ revenue — what some guides call \"ROI\".",
        ClickToConversionRate => "Conversions ÷ clicks.",
        EmailsSent => "Sum of emails sent (recipients).",
        EmailsDelivered => "Sum of delivered emails (sent − bounces when not reported).",
        EmailBounces => "Sum of bounces (sent − delivered when not reported).",
        EmailOpens => "Sum of unique opens.",
        EmailClicks => "Sum of unique clicks.",
        EmailUnsubscribes => "Sum of unsubscribes.",
        EmailSpamComplaints => "Sum of spam complaints.",
        DeliveryRate => "Delivered ÷ sent.",
        BounceRate => "Bounces ÷ sent.",
        OpenRate => over_base("Unique opens ÷ delivered.", "Unique opens ÷ sent."),
        ClickRate => over_base("Unique clicks ÷ delivered.", "Unique clicks ÷ sent."),
        ClickToOpenRate => "Unique clicks ÷ unique opens (some tools call this CTR).",
        UnsubscribeRate => over_base("Unsubscribes ÷ delivered.", "Unsubscribes ÷ sent."),
        SpamComplaintRate => over_base("Spam complaints ÷ delivered.", "Spam complaints ÷ sent."),
        Leads => "Leads created in the period (CRM leads file, else first stage entry).",
        Mqls => "Leads entering MQL for the first time in the period (stage changes).",
        Sqls => "Leads entering SQL for the first time in the period (stage changes).",
        Customers => "Leads whose first deal was won in the period (deals, else a Customer stage).",
        DealsWon => "Deals won in the period.",
        DealRevenue => "Sum of the amounts of deals won in the period.",
        DealsLost => "Deals lost, by close date (deals files with a stage or status column).",
        WinRate => "Deals won ÷ (deals won + deals lost), by close date.",
        DealsOpen => "Deals still open in the export (whole range only).",
        PipelineValue => "Sum of the amounts of the open deals (whole range only).",
        DaysToClose => "Mean whole days from a won deal's create date to its close date.",
        MqlToSqlRate => "SQLs ÷ MQLs in the same period (a flow ratio).",
        LeadToCustomerRate => "New customers ÷ new leads in the same period (a flow ratio).",
        Cac => "Cost (spend, plus labour when included) ÷ new customers in the same period.",
        AverageOrderValue => "Deal revenue ÷ deals won.",
        Clv => "Deal revenue ÷ new customers (historical value per customer).",
        LtvToCac => "CLV ÷ CAC = deal revenue ÷ cost. Below 3 is a warning sign.",
        StageCount => "Leads whose latest stage entry (up to that day) is this stage, at the end of the day or period.",
        TimeInStageDaysMean => "Mean whole days from entering the stage to entering the next (or the exit date), latest stay per lead; leads still in the stage are left out.",
        TimeInStageDaysMedian => "Median whole days in the stage, latest finished stay per lead.",
        TimeInStageDaysP90 => "90th percentile of whole days in the stage (linear interpolation), latest finished stay per lead.",
        StageConversionRate => "Leads that reached this stage ÷ leads that reached the stage before it (reaching a later stage counts as passing the earlier ones).",
        SalesCycleDaysMean => "Mean whole days from first contact (or creation) to the first won deal.",
        SalesCycleDaysMedian => "Median whole days from first contact (or creation) to the first won deal.",
        Visitors => "Sum of unique visitors (users) of the web analytics rows (a visitor on several rows counts on each).",
        Sessions => "Sum of sessions (visits).",
        WebConversions => "Sum of conversions (goal completions, key events) of the web analytics files.",
        WebLeads => "Sum of leads (form submissions) of the web analytics files.",
        VisitorToLeadRate => "Web leads ÷ visitors.",
        LandingPageConversionRate => "Web conversions ÷ sessions, per landing page.",
        Engagements => "Likes + shares + comments + reposts of the social posts.",
        EngagementRate => match engagement {
            EngagementBase::Impressions => "(Likes + shares + comments + reposts) ÷ impressions.",
            EngagementBase::Followers => "(Likes + shares + comments + reposts) ÷ followers, summed over the posts.",
        },
        Orders => "Placed orders in the period: distinct order ids (one per row without order ids); cancelled and unpaid orders are counted apart.",
        TransactionRevenue => "Sum of the order amounts (the order total once per order, else quantity × unit price of its lines), net of refunds; cancellation invoices are netted, refunded and unpaid orders add nothing.",
        PurchaseFrequency => "Orders with a customer ÷ active customers.",
        ActiveCustomers => "Distinct customers with a placed order in the period (orders without a customer are left out).",
        ChurnRate => "Customers active in the previous period with no order in this one ÷ customers active in the previous period.",
        RetentionRate => "Customers active in the previous period who ordered again in this one ÷ customers active in the previous period (1 − churn).",
        AcquisitionRate => "Customers whose first order is in the period ÷ active customers.",
        ClvMargin => "Revenue per active customer × your gross margin ÷ churn rate, per period (set the margin in Settings).",
        ListGrowthRate => "(New subscribers − unsubscribes − bounces) ÷ list size at the start of the period; without a new-subscribers column, (list size at the end − at the start) ÷ at the start.",
        ListSize => "Subscribers on the list at the period's last send, as the email file states it.",
        Cpa => "Cost (spend, plus labour when included) ÷ conversions.",
        MarketingInfluencedRevenueShare => "Revenue of deals won from leads with a marketing source ÷ all deal revenue.",
        Csat => "Answers of 4 or 5 ÷ answers on the 1–5 scale.",
        Contacts => "Contacts with a known campaign outcome (yes/no, 1/0).",
        Responses => "Contacts whose outcome is yes (or 1, accepted, subscribed…).",
        ResponseRate => "Responses ÷ contacts with a known outcome.",
        OrdersCancelled => "Orders cancelled, refunded, voided or failed: invoices numbered C…, orders whose every quantity is negative, or such a status. Not counted in orders.",
        OrdersPending => "Orders not paid yet (pending, authorised, on hold). Not counted in orders or revenue.",
        EmailRevenue => "Sum of the revenue the email tool reports (its own attribution; never added to ad revenue or ROAS).",
        EmailOrders => "Sum of the orders the email tool reports.",
        RevenuePerRecipient => over_base("Email revenue ÷ delivered.", "Email revenue ÷ sent."),
        EmailOrderRate => over_base("Email orders ÷ delivered.", "Email orders ÷ sent."),
    }
}

/// The name of a file kind.
pub(super) fn kind_label(k: FileKind) -> &'static str {
    match k {
        FileKind::AdPerformance => "Ad performance",
        FileKind::EmailCampaigns => "Email campaigns",
        FileKind::Leads => "Leads",
        FileKind::StageChanges => "Lead stage changes",
        FileKind::Deals => "Deals",
        FileKind::Programs => "Program inventory",
        FileKind::WebAnalytics => "Web analytics",
        FileKind::SocialPosts => "Social posts",
        FileKind::Surveys => "Surveys (CSAT)",
        FileKind::Transactions => "Transactions (orders)",
        FileKind::Touchpoints => "Touchpoints",
        FileKind::Responses => "Campaign responses",
        FileKind::Unknown => "Not recognised",
    }
}

/// The name of a dimension.
pub(super) fn dimension_label(d: Dimension) -> &'static str {
    match d {
        Dimension::Total => "Total",
        Dimension::Campaign => "Campaign",
        Dimension::Channel => "Channel",
        Dimension::Source => "Source",
        Dimension::AdGroup => "Ad group",
        Dimension::Segment => "Segment",
        Dimension::Stage => "Stage",
        Dimension::LandingPage => "Landing page",
        Dimension::LossReason => "Lost reason",
        Dimension::Column(_) => "Column",
    }
}

/// The name of a period size.
pub(super) fn bucket_label(b: Bucket) -> &'static str {
    match b {
        Bucket::Day => "Day",
        Bucket::Week => "ISO week",
        Bucket::Month => "Month",
        Bucket::Quarter => "Quarter",
        Bucket::Year => "Year",
    }
}

/// "By month" and the like, after a metric's name in a chart title: a whole phrase,
/// so each language declines the period as its preposition wants.
pub(super) fn by_bucket(b: Bucket) -> &'static str {
    match b {
        Bucket::Day => "by day",
        Bucket::Week => "by ISO week",
        Bucket::Month => "by month",
        Bucket::Quarter => "by quarter",
        Bucket::Year => "by year",
    }
}

/// What was done about an issue.
pub(super) fn action_label(a: Action) -> &'static str {
    match a {
        Action::Skipped => "skipped",
        Action::Repaired => "repaired",
        Action::Noted => "noted",
    }
}

/// The message of a file that could not be read.
pub(super) fn error_message(k: &ErrorKind) -> &'static str {
    match k {
        ErrorKind::Empty => "The file is empty.",
        ErrorKind::Binary => "The file is not text, nor a workbook (a PDF, an image?). Export it as CSV or .xlsx.",
        ErrorKind::NoHeader => "No header row was found.",
        ErrorKind::Unreadable => "The browser could not read the file from disk.",
        ErrorKind::TooLarge => "The file has more rows than this page can hold in memory beside the other files (about 1 GB in all, once read): none of them is counted. Export it summed by day or by week, or for a shorter period.",
        ErrorKind::OldWorkbook => "This is an Excel 97–2003 workbook (.xls), or one protected by a password: neither can be read here. Open it in your spreadsheet and save it as .xlsx (without a password) or as CSV.",
        ErrorKind::DamagedArchive => "This workbook or zip archive could not be read: it is damaged or incomplete (an interrupted download?). Download it again, or open it and save it as .xlsx or CSV.",
        ErrorKind::NoTable => "This archive holds no sheet with values and no CSV file (an OpenDocument .ods, or a zip of other files?). Save the table as .xlsx or CSV.",
    }
}

/// Why a saved audit was refused.
pub(super) fn open_error(e: &OpenError) -> &'static str {
    match e {
        OpenError::NotASavedAudit => "This file is not a saved audit of this page. Nothing was changed.",
        OpenError::Newer { .. } => "This audit was saved by a newer version of the page (format {version}). Open it there, or update this page. Nothing was changed.",
        OpenError::Damaged => "This saved audit is damaged (cut short or edited) and cannot be opened. Nothing was changed.",
        OpenError::TooLarge => "This file is too large to be a saved audit. Nothing was changed.",
    }
}

/// Why an audit sheet was refused.
pub(super) fn sheet_error(e: &SheetError) -> &'static str {
    match e {
        SheetError::NotASheet => "Not an audit sheet: expected the columns asset, metric, baseline, then one date per audit. The sheet was not changed.",
        SheetError::BadDate(_) => "Not an audit sheet: the column {date} is not a date (YYYY-MM-DD). The sheet was not changed.",
        SheetError::RepeatedDate(_) => "Not an audit sheet: the date {date} heads two columns. The sheet was not changed.",
        SheetError::Damaged { .. } => "This audit sheet is damaged at line {line} (more cells than columns, or unreadable). The sheet was not changed.",
        SheetError::TooLarge => "This file is too large to be an audit sheet. The sheet was not changed.",
    }
}

/// The name of an email base.
pub(super) fn email_base_label(b: EmailBase) -> &'static str {
    match b {
        EmailBase::Delivered => "delivered",
        EmailBase::Sent => "sent",
    }
}

/// The base of the engagement rate, as the settings show it.
pub(super) fn engagement_base_label(b: EngagementBase) -> &'static str {
    match b {
        EngagementBase::Impressions => "impressions",
        EngagementBase::Followers => "followers",
    }
}

/// The name of a canonical field, as the mapping editor shows it.
pub(super) fn field_label(f: Field) -> &'static str {
    match f {
        Field::Date => "Date",
        Field::Channel => "Channel",
        Field::Campaign => "Campaign",
        Field::AdGroup => "Ad group / ad set",
        Field::Source => "Source",
        Field::Spend => "Spend",
        Field::Impressions => "Impressions",
        Field::Reach => "Reach",
        Field::Clicks => "Clicks",
        Field::Conversions => "Conversions",
        Field::Leads => "Leads",
        Field::Revenue => "Revenue",
        Field::LabourCost => "Labour cost",
        Field::LabourHours => "Labour hours",
        Field::ChurnDate => "Churn date",
        Field::Baseline => "Baseline",
        Field::Sent => "Emails sent",
        Field::Delivered => "Delivered",
        Field::Bounces => "Bounces",
        Field::Opens => "Unique opens",
        Field::Unsubscribes => "Unsubscribes",
        Field::SpamComplaints => "Spam complaints",
        Field::Orders => "Orders",
        Field::ListSize => "List size",
        Field::LeadId => "Lead id",
        Field::CreatedDate => "Created / first contact",
        Field::Score => "Lead score",
        Field::Stage => "Stage",
        Field::EnteredAt => "Entered stage at",
        Field::ExitedAt => "Exited stage at",
        Field::Action => "Action / trigger",
        Field::DealId => "Deal id",
        Field::WonDate => "Close date (won date of won deals)",
        Field::Amount => "Amount (deal or order)",
        Field::Segment => "Segment",
        Field::Program => "Program",
        Field::ProgramType => "Program type",
        Field::SetupDate => "Set-up date",
        Field::LastReview => "Last review",
        Field::Owner => "Owner",
        Field::Visitors => "Visitors (users)",
        Field::Sessions => "Sessions",
        Field::LandingPage => "Landing page",
        Field::Post => "Post",
        Field::Likes => "Likes / reactions",
        Field::Shares => "Shares",
        Field::Comments => "Comments",
        Field::Reposts => "Retweets / reposts",
        Field::Followers => "Followers",
        Field::Respondent => "Respondent",
        Field::Csat => "CSAT answer (1–5)",
        Field::CustomerId => "Customer id",
        Field::NewSubscribers => "New subscribers",
        Field::TouchedAt => "Touched at",
        Field::Response => "Campaign outcome (yes/no)",
        Field::PeriodEnd => "Last day the row covers",
        Field::BecameLead => "Became a lead (date)",
        Field::BecameMql => "Became an MQL (date)",
        Field::BecameSql => "Became an SQL (date)",
        Field::BecameOpportunity => "Became an opportunity (date)",
        Field::BecameCustomer => "Became a customer (date)",
        Field::HardBounces => "Hard bounces",
        Field::SoftBounces => "Soft bounces",
        Field::OrderId => "Order / invoice number",
        Field::Quantity => "Quantity",
        Field::UnitPrice => "Unit price",
        Field::OrderStatus => "Order status",
        Field::Refunded => "Refunded amount",
        Field::LossReason => "Lost reason",
        Field::IsWon => "Won (check box)",
        Field::IsClosed => "Closed (check box)",
    }
}

/// The name of a deal outcome.
pub(super) fn outcome_label(o: Outcome) -> &'static str {
    match o {
        Outcome::Won => "Won",
        Outcome::Lost => "Lost",
        Outcome::Open => "Open",
    }
}

/// The title of a checklist rule.
pub(super) fn rule_title(r: RuleId) -> &'static str {
    match r {
        RuleId::BounceRate => "Email bounce rate per send",
        RuleId::SpamComplaints => "Spam complaint rate per send",
        RuleId::Unsubscribes => "Unsubscribe rate per send",
        RuleId::ListShrinking => "Email list growing, not shrinking",
        RuleId::LtvToCac => "LTV : CAC at least {min}",
        RuleId::MqlAcceptance => "Sales accepts at least {min} of the MQLs",
        RuleId::HeadlineMove => "Headline KPIs moved sharply since the last period",
        RuleId::LongTermFading => "Series fading quarter after quarter",
        RuleId::StagnatingLeads => "Leads stuck in a stage",
        RuleId::TooLittleData => "Enough data to audit ({days} per file)",
        RuleId::PinnedCount => "3 to 10 headline KPIs",
        RuleId::ReviewsOverdue => "Program reviews up to date",
    }
}

/// Where a rule's threshold comes from.
pub(super) fn rule_source(r: RuleId) -> &'static str {
    match r {
        RuleId::BounceRate => "Warning above {warn}, critical above {crit}. The defaults are the ceilings email service providers such as Mailchimp and HubSpot give for a healthy list.",
        RuleId::SpamComplaints => "Warning at {warn}, critical at {crit}. The defaults are the bulk-sender requirements of Gmail and Yahoo (2024).",
        RuleId::Unsubscribes => "Above {warn} of delivered emails in one send. The default is the common ESP benchmark for a send that put people off.",
        RuleId::ListShrinking => "List size at the last send of the period against the last send before it.",
        RuleId::LtvToCac => "Below {min} is a warning sign. The default follows the rule of thumb of three to one for a sustainable acquisition cost; below one, each customer costs more than it has brought in.",
        RuleId::MqlAcceptance => "Critical when fewer than {min} of MQLs are accepted as SQLs. The default follows the audit guides: when more than half of MQLs are not accepted, review the scoring rules at once.",
        RuleId::HeadlineMove => "A change of {relative} or more (and {points} or more for rates) since the previous period; both must be crossed, so noise on small numbers does not alarm.",
        RuleId::LongTermFading => "Three quarters of decline in a row, up to the current quarter.",
        RuleId::StagnatingLeads => "Lead over {lead}, MQL over {mql}, SQL over {sql}, opportunity over {opp} without a move (sales-development practice).",
        RuleId::TooLittleData => "The audit guides: a month of data at least before drawing conclusions.",
        RuleId::PinnedCount => "The audit guides recommend tracking 3 to 10 KPIs.",
        RuleId::ReviewsOverdue => "The review schedule below.",
    }
}

/// The label of a severity.
pub(super) fn severity_label(s: Severity) -> &'static str {
    match s {
        Severity::NotApplicable => "not checked",
        Severity::Pass => "passed",
        Severity::Info => "note",
        Severity::Warning => "warning",
        Severity::Critical => "critical",
    }
}

/// The label of a program type.
pub(super) fn program_type_label(t: ProgramType) -> &'static str {
    match t {
        ProgramType::Nurture => "Nurture",
        ProgramType::AutomationRule => "Automation rule",
        ProgramType::ScoringRule => "Scoring rule",
        ProgramType::LeadAssignment => "Lead assignment",
        ProgramType::Content => "Content (one group)",
        ProgramType::Other => "Other",
    }
}

/// The label of an audit trigger.
pub(super) fn trigger_label(t: Trigger) -> &'static str {
    match t {
        Trigger::SwitchingTools => "Switching tools",
        Trigger::NewStrategy => "Trying a new strategy",
        Trigger::QuarterEnd => "Quarter end",
    }
}

/// What to do about an audit trigger.
pub(super) fn trigger_advice(t: Trigger) -> &'static str {
    match t {
        Trigger::SwitchingTools => "Export and save this audit, with its raw data, before the old tool is switched off: its history will not come across.",
        Trigger::NewStrategy => "Pin the KPIs the strategy should move and write the hypothesis and target now, so the next audit can tell whether it worked.",
        Trigger::QuarterEnd => "Run the full audit: checklist, schedule, and the sheet's new column.",
    }
}

/// The name of a funnel stage.
pub(super) fn stage_label(k: StageKind) -> &'static str {
    match k {
        StageKind::Lead => "Lead",
        StageKind::Mql => "MQL",
        StageKind::Sql => "SQL",
        StageKind::Opportunity => "Opportunity",
        StageKind::Customer => "Customer",
        StageKind::Lost => "Lost",
        StageKind::Other => "Other",
    }
}

/// Where the velocity report's stages come from.
pub(super) fn stages_from(f: StagesFrom) -> &'static str {
    match f {
        StagesFrom::StageChanges => "Stages as recorded in the stage-change file(s). A lead still in a stage is counted apart (censored), not as a finished stay.",
        StagesFrom::ScoreBands => "No stage-change file: stages come from lead scores in bands (0–32 Lead, 33–66 MQL, 67–100 SQL).",
        StagesFrom::CreatedAndWon => "No stage-change file: each lead is a Lead from its first contact and a Customer from its first won deal.",
    }
}

/// The name of an attribution model.
pub(super) fn model_label(m: Model) -> &'static str {
    match m {
        Model::FirstTouch => "First touch",
        Model::LastTouch => "Last touch",
        Model::Linear => "Linear",
        Model::UShaped => "U-shaped",
        Model::UShaped5050 => "U-shaped 50/50",
        Model::WShaped => "W-shaped",
        Model::FullPath => "Full path",
        Model::TimeDecay => "Time decay",
        Model::Custom => "Custom",
    }
}

/// The name of a delimiter.
pub(super) fn delimiter_name(d: u8) -> Option<&'static str> {
    match d {
        b',' => Some("comma"),
        b';' => Some("semicolon"),
        b'\t' => Some("tab"),
        b'|' => Some("pipe"),
        _ => None,
    }
}

/// A blank cell, in a message.
pub(super) fn blank() -> &'static str {
    "(blank)"
}

/// The template of a row issue's message.
pub(super) fn issue(k: &IssueKind) -> &'static str {
    match k {
        IssueKind::NotANumber => "Expected a number.",
        IssueKind::NotADate => "Expected a date.",
        IssueKind::NegativeCount => "A count cannot be negative.",
        IssueKind::TooManyCells { .. } => "The row has {found} cells; the header has {expected}. Left out: the extra cells cannot be placed.",
        IssueKind::TooFewCells { .. } => "The row has {found} cells; the header has {expected}. The missing cells were read as blank.",
        IssueKind::SummaryRow => "A totals row: left out so nothing is counted twice.",
        IssueKind::EmptyRow => "Every cell is blank.",
        IssueKind::TotalByArithmetic => "A row whose every total column equals the sum of the other rows, with no name or a total's name (\"Total excl. VAT\"): the export's own total, left out so nothing is counted twice.",
        IssueKind::BelowTotal => "A line below the sheet's own total that fills few of its total columns (VAT, the total with VAT, a fee): not a row of the table, left out.",
        IssueKind::MoneyLine => "A line under the rows about the money (a budget, what is left of it, a fee, VAT) that fills few of their total columns: not a row of the table, left out. An agency fee belongs in the labour cost.",
        IssueKind::SubtotalByArithmetic { .. } => "Every total column of this row equals the sum of the {rows} rows above it: a subtotal (or the grand total of the subtotalled rows), left out so nothing is counted twice.",
        IssueKind::TotalLabelIsData => "This row's name starts like a total, but its numbers show it is not one (the export's own total counts it, or it is not the sum of the other rows): it is kept as data.",
        IssueKind::TotalAgrees => "The export's own total agrees with the sum of the rows used.",
        IssueKind::TotalDiffers { .. } => "The export's total says {theirs}; the rows used add up to {ours}. Rows filtered or removed in the tool, or a total of another scope? The figures use the rows.",
        IssueKind::ColumnsNotMatched { .. } => "The header has {columns} columns; only the first {matched} were matched to fields. Map any other by hand.",
        IssueKind::NoteLine => "A comment or note line, not data.",
        IssueKind::AfterTable => "Below the end of the table (after a comment line): not data of this table.",
        IssueKind::StatedPeriod { .. } => "The report states its period, {from} to {to}; rows without a date of their own are counted in it.",
        IssueKind::KindAssumed { .. } => "Read as {kind} from {found} of its {usual} usual columns: check the kind and the columns in the file's settings.",
        IssueKind::TitleLines { .. } => "{count} line(s) above the header (a report title) were skipped.",
        IssueKind::EncodingFallback => "The file is not UTF-8; it was read as Windows-1252 (Excel, Western Europe). Change it in the file's settings if letters look wrong.",
        IssueKind::UndecodableBytes { .. } => "{count} character(s) could not be decoded and show as �.",
        IssueKind::Malformed { .. } => "The CSV structure is broken here: {detail}. The rest of the file was not read.",
        IssueKind::UnclosedQuote => "A quote opens here and is never closed, so the rest of the file was read as one cell. Check the file around this line.",
        IssueKind::DateOrderAssumed { day_first: true } => "No date proves the order of day and month; day first (31/12) was assumed.",
        IssueKind::DateOrderAssumed { day_first: false } => "No date proves the order of day and month; month first (12/31) was assumed.",
        IssueKind::DecimalMarkAssumed { .. } => "No number proves the decimal mark; “{mark}” was assumed.",
        IssueKind::MappingUndone { .. } => "The header suggests “{field}”, but {not_fitting} of {sampled} sampled values do not fit it, so the column is not used. Map it by hand if that is wrong.",
        IssueKind::MixedResults { .. } => "This column adds up different kinds of result ({kinds} kinds, named in “{indicator}”: reach, link clicks, purchases…), so it is not counted as conversions. Map a column of one kind of result, such as Purchases or Leads, to conversions.",
        IssueKind::UnmappedColumn => "The column matches no known field; it is not used.",
        IssueKind::RepeatedHeader { .. } => "This column has the same header as column {first}, which is read: a figure is read from one column, so this one is left out. If the sheet puts channels side by side, export one channel per file or map this column in place of the other.",
        IssueKind::SubtotalsAsRows => "Every sum of the rows used is exactly twice the file's own total on this line: the rows include subtotals that could not be told apart (a pivot table's group rows?). The sums are left out rather than doubled: export the table without subtotals.",
        IssueKind::MixedCurrencies { .. } => "The amounts of this file are in {currencies} currencies: they are left out of every figure rather than added across currencies. Export the amounts converted to one currency (Stripe: “Converted Amount”), or one file per currency.",
        IssueKind::PartsSummed { .. } => "“{field}” is read as {parts}, row by row: the file gives only these parts.",
        IssueKind::SheetRead { .. } => "Read the sheet “{sheet}” of this workbook: its visible sheet with the most values.",
        IssueKind::SheetNotRead { .. } => "The sheet “{sheet}” of this workbook holds values too and was not read: one sheet is read per file. To add it, save it as its own .xlsx or CSV file and add that file.",
        IssueKind::MemberRead { .. } => "Read the file “{member}” inside this zip archive.",
        IssueKind::MemberNotRead { .. } => "The archive also holds “{member}”, which was not read: one file is read per archive. To add it, unzip the archive and add that file.",
        IssueKind::HeadersGenerated { .. } => "The file has no header row; its {columns} columns were named “column 1” to “column {columns}”. Map them by hand.",
        IssueKind::UnknownOrderStatus { .. } => "{rows} row(s) have an order status that cannot be read ({statuses}): a word the status vocabulary does not hold, or a partial refund without a refunded-amount column. Rather than guess, the file's orders are left out of the order, revenue and customer figures. Unmap the status column to count every row, or fix the statuses in the file.",
        IssueKind::RowsWithoutCustomer { .. } => "{count} row(s) have no customer: they count in orders and revenue, but not in customers, churn, retention, cohorts or orders per customer.",
        IssueKind::UnclassifiedOutcome { .. } => "The stage {value} ({rows} row(s)) reads as neither won, lost nor open. Customers, revenue, win rate, pipeline and the figures built on them are not shown until you say which it is (Mapping of this file).",
        IssueKind::OutcomeAssumed => "The file has no stage, status or won/closed column: every deal with a close date is counted as won.",
        IssueKind::ExcelDamage { .. } => "{count} cell(s) look like dates Excel made out of ranges such as 1-5 (e.g. {examples}). They were kept as written; export the file again without opening it in Excel to get the original values.",
    }
}

/// The template of a review's rationale; `_days` is the plural form of `{days}`.
pub(super) fn review(r: ReviewRule, _days: Plural) -> &'static str {
    match r {
        ReviewRule::Nurture => "Nurture programs: every {days} days after the last review.",
        ReviewRule::AutomationFirst => "New automation rule: first review {days} days after set-up, to catch mistakes early.",
        ReviewRule::Automation => "Automation rules: every {days} days after the last review.",
        ReviewRule::Scoring => "Scoring rules: every {days} days until tuned (mark it tuned for twice a year).",
        ReviewRule::ScoringTuned => "Tuned scoring rules: every {days} days.",
        ReviewRule::ScoringTrigger => "Now: fewer than {min} of this period's MQLs were accepted as SQLs.",
        ReviewRule::Assignment => "Lead assignment: every {days} days.",
        ReviewRule::AssignmentSalesCycle => "Lead assignment: every sales cycle ({days} days, the measured median), which is longer than a quarter.",
        ReviewRule::ContentGroup => "Content is reviewed as one group, every {days} days from its stalest item.",
        ReviewRule::Other => "Every {days} days.",
        ReviewRule::Unknown => "No set-up or review date: review now to start the clock.",
    }
}

/// The template of an attribution model's definition; `_days` is the plural form of
/// the half-life.
pub(super) fn model(m: Model, _days: Plural) -> &'static str {
    match m {
        Model::FirstTouch => "All of it to the first touch.",
        Model::LastTouch => "All of it to the last touch on or before the won date.",
        Model::Linear => "An equal share to every touch.",
        Model::UShaped => "40% to the first touch, 40% to the last, 20% spread over the touches between (one touch: 100%; two: 50/50).",
        Model::UShaped5050 => "Half to the first touch, half to the last, nothing between.",
        Model::WShaped => "30% to the first touch, 30% to the last touch at or before the lead became an MQL (else an opportunity, else the middle touch), 30% to the last, 10% over the others.",
        Model::FullPath => "22.5% each to the first touch, the MQL touch, the opportunity touch and the last touch (the close), 10% over the others; an unknown milestone's share goes to the touches between.",
        Model::TimeDecay => "Each touch weighs half as much for every {days} days between it and the win.",
        Model::Custom => "Your weights: first {first}, middle {middle} (spread over the touches between), last {last}.",
    }
}

/// The page's own text.
pub(super) fn ui(u: Ui) -> &'static str {
    match u {
        Ui::Title => "Marketing audit",
        Ui::Tagline => {
            "Drop your exports. Everything is computed in this page; nothing leaves your browser."
        }
        Ui::Language => "Language",
        Ui::DropHere => "Drop your exports here (CSV, Excel .xlsx, .zip), or choose files",
        Ui::DropHint => "Ads, email, CRM, web analytics — read in this page only.",
        Ui::LoadDemo => "Load demo",
        Ui::Clear => "Clear",
        Ui::ExportJson => "Export JSON",
        Ui::ExportCsv => "Export CSV",
        Ui::Print => "Print",
        Ui::PaidMedia => "Paid media",
        Ui::FunnelAndCustomers => "Funnel and customers",
        Ui::WebAnalytics => "Web analytics",
        Ui::SocialPosts => "Social posts",
        Ui::CampaignResponses => "Campaign responses",
        Ui::AutomationAudit => "Marketing automation audit",
        Ui::Attribution => "Attribution of deal revenue",
        Ui::Goals => "Goals and hypotheses",
        Ui::Notes => "Decisions and notes",
        Ui::Sheet => "Living audit sheet",
        Ui::SaveReopen => "Save and reopen",
        Ui::Files => "Files",
        Ui::Cohorts => "Retention by acquisition cohort (quarter of first order)",
        Ui::ReviewSchedule => "Review schedule",
        Ui::WhyAuditNow => "Why audit now",
        Ui::HeadlineCharts => "Headline KPIs over the last 12 months",
        Ui::Trends => "Trends",
        Ui::LongTerm => "Long term: rising and fading",
        Ui::LeadVelocity => "Lead velocity",
        Ui::MqlAcceptance => "MQL → SQL acceptance",
        Ui::Forecast => "Forecast",
        Ui::Precedes => "What precedes each stage",
        Ui::Offline => {
            "marketing-audit works offline and sends no request after the page has loaded. "
        }
        Ui::ColFile => "File",
        Ui::ColKind => "Kind",
        Ui::ColRowsRead => "Rows read",
        Ui::ColUsed => "Used",
        Ui::ColSkipped => "Skipped",
        Ui::ColRepaired => "Repaired",
        Ui::ColHowRead => "How it was read",
        Ui::ColLine => "Line",
        Ui::ColColumn => "Column",
        Ui::ColAction => "Action",
        Ui::ColReason => "Reason",
        Ui::ColText => "Text",
        Ui::ColStageOrStatus => "Stage or status",
        Ui::ColRows => "Rows",
        Ui::ColCountsAs => "Counts as",
        Ui::ColField => "Field",
        Ui::ColConfidence => "Confidence",
        Ui::ColDone => "Done",
        Ui::ColResult => "Result",
        Ui::ColCheck => "Check",
        Ui::ColEvidence => "Evidence",
        Ui::ColProgram => "Program",
        Ui::ColType => "Type",
        Ui::ColOwner => "Owner",
        Ui::ColLastReview => "Last review",
        Ui::ColNextReview => "Next review",
        Ui::ColStatus => "Status",
        Ui::ColWhyThisDate => "Why this date",
        Ui::ColTotal => "Total",
        Ui::ColTrend => "Trend",
        Ui::ColCohort => "Cohort",
        Ui::ColKpi => "KPI",
        Ui::ColBaseline => "Baseline",
        Ui::CrashTitle => "Something went wrong: the page stopped working",
        Ui::CrashBody => "What is on the screen stays as it was, and it can still be printed from the browser's menu. Your files never left this device. Audits saved in this browser are kept: reload the page to start again and reopen one.",
        Ui::CrashReport => "To report it, copy the text below into your report (check it first: it may quote a value from your files).",
        Ui::ColPearson => "Pearson r",
        Ui::ColSpearman => "Spearman ρ",
        Ui::ColAccepted => "Accepted",
        Ui::ColCustomers => "Customers",
        Ui::ColDaysInStageWeeks => "Days in stage (weeks)",
        Ui::ColDays => "Days",
        Ui::ColEntries => "Entries",
        Ui::ColLead => "Lead",
        Ui::ColLeadsNow => "Leads now",
        Ui::VelocityFunnelNote => "Leads that reached each stage, and the share of the stage before that went on.",
        Ui::ColLift => "Lift",
        Ui::ColLimit => "Limit",
        Ui::ColMqlCohort => "MQL cohort",
        Ui::ColMqls => "MQLs",
        Ui::ColMeanDays => "Mean days",
        Ui::ColMedianDays => "Median days",
        Ui::ColMedian => "Median",
        Ui::MqlAlarm => "Fewer than {min} of the MQLs were accepted: review the scoring rules now.",
        Ui::ColReEntries => "Re-entries",
        Ui::ColReaching => "Reaching",
        Ui::ColShare => "Share",
        Ui::ColSince => "Since",
        Ui::ColSource => "Source",
        Ui::ColStage => "Stage",
        Ui::ColStillInStage => "Still in stage",
        Ui::ColToNextStage => "To next stage",
        Ui::CorrelationNotCausation => "Correlation is not causation. ",
        Ui::NoTrend => "Fewer than three periods with data: no trend to fit.",
        Ui::ColLag => "Lag",
        Ui::ColPoints => "Points",
        Ui::CorrelationWarning => "Two series can move together because a third thing drives both, or by chance over few periods. Treat a strong correlation as a hypothesis to test with a controlled change, never as a conclusion.",
        Ui::AttributionNote => "Attribution models divide credit by rule; none measures what a touch caused. Only touches on or before a deal's won date count, and a channel the files do not record cannot get credit.",
        Ui::ModelParameters => "Model parameters",
        Ui::EmailRatesDivideBy => "Email rates divide by ",
        Ui::EngagementDividesBy => "Engagement rate divides by ",
        Ui::IncludeLabour => " Include labour cost in cost, ROI and return on sales",
        Ui::GrossMargin => "Gross margin % ",
        Ui::HourlyRate => "Hourly rate ",
        Ui::Periods => "Periods: ",
        Ui::DeliveredEmails => "delivered emails",
        Ui::SentEmails => "sent emails",
        Ui::OptImpressions => "impressions",
        Ui::OptFollowers => "followers",
        Ui::Definitions => "Definitions of every number: docs/metrics.md in the project.",
    }
}

/// The template of a heading with values.
pub(super) fn heading(h: Heading) -> &'static str {
    match h {
        Heading::Headline => "Headline KPIs — {period}",
        Heading::TableTitle => "{title} — {period}",
        Heading::EmailHealth => "Email health by {bucket}",
        Heading::CustomersBy => "Customers by {bucket}",
        Heading::ChannelMix => "Channel mix of spend by {bucket}",
        Heading::Checklist => {
            "Checklist — {critical} critical, {warnings} warnings, {passed} passed"
        }
        Heading::RowIssues => "Row issues and import notes ({count}, {skipped} skipped)",
        Heading::SalesCycle => "Sales cycle: median {median}, mean {mean} ({count} customers)",
        Heading::SinceLastPeriod => "Since last period{period}",
    }
}

/// "day" after a number, in the form the number asks for.
pub(super) fn days_noun(p: Plural) -> &'static str {
    match p {
        Plural::One => "day",
        Plural::Few => "days",
        Plural::Many => "days",
    }
}

/// The words that lead a reader around the audit.
pub(super) fn guide(g: super::Guide) -> &'static str {
    use super::Guide;
    match g {
        Guide::VerdictTitle => "What the audit found",
        Guide::DataLine => "{period} audited, as of {as_of}; data from {from} to {to}; files read: {files}; rows used: {rows}.",
        Guide::NoData => "No files yet: drop your exports, or load the demo.",
        Guide::NoDates => "Files read: {files}; rows used: {rows}. No row carries a date, so the audit covers the whole file, with no periods.",
        Guide::FindingsTitle => "Critical findings and warnings",
        Guide::NothingFlagged => "Nothing critical and no warning: every check passed or had no data.",
        Guide::WhatToDo => "What to do: ",
        Guide::DueTitle => "Due for review",
        Guide::NothingDue => "No program review is overdue or due soon.",
        Guide::DueOverdue => "{program}: overdue by {days} d",
        Guide::DueSoon => "{program}: due {date}, in {days} d",
        Guide::Sections => "Sections",
        Guide::DataAndSettings => "Data and settings",
        Guide::DataSummary => "files read: {files}; rows used: {rows}; rows skipped: {skipped}",
        Guide::SkipToVerdict => "Skip to what the audit found",
        Guide::NavChecklist => "Checklist",
        Guide::NavEmail => "Email health",
        Guide::NavCustomers => "Customers",
        Guide::NavRowIssues => "Row issues",
        Guide::Continued => "{title} (continued)",
        Guide::StatusReading => "Reading files: {count} left…",
        Guide::NewVersion => "A new version of marketing-audit is installed. Reload the page to use it; save your audit first if you want to keep this session's files and notes.",
        Guide::Reload => "Reload",
        Guide::StatusReady => "Audit ready; files read: {files}.",
        Guide::StatusFile => "Reading {file}: {done} of {total}, {rows} rows ({rate}/s, {row_rate} rows/s, about {left} left)",
        Guide::StatusComputing => "Computing the audit…",
        Guide::CancelReading => "Cancel",
        Guide::ReadingCancelled => "Reading cancelled: {files} left out. The audit shows the other files.",
        Guide::EngineStopped => "The audit engine stopped unexpectedly and was restarted. Left out: {files}. Your other files, settings and the last audit are kept; please report the file that caused it.",
        Guide::EngineOnPage => "This browser could not start the background engine, so the audit is computed on the page: large files may make it pause while they are read.",
        Guide::StatusEmpty => "No files yet: drop your exports above, or load the demo.",
        Guide::ChartRose => "{metric} rose {change} from {from} to {to}.",
        Guide::ChartFell => "{metric} fell {change} from {from} to {to}.",
        Guide::ChartSteady => "{metric} held steady from {from} to {to}, at {value}.",
        Guide::ChartFromZero => "{metric} went from 0 in {from} to {value} in {to}.",
        Guide::ChartLeader => "{group} leads with {value}, {share} of the total.",
        Guide::ChartThrough => "Of {first}, {share} reached {last}.",
    }
}

/// What to do about a rule that is critical or a warning.
pub(super) fn rule_action(r: RuleId) -> &'static str {
    match r {
        RuleId::BounceRate => "clean the list: remove hard bounces and re-confirm inactive addresses before the next send.",
        RuleId::SpamComplaints => "send only to people who opted in, make unsubscribing easy, and slow down the sends that draw complaints.",
        RuleId::Unsubscribes => "look at the sends that lost readers: how often, how relevant, and to whom they went.",
        RuleId::ListShrinking => "add sign-up points, and check that unsubscribes and bounces do not outpace new subscribers.",
        RuleId::LtvToCac => "lower the acquisition cost of the weakest channels, or raise customer value, before spending more.",
        RuleId::MqlAcceptance => "review the lead-scoring rules with sales now: the MQLs they reject are the wrong leads.",
        RuleId::HeadlineMove => "find the cause of each sharp move before the next period: a campaign, a tracking change or the season.",
        RuleId::LongTermFading => "decide for each fading series whether to fix it or to move its budget.",
        RuleId::StagnatingLeads => "give each stuck lead an owner and a next step, or close it.",
        RuleId::TooLittleData => "wait for a month of data, or add older exports, before drawing conclusions.",
        RuleId::PinnedCount => "pin 3 to 10 KPIs, so the headline stays focused.",
        RuleId::ReviewsOverdue => "book the overdue reviews (see the review schedule).",
    }
}

/// Sentences inside the views.
pub(super) fn sentence(s: super::Sentence) -> &'static str {
    use super::Sentence;
    match s {
        Sentence::EvidenceFigure => "{metric} — {group}: {value}",
        Sentence::EvidenceFigurePeriod => "{metric} — {group} in {period}: {value}",
        Sentence::EvidenceFigureBase => "{metric} — {group}: {value} (from {base})",
        Sentence::EvidenceFigurePeriodBase => "{metric} — {group} in {period}: {value} (from {base})",
        Sentence::DemoBadge => "Demo data.",
        Sentence::FilesList => "Files: {list}.",
        Sentence::PrintSettingsLabourIn => "Periods: {bucket}. Labour cost included in cost, ROI and CAC. Email rates divide by {email} emails. Engagement rate divides by {engagement}. Every figure's definition is under its table and in docs/metrics.md.",
        Sentence::PrintSettingsLabourOut => "Periods: {bucket}. Labour cost left out of cost. Email rates divide by {email} emails. Engagement rate divides by {engagement}. Every figure's definition is under its table and in docs/metrics.md.",
        Sentence::SaveNote => "A saved audit keeps the settings, mappings, pinned KPIs, goals, notes, the sheet and the figures, as one file on your device. Nothing is uploaded.",
        Sentence::IncludeRaw => "include the raw files",
        Sentence::SaveAudit => "Save audit",
        Sentence::OpenSaved => "Open a saved audit",
        Sentence::ForgetConfirm => "Click again to forget everything",
        Sentence::Forget => "Forget everything",
        Sentence::EarlierAudits => "Earlier audits saved in this browser ({n})",
        Sentence::Reopen => "Reopen",
        Sentence::Undated => "undated",
        Sentence::SavedBoth => "Saved to a file and to this browser's history.",
        Sentence::SavedFileOnly => "Saved to a file; this browser's history is unavailable ({error}).",
        Sentence::Reopened => "Audit reopened.",
        Sentence::ReopenedHistory => "Audit reopened from this browser's history.",
        Sentence::Forgotten => "Everything this page stored in the browser is gone.",
        Sentence::ForgetPartial => "Local storage cleared; the history database could not be deleted ({error}).",
        Sentence::ImportSheet => "Import last quarter's sheet",
        Sentence::ExportSheet => "Export sheet (CSV)",
        Sentence::ColAsset => "Asset",
        Sentence::SinceBaseline => "Since baseline",
        Sentence::SinceLastAudit => "Since last audit",
        Sentence::AddGoal => "Add goal",
        Sentence::GoalAtMost => "at most",
        Sentence::GoalAtLeast => "at least",
        Sentence::GoalTarget => "target",
        Sentence::GoalTargetPercent => "target %",
        Sentence::ReadingAtLine => "Line {line}: {note}",
        Sentence::ReadingAtCell => "Line {line} ({column}): {note}",
        Sentence::TotalFoundBySums => "the export's own total (found by its sums) was left out.",
        Sentence::TotalAgreesWithRows => "the export's own total was left out; it agrees with the rows.",
        Sentence::ForecastNote => "Assumes each stage's current leads (less those past the stagnation limit) move on at the historical next-step rate, after the stage's median time;",
        Sentence::ForecastStep => "{stage}: {current} now, {rate} → next, {median} median.",
        Sentence::ActionsNote => "Actions seen before entering a stage more often than before stage entries in general (lift > 1). Correlation, not causation: test a change before you credit an action.",
        Sentence::Histogram => "Histogram of days in {stage}",
        Sentence::StageCountsTitle => "Leads in each stage at the end of each period",
        Sentence::NotSet => "(not set)",
        Sentence::MeanDaysHint => "Latest finished stay per lead",
        Sentence::StillInStageHint => "Leads still in the stage: counted apart, not as finished stays",
        Sentence::AsOf => "As of",
        Sentence::HourlyRateHint => "Prices a labour-hours column: labour cost = hours × rate.",
        Sentence::GrossMarginHint => "For the margin ÷ churn CLV of order logs; leave empty if unknown.",
        Sentence::VsPeriod => "{change} vs {period}",
        Sentence::ByMonth => "{metric} by month",
        Sentence::ChooseHeadline => "Choose headline KPIs",
        Sentence::SplitBy => "Split by",
        Sentence::PeriodMenu => "Period",
        Sentence::WholeRange => "Whole range",
        Sentence::WholeRangeInTitle => "whole range",
        Sentence::FindGroup => "Find a group",
        Sentence::ShowAll => "Show all",
        Sentence::HowComputed => "How these numbers are computed",
        Sentence::Last12Months => "Last 12 months",
        Sentence::YearBefore => "A year before",
        Sentence::SeriesTotal => "Total",
        Sentence::ByMonthWithYearBefore => "{metric} by month, with the year before",
        Sentence::SpendStacked => "Spend per channel, stacked",
        Sentence::ByBucket => "{metric} {by}",
        Sentence::ByDimensionWholeRange => "{metric} by {dimension}, whole range",
        Sentence::RoseVsPrevious => "{group} rose {change} vs the period before",
        Sentence::RoseVsYearAgo => "{group} rose {change} vs a year before",
        Sentence::FellVsPrevious => "{group} fell {change} vs the period before",
        Sentence::FellVsYearAgo => "{group} fell {change} vs a year before",
        Sentence::NothingToFlag => "No change past both thresholds ({threshold} and a minimum amount), so nothing to flag.",
        Sentence::MovesWith => "Does {metric} move with {other}?",
        Sentence::SecondMetric => "Second metric",
        Sentence::SamePeriod => "same period",
        Sentence::HypothesisTogether => "Hypothesis to test: {a} and {b} move together in the same period. Change one on purpose (in one campaign, for one period) and watch the other.",
        Sentence::HypothesisOpposite => "Hypothesis to test: {a} and {b} move in opposite directions in the same period. Change one on purpose (in one campaign, for one period) and watch the other.",
        Sentence::NoCorrelation => "No correlation strong enough (|r| ≥ {r}, {points} points or more) to suggest a hypothesis.",
        Sentence::Tuned => "tuned",
        Sentence::NoDataForCheck => "No data for this check.",
        Sentence::InventoryPrompt => "Drop a program inventory (program, type, set-up date, last review, owner), or add programs below, to get each program's next review date.",
        Sentence::AddToCalendar => "Add to calendar (.ics)",
        Sentence::IcsSummary => "Review: {program}",
        Sentence::StatusOverdue => "overdue by {days} d",
        Sentence::StatusDueSoon => "due in {days} d",
        Sentence::StatusScheduled => "in {days} d",
        Sentence::ThresholdsTitle => "Thresholds and review cadences",
        Sentence::BounceWarning => "Bounce warning %",
        Sentence::BounceCritical => "Bounce critical %",
        Sentence::SpamWarning => "Spam warning %",
        Sentence::SpamCritical => "Spam critical %",
        Sentence::UnsubscribesPerSend => "Unsubscribes per send %",
        Sentence::LtvCacMinimum => "LTV : CAC minimum",
        Sentence::MqlAcceptanceMinimum => "MQL acceptance minimum %",
        Sentence::ShortTermChange => "Short-term change %",
        Sentence::ShortTermPoints => "… and for rates, points",
        Sentence::MinimumDays => "Minimum days of data",
        Sentence::StagnatingAfter => "{stage}, stagnating after (days)",
        Sentence::NurtureDays => "Nurture, days",
        Sentence::AutomationFirst => "Automation, first review after",
        Sentence::AutomationEvery => "Automation, then every",
        Sentence::ScoringDays => "Scoring, days",
        Sentence::ScoringTunedDays => "Scoring once tuned, days",
        Sentence::AssignmentDays => "Lead assignment, days",
        Sentence::ContentDays => "Content group, days",
        Sentence::DueSoonDays => "Due soon within, days",
        Sentence::ListSize => "List size {value} (was {base})",
        Sentence::EveryRowUsed => "Every row of every file was used as is.",
        Sentence::FilterIssues => "Filter issues",
        Sentence::ExportIssues => "Export issues as CSV",
        Sentence::ExportToSeeAll => "Export the list to see all at once.",
        Sentence::Detected => "Detected ({detected})",
        Sentence::KindMenu => "Kind",
        Sentence::EncodingMenu => "Encoding",
        Sentence::NumbersMenu => "Numbers",
        Sentence::DatesMenu => "Dates",
        Sentence::DayFirst => "Day first (31/12)",
        Sentence::MonthFirst => "Month first (12/31)",
        Sentence::AmbiguousDates => "Dates such as 03/04 could be 3 April or 4 March, and no date in this file tells.",
        Sentence::WhichStages => "Which of these stages are won, lost or still open? Customers, revenue, win rate and pipeline are not shown until every deal is known.",
        Sentence::NoGoal => "No goal yet. For each KPI you want to move: what do you believe will move it, by how much, by when?",
        Sentence::WasRealistic => "Was it realistic?",
        Sentence::WhatWeLearned => "What we learned",
        Sentence::DecisionsPlaceholder => "What was decided in this audit, and by whom.",
        Sentence::DecisionsLabel => "Decisions and notes",
        Sentence::ColHypothesis => "Hypothesis",
        Sentence::ColTarget => "Target",
        Sentence::ColBy => "By",
        Sentence::ColRealistic => "Realistic?",
        Sentence::Yes => "yes",
        Sentence::No => "no",
        Sentence::Remove => "Remove",
        Sentence::ThinData => "few data",
        Sentence::ThinDataHint => "Fewer than {clicks} clicks or {leads} leads: rates this small move a lot by chance.",
        Sentence::SourcesFrom => "From: {files}.",
        Sentence::EmailNote => "Open, click, unsubscribe and complaint rates divide by {base} emails; click-to-open divides by unique opens.",
        Sentence::ChurnNote => "A customer active in the previous period with no order in this one has churned; retention is 1 − churn.",
        Sentence::CohortOffset => "+{k} q",
        Sentence::MetricMenu => "Metric",
        Sentence::Fit => "(fit r² {r})",
        Sentence::EnteredInPage => "Entered in the page:",
        Sentence::RemoveNamed => "Remove {name}",
        Sentence::SetUp => "Set up",
        Sentence::DateAs => "Write the date as {pattern}",
        Sentence::AddProgram => "Add program",
        Sentence::RemoveFile => "Remove this file",
        Sentence::ColumnNamed => "{header} (col {n})",
        Sentence::ColumnNumber => "col {n}",
        Sentence::ResetToDetected => "Reset to detected",
        Sentence::OutcomeOfStage => "Outcome of stage {stage}",
        Sentence::NotKnown => "— not known —",
        Sentence::YourChoice => "your choice",
        Sentence::FieldOfColumn => "Field of column {column}",
        Sentence::NotUsed => "— not used —",
        Sentence::FilesAndActions => "Files and actions",
        Sentence::FormulaSettings => "Formula settings",
        Sentence::FunnelName => "Funnel",
        Sentence::FunnelTitle => "Funnel: leads reaching each stage",
        Sentence::NoDataToDraw => "{title}: no data to draw.",
        Sentence::HypothesisPlaceholder => "Hypothesis: what will move it",
        Sentence::Direction => "Direction",
        Sentence::AttributionTouched => "{touched} of {deals} won deals had a touch on or before the win ({touches} touchpoints read); each model divides their revenue among those touches.",
        Sentence::AttributionUnattributed => "Deals with no touch before the win: {count} ({revenue} of revenue), left out of every column.",
        Sentence::RowsMenu => "Rows",
        Sentence::HalfLifeDays => "Time decay half-life, days",
        Sentence::CustomFirst => "Custom: first",
        Sentence::CustomMiddle => "Custom: middle",
        Sentence::CustomLast => "Custom: last",
        Sentence::GoalPending => "pending (now {now})",
        Sentence::GoalHit => "hit: {actual} ({margin} better)",
        Sentence::GoalMissed => "missed: {actual} ({short} short)",
    }
}

/// Sentences about a count, in each plural form.
pub(super) fn counted(c: super::Counted, p: Plural) -> &'static str {
    use super::Counted;
    use Plural::*;
    match (c, p) {
        (Counted::MqlsAccepted, One) => "{accepted} of {n} MQL accepted; {pending} still waiting.",
        (Counted::MqlsAccepted, Few | Many) => {
            "{accepted} of {n} MQLs accepted; {pending} still waiting."
        }
        (Counted::WonBeforeContact, One) => {
            "{n} deal won before first contact was left out as a data issue."
        }
        (Counted::WonBeforeContact, Few | Many) => {
            "{n} deals won before first contact were left out as data issues."
        }
        (Counted::Stagnating, One) => "{n} stagnating lead (past the stage's limit)",
        (Counted::Stagnating, Few | Many) => "{n} stagnating leads (past the stage's limit)",
        (Counted::LongestShown, One | Few | Many) => "The {n} longest shown; the export lists all.",
        (Counted::ShowingGroups, One) => "Showing {shown} of {n} group.",
        (Counted::ShowingGroups, Few | Many) => "Showing {shown} of {n} groups.",
        (Counted::ShowingGroupsMatching, One) => "Showing {shown} of {n} group ({matching} match “{search}”).",
        (Counted::ShowingGroupsMatching, Few | Many) => "Showing {shown} of {n} groups ({matching} match “{search}”).",
        (Counted::ShowTop, One | Few | Many) => "Show the top {n}",
        (Counted::PeriodsLater, One) => "{n} period later",
        (Counted::PeriodsLater, Few | Many) => "{n} periods later",
        (Counted::HypothesisFollows, One) => "Hypothesis to test: {b} follows {a} {n} period later. Try a controlled change and check whether the effect arrives with that delay.",
        (Counted::HypothesisFollows, Few | Many) => "Hypothesis to test: {b} follows {a} {n} periods later. Try a controlled change and check whether the effect arrives with that delay.",
        (Counted::HypothesisAgainst, One) => "Hypothesis to test: {b} moves against {a} {n} period later. Try a controlled change and check whether the effect arrives with that delay.",
        (Counted::HypothesisAgainst, Few | Many) => "Hypothesis to test: {b} moves against {a} {n} periods later. Try a controlled change and check whether the effect arrives with that delay.",
        (Counted::Checked, One | Few | Many) => "{n} checked.",
        (Counted::AndMore, One | Few | Many) => "… and {n} more",
        (Counted::DaysOfData, One) => "{group}: {n} day of data",
        (Counted::DaysOfData, Few | Many) => "{group}: {n} days of data",
        (Counted::DaysOverdue, One) => "{group}: {n} day overdue",
        (Counted::DaysOverdue, Few | Many) => "{group}: {n} days overdue",
        (Counted::KpisPinned, One) => "{n} KPI pinned",
        (Counted::KpisPinned, Few | Many) => "{n} KPIs pinned",
        (Counted::StagnatingEvidence, One) => "Lead {lead} in {stage} for {n} day (limit {limit})",
        (Counted::StagnatingEvidence, Few | Many) => "Lead {lead} in {stage} for {n} days (limit {limit})",
        (Counted::ColumnsMapped, One) => "{mapped} of {n} column mapped · {encoding} · {delimiter}",
        (Counted::ColumnsMapped, Few | Many) => "{mapped} of {n} columns mapped · {encoding} · {delimiter}",
        (Counted::CrmJoined, One) => "CRM files joined on the lead id: {n} lead.",
        (Counted::CrmJoined, Few | Many) => "CRM files joined on the lead id: {n} leads.",
        (Counted::ShowingIssues, One | Few | Many) => "Showing {shown} of {n}.",
        (Counted::ShowMore, One | Few | Many) => "Show {n} more",
        (Counted::PrintedFirst, One) => "The first {shown} of {n} is printed; the export has them all.",
        (Counted::PrintedFirst, Few | Many) => "The first {shown} of {n} are printed; the export has them all.",
        (Counted::ShowingStageValues, One) => "Showing {shown} of {n} stage value.",
        (Counted::ShowingStageValues, Few | Many) => "Showing {shown} of {n} stage values.",
        (Counted::ShowingColumns, One) => "Showing the first {shown} of {n} column, and every mapped one.",
        (Counted::ShowingColumns, Few | Many) => "Showing the first {shown} of {n} columns, and every mapped one.",
        (Counted::StageValueRows, One) => "{value} ({n} row)",
        (Counted::StageValueRows, Few | Many) => "{value} ({n} rows)",
        (Counted::PinAdvice, One) => "{n} headline KPI pinned; audit guides recommend {min} to {max}.",
        (Counted::PinAdvice, Few | Many) => "{n} headline KPIs pinned; audit guides recommend {min} to {max}.",
        (Counted::Slope, One) => "{group}: {slope} per {bucket} over {n} {bucket}{fit}",
        (Counted::Slope, Few | Many) => "{group}: {slope} per {bucket} over {n} {bucket}s{fit}",
        (Counted::DealsUnmatched, One) => "{n} deal matches no lead and counts as a customer with no source: {deals}.",
        (Counted::DealsUnmatched, Few | Many) => "{n} deals match no lead and count as customers with no source: {deals}.",
        (Counted::LeadsWithoutStages, One) => "{n} lead appears in no stage-change file.",
        (Counted::LeadsWithoutStages, Few | Many) => "{n} leads appear in no stage-change file.",
        (Counted::MoreInRowIssues, One | Few | Many) => "… and {n} more in the row issues below.",
    }
}
