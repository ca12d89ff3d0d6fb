//! Vendor exports in their real layouts and in nine languages: each fixture under
//! `tests/fixtures/vendors/` is recognised with no manual step, and its figures equal
//! sums worked out by hand from the file (the arithmetic is in each test's comments).
//!
//! Tests marked `#[ignore = "needs: …"]` fail only for a feature being built elsewhere:
//! `totals` (summary rows found by arithmetic or by localised labels), `money`
//! (currency symbols and units in cells), `dates` (localised date phrases).
#![cfg(not(target_arch = "wasm32"))]

use marketing_audit::engine::import::error::IssueKind;
use marketing_audit::engine::import::field::{Field, FileKind};
use marketing_audit::engine::import::value::{DateOrder, DecimalMark};
use marketing_audit::engine::metrics::audit::Dimension;
use marketing_audit::engine::{ingest, run, Ingested, MetricId, Overrides, Settings};

macro_rules! fixture {
    ($name:literal) => {
        (
            $name,
            &include_bytes!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/fixtures/vendors/",
                $name
            ))[..],
        )
    };
}

type Fixture = (&'static str, &'static [u8]);

/// A fixture, the kind it must be recognised as, and (header, field) pairs it must map.
type Case = (Fixture, FileKind, &'static [(&'static str, Option<Field>)]);

fn load((name, bytes): Fixture) -> Ingested {
    ingest(name, bytes, &Overrides::default()).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The file is recognised as `kind`, and each header maps to its field.
#[track_caller]
fn recognised(file: Fixture, kind: FileKind, mapped: &[(&str, Option<Field>)]) {
    let got = load(file);
    assert_eq!(got.kind, kind, "{}: {:?}", file.0, got.mapping);
    for (header, field) in mapped {
        let m = got
            .mapping
            .iter()
            .find(|m| m.header == *header)
            .unwrap_or_else(|| panic!("{}: no column {header}", file.0));
        assert_eq!(m.field, *field, "{}: {header}", file.0);
    }
}

/// `used` rows are read into figures (summary rows are left out with an issue), and each
/// (metric, group, value) holds: the total (group `None`) or one campaign's figure.
#[track_caller]
fn figures(file: Fixture, used: u64, expected: &[(MetricId, Option<&str>, f64)]) {
    let got = load(file);
    assert_eq!(got.rows_used, used, "{}: {:?}", file.0, got.issues);
    let audit = run(&[got], &Settings::default());
    for (metric, group, want) in expected {
        let dimension = match group {
            Some(_) => Dimension::Campaign,
            None => Dimension::Total,
        };
        let value = audit
            .figure(*metric, dimension, *group, None)
            .and_then(|f| f.value)
            .unwrap_or_else(|| panic!("{}: no {metric:?} {group:?}", file.0));
        assert!(
            (value - want).abs() <= 1e-6 * want.abs().max(1.0),
            "{}: {metric:?} {group:?} = {value}, want {want}",
            file.0
        );
    }
}

/// The file gives no total figure for `metric` (it is absent, with a reason noted).
#[track_caller]
fn no_figure(file: Fixture, metric: MetricId) {
    let audit = run(&[load(file)], &Settings::default());
    let value = audit
        .figure(metric, Dimension::Total, None, None)
        .and_then(|f| f.value);
    assert_eq!(value, None, "{}: {metric:?}", file.0);
}

use Field as F;
use FileKind as K;
use MetricId as M;

#[test]
fn every_fixture_is_recognised_with_its_columns_mapped() {
    let ads = K::AdPerformance;
    let cases: &[Case] = &[
        (
            fixture!("google_ads_campaign_en.csv"),
            ads,
            &[
                ("Campaign", Some(F::Campaign)),
                ("Campaign status", None),
                ("Currency code", None),
                ("Impr.", Some(F::Impressions)),
                ("Interactions", None),
                ("Clicks", Some(F::Clicks)),
                ("Cost", Some(F::Spend)),
                ("Avg. CPC", None),
                ("Conv.", Some(F::Conversions)),
                ("Cost / conv.", None),
                ("Conv. value", Some(F::Revenue)),
            ],
        ),
        (
            fixture!("google_ads_daily_fr.csv"),
            ads,
            &[
                ("Jour", Some(F::Date)),
                ("Campagne", Some(F::Campaign)),
                ("Impressions", Some(F::Impressions)),
                ("Clics", Some(F::Clicks)),
                ("Coût", Some(F::Spend)),
                ("CPC moy.", None),
                ("Conversions", Some(F::Conversions)),
                ("Valeur de conv.", Some(F::Revenue)),
            ],
        ),
        (
            fixture!("google_ads_campaign_ro.csv"),
            ads,
            &[
                ("Campanie", Some(F::Campaign)),
                ("Afișări", Some(F::Impressions)),
                ("Interacțiuni", None),
                ("Clicuri", Some(F::Clicks)),
                ("Cost", Some(F::Spend)),
                ("CPC mediu", None),
                ("Conversii", Some(F::Conversions)),
                ("Valoare conv.", Some(F::Revenue)),
            ],
        ),
        (
            fixture!("google_ads_campaign_pt.csv"),
            ads,
            &[
                ("Campanha", Some(F::Campaign)),
                ("Impr.", Some(F::Impressions)),
                ("Interações", None),
                ("Cliques", Some(F::Clicks)),
                ("Custo", Some(F::Spend)),
                ("CPC méd.", None),
                ("Conversões", Some(F::Conversions)),
                ("Valor de conv.", Some(F::Revenue)),
            ],
        ),
        (
            fixture!("google_ads_campaign_es.csv"),
            ads,
            &[
                ("Día", Some(F::Date)),
                ("Campaña", Some(F::Campaign)),
                ("Interacciones", None),
                ("Clics", Some(F::Clicks)),
                ("Coste", Some(F::Spend)),
                ("CPC medio", None),
                ("Conversiones", Some(F::Conversions)),
                ("Valor de conv.", Some(F::Revenue)),
            ],
        ),
        (
            fixture!("google_ads_campaign_de.csv"),
            ads,
            &[
                ("Kampagne", Some(F::Campaign)),
                ("Anzeigengruppe", Some(F::AdGroup)),
                ("Impr.", Some(F::Impressions)),
                ("Interaktionen", None),
                ("Klicks", Some(F::Clicks)),
                ("Kosten", Some(F::Spend)),
                ("Durchschn. CPC", None),
                ("Conv.", Some(F::Conversions)),
                ("Kosten/Conv.", None),
                ("Conv.-Wert", Some(F::Revenue)),
            ],
        ),
        (
            fixture!("google_ads_campaign_it.csv"),
            ads,
            &[
                ("Giorno", Some(F::Date)),
                ("Campagna", Some(F::Campaign)),
                ("Interazioni", None),
                ("Clic", Some(F::Clicks)),
                ("Costo", Some(F::Spend)),
                ("Conversioni", Some(F::Conversions)),
                ("Valore conv.", Some(F::Revenue)),
            ],
        ),
        (
            fixture!("google_ads_campaign_nl.csv"),
            ads,
            &[
                ("Campagne", Some(F::Campaign)),
                ("Vertoningen", Some(F::Impressions)),
                ("Interacties", None),
                ("Klikken", Some(F::Clicks)),
                ("Kosten", Some(F::Spend)),
                ("Gem. CPC", None),
                ("Conversies", Some(F::Conversions)),
                ("Conv.waarde", Some(F::Revenue)),
            ],
        ),
        (
            fixture!("meta_ads_age_en.csv"),
            ads,
            &[
                ("Reporting starts", Some(F::Date)),
                ("Reporting ends", Some(F::PeriodEnd)),
                ("Campaign name", Some(F::Campaign)),
                ("Ad set name", Some(F::AdGroup)),
                ("Age", None),
                ("Amount spent (EUR)", Some(F::Spend)),
                ("Impressions", Some(F::Impressions)),
                ("Reach", Some(F::Reach)),
                ("Frequency", None),
                // Results mixes purchases with reach (Result indicator): not conversions.
                ("Results", None),
                ("Result indicator", None),
                ("Link clicks", Some(F::Clicks)),
                ("CPC (cost per link click)", None),
            ],
        ),
        (
            fixture!("meta_ads_campaigns_fr.csv"),
            ads,
            &[
                ("Début des rapports", Some(F::Date)),
                ("Fin des rapports", Some(F::PeriodEnd)),
                ("Nom de la campagne", Some(F::Campaign)),
                ("Montant dépensé (EUR)", Some(F::Spend)),
                ("Couverture", Some(F::Reach)),
                ("Répétition", None),
                // Résultats mixes purchases with reach: not conversions.
                ("Résultats", None),
                ("Indicateur de résultats", None),
                ("Clics sur un lien", Some(F::Clicks)),
                ("CPC (coût par clic sur un lien) (EUR)", None),
            ],
        ),
        (
            fixture!("meta_ads_campaigns_is.csv"),
            ads,
            &[
                ("Upphaf skýrslu", Some(F::Date)),
                ("Lok skýrslu", Some(F::PeriodEnd)),
                ("Heiti herferðar", Some(F::Campaign)),
                ("Upphæð eytt (ISK)", Some(F::Spend)),
                ("Birtingar", Some(F::Impressions)),
                ("Dreifing", Some(F::Reach)),
                ("Tíðni", None),
                ("Niðurstöður", Some(F::Conversions)),
                ("Smellir á tengil", Some(F::Clicks)),
            ],
        ),
        (
            fixture!("meta_ads_campaigns_es.csv"),
            ads,
            &[
                ("Inicio del informe", Some(F::Date)),
                ("Fin del informe", Some(F::PeriodEnd)),
                ("Nombre de la campaña", Some(F::Campaign)),
                ("Nombre del conjunto de anuncios", Some(F::AdGroup)),
                ("Importe gastado (EUR)", Some(F::Spend)),
                ("Alcance", Some(F::Reach)),
                ("Frecuencia", None),
                ("Resultados", Some(F::Conversions)),
                ("Clics en el enlace", Some(F::Clicks)),
            ],
        ),
        (
            fixture!("linkedin_campaigns_en.csv"),
            ads,
            &[
                ("Start Date (in UTC)", Some(F::Date)),
                ("Campaign Group Name", None),
                ("Campaign Name", Some(F::Campaign)),
                ("Total Spent", Some(F::Spend)),
                ("Average CTR", None),
                ("Average CPC", None),
                ("Conversions", Some(F::Conversions)),
                ("Leads", Some(F::Leads)),
            ],
        ),
        (
            fixture!("tiktok_campaigns_en.csv"),
            ads,
            &[
                ("By Day", Some(F::Date)),
                ("Ad group name", Some(F::AdGroup)),
                ("Cost", Some(F::Spend)),
                ("Clicks (destination)", Some(F::Clicks)),
                ("CTR (destination)", None),
                ("CPC (destination)", None),
                ("Cost per conversion", None),
            ],
        ),
        (
            fixture!("microsoft_ads_campaign_en.csv"),
            ads,
            &[
                ("Campaign name", Some(F::Campaign)),
                ("Campaign status", None),
                ("Impr.", Some(F::Impressions)),
                ("Spend", Some(F::Spend)),
                ("Conv.", Some(F::Conversions)),
                ("Conv. rate", None),
                ("Cost / conv.", None),
                ("Revenue", Some(F::Revenue)),
            ],
        ),
        (
            fixture!("ga4_landing_page_en.csv"),
            K::WebAnalytics,
            &[
                ("Landing page + query string", Some(F::LandingPage)),
                ("Sessions", Some(F::Sessions)),
                ("Active users", Some(F::Visitors)),
                ("New users", None),
                ("Key events", Some(F::Conversions)),
                ("Session key event rate", None),
                ("Total revenue", Some(F::Revenue)),
            ],
        ),
        (
            fixture!("ga4_channels_de.csv"),
            K::WebAnalytics,
            &[
                ("Standard-Channelgruppe der Sitzung", Some(F::Channel)),
                ("Sitzungen", Some(F::Sessions)),
                ("Sitzungen mit Interaktionen", None),
                ("Aktive Nutzer", Some(F::Visitors)),
                ("Neue Nutzer", None),
                ("Schlüsselereignisse", Some(F::Conversions)),
                ("Gesamtumsatz", Some(F::Revenue)),
            ],
        ),
        (
            fixture!("ga4_channels_ro.csv"),
            K::WebAnalytics,
            &[
                (
                    "Grup de canale principal prestabilit pentru sesiune",
                    Some(F::Channel),
                ),
                ("Sesiuni", Some(F::Sessions)),
                ("Utilizatori activi", Some(F::Visitors)),
                ("Utilizatori noi", None),
                ("Evenimente cheie", Some(F::Conversions)),
                ("Venituri totale", Some(F::Revenue)),
            ],
        ),
        (
            fixture!("ua_landing_pages_en.csv"),
            K::WebAnalytics,
            &[
                ("Landing Page", Some(F::LandingPage)),
                ("Source / Medium", Some(F::Source)),
                ("Users", Some(F::Visitors)),
                ("New Users", None),
                ("Bounce Rate", None),
                ("Pages / Session", None),
                ("Goal Conversion Rate", None),
                ("Goal Completions", Some(F::Conversions)),
                ("Transactions", Some(F::Orders)),
                ("Revenue", Some(F::Revenue)),
            ],
        ),
        (
            fixture!("mailchimp_campaigns_en.csv"),
            K::EmailCampaigns,
            &[
                ("Title", Some(F::Campaign)),
                ("Subject", None),
                ("List", Some(F::Segment)),
                ("Send Date", Some(F::Date)),
                ("Send Weekday", None),
                ("Total Recipients", Some(F::Sent)),
                ("Successful Deliveries", Some(F::Delivered)),
                ("Soft Bounces", Some(F::SoftBounces)),
                ("Hard Bounces", Some(F::HardBounces)),
                ("Total Bounces", Some(F::Bounces)),
                ("Times Forwarded", None),
                ("Forwarded Opens", None),
                ("Unique Opens", Some(F::Opens)),
                ("Open Rate", None),
                ("Total Opens", None),
                ("Unique Clicks", Some(F::Clicks)),
                ("Click Rate", None),
                ("Total Clicks", None),
                ("Unsubscribes", Some(F::Unsubscribes)),
                ("Abuse Complaints", Some(F::SpamComplaints)),
                ("Times Liked on Facebook", None),
                ("Folder Id", None),
                ("Unique Id", None),
                ("Total Orders", Some(F::Orders)),
                ("Total Gross Sales", None),
                ("Total Revenue", Some(F::Revenue)),
            ],
        ),
        (
            fixture!("mailchimp_campaigns_it.csv"),
            K::EmailCampaigns,
            &[
                ("Titolo", Some(F::Campaign)),
                ("Lista", Some(F::Segment)),
                ("Data di invio", Some(F::Date)),
                ("Destinatari totali", Some(F::Sent)),
                ("Consegne riuscite", Some(F::Delivered)),
                ("Rimbalzi totali", Some(F::Bounces)),
                ("Aperture uniche", Some(F::Opens)),
                ("Tasso di apertura", None),
                ("Aperture totali", None),
                ("Clic unici", Some(F::Clicks)),
                ("Tasso di clic", None),
                ("Disiscrizioni", Some(F::Unsubscribes)),
                ("Reclami per abuso", Some(F::SpamComplaints)),
            ],
        ),
        (
            fixture!("brevo_campaigns_fr.csv"),
            K::EmailCampaigns,
            &[
                ("Nom de la campagne", Some(F::Campaign)),
                ("Date d'envoi", Some(F::Date)),
                ("Destinataires", Some(F::Sent)),
                ("Délivrés", Some(F::Delivered)),
                ("Ouvertures uniques", Some(F::Opens)),
                ("Clics uniques", Some(F::Clicks)),
                ("Désinscriptions", Some(F::Unsubscribes)),
                ("Plaintes", Some(F::SpamComplaints)),
                ("Taux d'ouverture", None),
            ],
        ),
        (
            fixture!("activecampaign_campaigns_en.csv"),
            K::EmailCampaigns,
            &[
                ("Sends", Some(F::Sent)),
                ("Opens", Some(F::Opens)),
                ("Total Opens", None),
                ("Clicks", Some(F::Clicks)),
                ("Total Link Clicks", None),
                ("Unsubscribes", Some(F::Unsubscribes)),
                ("Hard Bounces", Some(F::HardBounces)),
                ("Soft Bounces", Some(F::SoftBounces)),
                ("Forwards", None),
                ("Replies", None),
            ],
        ),
        (
            fixture!("hubspot_contacts_en.csv"),
            K::Leads,
            &[
                ("Record ID", Some(F::LeadId)),
                ("First Name", None),
                ("Create Date", Some(F::CreatedDate)),
                ("Lifecycle Stage", Some(F::Stage)),
                ("Lead Status", None),
                ("Original Source", Some(F::Source)),
                ("Contact owner", None),
            ],
        ),
        (
            fixture!("hubspot_contacts_de.csv"),
            K::Leads,
            &[
                ("Datensatz-ID", Some(F::LeadId)),
                ("Erstellungsdatum", Some(F::CreatedDate)),
                // Known limit: "lead status" is also an English row, earlier in the
                // table than "lebenszyklusphase", so here the lead status wins the stage.
                ("Lebenszyklusphase", None),
                ("Lead-Status", Some(F::Stage)),
                ("Ursprüngliche Quelle", Some(F::Source)),
            ],
        ),
        (
            fixture!("salesforce_leads_en.csv"),
            K::Leads,
            &[
                ("Lead ID", Some(F::LeadId)),
                ("Company / Account", None),
                ("Lead Source", Some(F::Source)),
                ("Lead Status", Some(F::Stage)),
                ("Created Date", Some(F::CreatedDate)),
                ("Converted", Some(F::Response)),
            ],
        ),
    ];
    for (file, kind, mapped) in cases {
        recognised(*file, *kind, mapped);
    }
}

// ---- Figures. Each sum is worked out by hand from the fixture's rows.

#[test]
fn google_ads_campaign_en() {
    // Impr. 4000 + 6000 + 10000 = 20000; Clicks 800 + 300 + 90 = 1190;
    // Cost 400.00 + 270.00 + 45.50 = 715.50; Conv. 40 + 12.5 + 2 = 54.5;
    // Conv. value 2000 + 625 + 80 = 2705. The three "Total: …" rows are left out.
    figures(
        fixture!("google_ads_campaign_en.csv"),
        3,
        &[
            (M::Impressions, None, 20000.0),
            (M::Clicks, None, 1190.0),
            (M::Spend, None, 715.5),
            (M::Conversions, None, 54.5),
            (M::Revenue, None, 2705.0),
            (M::Spend, Some("Brand - Search"), 400.0),
        ],
    );
}

#[test]
fn google_ads_daily_fr() {
    // Impressions 500 + 700 + 300 = 1500; Clics 40 + 60 + 20 = 120;
    // Coût 20,50 + 31,00 + 18,25 = 69,75; Conversions 3 + 4,5 + 1 = 8,5;
    // Valeur de conv. 150 + 225 + 40 = 415; Marque: 20,50 + 31,00 = 51,50.
    figures(
        fixture!("google_ads_daily_fr.csv"),
        3,
        &[
            (M::Impressions, None, 1500.0),
            (M::Clicks, None, 120.0),
            (M::Spend, None, 69.75),
            (M::Conversions, None, 8.5),
            (M::Revenue, None, 415.0),
            (M::Spend, Some("Marque"), 51.5),
        ],
    );
}

#[test]
fn google_ads_campaign_ro() {
    // Afișări 1200 + 800 = 2000; Clicuri 140 + 60 = 200; Cost 280 + 150 = 430;
    // Conversii 14 + 3 = 17; Valoare conv. 1400 + 300 = 1700.
    figures(
        fixture!("google_ads_campaign_ro.csv"),
        2,
        &[
            (M::Impressions, None, 2000.0),
            (M::Clicks, None, 200.0),
            (M::Spend, None, 430.0),
            (M::Conversions, None, 17.0),
            (M::Revenue, None, 1700.0),
        ],
    );
}

#[test]
fn google_ads_campaign_pt() {
    // Impr. 900 + 1100 = 2000; Cliques 60 + 40 = 100; Custo R$ 120,00 + R$ 100,40 =
    // 220,40; Conversões 6 + 2 = 8; Valor de conv. R$ 600 + R$ 180 = 780.
    figures(
        fixture!("google_ads_campaign_pt.csv"),
        2,
        &[
            (M::Impressions, None, 2000.0),
            (M::Clicks, None, 100.0),
            (M::Spend, None, 220.4),
            (M::Conversions, None, 8.0),
            (M::Revenue, None, 780.0),
        ],
    );
}

#[test]
fn google_ads_campaign_es() {
    // Impr. 800 + 1200 = 2000; Clics 70 + 30 = 100; Coste 35 + 27 = 62;
    // Conversiones 7 + 1 = 8; Valor de conv. 350 + 45 = 395.
    figures(
        fixture!("google_ads_campaign_es.csv"),
        2,
        &[
            (M::Impressions, None, 2000.0),
            (M::Clicks, None, 100.0),
            (M::Spend, None, 62.0),
            (M::Conversions, None, 8.0),
            (M::Revenue, None, 395.0),
        ],
    );
}

#[test]
fn google_ads_campaign_de() {
    // Impr. 1500 + 2500 = 4000; Klicks 120 + 80 = 200; Kosten 60 + 64 = 124;
    // Conv. 6 + 2 = 8; Conv.-Wert 300 + 90 = 390.
    figures(
        fixture!("google_ads_campaign_de.csv"),
        2,
        &[
            (M::Impressions, None, 4000.0),
            (M::Clicks, None, 200.0),
            (M::Spend, None, 124.0),
            (M::Conversions, None, 8.0),
            (M::Revenue, None, 390.0),
        ],
    );
}

#[test]
fn google_ads_campaign_it() {
    // Impr. 600 + 400 = 1000; Clic 50 + 30 = 80; Costo 25 + 15 = 40;
    // Conversioni 5 + 1 = 6; Valore conv. 250 + 50 = 300.
    figures(
        fixture!("google_ads_campaign_it.csv"),
        2,
        &[
            (M::Impressions, None, 1000.0),
            (M::Clicks, None, 80.0),
            (M::Spend, None, 40.0),
            (M::Conversions, None, 6.0),
            (M::Revenue, None, 300.0),
        ],
    );
}

#[test]
fn google_ads_campaign_nl() {
    // Vertoningen 2000 + 3000 = 5000; Klikken 200 + 100 = 300; Kosten 100 + 80 = 180;
    // Conversies 10 + 4 = 14; Conv.waarde 500 + 160 = 660.
    figures(
        fixture!("google_ads_campaign_nl.csv"),
        2,
        &[
            (M::Impressions, None, 5000.0),
            (M::Clicks, None, 300.0),
            (M::Spend, None, 180.0),
            (M::Conversions, None, 14.0),
            (M::Revenue, None, 660.0),
        ],
    );
}

#[test]
fn meta_ads_age_en() {
    // The first row is Meta's account total (no campaign name) and is left out.
    // Spent 100 + 120 + 80 = 300; Impressions 12000 + 10000 + 8000 = 30000;
    // Link clicks 250 + 200 + 150 = 600; Spring sale: 100 + 120 = 220. Results adds
    // 20 + 15 purchases to 10 people reached (Result indicator): no conversion figure.
    figures(
        fixture!("meta_ads_age_en.csv"),
        3,
        &[
            (M::Spend, None, 300.0),
            (M::Impressions, None, 30000.0),
            (M::Clicks, None, 600.0),
            (M::Spend, Some("Spring sale"), 220.0),
        ],
    );
    no_figure(fixture!("meta_ads_age_en.csv"), M::Conversions);
}

#[test]
fn meta_ads_campaigns_fr() {
    // Montant dépensé 150,75 + 49,25 = 200; Impressions 15000 + 6000 = 21000;
    // Couverture 9000 + 5000 = 14000; Clics 300 + 80 = 380. Résultats adds 30
    // purchases to 8 people reached (Indicateur de résultats): no conversion figure.
    figures(
        fixture!("meta_ads_campaigns_fr.csv"),
        2,
        &[
            (M::Spend, None, 200.0),
            (M::Impressions, None, 21000.0),
            (M::Reach, None, 14000.0),
            (M::Clicks, None, 380.0),
        ],
    );
    no_figure(fixture!("meta_ads_campaigns_fr.csv"), M::Conversions);
}

#[test]
fn meta_ads_campaigns_is() {
    // Upphæð eytt 45000 + 15000 = 60000 ISK; Birtingar 20000 + 10000 = 30000;
    // Dreifing 12000 + 8000 = 20000; Niðurstöður 60 + 20 = 80; Smellir 400 + 100 = 500.
    figures(
        fixture!("meta_ads_campaigns_is.csv"),
        2,
        &[
            (M::Spend, None, 60000.0),
            (M::Impressions, None, 30000.0),
            (M::Reach, None, 20000.0),
            (M::Conversions, None, 80.0),
            (M::Clicks, None, 500.0),
            (M::Spend, Some("Jólaherferð"), 45000.0),
        ],
    );
}

#[test]
fn meta_ads_campaigns_es() {
    // Importe gastado 90,10 + 59,90 = 150; Impresiones 9000 + 6000 = 15000;
    // Alcance 6000 + 4000 = 10000; Resultados 18 + 12 = 30; Clics 180 + 120 = 300.
    figures(
        fixture!("meta_ads_campaigns_es.csv"),
        2,
        &[
            (M::Spend, None, 150.0),
            (M::Impressions, None, 15000.0),
            (M::Reach, None, 10000.0),
            (M::Conversions, None, 30.0),
            (M::Clicks, None, 300.0),
        ],
    );
}

#[test]
fn linkedin_campaigns_en() {
    // Total Spent 250 + 150 = 400; Impressions 10000 + 5000 = 15000;
    // Clicks 60 + 40 = 100; Conversions 4 + 2 = 6; Leads 12 + 5 = 17.
    figures(
        fixture!("linkedin_campaigns_en.csv"),
        2,
        &[
            (M::Spend, None, 400.0),
            (M::Impressions, None, 15000.0),
            (M::Clicks, None, 100.0),
            (M::Conversions, None, 6.0),
            (M::AdLeads, None, 17.0),
        ],
    );
}

#[test]
fn tiktok_campaigns_en() {
    // Cost 50 + 70 = 120; Impressions 20000 + 25000 = 45000; Reach 15000 + 18000 =
    // 33000; Clicks (destination) 200 + 260 = 460; Conversions 5 + 8 = 13.
    figures(
        fixture!("tiktok_campaigns_en.csv"),
        2,
        &[
            (M::Spend, None, 120.0),
            (M::Impressions, None, 45000.0),
            (M::Reach, None, 33000.0),
            (M::Clicks, None, 460.0),
            (M::Conversions, None, 13.0),
        ],
    );
}

#[test]
fn microsoft_ads_campaign_en() {
    // Spend 60 + 126 + 30 + 20 = 236; Impr. 3000 + 7000 + 5000 + 1000 = 16000;
    // Clicks 150 + 210 + 100 + 20 = 480; Conv. 9 + 7 + 4 + 0 = 20;
    // Revenue 450 + 280 + 200 + 0 = 930. The "Total" row and the footer are left out.
    figures(
        fixture!("microsoft_ads_campaign_en.csv"),
        4,
        &[
            (M::Spend, None, 236.0),
            (M::Impressions, None, 16000.0),
            (M::Clicks, None, 480.0),
            (M::Conversions, None, 20.0),
            (M::Revenue, None, 930.0),
        ],
    );
}

#[test]
fn ga4_landing_page_en() {
    // The first row is GA4's grand total (no landing page) and is left out.
    // Sessions 1200 + 300 + 150 + 100 + 80 + 60 + 40 + 30 = 1960;
    // Active users 1000 + 250 + 140 + 90 + 70 + 50 + 35 + 25 = 1660;
    // Key events 30 + 12 + 3 + 6 + 4 + 2 + 0 + 0 = 57.
    figures(
        fixture!("ga4_landing_page_en.csv"),
        8,
        &[
            (M::Sessions, None, 1960.0),
            (M::Visitors, None, 1660.0),
            (M::WebConversions, None, 57.0),
        ],
    );
}

#[test]
fn ga4_channels_de() {
    // Sitzungen 800 + 400 + 200 + 100 + 50 + 40 + 30 + 10 = 1630;
    // Aktive Nutzer 600 + 350 + 180 + 90 + 45 + 35 + 25 + 10 = 1335;
    // Schlüsselereignisse 20 + 15 + 5 + 2 + 1 + 3 + 0 + 0 = 46.
    figures(
        fixture!("ga4_channels_de.csv"),
        8,
        &[
            (M::Sessions, None, 1630.0),
            (M::Visitors, None, 1335.0),
            (M::WebConversions, None, 46.0),
        ],
    );
}

#[test]
fn ga4_channels_ro() {
    // Sesiuni 500 + 250 = 750; Utilizatori activi 420 + 200 = 620;
    // Evenimente cheie 12 + 8 = 20.
    figures(
        fixture!("ga4_channels_ro.csv"),
        2,
        &[
            (M::Sessions, None, 750.0),
            (M::Visitors, None, 620.0),
            (M::WebConversions, None, 20.0),
        ],
    );
}

#[test]
fn ua_landing_pages_en() {
    // The last row is UA's total (no landing page) and is left out; revenue is "$1,000.00".
    // Sessions 1100 + 350 + 110 + 90 + 80 + 30 = 1760; Users 900 + 300 + 100 + 80 + 70 +
    // 30 = 1480; Goal Completions 33 + 17 + 2 + 10 + 5 + 0 = 67.
    figures(
        fixture!("ua_landing_pages_en.csv"),
        6,
        &[
            (M::Sessions, None, 1760.0),
            (M::Visitors, None, 1480.0),
            (M::WebConversions, None, 67.0),
        ],
    );
}

#[test]
fn mailchimp_campaigns_en() {
    // Total Recipients 1000 + 1000 = 2000; Successful Deliveries 980 + 990 = 1970;
    // Total Bounces 20 + 10 = 30; Unique Opens 400 + 450 = 850; Unique Clicks 80 + 90 =
    // 170; Unsubscribes 5 + 3 = 8; Abuse Complaints 1 + 0 = 1.
    figures(
        fixture!("mailchimp_campaigns_en.csv"),
        2,
        &[
            (M::EmailsSent, None, 2000.0),
            (M::EmailsDelivered, None, 1970.0),
            (M::EmailBounces, None, 30.0),
            (M::EmailOpens, None, 850.0),
            (M::EmailClicks, None, 170.0),
            (M::EmailUnsubscribes, None, 8.0),
            (M::EmailSpamComplaints, None, 1.0),
        ],
    );
}

#[test]
fn mailchimp_campaigns_it() {
    // Destinatari totali 800 + 800 = 1600; Consegne riuscite 780 + 790 = 1570;
    // Rimbalzi totali 20 + 10 = 30; Aperture uniche 300 + 350 = 650; Clic unici 60 + 70
    // = 130; Disiscrizioni 4 + 2 = 6; Reclami per abuso 1 + 0 = 1.
    figures(
        fixture!("mailchimp_campaigns_it.csv"),
        2,
        &[
            (M::EmailsSent, None, 1600.0),
            (M::EmailsDelivered, None, 1570.0),
            (M::EmailBounces, None, 30.0),
            (M::EmailOpens, None, 650.0),
            (M::EmailClicks, None, 130.0),
            (M::EmailUnsubscribes, None, 6.0),
            (M::EmailSpamComplaints, None, 1.0),
        ],
    );
}

#[test]
fn brevo_campaigns_fr() {
    // Destinataires 500 + 600 = 1100; Délivrés 490 + 585 = 1075; Ouvertures uniques
    // 200 + 260 = 460; Clics uniques 40 + 52 = 92; Désinscriptions 3 + 2 = 5; Plaintes 1.
    figures(
        fixture!("brevo_campaigns_fr.csv"),
        2,
        &[
            (M::EmailsSent, None, 1100.0),
            (M::EmailsDelivered, None, 1075.0),
            (M::EmailOpens, None, 460.0),
            (M::EmailClicks, None, 92.0),
            (M::EmailUnsubscribes, None, 5.0),
            (M::EmailSpamComplaints, None, 1.0),
        ],
    );
}

#[test]
fn activecampaign_campaigns_en() {
    // Sends 300 + 400 = 700; Opens (unique) 150 + 180 = 330; Clicks (unique) 45 + 50 =
    // 95; Unsubscribes 2 + 6 = 8. No bounces or delivered column: the bounces are its
    // hard + soft bounces, (3 + 1) + (2 + 2) = 8, so delivered = 700 − 8 = 692 (both
    // were absent).
    figures(
        fixture!("activecampaign_campaigns_en.csv"),
        2,
        &[
            (M::EmailsSent, None, 700.0),
            (M::EmailOpens, None, 330.0),
            (M::EmailClicks, None, 95.0),
            (M::EmailUnsubscribes, None, 8.0),
            (M::EmailBounces, None, 8.0),
            (M::EmailsDelivered, None, 692.0),
            (M::BounceRate, None, 8.0 / 700.0),
        ],
    );
    let got = load(fixture!("activecampaign_campaigns_en.csv"));
    assert!(got.issues.iter().any(|i| matches!(
        &i.kind,
        IssueKind::PartsSummed { field, .. } if field == "bounces"
    )));
}

#[test]
fn bounce_parts_never_replace_a_bounces_or_delivered_column() {
    // Hard + soft beside delivered (Brevo): the bounces stay sent − delivered; beside
    // their total (Mailchimp): the total; one part alone: no bounces at all.
    let with = |csv: &'static str| {
        let file = ingest("parts.csv", csv.as_bytes(), &Overrides::default()).expect("reads");
        let summed = file
            .issues
            .iter()
            .any(|i| matches!(i.kind, IssueKind::PartsSummed { .. }));
        let audit = run(&[file], &Settings::default());
        let bounces = audit
            .figure(M::EmailBounces, Dimension::Total, None, None)
            .and_then(|f| f.value);
        (summed, bounces)
    };
    assert_eq!(
        with("Campaign,Sent,Delivered,Unique opens,Hard bounces,Soft bounces\nA,100,90,40,3,2\n"),
        (false, Some(10.0))
    );
    assert_eq!(
        with(
            "Campaign,Sent,Total Bounces,Unique opens,Hard bounces,Soft bounces\nA,100,9,40,3,2\n"
        ),
        (false, Some(9.0))
    );
    assert_eq!(
        with("Campaign,Sent,Unique opens,Hard bounces\nA,100,40,3\n"),
        (false, None)
    );
    assert_eq!(
        with("Campaign,Sent,Unique opens,Hard bounces,Soft bounces\nA,100,40,3,\nB,50,20,,\n"),
        (true, Some(3.0))
    );
}

#[test]
fn hubspot_contacts_en() {
    // Three contacts, three leads.
    figures(
        fixture!("hubspot_contacts_en.csv"),
        3,
        &[(M::Leads, None, 3.0)],
    );
}

#[test]
fn hubspot_contacts_de() {
    // Two contacts, two leads.
    figures(
        fixture!("hubspot_contacts_de.csv"),
        2,
        &[(M::Leads, None, 2.0)],
    );
}

#[test]
fn salesforce_leads_en() {
    // Three leads; the report's "Generated By" footer is not a lead.
    figures(
        fixture!("salesforce_leads_en.csv"),
        3,
        &[(M::Leads, None, 3.0)],
    );
}

#[test]
fn shopify_orders_en() {
    // Shopify writes "2024-01-05 10:01:58 +0100"; until such a date-time is read, the
    // file has no date and is no transactions file.
    recognised(
        fixture!("shopify_orders_en.csv"),
        K::Transactions,
        &[
            ("Email", Some(F::CustomerId)),
            ("Financial Status", Some(F::OrderStatus)),
            ("Subtotal", None),
            ("Total", Some(F::Amount)),
            ("Created at", Some(F::CreatedDate)),
        ],
    );
    // Three orders; Total 66.55 + 145.20 + 42.35 = 254.10.
    figures(
        fixture!("shopify_orders_en.csv"),
        3,
        &[(M::Orders, None, 3.0), (M::TransactionRevenue, None, 254.1)],
    );
}

/// The issues of a fixture's rows (line > 0), as (line, kind) pairs.
fn row_issues(file: Fixture) -> Vec<(u64, marketing_audit::engine::import::error::IssueKind)> {
    load(file)
        .issues
        .into_iter()
        .filter(|i| i.line > 0)
        .map(|i| (i.line, i.kind))
        .collect()
}

#[test]
fn google_ads_keywords_en() {
    use marketing_audit::engine::import::error::IssueKind as I;
    // Three keywords; the totals sit in the 2nd, 3rd and 4th columns. Clicks 60 + 40 +
    // 10 = 110; Cost 30.00 + 24.00 + 4.00 = 58.00; Impr. 1200 + 800 + 500 = 2500.
    // "Total: Account" (140 clicks) covers removed keywords the file does not hold.
    figures(
        fixture!("google_ads_keywords_en.csv"),
        3,
        &[
            (M::Clicks, None, 110.0),
            (M::Spend, None, 58.0),
            (M::Impressions, None, 2500.0),
        ],
    );
    let issues = row_issues(fixture!("google_ads_keywords_en.csv"));
    assert!(issues.contains(&(7, I::SummaryRow)), "{issues:?}");
    assert!(issues.contains(&(
        7,
        I::TotalDiffers {
            ours: "2500".into(),
            theirs: "3500".into()
        }
    )));
    assert!(issues.contains(&(8, I::TotalAgrees)));
    assert!(issues.contains(&(9, I::TotalAgrees)));
}

#[test]
fn google_ads_search_terms_fr() {
    // `;`, decimal commas, "1 200" grouped with a space. Clics 60 + 40 = 100; Coût
    // 30,00 + 24,50 = 54,50; Impr. 1 200 + 800 = 2 000. "Total : compte" is left out.
    figures(
        fixture!("google_ads_search_terms_fr.csv"),
        2,
        &[
            (M::Clicks, None, 100.0),
            (M::Spend, None, 54.5),
            (M::Impressions, None, 2000.0),
            (M::Clicks, Some("Chaussures - Search"), 100.0),
        ],
    );
}

#[test]
fn meta_ad_sets_ro() {
    // The account total comes first with no name. Suma cheltuită 1.000,00 + 500,00 =
    // 1.500,00; Clicuri pe link 800 + 400 = 1200; Afișări 40000 + 20000 = 60000.
    figures(
        fixture!("meta_ad_sets_ro.csv"),
        2,
        &[
            (M::Spend, None, 1500.0),
            (M::Clicks, None, 1200.0),
            (M::Impressions, None, 60000.0),
            (M::Spend, Some("Primăvara"), 1500.0),
        ],
    );
}

#[test]
fn klaviyo_campaigns_en() {
    // Total Recipients 10000 + 2000 = 12000; Unique Placed Order 49 + 30 = 79; Revenue
    // 2450 + 1800 = 4250.
    figures(
        fixture!("klaviyo_campaigns_en.csv"),
        2,
        &[
            (M::EmailsSent, None, 12000.0),
            (M::EmailOrders, None, 79.0),
            (M::EmailRevenue, None, 4250.0),
        ],
    );
}

#[test]
fn ga4_source_medium_is() {
    // `#` preamble with the period; Lotur 1000 + 600 + 400 = 2000; Virkir notendur 800 +
    // 500 + 350 = 1650; Lykilatburðir 40 + 30 + 10 = 80.
    recognised(
        fixture!("ga4_source_medium_is.csv"),
        K::WebAnalytics,
        &[("Uppruni / miðill lotu", Some(F::Source))],
    );
    figures(
        fixture!("ga4_source_medium_is.csv"),
        3,
        &[
            (M::Sessions, None, 2000.0),
            (M::Visitors, None, 1650.0),
            (M::WebConversions, None, 80.0),
        ],
    );
}

#[test]
fn google_ads_ad_groups_nl() {
    // Decimal commas, "1.200" grouped with a point. Klikken 60 + 40 + 10 = 110; Kosten
    // 30,00 + 24,50 + 4,00 = 58,50; Vertoningen 1.200 + 800 + 500 = 2.500. "Totaal:
    // account" agrees and is left out.
    figures(
        fixture!("google_ads_ad_groups_nl.csv"),
        3,
        &[
            (M::Clicks, None, 110.0),
            (M::Spend, None, 58.5),
            (M::Impressions, None, 2500.0),
            (M::Spend, Some("Schoenen - Search"), 54.5),
        ],
    );
    let issues = row_issues(fixture!("google_ads_ad_groups_nl.csv"));
    assert!(issues.contains(&(
        7,
        marketing_audit::engine::import::error::IssueKind::TotalAgrees
    )));
}

#[test]
fn meta_ads_ads_pt() {
    // Ad level, money as "R$ 1.000,00"; the account total comes first with no name.
    // Valor usado R$ 1.000,00 + R$ 246,56 = R$ 1.246,56; Cliques no link 1000 + 300 =
    // 1300; Impressões 40000 + 12000 = 52000.
    figures(
        fixture!("meta_ads_ads_pt.csv"),
        2,
        &[
            (M::Spend, None, 1246.56),
            (M::Clicks, None, 1300.0),
            (M::Impressions, None, 52000.0),
        ],
    );
}

#[test]
fn agency_sheet_is() {
    // An Icelandic sheet with dots grouping thousands and no currency anywhere: no cell
    // proves the mark by itself (`32.089` reads either way), but `18.647` impressions
    // cannot be a fraction of an impression, so the comma is the decimal mark. The
    // `Samtals` row agrees: Kostnaður 514.651, Birtingar 300.800, Smellir 6.200,
    // Tekjur 683.240 are the sums of the 14 rows. Dates `1.1.2026` are day first.
    let got = load(fixture!("agency_sheet_is.csv"));
    assert_eq!(got.decimal_mark, DecimalMark::Comma, "{:?}", got.issues);
    assert_eq!(got.date_order, DateOrder::DayFirst);
    figures(
        fixture!("agency_sheet_is.csv"),
        14,
        &[
            (M::Spend, None, 514_651.0),
            (M::Impressions, None, 300_800.0),
            (M::Clicks, None, 6_200.0),
            (M::Revenue, None, 683_240.0),
        ],
    );
}

#[test]
fn google_ads_excel_fr() {
    // A French Google Ads report saved again by Excel (cp1252, `;`, `1 125,74`): the
    // days `01/01/2026` to `03/01/2026` fit both orders, and the decimal comma says
    // day first, as the report's own period (1–3 janv. 2026) does. The `Total :
    // compte` row: Coût 6 264,20, Impr. 111 929, Clics 6 855.
    let got = load(fixture!("google_ads_excel_fr.csv"));
    assert_eq!(got.decimal_mark, DecimalMark::Comma);
    assert_eq!(got.date_order, DateOrder::DayFirst, "{:?}", got.issues);
    let days: std::collections::BTreeSet<_> = got
        .table
        .date(Field::Date)
        .expect("a date column")
        .iter()
        .flatten()
        .map(|d| d.date().to_string())
        .collect();
    assert_eq!(
        days.into_iter().collect::<Vec<_>>(),
        ["2026-01-01", "2026-01-02", "2026-01-03"]
    );
    figures(
        fixture!("google_ads_excel_fr.csv"),
        12,
        &[
            (M::Spend, None, 6_264.20),
            (M::Impressions, None, 111_929.0),
            (M::Clicks, None, 6_855.0),
        ],
    );
}

#[test]
fn meta_ads_summary_mixed_en() {
    // Meta's summary row (no campaign name) leaves Results blank when the campaigns'
    // result types differ; its other columns are the sums of the five campaigns:
    // Amount spent 574.28 + 1,794.28 + 1,640.52 + 2,112.30 + 2,222.19 = 8,343.57,
    // Impressions 802,028, Link clicks 9,058. It is a total, not a sixth campaign.
    let got = load(fixture!("meta_ads_summary_mixed_en.csv"));
    assert!(
        got.issues
            .iter()
            .any(|i| i.kind == IssueKind::TotalByArithmetic && i.line == 2),
        "{:?}",
        got.issues
    );
    // Results counts each campaign's own result (Result indicator: a purchase, reach,
    // link clicks, a lead): 47 + 67,640 + 2,095 + 56 + 56 would be no figure. So
    // Results is not conversions; Purchases is (47 + 56 = 103, value 2,298.30 +
    // 2,738.40 = 5,036.70).
    assert!(got.issues.iter().any(|i| matches!(
        &i.kind,
        IssueKind::MixedResults { indicator, kinds: 4 } if indicator == "Result indicator"
    ) && i.column.as_deref() == Some("Results")));
    recognised(
        fixture!("meta_ads_summary_mixed_en.csv"),
        K::AdPerformance,
        &[("Results", None), ("Purchases", Some(F::Conversions))],
    );
    figures(
        fixture!("meta_ads_summary_mixed_en.csv"),
        5,
        &[
            (M::Spend, None, 8_343.57),
            (M::Impressions, None, 802_028.0),
            (M::Clicks, None, 9_058.0),
            (M::Conversions, None, 103.0),
            (M::Revenue, None, 5_036.70),
        ],
    );
}

#[test]
fn google_ads_campaign_uk() {
    // An English Google Ads report from the United Kingdom: a decimal point, and days
    // `01/02/2026` to `06/02/2026` that fit both orders. The report's own period, "1
    // February 2026 - 6 February 2026", holds every day read day first and none read
    // month first (2 January, 2 February… 2 June): day first, proved, with no note.
    // The `Total: Account` row: Impr. 29154, Clicks 1356, Cost 1347.00.
    let got = load(fixture!("google_ads_campaign_uk.csv"));
    assert_eq!(got.date_order, DateOrder::DayFirst);
    assert!(
        !got.issues
            .iter()
            .any(|i| matches!(i.kind, IssueKind::DateOrderAssumed { .. })),
        "{:?}",
        got.issues
    );
    figures(
        fixture!("google_ads_campaign_uk.csv"),
        12,
        &[
            (M::Spend, None, 1_347.0),
            (M::Impressions, None, 29_154.0),
            (M::Clicks, None, 1_356.0),
            (
                M::Spend,
                Some("Shopping - UK"),
                153.5 + 154.65 + 155.8 + 156.95 + 158.1 + 159.25,
            ),
        ],
    );
}

#[test]
fn meta_ads_small_isk_en() {
    // A small Icelandic account in Meta's English export: every impression count is
    // under a thousand, so only the amounts hold a mark, and `12.500` reads either way.
    // The króna has no minor unit (`Amount spent (ISK)`), so the dot groups thousands:
    // 12,500 + 7,250 + 3,100 = 22,850 ISK, not 22.85.
    let got = load(fixture!("meta_ads_small_isk_en.csv"));
    assert_eq!(got.decimal_mark, DecimalMark::Comma, "{:?}", got.issues);
    figures(
        fixture!("meta_ads_small_isk_en.csv"),
        3,
        &[
            (M::Spend, None, 22_850.0),
            (M::Impressions, None, 2_142.0),
            (M::Clicks, None, 52.0),
            (M::Conversions, None, 7.0),
        ],
    );
}

#[test]
fn excel_pivot_subtotals_is() {
    // An Icelandic pivot table: each campaign's rows, then its subtotal named
    // `<campaign> Samtals` with the medium left blank, then `Heildarsamtala` (the grand
    // total). Four data rows: Kostnaður 12.500 + 9.900 + 11.250 + 8.600 = 42.250,
    // Birtingar 15.500, Smellir 429. Counted with the subtotals, every sum tripled.
    let got = load(fixture!("excel_pivot_subtotals_is.csv"));
    let subtotals = got
        .issues
        .iter()
        .filter(|i| i.kind == IssueKind::SubtotalByArithmetic { rows: 2 })
        .map(|i| i.line)
        .collect::<Vec<_>>();
    assert_eq!(subtotals, [4, 7], "{:?}", got.issues);
    figures(
        fixture!("excel_pivot_subtotals_is.csv"),
        4,
        &[
            (M::Spend, None, 42_250.0),
            (M::Impressions, None, 15_500.0),
            (M::Clicks, None, 429.0),
        ],
    );
}

#[test]
fn sheet_subtotals_suffix_en() {
    // Subtotals named as Excel's English pivot tables name them (`Winter sale Total`),
    // and `Grand Total`: Spend 1,200 + 800 + 500.50 + 250.25 = 2,750.75.
    figures(
        fixture!("sheet_subtotals_suffix_en.csv"),
        4,
        &[
            (M::Spend, None, 2_750.75),
            (M::Impressions, None, 98_000.0),
            (M::Clicks, None, 1_850.0),
            (M::Conversions, None, 38.0),
            (M::Spend, Some("Winter sale"), 2_000.0),
        ],
    );
}

#[test]
fn sheet_unlabelled_subtotals_en() {
    // The same sheet with the subtotals and the grand total left without a name: two
    // groups of two rows, then their sums. Only the arithmetic tells them apart.
    let got = load(fixture!("sheet_unlabelled_subtotals_en.csv"));
    let found = got
        .issues
        .iter()
        .filter_map(|i| match i.kind {
            IssueKind::SubtotalByArithmetic { rows } => Some((i.line, rows)),
            _ => None,
        })
        .collect::<Vec<_>>();
    assert_eq!(found, [(4, 2), (7, 2), (8, 4)]);
    figures(
        fixture!("sheet_unlabelled_subtotals_en.csv"),
        4,
        &[(M::Spend, None, 2_750.75), (M::Conversions, None, 38.0)],
    );
}

#[test]
fn google_ads_departements_fr() {
    // A campaign per French département, one of them `Somme (80)`: named like a total
    // ("Somme" then a bracket), but `Total : compte` counts it (Coût 150 + 120 + 210,50
    // + 400 = 880,50), so it is data, with a note saying so.
    let got = load(fixture!("google_ads_departements_fr.csv"));
    assert!(
        got.issues
            .iter()
            .any(|i| i.kind == IssueKind::TotalLabelIsData && i.line == 6),
        "{:?}",
        got.issues
    );
    figures(
        fixture!("google_ads_departements_fr.csv"),
        4,
        &[
            (M::Spend, None, 880.5),
            (M::Impressions, None, 21_000.0),
            (M::Clicks, None, 1_090.0),
            (M::Conversions, None, 48.0),
            (M::Spend, Some("Somme (80)"), 210.5),
        ],
    );
}

#[test]
fn sheet_departements_fr() {
    // The same campaigns in a sheet with no total: `Somme (80)` is not the sum of the
    // other rows (210,50 against 670), and "somme" also names places, so it is data.
    figures(
        fixture!("sheet_departements_fr.csv"),
        4,
        &[(M::Spend, None, 880.5), (M::Clicks, None, 1_090.0)],
    );
}

#[test]
fn sheet_last_row_equals_sum_en() {
    // Display's 300.00 and 150 equal the sum of the two rows above: a coincidence, not a
    // subtotal (it has a name, no totals word, no blank), so it is kept.
    figures(
        fixture!("sheet_last_row_equals_sum_en.csv"),
        3,
        &[(M::Spend, None, 600.0), (M::Clicks, None, 300.0)],
    );
}

#[test]
fn brevo_campaigns_unique_fr() {
    // Total and unique columns side by side: unique opens (420 + 520 + 300 = 1 240)
    // and unique clicks (90 + 130 + 45 = 265) are read, so the click-to-open rate is
    // 265 ÷ 1 240, like with like. Hard and soft bounces are parts: the bounces are
    // sent − delivered, 3 000 − 2 941 = 59 (15 + 10 + 14 + 10 + 6 + 4), not the hard
    // bounces alone (35).
    figures(
        fixture!("brevo_campaigns_unique_fr.csv"),
        3,
        &[
            (M::EmailOpens, None, 1_240.0),
            (M::EmailClicks, None, 265.0),
            (M::ClickToOpenRate, None, 265.0 / 1_240.0),
            (M::EmailBounces, None, 59.0),
        ],
    );
}

#[test]
fn x_ads_campaign_en() {
    // X's "Clicks" counts every click on the ad (likes, profile, hashtags); its "Link
    // clicks" are the clicks to the site: 700 + 600 + 100 + 80 = 1 480 for a spend of
    // 320, so the cost per click is 320 ÷ 1 480.
    figures(
        fixture!("x_ads_campaign_en.csv"),
        4,
        &[
            (M::Spend, None, 320.0),
            (M::Impressions, None, 110_000.0),
            (M::Clicks, None, 1_480.0),
            (M::Cpc, None, 320.0 / 1_480.0),
        ],
    );
}

#[test]
fn matomo_channel_types_fr() {
    // Matomo in French: "Visiteurs uniques" (1 310 + 870 + 290 + 240 + 400 = 3 110)
    // are the visitors; its "Utilisateurs" (visitors signed in with a user id, 0 here)
    // are not. Visites 3 500, Conversions 82.
    figures(
        fixture!("matomo_channel_types_fr.csv"),
        5,
        &[(M::Visitors, None, 3_110.0), (M::Sessions, None, 3_500.0)],
    );
}

#[test]
fn pinterest_ads_campaign_en() {
    // Pinterest's reporting table: "Outbound clicks" (to the site) are the clicks,
    // 450 + 700 + 90 = 1 240, before "Pin clicks" (taps on the Pin, 2 610). Spend
    // 150.25 + 249.75 + 80 = 480, conversions 72, conversion value 3 390.50.
    figures(
        fixture!("pinterest_ads_campaign_en.csv"),
        3,
        &[
            (M::Spend, None, 480.0),
            (M::Impressions, None, 270_000.0),
            (M::Clicks, None, 1_240.0),
            (M::Revenue, None, 3_390.5),
        ],
    );
}

#[test]
fn snapchat_ads_campaign_en() {
    // Snapchat Ads Manager: "Paid Impressions" 550 500, "Swipe Ups" (its clicks)
    // 1 205 + 600 + 2 000 = 3 805, "Purchases Value" 1 920 + 1 080 + 210 = 3 210.
    figures(
        fixture!("snapchat_ads_campaign_en.csv"),
        3,
        &[
            (M::Spend, None, 1_000.0),
            (M::Impressions, None, 550_500.0),
            (M::Clicks, None, 3_805.0),
            (M::Revenue, None, 3_210.0),
        ],
    );
}

#[test]
fn agency_ht_tva_ttc_campaigns_fr() {
    // A French agency sheet: four campaigns, "Total HT" (a total's word, then more, no
    // separator), then "TVA (20 %)" and "Total TTC", which fill only Dépenses. The
    // total is found by its sums, the two lines below it are left out: Dépenses
    // 525,50 + 180,25 + 199,75 + 300,00 = 1 205,50, not 4 098,70.
    let got = load(fixture!("agency_ht_tva_ttc_campaigns_fr.csv"));
    let below = got
        .issues
        .iter()
        .filter(|i| i.kind == IssueKind::BelowTotal)
        .map(|i| i.line)
        .collect::<Vec<_>>();
    assert_eq!(below, [7, 8], "{:?}", got.issues);
    figures(
        fixture!("agency_ht_tva_ttc_campaigns_fr.csv"),
        4,
        &[
            (M::Spend, None, 1_205.5),
            (M::Impressions, None, 75_500.0),
            (M::Clicks, None, 1_410.0),
            (M::Conversions, None, 28.0),
        ],
    );
}

#[test]
fn agency_samtals_an_vsk_is() {
    // The Icelandic form: "Samtals án VSK", "VSK 24%", "Samtals með VSK" below four
    // campaigns; Kostnaður 52.550 + 18.025 + 19.975 + 30.000 = 120.550.
    figures(
        fixture!("agency_samtals_an_vsk_is.csv"),
        4,
        &[(M::Spend, None, 120_550.0), (M::Clicks, None, 1_410.0)],
    );
}

#[test]
fn totals_named_with_more_words() {
    // "Total excl. VAT" and "Total janvier" are totals (a total's word, then words),
    // found by their sums: 1 205,50 of spend, not twice that.
    for file in [
        fixture!("sheet_total_excl_vat_en.csv"),
        fixture!("agency_total_janvier_fr.csv"),
    ] {
        figures(
            file,
            4,
            &[(M::Spend, None, 1_205.5), (M::Impressions, None, 75_500.0)],
        );
    }
}

#[test]
fn agency_wide_group_line_fr() {
    // Google Ads and Meta Ads side by side under a group line: "Dépenses; Clics;
    // Conversions" twice. A field reads one column, so the Meta block is left out of
    // the figures, and each of its columns says so (it used to be left out unsaid).
    let got = load(fixture!("agency_wide_group_line_fr.csv"));
    let repeated = got
        .issues
        .iter()
        .filter_map(|i| match i.kind {
            IssueKind::RepeatedHeader { first } => Some((i.column_number, first)),
            _ => None,
        })
        .collect::<Vec<_>>();
    assert_eq!(repeated, [(Some(6), 3), (Some(7), 4), (Some(8), 5)]);
}

#[test]
fn money_lines_under_the_rows() {
    // Under four campaigns and no total: "Budget mensuel" and "Reste à dépenser" (French),
    // "Comision agenție 15%" and "TVA 19%" (Romanian) fill only the amount. They are
    // about the money, not rows of data: left out, each with a note. Spend 1 205,50.
    for file in [
        fixture!("agency_budget_rows_campaigns_fr.csv"),
        fixture!("agency_fee_rows_ro.csv"),
    ] {
        let got = load(file);
        let lines = got
            .issues
            .iter()
            .filter(|i| i.kind == IssueKind::MoneyLine)
            .map(|i| i.line)
            .collect::<Vec<_>>();
        assert_eq!(lines, [6, 7], "{}", file.0);
        figures(
            file,
            4,
            &[(M::Spend, None, 1_205.5), (M::Clicks, None, 1_410.0)],
        );
    }
}

#[test]
fn a_short_report_under_a_long_title_block() {
    // Microsoft Ads' nine title lines above three campaigns (one more title line than
    // rows): the table was taken for one column and nothing was read. Impr. 4,000 +
    // 2,500 + 9,000 = 15,500; Spend 96.50 + 120.25 + 33.00 = 249.75; the Total row and
    // the copyright line left out.
    figures(
        fixture!("microsoft_ads_long_preamble_en.csv"),
        3,
        &[
            (M::Impressions, None, 15_500.0),
            (M::Clicks, None, 225.0),
            (M::Spend, None, 249.75),
            (M::Conversions, None, 12.0),
        ],
    );
    // LinkedIn's one-campaign report, whose title lines a comma splits in two: the
    // header was taken from a title line. Spend 310.40, 12,000 impressions, 5 leads.
    figures(
        fixture!("linkedin_one_campaign_en.csv"),
        1,
        &[
            (M::Spend, None, 310.4),
            (M::Impressions, None, 12_000.0),
            (M::Clicks, None, 48.0),
        ],
    );
}

#[test]
fn a_sheet_with_an_average_row_under_its_table() {
    // Excel's =AVERAGE row labelled "Moyenne" (with a Total below it) or "Average"
    // (alone): no sum of the rows, so it was counted as a fourth campaign. Impressions
    // 52,000 + 31,000 + 18,500 = 101,500; clicks 1,310; cost 512.40 + 240.15 + 188.90
    // = 941.45.
    for file in [
        fixture!("sheet_average_row_fr.csv"),
        fixture!("sheet_average_row_en.csv"),
    ] {
        figures(
            file,
            3,
            &[
                (M::Impressions, None, 101_500.0),
                (M::Clicks, None, 1_310.0),
                (M::Spend, None, 941.45),
            ],
        );
    }
}

#[test]
fn a_pivot_table_with_its_subtotals_on_the_group_rows_is_not_summed() {
    // Excel's compact pivot layout puts each month's subtotal on the month's own row,
    // above its campaigns: read as rows, every figure would double (700 for 350). Its
    // "Sum of …" headers are not read, so the file gives no figure rather than a
    // doubled one (a known limit, docs/import.md).
    no_figure(fixture!("excel_pivot_compact_en.csv"), M::Spend);
}

#[test]
fn rows_that_sum_to_twice_the_files_total_give_no_sums() {
    // A compact pivot table with its headers renamed: each month's row holds the sum
    // of the campaigns below it, so the rows sum to 700 for the file's own total of
    // 350, in every column. Doubled sums were shown with a note; now they are left out.
    let got = load(fixture!("pivot_compact_renamed_fr.csv"));
    assert!(got
        .issues
        .iter()
        .any(|i| i.kind == IssueKind::SubtotalsAsRows && i.line == 7));
    no_figure(fixture!("pivot_compact_renamed_fr.csv"), M::Spend);
    no_figure(fixture!("pivot_compact_renamed_fr.csv"), M::Clicks);
}
