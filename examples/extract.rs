//! Reads UTF-8 text on standard input and prints every entity as one JSON object a line, in the
//! form of the entity contract: `kind`, `start`, `end`, `text`, `value`, and the optional fields
//! that apply.
//!
//! ```text
//! cargo run --release --example extract < sample/report.txt
//! ```

use std::io::{self, BufWriter, Read, Write};
use std::process::ExitCode;
use vnparse::extract::extract;

fn main() -> ExitCode {
    let mut input = Vec::new();
    if let Err(e) = io::stdin().read_to_end(&mut input) {
        eprintln!("extract: cannot read standard input: {e}");
        return ExitCode::FAILURE;
    }
    let text = match std::str::from_utf8(&input) {
        Ok(text) => text,
        Err(e) => {
            eprintln!(
                "extract: standard input is not valid UTF-8: invalid byte at offset {}",
                e.valid_up_to()
            );
            return ExitCode::FAILURE;
        }
    };
    let mut out = BufWriter::new(io::stdout().lock());
    for entity in extract(text) {
        if let Err(e) = writeln!(out, "{}", entity.to_json(text)) {
            eprintln!("extract: cannot write: {e}");
            return ExitCode::FAILURE;
        }
    }
    if let Err(e) = out.flush() {
        eprintln!("extract: cannot write: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
