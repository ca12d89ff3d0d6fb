//! Arbitrary input never panics the engine, and the row accounting always holds.
//!
//! A seeded generator (no external crate, so the run is the same everywhere) makes both
//! raw bytes and CSV-shaped text out of the characters exports really contain.
#![cfg(not(target_arch = "wasm32"))]

use marketing_audit::engine::{export, ingest, run, Overrides, Settings};

/// SplitMix64: small, fast and good enough to spread test inputs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

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
                marketing_audit::engine::ingest::Values::Text(v) => v.len(),
                marketing_audit::engine::ingest::Values::Number(v) => v.len(),
                marketing_audit::engine::ingest::Values::Date(v) => v.len(),
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
    let mut rng = Rng(1);
    for _ in 0..1_000 {
        let len = rng.below(300);
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        check(&bytes);
    }
}

#[test]
fn csv_shaped_noise_never_panics() {
    const PIECES: &[&str] = &[
        ",",
        ";",
        "\t",
        "|",
        "\"",
        "\"\"",
        "\n",
        "\r\n",
        "\r",
        " ",
        "Campaign",
        "Spend",
        "Clicks",
        "Impressions",
        "Date",
        "Revenue",
        "Total",
        "1",
        "0",
        "-3",
        "12,5",
        "1.234,56",
        "1,234.56",
        "(12.50)",
        "12%",
        "$5",
        "EUR 7",
        "N/A",
        "—",
        "2024-03-05",
        "31/12/2024",
        "12/31/2024",
        "1.08.2019",
        "45356",
        "Mar 5, 2024",
        "é",
        "€",
        "\u{FEFF}",
        "\u{0}",
        "9999999999999999999999999999999",
        "1e308",
        "-",
        "=SUM(A1)",
        "Sent",
        "Unique opens",
        "Delivered",
        "Lead ID",
        "Stage",
        "Entered at",
    ];
    let mut rng = Rng(2);
    for _ in 0..1_000 {
        let mut text = String::new();
        for _ in 0..rng.below(120) {
            text.push_str(PIECES[rng.below(PIECES.len())]);
        }
        check(text.as_bytes());
        // The same text as UTF-16 and as a Windows-1252 reading.
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        check(&utf16);
    }
}
