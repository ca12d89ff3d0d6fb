//! The languages the page speaks, and how each one writes numbers and dates. The engine
//! stays language-free: it returns ids and numbers, and the UI words them per locale.

use serde::{Deserialize, Serialize};

/// A language of the page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Locale {
    /// English (the default).
    #[default]
    En,
    /// French.
    Fr,
    /// Icelandic.
    Is,
    /// Romanian.
    Ro,
}

impl Locale {
    /// Every locale, in the order the language menu lists them.
    pub const ALL: [Locale; 4] = [Locale::En, Locale::Fr, Locale::Is, Locale::Ro];

    /// The BCP 47 language tag, for `<html lang>` and storage.
    pub fn lang(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Fr => "fr",
            Locale::Is => "is",
            Locale::Ro => "ro",
        }
    }

    /// The language's own name, as the language menu shows it.
    pub fn name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Fr => "Français",
            Locale::Is => "Íslenska",
            Locale::Ro => "Română",
        }
    }

    /// The locale of a tag such as `navigator.language` ("fr-CA", "is", "ro_RO"):
    /// its primary language, case-insensitively; English for any other language.
    pub fn from_browser(tag: &str) -> Locale {
        let primary = tag
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "fr" => Locale::Fr,
            "is" => Locale::Is,
            "ro" => Locale::Ro,
            _ => Locale::En,
        }
    }

    /// The locale stored under [`Locale::lang`], if `tag` is exactly one.
    pub fn from_lang(tag: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.lang() == tag)
    }

    /// The plural form a count takes: English one/other; French singular for 0 and 1;
    /// Icelandic singular when the number ends in 1 but not in 11; Romanian singular for
    /// 1, plain plural for 0, 2–19 and numbers ending in 01–19, "de" plural otherwise.
    pub fn plural(self, n: u64) -> Plural {
        match self {
            Locale::En if n == 1 => Plural::One,
            Locale::Fr if n <= 1 => Plural::One,
            Locale::Is if n % 10 == 1 && n % 100 != 11 => Plural::One,
            Locale::Ro if n == 1 => Plural::One,
            Locale::Ro if n == 0 || (1..=19).contains(&(n % 100)) => Plural::Few,
            Locale::En | Locale::Fr | Locale::Is | Locale::Ro => Plural::Many,
        }
    }

    /// The thousands separator.
    pub fn group_separator(self) -> &'static str {
        match self {
            Locale::En => ",",
            // U+202F NARROW NO-BREAK SPACE, as the Imprimerie nationale and CLDR write it.
            Locale::Fr => "\u{202F}",
            Locale::Is | Locale::Ro => ".",
        }
    }

    /// The decimal mark.
    pub fn decimal_mark(self) -> char {
        match self {
            Locale::En => '.',
            Locale::Fr | Locale::Is | Locale::Ro => ',',
        }
    }

    /// What goes between a number and its percent sign.
    pub fn percent_gap(self) -> &'static str {
        match self {
            Locale::Fr => "\u{202F}",
            Locale::En | Locale::Is | Locale::Ro => "",
        }
    }
}

/// The plural form of a noun after a number (CLDR's categories, as these four languages
/// need them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    /// The singular: "1 row", "21 lína" (Icelandic), "1 rând".
    One,
    /// Romanian's plain plural: "2 rânduri", "119 rânduri".
    Few,
    /// The plural; in Romanian with "de": "20 de rânduri".
    Many,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(tag: &str, expected: Locale) {
        assert_eq!(Locale::from_browser(tag), expected, "{tag}");
    }

    #[test]
    fn from_browser() {
        check("en-US", Locale::En);
        check("en", Locale::En);
        check("fr", Locale::Fr);
        check("fr-FR", Locale::Fr);
        check("fr-CA", Locale::Fr);
        check("FR-be", Locale::Fr);
        check("is", Locale::Is);
        check("is-IS", Locale::Is);
        check("ro-RO", Locale::Ro);
        check("ro_MD", Locale::Ro);
        check("de-DE", Locale::En);
        check("isl", Locale::En);
        check("", Locale::En);
    }

    #[track_caller]
    fn plural(loc: Locale, n: u64, expected: Plural) {
        assert_eq!(loc.plural(n), expected, "{loc:?} {n}");
    }

    #[test]
    fn plural_forms() {
        use Plural::*;
        for (n, en, fr, is, ro) in [
            (0, Many, One, Many, Few),
            (1, One, One, One, One),
            (2, Many, Many, Many, Few),
            (11, Many, Many, Many, Few),
            (19, Many, Many, Many, Few),
            (20, Many, Many, Many, Many),
            (21, Many, Many, One, Many),
            (100, Many, Many, Many, Many),
            (101, Many, Many, One, Few),
            (111, Many, Many, Many, Few),
            (119, Many, Many, Many, Few),
            (120, Many, Many, Many, Many),
            (1001, Many, Many, One, Few),
        ] {
            plural(Locale::En, n, en);
            plural(Locale::Fr, n, fr);
            plural(Locale::Is, n, is);
            plural(Locale::Ro, n, ro);
        }
    }

    #[test]
    fn lang_round_trips() {
        for l in Locale::ALL {
            assert_eq!(Locale::from_lang(l.lang()), Some(l));
        }
        assert_eq!(Locale::from_lang("de"), None);
    }
}
