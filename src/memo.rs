//! The amounts, qualifiers, dates and times read in the text being extracted, kept by position.
//!
//! At one place of a text the extractor asks several readers (money, percent, counts, plain
//! numbers, ranges…), and each reads the amount there with [`crate::words::grammar::amount`]
//! and the qualifier before it (`trên`, `khoảng`) with [`crate::number::approx_phrase`];
//! the readers of days, and the rules of context that ask whether a date stands there, read
//! the date there with [`crate::date::raw_date`] (a list of days, `14, 15 và 16 tháng 5`, reads
//! the days after it too). What is read at a position depends on the text from it alone, so
//! while [`Scope`] holds (for the whole of one `Extractor::extract`, whose text cannot change
//! while it is borrowed) the readings are kept by the position they start at and read once.
//! Inputs outside the text of the scope (a string a reader built) are read every time: their
//! address says nothing of their contents.

use crate::date::RawDate;
use crate::number::Scaled;
use crate::time::Time;
use nom::error::{Error as NomError, ErrorKind};
use nom::IResult;
use std::cell::RefCell;

/// How many readings of each kind are kept, by position: the readers at one place read a few
/// amounts (after a qualifier, the second bound of a range) and dates (the days of a list),
/// never far apart.
const SLOTS: usize = 16;

/// A reading kept: the bytes it read, and the amount; or how it failed.
#[derive(Clone, Copy)]
enum Kept {
    Read(usize, Scaled),
    Error(ErrorKind),
    Failure(ErrorKind),
}

/// A reading kept in a table of [`SLOTS`]: by address modulo [`SLOTS`], the address of the
/// input read, and the bytes read with the value, or none.
type Readings<T> = [Option<(usize, Option<(usize, T)>)>; SLOTS];

/// A qualifier and its phrase (see [`crate::number::approx_phrase`]).
pub(crate) type Qualifier = (crate::number::Approx, &'static str);

struct Memo {
    /// The addresses of the first byte of the text of the scope and just past its last.
    text: Option<(usize, usize)>,
    /// By address modulo [`SLOTS`]: the address of the input read, and the reading.
    slots: [Option<(usize, Kept)>; SLOTS],
    /// Dates.
    dates: Readings<RawDate>,
    /// Qualifiers.
    qualifiers: Readings<Qualifier>,
    /// Times of day.
    times: Readings<Time>,
}

thread_local! {
    // Initialized in place (`const`): every reading asks for it, and a lazily initialized
    // thread local checks its state on each access.
    static MEMO: RefCell<Memo> = const {
        RefCell::new(Memo {
            text: None,
            slots: [None; SLOTS],
            dates: [None; SLOTS],
            qualifiers: [None; SLOTS],
            times: [None; SLOTS],
        })
    };
}

/// While it lives, amounts read in `text` are kept (see the module docs).
pub(crate) struct Scope {
    previous: Option<(usize, usize)>,
}

impl Scope {
    /// Keeps the amounts read in `text` until the scope is dropped.
    pub(crate) fn enter(text: &str) -> Scope {
        let start = text.as_ptr() as usize;
        let bounds = Some((start, start.saturating_add(text.len())));
        let previous = MEMO.with(|memo| {
            let mut memo = memo.borrow_mut();
            memo.slots = [None; SLOTS];
            memo.dates = [None; SLOTS];
            memo.qualifiers = [None; SLOTS];
            memo.times = [None; SLOTS];
            std::mem::replace(&mut memo.text, bounds)
        });
        Scope { previous }
    }
}

impl Drop for Scope {
    fn drop(&mut self) {
        MEMO.with(|memo| {
            let mut memo = memo.borrow_mut();
            memo.slots = [None; SLOTS];
            memo.dates = [None; SLOTS];
            memo.qualifiers = [None; SLOTS];
            memo.times = [None; SLOTS];
            memo.text = self.previous;
        });
    }
}

/// Whether `input` is a suffix of the text of the scope (its address is then its position),
/// and if so what `kept` holds for it: `None` outside a scope or its text, `Some(None)` where
/// nothing is kept yet.
///
/// The slot is compared in place and copied only when it holds `input`'s reading: asked a
/// dozen times at each place, the look-up is most of the cost of a kept reading.
#[inline]
fn lookup<T: Copy>(
    input: &str,
    slots: impl Fn(&Memo) -> &[Option<(usize, T)>; SLOTS],
) -> Option<Option<T>> {
    let at = input.as_ptr() as usize;
    MEMO.with(|memo| {
        let memo = memo.try_borrow().ok()?;
        let (start, end) = memo.text?;
        let inside = at >= start && at.saturating_add(input.len()) == end;
        if !inside {
            return None;
        }
        Some(match slots(&memo).get(at % SLOTS) {
            Some(Some((kept_at, kept))) if *kept_at == at => Some(*kept),
            _ => None,
        })
    })
}

/// `read(input)`: the date at `input` and the text after it, kept while a [`Scope`] over a
/// text holding `input` lives.
pub(crate) fn date<'a>(
    input: &'a str,
    read: impl FnOnce(&'a str) -> Option<(&'a str, RawDate)>,
) -> Option<(&'a str, RawDate)> {
    kept_reading(input, |memo| &mut memo.dates, read)
}

/// `read(input)`: the qualifier at `input` (with its phrase) and the text after it, kept while
/// a [`Scope`] over a text holding `input` lives (every reader of an amount asks it).
pub(crate) fn qualifier<'a>(
    input: &'a str,
    read: impl FnOnce(&'a str) -> Option<(&'a str, Qualifier)>,
) -> Option<(&'a str, Qualifier)> {
    kept_reading(input, |memo| &mut memo.qualifiers, read)
}

/// `read(input)`: the time of day at `input` and the text after it, kept while a [`Scope`]
/// over a text holding `input` lives (the reader of times and the rule that keeps a count of
/// hours from standing for a time both ask it).
pub(crate) fn time<'a>(
    input: &'a str,
    read: impl FnOnce(&'a str) -> Option<(&'a str, Time)>,
) -> Option<(&'a str, Time)> {
    kept_reading(input, |memo| &mut memo.times, read)
}

/// `read(input)`, a reading that is some value and the text after it or none, kept in the
/// slots `slots` gives while a [`Scope`] over a text holding `input` lives.
fn kept_reading<'a, T: Copy>(
    input: &'a str,
    slots: fn(&mut Memo) -> &mut Readings<T>,
    read: impl FnOnce(&'a str) -> Option<(&'a str, T)>,
) -> Option<(&'a str, T)> {
    let at = input.as_ptr() as usize;
    let known = MEMO.with(|memo| {
        let mut memo = memo.try_borrow_mut().ok()?;
        let (start, end) = memo.text?;
        let inside = at >= start && at.saturating_add(input.len()) == end;
        if !inside {
            return None;
        }
        Some(match slots(&mut memo).get(at % SLOTS) {
            Some(Some((kept_at, kept))) if *kept_at == at => Some(*kept),
            _ => None,
        })
    });
    let reading = match known {
        None => return read(input),
        Some(Some(kept)) => kept,
        Some(None) => {
            let kept = read(input).map(|(rest, v)| (input.len().saturating_sub(rest.len()), v));
            MEMO.with(|memo| {
                if let Ok(mut memo) = memo.try_borrow_mut() {
                    if let Some(s) = slots(&mut memo).get_mut(at % SLOTS) {
                        *s = Some((at, kept));
                    }
                }
            });
            kept
        }
    };
    reading.map(|(len, v)| (input.get(len..).unwrap_or_default(), v))
}

/// `read(input)`, kept while a [`Scope`] over a text holding `input` lives.
pub(crate) fn amount<'a>(
    input: &'a str,
    read: impl FnOnce(&'a str) -> IResult<&'a str, Scaled>,
) -> IResult<&'a str, Scaled> {
    let at = input.as_ptr() as usize;
    let slot = at % SLOTS;
    let known = lookup(input, |memo| &memo.slots);
    let reading = match known {
        // Outside the scope: read every time.
        None => return read(input),
        Some(Some(kept)) => kept,
        Some(None) => {
            let kept = match read(input) {
                Ok((rest, scaled)) => Kept::Read(input.len().saturating_sub(rest.len()), scaled),
                Err(nom::Err::Failure(e)) => Kept::Failure(e.code),
                Err(nom::Err::Error(e)) => Kept::Error(e.code),
                // (The grammar reads complete input: it never asks for more.)
                Err(nom::Err::Incomplete(n)) => return Err(nom::Err::Incomplete(n)),
            };
            MEMO.with(|memo| {
                if let Ok(mut memo) = memo.try_borrow_mut() {
                    if let Some(s) = memo.slots.get_mut(slot) {
                        *s = Some((at, kept));
                    }
                }
            });
            kept
        }
    };
    match reading {
        Kept::Read(len, scaled) => Ok((input.get(len..).unwrap_or_default(), scaled)),
        Kept::Error(code) => Err(nom::Err::Error(NomError::new(input, code))),
        Kept::Failure(code) => Err(nom::Err::Failure(NomError::new(input, code))),
    }
}
