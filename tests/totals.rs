//! No figure changes when an export's own total row is added, moved or duplicated.
//!
//! For every demo file and every fixture under `tests/fixtures/`, the test writes the
//! file's total row the way exports do — the sums of its additive columns, the name
//! cells blank or saying "Total" — and puts it first, last, in the middle and twice.
//! The audit of each variant must equal the audit of the file without it, figure for
//! figure: a total counted as data would double every sum.
//!
//! The same holds for subtotals: the file cut into three groups of rows, each followed
//! by its sums (the name blank, or "Group Total" as a spreadsheet's pivot table writes
//! it), and the grand total below them.

use marketing_audit::engine::import::field::{Field, FileKind, ValueType};
use marketing_audit::engine::import::value::DecimalMark;
use marketing_audit::engine::present::export;
use marketing_audit::engine::{demo, ingest, run, Ingested, Overrides, Settings};
use rust_decimal::Decimal;
use std::path::PathBuf;

fn read(name: &str, bytes: &[u8]) -> Ingested {
    ingest(name, bytes, &Overrides::default()).expect("the file imports")
}

fn figures(file: &Ingested) -> String {
    export::to_csv(&run(std::slice::from_ref(file), &Settings::default()))
}

/// The cells of the file's total row: sums in the additive columns, `label` in the
/// first text column, blank elsewhere.
fn total_row(file: &Ingested, label: &str) -> Option<Vec<String>> {
    total_row_in(file, label, file.decimal_mark)
}

/// [`total_row`], its numbers written with `mark`.
fn total_row_in(file: &Ingested, label: &str, mark: DecimalMark) -> Option<Vec<String>> {
    let mut any = false;
    let mut labelled = false;
    let cells = file
        .mapping
        .iter()
        .map(|m| match m.field {
            Some(f) if f.additive() => {
                let sum: Decimal = file.table.number(f)?.iter().flatten().sum();
                any = true;
                let text = sum.normalize().to_string();
                Some(match mark {
                    DecimalMark::Point => text,
                    DecimalMark::Comma => text.replace('.', ","),
                })
            }
            Some(f) if f.value_type() == ValueType::Text && !labelled => {
                labelled = true;
                Some(label.to_owned())
            }
            _ => Some(String::new()),
        })
        .collect::<Option<Vec<String>>>()?;
    any.then_some(cells)
}

fn join(cells: &[String], delimiter: u8) -> String {
    let d = char::from(delimiter);
    cells
        .iter()
        .map(|c| {
            if c.contains([d, '"', '\n', '\r']) {
                format!("\"{}\"", c.replace('"', "\"\""))
            } else {
                c.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(&d.to_string())
}

/// The file's lines with `row` inserted at each of `at` (0 = just below the header,
/// `usize::MAX` = at the end).
fn with_rows(text: &str, header_line: u64, row: &str, at: &[usize]) -> String {
    let ending = if text.contains("\r\n") {
        "\r\n"
    } else if text.contains('\n') {
        "\n"
    } else {
        "\r"
    };
    let mut lines: Vec<&str> = text.split(ending).collect();
    if lines.last() == Some(&"") {
        lines.pop();
    }
    let header = usize::try_from(header_line).expect("line");
    let body = lines.len() - header;
    let mut out: Vec<&str> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        out.push(line);
        let after_header = i + 1 >= header;
        if after_header {
            let k = i + 1 - header;
            for &a in at {
                if a == k || (a == usize::MAX && k == body) {
                    out.push(row);
                }
            }
        }
    }
    out.join(ending) + ending
}

#[track_caller]
fn check(name: &str, bytes: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return false;
    };
    let file = read(name, bytes);
    // Whitespace-aligned text, generated headers and trailers are other shapes.
    let trailer = file.issues.iter().any(|i| {
        matches!(
            i.kind,
            marketing_audit::engine::import::error::IssueKind::AfterTable
        )
    });
    if file.kind == FileKind::Unknown
        || file.delimiter == b' '
        || file.header_line == 0
        || trailer
        || file.table.len() < 2
    {
        return false;
    }
    let want = figures(&file);
    let middle = file.table.len() / 2;
    for label in ["", "Total"] {
        let Some(row) = total_row(&file, label) else {
            return false;
        };
        let row = join(&row, file.delimiter);
        for at in [&[0][..], &[usize::MAX], &[middle], &[0, usize::MAX]] {
            let variant = with_rows(text, file.header_line, &row, at);
            let got = read(name, variant.as_bytes());
            assert_eq!(
                got.rows_used, file.rows_used,
                "{name}: total {row:?} at {at:?} was counted as data"
            );
            assert!(
                figures(&got) == want,
                "{name}: figures changed with the total row {row:?} at {at:?}"
            );
        }
    }
    true
}

/// The file cut into three groups of rows, each followed by a subtotal row labelled
/// `label`, and a grand total below: the audit must not change. False when the file
/// is not of a shape this applies to (fewer than six rows, rows over several lines,
/// rows folded together).
#[track_caller]
fn check_subtotals(name: &str, bytes: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return false;
    };
    let file = read(name, bytes);
    let ending = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let lines: Vec<&str> = text.trim_end_matches(ending).split(ending).collect();
    let header = usize::try_from(file.header_line).expect("line");
    let body = &lines[header.min(lines.len())..];
    if file.kind == FileKind::Unknown
        || file.delimiter == b' '
        || header == 0
        || file.rows_skipped > 0
        || !file.table.weights.is_empty()
        || file.rows_used as usize != body.len()
        || body.len() < 6
    {
        return false;
    }
    let want = figures(&file);
    let head = lines[..header].join(ending);
    let cut = [0, body.len() / 3, 2 * body.len() / 3, body.len()];
    for label in ["", "Group Total"] {
        let mut out = vec![head.clone()];
        for w in cut.windows(2) {
            let group = &body[w[0]..w[1]];
            out.extend(group.iter().map(|l| (*l).to_owned()));
            let alone = format!("{head}{ending}{}{ending}", group.join(ending));
            let Some(row) = total_row_in(&read(name, alone.as_bytes()), label, file.decimal_mark)
            else {
                return false;
            };
            out.push(join(&row, file.delimiter));
        }
        let Some(grand) = total_row(&file, "") else {
            return false;
        };
        out.push(join(&grand, file.delimiter));
        let variant = out.join(ending) + ending;
        let got = read(name, variant.as_bytes());
        assert_eq!(
            got.rows_used, file.rows_used,
            "{name}: subtotals labelled {label:?} were counted as data:\n{variant}"
        );
        assert!(
            figures(&got) == want,
            "{name}: figures changed with subtotals labelled {label:?}"
        );
    }
    true
}

#[path = "support/files.rs"]
mod files;
use files::paths;

/// Runs `check` on each file of `paths`; how many files it applied to.
fn checked(paths: &[PathBuf], check: fn(&str, &[u8]) -> bool) -> usize {
    paths
        .iter()
        .filter(|path| {
            let bytes = std::fs::read(path).expect("a readable file");
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
            check(name, &bytes)
        })
        .count()
}

/// Runs `check` on each demo file; how many files it applied to.
fn checked_demo(check: fn(&str, &[u8]) -> bool) -> usize {
    demo::files()
        .iter()
        .filter(|(name, bytes)| check(name, bytes))
        .count()
}

#[test]
fn demo_files_keep_their_figures_with_a_total_row_anywhere() {
    // Ads, email, web and social demo files have additive columns.
    let n = checked_demo(check);
    assert!(n >= 4, "only {n} demo files checked");
}

#[test]
fn fixtures_keep_their_figures_with_a_total_row_anywhere() {
    checked(&paths(false), check);
}

#[test]
fn demo_files_keep_their_figures_with_subtotals() {
    let n = checked_demo(check_subtotals);
    assert!(n >= 3, "only {n} demo files checked");
}

#[test]
fn fixtures_keep_their_figures_with_subtotals() {
    let n = checked(&paths(false), check_subtotals);
    assert!(n >= 5, "only {n} fixtures checked");
}

#[test]
fn real_exports_keep_their_figures_with_subtotals() {
    let n = checked(&paths(true), check_subtotals);
    assert!(n >= 3, "only {n} real exports checked");
}

#[test]
fn a_campaign_split_is_unchanged_by_a_total_row() {
    let text = "Campaign,Clicks,Cost\nA,1,2.00\nB,3,4.50\n";
    let file = read("a.csv", text.as_bytes());
    assert!(file.table.has(Field::Campaign));
    assert!(check("a.csv", text.as_bytes()));
}

#[test]
fn real_exports_keep_their_figures_with_a_total_row_anywhere() {
    let n = checked(&paths(true), check);
    assert!(n >= 4, "only {n} real exports checked");
}
