//! The words cells are written in: month and weekday names, date connector words,
//! currency symbols and yes/no answers, one row per (language, word).
//!
//! Exports write dates and money the way the tool's UI language writes them (Google
//! Ads, Meta, GA4 and HubSpot use the CLDR abbreviations: `janv.`, `Jän.`, `mrt.`,
//! `ter.`). These tables are the vocabulary `value` reads them with. Every lookup is
//! case-insensitive, ignores a trailing dot and ignores diacritics (`fevrier` is
//! `février`, `sambata` is `sâmbătă`, `ş` is `ș`), so a table row is written once, as
//! the locale writes it.

pub use super::Lang;

use std::sync::OnceLock;
use Lang::{De, En, Es, Fr, Is, It, Nl, Pt, Ro};

/// Month names and abbreviations: (language, word as the locale writes it, month 1–12).
/// Full names and the CLDR abbreviations, plus the common variants (`Sept`, `Mrz`,
/// `setiembre`, Austrian `Jänner`). A word shared by several languages (`mar`, `mai`)
/// means the same month in each; a test checks that no word means two months.
pub const MONTHS: &[(Lang, &str, u32)] = &[
    (En, "January", 1),
    (En, "February", 2),
    (En, "March", 3),
    (En, "April", 4),
    (En, "May", 5),
    (En, "June", 6),
    (En, "July", 7),
    (En, "August", 8),
    (En, "September", 9),
    (En, "October", 10),
    (En, "November", 11),
    (En, "December", 12),
    (En, "Jan", 1),
    (En, "Feb", 2),
    (En, "Mar", 3),
    (En, "Apr", 4),
    (En, "Jun", 6),
    (En, "Jul", 7),
    (En, "Aug", 8),
    (En, "Sep", 9),
    (En, "Sept", 9),
    (En, "Oct", 10),
    (En, "Nov", 11),
    (En, "Dec", 12),
    (Fr, "janvier", 1),
    (Fr, "février", 2),
    (Fr, "mars", 3),
    (Fr, "avril", 4),
    (Fr, "mai", 5),
    (Fr, "juin", 6),
    (Fr, "juillet", 7),
    (Fr, "août", 8),
    (Fr, "septembre", 9),
    (Fr, "octobre", 10),
    (Fr, "novembre", 11),
    (Fr, "décembre", 12),
    (Fr, "janv.", 1),
    (Fr, "févr.", 2),
    (Fr, "fév.", 2),
    (Fr, "avr.", 4),
    (Fr, "juil.", 7),
    (Fr, "aoû.", 8),
    (Fr, "sept.", 9),
    (Fr, "oct.", 10),
    (Fr, "nov.", 11),
    (Fr, "déc.", 12),
    (Is, "janúar", 1),
    (Is, "febrúar", 2),
    (Is, "mars", 3),
    (Is, "apríl", 4),
    (Is, "maí", 5),
    (Is, "júní", 6),
    (Is, "júlí", 7),
    (Is, "ágúst", 8),
    (Is, "september", 9),
    (Is, "október", 10),
    (Is, "nóvember", 11),
    (Is, "desember", 12),
    (Is, "jan.", 1),
    (Is, "feb.", 2),
    (Is, "mar.", 3),
    (Is, "apr.", 4),
    (Is, "jún.", 6),
    (Is, "júl.", 7),
    (Is, "ágú.", 8),
    (Is, "sep.", 9),
    (Is, "okt.", 10),
    (Is, "nóv.", 11),
    (Is, "des.", 12),
    (Ro, "ianuarie", 1),
    (Ro, "februarie", 2),
    (Ro, "martie", 3),
    (Ro, "aprilie", 4),
    (Ro, "mai", 5),
    (Ro, "iunie", 6),
    (Ro, "iulie", 7),
    (Ro, "august", 8),
    (Ro, "septembrie", 9),
    (Ro, "octombrie", 10),
    (Ro, "noiembrie", 11),
    (Ro, "decembrie", 12),
    (Ro, "ian.", 1),
    (Ro, "feb.", 2),
    (Ro, "mar.", 3),
    (Ro, "apr.", 4),
    (Ro, "iun.", 6),
    (Ro, "iul.", 7),
    (Ro, "aug.", 8),
    (Ro, "sept.", 9),
    (Ro, "oct.", 10),
    (Ro, "nov.", 11),
    (Ro, "noi.", 11),
    (Ro, "dec.", 12),
    (Es, "enero", 1),
    (Es, "febrero", 2),
    (Es, "marzo", 3),
    (Es, "abril", 4),
    (Es, "mayo", 5),
    (Es, "junio", 6),
    (Es, "julio", 7),
    (Es, "agosto", 8),
    (Es, "septiembre", 9),
    (Es, "setiembre", 9),
    (Es, "octubre", 10),
    (Es, "noviembre", 11),
    (Es, "diciembre", 12),
    (Es, "ene.", 1),
    (Es, "feb.", 2),
    (Es, "mar.", 3),
    (Es, "abr.", 4),
    (Es, "may.", 5),
    (Es, "jun.", 6),
    (Es, "jul.", 7),
    (Es, "ago.", 8),
    (Es, "sept.", 9),
    (Es, "sep.", 9),
    (Es, "set.", 9),
    (Es, "oct.", 10),
    (Es, "nov.", 11),
    (Es, "dic.", 12),
    (Pt, "janeiro", 1),
    (Pt, "fevereiro", 2),
    (Pt, "março", 3),
    (Pt, "abril", 4),
    (Pt, "maio", 5),
    (Pt, "junho", 6),
    (Pt, "julho", 7),
    (Pt, "agosto", 8),
    (Pt, "setembro", 9),
    (Pt, "outubro", 10),
    (Pt, "novembro", 11),
    (Pt, "dezembro", 12),
    (Pt, "jan.", 1),
    (Pt, "fev.", 2),
    (Pt, "mar.", 3),
    (Pt, "abr.", 4),
    (Pt, "mai.", 5),
    (Pt, "jun.", 6),
    (Pt, "jul.", 7),
    (Pt, "ago.", 8),
    (Pt, "set.", 9),
    (Pt, "out.", 10),
    (Pt, "nov.", 11),
    (Pt, "dez.", 12),
    (De, "Januar", 1),
    (De, "Jänner", 1),
    (De, "Februar", 2),
    (De, "März", 3),
    (De, "Maerz", 3),
    (De, "April", 4),
    (De, "Mai", 5),
    (De, "Juni", 6),
    (De, "Juli", 7),
    (De, "August", 8),
    (De, "September", 9),
    (De, "Oktober", 10),
    (De, "November", 11),
    (De, "Dezember", 12),
    (De, "Jan.", 1),
    (De, "Jän.", 1),
    (De, "Feb.", 2),
    (De, "Mär.", 3),
    (De, "Mrz.", 3),
    (De, "Apr.", 4),
    (De, "Jun.", 6),
    (De, "Jul.", 7),
    (De, "Aug.", 8),
    (De, "Sept.", 9),
    (De, "Sep.", 9),
    (De, "Okt.", 10),
    (De, "Nov.", 11),
    (De, "Dez.", 12),
    (It, "gennaio", 1),
    (It, "febbraio", 2),
    (It, "marzo", 3),
    (It, "aprile", 4),
    (It, "maggio", 5),
    (It, "giugno", 6),
    (It, "luglio", 7),
    (It, "agosto", 8),
    (It, "settembre", 9),
    (It, "ottobre", 10),
    (It, "novembre", 11),
    (It, "dicembre", 12),
    (It, "gen", 1),
    (It, "feb", 2),
    (It, "mar", 3),
    (It, "apr", 4),
    (It, "mag", 5),
    (It, "giu", 6),
    (It, "lug", 7),
    (It, "ago", 8),
    (It, "set", 9),
    (It, "ott", 10),
    (It, "nov", 11),
    (It, "dic", 12),
    (Nl, "januari", 1),
    (Nl, "februari", 2),
    (Nl, "maart", 3),
    (Nl, "april", 4),
    (Nl, "mei", 5),
    (Nl, "juni", 6),
    (Nl, "juli", 7),
    (Nl, "augustus", 8),
    (Nl, "september", 9),
    (Nl, "oktober", 10),
    (Nl, "november", 11),
    (Nl, "december", 12),
    (Nl, "jan.", 1),
    (Nl, "feb.", 2),
    (Nl, "mrt.", 3),
    (Nl, "apr.", 4),
    (Nl, "jun.", 6),
    (Nl, "jul.", 7),
    (Nl, "aug.", 8),
    (Nl, "sep.", 9),
    (Nl, "sept.", 9),
    (Nl, "okt.", 10),
    (Nl, "nov.", 11),
    (Nl, "dec.", 12),
];

/// Weekday names and abbreviations: (language, word, ISO weekday 1 = Monday … 7).
/// A date phrase may start with one (`Tue, May 5, 2026`, `ter., 5 de mai. de 2026`);
/// it is skipped, never checked against the date.
pub const WEEKDAYS: &[(Lang, &str, u32)] = &[
    (En, "Monday", 1),
    (En, "Tuesday", 2),
    (En, "Wednesday", 3),
    (En, "Thursday", 4),
    (En, "Friday", 5),
    (En, "Saturday", 6),
    (En, "Sunday", 7),
    (En, "Mon", 1),
    (En, "Tue", 2),
    (En, "Tues", 2),
    (En, "Wed", 3),
    (En, "Thu", 4),
    (En, "Thur", 4),
    (En, "Thurs", 4),
    (En, "Fri", 5),
    (En, "Sat", 6),
    (En, "Sun", 7),
    (Fr, "lundi", 1),
    (Fr, "mardi", 2),
    (Fr, "mercredi", 3),
    (Fr, "jeudi", 4),
    (Fr, "vendredi", 5),
    (Fr, "samedi", 6),
    (Fr, "dimanche", 7),
    (Fr, "lun.", 1),
    (Fr, "mar.", 2),
    (Fr, "mer.", 3),
    (Fr, "jeu.", 4),
    (Fr, "ven.", 5),
    (Fr, "sam.", 6),
    (Fr, "dim.", 7),
    (Is, "mánudagur", 1),
    (Is, "þriðjudagur", 2),
    (Is, "miðvikudagur", 3),
    (Is, "fimmtudagur", 4),
    (Is, "föstudagur", 5),
    (Is, "laugardagur", 6),
    (Is, "sunnudagur", 7),
    (Is, "mán.", 1),
    (Is, "þri.", 2),
    (Is, "mið.", 3),
    (Is, "fim.", 4),
    (Is, "fös.", 5),
    (Is, "lau.", 6),
    (Is, "sun.", 7),
    (Ro, "luni", 1),
    (Ro, "marți", 2),
    (Ro, "miercuri", 3),
    (Ro, "joi", 4),
    (Ro, "vineri", 5),
    (Ro, "sâmbătă", 6),
    (Ro, "duminică", 7),
    (Ro, "lun.", 1),
    (Ro, "mar.", 2),
    (Ro, "mie.", 3),
    (Ro, "vin.", 5),
    (Ro, "sâm.", 6),
    (Ro, "dum.", 7),
    (Es, "lunes", 1),
    (Es, "martes", 2),
    (Es, "miércoles", 3),
    (Es, "jueves", 4),
    (Es, "viernes", 5),
    (Es, "sábado", 6),
    (Es, "domingo", 7),
    (Es, "lun.", 1),
    (Es, "mar.", 2),
    (Es, "mié.", 3),
    (Es, "jue.", 4),
    (Es, "vie.", 5),
    (Es, "sáb.", 6),
    (Es, "dom.", 7),
    (Pt, "segunda-feira", 1),
    (Pt, "terça-feira", 2),
    (Pt, "quarta-feira", 3),
    (Pt, "quinta-feira", 4),
    (Pt, "sexta-feira", 5),
    (Pt, "sábado", 6),
    (Pt, "domingo", 7),
    (Pt, "segunda", 1),
    (Pt, "terça", 2),
    (Pt, "quarta", 3),
    (Pt, "quinta", 4),
    (Pt, "sexta", 5),
    (Pt, "seg.", 1),
    (Pt, "ter.", 2),
    (Pt, "qua.", 3),
    (Pt, "qui.", 4),
    (Pt, "sex.", 5),
    (Pt, "sáb.", 6),
    (Pt, "dom.", 7),
    (De, "Montag", 1),
    (De, "Dienstag", 2),
    (De, "Mittwoch", 3),
    (De, "Donnerstag", 4),
    (De, "Freitag", 5),
    (De, "Samstag", 6),
    (De, "Sonnabend", 6),
    (De, "Sonntag", 7),
    (De, "Mo.", 1),
    (De, "Di.", 2),
    (De, "Mi.", 3),
    (De, "Do.", 4),
    (De, "Fr.", 5),
    (De, "Sa.", 6),
    (De, "So.", 7),
    (It, "lunedì", 1),
    (It, "martedì", 2),
    (It, "mercoledì", 3),
    (It, "giovedì", 4),
    (It, "venerdì", 5),
    (It, "sabato", 6),
    (It, "domenica", 7),
    (It, "lun", 1),
    (It, "mar", 2),
    (It, "mer", 3),
    (It, "gio", 4),
    (It, "ven", 5),
    (It, "sab", 6),
    (It, "dom", 7),
    (Nl, "maandag", 1),
    (Nl, "dinsdag", 2),
    (Nl, "woensdag", 3),
    (Nl, "donderdag", 4),
    (Nl, "vrijdag", 5),
    (Nl, "zaterdag", 6),
    (Nl, "zondag", 7),
    (Nl, "ma", 1),
    (Nl, "di", 2),
    (Nl, "wo", 3),
    (Nl, "do", 4),
    (Nl, "vr", 5),
    (Nl, "za", 6),
    (Nl, "zo", 7),
];

/// Words a date phrase may hold besides its day, month, year and time: `5 de mayo de
/// 2026`, `5 janv. 2026 à 14:30`, `5. März 2026 um 14:30`, `May 5, 2026 at 2:30 PM`.
/// They are skipped wherever they stand in the date part.
pub const CONNECTORS: &[(Lang, &str)] = &[
    (En, "at"),
    (En, "of"),
    (En, "the"),
    (Fr, "à"),
    (Fr, "le"),
    (Is, "kl."),
    (Ro, "ora"),
    (Ro, "la"),
    (Es, "de"),
    (Es, "del"),
    (Es, "a"),
    (Es, "las"),
    (Pt, "de"),
    (Pt, "às"),
    (De, "um"),
    (De, "den"),
    (It, "alle"),
    (It, "ore"),
    (Nl, "om"),
];

/// Words that may follow a clock time: `14:30 Uhr`, `14:30 uur`.
pub const CLOCK_WORDS: &[(Lang, &str)] = &[(De, "Uhr"), (Nl, "uur")];

/// Currency symbols and codes a money cell may carry before or after its number
/// (`R$ 12,28`, `12,28 €`, `1.234 kr.`, `12,50 lei`, `CHF 1'234.50`). Any other code
/// of three upper-case letters is accepted too; these are the ones the supported
/// locales write, plus the symbols that are not codes. The longest match wins
/// (`R$` before `R`, `kr.` before `kr`); letters match in any case.
pub const CURRENCIES: &[&str] = &[
    "$", "US$", "R$", "C$", "A$", "€", "£", "¥", "₹", "₩", "₽", "₺", "₪", "¢", "R", "kr.", "kr",
    "lei", "zł", "Kč", "Ft", "Fr.", "CHF", "ISK", "RON", "EUR", "USD", "BRL", "GBP", "DKK", "SEK",
    "NOK", "PLN", "CZK", "HUF",
];

/// ISO 4217 currencies without minor units: an amount in one of them is a whole number,
/// so `12.500` in a column headed `Amount spent (ISK)` is twelve thousand five hundred.
pub const WHOLE_CURRENCIES: &[&str] = &[
    "ISK", "JPY", "KRW", "CLP", "VND", "PYG", "UGX", "XAF", "XOF", "XPF", "RWF", "KMF", "GNF",
    "DJF", "VUV", "BIF",
];

/// Whether a header names a currency of [`WHOLE_CURRENCIES`] as a word of its own
/// (`Amount spent (ISK)`, `Kostnaður ISK`; not the `isk` inside another word).
pub fn names_whole_currency(header: &str) -> bool {
    header
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| WHOLE_CURRENCIES.iter().any(|c| w.eq_ignore_ascii_case(c)))
}

/// Yes/no answers, as campaign outcome cells write them: (language, word, yes?).
pub const YES_NO: &[(Lang, &str, bool)] = &[
    (En, "yes", true),
    (En, "y", true),
    (En, "true", true),
    (En, "t", true),
    (En, "1", true),
    (En, "accepted", true),
    (En, "responded", true),
    (En, "subscribed", true),
    (En, "converted", true),
    (En, "success", true),
    (En, "no", false),
    (En, "n", false),
    (En, "false", false),
    (En, "f", false),
    (En, "0", false),
    (En, "rejected", false),
    (En, "declined", false),
    (En, "failure", false),
    (Fr, "oui", true),
    (Fr, "o", true),
    (Fr, "vrai", true),
    (Fr, "non", false),
    (Fr, "faux", false),
    (Is, "já", true),
    (Is, "satt", true),
    (Is, "nei", false),
    (Is, "ósatt", false),
    (Ro, "da", true),
    (Ro, "adevărat", true),
    (Ro, "nu", false),
    (Ro, "fals", false),
    (Es, "sí", true),
    (Es, "s", true),
    (Es, "verdadero", true),
    (Es, "no", false),
    (Es, "falso", false),
    (Pt, "sim", true),
    (Pt, "s", true),
    (Pt, "verdadeiro", true),
    (Pt, "não", false),
    (Pt, "falso", false),
    (De, "ja", true),
    (De, "j", true),
    (De, "wahr", true),
    (De, "nein", false),
    (De, "falsch", false),
    (It, "sì", true),
    (It, "vero", true),
    (It, "no", false),
    (It, "falso", false),
    (Nl, "ja", true),
    (Nl, "waar", true),
    (Nl, "nee", false),
    (Nl, "onwaar", false),
];

/// Letters with diacritics and their base letter, for matching words written with or
/// without accents (Romanian `ş` and `ș`, `ţ` and `ț` both fold to the base letter).
const DIACRITICS: &[(char, char)] = &[
    ('à', 'a'),
    ('á', 'a'),
    ('â', 'a'),
    ('ã', 'a'),
    ('ä', 'a'),
    ('å', 'a'),
    ('ă', 'a'),
    ('ç', 'c'),
    ('è', 'e'),
    ('é', 'e'),
    ('ê', 'e'),
    ('ë', 'e'),
    ('ì', 'i'),
    ('í', 'i'),
    ('î', 'i'),
    ('ï', 'i'),
    ('ñ', 'n'),
    ('ò', 'o'),
    ('ó', 'o'),
    ('ô', 'o'),
    ('õ', 'o'),
    ('ö', 'o'),
    ('ù', 'u'),
    ('ú', 'u'),
    ('û', 'u'),
    ('ü', 'u'),
    ('ý', 'y'),
    ('ÿ', 'y'),
    ('ș', 's'),
    ('ş', 's'),
    ('ț', 't'),
    ('ţ', 't'),
    ('ð', 'd'),
];

/// A character lower-cased and stripped of its diacritic.
fn fold(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let lower = c.to_lowercase().next().unwrap_or(c);
    DIACRITICS
        .iter()
        .find(|(accented, _)| *accented == lower)
        .map_or(lower, |(_, base)| *base)
}

/// The longest word, in bytes once folded, that a lookup considers: no table word is
/// longer, so a longer word is answered without a search.
const MAX_WORD: usize = 32;

/// A word folded for lookups, on the stack: lower case, no diacritics, no trailing dot.
struct Folded {
    buf: [u8; MAX_WORD],
    len: usize,
}

impl Folded {
    /// Folds a word; `None` when it is longer than [`MAX_WORD`].
    fn new(word: &str) -> Option<Folded> {
        let word = word.strip_suffix('.').unwrap_or(word);
        let mut out = Folded {
            buf: [0; MAX_WORD],
            len: 0,
        };
        for c in word.chars().map(fold) {
            let end = out.len.checked_add(c.len_utf8())?;
            c.encode_utf8(out.buf.get_mut(out.len..end)?);
            out.len = end;
        }
        Some(out)
    }

    fn bytes(&self) -> &[u8] {
        self.buf.get(..self.len).unwrap_or_default()
    }
}

/// True when two words are the same ignoring case, diacritics and a trailing dot.
pub fn same_word(a: &str, b: &str) -> bool {
    match (Folded::new(a), Folded::new(b)) {
        (Some(a), Some(b)) => a.bytes() == b.bytes(),
        _ => false,
    }
}

/// A table's words, folded and sorted once, for binary search.
struct Index(Vec<(Vec<u8>, u32)>);

impl Index {
    fn new<'a>(rows: impl Iterator<Item = (&'a str, u32)>) -> Index {
        let mut words: Vec<(Vec<u8>, u32)> = rows
            .filter_map(|(w, v)| Some((Folded::new(w)?.bytes().to_vec(), v)))
            .collect();
        words.sort();
        // Rows that fold to the same word keep the first; a test checks they agree.
        words.dedup_by(|a, b| a.0 == b.0);
        Index(words)
    }

    /// The value of a word, searched without allocating.
    fn get(&self, word: &str) -> Option<u32> {
        let key = Folded::new(word)?;
        let i = self
            .0
            .binary_search_by(|(w, _)| w.as_slice().cmp(key.bytes()))
            .ok()?;
        self.0.get(i).map(|(_, v)| *v)
    }
}

/// The month a word names in any language, or an English month name cut to 3 letters
/// or more (`Sept`, `Octob`, as the English-only parser always read them).
pub fn month_of(word: &str) -> Option<u32> {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX
        .get_or_init(|| {
            let english = MONTHS.iter().filter(|(lang, ..)| *lang == En);
            let prefixes = english
                .flat_map(|(_, w, m)| (3..w.len()).filter_map(move |n| Some((w.get(..n)?, *m))));
            Index::new(MONTHS.iter().map(|(_, w, m)| (*w, *m)).chain(prefixes))
        })
        .get(word)
}

/// True when the word is a weekday name or abbreviation in any language.
pub fn is_weekday(word: &str) -> bool {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX
        .get_or_init(|| Index::new(WEEKDAYS.iter().map(|(_, w, d)| (*w, *d))))
        .get(word)
        .is_some()
}

/// True when the word is a date connector in any language.
pub fn is_connector(word: &str) -> bool {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX
        .get_or_init(|| Index::new(CONNECTORS.iter().map(|(_, w)| (*w, 0))))
        .get(word)
        .is_some()
}

/// True when the word may follow a clock time in any language.
pub fn is_clock_word(word: &str) -> bool {
    CLOCK_WORDS.iter().any(|(_, w)| same_word(w, word))
}

/// The yes/no answer a word gives in any language.
pub fn yes_no_of(word: &str) -> Option<bool> {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX
        .get_or_init(|| Index::new(YES_NO.iter().map(|(_, w, yes)| (*w, u32::from(*yes)))))
        .get(word)
        .map(|v| v == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every language has twelve months and seven weekdays.
    #[test]
    fn whole_currencies_are_named_as_words() {
        assert!(names_whole_currency("Amount spent (ISK)"));
        assert!(names_whole_currency("Kostnaður isk"));
        assert!(names_whole_currency("Cost JPY"));
        assert!(!names_whole_currency("Risk score"));
        assert!(!names_whole_currency("Amount spent (EUR)"));
    }

    #[test]
    fn every_language_is_complete() {
        for lang in [En, Fr, Is, Ro, Es, Pt, De, It, Nl] {
            for m in 1..=12 {
                assert!(
                    MONTHS.iter().any(|(l, _, n)| *l == lang && *n == m),
                    "{lang:?} month {m}"
                );
            }
            for d in 1..=7 {
                assert!(
                    WEEKDAYS.iter().any(|(l, _, n)| *l == lang && *n == d),
                    "{lang:?} weekday {d}"
                );
            }
            assert!(YES_NO.iter().any(|(l, _, yes)| *l == lang && *yes));
            assert!(YES_NO.iter().any(|(l, _, yes)| *l == lang && !*yes));
        }
    }

    /// A word shared by several rows (`mar`, `mai`, `no`) means one thing; and no month
    /// is also a connector, so skipping connectors never drops a month.
    #[test]
    fn shared_words_agree() {
        for (l, w, m) in MONTHS {
            assert_eq!(month_of(w), Some(*m), "{l:?} {w}");
            assert!(!is_connector(w), "{l:?} {w}");
        }
        for (l, w, yes) in YES_NO {
            assert_eq!(yes_no_of(w), Some(*yes), "{l:?} {w}");
        }
        for (l, w) in CONNECTORS {
            assert!(!is_weekday(w), "{l:?} {w}");
        }
        for (_, w, m) in MONTHS.iter().filter(|(l, ..)| *l == En) {
            for n in 3..w.len() {
                assert_eq!(month_of(&w[..n]), Some(*m), "{w} cut to {n}");
            }
        }
        assert_eq!(month_of("ju"), None);
        assert_eq!(month_of("octobers"), None);
    }

    /// A word longer than `MAX_WORD` is never found: no table word may be.
    #[test]
    fn every_word_fits_the_lookup() {
        let words = MONTHS
            .iter()
            .map(|r| r.1)
            .chain(WEEKDAYS.iter().map(|r| r.1));
        let words = words.chain(CONNECTORS.iter().map(|r| r.1));
        for w in words.chain(YES_NO.iter().map(|r| r.1)) {
            assert!(Folded::new(w).is_some_and(|f| f.len > 0), "{w}");
        }
    }

    #[test]
    fn words_match_without_case_dot_or_diacritics() {
        let cases = [
            ("janv", "janv."),
            ("JANV.", "janv."),
            ("fevrier", "février"),
            ("FÉVR", "févr."),
            ("Maerz", "Maerz"),
            ("MÄRZ", "März"),
            ("sâmbătă", "sâmbătă"),
            ("sambata", "sâmbătă"),
            ("marţi", "marți"),
            ("marti", "marți"),
            ("agu", "ágú."),
            ("nao", "não"),
        ];
        for (a, b) in cases {
            assert!(same_word(a, b), "{a} {b}");
        }
        assert!(!same_word("jan", "janv."));
        assert!(!same_word("", "a"));
        assert!(!same_word(&"a".repeat(40), &"a".repeat(40)));
        assert!(!same_word("mai", "maio"));
    }
}
