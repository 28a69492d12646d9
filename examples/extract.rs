//! Reads UTF-8 text on standard input and prints every entity as one JSON object a line, in the
//! form of the entity contract: `kind`, `start`, `end`, `text`, `value`, and the optional fields
//! that apply.
//!
//! The input is read as a stream, a piece at a time (see [`vnparse::extract::Stream`]): a file
//! of any size is read in a few megabytes of memory, with the entities (and offsets) reading it
//! whole would give. Input that is not UTF-8 is an error on standard error and exit code 1; the
//! entities of the text before the bad byte are printed before it.
//!
//! The options of the extractor (see `Extractor::builder`), all off by default:
//!
//! ```text
//! --kinds number,money,…        print only these kinds
//! --reference-date 2025-03-10   the date the text was written: gives a year to days, months
//!                               and quarters written without one
//! --era auto|legacy|2025        the list of administrative units codes come from
//! --addresses                   an address as one `address` entity
//! ```
//!
//! An unknown flag or a bad value prints the usage on standard error and exits with code 2.
//!
//! ```text
//! cargo run --release --example extract < sample/report.txt
//! cargo run --release --example extract -- --addresses --reference-date 2025-03-10 < sample/report.txt
//! ```

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;
use vnparse::extract::{AdminEra, ExtractorBuilder};
use vnparse::{Date, Extractor, Kind};

const USAGE: &str = "usage: extract [--kinds KIND,…] [--reference-date YYYY-MM-DD] \
[--era auto|legacy|2025] [--addresses] < text";

fn main() -> ExitCode {
    let extractor = match options(std::env::args().skip(1)) {
        Ok(builder) => builder.build(),
        Err(message) => {
            eprintln!("extract: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let stdin = io::stdin().lock();
    let mut out = BufWriter::new(io::stdout().lock());
    // One line buffer for every entity.
    let mut line = String::new();
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
        line.clear();
        found.write_json(&mut line);
        line.push('\n');
        if let Err(e) = out.write_all(line.as_bytes()) {
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

/// The extractor the arguments ask for, or what is wrong with them.
fn options(mut args: impl Iterator<Item = String>) -> Result<ExtractorBuilder, String> {
    let mut builder = Extractor::builder();
    let mut addresses = false;
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or(format!("{flag} needs a value"));
        match flag.as_str() {
            "--kinds" => {
                let kinds = value()?
                    .split(',')
                    .map(|k| k.trim().parse::<Kind>().map_err(|e| e.to_string()))
                    .collect::<Result<Vec<_>, _>>()?;
                builder = builder.kinds(kinds);
            }
            "--reference-date" => builder = builder.reference_date(iso_date(&value()?)?),
            "--era" => {
                builder = builder.era(value()?.parse::<AdminEra>().map_err(|e| e.to_string())?)
            }
            "--addresses" => addresses = true,
            _ => return Err(format!("unknown argument `{flag}`")),
        }
    }
    // After `--kinds`, whatever their order: `--addresses` adds the address kind.
    Ok(if addresses {
        builder.addresses(true)
    } else {
        builder
    })
}

/// A day written `YYYY-MM-DD`.
fn iso_date(s: &str) -> Result<Date, String> {
    let bad = || format!("`{s}` is no date written YYYY-MM-DD");
    let mut parts = s.splitn(3, '-');
    let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(bad());
    };
    let (year, month, day) = (
        y.parse().map_err(|_| bad())?,
        m.parse().map_err(|_| bad())?,
        d.parse().map_err(|_| bad())?,
    );
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return Err(bad());
    }
    Date::new(Some(year), month, day).map_err(|_| bad())
}
