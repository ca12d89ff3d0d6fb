//! Regenerates the demo CSV files in `demo/` from `demo/gen.rs`: `cargo run --example gen_demo`.

#[path = "../demo/gen.rs"]
mod gen;

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("demo");
    for (name, text) in gen::generate() {
        let path = dir.join(name);
        if let Err(err) = std::fs::write(&path, &text) {
            eprintln!("could not write {}: {err}", path.display());
            return ExitCode::FAILURE;
        }
        println!("wrote {} ({} bytes)", path.display(), text.len());
    }
    ExitCode::SUCCESS
}
