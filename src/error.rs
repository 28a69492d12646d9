//! The one error type of the crate: what was wrong, and where.

use thiserror::Error as ThisError;

/// Why a string could not be read as a value.
///
/// Every error names the byte offset into the input where reading stopped and what was wrong
/// there; match on [`Error::kind`] to act on the reason.
///
/// ```
/// use vnparse::{ErrorKind, Money};
/// let err = "1..2 triệu đồng".parse::<Money>().unwrap_err();
/// assert_eq!(err.offset(), 1);
/// assert_eq!(err.to_string(), "at byte 1: unexpected `.`, expected a digit");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ThisError)]
#[error("at byte {offset}: {kind}")]
pub struct Error {
    offset: usize,
    kind: ErrorKind,
}

/// What was wrong with the input.
#[derive(Debug, Clone, PartialEq, Eq, ThisError)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input was empty or only spaces.
    #[error("empty input, expected {0}")]
    Empty(&'static str),
    /// A character that cannot stand there.
    #[error("unexpected `{found}`, expected {expected}")]
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
    #[error("unexpected trailing text `{0}`")]
    Trailing(String),
    /// The amount does not fit in a 96-bit decimal.
    #[error("the amount is too large")]
    Overflow,
    /// The value is well formed but cannot exist (a day 31 in February, month 13).
    #[error("{0}")]
    Invalid(String),
}

impl Error {
    /// An error of `kind` at byte `offset` of the input.
    pub fn new(offset: usize, kind: ErrorKind) -> Self {
        Error { offset, kind }
    }

    /// The byte offset into the input where reading failed.
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// Why reading failed.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }
}

/// Runs `parser` over all of `input` (surrounding spaces allowed) for a `FromStr`.
pub(crate) fn parse_all<'a, T>(
    input: &'a str,
    expected: &'static str,
    mut parser: impl nom::Parser<&'a str, Output = T, Error = nom::error::Error<&'a str>>,
) -> Result<T, Error> {
    let trimmed = input.trim_end();
    let start = trimmed.len() - trimmed.trim_start().len();
    let stopped_at = |rest: &str| trimmed.len().saturating_sub(rest.len());
    match parser.parse(&trimmed[start..]) {
        Ok(("", value)) => Ok(value),
        Ok((rest, _)) if rest.starts_with(['.', ',']) => {
            Err(unexpected(trimmed, stopped_at(rest), expected))
        }
        Ok((rest, _)) => Err(Error::new(
            stopped_at(rest),
            ErrorKind::Trailing(rest.to_string()),
        )),
        Err(nom::Err::Failure(e) | nom::Err::Error(e)) => {
            let offset = stopped_at(e.input);
            if e.code == nom::error::ErrorKind::TooLarge {
                return Err(Error::new(offset, ErrorKind::Overflow));
            }
            Err(unexpected(trimmed, offset, expected))
        }
        Err(nom::Err::Incomplete(_)) => Err(unexpected(trimmed, trimmed.len(), expected)),
    }
}

/// The error for a parser that stopped at byte `offset` of `input`, expecting `expected`.
///
/// A `.` or `,` straight after a digit that did not continue the number is reported as a
/// missing digit: that is what `1..2` or `1,` lacks.
pub(crate) fn unexpected(input: &str, offset: usize, expected: &'static str) -> Error {
    let rest = input.get(offset..).unwrap_or_default();
    let before = input.get(..offset).unwrap_or_default();
    let after_digit = before.ends_with(|c: char| c.is_ascii_digit());
    let kind = match rest.chars().next() {
        None if input.trim().is_empty() => ErrorKind::Empty(expected),
        None => ErrorKind::UnexpectedEnd(expected),
        Some(found @ ('.' | ',')) if after_digit => ErrorKind::Unexpected {
            found,
            expected: "a digit",
        },
        Some(found) => ErrorKind::Unexpected { found, expected },
    };
    Error::new(offset, kind)
}
