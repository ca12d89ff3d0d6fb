//! Arbitrary input never panics the engine, and the row accounting always holds.
//!
//! A seeded generator (no external crate, so the run is the same everywhere) makes both
//! raw bytes and CSV-shaped text out of the characters exports really contain.
#![cfg(not(target_arch = "wasm32"))]

use marketing_audit::engine::present::export;
use marketing_audit::engine::{ingest, run, Overrides, Settings};

#[path = "support/noise.rs"]
mod noise;

fn check(bytes: &[u8]) {
    if let Ok(got) = ingest("fuzz.csv", bytes, &Overrides::default()) {
        assert_eq!(
            got.rows_read,
            got.rows_used + got.rows_skipped,
            "{:?}",
            String::from_utf8_lossy(bytes)
        );
        assert_eq!(got.table.len() as u64, got.rows_used);
        for (_, values) in &got.table.columns {
            let len = match values {
                marketing_audit::engine::import::ingest::Values::Text(v) => v.len(),
                marketing_audit::engine::import::ingest::Values::Number(v) => v.len(),
                marketing_audit::engine::import::ingest::Values::Date(v) => v.len(),
            };
            assert_eq!(len, got.table.len());
        }
        let audit = run(std::slice::from_ref(&got), &Settings::default());
        for figure in &audit.figures {
            assert!(figure.value.is_none_or(f64::is_finite), "{figure:?}");
        }
        let _ = export::to_json(
            std::slice::from_ref(&got),
            &[],
            &audit,
            &Default::default(),
            &Settings::default(),
        );
        let _ = export::to_csv(&audit);
    }
}

#[test]
fn arbitrary_bytes_never_panic() {
    for bytes in noise::arbitrary_bytes(1, 1_000) {
        check(&bytes);
    }
}

#[test]
fn csv_shaped_noise_never_panics() {
    for text in noise::csv_noise(2, 1_000) {
        check(text.as_bytes());
        // The same text as UTF-16.
        check(&noise::utf16le(&text));
    }
}
