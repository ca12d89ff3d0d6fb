//! The test files the property tests walk: every CSV, TSV and text fixture under
//! `tests/fixtures/`, or every real export under `../shared/data/real/` but the CSV
//! conformance suites. Shared by `tests/totals.rs` and `tests/workbooks.rs`.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, out);
        } else if path
            .extension()
            .is_some_and(|e| e == "csv" || e == "tsv" || e == "txt")
        {
            out.push(path);
        }
    }
}

/// The fixtures' paths, or (`real`) the real exports' without the CSV conformance
/// suites, sorted.
pub fn paths(real: bool) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = if real {
        root.join("../shared/data/real")
    } else {
        root.join("tests/fixtures")
    };
    assert!(dir.is_dir(), "{} is missing", dir.display());
    let mut paths = Vec::new();
    walk(&dir, &mut paths);
    paths.retain(|p| !p.components().any(|c| c.as_os_str() == "csv_edge"));
    paths.sort();
    paths
}
