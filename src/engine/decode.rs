//! Bytes to text: BOM sniffing, strict UTF-8, UTF-16, and a reported Windows-1252 fallback.
//!
//! A full encoding library costs 128 KB gzip in the page (see `FINDINGS.md`); the
//! encodings marketing exports really use are few, so they are decoded here by hand.

use serde::{Deserialize, Serialize};

/// The text encoding a file was read with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Encoding {
    /// UTF-8, with or without a byte-order mark.
    #[serde(rename = "utf-8")]
    Utf8,
    /// UTF-16 little-endian (Excel's "Unicode text"), announced by its BOM.
    #[serde(rename = "utf-16le")]
    Utf16Le,
    /// UTF-16 big-endian, announced by its BOM.
    #[serde(rename = "utf-16be")]
    Utf16Be,
    /// Windows-1252, the Western-European ANSI code page Excel writes; a superset of
    /// ISO-8859-1 for printable characters.
    #[serde(rename = "windows-1252")]
    Windows1252,
}

/// How the decoder chose the encoding: the user sees this next to the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EncodingEvidence {
    /// A byte-order mark named it.
    ByteOrderMark,
    /// The bytes are valid UTF-8.
    ValidUtf8,
    /// The bytes are not valid UTF-8, so the Windows-1252 fallback was used.
    Fallback,
    /// The user chose it.
    UserChoice,
}

/// Decoded text plus how it was decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The text, without any byte-order mark.
    pub text: String,
    /// The encoding used.
    pub encoding: Encoding,
    /// Why that encoding.
    pub evidence: EncodingEvidence,
    /// Characters that could not be decoded and became U+FFFD (only possible for
    /// malformed UTF-16 or a user-forced UTF-8).
    pub replacements: usize,
}

/// Decodes `bytes`, sniffing the encoding: a BOM wins, then strict UTF-8, then Windows-1252.
pub fn decode(bytes: &[u8]) -> Decoded {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return with_evidence(
            decode_as(rest, Encoding::Utf8),
            EncodingEvidence::ByteOrderMark,
        );
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return with_evidence(
            decode_as(rest, Encoding::Utf16Le),
            EncodingEvidence::ByteOrderMark,
        );
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return with_evidence(
            decode_as(rest, Encoding::Utf16Be),
            EncodingEvidence::ByteOrderMark,
        );
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Decoded {
            text: text.to_owned(),
            encoding: Encoding::Utf8,
            evidence: EncodingEvidence::ValidUtf8,
            replacements: 0,
        },
        Err(_) => with_evidence(
            decode_as(bytes, Encoding::Windows1252),
            EncodingEvidence::Fallback,
        ),
    }
}

/// Decodes `bytes` with the encoding the user chose, skipping a matching BOM.
pub fn decode_with(bytes: &[u8], encoding: Encoding) -> Decoded {
    let body = match encoding {
        Encoding::Utf8 => bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes),
        Encoding::Utf16Le => bytes.strip_prefix(&[0xFF, 0xFE]).unwrap_or(bytes),
        Encoding::Utf16Be => bytes.strip_prefix(&[0xFE, 0xFF]).unwrap_or(bytes),
        Encoding::Windows1252 => bytes,
    };
    with_evidence(decode_as(body, encoding), EncodingEvidence::UserChoice)
}

fn with_evidence(mut decoded: Decoded, evidence: EncodingEvidence) -> Decoded {
    decoded.evidence = evidence;
    decoded
}

fn decode_as(bytes: &[u8], encoding: Encoding) -> Decoded {
    let (text, replacements) = match encoding {
        Encoding::Utf8 => {
            let text = String::from_utf8_lossy(bytes).into_owned();
            let replacements =
                text.matches('\u{FFFD}').count() - count_literal_replacement_chars(bytes);
            (text, replacements)
        }
        Encoding::Utf16Le => utf16(bytes, u16::from_le_bytes),
        Encoding::Utf16Be => utf16(bytes, u16::from_be_bytes),
        Encoding::Windows1252 => (bytes.iter().map(|&b| windows_1252(b)).collect(), 0),
    };
    Decoded {
        text,
        encoding,
        evidence: EncodingEvidence::ValidUtf8,
        replacements,
    }
}

/// U+FFFD already present in valid input is not a replacement we made.
fn count_literal_replacement_chars(bytes: &[u8]) -> usize {
    bytes
        .windows(3)
        .filter(|w| *w == [0xEF, 0xBF, 0xBD])
        .count()
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> (String, usize) {
    let pairs = bytes.chunks_exact(2);
    // A dangling odd byte cannot be a code unit.
    let dangling = !pairs.remainder().is_empty();
    let units = pairs.map(|pair| match pair {
        [a, b] => unit([*a, *b]),
        _ => 0xFFFD,
    });
    let mut replacements = usize::from(dangling);
    let text = char::decode_utf16(units)
        .map(|c| {
            c.unwrap_or_else(|_| {
                replacements += 1;
                '\u{FFFD}'
            })
        })
        .chain(dangling.then_some('\u{FFFD}'))
        .collect();
    (text, replacements)
}

/// Maps one Windows-1252 byte to its character. 0x80–0x9F differ from ISO-8859-1;
/// the five bytes the code page leaves undefined map to the C1 control of the same
/// value, as browsers' `TextDecoder("windows-1252")` does.
fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9F => HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(bytes: &[u8], text: &str, encoding: Encoding, evidence: EncodingEvidence) {
        let decoded = decode(bytes);
        assert_eq!(decoded.text, text);
        assert_eq!(decoded.encoding, encoding);
        assert_eq!(decoded.evidence, evidence);
    }

    #[test]
    fn sniffs_encodings() {
        use Encoding::*;
        use EncodingEvidence::*;
        check(b"a,b", "a,b", Utf8, ValidUtf8);
        check(b"\xEF\xBB\xBFa,\xC3\xA9", "a,é", Utf8, ByteOrderMark);
        check(b"\xFF\xFEa\0,\0\xE9\0", "a,é", Utf16Le, ByteOrderMark);
        check(b"\xFE\xFF\0a\0,\0\xE9", "a,é", Utf16Be, ByteOrderMark);
        check(b"caf\xE9 \x80 \x96", "café € –", Windows1252, Fallback);
        check(b"", "", Utf8, ValidUtf8);
    }

    #[test]
    fn odd_utf16_byte_is_replaced_not_dropped() {
        let decoded = decode(b"\xFF\xFEa\0b");
        assert_eq!(decoded.text, "a\u{FFFD}");
        assert_eq!(decoded.replacements, 1);
    }

    #[test]
    fn user_choice_overrides_sniffing() {
        let decoded = decode_with("café".as_bytes(), Encoding::Windows1252);
        assert_eq!(decoded.text, "cafÃ©");
        assert_eq!(decoded.evidence, EncodingEvidence::UserChoice);
        let forced = decode_with(b"caf\xE9", Encoding::Utf8);
        assert_eq!(forced.replacements, 1);
    }

    #[test]
    fn every_byte_maps_to_a_char() {
        let all: Vec<u8> = (0..=255).collect();
        assert_eq!(
            decode_as(&all, Encoding::Windows1252).text.chars().count(),
            256
        );
    }
}
