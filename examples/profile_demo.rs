//! The demo's request, run again and again for a profiler (`perf record`, `valgrind
//! --tool=callgrind`): `cargo run --release --example profile_demo -- [answer|encode|gen] [N]`.
//! `answer` imports, audits and reports the nine demo files N times (30 by default),
//! `encode` also sends each reply through the page's codec, `gen` only generates the
//! files. Instruction counts from callgrind repeat from run to run, so they compare two
//! builds on a noisy machine (docs/performance.md).

#[path = "../demo/gen.rs"]
mod gen;

use marketing_audit::engine::session::{self, FileSpec, Request, Session};
use marketing_audit::engine::Settings;
use std::collections::BTreeMap;

fn main() {
    let what = std::env::args().nth(1).unwrap_or_default();
    let n: usize = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(30);
    for _ in 0..n {
        if what == "gen" {
            std::hint::black_box(gen::generate());
            continue;
        }
        let mut s = Session::new();
        let files: Vec<FileSpec> = (0..session::demo_len())
            .filter_map(|i| {
                let (name, source) = session::demo_source(i)?;
                s.open(i as u32, name, source);
                Some(FileSpec {
                    id: i as u32,
                    overrides: None,
                })
            })
            .collect();
        let request = Request {
            job: 1,
            files,
            settings: Settings::default(),
            remembered: BTreeMap::new(),
        };
        let reply = s.answer(&request, &mut |_| {});
        if what == "encode" {
            let (text, figures) = session::encode_reply(reply);
            std::hint::black_box(session::decode_reply(&text, &figures).is_ok());
        }
    }
}
