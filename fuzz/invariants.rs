//! The invariants the fuzz targets check, shared with `tests/replay.rs` (which runs them on the
//! committed corpora and crash reproducers on stable): each check returns what broke, and the
//! caller panics (a fuzz target) or collects it (the replay test).
//!
//! - `check_extract`: the extractor's contract on any text: spans in order, disjoint, on char
//!   boundaries; each JSON line valid JSON whose `text` is the input's slice and whose
//!   normalized fields are NFC.
//! - `check_from_str`: every public type's `FromStr` on any text; what it reads, `Display`
//!   writes in a form it reads back as the same value.
//! - `check_round_trip`: values built from raw bytes, written and read back: the same value,
//!   or refused (never another value).
//! - `check_nfc_nfd`: a text and its decomposed form give the same kinds, values and fields.

#![allow(dead_code)]

use std::fmt::{Debug, Display};
use std::str::FromStr;
use vnparse::date::{Date, DayPart, Weekday};
use vnparse::period::{Month, Quarter, Year};
use vnparse::text::compose;
use vnparse::time::Time;
use vnparse::{
    AdminUnit, Approx, DocNumber, Money, Number, Ordinal, Percent, Phone, Quantity, Ratio,
};

pub type Check = Result<(), String>;

// ---------------------------------------------------------------------------------------------
// The extractor's contract.

/// The contract of `extract` and `Entity::to_json` on `text`.
pub fn check_extract(text: &str) -> Check {
    let mut previous_end = 0;
    for (i, e) in vnparse::extract(text).iter().enumerate() {
        let (start, end) = (e.span.start, e.span.end);
        if !(start < end && end <= text.len()) {
            return Err(format!("entity {i}: bad span {start}..{end} in {text:?}"));
        }
        if !(text.is_char_boundary(start) && text.is_char_boundary(end)) {
            return Err(format!(
                "entity {i}: span {start}..{end} splits a char in {text:?}"
            ));
        }
        if start < previous_end {
            return Err(format!(
                "entity {i}: span {start}..{end} overlaps or precedes the one ending at {previous_end} in {text:?}"
            ));
        }
        previous_end = end;
        let line = e.to_json(text);
        let fields = json_object(&line).map_err(|why| format!("{why}: {line}"))?;
        let get = |name: &str| fields.iter().find(|(k, _)| k == name).map(|(_, v)| v);
        let want_text = Json::Str(text[start..end].to_string());
        let checks = [
            (
                get("kind") == Some(&Json::Str(e.kind().as_str().to_string())),
                "kind",
            ),
            (get("start") == Some(&Json::Num(start.to_string())), "start"),
            (get("end") == Some(&Json::Num(end.to_string())), "end"),
            (
                get("text") == Some(&want_text),
                "text is not input[start..end]",
            ),
            (matches!(get("value"), Some(Json::Str(_))), "value"),
        ];
        if let Some((_, what)) = checks.iter().find(|(ok, _)| !ok) {
            return Err(format!("entity {i}: {what}: {line} for {text:?}"));
        }
        for (name, value) in &fields {
            let normalized = !matches!(name.as_str(), "kind" | "start" | "end" | "text");
            match value {
                Json::Null => return Err(format!("entity {i}: null field {name}: {line}")),
                Json::Str(s) if normalized && compose(s) != *s => {
                    return Err(format!("entity {i}: field {name} is not NFC: {line}"));
                }
                _ => {}
            }
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Reading and writing every type.

/// `FromStr` of every public type on `s`; each value read is written and read back as itself.
pub fn check_from_str(s: &str) -> Check {
    read_back::<Number>(s)?;
    read_back::<Money>(s)?;
    read_back::<Percent>(s)?;
    read_back::<Quantity>(s)?;
    read_back::<Ratio>(s)?;
    read_back::<Ordinal>(s)?;
    read_back::<Approx>(s)?;
    read_back::<Phone>(s)?;
    read_back::<DocNumber>(s)?;
    read_back::<Date>(s)?;
    read_back::<Time>(s)?;
    read_back::<Month>(s)?;
    read_back::<Quarter>(s)?;
    read_back::<Year>(s)?;
    read_back::<AdminUnit>(s)?;
    let _ = s.parse::<vnparse::Address>().map(|a| a.to_string());
    if let Ok(d) = s.parse::<Date>() {
        let _ = (
            d.to_iso(),
            d.solar(),
            d.actual_weekday(),
            d.weekday_conflict(),
        );
        let _ = d.resolve((2024, 2, 29)).to_iso();
    }
    Ok(())
}

/// If `s` reads as a `T`, its written form reads back as the same value.
fn read_back<T>(s: &str) -> Check
where
    T: FromStr + Display + Debug + PartialEq,
    T::Err: Debug,
{
    let Ok(value) = s.parse::<T>() else {
        return Ok(());
    };
    same_when_read_back(&value, true).map_err(|why| format!("{why} (first read from {s:?})"))
}

/// `value` written and read back: the same value; or, unless `must_read`, refused.
fn same_when_read_back<T>(value: &T, must_read: bool) -> Check
where
    T: FromStr + Display + Debug + PartialEq,
    T::Err: Debug,
{
    let text = value.to_string();
    match text.parse::<T>() {
        Ok(again) if again == *value => Ok(()),
        Err(_) if !must_read => Ok(()),
        again => Err(format!(
            "{}: {value:?} is written {text:?}, which reads {again:?}",
            std::any::type_name::<T>()
                .rsplit("::")
                .next()
                .unwrap_or_default()
        )),
    }
}

/// Takes values from fuzzer bytes, zeros when they run out.
pub struct Bytes<'a>(&'a [u8]);

impl<'a> Bytes<'a> {
    pub fn new(data: &'a [u8]) -> Self {
        Bytes(data)
    }

    fn u8(&mut self) -> u8 {
        let (&b, rest) = self.0.split_first().unwrap_or((&0, &[]));
        self.0 = rest;
        b
    }

    fn u16(&mut self) -> u16 {
        u16::from_le_bytes([self.u8(), self.u8()])
    }

    fn i32(&mut self) -> i32 {
        i32::from_le_bytes([self.u8(), self.u8(), self.u8(), self.u8()])
    }

    fn pick<T: Copy>(&mut self, from: &[T]) -> Option<T> {
        let i = usize::from(self.u8());
        match i % (from.len() + 1) {
            0 => None,
            k => from.get(k - 1).copied(),
        }
    }

    /// A year: mostly 0 to 9999, sometimes any `i32`.
    fn year(&mut self) -> Option<i32> {
        match self.u8() % 8 {
            0 => None,
            1 => Some(self.i32()),
            _ => Some(i32::from(self.u16() % 10_000)),
        }
    }
}

const PARTS: [DayPart; 5] = [
    DayPart::Morning,
    DayPart::Noon,
    DayPart::Afternoon,
    DayPart::Evening,
    DayPart::Night,
];

/// Dates, times, months, quarters and years built from `data` through their constructors:
/// what a constructor accepts is written and read back as the same value; what it refuses
/// cannot be built (issue 10: no value that prints but does not parse back).
pub fn check_round_trip(data: &[u8]) -> Check {
    let mut b = Bytes::new(data);
    let year = b.year();
    let month = b.u8() % 14;
    let day = b.u8() % 33;
    let lunar = b.u8() % 4 == 0;
    let leap = lunar && b.u8() % 4 == 0;
    let weekday = b.pick(&Weekday::ALL);
    let part = b.pick(&PARTS);
    let date = if lunar {
        Date::lunar(year, month, day, leap)
    } else {
        Date::new(year, month, day)
    };
    if let Ok(date) = date {
        let date = weekday.map_or(Ok(date), |w| date.with_weekday(w));
        let date = date.and_then(|d| part.map_or(Ok(d), |p| d.with_part(p)));
        let date = date.map_err(|e| format!("{e}"))?;
        same_when_read_back(&date, true)?;
    }

    let hour = b.u8() % 26;
    let part = b.pick(&PARTS);
    let minute = b.u8() % 61;
    let second = if b.u8() % 2 == 0 {
        None
    } else {
        Some(b.u8() % 61)
    };
    let hour = part.map_or(hour, |p| p.to_24_hour(hour));
    if let Ok(time) = Time::new(hour, minute, second) {
        let time = part.map_or(Ok(time), |p| time.with_part(p));
        same_when_read_back(&time.map_err(|e| format!("{e}"))?, true)?;
    }

    if let Ok(month) = Month::new(b.year(), b.u8() % 14) {
        same_when_read_back(&month, true)?;
    }
    if let Ok(quarter) = Quarter::new(b.year(), b.u8() % 6) {
        same_when_read_back(&quarter, true)?;
    }
    let first = b.year().unwrap_or_default();
    if let Ok(year) = Year::span(first, first.saturating_add(i32::from(b.u8() % 120))) {
        same_when_read_back(&year, true)?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// NFC against NFD.

/// `text` composed and then decomposed by `nfd` reads the same: the same entities, kinds,
/// values and fields, and each span the same letters.
pub fn check_nfc_nfd(text: &str, nfd: fn(&str) -> String) -> Check {
    let composed = compose(text);
    let decomposed = nfd(&composed);
    let read = |t: &str| -> Vec<(String, String)> {
        vnparse::extract(t)
            .iter()
            .map(|e| {
                let line = e.to_json(t);
                let fields = json_object(&line).unwrap_or_default();
                let span = compose(&t[e.span.clone()]);
                let rest = fields
                    .into_iter()
                    .filter(|(k, _)| !matches!(k.as_str(), "start" | "end" | "text"))
                    .map(|(k, v)| format!("{k}={v:?}"))
                    .collect::<Vec<_>>()
                    .join(" ");
                (span, rest)
            })
            .collect()
    };
    let (a, b) = (read(&composed), read(&decomposed));
    if a != b {
        return Err(format!(
            "NFC {composed:?} reads\n  {a:?}\nNFD {decomposed:?} reads\n  {b:?}"
        ));
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// A strict JSON reader, enough to check one line of `extract`'s output.

/// A JSON value, its number kept as written.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Str(String),
    Num(String),
    Bool(bool),
    Null,
    Other,
}

/// The fields of the one JSON object that is all of `line`, in order.
pub fn json_object(line: &str) -> Result<Vec<(String, Json)>, String> {
    let mut p = Parser {
        s: line.as_bytes(),
        i: 0,
    };
    p.ws();
    p.eat(b'{')?;
    let mut fields = Vec::new();
    p.ws();
    if p.peek() == Some(b'}') {
        p.i += 1;
    } else {
        loop {
            p.ws();
            let key = p.string()?;
            p.ws();
            p.eat(b':')?;
            p.ws();
            let value = p.value()?;
            fields.push((key, value));
            p.ws();
            match p.next() {
                Some(b',') => continue,
                Some(b'}') => break,
                _ => return Err(format!("expected , or }} at byte {}", p.i)),
            }
        }
    }
    p.ws();
    if p.i != p.s.len() {
        return Err(format!("trailing text at byte {}", p.i));
    }
    Ok(fields)
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let b = self.peek();
        self.i += 1;
        b
    }

    fn eat(&mut self, want: u8) -> Result<(), String> {
        match self.next() {
            Some(b) if b == want => Ok(()),
            _ => Err(format!(
                "expected {:?} at byte {}",
                want as char,
                self.i - 1
            )),
        }
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn value(&mut self) -> Result<Json, String> {
        match self.peek() {
            Some(b'"') => self.string().map(Json::Str),
            Some(b'-' | b'0'..=b'9') => self.number().map(Json::Num),
            Some(b't') => self.literal("true").map(|()| Json::Bool(true)),
            Some(b'f') => self.literal("false").map(|()| Json::Bool(false)),
            Some(b'n') => self.literal("null").map(|()| Json::Null),
            Some(b'[' | b'{') => Err("nested values are not in the contract".to_string()),
            _ => Err(format!("expected a value at byte {}", self.i)),
        }
    }

    fn literal(&mut self, word: &str) -> Result<(), String> {
        if self.s[self.i..].starts_with(word.as_bytes()) {
            self.i += word.len();
            Ok(())
        } else {
            Err(format!("expected {word} at byte {}", self.i))
        }
    }

    fn number(&mut self) -> Result<String, String> {
        let start = self.i;
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        let digits = self.s[self.i..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if digits == 0 || (digits > 1 && self.peek() == Some(b'0')) {
            return Err(format!("bad number at byte {start}"));
        }
        self.i += digits;
        if matches!(self.peek(), Some(b'.' | b'e' | b'E')) {
            return Err(format!(
                "the contract's numbers are integers, at byte {start}"
            ));
        }
        Ok(String::from_utf8_lossy(&self.s[start..self.i]).into_owned())
    }

    fn string(&mut self) -> Result<String, String> {
        self.eat(b'"')?;
        let mut out = Vec::new();
        loop {
            match self.next() {
                None => return Err("unterminated string".to_string()),
                Some(b'"') => break,
                Some(b'\\') => match self.next() {
                    Some(b'"') => out.push(b'"'),
                    Some(b'\\') => out.push(b'\\'),
                    Some(b'/') => out.push(b'/'),
                    Some(b'b') => out.push(8),
                    Some(b'f') => out.push(12),
                    Some(b'n') => out.push(b'\n'),
                    Some(b'r') => out.push(b'\r'),
                    Some(b't') => out.push(b'\t'),
                    Some(b'u') => {
                        let hex = self.s.get(self.i..self.i + 4).ok_or("short \\u escape")?;
                        let hex = std::str::from_utf8(hex).map_err(|e| e.to_string())?;
                        let code = u32::from_str_radix(hex, 16).map_err(|e| e.to_string())?;
                        self.i += 4;
                        // The contract escapes only control characters this way.
                        let c = char::from_u32(code).ok_or("a surrogate in \\u escape")?;
                        let mut buf = [0; 4];
                        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                    }
                    _ => return Err(format!("bad escape at byte {}", self.i - 1)),
                },
                Some(b) if b < 0x20 => {
                    return Err(format!("raw control character at byte {}", self.i - 1))
                }
                Some(b) => out.push(b),
            }
        }
        String::from_utf8(out).map_err(|e| e.to_string())
    }
}
