//! Vocabularies as data: the words of vendors and languages that the importer reads.
//!
//! Each file holds const tables with one row per (language or vendor, word), each row
//! covered by a test case. Code that reads files looks words up here; it never spells
//! a vendor's or a language's word inline.

pub mod headers;
pub mod locale;
pub mod orders;
pub mod outcomes;
pub mod totals;
