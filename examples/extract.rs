//! Reads UTF-8 text on standard input and prints every entity as one JSON object a line, in the
//! form of the entity contract: `kind`, `start`, `end`, `text`, `value`, and the optional fields
//! that apply.
//!
//! ```text
//! cargo run --release --example extract < sample/report.txt
//! ```

use std::io::{self, BufWriter, Read, Write};
use std::process::ExitCode;
use vnparse::extract::{extract, Entity, Field};

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
        if let Err(e) = writeln!(out, "{}", json_line(text, &entity)) {
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

/// One entity as a JSON object.
fn json_line(text: &str, entity: &Entity) -> String {
    let span = &entity.span;
    let mut line = format!(
        "{{\"kind\":\"{}\",\"start\":{},\"end\":{},\"text\":{},\"value\":{}",
        entity.kind().as_str(),
        span.start,
        span.end,
        json_string(text.get(span.clone()).unwrap_or_default()),
        json_string(&entity.value_string()),
    );
    for (name, field) in entity.fields() {
        match field {
            Field::Text(s) => line.push_str(&format!(",\"{name}\":{}", json_string(&s))),
            Field::Int(n) => line.push_str(&format!(",\"{name}\":{n}")),
        }
    }
    line.push('}');
    line
}

/// `s` as a JSON string literal.
fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
