//! The CRM side of the audit: leads, stage changes and deals joined on the lead id,
//! turned into dated events (a lead created, a lead entering MQL, a deal won) that the
//! audit groups like any other row.
//!
//! Each lead counts once per stage: the first time it enters MQL is its MQL event, and
//! a re-entry is not a second MQL. A deal whose lead id matches no lead is still a
//! customer (with no source) and is reported as unmatched.
//!
//! Only won deals are customers and revenue. A deals file's outcome per row (won, lost,
//! open or unclassified) is read once at import ([`Ingested::outcomes`]); a deals file
//! without a stage, status or won/closed column keeps the old reading — every deal
//! with a close date is won — and its import says so.

use crate::engine::import::field::{Field, FileKind};
use crate::engine::import::ingest::{Dates, Ingested};
use crate::engine::import::vocab::outcomes::Outcome;
use crate::engine::metrics::metric::Measure;
use chrono::{NaiveDate, NaiveDateTime};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Funnel stages, recognised from the stage names CRMs use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StageKind {
    /// A new lead, subscriber or contact.
    Lead,
    /// Marketing-qualified lead.
    Mql,
    /// Sales-accepted or sales-qualified lead.
    Sql,
    /// An opportunity or deal in progress.
    Opportunity,
    /// A customer: the deal was won.
    Customer,
    /// Lost, disqualified or recycled out of the funnel.
    Lost,
    /// A stage name we do not recognise; kept, never counted as a funnel step.
    Other,
}

impl StageKind {
    /// Every stage kind, funnel order first, then the ones outside the funnel.
    pub const ALL: [StageKind; 7] = [
        StageKind::Lead,
        StageKind::Mql,
        StageKind::Sql,
        StageKind::Opportunity,
        StageKind::Customer,
        StageKind::Lost,
        StageKind::Other,
    ];

    /// The ordered funnel steps: Lead → MQL → SQL → Opportunity → Customer.
    pub const FUNNEL: [StageKind; 5] = [
        StageKind::Lead,
        StageKind::Mql,
        StageKind::Sql,
        StageKind::Opportunity,
        StageKind::Customer,
    ];

    /// The stable id used in exports and as a figure's group.
    pub fn id(self) -> &'static str {
        match self {
            StageKind::Lead => "lead",
            StageKind::Mql => "mql",
            StageKind::Sql => "sql",
            StageKind::Opportunity => "opportunity",
            StageKind::Customer => "customer",
            StageKind::Lost => "lost",
            StageKind::Other => "other",
        }
    }

    /// The stage kind with the given id.
    pub fn from_id(id: &str) -> Option<StageKind> {
        StageKind::ALL.into_iter().find(|k| k.id() == id)
    }

    /// The position in [`StageKind::FUNNEL`]; `None` for Lost and Other.
    pub fn step(self) -> Option<usize> {
        StageKind::FUNNEL.iter().position(|k| *k == self)
    }
}

/// How a row of [`STAGE_WORDS`] matches a stage name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Match {
    /// One of the name's words is this word ("SQL" in "Lead (SQL)").
    Word,
    /// The name holds this text ("marketing qualified" in "Marketing Qualified Lead").
    Text,
}

/// Stage words, by language: (language, text as [`normalise`](crate::engine::import::
/// vocab::outcomes::normalise) writes it — lower case, diacritics folded, apostrophes
/// dropped —, how it matches, the stage kind). The kinds are tried in the order of
/// [`STAGE_ORDER`], so "Lead qualifié par le marketing" is an MQL before it is a lead.
/// Sources: HubSpot's lifecycle stages in English and French (knowledge.hubspot.com,
/// knowledge.hubspot.com/fr), Salesforce's lead statuses; the Romanian and Icelandic
/// rows are our translations of those stages, said so here.
pub const STAGE_WORDS: &[(&str, &str, Match, StageKind)] = &[
    ("en", "mql", Match::Word, StageKind::Mql),
    ("en", "marketing qualified", Match::Text, StageKind::Mql),
    (
        "fr",
        "qualifie par le marketing",
        Match::Text,
        StageKind::Mql,
    ),
    ("fr", "qualifie marketing", Match::Text, StageKind::Mql),
    ("ro", "calificat de marketing", Match::Text, StageKind::Mql),
    ("ro", "calificat marketing", Match::Text, StageKind::Mql),
    ("en", "sql", Match::Word, StageKind::Sql),
    ("en", "sal", Match::Word, StageKind::Sql),
    ("en", "sales qualified", Match::Text, StageKind::Sql),
    ("en", "sales accepted", Match::Text, StageKind::Sql),
    // "qualifié par l'équipe commerciale": the apostrophe is dropped, "lequipe".
    ("fr", "equipe commerciale", Match::Text, StageKind::Sql),
    ("fr", "qualifie pour la vente", Match::Text, StageKind::Sql),
    ("fr", "qualifie commercial", Match::Text, StageKind::Sql),
    ("ro", "calificat de vanzari", Match::Text, StageKind::Sql),
    (
        "ro",
        "calificat pentru vanzari",
        Match::Text,
        StageKind::Sql,
    ),
    ("en", "lost", Match::Word, StageKind::Lost),
    ("en", "disqualified", Match::Text, StageKind::Lost),
    ("en", "unqualified", Match::Word, StageKind::Lost),
    ("en", "churned", Match::Word, StageKind::Lost),
    ("fr", "perdu", Match::Word, StageKind::Lost),
    ("fr", "disqualifie", Match::Word, StageKind::Lost),
    ("fr", "non qualifie", Match::Text, StageKind::Lost),
    ("ro", "pierdut", Match::Word, StageKind::Lost),
    ("ro", "descalificat", Match::Word, StageKind::Lost),
    ("is", "tapad", Match::Word, StageKind::Lost),
    ("en", "customer", Match::Word, StageKind::Customer),
    ("en", "won", Match::Word, StageKind::Customer),
    ("en", "client", Match::Word, StageKind::Customer),
    ("fr", "gagne", Match::Word, StageKind::Customer),
    ("ro", "clienti", Match::Word, StageKind::Customer),
    ("ro", "castigat", Match::Word, StageKind::Customer),
    ("is", "vidskiptavinur", Match::Word, StageKind::Customer),
    ("en", "opportunity", Match::Word, StageKind::Opportunity),
    ("en", "opp", Match::Word, StageKind::Opportunity),
    ("en", "proposal", Match::Word, StageKind::Opportunity),
    ("en", "negotiation", Match::Word, StageKind::Opportunity),
    ("en", "demo", Match::Word, StageKind::Opportunity),
    ("fr", "opportunite", Match::Word, StageKind::Opportunity),
    ("fr", "proposition", Match::Word, StageKind::Opportunity),
    ("fr", "negociation", Match::Word, StageKind::Opportunity),
    ("ro", "oportunitate", Match::Word, StageKind::Opportunity),
    ("ro", "negociere", Match::Word, StageKind::Opportunity),
    ("is", "taekifaeri", Match::Word, StageKind::Opportunity),
    ("en", "lead", Match::Word, StageKind::Lead),
    ("en", "subscriber", Match::Word, StageKind::Lead),
    ("en", "new", Match::Word, StageKind::Lead),
    ("en", "prospect", Match::Word, StageKind::Lead),
    ("en", "contact", Match::Word, StageKind::Lead),
    ("en", "visitor", Match::Word, StageKind::Lead),
    ("fr", "abonne", Match::Word, StageKind::Lead),
    ("fr", "nouveau", Match::Word, StageKind::Lead),
    ("ro", "abonat", Match::Word, StageKind::Lead),
    ("is", "askrifandi", Match::Word, StageKind::Lead),
];

/// The order stage kinds are tried in: the most specific first.
pub const STAGE_ORDER: [StageKind; 6] = [
    StageKind::Mql,
    StageKind::Sql,
    StageKind::Lost,
    StageKind::Customer,
    StageKind::Opportunity,
    StageKind::Lead,
];

/// Classifies a stage name ("Marketing Qualified Lead", "SQL", "Closed Won", "Lead
/// qualifié par le marketing", …) by [`STAGE_WORDS`]; `Other` when no row matches.
pub fn classify(stage: &str) -> StageKind {
    let s = crate::engine::import::vocab::outcomes::normalise(stage);
    let matches = |(_, text, how, _): &&(&str, &str, Match, StageKind)| match how {
        Match::Word => s.split(' ').any(|w| w == *text),
        Match::Text => s.contains(text),
    };
    STAGE_ORDER
        .into_iter()
        .find(|kind| {
            STAGE_WORDS
                .iter()
                .filter(|row| row.3 == *kind)
                .any(|row| matches(&row))
        })
        .unwrap_or(StageKind::Other)
}

/// One lead with everything the CRM files say about it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Lead {
    /// The lead id.
    pub id: String,
    /// Created or first-contact date (else its first stage entry).
    pub created: Option<NaiveDate>,
    /// Source or origin.
    pub source: Option<String>,
    /// Segment (from its deal).
    pub segment: Option<String>,
    /// Every stage entry, in time order.
    pub entered: Vec<(StageKind, NaiveDateTime)>,
    /// Won deals with a close date: date and amount.
    pub deals: Vec<(NaiveDate, Option<Decimal>)>,
    /// Won deals without a close date: their amounts. They count in the whole-file
    /// figures (deals won, revenue, customers, win rate) and in no period.
    #[serde(default)]
    pub undated_deals: Vec<Option<Decimal>>,
    /// Every classified deal of the deals files that have an outcome column (won,
    /// lost and open), for the win rate, pipeline and days to close.
    pub outcomes: Vec<DealRow>,
    /// The score of the leads file (its last row with one), when that file has scores.
    pub score: Option<Decimal>,
    /// Every stage-change row in full, in time order (the same order as `entered`).
    pub entries: Vec<StageEntry>,
}

/// One row of a stage-change file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StageEntry {
    /// The stage entered.
    pub kind: StageKind,
    /// When it was entered.
    pub entered: NaiveDateTime,
    /// When it was left, if the file says.
    pub exited: Option<NaiveDateTime>,
    /// The score on entering.
    pub score: Option<Decimal>,
    /// What triggered the entry.
    pub action: Option<String>,
}

/// A deal of a deals file with an outcome column.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DealRow {
    /// Won, lost or open.
    pub outcome: Outcome,
    /// Its close date (for a won deal, its win date).
    pub closed: Option<NaiveDate>,
    /// Its create date.
    pub created: Option<NaiveDate>,
    /// Its amount.
    pub amount: Option<Decimal>,
    /// Why it was lost: `Some` only for a lost deal of a file with a lost-reason
    /// column (blank cells read as [`crate::engine::metrics::audit::NOT_SET`]).
    pub reason: Option<String>,
}

/// The joined CRM data and what did not join.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Join {
    /// Leads, by id order.
    pub leads: Vec<Lead>,
    /// Won deals whose lead id matches no lead in a leads or stage file: their ids.
    pub unmatched_deals: Vec<String>,
    /// Leads in the leads file that never appear in a stage-change file, when one exists.
    pub leads_without_stages: usize,
    /// Deals files with an outcome column (stage, status or won/closed).
    pub outcome_files: usize,
    /// Deals files with rows whose outcome is unclassified: (file, rows). While any
    /// is listed, no figure that depends on which deals were won, lost or open exists.
    pub unclassified: Vec<(String, u64)>,
}

/// The stage-date fields of a contacts export and the stage each one dates.
const BECAME: [(Field, StageKind); 5] = [
    (Field::BecameLead, StageKind::Lead),
    (Field::BecameMql, StageKind::Mql),
    (Field::BecameSql, StageKind::Sql),
    (Field::BecameOpportunity, StageKind::Opportunity),
    (Field::BecameCustomer, StageKind::Customer),
];

/// Joins every leads, stage-change and deals file on the lead id.
pub fn join<I: std::borrow::Borrow<Ingested>>(inputs: &[I]) -> Join {
    let inputs: Vec<&Ingested> = inputs.iter().map(std::borrow::Borrow::borrow).collect();
    let mut leads: BTreeMap<String, Lead> = BTreeMap::new();
    let mut known_ids = false;
    let of_kind = |kind| {
        inputs
            .iter()
            .filter(move |i| i.kind == kind)
            .map(|i| &i.table)
    };
    for table in of_kind(FileKind::Leads) {
        let Some(ids) = table.text(Field::LeadId) else {
            continue;
        };
        known_ids = true;
        for (row, id) in ids.iter().enumerate() {
            let Some(id) = id else { continue };
            let lead = entry(&mut leads, id);
            if let Some(d) = table.date(Field::CreatedDate).and_then(|c| c.get(row)) {
                lead.created = Some(lead.created.map_or(d.date(), |c| c.min(d.date())));
            }
            if let Some(s) = table
                .text(Field::Source)
                .and_then(|c| c.get(row).map(str::to_owned))
            {
                lead.source = Some(s);
            }
            if let Some(s) = table.number(Field::Score).and_then(|c| c.get(row)) {
                lead.score = Some(s);
            }
        }
    }
    let mut staged = std::collections::BTreeSet::new();
    let mut any_stage_file = false;
    // A contacts export's stage dates ("Became a Marketing Qualified Lead Date"): each
    // filled one is the contact's entry into that stage, as a stage-history row would
    // be. A file with them counts as a stage file.
    for table in of_kind(FileKind::Leads) {
        let Some(ids) = table.text(Field::LeadId) else {
            continue;
        };
        let columns: Vec<(StageKind, &Dates)> = BECAME
            .iter()
            .filter_map(|(field, kind)| Some((*kind, table.date(*field)?)))
            .collect();
        if columns.is_empty() {
            continue;
        }
        any_stage_file = true;
        for (row, id) in ids.iter().enumerate() {
            let Some(id) = id else { continue };
            let mut dated: Vec<(StageKind, NaiveDateTime)> = columns
                .iter()
                .filter_map(|(kind, dates)| Some((*kind, dates.get(row)?)))
                .collect();
            if dated.is_empty() {
                continue;
            }
            dated.sort_by_key(|(kind, at)| (*at, *kind));
            staged.insert(id.to_owned());
            let lead = entry(&mut leads, id);
            for (kind, at) in dated {
                lead.entered.push((kind, at));
                lead.entries.push(StageEntry {
                    kind,
                    entered: at,
                    exited: None,
                    score: None,
                    action: None,
                });
            }
        }
    }
    for table in of_kind(FileKind::StageChanges) {
        let (Some(ids), Some(stages), Some(entered)) = (
            table.text(Field::LeadId),
            table.text(Field::Stage),
            table.date(Field::EnteredAt),
        ) else {
            continue;
        };
        known_ids = true;
        any_stage_file = true;
        // Each distinct stage name is read once.
        let kinds: Vec<StageKind> = stages.values.iter().map(|v| classify(v)).collect();
        let kind_of = |row: usize| {
            let id = stages.rows.get(row).copied().unwrap_or(0) as usize;
            id.checked_sub(1)
                .and_then(|i| kinds.get(i).copied())
                .unwrap_or(StageKind::Other)
        };
        let exited = table.date(Field::ExitedAt);
        let scores = table.number(Field::Score);
        let actions = table.text(Field::Action);
        for (row, ((id, stage), at)) in ids
            .iter()
            .zip(stages.iter())
            .zip(entered.iter())
            .enumerate()
        {
            // A blank stage is no entry.
            let (Some(id), Some(_), Some(at)) = (id, stage, at) else {
                continue;
            };
            staged.insert(id.to_owned());
            let lead = entry(&mut leads, id);
            let kind = kind_of(row);
            lead.entered.push((kind, at));
            lead.entries.push(StageEntry {
                kind,
                entered: at,
                exited: exited.and_then(|c| c.get(row)),
                score: scores.and_then(|c| c.get(row)),
                action: actions.and_then(|c| c.get(row).map(str::to_owned)),
            });
        }
    }
    let mut unmatched_deals = Vec::new();
    let mut outcome_files = 0;
    let mut unclassified = Vec::new();
    for input in inputs.iter().filter(|i| i.kind == FileKind::Deals) {
        let table = &input.table;
        let outcomes = input.outcomes.as_ref();
        if let Some(o) = outcomes {
            outcome_files += 1;
            let rows = o.unclassified_rows();
            if rows > 0 {
                unclassified.push((input.file.clone(), rows));
            }
        }
        let close = table.date(Field::WonDate);
        if close.is_none() && outcomes.is_none() {
            continue;
        }
        let cell = |field, row: usize| {
            table
                .text(field)
                .and_then(|c| c.get(row).map(str::to_owned))
        };
        let reasons = table.text(Field::LossReason);
        for row in 0..table.len() {
            let closed = close.and_then(|c| c.get(row)).map(|d| d.date());
            let outcome = match (outcomes, closed) {
                (Some(o), _) => o.rows.get(row).copied().flatten(),
                // No outcome column: a dated deal is won, as the import noted.
                (None, Some(_)) => Some(Outcome::Won),
                (None, None) => None,
            };
            let Some(outcome) = outcome else { continue };
            let amount = table.number(Field::Amount).and_then(|c| c.get(row));
            let segment = cell(Field::Segment, row);
            let lead_id = cell(Field::LeadId, row);
            let deal_id = cell(Field::DealId, row);
            let key = match (&lead_id, known_ids) {
                (Some(id), true) if leads.contains_key(id) => id.clone(),
                (Some(id), true) => {
                    // Listed as customers with no source: won deals only.
                    if outcome == Outcome::Won {
                        unmatched_deals.push(id.clone());
                    }
                    format!("deal:{}", deal_id.as_deref().unwrap_or(id))
                }
                (Some(id), false) => id.clone(),
                (None, _) => format!("deal:{}:{row}", deal_id.as_deref().unwrap_or("")),
            };
            let lead = entry(&mut leads, &key);
            match (outcome, closed) {
                (Outcome::Won, Some(date)) => lead.deals.push((date, amount)),
                (Outcome::Won, None) => lead.undated_deals.push(amount),
                _ => {}
            }
            if segment.is_some() && (outcome == Outcome::Won || lead.segment.is_none()) {
                lead.segment = segment;
            }
            if outcomes.is_some() {
                let reason = match (outcome, reasons) {
                    (Outcome::Lost, Some(col)) => Some(
                        col.get(row)
                            .map(str::to_owned)
                            .unwrap_or_else(|| crate::engine::metrics::audit::NOT_SET.to_owned()),
                    ),
                    _ => None,
                };
                lead.outcomes.push(DealRow {
                    outcome,
                    closed,
                    created: table
                        .date(Field::CreatedDate)
                        .and_then(|c| c.get(row))
                        .map(|d| d.date()),
                    amount,
                    reason,
                });
            }
        }
    }
    let mut out: Vec<Lead> = leads.into_values().collect();
    for lead in &mut out {
        lead.entered.sort_by_key(|(_, at)| *at);
        lead.entries.sort_by_key(|e| e.entered);
        // A contacts export's stage date and a stage-history row for the same entry
        // are one entry: the history row's exit, score and action are kept.
        lead.entered.dedup();
        lead.entries.dedup_by(|later, kept| {
            let same = later.kind == kept.kind && later.entered == kept.entered;
            if same {
                kept.exited = kept.exited.or(later.exited);
                kept.score = kept.score.or(later.score);
                kept.action = kept.action.take().or_else(|| later.action.take());
            }
            same
        });
        lead.deals.sort_by_key(|(d, _)| *d);
        if lead.created.is_none() && !lead.id.starts_with("deal:") {
            lead.created = lead.entered.first().map(|(_, at)| at.date());
        }
    }
    let leads_without_stages = if any_stage_file {
        out.iter()
            .filter(|l| !l.id.starts_with("deal:") && !staged.contains(&l.id))
            .count()
    } else {
        0
    };
    Join {
        leads: out,
        unmatched_deals,
        leads_without_stages,
        outcome_files,
        unclassified,
    }
}

fn entry<'m>(leads: &'m mut BTreeMap<String, Lead>, id: &str) -> &'m mut Lead {
    leads.entry(id.to_owned()).or_insert_with(|| Lead {
        id: id.to_owned(),
        ..Lead::default()
    })
}

/// A dated fact of the funnel, attributed to the lead's source and segment.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// When it happened; `None` for what has no date (an open deal is counted as of
    /// the export), which counts in whole-range figures only.
    pub date: Option<NaiveDate>,
    /// What it adds to.
    pub measure: Measure,
    /// How much it adds (1 for counts, the amount for revenue).
    pub amount: Decimal,
    /// The lead's source.
    pub source: Option<String>,
    /// The lead's segment.
    pub segment: Option<String>,
    /// Why the deal was lost, for a lost deal of a file with a lost-reason column.
    pub reason: Option<String>,
}

/// The events of every lead: created, first MQL, first SQL, first won (a customer),
/// every won deal with its amount, and for deals files with an outcome column every
/// lost deal (with its reason), every open deal (with its amount, undated) and the
/// days from create to close of won deals. A won deal of such a file also adds a lost
/// count of zero, and a lost deal a won count of zero, so that a period with only one
/// kind still has its win rate.
pub fn events(join: &Join) -> Vec<Event> {
    let mut out = Vec::new();
    for lead in &join.leads {
        let mut push_reason = |date: Option<NaiveDate>,
                               measure: Measure,
                               amount: Decimal,
                               reason: Option<&String>| {
            out.push(Event {
                date,
                measure,
                amount,
                source: lead.source.clone(),
                segment: lead.segment.clone(),
                reason: reason.cloned(),
            });
        };
        let is_lead = !lead.id.starts_with("deal:");
        if let (Some(created), true) = (lead.created, is_lead) {
            push_reason(Some(created), Measure::Leads, Decimal::ONE, None);
        }
        for kind in [StageKind::Mql, StageKind::Sql] {
            if let Some((_, at)) = lead.entered.iter().find(|(k, _)| *k == kind) {
                let measure = if kind == StageKind::Mql {
                    Measure::Mqls
                } else {
                    Measure::Sqls
                };
                push_reason(Some(at.date()), measure, Decimal::ONE, None);
            }
        }
        let first_customer = lead.deals.first().map(|(d, _)| *d).or_else(|| {
            lead.entered
                .iter()
                .find(|(k, _)| *k == StageKind::Customer)
                .map(|(_, at)| at.date())
        });
        if let Some(date) = first_customer {
            push_reason(Some(date), Measure::Customers, Decimal::ONE, None);
        } else if !lead.undated_deals.is_empty() {
            // Won, on no known day: a customer of the whole file, of no period.
            push_reason(None, Measure::Customers, Decimal::ONE, None);
        }
        let dated = lead
            .deals
            .iter()
            .map(|(date, amount)| (Some(*date), amount));
        let undated = lead.undated_deals.iter().map(|amount| (None, amount));
        for (date, amount) in dated.chain(undated) {
            push_reason(date, Measure::Deals, Decimal::ONE, None);
            if let Some(amount) = amount {
                push_reason(date, Measure::DealRevenue, *amount, None);
            }
        }
        for deal in &lead.outcomes {
            let (closed, reason) = (deal.closed, deal.reason.as_ref());
            match deal.outcome {
                Outcome::Won => {
                    if closed.is_none() {
                        continue;
                    }
                    push_reason(closed, Measure::DealsLost, Decimal::ZERO, None);
                    if let Some(days) = days_to_close(deal) {
                        push_reason(closed, Measure::CloseDays, Decimal::from(days), None);
                        push_reason(closed, Measure::DealsTimed, Decimal::ONE, None);
                    }
                }
                Outcome::Lost => {
                    push_reason(closed, Measure::DealsLost, Decimal::ONE, reason);
                    push_reason(closed, Measure::Deals, Decimal::ZERO, None);
                }
                Outcome::Open => {
                    push_reason(None, Measure::DealsOpen, Decimal::ONE, None);
                    if let Some(amount) = deal.amount {
                        push_reason(None, Measure::PipelineValue, amount, None);
                    }
                }
            }
        }
    }
    out
}

/// Whole days from a deal's create date to its close date; `None` without both, or
/// when it closed before it was created (a data error, left out of the mean).
pub fn days_to_close(deal: &DealRow) -> Option<i64> {
    let days = (deal.closed? - deal.created?).num_days();
    (days >= 0).then_some(days)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::import::ingest::{ingest, Overrides};

    #[test]
    fn stage_names() {
        use StageKind::*;
        for (name, kind) in [
            ("MQL", Mql),
            ("Marketing Qualified Lead", Mql),
            ("SQL", Sql),
            ("Sales Accepted Lead", Sql),
            ("Opportunity", Opportunity),
            ("Customer", Customer),
            ("Closed Won", Customer),
            ("Closed Lost", Lost),
            ("Lead", Lead),
            ("Subscriber", Lead),
            ("Disqualified", Lost),
            ("Evangelist", Other),
            ("Lead qualifié par le marketing", Mql),
            ("Lead qualifié par l'équipe commerciale", Sql),
            ("Abonné", Lead),
            ("Opportunité", Opportunity),
            ("Client", Customer),
            ("Lead calificat de marketing", Mql),
            ("Clienți", Customer),
            ("Non qualifié", Lost),
        ] {
            assert_eq!(classify(name), kind, "{name}");
        }
    }

    fn file(name: &str, text: &str) -> Ingested {
        ingest(name, text.as_bytes(), &Overrides::default()).expect("ingests")
    }

    #[test]
    fn only_won_deals_are_customers() {
        let inputs = [
            file("leads.csv", "Lead ID,Created date,Source\nL1,2025-01-05,Ads\n"),
            file(
                "deals.csv",
                "Deal ID,Lead ID,Deal stage,Close date,Create date,Amount,Lost reason\nD1,L1,Closed won,2025-03-01,2025-02-01,100,\nD2,L2,Closed lost,2025-03-02,2025-02-01,50,Price\nD3,L3,Proposal,2025-06-01,2025-02-01,70,\nD4,L4,Mystery,2025-03-03,2025-02-01,90,\n",
            ),
        ];
        let join = join(&inputs);
        assert_eq!(join.outcome_files, 1);
        assert_eq!(join.unclassified, vec![("deals.csv".to_owned(), 1)]);
        // Lost and open deals of unknown leads are not customers with no source.
        assert!(join.unmatched_deals.is_empty());
        let events = events(&join);
        let sum = |m: Measure| -> Decimal {
            events
                .iter()
                .filter(|e| e.measure == m)
                .map(|e| e.amount)
                .sum()
        };
        assert_eq!(
            [
                Measure::Customers,
                Measure::Deals,
                Measure::DealRevenue,
                Measure::DealsLost,
                Measure::DealsOpen,
                Measure::PipelineValue,
                Measure::CloseDays,
            ]
            .map(sum),
            [1, 1, 100, 1, 1, 70, 28].map(Decimal::from)
        );
        let lost = events
            .iter()
            .find(|e| e.measure == Measure::DealsLost && e.amount == Decimal::ONE)
            .expect("a lost deal");
        assert_eq!(lost.reason.as_deref(), Some("Price"));
        assert!(events
            .iter()
            .filter(|e| e.measure == Measure::DealsOpen)
            .all(|e| e.date.is_none()));
    }

    #[test]
    fn joins_and_counts_each_lead_once_per_stage() {
        let inputs = [
            file("leads.csv", "Lead ID,Created date,Source\nL1,2025-01-05,Ads\nL2,2025-01-06,Email\nL3,2025-02-01,Ads\n"),
            file(
                "stages.csv",
                "Lead ID,Stage,Entered at\nL1,Lead,2025-01-05\nL1,MQL,2025-01-10\nL1,Lead,2025-01-20\nL1,MQL,2025-02-02\nL1,SQL,2025-02-05\nL2,Lead,2025-01-06\n",
            ),
            file("deals.csv", "Deal ID,Lead ID,Won date,Amount\nD1,L1,2025-03-01,100.50\nD2,L9,2025-03-02,50\n"),
        ];
        let join = join(&inputs);
        assert_eq!(join.unmatched_deals, vec!["L9".to_owned()]);
        assert_eq!(join.leads_without_stages, 1);
        let events = events(&join);
        let count = |m: Measure| events.iter().filter(|e| e.measure == m).count();
        assert_eq!(
            (
                count(Measure::Leads),
                count(Measure::Mqls),
                count(Measure::Sqls)
            ),
            (3, 1, 1)
        );
        assert_eq!((count(Measure::Customers), count(Measure::Deals)), (2, 2));
        let mql = events
            .iter()
            .find(|e| e.measure == Measure::Mqls)
            .expect("an MQL");
        assert_eq!(
            (mql.date.map(|d| d.to_string()), mql.source.as_deref()),
            (Some("2025-01-10".to_owned()), Some("Ads"))
        );
        let revenue: Decimal = events
            .iter()
            .filter(|e| e.measure == Measure::DealRevenue)
            .map(|e| e.amount)
            .sum();
        assert_eq!(revenue, Decimal::new(15050, 2));
    }
}
