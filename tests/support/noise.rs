//! Seeded input generators shared by the robustness and chunked-import tests: raw
//! bytes, and CSV-shaped text made of the characters exports really contain.
#![allow(dead_code)]

/// SplitMix64: small, fast and good enough to spread test inputs.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// `count` arbitrary byte strings of up to 300 bytes.
pub fn arbitrary_bytes(seed: u64, count: usize) -> Vec<Vec<u8>> {
    let mut rng = Rng(seed);
    (0..count)
        .map(|_| {
            let len = rng.below(300);
            (0..len).map(|_| rng.next() as u8).collect()
        })
        .collect()
}

/// `count` CSV-shaped texts of up to 120 pieces.
pub fn csv_noise(seed: u64, count: usize) -> Vec<String> {
    const PIECES: &[&str] = &[
        ",",
        ";",
        "\t",
        "|",
        "\"",
        "\"\"",
        "\n",
        "\r\n",
        "\r",
        " ",
        "Campaign",
        "Spend",
        "Clicks",
        "Impressions",
        "Date",
        "Revenue",
        "Total",
        "1",
        "0",
        "-3",
        "12,5",
        "1.234,56",
        "1,234.56",
        "(12.50)",
        "12%",
        "$5",
        "EUR 7",
        "N/A",
        "—",
        "2024-03-05",
        "31/12/2024",
        "12/31/2024",
        "1.08.2019",
        "45356",
        "Mar 5, 2024",
        "é",
        "€",
        "\u{FEFF}",
        "\u{0}",
        "9999999999999999999999999999999",
        "1e308",
        "-",
        "=SUM(A1)",
        "Sent",
        "Unique opens",
        "Delivered",
        "Lead ID",
        "Stage",
        "Entered at",
    ];
    let mut rng = Rng(seed);
    (0..count)
        .map(|_| {
            let mut text = String::new();
            for _ in 0..rng.below(120) {
                text.push_str(PIECES[rng.below(PIECES.len())]);
            }
            text
        })
        .collect()
}

/// The text as UTF-16 little-endian with a BOM.
pub fn utf16le(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    bytes
}
