//! Vocabularies as data: the words exports use, one table per subject, one row per
//! (language or vendor, word), each row covered by a test.
//!
//! Nothing here decides anything; the import and the metrics read these tables.

pub mod locale;
pub mod orders;
pub mod totals;
