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
    /// The start of the file ([`SAMPLE_BYTES`]) is valid UTF-8.
    ValidUtf8,
    /// The start of the file is not valid UTF-8, so the Windows-1252 fallback was used.
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
    /// Characters that could not be decoded and became U+FFFD (malformed UTF-16, a
    /// user-forced UTF-8, or invalid UTF-8 after the sniffed sample).
    pub replacements: usize,
}

/// Raw bytes of the start of a file that decide its encoding. A file is read as
/// UTF-8 when these bytes are (a character cut at the end of the sample does not
/// count against it). A streaming import must decide before the rest of the file has
/// arrived, so an invalid byte after the sample does not switch the whole file to
/// Windows-1252: it becomes U+FFFD and is counted in [`Decoder::replacements`]. One
/// MiB is where the first accented letter of real Windows-1252 exports falls, with
/// room to spare, and costs nothing to hold.
pub const SAMPLE_BYTES: usize = 1 << 20;

/// How a file will be decoded, decided from its start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sniffed {
    /// The encoding.
    pub encoding: Encoding,
    /// Why that encoding.
    pub evidence: EncodingEvidence,
    /// Bytes of byte-order mark to skip.
    pub bom: usize,
}

/// Decides the encoding from the first bytes of a file (at most [`SAMPLE_BYTES`] are
/// looked at): a BOM wins, then strict UTF-8, then Windows-1252.
pub fn sniff(start: &[u8]) -> Sniffed {
    let sample = start.get(..SAMPLE_BYTES).unwrap_or(start);
    let found = |encoding, bom| Sniffed {
        encoding,
        evidence: EncodingEvidence::ByteOrderMark,
        bom,
    };
    if sample.starts_with(&[0xEF, 0xBB, 0xBF]) {
        return found(Encoding::Utf8, 3);
    }
    if sample.starts_with(&[0xFF, 0xFE]) {
        return found(Encoding::Utf16Le, 2);
    }
    if sample.starts_with(&[0xFE, 0xFF]) {
        return found(Encoding::Utf16Be, 2);
    }
    let valid = match std::str::from_utf8(sample) {
        Ok(_) => true,
        // Only a character cut by the end of a partial sample.
        Err(e) => e.error_len().is_none() && sample.len() == SAMPLE_BYTES,
    };
    Sniffed {
        encoding: if valid {
            Encoding::Utf8
        } else {
            Encoding::Windows1252
        },
        evidence: if valid {
            EncodingEvidence::ValidUtf8
        } else {
            EncodingEvidence::Fallback
        },
        bom: 0,
    }
}

/// How a user-chosen encoding reads a file: a matching BOM is skipped.
pub fn chosen(start: &[u8], encoding: Encoding) -> Sniffed {
    let bom: &[u8] = match encoding {
        Encoding::Utf8 => &[0xEF, 0xBB, 0xBF],
        Encoding::Utf16Le => &[0xFF, 0xFE],
        Encoding::Utf16Be => &[0xFE, 0xFF],
        Encoding::Windows1252 => &[],
    };
    Sniffed {
        encoding,
        evidence: EncodingEvidence::UserChoice,
        bom: if start.starts_with(bom) { bom.len() } else { 0 },
    }
}

/// Decodes `bytes`, sniffing the encoding from its start (see [`sniff`]).
pub fn decode(bytes: &[u8]) -> Decoded {
    decode_sniffed(bytes, sniff(bytes))
}

/// Decodes `bytes` with the encoding the user chose, skipping a matching BOM.
pub fn decode_with(bytes: &[u8], encoding: Encoding) -> Decoded {
    decode_sniffed(bytes, chosen(bytes, encoding))
}

fn decode_sniffed(bytes: &[u8], sniffed: Sniffed) -> Decoded {
    let mut decoder = Decoder::new(sniffed.encoding);
    let mut text = String::new();
    decoder.decode(bytes.get(sniffed.bom..).unwrap_or_default(), |t| {
        text.push_str(t)
    });
    decoder.finish(|t| text.push_str(t));
    Decoded {
        text,
        encoding: sniffed.encoding,
        evidence: sniffed.evidence,
        replacements: decoder.replacements(),
    }
}

/// Decodes a file chunk by chunk, with characters split across chunks (UTF-8
/// sequences, UTF-16 code units and surrogate pairs) carried to the next one.
#[derive(Clone, Debug)]
pub struct Decoder {
    encoding: Encoding,
    /// The start of an incomplete UTF-8 sequence, or the odd byte of a UTF-16 unit.
    carry: Vec<u8>,
    /// A UTF-16 high surrogate waiting for its low half.
    high: Option<u16>,
    replacements: usize,
    scratch: String,
}

impl Decoder {
    /// A decoder for `encoding`; the caller has already skipped any BOM.
    pub fn new(encoding: Encoding) -> Self {
        Decoder {
            encoding,
            carry: Vec::new(),
            high: None,
            replacements: 0,
            scratch: String::new(),
        }
    }

    /// Characters that could not be decoded and became U+FFFD so far.
    pub fn replacements(&self) -> usize {
        self.replacements
    }

    /// Decodes the next chunk, handing its text to `emit` (possibly in several pieces;
    /// valid UTF-8 is handed on without a copy).
    pub fn decode(&mut self, bytes: &[u8], mut emit: impl FnMut(&str)) {
        match self.encoding {
            Encoding::Utf8 => self.utf8(bytes, &mut emit),
            Encoding::Utf16Le => self.utf16(bytes, u16::from_le_bytes, &mut emit),
            Encoding::Utf16Be => self.utf16(bytes, u16::from_be_bytes, &mut emit),
            Encoding::Windows1252 => {
                self.scratch.clear();
                self.scratch.extend(bytes.iter().map(|&b| windows_1252(b)));
                emit(&self.scratch);
            }
        }
    }

    /// Ends the file: a character left incomplete becomes U+FFFD.
    pub fn finish(&mut self, mut emit: impl FnMut(&str)) {
        if self.high.take().is_some() {
            self.replace(&mut emit);
        }
        if !self.carry.is_empty() {
            self.carry.clear();
            self.replace(&mut emit);
        }
    }

    fn replace(&mut self, emit: &mut impl FnMut(&str)) {
        self.replacements += 1;
        emit("\u{FFFD}");
    }

    fn utf8(&mut self, mut input: &[u8], emit: &mut impl FnMut(&str)) {
        // Complete a sequence cut by the previous chunk, byte by byte.
        while !self.carry.is_empty() {
            let Some((&b, rest)) = input.split_first() else {
                return;
            };
            self.carry.push(b);
            match std::str::from_utf8(&self.carry) {
                Ok(c) => {
                    emit(c);
                    self.carry.clear();
                    input = rest;
                }
                Err(e) if e.error_len().is_none() => input = rest,
                Err(_) => {
                    // The carried bytes are the invalid sequence; `b` starts afresh.
                    self.carry.clear();
                    self.replace(emit);
                }
            }
        }
        loop {
            match std::str::from_utf8(input) {
                Ok(text) => {
                    if !text.is_empty() {
                        emit(text);
                    }
                    return;
                }
                Err(e) => {
                    let (valid, after) = input.split_at(e.valid_up_to());
                    if let Ok(text) = std::str::from_utf8(valid) {
                        if !text.is_empty() {
                            emit(text);
                        }
                    }
                    match e.error_len() {
                        Some(n) => {
                            self.replace(emit);
                            input = after.get(n..).unwrap_or_default();
                        }
                        None => {
                            self.carry.extend_from_slice(after);
                            return;
                        }
                    }
                }
            }
        }
    }

    fn utf16(&mut self, mut input: &[u8], unit: fn([u8; 2]) -> u16, emit: &mut impl FnMut(&str)) {
        let mut text = std::mem::take(&mut self.scratch);
        text.clear();
        if let Some(odd) = self.carry.pop() {
            match input.split_first() {
                Some((&b, rest)) => {
                    self.utf16_unit(unit([odd, b]), &mut text);
                    input = rest;
                }
                None => self.carry.push(odd),
            }
        }
        let pairs = input.chunks_exact(2);
        self.carry.extend_from_slice(pairs.remainder());
        for pair in pairs {
            if let [a, b] = pair {
                self.utf16_unit(unit([*a, *b]), &mut text);
            }
        }
        emit(&text);
        self.scratch = text;
    }

    /// One UTF-16 code unit, as `char::decode_utf16` reads it.
    fn utf16_unit(&mut self, u: u16, text: &mut String) {
        if let Some(high) = self.high.take() {
            if (0xDC00..0xE000).contains(&u) {
                let c = 0x10000 + ((u32::from(high) - 0xD800) << 10) + (u32::from(u) - 0xDC00);
                text.push(char::from_u32(c).unwrap_or('\u{FFFD}'));
                return;
            }
            self.replacements += 1;
            text.push('\u{FFFD}');
        }
        match u {
            0xD800..=0xDBFF => self.high = Some(u),
            0xDC00..=0xDFFF => {
                self.replacements += 1;
                text.push('\u{FFFD}');
            }
            _ => text.push(char::from_u32(u32::from(u)).unwrap_or('\u{FFFD}')),
        }
    }
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
            decode_with(&all, Encoding::Windows1252)
                .text
                .chars()
                .count(),
            256
        );
    }
}
