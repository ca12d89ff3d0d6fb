//! Import and audit speed on generated ad exports: `cargo run --release --example bench`.
//!
//! Generates a deterministic campaign export of each size, then times ingest (decode,
//! sniff, map, parse every cell) and the audit (group, sum, every metric) separately,
//! best of five runs. Figures go to `docs/performance.md`.

use marketing_audit::engine::present::export;
use marketing_audit::engine::{ingest, run, Overrides, Settings};
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
}
