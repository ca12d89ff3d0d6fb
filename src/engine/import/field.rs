//! Canonical fields, file kinds, and the header alias table that maps exports onto them.
//!
//! Headers are normalised (lower case, punctuation to spaces, filler words such as
//! "of" and currency codes dropped) and looked up in [`ALIASES`]; a header no alias
//! matches is compared to every alias with Jaro–Winkler similarity, and mapped when it
//! is close enough, with that similarity as its confidence.

use crate::engine::import::vocab::headers::{self, Alias};
use crate::engine::import::vocab::Lang;
use rustc_hash::FxHashMap;
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
    /// Order or invoice number of a shop or payment export (one order can span several
    /// line-item rows).
    OrderId,
    /// Units of a line item; negative on a cancellation line.
    Quantity,
    /// Price of one unit of a line item.
    UnitPrice,
    /// Financial or order status of an order or payment (paid, refunded, pending…).
    OrderStatus,
    /// Amount refunded on an order or payment.
    Refunded,
    /// Why a deal was lost.
    LossReason,
    /// A deal's "won" check box (Salesforce `Won`).
    IsWon,
    /// A deal's "closed" check box (Salesforce `Closed`).
    IsClosed,
    /// The last day a row covers, when rows cover a range (Meta's "Reporting ends"
    /// beside "Reporting starts"): the row counts in the periods that hold its range.
    PeriodEnd,
    /// When a contact became a lead: a contacts export's stage date (HubSpot's
    /// "Became a Lead Date"), one of the five that give each contact its stage history
    /// without a stage-history file.
    BecameLead,
    /// When a contact became a marketing-qualified lead.
    BecameMql,
    /// When a contact became a sales-qualified lead.
    BecameSql,
    /// When a contact became an opportunity.
    BecameOpportunity,
    /// When a contact became a customer.
    BecameCustomer,
    /// Hard bounces: one part of the bounces. Read into the bounces (with the soft
    /// ones) only when the file has neither a bounces nor a delivered column.
    HardBounces,
    /// Soft bounces: the other part.
    SoftBounces,
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
    pub const ALL: [Field; 71] = [
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
        Field::OrderId,
        Field::Quantity,
        Field::UnitPrice,
        Field::OrderStatus,
        Field::Refunded,
        Field::LossReason,
        Field::IsWon,
        Field::IsClosed,
        Field::PeriodEnd,
        Field::BecameLead,
        Field::BecameMql,
        Field::BecameSql,
        Field::BecameOpportunity,
        Field::BecameCustomer,
        Field::HardBounces,
        Field::SoftBounces,
    ];

    /// The type of value the field holds.
    pub fn value_type(self) -> ValueType {
        use Field::*;
        match self {
            Date | CreatedDate | EnteredAt | ExitedAt | WonDate | SetupDate | LastReview
            | TouchedAt | ChurnDate | PeriodEnd => ValueType::Date,
            BecameLead | BecameMql | BecameSql | BecameOpportunity | BecameCustomer => {
                ValueType::Date
            }
            Impressions | Reach | Clicks | Conversions | Leads | Sent | Delivered | Bounces
            | Opens | Unsubscribes | SpamComplaints | Orders | ListSize | Visitors | Sessions
            | Likes | Shares | Comments | Reposts | Followers | NewSubscribers | HardBounces
            | SoftBounces => ValueType::Count,
            Spend | Revenue | LabourCost | LabourHours | Amount | Score | Csat | Baseline => {
                ValueType::Amount
            }
            // A quantity is negative on a cancellation line, so it is an amount, not a
            // count (a negative count skips its row).
            Quantity | UnitPrice | Refunded => ValueType::Amount,
            Channel | Campaign | AdGroup | Source | LeadId | Stage | Action | DealId | Segment
            | Program | ProgramType | Owner | LandingPage | Post | Respondent | CustomerId
            | Response | LossReason | IsWon | IsClosed => ValueType::Text,
            OrderId | OrderStatus => ValueType::Text,
        }
    }

    /// True when the field's values add up across rows, so that a totals row holds
    /// their sum: spend, clicks, sessions. Reach, unique users, list sizes, followers,
    /// scores and other stocks or averages do not (a totals row dedupes or averages
    /// them), and text and dates are not numbers.
    pub fn additive(self) -> bool {
        use Field::*;
        match self {
            Spend | Impressions | Clicks | Conversions | Leads | Revenue | LabourCost
            | LabourHours | Sent | Delivered | Bounces | Opens | Unsubscribes | SpamComplaints
            | Orders | Sessions | Likes | Shares | Comments | Reposts | NewSubscribers | Amount
            | Quantity | Refunded | HardBounces | SoftBounces => true,
            Reach | ListSize | Visitors | Followers | Score | Csat | Baseline | UnitPrice => false,
            Date | CreatedDate | EnteredAt | ExitedAt | WonDate | SetupDate | LastReview
            | TouchedAt | ChurnDate | PeriodEnd => false,
            BecameLead | BecameMql | BecameSql | BecameOpportunity | BecameCustomer => false,
            Channel | Campaign | AdGroup | Source | LeadId | Stage | Action | DealId | Segment
            | Program | ProgramType | Owner | LandingPage | Post | Respondent | CustomerId
            | Response | OrderId | OrderStatus | LossReason | IsWon | IsClosed => false,
        }
    }

    /// True for the fields that identify a record (a lead, a deal, an order, a
    /// customer, a respondent): matched by exact alias only, since a header spelled like
    /// one names as often a count of the same things ("Customers" beside "Customer").
    pub fn is_identifier(self) -> bool {
        matches!(
            self,
            Field::LeadId | Field::DealId | Field::OrderId | Field::CustomerId | Field::Respondent
        )
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
            OrderId => "order_id",
            Quantity => "quantity",
            UnitPrice => "unit_price",
            OrderStatus => "order_status",
            Refunded => "refunded",
            LossReason => "loss_reason",
            IsWon => "is_won",
            IsClosed => "is_closed",
            PeriodEnd => "period_end",
            BecameLead => "became_lead",
            BecameMql => "became_mql",
            BecameSql => "became_sql",
            BecameOpportunity => "became_opportunity",
            BecameCustomer => "became_customer",
            HardBounces => "hard_bounces",
            SoftBounces => "soft_bounces",
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

/// Header aliases, already normalised by [`normalise`]: the table of
/// [`vocab::headers`](crate::engine::import::vocab::headers), one row per (language, vendor,
/// header). Earlier rows for the same field win when two columns compete for it (so
/// "unique opens" beats "total opens").
pub const ALIASES: &[Alias] = headers::HEADERS;

/// Headers too generic to map alone, mapped when another column of the file says what
/// they are: (normalised header, field, fields of which one must be mapped from another
/// column). Shopify names its order number `Name` (`#1001`), its customer `Email` and
/// its order total `Total`; Stripe and WooCommerce call their status `Status`, which in
/// a deals file is a stage.
pub const CONTEXT_ALIASES: &[(&str, Field, &[Field])] = &[
    (
        "name",
        Field::OrderId,
        &[Field::OrderStatus, Field::Quantity],
    ),
    (
        "email",
        Field::CustomerId,
        &[Field::OrderId, Field::OrderStatus],
    ),
    (
        "total",
        Field::Amount,
        &[Field::OrderId, Field::OrderStatus],
    ),
    // PrestaShop's French order list (`vocab::headers`).
    (
        "etat",
        Field::OrderStatus,
        &[
            Field::OrderId,
            Field::Quantity,
            Field::UnitPrice,
            Field::Refunded,
        ],
    ),
    (
        "status",
        Field::OrderStatus,
        &[
            Field::OrderId,
            Field::Quantity,
            Field::UnitPrice,
            Field::Refunded,
        ],
    ),
];

/// The normalised object prefix of Pipedrive deal exports (`Deal - Value`): a header
/// with no alias of its own is looked up again without it.
pub const DEAL_PREFIX: &str = "deal ";

/// Similarity at or above which a header with no exact alias is mapped.
pub const FUZZY_THRESHOLD: f64 = 0.9;

/// Headers and aliases shorter than this are matched exactly, never fuzzily.
pub const FUZZY_MIN_CHARS: usize = 6;

/// A fuzzy match must share this many leading characters with its alias.
pub const FUZZY_PREFIX_CHARS: usize = 2;

/// Normalises a header for lookup: lower case, diacritics folded (`é` → `e`, `ș` → `s`,
/// `ð` → `d`, `þ` → `th`, `æ` → `ae`, `ß` → `ss`), every run of other characters that
/// are not letters or digits one space, and filler words (`of`, `#`, `no`) and
/// bracketed or trailing currency codes dropped. One allocation: the result.
pub fn normalise(header: &str) -> String {
    const FILLER: &[&str] = &[
        "of", "no", "num", "the", "usd", "eur", "gbp", "brl", "inr", "aud", "cad", "isk", "ron",
        "chf", "sek", "nok", "dkk", "pln", "mxn", "ars", "cop", "clp", "jpy", "huf", "czk", "nzd",
        "zar", "lei", "kr", "ht",
    ];
    let mut out = String::with_capacity(header.len());
    // Byte offset in `out` where the current word starts, while inside a word.
    let mut word: Option<usize> = None;
    let end_word = |out: &mut String, start: usize| {
        if out.get(start..).is_some_and(|w| FILLER.contains(&w)) {
            // Drop the word and the space before it.
            out.truncate(start.saturating_sub(1));
        }
    };
    for c in header.chars().flat_map(char::to_lowercase) {
        if is_combining_mark(c) {
            // A decomposed accent (`e` + U+0301) folds like the composed letter.
            continue;
        }
        if c.is_alphanumeric() {
            if word.is_none() {
                if !out.is_empty() {
                    out.push(' ');
                }
                word = Some(out.len());
            }
            match fold(c) {
                Some(ascii) => out.push_str(ascii),
                None => out.push(c),
            }
        } else if let Some(start) = word.take() {
            end_word(&mut out, start);
        }
    }
    if let Some(start) = word {
        end_word(&mut out, start);
    }
    out
}

/// The plain letters a lower-case letter with a diacritic folds to, if it has one.
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
        'ł' | 'ľ' | 'ĺ' => "l",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ř' => "r",
        'ś' | 'š' | 'ş' | 'ș' => "s",
        'ß' => "ss",
        'ť' | 'ţ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

/// Combining diacritical marks (U+0300–U+036F), as decomposed text (macOS file names,
/// some exports) writes accents.
fn is_combining_mark(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
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
    let norms: Vec<String> = headers.iter().map(|h| normalise(h)).collect();
    let mut candidates: Vec<Candidate> = norms
        .iter()
        .enumerate()
        .filter_map(|(col, n)| {
            let raw = headers.get(col).map_or("", String::as_str);
            let fuzzy = !raw.contains(['/', '%']);
            best_alias(n, fuzzy).map(|(f, c, r)| (col, f, c, r))
        })
        .collect();
    let context = context_candidates(&norms, &candidates);
    candidates.retain(|c| !context.iter().any(|k| k.0 == c.0));
    candidates.extend(context);
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

/// How many of `cells` are headers the vocabulary knows exactly (after
/// [`normalise`]): what tells a table's header row from a report's title lines.
pub fn known_headers<'a>(cells: impl IntoIterator<Item = &'a str>) -> usize {
    cells
        .into_iter()
        .filter(|c| best_alias(&normalise(c), false).is_some())
        .count()
}

/// Whether the headers are written in a language whose users write the day first:
/// more of them are aliases of those languages only than of English only (a French
/// export's `Jour`, `Campagne`, `Coût`; `Impressions` is both, and does not count).
/// Every language of the vocabulary but English writes dates day first; English is
/// read month first in the United States, day first elsewhere, so it says nothing.
pub fn headers_write_day_first<'a>(headers: impl IntoIterator<Item = &'a str>) -> bool {
    let (mut day_first, mut english) = (0usize, 0usize);
    for header in headers.into_iter().take(64) {
        let norm = normalise(header);
        if norm.is_empty() {
            continue;
        }
        let langs = ALIASES.iter().filter(|a| a.header == norm).map(|a| a.lang);
        let (mut en, mut other) = (false, false);
        for lang in langs {
            if lang == Lang::En {
                en = true;
            } else {
                other = true;
            }
        }
        match (en, other) {
            (true, false) => english += 1,
            (false, true) => day_first += 1,
            _ => {}
        }
    }
    day_first > english
}

/// The [`CONTEXT_ALIASES`] that apply: a generic header whose context field another
/// column maps to. They rank after every alias, so an exact alias of the same field in
/// another column wins.
fn context_candidates(norms: &[String], candidates: &[Candidate]) -> Vec<Candidate> {
    norms
        .iter()
        .enumerate()
        .filter_map(|(col, norm)| {
            let (i, (_, field, context)) = CONTEXT_ALIASES
                .iter()
                .enumerate()
                .find(|(_, (alias, _, _))| alias == norm)?;
            let present = candidates
                .iter()
                .any(|c| c.0 != col && context.contains(&c.1));
            present.then_some((col, *field, 1.0, ALIASES.len().saturating_add(i)))
        })
        .collect()
}

/// The best alias for a normalised header: (field, confidence, rank in [`ALIASES`]).
/// `fuzzy` is false for a header written as a ratio (`Cost / conv.`, `Open %`), which
/// is matched exactly or not at all.
fn best_alias(norm: &str, fuzzy: bool) -> Option<(Field, f64, usize)> {
    if norm.is_empty() {
        return None;
    }
    let index = alias_index();
    let exact = |header: &str| {
        let rank = *index.exact.get(header)?;
        ALIASES.get(rank).map(|alias| (alias.field, 1.0, rank))
    };
    if let Some(found) = exact(norm) {
        return Some(found);
    }
    // Pipedrive prefixes every deal column with its object: `Deal - Lost reason`.
    if let Some(found) = norm.strip_prefix(DEAL_PREFIX).and_then(exact) {
        return Some(found);
    }
    // Short headers are too easily alike ("ad id" and "lead id"): exact aliases only.
    // A rate or share is never a count of the same thing ("complaint rate"), and a
    // header known to name no field ("Interactions") is never near one.
    let len = norm.chars().count();
    if !fuzzy || len < FUZZY_MIN_CHARS || headers::is_rate(norm) || headers::is_unmapped(norm) {
        return None;
    }
    // Jaro–Winkler forgives a transposed start, so words of other languages made of the
    // same letters come close ("balance" and Spanish "alcance", 0.905); a typo rarely
    // falls on the first two letters, so a fuzzy match must share them.
    let near = index.fuzzy.get(&first_chars(norm))?;
    let letters = Letters::of(norm);
    near.iter()
        .filter(|a| lengths_may_match(len, a.chars))
        .filter(|a| letters_may_match(&letters, len, &a.letters, a.chars))
        .filter_map(|a| Some((ALIASES.get(a.rank)?, a.rank)))
        .map(|(alias, rank)| {
            let score = strsim::jaro_winkler(norm, alias.header);
            (alias.field, score, rank)
        })
        .filter(|(_, score, _)| *score >= FUZZY_THRESHOLD)
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.2.cmp(&a.2)))
}

/// [`ALIASES`] arranged for [`best_alias`], built once: header matching runs on every
/// header of every file, and scanning the table for each one cost more than the rest of
/// a small file's import.
struct AliasIndex {
    /// Each normalised header's first (highest-priority) rank.
    exact: FxHashMap<&'static str, usize>,
    /// The aliases a header may match fuzzily (long enough, not identifiers) by their
    /// first characters, with their length in characters.
    fuzzy: FxHashMap<[Option<char>; FUZZY_PREFIX_CHARS], Vec<FuzzyAlias>>,
}

struct FuzzyAlias {
    rank: usize,
    chars: usize,
    letters: Letters,
}

/// How many characters of a string fall in each of 32 classes (a character's code
/// modulo 32), capped at 255: two strings share at most `Σ min` characters, so Jaro's
/// matches are bounded without running it.
#[derive(Clone, Copy, Debug)]
struct Letters([u8; 32]);

impl Letters {
    fn of(s: &str) -> Self {
        let mut counts = [0u8; 32];
        for c in s.chars() {
            if let Some(n) = counts.get_mut(c as usize % 32) {
                *n = n.saturating_add(1);
            }
        }
        Letters(counts)
    }

    /// An upper bound on the characters `self` and `other` have in common.
    fn shared(&self, other: &Letters) -> usize {
        let pairs = self.0.iter().zip(other.0.iter());
        pairs.map(|(a, b)| usize::from(*a.min(b))).sum()
    }
}

fn alias_index() -> &'static AliasIndex {
    static INDEX: std::sync::OnceLock<AliasIndex> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut exact = FxHashMap::default();
        for (rank, alias) in ALIASES.iter().enumerate() {
            exact.entry(alias.header).or_insert(rank);
        }
        let mut fuzzy: FxHashMap<_, Vec<FuzzyAlias>> = FxHashMap::default();
        for (rank, alias) in ALIASES.iter().enumerate() {
            let chars = alias.header.chars().count();
            if chars >= FUZZY_MIN_CHARS && !alias.field.is_identifier() {
                let at = fuzzy.entry(first_chars(alias.header)).or_default();
                let letters = Letters::of(alias.header);
                at.push(FuzzyAlias {
                    rank,
                    chars,
                    letters,
                });
            }
        }
        AliasIndex { exact, fuzzy }
    })
}

/// The first [`FUZZY_PREFIX_CHARS`] characters of `s` (`None` past its end).
fn first_chars(s: &str) -> [Option<char>; FUZZY_PREFIX_CHARS] {
    let mut chars = s.chars();
    std::array::from_fn(|_| chars.next())
}

/// Whether strings of `a` and `b` characters can be [`FUZZY_THRESHOLD`]-similar at
/// all. Jaro is at most `(2 + s / l) / 3` for lengths `s ≤ l`, and Winkler adds at most
/// `0.4 × (1 − jaro)`, so a score of `t` needs `s / l ≥ 5t − 4` (one half for 0.9).
/// Comparing a header of a million characters with every alias would cost seconds
/// (the Jaro window grows with the longer string); this answers in constant time.
fn lengths_may_match(a: usize, b: usize) -> bool {
    let (short, long) = if a <= b { (a, b) } else { (b, a) };
    // The margin keeps a pair exactly at the bound.
    short as f64 >= (5.0 * FUZZY_THRESHOLD - 4.0) * long as f64 - 1e-9
}

/// Whether strings of `a` and `b` characters with these [`Letters`] can be
/// [`FUZZY_THRESHOLD`]-similar. With `m` matching characters (at most the letters they
/// share; strings over 255 characters, where a capped count could undercount, are let
/// through), Jaro is at most `(m / a + m / b + 1) / 3`, and Winkler's bonus at most
/// `0.4 × (1 − jaro)`, so a score of `t` needs Jaro of at least `(t − 0.4) / 0.6`. Most
/// aliases that share a header's first two letters fail this, and Jaro itself is a
/// quadratic scan of characters.
fn letters_may_match(letters: &Letters, a: usize, other: &Letters, b: usize) -> bool {
    if a > 255 || b > 255 {
        return true;
    }
    let (a, b) = (a.max(1) as f64, b.max(1) as f64);
    let m = letters.shared(other) as f64;
    let jaro = (m / a + m / b + 1.0) / 3.0;
    jaro >= (FUZZY_THRESHOLD - 0.4) / 0.6 - 1e-9
}

/// Recognises the kind of a file from the fields its columns map to, with a confidence
/// (the share of the kind's characteristic fields present).
pub fn recognise(mapping: &[ColumnMapping]) -> (FileKind, f64) {
    let (kind, found, usual) = recognise_counts(mapping);
    let confidence = if usual == 0 {
        0.0
    } else {
        found as f64 / usual as f64
    };
    (kind, confidence)
}

/// The kind [`recognise`] gives, with (usual columns of that kind found in `mapping`,
/// usual columns of the kind): the evidence behind its confidence.
pub fn recognise_counts(mapping: &[ColumnMapping]) -> (FileKind, usize, usize) {
    let has = |f: Field| mapping.iter().any(|m| m.field == Some(f));
    use Field::*;
    let engagement = [Likes, Shares, Comments, Reposts].iter().any(|f| has(*f));
    // Order matters: the first rule that matches wins. The specific kinds come first: a
    // stage file that also names a channel is still a stage file, and touchpoints come
    // before leads, which a lead id with a source would match. Web and social files can
    // carry impressions and conversions, so they are tried before ad performance, and
    // only when the file has no spend.
    let rules: [(FileKind, bool, &[Field]); 13] = [
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
        // Line items (one row per product of an order), or orders without a customer.
        (
            FileKind::Transactions,
            has(OrderId) && (has(Quantity) && has(UnitPrice) || has(Amount)),
            &[OrderId, Date, Quantity, UnitPrice, CustomerId],
        ),
        (
            FileKind::Responses,
            has(Response) && !has(Stage) && !has(WonDate),
            &[Response, Campaign, Segment],
        ),
        (
            FileKind::Leads,
            has(LeadId)
                && (has(CreatedDate)
                    || has(Source)
                    || has(Stage)
                    || has(Score)
                    || has(BecameMql)
                    || has(BecameSql)),
            &[LeadId, CreatedDate, Source, Score, Stage],
        ),
    ];
    rules.iter().find(|(_, matches, _)| *matches).map_or(
        (FileKind::Unknown, 0, 0),
        |(kind, _, fields)| {
            (
                *kind,
                fields.iter().filter(|f| has(**f)).count(),
                fields.len(),
            )
        },
    )
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
        assert_eq!(normalise("Cost (lei)"), "cost");
        assert_eq!(normalise("Coût HT"), "cout");
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
    fn recognises_line_item_and_shop_exports() {
        // UCI "Online Retail", and its second edition.
        check(
            &[
                "InvoiceNo",
                "StockCode",
                "Description",
                "Quantity",
                "InvoiceDate",
                "UnitPrice",
                "CustomerID",
                "Country",
            ],
            FileKind::Transactions,
            &[
                ("InvoiceNo", Some(Field::OrderId)),
                ("StockCode", None),
                ("Description", None),
                ("Quantity", Some(Field::Quantity)),
                ("InvoiceDate", Some(Field::Date)),
                ("UnitPrice", Some(Field::UnitPrice)),
                ("CustomerID", Some(Field::CustomerId)),
                ("Country", None),
            ],
        );
        check(
            &[
                "Invoice",
                "StockCode",
                "Description",
                "Quantity",
                "InvoiceDate",
                "Price",
                "Customer ID",
                "Country",
            ],
            FileKind::Transactions,
            &[
                ("Invoice", Some(Field::OrderId)),
                ("Price", Some(Field::UnitPrice)),
            ],
        );
        // Shopify orders: `Name` is the order number, `Email` the customer, `Total`
        // the order total, only because the file also has its financial status.
        check(
            &[
                "Name",
                "Email",
                "Financial Status",
                "Paid at",
                "Fulfillment Status",
                "Subtotal",
                "Total",
                "Discount Amount",
                "Created at",
                "Lineitem quantity",
                "Lineitem name",
                "Lineitem price",
                "Lineitem compare at price",
                "Billing Name",
                "Refunded Amount",
                "Id",
            ],
            FileKind::Transactions,
            &[
                ("Name", Some(Field::OrderId)),
                ("Email", Some(Field::CustomerId)),
                ("Financial Status", Some(Field::OrderStatus)),
                ("Fulfillment Status", None),
                ("Total", Some(Field::Amount)),
                ("Discount Amount", None),
                ("Created at", Some(Field::CreatedDate)),
                ("Lineitem quantity", Some(Field::Quantity)),
                ("Lineitem price", Some(Field::UnitPrice)),
                ("Lineitem compare at price", None),
                ("Billing Name", None),
                ("Refunded Amount", Some(Field::Refunded)),
                ("Id", None),
            ],
        );
        // WooCommerce (Customer/Order/Coupon Export, one row per line item).
        check(
            &[
                "order_id",
                "order_number",
                "order_date",
                "status",
                "order_total",
                "customer_email",
                "item_name",
                "item_quantity",
                "item_total",
            ],
            FileKind::Transactions,
            &[
                ("order_id", Some(Field::OrderId)),
                ("order_number", None),
                ("status", Some(Field::OrderStatus)),
                ("order_total", Some(Field::Amount)),
                ("item_quantity", Some(Field::Quantity)),
            ],
        );
        // Stripe payments.
        check(
            &[
                "id",
                "Created date (UTC)",
                "Amount",
                "Amount Refunded",
                "Currency",
                "Status",
                "Customer ID",
                "Customer Email",
            ],
            FileKind::Transactions,
            &[
                ("Status", Some(Field::OrderStatus)),
                ("Amount Refunded", Some(Field::Refunded)),
                ("Customer ID", Some(Field::CustomerId)),
                ("Customer Email", None),
                ("id", None),
            ],
        );
    }

    #[test]
    fn generic_headers_need_their_context() {
        // A people list's name and e-mail, a deals file's status: not orders. (A
        // status without order columns is a stage.)
        check(
            &["Name", "Email", "Total", "Status"],
            FileKind::Unknown,
            &[
                ("Name", None),
                ("Email", None),
                ("Total", None),
                ("Status", Some(Field::Stage)),
            ],
        );
        check(
            &["Deal ID", "Lead ID", "Status", "Amount", "Won date"],
            FileKind::Deals,
            &[("Status", Some(Field::Stage))],
        );
    }

    /// (header as exports write it, field): one case per alias of the orders group.
    const ORDER_HEADERS: &[(&str, Field)] = &[
        ("Total Orders", Field::Orders),
        ("Total Revenue", Field::Revenue),
        ("Total Gross Sales", Field::Revenue),
        ("Order ID", Field::OrderId),
        ("Order Number", Field::OrderId),
        ("Order #", Field::OrderId),
        ("Invoice", Field::OrderId),
        ("InvoiceNo", Field::OrderId),
        ("Invoice number", Field::OrderId),
        ("Invoice ID", Field::OrderId),
        ("N° de commande", Field::OrderId),
        ("Numéro de commande", Field::OrderId),
        ("Commande", Field::OrderId),
        ("Facture", Field::OrderId),
        ("Numéro de facture", Field::OrderId),
        ("Reikningur", Field::OrderId),
        ("Reikningsnúmer", Field::OrderId),
        ("Pöntun", Field::OrderId),
        ("Pöntunarnúmer", Field::OrderId),
        ("Factură", Field::OrderId),
        ("Număr factură", Field::OrderId),
        ("Comandă", Field::OrderId),
        ("Număr comandă", Field::OrderId),
        ("Nr. comandă", Field::OrderId),
        ("Factura", Field::OrderId),
        ("Número de factura", Field::OrderId),
        ("Pedido", Field::OrderId),
        ("Número de pedido", Field::OrderId),
        ("Fatura", Field::OrderId),
        ("Número do pedido", Field::OrderId),
        ("Rechnung", Field::OrderId),
        ("Rechnungsnummer", Field::OrderId),
        ("Bestellnummer", Field::OrderId),
        ("Bestellung", Field::OrderId),
        ("Fattura", Field::OrderId),
        ("Numero fattura", Field::OrderId),
        ("Ordine", Field::OrderId),
        ("Numero ordine", Field::OrderId),
        ("Factuur", Field::OrderId),
        ("Factuurnummer", Field::OrderId),
        ("Bestelling", Field::OrderId),
        ("Bestelnummer", Field::OrderId),
        ("Quantity", Field::Quantity),
        ("Qty", Field::Quantity),
        ("Lineitem quantity", Field::Quantity),
        ("Item quantity", Field::Quantity),
        ("Quantité", Field::Quantity),
        ("Magn", Field::Quantity),
        ("Cantitate", Field::Quantity),
        ("Cantidad", Field::Quantity),
        ("Quantidade", Field::Quantity),
        ("Menge", Field::Quantity),
        ("Quantità", Field::Quantity),
        ("Aantal", Field::Quantity),
        ("Unit price", Field::UnitPrice),
        ("UnitPrice", Field::UnitPrice),
        ("Price", Field::UnitPrice),
        ("Lineitem price", Field::UnitPrice),
        ("Item price", Field::UnitPrice),
        ("Item Cost", Field::UnitPrice),
        ("Prix unitaire", Field::UnitPrice),
        ("Einingaverð", Field::UnitPrice),
        ("Preț unitar", Field::UnitPrice),
        ("Pret unitar", Field::UnitPrice),
        ("Precio unitario", Field::UnitPrice),
        ("Preço unitário", Field::UnitPrice),
        ("Einzelpreis", Field::UnitPrice),
        ("Prezzo unitario", Field::UnitPrice),
        ("Stukprijs", Field::UnitPrice),
        ("Financial Status", Field::OrderStatus),
        ("Order Status", Field::OrderStatus),
        ("Payment status", Field::OrderStatus),
        ("Statut de la commande", Field::OrderStatus),
        ("Staða pöntunar", Field::OrderStatus),
        ("Stare comandă", Field::OrderStatus),
        ("Estado del pedido", Field::OrderStatus),
        ("Status do pedido", Field::OrderStatus),
        ("Bestellstatus", Field::OrderStatus),
        ("Stato ordine", Field::OrderStatus),
        ("Bestelstatus", Field::OrderStatus),
        ("Refunded Amount", Field::Refunded),
        ("Amount Refunded", Field::Refunded),
        ("Refund amount", Field::Refunded),
        ("Montant remboursé", Field::Refunded),
        ("Endurgreidd upphæð", Field::Refunded),
        ("Sumă rambursată", Field::Refunded),
        ("Importe reembolsado", Field::Refunded),
        ("Valor reembolsado", Field::Refunded),
        ("Erstatteter Betrag", Field::Refunded),
        ("Importo rimborsato", Field::Refunded),
        ("Terugbetaald bedrag", Field::Refunded),
        ("InvoiceDate", Field::Date),
        ("Invoice date", Field::Date),
        ("Date de commande", Field::Date),
        ("Dagsetning", Field::Date),
        ("Data comenzii", Field::Date),
        ("Fecha del pedido", Field::Date),
        ("Data do pedido", Field::Date),
        ("Bestelldatum", Field::Date),
        ("Data ordine", Field::Date),
        ("Besteldatum", Field::Date),
        ("CustomerID", Field::CustomerId),
        ("N° client", Field::CustomerId),
        ("Viðskiptavinur", Field::CustomerId),
        ("ID client", Field::CustomerId),
        ("ID de cliente", Field::CustomerId),
        ("ID do cliente", Field::CustomerId),
        ("Kundennummer", Field::CustomerId),
        ("ID cliente", Field::CustomerId),
        ("Klantnummer", Field::CustomerId),
    ];

    #[test]
    fn order_headers_map_in_every_language() {
        for (header, field) in ORDER_HEADERS {
            let mapping = map_headers(&[header.to_string()]);
            assert_eq!(mapping[0].field, Some(*field), "{header}");
            assert_eq!(mapping[0].confidence, 1.0, "{header}");
        }
        // A context alias is for a header too generic for the table (or one the table
        // gives to another field, as a deals file's `status`).
        for (alias, field, _) in CONTEXT_ALIASES {
            assert_eq!(normalise(alias), *alias);
            assert_ne!(
                best_alias(alias, true).map(|b| b.0),
                Some(*field),
                "{alias}"
            );
        }
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
        let cases: [(&[&str], FileKind); 14] = [
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
                &["Invoice", "Quantity", "Unit price"],
                FileKind::Transactions,
            ),
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
    fn identifiers_are_matched_exactly_never_by_likeness() {
        // "Customers" beside the alias "customer" is a count of them, not their id: read
        // as ids, its small numbers would be counted as customers.
        let headers = ["Customers", "Customer", "Deal IDs", "Lead identifier"];
        let mapping = map_headers(&headers.map(str::to_owned));
        let fields: Vec<_> = mapping.iter().map(|m| m.field).collect();
        assert_eq!(fields, [None, Some(Field::CustomerId), None, None]);
        for field in [
            Field::LeadId,
            Field::DealId,
            Field::OrderId,
            Field::CustomerId,
        ] {
            assert!(field.is_identifier(), "{field:?}");
        }
        assert!(!Field::Campaign.is_identifier());
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

    #[test]
    fn lengths_too_far_apart_never_reach_the_threshold() {
        // The closest a longer header can come to an alias is the alias followed by
        // other letters: below the bound it stays under the threshold, at it the filter
        // lets it through.
        for alias in ALIASES.iter().map(|a| a.header) {
            let n = alias.chars().count();
            for extra in 1..=2 * n + 2 {
                let long = format!("{alias}{}", "q".repeat(extra));
                let score = strsim::jaro_winkler(&long, alias);
                if !lengths_may_match(n, n + extra) {
                    assert!(score < FUZZY_THRESHOLD, "{long:?} ~ {alias:?}: {score}");
                }
            }
        }
        assert!(lengths_may_match(6, 12) && !lengths_may_match(6, 13));
    }

    #[test]
    fn the_letter_bound_never_drops_a_match() {
        // Edits of every alias (a letter dropped, doubled, changed, two swapped, at a
        // few places) against the aliases they are compared with: whenever
        // Jaro–Winkler reaches the threshold, the bound let the pair through.
        let index = alias_index();
        let mut tried = 0usize;
        for alias in ALIASES.iter().map(|a| a.header) {
            let chars: Vec<char> = alias.chars().collect();
            let mut edits: Vec<Vec<char>> = Vec::new();
            for i in [2, chars.len() / 2, chars.len().saturating_sub(1)] {
                if i + 1 >= chars.len() {
                    continue;
                }
                let mut v = chars.clone();
                v.remove(i);
                edits.push(v);
                let mut v = chars.clone();
                v.insert(i, chars[i]);
                edits.push(v);
                let mut v = chars.clone();
                v[i] = 'x';
                edits.push(v);
                let mut v = chars.clone();
                v.swap(i, i + 1);
                edits.push(v);
            }
            for edit in edits.iter().map(|v| v.iter().collect::<String>()) {
                let (letters, n) = (Letters::of(&edit), edit.chars().count());
                let Some(near) = index.fuzzy.get(&first_chars(&edit)) else {
                    continue;
                };
                for other in near {
                    let header = ALIASES[other.rank].header;
                    if strsim::jaro_winkler(&edit, header) >= FUZZY_THRESHOLD {
                        let through = letters_may_match(&letters, n, &other.letters, other.chars);
                        assert!(through, "{edit:?} ~ {header:?}");
                        tried += 1;
                    }
                }
            }
        }
        assert!(tried > 1000, "{tried}");
    }

    #[test]
    fn a_header_of_a_million_characters_maps_to_nothing_quickly() {
        let header = format!("Impressions {}", "x".repeat(1_000_000));
        assert_eq!(map_headers(&[header])[0].field, None);
    }
}
