//! Labels that mark a totals or summary row, in the languages exports come in.
//!
//! A cell is a total label when, lower-cased and trimmed, it equals a label, or starts
//! with one followed by `:`, ` -`, ` –` or `(` — Google Ads writes `Total: Account`,
//! `Total: Search campaigns`, `Total - all but removed`, and its French UI `Total : compte`.

use super::Lang;

/// Total labels, lower case. The same word may appear under several languages.
pub const TOTAL_LABELS: &[(Lang, &str)] = &[
    (Lang::En, "total"),
    (Lang::En, "totals"),
    (Lang::En, "grand total"),
    (Lang::En, "subtotal"),
    (Lang::En, "sub-total"),
    (Lang::En, "sum"),
    (Lang::En, "summary"),
    (Lang::En, "overall"),
    (Lang::Fr, "total général"),
    (Lang::Fr, "totaux"),
    (Lang::Fr, "sous-total"),
    (Lang::Fr, "somme"),
    (Lang::Is, "samtals"),
    (Lang::Is, "alls"),
    (Lang::Is, "samtala"),
    // Excel's Icelandic pivot tables: "Grand Total" (Microsoft's Icelandic terminology).
    (Lang::Is, "heildarsamtala"),
    (Lang::Ro, "total general"),
    (Lang::Ro, "totaluri"),
    (Lang::Ro, "subtotal"),
    (Lang::Ro, "sumă"),
    (Lang::Ro, "suma"),
    (Lang::Es, "total general"),
    (Lang::Es, "totales"),
    (Lang::Es, "subtotal"),
    (Lang::Es, "suma"),
    (Lang::Pt, "total geral"),
    (Lang::Pt, "totais"),
    (Lang::Pt, "subtotal"),
    (Lang::Pt, "soma"),
    (Lang::De, "gesamt"),
    (Lang::De, "gesamtsumme"),
    (Lang::De, "gesamtergebnis"),
    (Lang::De, "insgesamt"),
    (Lang::De, "summe"),
    (Lang::De, "zwischensumme"),
    (Lang::It, "totale"),
    (Lang::It, "totale complessivo"),
    (Lang::It, "totali"),
    (Lang::It, "subtotale"),
    (Lang::It, "somma"),
    (Lang::Nl, "totaal"),
    (Lang::Nl, "totalen"),
    (Lang::Nl, "eindtotaal"),
    (Lang::Nl, "subtotaal"),
    (Lang::Nl, "som"),
];

/// The labels of a sheet's statistics rows under its table: an average, a median, a
/// minimum, a maximum (Excel's `=AVERAGE(…)` row labelled "Moyenne"). Such a row is no
/// sum of the rows, so no arithmetic finds it: its label does, when it is the whole
/// cell (a colon after it allowed). Words that also name things ("media", "max") are
/// not listed.
pub const STAT_LABELS: &[(Lang, &str)] = &[
    (Lang::En, "average"),
    (Lang::En, "avg"),
    (Lang::En, "mean"),
    (Lang::En, "median"),
    (Lang::En, "minimum"),
    (Lang::En, "maximum"),
    (Lang::Fr, "moyenne"),
    (Lang::Fr, "médiane"),
    (Lang::Is, "meðaltal"),
    (Lang::Is, "miðgildi"),
    (Lang::Is, "lágmark"),
    (Lang::Is, "hámark"),
    (Lang::Ro, "medie"),
    (Lang::Ro, "mediana"),
    (Lang::Ro, "minim"),
    (Lang::Ro, "maxim"),
    (Lang::Es, "promedio"),
    (Lang::Es, "mínimo"),
    (Lang::Es, "máximo"),
    (Lang::Pt, "mínimo"),
    (Lang::Pt, "máximo"),
    (Lang::De, "durchschnitt"),
    (Lang::De, "mittelwert"),
    (Lang::It, "minimo"),
    (Lang::It, "massimo"),
    (Lang::Nl, "gemiddelde"),
    (Lang::Nl, "mediaan"),
];

/// True when `cell` is a statistics row's label ([`STAT_LABELS`]): "Moyenne",
/// "Average:", "Meðaltal".
pub fn is_stat_label(cell: &str) -> bool {
    // A cheap filter for the hot loop (it reads every row's first cell): short, and
    // starting with a letter some label starts with (or a non-ASCII one).
    let first = cell.bytes().find(|b| !b.is_ascii_whitespace());
    let may =
        |b: u8| b >= 0x80 || matches!(b | 0x20, b'a' | b'm' | b'l' | b'd' | b'h' | b'p' | b'g');
    if cell.len() > 24 || !first.is_some_and(may) {
        return false;
    }
    let t = cell.trim().trim_end_matches(':').trim_end();
    STAT_LABELS
        .iter()
        .any(|(_, label)| label.len() == t.len() && equal_ignoring_case(t, label))
}

/// Longest cell worth comparing: `Total: Search campaigns (all but removed)` fits.
const LONGEST: usize = 80;

/// How a cell reads as a totals label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelForm {
    /// The cell is a label and nothing else: "Total", "Grand total", "Samtals".
    Exact,
    /// A label followed by a separator and more: "Total: Account", "Total : compte" —
    /// and a place or product that only starts like one, "Somme (80)". The import
    /// checks these by arithmetic before trusting them (`docs/import.md`).
    Headed,
}

/// True when `cell` is a totals label ("Total", "Grand total", "Total: Account",
/// "Samtals", "Total général", …).
pub fn is_total_label(cell: &str) -> bool {
    total_label(cell).is_some()
}

/// How `cell` reads as a totals label, if it does (see [`LabelForm`]).
pub fn total_label(cell: &str) -> Option<LabelForm> {
    let t = cell.trim();
    if t.len() < 3 || t.len() > LONGEST {
        return None;
    }
    // A cheap filter for the hot loop: the cell must start as some label does.
    if !may_start_a_label(t.as_bytes()) {
        return None;
    }
    // The label is what comes before a separator ("Total: Account"); compared without
    // allocating, since this runs on name cells of every row.
    let cut = separator(t.as_bytes());
    let head = cut.map_or(t, |i| t.get(..i).unwrap_or_default()).trim();
    if head.len() > LONGEST_LABEL {
        return None;
    }
    let found = if head.is_ascii() {
        TOTAL_LABELS
            .iter()
            .any(|(_, label)| label.len() == head.len() && head.eq_ignore_ascii_case(label))
    } else {
        TOTAL_LABELS
            .iter()
            .any(|(_, label)| equal_ignoring_case(head, label))
    };
    let rest = cut.and_then(|i| t.get(i..)).unwrap_or_default();
    // "Total:" or "Total ( )" with nothing in it is the label alone.
    let headed = rest.chars().any(char::is_alphanumeric);
    found.then_some(if headed {
        LabelForm::Headed
    } else {
        LabelForm::Exact
    })
}

/// Words that make a name a subtotal's when they stand as a word of it ("Winter sale
/// Total", "Total Soldes", "Vetrarútsala Samtals": how spreadsheet pivot tables label
/// their subtotals, the group's name before or after the word). Only words that mean
/// nothing but a total: "sum", "somme", "suma" or "alls" also name places and things.
/// A row so named is only a candidate: it is left out when its numbers are the sum of
/// the rows above it (`ingest::Body::find_subtotals`).
pub const TOTAL_WORDS: &[&str] = &[
    "total",
    "totals",
    "subtotal",
    "totaux",
    "samtals",
    "samtala",
    "heildarsamtala",
    "totaluri",
    "totales",
    "totais",
    "gesamt",
    "gesamtsumme",
    "gesamtergebnis",
    "zwischensumme",
    "totale",
    "totali",
    "subtotale",
    "totaal",
    "totalen",
    "eindtotaal",
    "subtotaal",
];

/// Words that name a line about the money rather than a row of data, when it stands
/// under the rows and fills few of their columns: VAT, a budget, what is left of it, a
/// fee ("TVA (20 %)", "Budget mensuel", "Reste à dépenser", "Comision agenție 15%",
/// "VSK 24%"). A row so named is left out only in that place and shape
/// (`ingest::Body::remove_below_total`).
pub const MONEY_LINE_WORDS: &[&str] = &[
    "vat",
    "tax",
    "taxes",
    "budget",
    "remaining",
    "fee",
    "fees",
    "commission",
    "tva",
    "taxe",
    "reste",
    "frais",
    "honoraires",
    "vsk",
    "fjárhagsáætlun",
    "þóknun",
    "buget",
    "rămas",
    "comision",
    "taxă",
    "iva",
    "mwst",
    "ust",
];

/// True when some word of `cell` is one of [`MONEY_LINE_WORDS`].
pub fn has_money_word(cell: &str) -> bool {
    has_word_of(cell, MONEY_LINE_WORDS, 2)
}

/// True when some word of `cell` (split at every character that is not a letter or a
/// digit) is one of [`TOTAL_WORDS`].
pub fn has_total_word(cell: &str) -> bool {
    has_word_of(cell, TOTAL_WORDS, 5)
}

/// True when some word of `cell` (split at every character that is not a letter or a
/// digit) is one of `words`, compared ignoring case; words shorter than `shortest`
/// bytes (the list's shortest) or longer than any label are not compared.
fn has_word_of(cell: &str, words: &[&str], shortest: usize) -> bool {
    if cell.len() > LONGEST * 2 {
        return false;
    }
    cell.split(|c: char| !c.is_alphanumeric())
        .filter(|w| (shortest..=LONGEST_LABEL).contains(&w.len()))
        .any(|w| {
            if w.is_ascii() {
                // Every word of the lists is lower case; an ASCII word equals one only
                // at the same length (the common case, compared byte for byte).
                words
                    .iter()
                    .any(|t| t.len() == w.len() && t.eq_ignore_ascii_case(w))
            } else {
                words.iter().any(|t| equal_ignoring_case(w, t))
            }
        })
}

/// Per first letter of a label (`a`–`z`, case folded), its possible second letters: a
/// bit per letter `a`–`z`, and bit 26 for any other byte. Built from [`TOTAL_LABELS`].
const STARTS: [u32; 26] = starts();

/// Whether some label starts with a byte that is not a letter `a`–`z` (none does today).
const OTHER_START: bool = other_start();

const fn starts() -> [u32; 26] {
    let mut out = [0u32; 26];
    let mut i = 0;
    while i < TOTAL_LABELS.len() {
        let label = TOTAL_LABELS[i].1.as_bytes();
        if label.len() >= 2 {
            let (first, second) = (label[0].to_ascii_lowercase(), label[1].to_ascii_lowercase());
            if first.is_ascii_lowercase() {
                out[(first - b'a') as usize] |= 1 << letter_bit(second);
            }
        }
        i += 1;
    }
    out
}

const fn other_start() -> bool {
    let mut i = 0;
    while i < TOTAL_LABELS.len() {
        let label = TOTAL_LABELS[i].1.as_bytes();
        if label.len() < 2 || !label[0].to_ascii_lowercase().is_ascii_lowercase() {
            return true;
        }
        i += 1;
    }
    false
}

/// The bit of a (case-folded) second letter in [`STARTS`].
const fn letter_bit(b: u8) -> u32 {
    if b.is_ascii_lowercase() {
        (b - b'a') as u32
    } else {
        26
    }
}

/// Whether a trimmed cell can start with a label, from its first two bytes.
fn may_start_a_label(bytes: &[u8]) -> bool {
    let (Some(first), Some(second)) = (bytes.first(), bytes.get(1)) else {
        return false;
    };
    let first = first.to_ascii_lowercase();
    if !first.is_ascii_lowercase() {
        return OTHER_START;
    }
    let allowed = STARTS.get(usize::from(first - b'a')).copied().unwrap_or(0);
    allowed & (1 << letter_bit(second.to_ascii_lowercase())) != 0
}

/// Where the label part of a cell ends: at its first `:`, `(`, `–` or `—`, failing
/// those at its first ` -`. A scan of bytes: this runs on name cells of every row,
/// and a string searcher costs more to set up than the scan.
fn separator(bytes: &[u8]) -> Option<usize> {
    let dash =
        |i: usize| bytes.get(i + 1) == Some(&0x80) && matches!(bytes.get(i + 2), Some(0x93 | 0x94));
    let marked = bytes.iter().enumerate().position(|(i, b)| match b {
        b':' | b'(' => true,
        0xE2 => dash(i),
        _ => false,
    });
    marked.or_else(|| {
        bytes
            .iter()
            .enumerate()
            .position(|(i, b)| *b == b' ' && bytes.get(i + 1) == Some(&b'-'))
    })
}

/// Bytes of the longest label, so longer heads are rejected at once.
const LONGEST_LABEL: usize = 24;

/// True when `text` lower-cased equals `lower` (already lower case).
fn equal_ignoring_case(text: &str, lower: &str) -> bool {
    if text.is_ascii() && lower.is_ascii() {
        return text.eq_ignore_ascii_case(lower);
    }
    text.chars().flat_map(char::to_lowercase).eq(lower.chars())
}

#[cfg(test)]
mod tests {
    #[test]
    fn statistics_labels() {
        for cell in [
            "Moyenne",
            "AVERAGE:",
            " Medie ",
            "Meðaltal",
            "Gemiddelde",
            "maximum",
        ] {
            assert!(super::is_stat_label(cell), "{cell}");
        }
        for cell in [
            "Performance Max",
            "Media",
            "Average order campaign",
            "Brand",
            "",
        ] {
            assert!(!super::is_stat_label(cell), "{cell}");
        }
        // Every label passes the filter.
        for (_, label) in super::STAT_LABELS {
            assert!(super::is_stat_label(label), "{label}");
        }
    }

    use super::*;

    #[test]
    fn the_start_filter_lets_every_label_through_and_little_else() {
        for (_, label) in TOTAL_LABELS {
            let upper = label.to_uppercase();
            for cell in [label.to_string(), upper, format!("{label}: Account")] {
                assert!(may_start_a_label(cell.as_bytes()), "{cell}");
                assert!(is_total_label(&cell), "{cell}");
            }
        }
        for name in [
            "Search - Brand",
            "google",
            "Paid Search",
            "email",
            "Newsletter",
            "x",
        ] {
            assert!(!may_start_a_label(name.as_bytes()), "{name}");
        }
        const { assert!(!OTHER_START) };
    }

    #[track_caller]
    fn check(cell: &str, expected: bool) {
        assert_eq!(is_total_label(cell), expected, "{cell:?}");
    }

    #[test]
    fn every_label_is_a_label() {
        for (_, label) in TOTAL_LABELS {
            check(label, true);
            check(&label.to_uppercase(), true);
            check(&format!("{label}: Account"), true);
        }
    }

    #[test]
    fn no_label_is_longer_than_the_quick_reject() {
        for (_, label) in TOTAL_LABELS {
            assert!(label.len() <= LONGEST_LABEL, "{label}");
        }
    }

    #[test]
    fn vendor_forms() {
        check("Total: Account", true);
        check("Total: Search campaigns", true);
        check("Total - all but removed", true);
        check("Total : compte", true);
        check("Total général", true);
        check("Samtals", true);
        check("Gesamt: Konto", true);
        check("Totaal: account", true);
        check("Totale: account", true);
        check("Total (3 campaigns)", true);
        check("Grand Total", true);
        check("Total – all", true);
        check("Totale — conto", true);
        // The marked separators come first, wherever a dash stands.
        check("Total - Brand (old)", false);
        check("Total (old) - Brand", true);
    }

    #[test]
    fn headed_labels_are_told_from_exact_ones() {
        assert_eq!(total_label("Total"), Some(LabelForm::Exact));
        assert_eq!(total_label(" Grand Total "), Some(LabelForm::Exact));
        assert_eq!(total_label("Total:"), Some(LabelForm::Exact));
        assert_eq!(total_label("Total: Account"), Some(LabelForm::Headed));
        assert_eq!(total_label("Somme (80)"), Some(LabelForm::Headed));
        assert_eq!(total_label("Brand"), None);
    }

    #[test]
    fn money_words_stand_as_words() {
        for cell in [
            "TVA (20 %)",
            "Budget mensuel",
            "Reste à dépenser",
            "Comision agenție 15%",
            "VSK 24%",
            "Agency fee",
        ] {
            assert!(has_money_word(cell), "{cell}");
        }
        for cell in ["Brand", "Valentine sale", "Feeds", "Taxis"] {
            assert!(!has_money_word(cell), "{cell}");
        }
        for word in MONEY_LINE_WORDS {
            assert!(word.len() >= 2 && word.len() <= LONGEST_LABEL, "{word}");
        }
    }

    #[test]
    fn total_words_stand_as_words() {
        for cell in [
            "Winter sale Total",
            "Total Soldes",
            "Vetrarútsala Samtals",
            "Heildarsamtala",
            "Sous-total",
            "Campania X – Total",
        ] {
            assert!(has_total_word(cell), "{cell}");
        }
        for cell in [
            "Totally new",
            "Subtotals2",
            "Somme (80)",
            "Sum sale",
            "Brand",
            "",
        ] {
            assert!(!has_total_word(cell), "{cell}");
        }
        for word in TOTAL_WORDS {
            assert!(word.len() >= 5 && word.len() <= LONGEST_LABEL, "{word}");
        }
    }

    #[test]
    fn names_that_only_start_like_a_label_are_not() {
        check("Total Rewards Promo", false);
        check("Summer sale", false);
        check("Allstar", false);
        check("Somme d'argent gagnée", false);
        check("Gesamtkatalog", false);
        check("", false);
        check("To", false);
        check("Brand - Search", false);
    }
}
