//! The extractor: every entity of a text, with its byte span, in order, never overlapping.
//!
//! # How it scans
//!
//! Most of a text is words that start no entity. The scanner walks the text once, token by
//! token, and stops only where an entity can start: at digits that are not glued to a word
//! (`Covid-19`, `HP22` are skipped), at `+`, `(`, `$` and other currency signs, and at the few
//! words that open an entity (qualifiers such as `trên`, number words, `lần`, `khóa`, …: the
//! *triggers*). There every reader of a kind that can start there is tried, and the longest
//! reading wins (on a tie, the more specific kind: a `money` over a `number`). The scan then
//! goes on after it. Nothing is allocated per token; a word is folded (see [`crate::text`]) on
//! the stack to look it up among the triggers, and the last folds of words with marks are kept,
//! so that the readers tried at one place do not fold the same words again.
//!
//! The scanner and the entity types are here; `triggers` lists where entities may start,
//! `amount` reads the amount at a place once and keeps only the readers whose marker follows
//! it, `registry` is the table of every reader (where it may start, its reading and the rules
//! of context that belong to it, tried in order), `context` holds those rules, `coordination`
//! what an entity borrows from its neighbours, `plain` the readers the extractor owns (plain
//! numbers, counts of nouns the lexicon lacks), `echo` the claims echoed in text that repeats
//! itself (a place a period on from a place claimed, in a long enough repeat, reads as it),
//! and `stream` the reading of any [`std::io::BufRead`] in bounded memory
//! ([`Extractor::stream`]).
//!
//! Context decides what no single reader can: a number after a label (`Điều 5`, `nhóm 1`) is a
//! plain number even before a noun; a single number word is read only when it counts something
//! (`ba lần`) or carries a scale (`năm triệu`), and `một` before a noun only under a qualifier
//! (`ít nhất một huyện`), since it is mostly the article "a".
//!
//! ```
//! use vnparse::extract::{extract, Kind};
//! let text = "Tổng số tiền 810 triệu đồng, đạt 100% chỉ tiêu cho 10/10 phường.";
//! let found: Vec<(Kind, &str, String)> = extract(text)
//!     .into_iter()
//!     .map(|e| (e.kind(), &text[e.span.clone()], e.value_string()))
//!     .collect();
//! assert_eq!(found, vec![
//!     (Kind::Money, "810 triệu đồng", "810000000".to_string()),
//!     (Kind::Percent, "100%", "100".to_string()),
//!     (Kind::Ratio, "10/10 phường", "10/10".to_string()),
//! ]);
//! ```

use crate::admin::{admin, AdminType, AdminUnit};
use crate::date::{kept_raw_date, Calendar, Date, RawDate};
use crate::docnum::{docnum, DocNumber};
use crate::money::{money, Money};
use crate::number::{approx_phrase, is_number_word, marked, range_follows, Amount, Approx};
use crate::ordinal::{ordinal, Ordinal};
use crate::percent::{percent, Percent};
use crate::period::{month, quarter, year, Month, Quarter, Year};
use crate::phone::{phone, Phone};
use crate::quantity::{names_a_point_in_time, quantity, ratio, Quantity, Ratio, Units};
use crate::text::{fold_hash, is_capitalized, is_word_char, space1, split_word, word_in, WordSet};
use crate::time::{time, Time};
use rust_decimal::Decimal;
use std::ops::Range;
use std::sync::OnceLock;

mod amount;
mod capitals;
mod context;
mod coordination;
mod echo;
mod options;
mod plain;
mod registry;
mod stream;
mod triggers;

pub use options::{AdminEra, ExtractorBuilder};
pub use stream::{Found, FoundRef, Stream};

use amount::*;
use context::*;
use coordination::*;
use plain::*;
use registry::*;
use triggers::readers::*;
use triggers::*;

/// The kinds of entity, as the entity contract names them.
///
/// ```
/// use vnparse::extract::Kind;
/// let kinds: Vec<Kind> = vnparse::extract("Ngày 10/3, giá tăng 5%").iter().map(|e| e.kind()).collect();
/// assert_eq!(kinds, [Kind::Date, Kind::Percent]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Kind {
    /// A number that is part of no other entity.
    Number,
    /// `lần thứ IV`, `Đại hội XIII`.
    Ordinal,
    /// An amount with a currency.
    Money,
    /// A percentage.
    Percent,
    /// A number counting or measuring a noun.
    Quantity,
    /// `1.328 /900 hộ`.
    Ratio,
    /// A calendar day.
    Date,
    /// A time of day.
    Time,
    /// A month.
    Month,
    /// A quarter.
    Quarter,
    /// A year or a span of years.
    Year,
    /// An administrative unit.
    Admin,
    /// A telephone number.
    Phone,
    /// An official document number.
    DocNum,
    /// An address, one entity (only when asked for: see [`Extractor::builder`]).
    Address,
}

impl Kind {
    /// The start of an entity's JSON line, up to its `start`: one copy for what is the same
    /// in every line of a kind.
    fn json_opening(self) -> &'static str {
        match self {
            Kind::Number => r#"{"kind":"number","start":"#,
            Kind::Ordinal => r#"{"kind":"ordinal","start":"#,
            Kind::Money => r#"{"kind":"money","start":"#,
            Kind::Percent => r#"{"kind":"percent","start":"#,
            Kind::Quantity => r#"{"kind":"quantity","start":"#,
            Kind::Ratio => r#"{"kind":"ratio","start":"#,
            Kind::Date => r#"{"kind":"date","start":"#,
            Kind::Time => r#"{"kind":"time","start":"#,
            Kind::Month => r#"{"kind":"month","start":"#,
            Kind::Quarter => r#"{"kind":"quarter","start":"#,
            Kind::Year => r#"{"kind":"year","start":"#,
            Kind::Admin => r#"{"kind":"admin","start":"#,
            Kind::Phone => r#"{"kind":"phone","start":"#,
            Kind::DocNum => r#"{"kind":"docnum","start":"#,
            Kind::Address => r#"{"kind":"address","start":"#,
        }
    }

    /// The contract's name of the kind: `number`, `money`, …
    ///
    /// ```
    /// use vnparse::extract::Kind;
    /// assert_eq!(Kind::DocNum.as_str(), "docnum");
    /// assert_eq!(vnparse::extract("27 tỉ đồng")[0].kind().as_str(), "money");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Number => "number",
            Kind::Ordinal => "ordinal",
            Kind::Money => "money",
            Kind::Percent => "percent",
            Kind::Quantity => "quantity",
            Kind::Ratio => "ratio",
            Kind::Date => "date",
            Kind::Time => "time",
            Kind::Month => "month",
            Kind::Quarter => "quarter",
            Kind::Year => "year",
            Kind::Admin => "admin",
            Kind::Phone => "phone",
            Kind::DocNum => "docnum",
            Kind::Address => "address",
        }
    }
}

/// The typed value of an entity.
///
/// ```
/// use vnparse::extract::Value;
/// use vnparse::Currency;
/// let found = vnparse::extract("chi 1,5 tỷ đồng");
/// match &found[0].value {
///     Value::Money(m) => assert_eq!((m.amount.to_plain(), m.currency), ("1500000000".into(), Currency::Vnd)),
///     other => panic!("not money: {other:?}"),
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Value {
    /// A plain number, maybe qualified.
    Number {
        /// Its value, or a range (`tăng 5-7`).
        value: Amount,
        /// Its qualifier, if any.
        approx: Option<Approx>,
    },
    /// An ordinal.
    Ordinal(Ordinal),
    /// Money.
    Money(Money),
    /// A percentage.
    Percent(Percent),
    /// A quantity.
    Quantity(Quantity),
    /// A ratio.
    Ratio(Ratio),
    /// A calendar day.
    Date(Date),
    /// A time of day.
    Time(Time),
    /// A month.
    Month(Month),
    /// A quarter.
    Quarter(Quarter),
    /// A year or span of years.
    Year(Year),
    /// An administrative unit.
    Admin(AdminUnit),
    /// A phone number.
    Phone(Phone),
    /// A document number.
    DocNum(DocNumber),
    /// An address, with the era its codes are of, when known.
    Address {
        /// The address (boxed: it is the largest value by far).
        address: Box<crate::address::Address>,
        /// The era of its codes.
        era: Option<crate::gazetteer::Era>,
    },
}

/// An optional field of an entity, as the contract writes it.
///
/// ```
/// use vnparse::extract::Field;
/// let found = vnparse::extract("Thứ sáu, 10/03/2023");
/// assert_eq!(found[0].fields(), [("weekday", Field::Int(5))]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    /// A string field (`unit`, `approx`, …).
    Text(String),
    /// An integer field (`weekday`).
    Int(i64),
}

/// A field of an entity as [`Entity::each_field`] gives it: text borrowed from the value, a
/// value to show, or an integer.
enum FieldRef<'a> {
    Text(&'a str),
    Shown(&'a dyn std::fmt::Display),
    Int(i64),
}

/// An entity found in a text: where it is and what it means.
///
/// ```
/// let text = "Xã có 54.205 đối tượng";
/// let e = &vnparse::extract(text)[0];
/// assert_eq!(&text[e.span.clone()], "54.205 đối tượng");
/// assert_eq!(e.value_string(), "54205");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// Its byte span in the text, end exclusive.
    pub span: Range<usize>,
    /// Its value.
    pub value: Value,
}

impl Entity {
    /// Its kind.
    ///
    /// ```
    /// use vnparse::extract::Kind;
    /// assert_eq!(vnparse::extract("lúc 17:15:19")[0].kind(), Kind::Time);
    /// ```
    pub fn kind(&self) -> Kind {
        match self.value {
            Value::Number { .. } => Kind::Number,
            Value::Ordinal(_) => Kind::Ordinal,
            Value::Money(_) => Kind::Money,
            Value::Percent(_) => Kind::Percent,
            Value::Quantity(_) => Kind::Quantity,
            Value::Ratio(_) => Kind::Ratio,
            Value::Date(_) => Kind::Date,
            Value::Time(_) => Kind::Time,
            Value::Month(_) => Kind::Month,
            Value::Quarter(_) => Kind::Quarter,
            Value::Year(_) => Kind::Year,
            Value::Admin(_) => Kind::Admin,
            Value::Phone(_) => Kind::Phone,
            Value::DocNum(_) => Kind::DocNum,
            Value::Address { .. } => Kind::Address,
        }
    }

    /// The normalized value as the contract writes it: `1337000000`, `5..7`, `+842993822339`.
    ///
    /// ```
    /// let found = vnparse::extract("1.337 triệu đồng, tăng 5-7 lần");
    /// let values: Vec<String> = found.iter().map(|e| e.value_string()).collect();
    /// assert_eq!(values, ["1337000000", "5..7"]);
    /// ```
    pub fn value_string(&self) -> String {
        match &self.value {
            Value::Number { value, .. } => value.to_plain(),
            Value::Ordinal(o) => o.value().to_string(),
            Value::Money(m) => m.amount.to_plain(),
            Value::Percent(p) => p.amount.to_plain(),
            Value::Quantity(q) => q.amount.to_plain(),
            Value::Ratio(r) => r.to_plain(),
            Value::Date(d) => d.to_iso(),
            Value::Time(t) => t.to_iso(),
            Value::Month(m) => m.to_iso(),
            Value::Quarter(q) => q.to_iso(),
            Value::Year(y) => y.to_plain(),
            Value::Admin(a) => a.to_string(),
            Value::Phone(p) => p.e164(),
            Value::DocNum(d) => d.to_string(),
            Value::Address { address, .. } => address.to_string(),
        }
    }

    /// The entity as one line of the contract's JSON Lines, as `examples/extract` prints it:
    /// `kind`, `start`, `end`, `text` (the slice of `text` it spans), `value`, then the optional
    /// fields that apply.
    ///
    /// ```
    /// let text = "tăng 7,22%";
    /// let e = &vnparse::extract(text)[0];
    /// assert_eq!(
    ///     e.to_json(text),
    ///     r#"{"kind":"percent","start":6,"end":11,"text":"7,22%","value":"7.22"}"#
    /// );
    /// ```
    pub fn to_json(&self, text: &str) -> String {
        let mut line = String::with_capacity(128);
        let spanned = text.get(self.span.clone()).unwrap_or_default();
        self.write_json(&mut line, self.span.clone(), spanned);
        line
    }

    /// Appends the JSON line (with no line break) to `line`, with `span` as its `start` and
    /// `end` and `spanned` as its `text`: one buffer, no string per field.
    pub(crate) fn write_json(&self, line: &mut String, span: Range<usize>, spanned: &str) {
        use std::fmt::Write;
        // (Where entities are dense, as in `1 1 1 …`, the line is most of the work: it is
        // written in as few copies as it can be, the opening whole for each kind.)
        line.push_str(self.kind().json_opening());
        push_offset(line, span.start);
        line.push_str(",\"end\":");
        push_offset(line, span.end);
        line.push_str(",\"text\":");
        push_json_string(line, spanned);
        // A whole amount (most values) is written digit by digit, as its plain form reads,
        // with no string made for it.
        match self.whole_amount().and_then(plain_integer) {
            Some((negative, magnitude)) => {
                line.push_str(if negative {
                    ",\"value\":\"-"
                } else {
                    ",\"value\":\""
                });
                push_integer(line, magnitude);
                line.push('"');
            }
            // Normalized fields are NFC whatever the input's form; `text` is as written.
            None => {
                line.push_str(",\"value\":");
                push_normalized(line, &self.value_string());
            }
        }
        self.each_field(&mut |name, field| {
            line.push_str(",\"");
            line.push_str(name);
            line.push_str("\":");
            match field {
                FieldRef::Text(s) => push_normalized(line, s),
                FieldRef::Shown(v) => push_normalized(line, &v.to_string()),
                FieldRef::Int(n) => {
                    let _ = write!(line, "{n}");
                }
            }
        });
        // A weekday the date does not fall on: the one boolean field of the contract.
        if matches!(&self.value, Value::Date(d) if d.weekday_conflict()) {
            line.push_str(",\"weekday_conflict\":true");
        }
        line.push('}');
    }

    /// The value of an entity whose value is one amount (not a range), if it is.
    fn whole_amount(&self) -> Option<Decimal> {
        let amount = match &self.value {
            Value::Number { value, .. } => value,
            Value::Money(m) => &m.amount,
            Value::Percent(p) => &p.amount,
            Value::Quantity(q) => &q.amount,
            _ => return None,
        };
        match amount {
            Amount::Exact(v) => Some(*v),
            Amount::Range(..) => None,
        }
    }

    /// The optional fields that apply, in the contract's names (`unit`, `approx`, …).
    ///
    /// ```
    /// use vnparse::extract::Field;
    /// let e = &vnparse::extract("khoảng 1,5 tỷ đồng")[0];
    /// assert_eq!(
    ///     e.fields(),
    ///     [("unit", Field::Text("VND".into())), ("approx", Field::Text("about".into()))]
    /// );
    /// ```
    pub fn fields(&self) -> Vec<(&'static str, Field)> {
        let mut fields = Vec::new();
        self.each_field(&mut |name, field| {
            let field = match field {
                FieldRef::Text(s) => Field::Text(normalized(s).into_owned()),
                FieldRef::Shown(v) => Field::Text(normalized(&v.to_string()).into_owned()),
                FieldRef::Int(n) => Field::Int(n),
            };
            fields.push((name, field));
        });
        fields
    }

    /// Each field of [`Entity::fields`], in order, as borrowed text where the value has it:
    /// `write_json` writes them with no string made for each.
    fn each_field(&self, out: &mut dyn FnMut(&'static str, FieldRef<'_>)) {
        fn approx(out: &mut dyn FnMut(&'static str, FieldRef<'_>), a: Option<Approx>) {
            if let Some(a) = a {
                out("approx", FieldRef::Text(a.as_str()));
            }
        }
        match &self.value {
            Value::Number { approx: a, .. } => approx(out, *a),
            Value::Money(m) => {
                out("unit", FieldRef::Text(m.currency.code()));
                approx(out, m.approx);
                if let Some(per) = &m.per {
                    out("per", FieldRef::Text(per));
                }
            }
            Value::Percent(p) => approx(out, p.approx),
            Value::Quantity(q) => {
                out("unit", FieldRef::Text(&q.unit));
                approx(out, q.approx);
            }
            Value::Ratio(r) => {
                if let Some(unit) = &r.unit {
                    out("unit", FieldRef::Text(unit));
                }
            }
            Value::Date(d) => {
                if let Some(w) = d.weekday {
                    out("weekday", FieldRef::Int(i64::from(w.iso())));
                }
                if let Some(p) = d.part {
                    out("part", FieldRef::Text(p.as_str()));
                }
                if d.calendar == Calendar::Lunar {
                    out("calendar", FieldRef::Text("lunar"));
                }
                if let Some(h) = d.holiday {
                    out("holiday", FieldRef::Text(h.name()));
                }
                // A lunar date whose year is known: the solar day it falls on.
                if let (Calendar::Lunar, Some((y, m, day))) = (d.calendar, d.solar()) {
                    out("solar", FieldRef::Text(&format!("{y:04}-{m:02}-{day:02}")));
                }
            }
            Value::Admin(a) => {
                out("type", FieldRef::Text(a.kind.word()));
                out("name", FieldRef::Text(&a.name));
                out("level", FieldRef::Text(a.level.as_str()));
                if let Some((code, era)) = a.code_and_era() {
                    out("code", FieldRef::Shown(&code));
                    out("era", FieldRef::Text(era.as_str()));
                }
            }
            Value::Time(t) => {
                if let Some(p) = t.part {
                    out("part", FieldRef::Text(p.as_str()));
                }
            }
            Value::Address { address, era } => {
                for (name, field) in options::address_fields(address, *era) {
                    match field {
                        Field::Text(s) => out(name, FieldRef::Text(&s)),
                        Field::Int(n) => out(name, FieldRef::Int(n)),
                    }
                }
            }
            Value::Ordinal(_)
            | Value::Month(_)
            | Value::Quarter(_)
            | Value::Year(_)
            | Value::Phone(_)
            | Value::DocNum(_) => {}
        }
    }
}

/// A whole number other than zero as its plain form writes it (see `crate::number::plain`):
/// its sign, and its digits as an integer; `None` for zero or a number with decimals.
fn plain_integer(value: Decimal) -> Option<(bool, u128)> {
    // (Most amounts are read with no scale: nothing to normalize.)
    let normal = if value.scale() == 0 {
        value
    } else {
        value.normalize()
    };
    (!normal.is_zero() && normal.scale() == 0)
        .then(|| (normal.is_sign_negative(), normal.mantissa().unsigned_abs()))
}

/// Appends the decimal digits of an offset.
fn push_offset(out: &mut String, n: usize) {
    out.push_str(itoa::Buffer::new().format(n));
}

/// Appends the decimal digits of `n`.
fn push_integer(out: &mut String, n: u128) {
    // (itoa writes two digits a step, and a u128 below 2^64 as a u64: the offsets and amounts
    // of an entity a line were a sixth of the run where entities are dense.)
    out.push_str(itoa::Buffer::new().format(n));
}

/// `s` as a JSON string literal.
#[cfg(test)]
fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    push_json_string(&mut out, s);
    out
}

/// Appends `s` written as a normalized field is (see [`normalized`]), as a JSON string literal.
fn push_normalized(out: &mut String, s: &str) {
    push_json_string(out, &normalized(s));
}

/// `s` as a normalized field (`value`, `unit`, `per`, `name`, `type`) is written whatever the
/// input's form: composed (NFC), its spaces one ASCII space each (`đô la` written with no-break
/// or doubled spaces is `đô la`), and the look-alike `Ð`, `ð` (eth) written `Đ`, `đ`, as they
/// are read. A text with no combining mark (their bytes begin CC or CD), no space but single
/// ASCII ones and no look-alike is normal already, and borrowed.
fn normalized(s: &str) -> std::borrow::Cow<'_, str> {
    let odd = !is_normal(s);
    if odd {
        let single = s
            .split(crate::text::is_space)
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
            .replace('Ð', "Đ")
            .replace('ð', "đ");
        std::borrow::Cow::Owned(crate::text::compose(&single))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// Whether `s` is a normalized field already (see [`normalized`]): in one pass over its
/// bytes, no tab, doubled space or other space, no combining mark (bytes CC, CD) and no
/// look-alike `Ð`, `ð` (C3 90, C3 B0). The letters of Vietnamese (C3 and E1 bytes) are normal.
fn is_normal(s: &str) -> bool {
    let bytes = s.as_bytes();
    let at = |i: usize| bytes.get(i).copied().unwrap_or_default();
    let mut previous = 0_u8;
    for (i, &b) in bytes.iter().enumerate() {
        let (next, after) = (at(i.saturating_add(1)), at(i.saturating_add(2)));
        let odd = match b {
            b'\t' | 0xCC | 0xCD => true,
            b' ' => previous == b' ',
            // No-break space, U+00A0.
            0xC2 => next == 0xA0,
            0xC3 => matches!(next, 0x90 | 0xB0),
            // U+2000–U+200A, U+202F, U+205F.
            0xE2 => {
                next == 0x80 && matches!(after, 0x80..=0x8A | 0xAF) || next == 0x81 && after == 0x9F
            }
            // U+3000.
            0xE3 => next == 0x80 && after == 0x80,
            _ => false,
        };
        if odd {
            return false;
        }
        previous = b;
    }
    true
}

/// Appends `s` as a JSON string literal, copying the runs that need no escape whole.
fn push_json_string(out: &mut String, s: &str) {
    // (Most texts need no escape: they are copied whole.)
    if !s.bytes().any(|b| b < 0x20 || b == b'"' || b == b'\\') {
        out.reserve(s.len().saturating_add(2));
        out.push('"');
        out.push_str(s);
        out.push('"');
        return;
    }
    out.push('"');
    let mut from = 0;
    for (i, b) in s.bytes().enumerate() {
        let escape = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0..0x20 => "",
            _ => continue,
        };
        out.push_str(s.get(from..i).unwrap_or_default());
        if escape.is_empty() {
            use std::fmt::Write;
            let _ = write!(out, "\\u{:04x}", b);
        } else {
            out.push_str(escape);
        }
        from = i.saturating_add(1);
    }
    out.push_str(s.get(from..).unwrap_or_default());
    out.push('"');
}

/// Finds entities in text; holds the lexicon of counted nouns and the options of
/// [`Extractor::builder`] (the kinds yielded, a reference date, the era of unit codes, addresses
/// as one entity, with the fields an `address` has).
///
/// ```
/// use vnparse::{Extractor, Units};
/// let extractor = Extractor::new().with_units(Units::builtin().with(&["con mèo"]));
/// let found = extractor.extract("nuôi 3 con mèo");
/// assert_eq!(found[0].value_string(), "3");
/// ```
#[derive(Debug, Clone)]
pub struct Extractor {
    units: Units,
    options: options::Options,
}

impl Default for Extractor {
    fn default() -> Self {
        Extractor::new()
    }
}

/// Extracts with the built-in lexicon: every entity of `text`, in order.
///
/// ```
/// let found = vnparse::extract("Ngày 10/03/2023, huyện Gia Viễn chi 27 tỉ đồng");
/// let kinds: Vec<&str> = found.iter().map(|e| e.kind().as_str()).collect();
/// assert_eq!(kinds, ["date", "admin", "money"]);
/// ```
pub fn extract(text: &str) -> Vec<Entity> {
    static DEFAULT: OnceLock<Extractor> = OnceLock::new();
    DEFAULT.get_or_init(Extractor::new).extract(text)
}

/// Whether a scan echoes the claims of a stretch of text that repeats itself (see `echo`).
#[derive(Clone, Copy)]
enum Echoes {
    Kept,
    #[cfg_attr(not(test), allow(dead_code))]
    Unused,
}

/// A reading of an entity at one position: where it ends and what it is.
struct Reading {
    end: usize,
    value: Value,
}

impl Extractor {
    /// An extractor with the built-in lexicon of counted nouns.
    ///
    /// ```
    /// let found = vnparse::Extractor::new().extract("có 12 hộ nghèo");
    /// assert_eq!(found[0].value_string(), "12");
    /// ```
    pub fn new() -> Self {
        Extractor {
            units: Units::shared().clone(),
            options: options::Options::default(),
        }
    }

    /// This extractor with `units` as its lexicon of counted nouns.
    ///
    /// ```
    /// use vnparse::{Extractor, Units};
    /// let farm = Extractor::new().with_units(Units::builtin().with(&["lồng bè"]));
    /// assert_eq!(farm.extract("12 lồng bè")[0].kind().as_str(), "quantity");
    /// ```
    pub fn with_units(mut self, units: Units) -> Self {
        self.units = units;
        self
    }
}

// The scan. Its positions are byte offsets into `text`, and every length added to one is of
// a part of `text` after it: no sum comes near `usize::MAX`, so each is a `saturating_add`
// that never saturates (and each length taken from a tail of `text` a `saturating_sub`).
impl Extractor {
    /// Every entity of `text`, in order of position, none overlapping.
    ///
    /// ```
    /// let text = "tăng 7,22% so với quý II/2023";
    /// let found = vnparse::Extractor::new().extract(text);
    /// let spans: Vec<&str> = found.iter().map(|e| &text[e.span.clone()]).collect();
    /// assert_eq!(spans, ["7,22%", "quý II/2023"]);
    /// ```
    pub fn extract(&self, text: &str) -> Vec<Entity> {
        self.scan(text, Echoes::Kept, Vec::new())
    }

    /// [`Extractor::extract`] into `found`'s room, cleared first: a caller reading many pieces
    /// keeps one allocation (where entities are dense, a piece's worth is megabytes, and fresh
    /// pages for each piece were a tenth of the run).
    pub(crate) fn extract_into(&self, text: &str, found: Vec<Entity>) -> Vec<Entity> {
        self.scan(text, Echoes::Kept, found)
    }

    /// [`Extractor::extract`], echoing claims in stretches that repeat themselves or not (the
    /// tests compare the two): the text as written, then each line written in capitals read
    /// again in lower case (see `capitals`).
    fn scan(&self, text: &str, echoes: Echoes, found: Vec<Entity>) -> Vec<Entity> {
        let found = self.scan_as_written(text, echoes, found);
        self.read_lines_in_capitals(text, echoes, found)
    }

    /// `found`, the entities of `text` as written, with those of each line written in
    /// capitals read again from the line in lower case, the names of units aside (see
    /// `capitals::merged`). Most texts have no such line, and `found` is returned as it is.
    fn read_lines_in_capitals(
        &self,
        text: &str,
        echoes: Echoes,
        found: Vec<Entity>,
    ) -> Vec<Entity> {
        let mut lines = Vec::new();
        let mut start = 0_usize;
        for line in text.split_inclusive('\n') {
            let end = start.saturating_add(line.len());
            if capitals::in_capitals(line) {
                lines.push((start..end, line));
            }
            start = end;
        }
        if lines.is_empty() {
            return found;
        }
        let mut read = Vec::with_capacity(found.len());
        let mut as_written = found.into_iter().peekable();
        for (range, line) in lines {
            read.extend(std::iter::from_fn(|| {
                as_written.next_if(|e| e.span.start < range.start)
            }));
            // (What was read of the line as written is read again: passed over.)
            while as_written.next_if(|e| e.span.start < range.end).is_some() {}
            let at_the_line = |rewritten: String| -> Vec<Entity> {
                self.scan_as_written(&rewritten, echoes, Vec::new())
                    .into_iter()
                    .filter_map(|e| {
                        let start = e.span.start.checked_add(range.start)?;
                        let end = e.span.end.checked_add(range.start)?;
                        Some(Entity {
                            span: start..end,
                            value: e.value,
                        })
                    })
                    .collect()
            };
            let low = at_the_line(capitals::lowered(line));
            let named = at_the_line(capitals::capitalized(line));
            read.extend(capitals::merged(low, named));
        }
        read.extend(as_written);
        read
    }

    /// [`Extractor::scan`] of the text as written.
    fn scan_as_written(&self, text: &str, echoes: Echoes, mut found: Vec<Entity>) -> Vec<Entity> {
        // The readers at one place read the same amount and date: each is read once (see
        // `memo`).
        let _kept = crate::memo::Scope::enter(text);
        found.clear();
        let bytes = text.as_bytes();
        let mut pos = 0;
        let mut words_ahead = WordsAhead::default();
        let mut echo = echo::Echo::default();
        while let Some(&b) = bytes.get(pos) {
            // A space starts nothing: the most common byte, passed over first.
            if b == b' ' {
                pos = pos.saturating_add(1);
                continue;
            }
            // In a stretch that repeats itself, a place of digits reads as the one a period
            // before it, which readers it calls for too (see `echo`).
            let echoed = match echoes {
                Echoes::Kept if b.is_ascii_digit() => echo.digits(text, pos, &found),
                _ => None,
            };
            if let Some(echoed) = echoed {
                let found_one = echoed.reading.is_some();
                if let Some(reading) = echoed.reading {
                    found.push(Entity {
                        span: pos..reading.end,
                        value: reading.value,
                    });
                }
                echo.record(pos, echoed.mask, echoed.next, &found, found_one);
                // And the periods after it, while the text repeats.
                let next = echo.repeat_periods(text, pos, echoed.next, &mut found);
                pos = crate::text::ceil_char_boundary(text, next.max(pos.saturating_add(1)));
                continue;
            }
            // `ngày 14,15,16 tháng 5`: after a day of a list, the next day is not glued to it.
            let after_day = b.is_ascii_digit()
                && found.last().is_some_and(|e: &Entity| {
                    matches!(e.value, Value::Date(_)) && text.get(e.span.end..pos) == Some(",")
                });
            // Where to go on if nothing reads here: a position, or (for digits) the end of the
            // numeric token after the digits ending at the position given.
            let (mask, on_failure) = match self.candidate(text, pos, b, after_day) {
                // A year's cue and the words after it (`năm`, `năm Giáp Ngọ (1954)`) read
                // only up to digits.
                Candidate::Try(skip, mask)
                    if mask & YEAR != 0
                        && !b.is_ascii_digit()
                        && !words_ahead.reach_digits(text, pos)
                        && !digit_word_after(text, skip) =>
                {
                    (mask & !YEAR, Ok(skip))
                }
                Candidate::Try(skip, mask) => (mask, Ok(skip)),
                Candidate::Digits(digits_end) => (DIGITS, Err(digits_end)),
                Candidate::Skip(skip) => (0, Ok(skip)),
            };
            // (In a stretch that repeats itself, the claim one period before is echoed: see
            // `echo`.)
            let claimed = (mask != 0)
                .then(|| {
                    let echoed = match echoes {
                        Echoes::Kept => echo.reading(text, pos, mask, &found),
                        Echoes::Unused => None,
                    };
                    echoed.unwrap_or_else(|| self.claim(text, pos, mask, found.last()))
                })
                .flatten();
            let found_one = claimed.as_ref().is_some_and(|r| r.end > pos);
            let next = match claimed {
                Some(reading) if reading.end > pos => {
                    let end = reading.end;
                    found.push(Entity {
                        span: pos..end,
                        value: reading.value,
                    });
                    end
                }
                // Where nothing reads digits, the whole numeric token is passed over:
                // `31/02/2023` is no date, and `02/2023` inside it no ratio.
                // A numeral too large to read is passed over whole, its space groups too: no
                // tail of it (`228 162 …` in `79 228 162 …`) is a number.
                _ => on_failure.unwrap_or_else(|digits_end| {
                    let numeral = text.get(pos..).map_or(0, crate::number::numeral_extent);
                    numeric_token_end(text, digits_end).max(pos.saturating_add(numeral))
                }),
            };
            let next = if mask != 0 {
                echo.record(pos, mask, next, &found, found_one);
                // Where this claim was echoed, the periods after it, while the text repeats.
                echo.repeat_periods(text, pos, next, &mut found)
            } else {
                echo.pass();
                next
            };
            pos = crate::text::ceil_char_boundary(text, next.max(pos.saturating_add(1)));
        }
        self.coordinate(text, &mut found);
        self.options.apply(text, found)
    }

    /// What the entities found tell each other (see `coordination`): each pass reads the
    /// entities of one kind with their neighbours, so a pass whose kind was not found is not
    /// made. (Where entities are dense, as in `1 1 1 …`, each pass was a walk over many
    /// megabytes of them.)
    fn coordinate(&self, text: &str, found: &mut Vec<Entity>) {
        let kinds: options::Kinds = found.iter().map(Entity::kind).collect();
        if kinds.contains(Kind::Admin) {
            units_sharing_a_type(&self.units, text, found);
            resolve_by_neighbours(text, found);
            let admins = found.iter_mut().filter_map(|e| match &mut e.value {
                Value::Admin(unit) => Some((e.span.clone(), unit)),
                _ => None,
            });
            crate::admin::infer_eras(text, admins);
        }
        if kinds.contains(Kind::Date) {
            lunar_for_the_pair(text, found);
        }
        if kinds.contains(Kind::Time) {
            part_before_from(text, found);
            part_across_a_span_of_hours(text, found);
        }
        if kinds.contains(Kind::Date) {
            lunar_year_from_its_solar_day(text, found);
            holiday_only_where_named(text, found);
        }
        if kinds.contains(Kind::Money) {
            currency_along_the_list(text, found);
        }
        if kinds.contains(Kind::Quantity) || kinds.contains(Kind::Percent) {
            measure_of_a_change(text, found);
        }
    }

    /// Whether an entity may start at `pos`, and where the token there ends.
    fn candidate(&self, text: &str, pos: usize, b: u8, after_day: bool) -> Candidate {
        // `pos` is a character boundary of `text`, with the byte `b` there (see `extract`).
        let (before, rest) = text.split_at_checked(pos).unwrap_or((text, ""));
        // The place `len` bytes into `rest`.
        let ahead = |len: usize| pos.saturating_add(len);
        if b.is_ascii_digit() {
            if let Some(plate) = licence_plate_len(rest) {
                return Candidate::Skip(ahead(plate));
            }
            if let Some(spec) = memory_and_storage_len(before, rest) {
                return Candidate::Skip(ahead(spec));
            }
            // `5,8 lít/100 km`, `30.000 đồng/1 kg`: a measure after a unit and a slash is the
            // base a rate is given for, no amount of its own (`3 người/4 hộ` sets two counts
            // against each other).
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            // (Not a second size of the unit before, `12GB/256GB`: a rate is of two units.)
            let unit_before = before
                .strip_suffix('/')
                .filter(|unit| unit.ends_with(is_word_char))
                .map(|unit| {
                    let letters = unit.trim_end_matches(is_word_char);
                    // (Composed, as the measure read after it is: `giờ/2126 giờ` decomposed
                    // names the same unit twice.)
                    crate::text::compose(unit.get(letters.len()..).unwrap_or_default())
                        .to_lowercase()
                });
            // (Nor a size of data after another, `16GB/1TB SSD`: memory and storage.)
            let data = |unit: &str| crate::quantity::DATA_SIZES.contains(&unit);
            let base_of_a_rate = unit_before.is_some_and(|unit| {
                rest.get(digits..).is_some_and(|after| {
                    crate::quantity::measure_after(&self.units, after).is_some_and(
                        |(measure, _)| measure != unit && !(data(&measure) && data(&unit)),
                    )
                })
            });
            if base_of_a_rate
                || numbers_a_chess_move(rest, digits)
                || after_a_code_and_a_slash(before)
                || code_suffix_after(rest, digits)
                || serial_after_a_code(rest, digits)
            {
                return Candidate::Skip(numeric_token_end(text, ahead(digits)));
            }
            let run = rest
                .bytes()
                .take_while(|c| c.is_ascii_alphanumeric())
                .count();
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            return if glued_to_word_before(text, pos) && !after_day {
                Candidate::Skip(ahead(run))
            } else {
                Candidate::Digits(ahead(digits))
            };
        }
        // `(+/-10%)`: a tolerance; `5%-10%`, `11$-12$`: a range or two sums. None makes a
        // negative number.
        if b == b'-'
            && (before.ends_with("+/")
                || before.ends_with('%')
                || crate::currency::ends_with_sign(before))
        {
            return Candidate::Skip(ahead(1));
        }
        // A combining mark ends a decomposed letter: `Mỹ-3` in NFD is glued as in NFC.
        if matches!(b, b'+' | b'-')
            && before.ends_with(|c: char| c.is_alphanumeric() || is_word_char(c))
        {
            if !code_before(text, pos) || b == b'-' && between_measures(text, pos) {
                // `2-1`, `12h-15h`, `5kg-10kg`: a dash between two numbers, the second read on
                // its own.
                return Candidate::Skip(ahead(1));
            }
            // `Covid-19`, `GMT+7`: part of a code, with whatever letters it goes on with (`Qs+âm`
            // in NFC or NFD alike).
            let glued = |c: char| c.is_ascii_alphanumeric() || is_word_char(c);
            let mut after_code = rest.get(1..).unwrap_or_default().trim_start_matches(glued);
            // A code goes on through every dash glued to what follows (`JOB-2025-0618`).
            while let Some(next) = after_code
                .strip_prefix('-')
                .filter(|next| next.starts_with(glued))
            {
                after_code = next.trim_start_matches(glued);
            }
            // The sign and its code: `rest` but what follows them.
            return Candidate::Skip(ahead(rest.len().saturating_sub(after_code.len())));
        }
        match b {
            b'+' | b'(' => return Candidate::Try(ahead(1), PHONE | MONEY),
            b'-' => return Candidate::Try(ahead(1), AMOUNT),
            // (No sign begins with an ASCII letter, the first byte of most words.)
            _ if !b.is_ascii_alphabetic() && crate::currency::starts_with_sign(rest) => {
                return Candidate::Try(ahead(1), MONEY)
            }
            _ => {}
        }
        if b.is_ascii_alphabetic() || b >= 0xC0 {
            let Some((word, hash)) = crate::text::split_word_hash(rest) else {
                return Candidate::Skip(ahead(1));
            };
            let end = ahead(word.len());
            // (After a letter, composed or not: a decomposed one ends with its mark.)
            let at_boundary = !before.ends_with(|c: char| c.is_alphanumeric() || is_word_char(c));
            return match trigger_mask(hash) {
                Some(mask) if at_boundary => Candidate::Try(end, mask),
                _ => Candidate::Skip(end),
            };
        }
        Candidate::Skip(ahead(1))
    }

    /// The best reading of an entity starting at `pos`, if any: every reader of the registry
    /// that may start here reads, and the longest reading wins (on a tie, the reader listed
    /// first).
    fn claim(&self, text: &str, pos: usize, mask: u32, last: Option<&Entity>) -> Option<Reading> {
        let (before, rest) = text.split_at_checked(pos)?;
        // `Lịch âm 2025`, `siêu âm 150.000 đồng`: `âm` of a compound, not the sign of a number.
        // `nước ngoài 5 năm`, `sưu tầm 30 con tem`: a qualifier's word that ends a compound
        // opens no amount.
        // (The word here first: most are no such qualifier, and the word before is not read.)
        let in_a_compound = || {
            mask & AMOUNT != 0
                && crate::number::compound_heads(rest)
                    .is_some_and(|heads| previous_word(before).is_some_and(|w| word_in(w, heads)))
        };
        // `8-10%/năm giai đoạn`, `5 triệu/năm`: a word right after a slash is the unit a rate
        // is per, no number word opening an amount.
        let per_a_unit = || {
            mask & AMOUNT != 0
                && before.ends_with('/')
                && !rest.starts_with(|c: char| c.is_ascii_digit())
        };
        let mask = if sign_ends_a_compound(before, rest)
            || in_a_compound()
            || per_a_unit()
            || mask & AMOUNT != 0 && names_a_rank_in_words(before, rest)
        {
            mask & !AMOUNT
        } else {
            mask
        };
        // `38.000 đồng một chục`: the unit a price is for belongs to the price; no amount
        // starts in it.
        if mask & AMOUNT != 0 && in_the_unit_of_a_price(text, pos, last) {
            return None;
        }
        let Gate { mask, plain_reach } = amount_readers(&self.units, rest, mask);
        let plain_end = plain_reach.map(|reach| pos.saturating_add(reach));
        let place = Place::new(text, pos, mask, last, &self.units);
        let mut best: Option<Reading> = None;
        for reader in READERS.iter().filter(|r| mask & r.starts != 0) {
            // A plain number cannot outreach a reading that already ends past its amount.
            let outreached =
                plain_end.is_some_and(|end| best.as_ref().is_some_and(|b| b.end >= end));
            if reader.starts == NUMBER && outreached {
                continue;
            }
            let Some((end, value)) = (reader.read)(&place) else {
                continue;
            };
            // (`5W-30`: a glued unit and a dash before a bare number make a code; not a time's
            // `h`, `8h-10`.)
            let coded = || !matches!(value, Value::Time(_)) && code_after_a_glued_unit(text, end);
            if end > pos
                && best.as_ref().is_none_or(|b| end > b.end)
                && !glued_after(text, end)
                && !coded()
            {
                best = Some(Reading { end, value });
            }
        }
        // The vetoes of what the text around says are asked of a reading only (most places
        // read nothing).
        let best = best?;
        // `vượt 1.200 tỷ đồng so với dự toán`, `Ngoài 2 triệu đồng tiền mặt, …`: the excess over
        // a plan, and what else there is, read from its digits.
        let after = text.get(best.end..).unwrap_or_default();
        if qualifier_of_another_sense(before, rest, &best.value, after) {
            return None;
        }
        // `cao hơn 2 điểm`, `rẻ hơn 700.000 đồng`: the size of a difference, read from its digits.
        if is_comparative(before, rest) || in_masked_number(before, rest) {
            return None;
        }
        // `hàng chục kỳ`, `hàng trăm người`, `dăm ba triệu đồng`, `mấy chục phần trăm`: vague
        // amounts are not read; but before a price `đôi` is a pair (`giá đôi hai triệu đồng`).
        let vague = || is_vague(before, rest);
        let kept = match best.value {
            Value::Quantity(_) | Value::Number { .. } => !vague(),
            Value::Money(_) | Value::Percent(_) => !vague() || vague_word_is_a_pair(before),
            _ => true,
        };
        kept.then_some(best)
            .map(|b| spelled_out_after(&self.units, text, b))
    }
}

/// Whether the `digits` opening `rest` number a move of chess glued to them by a dot (`1.e4`,
/// `2.Nf3`, `17.Bxe6`, `12.O-O`): a piece's letter if any, a capture, a square of a file `a`
/// to `h` and a rank `1` to `8`, or castling; the game's record, no number of the text.
fn numbers_a_chess_move(rest: &str, digits: usize) -> bool {
    let Some(mv) = rest.get(digits..).and_then(|r| r.strip_prefix('.')) else {
        return false;
    };
    let mv = mv.strip_prefix(' ').unwrap_or(mv);
    if mv.starts_with("O-O") {
        return true;
    }
    let mv = mv.strip_prefix(['K', 'Q', 'R', 'B', 'N']).unwrap_or(mv);
    let mv = mv.strip_prefix('x').unwrap_or(mv);
    let b = mv.as_bytes();
    let square = b.first().is_some_and(|f| (b'a'..=b'h').contains(f))
        && b.get(1).is_some_and(|r| (b'1'..=b'8').contains(r));
    let ends = !b.get(2).is_some_and(|c| c.is_ascii_alphanumeric());
    square && ends
}

/// Whether the `digits` opening `rest` go on with a dash and a code of capital letters that
/// ends the token (`Tàu BĐ 96789-TS`, a fishing boat's registration): one code, no number. A
/// slash after the letters makes a document's number (`05-CT/TU`), which is read.
fn code_suffix_after(rest: &str, digits: usize) -> bool {
    let Some(after_dash) = rest.get(digits..).and_then(|r| r.strip_prefix('-')) else {
        return false;
    };
    let letters = after_dash
        .bytes()
        .take_while(u8::is_ascii_uppercase)
        .count();
    let ends = after_dash.get(letters..).is_some_and(|r| {
        !r.starts_with(|c: char| c.is_alphanumeric() || c == '/' || is_word_char(c))
    });
    letters >= 2 && ends
}

/// Whether the `digits` opening `rest` go on with capital letters glued, a dash and a serial
/// of five digits or more (`số máy: 1TR-7241963`, an engine's number): one code, no range of a
/// price tagged `TR` to a number written without its groups.
fn serial_after_a_code(rest: &str, digits: usize) -> bool {
    let Some(after) = rest.get(digits..) else {
        return false;
    };
    let letters = after.bytes().take_while(u8::is_ascii_uppercase).count();
    let Some(serial) = after.get(letters..).and_then(|r| r.strip_prefix('-')) else {
        return false;
    };
    let run = serial.bytes().take_while(u8::is_ascii_digit).count();
    letters >= 2 && run >= 5
}

/// Whether `before` ends in a code of letters and digits, the digits last, and a slash (`NOTAM
/// A2365/`, `lớp 10A1/`): the digits after the slash go on with the code, no number of their
/// own.
fn after_a_code_and_a_slash(before: &str) -> bool {
    let Some(head) = before.strip_suffix('/') else {
        return false;
    };
    let token_len = head
        .bytes()
        .rev()
        .take_while(u8::is_ascii_alphanumeric)
        .count();
    let token = head
        .get(head.len().saturating_sub(token_len)..)
        .unwrap_or_default();
    let glued_to_more = head
        .len()
        .checked_sub(token_len)
        .and_then(|start| head.get(..start))
        .is_some_and(|rest| rest.ends_with(|c: char| c.is_alphanumeric() || is_word_char(c)));
    // (Or a code of capitals that is itself a part of a path of codes: `P-24/HCM/XCG/1234`.)
    let in_a_path = || {
        token.len() >= 2
            && token.bytes().all(|b| b.is_ascii_uppercase())
            && head
                .len()
                .checked_sub(token_len)
                .and_then(|start| head.get(..start))
                .is_some_and(|rest| rest.ends_with('/'))
    };
    // (Or a lens's aperture, `f/2.8`, `f/4L`: a ratio's notation, whose number is no amount.)
    let aperture = token == "f" && !glued_to_more;
    aperture
        || token.bytes().any(|b| b.is_ascii_alphabetic())
            && (token.ends_with(|c: char| c.is_ascii_digit()) && !glued_to_more || in_a_path())
}

/// Whether `pos` lies in the unit that the price just before is for (`một chục` in `38.000 đồng
/// một chục`; see [`crate::money::per_clause`]).
fn in_the_unit_of_a_price(text: &str, pos: usize, last: Option<&Entity>) -> bool {
    let Some(price) = last.filter(|e| matches!(&e.value, Value::Money(m) if m.per.is_some()))
    else {
        return false;
    };
    let after_price = text.get(price.span.end..).unwrap_or_default();
    crate::money::per_clause(after_price).is_some_and(|(_, rest)| {
        let end = text.len().saturating_sub(rest.len());
        (price.span.end..end).contains(&pos)
    })
}

/// A percentage or a count with the same amount spelled out after it in brackets, its marker
/// spelled out too or not, reads the bracket with it (`7,5% (bảy phẩy năm phần trăm)`, `30
/// ngày (ba mươi ngày)`), as money and a bare amount do (see `number::spelled_in_brackets`):
/// one amount written twice is one entity.
fn spelled_out_after(units: &Units, text: &str, reading: Reading) -> Reading {
    let after = text.get(reading.end..).unwrap_or_default();
    let rest = match &reading.value {
        Value::Percent(Percent {
            amount: Amount::Exact(value),
            ..
        }) => crate::number::spelled_with_its_marker(after, *value, |r| {
            crate::percent::percent_sign(r).map(|(_, rest)| rest)
        }),
        Value::Quantity(Quantity {
            amount: Amount::Exact(value),
            ..
        }) => crate::number::spelled_with_its_marker(after, *value, |r| {
            crate::quantity::unit_after(units, r).map(|(_, rest)| rest)
        }),
        _ => None,
    };
    match rest {
        Some(rest) => Reading {
            end: text.len().saturating_sub(rest.len()),
            ..reading
        },
        None => reading,
    }
}

/// Where the words after a place end: the first byte from it that is not a letter, a space,
/// a colon or an opening bracket. Every cue of a year reads through such bytes alone to the
/// year's digits (`năm`, `năm sinh: 1988`, `giai đoạn từ 2010`, `năm Đinh Mão (1807)`), so a
/// cue whose words end elsewhere than at a digit opens no year.
///
/// The end found from one place holds for every later place before it: kept, the scan stays
/// linear however long the run of words (`năm năm năm …`).
#[derive(Default)]
struct WordsAhead {
    /// The place the end was sought from, and the end.
    from: usize,
    end: usize,
}

impl WordsAhead {
    /// Whether the words from `pos` end at a digit.
    fn reach_digits(&mut self, text: &str, pos: usize) -> bool {
        if !(self.from..=self.end).contains(&pos) || self.end == 0 {
            let words = text.get(pos..).unwrap_or_default().bytes();
            let len = words
                .take_while(|&b| {
                    // (A comma or a dash may set a year in apposition: `Năm nay, tức 2024`.)
                    b >= 0x80
                        || b.is_ascii_alphabetic()
                        || matches!(b, b' ' | b'\t' | b':' | b'(' | b',' | b'-')
                })
                .count();
            self.from = pos;
            self.end = pos.saturating_add(len);
        }
        text.as_bytes()
            .get(self.end)
            .is_some_and(u8::is_ascii_digit)
    }
}

/// Whether a digit word (`một` … `chín`) follows the word ending at `end`, after spaces: where
/// a year's cue may open a year written in words (`năm hai nghìn không trăm hai mươi tư`).
fn digit_word_after(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or_default();
    crate::text::space1(rest)
        .ok()
        .and_then(|(next, _)| split_word(next))
        .is_some_and(|(w, _)| crate::words::lexer::is_digit_word(w))
}

/// What the scanner does at a position.
enum Candidate {
    /// Try the readers of the mask here; if none reads, go on at the position given.
    Try(usize, u32),
    /// Digits ending at the position given: try the readers of digits; if none reads, pass
    /// over the whole numeric token (found only then, so that a long run of them stays
    /// linear).
    Digits(usize),
    /// Nothing starts here; go on at the position given.
    Skip(usize),
}

#[cfg(test)]
mod tests {
    use super::json_string;

    #[test]
    fn normalized_fields_are_composed_single_spaced_and_with_d() {
        for (field, want) in [
            ("Hà Nội", "Hà Nội"),
            ("đô\u{a0}la  mỹ", "đô la mỹ"),
            ("thôn \u{d0}ông", "thôn Đông"),
            ("con ga\u{300}", "con gà"),
            ("a\u{2009}b\u{3000}c\tđ", "a b c đ"),
        ] {
            assert_eq!(super::normalized(field), want, "{field:?}");
            assert_eq!(super::is_normal(field), field == want, "{field:?}");
        }
    }

    #[test]
    fn each_kinds_json_opening_names_it() {
        for kind in super::Kind::ALL {
            assert_eq!(
                kind.json_opening(),
                format!(r#"{{"kind":"{}","start":"#, kind.as_str())
            );
        }
    }

    #[test]
    fn integers_are_written_whole_on_either_side_of_2_to_the_64() {
        let e19 = 10_000_000_000_000_000_000u128;
        for n in [
            0,
            7,
            10,
            u128::from(u64::MAX),
            u128::from(u64::MAX) + 1,
            e19 - 1,
            e19,
            e19 + 1,
            e19 * e19,
            u128::MAX,
        ] {
            let mut out = String::new();
            super::push_integer(&mut out, n);
            assert_eq!(out, n.to_string());
        }
    }

    #[test]
    fn whole_numbers_are_written_as_their_plain_form() {
        use rust_decimal::Decimal;
        let mut values: Vec<Decimal> = vec![
            Decimal::MAX,
            Decimal::MIN,
            Decimal::new(-15, 1),
            Decimal::new(1500, 3),
            Decimal::new(2000, 3),
            Decimal::new(-7000, 2),
            Decimal::new(0, 5),
            -Decimal::ZERO,
        ];
        for exp in 0..29u32 {
            let p = Decimal::from_i128_with_scale(10i128.pow(exp), 0);
            values.extend([
                p,
                -p,
                p - Decimal::ONE,
                Decimal::from_i128_with_scale(10i128.pow(exp), exp),
            ]);
        }
        for v in values {
            let mut line = String::new();
            match super::plain_integer(v) {
                Some((negative, magnitude)) => {
                    if negative {
                        line.push('-');
                    }
                    super::push_integer(&mut line, magnitude);
                }
                None => line = crate::number::plain(v),
            }
            assert_eq!(line, crate::number::plain(v), "{v:?}");
        }
    }

    #[test]
    fn json_strings_escape_what_json_requires() {
        assert_eq!(
            json_string("a\"b\\c\nd\te\u{1}"),
            r#""a\"b\\c\nd\te\u0001""#
        );
        assert_eq!(json_string("đồng"), "\"đồng\"");
    }
}
