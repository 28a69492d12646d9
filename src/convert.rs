//! Conversions to and from the date and time types of `chrono` and `jiff`, behind the features
//! of those names.
//!
//! A [`Date`] converts when it names one solar day: it needs its year, and a lunar date is
//! converted to its solar day first. A civil date converts back when its year is one the text
//! forms write, 0 to 9999. A [`Time`] converts when it is a time of a day (`24:00` is
//! not one).
//!
//! ```
//! # #[cfg(feature = "chrono")] {
//! use vnparse::date::Date;
//! let d: Date = "Tết Canh Tý 2020".parse().unwrap();
//! let naive: chrono::NaiveDate = d.try_into().unwrap();
//! assert_eq!(naive.to_string(), "2020-01-25");
//! # }
//! ```

use crate::date::Date;
use crate::error::{Error, ErrorKind};
use crate::time::Time;

/// The solar (year, month, day) of `date`, or why it has none.
fn solar_day(date: &Date) -> Result<(i32, u8, u8), Error> {
    date.solar().ok_or_else(|| {
        Error::new(
            0,
            ErrorKind::Invalid(format!("{date} has no year, so no one day")),
        )
    })
}

fn out_of_range(what: &str) -> Error {
    Error::new(0, ErrorKind::Invalid(format!("{what} is out of range")))
}

#[cfg(feature = "chrono")]
mod chrono_impls {
    use super::*;
    use ::chrono::{Datelike, NaiveDate, NaiveTime, Timelike};

    impl TryFrom<Date> for NaiveDate {
        type Error = Error;

        fn try_from(date: Date) -> Result<Self, Error> {
            let (y, m, d) = solar_day(&date)?;
            NaiveDate::from_ymd_opt(y, u32::from(m), u32::from(d))
                .ok_or_else(|| out_of_range("the date"))
        }
    }

    /// A day of the years 0 to 9999 (those the text forms write).
    impl TryFrom<NaiveDate> for Date {
        type Error = Error;

        fn try_from(date: NaiveDate) -> Result<Self, Error> {
            let month = u8::try_from(date.month()).map_err(|_| out_of_range("the month"))?;
            let day = u8::try_from(date.day()).map_err(|_| out_of_range("the day"))?;
            Date::new(Some(date.year()), month, day)
        }
    }

    impl TryFrom<Time> for NaiveTime {
        type Error = Error;

        fn try_from(time: Time) -> Result<Self, Error> {
            let second = u32::from(time.second.unwrap_or(0));
            NaiveTime::from_hms_opt(u32::from(time.hour), u32::from(time.minute), second)
                .ok_or_else(|| out_of_range("the time"))
        }
    }

    impl From<NaiveTime> for Time {
        fn from(time: NaiveTime) -> Self {
            let part = |n: u32| u8::try_from(n).unwrap_or(0);
            let second = (time.second() != 0).then(|| part(time.second()));
            Time {
                hour: part(time.hour()),
                minute: part(time.minute()),
                second,
                part: None,
            }
        }
    }
}

#[cfg(feature = "jiff")]
mod jiff_impls {
    use super::*;
    use ::jiff::civil;

    impl TryFrom<Date> for civil::Date {
        type Error = Error;

        fn try_from(date: Date) -> Result<Self, Error> {
            let (y, m, d) = solar_day(&date)?;
            let y = i16::try_from(y).map_err(|_| out_of_range("the year"))?;
            let m = i8::try_from(m).map_err(|_| out_of_range("the month"))?;
            let d = i8::try_from(d).map_err(|_| out_of_range("the day"))?;
            civil::Date::new(y, m, d).map_err(|_| out_of_range("the date"))
        }
    }

    /// A day of the years 0 to 9999 (those the text forms write).
    impl TryFrom<civil::Date> for Date {
        type Error = Error;

        fn try_from(date: civil::Date) -> Result<Self, Error> {
            let month = u8::try_from(date.month()).map_err(|_| out_of_range("the month"))?;
            let day = u8::try_from(date.day()).map_err(|_| out_of_range("the day"))?;
            Date::new(Some(i32::from(date.year())), month, day)
        }
    }

    impl TryFrom<Time> for civil::Time {
        type Error = Error;

        fn try_from(time: Time) -> Result<Self, Error> {
            let signed = |n: u8| i8::try_from(n).map_err(|_| out_of_range("the time"));
            let second = signed(time.second.unwrap_or(0))?;
            civil::Time::new(signed(time.hour)?, signed(time.minute)?, second, 0)
                .map_err(|_| out_of_range("the time"))
        }
    }

    impl From<civil::Time> for Time {
        fn from(time: civil::Time) -> Self {
            let part = |n: i8| u8::try_from(n).unwrap_or(0);
            let second = (time.second() != 0).then(|| part(time.second()));
            Time {
                hour: part(time.hour()),
                minute: part(time.minute()),
                second,
                part: None,
            }
        }
    }
}
