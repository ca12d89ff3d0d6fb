//! The built-in demo audit: nine sample exports, so a new user sees a full audit before
//! trusting the page with data. They are made on first use by the deterministic
//! generator in `demo/gen.rs`, the same code that wrote the CSV files in `demo/`
//! (`tests/demo.rs` checks they are byte for byte the same): the build carries the
//! generator, a few KB, instead of 666 KB of CSV.

#[path = "../../demo/gen.rs"]
mod gen;

use std::sync::OnceLock;

/// The demo files' names, in order, known without generating them (the page lists them
/// while the worker reads them); `tests/demo.rs` checks they are the generator's.
pub const NAMES: [&str; 9] = [
    "ads_performance.csv",
    "email_campaigns.csv",
    "leads.csv",
    "lead_stage_changes.csv",
    "deals.csv",
    "programs.csv",
    "web_analytics.csv",
    "social_posts.csv",
    "touchpoints.csv",
];

static FILES: OnceLock<Vec<(&'static str, Vec<u8>)>> = OnceLock::new();

/// Every demo file as (file name, bytes), in a fixed order; generated once.
pub fn files() -> &'static [(&'static str, Vec<u8>)] {
    FILES.get_or_init(|| {
        gen::generate()
            .into_iter()
            .map(|(name, text)| (name, text.into_bytes()))
            .collect()
    })
}
