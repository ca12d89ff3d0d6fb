//! Labels that mark a totals or summary row, in the languages exports come in.
//!
//! A cell is a total label when, lower-cased and trimmed, it equals a label, or starts
//! with one followed by `:`, ` -`, ` –` or `(` — Google Ads writes `Total: Account`,
//! `Total: Search campaigns`, `Total - all but removed`, and its French UI `Total : compte`.

/// A language (or a vendor's own wording) a label comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// English, and the vendors' English UIs.
    En,
    /// French.
    Fr,
    /// Icelandic.
    Is,
    /// Romanian.
    Ro,
    /// Spanish.
    Es,
    /// Portuguese.
    Pt,
    /// German.
    De,
    /// Italian.
    It,
    /// Dutch.
    Nl,
}

/// Total labels, lower case. The same word may appear under several languages.
pub const TOTAL_LABELS: &[(Source, &str)] = &[
    (Source::En, "total"),
    (Source::En, "totals"),
    (Source::En, "grand total"),
    (Source::En, "subtotal"),
    (Source::En, "sub-total"),
    (Source::En, "sum"),
    (Source::En, "summary"),
    (Source::En, "overall"),
    (Source::Fr, "total général"),
    (Source::Fr, "totaux"),
    (Source::Fr, "sous-total"),
    (Source::Fr, "somme"),
    (Source::Is, "samtals"),
    (Source::Is, "alls"),
    (Source::Is, "samtala"),
    (Source::Ro, "total general"),
    (Source::Ro, "totaluri"),
    (Source::Ro, "subtotal"),
    (Source::Ro, "sumă"),
    (Source::Ro, "suma"),
    (Source::Es, "total general"),
    (Source::Es, "totales"),
    (Source::Es, "subtotal"),
    (Source::Es, "suma"),
    (Source::Pt, "total geral"),
    (Source::Pt, "totais"),
    (Source::Pt, "subtotal"),
    (Source::Pt, "soma"),
    (Source::De, "gesamt"),
    (Source::De, "gesamtsumme"),
    (Source::De, "gesamtergebnis"),
    (Source::De, "insgesamt"),
    (Source::De, "summe"),
    (Source::De, "zwischensumme"),
    (Source::It, "totale"),
    (Source::It, "totale complessivo"),
    (Source::It, "totali"),
    (Source::It, "subtotale"),
    (Source::It, "somma"),
    (Source::Nl, "totaal"),
    (Source::Nl, "totalen"),
    (Source::Nl, "eindtotaal"),
    (Source::Nl, "subtotaal"),
    (Source::Nl, "som"),
];

/// Longest cell worth comparing: `Total: Search campaigns (all but removed)` fits.
const LONGEST: usize = 80;

/// True when `cell` is a totals label ("Total", "Grand total", "Total: Account",
/// "Samtals", "Total général", …).
pub fn is_total_label(cell: &str) -> bool {
    let t = cell.trim();
    if t.len() < 3 || t.len() > LONGEST {
        return false;
    }
    // Every label starts with one of these letters: a cheap filter for the hot loop.
    if !t.bytes().next().is_some_and(|b| {
        matches!(
            b.to_ascii_lowercase(),
            b'a' | b'e' | b'g' | b'i' | b'o' | b's' | b't' | b'z'
        )
    }) {
        return false;
    }
    // The label is what comes before a separator ("Total: Account"); compared without
    // allocating, since this runs on name cells of every row.
    let head = separator(t.as_bytes())
        .map_or(t, |i| t.get(..i).unwrap_or_default())
        .trim();
    if head.len() > LONGEST_LABEL {
        return false;
    }
    if head.is_ascii() {
        return TOTAL_LABELS
            .iter()
            .any(|(_, label)| label.len() == head.len() && head.eq_ignore_ascii_case(label));
    }
    TOTAL_LABELS
        .iter()
        .any(|(_, label)| equal_ignoring_case(head, label))
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
    use super::*;

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
