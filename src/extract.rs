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
//! the stack to look it up among the triggers.
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
use crate::date::{raw_date, Calendar, Date, RawDate};
use crate::docnum::{docnum, DocNumber};
use crate::money::{money, Money};
use crate::number::{approx_phrase, is_number_word, marked, range_follows, Amount, Approx};
use crate::ordinal::{ordinal, Ordinal};
use crate::percent::{percent, Percent};
use crate::period::{month, quarter, year, Month, Quarter, Year};
use crate::phone::{phone, Phone};
use crate::quantity::{quantity, ratio, Quantity, Ratio, Units};
use crate::text::{is_capitalized, is_word_char, space1, split_word, word_in, Folded, WordSet};
use crate::time::{time, Time};
use rust_decimal::Decimal;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

/// The kinds of entity, as the entity contract names them.
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
}

impl Kind {
    /// The contract's name of the kind: `number`, `money`, …
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
        }
    }
}

/// The typed value of an entity.
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
}

/// An optional field of an entity, as the contract writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    /// A string field (`unit`, `approx`, …).
    Text(String),
    /// An integer field (`weekday`).
    Int(i64),
}

/// An entity found in a text: where it is and what it means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// Its byte span in the text, end exclusive.
    pub span: Range<usize>,
    /// Its value.
    pub value: Value,
}

impl Entity {
    /// Its kind.
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
        }
    }

    /// The normalized value as the contract writes it: `1337000000`, `5..7`, `+842993822339`.
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
        let mut line = format!(
            "{{\"kind\":\"{}\",\"start\":{},\"end\":{},\"text\":{},\"value\":{}",
            self.kind().as_str(),
            self.span.start,
            self.span.end,
            json_string(text.get(self.span.clone()).unwrap_or_default()),
            json_string(&self.value_string()),
        );
        for (name, field) in self.fields() {
            match field {
                Field::Text(s) => line.push_str(&format!(",\"{name}\":{}", json_string(&s))),
                Field::Int(n) => line.push_str(&format!(",\"{name}\":{n}")),
            }
        }
        line.push('}');
        line
    }

    /// The optional fields that apply, in the contract's names (`unit`, `approx`, …).
    pub fn fields(&self) -> Vec<(&'static str, Field)> {
        let mut fields = Vec::new();
        let approx = |fields: &mut Vec<_>, a: Option<Approx>| {
            if let Some(a) = a {
                fields.push(("approx", Field::Text(a.as_str().to_string())));
            }
        };
        match &self.value {
            Value::Number { approx: a, .. } => approx(&mut fields, *a),
            Value::Money(m) => {
                fields.push(("unit", Field::Text(m.currency.code().to_string())));
                approx(&mut fields, m.approx);
            }
            Value::Percent(p) => approx(&mut fields, p.approx),
            Value::Quantity(q) => {
                fields.push(("unit", Field::Text(q.unit.clone())));
                approx(&mut fields, q.approx);
            }
            Value::Ratio(r) => {
                if let Some(unit) = &r.unit {
                    fields.push(("unit", Field::Text(unit.clone())));
                }
            }
            Value::Date(d) => {
                if let Some(w) = d.weekday {
                    fields.push(("weekday", Field::Int(i64::from(w.iso()))));
                }
                if let Some(p) = d.part {
                    fields.push(("part", Field::Text(p.as_str().to_string())));
                }
                if d.calendar == Calendar::Lunar {
                    fields.push(("calendar", Field::Text("lunar".to_string())));
                }
                if let Some(h) = d.holiday {
                    fields.push(("holiday", Field::Text(h.name().to_string())));
                }
            }
            Value::Admin(a) => {
                fields.push(("type", Field::Text(a.kind.word().to_string())));
                fields.push(("name", Field::Text(a.name.clone())));
                fields.push(("level", Field::Text(a.level.as_str().to_string())));
                if let Some(code) = a.code() {
                    fields.push(("code", Field::Text(code.to_string())));
                }
            }
            Value::Time(t) => {
                if let Some(p) = t.part {
                    fields.push(("part", Field::Text(p.as_str().to_string())));
                }
            }
            Value::Ordinal(_)
            | Value::Month(_)
            | Value::Quarter(_)
            | Value::Year(_)
            | Value::Phone(_)
            | Value::DocNum(_) => {}
        }
        fields
    }
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
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Finds entities in text; holds the lexicon of counted nouns.
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
}

impl Default for Extractor {
    fn default() -> Self {
        Extractor::new()
    }
}

/// Extracts with the built-in lexicon: every entity of `text`, in order.
pub fn extract(text: &str) -> Vec<Entity> {
    static DEFAULT: OnceLock<Extractor> = OnceLock::new();
    DEFAULT.get_or_init(Extractor::new).extract(text)
}

/// The readers, as bits of a mask: which may start at a position.
mod readers {
    pub const DATE: u32 = 1;
    pub const TIME: u32 = 1 << 1;
    pub const MONTH: u32 = 1 << 2;
    pub const QUARTER: u32 = 1 << 3;
    pub const YEAR: u32 = 1 << 4;
    pub const ADMIN: u32 = 1 << 5;
    pub const PHONE: u32 = 1 << 6;
    pub const DOCNUM: u32 = 1 << 7;
    pub const MONEY: u32 = 1 << 8;
    pub const PERCENT: u32 = 1 << 9;
    pub const QUANTITY: u32 = 1 << 10;
    pub const RATIO: u32 = 1 << 11;
    pub const ORDINAL: u32 = 1 << 12;
    pub const NUMBER: u32 = 1 << 13;
    /// Everything an amount can open: a qualifier, a sign, a number word.
    pub const AMOUNT: u32 = MONEY | PERCENT | QUANTITY | NUMBER;
    /// Everything digits can open.
    pub const DIGITS: u32 = DATE | TIME | YEAR | PHONE | DOCNUM | AMOUNT | RATIO;
}

use readers::*;

/// The words that open an entity, and the readers that may start at them.
const TRIGGER_WORDS: &[(&str, u32)] = &[
    // Qualifiers, signs and currency codes before an amount.
    ("trên", AMOUNT),
    ("hơn", AMOUNT),
    ("ngoài", AMOUNT),
    ("vượt", AMOUNT),
    ("dưới", AMOUNT),
    ("gần", AMOUNT),
    ("khoảng", AMOUNT),
    ("chừng", AMOUNT),
    ("tầm", AMOUNT),
    ("xấp", AMOUNT),
    ("ước", AMOUNT),
    ("quanh", AMOUNT),
    ("chưa", AMOUNT),
    ("ít", AMOUNT),
    ("tối", AMOUNT | DATE),
    ("không", AMOUNT),
    ("từ", AMOUNT),
    ("âm", AMOUNT),
    ("usd", MONEY),
    ("vnd", MONEY),
    ("vnđ", MONEY),
    ("eur", MONEY),
    // Number words.
    ("một", AMOUNT),
    ("mốt", AMOUNT),
    ("hai", AMOUNT),
    ("ba", AMOUNT),
    ("bốn", AMOUNT),
    ("tư", AMOUNT),
    ("năm", AMOUNT | YEAR),
    ("lăm", AMOUNT),
    ("nhăm", AMOUNT),
    ("sáu", AMOUNT),
    ("bảy", AMOUNT),
    ("bẩy", AMOUNT),
    ("tám", AMOUNT),
    ("chín", AMOUNT),
    ("mười", AMOUNT),
    ("chục", AMOUNT),
    ("nghìn", AMOUNT),
    ("ngàn", AMOUNT),
    ("triệu", AMOUNT),
    ("tỷ", AMOUNT),
    ("tỉ", AMOUNT),
    // Ordinals.
    ("lần", ORDINAL),
    ("khóa", ORDINAL),
    ("khoá", ORDINAL),
    ("đại", ORDINAL),
    ("thế", ORDINAL),
    ("thứ", ORDINAL | DATE),
    // Days, parts of the day, weekdays, holidays.
    ("ngày", DATE),
    ("hôm", DATE),
    ("mùng", DATE),
    ("mồng", DATE),
    ("rạng", DATE),
    ("sáng", DATE),
    ("trưa", DATE),
    ("chiều", DATE),
    ("đêm", DATE),
    ("khuya", DATE),
    ("chủ", DATE),
    ("cn", DATE),
    ("t", DATE),
    ("tết", DATE),
    ("rằm", DATE),
    // Months, quarters, years.
    ("tháng", MONTH),
    ("thg", MONTH),
    ("quý", QUARTER),
    ("q", QUARTER | ADMIN),
    ("giai", YEAR),
    ("thời", YEAR),
    ("nhiệm", YEAR),
    ("niên", YEAR),
    ("sn", YEAR),
    // Administrative units.
    ("tỉnh", ADMIN),
    ("thành", ADMIN),
    ("quận", ADMIN),
    ("huyện", ADMIN),
    ("thị", ADMIN),
    ("phường", ADMIN),
    ("xã", ADMIN),
    ("đặc", ADMIN),
    ("khu", ADMIN),
    ("tổ", ADMIN),
    ("thôn", ADMIN),
    ("ấp", ADMIN),
    ("tp", ADMIN),
    ("tx", ADMIN),
    ("tt", ADMIN),
    ("h", ADMIN),
    ("p", ADMIN),
    ("x", ADMIN),
    ("tphcm", ADMIN),
];

/// [`TRIGGER_WORDS`] by folded word, built once.
fn triggers() -> &'static HashMap<Vec<u8>, u32> {
    static TRIGGERS: OnceLock<HashMap<Vec<u8>, u32>> = OnceLock::new();
    TRIGGERS.get_or_init(|| {
        TRIGGER_WORDS
            .iter()
            .map(|&(w, mask)| (Folded::new(w).as_bytes().to_vec(), mask))
            .collect()
    })
}

/// Words after which a number is a label, not a count: `Điều 5`, `nhóm 1`, `bão số 3`.
const LABELS: &[&str] = &[
    "đợt",
    "ngõ",
    "ngách",
    "hẻm",
    "kiệt",
    "tuần",
    "điều",
    "khoản",
    "nhóm",
    "số",
    "mục",
    "điểm",
    "chương",
    "phụ lục",
    "ngã",
    "lộ",
    "tuyến",
    "đề án",
    "chương trình",
    "nghị quyết",
    "quyết định",
    "kế hoạch",
    "tổ",
    "khu",
    "lô",
    "phòng",
    "tầng",
    "trang",
    "bài",
    "câu",
    "hình",
    "bảng",
    "biểu",
    "cấp",
    "loại",
    "hạng",
    "top",
];

/// Words before `số` that make a compound of it (`dân số`, population), not the label `số`.
const SO_COMPOUNDS: &[&str] = &[
    "dân", "tổng", "chỉ", "hệ", "tần", "con", "đa", "thiểu", "cơ", "kỷ", "kỉ",
];

/// Words before `thứ` that make it a weekday or a list, not an ordinal of what precedes.
const NOT_BEFORE_ORDINAL_THU: &[&str] = &[
    "vào", "ngày", "hôm", "các", "mỗi", "từ", "đến", "tới", "và", "hoặc", "sáng", "chiều", "tối",
    "trưa", "đêm", "hàng", "những", "cả", "là", "trước", "sau", "nay",
];

/// Words before a number of hours that make it a duration: `trong 2 giờ`.
const DURATION_CUES: &[&str] = &["trong", "mất", "suốt", "dài", "sau", "vòng"];

/// Words after a number of hours that make it a duration: `trong 24 giờ tới`, `12 giờ tiếp
/// theo`.
const DURATION_AFTER: &[&str] = &["tới", "qua", "nữa", "tiếp", "liên", "liền", "đồng", "trước"];

/// Whether a time at `rest` (with `before` the text before it) is a duration: after `trong`,
/// `mất`, `suốt` (qualifiers aside: `sau hơn 1 giờ`), or before `tới`, `nữa`, `tiếp theo`.
fn is_duration(before: &str, after: &str) -> bool {
    let mut rest = before;
    while let Some(word) = previous_word(rest) {
        if word_set(&DURATION_SET, DURATION_CUES).contains(word) {
            return true;
        }
        if approx_phrase(word).is_err() {
            break;
        }
        let trimmed = rest.trim_end_matches(crate::text::is_space);
        rest = &trimmed[..trimmed.len() - word.len()];
    }
    let next = space1(after).ok().and_then(|(r, _)| split_word(r));
    next.is_some_and(|(w, _)| word_set(&DURATION_AFTER_SET, DURATION_AFTER).contains(w))
}

/// The text after a qualifier or `từ` at the start of `input` (`khoảng 15 giờ` → `15 giờ`), or
/// all of it.
fn after_qualifier(input: &str) -> &str {
    let rest = match approx_phrase(input) {
        Ok((rest, _)) => space0_str(rest).0,
        Err(_) => input,
    };
    match crate::text::keyword_rest(rest, "từ") {
        Some(after) => space0_str(after).0,
        None => rest,
    }
}

static DURATION_AFTER_SET: OnceLock<WordSet> = OnceLock::new();

/// Words before a bare `d/m` that make it a fraction or a label, not a day: `gần 1/4`,
/// `tỷ lệ 1/3`, `ngõ 12/3`, `tuần 43/2022`.
const FRACTION_CUES: &[&str] = &[
    "ngõ", "ngách", "hẻm", "kiệt", "tuần", "số", "nhà", "gần", "khoảng", "trên", "hơn", "dưới",
    "chiếm", "lệ", "đạt", "bằng", "được", "còn", "là", "xấp", "xỉ", "tầm", "chừng", "tới",
];

/// Words before a bare `d.m` or `d-m` that make it a day: `vào 15.8`, `đến 2-10`.
const DAY_CUES: &[&str] = &["vào", "đến", "từ", "trước", "sau", "hôm", "ngày", "lúc"];

/// Whether a date read without its own cue is a day here, by the words before it.
fn date_in_context(before: &str, raw: &RawDate) -> bool {
    if raw.cued {
        return true;
    }
    let previous = previous_word(before);
    let after_any = |cues: &[&str]| previous.is_some_and(|w| word_in(w, cues));
    match (raw.separator, raw.date.year) {
        (Some(_), Some(_)) => true,
        (Some('/'), None) => !after_any(FRACTION_CUES),
        (Some(_), None) => after_any(DAY_CUES),
        (None, _) => true,
    }
}

/// How far apart (in bytes, on one line) two units may stand and still be read as parts of one
/// address: `huyện Châu Thành, tỉnh Tiền Giang`.
const NEIGHBOURHOOD: usize = 120;

/// Narrows the candidates of each administrative unit named by several (`huyện Châu Thành`,
/// `Phường 2`) to those inside a unit named near it on the same line.
fn resolve_by_neighbours(text: &str, found: &mut [Entity]) {
    for i in 0..found.len() {
        let Value::Admin(unit) = &found[i].value else {
            continue;
        };
        if unit.matches.len() < 2 {
            continue;
        }
        let span = found[i].span.clone();
        // The units around it: entities are in order, so look each way until too far.
        let close = |j: usize| {
            let other: &Entity = &found[j];
            let (lo, hi) = if other.span.start >= span.end {
                (span.end, other.span.start)
            } else {
                (other.span.end, span.start)
            };
            hi.saturating_sub(lo) <= NEIGHBOURHOOD
                && !text.get(lo..hi).is_some_and(|t| t.contains('\n'))
        };
        let after = (i + 1..found.len()).take_while(|&j| close(j));
        let before = (0..i).rev().take_while(|&j| close(j));
        let enclosing: Vec<Vec<&'static crate::gazetteer::Unit>> = after
            .chain(before)
            .filter_map(|j| match &found[j].value {
                Value::Admin(u) => Some(u.matches.clone()),
                _ => None,
            })
            .collect();
        let mut narrowed = unit.matches.clone();
        for around in &enclosing {
            let inside: Vec<_> = narrowed
                .iter()
                .copied()
                .filter(|m| lies_within(m, around))
                .collect();
            if !inside.is_empty() {
                narrowed = inside;
            }
        }
        if let Value::Admin(unit) = &mut found[i].value {
            unit.matches = narrowed;
        }
    }
}

/// Whether `unit` lies inside one of `enclosing` (its parent, or its parent's parent).
fn lies_within(
    unit: &crate::gazetteer::Unit,
    enclosing: &[&'static crate::gazetteer::Unit],
) -> bool {
    let mut current = crate::gazetteer::parent(unit);
    while let Some(up) = current {
        if enclosing
            .iter()
            .any(|e| e.era == up.era && e.level == up.level && e.code == up.code)
        {
            return true;
        }
        current = crate::gazetteer::parent(up);
    }
    false
}

/// `âm lịch` written once after a pair or range of days applies to both: `ngày 29/8 - 1/9 Âm
/// lịch`, `ngày 25/2 và 14/11 âm lịch`.
fn lunar_for_the_pair(text: &str, found: &mut [Entity]) {
    for i in (1..found.len()).rev() {
        let (head, tail) = found.split_at_mut(i);
        let (Some(first), Some(second)) = (head.last_mut(), tail.first()) else {
            continue;
        };
        let (Value::Date(a), Value::Date(b)) = (&mut first.value, &second.value) else {
            continue;
        };
        let link = text
            .get(first.span.end..second.span.start)
            .unwrap_or_default()
            .trim_matches(crate::text::is_space);
        let linked =
            matches!(link, "-" | "–") || ["và", "đến", "tới"].iter().any(|w| same(link, w));
        if linked
            && b.calendar == Calendar::Lunar
            && a.calendar == Calendar::Solar
            && a.year.is_none()
            && a.holiday.is_none()
        {
            a.calendar = Calendar::Lunar;
        }
    }
}

/// Adjectives that make `hơn` after them a comparison (`cao hơn 2 điểm`), not a qualifier.
const COMPARATIVES: &[&str] = &[
    "cao", "thấp", "rẻ", "đắt", "tốt", "xấu", "nhiều", "ít", "lớn", "nhỏ", "nhanh", "chậm", "mạnh",
    "yếu", "dài", "ngắn", "sớm", "muộn", "trễ", "nặng", "nhẹ", "rộng", "hẹp", "sâu", "nóng",
    "lạnh", "xa", "gần", "đông", "già", "trẻ", "kém",
];

/// Whether `rest` begins with `hơn` after a comparative adjective.
fn is_comparative(before: &str, rest: &str) -> bool {
    crate::text::match_phrase(rest, "hơn").is_some()
        && previous_word(before).is_some_and(|w| word_in(w, COMPARATIVES))
}

/// Whether the type word at `pos` ends a longer type word begun before it: `xã` in `thị xã`
/// (that reading failed, and this one must not stand in for it).
fn ends_longer_type(text: &str, pos: usize) -> bool {
    let before = &text[..pos];
    let Some(word) = previous_word(before) else {
        return false;
    };
    let start = before.trim_end_matches(crate::text::is_space).len() - word.len();
    crate::admin::type_word_len(&text[start..]).is_some_and(|len| start + len > pos)
}

/// Whether an administrative unit read here is one the contract annotates: of the village
/// types only `thôn`, `ấp` and `khu phố` (`làng`, `bản`, `tổ` are too often common words).
fn admin_in_context(unit: &AdminUnit) -> bool {
    unit.level != crate::admin::AdminLevel::Village
        || matches!(
            unit.kind,
            AdminType::Thon | AdminType::Ap | AdminType::KhuPho | AdminType::ToDanPho
        )
}

/// `2021` in `năm 2020 và 2021`: a bare year coordinated with a year just read takes its cue.
fn conjunct_year<'t>(text: &'t str, last: &Entity, pos: usize) -> Option<(&'t str, Year)> {
    if !matches!(last.value, Value::Year(_)) {
        return None;
    }
    let between = text.get(last.span.end..pos)?;
    let link = between.trim_matches(crate::text::is_space);
    if !(link == "," || same(link, "và") || same(link, "hoặc")) {
        return None;
    }
    let (first, rest) = crate::date::four_digit_year(&text[pos..])?;
    Some((rest, Year { first, last: first }))
}

/// `03/2026` in `giá tốt 03/2026`, `(11-1941)`: a month and a year with no `tháng`, not a
/// ratio or a range.
fn bare_month(input: &str) -> Option<(&str, Month)> {
    let digits = input.bytes().take_while(u8::is_ascii_digit).count();
    let month: u8 = input
        .get(..digits)
        .filter(|d| (1..=2).contains(&d.len()))?
        .parse()
        .ok()?;
    let (year, rest) = crate::date::four_digit_year(input[digits..].strip_prefix(['/', '-'])?)?;
    let continues = rest.starts_with('/') && rest[1..].starts_with(|c: char| c.is_alphanumeric());
    ((1..=12).contains(&month) && (1900..=2199).contains(&year) && !continues).then_some((
        rest,
        Month {
            year: Some(year),
            month,
        },
    ))
}

/// `11` in `11-16 giờ`, `12` in `từ 12 - 16 giờ`: an hour that borrows `giờ` (and the part of
/// the day) from the time it is a range with.
fn borrowed_hour(input: &str) -> Option<(&str, Time)> {
    let digits = input.bytes().take_while(u8::is_ascii_digit).count();
    let hour: u8 = input
        .get(..digits)
        .filter(|d| (1..=2).contains(&d.len()))?
        .parse()
        .ok()?;
    let after_hour = &input[digits..];
    let (link, _) = space0_str(after_hour);
    let partner = match link.strip_prefix(['-', '–']) {
        Some(r) => space0_str(r).0,
        None => space1(crate::text::keyword_rest(link, "đến")?).ok()?.0,
    };
    let (_, partner_time) = time(partner).ok()?;
    let first = Time {
        hour,
        minute: 0,
        second: None,
        part: partner_time.part,
    };
    let first = match partner_time.part {
        Some(part) if hour < 12 => Time {
            hour: crate::time::to_24_hour(hour, part),
            ..first
        },
        _ => first,
    };
    (first.hour <= 24 && first.hour < partner_time.hour).then_some((after_hour, first))
}

/// `chiều 16` in `chiều 16 và sáng 17.10`: a day that borrows its month (and year) from the
/// date it is coordinated with.
///
/// Without a cue of its own (`21` in `ngày 20, 21 và 22 tháng 7`), a day is read only where
/// `listed` says it continues a list of days.
fn borrowed_day(input: &str, listed: bool) -> Option<(&str, Date)> {
    borrowed_day_within(input, listed, 4)
}

fn borrowed_day_within(input: &str, listed: bool, depth: u8) -> Option<(&str, Date)> {
    let (part, rest) = match crate::date::day_part(input) {
        Some((p, r)) => (Some(p), space1(r).ok()?.0),
        None => (None, input),
    };
    const CUES: &[(&str, ())] = &[
        ("ngày mùng", ()),
        ("ngày mồng", ()),
        ("ngày", ()),
        ("mùng", ()),
        ("mồng", ()),
    ];
    let rest = match crate::text::lookup_phrase(rest, CUES) {
        Some((_, len)) => space1(&rest[len..]).ok()?.0,
        None if part.is_none() && !listed => return None,
        None => rest,
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 2 {
        return None;
    }
    let day: u8 = rest[..digits].parse().ok()?;
    let after_day = &rest[digits..];
    let (link, _) = space0_str(after_day);
    // `chiều 16 và sáng 17.10`, `mùng 5 đến mùng 7 tháng Giêng`, `ngày 5-6/9`.
    let partner_start = crate::text::find_phrase(link, &["và", "đến", "tới"])
        .map(|(_, len)| &link[len..])
        .or_else(|| link.strip_prefix([',', '-', '–']))?;
    let (partner_start, _) = space0_str(partner_start);
    let mut date = partner_date(partner_start, depth)?;
    date.day = day;
    date.part = part;
    date.weekday = None;
    date.holiday = None;
    Date::new(date.year, date.month, day)?;
    Some((after_day, date))
}

/// The complete date a list of days ends in: `22 tháng 7 năm 1883` for `21 và 22 tháng 7 năm
/// 1883`.
fn partner_date(input: &str, depth: u8) -> Option<Date> {
    match raw_date(input) {
        Ok((_, raw)) if raw.is_valid() => Some(raw.date),
        _ if depth > 0 => borrowed_day_within(input, true, depth - 1).map(|(_, date)| date),
        _ => None,
    }
}

/// Whether the text between the last entity and `pos` links a list of days: the last entity
/// is a date and only `,`, `và`, `-` or `đến` stand between.
fn continues_days(text: &str, last: Option<&Entity>, pos: usize) -> bool {
    let Some(last) = last.filter(|e| matches!(e.value, Value::Date(_))) else {
        return false;
    };
    let link = text
        .get(last.span.end..pos)
        .unwrap_or_default()
        .trim_matches(crate::text::is_space);
    matches!(link, "," | "-" | "–") || ["và", "đến", "tới"].iter().any(|w| same(link, w))
}

fn space0_str(input: &str) -> (&str, &str) {
    crate::text::space0(input).unwrap_or((input, ""))
}

/// Words before `năm` that make it "the year", not "five": `cuối năm`, `mỗi năm`, `là năm`.
const YEAR_WORDS: &[&str] = &[
    "cuối", "đầu", "giữa", "là", "mỗi", "trong", "của", "các", "hàng", "những", "sang", "qua",
    "vào", "năm", "nhiều", "cả", "một", "hai", "ba", "bốn", "này", "từ",
];
static YEAR_WORDS_SET: OnceLock<WordSet> = OnceLock::new();

static DURATION_SET: OnceLock<WordSet> = OnceLock::new();
static LABEL_SET: OnceLock<WordSet> = OnceLock::new();
static NOT_ORDINAL_SET: OnceLock<WordSet> = OnceLock::new();

/// The set of `words`, built once into `cell`.
fn word_set<'a>(cell: &'a OnceLock<WordSet>, words: &[&str]) -> &'a WordSet {
    cell.get_or_init(|| WordSet::new(words))
}

/// A reading of an entity at one position: where it ends and what it is.
struct Reading {
    end: usize,
    value: Value,
}

impl Extractor {
    /// An extractor with the built-in lexicon of counted nouns.
    pub fn new() -> Self {
        Extractor {
            units: Units::shared().clone(),
        }
    }

    /// This extractor with `units` as its lexicon of counted nouns.
    pub fn with_units(mut self, units: Units) -> Self {
        self.units = units;
        self
    }

    /// Every entity of `text`, in order of position, none overlapping.
    pub fn extract(&self, text: &str) -> Vec<Entity> {
        let mut found = Vec::new();
        let bytes = text.as_bytes();
        let mut pos = 0;
        while let Some(&b) = bytes.get(pos) {
            let next = match self.candidate(text, pos, b) {
                Candidate::Try(skip, mask) => match self.claim(text, pos, mask, found.last()) {
                    Some(reading) if reading.end > pos => {
                        let end = reading.end;
                        found.push(Entity {
                            span: pos..end,
                            value: reading.value,
                        });
                        end
                    }
                    _ => skip,
                },
                Candidate::Skip(skip) => skip,
            };
            pos = next.max(pos + 1);
            while !text.is_char_boundary(pos) {
                pos += 1;
            }
        }
        resolve_by_neighbours(text, &mut found);
        lunar_for_the_pair(text, &mut found);
        found
    }

    /// Whether an entity may start at `pos`, and where the token there ends.
    fn candidate(&self, text: &str, pos: usize, b: u8) -> Candidate {
        let rest = &text[pos..];
        if b.is_ascii_digit() {
            let run = pos
                + rest
                    .bytes()
                    .take_while(|c| c.is_ascii_alphanumeric())
                    .count();
            let digits_end = pos + rest.bytes().take_while(u8::is_ascii_digit).count();
            return if glued_to_word_before(text, pos) {
                Candidate::Skip(run)
            } else {
                // Where nothing reads, the whole numeric token is passed over: `31/02/2023` is
                // no date, and `02/2023` inside it no ratio.
                Candidate::Try(numeric_token_end(text, digits_end), DIGITS)
            };
        }
        if matches!(b, b'+' | b'-') && text[..pos].ends_with(|c: char| c.is_alphanumeric()) {
            if !code_before(text, pos) {
                // `2-1`, `12h-15h`: a dash between two numbers, the second read on its own.
                return Candidate::Skip(pos + 1);
            }
            // `Covid-19`, `GMT+7`: part of a code.
            let run = pos
                + 1
                + rest[1..]
                    .bytes()
                    .take_while(|c| c.is_ascii_alphanumeric())
                    .count();
            return Candidate::Skip(run);
        }
        match b {
            b'+' | b'(' => return Candidate::Try(pos + 1, PHONE | MONEY),
            b'-' => return Candidate::Try(pos + 1, AMOUNT),
            b'$' => return Candidate::Try(pos + 1, MONEY),
            _ if rest.starts_with(['€', '£', '¥', '₫']) => {
                return Candidate::Try(pos + 1, MONEY)
            }
            _ => {}
        }
        if b.is_ascii_alphabetic() || b >= 0xC0 {
            let Some((word, _)) = split_word(rest) else {
                return Candidate::Skip(pos + 1);
            };
            let end = pos + word.len();
            let at_boundary = !text[..pos].ends_with(|c: char| c.is_alphanumeric());
            return match triggers().get(Folded::new(word).as_bytes()) {
                Some(&mask) if at_boundary => Candidate::Try(end, mask),
                _ => Candidate::Skip(end),
            };
        }
        Candidate::Skip(pos + 1)
    }

    /// The best reading of an entity starting at `pos`, if any.
    fn claim(&self, text: &str, pos: usize, mask: u32, last: Option<&Entity>) -> Option<Reading> {
        let rest = &text[pos..];
        let before = &text[..pos];
        let at = |after: &str| text.len() - after.len();
        let mut best: Option<Reading> = None;
        let mut offer = |end: usize, value: Value| {
            if end > pos && best.as_ref().is_none_or(|b| end > b.end) && !glued_after(text, end) {
                best = Some(Reading { end, value });
            }
        };
        let wants = |readers: u32| mask & readers != 0;
        // `cao hơn 2 điểm`, `rẻ hơn 700.000 đồng`: the size of a difference, read from its digits.
        if is_comparative(before, rest) {
            return None;
        }
        if wants(DATE) {
            if let Ok((r, mut raw)) = raw_date(rest) {
                if raw.is_valid()
                    && (date_in_context(before, &raw) || continues_days(text, last, pos))
                {
                    raw.date.part = raw
                        .date
                        .part
                        .or_else(|| crate::date::part_before_bracket(before));
                    offer(at(r), Value::Date(raw.date));
                }
            }
            if let Some((r, d)) = borrowed_day(rest, continues_days(text, last, pos)) {
                offer(at(r), Value::Date(d));
            }
        }
        if let Some(Ok((r, t))) = wants(TIME).then(|| time(rest)) {
            if !is_duration(before, r) {
                offer(at(r), Value::Time(t));
            }
        }
        if let Some((r, t)) = wants(TIME).then(|| borrowed_hour(rest)).flatten() {
            offer(at(r), Value::Time(t));
        }
        if let Some(Ok((r, m))) = wants(MONTH).then(|| month(rest)) {
            offer(at(r), Value::Month(m));
        }
        if let Some((r, m)) = wants(RATIO).then(|| bare_month(rest)).flatten() {
            offer(at(r), Value::Month(m));
        }
        if let Some(Ok((r, q))) = wants(QUARTER).then(|| quarter(rest)) {
            offer(at(r), Value::Quarter(q));
        }
        if wants(YEAR) {
            if let Ok((r, y)) = year(rest) {
                offer(at(r), Value::Year(y));
            }
            if let Some((r, y)) = last.and_then(|last| conjunct_year(text, last, pos)) {
                offer(at(r), Value::Year(y));
            }
        }
        if let Some(Ok((r, unit))) = wants(ADMIN).then(|| admin(rest)) {
            if admin_in_context(&unit) && !ends_longer_type(text, pos) {
                offer(at(r), Value::Admin(unit));
            }
        }
        if let Some(Ok((r, p))) = wants(PHONE).then(|| phone(rest)) {
            offer(at(r), Value::Phone(p));
        }
        if let Some(Ok((r, d))) = wants(DOCNUM).then(|| docnum(rest)) {
            offer(at(r), Value::DocNum(d));
        }
        if let Some(Ok((r, m))) = wants(MONEY).then(|| money(rest)) {
            offer(at(r), Value::Money(m));
        }
        if let Some(Ok((r, p))) = wants(PERCENT).then(|| percent(rest)) {
            offer(at(r), Value::Percent(p));
        }
        // A label takes a bare number: `nhóm 1`, but `nhóm khoảng 15 đối tượng` counts.
        let labelled =
            wants(QUANTITY | RATIO) && approx_phrase(rest).is_err() && is_labelled(before);
        let lexical = (wants(QUANTITY) && !labelled).then(|| quantity(&self.units, rest));
        let read_by_lexicon = matches!(lexical, Some(Ok(_)));
        if let Some(Ok((r, q))) = lexical {
            // `khoảng 16 giờ 40 phút`: a clock time, read from its digits.
            let digits = after_qualifier(rest);
            let clock = q.unit == "giờ"
                && (clock_time_at(text, digits)
                    || borrowed_hour(digits).is_some() && !is_duration(before, r));
            // `ngày 16 - 18 tháng …`: days, whatever month follows.
            let days = q.unit == "tháng" && previous_word(before).is_some_and(|w| same(w, "ngày"));
            // `12 xã và một thị trấn`: `một` set against another count is the numeral.
            let set_against = last.is_some_and(|e| matches!(e.value, Value::Quantity(_)))
                && last
                    .and_then(|e| text.get(e.span.end..pos))
                    .is_some_and(|link| {
                        let link = link.trim_matches(crate::text::is_space);
                        link == "," || same(link, "và")
                    });
            if Self::counts(before, rest, &q, set_against)
                && !is_day_of_month(&q, r)
                && !clock
                && !days
            {
                offer(at(r), Value::Quantity(q));
            }
        }
        // `13 đời vua`, `209 ổ dịch`: digits counting a noun the lexicon lacks (where it knows
        // one, `5 người chết` counts `người`, and that reading stands).
        // Not after `-` or `+` either: `3-0 nghiêng về`, `km 15+200 quốc lộ` are scores and marks.
        let after_sign = before
            .trim_end_matches(crate::text::is_space)
            .ends_with(['-', '+', '–']);
        let open = wants(QUANTITY) && !labelled && !read_by_lexicon && !after_sign;
        if let Some((r, q)) = open.then(|| open_quantity(rest)).flatten() {
            offer(at(r), Value::Quantity(q));
        }
        if let Some((r, q)) = (wants(QUANTITY) && !labelled)
            .then(|| self.borrowed_unit(rest))
            .flatten()
        {
            offer(at(r), Value::Quantity(q));
        }
        if let Some(Ok((r, ratio))) = (wants(RATIO) && !labelled).then(|| ratio(&self.units, rest))
        {
            // Without a unit, only a fraction (`1/4`) is read: `32/1` is a date that cannot
            // exist, not a ratio.
            if ratio.unit.is_some() || ratio.numerator <= ratio.denominator {
                offer(at(r), Value::Ratio(ratio));
            }
        }
        if let Some(Ok((r, o))) = wants(ORDINAL).then(|| ordinal(rest)) {
            if ordinal_in_context(before, rest) {
                offer(at(r), Value::Ordinal(o));
            }
        }
        if let Some((r, value, approx)) = wants(NUMBER).then(|| plain_number(rest)).flatten() {
            offer(at(r), Value::Number { value, approx });
        }
        best
    }

    /// `26` in `lần lượt 26 và 25 điểm`: a number in digits that borrows what it counts from
    /// the quantity it is coordinated with.
    fn borrowed_unit<'a>(&self, input: &'a str) -> Option<(&'a str, Quantity)> {
        if !input.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let (after, first) = crate::number::amount(input).ok()?;
        // `3 triệu, 30m2`: a scaled amount is a price or a sum, not a count.
        if first.scaled {
            return None;
        }
        let (link, _) = space0_str(after);
        let partner = match link.strip_prefix(',') {
            Some(r) => r,
            None => crate::text::find_phrase(link, &["và", "hoặc"]).map(|(_, len)| &link[len..])?,
        };
        let (partner, _) = space0_str(partner);
        let (_, q) = quantity(&self.units, partner)
            .ok()
            .or_else(|| open_quantity(partner))?;
        let amount = Amount::Exact(first.value);
        Some((
            after,
            Quantity {
                amount,
                unit: q.unit,
                approx: None,
            },
        ))
    }

    /// Whether a quantity read at `rest` counts: the rules for number words and `một`.
    fn counts(before: &str, rest: &str, q: &Quantity, set_against: bool) -> bool {
        let starts_with_digit = rest
            .trim_start_matches('-')
            .starts_with(|c: char| c.is_ascii_digit());
        if q.approx.is_some() || starts_with_digit {
            return true;
        }
        let Some((word, after)) = split_word(rest) else {
            return true;
        };
        if !is_number_word(word) {
            return true;
        }
        let one_word = !space1(after)
            .ok()
            .and_then(|(r, _)| split_word(r))
            .is_some_and(|(w, _)| is_number_word(w));
        // Alone, `tư`, `lăm`, `mốt` are parts of other words (`đầu tư nước ngoài`) and `một` is
        // the article "a" (`một đối tượng`); `một trăm năm` and `ít nhất một huyện` count.
        if one_word && word_in(word, &["tư", "lăm", "mốt", "nhăm"]) {
            return false;
        }
        if one_word && same(word, "một") && !set_against {
            return false;
        }
        // `Bốn Xã`, `Ngã Năm`: number words in a capitalized name, not at a sentence start (and
        // not in a line of capitals: `HAI NGƯỜI`).
        if is_title_case(word) && unit_capitalized(after, &q.unit) && !before.trim_end().is_empty()
        {
            return false;
        }
        // `năm tháng`: years and months, not five months; `cuối năm Quý Mão`, `là năm tổ chức`:
        // the year, not five.
        if one_word && same(word, "năm") {
            let year_before = previous_word(before)
                .is_some_and(|w| word_set(&YEAR_WORDS_SET, YEAR_WORDS).contains(w));
            return !(q.unit == "tháng" || year_before || unit_capitalized(after, &q.unit));
        }
        true
    }
}

/// `6 - 8 tháng Giêng`, `15 tháng 3`: days of a month, not a number of months.
fn is_day_of_month(q: &Quantity, after: &str) -> bool {
    q.unit == "tháng"
        && space1(after)
            .ok()
            .and_then(|(r, _)| crate::date::month_ref(r))
            .is_some_and(|(_, _, rest)| !rest.starts_with(|c: char| c.is_alphanumeric()))
}

/// A capitalized word that is not all capitals: `Bốn`, not `BỐN`.
fn is_title_case(word: &str) -> bool {
    is_capitalized(word) && word.chars().skip(1).any(char::is_lowercase)
}

/// Whether the first word of `unit`, as written in `rest`, is capitalized.
fn unit_capitalized(rest: &str, unit: &str) -> bool {
    let unit_word = unit.split(' ').next().unwrap_or_default();
    let mut remaining = rest;
    while let Some((word, after)) = split_word(remaining.trim_start_matches(crate::text::is_space))
    {
        if same(word, unit_word) {
            return is_capitalized(word);
        }
        remaining = after;
    }
    false
}

/// What the scanner does at a position.
enum Candidate {
    /// Try the readers of the mask here; if none reads, go on at the position given.
    Try(usize, u32),
    /// Nothing starts here; go on at the position given.
    Skip(usize),
}

fn same(a: &str, b: &str) -> bool {
    crate::text::same_word(a, b)
}

/// The word just before `before`'s end (spaces skipped), if the text ends with one.
fn previous_word(before: &str) -> Option<&str> {
    let trimmed = before.trim_end_matches(crate::text::is_space);
    let start = trimmed
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &trimmed[start..];
    (!word.is_empty()).then_some(word)
}

/// The end of the numeric token that starts with digits ending at `end`: digits joined by
/// `.`, `,`, `/`, `-` or `:` (`31/02/2023`, `1.2.3`).
fn numeric_token_end(text: &str, mut end: usize) -> usize {
    let bytes = text.as_bytes();
    while let [b'.' | b',' | b'/' | b'-' | b':', next, ..] = bytes.get(end..).unwrap_or_default() {
        if !next.is_ascii_digit() {
            break;
        }
        end += 1 + bytes[end + 1..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
    }
    end
}

/// Digits glued to a word before them (`HP22`, `Covid-19`, `BT02-21`): part of a code.
fn glued_to_word_before(text: &str, pos: usize) -> bool {
    let before = &text[..pos];
    if after_plate_code(before) {
        return true;
    }
    let mut chars = before.chars().rev();
    match chars.next() {
        Some(c) if c.is_alphanumeric() || c == '_' => true,
        Some('-') => code_before(text, pos - 1),
        Some('.') | Some(',') => chars.next().is_some_and(|c| c.is_ascii_digit()),
        _ => false,
    }
}

/// Whether `before` ends with a code of letters and digits and a dash (`51F - `, `36C1 – `):
/// the number after it is the rest of a licence plate.
fn after_plate_code(before: &str) -> bool {
    let trimmed = before.trim_end_matches(crate::text::is_space);
    let Some(dashed) = trimmed.strip_suffix(['-', '–']) else {
        return false;
    };
    let code_end = dashed.trim_end_matches(crate::text::is_space);
    let start = code_end
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric())
        .last()
        .map_or(code_end.len(), |(i, _)| i);
    let code = &code_end[start..];
    code.starts_with(|c: char| c.is_ascii_digit()) && code.chars().any(|c| c.is_ascii_uppercase())
}

/// Whether the letters and digits just before `end` make a code (`Covid`, `BT02`, `GMT`) rather
/// than a number or a time (`2`, `12h`, `17h30`).
fn code_before(text: &str, end: usize) -> bool {
    let before = &text[..end];
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric())
        .last()
        .map_or(end, |(i, _)| i);
    let token = &before[start..];
    let digits = token.bytes().take_while(u8::is_ascii_digit).count();
    let is_time = (1..=2).contains(&digits)
        && token[digits..]
            .strip_prefix(['h', 'g', 'H'])
            .is_some_and(|m| m.len() <= 2 && m.bytes().all(|b| b.is_ascii_digit()));
    token.chars().any(char::is_alphabetic) && !is_time
}

/// An entity ending where a letter or digit goes on (`quốc lộ 1A`): it is part of a code.
fn glued_after(text: &str, end: usize) -> bool {
    let after = &text[end..];
    let before_end = &text[..end];
    let ends_in_letter = before_end.ends_with(|c: char| is_word_char(c));
    match after.chars().next() {
        Some(c) if c.is_ascii_digit() => true,
        Some(c) if is_word_char(c) => !ends_in_letter,
        _ => false,
    }
}

/// Whether `thứ`/`lần` at `rest` is an ordinal here: after a noun or adjective, not a weekday.
fn ordinal_in_context(before: &str, rest: &str) -> bool {
    let Some((cue, _)) = split_word(rest) else {
        return false;
    };
    if !same(cue, "thứ") {
        if same(cue, "lần") {
            // `lần hai`, but not `ba lần` read backwards: a number before `lần` counts it.
            return !before.trim_end().ends_with(|c: char| c.is_ascii_digit());
        }
        return true;
    }
    match previous_word(before) {
        Some(word) => !word_set(&NOT_ORDINAL_SET, NOT_BEFORE_ORDINAL_THU).contains(word),
        None => rest
            .get(..)
            .is_some_and(|r| crate::text::match_phrase(r, "thứ nhất").is_some()),
    }
}

/// Whether a clock time (not a duration) starts at `digits`, a suffix of `input`.
fn clock_time_at(input: &str, digits: &str) -> bool {
    let before = &input[..input.len() - digits.len()];
    time(digits).is_ok_and(|(after, _)| !is_duration(before, after))
}

/// Whether a number after `before` is a label (`Điều 5`, `nhóm 1`), or continues a list of
/// labels (`6` in `Điều 5, 6 Nghị định`, `2` in `nhóm 1 và 2`).
fn is_labelled(before: &str) -> bool {
    let mut rest = before;
    loop {
        if let Some(label) =
            previous_word(rest).filter(|w| word_set(&LABEL_SET, LABELS).contains(w))
        {
            // `dân số 31.486 người`, `tổng số 1.200 hộ`: `số` ends a compound, not a label.
            let trimmed = rest.trim_end_matches(crate::text::is_space);
            let head = previous_word(&trimmed[..trimmed.len() - label.len()]);
            let compound = same(label, "số") && head.is_some_and(|h| word_in(h, SO_COMPOUNDS));
            return !compound;
        }
        // Step back over `5, ` or `1 và ` to the word before the list.
        let trimmed = rest.trim_end_matches(crate::text::is_space);
        let unlinked = match trimmed.strip_suffix(',') {
            Some(r) => r,
            None => match previous_word(trimmed).filter(|w| same(w, "và")) {
                Some(w) => &trimmed[..trimmed.len() - w.len()],
                None => return false,
            },
        };
        let unlinked = unlinked.trim_end_matches(crate::text::is_space);
        let number = unlinked.trim_end_matches(|c: char| c.is_ascii_digit());
        if number.len() == unlinked.len() {
            return false;
        }
        rest = number;
    }
}

/// A count in digits of a noun the lexicon lacks (see [`crate::quantity`]); never a bare year
/// (`2001 quy định`) and never a number in words.
fn open_quantity(input: &str) -> Option<(&str, Quantity)> {
    let (rest, m) = marked(input, crate::quantity::open_noun, &[]).ok()?;
    let numeral = m.first.digits?;
    let year_like = numeral.grouping == crate::number::Grouping::Plain
        && (Decimal::from(1000)..=Decimal::from(2999)).contains(&numeral.value);
    let quantity = Quantity {
        amount: m.amount,
        unit: m.marker,
        approx: m.approx,
    };
    // `20K phí vận chuyển`: a scaled amount is a price, not a count.
    (!year_like && !m.first.scaled).then_some((rest, quantity))
}

/// The "marker" after a plain number: nothing at all, unless a range follows.
fn nothing_unless_range(rest: &str) -> Option<((), &str)> {
    (!range_follows(rest)).then_some(((), rest))
}

/// A plain number or range of numbers, maybe qualified and signed, under the free-text rules
/// for words: `trên 27 tỉ`, `7 - 10 triệu`, `hai mươi mốt`.
fn plain_number(input: &str) -> Option<(&str, Amount, Option<Approx>)> {
    // The marker of a plain number is nothing at all, unless a range follows the first bound.
    let (after, m) = marked(input, nothing_unless_range, &[])
        .or_else(|_| marked(input, |rest: &str| Some(((), rest)), &[]))
        .ok()?;
    let digits = after_qualifier(input);
    // `khoảng 15 giờ ngày 8/3`, `11-16 giờ`: clock times, read from their digits.
    let before = &input[..input.len() - digits.len()];
    let hours = borrowed_hour(digits).is_some_and(|(r, _)| !is_duration(before, r));
    if hours || m.approx.is_some() && clock_time_at(input, digits) {
        return None;
    }
    // `vượt 5%`: a rate or an amount whose reader declined its qualifier; read it from the
    // digits instead.
    if crate::percent::percent_sign(after).is_some()
        || crate::money::currency_after(after).is_some()
    {
        return None;
    }
    // `1/4`, `3/2024`: the number is part of a fraction or date the other readers decide.
    if after.starts_with('/')
        && after[1..]
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    // `từ 2016 đến 2021`: a range of two years is a year, read from its digits.
    if let Amount::Range(low, high) = m.amount {
        let is_year =
            |v: Decimal| v.is_integer() && (Decimal::from(1000)..=Decimal::from(2999)).contains(&v);
        if is_year(low) && is_year(high) && m.approx.is_none() {
            return None;
        }
    }
    let a = m.first;
    if a.digits.is_none() && a.words < 2 && !a.scaled {
        return None;
    }
    if a.digits.is_none() && is_capitalized(digits) && a.words < 2 {
        return None;
    }
    Some((after, m.amount, m.approx))
}

#[cfg(test)]
mod tests {
    use super::json_string;

    #[test]
    fn json_strings_escape_what_json_requires() {
        assert_eq!(
            json_string("a\"b\\c\nd\te\u{1}"),
            r#""a\"b\\c\nd\te\u0001""#
        );
        assert_eq!(json_string("đồng"), "\"đồng\"");
    }
}
