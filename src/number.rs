//! Numbers: digits written the Vietnamese way, number words, scale words and Roman numerals.
//!
//! # Grammar
//!
//! ```text
//! number    = [sign] amount
//! sign      = "-" | "âm"
//! amount    = groups joined by scales, in digits, words or both: the grammar of
//!             [`crate::words`] (1 tỷ 200 triệu, hai triệu rưỡi, ba nghìn linh tám, 15 nghìn tỷ)
//! group     = numeral [suffix] | words
//! numeral   = digits { "." 3digits } [ "," digits ]   54.205   1.337,5   7,22
//!           | digits ( "." | "," ) digits             1.5   12.5   0,5   (not exactly 3 digits after)
//!           | digits { "," 3digits } [ "." digits ]   1,234,567.5   (English grouping, 2+ groups)
//!           | 1-3digits { " " 3digits }               1 328
//! suffix    = "k" | "K" | "tr" | "M" | "G"            500k   3tr   1,2M
//! ```
//!
//! A lone separator followed by exactly three digits groups thousands (`1.337` is 1337); with
//! any other count it is the decimal point (`1.5`, `7,22`). `1,328` stays 1.328 unless the
//! caller knows it counts whole things (see [`Numeral::thousands`]).
//!
//! Deliberately not read: a digit word after `mươi`/`mười`/`trăm` that is more often a noun
//! (`hai mươi năm` is twenty years, not 25), digits or a lone digit word after a scale (`1 tỷ
//! 2`: 1.2 billion or 1 billion and 2? `ba nghìn năm`: 3 500 or three thousand years?), and
//! separators that do not agree (`1.2.3` is a version, not a number).

mod grouping;

use crate::error::{here, parse_all, Error, ErrorKind, Expect};
use crate::text::PhraseTable;
use crate::text::{find_phrase, space0, space1, split_word};
pub(crate) use grouping::numeral_extent;
use grouping::{decimal_from_digits, interpret, numeral_groups};
use nom::error::{Error as NomError, ErrorKind as NomErrorKind};
use nom::IResult;
use rust_decimal::Decimal;
use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

/// A number read from Vietnamese text: `54.205`, `7,22`, `hai mươi mốt`, `1 tỷ 200 triệu`.
///
/// `Display` writes the canonical Vietnamese form: `.` groups thousands, `,` is the point.
///
/// ```
/// use vnparse::Number;
/// use rust_decimal::Decimal;
/// let n: Number = "1,5 tỷ".parse().unwrap();
/// assert_eq!(n.value(), Decimal::from(1_500_000_000));
/// assert_eq!(n.to_string(), "1.500.000.000");
/// assert_eq!("ba nghìn không trăm linh năm".parse::<Number>().unwrap().to_string(), "3.005");
/// assert_eq!("7,20".parse::<Number>().unwrap().to_string(), "7,2");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Number(Decimal);

impl Number {
    /// The number `value`, its trailing zeros dropped.
    ///
    /// ```
    /// use vnparse::Number;
    /// use rust_decimal::Decimal;
    /// let n = Number::new(Decimal::new(1_337_500, 3)); // 1337.500
    /// assert_eq!(n.to_string(), "1.337,5");
    /// assert_eq!("1.337,50".parse::<Number>()?, n);
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn new(value: Decimal) -> Self {
        Number(value.normalize())
    }

    /// Its value, exact.
    ///
    /// ```
    /// use vnparse::Number;
    /// use rust_decimal::Decimal;
    /// assert_eq!("3 triệu rưỡi".parse::<Number>()?.value(), Decimal::from(3_500_000));
    /// assert_eq!("0,1".parse::<Number>()?.value(), Decimal::new(1, 1));
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn value(self) -> Decimal {
        self.0
    }
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_vietnamese(f, self.0)
    }
}

impl FromStr for Number {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        parse_all(
            s,
            "a number such as `1.337`, `27 tỉ` or `hai mươi mốt`",
            signed_whole,
        )
        .map(Number::new)
    }
}

/// A signed amount as a whole text gives it (`-1.200.000`, `âm 5`, `27 tỉ`, `100.000 chẵn`):
/// what [`Number`] and [`Amount`] read.
fn signed_whole(input: &str) -> IResult<&str, Decimal> {
    let (rest, (_, value)) = signed_whole_scaled(input)?;
    Ok((rest, value))
}

/// [`signed_whole`], with how the amount was written (whether with a scale).
fn signed_whole_scaled(input: &str) -> IResult<&str, (Scaled, Decimal)> {
    let (rest, negative) = sign(input);
    let (rest, a) = crate::words::grammar::whole_amount(rest)?;
    let value = signed(negative, a.value);
    Ok((rest, (a, value)))
}

/// Writes `value` with `.` grouping thousands and `,` as the decimal point: `1.337.000,5`.
pub(crate) fn write_vietnamese(f: &mut impl fmt::Write, value: Decimal) -> fmt::Result {
    let plain = value.normalize().to_string();
    let (sign, unsigned) = match plain.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", plain.as_str()),
    };
    let (int, frac) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    f.write_str(sign)?;
    for (i, digit) in int.chars().enumerate() {
        if i > 0 && int.len().saturating_sub(i) % 3 == 0 {
            f.write_char('.')?;
        }
        f.write_char(digit)?;
    }
    if !frac.is_empty() {
        f.write_char(',')?;
        f.write_str(frac)?;
    }
    Ok(())
}

/// A decimal written the plain way the entity contract wants: no grouping, `.` as the point,
/// no trailing zeros (`81737066`, `1.5`).
pub(crate) fn plain(value: Decimal) -> String {
    value.normalize().to_string()
}

/// How a qualifier word bends an amount: `trên 600 triệu đồng` is over 600 million.
///
/// ```
/// use vnparse::Approx;
/// assert_eq!("gần".parse::<Approx>().unwrap(), Approx::Nearly);
/// assert_eq!(Approx::AtLeast.as_str(), "at_least");
/// assert_eq!(Approx::Over.to_string(), "trên");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Approx {
    /// `trên`, `hơn`, `ngoài`, `vượt`: more than.
    Over,
    /// `dưới`, `chưa đến`: less than.
    Under,
    /// `khoảng`, `chừng`, `tầm`, `xấp xỉ`, `ước`, `ước tính`, `quanh mức`: about.
    About,
    /// `gần`, `gần như`: nearly.
    Nearly,
    /// `ít nhất`, `tối thiểu`, `không dưới`, `từ X trở lên`: at least.
    AtLeast,
    /// `tối đa`, `không quá`, `không vượt quá`: at most.
    AtMost,
}

/// The qualifier phrases, longest first, and what each means.
/// [`APPROX_WORDS`] as a lookup table: each phrase with its meaning and itself.
const APPROX_ENTRIES: &[(&str, (Approx, &str))] = &approx_entries();

// Evaluated at compile time: an index out of bounds or an overflow here fails the build, it
// cannot panic at run time.
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
const fn approx_entries() -> [(&'static str, (Approx, &'static str)); APPROX_WORDS.len()] {
    let mut out = [("", (Approx::About, "")); APPROX_WORDS.len()];
    let mut i = 0;
    while i < APPROX_WORDS.len() {
        let (phrase, meaning) = APPROX_WORDS[i];
        out[i] = (phrase, (meaning, phrase));
        i += 1;
    }
    out
}

const APPROX_WORDS: &[(&str, Approx)] = &[
    ("không vượt quá", Approx::AtMost),
    // `không thấp hơn 4.960.000 đồng`: "not lower than", at least; "not higher than", at most.
    ("không thấp hơn", Approx::AtLeast),
    ("không ít hơn", Approx::AtLeast),
    ("không cao hơn", Approx::AtMost),
    ("không nhiều hơn", Approx::AtMost),
    // `ước` before the verb of what is estimated (`ước tăng`, `ước thực hiện`) is read by
    // `estimated_verb`, not listed here verb by verb.
    ("quanh mức", Approx::About),
    // `trên dưới 6,5%`, `trong ngoài 100 người`: "over or under", more or less, one phrase
    // read whole (before `trên` alone would take it as over).
    ("trên dưới", Approx::About),
    ("trong ngoài", Approx::About),
    ("chưa đến", Approx::Under),
    ("chưa tới", Approx::Under),
    ("không đến", Approx::Under),
    ("không tới", Approx::Under),
    ("gần như", Approx::Nearly),
    ("ít nhất", Approx::AtLeast),
    ("tối thiểu", Approx::AtLeast),
    ("không dưới", Approx::AtLeast),
    ("tối đa", Approx::AtMost),
    ("không quá", Approx::AtMost),
    ("ước tính", Approx::About),
    ("ước đạt", Approx::About),
    ("xấp xỉ", Approx::About),
    ("khoảng", Approx::About),
    ("chừng", Approx::About),
    ("tầm", Approx::About),
    ("ước", Approx::About),
    ("quanh", Approx::About),
    ("trên", Approx::Over),
    ("hơn", Approx::Over),
    ("ngoài", Approx::Over),
    ("vượt", Approx::Over),
    ("dưới", Approx::Under),
    ("gần", Approx::Nearly),
];

/// Qualifiers that are also the second syllable of a compound, and the first syllables that
/// make it (`nước ngoài`, abroad; `ra ngoài`, out; `sưu tầm`, to collect; `mơ ước`, a dream).
const QUALIFIER_COMPOUNDS: &[(&str, &[&str])] = &[
    ("ngoài", &["nước", "ra", "bên", "phía"]),
    ("tầm", &["sưu"]),
    (
        "ước",
        &[
            "mơ", "ao", "công", "điều", "giao", "hẹn", "khế", "nguyện", "thề",
        ],
    ),
];

/// The words before which the qualifier word that opens `rest` is the second syllable of a
/// compound (see [`QUALIFIER_COMPOUNDS`]), if it is such a word: after one of them it
/// qualifies no amount (`sống ở nước ngoài 5 năm`, `sưu tầm 30 con tem`; but `ngoài 5 năm`,
/// `tầm 200 người`).
pub(crate) fn compound_heads(rest: &str) -> Option<&'static [&'static str]> {
    // (Asked at every word that may open an amount: the word's hash first, folded only where
    // it is one of the qualifiers' hashes.)
    static HASHES: std::sync::LazyLock<Vec<u64>> = std::sync::LazyLock::new(|| {
        QUALIFIER_COMPOUNDS
            .iter()
            .map(|(q, _)| crate::text::fold_hash(q))
            .collect()
    });
    // (The first letter before the hash: `ngoài`, `tầm` and `ước` open with `n`, `t`, `ư`;
    // the test below holds this to the table.)
    let first = rest.chars().next()?;
    if !matches!(first.to_ascii_lowercase(), 'n' | 't' | 'u' | 'ư' | 'Ư') {
        return None;
    }
    let (word, hash) = crate::text::split_word_hash(rest)?;
    let at = HASHES.iter().position(|&h| h == hash)?;
    let (qualifier, heads) = QUALIFIER_COMPOUNDS.get(at)?;
    crate::text::same_word(word, qualifier).then_some(*heads)
}

/// The first word of each qualifier phrase (`trên`, `ít` of `ít nhất`, `không` of `không quá`):
/// the words where an amount with a qualifier may open.
pub(crate) fn qualifier_openers() -> impl Iterator<Item = &'static str> {
    APPROX_WORDS
        .iter()
        .map(|(phrase, _)| phrase.split(' ').next().unwrap_or(phrase))
}

impl Approx {
    /// The name the entity contract uses: `over`, `under`, `about`, `nearly`, `at_least`,
    /// `at_most`.
    ///
    /// ```
    /// use vnparse::Approx;
    /// assert_eq!("ít nhất".parse::<Approx>()?.as_str(), "at_least");
    /// assert_eq!("xấp xỉ".parse::<Approx>()?.as_str(), "about");
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Approx::Over => "over",
            Approx::Under => "under",
            Approx::About => "about",
            Approx::Nearly => "nearly",
            Approx::AtLeast => "at_least",
            Approx::AtMost => "at_most",
        }
    }

    /// The Vietnamese word `Display` writes: `trên`, `dưới`, `khoảng`, `gần`, `ít nhất`,
    /// `tối đa`: one word for each qualifier, whichever synonym the text used.
    ///
    /// ```
    /// use vnparse::Approx;
    /// assert_eq!("hơn".parse::<Approx>()?.word(), "trên");
    /// assert_eq!("không quá".parse::<Approx>()?.word(), "tối đa");
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn word(self) -> &'static str {
        match self {
            Approx::Over => "trên",
            Approx::Under => "dưới",
            Approx::About => "khoảng",
            Approx::Nearly => "gần",
            Approx::AtLeast => "ít nhất",
            Approx::AtMost => "tối đa",
        }
    }
}

impl fmt::Display for Approx {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.word())
    }
}

impl FromStr for Approx {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        parse_all(s, "a qualifier such as `trên` or `khoảng`", approx)
    }
}

/// One qualifier phrase or a stack of them (`ước đạt trên`): the one next to the number wins.
///
/// The crate's own reader; [`crate::parse::approx`] is the public one, generic over the
/// error type.
pub(crate) fn approx(input: &str) -> IResult<&str, Approx> {
    approx_phrase(input).map(|(rest, (meaning, _))| (rest, meaning))
}

/// Like [`approx`], also yielding the phrase (of the qualifier list) that decided.
///
/// (Read once per position of the text an extractor reads: see [`crate::memo`].)
pub(crate) fn approx_phrase(input: &str) -> IResult<&str, (Approx, &'static str)> {
    match crate::memo::qualifier(input, read_approx_phrase) {
        Some(found) => Ok(found),
        None => Err(nom::Err::Error(NomError::new(input, NomErrorKind::Tag))),
    }
}

fn read_approx_phrase(input: &str) -> Option<(&str, (Approx, &'static str))> {
    let mut found = None;
    let mut last = "";
    let mut rest = input;
    // Qualifiers stack two or three deep (`ước đạt trên`); reading on through a run of them
    // would make the scan cost the square of the run.
    for _ in 0..4 {
        let after_space = if found.is_some() {
            space1(rest).map(|(r, _)| r).ok()
        } else {
            Some(rest)
        };
        let Some(candidate) = after_space else { break };
        static APPROX: LazyLock<PhraseTable<(Approx, &str)>> =
            LazyLock::new(|| PhraseTable::new(APPROX_ENTRIES));
        match APPROX.lookup(candidate) {
            Some((&meaning, len)) => {
                found = Some(meaning);
                last = meaning.1;
                rest = &candidate[len..];
            }
            None => match estimated_verb(last, rest) {
                Some(after) => {
                    last = "";
                    rest = after;
                }
                None => break,
            },
        }
    }
    found.map(|meaning| (rest, meaning))
}

/// `ước` (estimated) qualifies the amount after the verb of what is estimated: `ước tăng 8,3%`,
/// `ước tính giảm 2%`, `ước thực hiện 120 tỷ`, `ước thu 5 tỷ đồng`. After `ước` (or `ước tính`,
/// `ước đạt`) ending `rest`'s qualifier, one or two words in lower case that are no number
/// word, followed by a number or another qualifier, are that verb: the text from the amount
/// is returned. A word that opens a phrase of time or of each is no verb: the number after it
/// is that phrase's (`mức ước tính hồi tháng 6`, `ước tính vào năm 2030`, `ước tính mỗi năm`).
fn estimated_verb<'a>(qualifier: &str, rest: &'a str) -> Option<&'a str> {
    // (Nor a word of each, whose noun the number after is: `Ước tính mỗi năm lễ hội thu hút`,
    // each year.)
    const OF_TIME: &[&str] = &[
        "hồi", "vào", "trong", "từ", "đến", "tới", "lúc", "sau", "trước", "ngày", "tháng", "quý",
        "tuần", "giờ", "mỗi", "hằng", "hàng", "từng",
    ];
    if !matches!(qualifier, "ước" | "ước tính" | "ước đạt") {
        return None;
    }
    let mut after = rest;
    for _ in 0..2 {
        let (spaced, _) = space1(after).ok()?;
        let (word, next) = split_word(spaced)?;
        let lower = word.chars().all(|c| !c.is_uppercase());
        let of_time = crate::text::word_in(word, OF_TIME);
        if !lower || of_time || is_number_word(word) || approx_phrase(spaced).is_ok() {
            return None;
        }
        after = next;
        let (ahead, _) = space1(after).ok()?;
        let amount_next = ahead.starts_with(|c: char| c.is_ascii_digit())
            || split_word(ahead).is_some_and(|(w, _)| is_number_word(w))
            || approx_phrase(ahead).is_ok();
        if amount_next {
            return Some(after);
        }
    }
    None
}

/// A number or a range of two, as amounts are written: `1.337`, `5 - 10`.
///
/// `Display` writes it the Vietnamese way (`.` groups thousands, `,` is the point);
/// [`to_plain`](Amount::to_plain) writes it as the entity contract does.
///
/// ```
/// use vnparse::{Amount, Money, Percent};
/// use rust_decimal::Decimal;
/// let m: Money = "5-10 triệu đồng".parse()?;
/// assert_eq!(m.amount, Amount::Range(Decimal::from(5_000_000), Decimal::from(10_000_000)));
/// assert_eq!(m.amount.to_string(), "5.000.000 - 10.000.000");
/// let p: Percent = "7,22%".parse()?;
/// assert_eq!(p.amount, Amount::Exact(Decimal::new(722, 2)));
/// # Ok::<(), vnparse::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Amount {
    /// One value.
    Exact(Decimal),
    /// From the first value to the second, both included.
    Range(Decimal, Decimal),
}

impl Amount {
    /// The value the entity contract writes: `1337000000`, or a range `5000000..10000000`.
    ///
    /// ```
    /// use vnparse::Money;
    /// assert_eq!("1.337 triệu đồng".parse::<Money>()?.amount.to_plain(), "1337000000");
    /// assert_eq!("5-10 triệu đồng".parse::<Money>()?.amount.to_plain(), "5000000..10000000");
    /// assert_eq!("1,5 USD".parse::<Money>()?.amount.to_plain(), "1.5");
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn to_plain(&self) -> String {
        match *self {
            Amount::Exact(v) => plain(v),
            Amount::Range(a, b) => format!("{}..{}", plain(a), plain(b)),
        }
    }

    /// Reads the plain form [`Amount::to_plain`] writes, the contract's `value` of an amount:
    /// `1337000000`, `-1.5`, `5000000..10000000`. The point is a decimal point and nothing is
    /// grouped, so `1.5` is one and a half here, where `parse` reads Vietnamese (`1.500` is
    /// fifteen hundred there).
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// use vnparse::Amount;
    /// assert_eq!(Amount::from_plain("-1.5")?, Amount::Exact(Decimal::new(-15, 1)));
    /// let range = Amount::from_plain("5000000..10000000")?;
    /// assert_eq!(range, "5-10 triệu".parse()?);
    /// assert_eq!(Amount::from_plain(&range.to_plain())?, range);
    /// assert_eq!(
    ///     Amount::from_plain("1.500.000").unwrap_err().to_string(),
    ///     "at char 5 (byte 5) in `1.500‸.000`: unexpected `.`, expected a plain decimal such as `-1.5`"
    /// );
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn from_plain(s: &str) -> Result<Amount, Error> {
        match s.split_once("..") {
            Some((low, high)) => Ok(Amount::Range(
                plain_decimal(s, 0, low)?,
                plain_decimal(s, s.len().saturating_sub(high.len()), high)?,
            )),
            None => Ok(Amount::Exact(plain_decimal(s, 0, s)?)),
        }
    }
}

/// The decimal `text` (a sign, digits, then maybe a point and digits: `-1.5`) that stands at
/// byte `at` of `whole`, for [`Amount::from_plain`]; exactly, or an error.
fn plain_decimal(whole: &str, at: usize, text: &str) -> Result<Decimal, Error> {
    const EXPECTED: &str = "a plain decimal such as `-1.5`";
    let unsigned = text.strip_prefix('-').unwrap_or(text);
    let bad = shape_break(unsigned).and_then(|i| unsigned.get(i..));
    if let Some(bad) = bad {
        let offset = at.saturating_add(text.len().saturating_sub(bad.len()));
        let kind = match bad.chars().next() {
            Some(found) => ErrorKind::Unexpected {
                found,
                expected: EXPECTED,
            },
            None => ErrorKind::UnexpectedEnd(EXPECTED),
        };
        return Err(Error::at(whole, offset, kind));
    }
    // Exactly: a value past the decimal's range or precision is an error, never rounded.
    Decimal::from_str_exact(text).map_err(|_| Error::at(whole, at, ErrorKind::Overflow))
}

/// Where `unsigned` stops having the shape of a plain decimal, digits and maybe a point and
/// digits (`1.5`): the byte of the first character out of place, or its length if it ends too
/// soon (`1.`); `None` if it has the shape throughout.
fn shape_break(unsigned: &str) -> Option<usize> {
    let int = leading_digits(unsigned);
    if int == 0 {
        return Some(0);
    }
    let after_int = unsigned.get(int..)?;
    let Some(frac) = after_int.strip_prefix('.') else {
        return (!after_int.is_empty()).then_some(int);
    };
    let frac_digits = leading_digits(frac);
    let end = int.saturating_add(1).saturating_add(frac_digits);
    (frac_digits == 0 || end < unsigned.len()).then_some(end)
}

/// How many ASCII digits `s` begins with.
fn leading_digits(s: &str) -> usize {
    s.bytes().take_while(u8::is_ascii_digit).count()
}

/// Reads what `Display` writes, `1.337.000.000` or `5.000.000 - 10.000.000`: one signed
/// number or two joined by a dash, each as [`Number`] reads it (`hai mươi`, `27 tỉ` too).
///
/// ```
/// use rust_decimal::Decimal;
/// use vnparse::Amount;
/// let range: Amount = "5.000.000 - 10.000.000".parse()?;
/// assert_eq!(range, Amount::Range(Decimal::from(5_000_000), Decimal::from(10_000_000)));
/// assert_eq!(range.to_string().parse::<Amount>()?, range);
/// assert_eq!("-1,5".parse::<Amount>()?, Amount::Exact(Decimal::new(-15, 1)));
/// assert_eq!("7–9".parse::<Amount>()?.to_string(), "7 - 9");
/// // A scale written once, after the second bound, is both bounds'.
/// assert_eq!("5-10 triệu".parse::<Amount>()?.to_plain(), "5000000..10000000");
/// assert_eq!(
///     "5 -".parse::<Amount>().unwrap_err().to_string(),
///     "at char 3 (byte 3) in `5 -‸`: unexpected end of input, expected the second number of \
///      the range, such as `10`"
/// );
/// # Ok::<(), vnparse::Error>(())
/// ```
impl FromStr for Amount {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        const EXPECTED: Expect = Expect {
            what: "an amount such as `1.337.000` or `5 - 10`",
            at: |text, stop| {
                let read = text.get(..stop).unwrap_or_default().trim_end();
                read.ends_with(['-', '–'])
                    .then_some(())
                    .and(here("the second number of the range, such as `10`"))
            },
        };
        parse_all(s, EXPECTED, |input| {
            let (rest, (first, low)) = signed_whole_scaled(input)?;
            // (`đến` too, as [`Amount`]'s `Display` joins a range whose bounds a dash would set
            // apart, `1 đến 1.000`.)
            let Some(second_start) = range_separator(rest) else {
                return Ok((rest, Amount::Exact(low)));
            };
            let (rest, (second, high)) = signed_whole_scaled(second_start)?;
            // `5-10 triệu`: the scale written once is both bounds'.
            let Some(low) = shared_scale(&first, low, &second, high) else {
                return no_match(input, NomErrorKind::TooLarge);
            };
            Ok((rest, Amount::Range(low, high)))
        })
    }
}

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Amount::Exact(v) => write_vietnamese(f, v),
            Amount::Range(a, b) => {
                write_vietnamese(f, a)?;
                f.write_str(range_link(a, b))?;
                write_vietnamese(f, b)
            }
        }
    }
}

/// How the separators of a numeral were read.
///
/// ```
/// use vnparse::number::Grouping;
/// use vnparse::parse::numeral;
/// let grouping = |s| numeral::<()>(s).map(|(_, n)| n.grouping);
/// assert_eq!(grouping("81737066"), Ok(Grouping::Plain));
/// assert_eq!(grouping("1.337,5"), Ok(Grouping::Thousands));
/// assert_eq!(grouping("7,22"), Ok(Grouping::Decimal));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    /// Digits alone: `81737066`, `06`.
    Plain,
    /// Thousands grouped, maybe with a decimal part: `54.205`, `1.337,5`, `1 328`.
    Thousands,
    /// A decimal point and no grouping: `7,22`, `1.5`.
    Decimal,
}

/// A numeral in digits, as [`crate::parse::numeral`] reads it.
///
/// ```
/// use vnparse::number::Numeral;
/// use vnparse::parse::numeral;
/// use rust_decimal::Decimal;
/// let (_, n): (_, Numeral) = numeral::<()>("1,328 hộ").unwrap();
/// // A lone comma before three digits is the point, unless it counts whole things.
/// assert_eq!(n.value, Decimal::new(1328, 3));
/// assert_eq!(n.thousands, Some(Decimal::from(1328)));
/// assert_eq!(n.leading_digits, 1);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Numeral {
    /// Its value.
    pub value: Decimal,
    /// How its separators were read.
    pub grouping: Grouping,
    /// For a lone `,` followed by exactly three digits (`1,328`): the value if that comma
    /// groups thousands. The contract reads such a comma as the point unless context (a count
    /// of whole things) says otherwise.
    pub thousands: Option<Decimal>,
    /// How many digits stand before the first separator.
    pub leading_digits: usize,
}

fn too_large(input: &str) -> nom::Err<NomError<&str>> {
    nom::Err::Failure(NomError::new(input, NomErrorKind::TooLarge))
}

fn no_match<T>(input: &str, kind: NomErrorKind) -> IResult<&str, T> {
    Err(nom::Err::Error(NomError::new(input, kind)))
}

/// A numeral in digits, Vietnamese style, with the rules of the module docs.
///
/// The crate's own reader; [`crate::parse::numeral`] is the public one, generic over the
/// error type.
pub(crate) fn numeral(input: &str) -> IResult<&str, Numeral> {
    let bytes = input.as_bytes();
    let (first, groups, end) = numeral_groups(bytes);
    if first == 0 {
        return no_match(input, NomErrorKind::Digit);
    }
    let interpretation = interpret(bytes, first, &groups)
        .ok_or_else(|| nom::Err::Error(NomError::new(input, NomErrorKind::Verify)))?;
    let (point, grouping) = interpretation;
    let text = input.get(..end).unwrap_or_default();
    let value = decimal_from_digits(text, point).ok_or_else(|| too_large(input))?;
    let thousands = match (grouping, groups.as_slice()) {
        (Grouping::Decimal, [(b',', s, e)]) if e.checked_sub(*s) == Some(3) && first <= 3 => {
            Some(decimal_from_digits(text, None).ok_or_else(|| too_large(input))?)
        }
        _ => None,
    };
    Ok((
        &input[end..],
        Numeral {
            value,
            grouping,
            thousands,
            leading_digits: first,
        },
    ))
}

/// `value` times ten to the `power`; `None` on overflow.
pub(crate) fn scale(value: Decimal, power: u32) -> Option<Decimal> {
    let mut out = value;
    for _ in 0..power {
        out = out.checked_mul(Decimal::TEN)?;
    }
    Some(out)
}

/// An amount read by [`crate::parse::amount`]: its value and how it was written.
///
/// ```
/// use vnparse::number::Scaled;
/// use vnparse::parse::amount;
/// use rust_decimal::Decimal;
/// let (_, a): (_, Scaled) = amount::<()>("1 tỷ 200 triệu").unwrap();
/// assert_eq!((a.value, a.scaled, a.power, a.words), (Decimal::from(1_200_000_000), true, 6, 0));
/// assert_eq!(a.digits.map(|n| n.value), Some(Decimal::from(1)));
/// let (_, w) = amount::<()>("hai mươi mốt").unwrap();
/// assert_eq!((w.value, w.words, w.scaled, w.digits), (Decimal::from(21), 3, false, None));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scaled {
    /// The value.
    pub value: Decimal,
    /// How many number words it used (`hai mươi mốt` uses 3, `1 tỷ 200 triệu` none).
    pub words: usize,
    /// Whether a scale word or suffix multiplied it (`27 tỉ`, `500k`).
    pub scaled: bool,
    /// The numeral of its first segment, when written in digits.
    pub digits: Option<Numeral>,
    /// The power of ten of its last scale (6 for `1 tỷ 200 triệu`), 0 when unscaled.
    pub power: u32,
}

/// A whole amount written in words alone at the start of `input` (`hai nghìn không trăm hai
/// mươi tư`, `mười một`; not `2 nghìn`, nor `hai phẩy năm`), and the rest: what a day, a year
/// or a count in words is read from.
pub(crate) fn whole_in_words(input: &str) -> Option<(&str, Scaled)> {
    let (rest, found) = amount(input).ok()?;
    (found.digits.is_none() && found.words > 0 && found.value.fract().is_zero())
        .then_some((rest, found))
}

/// A small whole number in words alone, no scale, within `range` (`mười lăm` for a day or a
/// minute, `mười hai` for a count), and the rest: see [`whole_in_words`].
pub(crate) fn small_whole_in_words(
    input: &str,
    range: std::ops::RangeInclusive<u8>,
) -> Option<(u8, &str)> {
    let (rest, amount) = whole_in_words(input)?;
    let n = u8::try_from(amount.value)
        .ok()
        .filter(|n| !amount.scaled && range.contains(n))?;
    Some((n, rest))
}

/// An amount in digits, words or both, scale words applied: `1 tỷ 200 triệu`, `hai triệu
/// rưỡi`, `15 nghìn tỷ`, `3tr`, `ba nghìn không trăm linh năm`.
///
/// The crate's own reader; [`crate::parse::amount`] is the public one, generic over the
/// error type.
pub(crate) fn amount(input: &str) -> IResult<&str, Scaled> {
    crate::words::grammar::amount(input)
}

/// Whether `word` is a number word (`hai`, `mươi`, `trăm`, …) or a scale word written out
/// (`nghìn`, `vạn`).
///
/// ```
/// use vnparse::number::is_number_word;
/// assert!(is_number_word("Mươi") && is_number_word("vạn"));
/// assert!(!is_number_word("người"));
/// ```
pub fn is_number_word(word: &str) -> bool {
    crate::words::lexer::is_number_word(word)
}

/// A signed amount: `-1.200.000`, `âm 5`, `27 tỉ`.
///
/// The crate's own reader; [`crate::parse::number`] is the public one, generic over the
/// error type.
pub(crate) fn number(input: &str) -> IResult<&str, Decimal> {
    let (rest, negative) = sign(input);
    let (rest, a) = amount(rest)?;
    Ok((rest, signed(negative, a.value)))
}

/// `value`, negated if `negative`.
// Negating a `Decimal` flips its sign bit: it cannot overflow.
#[allow(clippy::arithmetic_side_effects)]
pub(crate) fn signed(negative: bool, value: Decimal) -> Decimal {
    if negative {
        -value
    } else {
        value
    }
}

/// A leading `-` (glued to the digits) or `âm`.
pub(crate) fn sign(input: &str) -> (&str, bool) {
    if let Some(rest) = input
        .strip_prefix('-')
        .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
    {
        return (rest, true);
    }
    // `âm` (minus) is the word the lexer knows as such, in any case and form.
    // (Its first letter is asked before the word is split: the sign is asked at every amount.)
    let minus = input
        .starts_with(['â', 'Â', 'a', 'A'])
        .then(|| split_word(input))
        .flatten()
        .filter(|(w, _)| {
            crate::words::lexer::word_token(w) == Some(crate::words::lexer::Token::Minus)
        });
    if let Some((_, after)) = minus {
        if let Ok((rest, _)) = space1(after) {
            let word_follows = split_word(rest).is_some_and(|(w, _)| is_number_word(w));
            if rest.starts_with(|c: char| c.is_ascii_digit()) || word_follows {
                return (rest, true);
            }
        }
    }
    (input, false)
}

/// A Roman numeral in capitals, as Vietnamese writes ordinals (`XIII`, `IV`); its value.
///
/// Only the canonical form is read: `IIII` and `VX` are not numerals.
///
/// The crate's own reader; [`crate::parse::roman`] is the public one, generic over the
/// error type.
pub(crate) fn roman(input: &str) -> IResult<&str, u32> {
    let Some((word, rest)) = split_word(input) else {
        return no_match(input, NomErrorKind::Alpha);
    };
    let mut value = 0u32;
    let mut previous = 0u32;
    for c in word.chars().rev() {
        let digit = match c {
            'I' => 1,
            'V' => 5,
            'X' => 10,
            'L' => 50,
            'C' => 100,
            'D' => 500,
            'M' => 1000,
            _ => return no_match(input, NomErrorKind::OneOf),
        };
        if digit < previous {
            value = value.saturating_sub(digit);
        } else {
            value = value.saturating_add(digit);
            previous = digit;
        }
    }
    if word.len() > 15 || value == 0 || value > 3999 || to_roman(value) != word {
        return no_match(input, NomErrorKind::Verify);
    }
    Ok((rest, value))
}

/// [`roman`], or after a cue that takes a Roman numeral (`quý`, `lần thứ`, `khóa`, `thế kỷ`),
/// one in lower case as a chat writes it (`quý ii/2025`, `lần thứ xii`, `thế kỷ xix`). Only the
/// letters `i`, `v` and `x` are read so (up to 39), two of them at least: a word of other
/// letters is as often a word (`di`, `mi`, `li`), so are `vi` and `xi` (`khóa vi tính`, `xi
/// măng`), and one letter alone is an unknown (`lần thứ x`, the nth time).
pub(crate) fn roman_after_a_cue(input: &str) -> IResult<&str, u32> {
    roman(input).or_else(|e| {
        let (word, rest) = split_word(input).ok_or(e)?;
        let lower = word.len() >= 2
            && !matches!(word, "vi" | "xi")
            && word.bytes().all(|b| matches!(b, b'i' | b'v' | b'x'));
        let upper = word.to_ascii_uppercase();
        match roman(&upper) {
            Ok((_, value)) if lower => Ok((rest, value)),
            _ => no_match(input, NomErrorKind::OneOf),
        }
    })
}

/// The canonical Roman numeral of `value` (1 to 3999).
pub(crate) fn to_roman(mut value: u32) -> String {
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (n, s) in TABLE {
        while let Some(left) = value.checked_sub(n) {
            out.push_str(s);
            value = left;
        }
    }
    out
}

/// A qualified amount or range followed by its marker, as money, percentages and quantities
/// are written: `trên 600 triệu đồng`, `5-10 triệu đồng`, `từ 5 đến 7%`, `từ 1 tỷ USD trở lên`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Marked<M> {
    pub approx: Option<Approx>,
    pub amount: Amount,
    pub marker: M,
    /// The first bound as written (for the extractor's context rules).
    pub first: Scaled,
}

/// Whether a range separator and a second amount follow (`- 10`, ` đến 7`), or a digit word
/// that may be the second of two in a row (` ba ngày` after `hai`, see [`next_digit_word`]).
pub(crate) fn range_follows(input: &str) -> bool {
    range_separator(input).is_some_and(|r| amount(sign(r).0).is_ok()) || digit_word_next(input)
}

/// Whether a digit word from two to nine follows (after spaces): the second of two digit
/// words in a row may follow (see [`next_digit_word`]).
pub(crate) fn digit_word_next(input: &str) -> bool {
    use crate::words::lexer::{word_token, Token};
    space1(input)
        .ok()
        .and_then(|(r, _)| split_word(r))
        .is_some_and(|(w, _)| matches!(word_token(w), Some(Token::Digit(2..=9))))
}

/// A range separator: `-`, `–`, `—`, `~`, `đến`, `tới`.
pub(crate) fn range_separator(input: &str) -> Option<&str> {
    let (rest, _) = space0(input).ok()?;
    if let Some(r) = rest.strip_prefix(['-', '–', '—', '~']) {
        return Some(space0(r).ok()?.0);
    }
    // Asked after every amount: a word that opens with an ASCII letter other than `t` is
    // neither word (a fold keeps `đ` apart from `d`), and is not folded.
    if !crate::text::may_begin_with(rest, b't') {
        return None;
    }
    let (_, len) = find_phrase(rest, &["đến", "tới"])?;
    Some(space1(rest.get(len..)?).ok()?.0)
}

/// The same amount spelled out in words in brackets after its digits, as contracts and
/// invoices write it (`05 (năm) ngày`, `100.000 (một trăm nghìn)`): the text after the closing
/// bracket. Words of another value are no such spelling and are left to be read on their own.
pub(crate) fn spelled_in_brackets(input: &str, value: Decimal) -> Option<&str> {
    let (open, _) = space0(input).ok()?;
    let (inner, _) = space0(open.strip_prefix('(')?).ok()?;
    let (after, words) = amount(inner).ok()?;
    let (close, _) = space0(after).ok()?;
    let rest = close.strip_prefix(')')?;
    (words.digits.is_none() && words.value == value).then_some(rest)
}

/// The same amount spelled out in brackets after a whole reading that carries its marker,
/// with the marker spelled out too or not (`7,5% (bảy phẩy năm phần trăm)`, `325,5 m2 (ba
/// trăm hai mươi lăm phẩy năm mét vuông)`, `30 ngày (ba mươi ngày)`): the text after the
/// closing bracket. `marker` reads the marker's words (the text after them); a bracket whose
/// words go on otherwise is something else (`5% (năm nay tăng)`).
pub(crate) fn spelled_with_its_marker(
    input: &str,
    value: Decimal,
    marker: impl Fn(&str) -> Option<&str>,
) -> Option<&str> {
    let (open, _) = space0(input).ok()?;
    let (inner, _) = space0(open.strip_prefix('(')?).ok()?;
    let (after, words) = amount(inner).ok()?;
    if words.digits.is_some() || words.value != value {
        return None;
    }
    let after = after_even(marker(after).unwrap_or(after));
    let (close, _) = space0(after).ok()?;
    close.strip_prefix(')')
}

/// `input` after `chẵn` (exactly) and the space before it, where it follows: the word that
/// closes an amount spelled out on an invoice (`(Ba trăm nghìn đồng chẵn)`); else `input`.
pub(crate) fn after_even(input: &str) -> &str {
    use crate::words::lexer::{word_token, Token};
    space1(input)
        .ok()
        .and_then(|(r, _)| split_word(r))
        .filter(|(w, _)| word_token(w) == Some(Token::Even))
        .map_or(input, |(_, r)| r)
}

/// Two digit words in a row, the second one more than the first, are a range of the two:
/// `hai ba ngày` (two or three days), `bốn năm trăm người`, `hai ba triệu đồng`. Where `first`
/// is one digit word (`một` … `tám`) and the next word the digit word one above it, the text
/// from that word (the second bound) is returned. The grammar reads no one number there: `sáu
/// hai triệu` (62 million) is not two digits one apart, and `hai ba` as 23 is not Vietnamese.
fn next_digit_word<'a>(first: &Scaled, after_first: &'a str) -> Option<&'a str> {
    use crate::words::lexer::{word_token, Token};
    let one_digit_word = first.digits.is_none() && first.words == 1 && !first.scaled;
    let d = u8::try_from(first.value.mantissa()).ok()?;
    // (The amount is asked before the next word is read: it is asked after every amount.)
    if !(one_digit_word && (1..=8).contains(&d) && first.value.is_integer()) {
        return None;
    }
    let (rest, _) = space1(after_first).ok()?;
    let (word, _) = split_word(rest)?;
    (word_token(word) == Some(Token::Digit(d.checked_add(1)?))).then_some(rest)
}

/// The low bound of a range of two digit words (`hai ba trăm` → 200): `first` times the place
/// of the second bound's digit; `None` unless `high` is that digit, one above `first`, times a
/// power of ten (`hai ba nghìn năm trăm` is no range).
fn juxtaposed_low(first: Decimal, high: Decimal) -> Option<Decimal> {
    let place = high.checked_div(first.checked_add(Decimal::ONE)?)?;
    let mut power = place;
    while power >= Decimal::TEN && power.checked_rem(Decimal::TEN)?.is_zero() {
        power = power.checked_div(Decimal::TEN)?;
    }
    (power == Decimal::ONE)
        .then(|| first.checked_mul(place))
        .flatten()
}

/// Reads `[qualifier] ["từ"] amount [range] marker [bound]`, where `marker` reads what follows
/// an amount (spaces included), `bound` is `trở lên` or `trở xuống` (see [`BOUNDS`]) and
/// `exclude` names qualifier phrases that do not count for this kind (`vượt` before a
/// percentage is a target exceeded, not an approximation).
///
/// A `từ` that opens neither a range nor a bound is not part of the amount: the parse fails so
/// that the amount is read from after it.
pub(crate) fn marked<'a, M>(
    input: &'a str,
    marker: impl Fn(&'a str) -> Option<(M, &'a str)>,
    exclude: &[&str],
) -> IResult<&'a str, Marked<M>> {
    let (rest, approx) = match approx_phrase(input) {
        Ok((r, (meaning, phrase))) => match space1(r) {
            Ok((r, _)) if !exclude.contains(&phrase) => (r, Some(meaning)),
            _ => return no_match(input, NomErrorKind::Verify),
        },
        Err(_) => (input, None),
    };
    let from = crate::text::may_begin_with(rest, b't')
        .then(|| find_phrase(rest, &["từ"]))
        .flatten();
    let (rest, from) = match from {
        Some((_, len)) => (space1(&rest[len..])?.0, true),
        None => (rest, false),
    };
    let (rest, negative) = sign(rest);
    let (after_first, first) = amount(rest)?;
    // `05 (năm) ngày`: the amount spelled out after its digits is read with them.
    let after_first = match first.digits {
        Some(_) => spelled_in_brackets(after_first, first.value).unwrap_or(after_first),
        None => after_first,
    };
    let first_value = signed(negative, first.value);
    // `bốn năm trăm người`: two digit words in a row are a range before any marker the
    // first could take alone (`bốn năm`, four years).
    if let Some(second_start) = next_digit_word(&first, after_first) {
        let range = amount(second_start)
            .ok()
            .and_then(|(after_second, second)| {
                let (m, rest) = marker(after_second)?;
                let low = juxtaposed_low(first.value, second.value)?;
                (low < second.value).then_some((Amount::Range(low, second.value), m, rest))
            });
        if let Some((range, m, rest)) = range {
            return finish(input, rest, approx, from, range, m, first);
        }
    }
    // `11$ – 12,5$`: a bound with its own marker stands alone.
    if let Some((m, rest)) = marker(after_first) {
        // Only after a unit the marker read (`3 năm rưỡi`): a bare `8 rưỡi` is no number.
        let exact = Amount::Exact(first_value);
        let unit_read = rest.len() < after_first.len();
        let half = unit_read.then(|| and_a_half(rest, exact, &first)).flatten();
        let (rest, amount) = half.unwrap_or((rest, exact));
        return finish(input, rest, approx, from, amount, m, first);
    }
    let Some(second_start) = range_separator(after_first) else {
        return no_match(after_first, NomErrorKind::Tag);
    };
    let (second_start, second_negative) = sign(second_start);
    let (after_second, second) = amount(second_start)?;
    // (A number word capitalized after a dash and digits opens a heading, no bound of a range:
    // `lớp 3 - Năm học 2024` is no range 3..5, where `nghỉ 3 - năm ngày` is one.)
    let dashed = after_first
        .trim_start_matches(crate::text::is_space)
        .starts_with(['-', '–', '—', '~']);
    if dashed
        && first.digits.is_some()
        && second.digits.is_none()
        && second_start.starts_with(char::is_uppercase)
    {
        return no_match(second_start, NomErrorKind::Verify);
    }
    let Some((m, rest)) = marker(after_second) else {
        return no_match(after_second, NomErrorKind::Tag);
    };
    let high = signed(second_negative, second.value);
    let apart = dashed && !from && bounds_written_apart(&first, &second);
    let low = match apart {
        // `50 - 55.000 đồng`: the thousands written once are both bounds'; `Combo 2 –
        // 199.000đ`, a label and a price, are no range.
        true => match shorthand_low(first_value, &second, high) {
            Some(low) => low,
            None => return no_match(second_start, NomErrorKind::Verify),
        },
        false => {
            let low =
                shared_scale(&first, first_value, &second, high).ok_or_else(|| too_large(input))?;
            if unscaled_below_a_scale(&first, low, &second) {
                return no_match(second_start, NomErrorKind::Verify);
            }
            low
        }
    };
    if low >= high {
        return no_match(second_start, NomErrorKind::Verify);
    }
    finish(
        input,
        rest,
        approx,
        from,
        Amount::Range(low, high),
        m,
        first,
    )
}

/// Whether two amounts a dash joins are written apart: a bare number of one or two digits
/// before a figure grouped in thousands, neither scaled (`50 - 55.000 đồng`, `Combo 2 –
/// 199.000đ`), where the bounds of a range are written alike (`500 - 1.000 đồng`, `5 - 10
/// triệu`). Such a pair is a range only as shorthand (see [`shorthand_low`]); after `từ` it is
/// one as written (`từ 1 - 10.000 người`).
fn bounds_written_apart(first: &Scaled, second: &Scaled) -> bool {
    let short = first.digits.as_ref().is_some_and(|d| {
        d.grouping == Grouping::Plain && d.leading_digits <= 2 && !d.value.is_zero()
    });
    let grouped = second
        .digits
        .as_ref()
        .is_some_and(|d| d.grouping == Grouping::Thousands);
    short && grouped && !first.scaled && !second.scaled
}

/// Whether a small number (under a thousand, not zero) bounds a range whose scale, written
/// once after the second bound, it cannot take: scaled, it would pass the second (`Phòng 3 - 2
/// triệu đồng`, room 3 and its rent), and unscaled it is no price of the same order (3 đồng to
/// 2 million). A label's number and a figure, no range; a large first bound is the smaller as
/// it is written (`từ 300.000 đến 1,5 triệu`).
fn unscaled_below_a_scale(first: &Scaled, low: Decimal, second: &Scaled) -> bool {
    second.scaled
        && !first.scaled
        && low == first.value
        && !low.is_zero()
        && low.abs() < Decimal::ONE_THOUSAND
}

/// The low bound of a range written as shorthand, the groups of thousands written once after
/// the second bound (`50 - 55.000 đồng` is 50.000 to 55.000, `7 - 8.000.000` 7 to 8 million):
/// the first bound times the power of a thousand of the second's groups, where that is below
/// the second and at least a fifth of it (a price that runs over five times its low bound is
/// no shorthand). `None` where it is
/// no range: a label or a count, and the figure after it (`Combo 2 – 199.000đ`, `Gói 1 -
/// 99.000 đồng`, `Đội 3 – 2.000.000đ`).
fn shorthand_low(low: Decimal, second: &Scaled, high: Decimal) -> Option<Decimal> {
    let digits = second.digits.as_ref()?;
    let factor = high.checked_div(digits.value)?;
    // (The second's value over its numeral is one, unscaled: the factor is its groups'.)
    let groups = digits
        .value
        .trunc()
        .to_string()
        .len()
        .checked_sub(digits.leading_digits)?;
    let power = u32::try_from(groups).ok()?;
    let factor = factor.checked_mul(Decimal::from(10u64.checked_pow(power)?))?;
    let scaled = low.checked_mul(factor)?;
    let within = scaled
        .checked_mul(Decimal::from(5))
        .is_some_and(|five_times| five_times >= high.abs());
    (scaled.abs() < high.abs() && within && !low.is_sign_negative()).then_some(scaled)
}

/// What joins the bounds of a range written out: a dash, or `đến` where a dash would join a
/// bare number of a digit or two to a figure grouped in thousands, which reads as a label and
/// its figure, no range (see [`bounds_written_apart`]): `1 đến 1.000 đồng`.
pub(crate) fn range_link(low: Decimal, high: Decimal) -> &'static str {
    let short = low.is_integer() && low.abs() >= Decimal::ONE && low.abs() < Decimal::ONE_HUNDRED;
    if short && high.abs() >= Decimal::ONE_THOUSAND {
        " đến "
    } else {
        " - "
    }
}

/// The low bound of a range whose scale is written once, after the second bound: `5-10 triệu`
/// is five to ten million, so the first bound takes the scale, unless it is already the smaller
/// without it (`từ 300.000 đến 1,5 triệu`). `None` if the scaled bound overflows.
fn shared_scale(first: &Scaled, low: Decimal, second: &Scaled, high: Decimal) -> Option<Decimal> {
    // (All the words that multiply the second bound's digits, `trăm triệu` in `2-3 trăm
    // triệu`, `chục` in `3-4 chục`, where its last scale alone would read 2 triệu: the factor
    // is the second bound over its digits, where that is a power of ten above one.)
    let factor = second
        .digits
        .as_ref()
        .filter(|d| !d.value.is_zero() && first.digits.is_some())
        .and_then(|d| high.checked_div(d.value))
        .filter(|f| *f > Decimal::ONE && power_of_ten(*f));
    if first.scaled || !second.scaled && factor.is_none() {
        return Some(low);
    }
    let scaled_low = match factor {
        Some(f) => low.checked_mul(f)?,
        None => scale(low, second.power)?,
    };
    Some(if scaled_low < high { scaled_low } else { low })
}

/// Whether `n` is a whole power of ten (1, 10, 100, …).
fn power_of_ten(n: Decimal) -> bool {
    let written = n.normalize().to_string();
    written.starts_with('1') && written.chars().skip(1).all(|c| c == '0')
}

/// `rưỡi` after the unit of a whole amount adds half a unit: `3 năm rưỡi` is 3.5 years, `2
/// tiếng rưỡi` 2.5 hours, `3 đô rưỡi` 3.5 dollars. A scaled amount takes its half from the
/// scale instead (`3 triệu rưỡi`, read by the grammar of numerals), and a range none.
pub(crate) fn and_a_half<'a>(
    rest: &'a str,
    amount: Amount,
    first: &Scaled,
) -> Option<(&'a str, Amount)> {
    let Amount::Exact(value) = amount else {
        return None;
    };
    if first.scaled || !value.is_integer() {
        return None;
    }
    let (after_space, _) = space1(rest).ok()?;
    let after = crate::text::keyword_rest(after_space, "rưỡi")?;
    // Away from zero: `âm 3 độ rưỡi` is -3.5.
    let half = Decimal::new(5, 1);
    let value = match value.is_sign_negative() {
        true => value.checked_sub(half)?,
        false => value.checked_add(half)?,
    };
    Some((after, Amount::Exact(value)))
}

/// Whether `rest` (after an amount) starts with `rưỡi`, a half that no unit took.
pub(crate) fn half_follows(rest: &str) -> bool {
    space0(rest).is_ok_and(|(r, _)| crate::text::match_phrase(r, "rưỡi").is_some())
}

/// The words that bound an amount after `từ`: `từ 5 triệu trở lên`, and above; `từ 50.000
/// đồng trở xuống`, and below.
const BOUNDS: &[(&str, Approx)] = &[("trở lên", Approx::AtLeast), ("trở xuống", Approx::AtMost)];

/// Whether a place follows `trở lên` or `trở xuống` (`trở lên núi`, `trở xuống đồi`, `trở lên
/// xe`, `trở lên Hà Nội`): the words are the verb of going back up or down to it, bounding no
/// amount; a word of a place or a vehicle, or a name. A bound ends its phrase: a verb, a mark,
/// the whole it is measured in, the end, or the next clause follows it (`3 bạn trở lên giảm
/// 10%`, `18 tuổi trở lên.`, `80 mg trở lên trên 100 ml máu`, `8 điểm trở lên trường sẽ xét`).
fn goes_to_a_place(after: &str) -> bool {
    /// Places and vehicles one goes back up or down to.
    const PLACES: &[&str] = &[
        "núi", "đồi", "dốc", "đỉnh", "đèo", "bờ", "lầu", "gác", "tầng", "phố", "biển", "quê",
        "hầm", "sân", "thuyền", "xe", "tàu", "đây", "đó",
    ];
    let Ok((next, _)) = space1(after) else {
        return false;
    };
    // (A place by its name too: `trở lên Hà Nội`, `trở xuống Cần Thơ`.)
    split_word(next)
        .is_some_and(|(w, _)| crate::text::word_in(w, PLACES) || w.starts_with(char::is_uppercase))
}

/// The bound of an amount opening `input` (see [`BOUNDS`]), and the length of its words: the
/// amount's readers and the extractor's gate ask the one table.
pub(crate) fn bound_opening(input: &str) -> Option<(Approx, usize)> {
    BOUNDS.iter().find_map(|&(phrase, bound)| {
        crate::text::match_phrase(input, phrase).map(|len| (bound, len))
    })
}

fn finish<'a, M>(
    input: &'a str,
    rest: &'a str,
    approx: Option<Approx>,
    from: bool,
    amount: Amount,
    marker: M,
    first: Scaled,
) -> IResult<&'a str, Marked<M>> {
    let bound_at = |r: &'a str| {
        let (r, _) = space1(r).ok()?;
        bound_opening(r).map(|(bound, len)| (&r[len..], bound))
    };
    // (A bound after the unit a rate is for bounds the amount, which ends before that unit:
    // `từ 100 triệu đồng/năm trở xuống`.)
    // (Two such units at most: `từ 1,5 triệu đồng/người/tháng trở xuống`.)
    let after_rate = || {
        let in_unit = |c: char| c.is_alphanumeric() || crate::text::is_word_char(c);
        let mut after = rest;
        for _ in 0..2 {
            let unit = after.strip_prefix('/')?;
            let unit_len = unit.find(|c: char| !in_unit(c)).unwrap_or(unit.len());
            after = unit.get(unit_len..).filter(|_| unit_len > 0)?;
            if let Some((_, bound)) = bound_at(after) {
                return Some((rest, bound));
            }
        }
        None
    };
    // (`từ` may be left out: `18 tuổi trở lên`, `IELTS 6.5 trở lên` bound as `từ` would; but
    // without it `trở lên` may be the verb, going back up to a place: `20 học sinh trở lên xe`.)
    let bound = bound_at(rest)
        .or_else(after_rate)
        .filter(|&(after, _)| from || !goes_to_a_place(after));
    let (rest, approx) = match bound {
        Some((r, bound)) => (r, Some(bound)),
        None => (rest, approx),
    };
    if from && bound.is_none() && !matches!(amount, Amount::Range(..)) {
        return no_match(input, NomErrorKind::Verify);
    }
    Ok((
        rest,
        Marked {
            approx,
            amount,
            marker,
            first,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first letters `compound_heads` lets through are those of the table's qualifiers, in
    /// any case, composed or not.
    #[test]
    fn every_qualifier_of_a_compound_is_found() {
        for (qualifier, heads) in QUALIFIER_COMPOUNDS {
            let upper: String = qualifier.to_uppercase();
            // Decomposed: `ư` is `u` and a horn, `ầ` is `a`, a circumflex and a grave.
            let decomposed = qualifier
                .replace('ư', "u\u{31b}")
                .replace('ầ', "a\u{302}\u{300}")
                .replace('à', "a\u{300}");
            for written in [*qualifier, upper.as_str(), decomposed.as_str()] {
                assert_eq!(compound_heads(written), Some(*heads), "{written:?}");
            }
        }
    }
}
