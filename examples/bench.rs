//! Import and audit speed on generated ad exports: `cargo run --release --example bench`.
//!
//! Generates a deterministic campaign export of each size, then times ingest (decode,
//! sniff, map, parse every cell) and the audit (group, sum, every metric) separately,
//! best of five runs. Then the same with every row kept as read (`Importer::
//! keep_every_row`) against rows folded at import (`import::fold`), on these exports
//! and on any file given: `cargo run --release --example bench -- FILE.csv`. Figures
//! go to `docs/performance.md`.

use marketing_audit::engine::present::export;
use marketing_audit::engine::{ingest, run, Importer, Ingested, Overrides, Settings};
use std::time::Instant;

fn export_of(rows: usize) -> String {
    let campaigns = [
        "Search - Brand",
        "Search - Generic",
        "Prospecting - Video",
        "Retargeting",
        "Webinar Promotion",
        "Whitepaper Lead Gen",
    ];
    let channels = [
        "Google Ads",
        "Google Ads",
        "Meta Ads",
        "Meta Ads",
        "LinkedIn Ads",
        "LinkedIn Ads",
    ];
    let mut out = String::from(
        "Date,Channel,Campaign,Ad group,Spend,Impressions,Clicks,Conversions,Leads,Revenue\n",
    );
    let mut seed: u64 = 7;
    for i in 0..rows {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let c = i % campaigns.len();
        let day = (i / campaigns.len()) % 730;
        let (y, m, d) = (2024 + day / 365, (day % 365) / 31 % 12 + 1, day % 28 + 1);
        let spend = (seed >> 33) % 60_000;
        let impressions = (seed >> 20) % 90_000;
        let clicks = impressions / 40;
        out.push_str(&format!(
            "{y}-{m:02}-{d:02},{},{},Group {},{}.{:02},{impressions},{clicks},{},{},{}.{:02}\n",
            channels[c],
            campaigns[c],
            i % 40,
            spend / 100,
            spend % 100,
            clicks / 10,
            clicks / 20,
            spend / 50,
            spend % 100
        ));
    }
    out
}

fn best_of<T>(runs: usize, mut f: impl FnMut() -> T) -> (f64, T) {
    let mut best = f64::INFINITY;
    let mut last = None;
    for _ in 0..runs {
        let start = Instant::now();
        let out = f();
        best = best.min(start.elapsed().as_secs_f64());
        last = Some(out);
    }
    (best, last.expect("at least one run"))
}

fn kept(name: &str, bytes: &[u8]) -> Ingested {
    let mut importer = Importer::new(name, &Overrides::default()).keep_every_row();
    importer.push(bytes);
    importer.finish().expect("the export imports")
}

/// Rows kept, memory of the rows, import and audit time: every row kept, then folded.
fn folding(label: &str, bytes: &[u8]) {
    let mb = bytes.len() as f64 / 1e6;
    let (t_kept, all) = best_of(3, || kept(label, bytes));
    let (t_folded, folded) = best_of(3, || {
        ingest(label, bytes, &Overrides::default()).expect("the export imports")
    });
    let (a_kept, audit_kept) = best_of(3, || run(std::slice::from_ref(&all), &Settings::default()));
    let (a_folded, audit) = best_of(3, || {
        run(std::slice::from_ref(&folded), &Settings::default())
    });
    assert!(audit == audit_kept, "{label}: folding changed a figure");
    println!(
        "| {label} | {mb:.1} | {} → {} | {:.1} → {:.1} | {t_kept:.3} → {t_folded:.3} | {a_kept:.3} → {a_folded:.3} |",
        all.table.len(),
        folded.table.len(),
        all.table.bytes() as f64 / 1e6,
        folded.table.bytes() as f64 / 1e6,
    );
}

fn main() {
    println!("| rows | MB | ingest s | ingest MB/s | audit s | figures | JSON export s |");
    println!("|---:|---:|---:|---:|---:|---:|---:|");
    for rows in [10_000, 100_000, 1_000_000] {
        let text = export_of(rows);
        let mb = text.len() as f64 / 1e6;
        let (t_ingest, got) = best_of(5, || {
            ingest("bench.csv", text.as_bytes(), &Overrides::default())
        });
        let Ok(got) = got else {
            println!("{rows}: import failed");
            continue;
        };
        assert_eq!(got.rows_used as usize, rows);
        let inputs = [got];
        let (t_audit, audit) = best_of(5, || run(&inputs, &Settings::default()));
        let (t_json, _) = best_of(3, || {
            export::to_json(
                &inputs,
                &[],
                &audit,
                &Default::default(),
                &Settings::default(),
            )
            .len()
        });
        println!(
            "| {rows} | {mb:.1} | {t_ingest:.3} | {:.0} | {t_audit:.3} | {} | {t_json:.3} |",
            mb / t_ingest,
            audit.figures.len()
        );
    }
    println!();
    println!("| file | MB | rows kept: all → folded | rows' MB | import s | audit s |");
    println!("|---|---:|---:|---:|---:|---:|");
    for rows in [100_000, 1_000_000] {
        folding(&format!("{rows} rows"), export_of(rows).as_bytes());
    }
    for path in std::env::args().skip(1) {
        let bytes = std::fs::read(&path).expect("a readable file");
        folding(&path, &bytes);
    }
}
