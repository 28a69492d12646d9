//! Ordinals: `lần thứ IV`, `Đại hội XIII`, `khóa XV`, `thứ 2`, `thứ hai`, `lần thứ Nhất`,
//! `lần một`, `thế kỷ XX`.
//!
//! # Grammar
//!
//! ```text
//! ordinal = "lần thứ" rank | ("khóa" | "khoá" | "Đại hội" | "học kỳ") roman | "thế kỷ" (roman | digits)
//!         | "khóa" digits        (a cohort: one to three digits, before no counted noun)
//!         | "lần" word | "thứ" rank | "đợt" rank     đợt I, đợt 2 (not before a unit: đợt 2 tuần)
//! rank    = roman | digits | "nhất" | "nhì" | "tư" | number words
//! ```
//!
//! `thứ hai` is an ordinal after a noun or an adjective (`cao thứ hai`); before a date it is a
//! weekday, which the date reader claims. The extractor decides that from the words around it;
//! this parser reads the phrase alone.

use crate::error::{ends_with_word, here, parse_all, Error, Expect, Stop};
use crate::number::{amount, roman_after_a_cue};
use crate::text::{keyword, match_phrase, space1};
use nom::branch::alt;
use nom::error::{Error as NomError, ErrorKind as NomErrorKind};
use nom::{IResult, Parser};
use std::fmt;
use std::str::FromStr;

/// A rank: the fourth (`lần thứ IV`), the thirteenth (`Đại hội XIII`).
///
/// ```
/// use vnparse::Ordinal;
/// assert_eq!("lần thứ IV".parse::<Ordinal>().unwrap().value(), 4);
/// assert_eq!("Đại hội XIII".parse::<Ordinal>().unwrap().value(), 13);
/// assert_eq!("thứ hai".parse::<Ordinal>().unwrap().to_string(), "thứ 2");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Ordinal(u32);

impl Ordinal {
    /// The ordinal `value` (1 for the first).
    ///
    /// ```
    /// use vnparse::Ordinal;
    /// let fourth = Ordinal::new(4);
    /// assert_eq!(fourth.to_string(), "thứ 4");
    /// assert_eq!("lần thứ IV".parse::<Ordinal>()?, fourth);
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn new(value: u32) -> Self {
        Ordinal(value)
    }

    /// Its rank, from 1: the contract's `value` of an ordinal.
    ///
    /// ```
    /// use vnparse::Ordinal;
    /// assert_eq!("khóa XV".parse::<Ordinal>()?.value(), 15);
    /// assert_eq!("thứ nhất".parse::<Ordinal>()?.value(), 1);
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn value(self) -> u32 {
        self.0
    }
}

impl fmt::Display for Ordinal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "thứ {}", self.0)
    }
}

impl FromStr for Ordinal {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        parse_all(s, EXPECTED, ordinal)
    }
}

/// What the reader expects, for the errors of `parse` and of [`crate::parse`].
pub(crate) const EXPECTED: Expect = Expect {
    what: "an ordinal such as `lần thứ IV`",
    at: expected,
};

/// What an ordinal expects where its reading stopped: after its cue word, the rank.
fn expected(text: &str, stop: usize) -> Option<Stop> {
    let read = text.get(..stop).unwrap_or_default();
    if ends_with_word(read, &["khóa", "hội", "kỳ", "kì"]) {
        return here("a Roman numeral such as `XIII`");
    }
    if ends_with_word(read, &["thứ", "lần", "kỷ", "kỉ"]) {
        return here("a rank: a number, a Roman numeral such as `IV`, or `nhất`");
    }
    None
}

fn fail<T>(input: &str) -> IResult<&str, T> {
    Err(nom::Err::Error(NomError::new(input, NomErrorKind::Verify)))
}

/// A rank after `thứ`: a Roman numeral, digits, `nhất`, `nhì`, `tư`, or number words.
///
/// The crate's own reader; [`crate::parse::rank`] is the public one, generic over the
/// error type.
pub(crate) fn rank(input: &str) -> IResult<&str, u32> {
    if let Ok(found) = roman_after_a_cue(input) {
        return Ok(found);
    }
    // The ranks with words of their own: `nhất` (first), `nhì` (second), `tư` (fourth, where a
    // count says `bốn`).
    for (word, value) in [("nhất", 1), ("nhì", 2), ("tư", 4)] {
        if let Some(len) = match_phrase(input, word) {
            return Ok((&input[len..], value));
        }
    }
    let (rest, a) = amount(input)?;
    let integer = a.value.is_integer() && !a.scaled;
    match u32::try_from(a.value.mantissa())
        .ok()
        .filter(|v| integer && *v > 0 && a.value.scale() == 0)
    {
        Some(v) if !rest.starts_with(|c: char| c.is_alphanumeric()) => Ok((rest, v)),
        _ => fail(input),
    }
}

/// A cohort of a school numbered in digits after `khóa` (`sinh viên khóa 46`, `Khóa 12 tốt
/// nghiệp`), as in Roman: one to three digits that end the word, no year (`khóa 2024-2028` is
/// a span of years), no amount going on (`cả khóa 15 triệu đồng` is the course's fee, `mỗi
/// khóa 40 - 45 học viên` what a course holds) and no count of a noun after them (`khóa 4 số`
/// is a lock of four digits).
fn cohort_in_digits<'a>(cue: &str, rest: &'a str) -> Option<(&'a str, u32)> {
    match_phrase(cue, "khóa")?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after = rest.get(digits..)?;
    let glued = after.starts_with(|c: char| c.is_alphanumeric() || crate::text::is_word_char(c))
        || after
            .strip_prefix(['-', '/', '.', ','])
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    let counted = || {
        crate::quantity::unit_after(crate::quantity::Units::shared(), after).is_some()
            || crate::text::space1(after)
                .ok()
                .is_some_and(|(r, _)| match_phrase(r, "số").is_some())
    };
    // (An amount that reads on past the digits, a scale or a range, or a currency after them.)
    let amount_goes_on = || {
        crate::number::amount(rest).is_ok_and(|(r, _)| r.len() < after.len())
            || crate::number::range_follows(after)
            || crate::money::currency_after(after).is_some()
    };
    if !(1..=3).contains(&digits) || glued || counted() || amount_goes_on() {
        return None;
    }
    let value = rest.get(..digits)?.parse::<u32>().ok().filter(|&v| v > 0)?;
    Some((after, value))
}

/// Whether the second word of `input` begins with `k` (`kỳ`, `kì`).
fn second_word_opens_with_k(input: &str) -> bool {
    let after_first = input.trim_start_matches(|c: char| !crate::text::is_space(c));
    after_first
        .trim_start_matches(crate::text::is_space)
        .starts_with(['k', 'K'])
}

/// An ordinal phrase, cue word included.
///
/// The crate's own reader; [`crate::parse::ordinal`] is the public one, generic over the
/// error type.
pub(crate) fn ordinal(input: &str) -> IResult<&str, Ordinal> {
    // (The one cue opening with `h` is `học kỳ`: `học sinh`, `học tập`, the most of the words
    // it opens, are passed over on the first letter of their second word, unfolded.)
    if input.starts_with(['h', 'H']) && !second_word_opens_with_k(input) {
        return fail(input);
    }
    let (rest, cue) = alt((
        keyword("lần thứ"),
        keyword("học kỳ"),
        keyword("học kì"),
        keyword("khóa"),
        keyword("đại hội"),
        keyword("thế kỷ"),
        keyword("thế kỉ"),
        keyword("lần"),
        keyword("thứ"),
        keyword("đợt"),
    ))
    .parse(input)?;
    let (rest, _) = space1(rest)?;
    // (A term of a school year is ranked in Roman numerals too: `học kỳ II`; `học kỳ 2` is
    // left as written.)
    let roman_only = ["khóa", "đại hội", "học kỳ", "học kì"]
        .iter()
        .any(|roman_cue| match_phrase(cue, roman_cue).is_some());
    let (rest, value) = if roman_only {
        roman_after_a_cue(rest).or_else(|e| cohort_in_digits(cue, rest).ok_or(e))?
    } else {
        rank(rest)?
    };
    // `đợt 2` is the second round, but in `một đợt 2 tuần` the number counts the weeks (in
    // `đợt 2 năm 2024`, `Đợt 2 tuần sau`, `năm` and `tuần` name when the round is).
    let counts = || {
        crate::quantity::unit_after(crate::quantity::Units::shared(), rest).is_some_and(
            |(unit, after)| {
                crate::quantity::is_measure_or_duration(&unit)
                    && !crate::quantity::names_a_point_in_time(after)
            },
        )
    };
    if match_phrase(cue, "đợt").is_some() && counts() {
        return fail(input);
    }
    Ok((rest, Ordinal(value)))
}
