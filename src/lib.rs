//! # vnparse
//!
//! Reads the numbers in Vietnamese text: amounts of money (`1.337 triệu đồng`, `gần 1,5 tỷ
//! đồng`), plain and scaled numbers (`27 tỉ`, `hai mươi mốt`), percentages (`7,22%`), counts and
//! ratios (`54.205 đối tượng`, `1.328 /900 hộ`), ordinals (`lần thứ IV`), phone numbers and
//! official document numbers (`20/2021/NĐ-CP`).
//!
//! Each kind of value is a type with `FromStr` and `Display` that round-trip, built on exact
//! decimals ([`rust_decimal::Decimal`]), with a public [nom] parser in its module for use in
//! your own grammars. [`extract()`] scans free text and yields every entity with its byte span.
//!
//! ```
//! use vnparse::{Money, Currency};
//! use rust_decimal::Decimal;
//!
//! let m: Money = "1.337 triệu đồng".parse()?;
//! assert_eq!(m.currency, Currency::Vnd);
//! assert_eq!(m.to_string(), "1.337.000.000 đồng");
//!
//! let text = "Thu ngân sách đạt trên 624 tỷ đồng, tăng 7,22%.";
//! for entity in vnparse::extract(text) {
//!     println!("{} {:?} = {}", entity.kind().as_str(), &text[entity.span.clone()], entity.value_string());
//! }
//! # Ok::<(), vnparse::Error>(())
//! ```
//!
//! Text may come in NFC or NFD, with either tone-mark placement (`hoà`/`hòa`), in any case and
//! with non-breaking spaces: all read the same, and spans point into the text as given (see
//! [`text`]).
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod docnum;
pub mod error;
pub mod extract;
pub mod gazetteer;
pub mod lunar;
pub mod money;
pub mod number;
pub mod ordinal;
pub mod percent;
pub mod phone;
pub mod quantity;
pub mod text;

pub use docnum::DocNumber;
pub use error::{Error, ErrorKind};
pub use extract::{extract, Entity, Extractor, Kind};
pub use money::{Currency, Money};
pub use number::{Amount, Approx, Number};
pub use ordinal::Ordinal;
pub use percent::Percent;
pub use phone::Phone;
pub use quantity::{Quantity, Ratio, Units};
pub mod address;
pub mod admin;
#[cfg(any(feature = "chrono", feature = "jiff"))]
pub mod convert;
pub mod date;
pub mod period;
pub mod time;
