//! Reads UTF-8 text on standard input and prints every entity as one JSON object a line, in the
//! form of the entity contract: `kind`, `start`, `end`, `text`, `value`, and the optional fields
//! that apply.
//!
//! The input is read as a stream, a piece at a time (see [`vnparse::extract::Stream`]): a file
//! of any size is read in a few megabytes of memory, with the entities (and offsets) reading it
//! whole would give. Input that is not UTF-8 is an error on standard error and exit code 1; the
//! entities of the text before the bad byte are printed before it.
//!
//! ```text
//! cargo run --release --example extract < sample/report.txt
//! ```

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;
use vnparse::Extractor;

fn main() -> ExitCode {
    let extractor = Extractor::new();
    let stdin = io::stdin().lock();
    let mut out = BufWriter::new(io::stdout().lock());
    for found in extractor.stream(stdin) {
        let found = match found {
            Ok(found) => found,
            Err(e) if e.kind() == io::ErrorKind::InvalidData => {
                let _ = out.flush();
                eprintln!("extract: standard input is {e}");
                return ExitCode::FAILURE;
            }
            Err(e) => {
                let _ = out.flush();
                eprintln!("extract: cannot read standard input: {e}");
                return ExitCode::FAILURE;
            }
        };
        if let Err(e) = writeln!(out, "{}", found.to_json()) {
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
