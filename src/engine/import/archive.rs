//! Zip archives: the directory of a `.zip` (an Excel workbook is one) and its members'
//! bytes, inflated as a stream.
//!
//! Only what exports use is read: stored and deflated members, the zip64 fields, one
//! disk. Inflating is `miniz_oxide`'s (pure Rust, the inflater under `flate2`); the
//! directory is read here. Every read is bounded: a member is inflated in
//! [`OUT_BYTES`] pieces and stops at the caller's limit, so an archive that inflates
//! to far more than it holds (a "zip bomb") costs no more than that limit.

use miniz_oxide::inflate::stream::{inflate, InflateState};
use miniz_oxide::{DataFormat, MZFlush, MZStatus};

/// The first bytes of a zip archive (a local file header).
pub const ZIP_MAGIC: &[u8] = b"PK\x03\x04";

/// The bytes of one inflated piece handed to the caller.
pub const OUT_BYTES: usize = 64 * 1024;

/// Why an archive could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Damage {
    /// Its directory, a member's header or its compressed data is not what the zip
    /// format says (a truncated download, say), or it uses a method other than
    /// stored or deflate, or encryption.
    Damaged,
    /// A member inflates to more than the caller's limit.
    TooLarge,
}

/// One member of the archive, as its directory lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Member {
    /// Its path inside the archive, `/`-separated.
    pub name: String,
    method: u16,
    encrypted: bool,
    compressed: u64,
    size: u64,
    header: u64,
}

impl Member {
    /// Its size once inflated, as the directory says.
    pub fn size(&self) -> u64 {
        self.size
    }
}

/// A zip archive in memory.
pub struct Archive<'a> {
    bytes: &'a [u8],
    members: Vec<Member>,
}

impl<'a> Archive<'a> {
    /// Reads the directory of `bytes`.
    pub fn open(bytes: &'a [u8]) -> Result<Self, Damage> {
        let end = find_end(bytes).ok_or(Damage::Damaged)?;
        let mut members = Vec::new();
        let mut at = end.directory;
        for _ in 0..end.entries {
            let (member, next) = central_entry(bytes, at).ok_or(Damage::Damaged)?;
            members.push(member);
            at = next;
        }
        Ok(Archive { bytes, members })
    }

    /// The members, in the directory's order.
    pub fn members(&self) -> &[Member] {
        &self.members
    }

    /// The member named `name`, compared without case (producers differ).
    pub fn find(&self, name: &str) -> Option<&Member> {
        self.members
            .iter()
            .find(|m| m.name.eq_ignore_ascii_case(name))
    }

    /// Inflates `member` whole, failing beyond `limit` bytes.
    pub fn read(&self, member: &Member, limit: u64) -> Result<Vec<u8>, Damage> {
        let mut out = Vec::new();
        self.stream(member, limit, &mut |piece| {
            out.extend_from_slice(piece);
            true
        })?;
        Ok(out)
    }

    /// Inflates `member` piece by piece into `sink`, which returns `false` to stop
    /// early; fails once more than `limit` bytes came out.
    pub fn stream(
        &self,
        member: &Member,
        limit: u64,
        sink: &mut dyn FnMut(&[u8]) -> bool,
    ) -> Result<(), Damage> {
        if member.encrypted {
            return Err(Damage::Damaged);
        }
        let data = self.data(member).ok_or(Damage::Damaged)?;
        match member.method {
            0 => {
                if data.len() as u64 > limit {
                    return Err(Damage::TooLarge);
                }
                for piece in data.chunks(OUT_BYTES) {
                    if !sink(piece) {
                        break;
                    }
                }
                Ok(())
            }
            8 => inflate_into(data, limit, sink),
            _ => Err(Damage::Damaged),
        }
    }

    /// The compressed bytes of `member`, after its local header.
    fn data(&self, member: &Member) -> Option<&'a [u8]> {
        let at = usize::try_from(member.header).ok()?;
        if le32(self.bytes, at)? != 0x0403_4b50 {
            return None;
        }
        let name = usize::from(le16(self.bytes, at + 26)?);
        let extra = usize::from(le16(self.bytes, at + 28)?);
        let start = at.checked_add(30 + name + extra)?;
        let end = start.checked_add(usize::try_from(member.compressed).ok()?)?;
        self.bytes.get(start..end)
    }
}

/// Inflates raw deflate `data` piece by piece.
fn inflate_into(
    data: &[u8],
    limit: u64,
    sink: &mut dyn FnMut(&[u8]) -> bool,
) -> Result<(), Damage> {
    let mut state = InflateState::new_boxed(DataFormat::Raw);
    let mut out = vec![0u8; OUT_BYTES];
    let mut input = data;
    let mut total = 0u64;
    loop {
        let result = inflate(&mut state, input, &mut out, MZFlush::None);
        input = input.get(result.bytes_consumed..).unwrap_or_default();
        total = total.saturating_add(result.bytes_written as u64);
        if total > limit {
            return Err(Damage::TooLarge);
        }
        if result.bytes_written > 0 {
            let piece = out.get(..result.bytes_written).unwrap_or_default();
            if !sink(piece) {
                return Ok(());
            }
        }
        match result.status {
            Ok(MZStatus::StreamEnd) => return Ok(()),
            Ok(_) if result.bytes_consumed == 0 && result.bytes_written == 0 => {
                // No progress with input left, or the input ended before the stream.
                return Err(Damage::Damaged);
            }
            Ok(_) => {}
            Err(_) => return Err(Damage::Damaged),
        }
    }
}

/// Where the central directory is and how many entries it has.
struct End {
    directory: usize,
    entries: u64,
}

/// Finds the end-of-central-directory record (the last one in the final 64 KiB plus
/// its own 22 bytes), and its zip64 twin when the record says to look for it.
fn find_end(bytes: &[u8]) -> Option<End> {
    let last = bytes.len().checked_sub(22)?;
    let first = last.saturating_sub(0xFFFF);
    let at = (first..=last)
        .rev()
        .find(|&i| le32(bytes, i) == Some(0x0605_4b50))?;
    let mut entries = u64::from(le16(bytes, at + 10)?);
    let mut directory = u64::from(le32(bytes, at + 16)?);
    if entries == 0xFFFF || directory == 0xFFFF_FFFF {
        // The zip64 locator sits just before the record and points at the zip64 record.
        let locator = at.checked_sub(20)?;
        if le32(bytes, locator)? != 0x0706_4b50 {
            return None;
        }
        let record = usize::try_from(le64(bytes, locator + 8)?).ok()?;
        if le32(bytes, record)? != 0x0606_4b50 {
            return None;
        }
        entries = le64(bytes, record + 32)?;
        directory = le64(bytes, record + 48)?;
    }
    // Every entry takes 46 bytes at least: a count beyond that is damage, not a loop.
    if entries > (bytes.len() / 46) as u64 {
        return None;
    }
    Some(End {
        directory: usize::try_from(directory).ok()?,
        entries,
    })
}

/// Reads the central directory entry at `at`; returns it and where the next one starts.
fn central_entry(bytes: &[u8], at: usize) -> Option<(Member, usize)> {
    if le32(bytes, at)? != 0x0201_4b50 {
        return None;
    }
    let flags = le16(bytes, at + 8)?;
    let method = le16(bytes, at + 10)?;
    let mut compressed = u64::from(le32(bytes, at + 20)?);
    let mut size = u64::from(le32(bytes, at + 24)?);
    let name_len = usize::from(le16(bytes, at + 28)?);
    let extra_len = usize::from(le16(bytes, at + 30)?);
    let comment_len = usize::from(le16(bytes, at + 32)?);
    let mut header = u64::from(le32(bytes, at + 42)?);
    let name_at = at.checked_add(46)?;
    let raw_name = bytes.get(name_at..name_at.checked_add(name_len)?)?;
    let extra_at = name_at + name_len;
    let extra = bytes.get(extra_at..extra_at.checked_add(extra_len)?)?;
    // The zip64 extra field holds, in this order, whichever of the three values the
    // fixed fields mark as 0xFFFFFFFF.
    let mut at64 = zip64_field(extra);
    for value in [&mut size, &mut compressed, &mut header] {
        if *value == 0xFFFF_FFFF {
            let field = at64.as_mut()?;
            *value = le64(field, 0)?;
            *field = field.get(8..)?;
        }
    }
    // Names are UTF-8 when bit 11 says so, else code page 437: only ASCII names
    // matter here, so anything else is read loosely.
    let name = String::from_utf8_lossy(raw_name).replace('\\', "/");
    let next = extra_at.checked_add(extra_len)?.checked_add(comment_len)?;
    Some((
        Member {
            name,
            method,
            encrypted: flags & 1 == 1,
            compressed,
            size,
            header,
        },
        next,
    ))
}

/// The data of the zip64 extra field (id 1) among a header's extra fields.
fn zip64_field(mut extra: &[u8]) -> Option<&[u8]> {
    while extra.len() >= 4 {
        let id = le16(extra, 0)?;
        let len = usize::from(le16(extra, 2)?);
        let data = extra.get(4..4 + len)?;
        if id == 1 {
            return Some(data);
        }
        extra = extra.get(4 + len..)?;
    }
    None
}

fn le16(bytes: &[u8], at: usize) -> Option<u16> {
    let b = bytes.get(at..at.checked_add(2)?)?;
    Some(u16::from_le_bytes([*b.first()?, *b.get(1)?]))
}

fn le32(bytes: &[u8], at: usize) -> Option<u32> {
    let b: [u8; 4] = bytes.get(at..at.checked_add(4)?)?.try_into().ok()?;
    Some(u32::from_le_bytes(b))
}

fn le64(bytes: &[u8], at: usize) -> Option<u64> {
    let b: [u8; 8] = bytes.get(at..at.checked_add(8)?)?.try_into().ok()?;
    Some(u64::from_le_bytes(b))
}

#[cfg(test)]
#[path = "../../../tests/support/zip.rs"]
mod writer;

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A zip archive of `(name, bytes, deflate?)` members, by the tests' own writer.
    pub(crate) fn zip(members: &[(&str, &[u8], bool)]) -> Vec<u8> {
        super::writer::zip(members, |data| {
            miniz_oxide::deflate::compress_to_vec(data, 6)
        })
    }

    #[test]
    fn reads_stored_and_deflated_members() {
        let long = "Date,Campaign,Spend\n".repeat(10_000);
        let bytes = zip(&[
            ("a.txt", b"hello", false),
            ("dir/b.csv", long.as_bytes(), true),
        ]);
        let archive = Archive::open(&bytes).expect("opens");
        let names: Vec<&str> = archive.members().iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["a.txt", "dir/b.csv"]);
        let a = archive.find("A.TXT").expect("found without case");
        assert_eq!(archive.read(a, 100).expect("reads"), b"hello");
        let b = archive.find("dir/b.csv").expect("found");
        assert_eq!(archive.read(b, u64::MAX).expect("reads"), long.as_bytes());
        assert_eq!(archive.read(b, 1000), Err(Damage::TooLarge));
        assert_eq!(archive.read(a, 4), Err(Damage::TooLarge));
    }

    #[test]
    fn damage_is_an_error_never_a_panic() {
        let bytes = zip(&[("b.csv", "x,y\n1,2\n".repeat(500).as_bytes(), true)]);
        // Every truncation and every single-byte change: an error or some bytes.
        for cut in 0..bytes.len() {
            if let Ok(a) = Archive::open(&bytes[..cut]) {
                for m in a.members() {
                    let _ = a.read(m, 1 << 20);
                }
            }
        }
        for i in 0..bytes.len() {
            let mut changed = bytes.clone();
            changed[i] ^= 0xA5;
            if let Ok(a) = Archive::open(&changed) {
                for m in a.members() {
                    let _ = a.read(m, 1 << 20);
                }
            }
        }
        assert_eq!(Archive::open(b"PK\x03\x04").err(), Some(Damage::Damaged));
    }

    #[test]
    fn stops_when_the_sink_says_so() {
        let long = "0123456789".repeat(100_000);
        let bytes = zip(&[("big.txt", long.as_bytes(), true)]);
        let archive = Archive::open(&bytes).expect("opens");
        let mut pieces = 0;
        archive
            .stream(&archive.members()[0], u64::MAX, &mut |_| {
                pieces += 1;
                false
            })
            .expect("stops cleanly");
        assert_eq!(pieces, 1);
    }
}
