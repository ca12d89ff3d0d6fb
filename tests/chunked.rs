//! Chunked import equals whole-file import: the demo files, crafted edge cases and the
//! random generators, split at every chunk size from one byte up to a few hundred and
//! at a few large ones. (The real exports are checked the same way in `real_data.rs`.)
#![cfg(not(target_arch = "wasm32"))]

use marketing_audit::engine::import::error::{Error, IssueKind};
use marketing_audit::engine::import::ingest::{Importer, SAMPLE_ROWS};
use marketing_audit::engine::{demo, ingest, Ingested, Overrides};

#[path = "support/noise.rs"]
mod noise;

/// Chunk sizes every input is split at: every size up to 300, then a few large ones
/// around the sample boundaries.
fn sizes(len: usize) -> impl Iterator<Item = usize> {
    let large = [
        512,
        1000,
        4096,
        65_535,
        65_536,
        65_537,
        1 << 20,
        (1 << 20) + 1,
    ];
    // Sizes at or above the length all give one chunk: test that once.
    (1..=300)
        .chain(large)
        .filter(move |&s| s <= len.max(1))
        .chain(std::iter::once(len + 1))
}

fn chunked(bytes: &[u8], size: usize, overrides: &Overrides) -> Result<Ingested, Error> {
    let mut importer = Importer::new("t.csv", overrides);
    for chunk in bytes.chunks(size.max(1)) {
        importer.push(chunk);
    }
    importer.finish()
}

/// Whole-file and chunked import agree at every chunk size in `sizes`.
#[track_caller]
fn check_with(bytes: &[u8], overrides: &Overrides, sizes: impl Iterator<Item = usize>) {
    let whole = ingest("t.csv", bytes, overrides);
    for size in sizes {
        let got = chunked(bytes, size, overrides);
        assert!(
            got == whole,
            "chunks of {size} differ on {:?}:\n got {got:?}\nwant {whole:?}",
            String::from_utf8_lossy(&bytes[..bytes.len().min(200)])
        );
    }
}

#[track_caller]
fn check(bytes: &[u8]) {
    check_with(bytes, &Overrides::default(), sizes(bytes.len()));
}

/// Chunk sizes for whole large files, where every size up to 300 would cost minutes
/// in a debug build: small ones, primes, and the sample boundaries.
const SPARSE: [usize; 10] = [1, 2, 3, 7, 64, 257, 4096, 65_537, 1 << 20, (1 << 20) + 1];

/// The start of a file, cut after a line break near `max` bytes.
fn head(bytes: &[u8], max: usize) -> &[u8] {
    if bytes.len() <= max {
        return bytes;
    }
    let cut = bytes[..max]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(max, |i| i + 1);
    &bytes[..cut]
}

#[test]
fn demo_files() {
    for (name, bytes) in demo::files() {
        let whole = ingest(name, bytes, &Overrides::default()).expect("demo ingests");
        assert!(whole.rows_used > 0, "{name}");
        // Every size on the first 8 KB (a file in its own right), sparse sizes on all.
        check(head(bytes, 8 * 1024));
        check_with(bytes, &Overrides::default(), SPARSE.into_iter());
    }
}

#[test]
fn crafted_cases() {
    let cases: &[&[u8]] = &[
        // A BOM split across chunks, then a two-byte character.
        b"\xEF\xBB\xBFCampaign,Clicks\nCaf\xC3\xA9,1\n",
        // CRLF split at every point, blank lines between records.
        b"Campaign,Clicks\r\n\r\nA,1\r\n\r\n\r\nB,x\r\n\"C\nD\",2\r\nE,3",
        // Classic Mac CR-only lines, no final line break.
        b"Campaign,Clicks\rA,1\r\rB,2",
        // A quote with a line break and an escaped quote inside, across chunks.
        b"Campaign,Subject,Clicks\nA,\"Hello\n\"\"world\"\"\n!\",3\nB,plain,4\n",
        // A title block above the header.
        b"Campaign performance report\n\"Jan 1, 2024 - Jan 31, 2024\"\n\nCampaign,Impr.,Clicks,Cost\nA,100,5,\"1,234.50\"\n",
        // European numbers and dates with `;`.
        b"Campaign Name;Date;Spend [USD];# of Impressions\nX;1.08.2019;2280,5;82702\nX;13.08.2019;1,25;1\n",
        // Windows-1252 (not UTF-8) and a stray invalid byte.
        b"Campaign,Clicks\nCaf\xE9,1\n\x80,2\n",
        // An unclosed quote.
        b"Campaign,Clicks\nA,1\n\"B,2\nC,3\n",
        // Errors: empty, blank, binary, no header.
        b"",
        b"\n\r\n  \n",
        b"PK\x03\x04\0\0garbage",
        // Totals and too few / too many cells.
        b"Campaign,Spend,Clicks\nA,1.50,3\nB,x,4\n,,\nTotal,1.5,7\nC,2\nD,1,2,3\n",
    ];
    for case in cases {
        check(case);
    }
}

#[test]
fn utf16_with_surrogate_pairs_and_an_odd_byte() {
    let text = "Campaign,Clicks\n😀 launch,1\nÉté,2\n";
    let le = noise::utf16le(text);
    check(&le);
    let mut be = vec![0xFE, 0xFF];
    be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    check(&be);
    let mut odd = le.clone();
    odd.push(b'x');
    check(&odd);
    // A lone high surrogate at the very end.
    let mut lone = le;
    lone.extend([0x3D, 0xD8]);
    check(&lone);
}

#[test]
fn user_overrides_apply_the_same_way() {
    let overrides = Overrides {
        encoding: Some(marketing_audit::engine::import::decode::Encoding::Utf8),
        delimiter: Some(b';'),
        ..Overrides::default()
    };
    let bytes = b"Campaign;Clicks\nCaf\xE9;1\nB;2\n";
    let whole = ingest("t.csv", bytes, &overrides).expect("ingests");
    assert!(whole
        .issues
        .iter()
        .any(|i| i.kind == IssueKind::UndecodableBytes { count: 1 }));
    check_with(bytes, &overrides, sizes(bytes.len()));
}

/// A file longer than the samples: the column decisions are taken mid-stream.
#[test]
fn decisions_taken_mid_stream() {
    let mut text = String::from("Date,Campaign,Spend,Clicks\n");
    for i in 0..SAMPLE_ROWS + 500 {
        text.push_str(&format!(
            "2024-01-{:02},C{},{}.{:02},{}\n",
            i % 28 + 1,
            i % 7,
            i,
            i % 100,
            i % 13
        ));
    }
    // A late invalid UTF-8 byte, a late bad cell and a late quoted line break.
    text.push_str("2024-02-01,late \"\"x\"\",1.00,x\n");
    let mut bytes = text.into_bytes();
    bytes.extend_from_slice(b"2024-02-02,\"multi\nline\xFF\",2.00,3\n");
    let whole = ingest("t.csv", &bytes, &Overrides::default()).expect("ingests");
    assert_eq!(whole.rows_read as usize, SAMPLE_ROWS + 502);
    let sizes = [1, 2, 3, 7, 64, 1000, 4096, 65_537, 1 << 20];
    check_with(&bytes, &Overrides::default(), sizes.into_iter());
}

/// A Windows-1252 file decided on its first MiB: later bytes keep that reading.
#[test]
fn encoding_is_decided_on_the_sample() {
    let mut bytes = b"Campaign,Clicks\n".to_vec();
    while bytes.len() < (1 << 20) + 10 {
        bytes.extend_from_slice(b"Plain,1\n");
    }
    bytes.extend_from_slice(b"Caf\xE9,2\n");
    let whole = ingest("t.csv", &bytes, &Overrides::default()).expect("ingests");
    assert_eq!(
        whole.encoding,
        marketing_audit::engine::import::decode::Encoding::Utf8
    );
    assert!(whole
        .issues
        .iter()
        .any(|i| i.kind == IssueKind::UndecodableBytes { count: 1 }));
    check_with(
        &bytes,
        &Overrides::default(),
        [5, 4096, 1 << 20].into_iter(),
    );
}

/// Each random input costs a full import per chunk size (mostly header matching), so
/// the first inputs of each generator get every size and the rest a spread of small
/// ones, where the splitting bugs live.
#[track_caller]
fn check_random(i: usize, bytes: &[u8]) {
    if i < 10 {
        check(bytes);
    } else {
        check_with(
            bytes,
            &Overrides::default(),
            [1, 2, 3, 5, 8, 13, 64].into_iter(),
        );
    }
}

#[test]
fn random_bytes() {
    for (i, bytes) in noise::arbitrary_bytes(1, 220).iter().enumerate() {
        check_random(i, bytes);
    }
}

#[test]
fn random_csv_shaped_text() {
    for (i, text) in noise::csv_noise(2, 220).iter().enumerate() {
        check_random(i, text.as_bytes());
        check_random(i, &noise::utf16le(text));
    }
}
