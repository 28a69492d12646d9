//! Reads a CSV with an address column on standard input and writes the same CSV with the
//! address normalized into columns: `building` (what comes before the house number), `house`, `street`, `village`, `commune`, `district`, `province`, the
//! statistics office codes of the era the address is written in, that `era` (`legacy` before 1
//! July 2025, `2025` after; empty where the address does not tell, and then no codes), and
//! `error` for an address that cannot be read.
//!
//! The address column is the one headed `address` or `địa chỉ` (any case), else the last.
//!
//! ```text
//! cargo run --example addresses < sample/addresses.csv
//! ```

use std::error::Error;
use std::io;
use std::process::ExitCode;
use vnparse::address::Address;
use vnparse::gazetteer::Code;

/// The columns added after the input's own.
const ADDED: [&str; 12] = [
    "building",
    "house",
    "street",
    "village",
    "commune",
    "district",
    "province",
    "province_code",
    "district_code",
    "commune_code",
    "era",
    "error",
];

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("addresses: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), Box<dyn Error>> {
    let mut reader = csv::Reader::from_reader(io::stdin().lock());
    let mut writer = csv::Writer::from_writer(io::stdout().lock());
    let headers = reader.headers()?.clone();
    let column = address_column(&headers).ok_or("the CSV has no columns")?;
    writer.write_record(headers.iter().chain(ADDED))?;
    for record in reader.records() {
        let record = record?;
        let written = record.get(column).unwrap_or_default();
        writer.write_record(
            record
                .iter()
                .chain(normalized(written).iter().map(String::as_str)),
        )?;
    }
    writer.flush()?;
    Ok(())
}

/// The index of the column headed `address` or `địa chỉ`, else the last.
fn address_column(headers: &csv::StringRecord) -> Option<usize> {
    let named = headers.iter().position(|h| {
        let h = h.trim().to_lowercase();
        h == "address" || h == "địa chỉ"
    });
    named.or_else(|| headers.len().checked_sub(1))
}

/// The added columns for one address.
fn normalized(written: &str) -> [String; 12] {
    let address: Address = match written.parse() {
        Ok(a) => a,
        Err(e) => {
            let mut row: [String; 12] = Default::default();
            row[11] = e.to_string();
            return row;
        }
    };
    let name = |u: &Option<vnparse::AdminUnit>| u.as_ref().map(ToString::to_string);
    let era = address.era();
    let codes = era.map(|era| address.codes(era)).unwrap_or_default();
    let code = |c: Option<Code>| c.map(|c| c.to_string());
    [
        address.building.clone(),
        address.house_number.clone(),
        address.street.clone(),
        name(&address.village),
        name(&address.commune),
        name(&address.district),
        name(&address.province),
        code(codes.province),
        code(codes.district),
        code(codes.commune),
        era.map(|e| e.to_string()),
        None,
    ]
    .map(Option::unwrap_or_default)
}
