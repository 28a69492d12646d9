//! Numbers in words: one grammar, read and written.
//!
//! Vietnamese writes a number as groups below a thousand joined by scale words; the same
//! grammar reads `ba nghìn không trăm linh năm`, the spoken `hai triệu rưỡi` and the mixed
//! `1 tỷ 200 triệu`, and [`to_words`](crate::Number::to_words) writes what it reads.
//!
//! # Grammar
//!
//! ```text
//! number    = ["âm"] amount ["chẵn"]
//! amount    = term { ["," ] term } [ group | short | point decimals ]
//!           | scale short                              nghìn mốt, triệu rưỡi (an implied one)
//! term      = multiplier scale { scale }               ba triệu, mười lăm nghìn tỷ, hai vạn
//! multiplier= { term } group                           bốn nghìn sáu trăm mười hai (tỷ)
//! group     = numeral                                  1,5  200  500k
//!           | words [point decimals]
//! words     = digit "trăm" [tail] | "trăm" spoken      hai trăm linh năm, trăm rưỡi
//!           | odd (unit | tens)                        (after a scale) ba nghìn linh tám
//!           | tens
//! tail      = odd unit | tens (10 and up) | short      sáu trăm tư (640)
//! tens      = "mười" [unit] | digit "mươi" [unit]      mười lăm, hai mươi mốt
//!           | [digit] "chục" | digit spoken            hai chục, hai mốt (21)
//!           | digit digit                              (before a scale) sáu hai triệu (62·10⁶)
//!           | digit
//! unit      = digit | "mốt" | "tư" | "lăm" | "nhăm"
//! spoken    = "mốt" | "tư" | "lăm" | "nhăm" | "rưỡi"
//! short     = spoken | digit (not không, một, năm)     hai triệu ba, bốn triệu hai
//! decimals  = { "không" } ( words | digit { digit } )  không chấm tám, ba phẩy một bốn
//! digit     = "không" | "một" | "hai" | "ba" | "bốn" | "năm" | "sáu" | "bảy" | "bẩy"
//!           | "tám" | "chín"
//! odd       = "linh" | "lẻ"          point = "phẩy" | "chấm"
//! scale     = "nghìn" | "ngàn" | "k" (10³) | "vạn" (10⁴) | "triệu" | "tr" (10⁶)
//!           | "tỷ" | "tỉ" (10⁹)
//! ```
//!
//! Words are read in any case, NFC or NFD, with the common misspellings `muời`, `mừoi`,
//! `mưoi`, `muơi`, `ngìn`, `rưởi`. The rules the grammar alone does not say:
//!
//! - **Scales compose by precedence**: a scale word multiplies everything read since the
//!   last larger scale; a run of scale words (`nghìn tỷ`) applies each in turn. `bốn nghìn
//!   sáu trăm mười hai tỷ` is 4 612·10⁹, `một nghìn tỷ` 10¹², `bảy triệu tám trăm nghìn tỷ`
//!   7 800 000·10⁹, `năm triệu bốn nghìn` 5 004 000, `hai vạn năm nghìn` 25 000.
//! - **Each term fits below the one before**: a term fills the places from its scale up
//!   (`bốn nghìn tỷ` from 10¹², so `bốn nghìn tỷ sáu trăm mười hai tỷ` is 4 612·10⁹ too), and
//!   what follows must be smaller. Where a term breaks this (`hai nghìn ba nghìn`), the number
//!   ends before it: a reader takes the longest prefix that is one number, and never splits
//!   one.
//! - **Short forms only where nothing longer continues**: `hai triệu ba` is 2 300 000, but
//!   in `hai triệu ba trăm nghìn` the `ba` opens a group. `mốt`, `tư`, `lăm` and `rưỡi` open
//!   nothing, so after tens, `trăm` or a scale they are always the spoken units (`hai mốt`
//!   21, `nghìn tư` 1 400, `sáu trăm tư` 640, `3 triệu rưỡi một tháng`). `một` and `năm` are
//!   never short forms: `trăm một` may be 101 or 110, and `hai triệu năm` is more often two
//!   million years. A short `tư` or digit word before a word that is neither a number word
//!   nor a currency leaves the amount in doubt, and nothing is read: `hai nghìn tư liệu` is
//!   two thousand documents, and `ba trăm tư nhân` no amount at all.
//! - **After a scale, a group with no scale is more than one digit word**: `ba nghìn năm`
//!   (3 500, or three thousand years?) ends at the scale; `ba nghìn linh năm` and `ba nghìn
//!   không trăm linh năm` are 3 005.
//! - **Digits after a scale** that end the run and stand alone (a mark, the end, a currency
//!   after them) are the spoken short form of the group below the scale: one digit is its
//!   first digit (`1 tỷ 2` is 1 200 000 000, `12 triệu 5` 12 500 000), three digits the whole
//!   group (`2 triệu 500` is 2 500 000); glued to the scale, whatever follows, one to three
//!   digits are its first digits, as a decimal's would be (`2tr5`, `3k5`, `1tỷ2`, `8tr45` is
//!   8 450 000). Spaced, two digits (`12 triệu 25`: 12 250 000 or 12 025 000?) leave the amount in doubt;
//!   four or more are a number of their own; digits grouped in thousands are the whole of the
//!   places below (`2 triệu 500.000` is 2 500 000). Before a noun, digits count it: `vay 1 tỷ 2
//!   năm` is a billion, for two years.
//! - **Digits before a spoken point** take the decimals after it: `8 phẩy 5` is 8.5.
//! - **`năm` after tens** is read only where a scale follows: `hai mươi năm` is twenty years,
//!   `hai mươi năm nghìn` 25 000. The written unit is `lăm`.
//! - **Two digits in a row** before a scale are the spoken tens (`sáu hai triệu`), unless
//!   they are consecutive (`hai ba triệu` is "two or three million", no one number) or one
//!   is `năm` (`năm hai nghìn` is the year 2000).
//! - **Commas** may set off the terms of a number in words (`hai trăm tỷ, bảy trăm lẻ năm
//!   triệu, sáu trăm nghìn`), each then with its scale; where two commas or more have set
//!   them off, the group below the last scale closes the amount (`một tỷ, hai trăm triệu, năm
//!   nghìn, tám trăm` is 1 200 005 800), while after one comma a group with no scale stands
//!   apart (`hai nghìn, ba trăm` may be a list).
//! - **Decimals** after `phẩy`/`chấm` are the digits they write: one by one (`ba phẩy một
//!   bốn` 3.14) or as one group (`ba phẩy mười bốn` 3.14; `hai phẩy năm mươi` is 2.50, that
//!   is 2.5), leading zeros as `không` (`không phẩy không năm` 0.05). They follow a group
//!   (`hai phẩy năm triệu` is 2 500 000) or the whole amount (`một nghìn phẩy năm` 1000.5).
//! - A value a `Decimal` cannot hold is an error, never a wrong value.
//!
//! ```
//! use vnparse::Number;
//! let read = |s: &str| s.parse::<Number>().unwrap().value().to_string();
//! assert_eq!(read("bốn nghìn sáu trăm mười hai tỷ"), "4612000000000");
//! assert_eq!(read("ba nghìn linh tám"), "3008");
//! assert_eq!(read("hai triệu rưỡi"), "2500000");
//! assert_eq!(read("không chấm tám"), "0.8");
//! assert!("hai mươi năm".parse::<Number>().is_err());
//! ```
//!
//! # Writing
//!
//! [`Number::to_words`](crate::Number::to_words), [`Amount::to_words`](crate::Amount::to_words)
//! and [`Money::to_words`](crate::Money::to_words) write in the invoice and contract style;
//! [`WordsOptions`] chooses among the variants a writer may want. [`check`] compares the
//! digits and the words of one amount, as an invoice gives both.

mod check;
pub(crate) mod grammar;
pub(crate) mod lexer;
mod writer;

pub use check::{check, Agreement};
pub use writer::{Billion, Decimals, FourAfterTens, NoTens, Thousand, WordsOptions};
