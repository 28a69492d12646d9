//! Months, quarters and years: `tháng 02/2023`, `tháng 7 năm 2023`, `tháng Sáu`, `quý II/2023`,
//! `quý 3 năm 2024`, `Q3/2024`, `năm 2022`, `giai đoạn 2021-2025`, `năm học 2023-2024`.
//!
//! # Grammar
//!
//! ```text
//! month   = "tháng" (1 … 12 | name) ["nhuận" | "(nhuận)"] [("/" | "năm") year] ["âm lịch"]
//! quarter = "quý" (I … IV | 1 … 4) [("/" | "năm") year] | "Q" 1 … 4 "/" year
//! year    = cue year [range year] | year range year
//! cue     = "năm" | "năm học" | "năm tài chính" | "giai đoạn" | "thời kỳ" | "nhiệm kỳ"
//!         | "niên độ" | "niên khóa" | "SN"
//! range   = "-" | "–" | "—" | "đến" | "tới"
//! ```
//!
//! A bare four-digit number with no cue is not a year (`cùng kỳ 2023` is a number), but a range
//! of two years is (`(2025 - 2030)`). `năm` before an age is not a year (`năm 13 tuổi`). Month
//! names that are also common words are read only capitalized (`tháng Năm`, not `tháng năm`,
//! "months and years"). A month of the lunar year (`tháng Giêng`, `tháng 4 nhuận`, a can-chi
//! year) has no solar year: `tháng 4 nhuận năm 2020` is month 4.

// Hardening (issue 9): no panics, no unchecked indexing or arithmetic in this module; each
// `allow` below says why its bound holds.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects
)]

use crate::date::{four_digit_year, leap_marker, month_ref, written_year};
use crate::error::{parse_all, Error};
use crate::number::roman;
use crate::text::{lookup_phrase, match_phrase, space0, space1};
use nom::error::{Error as NomError, ErrorKind as NomErrorKind};
use nom::IResult;
use std::fmt;
use std::str::FromStr;

fn fail<T>(input: &str) -> IResult<&str, T> {
    Err(nom::Err::Error(NomError::new(input, NomErrorKind::Verify)))
}

/// A month, its year maybe unwritten.
///
/// ```
/// use vnparse::period::Month;
/// let m: Month = "tháng 02/2023".parse().unwrap();
/// assert_eq!((m.year, m.month, m.to_iso().as_str()), (Some(2023), 2, "2023-02"));
/// assert_eq!("tháng Sáu".parse::<Month>().unwrap().to_iso(), "--06");
/// assert_eq!(m.to_string(), "tháng 02/2023");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Month {
    /// The year, when written.
    pub year: Option<i32>,
    /// The month, 1 to 12.
    pub month: u8,
}

impl Month {
    /// `2023-02`, or `--07` without a year.
    pub fn to_iso(&self) -> String {
        match self.year {
            Some(y) => format!("{y:04}-{:02}", self.month),
            None => format!("--{:02}", self.month),
        }
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "tháng {:02}", self.month)?;
        // Four digits at least: `tháng 01/23` would read back as 2023.
        if let Some(y) = self.year {
            write!(f, "/{y:04}")?;
        }
        Ok(())
    }
}

impl FromStr for Month {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        parse_all(s, "a month such as `tháng 02/2023`", month)
    }
}

/// A month, as the module docs give it.
///
/// ```
/// use vnparse::period::month;
/// assert_eq!(month("tháng 7 năm 2023").unwrap().1.to_iso(), "2023-07");
/// assert!(month("tháng năm").is_err());
/// ```
pub fn month(input: &str) -> IResult<&str, Month> {
    let Some(len) = match_phrase(input, "tháng") else {
        return fail(input);
    };
    let (rest, _) = space1(&input[len..])?;
    let Some((m, lunar_name, after)) = month_ref(rest) else {
        return fail(rest);
    };
    if after.starts_with(|c: char| c.is_alphanumeric()) {
        return fail(after);
    }
    // `tháng 4 nhuận`, `tháng 4 (nhuận)`: a leap month is a lunar one, still month 4.
    let (leap, after) = match leap_marker(after) {
        Some(rest) => (true, rest),
        None => (false, after),
    };
    let lunar_name = lunar_name || leap;
    let (year, can_chi, rest) = written_year(after);
    // A leap month its year does not repeat cannot exist.
    if let (true, Some(y)) = (leap, year) {
        if crate::lunar::leap_month(y) != Some(m) {
            return fail(after);
        }
    }
    let mut rest = rest;
    // `tháng Giêng năm Canh Thìn (1820)`: a month of the lunar year has no solar year.
    let year = if lunar_name || can_chi.is_some() {
        None
    } else {
        year
    };
    // `tháng 3 Âm lịch`: a lunar month is still month 3.
    if let Some(after) = space1(rest)
        .ok()
        .and_then(|(r, _)| match_phrase(r, "âm lịch").map(|l| &r[l..]))
    {
        rest = after;
    }
    Ok((rest, Month { year, month: m }))
}

/// A quarter of a year.
///
/// ```
/// use vnparse::period::Quarter;
/// let q: Quarter = "quý II/2023".parse().unwrap();
/// assert_eq!(q.to_iso(), "2023-Q2");
/// assert_eq!(q.to_string(), "quý II/2023");
/// assert_eq!("Q3/2024".parse::<Quarter>().unwrap().to_iso(), "2024-Q3");
/// assert_eq!("quý I".parse::<Quarter>().unwrap().to_iso(), "Q1");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Quarter {
    /// The year, when written.
    pub year: Option<i32>,
    /// The quarter, 1 to 4.
    pub quarter: u8,
}

impl Quarter {
    /// `2023-Q2`, or `Q1` without a year.
    pub fn to_iso(&self) -> String {
        match self.year {
            Some(y) => format!("{y:04}-Q{}", self.quarter),
            None => format!("Q{}", self.quarter),
        }
    }
}

impl fmt::Display for Quarter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A quarter that does not exist is written in digits, which the reader refuses.
        match usize::from(self.quarter)
            .checked_sub(1)
            .and_then(|i| ["I", "II", "III", "IV"].get(i))
        {
            Some(roman) => write!(f, "quý {roman}")?,
            None => write!(f, "quý {}", self.quarter)?,
        }
        // Four digits at least: `quý II/23` would read back as 2023.
        if let Some(y) = self.year {
            write!(f, "/{y:04}")?;
        }
        Ok(())
    }
}

impl FromStr for Quarter {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        parse_all(s, "a quarter such as `quý II/2023`", quarter)
    }
}

/// A quarter, as the module docs give it.
///
/// ```
/// use vnparse::period::quarter;
/// assert_eq!(quarter("quý 3 năm 2024").unwrap().1.to_iso(), "2024-Q3");
/// assert_eq!(quarter("Qúy 3").unwrap().1.to_iso(), "Q3");
/// assert!(quarter("quý V").is_err());
/// ```
pub fn quarter(input: &str) -> IResult<&str, Quarter> {
    if let Some(rest) = input.strip_prefix('Q') {
        // `Q2 2024`, as financial tables head their columns.
        if let [d @ b'1'..=b'4', b' ', ..] = rest.as_bytes() {
            if let Some((y, after)) = four_digit_year(&rest[2..]) {
                return Ok((
                    after,
                    Quarter {
                        year: Some(y),
                        quarter: d.saturating_sub(b'0'),
                    },
                ));
            }
        }
        if let [d @ b'1'..=b'4', b'/', ..] = rest.as_bytes() {
            if let Some((y, after)) = four_digit_year(&rest[2..]) {
                return Ok((
                    after,
                    Quarter {
                        year: Some(y),
                        quarter: d.saturating_sub(b'0'),
                    },
                ));
            }
        }
    }
    // `quí` is the older spelling.
    let Some(len) = match_phrase(input, "quý").or_else(|| match_phrase(input, "quí")) else {
        return fail(input);
    };
    let (rest, _) = space1(&input[len..])?;
    let (after, q) = match roman(rest) {
        Ok((after, n)) => (after, n),
        Err(_) => match rest.as_bytes() {
            [d @ b'1'..=b'4', ..] => (&rest[1..], u32::from(d.saturating_sub(b'0'))),
            _ => match lookup_phrase(
                rest,
                &[("một", 1), ("hai", 2), ("ba", 3), ("tư", 4), ("bốn", 4)],
            ) {
                Some((&n, len)) => (&rest[len..], n),
                None => return fail(rest),
            },
        },
    };
    let Some(q) = u8::try_from(q).ok().filter(|q| (1..=4).contains(q)) else {
        return fail(rest);
    };
    if after.starts_with(|c: char| c.is_alphanumeric()) {
        return fail(after);
    }
    let (year, _, rest) = written_year(after);
    let rest = if year.is_none() { after } else { rest };
    Ok((rest, Quarter { year, quarter: q }))
}

/// A year or a span of years.
///
/// ```
/// use vnparse::period::Year;
/// let y: Year = "giai đoạn 2021-2025".parse().unwrap();
/// assert_eq!((y.first, y.last, y.to_plain().as_str()), (2021, 2025, "2021..2025"));
/// assert_eq!("năm 2022".parse::<Year>().unwrap().to_plain(), "2022");
/// assert_eq!(y.to_string(), "giai đoạn 2021-2025");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Year {
    /// The first year.
    pub first: i32,
    /// The last year (the first, for a single year).
    pub last: i32,
}

impl Year {
    /// `2022`, or `2021..2025` for a span.
    pub fn to_plain(&self) -> String {
        if self.first == self.last {
            self.first.to_string()
        } else {
            format!("{}..{}", self.first, self.last)
        }
    }
}

impl fmt::Display for Year {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Four digits at least: the reader takes a year only in four.
        if self.first == self.last {
            write!(f, "năm {:04}", self.first)
        } else {
            write!(f, "giai đoạn {:04}-{:04}", self.first, self.last)
        }
    }
}

impl FromStr for Year {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        parse_all(s, "a year such as `năm 2022`", year)
    }
}

const YEAR_CUES: &[(&str, ())] = &[
    ("năm tài chính", ()),
    ("năm học", ()),
    ("năm", ()),
    ("giai đoạn", ()),
    ("thời kỳ", ()),
    ("thời kì", ()),
    ("nhiệm kỳ", ()),
    ("nhiệm kì", ()),
    ("niên độ", ()),
    ("niên khóa", ()),
    ("sn", ()),
];

/// A year after its cue, or a range of two years, as the module docs give them.
///
/// ```
/// use vnparse::period::year;
/// assert_eq!(year("nhiệm kỳ 2020 – 2025").unwrap().1.to_plain(), "2020..2025");
/// assert_eq!(year("(2025 - 2030)").is_err(), true); // the bracket is not part of it
/// assert_eq!(year("2025 - 2030").unwrap().1.to_plain(), "2025..2030");
/// assert!(year("2023").is_err());
/// assert!(year("năm 13 tuổi").is_err());
/// ```
pub fn year(input: &str) -> IResult<&str, Year> {
    let (rest, cued) = match lookup_phrase(input, YEAR_CUES) {
        Some((_, len)) => (space1(&input[len..])?.0, true),
        None => (input, false),
    };
    // `giai đoạn từ 2010 – 2017`, and a bare `từ 2016 đến 2021`.
    let rest = match crate::text::keyword_rest(rest, "từ").and_then(|r| space1(r).ok()) {
        Some((after, _)) => after,
        None => rest,
    };
    // `năm Đinh Mão (1807)`: the can-chi name, then the year it names.
    let (rest, bracketed) = match crate::date::can_chi(rest) {
        Some((_, _, after)) if cued => match space0(after)?.0.strip_prefix('(') {
            Some(inner) => (inner, true),
            None => (rest, false),
        },
        _ => (rest, false),
    };
    let Some((first, after_first)) = four_digit_year(rest) else {
        return fail(rest);
    };
    if bracketed {
        let after = after_first.strip_prefix(')').unwrap_or(after_first);
        return Ok((after, Year { first, last: first }));
    }
    if let Some((last, after_last)) =
        range_end(after_first).or_else(|| short_range_end(first, after_first))
    {
        if last > first {
            return Ok((after_last, Year { first, last }));
        }
    }
    if !cued
        || after_first.starts_with(['/', '.', ','])
            && after_first[1..].starts_with(|c: char| c.is_ascii_digit())
    {
        return fail(rest);
    }
    Ok((after_first, Year { first, last: first }))
}

/// `- 2025`, `– 2025`, `-2025`, `đến 2025` after a year: the last year and the rest.
/// `-96` in `1965-96`: the last year by its last two digits, glued to the first.
// `first` has four digits (0 to 9999) and `yy` two: the sums stay below 10_200.
#[allow(clippy::arithmetic_side_effects)]
fn short_range_end(first: i32, input: &str) -> Option<(i32, &str)> {
    let rest = input.strip_prefix('-')?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits != 2 || rest[2..].starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let yy: i32 = rest[..2].parse().ok()?;
    let century = first - first % 100;
    // The next year after the first that ends in those digits (`1998-02` is 1998..2002); the
    // first's own last digits (`0222-22`) would make a century, which no one writes so.
    let last = match (century + yy).cmp(&first) {
        std::cmp::Ordering::Greater => century + yy,
        std::cmp::Ordering::Less => century + 100 + yy,
        std::cmp::Ordering::Equal => return None,
    };
    Some((last, &rest[2..]))
}

fn range_end(input: &str) -> Option<(i32, &str)> {
    let (rest, _) = space0(input).ok()?;
    let rest = match rest.strip_prefix(['-', '–', '—']) {
        Some(r) => space0(r).ok()?.0,
        None => {
            let (_, len) = lookup_phrase(rest, &[("đến", ()), ("tới", ())])?;
            space1(&rest[len..]).ok()?.0
        }
    };
    four_digit_year(rest)
}
