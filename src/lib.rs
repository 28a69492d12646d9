//! # vnparse
//!
//! Reads the numbers in Vietnamese text: amounts of money (`1.337 triệu đồng`, `gần 1,5 tỷ
//! đồng`), plain and scaled numbers (`27 tỉ`, `hai mươi mốt`), percentages (`7,22%`), counts and
//! ratios (`54.205 đối tượng`, `1.328 /900 hộ`), ordinals (`lần thứ IV`), dates and times
//! (`Thứ sáu, 10/03/2023`, `Chiều ngày 06/01`, `quý II/2023`, `Tết Canh Tý 2020`, `17:15:19`),
//! administrative units and addresses (`TP.Sóc Trăng`, `huyện Gia Viễn`, `Phường 3`), phone
//! numbers and official document numbers (`20/2021/NĐ-CP`).
//!
//! Each kind of value is a type with `FromStr` and `Display` that round-trip, built on exact
//! decimals ([`rust_decimal::Decimal`]), with a public [nom] parser in its module for use in
//! your own grammars. [`extract()`] scans free text and yields every entity with its byte span.
//!
//! ```
//! use vnparse::{Money, Currency};
//!
//! let m: Money = "1.337 triệu đồng".parse()?;
//! assert_eq!(m.currency, Currency::VND);
//! assert_eq!(m.to_string(), "1.337.000.000 đồng");
//!
//! let text = "Sáng ngày 25/11, huyện Gia Viễn chi trên 624 tỷ đồng, tăng 7,22%.";
//! let kinds: Vec<&str> = vnparse::extract(text).iter().map(|e| e.kind().as_str()).collect();
//! assert_eq!(kinds, ["date", "admin", "money", "percent"]);
//! # Ok::<(), vnparse::Error>(())
//! ```
//!
//! Text may come in NFC or NFD, with either tone-mark placement (`hoà`/`hòa`), in any case and
//! with non-breaking spaces: all read the same, and spans point into the text as given (see
//! [`text`]).
//!
//! # Modules
//!
//! One module per kind of value, each opening with the grammar it reads: [`number`],
//! [`money`] (with [`currency`]), [`percent`], [`quantity`] (counts and ratios), [`ordinal`], [`date`], [`time`],
//! [`period`] (months, quarters, years), [`admin`], [`address`], [`phone`], [`docnum`]; the
//! extractor in [`mod@extract`]; the data behind them in [`lunar`] (the Vietnamese calendar) and
//! [`gazetteer`] (the administrative units before and after the 2025 reform).
//!
//! # Features
//!
//! - `gazetteer` (default): the embedded lists of administrative units (about 560 KB).
//! - `chrono`, `jiff`: conversions of [`date::Date`] and [`time::Time`] (see `convert`).
//! - `serde`: `Serialize` and `Deserialize` for every value type, as the string its `Display`
//!   writes, read back through `FromStr` (so decimals stay exact); and `Entity::json(text)`,
//!   which serializes to the contract's JSON line, the same as [`Entity::to_json`].
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod address;
pub mod admin;
#[cfg(any(feature = "chrono", feature = "jiff"))]
pub mod convert;
pub mod currency;
pub mod date;
pub mod docnum;
pub mod error;
pub mod extract;
pub mod gazetteer;
pub mod lunar;
pub mod money;
pub mod number;
pub mod ordinal;
pub mod percent;
pub mod period;
pub mod phone;
pub mod quantity;
#[cfg(feature = "serde")]
mod serde;
pub mod text;
pub mod time;

#[cfg(feature = "serde")]
pub use crate::serde::Json;
/// The [nom] this crate's parsers are written in, re-exported so that a grammar of yours can
/// use them with the same version of nom, without naming it in your `Cargo.toml`.
///
/// Every public parser (`vnparse::money::money`, `vnparse::date::date`, …) is a nom parser
/// over `&str` with nom's default error, so it composes with nom's combinators:
///
/// ```
/// use vnparse::nom::{bytes::complete::tag, sequence::preceded, IResult, Parser};
/// use vnparse::{money::money, Money};
///
/// /// `Giá: 1,5 tỷ đồng`: a price line of a listing.
/// fn price_line(input: &str) -> IResult<&str, Money> {
///     preceded(tag("Giá: "), money).parse(input)
/// }
///
/// let (rest, price) = price_line("Giá: 1,5 tỷ đồng, thương lượng").unwrap();
/// assert_eq!(price.to_string(), "1.500.000.000 đồng");
/// assert_eq!(rest, ", thương lượng");
/// ```
pub use nom;

pub use address::Address;
pub use admin::AdminUnit;
pub use date::Date;
pub use docnum::DocNumber;
pub use error::{Error, ErrorKind};
pub use extract::{extract, Entity, Extractor, Kind};
pub use money::{Currency, Money};
pub use number::{Amount, Approx, Number};
pub use ordinal::Ordinal;
pub use percent::Percent;
pub use period::{Month, Quarter, Year};
pub use phone::Phone;
pub use quantity::{Quantity, Ratio, Units};
pub use time::Time;

/// The examples of README.md, run as doctests so that they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
