//! Where the time of one request goes, natively: `cargo run --release --example session
//! [file.csv ...]`. Times the demo's request (nine files) and each given file's: import,
//! audit and report (the session's answer), and the reply's trip to the page (its JSON
//! and its figures' bytes, encode and decode), with the reply's size. Figures go to
//! `docs/performance.md`.

use marketing_audit::engine::session::{self, FileSpec, Request, Session};
use marketing_audit::engine::Settings;
use std::collections::BTreeMap;
use std::time::Instant;

fn time(label: &str, files: Vec<(String, Vec<u8>)>) {
    let mut best = [f64::MAX; 3];
    let mut size = 0;
    for _ in 0..3 {
        let mut s = Session::new();
        let specs: Vec<FileSpec> = files
            .iter()
            .enumerate()
            .map(|(i, (name, bytes))| {
                s.open(i as u32, name, Box::new(bytes.clone()));
                FileSpec {
                    id: i as u32,
                    overrides: None,
                }
            })
            .collect();
        let request = Request {
            job: 1,
            files: specs,
            settings: Settings::default(),
            remembered: BTreeMap::new(),
        };
        let t = Instant::now();
        let reply = s.answer(&request, &mut |_| {});
        let answered = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let (text, figures) = session::encode_reply(reply);
        let encoded = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let _ = session::decode_reply(&text, &figures);
        let decoded = t.elapsed().as_secs_f64();
        size = text.len() + figures.len();
        best = [
            best[0].min(answered),
            best[1].min(encoded),
            best[2].min(decoded),
        ];
    }
    let mb: f64 = files.iter().map(|(_, b)| b.len() as f64).sum::<f64>() / 1e6;
    println!(
        "| {label} | {mb:.1} | {:.3} | {:.3} | {:.3} | {:.0} |",
        best[0],
        best[1],
        best[2],
        size as f64 / 1e3
    );
}

fn main() {
    println!("| request | MB | answer s | reply encode s | reply decode s | reply KB |");
    println!("|---|---:|---:|---:|---:|---:|");
    let demo = (0..session::demo_len())
        .filter_map(session::demo_source)
        .map(|(name, source)| {
            let mut bytes = Vec::new();
            let _ = source.read(&mut |c| bytes.extend_from_slice(c));
            (name.to_owned(), bytes)
        })
        .collect::<Vec<(String, Vec<u8>)>>();
    let import = (0..5)
        .map(|_| {
            let t = Instant::now();
            for (name, bytes) in &demo {
                let _ = marketing_audit::engine::ingest(name, bytes, &Default::default());
            }
            t.elapsed().as_secs_f64()
        })
        .fold(f64::MAX, f64::min);
    println!("|   of which: the nine imports {import:.4} s (best of 5) | | | | | |");
    time("demo (9 files)", demo);
    for path in std::env::args().skip(1) {
        match std::fs::read(&path) {
            Ok(bytes) => {
                let t = Instant::now();
                let ingested = marketing_audit::engine::ingest(&path, &bytes, &Default::default());
                let import = t.elapsed().as_secs_f64();
                let t = Instant::now();
                let audit = ingested
                    .as_ref()
                    .map(|i| marketing_audit::engine::run(&[i], &Settings::default()));
                let run = t.elapsed().as_secs_f64();
                let t = Instant::now();
                if let (Ok(i), Ok(a)) = (&ingested, &audit) {
                    let _ = marketing_audit::engine::review::report::build(
                        &[i],
                        a,
                        &Settings::default(),
                    );
                }
                let report = t.elapsed().as_secs_f64();
                println!("|   of which: import {import:.3} s, audit {run:.3} s, report {report:.3} s | | | | | |");
                time(&path, vec![(path.clone(), bytes)])
            }
            Err(e) => eprintln!("{path}: {e}"),
        }
    }
}
