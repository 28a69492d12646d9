//! Amounts of money: `1.337 triệu đồng`, `gần 1,5 tỷ đồng`, `19,5 tỷ USD`, `$5`, `500.000đ`.
//!
//! # Grammar
//!
//! ```text
//! money    = [qualifier] ["từ"] amount [range] currency ["trở lên"]
//!          | [qualifier] prefix amount                     $5   US$ 1.200   VND 500.000
//! range    = ("-" | "–" | "~" | "đến" | "tới") amount      5-10 triệu đồng
//! currency = "đồng" | "đ" | "₫" | "VNĐ" | "VND" | "USD" | "$" | "đô la" ["Mỹ"] | "euro" | "EUR"
//!          | "€" | "yên" ["Nhật"] | "¥" | "nhân dân tệ" | "bảng Anh" | "£" | "won" | …
//! ```
//!
//! `amount` is [`crate::number::amount`]; qualifiers are those of [`Approx`]. A range writes its
//! currency once (`5-10 triệu đồng`); with a currency on each bound (`11$ – 12,5$`) each bound is
//! an amount of its own. `đồng` is not a currency in `đồng chí`, `đồng bào` and the like.

use crate::error::{parse_all, Error};
use crate::number::{marked, Amount, Approx};
use crate::text::PhraseTable;
use crate::text::{lookup_phrase, match_phrase, space0, split_word};
use nom::IResult;
use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

/// A currency, by its ISO 4217 code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Currency {
    /// Vietnamese đồng.
    Vnd,
    /// US dollar.
    Usd,
    /// Euro.
    Eur,
    /// Japanese yen.
    Jpy,
    /// Chinese yuan (nhân dân tệ).
    Cny,
    /// Pound sterling.
    Gbp,
    /// South Korean won.
    Krw,
    /// Thai baht.
    Thb,
}

impl Currency {
    /// The ISO 4217 code: `VND`, `USD`, …
    pub fn code(self) -> &'static str {
        match self {
            Currency::Vnd => "VND",
            Currency::Usd => "USD",
            Currency::Eur => "EUR",
            Currency::Jpy => "JPY",
            Currency::Cny => "CNY",
            Currency::Gbp => "GBP",
            Currency::Krw => "KRW",
            Currency::Thb => "THB",
        }
    }

    /// The marker `Display` writes after an amount: `đồng` for the đồng, else the code.
    pub fn marker(self) -> &'static str {
        match self {
            Currency::Vnd => "đồng",
            other => other.code(),
        }
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Currency words after an amount, longest first.
const CURRENCY_WORDS: &[(&str, Currency)] = &[
    ("việt nam đồng", Currency::Vnd),
    ("đô la mỹ", Currency::Usd),
    ("đôla mỹ", Currency::Usd),
    ("đô la", Currency::Usd),
    ("đôla", Currency::Usd),
    ("usd", Currency::Usd),
    ("đô", Currency::Usd),
    ("vnđ", Currency::Vnd),
    ("vnd", Currency::Vnd),
    ("đồng", Currency::Vnd),
    ("đ", Currency::Vnd),
    ("euro", Currency::Eur),
    ("eur", Currency::Eur),
    ("yên nhật", Currency::Jpy),
    ("yên", Currency::Jpy),
    ("jpy", Currency::Jpy),
    ("nhân dân tệ", Currency::Cny),
    ("ndt", Currency::Cny),
    ("cny", Currency::Cny),
    ("bảng anh", Currency::Gbp),
    ("gbp", Currency::Gbp),
    ("won", Currency::Krw),
    ("krw", Currency::Krw),
    ("baht", Currency::Thb),
    ("bạt", Currency::Thb),
    ("thb", Currency::Thb),
];

/// Currency symbols, written before or after the amount.
const CURRENCY_SYMBOLS: &[(&str, Currency)] = &[
    ("US$", Currency::Usd),
    ("₫", Currency::Vnd),
    ("$", Currency::Usd),
    ("€", Currency::Eur),
    ("¥", Currency::Jpy),
    ("£", Currency::Gbp),
    ("₩", Currency::Krw),
];

/// Codes that may stand before an amount: `USD 5`, `VND 500.000`.
const PREFIX_CODES: &[(&str, Currency)] = &[
    ("usd", Currency::Usd),
    ("vnd", Currency::Vnd),
    ("vnđ", Currency::Vnd),
    ("eur", Currency::Eur),
];

/// Words that make `đồng` part of another word: `đồng chí` (comrade), `đồng bào`, …
const NOT_CURRENCY_AFTER_DONG: &[&str] = &[
    "chí", "bào", "hương", "nghiệp", "hồ", "ruộng", "bằng", "ý", "thuận", "thời", "minh", "đội",
    "cảm", "tâm", "phục", "môn", "loạt", "đều", "nát", "lòng", "hành", "tình", "khởi", "dạng",
    "nhất", "bộ", "xu", "hóa", "hoá", "lúa", "cỏ", "quê", "vốn", "sở", "hữu", "phạm",
];

/// The currency at the start of `input` (after any spaces), and the rest.
pub(crate) fn currency_after(input: &str) -> Option<(Currency, &str)> {
    let (rest, _) = space0(input).ok()?;
    if let Some(found) = symbol(rest) {
        return Some(found);
    }
    static CURRENCIES: LazyLock<PhraseTable<Currency>> =
        LazyLock::new(|| PhraseTable::new(CURRENCY_WORDS));
    let (&currency, len) = CURRENCIES.lookup(rest)?;
    let after = &rest[len..];
    // `đồng chí`, `đồng bào`: not money.
    if match_phrase(rest, "đồng") == Some(len) {
        if let Ok((next, _)) = space0(after) {
            if let Some((word, _)) = split_word(next) {
                if NOT_CURRENCY_AFTER_DONG
                    .iter()
                    .any(|w| crate::text::same_word(w, word))
                {
                    return None;
                }
            }
        }
    }
    Some((currency, after))
}

fn symbol(input: &str) -> Option<(Currency, &str)> {
    CURRENCY_SYMBOLS
        .iter()
        .find_map(|&(s, c)| input.strip_prefix(s).map(|rest| (c, rest)))
}

/// An amount of money.
///
/// ```
/// use vnparse::{Money, Currency, Amount, Approx};
/// use rust_decimal::Decimal;
/// let m: Money = "gần 1,5 tỷ đồng".parse().unwrap();
/// assert_eq!(m.amount, Amount::Exact(Decimal::from(1_500_000_000)));
/// assert_eq!((m.currency, m.approx), (Currency::Vnd, Some(Approx::Nearly)));
/// assert_eq!(m.to_string(), "gần 1.500.000.000 đồng");
/// assert_eq!("1.337 triệu đồng".parse::<Money>().unwrap().to_string(), "1.337.000.000 đồng");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Money {
    /// How much, or the range.
    pub amount: Amount,
    /// In which currency.
    pub currency: Currency,
    /// How the text qualified it (`trên`, `gần`, …), if it did.
    pub approx: Option<Approx>,
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(approx) = self.approx {
            write!(f, "{approx} ")?;
        }
        write!(f, "{} {}", self.amount, self.currency.marker())
    }
}

impl FromStr for Money {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        parse_all(s, "an amount with a currency", money)
    }
}

/// An amount of money, with its qualifier and range, as the module docs give it.
///
/// ```
/// use vnparse::money::money;
/// use vnparse::{Amount, Currency};
/// use rust_decimal::Decimal;
/// let (rest, m) = money("từ 5 đến 10 triệu đồng/tháng").unwrap();
/// assert_eq!(rest, "/tháng");
/// assert_eq!(m.amount, Amount::Range(Decimal::from(5_000_000), Decimal::from(10_000_000)));
/// assert_eq!(money("$5").unwrap().1.currency, Currency::Usd);
/// ```
pub fn money(input: &str) -> IResult<&str, Money> {
    if let Some(found) = prefixed(input) {
        return Ok(found);
    }
    let (rest, m) = marked(input, currency_after, &[])?;
    Ok((
        rest,
        Money {
            amount: m.amount,
            currency: m.marker,
            approx: m.approx,
        },
    ))
}

/// `$5`, `US$ 1.200`, `USD 5`, `VND 500.000`, with an optional qualifier before.
fn prefixed(input: &str) -> Option<(&str, Money)> {
    let (rest, approx) = match crate::number::approx(input) {
        Ok((r, a)) => (space0(r).ok()?.0, Some(a)),
        Err(_) => (input, None),
    };
    let (currency, after) = match symbol(rest) {
        Some(found) => found,
        None => {
            let (&currency, len) = lookup_phrase(rest, PREFIX_CODES)?;
            let (after, spaces) = space0(&rest[len..]).ok()?;
            if spaces.is_empty() {
                return None;
            }
            (currency, after)
        }
    };
    let (after, _) = space0(after).ok()?;
    let (rest, value) = crate::number::amount(after).ok()?;
    if currency_after(rest).is_some() {
        return None;
    }
    let amount = Amount::Exact(value.value);
    Some((
        rest,
        Money {
            amount,
            currency,
            approx,
        },
    ))
}
