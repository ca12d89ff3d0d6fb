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

/// A language whose words the vocabularies hold: headers, dates, money, yes/no, total
/// labels (English includes the vendors' English UIs).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English.
    En,
    /// French.
    Fr,
    /// Icelandic.
    Is,
    /// Romanian.
    Ro,
    /// Spanish.
    Es,
    /// Portuguese (Brazil and Portugal).
    Pt,
    /// German.
    De,
    /// Italian.
    It,
    /// Dutch.
    Nl,
}

impl Lang {
    /// Every language, in the order the tables list them.
    pub const ALL: [Lang; 9] = [
        Lang::En,
        Lang::Fr,
        Lang::Is,
        Lang::Ro,
        Lang::Es,
        Lang::Pt,
        Lang::De,
        Lang::It,
        Lang::Nl,
    ];
}
