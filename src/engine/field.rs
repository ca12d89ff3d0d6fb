//! Canonical fields, file kinds, and the header alias table that maps exports onto them.
//!
//! Headers are normalised (lower case, punctuation to spaces, filler words such as
//! "of" and currency codes dropped) and looked up in [`ALIASES`]; a header no alias
//! matches is compared to every alias with Jaro–Winkler similarity, and mapped when it
//! is close enough, with that similarity as its confidence.

use serde::{Deserialize, Serialize};

/// The canonical fields the engine understands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// Day (or month) the row describes.
    Date,
    /// Ad platform or marketing channel.
    Channel,
    /// Campaign name or id.
    Campaign,
    /// Ad group / ad set.
    AdGroup,
    /// Lead or traffic source.
    Source,
    /// Media spend.
    Spend,
    /// Ad impressions.
    Impressions,
    /// Unique people reached.
    Reach,
    /// Clicks (ad clicks, or unique email clicks).
    Clicks,
    /// Conversions.
    Conversions,
    /// Leads generated.
    Leads,
    /// Revenue attributed by the tool.
    Revenue,
    /// Cost of people's time, as money.
    LabourCost,
    /// Hours of people's time, priced at the user's hourly rate.
    LabourHours,
    /// The day a customer churned (cancelled, ended the contract).
    ChurnDate,
    /// A program's baseline value (what it was measured at when it started).
    Baseline,
    /// Emails sent (recipients).
    Sent,
    /// Emails delivered.
    Delivered,
    /// Emails bounced.
    Bounces,
    /// Unique opens.
    Opens,
    /// Unsubscribes.
    Unsubscribes,
    /// Spam complaints.
    SpamComplaints,
    /// Orders placed.
    Orders,
    /// Size of the list at send time.
    ListSize,
    /// Lead or contact id.
    LeadId,
    /// Date a lead was created or first contacted.
    CreatedDate,
    /// Lead score.
    Score,
    /// Lifecycle or funnel stage.
    Stage,
    /// When a lead entered a stage.
    EnteredAt,
    /// When a lead left a stage.
    ExitedAt,
    /// What triggered a stage change.
    Action,
    /// Deal id.
    DealId,
    /// Date a deal was closed ("close date"): its win date when the deal was won.
    WonDate,
    /// Deal amount.
    Amount,
    /// Customer segment.
    Segment,
    /// Marketing-automation program name.
    Program,
    /// Program type (nurture, automation rule, …).
    ProgramType,
    /// Date a program was set up.
    SetupDate,
    /// Date a program was last reviewed.
    LastReview,
    /// Who owns a program.
    Owner,
    /// Unique visitors (users) of a website.
    Visitors,
    /// Website sessions (visits).
    Sessions,
    /// Landing page or page path of web analytics.
    LandingPage,
    /// A social post (its text, id or link).
    Post,
    /// Likes or reactions of a social post.
    Likes,
    /// Shares of a social post.
    Shares,
    /// Comments on a social post.
    Comments,
    /// Retweets or reposts of a social post.
    Reposts,
    /// Followers of the account (the audience of a post).
    Followers,
    /// Survey respondent or response id.
    Respondent,
    /// A customer-satisfaction answer on a 1–5 scale.
    Csat,
    /// Customer id (or e-mail) of a purchase.
    CustomerId,
    /// New subscribers of an e-mail list.
    NewSubscribers,
    /// When a lead was touched by a campaign or channel (a touchpoint's moment).
    TouchedAt,
    /// A contact's answer to a campaign: yes / no, 1 / 0 (telemarketing outcome,
    /// campaign acceptance).
    Response,
    /// Why a deal was lost.
    LossReason,
    /// A deal's "won" check box (Salesforce `Won`).
    IsWon,
    /// A deal's "closed" check box (Salesforce `Closed`).
    IsClosed,
}

/// What kind of value a field holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueType {
    /// Free text or a category.
    Text,
    /// A whole count, zero or more.
    Count,
    /// Money or another decimal quantity.
    Amount,
    /// A date or date-time.
    Date,
}

impl Field {
    /// Every field, in declaration order.
    pub const ALL: [Field; 58] = [
        Field::Date,
        Field::Channel,
        Field::Campaign,
        Field::AdGroup,
        Field::Source,
        Field::Spend,
        Field::Impressions,
        Field::Reach,
        Field::Clicks,
        Field::Conversions,
        Field::Leads,
        Field::Revenue,
        Field::LabourCost,
        Field::LabourHours,
        Field::ChurnDate,
        Field::Baseline,
        Field::Sent,
        Field::Delivered,
        Field::Bounces,
        Field::Opens,
        Field::Unsubscribes,
        Field::SpamComplaints,
        Field::Orders,
        Field::ListSize,
        Field::LeadId,
        Field::CreatedDate,
        Field::Score,
        Field::Stage,
        Field::EnteredAt,
        Field::ExitedAt,
        Field::Action,
        Field::DealId,
        Field::WonDate,
        Field::Amount,
        Field::Segment,
        Field::Program,
        Field::ProgramType,
        Field::SetupDate,
        Field::LastReview,
        Field::Owner,
        Field::Visitors,
        Field::Sessions,
        Field::LandingPage,
        Field::Post,
        Field::Likes,
        Field::Shares,
        Field::Comments,
        Field::Reposts,
        Field::Followers,
        Field::Respondent,
        Field::Csat,
        Field::CustomerId,
        Field::NewSubscribers,
        Field::TouchedAt,
        Field::Response,
        Field::LossReason,
        Field::IsWon,
        Field::IsClosed,
    ];

    /// The type of value the field holds.
    pub fn value_type(self) -> ValueType {
        use Field::*;
        match self {
            Date | CreatedDate | EnteredAt | ExitedAt | WonDate | SetupDate | LastReview
            | TouchedAt | ChurnDate => ValueType::Date,
            Impressions | Reach | Clicks | Conversions | Leads | Sent | Delivered | Bounces
            | Opens | Unsubscribes | SpamComplaints | Orders | ListSize | Visitors | Sessions
            | Likes | Shares | Comments | Reposts | Followers | NewSubscribers => ValueType::Count,
            Spend | Revenue | LabourCost | LabourHours | Amount | Score | Csat | Baseline => {
                ValueType::Amount
            }
            Channel | Campaign | AdGroup | Source | LeadId | Stage | Action | DealId | Segment
            | Program | ProgramType | Owner | LandingPage | Post | Respondent | CustomerId
            | Response | LossReason | IsWon | IsClosed => ValueType::Text,
        }
    }

    /// The stable snake_case id used in exports and saved mappings.
    pub fn id(self) -> &'static str {
        use Field::*;
        match self {
            Date => "date",
            Channel => "channel",
            Campaign => "campaign",
            AdGroup => "ad_group",
            Source => "source",
            Spend => "spend",
            Impressions => "impressions",
            Reach => "reach",
            Clicks => "clicks",
            Conversions => "conversions",
            Leads => "leads",
            Revenue => "revenue",
            LabourCost => "labour_cost",
            LabourHours => "labour_hours",
            ChurnDate => "churn_date",
            Baseline => "baseline",
            Sent => "sent",
            Delivered => "delivered",
            Bounces => "bounces",
            Opens => "opens",
            Unsubscribes => "unsubscribes",
            SpamComplaints => "spam_complaints",
            Orders => "orders",
            ListSize => "list_size",
            LeadId => "lead_id",
            CreatedDate => "created_date",
            Score => "score",
            Stage => "stage",
            EnteredAt => "entered_at",
            ExitedAt => "exited_at",
            Action => "action",
            DealId => "deal_id",
            WonDate => "won_date",
            Amount => "amount",
            Segment => "segment",
            Program => "program",
            ProgramType => "program_type",
            SetupDate => "setup_date",
            LastReview => "last_review",
            Owner => "owner",
            Visitors => "visitors",
            Sessions => "sessions",
            LandingPage => "landing_page",
            Post => "post",
            Likes => "likes",
            Shares => "shares",
            Comments => "comments",
            Reposts => "reposts",
            Followers => "followers",
            Respondent => "respondent",
            Csat => "csat",
            CustomerId => "customer_id",
            NewSubscribers => "new_subscribers",
            TouchedAt => "touched_at",
            Response => "response",
            LossReason => "loss_reason",
            IsWon => "is_won",
            IsClosed => "is_closed",
        }
    }

    /// The field with the given id.
    pub fn from_id(id: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.id() == id)
    }
}

/// What a file holds, recognised from its mapped fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FileKind {
    /// Campaign or ad performance: spend, impressions, clicks, conversions.
    AdPerformance,
    /// Email sends: sent, delivered, opens, clicks, bounces.
    EmailCampaigns,
    /// Leads or contacts.
    Leads,
    /// Lead stage changes.
    StageChanges,
    /// Won deals or customers.
    Deals,
    /// The marketing-automation program inventory.
    Programs,
    /// Website analytics: visitors, sessions, conversions by page and source.
    WebAnalytics,
    /// Social posts: likes, shares, comments, reposts, impressions, followers.
    SocialPosts,
    /// Survey answers: a CSAT score per respondent.
    Surveys,
    /// Purchases: customer, date and amount of each order.
    Transactions,
    /// Touchpoints: a lead touched by a channel or campaign at a moment.
    Touchpoints,
    /// Campaign responses: one row per contact with its yes/no outcome.
    Responses,
    /// Nothing the engine can use was recognised.
    Unknown,
}

impl FileKind {
    /// Every kind.
    pub const ALL: [FileKind; 13] = [
        FileKind::AdPerformance,
        FileKind::EmailCampaigns,
        FileKind::Leads,
        FileKind::StageChanges,
        FileKind::Deals,
        FileKind::Programs,
        FileKind::WebAnalytics,
        FileKind::SocialPosts,
        FileKind::Surveys,
        FileKind::Transactions,
        FileKind::Touchpoints,
        FileKind::Responses,
        FileKind::Unknown,
    ];

    /// The stable snake_case id used in exports.
    pub fn id(self) -> &'static str {
        match self {
            FileKind::AdPerformance => "ad_performance",
            FileKind::EmailCampaigns => "email_campaigns",
            FileKind::Leads => "leads",
            FileKind::StageChanges => "stage_changes",
            FileKind::Deals => "deals",
            FileKind::Programs => "programs",
            FileKind::WebAnalytics => "web_analytics",
            FileKind::SocialPosts => "social_posts",
            FileKind::Surveys => "surveys",
            FileKind::Transactions => "transactions",
            FileKind::Touchpoints => "touchpoints",
            FileKind::Responses => "responses",
            FileKind::Unknown => "unknown",
        }
    }

    /// The kind with the given id.
    pub fn from_id(id: &str) -> Option<FileKind> {
        FileKind::ALL.into_iter().find(|k| k.id() == id)
    }
}

/// Header aliases, already normalised by [`normalise`]. Earlier entries for the same
/// field win when two columns compete for it (so "unique opens" beats "total opens").
/// The sources of each group are listed in `docs/import.md`.
pub const ALIASES: &[(&str, Field)] = &[
    // Dates.
    ("date", Field::Date),
    ("day", Field::Date),
    ("send date", Field::Date),
    ("send time", Field::Date),
    ("sent date", Field::Date),
    ("report date", Field::Date),
    ("reporting starts", Field::Date),
    ("date start", Field::Date),
    ("week", Field::Date),
    ("month", Field::Date),
    ("period", Field::Date),
    // Dimensions.
    ("channel", Field::Channel),
    ("platform", Field::Channel),
    ("network", Field::Channel),
    ("publisher platform", Field::Channel),
    ("medium", Field::Channel),
    ("session medium", Field::Channel),
    ("utm medium", Field::Channel),
    // HubSpot attribution reports name the touch's kind "Interaction type".
    ("interaction type", Field::Channel),
    ("session default channel group", Field::Channel),
    ("default channel group", Field::Channel),
    ("campaign", Field::Campaign),
    ("campaign name", Field::Campaign),
    ("campaign title", Field::Campaign),
    ("session campaign", Field::Campaign),
    ("utm campaign", Field::Campaign),
    ("flow name", Field::Campaign),
    // Marketo activity logs put the program or asset touched in "Primary Attribute Value".
    ("primary attribute value", Field::Campaign),
    ("campaign id", Field::Campaign),
    // The Kaggle "Sales Conversion Optimization" export names its campaign `xyz_campaign_id`.
    ("xyz campaign id", Field::Campaign),
    ("ad group", Field::AdGroup),
    ("ad group name", Field::AdGroup),
    ("ad set", Field::AdGroup),
    ("ad set name", Field::AdGroup),
    ("adset name", Field::AdGroup),
    // ... and its ad set `fb_campaign_id`.
    ("fb campaign id", Field::AdGroup),
    ("source", Field::Source),
    ("lead source", Field::Source),
    ("original source", Field::Source),
    ("utm source", Field::Source),
    ("session source", Field::Source),
    ("origin", Field::Source),
    ("segment", Field::Segment),
    ("business segment", Field::Segment),
    ("industry", Field::Segment),
    // Paid media.
    ("spend", Field::Spend),
    ("spent", Field::Spend),
    ("amount spent", Field::Spend),
    ("cost", Field::Spend),
    ("media cost", Field::Spend),
    ("total spent", Field::Spend),
    ("impressions", Field::Impressions),
    ("impr", Field::Impressions),
    ("reach", Field::Reach),
    ("clicks", Field::Clicks),
    ("unique clicks", Field::Clicks),
    ("link clicks", Field::Clicks),
    ("website clicks", Field::Clicks),
    ("clicks all", Field::Clicks),
    ("total clicks", Field::Clicks),
    ("conversions", Field::Conversions),
    ("total conversion", Field::Conversions),
    ("total conversions", Field::Conversions),
    ("all conv", Field::Conversions),
    ("conv", Field::Conversions),
    ("results", Field::Conversions),
    ("purchases", Field::Conversions),
    ("purchase", Field::Conversions),
    ("leads", Field::Leads),
    ("website leads", Field::Leads),
    ("revenue", Field::Revenue),
    ("conv value", Field::Revenue),
    ("conversion value", Field::Revenue),
    ("total conv value", Field::Revenue),
    ("purchases conversion value", Field::Revenue),
    ("sales", Field::Revenue),
    ("labour cost", Field::LabourCost),
    ("labor cost", Field::LabourCost),
    ("staff cost", Field::LabourCost),
    ("internal cost", Field::LabourCost),
    ("churn date", Field::ChurnDate),
    ("churned at", Field::ChurnDate),
    ("churned on", Field::ChurnDate),
    ("churned date", Field::ChurnDate),
    ("cancellation date", Field::ChurnDate),
    ("cancelled at", Field::ChurnDate),
    ("canceled at", Field::ChurnDate),
    ("cancel date", Field::ChurnDate),
    ("contract end date", Field::ChurnDate),
    ("baseline", Field::Baseline),
    ("baseline value", Field::Baseline),
    ("starting value", Field::Baseline),
    ("labour hours", Field::LabourHours),
    ("labor hours", Field::LabourHours),
    ("hours", Field::LabourHours),
    ("hours spent", Field::LabourHours),
    ("time spent hours", Field::LabourHours),
    // Email.
    ("emails sent", Field::Sent),
    ("sent", Field::Sent),
    ("sends", Field::Sent),
    ("recipients", Field::Sent),
    ("total recipients", Field::Sent),
    ("delivered", Field::Delivered),
    ("successful deliveries", Field::Delivered),
    ("deliveries", Field::Delivered),
    ("bounces", Field::Bounces),
    ("bounced", Field::Bounces),
    ("total bounces", Field::Bounces),
    ("unique opens", Field::Opens),
    ("opens", Field::Opens),
    ("opened", Field::Opens),
    ("total opens", Field::Opens),
    ("unsubscribes", Field::Unsubscribes),
    ("unsubscribed", Field::Unsubscribes),
    ("unsubs", Field::Unsubscribes),
    ("opt outs", Field::Unsubscribes),
    ("spam complaints", Field::SpamComplaints),
    ("spam reports", Field::SpamComplaints),
    ("abuse reports", Field::SpamComplaints),
    ("complaints", Field::SpamComplaints),
    ("marked as spam", Field::SpamComplaints),
    ("orders", Field::Orders),
    ("unique placed order", Field::Orders),
    ("placed order", Field::Orders),
    ("list size", Field::ListSize),
    ("audience size", Field::ListSize),
    ("subscribers", Field::ListSize),
    // Leads, stages, deals.
    ("lead id", Field::LeadId),
    ("mql id", Field::LeadId),
    ("contact id", Field::LeadId),
    ("record id", Field::LeadId),
    ("person id", Field::LeadId),
    ("user id", Field::LeadId),
    ("user pseudo id", Field::LeadId),
    ("created date", Field::CreatedDate),
    ("create date", Field::CreatedDate),
    ("created", Field::CreatedDate),
    ("created at", Field::CreatedDate),
    ("first contact date", Field::CreatedDate),
    ("score", Field::Score),
    ("lead score", Field::Score),
    // A deal's status (Pipedrive: open, won, lost) says more than its pipeline stage,
    // so it ranks first when a file has both.
    ("deal status", Field::Stage),
    ("deal stage", Field::Stage),
    ("stage", Field::Stage),
    ("lifecycle stage", Field::Stage),
    ("lead status", Field::Stage),
    ("stage name", Field::Stage),
    ("opportunity stage", Field::Stage),
    ("sales stage", Field::Stage),
    ("status", Field::Stage),
    ("étape", Field::Stage),
    ("étape de la transaction", Field::Stage),
    ("statut", Field::Stage),
    ("stadiu", Field::Stage),
    ("etapa", Field::Stage),
    ("phase", Field::Stage),
    ("fase", Field::Stage),
    ("staða", Field::Stage),
    ("verkaufsphase", Field::Stage),
    // Salesforce opportunity exports carry the stage's outcome as two check boxes.
    ("won", Field::IsWon),
    ("is won", Field::IsWon),
    ("closed", Field::IsClosed),
    ("is closed", Field::IsClosed),
    ("lost reason", Field::LossReason),
    ("loss reason", Field::LossReason),
    ("closed lost reason", Field::LossReason),
    ("reason lost", Field::LossReason),
    ("motif de perte", Field::LossReason),
    ("verlustgrund", Field::LossReason),
    ("motivo de pérdida", Field::LossReason),
    ("motivo da perda", Field::LossReason),
    ("entered at", Field::EnteredAt),
    ("entered", Field::EnteredAt),
    ("stage entered", Field::EnteredAt),
    ("date entered", Field::EnteredAt),
    ("exited at", Field::ExitedAt),
    ("exited", Field::ExitedAt),
    ("stage exited", Field::ExitedAt),
    ("date exited", Field::ExitedAt),
    ("action", Field::Action),
    ("trigger", Field::Action),
    ("deal id", Field::DealId),
    ("opportunity id", Field::DealId),
    ("won date", Field::WonDate),
    ("close date", Field::WonDate),
    ("closed date", Field::WonDate),
    ("deal closed on", Field::WonDate),
    ("closed on", Field::WonDate),
    ("close time", Field::WonDate),
    ("won time", Field::WonDate),
    ("deal created", Field::CreatedDate),
    ("amount", Field::Amount),
    ("deal amount", Field::Amount),
    ("deal value", Field::Amount),
    // Touchpoints (HubSpot, GA4, Salesforce campaign members, Marketo activities).
    ("touched at", Field::TouchedAt),
    ("touch date", Field::TouchedAt),
    ("touch time", Field::TouchedAt),
    ("touchpoint date", Field::TouchedAt),
    ("interaction date", Field::TouchedAt),
    ("event timestamp", Field::TouchedAt),
    ("event time", Field::TouchedAt),
    ("first responded date", Field::TouchedAt),
    ("responded date", Field::TouchedAt),
    ("activity date", Field::TouchedAt),
    ("activity date time", Field::TouchedAt),
    // Program inventory.
    ("program", Field::Program),
    ("program name", Field::Program),
    ("type", Field::ProgramType),
    ("program type", Field::ProgramType),
    ("set up date", Field::SetupDate),
    ("setup date", Field::SetupDate),
    ("launch date", Field::SetupDate),
    ("last review", Field::LastReview),
    ("last reviewed", Field::LastReview),
    ("last review date", Field::LastReview),
    ("owner", Field::Owner),
    // Web analytics (GA4, Universal Analytics, HubSpot traffic analytics).
    ("users", Field::Visitors),
    ("total users", Field::Visitors),
    ("active users", Field::Visitors),
    ("visitors", Field::Visitors),
    ("unique visitors", Field::Visitors),
    ("unique visits", Field::Visitors),
    ("sessions", Field::Sessions),
    ("visits", Field::Sessions),
    ("landing page", Field::LandingPage),
    ("landing page query string", Field::LandingPage),
    ("page path query string", Field::LandingPage),
    ("page path screen class", Field::LandingPage),
    ("page path", Field::LandingPage),
    ("page", Field::LandingPage),
    ("page url", Field::LandingPage),
    ("page title", Field::LandingPage),
    ("source medium", Field::Source),
    ("session source medium", Field::Source),
    ("first user source medium", Field::Source),
    ("goal completions", Field::Conversions),
    ("all goals completions", Field::Conversions),
    ("key events", Field::Conversions),
    ("form submissions", Field::Leads),
    ("submissions", Field::Leads),
    // Social posts (Hootsuite, Sprout Social, Meta page insights, LinkedIn, X).
    ("post", Field::Post),
    ("post message", Field::Post),
    ("post text", Field::Post),
    ("post id", Field::Post),
    ("post link", Field::Post),
    ("permalink", Field::Post),
    ("likes", Field::Likes),
    ("reactions", Field::Likes),
    ("post reactions", Field::Likes),
    ("reactions comments shares", Field::Likes),
    ("shares", Field::Shares),
    ("post shares", Field::Shares),
    ("comments", Field::Comments),
    ("post comments", Field::Comments),
    ("retweets", Field::Reposts),
    ("reposts", Field::Reposts),
    ("followers", Field::Followers),
    ("page followers", Field::Followers),
    ("fans", Field::Followers),
    ("audience", Field::Followers),
    // Surveys (Typeform, SurveyMonkey, Delighted).
    ("respondent", Field::Respondent),
    ("respondent id", Field::Respondent),
    ("response id", Field::Respondent),
    ("csat", Field::Csat),
    // Campaign outcomes: the UCI bank-marketing export calls its outcome `y`; the iFood
    // campaign export its last campaign's acceptance `Response`.
    ("response", Field::Response),
    ("responded", Field::Response),
    ("y", Field::Response),
    ("outcome", Field::Response),
    ("converted", Field::Response),
    ("subscribed", Field::Response),
    ("csat score", Field::Csat),
    ("satisfaction", Field::Csat),
    ("satisfaction score", Field::Csat),
    ("overall satisfaction", Field::Csat),
    ("how satisfied were you", Field::Csat),
    // Orders (Shopify, Stripe, WooCommerce).
    ("customer id", Field::CustomerId),
    ("customer", Field::CustomerId),
    ("customer email", Field::CustomerId),
    ("order date", Field::Date),
    ("purchase date", Field::Date),
    ("transaction date", Field::Date),
    ("order total", Field::Amount),
    ("total price", Field::Amount),
    ("order amount", Field::Amount),
    // List growth (Mailchimp audience growth, Klaviyo list reports).
    ("new subscribers", Field::NewSubscribers),
    ("subscribes", Field::NewSubscribers),
    ("opt ins", Field::NewSubscribers),
    ("optins", Field::NewSubscribers),
    ("cleaned", Field::Bounces),
];

/// The normalised object prefix of Pipedrive deal exports (`Deal - Value`): a header
/// with no alias of its own is looked up again without it.
pub const DEAL_PREFIX: &str = "deal ";

/// Similarity at or above which a header with no exact alias is mapped.
pub const FUZZY_THRESHOLD: f64 = 0.9;

/// Headers and aliases shorter than this are matched exactly, never fuzzily.
pub const FUZZY_MIN_CHARS: usize = 6;

/// Normalises a header for lookup: lower case, `_`/punctuation to spaces, filler words
/// (`of`, `#`, `no`) and bracketed or trailing currency codes dropped.
pub fn normalise(header: &str) -> String {
    const FILLER: &[&str] = &[
        "of", "no", "num", "the", "usd", "eur", "gbp", "brl", "inr", "aud", "cad",
    ];
    let lower = header.trim().to_lowercase();
    let spaced: String = lower
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    spaced
        .split_whitespace()
        .filter(|w| !FILLER.contains(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// How a column was mapped.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ColumnMapping {
    /// The header as written in the file.
    pub header: String,
    /// The canonical field, if any.
    pub field: Option<Field>,
    /// 1.0 for an exact alias or a user choice; the similarity for a fuzzy match.
    pub confidence: f64,
}

/// One candidate: (column, field, confidence, alias rank).
type Candidate = (usize, Field, f64, usize);

/// Maps headers to fields; each field goes to the best-matching column only.
pub fn map_headers(headers: &[String]) -> Vec<ColumnMapping> {
    let mut candidates: Vec<Candidate> = headers
        .iter()
        .enumerate()
        .filter_map(|(col, h)| best_alias(&normalise(h)).map(|(f, c, r)| (col, f, c, r)))
        .collect();
    candidates.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.3.cmp(&b.3)).then(a.0.cmp(&b.0)));
    let mut mapping: Vec<ColumnMapping> = headers
        .iter()
        .map(|h| ColumnMapping {
            header: h.clone(),
            field: None,
            confidence: 0.0,
        })
        .collect();
    let mut taken = Vec::new();
    for (col, field, confidence, _) in candidates {
        if taken.contains(&field) {
            continue;
        }
        if let Some(m) = mapping.get_mut(col) {
            taken.push(field);
            m.field = Some(field);
            m.confidence = confidence;
        }
    }
    mapping
}

/// The best alias for a normalised header: (field, confidence, rank in [`ALIASES`]).
fn best_alias(norm: &str) -> Option<(Field, f64, usize)> {
    if norm.is_empty() {
        return None;
    }
    if let Some((rank, (_, field))) = ALIASES.iter().enumerate().find(|(_, (a, _))| *a == norm) {
        return Some((*field, 1.0, rank));
    }
    // Pipedrive prefixes every deal column with its object: `Deal - Lost reason`.
    if let Some(rest) = norm.strip_prefix(DEAL_PREFIX) {
        if let Some((rank, (_, field))) = ALIASES.iter().enumerate().find(|(_, (a, _))| *a == rest)
        {
            return Some((*field, 1.0, rank));
        }
    }
    // Short headers are too easily alike ("ad id" and "lead id"): exact aliases only.
    // A rate or share is never a count of the same thing ("complaint rate").
    let is_rate = norm
        .split(' ')
        .any(|w| matches!(w, "rate" | "ratio" | "percent" | "pct" | "per" | "share"));
    if norm.chars().count() < FUZZY_MIN_CHARS || is_rate {
        return None;
    }
    ALIASES
        .iter()
        .enumerate()
        .filter(|(_, (alias, _))| alias.chars().count() >= FUZZY_MIN_CHARS)
        .map(|(rank, (alias, field))| (*field, strsim::jaro_winkler(norm, alias), rank))
        .filter(|(_, score, _)| *score >= FUZZY_THRESHOLD)
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.2.cmp(&a.2)))
}

/// Recognises the kind of a file from the fields its columns map to, with a confidence
/// (the share of the kind's characteristic fields present).
pub fn recognise(mapping: &[ColumnMapping]) -> (FileKind, f64) {
    let has = |f: Field| mapping.iter().any(|m| m.field == Some(f));
    let share = |fields: &[Field]| {
        let n = fields.iter().filter(|f| has(**f)).count();
        n as f64 / fields.len() as f64
    };
    use Field::*;
    let engagement = [Likes, Shares, Comments, Reposts].iter().any(|f| has(*f));
    // Order matters: the first rule that matches wins. The specific kinds come first: a
    // stage file that also names a channel is still a stage file, and touchpoints come
    // before leads, which a lead id with a source would match. Web and social files can
    // carry impressions and conversions, so they are tried before ad performance, and
    // only when the file has no spend.
    let rules: [(FileKind, bool, &[Field]); 12] = [
        (
            FileKind::StageChanges,
            has(LeadId) && has(Stage) && has(EnteredAt),
            &[LeadId, Stage, EnteredAt, ExitedAt, Action],
        ),
        (
            FileKind::Touchpoints,
            has(LeadId) && has(TouchedAt) && (has(Channel) || has(Campaign) || has(Source)),
            &[LeadId, TouchedAt, Channel, Campaign],
        ),
        (
            FileKind::Deals,
            has(WonDate) && (has(LeadId) || has(DealId) || has(Amount))
                || has(DealId) && (has(Stage) || has(IsWon)) && !has(EnteredAt),
            &[DealId, LeadId, WonDate, Amount, Segment],
        ),
        (
            FileKind::Programs,
            has(Program) && has(ProgramType),
            &[Program, ProgramType, SetupDate, LastReview, Owner],
        ),
        (FileKind::Surveys, has(Csat), &[Date, Respondent, Csat]),
        (
            FileKind::EmailCampaigns,
            (has(Sent) || has(Delivered))
                && [Opens, Bounces, Unsubscribes, SpamComplaints, ListSize]
                    .iter()
                    .any(|f| has(*f))
                || has(ListSize) && (has(NewSubscribers) || has(Unsubscribes)),
            &[
                Sent,
                Delivered,
                Bounces,
                Opens,
                Clicks,
                Unsubscribes,
                SpamComplaints,
            ],
        ),
        (
            FileKind::SocialPosts,
            engagement
                && !has(Spend)
                && (has(Impressions) || has(Followers) || has(Post) || has(Date)),
            &[Date, Channel, Post, Likes, Shares, Comments, Impressions],
        ),
        (
            FileKind::WebAnalytics,
            (has(Sessions) || has(Visitors)) && !has(Spend),
            &[Date, LandingPage, Source, Visitors, Sessions, Conversions],
        ),
        (
            FileKind::AdPerformance,
            [Spend, Impressions, Clicks, Conversions, Reach]
                .iter()
                .filter(|f| has(**f))
                .count()
                >= 2
                || (has(Spend) && (has(Date) || has(Campaign) || has(Channel))),
            &[Date, Campaign, Spend, Impressions, Clicks, Conversions],
        ),
        (
            FileKind::Transactions,
            has(CustomerId) && has(Amount) && (has(Date) || has(CreatedDate)),
            &[CustomerId, Date, Amount],
        ),
        (
            FileKind::Responses,
            has(Response) && !has(Stage) && !has(WonDate),
            &[Response, Campaign, Segment],
        ),
        (
            FileKind::Leads,
            has(LeadId) && (has(CreatedDate) || has(Source) || has(Stage) || has(Score)),
            &[LeadId, CreatedDate, Source, Score, Stage],
        ),
    ];
    rules
        .iter()
        .find(|(_, matches, _)| *matches)
        .map_or((FileKind::Unknown, 0.0), |(kind, _, fields)| {
            (*kind, share(fields))
        })
}

/// Confidence of a column mapped from the shape of its values, not its header.
pub const SHAPE_CONFIDENCE: f64 = 0.75;

/// Maps the columns of a headerless file from the shape of their values, for the
/// purchase logs published as whitespace-aligned text (CDNOW: customer id, sample id,
/// `yyyymmdd` date, quantity, dollar amount). It needs exactly one column of
/// `yyyymmdd` dates, a column of whole numbers left of it (the first such is the
/// customer id), another column of whole numbers (a quantity, left unmapped) and a
/// column of decimal amounts with a fraction somewhere (the last such is the amount).
/// `columns` holds the sampled cells of each column. Returns `None` when the shape
/// does not fit, so a file is never mapped by a guess.
pub fn map_by_shape(columns: &[Vec<&str>]) -> Option<Vec<ColumnMapping>> {
    let all = |col: &Vec<&str>, test: fn(&str) -> bool| {
        !col.is_empty() && col.iter().all(|c| test(c.trim()))
    };
    let dates: Vec<usize> = (0..columns.len())
        .filter(|&i| columns.get(i).is_some_and(|c| all(c, is_yyyymmdd)))
        .collect();
    let [date] = dates.as_slice() else {
        return None;
    };
    let whole: Vec<usize> = (0..columns.len())
        .filter(|i| i != date && columns.get(*i).is_some_and(|c| all(c, is_whole)))
        .collect();
    let amount = (0..columns.len()).rev().find(|i| {
        columns.get(*i).is_some_and(|c| {
            all(c, is_decimal) && c.iter().any(|v| v.contains('.')) && !whole.contains(i)
        })
    })?;
    let id = whole.iter().copied().find(|i| i < date)?;
    if whole.len() < 2 {
        return None;
    }
    Some(
        (0..columns.len())
            .map(|i| {
                let field = if i == id {
                    Some(Field::CustomerId)
                } else if i == *date {
                    Some(Field::Date)
                } else if i == amount {
                    Some(Field::Amount)
                } else {
                    None
                };
                ColumnMapping {
                    header: format!("column {}", i + 1),
                    field,
                    confidence: if field.is_some() {
                        SHAPE_CONFIDENCE
                    } else {
                        0.0
                    },
                }
            })
            .collect(),
    )
}

fn is_whole(cell: &str) -> bool {
    !cell.is_empty() && cell.len() <= 18 && cell.bytes().all(|b| b.is_ascii_digit())
}

fn is_decimal(cell: &str) -> bool {
    let mut parts = cell.splitn(2, '.');
    let int = parts.next().unwrap_or_default();
    let frac = parts.next().unwrap_or("0");
    is_whole(int) && is_whole(frac)
}

fn is_yyyymmdd(cell: &str) -> bool {
    cell.len() == 8
        && is_whole(cell)
        && chrono::NaiveDate::parse_from_str(cell, "%Y%m%d")
            .is_ok_and(|d| (1900..=2100).contains(&chrono::Datelike::year(&d)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(headers: &[&str], kind: FileKind, expected: &[(&str, Option<Field>)]) {
        let headers: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
        let mapping = map_headers(&headers);
        assert_eq!(recognise(&mapping).0, kind);
        for (header, field) in expected {
            let m = mapping
                .iter()
                .find(|m| m.header == *header)
                .expect("header present");
            assert_eq!(m.field, *field, "{header}");
        }
    }

    #[test]
    fn normalises_headers() {
        assert_eq!(normalise("# of Impressions"), "impressions");
        assert_eq!(normalise("Spend [USD]"), "spend");
        assert_eq!(normalise("Total_Conversion"), "total conversion");
        assert_eq!(normalise("  Conv. value "), "conv value");
    }

    #[test]
    fn recognises_kaggle_facebook_ads() {
        check(
            &[
                "ad_id",
                "xyz_campaign_id",
                "fb_campaign_id",
                "age",
                "gender",
                "interest",
                "Impressions",
                "Clicks",
                "Spent",
                "Total_Conversion",
                "Approved_Conversion",
            ],
            FileKind::AdPerformance,
            &[
                ("xyz_campaign_id", Some(Field::Campaign)),
                ("fb_campaign_id", Some(Field::AdGroup)),
                ("Spent", Some(Field::Spend)),
                ("Total_Conversion", Some(Field::Conversions)),
                ("ad_id", None),
                ("gender", None),
            ],
        );
    }

    #[test]
    fn recognises_daily_ab_campaign_export() {
        check(
            &[
                "Campaign Name",
                "Date",
                "Spend [USD]",
                "# of Impressions",
                "Reach",
                "# of Website Clicks",
                "# of Searches",
                "# of Purchase",
            ],
            FileKind::AdPerformance,
            &[
                ("Spend [USD]", Some(Field::Spend)),
                ("# of Website Clicks", Some(Field::Clicks)),
                ("# of Purchase", Some(Field::Conversions)),
                ("# of Searches", None),
            ],
        );
    }

    #[test]
    fn unique_beats_total_for_the_same_field() {
        check(
            &[
                "Campaign Name",
                "Send Time",
                "Total Recipients",
                "Unique Opens",
                "Total Opens",
                "Unique Clicks",
                "Total Clicks",
                "Successful Deliveries",
            ],
            FileKind::EmailCampaigns,
            &[
                ("Unique Opens", Some(Field::Opens)),
                ("Total Opens", None),
                ("Unique Clicks", Some(Field::Clicks)),
                ("Total Clicks", None),
            ],
        );
    }

    #[test]
    fn recognises_crm_files() {
        check(
            &["mql_id", "first_contact_date", "landing_page_id", "origin"],
            FileKind::Leads,
            &[("origin", Some(Field::Source))],
        );
        check(
            &["mql_id", "seller_id", "won_date", "business_segment"],
            FileKind::Deals,
            &[("won_date", Some(Field::WonDate))],
        );
        check(
            &[
                "Lead ID",
                "Stage",
                "Entered at",
                "Exited at",
                "Score",
                "Action",
            ],
            FileKind::StageChanges,
            &[],
        );
        check(
            &["Program", "Type", "Set-up date", "Last review", "Owner"],
            FileKind::Programs,
            &[("Set-up date", Some(Field::SetupDate))],
        );
        check(&["age", "job", "balance"], FileKind::Unknown, &[]);
    }

    #[test]
    fn recognises_deal_exports_with_their_outcome_columns() {
        use Field::*;
        // HubSpot deals export.
        check(
            &[
                "Record ID",
                "Deal Name",
                "Deal Stage",
                "Close Date",
                "Create Date",
                "Amount",
                "Pipeline",
                "Closed Lost Reason",
            ],
            FileKind::Deals,
            &[
                ("Deal Stage", Some(Stage)),
                ("Close Date", Some(WonDate)),
                ("Create Date", Some(CreatedDate)),
                ("Closed Lost Reason", Some(LossReason)),
            ],
        );
        // Pipedrive prefixes every column with its object; the status (open, won,
        // lost) beats the pipeline stage, and an expected close date is no close date.
        check(
            &[
                "Deal - ID",
                "Deal - Title",
                "Deal - Value",
                "Deal - Status",
                "Deal - Stage",
                "Deal - Deal created",
                "Deal - Deal closed on",
                "Deal - Expected close date",
                "Deal - Won time",
                "Deal - Lost reason",
            ],
            FileKind::Deals,
            &[
                ("Deal - ID", Some(DealId)),
                ("Deal - Value", Some(Amount)),
                ("Deal - Status", Some(Stage)),
                ("Deal - Stage", None),
                ("Deal - Deal created", Some(CreatedDate)),
                ("Deal - Deal closed on", Some(WonDate)),
                ("Deal - Expected close date", None),
                ("Deal - Won time", None),
                ("Deal - Lost reason", Some(LossReason)),
            ],
        );
        // Salesforce opportunities: the stage and its two check boxes.
        check(
            &[
                "Opportunity ID",
                "Opportunity Name",
                "Stage",
                "Amount",
                "Close Date",
                "Created Date",
                "Won",
                "Closed",
                "Lead Source",
            ],
            FileKind::Deals,
            &[
                ("Stage", Some(Stage)),
                ("Won", Some(IsWon)),
                ("Closed", Some(IsClosed)),
                ("Lead Source", Some(Source)),
            ],
        );
        // A deal id and a stage without any date are still deals.
        check(&["Deal ID", "Deal stage", "Amount"], FileKind::Deals, &[]);
    }

    #[test]
    fn stage_headers_by_language() {
        for header in [
            "Stage",
            "Deal stage",
            "Deal - Stage",
            "Stage name",
            "Status",
            "Deal status",
            "Deal - Status",
            "Étape",
            "Statut",
            "Stadiu",
            "Etapa",
            "Phase",
            "Fase",
            "Staða",
        ] {
            let mapping = map_headers(&[header.to_owned()]);
            assert_eq!(mapping[0].field, Some(Field::Stage), "{header}");
        }
    }

    #[test]
    fn recognises_web_analytics_exports() {
        // GA4 "Landing page" report.
        check(
            &[
                "Landing page + query string",
                "Sessions",
                "Active users",
                "New users",
                "Key events",
                "Total revenue",
            ],
            FileKind::WebAnalytics,
            &[
                ("Landing page + query string", Some(Field::LandingPage)),
                ("Active users", Some(Field::Visitors)),
                ("Key events", Some(Field::Conversions)),
            ],
        );
        // Universal Analytics.
        check(
            &[
                "Landing Page",
                "Source / Medium",
                "Users",
                "Sessions",
                "Goal Completions",
                "Date",
            ],
            FileKind::WebAnalytics,
            &[
                ("Source / Medium", Some(Field::Source)),
                ("Goal Completions", Some(Field::Conversions)),
            ],
        );
        // HubSpot traffic analytics.
        check(
            &["Date", "Source", "Visits", "Form submissions", "Contacts"],
            FileKind::WebAnalytics,
            &[
                ("Visits", Some(Field::Sessions)),
                ("Form submissions", Some(Field::Leads)),
            ],
        );
    }

    #[test]
    fn recognises_touchpoint_exports() {
        check(
            &["Lead ID", "Touched at", "Channel", "Campaign"],
            FileKind::Touchpoints,
            &[("Touched at", Some(Field::TouchedAt))],
        );
        // HubSpot contact attribution.
        check(
            &["Contact ID", "Touch date", "Interaction type", "Campaign"],
            FileKind::Touchpoints,
            &[
                ("Contact ID", Some(Field::LeadId)),
                ("Interaction type", Some(Field::Channel)),
            ],
        );
        // GA4 BigQuery export.
        check(
            &[
                "user_pseudo_id",
                "event_timestamp",
                "session_source",
                "session_medium",
                "session_campaign",
            ],
            FileKind::Touchpoints,
            &[
                ("event_timestamp", Some(Field::TouchedAt)),
                ("session_source", Some(Field::Source)),
                ("session_medium", Some(Field::Channel)),
                ("session_campaign", Some(Field::Campaign)),
            ],
        );
        // Salesforce campaign members.
        check(
            &["Lead ID", "Campaign Name", "Status", "First Responded Date"],
            FileKind::Touchpoints,
            &[("First Responded Date", Some(Field::TouchedAt))],
        );
        // Marketo activity log.
        check(
            &[
                "Lead ID",
                "Activity Date",
                "Activity Type",
                "Primary Attribute Value",
            ],
            FileKind::Touchpoints,
            &[("Primary Attribute Value", Some(Field::Campaign))],
        );
    }

    #[test]
    fn recognises_social_posts() {
        // Hootsuite / Sprout Social post performance.
        check(
            &[
                "Date",
                "Network",
                "Post",
                "Impressions",
                "Reactions",
                "Comments",
                "Shares",
                "Post Link Clicks",
            ],
            FileKind::SocialPosts,
            &[
                ("Network", Some(Field::Channel)),
                ("Reactions", Some(Field::Likes)),
            ],
        );
        // X (Twitter) analytics.
        check(
            &[
                "Tweet permalink",
                "time",
                "impressions",
                "retweets",
                "likes",
                "replies",
            ],
            FileKind::SocialPosts,
            &[("retweets", Some(Field::Reposts))],
        );
        // Meta page insights.
        check(
            &["Date", "Page followers", "Post reactions", "Post shares"],
            FileKind::SocialPosts,
            &[("Page followers", Some(Field::Followers))],
        );
    }

    #[test]
    fn recognises_surveys_and_transactions() {
        check(
            &["Respondent ID", "Date", "CSAT score", "Comment"],
            FileKind::Surveys,
            &[("CSAT score", Some(Field::Csat))],
        );
        check(
            &["Response ID", "Submitted at", "How satisfied were you?"],
            FileKind::Surveys,
            &[("How satisfied were you?", Some(Field::Csat))],
        );
        // Shopify orders.
        check(
            &[
                "Name",
                "Customer Email",
                "Created at",
                "Total Price",
                "Financial Status",
            ],
            FileKind::Transactions,
            &[("Customer Email", Some(Field::CustomerId))],
        );
        // Stripe payments.
        check(
            &[
                "id",
                "Created date (UTC)",
                "Amount",
                "Currency",
                "Customer ID",
            ],
            FileKind::Transactions,
            &[("Customer ID", Some(Field::CustomerId))],
        );
    }

    #[test]
    fn list_growth_file_is_an_email_file() {
        check(
            &[
                "Date",
                "List size",
                "New subscribers",
                "Unsubscribes",
                "Cleaned",
            ],
            FileKind::EmailCampaigns,
            &[("Cleaned", Some(Field::Bounces))],
        );
    }

    #[test]
    fn headerless_purchase_log_maps_by_shape() {
        let cols = [
            vec!["00004", "00004", "00018"],
            vec!["0001", "0001", "0001"],
            vec!["19970101", "19970118", "19970104"],
            vec!["2", "2", "1"],
            vec!["29.33", "29.73", "14.96"],
        ];
        let mapping = map_by_shape(&cols).expect("a purchase log");
        let fields: Vec<Option<Field>> = mapping.iter().map(|m| m.field).collect();
        assert_eq!(
            fields,
            vec![
                Some(Field::CustomerId),
                None,
                Some(Field::Date),
                None,
                Some(Field::Amount)
            ]
        );
        assert_eq!(recognise(&mapping).0, FileKind::Transactions);
        // No yyyymmdd column, or no amount: not a purchase log.
        assert!(map_by_shape(&[vec!["1"], vec!["2"], vec!["3.5"]]).is_none());
        assert!(map_by_shape(&[vec!["1"], vec!["19970101"], vec!["3"], vec!["4"]]).is_none());
        assert!(map_by_shape(&[]).is_none());
    }

    #[test]
    fn every_kind_is_still_recognised() {
        let cases: [(&[&str], FileKind); 13] = [
            (&["age", "job", "campaign", "y"], FileKind::Responses),
            (
                &["Landing page", "Users", "Sessions"],
                FileKind::WebAnalytics,
            ),
            (
                &["Date", "Network", "Likes", "Shares", "Impressions"],
                FileKind::SocialPosts,
            ),
            (&["Respondent ID", "CSAT score"], FileKind::Surveys),
            (&["Customer ID", "Date", "Amount"], FileKind::Transactions),
            (
                &["Date", "Campaign", "Spend", "Clicks"],
                FileKind::AdPerformance,
            ),
            (
                &["Campaign", "Send date", "Emails sent", "Unique opens"],
                FileKind::EmailCampaigns,
            ),
            (&["Lead ID", "Created date", "Source"], FileKind::Leads),
            // A stage file that also names a channel and a touch date is still a stage file.
            (
                &["Lead ID", "Stage", "Entered at", "Channel", "Touched at"],
                FileKind::StageChanges,
            ),
            (&["Lead ID", "Won date", "Amount"], FileKind::Deals),
            (&["Program", "Type", "Owner"], FileKind::Programs),
            (&["Lead ID", "Touched at", "Source"], FileKind::Touchpoints),
            (&["age", "job"], FileKind::Unknown),
        ];
        for kind in FileKind::ALL {
            assert!(cases.iter().any(|(_, k)| *k == kind), "{kind:?} has a case");
        }
        for (headers, kind) in cases {
            check(headers, kind, &[]);
        }
    }

    #[test]
    fn fuzzy_match_carries_its_confidence() {
        let mapping = map_headers(&["Impresions".to_owned()]);
        assert_eq!(mapping[0].field, Some(Field::Impressions));
        assert!(mapping[0].confidence < 1.0 && mapping[0].confidence >= FUZZY_THRESHOLD);
    }

    #[test]
    fn rates_never_fuzzy_match_counts() {
        let mapping = map_headers(&["Complaint Rate".to_owned(), "ad_id".to_owned()]);
        assert_eq!(mapping[0].field, None);
        assert_eq!(mapping[1].field, None);
    }

    #[test]
    fn ids_round_trip() {
        for f in Field::ALL {
            assert_eq!(Field::from_id(f.id()), Some(f));
        }
        for k in FileKind::ALL {
            assert_eq!(FileKind::from_id(k.id()), Some(k));
        }
    }
}
