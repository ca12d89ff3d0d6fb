//! The engine against real exports and conformance suites in `../shared/data/real`.
//!
//! These files are not copied into the repository (most carry no licence), so this
//! target reads them from beside the checkout. It fails, never skips, when they are
//! missing: a green run must mean the real files were read. Expected values are
//! computed here independently from the raw files, not from the engine.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use marketing_audit::engine::import::field::{Field, FileKind};
use marketing_audit::engine::import::ingest::raw_table;
use marketing_audit::engine::metrics::audit::Dimension;
use marketing_audit::engine::metrics::funnel::{self, StageKind};
use marketing_audit::engine::metrics::velocity;
use marketing_audit::engine::present::export;
use marketing_audit::engine::{ingest, run, Importer, Ingested, MetricId, Overrides, Settings};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn real() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/real");
    assert!(
        dir.join("README.md").is_file(),
        "{} is missing: the real-data tests need ../shared beside the checkout",
        dir.display()
    );
    dir
}

fn read(rel: &str) -> Vec<u8> {
    let path = real().join(rel);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn load(rel: &str) -> Ingested {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    ingest(name, &read(rel), &Overrides::default()).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn total(inputs: &[Ingested], metric: MetricId) -> f64 {
    group(inputs, metric, Dimension::Total, None)
}

fn group(inputs: &[Ingested], metric: MetricId, dimension: Dimension, group: Option<&str>) -> f64 {
    let audit = run(inputs, &Settings::default());
    audit
        .figure(metric, dimension, group, None)
        .and_then(|f| f.value)
        .unwrap_or_else(|| panic!("no value for {metric:?} {dimension:?} {group:?}"))
}

#[track_caller]
fn close(got: f64, expected: f64) {
    assert!(
        (got - expected).abs() <= 1e-6 * expected.abs().max(1.0),
        "{got} != {expected}"
    );
}

/// Rows of a simple CSV (no quoted delimiters) split by hand: the independent reader.
fn split_rows(bytes: &[u8], delimiter: char) -> (Vec<String>, Vec<Vec<String>>) {
    let text = String::from_utf8_lossy(bytes);
    let mut lines = text.split(['\r', '\n']).filter(|l| !l.trim().is_empty());
    let header = lines
        .next()
        .unwrap_or_default()
        .split(delimiter)
        .map(str::to_owned)
        .collect();
    let rows = lines
        .map(|l| l.split(delimiter).map(str::to_owned).collect())
        .collect();
    (header, rows)
}

fn column_sum(
    header: &[String],
    rows: &[Vec<String>],
    name: &str,
    keep: impl Fn(&[String]) -> bool,
) -> f64 {
    let col = header
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name}"));
    rows.iter()
        .filter(|r| keep(r))
        .filter_map(|r| r.get(col))
        .filter_map(|c| c.trim().parse::<f64>().ok())
        .sum()
}

#[test]
fn csv_spectrum_passes_every_case() {
    let dir = real().join("csv_edge/csv_spectrum");
    let mut checked = 0;
    for entry in std::fs::read_dir(dir.join("csvs")).expect("csvs folder") {
        let path = entry.expect("entry").path();
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("name")
            .to_owned();
        let json: serde_json::Value = serde_json::from_slice(
            &std::fs::read(dir.join(format!("json/{stem}.json"))).expect("json"),
        )
        .expect("valid json");
        // One case's expected output is a single object rather than a list of one.
        let json = if json.is_object() {
            serde_json::Value::Array(vec![json])
        } else {
            json
        };
        let mut expected: Vec<BTreeMap<String, String>> =
            serde_json::from_value(json).expect("list of string maps");
        if stem == "location_coordinates" {
            // Upstream defect: the expected JSON gives phone "1234567890" while the CSV
            // holds "2095257564". Everything else in the case is compared as is.
            for row in &mut expected {
                row.insert("Contact Phone Number".to_owned(), "2095257564".to_owned());
            }
        }
        let bytes = std::fs::read(&path).expect("csv");
        let got: Vec<BTreeMap<String, String>> = match raw_table(&stem, &bytes) {
            Ok(t) => t
                .rows
                .iter()
                .map(|(_, cells)| {
                    t.headers
                        .iter()
                        .cloned()
                        .zip(cells.iter().cloned())
                        .collect()
                })
                .collect(),
            Err(_) => Vec::new(),
        };
        assert_eq!(got, expected, "csv-spectrum case {stem}");
        checked += 1;
    }
    assert_eq!(checked, 12);
}

#[test]
fn every_real_file_imports_without_panic_and_accounts_for_every_row() {
    fn walk(dir: &Path, files: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("readable folder").flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, files);
            } else {
                files.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(&real(), &mut files);
    assert!(
        files.len() > 200,
        "expected the whole corpus, found {} files",
        files.len()
    );
    let mut folded = 0;
    for path in files {
        let bytes = std::fs::read(&path).expect("readable file");
        let name = path.display().to_string();
        if let Ok(got) = ingest(&name, &bytes, &Overrides::default()) {
            assert_eq!(got.rows_read, got.rows_used + got.rows_skipped, "{name}");
            let lines_skipped: std::collections::BTreeSet<u64> = got
                .issues
                .iter()
                .filter(|i| {
                    i.action == marketing_audit::engine::import::error::Action::Skipped
                        && i.line > 0
                })
                .map(|i| i.line)
                .collect();
            // Every skipped row has an issue naming its line.
            assert_eq!(lines_skipped.len() as u64, got.rows_skipped, "{name}");
            let audit = run(std::slice::from_ref(&got), &Settings::default());
            // Rows folded at import (one per day and names) give every figure and issue
            // of the rows kept as read.
            if !got.table.weights.is_empty() {
                folded += 1;
                let mut importer = Importer::new(&name, &Overrides::default()).keep_every_row();
                importer.push(&bytes);
                let kept = importer.finish().expect("read as before");
                assert_eq!(kept.issues, got.issues, "{name}");
                assert_eq!(kept.rows_used, got.rows_used, "{name}");
                let held: u64 = (0..got.table.len()).map(|r| got.table.weight(r)).sum();
                assert_eq!(held, got.rows_used, "{name}");
                assert!(
                    run(std::slice::from_ref(&kept), &Settings::default()) == audit,
                    "{name}: folded rows change a figure"
                );
            }
            let json = export::to_json(
                std::slice::from_ref(&got),
                &[],
                &audit,
                &Default::default(),
                &Settings::default(),
            );
            assert!(json.starts_with('{'), "{name}");
            let _ = export::to_csv(&audit);
        }
    }
    eprintln!("{folded} real files had rows folded");
    assert!(folded > 0, "no real file had rows to fold");
}

#[test]
fn facebook_ads_cr_only_file_matches_an_independent_sum() {
    let bytes = read("fb_ads_kag/KAG_conversion_data.csv");
    let got = load("fb_ads_kag/KAG_conversion_data.csv");
    assert_eq!(
        (got.kind, got.rows_read, got.rows_used, got.rows_skipped),
        (FileKind::AdPerformance, 1143, 1143, 0)
    );
    let (header, rows) = split_rows(&bytes, ',');
    assert_eq!(rows.len(), 1143);
    let inputs = [got];
    let all = |_: &[String]| true;
    close(
        total(&inputs, MetricId::Impressions),
        column_sum(&header, &rows, "Impressions", all),
    );
    close(
        total(&inputs, MetricId::Clicks),
        column_sum(&header, &rows, "Clicks", all),
    );
    close(
        total(&inputs, MetricId::Spend),
        column_sum(&header, &rows, "Spent", all),
    );
    close(
        total(&inputs, MetricId::Conversions),
        column_sum(&header, &rows, "Total_Conversion", all),
    );
    for campaign in ["916", "936", "1178"] {
        let mine = |r: &[String]| r.get(1).map(String::as_str) == Some(campaign);
        let clicks = column_sum(&header, &rows, "Clicks", mine);
        let impressions = column_sum(&header, &rows, "Impressions", mine);
        let spend = column_sum(&header, &rows, "Spent", mine);
        close(
            group(
                &inputs,
                MetricId::Clicks,
                Dimension::Campaign,
                Some(campaign),
            ),
            clicks,
        );
        close(
            group(&inputs, MetricId::Ctr, Dimension::Campaign, Some(campaign)),
            clicks / impressions,
        );
        close(
            group(&inputs, MetricId::Cpc, Dimension::Campaign, Some(campaign)),
            spend / clicks,
        );
    }
}

#[test]
fn daily_ab_campaigns_with_blank_day_match_an_independent_sum() {
    let mut inputs = Vec::new();
    for file in ["control_group.csv", "test_group.csv"] {
        let rel = format!("ab_campaign_daily/{file}");
        let got = load(&rel);
        assert_eq!(got.kind, FileKind::AdPerformance, "{file}");
        assert_eq!(got.delimiter, b';');
        assert_eq!((got.rows_read, got.rows_skipped), (30, 0), "{file}");
        let (header, rows) = split_rows(&read(&rel), ';');
        let all = |_: &[String]| true;
        let single = [got.clone()];
        close(
            total(&single, MetricId::Spend),
            column_sum(&header, &rows, "Spend [USD]", all),
        );
        close(
            total(&single, MetricId::Impressions),
            column_sum(&header, &rows, "# of Impressions", all),
        );
        close(
            total(&single, MetricId::Clicks),
            column_sum(&header, &rows, "# of Website Clicks", all),
        );
        close(
            total(&single, MetricId::Conversions),
            column_sum(&header, &rows, "# of Purchase", all),
        );
        inputs.push(got);
    }
    let audit = run(&inputs, &Settings::default());
    assert_eq!(
        audit.groups(Dimension::Campaign, MetricId::Spend),
        vec!["Control Campaign", "Test Campaign"]
    );
    let dates = inputs[0].table.date(Field::Date).expect("dates");
    assert_eq!(
        dates.get(0).map(|d| d.date().to_string()).as_deref(),
        Some("2019-08-01")
    );
}

#[test]
fn klaviyo_campaign_export_matches_an_independent_sum() {
    let rel = "klaviyo_email/grow_fragrance_campaigns.csv";
    let got = load(rel);
    assert_eq!(got.kind, FileKind::EmailCampaigns);
    assert_eq!(got.rows_read, got.rows_used);
    let bytes = read(rel);
    let mut reader = csv::Reader::from_reader(&bytes[..]);
    let header: Vec<String> = reader
        .headers()
        .expect("header")
        .iter()
        .map(str::to_owned)
        .collect();
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.expect("record").iter().map(str::to_owned).collect())
        .collect();
    assert_eq!(rows.len() as u64, got.rows_read);
    let all = |_: &[String]| true;
    let inputs = [got];
    close(
        total(&inputs, MetricId::EmailsSent),
        column_sum(&header, &rows, "Total Recipients", all),
    );
    close(
        total(&inputs, MetricId::EmailsDelivered),
        column_sum(&header, &rows, "Successful Deliveries", all),
    );
    close(
        total(&inputs, MetricId::EmailOpens),
        column_sum(&header, &rows, "Unique Opens", all),
    );
    close(
        total(&inputs, MetricId::EmailClicks),
        column_sum(&header, &rows, "Unique Clicks", all),
    );
    let opens = column_sum(&header, &rows, "Unique Opens", all);
    let delivered = column_sum(&header, &rows, "Successful Deliveries", all);
    close(total(&inputs, MetricId::OpenRate), opens / delivered);
    // Orders and revenue the email tool attributes, and per delivered email.
    let revenue = column_sum(&header, &rows, "Revenue", all);
    let orders = column_sum(&header, &rows, "Unique Placed Order", all);
    close(total(&inputs, MetricId::EmailRevenue), revenue);
    close(total(&inputs, MetricId::EmailOrders), orders);
    close(
        total(&inputs, MetricId::RevenuePerRecipient),
        revenue / delivered,
    );
    close(total(&inputs, MetricId::EmailOrderRate), orders / delivered);
    // Email revenue is not ad revenue.
    assert!(!run(&inputs, &Settings::default()).has(MetricId::Revenue));
}

#[test]
fn marketing_exports_are_recognised_without_a_manual_step() {
    let cases = [
        (
            "fb_ads_kag/KAG_conversion_data.csv",
            FileKind::AdPerformance,
        ),
        (
            "fb_ads_kag_dated/KAG_conversion_data_with_date.csv",
            FileKind::AdPerformance,
        ),
        (
            "ab_campaign_daily/control_group.csv",
            FileKind::AdPerformance,
        ),
        ("ab_campaign_daily/test_group.csv", FileKind::AdPerformance),
        (
            "klaviyo_email/grow_fragrance_campaigns.csv",
            FileKind::EmailCampaigns,
        ),
        (
            "klaviyo_email/grow_fragrance_flows_monthly.csv",
            FileKind::EmailCampaigns,
        ),
        (
            "olist_funnel/olist_marketing_qualified_leads_dataset.csv",
            FileKind::Leads,
        ),
        (
            "olist_funnel/olist_closed_deals_dataset.csv",
            FileKind::Deals,
        ),
        (
            "olist_funnel_excel_ddmm/olist_marketing_qualified_leads_dataset.csv",
            FileKind::Leads,
        ),
        (
            "olist_funnel_excel_ddmm/olist_closed_deals_dataset.csv",
            FileKind::Deals,
        ),
        ("bank_marketing/bank.csv", FileKind::Responses),
        ("ifood_campaign/marketing_campaign.csv", FileKind::Responses),
    ];
    for (rel, kind) in cases {
        let got = load(rel);
        assert_eq!(got.kind, kind, "{rel}");
        assert_eq!(got.rows_skipped, 0, "{rel}: {:?}", got.issues.first());
    }
}

#[test]
fn european_excel_round_trip_keeps_the_same_days() {
    let original = load("olist_funnel/olist_closed_deals_dataset.csv");
    let excel = load("olist_funnel_excel_ddmm/olist_closed_deals_dataset.csv");
    assert_eq!(original.rows_used, 842);
    assert_eq!(excel.rows_used, 842);
    let days = |i: &Ingested| -> Vec<Option<String>> {
        i.table
            .date(Field::WonDate)
            .expect("won dates")
            .iter()
            .map(|d| d.map(|d| d.date().to_string()))
            .collect()
    };
    assert_eq!(days(&original), days(&excel));
}

/// The Olist funnel (MQLs and the deals closed from them), joined on `mql_id` with no
/// mapping step, as the velocity engine sees it.
fn olist_velocity(dir: &str) -> velocity::Velocity {
    let inputs = [
        load(&format!(
            "{dir}/olist_marketing_qualified_leads_dataset.csv"
        )),
        load(&format!("{dir}/olist_closed_deals_dataset.csv")),
    ];
    assert_eq!(
        (inputs[0].kind, inputs[1].kind),
        (FileKind::Leads, FileKind::Deals)
    );
    let join = funnel::join(&inputs);
    assert!(join.unmatched_deals.is_empty());
    let as_of = NaiveDate::from_ymd_opt(2018, 12, 31).expect("a date");
    velocity::velocity(&join, as_of, &velocity::VelocitySettings::default())
}

/// Expected from the raw CSVs alone: (MQLs, deals) per origin ("" for blank), and
/// (mql_id, whole days from first contact to the won date) per deal.
type OlistTruth = (BTreeMap<String, (u64, u64)>, Vec<(String, i64)>);

fn olist_truth() -> OlistTruth {
    let (mh, mrows) = split_rows(
        &read("olist_funnel/olist_marketing_qualified_leads_dataset.csv"),
        ',',
    );
    let (dh, drows) = split_rows(&read("olist_funnel/olist_closed_deals_dataset.csv"), ',');
    let col = |h: &[String], name: &str| h.iter().position(|c| c == name).expect(name);
    let (mid, first, origin) = (
        col(&mh, "mql_id"),
        col(&mh, "first_contact_date"),
        col(&mh, "origin"),
    );
    let (did, won) = (col(&dh, "mql_id"), col(&dh, "won_date"));
    let date = |s: &str| NaiveDate::parse_from_str(&s[..10], "%Y-%m-%d").expect(s);
    let mut per_origin: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    let mut mqls: BTreeMap<String, (NaiveDate, String)> = BTreeMap::new();
    for r in &mrows {
        per_origin.entry(r[origin].clone()).or_default().0 += 1;
        mqls.insert(r[mid].clone(), (date(&r[first]), r[origin].clone()));
    }
    let mut cycles = Vec::new();
    for r in &drows {
        if let Some((first, origin)) = mqls.get(&r[did]) {
            per_origin.entry(origin.clone()).or_default().1 += 1;
            cycles.push((r[did].clone(), (date(&r[won]) - *first).num_days()));
        }
    }
    cycles.sort();
    (per_origin, cycles)
}

/// Conversion by origin as the engine gives it: origin → (leads, customers).
fn conversion_by_origin(v: &velocity::Velocity) -> BTreeMap<String, (u64, u64)> {
    v.conversion
        .by_source
        .iter()
        .map(|(source, steps)| {
            assert_eq!(steps.len(), 1, "Lead → Customer only");
            let s = &steps[0];
            (
                source.clone().unwrap_or_default(),
                (s.reached_from, s.reached_to),
            )
        })
        .collect()
}

#[test]
fn olist_conversion_by_origin_and_sales_cycle_need_no_mapping() {
    let (per_origin, cycles) = olist_truth();
    let v = olist_velocity("olist_funnel");
    assert_eq!(v.from, velocity::StagesFrom::CreatedAndWon);
    assert_eq!(
        v.conversion.stages,
        vec![StageKind::Lead, StageKind::Customer]
    );
    assert_eq!(conversion_by_origin(&v), per_origin);
    assert_eq!(v.conversion.reached, vec![8000, 842]);
    // The sales cycle: every deal won on or after its first contact, in whole days; a
    // win before the first contact is a data issue with the lead id, not a cycle.
    let good: Vec<(String, i64)> = cycles.iter().filter(|(_, d)| *d >= 0).cloned().collect();
    let bad: Vec<String> = cycles
        .iter()
        .filter(|(_, d)| *d < 0)
        .map(|(id, _)| id.clone())
        .collect();
    let got: Vec<(String, i64)> = v
        .sales_cycle
        .cycles
        .iter()
        .map(|c| (c.lead.clone(), c.days))
        .collect();
    assert_eq!(got, good);
    let issues: Vec<String> = v
        .sales_cycle
        .issues
        .iter()
        .filter_map(|i| match i {
            velocity::DataIssue::WonBeforeFirstContact { lead, .. } => Some(lead.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(issues, bad);
    assert_eq!(bad.len(), 1);
    let mut days: Vec<i64> = good.iter().map(|(_, d)| *d).collect();
    days.sort_unstable();
    let n = days.len();
    let median = if n % 2 == 1 {
        days[n / 2] as f64
    } else {
        (days[n / 2 - 1] + days[n / 2]) as f64 / 2.0
    };
    let mean = days.iter().sum::<i64>() as f64 / n as f64;
    assert_eq!(v.sales_cycle.total.count, n as u64);
    close(v.sales_cycle.total.median.expect("a median"), median);
    close(v.sales_cycle.total.mean.expect("a mean"), mean);
}

#[test]
fn olist_after_the_european_excel_round_trip_gives_the_same_whole_days() {
    let original = olist_velocity("olist_funnel");
    let excel = olist_velocity("olist_funnel_excel_ddmm");
    let cycles = |v: &velocity::Velocity| -> Vec<(String, i64)> {
        v.sales_cycle
            .cycles
            .iter()
            .map(|c| (c.lead.clone(), c.days))
            .collect()
    };
    assert_eq!(cycles(&excel), cycles(&original));
    assert_eq!(excel.sales_cycle.issues, original.sales_cycle.issues);
    assert_eq!(
        conversion_by_origin(&excel),
        conversion_by_origin(&original)
    );
    assert_eq!(conversion_by_origin(&excel), olist_truth().0);
    assert_eq!(excel.sales_cycle.total, original.sales_cycle.total);
}

/// Imports `bytes` in chunks of `size`.
fn chunked(
    name: &str,
    bytes: &[u8],
    size: usize,
) -> Result<Ingested, marketing_audit::engine::import::error::Error> {
    let mut importer = Importer::new(name, &Overrides::default());
    for chunk in bytes.chunks(size) {
        importer.push(chunk);
    }
    importer.finish()
}

#[test]
fn chunked_import_of_real_files_equals_whole_file_import() {
    let files = [
        // Classic Mac CR-only lines, no final line break.
        "fb_ads_kag/KAG_conversion_data.csv",
        // A quoted subject spanning four lines, emoji.
        "klaviyo_email/grow_fragrance_campaigns.csv",
        // CRLF after a European Excel round trip.
        "olist_funnel_excel_ddmm/olist_closed_deals_dataset.csv",
        // `;`, CRLF, d.mm.yyyy.
        "ab_campaign_daily/control_group.csv",
        // Whitespace-aligned text.
        "cdnow_transactions/CDNOW_sample.txt",
        // ISO-8859-1.
        "csv_edge/charlesnepote_iso8859/CSV-basic-ISO-8859-1.CRLF.csv",
    ];
    for rel in files {
        let bytes = read(rel);
        let whole = ingest(rel, &bytes, &Overrides::default());
        assert!(whole.is_ok(), "{rel}: {whole:?}");
        // Every chunk size up to 300 over the first 8 KB (cut at a line end: a file in
        // its own right), then sparse sizes over the whole file: every size over the
        // whole file costs minutes in a debug build.
        let cut = bytes
            .iter()
            .take(8 * 1024)
            .rposition(|&b| b == b'\n' || b == b'\r')
            .map_or(bytes.len(), |i| i + 1);
        let head = &bytes[..cut.min(bytes.len())];
        let head_whole = ingest(rel, head, &Overrides::default());
        for size in 1..=300 {
            assert!(
                chunked(rel, head, size) == head_whole,
                "{rel}: first {cut} bytes in chunks of {size}"
            );
        }
        for size in [1, 2, 3, 7, 64, 257, 4096, 65_537, 1 << 20] {
            assert!(
                chunked(rel, &bytes, size) == whole,
                "{rel}: chunks of {size}"
            );
        }
    }
}

#[test]
fn excel_damage_is_noted_where_excel_made_dates_of_ranges() {
    use marketing_audit::engine::import::error::{Action, IssueKind};
    let damage = |i: &Ingested| -> Vec<(Option<String>, u64, Vec<String>)> {
        i.issues
            .iter()
            .filter_map(|issue| match &issue.kind {
                IssueKind::ExcelDamage { count, examples } => {
                    assert_eq!(issue.action, Action::Noted);
                    Some((issue.column.clone(), *count, examples.clone()))
                }
                _ => None,
            })
            .collect()
    };
    let excel = load("olist_funnel_excel_ddmm/olist_closed_deals_dataset.csv");
    let original = load("olist_funnel/olist_closed_deals_dataset.csv");
    // Counted independently in the original file: `1-5` and `5-20` are what Excel
    // turns into `01-May` and `May-20`.
    let bytes = read("olist_funnel/olist_closed_deals_dataset.csv");
    let mut reader = csv::Reader::from_reader(&bytes[..]);
    let col = reader
        .headers()
        .expect("header")
        .iter()
        .position(|h| h == "average_stock")
        .expect("column");
    let damaged: Vec<String> = reader
        .records()
        .filter_map(|r| match r.expect("record").get(col) {
            Some("1-5") => Some("01-May".to_owned()),
            Some("5-20") => Some("May-20".to_owned()),
            _ => None,
        })
        .collect();
    assert_eq!(damaged.len(), 32);
    assert_eq!(
        damage(&excel),
        vec![(
            Some("average_stock".to_owned()),
            damaged.len() as u64,
            damaged[..3].to_vec()
        )]
    );
    assert_eq!(damage(&original), vec![]);
    assert_eq!(excel.rows_skipped, 0);
}

#[test]
fn whitespace_aligned_cdnow_imports_as_a_table() {
    use marketing_audit::engine::import::error::IssueKind;
    let rel = "cdnow_transactions/CDNOW_sample.txt";
    let text = String::from_utf8(read(rel)).expect("ASCII text");
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    assert!(lines.iter().all(|l| l.split_whitespace().count() == 5));
    let got = load(rel);
    assert_eq!(got.delimiter, b' ');
    assert_eq!(got.header_line, 0);
    let headers: Vec<&str> = got.mapping.iter().map(|m| m.header.as_str()).collect();
    assert_eq!(
        headers,
        ["column 1", "column 2", "column 3", "column 4", "column 5"]
    );
    assert_eq!(got.rows_read, lines.len() as u64);
    assert_eq!(got.rows_used, got.rows_read);
    assert_eq!(
        got.issues.first().map(|i| &i.kind),
        Some(&IssueKind::HeadersGenerated { columns: 5 })
    );
    assert!(
        got.issues.iter().all(|i| matches!(
            i.kind,
            IssueKind::HeadersGenerated { .. }
                | IssueKind::DecimalMarkAssumed { .. }
                | IssueKind::DateOrderAssumed { .. }
        )),
        "{:?}",
        got.issues.iter().take(3).collect::<Vec<_>>()
    );
}

/// PapaParse's core-parser conformance cases that apply to us, parsed by our record
/// reader with the case's delimiter. A case applies when its config only names a
/// delimiter, a newline style or fast mode, PapaParse expects no error, and its
/// expected rows hold no blank-line row (`[""]`): we skip blank lines by design, as the
/// csv crate does, and report malformed quoting as issues rather than PapaParse errors.
#[test]
fn papaparse_core_cases_that_apply_pass() {
    use marketing_audit::engine::import::records::{Records, Split};
    let cases_js = real().join("csv_edge/papaparse_tests/test-cases.js");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/papaparse_cases.mjs");
    let out = std::process::Command::new("node")
        .arg(&script)
        .arg(&cases_js)
        .output()
        .expect("node runs (it is part of the toolchain: ./x installs npm tools with it)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let cases: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).expect("JSON cases");
    assert!(cases.len() >= 60, "found {} cases", cases.len());
    let mut applied = 0;
    for case in &cases {
        let config = case["config"].as_object().cloned().unwrap_or_default();
        let allowed = config
            .keys()
            .all(|k| matches!(k.as_str(), "delimiter" | "newline" | "fastMode"));
        let delimiter = config
            .get("delimiter")
            .and_then(|d| d.as_str())
            .unwrap_or(",");
        let Some(data) = case["data"].as_array() else {
            continue;
        };
        let blank_row = data
            .iter()
            .any(|r| r.as_array().is_some_and(|r| r.len() == 1 && r[0] == ""));
        if !allowed || delimiter.len() != 1 || case["errors"].as_u64() != Some(0) || blank_row {
            continue;
        }
        let input = case["input"].as_str().expect("an input");
        let mut records = Records::new(Split::Delimiter(delimiter.as_bytes()[0]), false);
        let mut got: Vec<Vec<String>> = Vec::new();
        records.push(input, |r| got.push(r.iter().map(str::to_owned).collect()));
        records.finish(|r| got.push(r.iter().map(str::to_owned).collect()));
        let expected: Vec<Vec<String>> =
            serde_json::from_value(serde_json::Value::Array(data.clone()))
                .expect("rows of strings");
        assert_eq!(got, expected, "PapaParse case {:?}", case["description"]);
        applied += 1;
    }
    eprintln!("{applied} PapaParse cases applied");
    assert_eq!(applied, 38, "PapaParse cases applied");
}

/// Any categorical column can split the audit: map it to `segment` in the mapping
/// editor. Here the Facebook ads' `gender` column, against an independent sum.
#[test]
fn any_column_mapped_to_segment_splits_the_paid_figures() {
    let bytes = read("fb_ads_kag/KAG_conversion_data.csv");
    let overrides = Overrides {
        fields: vec![("gender".to_owned(), Some(Field::Segment))],
        ..Overrides::default()
    };
    let got = ingest("KAG_conversion_data.csv", &bytes, &overrides).expect("ingests");
    let (header, rows) = split_rows(&bytes, ',');
    let audit = run(&[got], &Settings::default());
    assert_eq!(
        audit.groups(Dimension::Segment, MetricId::Clicks),
        vec!["F", "M"]
    );
    for gender in ["F", "M"] {
        let mine = |r: &[String]| r.get(4).map(String::as_str) == Some(gender);
        let clicks = column_sum(&header, &rows, "Clicks", mine);
        close(
            audit
                .value(MetricId::Clicks, Dimension::Segment, Some(gender), None)
                .expect("clicks"),
            clicks,
        );
    }
}

/// CDNOW's raw purchases, read here independently: (customer, yyyymmdd date, cents).
fn cdnow_raw() -> Vec<(String, NaiveDate, i64)> {
    let text = String::from_utf8(read("cdnow_transactions/CDNOW_sample.txt")).expect("ASCII");
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let cells: Vec<&str> = l.split_whitespace().collect();
            let date = NaiveDate::parse_from_str(cells[2], "%Y%m%d").expect("yyyymmdd");
            let (units, cents) = cells[4].split_once('.').unwrap_or((cells[4], "0"));
            let cents = format!("{cents:0<2}");
            let amount = units.parse::<i64>().expect("dollars") * 100
                + cents[..2].parse::<i64>().expect("cents");
            (cells[0].to_owned(), date, amount)
        })
        .collect()
}

#[test]
fn cdnow_is_a_transactions_file_with_no_manual_step() {
    let raw = cdnow_raw();
    let got = load("cdnow_transactions/CDNOW_sample.txt");
    assert_eq!(got.kind, FileKind::Transactions);
    assert_eq!(got.rows_skipped, 0);
    let fields: Vec<Option<Field>> = got.mapping.iter().map(|m| m.field).collect();
    assert_eq!(
        fields,
        [
            Some(Field::CustomerId),
            None,
            Some(Field::Date),
            None,
            Some(Field::Amount)
        ]
    );
    let inputs = [got];
    let revenue: i64 = raw.iter().map(|r| r.2).sum();
    let customers: std::collections::BTreeSet<&str> = raw.iter().map(|r| r.0.as_str()).collect();
    close(
        total(&inputs, MetricId::TransactionRevenue),
        revenue as f64 / 100.0,
    );
    close(total(&inputs, MetricId::Orders), raw.len() as f64);
    close(
        total(&inputs, MetricId::ActiveCustomers),
        customers.len() as f64,
    );

    // Retention of the first cohort: customers whose first purchase is in the first
    // quarter of the data, and the share of them buying again k quarters later.
    let quarter = |d: NaiveDate| {
        use chrono::Datelike;
        d.year() * 4 + (d.month0() as i32) / 3
    };
    let mut first: BTreeMap<&str, i32> = BTreeMap::new();
    for (c, d, _) in &raw {
        let q = first.entry(c.as_str()).or_insert(quarter(*d));
        *q = (*q).min(quarter(*d));
    }
    let q0 = *first.values().min().expect("a purchase");
    let last = raw.iter().map(|r| quarter(r.1)).max().expect("a purchase");
    let cohort: Vec<&str> = first
        .iter()
        .filter(|(_, q)| **q == q0)
        .map(|(c, _)| *c)
        .collect();
    let expected: Vec<usize> = (q0..=last)
        .map(|q| {
            cohort
                .iter()
                .filter(|c| raw.iter().any(|r| r.0 == **c && quarter(r.1) == q))
                .count()
        })
        .collect();
    let audit = run(&inputs, &Settings::default());
    let row = audit.cohorts.rows.first().expect("a cohort");
    assert_eq!(row.cohort.label(), "1997-Q1");
    assert_eq!(row.customers, cohort.len());
    assert_eq!(row.active, expected);
    eprintln!(
        "CDNOW: revenue {:.2}, orders {}, customers {}, cohort 1997-Q1 {} customers, retention {:?}",
        revenue as f64 / 100.0,
        raw.len(),
        customers.len(),
        cohort.len(),
        (0..expected.len())
            .map(|k| row.retention(k).map(|r| (r * 1000.0).round() / 10.0))
            .collect::<Vec<_>>()
    );
}

/// The telemarketing and campaign-acceptance exports are campaign responses: one row
/// per contact with a yes/no (or 1/0) outcome. Their response rates match a count made
/// here from the raw files.
#[test]
fn campaign_response_exports_are_recognised_and_counted() {
    for (rel, outcome_column, yes) in [
        ("bank_marketing/bank.csv", "\"y\"", "\"yes\""),
        ("ifood_campaign/marketing_campaign.csv", "Response", "1"),
    ] {
        let got = load(rel);
        assert_eq!(got.kind, FileKind::Responses, "{rel}");
        assert_eq!(got.rows_skipped, 0, "{rel}");
        let (header, rows) = split_rows(&read(rel), ';');
        let col = header
            .iter()
            .position(|h| h.trim() == outcome_column)
            .expect("outcome column");
        let contacts = rows.len() as f64;
        let responses = rows
            .iter()
            .filter(|r| r.get(col).map(|c| c.trim()) == Some(yes))
            .count() as f64;
        let inputs = [got];
        close(total(&inputs, MetricId::Contacts), contacts);
        close(total(&inputs, MetricId::Responses), responses);
        close(total(&inputs, MetricId::ResponseRate), responses / contacts);
    }
}
