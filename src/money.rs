//! Amounts of money: `1.337 triệu đồng`, `gần 1,5 tỷ đồng`, `19,5 tỷ USD`, `$5`, `500.000đ`,
//! `₩12.000`, `2.500 - 3.000 AUD`, `3 đô la 25 xu`, and prices: `360.000 đồng/tháng`.
//!
//! # Grammar
//!
//! ```text
//! money    = [qualifier] ["từ"] amount [range] currency [minor] ["trở lên" | "trở xuống"] [per]
//!          | [qualifier] before-currency amount [range] [per]   $5  US$ 3.500  USD250  EURO 250
//!          | [qualifier] amount [range] per-measure              62 triệu/m2  (đồng, see below)
//! range    = ("-" | "–" | "~" | "đến" | "tới") amount           5-10 triệu đồng
//! minor    = number ("xu" | "cent" | "cents")                   3 đô la 25 xu = 3,25 USD
//! per      = "/" unit | "mỗi" unit | "một" counted-unit         /tháng  mỗi người  một vé
//! ```
//!
//! `amount` is [`crate::parse::amount`]; qualifiers are those of [`Approx`]; the currencies,
//! and where each form may stand, are [`crate::currency`]'s one table. A range writes its
//! currency once (`5-10 triệu đồng`); with a currency on each bound (`11$ – 12,5$`) each bound
//! is an amount of its own. The minor unit counts hundredths, for the currencies whose minor
//! unit has two digits.
//!
//! # Prices
//!
//! A price names the unit it is for after `/`, `mỗi` (each) or `một` (a): `360.000
//! đồng/tháng`, `5 USD mỗi người`, `200.000 đồng một vé`. [`Money::per`] holds that unit, lower
//! case (`tháng`, `m2`). After `một` the unit must be a noun that counts or measures (the
//! lexicon of [`crate::quantity::Units`], or a unit things are sold by: `vé`, `lượng`, `chỉ`),
//! since `một` is otherwise the article (`một cách`); `một lần` is "once", not "per time".
//!
//! The parser [`crate::parse::money`] leaves the price's unit in the rest, as the entity contract spans a
//! price on its amount; [`Money::from_str`] reads it.
//!
//! An amount with a scale word and no currency, priced by a unit of measure, is a price in
//! đồng: `62 triệu/m2`, `83,5 triệu/lượng`, `21 nghìn/lít` (only money is counted in millions
//! per square metre). Priced by anything else it stays a number: `3 triệu/tháng` may be
//! visitors as well as đồng.
//!
//! Not money: a currency name that begins a longer word or a name (`5 đồng chí`, `3 đô thị`,
//! `số 5 Yên Phụ`), `xu` but in the minor place (`xu hướng`), `bảng` without `Anh`; a code
//! before an amount that counts a noun (`SGD 5 năm`: there `SGD` is the Sở Giáo dục) or a
//! name before a year (`Euro 2024`, the championship).

use crate::error::{amount_walk, parse_all, reached, Error, Expect, Stop};
use crate::number::{marked, Amount, Approx, Marked};
use crate::text::{space0, space1, split_word, word_in};
use nom::IResult;
use rust_decimal::Decimal;
use std::fmt;
use std::str::FromStr;

pub use crate::currency::Currency;

/// The currency at the start of `input` (after any spaces), and the rest.
pub(crate) fn currency_after(input: &str) -> Option<(Currency, &str)> {
    crate::currency::after_amount(input)
}

/// An amount of money.
///
/// ```
/// use vnparse::{Money, Currency, Amount, Approx};
/// use rust_decimal::Decimal;
/// let m: Money = "gần 1,5 tỷ đồng".parse().unwrap();
/// assert_eq!(m.amount, Amount::Exact(Decimal::from(1_500_000_000)));
/// assert_eq!((m.currency, m.approx), (Currency::VND, Some(Approx::Nearly)));
/// assert_eq!(m.to_string(), "gần 1.500.000.000 đồng");
/// assert_eq!("1.337 triệu đồng".parse::<Money>().unwrap().to_string(), "1.337.000.000 đồng");
///
/// let price: Money = "21.450 đồng/lít".parse().unwrap();
/// assert_eq!(price.per.as_deref(), Some("lít"));
/// assert_eq!(price.to_string(), "21.450 đồng/lít");
/// assert_eq!("5 USD mỗi người".parse::<Money>().unwrap().to_string(), "5 USD/người");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Money {
    /// How much, or the range.
    pub amount: Amount,
    /// In which currency.
    pub currency: Currency,
    /// How the text qualified it (`trên`, `gần`, …), if it did.
    pub approx: Option<Approx>,
    /// For a price, the unit it is for (after `/`, `mỗi` or `một`), lower case and NFC:
    /// `tháng`, `m2`, `người`.
    pub per: Option<String>,
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(approx) = self.approx {
            write!(f, "{approx} ")?;
        }
        write!(f, "{} {}", self.amount, self.currency.marker())?;
        if let Some(per) = &self.per {
            write!(f, "/{per}")?;
        }
        Ok(())
    }
}

impl FromStr for Money {
    type Err = Error;

    /// A money as [`crate::parse::money`] reads it, with the unit of a price read too.
    fn from_str(s: &str) -> Result<Self, Error> {
        parse_all(s, EXPECTED, |input| {
            let (rest, m) = money(input)?;
            Ok(match per_clause(rest) {
                Some((_, after)) => (after, m),
                None => (rest, m),
            })
        })
    }
}

/// What stands where an amount is lacking.
const AMOUNT: &str = "an amount such as `500.000` or `1,5 tỷ`";

/// What the reader expects, for the errors of `parse` and of [`crate::parse`].
pub(crate) const EXPECTED: Expect = Expect {
    what: "an amount of money such as `1,5 tỷ đồng`",
    at: expected,
};

/// What money expects where its reading stopped, by the grammar of the module docs: the unit
/// of a price after its `/`; else, over what reads as the opening of an amount, a currency
/// where the amount is complete, and an amount where it is not (after a qualifier, `từ`, a
/// currency written first or a range word).
fn expected(text: &str, stop: usize) -> Option<Stop> {
    if text.get(stop..).unwrap_or_default().starts_with('/') {
        return crate::error::after(1, "the unit the price is for, such as `tháng` or `m2`");
    }
    // A currency alone (`USD`) lacks its amount after it.
    if text.parse::<Currency>().is_ok() {
        return crate::error::after(text.len().saturating_sub(stop), AMOUNT);
    }
    let (at, on_amount) = amount_walk(text, |t| crate::currency::before_amount(t).map(|(_, r)| r));
    if at.len() == text.len() {
        return None;
    }
    let wanted = match on_amount {
        true => "a currency such as `đồng`, `VND`, `USD` or `$`",
        false => AMOUNT,
    };
    reached(text, stop, at, wanted)
}

/// An amount of money, with its qualifier, range and minor unit, as the module docs give it.
///
/// The unit of a price is read into [`Money::per`] but left in the rest: the entity contract
/// spans a price on its amount.
///
/// The crate's own reader; [`crate::parse::money`] is the public one, generic over the
/// error type.
pub(crate) fn money(input: &str) -> IResult<&str, Money> {
    let (rest, mut m) = match prefixed(input) {
        Some(found) => found,
        None => suffixed(input)?,
    };
    m.per = per_clause(rest).map(|(per, _)| per);
    Ok((rest, m))
}

/// `5 USD`, `trên 600 triệu đồng`, `3 đô la 25 xu`, `62 triệu/m2`: the currency after the
/// amount, or implied by the measure it is priced by.
fn suffixed(input: &str) -> IResult<&str, Money> {
    // A sum with a scale is money: `đồng` after it is the currency even where it opens a noun
    // with a word that is also a word alone (`5 triệu đồng đội lên`, raised).
    // (After a scale, a headline's currency in title case, `2 Triệu Đồng Mỗi Lượng`; and `d`
    // glued to a sum grouped in thousands, `100.000d`.)
    let scaled = |m: &Marked<Option<Currency>>| m.first.scaled;
    let (rest, m) = marked(input, written_or_measure, &[])
        .or_else(|e| marked_where(input, dong_before_a_word_alone, |_, m| scaled(m)).ok_or(e))
        .or_else(|e| {
            let read_to_a_scale =
                |rest: &str, m: &Marked<_>| scaled(m) || ends_with_scale(read_before(input, rest));
            marked_where(input, currency_after_a_scale, read_to_a_scale).ok_or(e)
        })
        .or_else(|e| {
            let grouped =
                |rest: &str, _: &Marked<_>| grouped_in_thousands(read_before(input, rest));
            marked_where(input, unaccented_dong, grouped).ok_or(e)
        })?;
    let currency = match m.marker {
        Some(currency) => currency,
        // Only an amount with a scale is a price in đồng by its measure alone.
        None if (m.first.scaled
            || ends_with_scale(&input[..input.len().saturating_sub(rest.len())]))
            && !a_tree_priced(&m.amount, rest) =>
        {
            Currency::VND
        }
        None => {
            return Err(nom::Err::Error(nom::error::Error::new(
                rest,
                nom::error::ErrorKind::Verify,
            )))
        }
    };
    let mut money = Money {
        amount: m.amount,
        currency,
        approx: m.approx,
        per: None,
    };
    let rest = match minor_units(rest, &money) {
        Some((value, after)) => {
            money.amount = Amount::Exact(value);
            after
        }
        None => rest,
    };
    Ok((rest, money))
}

/// Whether `amount`, priced by `/cây` at `rest`, is the price of a tree or a plant, no tael of
/// gold: gold's `cây` has cost ten million đồng and more since 2008 (`80 triệu/cây`), where a
/// plant is priced in thousands (`quất 350k/cây`, `100-150k/cây`), a number by the contract.
fn a_tree_priced(amount: &Amount, rest: &str) -> bool {
    let high = match amount {
        Amount::Exact(v) | Amount::Range(_, v) => *v,
    };
    per_clause(rest).is_some_and(|(per, _)| per == "cây") && high < Decimal::from(10_000_000)
}

/// The currency written after an amount, or none where a unit of measure a price is for
/// follows (`/m2`); the rest, the unit left in it.
fn written_or_measure(rest: &str) -> Option<(Option<Currency>, &str)> {
    if let Some((currency, after)) = currency_after(rest).or_else(|| bracketed_currency(rest)) {
        return Some((Some(currency), after));
    }
    priced_by_a_measure(rest).then_some((None, rest))
}

/// The currency in brackets after an amount, as the solution of a sum writes its unit
/// (`8 500 × 4 = 34 000 (đồng)`), and the text after the closing bracket.
pub(crate) fn bracketed_currency(rest: &str) -> Option<(Currency, &str)> {
    let (open, _) = crate::text::space0(rest).ok()?;
    let inner = open.strip_prefix('(')?;
    let (currency, after) = currency_after(inner)?;
    let (close, _) = crate::text::space0(after).ok()?;
    Some((currency, close.strip_prefix(')')?))
}

/// Whether the unit of a measure a price is for follows an amount after `/` (`62 triệu/m2`,
/// `30k/ký`; see [`MEASURES_PRICED`]). Spelled out (`25 nghìn một ký`) a scaled amount with no
/// currency stays a number, as the contract reads an amount with a scale and no currency.
pub(crate) fn priced_by_a_measure(rest: &str) -> bool {
    rest.starts_with('/')
        && per_clause(rest).is_some_and(|(per, _)| MEASURES_PRICED.contains(&per.as_str()))
}

/// `đồng` before a word with which it opens a noun, where that word is also a word alone
/// (`đồng đội`; see [`crate::quantity::dong_noun_of_a_word_alone`]): the currency, and the
/// rest from that word.
pub(crate) fn dong_before_a_word_alone(rest: &str) -> Option<(Option<Currency>, &str)> {
    let (spaced, _) = crate::text::space1(rest).ok()?;
    // (Asked after every amount: the letter first, which no form of `đồng` writes otherwise.)
    if !spaced.starts_with(['đ', 'Đ', 'Ð']) {
        return None;
    }
    let after = crate::text::keyword_rest(spaced, "đồng")?;
    let (next, _) = crate::text::space1(after).ok()?;
    crate::quantity::dong_noun_of_a_word_alone(next).then_some((Some(Currency::VND), after))
}

/// `d` glued to a sum (`100.000d`, `35.000d/ly`): `đ` as text with no marks writes it, a
/// chat's or an SMS's. The amount must be grouped in thousands (see [`grouped_in_thousands`]):
/// `3d`, `30d` are a film's dimensions and a count of days as often.
pub(crate) fn unaccented_dong(rest: &str) -> Option<(Option<Currency>, &str)> {
    let after = rest.strip_prefix(['d', 'D'])?;
    (!after.starts_with(char::is_alphanumeric)).then_some((Some(Currency::VND), after))
}

/// The currency after a sum that ends with a scale word, in a headline's title case too
/// (`2 Triệu Đồng Mỗi Lượng`; see [`crate::currency::after_a_scale`]).
fn currency_after_a_scale(rest: &str) -> Option<(Option<Currency>, &str)> {
    crate::currency::after_a_scale(rest).map(|(currency, after)| (Some(currency), after))
}

/// The amount at `input` read with `marker` after it, where `keep` holds of the rest and the
/// reading: a marker that stands only after a sum of some form.
fn marked_where<'a>(
    input: &'a str,
    marker: impl Fn(&'a str) -> Option<(Option<Currency>, &'a str)>,
    keep: impl Fn(&str, &Marked<Option<Currency>>) -> bool,
) -> Option<(&'a str, Marked<Option<Currency>>)> {
    marked(input, marker, &[])
        .ok()
        .filter(|(rest, m)| keep(rest, m))
}

/// The text of `input` read up to `rest`, a tail of it.
fn read_before<'a>(input: &'a str, rest: &str) -> &'a str {
    input
        .get(..input.len().saturating_sub(rest.len()))
        .unwrap_or_default()
}

/// Whether the amount `read` (its currency glued after it) ends with digits grouped in
/// thousands, as a sum in đồng is written: `100.000d`, `1.200.000d`, `2,500,000d`.
fn grouped_in_thousands(read: &str) -> bool {
    let digits = read.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let group = digits.trim_end_matches(|c: char| c.is_ascii_digit());
    digits.len().checked_sub(group.len()) == Some(3)
        && group
            .strip_suffix(['.', ','])
            .is_some_and(|before| before.ends_with(|c: char| c.is_ascii_digit()))
}

/// Whether the amount `read` ends with a scale word: `5 - 10 triệu`.
fn ends_with_scale(read: &str) -> bool {
    crate::words::lexer::ending_scale(read).is_some()
}

/// `$5`, `US$ 3.500`, `USD250`, `VND 500.000`, `EURO 250`, with an optional qualifier before
/// and a range after (`$5 - 10`).
fn prefixed(input: &str) -> Option<(&str, Money)> {
    let (after_approx, approx) = match crate::number::approx(input) {
        Ok((r, a)) => (space0(r).ok()?.0, Some(a)),
        Err(_) => (input, None),
    };
    let (currency, at_amount) = crate::currency::before_amount(after_approx)?;
    let (rest, m) = marked(at_amount, nothing_unless_range, &[]).ok()?;
    // `USD 5 triệu đồng`: the currency after the amount is the one read.
    if currency_after(rest).is_some() || m.approx.is_some() {
        return None;
    }
    // (An amount that a slash and digits go on from is a day and its month or a fraction, no
    // sum, and the code before it an abbreviation: `ETB 15/04 10:30`, the expected time of
    // berthing.)
    if rest
        .strip_prefix('/')
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
    {
        return None;
    }
    // `các trường SGD 5 năm`: an amount that counts a noun is no money, and the code before it
    // a name (here the Sở Giáo dục); a sign is no name (`₹450 hạng ghế`).
    let written = &after_approx[..after_approx.len().saturating_sub(at_amount.len())];
    let in_letters = written.starts_with(char::is_alphabetic);
    if in_letters && crate::quantity::unit_after(crate::quantity::Units::shared(), rest).is_some() {
        return None;
    }
    // `Euro 2024`: a name before a year names the event held then, not an amount.
    let by_name = split_word(written).is_some_and(|(w, _)| word_in(w, crate::currency::BEFORE));
    let year = matches!(m.amount, Amount::Exact(_))
        && m.first.digits.is_some_and(|n| {
            n.grouping == crate::number::Grouping::Plain
                && (Decimal::from(1900)..=Decimal::from(2100)).contains(&n.value)
        });
    if by_name && year && !m.first.scaled {
        return None;
    }
    Some((
        rest,
        Money {
            amount: m.amount,
            currency,
            approx,
            per: None,
        },
    ))
}

/// The marker after an amount whose currency stood before it: nothing, unless a range follows.
fn nothing_unless_range(rest: &str) -> Option<((), &str)> {
    (!crate::number::range_follows(rest)).then_some(((), rest))
}

/// Units of measure an amount with a scale and no currency may be priced by (with the powers
/// of `m`): gold's `lượng` and `chỉ`, weights, volumes, areas, lengths, energy.
const MEASURES_PRICED: &[&str] = &[
    "lượng", "chỉ", "cây", "kg", "g", "gam", "lạng", "yến", "tạ", "tấn", "lít", "ml", "m", "m2",
    "m²", "m3", "m³", "km", "km2", "km²", "ha", "sào", "mẫu", "kwh",
    // A kilowatt at peak, as solar systems are quoted (`11 triệu 5/kWp`).
    "kwp",
    // A kilo, as speech and the market say it (`30k/ký`, `40k/cân`); a cubic metre of water
    // and a kilowatt-hour of power, as a landlord says them (`18k/khối`, `4k/số`).
    "ký", "kí", "cân", "khối", "số",
];

/// The words of a minor unit, a hundredth of the currency: `3 đô la 25 xu`.
const MINOR_UNITS: &[&str] = &["xu", "cent", "cents"];

/// `25 xu` after `3 đô la`: the value with the hundredths added, and the rest.
fn minor_units<'a>(input: &'a str, money: &Money) -> Option<(Decimal, &'a str)> {
    let Amount::Exact(major) = money.amount else {
        return None;
    };
    if money.currency.minor_digits() != Some(2) || !major.is_integer() || major.is_sign_negative() {
        return None;
    }
    let (rest, _) = space1(input).ok()?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let (minor, after): (u32, &str) = match digits {
        1 | 2 => (rest[..digits].parse().ok()?, &rest[digits..]),
        _ => {
            let (after, words) = crate::number::amount(rest).ok()?;
            if words.digits.is_some() || !words.value.is_integer() || words.value >= 100.into() {
                return None;
            }
            (u32::try_from(words.value.mantissa()).ok()?, after)
        }
    };
    let (after, _) = space1(after).ok()?;
    let (word, after) = split_word(after)?;
    if !word_in(word, MINOR_UNITS) || minor >= 100 {
        return None;
    }
    let value = major.checked_add(Decimal::new(i64::from(minor), 2))?;
    Some((value, after))
}

/// Units that things are sold by which the lexicon of counted nouns lacks: `một vé`; and
/// `chục`, ten (or a market's count near it) of eggs or fruit, a number word that is a unit
/// only here (`30.000 đồng/chục`, `38.000 đồng một chục`).
const SOLD_BY: &[&str] = &[
    "vé", "lượng", "chỉ", "ký", "cân", "ly", "cốc", "bát", "tô", "đĩa", "bữa", "đôi", "cặp", "bó",
    "chục",
];

/// The unit a price is for, after the amount: `/tháng`, ` / tháng`, `/1 tháng`, `/m2`, ` mỗi
/// người`, ` cho mỗi người`, ` một vé`; lower case, NFC, and the rest after it.
///
/// ```
/// use vnparse::money::per_clause;
/// assert_eq!(per_clause("/tháng.").map(|(p, _)| p), Some("tháng".to_string()));
/// assert_eq!(per_clause("/M2").map(|(p, _)| p), Some("m2".to_string()));
/// assert_eq!(per_clause(" mỗi người").map(|(p, _)| p), Some("người".to_string()));
/// assert_eq!(per_clause(" một vé").map(|(p, _)| p), Some("vé".to_string()));
/// assert_eq!(per_clause(" một USD").map(|(p, _)| p), Some("usd".to_string()));
/// assert_eq!(per_clause(" một cách"), None);
/// assert_eq!(per_clause(" mỗi khi"), None);
/// assert_eq!(per_clause("/năm").map(|(p, _)| p), Some("năm".to_string()));
/// assert_eq!(per_clause("/2"), None);
/// assert_eq!(per_clause(" / lượt").map(|(p, _)| p), Some("lượt".to_string()));
/// assert_eq!(per_clause("/1 tháng").map(|(p, _)| p), Some("tháng".to_string()));
/// assert_eq!(per_clause("/01 bộ hồ sơ").map(|(p, _)| p), Some("bộ hồ sơ".to_string()));
/// assert_eq!(per_clause(" cho mỗi người").map(|(p, _)| p), Some("người".to_string()));
/// assert_eq!(per_clause("/12 tháng"), None);
/// assert_eq!(per_clause(" cho người"), None);
/// ```
pub fn per_clause(input: &str) -> Option<(String, &str)> {
    // (A slash is typed glued or spaced alike, `đồng/tháng`, `đồng / tháng`; and the one unit
    // a price is for may be written, `đồng/1 tháng`, `đồng/01 bộ hồ sơ`, `đồng/1kg`.)
    let spaced = input.trim_start_matches(crate::text::is_space);
    if let Some(after) = spaced.strip_prefix('/') {
        return unit_after_a_slash(after, spaced.len() == input.len());
    }
    let (rest, _) = space1(input).ok()?;
    let (cue, mut after) = split_word(rest)?;
    let mut cue = crate::text::Folded::new(cue);
    // (`cho mỗi người`: for each, as `mỗi` alone is.)
    if cue.matches("cho") {
        let (each, rest) = split_word(space1(after).ok()?.0)?;
        (cue, after) = (crate::text::Folded::new(each), rest);
        if !cue.matches("mỗi") {
            return None;
        }
    }
    if cue.matches("mỗi") {
        return unit_word(after, Cue::Each);
    }
    if cue.matches("một") {
        return unit_word(after, Cue::One);
    }
    None
}

/// The unit a price is for after its slash (`after` follows it; `glued` says no space stood
/// before it), and the rest. A space may follow the slash, and the one the price is for
/// (`đồng/ tháng`, `đồng / 1 kg`). Glued, a slash and its unit are a rate whatever follows
/// (`6 triệu đồng/tháng 26 công`). Spaced, a slash parts the fields of a form as often
/// (`1.700.000 VNĐ / Viết bằng chữ`, `/ Người nhận:`): only a unit the lexicon knows is priced
/// after it, in lower case, in capitals or a currency's code; a unit of time with its number,
/// and no one written before it, names a period, the bill's or the plan's, no rate (`đồng /
/// tháng 6/2024`, `2 tỷ đồng / năm 2025`), and a word before a colon a field (`/ Đơn vị
/// tính:`).
fn unit_after_a_slash(after: &str, glued: bool) -> Option<(String, &str)> {
    let one = one_before_a_unit(after.trim_start_matches(crate::text::is_space));
    let at_unit = one.unwrap_or(after);
    if glued {
        return unit_word(at_unit, Cue::Slash);
    }
    // (A field's name is capitalized, `Người nhận`, where a unit in capitals is written so
    // whole, `VNĐ / THÁNG`.)
    let titled =
        split_word(at_unit.trim_start_matches(crate::text::is_space)).is_some_and(|(w, _)| {
            w.starts_with(char::is_uppercase) && w.chars().any(char::is_lowercase)
        });
    if titled && crate::currency::after_amount(at_unit).is_none() {
        return None;
    }
    let (unit, rest) = unit_word(at_unit, Cue::SpacedSlash)?;
    let next = rest.trim_start_matches(crate::text::is_space);
    // (The period's number counts nothing after it: `đồng / tháng 40m²` prices a month of a
    // flat of 40 m².)
    let digits = next.bytes().take_while(u8::is_ascii_digit).count();
    let counts = || {
        let after = next.get(digits..).unwrap_or_default();
        after.starts_with(char::is_alphabetic)
            || crate::quantity::unit_after(crate::quantity::Units::shared(), after).is_some()
    };
    let a_period = one.is_none()
        && matches!(unit.as_str(), "ngày" | "tuần" | "tháng" | "quý" | "năm")
        && digits > 0
        && !counts();
    (!a_period && !next.starts_with(':')).then_some((unit, rest))
}

/// The text after the `1` (or `01`) that a price's unit is written with after its slash
/// (`1 tháng` in `đồng/1 tháng`, `1kg`): a one before a word, no other number.
fn one_before_a_unit(after_slash: &str) -> Option<&str> {
    let rest = after_slash
        .strip_prefix("01")
        .or_else(|| after_slash.strip_prefix('1'))?;
    rest.trim_start_matches(crate::text::is_space)
        .starts_with(char::is_alphabetic)
        .then_some(rest)
}

/// The word that introduced the unit of a price.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Cue {
    /// `/`: any unit.
    Slash,
    /// ` / `, a slash with spaces before it: a unit of the lexicon or one things are sold by.
    SpacedSlash,
    /// `mỗi` (each): any noun.
    Each,
    /// `một` (a): a noun that counts or measures, as `một` is otherwise the article.
    One,
}

/// The unit at the start of `input` after `cue`: a noun of the lexicon (`hộ gia đình`, with a
/// power: `m2`), a unit things are sold by, or (but after `một`) any word but a word of time
/// (`mỗi khi`) or a number.
fn unit_word(input: &str, cue: Cue) -> Option<(String, &str)> {
    let lower_nfc = |s: &str| crate::text::compose(s).to_lowercase();
    let slash = matches!(cue, Cue::Slash | Cue::SpacedSlash);
    if !slash && space1(input).is_err() {
        return None;
    }
    // A currency priced in another is a rate of exchange: `25.400 đồng một USD`, `/đô la Mỹ`.
    if let Some((_, after)) = crate::currency::after_amount(input) {
        let written = input.get(..input.len().saturating_sub(after.len()))?;
        if !crate::text::goes_on_as_word(after) {
            return Some((
                lower_nfc(written.trim_start_matches(crate::text::is_space)),
                after,
            ));
        }
    }
    let units = crate::quantity::Units::shared();
    if let Some((unit, after)) = crate::quantity::unit_after(units, input) {
        // `một lần` is "once", not "per time".
        let once = cue == Cue::One && unit == "lần";
        if !crate::text::goes_on_as_word(after) && !once {
            return Some((lower_nfc(&unit), after));
        }
    }
    // After `/` the noun is glued to the slash (`đồng/giao dịch`): a noun of the lexicon of more
    // than one word is read whole there too.
    if slash {
        if let Some((written, len)) = units.longest(input).filter(|(w, _)| w.contains(' ')) {
            let after = &input[len..];
            if !crate::text::goes_on_as_word(after) {
                return Some((lower_nfc(written), after));
            }
        }
    }
    let (word, after) = split_word(space0(input).ok()?.0)?;
    // A power glued to a measure, in any case: `M2`.
    let power = after
        .chars()
        .next()
        .filter(|c| matches!(c, '2' | '3' | '²' | '³'))
        .map_or(0, char::len_utf8);
    let (power_text, after) = after.split_at(power);
    if crate::text::goes_on_as_word(after) {
        return None;
    }
    let open = match cue {
        Cue::Slash => true,
        Cue::Each => !word_in(word, &["khi", "lúc", "một"]),
        Cue::SpacedSlash | Cue::One => false,
    };
    // `năm` is five and a year: after `/` it is the year (`36 triệu đồng/năm`), as a number
    // there is written in digits.
    let year = slash && crate::quantity::is_measure_or_duration(&lower_nfc(word));
    // (`chục` before a noun is ten of it, no unit sold by: `20.000 đồng một chục năm trước`.)
    let counts_a_noun = || crate::quantity::unit_after(units, after).is_some();
    let sold_by = word_in(word, SOLD_BY) && !(word_in(word, &["chục"]) && counts_a_noun());
    let unit = open && (!crate::number::is_number_word(word) || year) || sold_by;
    // (`đồng/năm học;`: a year of a kind, as a count reads it.)
    unit.then(|| {
        let written = lower_nfc(&format!("{word}{power_text}"));
        crate::quantity::year_of_a_kind(&written, after).unwrap_or((written, after))
    })
}
