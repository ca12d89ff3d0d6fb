//! Replays every fuzz input kept in the repository on stable Rust: the crashes and
//! hangs the fuzzers found (`fuzz/regressions/<target>/`) and the seed corpus
//! (`fuzz/corpus/<target>/`), each through the same check its target runs
//! (`tests/support/fuzz_checks.rs`). No nightly, no libFuzzer.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

#[path = "support/fuzz_checks.rs"]
mod check;

/// Runs `target`'s check on every file under `fuzz/<folder>/<target>/`; returns how many.
fn replay(folder: &str, target: &str, check: fn(&[u8])) -> usize {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz")
        .join(folder)
        .join(target);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return 0;
    };
    let mut paths: Vec<_> = entries.filter_map(|e| Some(e.ok()?.path())).collect();
    paths.sort();
    for path in &paths {
        let bytes = std::fs::read(path).expect("a readable fuzz input");
        let outcome = std::panic::catch_unwind(|| check(&bytes));
        assert!(outcome.is_ok(), "{target}: {} fails", path.display());
    }
    paths.len()
}

#[test]
fn regressions_stay_fixed() {
    for (target, check) in check::TARGETS {
        replay("regressions", target, check);
    }
}

#[test]
fn seed_corpus_passes() {
    for (target, check) in check::TARGETS {
        let n = replay("corpus", target, check);
        assert!(n > 0, "fuzz/corpus/{target}/ has no seed");
    }
}
