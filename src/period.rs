//! Months, quarters and years: `tháng 02/2023`, `tháng 7 năm 2023`, `tháng Sáu`, `quý II/2023`,
//! `quý 3 năm 2024`, `Q3/2024`, `năm 2022`, `giai đoạn 2021-2025`, `năm học 2023-2024`.
//!
//! # Grammar
//!
//! ```text
//! month   = "tháng" (1 … 12 | name) ["nhuận" | "(nhuận)"] [("/" | "năm") year] ["âm lịch" [("/" | "năm") year]]
//! quarter = "quý" (I … IV | 1 … 4) [("/" | "năm") year] | "Q" 1 … 4 ("/" | "-" | ".") year
//! year    = cue [":"] year [range year] | year range year     năm sinh: 1978
//!         | "năm" placed ("(" year ")" | ", tức" year | "-" year)   năm nay, tức 2024
//! cue     = "năm" | "năm học" | "năm tài chính" | "giai đoạn" | "thời kỳ" | "nhiệm kỳ"
//!         | "niên độ" | "niên khóa" | "niên vụ" | "mùa giải" | "SN"
//! range   = "-" | "–" | "—" | "đến" | "tới" | "/" (after a cue, two years running: 2024/2025)
//! ```
//!
//! `FromStr` reads the whole text by this grammar, and also the short forms of tables and what
//! `to_iso`/`to_plain` write, which in free text would be other things (a ratio, a number):
//!
//! ```text
//! month   = [T] 1 … 12 "/" yyyy | yyyy "-" mm | "--" mm          12/2023, T12/2023, 2023-12
//! quarter = yyyy "-Q" 1 … 4 | "Q" 1 … 4                            2023-Q2, Q2
//! year    = yyyy [".." yyyy] | ["năm"] can-chi [yyyy | "(" yyyy ")"]   2024, năm Đinh Mùi
//! ```
//!
//! A month of the lunar calendar (`tháng Giêng`, `tháng 5 âm lịch`, a month of a can-chi year)
//! says so ([`Month::is_lunar`]) and keeps its year; its `to_iso` is the month alone (`--05`).
//! A year named by its can-chi alone (`năm Đinh Mùi`) keeps the name, and [`Year::resolve`]
//! finds the year of that name nearest a reference; a can-chi written with a year it does not
//! name is an error that gives the year's own name.
//!
//! A bare four-digit number with no cue is not a year (`cùng kỳ 2023` is a number), but a range
//! of two years is (`(2025 - 2030)`). `năm` before an age is not a year (`năm 13 tuổi`); after
//! `năm` alone a year of the first millennium may have three digits (`năm 938`), unless a noun
//! it counts or a scale follows (`trong năm 300 ngày`). Month
//! names that are also common words are read only capitalized (`tháng Năm`, not `tháng năm`,
//! "months and years"). A month of the lunar year (`tháng Giêng`, `tháng 4 nhuận`, a can-chi
//! year) has no solar year: `tháng 4 nhuận năm 2020` is month 4.

use crate::date::{
    branch_alone, can_chi, fixed_digits, four_digit_year, leap_marker, month_ref, written_year,
    year_after_calendar, Calendar, CanChi,
};
use crate::error::{after, ends_with_word, here, parse_all, Error, ErrorKind, Expect, Stop};
use crate::lunar;
use crate::number::roman_after_a_cue;
use crate::text::{lookup_phrase, match_phrase, space0, space1, PhraseTable};
use nom::error::{Error as NomError, ErrorKind as NomErrorKind};
use nom::IResult;
use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

/// What a month after `tháng` or a quarter after `quý` expects where its reading stopped: the
/// number after its `cues`, the year after its `/`.
fn after_cue_expected(
    text: &str,
    stop: usize,
    cues: &[&str],
    number: &'static str,
) -> Option<Stop> {
    if text.get(stop..).unwrap_or_default().starts_with('/') {
        return after(1, "a year such as `2023`");
    }
    ends_with_word(text.get(..stop).unwrap_or_default(), cues)
        .then_some(())
        .and(here(number))
}

/// What stands after `tháng`.
const MONTH_NUMBER: &str = "a month from 1 to 12, or its name such as `Sáu`";
/// What stands after `quý`.
const QUARTER_NUMBER: &str = "a quarter number (I–IV or 1–4)";

fn fail<T>(input: &str) -> IResult<&str, T> {
    Err(nom::Err::Error(NomError::new(input, NomErrorKind::Verify)))
}

/// An error of a value that cannot exist, for the constructors (no input, so offset 0).
fn invalid(why: String) -> Error {
    Error::new(0, ErrorKind::Invalid(why))
}

/// Checks a year the text forms can write: four digits, 0 to 9999.
fn check_year(year: i32) -> Result<i32, Error> {
    if (0..=9999).contains(&year) {
        Ok(year)
    } else {
        Err(invalid(format!("year {year} is outside 0 to 9999")))
    }
}

/// A month, its year maybe unwritten, of the solar or the lunar calendar.
///
/// Build one with [`Month::new`] or [`Month::lunar`], or read one with `parse`, which also
/// reads what `to_iso` writes and the short forms of tables (`12/2023`, `T12/2023`).
///
/// ```
/// use vnparse::period::Month;
/// let m: Month = "tháng 02/2023".parse().unwrap();
/// assert_eq!((m.year(), m.month(), m.to_iso().as_str()), (Some(2023), 2, "2023-02"));
/// assert_eq!("tháng Sáu".parse::<Month>().unwrap().to_iso(), "--06");
/// assert_eq!(m.to_string(), "tháng 02/2023");
/// assert_eq!("T12/2023".parse::<Month>().unwrap(), Month::new(Some(2023), 12).unwrap());
///
/// let lunar: Month = "tháng Giêng năm 2025".parse().unwrap();
/// assert_eq!((lunar.year(), lunar.is_lunar()), (Some(2025), true));
/// assert_eq!(lunar.to_string(), "tháng 01/2025 âm lịch");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Month {
    /// The year, when written, 0 to 9999.
    year: Option<i32>,
    /// The month, 1 to 12.
    month: u8,
    /// Solar, or lunar (`tháng Giêng`, `tháng 5 âm lịch`).
    calendar: Calendar,
}

impl Month {
    /// A solar month (1 to 12) of a year 0 to 9999, or of no year written.
    ///
    /// ```
    /// use vnparse::period::Month;
    /// assert_eq!(Month::new(Some(2023), 2).unwrap().to_iso(), "2023-02");
    /// assert!(Month::new(Some(2023), 13).is_err());
    /// assert!(Month::new(Some(10_000), 1).is_err());
    /// ```
    pub fn new(year: Option<i32>, month: u8) -> Result<Self, Error> {
        Month::of(year, month, Calendar::Solar)
    }

    /// A month of the lunar calendar (`tháng 5 âm lịch`, `tháng Giêng`).
    ///
    /// ```
    /// use vnparse::period::Month;
    /// let m = Month::lunar(None, 5).unwrap();
    /// assert_eq!((m.to_string().as_str(), m.to_iso().as_str()), ("tháng 05 âm lịch", "--05"));
    /// ```
    pub fn lunar(year: Option<i32>, month: u8) -> Result<Self, Error> {
        Month::of(year, month, Calendar::Lunar)
    }

    fn of(year: Option<i32>, month: u8, calendar: Calendar) -> Result<Self, Error> {
        if !(1..=12).contains(&month) {
            return Err(invalid(format!("month {month} does not exist")));
        }
        let year = year.map(check_year).transpose()?;
        Ok(Month {
            year,
            month,
            calendar,
        })
    }

    /// The year, when written.
    ///
    /// ```
    /// use vnparse::Month;
    /// assert_eq!("tháng 02/2023".parse::<Month>()?.year(), Some(2023));
    /// assert_eq!("tháng 7".parse::<Month>()?.year(), None);
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn year(&self) -> Option<i32> {
        self.year
    }

    /// The month, 1 to 12.
    ///
    /// ```
    /// use vnparse::Month;
    /// assert_eq!("tháng 02/2023".parse::<Month>()?.month(), 2);
    /// assert_eq!("tháng Chạp".parse::<Month>()?.month(), 12);
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn month(&self) -> u8 {
        self.month
    }

    /// Solar or lunar.
    ///
    /// ```
    /// use vnparse::date::Calendar;
    /// use vnparse::Month;
    /// assert_eq!("tháng 5 âm lịch".parse::<Month>()?.calendar(), Calendar::Lunar);
    /// assert_eq!("tháng 5".parse::<Month>()?.calendar(), Calendar::Solar);
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn calendar(&self) -> Calendar {
        self.calendar
    }

    /// Whether this is a month of the lunar calendar.
    ///
    /// ```
    /// use vnparse::Month;
    /// assert!("tháng Giêng năm 2025".parse::<Month>()?.is_lunar());
    /// assert!(!"tháng 1/2025".parse::<Month>()?.is_lunar());
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn is_lunar(&self) -> bool {
        self.calendar == Calendar::Lunar
    }

    /// `2023-02`, or `--07` without a year. A lunar month is written `--05` even with its
    /// year, as the extractor's contract writes it (ISO 8601 has no lunar months); its year
    /// and calendar are in [`Display`](fmt::Display).
    ///
    /// ```
    /// use vnparse::Month;
    /// assert_eq!("tháng 02/2023".parse::<Month>()?.to_iso(), "2023-02");
    /// assert_eq!("tháng 7".parse::<Month>()?.to_iso(), "--07");
    /// assert_eq!("tháng 5 năm 2024 âm lịch".parse::<Month>()?.to_iso(), "--05");
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn to_iso(&self) -> String {
        match (self.calendar, self.year) {
            (Calendar::Solar, Some(y)) => format!("{y:04}-{:02}", self.month),
            _ => format!("--{:02}", self.month),
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
        if self.calendar == Calendar::Lunar {
            f.write_str(" âm lịch")?;
        }
        Ok(())
    }
}

impl FromStr for Month {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        let start = s.len().saturating_sub(s.trim_start().len());
        let at_start = |e: Error| Error::at(s, start, e.kind().clone());
        // What `to_iso` writes (`2023-12`, `--12`) and the table forms `12/2023`, `T12/2023`.
        if let Some((year, month)) = short_month(s.trim()) {
            return Month::new(year, month).map_err(at_start);
        }
        parse_all(s, MONTH, month)
    }
}

/// What the month reader expects, for the errors of `parse` and of [`crate::parse`].
pub(crate) const MONTH: Expect = Expect {
    what: "a month such as `tháng 02/2023`",
    at: |text, stop| after_cue_expected(text, stop, &["tháng"], MONTH_NUMBER),
};

/// `2023-12`, `--12`, `12/2023`, `T12/2023`: (year, month), the month not yet checked.
fn short_month(s: &str) -> Option<(Option<i32>, u8)> {
    let narrow = |n: u16| u8::try_from(n).ok();
    if let Some(rest) = s.strip_prefix("--") {
        let (m, rest) = fixed_digits(rest, 2)?;
        return rest.is_empty().then_some((None, narrow(m)?));
    }
    if let Some((y, rest)) = fixed_digits(s, 4) {
        let (m, rest) = fixed_digits(rest.strip_prefix('-')?, 2)?;
        return rest.is_empty().then_some((Some(i32::from(y)), narrow(m)?));
    }
    let s = s.strip_prefix('T').unwrap_or(s);
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let (m, rest) = fixed_digits(s, digits.clamp(1, 2))?;
    let (y, rest) = fixed_digits(rest.strip_prefix('/')?, 4)?;
    rest.is_empty().then_some((Some(i32::from(y)), narrow(m)?))
}

/// A month, as the module docs give it.
///
/// The crate's own reader; [`crate::parse::month`] is the public one, generic over the
/// error type.
pub(crate) fn month(input: &str) -> IResult<&str, Month> {
    let Some(len) = match_phrase(input, "tháng") else {
        return fail(input);
    };
    // `tháng12/2024`: the cue glued to its number, as a space lost in typing leaves it, where a
    // year is joined to it (not `tháng2 lần`).
    let after_cue = &input[len..];
    let rest = if crate::date::numbers_joined(after_cue) {
        after_cue
    } else {
        space1(after_cue)?.0
    };
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
    let (mut year, can_chi, mut rest) = written_year(after);
    // `tháng 3 Âm lịch`, `tháng 7 lịch âm`: a lunar month is still month 3.
    let marked_lunar = space1(rest)
        .ok()
        .and_then(|(r, _)| crate::date::lunar_marker(r));
    if let Some(after_marker) = marked_lunar {
        rest = after_marker;
        // `tháng 5 âm lịch năm 2024`: the year after the calendar, if the month is in it.
        let unyeared = year.is_none() && can_chi.is_none();
        if let Some((y, after_year)) = year_after_calendar(rest).filter(|_| unyeared) {
            let first_day = lunar::LunarDate {
                year: y,
                month: m,
                day: 1,
                leap,
            };
            if lunar::lunar_to_solar(first_day).is_some() {
                year = Some(y);
                rest = after_year;
            }
        }
    }
    // A leap month its year does not repeat cannot exist.
    if let (true, Some(y)) = (leap, year) {
        if crate::lunar::leap_month(y) != Some(m) {
            return fail(after);
        }
    }
    // `tháng Giêng năm 2025`, `tháng Giêng năm Canh Thìn (1820)`: a month of the lunar year.
    let calendar = if lunar_name || can_chi.is_some() || marked_lunar.is_some() {
        Calendar::Lunar
    } else {
        Calendar::Solar
    };
    // A can-chi that does not name the year written with it: the year is not known.
    let year = match (year, can_chi) {
        (Some(y), Some((stem, branch))) if !lunar::is_can_chi_of(y, stem, branch) => None,
        _ => year,
    };
    Ok((
        rest,
        Month {
            year,
            month: m,
            calendar,
        },
    ))
}

/// A quarter of a year, its year maybe unwritten.
///
/// Build one with [`Quarter::new`] or read one with `parse`, which also reads what `to_iso`
/// writes (`2023-Q2`, `Q1`).
///
/// ```
/// use vnparse::period::Quarter;
/// let q: Quarter = "quý II/2023".parse().unwrap();
/// assert_eq!((q.year(), q.quarter(), q.to_iso().as_str()), (Some(2023), 2, "2023-Q2"));
/// assert_eq!(q.to_string(), "quý II/2023");
/// assert_eq!("Q3/2024".parse::<Quarter>().unwrap().to_iso(), "2024-Q3");
/// assert_eq!("quý I".parse::<Quarter>().unwrap().to_iso(), "Q1");
/// assert_eq!("2023-Q2".parse::<Quarter>().unwrap(), q);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Quarter {
    /// The year, when written, 0 to 9999.
    year: Option<i32>,
    /// The quarter, 1 to 4.
    quarter: u8,
}

impl Quarter {
    /// Quarter `quarter` (1 to 4) of a year 0 to 9999, or of no year written.
    ///
    /// ```
    /// use vnparse::period::Quarter;
    /// assert_eq!(Quarter::new(Some(2024), 3).unwrap().to_string(), "quý III/2024");
    /// assert!(Quarter::new(None, 5).is_err());
    /// ```
    pub fn new(year: Option<i32>, quarter: u8) -> Result<Self, Error> {
        if !(1..=4).contains(&quarter) {
            return Err(invalid(format!("quarter {quarter} does not exist")));
        }
        let year = year.map(check_year).transpose()?;
        Ok(Quarter { year, quarter })
    }

    /// The year, when written.
    ///
    /// ```
    /// use vnparse::Quarter;
    /// assert_eq!("quý II/2023".parse::<Quarter>()?.year(), Some(2023));
    /// assert_eq!("quý I".parse::<Quarter>()?.year(), None);
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn year(&self) -> Option<i32> {
        self.year
    }

    /// The quarter, 1 to 4.
    ///
    /// ```
    /// use vnparse::Quarter;
    /// assert_eq!("quý IV/2023".parse::<Quarter>()?.quarter(), 4);
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn quarter(&self) -> u8 {
        self.quarter
    }

    /// `2023-Q2`, or `Q1` without a year.
    ///
    /// ```
    /// use vnparse::Quarter;
    /// assert_eq!("quý 3 năm 2024".parse::<Quarter>()?.to_iso(), "2024-Q3");
    /// assert_eq!("quý I".parse::<Quarter>()?.to_iso(), "Q1");
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn to_iso(&self) -> String {
        match self.year {
            Some(y) => format!("{y:04}-Q{}", self.quarter),
            None => format!("Q{}", self.quarter),
        }
    }
}

impl fmt::Display for Quarter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The constructors keep the quarter 1 to 4; digits are a fallback that never shows.
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
        let start = s.len().saturating_sub(s.trim_start().len());
        // What `to_iso` writes: `2023-Q2`, `Q2`.
        if let Some((year, quarter)) = iso_quarter(s.trim()) {
            return Quarter::new(year, quarter).map_err(|e| Error::at(s, start, e.kind().clone()));
        }
        parse_all(s, QUARTER, quarter)
    }
}

/// What the quarter reader expects, for the errors of `parse` and of [`crate::parse`].
pub(crate) const QUARTER: Expect = Expect {
    what: "a quarter such as `quý II/2023`",
    at: |text, stop| after_cue_expected(text, stop, &["quý", "quí"], QUARTER_NUMBER),
};

/// `2023-Q2`, `Q2`: (year, quarter), the quarter one digit, not yet checked.
fn iso_quarter(s: &str) -> Option<(Option<i32>, u8)> {
    let (year, rest) = match fixed_digits(s, 4) {
        Some((y, rest)) => (Some(i32::from(y)), rest.strip_prefix('-')?),
        None => (None, s),
    };
    let (q, rest) = fixed_digits(rest.strip_prefix('Q')?, 1)?;
    rest.is_empty().then_some((year, u8::try_from(q).ok()?))
}

/// A quarter, as the module docs give it.
///
/// The crate's own reader; [`crate::parse::quarter`] is the public one, generic over the
/// error type.
pub(crate) fn quarter(input: &str) -> IResult<&str, Quarter> {
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
        // (`Q3/2024`, `Q4-2024`, `Q2.2025`: a separator of a date's, before a year of four
        // digits.)
        if let [d @ b'1'..=b'4', b'/' | b'-' | b'.', ..] = rest.as_bytes() {
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
    quarter_after_cue(rest)
}

/// What follows the cue `quý`: the quarter's number (Roman, digit or word) and its year, if
/// written (`II/2024`, `3 năm 2024`). A quarter coordinated with one before it is written so
/// (`quý I và II/2024`).
pub(crate) fn quarter_after_cue(rest: &str) -> IResult<&str, Quarter> {
    let (after, q) = match roman_after_a_cue(rest) {
        Ok((after, n)) => (after, n),
        // (`quý i/2025` in a chat's lower case: the first quarter, its year after it.)
        Err(_) if rest.starts_with("i/") => (&rest[1..], 1),
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

/// A year, a span of years, or a lunar year known only by its can-chi name (`năm Đinh Mùi`).
///
/// Build one with [`Year::new`], [`Year::span`] or [`Year::named`], or read one with `parse`,
/// which also reads a bare year (`2024`) and what `to_plain` writes (`2021..2025`). A year
/// named by its can-chi takes a reference to say which it is ([`Year::resolve`]).
///
/// ```
/// use vnparse::period::Year;
/// let y: Year = "giai đoạn 2021-2025".parse().unwrap();
/// assert_eq!((y.first(), y.last(), y.to_plain().as_str()), (Some(2021), Some(2025), "2021..2025"));
/// assert_eq!("năm 2022".parse::<Year>().unwrap().to_plain(), "2022");
/// assert_eq!(y.to_string(), "giai đoạn 2021-2025");
/// assert_eq!("2024".parse::<Year>().unwrap(), Year::new(2024).unwrap());
///
/// let named: Year = "năm Đinh Mùi".parse().unwrap();
/// assert_eq!((named.first(), named.to_string().as_str()), (None, "năm Đinh Mùi"));
/// assert_eq!(named.resolve(2025).first(), Some(2027));
/// assert_eq!(named.resolve(1990).first(), Some(1967));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Year(YearKind);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum YearKind {
    /// From `first` to `last` (the same for one year), both 0 to 9999, `first <= last`.
    Numbered { first: i32, last: i32 },
    /// A lunar year known only by its name.
    Named(CanChi),
}

impl Year {
    /// Year `year`, 0 to 9999.
    ///
    /// ```
    /// use vnparse::period::Year;
    /// assert_eq!(Year::new(2022).unwrap().to_string(), "năm 2022");
    /// assert!(Year::new(-1).is_err());
    /// ```
    pub fn new(year: i32) -> Result<Self, Error> {
        Year::span(year, year)
    }

    /// The years `first` to `last`, both 0 to 9999; the same year twice is that year.
    ///
    /// ```
    /// use vnparse::period::Year;
    /// assert_eq!(Year::span(2021, 2025).unwrap().to_plain(), "2021..2025");
    /// assert!(Year::span(2025, 2021).is_err());
    /// ```
    pub fn span(first: i32, last: i32) -> Result<Self, Error> {
        let (first, last) = (check_year(first)?, check_year(last)?);
        if first > last {
            return Err(invalid(format!("the span {first}-{last} runs backwards")));
        }
        Ok(Year(YearKind::Numbered { first, last }))
    }

    /// The lunar year named `name`, its number not known.
    ///
    /// ```
    /// use vnparse::date::CanChi;
    /// use vnparse::period::Year;
    /// let y = Year::named(CanChi::of_year(1967));
    /// assert_eq!((y.to_string().as_str(), y.to_plain().as_str()), ("năm Đinh Mùi", "Đinh Mùi"));
    /// ```
    pub fn named(name: CanChi) -> Self {
        Year(YearKind::Named(name))
    }

    /// The first year, when the number is known.
    ///
    /// ```
    /// use vnparse::Year;
    /// assert_eq!("giai đoạn 2021-2025".parse::<Year>()?.first(), Some(2021));
    /// assert_eq!("năm 2024".parse::<Year>()?.first(), Some(2024));
    /// assert_eq!("năm Đinh Mùi".parse::<Year>()?.first(), None);
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn first(&self) -> Option<i32> {
        match self.0 {
            YearKind::Numbered { first, .. } => Some(first),
            YearKind::Named(_) => None,
        }
    }

    /// The last year (the first, for a single year), when the number is known.
    ///
    /// ```
    /// use vnparse::Year;
    /// assert_eq!("giai đoạn 2021-2025".parse::<Year>()?.last(), Some(2025));
    /// assert_eq!("năm 2024".parse::<Year>()?.last(), Some(2024));
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn last(&self) -> Option<i32> {
        match self.0 {
            YearKind::Numbered { last, .. } => Some(last),
            YearKind::Named(_) => None,
        }
    }

    /// Whether this is a span of two years or more.
    ///
    /// ```
    /// use vnparse::Year;
    /// assert!("nhiệm kỳ 2020 – 2025".parse::<Year>()?.is_span());
    /// assert!(!"năm 2024".parse::<Year>()?.is_span());
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn is_span(&self) -> bool {
        matches!(self.0, YearKind::Numbered { first, last } if first != last)
    }

    /// The can-chi name of a single year: as written, or that of its number.
    ///
    /// ```
    /// use vnparse::period::Year;
    /// assert_eq!("năm 2024".parse::<Year>().unwrap().can_chi().unwrap().to_string(), "Giáp Thìn");
    /// assert_eq!("giai đoạn 2021-2025".parse::<Year>().unwrap().can_chi(), None);
    /// // Named by its animal alone, the year must be that animal's.
    /// assert_eq!("năm Thìn 1964".parse::<Year>().unwrap().can_chi().unwrap().to_string(), "Giáp Thìn");
    /// assert!("năm Thìn 1965".parse::<Year>().is_err());
    /// ```
    pub fn can_chi(&self) -> Option<CanChi> {
        match self.0 {
            YearKind::Named(name) => Some(name),
            YearKind::Numbered { first, last } => (first == last).then(|| CanChi::of_year(first)),
        }
    }

    /// This year with its number found from `reference`: a year named by its can-chi is the
    /// year of that name nearest the reference (see [`CanChi::nearest_year`]); a numbered year is
    /// returned as it is.
    ///
    /// ```
    /// use vnparse::period::Year;
    /// let y: Year = "năm Bính Ngọ".parse().unwrap();
    /// assert_eq!(y.resolve(2024).to_string(), "năm 2026");
    /// ```
    pub fn resolve(&self, reference: i32) -> Year {
        match self.0 {
            YearKind::Named(name) => Year::new(name.nearest_year(reference)).unwrap_or(*self),
            YearKind::Numbered { .. } => *self,
        }
    }

    /// `2022` (the number as it is counted: `938` for `năm 938`), or `2021..2025` for a span;
    /// the can-chi name (`Đinh Mùi`) for a year known only by it.
    ///
    /// ```
    /// use vnparse::Year;
    /// assert_eq!("năm 2022".parse::<Year>()?.to_plain(), "2022");
    /// assert_eq!("năm 938".parse::<Year>()?.to_plain(), "938");
    /// assert_eq!("giai đoạn 2021-2025".parse::<Year>()?.to_plain(), "2021..2025");
    /// assert_eq!("năm Đinh Mùi".parse::<Year>()?.to_plain(), "Đinh Mùi");
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn to_plain(&self) -> String {
        match self.0 {
            // The year's number, as the text counts it (`năm 938` is 938, no ISO `0938`).
            YearKind::Numbered { first, last } if first == last => first.to_string(),
            YearKind::Numbered { first, last } => format!("{first}..{last}"),
            YearKind::Named(name) => name.to_string(),
        }
    }
}

impl fmt::Display for Year {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Four digits at least: the reader takes a year only in four.
        match self.0 {
            YearKind::Numbered { first, last } if first == last => write!(f, "năm {first:04}"),
            YearKind::Numbered { first, last } => write!(f, "giai đoạn {first:04}-{last:04}"),
            YearKind::Named(name) => write!(f, "năm {name}"),
        }
    }
}

impl FromStr for Year {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        let trimmed = s.trim();
        let start = s.len().saturating_sub(s.trim_start().len());
        // A bare year and what `to_plain` writes: `2024`, `2021..2025`, `Đinh Mùi`.
        if let Some((first, last)) = plain_years(trimmed) {
            return Year::span(first, last).map_err(|e| Error::at(s, start, e.kind().clone()));
        }
        if let Some(found) = named_year(trimmed) {
            return found.map_err(|(offset, why)| {
                Error::at(s, start.saturating_add(offset), ErrorKind::Invalid(why))
            });
        }
        parse_all(s, YEAR, year)
    }
}

/// What the year reader expects, for the errors of `parse` and of [`crate::parse`]: after a
/// cue, four digits.
pub(crate) const YEAR: Expect = Expect {
    what: "a year such as `năm 2022`",
    at: |text, stop| {
        let read = text.get(..stop).unwrap_or_default();
        let cue = YEAR_CUES.iter().any(|(cue, _)| {
            let last = cue.rsplit(' ').next().unwrap_or(cue);
            ends_with_word(read, &[last])
        });
        cue.then_some(Stop {
            skip: 0,
            expected: "a year of four digits, such as `2022`",
        })
    },
};

/// `2024`, `938` or `2021..2025`: the first and last years (of one to four digits).
fn plain_years(s: &str) -> Option<(i32, i32)> {
    fn year_digits(s: &str) -> Option<(u16, &str)> {
        let n = s.bytes().take_while(u8::is_ascii_digit).count();
        let (digits, rest) = s.split_at_checked(n).filter(|_| (1..=4).contains(&n))?;
        Some((digits.parse().ok()?, rest))
    }
    let (first, rest) = year_digits(s)?;
    let last = match rest.strip_prefix("..") {
        Some(rest) => match year_digits(rest)? {
            (last, "") => last,
            _ => return None,
        },
        None if rest.is_empty() => first,
        None => return None,
    };
    Some((i32::from(first), i32::from(last)))
}

/// The whole of `s` as a year named by its can-chi, `[năm] can-chi [yyyy | "(" yyyy ")"]`:
/// `năm Đinh Mùi`, `Đinh Mùi`, `năm Đinh Mão (1807)`, `năm Canh Tý 2020`. A number that the
/// name does not name is an error at the number's byte, naming the year's own name.
fn named_year(s: &str) -> Option<Result<Year, (usize, String)>> {
    let after_cue = match_phrase(s, "năm")
        .and_then(|len| space1(&s[len..]).ok())
        .map_or(s, |(rest, _)| rest);
    let (stem, branch, rest) = can_chi(after_cue)?;
    let name = CanChi::new(stem, branch).ok()?;
    if rest.is_empty() {
        return Some(Ok(Year::named(name)));
    }
    let (rest, _) = space0(rest).ok()?;
    let digits = rest.strip_prefix('(').unwrap_or(rest);
    let offset = s.len().saturating_sub(digits.len());
    let (number, rest) = match rest.strip_prefix('(') {
        Some(inner) => {
            let (y, after) = four_digit_year(inner)?;
            (y, after.strip_prefix(')')?)
        }
        None => four_digit_year(rest)?,
    };
    if !rest.is_empty() {
        return None;
    }
    Some(if name.names(number) {
        Year::new(number).map_err(|e| (offset, e.kind().to_string()))
    } else {
        Err((
            offset,
            format!(
                "{name} is not the name of {number} ({})",
                CanChi::of_year(number)
            ),
        ))
    })
}

const YEAR_CUES: &[(&str, ())] = &[
    ("năm tài chính", ()),
    ("năm ngân sách", ()),
    ("năm sản xuất", ()),
    ("năm học", ()),
    // `năm sinh 1988`: the year of birth, as `SN 1988` abbreviates it.
    ("năm sinh", ()),
    ("năm", ()),
    ("giai đoạn", ()),
    ("thời kỳ", ()),
    ("thời kì", ()),
    ("nhiệm kỳ", ()),
    ("nhiệm kì", ()),
    ("niên độ", ()),
    ("niên khóa", ()),
    // The crop year of coffee, cashew or rice (`niên vụ 2024/2025`), and a league's season,
    // a cue of a span of years only (`mùa giải 2024/25`; `mùa giải 2024` names the season, a
    // number).
    ("niên vụ", ()),
    ("mùa giải", ()),
    ("sn", ()),
];

/// Where a word after a noun of time places that time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Placed {
    /// From now: `năm nay`, `tuần qua`, `tháng tới`, `năm ngoái`.
    FromNow,
    /// From a time named before: `năm đó`, `hôm ấy`, `tháng kia`.
    FromThen,
}

/// The words after a noun of time that make it one point of time, placed from now or from a
/// time named before, not a length (`năm nay`, `tuần trước`, `năm đó`): the one table the
/// readers of years, of counts of time and of days ask.
const PLACING_WORDS: &[(&str, Placed)] = &[
    ("nay", Placed::FromNow),
    ("này", Placed::FromNow),
    ("ngoái", Placed::FromNow),
    ("qua", Placed::FromNow),
    ("trước", Placed::FromNow),
    ("tới", Placed::FromNow),
    ("sau", Placed::FromNow),
    ("đó", Placed::FromThen),
    ("ấy", Placed::FromThen),
    ("kia", Placed::FromThen),
];

/// How the word at the start of `input` places the noun of time before it, if it is one of
/// [`PLACING_WORDS`].
pub(crate) fn placing_word(input: &str) -> Option<Placed> {
    placing_phrase(input).map(|(&placed, _)| placed)
}

/// [`placing_word`] and its length. (Looked up by the word's hash: it is asked after every
/// noun of time and every cue of a year, where most words are none of these.)
fn placing_phrase(input: &str) -> Option<(&'static Placed, usize)> {
    static PLACING: LazyLock<PhraseTable<Placed>> =
        LazyLock::new(|| PhraseTable::new(PLACING_WORDS));
    PLACING.lookup(input)
}

/// The length of the words at the start of `input` that make `năm` before them a compound
/// cue of a year (`học` of `năm học`, `tài chính`, `sinh`), read from [`YEAR_CUES`].
pub(crate) fn compound_of_nam(input: &str) -> Option<usize> {
    YEAR_CUES
        .iter()
        .filter_map(|(cue, ())| cue.strip_prefix("năm "))
        .find_map(|tail| crate::text::match_phrase(input, tail))
}

/// Whether `input` opens with the cue `năm` (not `giai đoạn` or another cue of years).
fn after_nam(input: &str) -> bool {
    crate::text::match_phrase(input, "năm").is_some()
}

/// The text at a year of four digits set in apposition after a year named from now, by `,
/// tức` (that is), a dash or a space alone (`Năm nay, tức 2024`, `Năm ngoái - 2023 -`, `Năm
/// nay 2025 là năm bản lề`), counting no noun (`Năm nay 2000 người`).
fn year_in_apposition(after: &str) -> Option<&str> {
    let year = match after.strip_prefix(['-', '–']) {
        Some(r) => space0(r).ok()?.0,
        None if after.starts_with(|c: char| c.is_ascii_digit()) => after,
        None => {
            let r = space0(after.strip_prefix(',')?).ok()?.0;
            let len = crate::text::match_phrase(r, "tức")?;
            space1(r.get(len..)?).ok()?.0
        }
    };
    // (Not digits that count a noun: `Năm nay - 2000 người`.)
    let (_, after_year) = four_digit_year(year)?;
    crate::quantity::unit_after(crate::quantity::Units::shared(), after_year)
        .is_none()
        .then_some(year)
}

/// The years a text may name without a cue: those of the written record, 1000 to 2999.
pub(crate) const YEARS_OF_THE_RECORD: std::ops::RangeInclusive<i32> = 1000..=2999;

/// Whether `value` lies among [`YEARS_OF_THE_RECORD`] (a fraction too: `1999,5`).
pub(crate) fn among_years_of_the_record(value: rust_decimal::Decimal) -> bool {
    (rust_decimal::Decimal::from(*YEARS_OF_THE_RECORD.start())
        ..=rust_decimal::Decimal::from(*YEARS_OF_THE_RECORD.end()))
        .contains(&value)
}

/// Whether `value` is a whole year of the written record (see [`YEARS_OF_THE_RECORD`]).
pub(crate) fn is_year_of_the_record(value: rust_decimal::Decimal) -> bool {
    value.is_integer() && among_years_of_the_record(value)
}

/// The year after the animal of a year alone, as [`branch_alone`] reads it (`Thìn 1964`), if
/// the animal is that year's: the text from the year, and its stem and branch.
fn year_of_its_animal(input: &str) -> Option<(&str, (usize, usize))> {
    let (branch, after) = branch_alone(input)?;
    let (year, _) = space1(after).ok()?;
    let (number, _) = four_digit_year(year)?;
    let (stem, its_branch) = lunar::can_chi(number);
    (its_branch == branch).then_some((year, (stem, branch)))
}

/// A year after its cue, or a range of two years, as the module docs give them.
///
/// The crate's own reader; [`crate::parse::year`] is the public one, generic over the
/// error type.
pub(crate) fn year(input: &str) -> IResult<&str, Year> {
    // (A form puts a colon after its field's name: `Năm sinh: 1978`.)
    static CUES: LazyLock<PhraseTable<()>> = LazyLock::new(|| PhraseTable::new(YEAR_CUES));
    let cue = CUES.lookup(input);
    // (Whether the cue is `năm` is asked by several readings below: asked once.)
    let nam = cue.is_some() && after_nam(input);
    let (rest, cued) = match cue {
        Some((_, len)) => {
            let after_cue = &input[len..];
            let rest = space1(after_cue.strip_prefix(':').unwrap_or(after_cue))?.0;
            // (Not before a cue of its own: `năm giai đoạn 2009 - 2019`, the yearly rate of a
            // span, whose cue is `giai đoạn`.)
            let event = || event_of_the_year(rest).filter(|_| CUES.lookup(rest).is_none());
            let rest = match nam {
                true => event().unwrap_or(rest),
                false => rest,
            };
            (rest, true)
        }
        None => (input, false),
    };
    // `giai đoạn từ 2010 – 2017`, and a bare `từ 2016 đến 2021`.
    let rest = match crate::text::keyword_rest(rest, "từ").and_then(|r| space1(r).ok()) {
        Some((after, _)) => after,
        None => rest,
    };
    // `năm Đinh Mão (1807)`, `năm Giáp Ngọ 1954`: the can-chi name, then the year it names;
    // `năm nay (2025)`, `năm ngoái (2024)`: the year named by where it stands, then its number.
    let (rest, bracketed, named) = match can_chi(rest) {
        Some((stem, branch, after)) if cued => match space0(after)?.0.strip_prefix('(') {
            Some(inner) => (inner, true, Some((stem, branch))),
            None => match space1(after) {
                Ok((year, _)) if four_digit_year(year).is_some() => {
                    (year, false, Some((stem, branch)))
                }
                _ => (rest, false, None),
            },
        },
        // `năm Thìn 1964`: the animal alone names the year too, when it is that year's (no
        // word that places a year is an animal's).
        _ => match (cued && nam).then(|| year_of_its_animal(rest)).flatten() {
            Some((year, named)) => (year, false, Some(named)),
            None => match placing_phrase(rest) {
                Some((Placed::FromNow, len)) if cued && nam => {
                    let after = space0(&rest[len..])?.0;
                    match after.strip_prefix('(') {
                        Some(inner) => (inner, true, None),
                        // `Năm nay, tức 2024`, `Năm ngoái - 2023 -`: its number in apposition.
                        None => match year_in_apposition(after) {
                            Some(year) => (year, false, None),
                            None => (rest, false, None),
                        },
                    }
                }
                _ => (rest, false, None),
            },
        },
    };
    // `giai đoạn 939-965`, `năm 968 đến 980`: a span of years of the first millennium after a
    // cue (whatever noun follows it: `980 nhà Đinh` is a dynasty, no count of houses).
    let early_span = || {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if !cued || bracketed || named.is_some() || digits != 3 || rest.starts_with('0') {
            return None;
        }
        let first: i32 = rest.get(..3)?.parse().ok()?;
        let (last, after) = range_end(first, rest.get(3..)?)?;
        let span = (last > first)
            .then(|| Year::span(first, last).ok())
            .flatten()?;
        Some((after, span))
    };
    if let Some(found) = early_span() {
        return Ok(found);
    }
    let early = || {
        (cued && nam && !bracketed && named.is_none())
            .then(|| three_digit_year(rest))
            .flatten()
    };
    // `năm hai nghìn không trăm hai mươi tư`: a year in words after `năm`.
    let in_words = || {
        (cued && nam && !bracketed && named.is_none())
            .then(|| crate::date::year_in_words(rest))
            .flatten()
    };
    let Some((first, after_first)) = four_digit_year(rest).or_else(early).or_else(in_words) else {
        return fail(rest);
    };
    let single = Year(YearKind::Numbered { first, last: first });
    // A name that is not the year's own: the text contradicts itself, no year is read.
    if named.is_some_and(|(stem, branch)| !lunar::is_can_chi_of(first, stem, branch)) {
        return fail(rest);
    }
    if bracketed {
        let Some(after) = after_first.strip_prefix(')') else {
            return fail(rest);
        };
        return Ok((after, single));
    }
    if named.is_some() {
        return Ok((after_first, single));
    }
    // Without a cue, only years of the written record make a range of years: `4567 - 8901`
    // (a lottery's numbers, a code's parts) are two numbers.
    let of_the_record = |year: i32| YEARS_OF_THE_RECORD.contains(&year);
    // (A school, crop or fiscal year, or a season, runs across two years, written with a slash:
    // `năm học 2024/2025`, `niên vụ 2023/2024`, `lịch bay mùa Đông 2024/2025`, a range of two
    // years with no cue, as a dash writes it; two years that do not follow each other are a
    // ratio, `1998/2000`.)
    // (After its cue its second year may be cut to two digits: `niên vụ 2023/24`, `mùa giải
    // 2024/25`.)
    let running_on = || {
        let second = after_first.strip_prefix('/')?;
        let next = first.checked_add(1)?;
        let whole = four_digit_year(second);
        let of_the_record = whole.is_some() && of_the_record(first) && of_the_record(next);
        let (last, after) = whole.or_else(|| {
            let digits = second.bytes().take_while(u8::is_ascii_digit).count();
            let after = second.get(digits..)?;
            let yy: i32 = second.get(..digits)?.parse().ok()?;
            (digits == 2 && yy == next % 100 && !after.starts_with(char::is_alphanumeric))
                .then_some((next, after))
        })?;
        ((cued || of_the_record) && last == next).then_some((last, after))
    };
    if let Some((last, after_last)) = range_end(first, after_first)
        .or_else(|| short_range_end(first, after_first))
        .or_else(running_on)
    {
        if let Some(span) = (last > first && (cued || of_the_record(first) && of_the_record(last)))
            .then(|| Year::span(first, last).ok())
            .flatten()
        {
            return Ok((after_last, span));
        }
    }
    let season = cued && match_phrase(input, "mùa giải").is_some();
    if !cued
        || season
        || after_first.starts_with(['/', '.', ','])
            && after_first[1..].starts_with(|c: char| c.is_ascii_digit())
    {
        return fail(rest);
    }
    Ok((after_first, single))
}

/// `năm hoàn thành 2018`, `năm thành lập 1975`, `năm xây 1998`: after `năm`, one or two
/// lower-case words of what was done in the year (in capitals in a heading, and a colon after
/// them in a form: `Năm thành lập: 1946`), then the year in four digits with no noun
/// after it to count, cue the year as `sinh` does in `năm sinh 1988`; the text at the digits.
/// Not a number word (`năm hai nghìn`), a word that places the year (`năm nay 2000 người`) or
/// one that brings an amount (`năm có 2020 thí sinh`, `năm đạt khoảng 1500`).
fn event_of_the_year(after_nam: &str) -> Option<&str> {
    /// Words that bring an amount after `năm`, or place or number the year.
    const AMOUNT_VERBS: &[&str] = &[
        "có", "là", "đạt", "được", "gồm", "thu", "còn", "tăng", "giảm", "lên", "xuống", "với",
        "chỉ", "mất", "thứ", "số", "thì", "và", "hoặc", "của", "từ", "đến", "tới",
    ];
    fn event_word(input: &str) -> Option<&str> {
        let (word, rest) = crate::text::split_word(input)?;
        // (In lower case, or in capitals as a heading writes its field: `NĂM THÀNH LẬP 1975`.)
        let written = word.starts_with(char::is_lowercase) || crate::text::in_capitals(word);
        let ok = written
            && !crate::number::is_number_word(word)
            && placing_word(word).is_none()
            && !crate::text::word_in(word, AMOUNT_VERBS)
            && crate::number::approx_phrase(input).is_err();
        ok.then_some(rest)
    }
    let mut rest = event_word(after_nam)?;
    for _ in 0..2 {
        // (A form puts a colon after its field's name: `Năm thành lập: 1946`.)
        let (spaced, _) = space1(rest.strip_prefix(':').unwrap_or(rest)).ok()?;
        if let Some((_, after_year)) = four_digit_year(spaced) {
            let counted = crate::quantity::unit_after(crate::quantity::Units::shared(), after_year)
                .is_some()
                || crate::quantity::noun_follows(after_year);
            return (!counted).then_some(spaced);
        }
        rest = event_word(spaced)?;
    }
    None
}

/// A year of the first millennium after `năm`, in three digits (`năm 938`, `năm 544`): not
/// followed by more of a number (`năm 100.000`, `năm 150 triệu`), a letter, or a noun it
/// counts (`trong năm 300 ngày`). A noun before a name counts nothing: it names a dynasty or
/// an army (`năm 980 nhà Tiền Lê`, `năm 938 quân Nam Hán`).
fn three_digit_year(input: &str) -> Option<(i32, &str)> {
    static UNITS: std::sync::LazyLock<crate::quantity::Units> =
        std::sync::LazyLock::new(crate::quantity::Units::builtin);
    let digits = input.bytes().take_while(u8::is_ascii_digit).count();
    // (Three digits first: the readers of the rest are asked only of them.)
    if digits != 3 || input.starts_with('0') {
        return None;
    }
    let rest = input.get(3..)?;
    let more_number = rest.starts_with(['.', ',', '/'])
        && rest[1..].starts_with(|c: char| c.is_ascii_digit())
        || crate::number::amount(input).is_ok_and(|(_, a)| a.scaled)
        || crate::quantity::quantity(&UNITS, input)
            .is_ok_and(|(after, q)| !(names_a_reign(&q.unit) && before_a_name(after)));
    if more_number {
        return None;
    }
    if rest.starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    Some((input[..3].parse().ok()?, rest))
}

/// Whether `unit` is a noun of a reign or an army, which a name after it names (`nhà Tiền Lê`,
/// `quân Nam Hán`, `triều Nguyễn`), no count of people (`800 khách Nhật`).
fn names_a_reign(unit: &str) -> bool {
    ["nhà", "quân", "triều", "đời"].contains(&unit)
}

/// Whether a capitalized word, a name, follows `after` after a space.
fn before_a_name(after: &str) -> bool {
    space1(after).is_ok_and(|(r, _)| r.starts_with(char::is_uppercase))
}

/// How many years a span written short may reach into the next century (`1998-02`).
const MAX_ROLLOVER: i32 = 20;

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
    // first's own last digits (`0222-22`) would make a century, which no one writes so, and
    // into the next century a short end reaches a few years only (`2024-11` is no span of 87
    // years: a year and a month, as ISO writes them).
    let last = match (century + yy).cmp(&first) {
        std::cmp::Ordering::Greater => century + yy,
        std::cmp::Ordering::Less if century + 100 + yy - first <= MAX_ROLLOVER => {
            century + 100 + yy
        }
        _ => return None,
    };
    Some((last, &rest[2..]))
}

/// The end of a span of years after its first (`-2025`, ` đến 2025`); after a year of the
/// first millennium, in three digits too (`939-965`, `968 đến 980`).
pub(crate) fn range_end(first: i32, input: &str) -> Option<(i32, &str)> {
    let (rest, _) = space0(input).ok()?;
    let rest = match rest.strip_prefix(['-', '–', '—']) {
        Some(r) => space0(r).ok()?.0,
        None => {
            let (_, len) = lookup_phrase(rest, &[("đến", ()), ("tới", ())])?;
            space1(&rest[len..]).ok()?.0
        }
    };
    four_digit_year(rest).or_else(|| three_digit_year(rest).filter(|_| first < 1000))
}

#[cfg(test)]
mod tests {
    use super::{placing_word, Placed};

    #[test]
    fn words_after_a_noun_of_time_place_it_from_now_or_from_then() {
        for now in ["nay, giá tăng", "Qua", "tới", "ngoái.", "trước"] {
            assert_eq!(placing_word(now), Some(Placed::FromNow), "{now}");
        }
        for then in ["đó", "ấy", "Kia", "đo\u{301}"] {
            assert_eq!(placing_word(then), Some(Placed::FromThen), "{then}");
        }
        for other in ["học", "nayy", "2025", "", " nay"] {
            assert_eq!(placing_word(other), None, "{other}");
        }
    }
}
