//! Fuzz target `workbook`: see `check::workbook` (shared with `tests/fuzz_regressions.rs`).
#![no_main]

#[path = "../../tests/support/fuzz_checks.rs"]
mod check;

libfuzzer_sys::fuzz_target!(|data: &[u8]| check::workbook(data));
