//! Vocabularies as data: words of exports in several languages and vendors' defaults.

pub mod orders;
