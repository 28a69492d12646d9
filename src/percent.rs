//! Percentages: `7,22%`, `100 %`, `bảy phần trăm`, `5-7%`, `khoảng 38,7%`.
//!
//! # Grammar
//!
//! ```text
//! percent = [qualifier] ["từ"] amount [range] ("%" | "phần trăm")
//! ```
//!
//! `vượt 5%` (a target exceeded by 5%) is a percentage with no qualifier: `vượt` qualifies
//! amounts of money and counts, not rates. A range writes its `%` once: `5,8-6%`; `từ 61% đến
//! 80%` is two percentages.

use crate::error::{amount_walk, parse_all, reached, Error, Expect, Stop};
use crate::number::{marked, Amount, Approx};
use crate::text::{match_phrase, space0};
use nom::IResult;
use std::fmt;
use std::str::FromStr;

/// A percentage.
///
/// ```
/// use vnparse::{Percent, Amount, Approx};
/// use rust_decimal::Decimal;
/// let p: Percent = "khoảng 38,7%".parse().unwrap();
/// assert_eq!(p.amount, Amount::Exact(Decimal::new(387, 1)));
/// assert_eq!(p.approx, Some(Approx::About));
/// assert_eq!(p.to_string(), "khoảng 38,7%");
/// assert_eq!("bảy phần trăm".parse::<Percent>().unwrap().to_string(), "7%");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Percent {
    /// The percentage (7.22 for `7,22%`), or the range.
    pub amount: Amount,
    /// How the text qualified it, if it did.
    pub approx: Option<Approx>,
}

impl fmt::Display for Percent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(approx) = self.approx {
            write!(f, "{approx} ")?;
        }
        write!(f, "{}%", self.amount)
    }
}

impl FromStr for Percent {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        parse_all(s, EXPECTED, percent)
    }
}

/// What the reader expects, for the errors of `parse` and of [`crate::parse`].
pub(crate) const EXPECTED: Expect = Expect {
    what: "a percentage such as `7,22%`",
    at: expected,
};

/// What a percentage expects where its reading stopped: after its amount the sign, before it
/// the amount.
fn expected(text: &str, stop: usize) -> Option<Stop> {
    let (at, on_amount) = amount_walk(text, |_| None);
    if at.len() == text.len() {
        return None;
    }
    let wanted = match on_amount {
        true => "`%` or `phần trăm`",
        false => "an amount such as `7,22`",
    };
    reached(text, stop, at, wanted)
}

/// The `%` sign or the words `phần trăm` after an amount.
pub(crate) fn percent_sign(input: &str) -> Option<((), &str)> {
    let (rest, _) = space0(input).ok()?;
    if let Some(rest) = rest.strip_prefix(['%', '％']) {
        return Some(((), rest));
    }
    match_phrase(rest, "phần trăm").map(|len| ((), &rest[len..]))
}

/// A percentage, as the module docs give it.
///
/// The crate's own reader; [`crate::parse::percent`] is the public one, generic over the
/// error type.
pub(crate) fn percent(input: &str) -> IResult<&str, Percent> {
    let (rest, m) = marked(input, percent_sign, &["vượt"])?;
    Ok((
        rest,
        Percent {
            amount: m.amount,
            approx: m.approx,
        },
    ))
}
