//! The user's settings for one audit: those the figures depend on
//! ([`AuditSettings`], flattened so the saved form is one flat object) and the
//! review's own (pins, thresholds, cadences, programs, triggers).

use crate::engine::metrics::audit::AuditSettings;
use crate::engine::metrics::config::{self, Cadences, Thresholds};
use crate::engine::metrics::metric::MetricId;
use crate::engine::review::report::Trigger;
use crate::engine::review::schedule::Program;
use serde::{Deserialize, Serialize};

/// The user's settings for one audit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// What the figures depend on: reporting date, formulas, bucket, attribution.
    #[serde(flatten)]
    pub audit: AuditSettings,
    /// Headline KPIs, in order (3–10 recommended).
    pub pinned: Vec<MetricId>,
    /// Checklist thresholds.
    #[serde(default)]
    pub thresholds: Thresholds,
    /// Review cadences.
    #[serde(default)]
    pub cadences: Cadences,
    /// Scoring programs the user marked as tuned (reviewed twice a year).
    #[serde(default)]
    pub tuned: Vec<String>,
    /// Audit triggers the user marked.
    #[serde(default)]
    pub triggers: Vec<Trigger>,
    /// Programs entered in the page, scheduled with those of inventory files.
    #[serde(default)]
    pub programs: Vec<Program>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            audit: AuditSettings::default(),
            pinned: config::DEFAULT_PINNED.to_vec(),
            thresholds: Thresholds::default(),
            cadences: Cadences::default(),
            tuned: Vec::new(),
            triggers: Vec::new(),
            programs: Vec::new(),
        }
    }
}
