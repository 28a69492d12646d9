//! Writing numbers in words, in the invoice and contract style by default.
//!
//! The writer is the grammar read backwards: groups of three digits from the largest scale
//! down, the first written as it is spoken (`mười lăm`), every later one in full (`không trăm
//! linh năm`); a chunk of nine digits is followed by `tỷ` once per place, so that `nghìn tỷ`
//! (`mười lăm nghìn tỷ`) and `tỷ tỷ` (`một tỷ tỷ`) come out of the same rule.

use crate::money::Money;
use crate::number::Amount;
use crate::Number;
use rust_decimal::Decimal;

/// The word for "no tens" before a unit: `một trăm linh năm` or `một trăm lẻ năm`.
///
/// ```
/// use vnparse::words::{NoTens, WordsOptions};
/// use vnparse::Number;
/// let n: Number = "105".parse()?;
/// assert_eq!(n.to_words_with(&WordsOptions::new().no_tens(NoTens::Le)), "Một trăm lẻ năm");
/// # Ok::<(), vnparse::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum NoTens {
    /// `linh`, as the North and most invoices write.
    #[default]
    Linh,
    /// `lẻ`, as the South says.
    Le,
}

/// The word for a thousand: `nghìn` or `ngàn`.
///
/// ```
/// use vnparse::words::{Thousand, WordsOptions};
/// use vnparse::Number;
/// let n: Number = "2.000".parse()?;
/// assert_eq!(n.to_words_with(&WordsOptions::new().thousand(Thousand::Ngan)), "Hai ngàn");
/// # Ok::<(), vnparse::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Thousand {
    /// `nghìn`.
    #[default]
    Nghin,
    /// `ngàn`.
    Ngan,
}

/// The spelling of a billion: `tỷ` or `tỉ`.
///
/// ```
/// use vnparse::words::{Billion, WordsOptions};
/// use vnparse::Number;
/// let n: Number = "3.000.000.000".parse()?;
/// assert_eq!(n.to_words_with(&WordsOptions::new().billion(Billion::Ti)), "Ba tỉ");
/// # Ok::<(), vnparse::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Billion {
    /// `tỷ`.
    #[default]
    Ty,
    /// `tỉ`.
    Ti,
}

/// Four after `mươi`: `hai mươi tư` or `hai mươi bốn`.
///
/// ```
/// use vnparse::words::{FourAfterTens, WordsOptions};
/// use vnparse::Number;
/// let n: Number = "24".parse()?;
/// let o = WordsOptions::new().four_after_tens(FourAfterTens::Bon);
/// assert_eq!(n.to_words_with(&o), "Hai mươi bốn");
/// # Ok::<(), vnparse::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum FourAfterTens {
    /// `tư`.
    #[default]
    Tu,
    /// `bốn`.
    Bon,
}

/// How the digits after the point are read.
///
/// ```
/// use vnparse::words::{Decimals, WordsOptions};
/// use vnparse::Number;
/// let n: Number = "3,14".parse()?;
/// assert_eq!(n.to_words(), "Ba phẩy mười bốn");
/// let digits = WordsOptions::new().decimals(Decimals::Digits);
/// assert_eq!(n.to_words_with(&digits), "Ba phẩy một bốn");
/// # Ok::<(), vnparse::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Decimals {
    /// As one group when three digits or fewer follow the leading zeros (`ba phẩy mười bốn`,
    /// `không phẩy không năm`), else one by one.
    #[default]
    Group,
    /// One by one: `ba phẩy một bốn`.
    Digits,
}

/// How [`Number::to_words`] and its kin write: the invoice style by default, each variant a
/// writer may want one builder call away.
///
/// ```
/// use vnparse::words::{NoTens, Thousand, WordsOptions};
/// use vnparse::Number;
/// let n: Number = "105.000".parse()?;
/// assert_eq!(n.to_words(), "Một trăm linh năm nghìn");
/// let southern = WordsOptions::new()
///     .no_tens(NoTens::Le)
///     .thousand(Thousand::Ngan)
///     .capitalize(false);
/// assert_eq!(n.to_words_with(&southern), "một trăm lẻ năm ngàn");
/// # Ok::<(), vnparse::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WordsOptions {
    no_tens: NoTens,
    thousand: Thousand,
    billion: Billion,
    four: FourAfterTens,
    capitalize: bool,
    even: bool,
    decimals: Decimals,
}

impl Default for WordsOptions {
    fn default() -> Self {
        WordsOptions::new()
    }
}

impl WordsOptions {
    /// The invoice style: `linh`, `nghìn`, `tỷ`, `mươi tư`, a capital first letter, no
    /// `chẵn`, decimals as a group.
    pub fn new() -> Self {
        WordsOptions {
            no_tens: NoTens::Linh,
            thousand: Thousand::Nghin,
            billion: Billion::Ty,
            four: FourAfterTens::Tu,
            capitalize: true,
            even: false,
            decimals: Decimals::Group,
        }
    }

    /// `linh` or `lẻ` for no tens.
    pub fn no_tens(mut self, word: NoTens) -> Self {
        self.no_tens = word;
        self
    }

    /// `nghìn` or `ngàn`.
    pub fn thousand(mut self, word: Thousand) -> Self {
        self.thousand = word;
        self
    }

    /// `tỷ` or `tỉ`.
    pub fn billion(mut self, word: Billion) -> Self {
        self.billion = word;
        self
    }

    /// `tư` or `bốn` after `mươi`.
    pub fn four_after_tens(mut self, word: FourAfterTens) -> Self {
        self.four = word;
        self
    }

    /// Whether the first letter is a capital (`Một triệu đồng`).
    pub fn capitalize(mut self, yes: bool) -> Self {
        self.capitalize = yes;
        self
    }

    /// Whether `chẵn` (exactly) follows a whole amount, as some invoices write:
    /// `Một triệu đồng chẵn`.
    pub fn even(mut self, yes: bool) -> Self {
        self.even = yes;
        self
    }

    /// How the digits after the point are read.
    pub fn decimals(mut self, how: Decimals) -> Self {
        self.decimals = how;
        self
    }
}

const DIGITS: [&str; 10] = [
    "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín",
];

fn digit(d: u128) -> &'static str {
    DIGITS.get(d as usize).copied().unwrap_or("không")
}

/// Words joined by single spaces.
struct Sentence(String);

impl Sentence {
    fn word(&mut self, w: &str) {
        if !self.0.is_empty() {
            self.0.push(' ');
        }
        self.0.push_str(w);
    }
}

/// `group` (1 to 999) in words; `full` writes the hundreds and `linh` even when zero, as every
/// group after the first is written (`không trăm linh năm`).
fn write_group(out: &mut Sentence, group: u128, full: bool, o: &WordsOptions) {
    let (h, t, u) = (group / 100, group / 10 % 10, group % 10);
    let hundreds = full || h > 0;
    if hundreds {
        out.word(digit(h));
        out.word("trăm");
    }
    match t {
        0 if u == 0 => {}
        0 => {
            if hundreds {
                out.word(match o.no_tens {
                    NoTens::Linh => "linh",
                    NoTens::Le => "lẻ",
                });
            }
            out.word(digit(u));
        }
        1 => {
            out.word("mười");
            match u {
                0 => {}
                5 => out.word("lăm"),
                u => out.word(digit(u)),
            }
        }
        t => {
            out.word(digit(t));
            out.word("mươi");
            match u {
                0 => {}
                1 => out.word("mốt"),
                4 if o.four == FourAfterTens::Tu => out.word("tư"),
                5 => out.word("lăm"),
                u => out.word(digit(u)),
            }
        }
    }
}

const BILLION: u128 = 1_000_000_000;

/// A whole number in words: its chunks of nine digits from the highest, each followed by as
/// many `tỷ` as the chunk's place (`một tỷ tỷ` is 10^18), so that no multiplier of `tỷ` holds
/// a `tỷ` of its own. The first chunk's first group is written as spoken, all later in full.
fn write_integer(out: &mut Sentence, n: u128, o: &WordsOptions) {
    let billion = match o.billion {
        Billion::Ty => "tỷ",
        Billion::Ti => "tỉ",
    };
    let mut chunks = [0u128; 5];
    let mut rest = n;
    for chunk in chunks.iter_mut() {
        *chunk = rest % BILLION;
        rest /= BILLION;
    }
    let mut leading = true;
    for (place, &chunk) in chunks.iter().enumerate().rev() {
        if chunk == 0 {
            continue;
        }
        write_below_billion(out, chunk, leading, o);
        leading = false;
        for _ in 0..place {
            out.word(billion);
        }
    }
}

/// `n` below a billion: its millions, thousands and units, zero groups left out.
fn write_below_billion(out: &mut Sentence, n: u128, leading: bool, o: &WordsOptions) {
    let thousand = match o.thousand {
        Thousand::Nghin => "nghìn",
        Thousand::Ngan => "ngàn",
    };
    let mut first = leading;
    for (group, scale) in [
        (n / 1_000_000, Some("triệu")),
        (n / 1000 % 1000, Some(thousand)),
        (n % 1000, None),
    ] {
        if group == 0 {
            continue;
        }
        write_group(out, group, !first, o);
        first = false;
        if let Some(scale) = scale {
            out.word(scale);
        }
    }
}

/// The digits after the point, as the options read them.
fn write_decimals(out: &mut Sentence, digits: &str, o: &WordsOptions) {
    let significant = digits.trim_start_matches('0');
    let zeros = digits.len().saturating_sub(significant.len());
    let as_group = o.decimals == Decimals::Group && (1..=3).contains(&significant.len());
    if !as_group {
        for c in digits.bytes() {
            out.word(digit(u128::from(c.saturating_sub(b'0'))));
        }
        return;
    }
    for _ in 0..zeros {
        out.word("không");
    }
    if let Ok(group) = significant.parse::<u128>() {
        write_group(out, group, false, o);
    }
}

/// `value` in words, with no capital and no `chẵn`.
fn plain_words(value: Decimal, o: &WordsOptions) -> String {
    let mut out = Sentence(String::new());
    let value = value.normalize();
    if value.is_sign_negative() && !value.is_zero() {
        out.word("âm");
    }
    let text = value.abs().to_string();
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    match int.parse::<u128>() {
        Ok(0) | Err(_) => out.word("không"),
        Ok(n) => write_integer(&mut out, n, o),
    }
    if !frac.is_empty() {
        out.word("phẩy");
        write_decimals(&mut out, frac, o);
    }
    out.0
}

/// Applies the capital and `chẵn` of the options to a finished text.
fn finish(mut text: String, whole: bool, o: &WordsOptions) -> String {
    if o.even && whole {
        text.push_str(" chẵn");
    }
    if o.capitalize {
        if let Some(first) = text.chars().next() {
            let upper: String = first.to_uppercase().collect();
            text.replace_range(..first.len_utf8(), &upper);
        }
    }
    text
}

/// An amount in words: one value, or `từ X đến Y`.
fn amount_words(amount: &Amount, o: &WordsOptions) -> (String, bool) {
    match *amount {
        Amount::Exact(v) => (plain_words(v, o), v.is_integer()),
        Amount::Range(a, b) => (
            format!("từ {} đến {}", plain_words(a, o), plain_words(b, o)),
            a.is_integer() && b.is_integer(),
        ),
    }
}

impl Number {
    /// The number in words, in the invoice style ([`WordsOptions::new`]).
    ///
    /// ```
    /// use vnparse::Number;
    /// let n: Number = "125.400.021".parse()?;
    /// assert_eq!(
    ///     n.to_words(),
    ///     "Một trăm hai mươi lăm triệu bốn trăm nghìn không trăm hai mươi mốt"
    /// );
    /// assert_eq!("3,14".parse::<Number>()?.to_words(), "Ba phẩy mười bốn");
    /// // What it writes, it reads.
    /// assert_eq!(n.to_words().parse::<Number>()?, n);
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn to_words(&self) -> String {
        self.to_words_with(&WordsOptions::new())
    }

    /// The number in words, written as `options` say.
    ///
    /// ```
    /// use vnparse::words::{Billion, FourAfterTens, WordsOptions};
    /// use vnparse::Number;
    /// let n: Number = "24.000.000.000".parse()?;
    /// let o = WordsOptions::new().billion(Billion::Ti).four_after_tens(FourAfterTens::Bon);
    /// assert_eq!(n.to_words_with(&o), "Hai mươi bốn tỉ");
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn to_words_with(&self, options: &WordsOptions) -> String {
        finish(
            plain_words(self.value(), options),
            self.value().is_integer(),
            options,
        )
    }
}

impl Amount {
    /// The amount in words, in the invoice style; a range as `từ X đến Y`.
    ///
    /// ```
    /// use vnparse::Amount;
    /// use rust_decimal::Decimal;
    /// let range = Amount::Range(Decimal::from(5_000_000), Decimal::from(10_000_000));
    /// assert_eq!(range.to_words(), "Từ năm triệu đến mười triệu");
    /// ```
    pub fn to_words(&self) -> String {
        self.to_words_with(&WordsOptions::new())
    }

    /// The amount in words, written as `options` say.
    ///
    /// ```
    /// use vnparse::words::WordsOptions;
    /// use vnparse::Amount;
    /// use rust_decimal::Decimal;
    /// let a = Amount::Exact(Decimal::from(21));
    /// assert_eq!(a.to_words_with(&WordsOptions::new().capitalize(false)), "hai mươi mốt");
    /// ```
    pub fn to_words_with(&self, options: &WordsOptions) -> String {
        let (text, whole) = amount_words(self, options);
        finish(text, whole, options)
    }
}

impl Money {
    /// The amount in words with its currency, as an invoice writes it under the digits.
    ///
    /// ```
    /// use vnparse::Money;
    /// let m: Money = "125.400.000 đ".parse()?;
    /// assert_eq!(m.to_words(), "Một trăm hai mươi lăm triệu bốn trăm nghìn đồng");
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn to_words(&self) -> String {
        self.to_words_with(&WordsOptions::new())
    }

    /// The amount in words with its currency, written as `options` say; a qualifier comes
    /// first (`trên một triệu đồng`).
    ///
    /// ```
    /// use vnparse::words::WordsOptions;
    /// use vnparse::Money;
    /// let m: Money = "1.000.000 đồng".parse()?;
    /// assert_eq!(m.to_words_with(&WordsOptions::new().even(true)), "Một triệu đồng chẵn");
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn to_words_with(&self, options: &WordsOptions) -> String {
        let (amount, whole) = amount_words(&self.amount, options);
        let mut text = String::new();
        if let Some(approx) = self.approx {
            text.push_str(approx.word());
            text.push(' ');
        }
        text.push_str(&amount);
        text.push(' ');
        // The currency table's first name is the one written in full; a currency with no
        // Vietnamese name is written by its ISO code, as invoices do.
        text.push_str(self.currency.name().unwrap_or(self.currency.code()));
        finish(text, whole, options)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(n: u128) -> String {
        plain_words(Decimal::from(n as u64), &WordsOptions::new())
    }

    #[test]
    fn groups_after_the_first_are_written_in_full() {
        assert_eq!(words(0), "không");
        assert_eq!(words(105), "một trăm linh năm");
        assert_eq!(words(3005), "ba nghìn không trăm linh năm");
        assert_eq!(words(1_000_010), "một triệu không trăm mười");
        assert_eq!(words(21), "hai mươi mốt");
        assert_eq!(words(15), "mười lăm");
        assert_eq!(words(24), "hai mươi tư");
        assert_eq!(words(11), "mười một");
    }

    #[test]
    fn a_billion_multiplies_a_whole_number() {
        assert_eq!(words(15_000_000_000_000), "mười lăm nghìn tỷ");
        assert_eq!(words(4_612_000_000_000), "bốn nghìn sáu trăm mười hai tỷ");
        assert_eq!(words(1_000_000_000_000_000_000), "một tỷ tỷ");
        assert_eq!(words(2_005_000_000), "hai tỷ không trăm linh năm triệu");
    }
}
