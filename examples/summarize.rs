//! Reads a report (UTF-8 text) on standard input and prints a table of what it says: the
//! amounts of money it mentions, summed by currency; the counts and measures, summed by unit;
//! the dates and periods it names; and the places, with their official codes where the text
//! tells their era.
//!
//! Sums add up every amount mentioned (ranges and per-unit prices are counted apart, not
//! added): they show what a report talks about, not totals it states.
//!
//! ```text
//! cargo run --example summarize < sample/report.txt
//! ```

use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::io::{self, Read};
use std::process::ExitCode;
use vnparse::extract::{extract, Value};
use vnparse::number::Amount;

/// Amounts summed under one key: the sum of the exact ones, how many, and how many were ranges.
#[derive(Default)]
struct Sum {
    total: Option<Decimal>,
    exact: usize,
    ranges: usize,
    prices: usize,
}

impl Sum {
    fn add(&mut self, amount: Amount) {
        match amount {
            Amount::Exact(v) => {
                // An overflowing sum is shown as unknown rather than wrong.
                self.total = match (self.exact, self.total) {
                    (0, _) => Some(v),
                    (_, Some(t)) => t.checked_add(v),
                    (_, None) => None,
                };
                self.exact += 1;
            }
            Amount::Range(..) => self.ranges += 1,
        }
    }

    fn total(&self) -> String {
        match (self.exact, self.total) {
            (0, _) => "-".to_string(),
            (_, Some(t)) => Amount::Exact(t).to_string(),
            (_, None) => "too large".to_string(),
        }
    }
}

fn main() -> ExitCode {
    let mut input = Vec::new();
    if let Err(e) = io::stdin().read_to_end(&mut input) {
        eprintln!("summarize: cannot read standard input: {e}");
        return ExitCode::FAILURE;
    }
    let Ok(text) = std::str::from_utf8(&input) else {
        eprintln!("summarize: standard input is not valid UTF-8");
        return ExitCode::FAILURE;
    };
    let mut money: BTreeMap<String, Sum> = BTreeMap::new();
    let mut counts: BTreeMap<String, Sum> = BTreeMap::new();
    let mut when: Vec<(String, &str)> = Vec::new();
    let mut places: BTreeMap<String, (usize, String)> = BTreeMap::new();
    for e in extract(text) {
        let written = &text[e.span.clone()];
        match &e.value {
            Value::Money(m) => {
                let sum = money.entry(m.currency.code().to_string()).or_default();
                // `500.000 đồng/suất`: a price per unit, not an amount spent.
                let per = e.fields().iter().any(|(name, _)| *name == "per")
                    || text[e.span.end..].starts_with('/');
                if per {
                    sum.prices += 1;
                } else {
                    sum.add(m.amount);
                }
            }
            Value::Quantity(q) => counts.entry(q.unit.clone()).or_default().add(q.amount),
            Value::Date(_) | Value::Month(_) | Value::Quarter(_) | Value::Year(_) => {
                when.push((e.value_string(), written));
            }
            Value::Admin(unit) => {
                let code = unit
                    .code_and_era()
                    .map(|(code, era)| format!("{code} ({era})"))
                    .unwrap_or_default();
                let entry = places.entry(unit.to_string()).or_insert((0, code));
                entry.0 += 1;
            }
            _ => {}
        }
    }
    println!("Money (sum of the amounts mentioned)");
    println!(
        "{:<10} {:>28} {:>8} {:>8} {:>8}",
        "currency", "sum", "amounts", "ranges", "prices"
    );
    for (currency, sum) in &money {
        println!(
            "{currency:<10} {:>28} {:>8} {:>8} {:>8}",
            sum.total(),
            sum.exact,
            sum.ranges,
            sum.prices
        );
    }
    println!();
    println!("Counts and measures");
    println!(
        "{:<24} {:>16} {:>8} {:>8}",
        "unit", "sum", "mentions", "ranges"
    );
    for (unit, sum) in &counts {
        println!(
            "{unit:<24} {:>16} {:>8} {:>8}",
            sum.total(),
            sum.exact,
            sum.ranges
        );
    }
    println!();
    println!("Dates and periods");
    for (value, written) in &when {
        println!("{value:<24} {written}");
    }
    println!();
    println!("Places");
    println!("{:<32} {:>8} code", "unit", "mentions");
    for (unit, (mentions, code)) in &places {
        println!("{unit:<32} {mentions:>8} {code}");
    }
    ExitCode::SUCCESS
}
