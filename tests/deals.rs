//! Deals exports of three CRMs, each holding won, lost and open deals in one file: only
//! won deals are customers and revenue, and the figures equal hand counts of the rows.
#![cfg(not(target_arch = "wasm32"))]

use marketing_audit::engine::import::error::IssueKind;
use marketing_audit::engine::import::field::{Field, FileKind};
use marketing_audit::engine::import::vocab::outcomes::Outcome;
use marketing_audit::engine::metrics::audit::Dimension;
use marketing_audit::engine::{ingest, run, Audit, Ingested, MetricId, Overrides, Settings};

const HUBSPOT: &[u8] = include_bytes!("fixtures/vendors/hubspot_deals.csv");
const PIPEDRIVE: &[u8] = include_bytes!("fixtures/vendors/pipedrive_deals.csv");
const SALESFORCE: &[u8] = include_bytes!("fixtures/vendors/salesforce_opportunities.csv");

fn read(name: &str, bytes: &[u8], overrides: &Overrides) -> Ingested {
    let got = ingest(name, bytes, overrides).expect("ingests");
    assert_eq!(got.kind, FileKind::Deals, "{name}");
    assert_eq!(got.rows_skipped, 0, "{name}: {:?}", got.issues);
    got
}

fn total(audit: &Audit, metric: MetricId) -> Option<f64> {
    audit.value(metric, Dimension::Total, None, None)
}

/// The whole-range figures of one file: (customers, deals won, deal revenue, deals
/// lost, win rate, open deals, pipeline value, days to close).
type Figures = [Option<f64>; 8];

#[track_caller]
fn check(audit: &Audit, expected: Figures) {
    let got = [
        MetricId::Customers,
        MetricId::DealsWon,
        MetricId::DealRevenue,
        MetricId::DealsLost,
        MetricId::WinRate,
        MetricId::DealsOpen,
        MetricId::PipelineValue,
        MetricId::DaysToClose,
    ]
    .map(|m| total(audit, m));
    assert_eq!(got, expected);
}

#[test]
fn hubspot_deals_export() {
    let deals = read("hubspot.csv", HUBSPOT, &Overrides::default());
    let audit = run(&[&deals], &Settings::default());
    // Won: 101 (1000, Jan 1 → Feb 10: 40 days) and 104 (300, Mar 1 → Mar 20: 19 days).
    // Lost: 102, 105, 107. Open: 103 (2000) and 106 (no amount).
    check(
        &audit,
        [
            Some(2.0),
            Some(2.0),
            Some(1300.0),
            Some(3.0),
            Some(0.4),
            Some(2.0),
            Some(2000.0),
            Some(29.5),
        ],
    );
    // Lost reasons: Price twice, Timing once.
    let lost = |reason| {
        audit.value(
            MetricId::DealsLost,
            Dimension::LossReason,
            Some(reason),
            None,
        )
    };
    assert_eq!((lost("Price"), lost("Timing")), (Some(2.0), Some(1.0)));
    // The open deals' expected close dates are not data: the last close date is.
    assert_eq!(
        audit.as_of.map(|d| d.to_string()).as_deref(),
        Some("2025-03-25")
    );
    // By quarter: Q1 holds every won and lost deal (won Feb 10 and Mar 20).
    let q1 = marketing_audit::engine::metrics::period::Period::parse("2025-Q1");
    assert_eq!(
        audit.value(MetricId::WinRate, Dimension::Total, None, q1),
        Some(0.4)
    );
    // Open deals are a stock at export time, not a period's event.
    assert_eq!(
        audit.value(MetricId::DealsOpen, Dimension::Total, None, q1),
        None
    );
}

#[test]
fn pipedrive_export_asks_about_its_deleted_deal() {
    let deals = read("pipedrive.csv", PIPEDRIVE, &Overrides::default());
    let stage = deals
        .mapping
        .iter()
        .find(|m| m.field == Some(Field::Stage))
        .map(|m| m.header.as_str());
    assert_eq!(stage, Some("Deal - Status"));
    // "deleted" is never guessed: one issue names it and its row count …
    let unclassified: Vec<(&str, u64)> = deals
        .issues
        .iter()
        .filter_map(|i| match &i.kind {
            IssueKind::UnclassifiedOutcome { value, rows } => Some((value.as_str(), *rows)),
            _ => None,
        })
        .collect();
    assert_eq!(unclassified, vec![("deleted", 1)]);
    // … and every figure the row could change is absent.
    let audit = run(&[&deals], &Settings::default());
    check(&audit, [None; 8]);
    for metric in MetricId::DEAL_OUTCOMES {
        assert!(!audit.has(metric), "{metric:?}");
    }
    let report =
        marketing_audit::engine::review::report::build(&[&deals], &audit, &Settings::default());
    assert_eq!(report.attribution, None);

    // The user answers "lost": the figures appear. Won: deals 1 (1200, 21 days) and 4
    // (300, 20 days); lost: 2 (Feb 12) and 5 (no close date: whole range only); open: 3.
    let answered = Overrides {
        outcomes: vec![("deleted".to_owned(), Outcome::Lost)],
        ..Overrides::default()
    };
    let deals = read("pipedrive.csv", PIPEDRIVE, &answered);
    assert!(!deals
        .issues
        .iter()
        .any(|i| matches!(i.kind, IssueKind::UnclassifiedOutcome { .. })));
    let audit = run(&[&deals], &Settings::default());
    check(
        &audit,
        [
            Some(2.0),
            Some(2.0),
            Some(1500.0),
            Some(2.0),
            Some(0.5),
            Some(1.0),
            Some(450.0),
            Some(20.5),
        ],
    );
    let lost = |reason| {
        audit.value(
            MetricId::DealsLost,
            Dimension::LossReason,
            Some(reason),
            None,
        )
    };
    assert_eq!(
        (lost("No budget"), lost("(not set)")),
        (Some(1.0), Some(1.0))
    );
}

#[test]
fn salesforce_check_boxes_decide_a_custom_stage() {
    let deals = read("salesforce.csv", SALESFORCE, &Overrides::default());
    assert!(!deals.issues.iter().any(|i| matches!(
        i.kind,
        IssueKind::UnclassifiedOutcome { .. } | IssueKind::OutcomeAssumed
    )));
    let audit = run(&[&deals], &Settings::default());
    // Won: 006A (custom stage, Won = true: 5000, Jan 15 → Mar 31: 75 days) and 006D
    // (800, Feb 1 → Feb 28: 27 days). Lost: 006B. Open: 006C (2500).
    check(
        &audit,
        [
            Some(2.0),
            Some(2.0),
            Some(5800.0),
            Some(1.0),
            // 2 ÷ 3, as the exact decimal quotient rounds to an f64.
            Some(0.666_666_666_666_666_7),
            Some(1.0),
            Some(2500.0),
            Some(51.0),
        ],
    );
}

#[test]
fn a_deals_file_without_a_stage_column_is_read_as_before_and_says_so() {
    let deals = read(
        "deals.csv",
        b"Deal ID,Lead ID,Close date,Amount\nD1,L1,2025-02-01,100\nD2,L2,2025-03-01,50\n",
        &Overrides::default(),
    );
    assert!(deals
        .issues
        .iter()
        .any(|i| i.kind == IssueKind::OutcomeAssumed));
    // A date headed as a win says the outcome itself: nothing is assumed.
    let won = read(
        "won.csv",
        b"Deal ID,Lead ID,Won date,Amount\nD1,L1,2025-02-01,100\n",
        &Overrides::default(),
    );
    assert!(!won
        .issues
        .iter()
        .any(|i| i.kind == IssueKind::OutcomeAssumed));
    assert_eq!(deals.outcomes, None);
    let audit = run(&[&deals], &Settings::default());
    check(
        &audit,
        [
            Some(2.0),
            Some(2.0),
            Some(150.0),
            None,
            None,
            None,
            None,
            None,
        ],
    );
}

#[test]
fn hubspot_deals_export_in_french() {
    // HubSpot's French headers ("ID de fiche d'informations", "Phase de la transaction",
    // "Montant", "Date de fermeture") and its default pipeline's French stages.
    let deals = read(
        "hubspot-fr.csv",
        include_bytes!("fixtures/vendors/hubspot_deals_fr.csv"),
        &Overrides::default(),
    );
    assert!(
        deals
            .issues
            .iter()
            .all(|i| !matches!(i.kind, IssueKind::UnclassifiedOutcome { .. })),
        "{:?}",
        deals.issues
    );
    let audit = run(&[&deals], &Settings::default());
    // Fermé gagné: 1 (990), 4 (990), 8 (4800) = 6780. Fermé perdu: 2, 6, 10. Open: 3
    // (4800), 5 (12500), 7 (12500), 9 (990) = 30790. Win rate 3 / 6. Created → closed:
    // Dec 10 → Jan 10 and Dec 13 → Jan 13 (31 days each), Dec 17 → Feb 17 (62 days).
    check(
        &audit,
        [
            Some(3.0),
            Some(3.0),
            Some(6780.0),
            Some(3.0),
            Some(0.5),
            Some(4.0),
            Some(30790.0),
            total(&audit, MetricId::DaysToClose),
        ],
    );
    let days = total(&audit, MetricId::DaysToClose).unwrap_or_default();
    assert!((days - 124.0 / 3.0).abs() < 1e-9, "{days}");
}

#[test]
fn custom_stages_named_by_their_verdict() {
    // Custom HubSpot stages in French: "Proposition refusée" and "Négociation échouée"
    // start with an open stage's word but end with their verdict (lost); "Gagné - signé"
    // and "Perdu - …" start with theirs. "Proposition envoyée" cannot be read without
    // guessing (it was once read open by its first word, like the refused one): it is
    // asked, and every figure it could change is absent until the user answers.
    let bytes = include_bytes!("fixtures/vendors/hubspot_deals_fr_custom_stages.csv");
    let deals = read("transactions.csv", bytes, &Overrides::default());
    let asked: Vec<&str> = deals
        .issues
        .iter()
        .filter_map(|i| match &i.kind {
            IssueKind::UnclassifiedOutcome { value, .. } => Some(value.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(asked, ["Proposition envoyée"]);
    check(&run(&[&deals], &Settings::default()), [None; 8]);
    // Answered open: won 201 and 207 (1 000 + 7 000, 36 and 34 days), lost 202, 204,
    // 206 and 208, open 203 and 205 (3 000 + 5 000).
    let answered = Overrides {
        outcomes: vec![("Proposition envoyée".to_owned(), Outcome::Open)],
        ..Overrides::default()
    };
    let deals = read("transactions.csv", bytes, &answered);
    check(
        &run(&[&deals], &Settings::default()),
        [
            Some(2.0),
            Some(2.0),
            Some(8000.0),
            Some(4.0),
            // 2 ÷ 6, as the exact decimal 0.333…3 (28 digits) becomes an f64.
            Some(0.333_333_333_333_333_37),
            Some(2.0),
            Some(8000.0),
            Some(35.0),
        ],
    );
}

#[test]
fn a_won_deal_without_a_close_date_still_counts() {
    // Deal 502 is won with no "Won time": it counts as won, with its 2 000 of revenue and
    // its customer, in the whole-range figures (not in any period, nor in the days to
    // close). Won 501, 502, 505 = 8 000; lost 503; open 504 (4 000); 36 and 36 days.
    let bytes = include_bytes!("fixtures/vendors/deals_won_blank_close_en.csv");
    let deals = read("deals.csv", bytes, &Overrides::default());
    check(
        &run(&[&deals], &Settings::default()),
        [
            Some(3.0),
            Some(3.0),
            Some(8000.0),
            Some(1.0),
            Some(0.75),
            Some(1.0),
            Some(4000.0),
            Some(36.0),
        ],
    );
}

#[test]
fn french_closed_and_disqualified_stages() {
    // "Non qualifié" is lost, like "Fermé perdu"; "Clôturée gagnée" and "Clôturée
    // perdue" (the feminine of "clôturé") are closed won and lost.
    let non = read(
        "a.csv",
        include_bytes!("fixtures/vendors/deals_fr_non_qualifie.csv"),
        &Overrides::default(),
    );
    let audit = run(&[&non], &Settings::default());
    assert_eq!(total(&audit, MetricId::DealsLost), Some(2.0));
    assert_eq!(total(&audit, MetricId::DealsWon), Some(1.0));
    assert_eq!(total(&audit, MetricId::PipelineValue), Some(4000.0));
    let closed = read(
        "b.csv",
        include_bytes!("fixtures/vendors/deals_fr_cloturee.csv"),
        &Overrides::default(),
    );
    let audit = run(&[&closed], &Settings::default());
    assert_eq!(total(&audit, MetricId::DealsWon), Some(1.0));
    assert_eq!(total(&audit, MetricId::DealsLost), Some(1.0));
    assert_eq!(total(&audit, MetricId::DealsOpen), Some(1.0));
}

#[test]
fn lifecycle_history_in_french() {
    // HubSpot's lifecycle stages in French (knowledge.hubspot.com/fr): "Lead qualifié
    // par le marketing" is an MQL, "Lead qualifié par l'équipe commerciale" an SQL,
    // "Client" a customer. Five leads, four reach MQL, three SQL, two become customers
    // (these were read as plain leads: MQLs and SQLs were absent).
    let got = ingest(
        "historique.csv",
        include_bytes!("fixtures/vendors/hubspot_lifecycle_history_fr.csv"),
        &Overrides::default(),
    )
    .expect("ingests");
    assert_eq!(got.kind, FileKind::StageChanges);
    let audit = run(&[&got], &Settings::default());
    let figures = [
        MetricId::Leads,
        MetricId::Mqls,
        MetricId::Sqls,
        MetricId::Customers,
    ]
    .map(|m| total(&audit, m));
    assert_eq!(figures, [Some(5.0), Some(4.0), Some(3.0), Some(2.0)]);
}

#[test]
fn a_contacts_export_with_stage_dates_gives_the_funnel_without_a_history_file() {
    // HubSpot's contacts export with its "Became a … Date" columns: six contacts, all
    // leads; four became MQLs (201, 202, 203, 206), three SQLs (201, 202, 206), two
    // customers (201, 206). Before, only the current lifecycle stage was read.
    let got = ingest(
        "contacts.csv",
        include_bytes!("fixtures/vendors/hubspot_contacts_stages_en.csv"),
        &Overrides::default(),
    )
    .expect("ingests");
    assert_eq!(got.kind, FileKind::Leads);
    for (header, field) in [
        ("Became a Marketing Qualified Lead Date", Field::BecameMql),
        ("Became a Customer Date", Field::BecameCustomer),
    ] {
        let m = got
            .mapping
            .iter()
            .find(|m| m.header == header)
            .expect("column");
        assert_eq!(m.field, Some(field), "{header}");
    }
    let audit = run(&[&got], &Settings::default());
    let figures = [
        MetricId::Leads,
        MetricId::Mqls,
        MetricId::Sqls,
        MetricId::Customers,
    ]
    .map(|m| total(&audit, m));
    assert_eq!(figures, [Some(6.0), Some(4.0), Some(3.0), Some(2.0)]);
    // 3 of 4 MQLs became SQLs.
    assert_eq!(total(&audit, MetricId::MqlToSqlRate), Some(0.75));
}

#[test]
fn stage_dates_and_a_stage_history_of_the_same_leads_count_each_entry_once() {
    // The contacts export above, beside a stage history that repeats two of its
    // entries (lead 202 became an MQL and an SQL at the same times, with exits).
    let contacts = ingest(
        "contacts.csv",
        include_bytes!("fixtures/vendors/hubspot_contacts_stages_en.csv"),
        &Overrides::default(),
    )
    .expect("ingests");
    let history = ingest(
        "history.csv",
        b"Lead ID,Stage,Entered at,Exited at\n\
          202,MQL,2024-01-12 09:00,2024-01-25 16:00\n\
          202,SQL,2024-01-25 16:00,\n",
        &Overrides::default(),
    )
    .expect("ingests");
    let alone = run(&[&contacts], &Settings::default());
    let both = run(&[&contacts, &history], &Settings::default());
    for metric in [
        MetricId::Leads,
        MetricId::Mqls,
        MetricId::Sqls,
        MetricId::Customers,
    ] {
        assert_eq!(total(&both, metric), total(&alone, metric), "{metric:?}");
    }
    let join = marketing_audit::engine::metrics::funnel::join(&[&contacts, &history]);
    let lead = join.leads.iter().find(|l| l.id == "202").expect("lead 202");
    assert_eq!(lead.entries.len(), 3, "lead, MQL, SQL: {:?}", lead.entries);
}

#[test]
fn hubspot_closed_won_and_closed_check_boxes() {
    // HubSpot's "Is Closed Won" and "Is Deal Closed?": 301 and 303 won (5,000 +
    // 2,000), 302 and 305 lost (closed, not won), 304 open. "Is Closed Won" was read as
    // the closed box, so the lost deals were open and the win rate 1.
    let got = ingest(
        "deals.csv",
        include_bytes!("fixtures/vendors/hubspot_deals_closed_won_en.csv"),
        &Overrides::default(),
    )
    .expect("ingests");
    let audit = run(&[&got], &Settings::default());
    assert_eq!(total(&audit, MetricId::DealsWon), Some(2.0));
    assert_eq!(total(&audit, MetricId::DealRevenue), Some(7000.0));
    assert_eq!(total(&audit, MetricId::DealsLost), Some(2.0));
    assert_eq!(total(&audit, MetricId::DealsOpen), Some(1.0));
    assert_eq!(total(&audit, MetricId::WinRate), Some(0.5));
}
