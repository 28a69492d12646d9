//! The one error type of the crate: what was wrong, where, and what could have stood there.
//!
//! Every error from reading a string names the place twice, as a count of characters (what a
//! person counts) and of bytes (what a program slices by), quotes a short window of the input
//! around it with the place marked `‸`, and says what the reader expected there for that
//! input: after `1.` a digit, after an amount of money a currency, after `quý` a quarter
//! number.
//!
//! ```text
//! at char 5 (byte 6) in `ngày ‸31/02`: day 31 does not exist in February
//! at char 4 (byte 5) in `quý ‸V/2023`: unexpected `V`, expected a quarter number (I–IV or 1–4)
//! ```
//!
//! Each kind of value says what it expects by a small function of its text and the place where
//! its reader stopped (an `Expect`, beside its `FromStr`); `parse_all` here runs a reader over
//! a whole string and builds the error from where it stopped.

use std::fmt;
use thiserror::Error as ThisError;

/// Why a string could not be read as a value.
///
/// An error names where reading stopped, as a byte offset ([`Error::offset`]) and a char
/// offset ([`Error::char_offset`]), quotes the input around that place ([`Error::context`]),
/// and says what was wrong there; match on [`Error::kind`] to act on the reason. `Display`
/// writes all of it on one line.
///
/// ```
/// use vnparse::{ErrorKind, Money};
/// let err = "1..2 triệu đồng".parse::<Money>().unwrap_err();
/// assert_eq!((err.offset(), err.char_offset()), (2, 2));
/// assert_eq!(err.context(), "1.‸.2 triệu đồng");
/// assert_eq!(
///     err.to_string(),
///     "at char 2 (byte 2) in `1.‸.2 triệu đồng`: unexpected `.`, expected a digit"
/// );
///
/// // After text in Vietnamese, a character is two or three bytes.
/// let err = "trên 5 triệu".parse::<Money>().unwrap_err();
/// assert_eq!((err.offset(), err.char_offset()), (15, 12));
/// assert!(matches!(err.kind(), ErrorKind::UnexpectedEnd(_)));
/// assert_eq!(
///     err.to_string(),
///     "at char 12 (byte 15) in `trên 5 triệu‸`: unexpected end of input, expected a currency \
///      such as `đồng`, `VND`, `USD` or `$`"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    offset: usize,
    /// The char offset and the quoted window, for an error in a string that was read.
    quoted: Option<(usize, String)>,
    kind: ErrorKind,
}

/// What was wrong with the input.
///
/// ```
/// use vnparse::{ErrorKind, Money, Date};
/// let err = "1..2 triệu đồng".parse::<Money>().unwrap_err();
/// assert_eq!(err.kind(), &ErrorKind::Unexpected { found: '.', expected: "a digit" });
/// let err = "31/02/2023".parse::<Date>().unwrap_err();
/// assert!(matches!(err.kind(), ErrorKind::Invalid(why) if why.contains("February")));
/// assert_eq!("".parse::<Money>().unwrap_err().kind().to_string(),
///            "empty input, expected an amount of money such as `1,5 tỷ đồng`");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ThisError)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input was empty or only spaces.
    #[error("empty input, expected {0}")]
    Empty(&'static str),
    /// A character that cannot stand there.
    #[error("unexpected {}, expected {expected}", Shown(*found))]
    Unexpected {
        /// The character found.
        found: char,
        /// What could have stood there.
        expected: &'static str,
    },
    /// The input ended before the value was complete.
    #[error("unexpected end of input, expected {0}")]
    UnexpectedEnd(&'static str),
    /// A value was read, but text follows it.
    #[error("unexpected trailing text `{}`", Window::start_of(.0))]
    Trailing(String),
    /// The amount does not fit in a 96-bit decimal.
    #[error("the amount is too large")]
    Overflow,
    /// The value is well formed but cannot exist (a day 31 in February, month 13).
    #[error("{}", OneLine(.0))]
    Invalid(String),
}

impl Error {
    /// An error of `kind` at byte `offset` of an input it does not quote (as from a conversion,
    /// which reads no text): its char offset is taken to be `offset` too. An error in a string
    /// is made by [`Error::at`].
    ///
    /// ```
    /// use vnparse::{Error, ErrorKind};
    /// let err = Error::new(0, ErrorKind::Invalid("year 99999 is out of range".into()));
    /// assert_eq!(err.to_string(), "at byte 0: year 99999 is out of range");
    /// assert_eq!(err.context(), "");
    /// ```
    pub fn new(offset: usize, kind: ErrorKind) -> Self {
        Error {
            offset,
            quoted: None,
            kind,
        }
    }

    /// An error of `kind` at byte `offset` of `input` (moved back to the start of the character
    /// it falls in, and to the end of `input` at most), which it quotes.
    ///
    /// ```
    /// use vnparse::{Error, ErrorKind};
    /// let err = Error::at("ngày 31/02", 6, ErrorKind::Invalid("no such day".into()));
    /// assert_eq!((err.offset(), err.char_offset()), (6, 5));
    /// assert_eq!(err.to_string(), "at char 5 (byte 6) in `ngày ‸31/02`: no such day");
    /// ```
    pub fn at(input: &str, offset: usize, kind: ErrorKind) -> Self {
        let offset = crate::text::floor_char_boundary(input, offset);
        let (before, after) = input.split_at(offset);
        let window = if input.trim().is_empty() {
            String::new()
        } else {
            format!("{}‸{}", Window::end_of(before), Window::start_of(after))
        };
        Error {
            offset,
            quoted: Some((before.chars().count(), window)),
            kind,
        }
    }

    /// The byte offset into the input where reading failed.
    ///
    /// ```
    /// let err = "ngày 31/02".parse::<vnparse::Date>().unwrap_err();
    /// assert_eq!(err.offset(), 6); // `ngày ` is 6 bytes: the day starts there
    /// assert_eq!(&"ngày 31/02"[err.offset()..], "31/02");
    /// ```
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// The offset into the input where reading failed, counted in characters (Unicode scalar
    /// values, as `str::chars` counts them).
    ///
    /// ```
    /// let err = "quý V/2023".parse::<vnparse::Quarter>().unwrap_err();
    /// assert_eq!((err.char_offset(), err.offset()), (4, 5));
    /// ```
    pub fn char_offset(&self) -> usize {
        self.quoted
            .as_ref()
            .map_or(self.offset, |(chars, _)| *chars)
    }

    /// A short window of the input around the place reading failed, on one line, with the
    /// place marked `‸` and `…` where the input goes on: `… ngày 10/03/2023‸ có mưa`. Empty
    /// for an empty input and for an error that quotes no input ([`Error::new`]).
    ///
    /// ```
    /// let err = "Thứ Sáu, ngày 10/03/2023 có mưa".parse::<vnparse::Date>().unwrap_err();
    /// assert_eq!(err.context(), "… ngày 10/03/2023‸ có mưa");
    /// ```
    pub fn context(&self) -> &str {
        self.quoted.as_ref().map_or("", |(_, window)| window)
    }

    /// Why reading failed.
    ///
    /// ```
    /// use vnparse::{ErrorKind, Quarter};
    /// let err = "quý".parse::<Quarter>().unwrap_err();
    /// assert!(matches!(err.kind(), ErrorKind::UnexpectedEnd(_)));
    /// ```
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.quoted {
            None => write!(f, "at byte {}: {}", self.offset, self.kind),
            Some((chars, window)) if window.is_empty() => {
                write!(f, "at char {chars} (byte {}): {}", self.offset, self.kind)
            }
            Some((chars, window)) => write!(
                f,
                "at char {chars} (byte {}) in `{window}`: {}",
                self.offset, self.kind
            ),
        }
    }
}

impl std::error::Error for Error {}

/// A character as a message names it: in backticks, or by name where backticks would show
/// nothing readable.
struct Shown(char);

impl fmt::Display for Shown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            ' ' => f.write_str("space"),
            '\u{a0}' => f.write_str("no-break space"),
            c if c.is_whitespace() || c.is_control() => write!(f, "`{}`", c.escape_default()),
            c => write!(f, "`{c}`"),
        }
    }
}

/// A text on one line: line breaks and other controls escaped (a message may quote its input).
struct OneLine<'a>(&'a str);

impl fmt::Display for OneLine<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.chars().try_for_each(|c| match c {
            c if c.is_control() => write!(f, "{}", c.escape_default()),
            c => write!(f, "{c}"),
        })
    }
}

/// At most [`Window::CHARS`] characters of a text, on one line (line breaks and other controls
/// escaped), with `…` where the text goes on.
enum Window<'a> {
    /// The start of the text: what follows a place.
    Start(&'a str),
    /// The end of the text: what leads to a place.
    End(&'a str),
}

impl<'a> Window<'a> {
    /// How many characters of the input a window shows on each side of the place.
    const CHARS: usize = 16;

    fn start_of(text: &'a str) -> Self {
        Window::Start(text)
    }

    fn end_of(text: &'a str) -> Self {
        Window::End(text)
    }
}

impl fmt::Display for Window<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let one_line = |f: &mut fmt::Formatter<'_>, text: &str| write!(f, "{}", OneLine(text));
        match *self {
            Window::Start(text) => match text.char_indices().nth(Self::CHARS) {
                Some((cut, _)) => {
                    one_line(f, text.get(..cut).unwrap_or_default())?;
                    f.write_str("…")
                }
                None => one_line(f, text),
            },
            Window::End(text) => match text.char_indices().rev().nth(Self::CHARS - 1) {
                Some((cut, _)) if cut > 0 => {
                    f.write_str("…")?;
                    one_line(f, text.get(cut..).unwrap_or_default())
                }
                _ => one_line(f, text),
            },
        }
    }
}

/// What a kind of value expects where its reader stopped.
///
/// `what` names the value as a whole (a date such as `10/03/2023`); `at`, given the value's
/// text and the byte where its reader stopped in it, says what could stand there for that
/// input (a month from 1 to 12 after `10/`). It may first step over the text after the stop,
/// where that is well formed and the reader backed out of it only because what follows is
/// not. After a complete value, `at` returns `None` where the text after it simply trails it.
#[derive(Clone, Copy)]
pub(crate) struct Expect {
    /// The value as a whole: what is expected where nothing more precise can be said.
    pub what: &'static str,
    /// What could stand where reading stopped.
    pub at: fn(text: &str, stop: usize) -> Option<Stop>,
}

impl From<&'static str> for Expect {
    fn from(what: &'static str) -> Self {
        Expect {
            what,
            at: |_, _| None,
        }
    }
}

/// What a reader expected, `skip` bytes after where it stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Stop {
    /// How many bytes after the stop are well formed and stepped over.
    pub skip: usize,
    /// What could stand after them.
    pub expected: &'static str,
}

/// `expected` right where reading stopped.
pub(crate) fn here(expected: &'static str) -> Option<Stop> {
    Some(Stop { skip: 0, expected })
}

/// `expected` after the first `skip` bytes after the stop.
pub(crate) fn after(skip: usize, expected: &'static str) -> Option<Stop> {
    Some(Stop { skip, expected })
}

/// `expected` at byte `at` of `text`, for a reader that stopped at byte `stop` (where the
/// walk of an `Expect` got to `at` on its own); nothing where it got no further than `stop`.
pub(crate) fn reached(text: &str, stop: usize, at: &str, expected: &'static str) -> Option<Stop> {
    let at = at.trim_start_matches(crate::text::is_space);
    let reached = text.len().saturating_sub(at.len());
    reached
        .checked_sub(stop)
        .map(|skip| Stop { skip, expected })
}

/// Runs `parser` over all of `input` (surrounding spaces allowed) for a `FromStr`; where it
/// stops short, the error says what `expected` expects there.
pub(crate) fn parse_all<'a, T>(
    input: &'a str,
    expected: impl Into<Expect>,
    mut parser: impl nom::Parser<&'a str, Output = T, Error = nom::error::Error<&'a str>>,
) -> Result<T, Error> {
    let expected = expected.into();
    let trimmed = input.trim_end();
    let start = trimmed.len().saturating_sub(trimmed.trim_start().len());
    let stopped_at = |rest: &str| trimmed.len().saturating_sub(rest.len());
    let (offset, complete) = match parser.parse(trimmed.get(start..).unwrap_or_default()) {
        Ok(("", value)) => return Ok(value),
        Ok((rest, _)) => (stopped_at(rest), true),
        Err(nom::Err::Failure(e) | nom::Err::Error(e)) => {
            let offset = stopped_at(e.input);
            if e.code == nom::error::ErrorKind::TooLarge {
                return Err(Error::at(input, offset, ErrorKind::Overflow));
            }
            (offset, false)
        }
        Err(nom::Err::Incomplete(_)) => (trimmed.len(), false),
    };
    Err(stopped(input, start, offset, complete, expected))
}

/// The error of a reader that found no value at the start of `input` (a parser of
/// [`crate::parse`], inside a grammar), from the nom error where it stopped: what `expected`
/// expects there, or an overflow.
///
/// Only a window of the input after the stop is looked at, so that a grammar trying a parser
/// at every position of a long text stays linear.
pub(crate) fn no_value(input: &str, e: &nom::error::Error<&str>, expected: Expect) -> Error {
    /// How many bytes after the stop the error looks at (what an `Expect` steps over is a
    /// word or two).
    const LOOK_AHEAD: usize = 256;
    let offset = input.len().saturating_sub(e.input.len());
    if e.code == nom::error::ErrorKind::TooLarge {
        return Error::at(input, offset, ErrorKind::Overflow);
    }
    let window = input
        .get(..crate::text::floor_char_boundary(input, offset.saturating_add(LOOK_AHEAD)))
        .unwrap_or(input);
    let error = stopped(window, 0, offset, false, expected);
    // Quoted from the whole input, which may go on past the window.
    Error::at(input, error.offset, error.kind)
}

/// The error for a reader that stopped at byte `offset` of `input` (whose value began at
/// `start`), after a complete value or not.
///
/// A `.` or `,` straight after a digit that did not continue the number is reported as a
/// missing digit after it, whatever the value: that is what `1..2` or `1,` lacks.
fn stopped(input: &str, start: usize, offset: usize, complete: bool, expected: Expect) -> Error {
    let trimmed = input.trim_end();
    if trimmed.is_empty() {
        return Error::at(input, 0, ErrorKind::Empty(expected.what));
    }
    let offset = crate::text::floor_char_boundary(trimmed, offset.max(start));
    let text = trimmed.get(start..).unwrap_or_default();
    let stop = offset.saturating_sub(start);
    let (read, rest) = text.split_at(stop);
    let after_digit = read.ends_with(|c: char| c.is_ascii_digit());
    let found = match rest.chars().next() {
        Some('.' | ',') if after_digit => after(1, "a digit"),
        _ => (expected.at)(text, stop),
    };
    let found = match found {
        Some(found) => found,
        None if complete => {
            return Error::at(input, offset, ErrorKind::Trailing(rest.to_string()));
        }
        None => Stop {
            skip: 0,
            expected: expected.what,
        },
    };
    let offset = crate::text::floor_char_boundary(trimmed, offset.saturating_add(found.skip));
    let kind = match trimmed.get(offset..).and_then(|r| r.chars().next()) {
        None => ErrorKind::UnexpectedEnd(found.expected),
        Some(c) => ErrorKind::Unexpected {
            found: c,
            expected: found.expected,
        },
    };
    Error::at(input, offset, kind)
}

/// Whether the last word of `read` (after any spaces) is one of `words`, compared as the
/// crate compares words (any case, tone-mark placement, NFC or NFD).
pub(crate) fn ends_with_word(read: &str, words: &[&str]) -> bool {
    let read = read.trim_end_matches(crate::text::is_space);
    let last = read
        .rsplit(|c: char| !crate::text::is_word_char(c))
        .next()
        .unwrap_or_default();
    !last.is_empty() && words.iter().any(|w| crate::text::same_word(last, w))
}

/// How far the opening of an amount reads at the start of `text`: qualifiers (`trên`,
/// `khoảng`), `từ`, what `prefix` steps over (a currency written first), an amount, and a
/// range word with a second amount (`5 đến 10`). The rest after it, and whether it ends on an
/// amount (else an amount is what it lacks).
pub(crate) fn amount_walk(text: &str, prefix: fn(&str) -> Option<&str>) -> (&str, bool) {
    let mut at = text;
    let mut on_amount = false;
    loop {
        let next = at.trim_start_matches(crate::text::is_space);
        let opener = || {
            crate::number::approx(next)
                .ok()
                .map(|(r, _)| r)
                .or_else(|| crate::text::keyword_rest(next, "từ"))
                .or_else(|| prefix(next))
        };
        let amount = || {
            let (r, _) = crate::number::amount(crate::number::sign(next).0).ok()?;
            Some(r)
        };
        let step = match on_amount {
            true => range_word(next).map(|r| (r, false)),
            false => opener()
                .map(|r| (r, false))
                .or_else(|| amount().map(|r| (r, true))),
        };
        match step {
            // Each step must read something, or the walk ends.
            Some((r, lands_on_amount)) if r.len() < next.len() => {
                at = r;
                on_amount = lands_on_amount;
            }
            _ => return (at, on_amount),
        }
    }
}

/// A range word or dash between two amounts (`đến`, `tới`, `-`, `–`, `~`), and the rest.
fn range_word(input: &str) -> Option<&str> {
    input
        .strip_prefix(['-', '–', '—', '~'])
        .or_else(|| crate::text::keyword_rest(input, "đến"))
        .or_else(|| crate::text::keyword_rest(input, "tới"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_are_short_and_on_one_line() {
        let err = Error::at(
            "một hai ba bốn năm sáu bảy tám\nchín mười",
            "một hai ba bốn năm sáu bảy tám".len(),
            ErrorKind::Overflow,
        );
        assert_eq!(err.context(), "… năm sáu bảy tám‸\\nchín mười");
        assert_eq!(err.char_offset(), 30);
        let err = Error::at("abc", 7, ErrorKind::Overflow);
        assert_eq!((err.offset(), err.context()), (3, "abc‸"));
        let err = Error::at("đ", 1, ErrorKind::Overflow);
        assert_eq!((err.offset(), err.char_offset()), (0, 0));
        let long = "x".repeat(40);
        let err = Error::at(&long, 20, ErrorKind::Trailing(long[20..].to_string()));
        assert_eq!(
            err.to_string(),
            "at char 20 (byte 20) in `…xxxxxxxxxxxxxxxx‸xxxxxxxxxxxxxxxx…`: unexpected trailing \
             text `xxxxxxxxxxxxxxxx…`"
        );
    }
}
