//! The crate's readers as [nom] parsers, for grammars of your own.
//!
//! Each function reads one value at the start of its input and returns it with the rest,
//! as every nom parser does:
//!
//! ```text
//! fn date<'a, E>(input: &'a str) -> IResult<&'a str, Date, E>
//! where
//!     E: ParseError<&'a str> + FromExternalError<&'a str, vnparse::Error>
//! ```
//!
//! They read what the kind's `FromStr` reads (the grammar in each kind's module docs), less
//! the forms that make sense only for a whole string (the ISO forms `to_iso` writes, a bare
//! `2024` as a year), and leave what follows the value, spaces included. They are generic over
//! the error type `E`, so they fit a grammar whatever error it carries: nom's
//! [`Error`](nom::error::Error), `()`, or an error type of yours.
//!
//! # Errors
//!
//! Where no value stands at the start of the input, a parser returns `Err::Error` (so that
//! [`alt`](nom::branch::alt) tries the next branch), built by
//! [`FromExternalError::from_external_error`] from a [`crate::Error`] that says why, as a
//! value's `FromStr` would: `31/02/2023` is "day 31 does not exist in February 2023", not a
//! bare `ErrorKind::Verify`. The `&str` handed to `from_external_error` is the input from the
//! place the error names on, and the error's offsets count from the start of the input the
//! parser was given. A number too large for a decimal is `Err::Failure`: no other reading of
//! those digits would be right. The parsers read complete input and never return
//! `Err::Incomplete`.
//!
//! Building that error costs an allocation where a parser fails; the success path costs
//! nothing more than the reader itself.
//!
//! # A grammar of your own
//!
//! An error type of yours keeps what vnparse said; nom's own errors (a `tag` that did not
//! match) go in another variant:
//!
//! ```
//! use vnparse::nom::bytes::complete::tag;
//! use vnparse::nom::character::complete::space1;
//! use vnparse::nom::error::{ErrorKind, FromExternalError, ParseError};
//! use vnparse::nom::sequence::{preceded, separated_pair};
//! use vnparse::nom::{IResult, Parser};
//! use vnparse::{parse, Date, Money};
//!
//! /// Why a line of a payment schedule does not read.
//! #[derive(Debug)]
//! enum LineError<'a> {
//!     /// The line's own words (`Hạn`, `:`) are not where they should be.
//!     Layout(&'a str, ErrorKind),
//!     /// A value is wrong: vnparse says why.
//!     Value(&'a str, vnparse::Error),
//! }
//!
//! impl<'a> ParseError<&'a str> for LineError<'a> {
//!     fn from_error_kind(input: &'a str, kind: ErrorKind) -> Self {
//!         LineError::Layout(input, kind)
//!     }
//!     fn append(_: &'a str, _: ErrorKind, other: Self) -> Self {
//!         other
//!     }
//! }
//!
//! impl<'a> FromExternalError<&'a str, vnparse::Error> for LineError<'a> {
//!     fn from_external_error(input: &'a str, _: ErrorKind, e: vnparse::Error) -> Self {
//!         LineError::Value(input, e)
//!     }
//! }
//!
//! /// `Hạn <date>: <money>`
//! fn instalment(input: &str) -> IResult<&str, (Date, Money), LineError<'_>> {
//!     separated_pair(
//!         preceded((tag("Hạn"), space1), parse::date),
//!         (tag(":"), space1),
//!         parse::money,
//!     )
//!     .parse(input)
//! }
//!
//! let (_, (due, amount)) = instalment("Hạn 28/02/2023: 12,5 triệu đồng").unwrap();
//! assert_eq!((due.to_iso().as_str(), amount.to_string().as_str()), ("2023-02-28", "12.500.000 đồng"));
//!
//! // The reason survives the grammar, with the place it names.
//! let line = "Hạn 31/02/2023: 12,5 triệu đồng";
//! match instalment(line) {
//!     Err(vnparse::nom::Err::Error(LineError::Value(at, why))) => {
//!         assert_eq!(line.len() - at.len(), 6); // the day, at byte 6 of the line
//!         assert_eq!(
//!             why.kind(),
//!             &vnparse::ErrorKind::Invalid("day 31 does not exist in February 2023".into())
//!         );
//!         assert_eq!(why.to_string(), "at char 0 (byte 0) in `‸31/02/2023: 12,5…`: \
//!                                      day 31 does not exist in February 2023");
//!     }
//!     other => panic!("{other:?}"),
//! }
//!
//! // What is not a value says what was expected there.
//! match instalment("Hạn 28/02/2023: 12,5 triệu") {
//!     Err(vnparse::nom::Err::Error(LineError::Value(_, why))) => assert_eq!(
//!         why.to_string(),
//!         "at char 10 (byte 12) in `12,5 triệu‸`: unexpected end of input, expected a currency \
//!          such as `đồng`, `VND`, `USD` or `$`"
//!     ),
//!     other => panic!("{other:?}"),
//! }
//! ```
//!
//! With nom's default error the same parsers compose with no type of yours, and `()` costs
//! nothing to carry:
//!
//! ```
//! use vnparse::nom::branch::alt;
//! use vnparse::nom::{IResult, Parser};
//! use vnparse::parse;
//!
//! /// A deadline: a date, or else a month.
//! fn deadline(input: &str) -> IResult<&str, String> {
//!     alt((
//!         parse::date.map(|d| d.to_iso()),
//!         parse::month.map(|m| m.to_iso()),
//!     ))
//!     .parse(input)
//! }
//! assert_eq!(deadline("ngày 30/6/2025").unwrap().1, "2025-06-30");
//! assert_eq!(deadline("tháng 6/2025").unwrap().1, "2025-06");
//!
//! let percent: IResult<&str, _, ()> = parse::percent("7,22% so với");
//! assert_eq!(percent.unwrap().0, " so với");
//! ```

use crate::error::{no_value, Error, ErrorKind, Expect};
use crate::number::{Numeral, Scaled};
use crate::quantity::Units;
use crate::{
    Address, AdminUnit, Approx, Date, DocNumber, Money, Month, Ordinal, Percent, Phone, Quantity,
    Quarter, Ratio, Time, Year,
};
use nom::error::{ErrorKind as NomErrorKind, FromExternalError, ParseError};
use nom::IResult;
use rust_decimal::Decimal;

// ---------------------------------------------------------------------------------------------
// From the crate's readers to a parser of any error type.

/// `found`, the result of a crate reader on `input`, with its error made an `E` that carries
/// why: what `expected` expects where the reader stopped.
fn lift<'a, T, E>(
    input: &'a str,
    found: IResult<&'a str, T>,
    expected: Expect,
) -> IResult<&'a str, T, E>
where
    E: FromExternalError<&'a str, Error>,
{
    found.map_err(|refused| match refused {
        nom::Err::Incomplete(needed) => nom::Err::Incomplete(needed),
        nom::Err::Error(e) => {
            nom::Err::Error(external(input, e.code, no_value(input, &e, expected)))
        }
        nom::Err::Failure(e) => {
            nom::Err::Failure(external(input, e.code, no_value(input, &e, expected)))
        }
    })
}

/// `error`, an error in `input`, as an `E`, given the input from the place it names.
fn external<'a, E>(input: &'a str, code: NomErrorKind, error: Error) -> E
where
    E: FromExternalError<&'a str, Error>,
{
    let at = input.get(error.offset()..).unwrap_or(input);
    E::from_external_error(at, code, error)
}

/// A value that was read at the start of `input` but cannot exist, for the reason `why`, at
/// byte `offset`.
fn invalid<'a, E>(input: &'a str, offset: usize, why: String) -> nom::Err<E>
where
    E: FromExternalError<&'a str, Error>,
{
    let error = Error::at(input, offset, ErrorKind::Invalid(why));
    nom::Err::Error(external(input, NomErrorKind::Verify, error))
}

/// What a reader with no more precise `Expect` expects: the value as a whole.
const fn whole(what: &'static str) -> Expect {
    Expect {
        what,
        at: |_, _| None,
    }
}

// ---------------------------------------------------------------------------------------------
// Numbers.

/// A number: digits, words or both, scale words applied, with a sign (`-1.200.000`, `âm 5`,
/// `27 tỉ`, `hai mươi mốt`); see [`crate::number`].
///
/// ```
/// use rust_decimal::Decimal;
/// use vnparse::parse;
/// type E<'a> = vnparse::nom::error::Error<&'a str>;
///
/// assert_eq!(parse::number::<E>("âm 1.200.000 đồng"), Ok((" đồng", Decimal::from(-1_200_000))));
/// assert_eq!(parse::number::<E>("hai mươi mốt").unwrap().1, Decimal::from(21));
/// assert!(parse::number::<E>("người").is_err());
/// ```
pub fn number<'a, E>(input: &'a str) -> IResult<&'a str, Decimal, E>
where
    E: ParseError<&'a str> + FromExternalError<&'a str, Error>,
{
    const NUMBER: Expect = whole("a number such as `1.337`, `27 tỉ` or `hai mươi mốt`");
    lift(input, crate::number::number(input), NUMBER)
}

/// An amount in digits, words or both, scale words applied (`1 tỷ 200 triệu`, `hai triệu
/// rưỡi`, `500k`), with how it was written ([`Scaled`]).
///
/// ```
/// use rust_decimal::Decimal;
/// use vnparse::parse;
/// type E<'a> = vnparse::nom::error::Error<&'a str>;
///
/// let (rest, a) = parse::amount::<E>("1 tỷ 200 triệu đồng").unwrap();
/// assert_eq!((a.value, rest), (Decimal::from(1_200_000_000), " đồng"));
/// assert_eq!(parse::amount::<E>("hai triệu rưỡi").unwrap().1.value, Decimal::from(2_500_000));
/// assert_eq!(parse::amount::<E>("500k").unwrap().1.value, Decimal::from(500_000));
/// ```
pub fn amount<'a, E>(input: &'a str) -> IResult<&'a str, Scaled, E>
where
    E: ParseError<&'a str> + FromExternalError<&'a str, Error>,
{
    const AMOUNT: Expect = whole("an amount such as `500.000` or `1,5 tỷ`");
    lift(input, crate::number::amount(input), AMOUNT)
}

/// A numeral in digits, Vietnamese style (`.` groups thousands, `,` is the point), with how
/// its separators were read ([`Numeral`]).
///
/// ```
/// use rust_decimal::Decimal;
/// use vnparse::number::Grouping;
/// use vnparse::parse;
/// type E<'a> = vnparse::nom::error::Error<&'a str>;
///
/// let (rest, n) = parse::numeral::<E>("54.205 đối tượng").unwrap();
/// assert_eq!((n.value, n.grouping, rest), (Decimal::from(54205), Grouping::Thousands, " đối tượng"));
/// assert_eq!(parse::numeral::<E>("7,22%").unwrap().1.value, Decimal::new(722, 2));
/// assert!(parse::numeral::<E>("1.2.3").is_err());
/// ```
pub fn numeral<'a, E>(input: &'a str) -> IResult<&'a str, Numeral, E>
where
    E: ParseError<&'a str> + FromExternalError<&'a str, Error>,
{
    const NUMERAL: Expect = whole("a number in digits such as `1.337,5`");
    lift(input, crate::number::numeral(input), NUMERAL)
}

/// A qualifier or a stack of them (`ước đạt trên`): the one next to the number wins.
///
/// ```
/// use vnparse::{parse, Approx};
/// type E<'a> = vnparse::nom::error::Error<&'a str>;
///
/// assert_eq!(parse::approx::<E>("ước đạt trên 5"), Ok((" 5", Approx::Over)));
/// ```
pub fn approx<'a, E>(input: &'a str) -> IResult<&'a str, Approx, E>
where
    E: ParseError<&'a str> + FromExternalError<&'a str, Error>,
{
    const APPROX: Expect = whole("a qualifier such as `trên` or `khoảng`");
    lift(input, crate::number::approx(input), APPROX)
}

/// A Roman numeral in its canonical form, not glued to a letter: `XVII`, not `IIII`.
///
/// ```
/// use vnparse::parse;
/// type E<'a> = vnparse::nom::error::Error<&'a str>;
///
/// assert_eq!(parse::roman::<E>("XVII,"), Ok((",", 17)));
/// assert!(parse::roman::<E>("IIII").is_err());
/// assert!(parse::roman::<E>("XIIIa").is_err());
/// ```
pub fn roman<'a, E>(input: &'a str) -> IResult<&'a str, u32, E>
where
    E: ParseError<&'a str> + FromExternalError<&'a str, Error>,
{
    const ROMAN: Expect = whole("a Roman numeral such as `XIV`");
    lift(input, crate::number::roman(input), ROMAN)
}

/// A rank as it stands after `thứ`: a Roman numeral, digits, `nhất`, `nhì`, `tư`, or number
/// words.
///
/// ```
/// use vnparse::parse;
/// type E<'a> = vnparse::nom::error::Error<&'a str>;
///
/// assert_eq!(parse::rank::<E>("XIII của Đảng"), Ok((" của Đảng", 13)));
/// assert_eq!(parse::rank::<E>("nhất").unwrap().1, 1);
/// assert_eq!(parse::rank::<E>("nhì").unwrap().1, 2);
/// assert_eq!(parse::rank::<E>("hai mươi mốt").unwrap().1, 21);
/// ```
pub fn rank<'a, E>(input: &'a str) -> IResult<&'a str, u32, E>
where
    E: ParseError<&'a str> + FromExternalError<&'a str, Error>,
{
    const RANK: Expect = whole("a rank: a number, a Roman numeral such as `IV`, or `nhất`");
    lift(input, crate::ordinal::rank(input), RANK)
}

/// An ordinal phrase, its cue word included: `lần thứ IV`, `khóa XV`; see [`crate::ordinal`].
///
/// ```
/// use vnparse::parse;
/// type E<'a> = vnparse::nom::error::Error<&'a str>;
///
/// assert_eq!(parse::ordinal::<E>("lần thứ XVII, nhiệm kỳ").unwrap().1.value(), 17);
/// assert_eq!(parse::ordinal::<E>("khóa XV").unwrap().1.value(), 15);
/// assert_eq!(parse::ordinal::<E>("lần hai").unwrap().1.value(), 2);
/// ```
pub fn ordinal<'a, E>(input: &'a str) -> IResult<&'a str, Ordinal, E>
where
    E: ParseError<&'a str> + FromExternalError<&'a str, Error>,
{
    lift(
        input,
        crate::ordinal::ordinal(input),
        crate::ordinal::EXPECTED,
    )
}

// ---------------------------------------------------------------------------------------------
// Amounts of something.

/// An amount of money with its qualifier, range and minor unit; see [`crate::money`].
///
/// The unit of a price is read into [`Money::per`] but left in the rest, as the extractor
/// spans a price on its amount.
///
/// ```
/// use rust_decimal::Decimal;
/// use vnparse::{parse, Amount, Currency};
/// type E<'a> = vnparse::nom::error::Error<&'a str>;
///
/// let (rest, m) = parse::money::<E>("từ 5 đến 10 triệu đồng/tháng").unwrap();
/// assert_eq!(rest, "/tháng");
/// assert_eq!(m.amount, Amount::Range(Decimal::from(5_000_000), Decimal::from(10_000_000)));
/// assert_eq!(m.per.as_deref(), Some("tháng"));
/// assert_eq!(parse::money::<E>("$5").unwrap().1.currency, Currency::USD);
/// assert_eq!(parse::money::<E>("3 đô la 25 xu").unwrap().1.amount, Amount::Exact(Decimal::new(325, 2)));
/// ```
pub fn money<'a, E>(input: &'a str) -> IResult<&'a str, Money, E>
where
    E: ParseError<&'a str> + FromExternalError<&'a str, Error>,
{
    lift(input, crate::money::money(input), crate::money::EXPECTED)
}

/// A percentage, maybe a range: `7,22%`, `5,8-6%`, `15 phần trăm`; see [`crate::percent`].
///
/// ```
/// use rust_decimal::Decimal;
/// use vnparse::{parse, Amount};
/// type E<'a> = vnparse::nom::error::Error<&'a str>;
///
/// let (_, p) = parse::percent::<E>("5,8-6%").unwrap();
/// assert_eq!(p.amount, Amount::Range(Decimal::new(58, 1), Decimal::from(6)));
/// ```
pub fn percent<'a, E>(input: &'a str) -> IResult<&'a str, Percent, E>
where
    E: ParseError<&'a str> + FromExternalError<&'a str, Error>,
{
    lift(
        input,
        crate::percent::percent(input),
        crate::percent::EXPECTED,
    )
}

/// A count or measure of a noun the built-in lexicon knows ([`Units::shared`]): `4.018 hộ`,
/// `7 - 12 tuổi`; see [`crate::quantity`] and [`quantity_with`] for nouns of your own.
///
/// ```
/// use rust_decimal::Decimal;
/// use vnparse::{parse, Amount};
/// type E<'a> = vnparse::nom::error::Error<&'a str>;
///
/// let (rest, q) = parse::quantity::<E>("4.018 hộ nghèo").unwrap();
/// assert_eq!((q.unit.as_str(), rest), ("hộ", " nghèo"));
/// let (_, q) = parse::quantity::<E>("7 - 12 tuổi").unwrap();
/// assert_eq!(q.amount, Amount::Range(Decimal::from(7), Decimal::from(12)));
/// ```
pub fn quantity<'a, E>(input: &'a str) -> IResult<&'a str, Quantity, E>
where
    E: ParseError<&'a str> + FromExternalError<&'a str, Error>,
{
    quantity_with(Units::shared())(input)
}

/// The parser of a count or measure of a noun of `units`.
///
/// ```
/// use vnparse::nom::error::Error;
/// use vnparse::nom::Parser;
/// use vnparse::{parse, Units};
///
/// let farm = Units::builtin().with(&["con gà ri"]);
/// let (_, q) = parse::quantity_with::<Error<&str>>(&farm).parse("1.200 con gà ri").unwrap();
/// assert_eq!(q.to_string(), "1.200 con gà ri");
/// ```
pub fn quantity_with<'a, 'u, E>(
    units: &'u Units,
) -> impl Fn(&'a str) -> IResult<&'a str, Quantity, E> + 'u
where
    E: ParseError<&'a str> + FromExternalError<&'a str, Error>,
{
    const QUANTITY: Expect = Expect {
        what: "a number and what it counts, such as `54.205 đối tượng`",
        at: crate::quantity::quantity_expected,
    };
    move |input| lift(input, crate::quantity::quantity(units, input), QUANTITY)
}

/// A ratio of two counts of a noun the built-in lexicon knows: `1.328 /900 hộ`, `10/10
/// phường`; see [`ratio_with`] for nouns of your own.
///
/// ```
/// use vnparse::parse;
/// type E<'a> = vnparse::nom::error::Error<&'a str>;
///
/// assert_eq!(parse::ratio::<E>("5.775/8.227 xã").unwrap().1.to_plain(), "5775/8227");
/// assert!(parse::ratio::<E>("20/2021/NĐ-CP").is_err());
/// ```
pub fn ratio<'a, E>(input: &'a str) -> IResult<&'a str, Ratio, E>
where
    E: ParseError<&'a str> + FromExternalError<&'a str, Error>,
{
    ratio_with(Units::shared())(input)
}

/// The parser of a ratio of two counts of a noun of `units`.
///
/// ```
/// use vnparse::nom::error::Error;
/// use vnparse::nom::Parser;
/// use vnparse::{parse, Units};
///
/// let school = Units::builtin().with(&["lượt thi"]);
/// let (_, r) = parse::ratio_with::<Error<&str>>(&school).parse("120/150 lượt thi").unwrap();
/// assert_eq!(r.to_plain(), "120/150");
/// ```
pub fn ratio_with<'a, 'u, E>(
    units: &'u Units,
) -> impl Fn(&'a str) -> IResult<&'a str, Ratio, E> + 'u
where
    E: ParseError<&'a str> + FromExternalError<&'a str, Error>,
{
    const RATIO: Expect = Expect {
        what: "a ratio such as `10/10 phường`",
        at: crate::quantity::ratio_expected,
    };
    move |input| lift(input, crate::quantity::ratio(units, input), RATIO)
}

// ---------------------------------------------------------------------------------------------
// Dates and times.

/// A calendar day, solar or lunar; see [`crate::date`]. A day that cannot exist is an error
/// that says why, at the day.
///
/// ```
/// use vnparse::{parse, ErrorKind};
/// type E<'a> = vnparse::nom::error::Error<&'a str>;
///
/// let (rest, d) = parse::date::<E>("ngày 14 tháng 10 năm 2021 của").unwrap();
/// assert_eq!((d.to_iso().as_str(), rest), ("2021-10-14", " của"));
///
/// // With an error type that keeps it, the reason: here vnparse's own `Error` as a nom error.
/// struct Why(vnparse::Error);
/// impl<'a> vnparse::nom::error::ParseError<&'a str> for Why {
///     fn from_error_kind(input: &'a str, _: vnparse::nom::error::ErrorKind) -> Self {
///         Why(vnparse::Error::new(0, ErrorKind::Invalid(format!("no date in `{input}`"))))
///     }
///     fn append(_: &'a str, _: vnparse::nom::error::ErrorKind, other: Self) -> Self {
///         other
///     }
/// }
/// impl<'a> vnparse::nom::error::FromExternalError<&'a str, vnparse::Error> for Why {
///     fn from_external_error(_: &'a str, _: vnparse::nom::error::ErrorKind, e: vnparse::Error) -> Self {
///         Why(e)
///     }
/// }
/// let Err(vnparse::nom::Err::Error(Why(why))) = parse::date::<Why>("ngày 31/02/2023") else {
///     panic!("31/02/2023 is no date");
/// };
/// assert_eq!(why.to_string(), "at char 5 (byte 6) in `ngày ‸31/02/2023`: day 31 does not exist in February 2023");
/// ```
pub fn date<'a, E>(input: &'a str) -> IResult<&'a str, Date, E>
where
    E: ParseError<&'a str> + FromExternalError<&'a str, Error>,
{
    const DATE: Expect = Expect {
        what: "a date such as `10/03/2023` or `ngày 15 tháng 3`",
        at: crate::date::expected,
    };
    let refused = match crate::date::date(input) {
        Ok(found) => return Ok(found),
        Err(refused) => refused,
    };
    // Why not: the day as written, and the check it failed.
    let (_, raw) = lift(input, crate::date::raw_date(input), DATE)?;
    match raw.date.check().and_then(|()| raw.tet_year_check()) {
        Err(why) => Err(invalid(input, raw.day_offset, why)),
        Ok(()) => lift(input, Err(refused), DATE),
    }
}

/// A month after `tháng`, maybe lunar, maybe with its year: `tháng 7 năm 2023`, `tháng Giêng`;
/// see [`crate::period`].
///
/// ```
/// use vnparse::parse;
/// type E<'a> = vnparse::nom::error::Error<&'a str>;
///
/// assert_eq!(parse::month::<E>("tháng 7 năm 2023").unwrap().1.to_iso(), "2023-07");
/// assert!(parse::month::<E>("tháng 5 âm lịch").unwrap().1.is_lunar());
/// assert!(parse::month::<E>("tháng năm").is_err());
/// ```
pub fn month<'a, E>(input: &'a str) -> IResult<&'a str, Month, E>
where
    E: ParseError<&'a str> + FromExternalError<&'a str, Error>,
{
    lift(input, crate::period::month(input), crate::period::MONTH)
}

/// A quarter: `quý II/2023`, `quý 3 năm 2024`, `Q2 2024`; see [`crate::period`].
///
/// ```
/// use vnparse::parse;
/// type E<'a> = vnparse::nom::error::Error<&'a str>;
///
/// assert_eq!(parse::quarter::<E>("quý 3 năm 2024").unwrap().1.to_iso(), "2024-Q3");
/// assert_eq!(parse::quarter::<E>("Qúy 3").unwrap().1.to_iso(), "Q3");
/// assert!(parse::quarter::<E>("quý V").is_err());
/// ```
pub fn quarter<'a, E>(input: &'a str) -> IResult<&'a str, Quarter, E>
where
    E: ParseError<&'a str> + FromExternalError<&'a str, Error>,
{
    lift(input, crate::period::quarter(input), crate::period::QUARTER)
}

/// A year after its cue (`năm 2022`, `nhiệm kỳ 2020 – 2025`), or a range of two years; a
/// bare `2023` is no year here, as in running text it is as likely a count. See
/// [`crate::period`].
///
/// ```
/// use vnparse::parse;
/// type E<'a> = vnparse::nom::error::Error<&'a str>;
///
/// assert_eq!(parse::year::<E>("nhiệm kỳ 2020 – 2025").unwrap().1.to_plain(), "2020..2025");
/// assert_eq!(parse::year::<E>("2025 - 2030").unwrap().1.to_plain(), "2025..2030");
/// assert!(parse::year::<E>("2023").is_err());
/// assert!(parse::year::<E>("năm 13 tuổi").is_err());
/// ```
pub fn year<'a, E>(input: &'a str) -> IResult<&'a str, Year, E>
where
    E: ParseError<&'a str> + FromExternalError<&'a str, Error>,
{
    lift(input, crate::period::year(input), crate::period::YEAR)
}

/// A time of day: `17:15:19`, `14 giờ 30 phút`, `8h sáng`; see [`crate::time`].
///
/// ```
/// use vnparse::parse;
/// type E<'a> = vnparse::nom::error::Error<&'a str>;
///
/// let (rest, t) = parse::time::<E>("14 giờ 30 phút đến").unwrap();
/// assert_eq!((t.to_iso().as_str(), rest), ("14:30", " đến"));
/// ```
pub fn time<'a, E>(input: &'a str) -> IResult<&'a str, Time, E>
where
    E: ParseError<&'a str> + FromExternalError<&'a str, Error>,
{
    lift(input, crate::time::time(input), crate::time::EXPECTED)
}

// ---------------------------------------------------------------------------------------------
// Places, phones, documents.

/// An administrative unit: `huyện Gia Viễn`, `Phường 03`, `TP.HCM`; see [`crate::admin`].
///
/// ```
/// use vnparse::parse;
/// type E<'a> = vnparse::nom::error::Error<&'a str>;
///
/// let (rest, u) = parse::admin::<E>("huyện Gia Viễn tổ chức hội nghị").unwrap();
/// assert_eq!((u.to_string().as_str(), rest), ("huyện Gia Viễn", " tổ chức hội nghị"));
/// assert_eq!(parse::admin::<E>("Phường 03").unwrap().1.to_string(), "phường 3");
/// ```
pub fn admin<'a, E>(input: &'a str) -> IResult<&'a str, AdminUnit, E>
where
    E: ParseError<&'a str> + FromExternalError<&'a str, Error>,
{
    lift(input, crate::admin::admin(input), crate::admin::EXPECTED)
}

/// An address, its units checked against each other: a unit that does not lie in the one
/// written above it is an error that says so, at that unit. See [`crate::address`].
///
/// ```
/// use vnparse::parse;
/// type E<'a> = vnparse::nom::error::Error<&'a str>;
///
/// let text = "thôn Đông, xã Gia Hòa, huyện Gia Viễn, tỉnh Ninh Bình. Điện thoại";
/// let (rest, a) = parse::address::<E>(text).unwrap();
/// assert_eq!(rest, ". Điện thoại");
/// assert_eq!(a.district.unwrap().code().unwrap().to_string(), "373");
/// assert!(parse::address::<E>("xã Gia Hòa, huyện Gia Viễn, tỉnh Sóc Trăng").is_err());
/// ```
pub fn address<'a, E>(input: &'a str) -> IResult<&'a str, Address, E>
where
    E: ParseError<&'a str> + FromExternalError<&'a str, Error>,
{
    match crate::address::checked(input) {
        Ok(found) => Ok(found),
        Err(crate::address::Refused::Syntax(e)) => lift(input, Err(e), crate::address::EXPECTED),
        Err(crate::address::Refused::Contradiction { at, why }) => Err(invalid(input, at, why)),
    }
}

/// A Vietnamese phone number, mobile or landline, in any usual writing: `0912 345 678`,
/// `(08).38464877`, `+84 912 345 678`; see [`crate::phone`].
///
/// ```
/// use vnparse::parse;
/// type E<'a> = vnparse::nom::error::Error<&'a str>;
///
/// let (rest, p) = parse::phone::<E>("(08).38464877 - Fax").unwrap();
/// assert_eq!((p.to_string().as_str(), rest), ("+84838464877", " - Fax"));
/// ```
pub fn phone<'a, E>(input: &'a str) -> IResult<&'a str, Phone, E>
where
    E: ParseError<&'a str> + FromExternalError<&'a str, Error>,
{
    lift(input, crate::phone::phone(input), crate::phone::EXPECTED)
}

/// An official document number: `20/2021/NĐ-CP`, `15/QĐ-UBND`; see [`crate::docnum`].
///
/// ```
/// use vnparse::parse;
/// type E<'a> = vnparse::nom::error::Error<&'a str>;
///
/// let (rest, d) = parse::docnum::<E>("20/2021/NĐ-CP quy định").unwrap();
/// assert_eq!((d.to_string().as_str(), rest), ("20/2021/NĐ-CP", " quy định"));
/// ```
pub fn docnum<'a, E>(input: &'a str) -> IResult<&'a str, DocNumber, E>
where
    E: ParseError<&'a str> + FromExternalError<&'a str, Error>,
{
    lift(input, crate::docnum::docnum(input), crate::docnum::EXPECTED)
}
