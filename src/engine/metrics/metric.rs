//! Metric ids and their formulas: one small function per metric.
//!
//! Every ratio is a ratio of sums (never a mean of row ratios) and is `None` when its
//! denominator is zero or missing — shown as "—", exported as `null`. Sums are exact
//! decimals; only the final quotient becomes an `f64`. The definitions are the ones in
//! `docs/metrics.md`, and a test keeps that file and [`MetricId::ALL`] in step.

use crate::engine::import::field::Field;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// A metric the audit computes. The `snake_case` id is stable: exports and saved
/// audits refer to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MetricId {
    /// Media spend.
    Spend,
    /// Ad impressions.
    Impressions,
    /// Unique people reached.
    Reach,
    /// Ad clicks.
    Clicks,
    /// Conversions.
    Conversions,
    /// Leads reported by the ad platforms.
    AdLeads,
    /// Revenue reported with the ad data.
    Revenue,
    /// Labour cost recorded with the ad data.
    LabourCost,
    /// Spend plus labour cost (when labour is included).
    Cost,
    /// Clicks ÷ impressions.
    Ctr,
    /// Spend ÷ clicks.
    Cpc,
    /// Spend ÷ impressions × 1,000.
    Cpm,
    /// Spend ÷ leads.
    Cpl,
    /// Spend ÷ conversions.
    CostPerConversion,
    /// Revenue ÷ spend.
    Roas,
    /// (Revenue − cost) ÷ cost.
    Roi,
    /// (Revenue − cost) ÷ revenue.
    ReturnOnSales,
    /// Conversions ÷ clicks.
    ClickToConversionRate,
    /// Emails sent.
    EmailsSent,
    /// Emails delivered.
    EmailsDelivered,
    /// Emails bounced.
    EmailBounces,
    /// Unique opens.
    EmailOpens,
    /// Unique email clicks.
    EmailClicks,
    /// Unsubscribes.
    EmailUnsubscribes,
    /// Spam complaints.
    EmailSpamComplaints,
    /// Delivered ÷ sent.
    DeliveryRate,
    /// Bounces ÷ sent.
    BounceRate,
    /// Unique opens ÷ the email base.
    OpenRate,
    /// Unique clicks ÷ the email base.
    ClickRate,
    /// Unique clicks ÷ unique opens.
    ClickToOpenRate,
    /// Unsubscribes ÷ the email base.
    UnsubscribeRate,
    /// Spam complaints ÷ the email base.
    SpamComplaintRate,
    /// Leads created (CRM).
    Leads,
    /// Leads entering MQL for the first time.
    Mqls,
    /// Leads entering SQL for the first time.
    Sqls,
    /// Leads that became customers (first won deal).
    Customers,
    /// Deals won.
    DealsWon,
    /// Revenue of deals won.
    DealRevenue,
    /// Deals lost (deals files with an outcome column).
    DealsLost,
    /// Deals won ÷ deals closed (won + lost).
    WinRate,
    /// Open deals in the export.
    DealsOpen,
    /// Sum of the amounts of the open deals.
    PipelineValue,
    /// Mean whole days from a won deal's create date to its close date.
    DaysToClose,
    /// SQLs ÷ MQLs.
    MqlToSqlRate,
    /// Customers ÷ leads.
    LeadToCustomerRate,
    /// Cost ÷ customers.
    Cac,
    /// Deal revenue ÷ deals won.
    AverageOrderValue,
    /// Deal revenue ÷ customers.
    Clv,
    /// CLV ÷ CAC.
    LtvToCac,
    /// Leads sitting in a stage (the group) at the end of the day or period.
    StageCount,
    /// Mean days of a lead's latest finished stay in a stage.
    TimeInStageDaysMean,
    /// Median days of a lead's latest finished stay in a stage.
    TimeInStageDaysMedian,
    /// 90th percentile of the days of a lead's latest finished stay in a stage.
    TimeInStageDaysP90,
    /// Leads that reached a stage ÷ leads that reached the stage before it.
    StageConversionRate,
    /// Mean whole days from first contact to the first won deal.
    SalesCycleDaysMean,
    /// Median whole days from first contact to the first won deal.
    SalesCycleDaysMedian,
    /// Unique visitors (users) of the website.
    Visitors,
    /// Website sessions.
    Sessions,
    /// Conversions (goal completions, key events) reported by web analytics.
    WebConversions,
    /// Leads (form submissions) reported by web analytics.
    WebLeads,
    /// Web leads ÷ visitors.
    VisitorToLeadRate,
    /// Web conversions ÷ sessions, grouped by landing page.
    LandingPageConversionRate,
    /// Likes + shares + comments + reposts of social posts.
    Engagements,
    /// Engagements ÷ impressions (or ÷ followers, a setting).
    EngagementRate,
    /// Orders (rows of a transactions file, else deals won).
    Orders,
    /// Revenue of the orders.
    TransactionRevenue,
    /// Orders ÷ active customers.
    PurchaseFrequency,
    /// Distinct customers with an order in the period.
    ActiveCustomers,
    /// Customers of the previous period without an order in this one ÷ customers of
    /// the previous period.
    ChurnRate,
    /// Customers of the previous period with an order in this one ÷ customers of the
    /// previous period (1 − churn rate).
    RetentionRate,
    /// Customers whose first order is in the period ÷ active customers.
    AcquisitionRate,
    /// Revenue per active customer × gross margin ÷ churn rate (the margin ÷ churn CLV).
    ClvMargin,
    /// Net new subscribers ÷ the list size at the start of the period.
    ListGrowthRate,
    /// The list size at the period's last send.
    ListSize,
    /// Cost (spend, plus labour when included) ÷ conversions.
    Cpa,
    /// Revenue of deals won from leads with a marketing source ÷ all deal revenue.
    MarketingInfluencedRevenueShare,
    /// Survey answers of 4 or 5 ÷ answers on the 1–5 scale.
    Csat,
    /// Contacts with a known campaign outcome.
    Contacts,
    /// Contacts whose outcome is yes.
    Responses,
    /// Responses ÷ contacts.
    ResponseRate,
    /// Orders cancelled, refunded, voided or failed (counted apart from orders).
    OrdersCancelled,
    /// Orders not paid yet (pending, authorised, on hold).
    OrdersPending,
    /// Revenue reported by email campaign exports.
    EmailRevenue,
    /// Orders reported by email campaign exports.
    EmailOrders,
    /// Email revenue ÷ the email base (delivered or sent).
    RevenuePerRecipient,
    /// Email orders ÷ the email base (delivered or sent).
    EmailOrderRate,
}

/// The unit of a metric's value, for formatting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Money in the data's currency.
    Money,
    /// A whole count.
    Count,
    /// A fraction shown as a percentage.
    Rate,
    /// A plain multiple, e.g. ROAS 3.2×.
    Multiple,
    /// A duration in days (whole-day durations; a mean can have decimals).
    Days,
}

impl MetricId {
    /// Every metric, in display order.
    pub const ALL: [MetricId; 86] = [
        MetricId::Spend,
        MetricId::Impressions,
        MetricId::Reach,
        MetricId::Clicks,
        MetricId::Conversions,
        MetricId::AdLeads,
        MetricId::Revenue,
        MetricId::LabourCost,
        MetricId::Cost,
        MetricId::Cpa,
        MetricId::Ctr,
        MetricId::Cpc,
        MetricId::Cpm,
        MetricId::Cpl,
        MetricId::CostPerConversion,
        MetricId::Roas,
        MetricId::Roi,
        MetricId::ReturnOnSales,
        MetricId::ClickToConversionRate,
        MetricId::Leads,
        MetricId::Mqls,
        MetricId::Sqls,
        MetricId::Customers,
        MetricId::DealsWon,
        MetricId::DealRevenue,
        MetricId::DealsLost,
        MetricId::WinRate,
        MetricId::DealsOpen,
        MetricId::PipelineValue,
        MetricId::DaysToClose,
        MetricId::MqlToSqlRate,
        MetricId::LeadToCustomerRate,
        MetricId::Cac,
        MetricId::AverageOrderValue,
        MetricId::Clv,
        MetricId::LtvToCac,
        MetricId::MarketingInfluencedRevenueShare,
        MetricId::EmailsSent,
        MetricId::EmailsDelivered,
        MetricId::EmailBounces,
        MetricId::EmailOpens,
        MetricId::EmailClicks,
        MetricId::EmailUnsubscribes,
        MetricId::EmailSpamComplaints,
        MetricId::DeliveryRate,
        MetricId::BounceRate,
        MetricId::OpenRate,
        MetricId::ClickRate,
        MetricId::ClickToOpenRate,
        MetricId::UnsubscribeRate,
        MetricId::SpamComplaintRate,
        MetricId::ListGrowthRate,
        MetricId::ListSize,
        MetricId::EmailOrders,
        MetricId::EmailRevenue,
        MetricId::RevenuePerRecipient,
        MetricId::EmailOrderRate,
        MetricId::Visitors,
        MetricId::Sessions,
        MetricId::WebConversions,
        MetricId::WebLeads,
        MetricId::VisitorToLeadRate,
        MetricId::LandingPageConversionRate,
        MetricId::Engagements,
        MetricId::EngagementRate,
        MetricId::Orders,
        MetricId::OrdersCancelled,
        MetricId::OrdersPending,
        MetricId::TransactionRevenue,
        MetricId::PurchaseFrequency,
        MetricId::ActiveCustomers,
        MetricId::ChurnRate,
        MetricId::RetentionRate,
        MetricId::AcquisitionRate,
        MetricId::ClvMargin,
        MetricId::Csat,
        MetricId::Contacts,
        MetricId::Responses,
        MetricId::ResponseRate,
        MetricId::StageCount,
        MetricId::TimeInStageDaysMean,
        MetricId::TimeInStageDaysMedian,
        MetricId::TimeInStageDaysP90,
        MetricId::StageConversionRate,
        MetricId::SalesCycleDaysMean,
        MetricId::SalesCycleDaysMedian,
    ];

    /// Metrics computed from the stage timeline of the CRM join (`velocity`), not from
    /// summed rows.
    pub const VELOCITY: [MetricId; 7] = [
        MetricId::StageCount,
        MetricId::TimeInStageDaysMean,
        MetricId::TimeInStageDaysMedian,
        MetricId::TimeInStageDaysP90,
        MetricId::StageConversionRate,
        MetricId::SalesCycleDaysMean,
        MetricId::SalesCycleDaysMedian,
    ];

    /// Metrics computed from paid-media rows and the CRM funnel together.
    pub const PAID: [MetricId; 37] = [
        MetricId::Spend,
        MetricId::Impressions,
        MetricId::Reach,
        MetricId::Clicks,
        MetricId::Conversions,
        MetricId::AdLeads,
        MetricId::Revenue,
        MetricId::LabourCost,
        MetricId::Cost,
        MetricId::Cpa,
        MetricId::Ctr,
        MetricId::Cpc,
        MetricId::Cpm,
        MetricId::Cpl,
        MetricId::CostPerConversion,
        MetricId::Roas,
        MetricId::Roi,
        MetricId::ReturnOnSales,
        MetricId::ClickToConversionRate,
        MetricId::Leads,
        MetricId::Mqls,
        MetricId::Sqls,
        MetricId::Customers,
        MetricId::DealsWon,
        MetricId::DealRevenue,
        MetricId::DealsLost,
        MetricId::WinRate,
        MetricId::DealsOpen,
        MetricId::PipelineValue,
        MetricId::DaysToClose,
        MetricId::MqlToSqlRate,
        MetricId::LeadToCustomerRate,
        MetricId::Cac,
        MetricId::AverageOrderValue,
        MetricId::Clv,
        MetricId::LtvToCac,
        MetricId::MarketingInfluencedRevenueShare,
    ];

    /// The funnel and customer metrics (a subset of [`MetricId::PAID`]).
    pub const FUNNEL: [MetricId; 18] = [
        MetricId::Leads,
        MetricId::Mqls,
        MetricId::Sqls,
        MetricId::Customers,
        MetricId::DealsWon,
        MetricId::DealRevenue,
        MetricId::DealsLost,
        MetricId::WinRate,
        MetricId::DealsOpen,
        MetricId::PipelineValue,
        MetricId::DaysToClose,
        MetricId::MqlToSqlRate,
        MetricId::LeadToCustomerRate,
        MetricId::Cac,
        MetricId::AverageOrderValue,
        MetricId::Clv,
        MetricId::LtvToCac,
        MetricId::MarketingInfluencedRevenueShare,
    ];

    /// Metrics that depend on which deals were won, lost or open: none of them exists
    /// while a deals file has rows with an unclassified outcome (see
    /// [`crate::engine::metrics::funnel::Join::unclassified`]); the lead velocity figures (time
    /// to the won stage, sales cycle) go with them.
    pub const DEAL_OUTCOMES: [MetricId; 14] = [
        MetricId::Customers,
        MetricId::DealsWon,
        MetricId::DealRevenue,
        MetricId::DealsLost,
        MetricId::WinRate,
        MetricId::DealsOpen,
        MetricId::PipelineValue,
        MetricId::DaysToClose,
        MetricId::LeadToCustomerRate,
        MetricId::Cac,
        MetricId::AverageOrderValue,
        MetricId::Clv,
        MetricId::LtvToCac,
        MetricId::MarketingInfluencedRevenueShare,
    ];

    /// Metrics computed from email-send rows.
    pub const EMAIL: [MetricId; 20] = [
        MetricId::EmailsSent,
        MetricId::EmailsDelivered,
        MetricId::EmailBounces,
        MetricId::EmailOpens,
        MetricId::EmailClicks,
        MetricId::EmailUnsubscribes,
        MetricId::EmailSpamComplaints,
        MetricId::DeliveryRate,
        MetricId::BounceRate,
        MetricId::OpenRate,
        MetricId::ClickRate,
        MetricId::ClickToOpenRate,
        MetricId::UnsubscribeRate,
        MetricId::SpamComplaintRate,
        MetricId::ListGrowthRate,
        MetricId::ListSize,
        MetricId::EmailOrders,
        MetricId::EmailRevenue,
        MetricId::RevenuePerRecipient,
        MetricId::EmailOrderRate,
    ];

    /// Metrics computed from web analytics rows.
    pub const WEB: [MetricId; 6] = [
        MetricId::Visitors,
        MetricId::Sessions,
        MetricId::WebConversions,
        MetricId::WebLeads,
        MetricId::VisitorToLeadRate,
        MetricId::LandingPageConversionRate,
    ];

    /// Metrics computed from social posts.
    pub const SOCIAL: [MetricId; 2] = [MetricId::Engagements, MetricId::EngagementRate];

    /// Metrics computed from the orders of each customer (transactions, else deals).
    pub const CUSTOMERS: [MetricId; 10] = [
        MetricId::Orders,
        MetricId::OrdersCancelled,
        MetricId::OrdersPending,
        MetricId::TransactionRevenue,
        MetricId::PurchaseFrequency,
        MetricId::ActiveCustomers,
        MetricId::ChurnRate,
        MetricId::RetentionRate,
        MetricId::AcquisitionRate,
        MetricId::ClvMargin,
    ];

    /// Metrics computed from survey answers.
    pub const SURVEYS: [MetricId; 1] = [MetricId::Csat];

    /// Metrics computed from campaign-response files.
    pub const RESPONSES: [MetricId; 3] = [
        MetricId::Contacts,
        MetricId::Responses,
        MetricId::ResponseRate,
    ];

    /// The stable id.
    pub fn id(self) -> &'static str {
        use MetricId::*;
        match self {
            Spend => "spend",
            Impressions => "impressions",
            Reach => "reach",
            Clicks => "clicks",
            Conversions => "conversions",
            AdLeads => "ad_leads",
            Revenue => "revenue",
            LabourCost => "labour_cost",
            Cost => "cost",
            Ctr => "ctr",
            Cpc => "cpc",
            Cpm => "cpm",
            Cpl => "cpl",
            CostPerConversion => "cost_per_conversion",
            Roas => "roas",
            Roi => "roi",
            ReturnOnSales => "return_on_sales",
            ClickToConversionRate => "click_to_conversion_rate",
            EmailsSent => "emails_sent",
            EmailsDelivered => "emails_delivered",
            EmailBounces => "email_bounces",
            EmailOpens => "email_opens",
            EmailClicks => "email_clicks",
            EmailUnsubscribes => "email_unsubscribes",
            EmailSpamComplaints => "email_spam_complaints",
            DeliveryRate => "delivery_rate",
            BounceRate => "bounce_rate",
            OpenRate => "open_rate",
            ClickRate => "click_rate",
            ClickToOpenRate => "click_to_open_rate",
            UnsubscribeRate => "unsubscribe_rate",
            SpamComplaintRate => "spam_complaint_rate",
            Leads => "leads",
            Mqls => "mqls",
            Sqls => "sqls",
            Customers => "customers",
            DealsWon => "deals_won",
            DealRevenue => "deal_revenue",
            DealsLost => "deals_lost",
            WinRate => "win_rate",
            DealsOpen => "deals_open",
            PipelineValue => "pipeline_value",
            DaysToClose => "days_to_close",
            MqlToSqlRate => "mql_to_sql_rate",
            LeadToCustomerRate => "lead_to_customer_rate",
            Cac => "cac",
            AverageOrderValue => "average_order_value",
            Clv => "clv",
            LtvToCac => "ltv_to_cac",
            StageCount => "stage_count",
            TimeInStageDaysMean => "time_in_stage_days_mean",
            TimeInStageDaysMedian => "time_in_stage_days_median",
            TimeInStageDaysP90 => "time_in_stage_days_p90",
            StageConversionRate => "stage_conversion_rate",
            SalesCycleDaysMean => "sales_cycle_days_mean",
            SalesCycleDaysMedian => "sales_cycle_days_median",
            Visitors => "visitors",
            Sessions => "sessions",
            WebConversions => "web_conversions",
            WebLeads => "web_leads",
            VisitorToLeadRate => "visitor_to_lead_rate",
            LandingPageConversionRate => "landing_page_conversion_rate",
            Engagements => "engagements",
            EngagementRate => "engagement_rate",
            Orders => "orders",
            TransactionRevenue => "transaction_revenue",
            PurchaseFrequency => "purchase_frequency",
            ActiveCustomers => "active_customers",
            ChurnRate => "churn_rate",
            RetentionRate => "retention_rate",
            AcquisitionRate => "acquisition_rate",
            ClvMargin => "clv_margin",
            ListGrowthRate => "list_growth_rate",
            ListSize => "list_size",
            Cpa => "cpa",
            MarketingInfluencedRevenueShare => "marketing_influenced_revenue_share",
            Csat => "csat",
            Contacts => "contacts",
            Responses => "responses",
            ResponseRate => "response_rate",
            OrdersCancelled => "orders_cancelled",
            OrdersPending => "orders_pending",
            EmailRevenue => "email_revenue",
            EmailOrders => "email_orders",
            RevenuePerRecipient => "revenue_per_recipient",
            EmailOrderRate => "email_order_rate",
        }
    }

    /// The metric with the given id.
    pub fn from_id(id: &str) -> Option<MetricId> {
        MetricId::ALL.into_iter().find(|m| m.id() == id)
    }

    /// How the value is formatted.
    pub fn unit(self) -> Unit {
        use MetricId::*;
        match self {
            Spend | Revenue | LabourCost | Cost | Cpc | Cpm | Cpl | CostPerConversion
            | DealRevenue | Cac | AverageOrderValue | Clv | TransactionRevenue | Cpa
            | EmailRevenue | RevenuePerRecipient | PipelineValue => Unit::Money,
            OrdersCancelled | OrdersPending | EmailOrders | DealsLost | DealsOpen => Unit::Count,
            WinRate => Unit::Rate,
            Impressions | Reach | Clicks | Conversions | AdLeads | EmailsSent | EmailsDelivered
            | EmailBounces | EmailOpens | EmailClicks | EmailUnsubscribes | EmailSpamComplaints
            | Leads | Mqls | Sqls | Customers | DealsWon | StageCount | Visitors | Sessions
            | WebConversions | WebLeads | Engagements | Orders | ActiveCustomers | ListSize => {
                Unit::Count
            }
            TimeInStageDaysMean
            | TimeInStageDaysMedian
            | TimeInStageDaysP90
            | SalesCycleDaysMean
            | SalesCycleDaysMedian
            | DaysToClose => Unit::Days,
            Ctr
            | Roi
            | ReturnOnSales
            | ClickToConversionRate
            | DeliveryRate
            | BounceRate
            | OpenRate
            | ClickRate
            | ClickToOpenRate
            | UnsubscribeRate
            | SpamComplaintRate
            | MqlToSqlRate
            | LeadToCustomerRate
            | StageConversionRate
            | VisitorToLeadRate
            | LandingPageConversionRate
            | EngagementRate
            | ChurnRate
            | RetentionRate
            | AcquisitionRate
            | ListGrowthRate
            | MarketingInfluencedRevenueShare
            | Csat
            | ResponseRate
            | EmailOrderRate => Unit::Rate,
            Contacts | Responses => Unit::Count,
            Roas | LtvToCac | PurchaseFrequency => Unit::Multiple,
            ClvMargin => Unit::Money,
        }
    }
}

/// Which way is good for a metric: colours and the checklist read changes with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Polarity {
    /// More is better (revenue, conversions, open rate).
    HigherIsBetter,
    /// Less is better (CAC, CPC, bounce rate).
    LowerIsBetter,
    /// Neither: more spend is a choice, not a result.
    Neutral,
}

impl MetricId {
    /// Whether a move by `change` (new − old) is good news for this metric: `Some(true)`
    /// when it is better, `Some(false)` when worse, `None` when the metric has no good
    /// direction or nothing moved. The one owner of "is up good?": the KPI colours, the
    /// checklist's headline moves and fading series, and the trends all ask it.
    pub fn judge(self, change: f64) -> Option<bool> {
        if change == 0.0 || !change.is_finite() {
            return None;
        }
        match self.polarity() {
            Polarity::HigherIsBetter => Some(change > 0.0),
            Polarity::LowerIsBetter => Some(change < 0.0),
            Polarity::Neutral => None,
        }
    }

    /// Which way is good.
    pub fn polarity(self) -> Polarity {
        use MetricId::*;
        match self {
            Spend | LabourCost | Cost | EmailsSent | StageCount | Contacts | OrdersPending
            | DealsOpen => Polarity::Neutral,
            Cpc
            | Cpm
            | Cpl
            | CostPerConversion
            | Cac
            | EmailBounces
            | EmailUnsubscribes
            | EmailSpamComplaints
            | BounceRate
            | UnsubscribeRate
            | SpamComplaintRate
            | TimeInStageDaysMean
            | TimeInStageDaysMedian
            | TimeInStageDaysP90
            | SalesCycleDaysMean
            | SalesCycleDaysMedian
            | ChurnRate
            | Cpa
            | OrdersCancelled
            | DealsLost
            | DaysToClose => Polarity::LowerIsBetter,
            Impressions
            | Reach
            | Clicks
            | Conversions
            | AdLeads
            | Revenue
            | Ctr
            | Roas
            | Roi
            | ReturnOnSales
            | ClickToConversionRate
            | EmailsDelivered
            | EmailOpens
            | EmailClicks
            | DeliveryRate
            | OpenRate
            | ClickRate
            | ClickToOpenRate
            | Leads
            | Mqls
            | Sqls
            | Customers
            | DealsWon
            | DealRevenue
            | WinRate
            | PipelineValue
            | MqlToSqlRate
            | LeadToCustomerRate
            | AverageOrderValue
            | Clv
            | LtvToCac
            | StageConversionRate
            | Visitors
            | Sessions
            | WebConversions
            | WebLeads
            | VisitorToLeadRate
            | LandingPageConversionRate
            | Engagements
            | EngagementRate
            | Orders
            | TransactionRevenue
            | PurchaseFrequency
            | ActiveCustomers
            | RetentionRate
            | AcquisitionRate
            | ClvMargin
            | ListGrowthRate
            | ListSize
            | MarketingInfluencedRevenueShare
            | Csat
            | Responses
            | ResponseRate
            | EmailRevenue
            | EmailOrders
            | RevenuePerRecipient
            | EmailOrderRate => Polarity::HigherIsBetter,
        }
    }
}

/// The denominator vendors disagree on for email rates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EmailBase {
    /// Divide by delivered emails (Mailchimp, Klaviyo; our default).
    Delivered,
    /// Divide by emails sent (some ESPs and older guides).
    Sent,
}

/// The denominator of the social engagement rate.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EngagementBase {
    /// Divide by impressions (engagement per view; our default).
    #[default]
    Impressions,
    /// Divide by followers (engagement per member of the audience, per post).
    Followers,
}

/// The choices that change what a formula divides by or adds up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Formulas {
    /// Add labour cost to spend in cost, CPA, ROI and return on sales.
    pub include_labour: bool,
    /// The base of open, click, unsubscribe and spam-complaint rates.
    pub email_base: EmailBase,
    /// The base of the social engagement rate.
    #[serde(default)]
    pub engagement_base: EngagementBase,
    /// Gross margin in basis points (4500 = 45%), entered by the user for the margin ÷
    /// churn CLV; `None` until entered.
    #[serde(default)]
    pub gross_margin_bp: Option<u32>,
    /// Hourly rate in cents that prices a labour-hours column; `None` until entered.
    #[serde(default)]
    pub hourly_rate_cents: Option<u32>,
}

impl Default for Formulas {
    fn default() -> Self {
        Formulas {
            include_labour: true,
            email_base: EmailBase::Delivered,
            engagement_base: EngagementBase::Impressions,
            gross_margin_bp: None,
            hourly_rate_cents: None,
        }
    }
}

/// What a sum adds up: a numeric column of the imports, or a count of funnel events.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// A numeric field of an imported file.
    Field(Field),
    /// Leads created.
    Leads,
    /// Leads entering MQL (first time).
    Mqls,
    /// Leads entering SQL (first time).
    Sqls,
    /// Leads becoming customers (first won deal).
    Customers,
    /// Deals won.
    Deals,
    /// Revenue of deals won.
    DealRevenue,
    /// Revenue of deals won from leads with a marketing source.
    InfluencedRevenue,
    /// Deals lost.
    DealsLost,
    /// Open deals.
    DealsOpen,
    /// Amounts of the open deals.
    PipelineValue,
    /// Whole days from create to close, summed over won deals that have both dates.
    CloseDays,
    /// Won deals that have both a create and a close date.
    DealsTimed,
    /// Likes + shares + comments + reposts.
    Engagements,
    /// Survey answers on the 1–5 scale.
    CsatAnswers,
    /// Survey answers of 4 or 5.
    CsatSatisfied,
    /// Placed orders (one per order id, or per transaction row without order ids).
    Orders,
    /// Revenue of the orders: placed orders, net of refunds and cancellations.
    OrderRevenue,
    /// Cancelled, refunded, voided or failed orders.
    OrdersCancelled,
    /// Orders not paid yet.
    OrdersPending,
    /// Placed orders that have a customer.
    CustomerOrders,
    /// Revenue of the orders that have a customer.
    CustomerRevenue,
    /// Distinct customers with an order in the period.
    ActiveCustomers,
    /// Distinct customers whose first order is in the period.
    NewCustomers,
    /// Distinct customers with an order in the previous period.
    PreviousCustomers,
    /// Customers of the previous period with no order in this one.
    ChurnedCustomers,
    /// List size on the first dated row of the period.
    ListStart,
    /// List size on the last dated row of the period.
    ListEnd,
    /// Contacts with a known campaign outcome.
    Contacts,
    /// Contacts whose outcome is yes.
    Responses,
}

impl From<Field> for Measure {
    fn from(f: Field) -> Self {
        Measure::Field(f)
    }
}

/// Sums of the measures over a group of rows. A measure is `None` when no row had a
/// value for it — which is different from a sum of zero.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sums {
    values: Vec<(Measure, Decimal)>,
}

impl Sums {
    /// Adds a value to a measure's sum. Overflow (beyond 7.9 × 10²⁸) saturates rather
    /// than wrapping, which no real export reaches.
    pub fn add(&mut self, measure: impl Into<Measure>, value: Decimal) {
        let measure = measure.into();
        match self.values.iter_mut().find(|(m, _)| *m == measure) {
            Some((_, sum)) => *sum = sum.saturating_add(value),
            None => self.values.push((measure, value)),
        }
    }

    /// Adds every sum of `other` to these.
    pub fn merge(&mut self, other: &Sums) {
        for (measure, value) in &other.values {
            self.add(*measure, *value);
        }
    }

    /// The sum of a measure, or `None` when no row had a value.
    pub fn get(&self, measure: impl Into<Measure>) -> Option<Decimal> {
        let measure = measure.into();
        self.values
            .iter()
            .find(|(m, _)| *m == measure)
            .map(|(_, v)| *v)
    }

    /// True when some row had a value for the measure.
    pub fn has(&self, measure: impl Into<Measure>) -> bool {
        self.get(measure).is_some()
    }

    /// These sums without `measures`.
    pub fn without(&self, measures: &[Measure]) -> Sums {
        Sums {
            values: self
                .values
                .iter()
                .filter(|(m, _)| !measures.contains(m))
                .copied()
                .collect(),
        }
    }
}

/// One computed value with the parts it came from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Value {
    /// The value, or `None` when undefined (zero or missing denominator, missing input).
    pub value: Option<f64>,
    /// The numerator (for a total: the total itself).
    pub numerator: Option<Decimal>,
    /// The denominator; `None` for totals.
    pub denominator: Option<Decimal>,
}

impl Value {
    fn total(sum: Option<Decimal>) -> Value {
        Value {
            value: sum.and_then(|s| s.to_f64()),
            numerator: sum,
            denominator: None,
        }
    }

    fn ratio(numerator: Option<Decimal>, denominator: Option<Decimal>, scale: Decimal) -> Value {
        let value = match (numerator, denominator) {
            (Some(n), Some(d)) if !d.is_zero() => n
                .checked_mul(scale)
                .and_then(|n| n.checked_div(d))
                .and_then(|q| q.to_f64())
                .filter(|v| v.is_finite()),
            _ => None,
        };
        Value {
            value,
            numerator,
            denominator,
        }
    }
}

/// Computes `metric` over `sums`.
pub fn compute(metric: MetricId, sums: &Sums, formulas: &Formulas) -> Value {
    use MetricId::*;
    let f = |field| sums.get(field);
    match metric {
        Spend => Value::total(f(Field::Spend)),
        Impressions => Value::total(f(Field::Impressions)),
        Reach => Value::total(f(Field::Reach)),
        Clicks => Value::total(f(Field::Clicks)),
        Conversions => Value::total(f(Field::Conversions)),
        AdLeads => Value::total(f(Field::Leads)),
        Revenue => Value::total(f(Field::Revenue)),
        LabourCost => Value::total(labour(sums, formulas)),
        Cost => Value::total(cost(sums, formulas)),
        Ctr => ctr(sums),
        Cpc => cpc(sums),
        Cpm => cpm(sums),
        Cpl => cpl(sums),
        CostPerConversion => cost_per_conversion(sums),
        Roas => roas(sums),
        Roi => roi(sums, formulas),
        ReturnOnSales => return_on_sales(sums, formulas),
        ClickToConversionRate => click_to_conversion_rate(sums),
        EmailsSent => Value::total(f(Field::Sent)),
        EmailsDelivered => Value::total(delivered(sums)),
        EmailBounces => Value::total(bounces(sums)),
        EmailOpens => Value::total(f(Field::Opens)),
        EmailClicks => Value::total(f(Field::Clicks)),
        EmailUnsubscribes => Value::total(f(Field::Unsubscribes)),
        EmailSpamComplaints => Value::total(f(Field::SpamComplaints)),
        DeliveryRate => delivery_rate(sums),
        BounceRate => bounce_rate(sums),
        OpenRate => over_email_base(f(Field::Opens), sums, formulas),
        ClickRate => over_email_base(f(Field::Clicks), sums, formulas),
        ClickToOpenRate => click_to_open_rate(sums),
        UnsubscribeRate => over_email_base(f(Field::Unsubscribes), sums, formulas),
        SpamComplaintRate => over_email_base(f(Field::SpamComplaints), sums, formulas),
        Leads => Value::total(sums.get(Measure::Leads)),
        Mqls => Value::total(sums.get(Measure::Mqls)),
        Sqls => Value::total(sums.get(Measure::Sqls)),
        Customers => Value::total(sums.get(Measure::Customers)),
        DealsWon => Value::total(sums.get(Measure::Deals)),
        DealRevenue => Value::total(sums.get(Measure::DealRevenue)),
        DealsLost => Value::total(sums.get(Measure::DealsLost)),
        WinRate => win_rate(sums),
        DealsOpen => Value::total(sums.get(Measure::DealsOpen)),
        PipelineValue => Value::total(sums.get(Measure::PipelineValue)),
        DaysToClose => days_to_close(sums),
        MqlToSqlRate => mql_to_sql_rate(sums),
        LeadToCustomerRate => lead_to_customer_rate(sums),
        Cac => cac(sums, formulas),
        AverageOrderValue => average_order_value(sums),
        Clv => clv(sums),
        LtvToCac => ltv_to_cac(sums, formulas),
        // Computed from the stage timeline by `velocity`, never from sums.
        StageCount
        | TimeInStageDaysMean
        | TimeInStageDaysMedian
        | TimeInStageDaysP90
        | StageConversionRate
        | SalesCycleDaysMean
        | SalesCycleDaysMedian => Value::total(None),
        Visitors => Value::total(f(Field::Visitors)),
        Sessions => Value::total(f(Field::Sessions)),
        WebConversions => Value::total(f(Field::Conversions)),
        WebLeads => Value::total(f(Field::Leads)),
        VisitorToLeadRate => visitor_to_lead_rate(sums),
        LandingPageConversionRate => landing_page_conversion_rate(sums),
        Engagements => Value::total(sums.get(Measure::Engagements)),
        EngagementRate => engagement_rate(sums, formulas),
        Orders => Value::total(sums.get(Measure::Orders)),
        TransactionRevenue => Value::total(sums.get(Measure::OrderRevenue)),
        PurchaseFrequency => purchase_frequency(sums),
        ActiveCustomers => Value::total(sums.get(Measure::ActiveCustomers)),
        ChurnRate => churn_rate(sums),
        RetentionRate => retention_rate(sums),
        AcquisitionRate => acquisition_rate(sums),
        ClvMargin => clv_margin(sums, formulas),
        ListGrowthRate => list_growth_rate(sums),
        ListSize => list_size(sums),
        Cpa => cpa(sums, formulas),
        MarketingInfluencedRevenueShare => marketing_influenced_revenue_share(sums),
        Csat => csat(sums),
        Contacts => Value::total(sums.get(Measure::Contacts)),
        Responses => Value::total(sums.get(Measure::Responses)),
        ResponseRate => response_rate(sums),
        OrdersCancelled => Value::total(sums.get(Measure::OrdersCancelled)),
        OrdersPending => Value::total(sums.get(Measure::OrdersPending)),
        EmailRevenue => Value::total(f(Field::Revenue)),
        EmailOrders => Value::total(f(Field::Orders)),
        RevenuePerRecipient => revenue_per_recipient(sums, formulas),
        EmailOrderRate => email_order_rate(sums, formulas),
    }
}

/// `revenue_per_recipient` = revenue reported by the email exports ÷ the email base
/// (delivered emails by default, or sent: the setting of the email rates). Email
/// revenue is the tool's own attribution and is never added to ad revenue.
pub fn revenue_per_recipient(sums: &Sums, formulas: &Formulas) -> Value {
    over_email_base(sums.get(Field::Revenue), sums, formulas)
}

/// `email_order_rate` = orders reported by the email exports ÷ the email base
/// (delivered or sent, as for the other email rates).
pub fn email_order_rate(sums: &Sums, formulas: &Formulas) -> Value {
    over_email_base(sums.get(Field::Orders), sums, formulas)
}

/// `visitor_to_lead_rate` = leads (form submissions) ÷ unique visitors, both from web
/// analytics files.
pub fn visitor_to_lead_rate(sums: &Sums) -> Value {
    Value::ratio(
        sums.get(Field::Leads),
        sums.get(Field::Visitors),
        Decimal::ONE,
    )
}

/// `landing_page_conversion_rate` = conversions ÷ sessions of web analytics files;
/// split by landing page, it is each page's conversion rate.
pub fn landing_page_conversion_rate(sums: &Sums) -> Value {
    Value::ratio(
        sums.get(Field::Conversions),
        sums.get(Field::Sessions),
        Decimal::ONE,
    )
}

/// `engagement_rate` = (likes + shares + comments + reposts) ÷ impressions, or
/// ÷ followers summed over the posts (each post's audience) when that base is chosen.
pub fn engagement_rate(sums: &Sums, formulas: &Formulas) -> Value {
    let base = match formulas.engagement_base {
        EngagementBase::Impressions => sums.get(Field::Impressions),
        EngagementBase::Followers => sums.get(Field::Followers),
    };
    Value::ratio(sums.get(Measure::Engagements), base, Decimal::ONE)
}

/// `purchase_frequency` = placed orders with a customer ÷ distinct customers with a
/// placed order in the period (orders without a customer are left out of both).
pub fn purchase_frequency(sums: &Sums) -> Value {
    Value::ratio(
        sums.get(Measure::CustomerOrders),
        sums.get(Measure::ActiveCustomers),
        Decimal::ONE,
    )
}

/// `churn_rate` = customers active in the previous period with no order in this one
/// ÷ customers active in the previous period.
pub fn churn_rate(sums: &Sums) -> Value {
    Value::ratio(
        sums.get(Measure::ChurnedCustomers),
        sums.get(Measure::PreviousCustomers),
        Decimal::ONE,
    )
}

/// `retention_rate` = customers active in the previous period who ordered again in
/// this one ÷ customers active in the previous period; 1 − `churn_rate`.
pub fn retention_rate(sums: &Sums) -> Value {
    let previous = sums.get(Measure::PreviousCustomers);
    let retained = previous
        .zip(sums.get(Measure::ChurnedCustomers))
        .map(|(p, c)| p.saturating_sub(c));
    Value::ratio(retained, previous, Decimal::ONE)
}

/// `clv_margin` = (revenue of the orders with a customer ÷ active customers) × gross
/// margin ÷ churn rate:
/// the margin a customer brings per period, over the expected number of periods they
/// stay (1 ÷ churn). Needs the gross margin, which no export carries: the user enters
/// it; without it the metric does not exist.
pub fn clv_margin(sums: &Sums, formulas: &Formulas) -> Value {
    let margin = formulas
        .gross_margin_bp
        .map(|bp| Decimal::new(i64::from(bp), 4));
    let per_customer = sums
        .get(Measure::CustomerRevenue)
        .zip(sums.get(Measure::ActiveCustomers))
        .and_then(|(r, a)| r.checked_div(a));
    let numerator = per_customer.zip(margin).and_then(|(p, m)| p.checked_mul(m));
    let churn = sums
        .get(Measure::ChurnedCustomers)
        .zip(sums.get(Measure::PreviousCustomers))
        .and_then(|(c, p)| c.checked_div(p));
    Value::ratio(numerator, churn, Decimal::ONE)
}

/// `response_rate` = contacts who said yes ÷ contacts with a known outcome.
pub fn response_rate(sums: &Sums) -> Value {
    Value::ratio(
        sums.get(Measure::Responses),
        sums.get(Measure::Contacts),
        Decimal::ONE,
    )
}

/// Reads a campaign outcome: yes, `y`, 1, true, accepted, subscribed … or no, `n`, 0,
/// false …, in every language of `locale::YES_NO` (`oui`, `já`, `da`, `sí`, `sim`,
/// `ja`, `sì` …); anything else is unknown (`None`) and counts nowhere.
pub fn outcome(text: &str) -> Option<bool> {
    match crate::engine::import::value::parse_yes_no(text) {
        crate::engine::import::value::Cell::Value(yes) => Some(yes),
        crate::engine::import::value::Cell::Missing
        | crate::engine::import::value::Cell::Invalid => None,
    }
}

/// `acquisition_rate` = customers whose first order is in the period ÷ active
/// customers of the period.
pub fn acquisition_rate(sums: &Sums) -> Value {
    Value::ratio(
        sums.get(Measure::NewCustomers),
        sums.get(Measure::ActiveCustomers),
        Decimal::ONE,
    )
}

/// `list_growth_rate` = (new subscribers − unsubscribes − bounces) ÷ list size at
/// the start of the period when the file has a new-subscribers column; otherwise
/// (list size at the end − at the start) ÷ list size at the start.
pub fn list_growth_rate(sums: &Sums) -> Value {
    let start = sums.get(Measure::ListStart);
    let net = match sums.get(Field::NewSubscribers) {
        Some(new) => {
            let lost = sums
                .get(Field::Unsubscribes)
                .unwrap_or_default()
                .saturating_add(sums.get(Field::Bounces).unwrap_or_default());
            Some(new.saturating_sub(lost))
        }
        None => sums
            .get(Measure::ListEnd)
            .zip(start)
            .map(|(e, s)| e.saturating_sub(s)),
    };
    Value::ratio(net, start, Decimal::ONE)
}

/// `list_size` = the list size at the last send of the period (the one stock of the
/// list: list growth and the checklist's "list shrinking" read it too).
pub fn list_size(sums: &Sums) -> Value {
    Value::total(sums.get(Measure::ListEnd))
}

/// `cpa` = cost (spend, plus labour when included) ÷ conversions of ad files.
pub fn cpa(sums: &Sums, formulas: &Formulas) -> Value {
    Value::ratio(
        cost(sums, formulas),
        sums.get(Field::Conversions),
        Decimal::ONE,
    )
}

/// `marketing_influenced_revenue_share` = revenue of deals won from leads with a
/// marketing source ÷ revenue of all deals won (see [`is_marketing_source`]).
pub fn marketing_influenced_revenue_share(sums: &Sums) -> Value {
    Value::ratio(
        sums.get(Measure::InfluencedRevenue),
        sums.get(Measure::DealRevenue),
        Decimal::ONE,
    )
}

/// True when a lead's source names a marketing touch: set, and not one of the
/// sources that say nobody knows or nobody marketed (`unknown`, `direct`, `other`,
/// `none`, `(not set)`, `offline`, `sales`, `n/a`, blank).
pub fn is_marketing_source(source: Option<&str>) -> bool {
    const NOT_MARKETING: &[&str] = &[
        "",
        "unknown",
        "direct",
        "other",
        "none",
        "(none)",
        "(not set)",
        "not set",
        "offline",
        "sales",
        "n/a",
    ];
    source.is_some_and(|s| !NOT_MARKETING.contains(&s.trim().to_lowercase().as_str()))
}

/// `csat` = answers of 4 or 5 ÷ answers on the 1–5 scale (answers outside it are
/// not counted).
pub fn csat(sums: &Sums) -> Value {
    Value::ratio(
        sums.get(Measure::CsatSatisfied),
        sums.get(Measure::CsatAnswers),
        Decimal::ONE,
    )
}

/// `mql_to_sql_rate` = leads entering SQL ÷ leads entering MQL, in the same period
/// (a flow ratio: this period's SQLs may come from last period's MQLs).
pub fn mql_to_sql_rate(sums: &Sums) -> Value {
    Value::ratio(
        sums.get(Measure::Sqls),
        sums.get(Measure::Mqls),
        Decimal::ONE,
    )
}

/// `lead_to_customer_rate` = new customers ÷ new leads, in the same period.
pub fn lead_to_customer_rate(sums: &Sums) -> Value {
    Value::ratio(
        sums.get(Measure::Customers),
        sums.get(Measure::Leads),
        Decimal::ONE,
    )
}

/// `cac` = acquisition cost (spend, plus labour when included) ÷ new customers.
pub fn cac(sums: &Sums, formulas: &Formulas) -> Value {
    Value::ratio(
        cost(sums, formulas),
        sums.get(Measure::Customers),
        Decimal::ONE,
    )
}

/// `win_rate` = deals won ÷ (deals won + deals lost), by close date, from deals files
/// with an outcome column (and the won deals of any other deals file).
pub fn win_rate(sums: &Sums) -> Value {
    let won = sums.get(Measure::Deals);
    let closed = won
        .zip(sums.get(Measure::DealsLost))
        .map(|(w, l)| w.saturating_add(l));
    Value::ratio(won, closed, Decimal::ONE)
}

/// `days_to_close` = whole days from create date to close date, summed over the won
/// deals that have both (and do not close before they open) ÷ those deals.
pub fn days_to_close(sums: &Sums) -> Value {
    Value::ratio(
        sums.get(Measure::CloseDays),
        sums.get(Measure::DealsTimed),
        Decimal::ONE,
    )
}

/// `average_order_value` = revenue of deals won ÷ deals won.
pub fn average_order_value(sums: &Sums) -> Value {
    Value::ratio(
        sums.get(Measure::DealRevenue),
        sums.get(Measure::Deals),
        Decimal::ONE,
    )
}

/// `clv` (historical) = revenue of deals won ÷ customers who won them.
pub fn clv(sums: &Sums) -> Value {
    Value::ratio(
        sums.get(Measure::DealRevenue),
        sums.get(Measure::Customers),
        Decimal::ONE,
    )
}

/// `ltv_to_cac` = CLV ÷ CAC, which reduces to deal revenue ÷ acquisition cost.
pub fn ltv_to_cac(sums: &Sums, formulas: &Formulas) -> Value {
    Value::ratio(
        sums.get(Measure::DealRevenue),
        cost(sums, formulas),
        Decimal::ONE,
    )
}

/// `cost` = spend + labour cost (when included and recorded). Source: spend and labour
/// columns of ad performance files.
pub fn cost(sums: &Sums, formulas: &Formulas) -> Option<Decimal> {
    let spend = sums.get(Field::Spend);
    match (spend, labour(sums, formulas)) {
        (Some(s), Some(l)) if formulas.include_labour => Some(s.saturating_add(l)),
        (None, Some(l)) if formulas.include_labour => Some(l),
        _ => spend,
    }
}

/// Labour cost: the labour-cost column, plus labour hours × the user's hourly rate when
/// both are known; `None` when neither is.
pub fn labour(sums: &Sums, formulas: &Formulas) -> Option<Decimal> {
    let rate = formulas
        .hourly_rate_cents
        .map(|c| Decimal::new(i64::from(c), 2));
    let priced = sums
        .get(Field::LabourHours)
        .zip(rate)
        .and_then(|(h, r)| h.checked_mul(r));
    match (sums.get(Field::LabourCost), priced) {
        (Some(c), Some(p)) => Some(c.saturating_add(p)),
        (c, p) => c.or(p),
    }
}

/// `ctr` = clicks ÷ impressions.
pub fn ctr(sums: &Sums) -> Value {
    Value::ratio(
        sums.get(Field::Clicks),
        sums.get(Field::Impressions),
        Decimal::ONE,
    )
}

/// `cpc` = spend ÷ clicks.
pub fn cpc(sums: &Sums) -> Value {
    Value::ratio(
        sums.get(Field::Spend),
        sums.get(Field::Clicks),
        Decimal::ONE,
    )
}

/// `cpm` = spend ÷ impressions × 1,000.
pub fn cpm(sums: &Sums) -> Value {
    Value::ratio(
        sums.get(Field::Spend),
        sums.get(Field::Impressions),
        Decimal::ONE_THOUSAND,
    )
}

/// `cpl` = spend ÷ leads reported by the ad platforms (per campaign, the only leads
/// a campaign can be credited with without attribution).
pub fn cpl(sums: &Sums) -> Value {
    Value::ratio(sums.get(Field::Spend), sums.get(Field::Leads), Decimal::ONE)
}

/// `cost_per_conversion` = spend ÷ conversions.
pub fn cost_per_conversion(sums: &Sums) -> Value {
    Value::ratio(
        sums.get(Field::Spend),
        sums.get(Field::Conversions),
        Decimal::ONE,
    )
}

/// `roas` = revenue ÷ spend.
pub fn roas(sums: &Sums) -> Value {
    Value::ratio(
        sums.get(Field::Revenue),
        sums.get(Field::Spend),
        Decimal::ONE,
    )
}

/// `roi` = (revenue − cost) ÷ cost.
pub fn roi(sums: &Sums, formulas: &Formulas) -> Value {
    let cost = cost(sums, formulas);
    let gain = sums
        .get(Field::Revenue)
        .zip(cost)
        .map(|(r, c)| r.saturating_sub(c));
    Value::ratio(gain, cost, Decimal::ONE)
}

/// `return_on_sales` = (revenue − cost) ÷ revenue — what some audit guides call "ROI".
pub fn return_on_sales(sums: &Sums, formulas: &Formulas) -> Value {
    let revenue = sums.get(Field::Revenue);
    let gain = revenue
        .zip(cost(sums, formulas))
        .map(|(r, c)| r.saturating_sub(c));
    Value::ratio(gain, revenue, Decimal::ONE)
}

/// `click_to_conversion_rate` = conversions ÷ clicks.
pub fn click_to_conversion_rate(sums: &Sums) -> Value {
    Value::ratio(
        sums.get(Field::Conversions),
        sums.get(Field::Clicks),
        Decimal::ONE,
    )
}

/// Delivered emails: the column when present, else sent − bounces.
pub fn delivered(sums: &Sums) -> Option<Decimal> {
    sums.get(Field::Delivered).or_else(|| {
        let (sent, bounced) = (sums.get(Field::Sent)?, sums.get(Field::Bounces)?);
        Some(sent.saturating_sub(bounced))
    })
}

/// Bounced emails: the column when present, else sent − delivered.
pub fn bounces(sums: &Sums) -> Option<Decimal> {
    sums.get(Field::Bounces).or_else(|| {
        let (sent, delivered) = (sums.get(Field::Sent)?, sums.get(Field::Delivered)?);
        Some(sent.saturating_sub(delivered))
    })
}

/// `delivery_rate` = delivered ÷ sent.
pub fn delivery_rate(sums: &Sums) -> Value {
    Value::ratio(delivered(sums), sums.get(Field::Sent), Decimal::ONE)
}

/// `bounce_rate` = bounces ÷ sent (a bounce is by definition not delivered).
pub fn bounce_rate(sums: &Sums) -> Value {
    Value::ratio(bounces(sums), sums.get(Field::Sent), Decimal::ONE)
}

/// `click_to_open_rate` = unique clicks ÷ unique opens.
pub fn click_to_open_rate(sums: &Sums) -> Value {
    Value::ratio(
        sums.get(Field::Clicks),
        sums.get(Field::Opens),
        Decimal::ONE,
    )
}

/// Open, click, unsubscribe and complaint rates divide by delivered or by sent.
fn over_email_base(numerator: Option<Decimal>, sums: &Sums, formulas: &Formulas) -> Value {
    let base = match formulas.email_base {
        EmailBase::Delivered => delivered(sums),
        EmailBase::Sent => sums.get(Field::Sent),
    };
    Value::ratio(numerator, base, Decimal::ONE)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sums(pairs: &[(Field, i64)]) -> Sums {
        let mut s = Sums::default();
        for &(f, v) in pairs {
            s.add(f, Decimal::from(v));
        }
        s
    }

    #[track_caller]
    fn check(metric: MetricId, pairs: &[(Field, i64)], formulas: Formulas, expected: Option<f64>) {
        let got = compute(metric, &sums(pairs), &formulas).value;
        match (got, expected) {
            (Some(g), Some(e)) => assert!((g - e).abs() < 1e-12, "{metric:?}: {g} != {e}"),
            _ => assert_eq!(got, expected, "{metric:?}"),
        }
    }

    #[test]
    fn paid_media_formulas() {
        use Field::*;
        let d = Formulas::default();
        check(
            MetricId::Ctr,
            &[(Clicks, 5), (Impressions, 200)],
            d,
            Some(0.025),
        );
        check(MetricId::Cpc, &[(Spend, 10), (Clicks, 4)], d, Some(2.5));
        check(
            MetricId::Cpm,
            &[(Spend, 10), (Impressions, 4000)],
            d,
            Some(2.5),
        );
        check(MetricId::Cpl, &[(Spend, 90), (Leads, 3)], d, Some(30.0));
        check(MetricId::AdLeads, &[(Leads, 3)], d, Some(3.0));
        check(
            MetricId::Roas,
            &[(Spend, 500), (Revenue, 3000)],
            d,
            Some(6.0),
        );
        check(
            MetricId::ClickToConversionRate,
            &[(Clicks, 4), (Conversions, 1)],
            d,
            Some(0.25),
        );
    }

    #[test]
    fn roi_and_return_on_sales_are_named_apart() {
        use Field::*;
        let d = Formulas::default();
        // The audit guides' example: 500 spent, 3,000 of sales.
        check(
            MetricId::Roi,
            &[(Spend, 500), (Revenue, 3000)],
            d,
            Some(5.0),
        );
        check(
            MetricId::ReturnOnSales,
            &[(Spend, 500), (Revenue, 3000)],
            d,
            Some(2500.0 / 3000.0),
        );
        // Labour is part of cost unless switched off.
        let with = &[(Spend, 500), (LabourCost, 500), (Revenue, 3000)];
        check(MetricId::Roi, with, d, Some(2.0));
        let without = Formulas {
            include_labour: false,
            ..d
        };
        check(MetricId::Roi, with, without, Some(5.0));
    }

    #[test]
    fn zero_or_missing_denominators_are_undefined() {
        use Field::*;
        let d = Formulas::default();
        check(MetricId::Ctr, &[(Clicks, 5), (Impressions, 0)], d, None);
        check(MetricId::Ctr, &[(Clicks, 5)], d, None);
        check(MetricId::Cpc, &[(Spend, 5), (Clicks, 0)], d, None);
        check(MetricId::Roi, &[(Spend, 0), (Revenue, 10)], d, None);
        check(MetricId::Roi, &[(Spend, 10)], d, None);
        check(MetricId::Revenue, &[(Spend, 10)], d, None);
        check(MetricId::Spend, &[(Spend, 0)], d, Some(0.0));
    }

    #[test]
    fn email_base_is_a_setting() {
        use Field::*;
        let data = &[(Sent, 1000), (Bounces, 200), (Opens, 400), (Clicks, 40)];
        let d = Formulas::default();
        check(MetricId::OpenRate, data, d, Some(0.5));
        check(
            MetricId::OpenRate,
            data,
            Formulas {
                email_base: EmailBase::Sent,
                ..d
            },
            Some(0.4),
        );
        check(MetricId::DeliveryRate, data, d, Some(0.8));
        check(MetricId::BounceRate, data, d, Some(0.2));
        check(MetricId::ClickToOpenRate, data, d, Some(0.1));
        check(MetricId::EmailsDelivered, data, d, Some(800.0));
    }

    #[test]
    fn email_revenue_per_recipient_and_order_rate_follow_the_email_base() {
        use Field::*;
        // 1,000 sent, 200 bounced: 800 delivered; 20 orders worth 1,200.
        let data = &[(Sent, 1000), (Bounces, 200), (Orders, 20), (Revenue, 1200)];
        let d = Formulas::default();
        let sent = Formulas {
            email_base: EmailBase::Sent,
            ..d
        };
        check(MetricId::EmailRevenue, data, d, Some(1200.0));
        check(MetricId::EmailOrders, data, d, Some(20.0));
        // 1,200 ÷ 800 = 1.5; ÷ 1,000 = 1.2.
        check(MetricId::RevenuePerRecipient, data, d, Some(1.5));
        check(MetricId::RevenuePerRecipient, data, sent, Some(1.2));
        // 20 ÷ 800 = 0.025; ÷ 1,000 = 0.02.
        check(MetricId::EmailOrderRate, data, d, Some(0.025));
        check(MetricId::EmailOrderRate, data, sent, Some(0.02));
        // Nothing delivered, or no base at all: undefined.
        check(
            MetricId::RevenuePerRecipient,
            &[(Delivered, 0), (Revenue, 5)],
            d,
            None,
        );
        check(MetricId::EmailOrderRate, &[(Orders, 5)], d, None);
    }

    #[test]
    fn funnel_and_customer_formulas() {
        let mut s = Sums::default();
        for (m, v) in [
            (Measure::Leads, 200),
            (Measure::Mqls, 40),
            (Measure::Sqls, 18),
            (Measure::Customers, 5),
            (Measure::Deals, 6),
            (Measure::DealRevenue, 30_000),
        ] {
            s.add(m, Decimal::from(v));
        }
        s.add(Field::Spend, Decimal::from(8_000));
        s.add(Field::LabourCost, Decimal::from(2_000));
        let d = Formulas::default();
        let v = |m| compute(m, &s, &d).value;
        assert_eq!(v(MetricId::MqlToSqlRate), Some(0.45));
        assert_eq!(v(MetricId::LeadToCustomerRate), Some(0.025));
        assert_eq!(v(MetricId::Cac), Some(2_000.0));
        assert_eq!(v(MetricId::AverageOrderValue), Some(5_000.0));
        assert_eq!(v(MetricId::Clv), Some(6_000.0));
        assert_eq!(v(MetricId::LtvToCac), Some(3.0));
        let without = Formulas {
            include_labour: false,
            ..d
        };
        assert_eq!(compute(MetricId::Cac, &s, &without).value, Some(1_600.0));
        // No customers: no CAC, not an infinite one.
        let mut none = Sums::default();
        none.add(Field::Spend, Decimal::from(5));
        none.add(Measure::Customers, Decimal::ZERO);
        assert_eq!(compute(MetricId::Cac, &none, &d).value, None);
    }

    #[track_caller]
    fn check_measures(
        metric: MetricId,
        pairs: &[(Measure, i64)],
        formulas: Formulas,
        expected: Option<f64>,
    ) {
        let mut s = Sums::default();
        for &(m, v) in pairs {
            s.add(m, Decimal::from(v));
        }
        let got = compute(metric, &s, &formulas).value;
        match (got, expected) {
            (Some(g), Some(e)) => assert!((g - e).abs() < 1e-12, "{metric:?}: {g} != {e}"),
            _ => assert_eq!(got, expected, "{metric:?}"),
        }
    }

    #[test]
    fn web_and_social_formulas() {
        use Field::*;
        let d = Formulas::default();
        check(
            MetricId::VisitorToLeadRate,
            &[(Leads, 5), (Visitors, 200)],
            d,
            Some(0.025),
        );
        check(
            MetricId::VisitorToLeadRate,
            &[(Leads, 5), (Visitors, 0)],
            d,
            None,
        );
        check(MetricId::VisitorToLeadRate, &[(Leads, 5)], d, None);
        check(
            MetricId::LandingPageConversionRate,
            &[(Conversions, 3), (Sessions, 60)],
            d,
            Some(0.05),
        );
        check(
            MetricId::LandingPageConversionRate,
            &[(Conversions, 3), (Sessions, 0)],
            d,
            None,
        );
        let social = [
            (Measure::Engagements, 30),
            (Measure::Field(Impressions), 1000),
            (Measure::Field(Followers), 300),
        ];
        check_measures(MetricId::EngagementRate, &social, d, Some(0.03));
        let by_followers = Formulas {
            engagement_base: EngagementBase::Followers,
            ..d
        };
        check_measures(MetricId::EngagementRate, &social, by_followers, Some(0.1));
        check_measures(
            MetricId::EngagementRate,
            &[(Measure::Engagements, 3), (Measure::Field(Impressions), 0)],
            d,
            None,
        );
        check_measures(
            MetricId::EngagementRate,
            &[(Measure::Engagements, 3), (Measure::Field(Impressions), 10)],
            by_followers,
            None,
        );
    }

    #[test]
    fn customer_formulas() {
        use Measure::*;
        let d = Formulas::default();
        // 14 orders, 2 of them without a customer (revenue 100): they count in orders
        // and revenue, not in the customer figures.
        let q = [
            (Orders, 14),
            (OrderRevenue, 700),
            (CustomerOrders, 12),
            (CustomerRevenue, 600),
            (ActiveCustomers, 8),
            (NewCustomers, 2),
            (PreviousCustomers, 10),
            (ChurnedCustomers, 4),
        ];
        check_measures(MetricId::PurchaseFrequency, &q, d, Some(1.5));
        check_measures(MetricId::ChurnRate, &q, d, Some(0.4));
        check_measures(MetricId::RetentionRate, &q, d, Some(0.6));
        check_measures(MetricId::AcquisitionRate, &q, d, Some(0.25));
        check_measures(MetricId::TransactionRevenue, &q, d, Some(700.0));
        check_measures(MetricId::Orders, &q, d, Some(14.0));
        // 600 ÷ 8 customers = 75 each; × 40% margin = 30 per period; ÷ churn 0.4 = 75.
        let margin = Formulas {
            gross_margin_bp: Some(4000),
            ..d
        };
        check_measures(MetricId::ClvMargin, &q, margin, Some(75.0));
        // No margin entered: no value (and `applicable` keeps the figure out).
        check_measures(MetricId::ClvMargin, &q, d, None);
        let first = [
            (Orders, 1),
            (CustomerOrders, 1),
            (ActiveCustomers, 0),
            (PreviousCustomers, 0),
            (ChurnedCustomers, 0),
        ];
        check_measures(MetricId::PurchaseFrequency, &first, d, None);
        check_measures(MetricId::ChurnRate, &first, d, None);
        check_measures(MetricId::RetentionRate, &first, d, None);
        check_measures(MetricId::AcquisitionRate, &first, d, None);
    }

    #[test]
    fn value_formulas() {
        use Field::*;
        let d = Formulas::default();
        let ads = [(Spend, 800), (LabourCost, 200), (Conversions, 50)];
        check(MetricId::Cpa, &ads, d, Some(20.0));
        let without = Formulas {
            include_labour: false,
            ..d
        };
        check(MetricId::Cpa, &ads, without, Some(16.0));
        check(MetricId::Cpa, &[(Spend, 800), (Conversions, 0)], d, None);
        check_measures(
            MetricId::MarketingInfluencedRevenueShare,
            &[
                (Measure::InfluencedRevenue, 300),
                (Measure::DealRevenue, 1200),
            ],
            d,
            Some(0.25),
        );
        check_measures(
            MetricId::MarketingInfluencedRevenueShare,
            &[(Measure::InfluencedRevenue, 0), (Measure::DealRevenue, 0)],
            d,
            None,
        );
        check_measures(
            MetricId::Csat,
            &[(Measure::CsatSatisfied, 7), (Measure::CsatAnswers, 10)],
            d,
            Some(0.7),
        );
        check_measures(
            MetricId::Csat,
            &[(Measure::CsatSatisfied, 0), (Measure::CsatAnswers, 0)],
            d,
            None,
        );
        check_measures(
            MetricId::ResponseRate,
            &[(Measure::Responses, 3), (Measure::Contacts, 12)],
            d,
            Some(0.25),
        );
        check_measures(
            MetricId::ResponseRate,
            &[(Measure::Responses, 0), (Measure::Contacts, 0)],
            d,
            None,
        );
        assert_eq!(
            (outcome(" Yes "), outcome("0"), outcome("maybe")),
            (Some(true), Some(false), None)
        );
        assert!(is_marketing_source(Some("paid_search")));
        assert!(!is_marketing_source(Some(" Unknown ")));
        assert!(!is_marketing_source(None));
    }

    #[test]
    fn list_growth_uses_flows_when_it_has_them() {
        use Measure::*;
        let d = Formulas::default();
        let flows = [
            (
                Field(crate::engine::import::field::Field::NewSubscribers),
                150,
            ),
            (Field(crate::engine::import::field::Field::Unsubscribes), 30),
            (Field(crate::engine::import::field::Field::Bounces), 20),
            (ListStart, 1000),
            (ListEnd, 5000),
        ];
        check_measures(MetricId::ListGrowthRate, &flows, d, Some(0.1));
        check_measures(
            MetricId::ListGrowthRate,
            &[(ListStart, 1000), (ListEnd, 950)],
            d,
            Some(-0.05),
        );
        check_measures(
            MetricId::ListGrowthRate,
            &[(ListStart, 0), (ListEnd, 9)],
            d,
            None,
        );
        check_measures(MetricId::ListGrowthRate, &[(ListEnd, 9)], d, None);
    }

    #[test]
    fn money_sums_are_exact() {
        let mut s = Sums::default();
        for _ in 0..1_000_000 {
            s.add(Field::Spend, Decimal::new(1, 2));
        }
        assert_eq!(s.get(Field::Spend), Some(Decimal::from(10_000)));
    }

    #[test]
    fn ids_round_trip_and_lists_agree() {
        for m in MetricId::ALL {
            assert_eq!(MetricId::from_id(m.id()), Some(m));
        }
        let mut both: Vec<MetricId> = MetricId::PAID
            .into_iter()
            .chain(MetricId::EMAIL)
            .chain(MetricId::VELOCITY)
            .chain(MetricId::WEB)
            .chain(MetricId::SOCIAL)
            .chain(MetricId::CUSTOMERS)
            .chain(MetricId::SURVEYS)
            .chain(MetricId::RESPONSES)
            .collect();
        assert!(MetricId::FUNNEL.iter().all(|m| MetricId::PAID.contains(m)));
        both.sort();
        let mut all = MetricId::ALL.to_vec();
        all.sort();
        assert_eq!(both, all);
    }
}
