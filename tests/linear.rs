//! The import does work in proportion to its input on every shape a file can take:
//! very wide rows, one huge field, many lines, runs of quotes, a header of 100,000
//! names, CR-only line ends.
//!
//! Work is counted, not timed: a counting allocator (per thread, so tests running side
//! by side do not mix their counts) adds up the allocations and the bytes they ask for.
//! Each shape is imported at size `n` and `4n`, whole and in 64 KiB chunks (as the page
//! reads a file); the work may grow by at most 5× (linear is 4×), and the bytes
//! allocated stay under a fixed multiple of the input. A quadratic step (a buffer
//! copied on every chunk, a cell read once per character) fails the first bound; a
//! step that is linear but heavy per byte (every alias compared with a million-character
//! header) fails the second. Timings on this machine are in `docs/reliability.md`.
#![cfg(not(target_arch = "wasm32"))]

use marketing_audit::engine::import::error::{ErrorKind, IssueKind};
use marketing_audit::engine::{ingest, Importer, Ingested, Overrides};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// The system allocator, counting what this thread asks of it.
struct Counting;

thread_local! {
    /// (allocations, bytes asked for) on this thread.
    static WORK: Cell<(u64, u64)> = const { Cell::new((0, 0)) };
}

fn count(bytes: usize) {
    // `try_with`: the allocator may run while a thread's locals are torn down.
    let _ = WORK.try_with(|w| {
        let (n, b) = w.get();
        w.set((n + 1, b + bytes as u64));
    });
}

// SAFETY: every call goes straight to `System`; counting touches only a `Cell` of this
// thread, which neither allocates nor unwinds.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count(layout.size());
        // SAFETY: the caller's contract is passed on unchanged.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count(layout.size());
        // SAFETY: as above.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count(new_size);
        // SAFETY: as above.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Work done by `f` on this thread: (allocations, bytes allocated).
fn work<T>(f: impl FnOnce() -> T) -> ((u64, u64), T) {
    let before = WORK.with(Cell::get);
    let out = f();
    let after = WORK.with(Cell::get);
    ((after.0 - before.0, after.1 - before.1), out)
}

/// The chunk size of the page's file reader.
const CHUNK: usize = 64 * 1024;

fn chunked(bytes: &[u8]) -> Result<Ingested, marketing_audit::engine::import::error::Error> {
    let mut importer = Importer::new("t.csv", &Overrides::default());
    for chunk in bytes.chunks(CHUNK) {
        importer.push(chunk);
    }
    importer.finish()
}

/// Imports `make(n)` and `make(4n)`, whole and chunked, checks the work bounds, and
/// returns the larger import for the shape's own checks.
#[track_caller]
fn check_linear(name: &str, make: impl Fn(usize) -> Vec<u8>, n: usize) -> Ingested {
    let (small, large) = (make(n), make(4 * n));
    let mut last = None;
    for (how, import) in [
        (
            "whole",
            (|b| ingest("t.csv", b, &Overrides::default())) as fn(&[u8]) -> _,
        ),
        ("chunked", chunked),
    ] {
        let (w1, _) = work(|| import(&small));
        let (w4, got) = work(|| import(&large));
        let ratio = |a: u64, b: u64| b as f64 / a.max(1) as f64;
        let (count_ratio, bytes_ratio) = (ratio(w1.0, w4.0), ratio(w1.1, w4.1));
        let per_byte = w4.1 as f64 / large.len() as f64;
        eprintln!(
            "{name} {how}: {} B → {w1:?}, {} B → {w4:?}; ×{count_ratio:.2} allocations, \
             ×{bytes_ratio:.2} bytes, {per_byte:.1} bytes allocated per input byte",
            small.len(),
            large.len()
        );
        assert!(
            count_ratio <= 5.0,
            "{name} {how}: allocations ×{count_ratio:.2}"
        );
        assert!(bytes_ratio <= 5.0, "{name} {how}: bytes ×{bytes_ratio:.2}");
        assert!(
            per_byte <= 32.0,
            "{name} {how}: {per_byte:.1} bytes per byte"
        );
        last = Some(got.expect("the shape imports"));
    }
    last.expect("two imports ran")
}

#[test]
fn very_wide_rows() {
    // Three rows of n columns.
    let make = |n: usize| {
        let mut s = String::new();
        for r in 0..3 {
            let row: Vec<String> = (0..n)
                .map(|c| match r {
                    0 => format!("Col {c}"),
                    _ => format!("{}", (c + r) % 97),
                })
                .collect();
            s.push_str(&row.join(","));
            s.push('\n');
        }
        s.into_bytes()
    };
    let got = check_linear("wide rows", make, 5_000);
    assert_eq!(got.rows_read, 2);
    assert_eq!(got.mapping.len(), 20_000);
}

#[test]
fn one_huge_field() {
    // A quoted field of 2.5 MB, then 10 MB, with a line break and a comma inside.
    let make = |n: usize| {
        let mut s = b"Campaign,Clicks\n\"A,\n".to_vec();
        s.resize(s.len() + n, b'a');
        s.extend_from_slice(b"\",1\nB,2\n");
        s
    };
    let got = check_linear("huge field", make, 2_500_000);
    assert_eq!(got.rows_used, 2);
}

#[test]
fn one_huge_field_in_a_number_and_a_date_column() {
    let make = |n: usize| {
        let mut s = b"Date,Spend,Campaign\n".to_vec();
        s.resize(s.len() + n, b'1');
        s.push(b',');
        s.resize(s.len() + n, b'2');
        s.extend_from_slice(b",A\n2024-01-02,3,B\n2024-01-03,4,C\n");
        s
    };
    let got = check_linear("huge number and date", make, 500_000);
    assert_eq!((got.rows_used, got.rows_skipped), (2, 1));
}

#[test]
fn one_huge_header_name() {
    let make = |n: usize| {
        let mut s = b"Impressions ".to_vec();
        s.resize(s.len() + n, b'x');
        s.extend_from_slice(b",Clicks\n1,2\n");
        s
    };
    check_linear("huge header name", make, 250_000);
}

/// `n` lines of a daily campaign export; the campaign of line `i` is `C{campaigns(i)}`.
fn campaign_lines(n: usize, campaigns: fn(usize) -> usize) -> Vec<u8> {
    let mut s = String::from("Date,Campaign,Spend,Clicks\n");
    for i in 0..n {
        s.push_str(&format!(
            "2024-01-{:02},C{},{}.5,{}\n",
            i % 28 + 1,
            campaigns(i),
            i % 1000,
            i % 13
        ));
    }
    s.into_bytes()
}

#[test]
fn many_lines() {
    let got = check_linear("many lines", |n| campaign_lines(n, |i| i % 50), 25_000);
    assert_eq!(got.rows_used, 100_000);
}

#[test]
fn many_distinct_lines() {
    // Every row its own campaign: no row folds into another (see `import::fold`), and
    // folding stops once it is judged not to pay, its table of keys let go.
    let make = |n| campaign_lines(n, |i| i);
    let got = check_linear("many distinct lines", make, 25_000);
    assert_eq!((got.rows_used, got.table.len()), (100_000, 100_000));
    assert!(got.table.weights.is_empty());
}

#[test]
fn many_subtotals_and_rows_named_like_totals() {
    // Groups of two rows, each followed by its subtotal (a totals word, or no name),
    // and every tenth row named like a total ("Total: C7", "Somme (7)"): the subtotal
    // pass and the rows put back stay in proportion.
    let make = |n: usize| {
        let mut s = String::from("Campaign,Channel,Spend,Clicks\n");
        for i in 0..n {
            let (a, b) = (i % 1000 + 1, i % 13 + 2);
            let name = match i % 10 {
                3 => format!("Total: C{i}"),
                7 => format!("Somme ({i})"),
                _ => format!("C{i}"),
            };
            s.push_str(&format!("{name},web,{a},{b}\nC{i}b,mail,{b},{a}\n"));
            let label = if i % 2 == 0 {
                format!("C{i} Total")
            } else {
                String::new()
            };
            s.push_str(&format!("{label},,{},{}\n", a + b, a + b));
        }
        s.into_bytes()
    };
    let got = check_linear("many subtotals", make, 8_000);
    assert!(
        got.issues
            .iter()
            .any(|i| matches!(i.kind, IssueKind::SubtotalByArithmetic { .. })),
        "no subtotal found"
    );
}

#[test]
fn runs_of_quotes() {
    // A cell that is nothing but quotes (an odd count: the quote never closes), and a
    // quoted cell of escaped quotes.
    let make = |n: usize| {
        let mut s = b"Campaign,Clicks\n".to_vec();
        s.resize(s.len() + n + 1, b'"');
        s.extend_from_slice(b",1\n\"");
        s.resize(s.len() + 2 * n, b'"');
        s.extend_from_slice(b"\",2\n");
        s
    };
    let got = check_linear("quotes", make, 250_000);
    assert!(got
        .issues
        .iter()
        .any(|i| i.kind == IssueKind::UnclosedQuote));
}

#[test]
fn a_header_of_100_000_names() {
    let make = |n: usize| {
        let names: Vec<String> = (0..n)
            .map(|c| {
                let word = ["Campaign", "Spend", "Impressions", "Clicks", "Date"][c % 5];
                format!("{word} {c}")
            })
            .collect();
        format!("{}\n", names.join(",")).into_bytes()
    };
    let got = check_linear("100,000 names", make, 25_000);
    assert_eq!(got.mapping.len(), 100_000);
    assert!(got.issues.iter().any(|i| matches!(
        i.kind,
        IssueKind::ColumnsNotMatched {
            columns: 100_000,
            ..
        }
    )));
}

#[test]
fn many_short_lines_with_cr_only() {
    let make = |n: usize| {
        let mut s = String::from("a,b\r");
        for i in 0..n {
            s.push_str(&format!("{},{}\r", i % 10, i % 7));
        }
        s.into_bytes()
    };
    let got = check_linear("CR-only lines", make, 50_000);
    assert_eq!(got.rows_read, 200_000);
    assert_eq!(got.table.lines.last(), Some(&200_001));
}

/// A file of nothing but line breaks, or of blanks, is refused as empty, whatever its
/// size, without reading it twice.
#[test]
fn blank_files_of_any_size() {
    for make in [(|n: usize| vec![b'\n'; n]) as fn(usize) -> Vec<u8>, |n| {
        vec![b' '; n]
    }] {
        let ((_, bytes), got) = work(|| ingest("t.csv", &make(4_000_000), &Overrides::default()));
        assert!(matches!(
            got.map_err(|e| e.kind().clone()),
            Err(ErrorKind::Empty)
        ));
        assert!(bytes < 40_000_000, "{bytes}");
    }
}
