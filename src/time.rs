//! Times of day: `17:15:19`, `17h30`, `17g30`, `14h45'`, `8 giờ 30 phút`, `8 giờ sáng`,
//! `3 giờ chiều`, `10.30 giờ tối`, `20h tối`, and in words, `chín giờ rưỡi sáng`.
//!
//! # Grammar
//!
//! ```text
//! time  = clock [part]
//! clock = hh ":" mm [":" ss]
//!       | hh ("h" | "g") [mm] ["'"]
//!       | hh "giờ" [mm ["phút" [ss "giây"]]]
//!       | hh "giờ" "kém" mm ["phút"]                  9 giờ kém 15 is 8:45
//!       | hh ("giờ" | "h" | "g") "rưỡi"                 8 giờ rưỡi is 8:30
//!       | hh "rưỡi" part                               8 rưỡi sáng is 8:30
//!       | hh "." mm ("giờ" | part)                    10.15 sáng is 10:15
//!       | words "giờ" [words ["phút"] | "rưỡi" | "kém" words]
//! words = a whole number in words alone    chín giờ kém mười lăm is 8:45
//! part  = "sáng" | "trưa" | "chiều" | "tối" | "đêm" | "khuya"
//! ```
//!
//! A 12-hour time with a part of the day is converted (`3 giờ chiều` is 15:00, `8 giờ tối`
//! 20:00). Hours run 0 to 24 (`24:00` only), minutes and seconds 0 to 59. A duration
//! (`trong 2 giờ`) is a quantity, not a time: that is the extractor's call, from the words
//! before.

use crate::date::{day_part, DayPart};
use crate::error::{after, here, parse_all, Error, ErrorKind, Expect, Stop};
use crate::text::{match_phrase, space0, space1};
use nom::error::{Error as NomError, ErrorKind as NomErrorKind};
use nom::IResult;
use std::fmt;
use std::str::FromStr;

/// A time of day, 24-hour, with the part of the day written with it.
///
/// Build one with [`Time::new`] (and [`Time::with_part`]) or read one with `parse`; its
/// `Display` and [`Time::to_iso`] write forms `parse` reads back.
///
/// ```
/// use vnparse::time::Time;
/// let t: Time = "3 giờ chiều".parse().unwrap();
/// assert_eq!((t.hour(), t.minute()), (15, 0));
/// assert_eq!(t.to_iso(), "15:00");
/// assert_eq!("17:15:19".parse::<Time>().unwrap().to_iso(), "17:15:19");
/// assert_eq!("17h30".parse::<Time>().unwrap().to_string(), "17:30");
/// assert!("25:00".parse::<Time>().is_err());
/// assert!(Time::new(25, 0, None).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Time {
    // The fields are the crate's (the extractor builds the first hour of a range); outside
    // it, the constructors keep the time one that exists.
    /// The hour, 0 to 24 (24 only as 24:00).
    pub(crate) hour: u8,
    /// The minute, 0 to 59.
    pub(crate) minute: u8,
    /// The second, 0 to 59, when written.
    pub(crate) second: Option<u8>,
    /// The part of the day written with it, if any.
    pub(crate) part: Option<DayPart>,
}

impl Time {
    /// `hour:minute[:second]` on the 24-hour clock: hours 0 to 24 (`24:00` only), minutes and
    /// seconds 0 to 59.
    ///
    /// ```
    /// use vnparse::time::Time;
    /// assert_eq!(Time::new(17, 15, Some(19)).unwrap().to_string(), "17:15:19");
    /// assert!(Time::new(24, 30, None).is_err());
    /// assert!(Time::new(8, 60, None).is_err());
    /// ```
    pub fn new(hour: u8, minute: u8, second: Option<u8>) -> Result<Self, Error> {
        let time = Time {
            hour,
            minute,
            second,
            part: None,
        };
        if hour > 24 || minute > 59 || second.is_some_and(|s| s > 59) {
            return Err(invalid(format!("{} does not exist", time.to_iso())));
        }
        if hour == 24 && (minute, second.unwrap_or(0)) != (0, 0) {
            return Err(invalid(format!(
                "{} does not exist: 24:00 is the last time of a day",
                time.to_iso()
            )));
        }
        Ok(time)
    }

    /// This time with the part of the day written with it (`15:00 chiều`). The hour is on the
    /// 24-hour clock already, and must be one the part of the day leaves as it is: `03:00
    /// chiều` would read back as 15:00, so it is an error.
    ///
    /// ```
    /// use vnparse::date::DayPart;
    /// use vnparse::time::Time;
    /// let t = Time::new(15, 0, None).unwrap().with_part(DayPart::Afternoon).unwrap();
    /// assert_eq!(t.to_string(), "15:00 chiều");
    /// let err = Time::new(3, 0, None).unwrap().with_part(DayPart::Afternoon).unwrap_err();
    /// assert_eq!(err.to_string(), "at byte 0: 03:00 chiều is read as 15:00");
    /// ```
    pub fn with_part(self, part: DayPart) -> Result<Self, Error> {
        let read = part.to_24_hour(self.hour);
        if read != self.hour {
            return Err(invalid(format!(
                "{} {} is read as {read:02}:{:02}",
                self.to_iso(),
                part.word(),
                self.minute
            )));
        }
        Ok(Time {
            part: Some(part),
            ..self
        })
    }

    /// The hour, 0 to 24.
    ///
    /// ```
    /// use vnparse::Time;
    /// assert_eq!("3 giờ chiều".parse::<Time>()?.hour(), 15);
    /// assert_eq!("17:15:19".parse::<Time>()?.hour(), 17);
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn hour(&self) -> u8 {
        self.hour
    }

    /// The minute, 0 to 59.
    ///
    /// ```
    /// use vnparse::Time;
    /// assert_eq!("14 giờ 30 phút".parse::<Time>()?.minute(), 30);
    /// assert_eq!("8 giờ sáng".parse::<Time>()?.minute(), 0);
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn minute(&self) -> u8 {
        self.minute
    }

    /// The second, when written.
    ///
    /// ```
    /// use vnparse::Time;
    /// assert_eq!("17:15:19".parse::<Time>()?.second(), Some(19));
    /// assert_eq!("17:15".parse::<Time>()?.second(), None);
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn second(&self) -> Option<u8> {
        self.second
    }

    /// The part of the day written with the time, if any.
    ///
    /// ```
    /// use vnparse::date::DayPart;
    /// use vnparse::Time;
    /// assert_eq!("8 giờ sáng".parse::<Time>()?.part(), Some(DayPart::Morning));
    /// assert_eq!("08:00".parse::<Time>()?.part(), None);
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn part(&self) -> Option<DayPart> {
        self.part
    }

    /// `HH:MM`, with `:SS` when the seconds were written.
    ///
    /// ```
    /// use vnparse::Time;
    /// assert_eq!("3 giờ chiều".parse::<Time>()?.to_iso(), "15:00");
    /// assert_eq!("17:15:19".parse::<Time>()?.to_iso(), "17:15:19");
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn to_iso(&self) -> String {
        match self.second {
            Some(s) => format!("{:02}:{:02}:{s:02}", self.hour, self.minute),
            None => format!("{:02}:{:02}", self.hour, self.minute),
        }
    }
}

/// An error of a value that cannot exist, for the constructors (no input, so offset 0).
fn invalid(why: String) -> Error {
    Error::new(0, ErrorKind::Invalid(why))
}

impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_iso())?;
        if let Some(part) = self.part {
            write!(f, " {}", part.word())?;
        }
        Ok(())
    }
}

impl FromStr for Time {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        parse_all(s, EXPECTED, time)
    }
}

/// What the reader expects, for the errors of `parse` and of [`crate::parse`].
pub(crate) const EXPECTED: Expect = Expect {
    what: "a time such as `17:30` or `8 giờ sáng`",
    at: expected,
};

/// What a time expects where its reading stopped: minutes after the first `:`, seconds after
/// the second, and an hour that exists.
fn expected(text: &str, stop: usize) -> Option<Stop> {
    const SECONDS: &str = "seconds from 00 to 59";
    let read = text.get(..stop).unwrap_or_default();
    let rest = text.get(stop..).unwrap_or_default();
    match read.matches(':').count() {
        _ if rest.starts_with(':') => return after(1, SECONDS),
        1 if read.ends_with(':') => return here("minutes from 00 to 59"),
        2 if read.ends_with(':') => return here(SECONDS),
        _ => {}
    }
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let hour: Option<u32> = rest.get(..digits).and_then(|d| d.parse().ok());
    (read.is_empty() && hour.is_some_and(|h| h > 24 || digits > 2)).then_some(Stop {
        skip: 0,
        expected: "an hour from 0 to 24",
    })
}

fn fail<T>(input: &str) -> IResult<&str, T> {
    Err(nom::Err::Error(NomError::new(input, NomErrorKind::Verify)))
}

fn number(input: &str, max_digits: usize) -> Option<(u8, usize, &str)> {
    let digits = input.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > max_digits {
        return None;
    }
    Some((input[..digits].parse().ok()?, digits, &input[digits..]))
}

/// Exactly two digits of minutes or seconds, 0 to 59.
fn sixty(input: &str) -> Option<(u8, &str)> {
    let (n, digits, rest) = number(input, 2)?;
    (digits == 2 && n < 60).then_some((n, rest))
}

/// A time, as the module docs give it.
///
/// The crate's own reader; [`crate::parse::time`] is the public one, generic over the
/// error type.
pub(crate) fn time(input: &str) -> IResult<&str, Time> {
    let Some((mut hour, _, after_hour)) = number(input, 2) else {
        return time_in_words(input);
    };
    let (rest, minute, second) = if let Some(r) = after_hour.strip_prefix(':') {
        let Some((minute, r)) = sixty(r) else {
            return fail(r);
        };
        match r.strip_prefix(':').and_then(sixty) {
            Some((second, r)) => (r, minute, Some(second)),
            None => (r, minute, None),
        }
    } else if let Some(r) = after_hour
        .strip_prefix(['h', 'g', 'H'])
        .filter(|r| !r.starts_with(crate::text::is_word_char))
    {
        let (r, minute) = sixty(r)
            .or_else(|| half_past(r))
            .map_or((r, 0), |(m, r)| (r, m));
        (r.strip_prefix(['\'', '’']).unwrap_or(r), minute, None)
    } else if let Some((r, minute)) = twelve_hour(after_hour, hour) {
        (r, minute, None)
    } else {
        match spoken(after_hour) {
            // `24 giờ` alone is a day's length (`hoạt động 24 giờ`), not midnight.
            Some((_, 0, None)) if hour == 24 => return fail(input),
            // `9 giờ kém 15`: fifteen minutes to nine, 8:45.
            Some((r, 0, None)) => match minutes_to(r) {
                Some((short, r)) => match (hour.checked_sub(1), 60u8.checked_sub(short)) {
                    (Some(before), Some(minute)) => {
                        hour = before;
                        (r, minute, None)
                    }
                    _ => return fail(input),
                },
                None => (r, 0, None),
            },
            Some(found) => found,
            // `8 rưỡi sáng`: the half hour with no `giờ` is a time only with a part of the day.
            None => match half_past(after_hour) {
                Some((minute, r)) if space1(r).is_ok_and(|(r, _)| day_part(r).is_some()) => {
                    (r, minute, None)
                }
                _ => return fail(input),
            },
        }
    };
    // 24:00 (and 24:00:00) is the last time of a day; 24:30 and 24:00:30 are none.
    let past_midnight = hour == 24 && (minute, second.unwrap_or(0)) != (0, 0);
    // (`2:15PM`: AM and PM may be glued to the minutes, as nothing else is.)
    let glued = rest.starts_with(|c: char| c.is_alphanumeric()) && meridiem(rest).is_none();
    if glued || hour > 24 || past_midnight {
        return fail(input);
    }
    Ok(with_part_of_day(rest, hour, minute, second))
}

/// The time of a clock `hour:minute[:second]` with the part of the day written after it at
/// `rest`, if any (`sáng`, `chiều`, `AM`, `PM`), the hour made 24-hour by it; and the rest.
fn with_part_of_day(rest: &str, hour: u8, minute: u8, second: Option<u8>) -> (&str, Time) {
    // (An evening that cannot hold the hour is no part of it: `2 giờ tối` would be 14:00,
    // which no evening has. Other parts are stretched in speech, `8 rưỡi chiều`, `3 giờ
    // trưa`.)
    let held = |&(part, _): &(DayPart, &str)| {
        part != DayPart::Evening || hour >= 12 || part.holds(part.to_24_hour(hour))
    };
    let (rest, part, hour) = match space1(rest)
        .ok()
        .and_then(|(r, _)| day_part(r))
        .filter(held)
    {
        Some((part, r)) => (r, Some(part), part.to_24_hour(hour)),
        None => match meridiem(rest) {
            // 12 AM is midnight, 12 PM noon.
            Some((DayPart::Morning, r)) => {
                let hour = if hour == 12 { 0 } else { hour };
                let (r, part) = part_written_after(r, hour).unwrap_or((r, DayPart::Morning));
                (r, Some(part), hour)
            }
            // PM: the afternoon's rule, an hour below 12 is 12 later.
            Some((part, r)) => {
                let hour = part.to_24_hour(hour);
                let (r, part) = part_written_after(r, hour).unwrap_or((r, part));
                (r, Some(part), hour)
            }
            None => (rest, None, hour),
        },
    };
    let time = Time {
        hour,
        minute,
        second,
        part,
    };
    (rest, time)
}

/// [`time`], kept by position while the extractor reads a text (see [`crate::memo`]).
pub(crate) fn kept_time(input: &str) -> Option<(&str, Time)> {
    crate::memo::time(input, |input| time(input).ok())
}

/// A time whose hour is written in words, always with `giờ` (`chín giờ`, `mười giờ rưỡi sáng`,
/// `tám giờ mười lăm phút`, `chín giờ kém mười lăm`), as the digits' spoken form reads it.
fn time_in_words(input: &str) -> IResult<&str, Time> {
    let Some((hour, after_hour)) = hour_in_words(input) else {
        return fail(input);
    };
    let after_gio = space1(after_hour)
        .ok()
        .and_then(|(r, _)| crate::text::keyword_rest(r, "giờ"));
    let Some(after_gio) = after_gio else {
        return fail(input);
    };
    let (rest, hour, minute) = if let Some((minute, r)) = half_past(after_gio) {
        (r, hour, minute)
    } else if let Some((minute, r)) = minutes_in_words(after_gio) {
        (r, hour, minute)
    } else if let Some((short, r)) = minutes_to(after_gio) {
        match (hour.checked_sub(1), 60u8.checked_sub(short)) {
            (Some(before), Some(minute)) => (r, before, minute),
            _ => return fail(input),
        }
    } else {
        (after_gio, hour, 0)
    };
    if rest.starts_with(|c: char| c.is_alphanumeric()) || hour > 24 || hour == 24 && minute > 0 {
        return fail(input);
    }
    Ok(with_part_of_day(rest, hour, minute, None))
}

/// An hour in words (`chín`, `mười hai`, `hai mươi`), 0 to 24, and the rest.
fn hour_in_words(input: &str) -> Option<(u8, &str)> {
    crate::number::small_whole_in_words(input, 0..=24)
}

/// ` mười lăm phút`, ` ba mươi` after `giờ` in words: the minutes (1 to 59) in words, with
/// `phút`, or alone where no noun follows that the number would count (`mười giờ mười lăm ở
/// quán`, `chín giờ hai mươi thì tới`; not `mười giờ mười lăm người`); a minute of one digit
/// after `linh` or `lẻ` with `phút` (`mười giờ linh năm phút`); and the rest.
fn minutes_in_words(input: &str) -> Option<(u8, &str)> {
    let (r, _) = space1(input).ok()?;
    let odd = ["linh", "lẻ"]
        .iter()
        .find_map(|w| match_phrase(r, w).map(|len| &r[len..]))
        .and_then(|after| space1(after).ok().map(|(a, _)| a));
    if let Some(at) = odd {
        let (minute, after) =
            crate::number::small_whole_in_words(at, 1..=9).filter(|(m, _)| *m > 0)?;
        let (next, _) = space1(after).ok()?;
        let len = match_phrase(next, "phút")?;
        return Some((minute, next.get(len..)?));
    }
    let (minute, after) = crate::number::small_whole_in_words(r, 0..=59).filter(|(m, _)| *m > 0)?;
    if let Ok((next, _)) = space1(after) {
        if let Some(len) = match_phrase(next, "phút") {
            return Some((minute, next.get(len..)?));
        }
        let counts_a_noun = crate::quantity::noun_follows(after)
            || crate::quantity::unit_after(crate::quantity::Units::shared(), after).is_some();
        if counts_a_noun && day_part(next).is_none() {
            return None;
        }
    }
    Some((minute, after))
}

/// `giờ [mm [phút]]`, `.mm giờ` or `.mm` before a part of the day after the hour.
fn spoken(input: &str) -> Option<(&str, u8, Option<u8>)> {
    if let Some(r) = input.strip_prefix('.') {
        let (minute, after_minute) = sixty(r)?;
        let (r, _) = space1(after_minute).ok()?;
        if let Some(len) = match_phrase(r, "giờ") {
            return Some((&r[len..], minute, None));
        }
        // `10.15 sáng`, `21.15 tối`: the minutes before a part of the day, which is read after
        // them.
        return day_part(r)
            .is_some()
            .then_some((after_minute, minute, None));
    }
    let (r, _) = space0(input).ok()?;
    let len = match_phrase(r, "giờ")?;
    let after = &r[len..];
    if let Some((minute, r)) = half_past(after) {
        return Some((r, minute, None));
    }
    // `00giờ30`: the minutes may be glued to `giờ`; `0 giờ 31.12` is a date after the hour.
    let Some((minute, r)) = space0(after)
        .ok()
        .and_then(|(r, _)| sixty(r).or_else(|| one_digit_minute(r)))
        .filter(|(_, r)| {
            !(r.starts_with(['.', '/', '-']) && r[1..].starts_with(|c: char| c.is_ascii_digit()))
        })
    else {
        return Some((after, 0, None));
    };
    let r = match space1(r)
        .ok()
        .and_then(|(r2, _)| match_phrase(r2, "phút").map(|l| &r2[l..]))
    {
        // `3 giờ 42 phút 56 giây`: the seconds after the minutes.
        Some(after_phut) => match seconds_after(after_phut) {
            Some((second, r)) => return Some((r, minute, Some(second))),
            None => after_phut,
        },
        None if r.starts_with(|c: char| c.is_alphanumeric()) => return Some((after, 0, None)),
        None => r,
    };
    Some((r, minute, None))
}

/// ` 56 giây` after the minutes: the seconds (0 to 59), and the rest.
fn seconds_after(input: &str) -> Option<(u8, &str)> {
    let (r, _) = space1(input).ok()?;
    let (second, r) = sixty(r).or_else(|| one_digit_of(r, "giây"))?;
    let (r, _) = space1(r).ok()?;
    let len = match_phrase(r, "giây")?;
    Some((second, &r[len..]))
}

/// ` rưỡi` after an hour: half past it, 30 minutes, and the rest.
fn half_past(input: &str) -> Option<(u8, &str)> {
    let (r, _) = space0(input).ok()?;
    crate::text::keyword_rest(r, "rưỡi").map(|rest| (30, rest))
}

/// ` kém 15`, ` kém 5 phút` after an hour: the minutes short of it (1 to 59), and the rest.
fn minutes_to(input: &str) -> Option<(u8, &str)> {
    let (r, _) = space1(input).ok()?;
    let len = match_phrase(r, "kém")?;
    let (r, _) = space1(&r[len..]).ok()?;
    let (minutes, rest) = number(r, 2)
        .map(|(m, _, rest)| (m, rest))
        .or_else(|| crate::number::small_whole_in_words(r, 0..=59))?;
    if !(1..=59).contains(&minutes) || rest.starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let rest = space1(rest)
        .ok()
        .and_then(|(r2, _)| match_phrase(r2, "phút").map(|l| &r2[l..]))
        .unwrap_or(rest);
    Some((minutes, rest))
}

/// `8 giờ 5 phút`: a minute of one digit, only with `phút` after it.
fn one_digit_minute(input: &str) -> Option<(u8, &str)> {
    one_digit_of(input, "phút")
}

/// A number of one digit, only with the word `unit` after it (`5 phút`, `7 giây`).
fn one_digit_of<'a>(input: &'a str, unit: &str) -> Option<(u8, &'a str)> {
    let (n, digits, rest) = number(input, 1)?;
    let (after, _) = space1(rest).ok()?;
    (digits == 1 && match_phrase(after, unit).is_some()).then_some((n, rest))
}

/// `8AM`, `5pm`, `7.30pm`, `8 PM`: an hour of the twelve-hour clock (1 to 12) that `AM` or
/// `PM` follows, its minutes after a dot if any; the text at the `AM` or `PM`, and the minutes.
/// Only the meridiem makes these a time (`7.30` alone is a decimal, `8` a number), so it is
/// glued to them or, set off by a space, written in capitals (`8 am` may be the start of a
/// word: `am hiểu`).
fn twelve_hour(after_hour: &str, hour: u8) -> Option<(&str, u8)> {
    if !(1..=12).contains(&hour) {
        return None;
    }
    let (r, minute) = match after_hour.strip_prefix('.') {
        Some(r) => sixty(r).map(|(m, r)| (r, m))?,
        None => (after_hour, 0),
    };
    let (word, _) = crate::text::split_word(r.trim_start_matches(crate::text::is_space))?;
    let english = match word {
        "AM" | "PM" => true,
        "am" | "pm" | "Am" | "Pm" => !r.starts_with(crate::text::is_space),
        _ => false,
    };
    english.then_some((r, minute))
}

/// The part of the day written after `AM` or `PM` that holds `hour` (on the 24-hour clock), and
/// the text after it: the written word names the part (`8PM tối nay` is the evening's, where
/// `PM` alone reads as the afternoon).
fn part_written_after(after: &str, hour: u8) -> Option<(&str, DayPart)> {
    let (r, _) = space1(after).ok()?;
    let (part, rest) = day_part(r)?;
    part.holds(hour).then_some((rest, part))
}

/// `AM`/`PM` (or the Vietnamese `SA`/`CH`) after a clock time, with or without a space: the
/// morning or the afternoon, and the rest.
fn meridiem(input: &str) -> Option<(DayPart, &str)> {
    let (rest, _) = space0(input).ok()?;
    let (word, after) = crate::text::split_word(rest)?;
    let part = match word {
        "AM" | "am" | "SA" => DayPart::Morning,
        "PM" | "pm" | "CH" => DayPart::Afternoon,
        _ => return None,
    };
    Some((part, after))
}
