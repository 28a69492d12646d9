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
//! decimals ([`rust_decimal::Decimal`]), with a public [nom] parser in [`parse`] for use in
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
//! # A tour
//!
//! ## One value
//!
//! Every kind is a type: parse it from the text that writes it, read its parts, and write it
//! back. The written form is normalized (grouped digits, the scale multiplied out, the
//! currency's usual marker), and parsing that form gives the same value again. A text that is
//! not a value of the kind is an [`Error`] that says where and why, never a guess.
//!
//! ```
//! use rust_decimal::Decimal;
//! use vnparse::{Amount, Approx, Currency, Date, Money};
//!
//! let m: Money = "trên 1,5 tỷ đồng".parse()?;
//! assert_eq!(m.amount, Amount::Exact(Decimal::from(1_500_000_000)));
//! assert_eq!((m.currency, m.approx), (Currency::VND, Some(Approx::Over)));
//! assert_eq!(m.to_string(), "trên 1.500.000.000 đồng");
//! assert_eq!(m.to_string().parse::<Money>()?, m);
//!
//! let d: Date = "Thứ sáu, 10/03/2023".parse()?;
//! assert_eq!(d.to_iso(), "2023-03-10");
//!
//! // "at byte 0: day 31 does not exist in February 2023"
//! let err = "31/02/2023".parse::<Date>().unwrap_err();
//! assert_eq!(err.offset(), 0);
//! # Ok::<(), vnparse::Error>(())
//! ```
//!
//! ## Your own grammar
//!
//! The module [`parse`] holds the crate's readers as `nom` parsers ([`parse::money`],
//! [`parse::date`], [`parse::percent`], [`parse::amount`], …): each reads its value at the start
//! of the input and leaves the rest, and is generic over the error type, so it composes with
//! `nom`'s combinators (re-exported as [`vnparse::nom`](nom)) whatever error your grammar
//! carries. Here one line of a ledger, with nom's default error:
//!
//! ```
//! use vnparse::nom::bytes::complete::tag;
//! use vnparse::nom::character::complete::space1;
//! use vnparse::nom::sequence::{preceded, separated_pair};
//! use vnparse::nom::{IResult, Parser};
//! use vnparse::{parse, Date, Money};
//!
//! /// `Ngày <date>: thu <money>`
//! fn ledger_line(input: &str) -> IResult<&str, (Date, Money)> {
//!     separated_pair(
//!         preceded((tag("Ngày"), space1), parse::date),
//!         (tag(":"), space1, tag("thu"), space1),
//!         parse::money,
//!     )
//!     .parse(input)
//! }
//!
//! let (rest, (day, paid)) = ledger_line("Ngày 14/10/2021: thu 1.250.000 đ; chi 300.000 đ")?;
//! assert_eq!(day.to_iso(), "2021-10-14");
//! assert_eq!(paid.to_string(), "1.250.000 đồng");
//! assert_eq!(rest, "; chi 300.000 đ");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! An error type of yours that implements `FromExternalError<&str, vnparse::Error>` receives
//! the reason a value failed, with its place, where nom's default error would keep only
//! `ErrorKind::Verify`:
//!
//! ```
//! use vnparse::nom::bytes::complete::tag;
//! use vnparse::nom::character::complete::space1;
//! use vnparse::nom::error::{ErrorKind, FromExternalError, ParseError};
//! use vnparse::nom::sequence::preceded;
//! use vnparse::nom::{IResult, Parser};
//! use vnparse::{parse, Date};
//!
//! #[derive(Debug)]
//! enum LedgerError<'a> {
//!     Layout(&'a str, ErrorKind),
//!     Value(vnparse::Error),
//! }
//! impl<'a> ParseError<&'a str> for LedgerError<'a> {
//!     fn from_error_kind(input: &'a str, kind: ErrorKind) -> Self {
//!         LedgerError::Layout(input, kind)
//!     }
//!     fn append(_: &'a str, _: ErrorKind, other: Self) -> Self {
//!         other
//!     }
//! }
//! impl<'a> FromExternalError<&'a str, vnparse::Error> for LedgerError<'a> {
//!     fn from_external_error(_: &'a str, _: ErrorKind, e: vnparse::Error) -> Self {
//!         LedgerError::Value(e)
//!     }
//! }
//!
//! fn day(input: &str) -> IResult<&str, Date, LedgerError<'_>> {
//!     preceded((tag("Ngày"), space1), parse::date).parse(input)
//! }
//!
//! match day("Ngày 31/02/2023: thu 1.250.000 đ") {
//!     Err(vnparse::nom::Err::Error(LedgerError::Value(why))) => {
//!         assert_eq!(why.kind().to_string(), "day 31 does not exist in February 2023")
//!     }
//!     other => panic!("{other:?}"),
//! }
//! ```
//!
//! ## Every entity of a text
//!
//! [`extract()`] scans a text once and yields its entities in order, none overlapping, each an
//! [`Entity`]: a byte span into the text as given, and a typed [`Value`](extract::Value). Its
//! [`Kind`] and [`Entity::value_string`] give the kind's name and the normalized value as the
//! JSON line writes them (`docs/JSON.md` in the repository lists the form for every kind);
//! match on the value for the typed one.
//!
//! ```
//! use rust_decimal::Decimal;
//! use vnparse::extract::Value;
//! use vnparse::{extract, Amount, Kind};
//!
//! let report = "Ngày 25/11/2023, UBND huyện Gia Viễn cho biết đã chi hơn 624 tỷ đồng \
//!               cho 4.018 hộ, đạt 100% kế hoạch quý IV/2023.";
//! let found: Vec<(Kind, &str, String)> = extract(report)
//!     .iter()
//!     .map(|e| (e.kind(), &report[e.span.clone()], e.value_string()))
//!     .collect();
//! assert_eq!(found, [
//!     (Kind::Date, "Ngày 25/11/2023", "2023-11-25".to_string()),
//!     (Kind::Admin, "huyện Gia Viễn", "huyện Gia Viễn".to_string()),
//!     (Kind::Money, "hơn 624 tỷ đồng", "624000000000".to_string()),
//!     (Kind::Quantity, "4.018 hộ", "4018".to_string()),
//!     (Kind::Percent, "100%", "100".to_string()),
//!     (Kind::Quarter, "quý IV/2023", "2023-Q4".to_string()),
//! ]);
//!
//! // The typed value: add up the exact amounts of money, whatever the text around them.
//! let spent: Decimal = extract(report)
//!     .iter()
//!     .filter_map(|e| match &e.value {
//!         Value::Money(m) => match m.amount {
//!             Amount::Exact(v) => Some(v),
//!             Amount::Range(..) => None,
//!         },
//!         _ => None,
//!     })
//!     .sum();
//! assert_eq!(spent, Decimal::from(624_000_000_000_u64));
//! ```
//!
//! ## Options
//!
//! An [`Extractor`] holds what the scan knows beyond the grammar: the lexicon of nouns that
//! count or measure ([`Units`]). Add the nouns of your domain to read their counts as
//! quantities; [`extract()`] is the extractor with the built-in lexicon.
//!
//! ```
//! use vnparse::{Extractor, Kind, Units};
//!
//! let text = "Trại nuôi 1.200 con gà ri.";
//! assert_eq!(vnparse::extract(text)[0].kind(), Kind::Quantity); // `con`, built in
//!
//! let farm = Extractor::new().with_units(Units::builtin().with(&["con gà ri"]));
//! let e = &farm.extract(text)[0];
//! assert_eq!((e.kind(), &text[e.span.clone()]), (Kind::Quantity, "1.200 con gà ri"));
//! ```
//!
//! ## JSON (feature `serde`)
//!
//! With the `serde` feature every value type serializes as the string its `Display` writes and
//! deserializes through `FromStr`, so decimals stay exact; `Entity::json(text)` serializes an
//! entity as its JSON line (the fields of `docs/JSON.md`), the one `examples/extract` prints
//! and [`Entity::to_json`] writes without serde.
//!
//! ```
//! # #[cfg(feature = "serde")] {
//! use vnparse::{Money, Percent};
//!
//! let m: Money = "gần 1,5 tỷ đồng".parse().unwrap();
//! assert_eq!(serde_json::to_string(&m).unwrap(), r#""gần 1.500.000.000 đồng""#);
//! let p: Percent = serde_json::from_str(r#""7,22%""#).unwrap();
//! assert_eq!(p.to_string(), "7,22%");
//!
//! let text = "chi 810 triệu đồng";
//! let e = &vnparse::extract(text)[0];
//! assert_eq!(
//!     serde_json::to_string(&e.json(text)).unwrap(),
//!     r#"{"kind":"money","start":4,"end":23,"text":"810 triệu đồng","value":"810000000","unit":"VND"}"#
//! );
//! # }
//! ```
//!
//! # Modules
//!
//! One module per kind of value, each opening with the grammar it reads: [`number`],
//! [`money`] (with [`currency`]), [`percent`], [`quantity`] (counts and ratios), [`ordinal`], [`date`], [`time`],
//! [`period`] (months, quarters, years), [`admin`], [`address`], [`phone`], [`docnum`]; the
//! extractor in [`mod@extract`]; the kinds' readers as generic nom parsers in [`parse`]; the data behind them in [`lunar`] (the Vietnamese calendar) and
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
// Hardening (issue 9): no input may panic the library, so its code never unwraps, indexes or
// slices unchecked, or does arithmetic that can overflow. Each `allow` in src/ stands on the
// smallest item and says why its bound holds. Tests may panic: that is how they fail.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::arithmetic_side_effects
    )
)]

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
mod memo;
pub mod money;
pub mod number;
pub mod ordinal;
pub mod parse;
pub mod percent;
pub mod period;
pub mod phone;
pub mod quantity;
#[cfg(feature = "serde")]
mod serde;
pub mod text;
pub mod time;
pub mod words;

#[cfg(feature = "serde")]
pub use crate::serde::Json;
/// The [nom] this crate's parsers are written in, re-exported so that a grammar of yours can
/// use them with the same version of nom, without naming it in your `Cargo.toml`.
///
/// Every parser of [`parse`] is a nom parser over `&str`, generic over the error type, so it
/// composes with nom's combinators:
///
/// ```
/// use vnparse::nom::{bytes::complete::tag, sequence::preceded, IResult, Parser};
/// use vnparse::{parse, Money};
///
/// /// `Giá: 1,5 tỷ đồng`: a price line of a listing.
/// fn price_line(input: &str) -> IResult<&str, Money> {
///     preceded(tag("Giá: "), parse::money).parse(input)
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

/// The JSON reference, docs/JSON.md: its check of the printed lines runs as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../docs/JSON.md")]
pub struct JsonDoctests;
