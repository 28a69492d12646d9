//! Vietnamese telephone and fax numbers: `0299.3822339`, `02993.626252`, `0915 836 555`,
//! `+84 912 345 678`, `(08).38464877`, `+ 84- 4-5564944`.
//!
//! # Grammar
//!
//! ```text
//! phone   = national | international
//! national      = ["("] "0" digits [")"] { sep digits }      9 to 11 digits in all
//! international = "+" [" "] "84" { sep digits }             8 to 10 digits after 84
//! sep     = one or two of "." "-" " " (no-break spaces too)
//! ```
//!
//! The value is the E.164 form of the number as written, old area codes kept: `(08).38464877`
//! is `+84838464877`. Short service numbers (`113`) and numbers of the wrong length are not
//! phones; neither is anything glued to more digits or letters.

use crate::error::{parse_all, Error, Expect};
use nom::error::{Error as NomError, ErrorKind as NomErrorKind};
use nom::IResult;
use std::fmt;
use std::str::FromStr;

/// A Vietnamese telephone number, kept as its national significant digits.
///
/// `Display` writes the E.164 form.
///
/// ```
/// use vnparse::Phone;
/// let p: Phone = "0299.3822339".parse().unwrap();
/// assert_eq!(p.to_string(), "+842993822339");
/// assert_eq!(p.national(), "02993822339");
/// assert!("113".parse::<Phone>().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Phone {
    /// The digits after the country code 84.
    significant: String,
}

impl Phone {
    /// The E.164 form: `+842993822339`: the contract's `value` of a phone.
    ///
    /// ```
    /// use vnparse::Phone;
    /// assert_eq!("0915 836 555".parse::<Phone>()?.e164(), "+84915836555");
    /// assert_eq!("+84 912 345 678".parse::<Phone>()?.e164(), "+84912345678");
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn e164(&self) -> String {
        format!("+84{}", self.significant)
    }

    /// The national form, with its leading zero: `02993822339`.
    ///
    /// ```
    /// use vnparse::Phone;
    /// assert_eq!("+84 912 345 678".parse::<Phone>()?.national(), "0912345678");
    /// assert_eq!("(08).38464877".parse::<Phone>()?.national(), "0838464877");
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn national(&self) -> String {
        if is_service_number(&self.significant) {
            return self.significant.clone();
        }
        format!("0{}", self.significant)
    }
}

impl fmt::Display for Phone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "+84{}", self.significant)
    }
}

impl FromStr for Phone {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        parse_all(s, EXPECTED, phone).map_err(|e| explain_length(s).unwrap_or(e))
    }
}

/// What the reader expects, for the errors of `parse` and of [`crate::parse`].
pub(crate) const EXPECTED: Expect = Expect {
    what: "a Vietnamese phone number such as `0912 345 678` or `+84 912 345 678`",
    at: |_, _| None,
};

/// For a string of digits and separators that is no phone: why, by how it begins and its
/// length.
///
/// ```
/// use vnparse::Phone;
/// let why = |s: &str| s.parse::<Phone>().unwrap_err().to_string();
/// assert_eq!(
///     why("84912345678"),
///     "at char 0 (byte 0) in `‸84912345678`: `84912345678` lacks its `+` or leading 0: write `+84912345678` or `0912345678`"
/// );
/// assert_eq!(
///     why("0912 345"),
///     "at char 0 (byte 0) in `‸0912 345`: `0912 345` has 7 digits: a Vietnamese number has 10 beginning with 0 (11 for an old mobile or landline)"
/// );
/// ```
fn explain_length(s: &str) -> Option<Error> {
    let trimmed = s.trim();
    let only_phone_chars = trimmed
        .chars()
        .all(|c| c.is_ascii_digit() || " .-()+\u{a0}".contains(c));
    let digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
    let start = s.len().saturating_sub(s.trim_start().len());
    let n = digits.len();
    (only_phone_chars && n > 0).then(|| {
        let why = match digits.strip_prefix("84") {
            _ if trimmed.starts_with('+') => {
                format!("`{trimmed}` is not a Vietnamese number: +84 and 8 to 10 digits")
            }
            // `84912345678`: the country code written without its `+`.
            Some(national) if !digits.starts_with('0') && is_vietnamese_number(national) => {
                format!(
                    "`{trimmed}` lacks its `+` or leading 0: write `+{digits}` or `0{national}`"
                )
            }
            _ if !digits.starts_with('0') => {
                format!("`{trimmed}` does not begin with 0 or +84, as a Vietnamese number does")
            }
            _ if matches!(n, 10 | 11) => format!(
                "`{trimmed}` begins with no known prefix: a mobile begins 03, 05, 07, 08 or 09, a \
                 landline with its area code"
            ),
            _ => format!(
                "`{trimmed}` has {n} digits: a Vietnamese number has 10 beginning with 0 (11 for \
                 an old mobile or landline)"
            ),
        };
        Error::at(s, start, crate::error::ErrorKind::Invalid(why))
    })
}

fn fail<T>(input: &str) -> IResult<&str, T> {
    Err(nom::Err::Error(NomError::new(input, NomErrorKind::Verify)))
}

/// The length of a separator between digit groups at the start of `input` (0 if none).
fn separator(input: &str) -> usize {
    let mut len: usize = 0;
    for (count, c) in input.chars().enumerate() {
        if count == 2 || !matches!(c, '.' | '-' | ' ' | '\u{a0}' | '\u{202f}') {
            break;
        }
        len = len.saturating_add(c.len_utf8());
    }
    len
}

fn digit_run(input: &str) -> usize {
    input.bytes().take_while(u8::is_ascii_digit).count()
}

/// A phone number, as the module docs give it.
///
/// The crate's own reader; [`crate::parse::phone`] is the public one, generic over the
/// error type.
pub(crate) fn phone(input: &str) -> IResult<&str, Phone> {
    if let Some(found) = service_number(input) {
        return Ok(found);
    }
    let (mut rest, international, mut open_paren) = match country_code(input) {
        Some(found) => found,
        None => (input, false, false),
    };
    let mut digits = String::new();
    if !international {
        if let Some(r) = rest.strip_prefix('(') {
            rest = r;
            open_paren = true;
        }
        if !rest.starts_with('0') {
            return fail(input);
        }
    }
    let (min, max) = if international { (8, 10) } else { (9, 11) };
    let mut first = true;
    // (Whether every group so far is of two digits: `05 12 23 34 41 45` is a draw of a
    // lottery, numbers in a row that a phone's length cuts off, no phone.)
    let mut pairs = true;
    loop {
        let sep = if first && !international {
            0
        } else {
            separator(rest)
        };
        let after_sep = &rest[sep..];
        let run = digit_run(after_sep);
        if run > 0 && pairs && digits.len().saturating_add(run) > max {
            return fail(input);
        }
        if run == 0 || digits.len().saturating_add(run) > max {
            break;
        }
        pairs = pairs && run == 2;
        digits.push_str(&after_sep[..run]);
        rest = &after_sep[run..];
        first = false;
        if open_paren {
            match rest.strip_prefix(')') {
                Some(r) => {
                    rest = r;
                    open_paren = false;
                }
                None => return fail(input),
            }
        }
    }
    let glued = rest.starts_with(|c: char| c.is_alphanumeric()) || continues_number(rest);
    if open_paren || glued || digits.len() < min {
        return fail(input);
    }
    let significant = if international {
        digits.strip_prefix('0').unwrap_or(&digits).to_string()
    } else {
        digits.get(1..).unwrap_or_default().to_string()
    };
    if !is_vietnamese_number(&significant) {
        return fail(input);
    }
    Ok((rest, Phone { significant }))
}

/// `1900 9095`, `1800 1091`, `1900 571 234`: the nationwide numbers of companies' and
/// ministries' hotlines, dialled without a leading zero.
fn service_number(input: &str) -> Option<(&str, Phone)> {
    let prefix = input.get(..4).filter(|p| is_service_number(p))?;
    let mut digits = prefix.to_string();
    let mut rest = &input[4..];
    while digits.len() < 10 {
        let sep = separator(rest);
        let run = digit_run(&rest[sep..]);
        let end = sep.saturating_add(run);
        if run == 0 || digits.len().saturating_add(run) > 10 {
            break;
        }
        digits.push_str(&rest[sep..end]);
        rest = &rest[end..];
    }
    let glued = rest.starts_with(|c: char| c.is_alphanumeric()) || continues_number(rest);
    (matches!(digits.len(), 8 | 10) && !glued).then_some((
        rest,
        Phone {
            significant: digits,
        },
    ))
}

/// The country code before a number: `+84`, `+ 84`, `+84 (0)`, `(+84)`, `(84-28)` (the bracket then
/// closes after the area code), or `84-` before a number's area code; the rest, and whether a
/// bracket is open.
fn country_code(input: &str) -> Option<(&str, bool, bool)> {
    let (inner, bracket) = match input.strip_prefix('(') {
        Some(r) => (r, true),
        None => (input, false),
    };
    let (after_plus, plus) = match inner.strip_prefix('+') {
        Some(r) => (r.trim_start_matches(' '), true),
        None => (inner, false),
    };
    let rest = after_plus.strip_prefix("84")?;
    if rest.starts_with(|c: char| c.is_ascii_digit()) && !plus {
        return None;
    }
    // Without a plus, the 84 must stand apart: `84-24-38251234`, `(84-28) 3829 5800`.
    if !plus && !rest.starts_with(['-', '.', ' ']) {
        return None;
    }
    // `+84 (0) 912 345 678`: the trunk zero in brackets, dialled at home and dropped abroad.
    let rest = match rest.trim_start_matches(' ').strip_prefix("(0)") {
        Some(after_zero) if plus && !bracket => after_zero,
        _ => rest,
    };
    match rest.strip_prefix(')') {
        Some(closed) if bracket => Some((closed, true, false)),
        _ => Some((rest, true, bracket)),
    }
}

/// Whether the digits are a 1800/1900 hotline's.
fn is_service_number(digits: &str) -> bool {
    digits.starts_with("1800") || digits.starts_with("1900")
}

/// The area codes of the numbering plan in force since 2017, after the leading `0`: two
/// digits for Hà Nội (24) and Hồ Chí Minh City (28), three for every other province.
///
/// ```
/// use vnparse::phone::AREA_CODES;
/// use vnparse::Phone;
/// assert!(AREA_CODES.contains(&"24") && AREA_CODES.contains(&"299"));
/// assert_eq!("024 3825 3536".parse::<Phone>()?.to_string(), "+842438253536");
/// # Ok::<(), vnparse::Error>(())
/// ```
pub const AREA_CODES: &[&str] = &[
    "24", "28", "203", "204", "205", "206", "207", "208", "209", "210", "211", "212", "213", "214",
    "215", "216", "218", "219", "220", "221", "222", "225", "226", "227", "228", "229", "232",
    "233", "234", "235", "236", "237", "238", "239", "251", "252", "254", "255", "256", "257",
    "258", "259", "260", "261", "262", "263", "269", "270", "271", "272", "273", "274", "275",
    "276", "277", "290", "291", "292", "293", "294", "296", "297", "299",
];

/// Mobile prefixes after the leading `0` (ten-digit numbers).
///
/// ```
/// use vnparse::phone::MOBILE_PREFIXES;
/// use vnparse::Phone;
/// assert!(MOBILE_PREFIXES.contains(&"91"));
/// assert_eq!("0912 345 678".parse::<Phone>()?.to_string(), "+84912345678");
/// assert!(!MOBILE_PREFIXES.contains(&"80"));
/// # Ok::<(), vnparse::Error>(())
/// ```
pub const MOBILE_PREFIXES: &[&str] = &[
    "32", "33", "34", "35", "36", "37", "38", "39", "52", "55", "56", "58", "59", "70", "76", "77",
    "78", "79", "81", "82", "83", "84", "85", "86", "87", "88", "89", "90", "91", "92", "93", "94",
    "96", "97", "98", "99",
];

/// Whether the digits after the country code (or the leading `0`) make a Vietnamese number:
/// a landline of today's plan (area code and subscriber, ten digits), a mobile (nine digits,
/// a known prefix), or a number of the plans before 2017 that texts still carry — a landline
/// whose area code begins 3 to 8 (`(08).38464877`, `069.234.2593`), eight to ten digits, or
/// one of the northern provinces' two-digit codes beginning 2 and seven digits, nine in all
/// (`026.3852.345`, Cao Bằng's), or an eleven-digit mobile beginning `1` (`0912…` became
/// `091…`, `0123…` became `083…`).
fn is_vietnamese_number(significant: &str) -> bool {
    let len = significant.len();
    match significant.as_bytes().first() {
        Some(b'2') => {
            len == 10 && AREA_CODES.iter().any(|a| significant.starts_with(a)) || len == 9
        }
        Some(b'1') if is_service_number(significant) => matches!(len, 8 | 10),
        Some(b'1') => len == 10,
        Some(b'3'..=b'9') => {
            let mobile = len == 9 && MOBILE_PREFIXES.iter().any(|p| significant.starts_with(p));
            let old_landline = (8..=10).contains(&len) && !significant.starts_with('9');
            mobile || old_landline
        }
        _ => false,
    }
}

/// Whether a digit group continues after a separator: then the digits were too many for a phone.
/// Not a second phone after a dash (`0903123456-0913123456`, `0912.345.678-0987.654.321`):
/// two numbers to call, as a shop lists them.
fn continues_number(rest: &str) -> bool {
    let sep = separator(rest);
    sep > 0
        && sep <= 1
        && rest[sep..].starts_with(|c: char| c.is_ascii_digit())
        && !rest.starts_with(crate::text::is_space)
        && !(rest.starts_with('-') && shaped_as_a_phone(&rest[sep..]))
}

/// Whether `input` opens with what has a phone's shape, read shallowly (not as [`phone`] reads,
/// so that a chain of numbers joined by dashes is not read again from each): a `0`, then ten or
/// eleven digits in all, in groups apart by single points or spaces, and no digit or letter
/// glued after them.
fn shaped_as_a_phone(input: &str) -> bool {
    if !input.starts_with('0') {
        return false;
    }
    let mut digits = 0_usize;
    let mut rest = input;
    loop {
        let run = digit_run(rest);
        digits = digits.saturating_add(run);
        rest = &rest[run..];
        if digits > 11 {
            return false;
        }
        match rest.as_bytes() {
            [b'.' | b' ', next, ..] if next.is_ascii_digit() && run > 0 => rest = &rest[1..],
            _ => break,
        }
    }
    (10..=11).contains(&digits) && !rest.starts_with(|c: char| c.is_alphanumeric())
}
