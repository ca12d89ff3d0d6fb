//! Import: the bytes of one export → a typed table, and every issue met on the way
//! (decode, dialect, records, header mapping, cell values, totals, vocabularies).
//! Uses no other room.

pub mod archive;
pub mod decode;
pub mod dialect;
pub mod error;
pub mod field;
pub mod fold;
pub mod ingest;
pub mod records;
pub mod value;
pub mod vocab;
pub mod workbook;
