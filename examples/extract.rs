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

use std::io::{self, Write};
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
    let mut out = io::stdout().lock();
    // The lines are gathered in one buffer, written out when it holds a block: where entities
    // are dense (one every two bytes of `1 1 1 …`) a writer's work per line is felt.
    let mut lines = String::with_capacity(BLOCK + 1024);
    // Each entity is written before the next is read: its text is borrowed, not copied.
    let mut stream = extractor.stream(stdin);
    while let Some(found) = stream.next_ref() {
        let found = match found {
            Ok(found) => found,
            Err(e) => {
                let _ = out.write_all(lines.as_bytes()).and_then(|()| out.flush());
                if e.kind() == io::ErrorKind::InvalidData {
                    eprintln!("extract: standard input is {e}");
                } else {
                    eprintln!("extract: cannot read standard input: {e}");
                }
                return ExitCode::FAILURE;
            }
        };
        found.write_json(&mut lines);
        lines.push('\n');
        if lines.len() >= BLOCK {
            if let Err(e) = out.write_all(lines.as_bytes()) {
                eprintln!("extract: cannot write: {e}");
                return ExitCode::FAILURE;
            }
            lines.clear();
        }
    }
    if let Err(e) = out.write_all(lines.as_bytes()).and_then(|()| out.flush()) {
        eprintln!("extract: cannot write: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

/// The most written out at once.
const BLOCK: usize = 64 << 10;

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
