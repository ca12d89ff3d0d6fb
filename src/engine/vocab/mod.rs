//! Vocabularies as data: tables of (language or vendor, word) rows that the import
//! matches cell values against, each row covered by a test.

pub mod outcomes;
