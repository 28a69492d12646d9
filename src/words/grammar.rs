//! The grammar of the module docs, read from the lexer's tokens.
//!
//! Groups below a thousand are read by recursive descent (`group`, `tens`, `decimals`);
//! scales compose by precedence: a scale multiplies everything read since the last larger
//! scale, so `bốn nghìn sáu trăm mười hai tỷ` is 4612·10⁹ and `năm triệu bốn nghìn` 5 004 000.
//! The reader keeps the longest prefix that is a whole number: where a term breaks the rules,
//! the number ends before it.

use super::lexer::{Token, Tokens};
use crate::number::{Numeral, Scaled};
use nom::error::{Error as NomError, ErrorKind as NomErrorKind};
use nom::IResult;
use rust_decimal::Decimal;
use std::cell::Cell;

/// Where a group stands: it decides which forms it may take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    /// The first group of a number: it may not open with `linh`.
    First,
    /// After a scale: `linh tám` in `ba nghìn linh tám` is 8.
    AfterScale,
    /// After the decimal point: the spoken tens before a scale are not read there.
    Decimal,
}

/// A group read from the tokens.
#[derive(Debug, Clone, Copy)]
struct Group {
    value: Decimal,
    /// The index of the first token after it.
    next: usize,
    /// How many number words it took.
    words: usize,
    /// Its numeral, if written in digits.
    digits: Option<Numeral>,
    /// The power of ten of a suffix glued to its digits (`500k`).
    suffix: u32,
}

/// The words after a price open to bargaining (`TL`, `thương lượng`), which count nothing.
const NEGOTIABLE: &[&str] = &["tl", "thương lượng", "ctl", "còn thương lượng"];

/// What digits after a scaled amount are (see [`Parser::digits_short_form`]).
enum DigitsAfterScale {
    /// The short form of the group below the scale, worth this much.
    Reads(Decimal),
    /// A short form whose reading is in doubt: the whole amount is refused.
    InDoubt,
    /// No short form: read on as before.
    NotOne,
}

/// The amount ran past what a `Decimal` holds.
#[derive(Debug)]
pub(crate) struct Overflow;

/// A number read from the start of the tokens.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Read {
    /// The index of the first token after it.
    pub next: usize,
    pub scaled: Scaled,
}

/// Ten to the `power`; `None` past what a `Decimal` holds.
fn ten_to(power: u32) -> Option<Decimal> {
    let n = 10i128.checked_pow(power)?;
    (power <= MAX_POWER).then(|| Decimal::from_i128_with_scale(n, 0))
}

/// The largest power of ten a `Decimal` holds.
const MAX_POWER: u32 = 28;

/// The short form's digit a token stands for after a scale or `trăm`: `hai triệu ba`,
/// `nghìn mốt`, `sáu trăm tư`, `triệu rưỡi` (five). `một` (101 or 110?) and `năm` (more often
/// "year": `hai triệu năm`) are not short forms.
fn short_digit(token: Token) -> Option<u32> {
    match token {
        Token::Half | Token::Lam => Some(5),
        Token::Mot => Some(1),
        Token::Tu => Some(4),
        Token::Digit(d @ (2 | 3 | 4 | 6 | 7 | 8 | 9)) => Some(u32::from(d)),
        _ => None,
    }
}

/// Whether `token` is a short form that can only follow tens, a scale or `trăm`.
fn is_spoken_unit(token: Option<Token>) -> bool {
    matches!(
        token,
        Some(Token::Half | Token::Mot | Token::Tu | Token::Lam)
    )
}

/// The reader over one run of tokens.
///
/// Its arithmetic on plain integers cannot overflow, for the lexer yields at most
/// [`MAX_TOKENS`](super::lexer::MAX_TOKENS) (64) tokens: a token index plus a few, a count of
/// words, a sum of scale powers (at most 9 each) all stay below a thousand, and a group in
/// words is below a thousand too; a floor is lowered only where it is at least one, and the
/// characters of a number written out are ASCII digits. The functions doing such arithmetic
/// allow `arithmetic_side_effects` and point here; arithmetic on `Decimal` values is checked.
struct Parser<'t, 'a> {
    tokens: &'t Tokens<'a>,
    input: &'a str,
    /// A short form was met whose reading is in doubt (`hai nghìn tư liệu`): the whole
    /// amount is refused rather than read one way or the other.
    in_doubt: Cell<bool>,
}

impl Parser<'_, '_> {
    fn tok(&self, i: usize) -> Option<Token> {
        self.tokens.token(i)
    }

    /// The digit of a short form at `i` (after a scale or `trăm`), if it is one there.
    ///
    /// `rưỡi`, `mốt` and `lăm` open nothing and always are; a digit word is only where it
    /// opens no longer reading (`ba` in `hai triệu ba`, not in `hai triệu ba trăm` or `năm
    /// triệu bốn nghìn`). `tư` and a digit word followed by a word that is neither a number
    /// word nor a currency put the amount in doubt: `hai nghìn tư liệu` is two thousand
    /// documents (`tư liệu`), `ba mẹ` parents.
    #[allow(clippy::arithmetic_side_effects)] // small bounds: see `Parser`
    fn short_form_at(&self, i: usize) -> Option<u32> {
        let token = self.tok(i)?;
        // `năm` after a scale is more often years (`hai trăm năm`), but before a noun counted
        // it is the short form or `linh năm` spoken short (`hai trăm năm hộ dân`): in doubt.
        if token == Token::Digit(5) && self.tok(i + 1).is_none() && self.noun_after(i, false) {
            self.in_doubt.set(true);
            return None;
        }
        let d = short_digit(token)?;
        if matches!(token, Token::Half | Token::Mot | Token::Lam) {
            return Some(d);
        }
        let opens_group = matches!(
            self.tok(i + 1),
            Some(Token::Scale { .. } | Token::Hundred | Token::Point)
        ) || self
            .tens(i, Place::AfterScale)
            .is_some_and(|(_, _, w)| w > 1);
        if opens_group {
            return None;
        }
        if !self.word_stands_alone(i) {
            self.in_doubt.set(true);
            return None;
        }
        Some(d)
    }

    /// Whether what follows token `i` leaves it standing as a word of its own: the end of the
    /// run (a mark, a line end, digits), another number word (`bảy triệu hai một tháng`), a
    /// currency (`ba triệu tư đồng`), a particle that ends the clause (`hai triệu ba thôi`,
    /// `2 triệu 3 nhé`), the unit a price is for (`2 triệu 8 một tháng`), or a word that can
    /// be no noun (`11 triệu 5 có thương lượng`); not a noun, which the digit counts (`vay 1
    /// tỷ 2 năm`, `3 triệu 2 người`).
    #[allow(clippy::arithmetic_side_effects)] // small bounds: see `Parser`
    fn stands_alone(&self, i: usize) -> bool {
        if self.tok(i + 1).is_some() {
            return true;
        }
        let rest = self.text_after(i);
        let after = rest.trim_start_matches(crate::text::is_space);
        let no_noun = |word: &str| {
            !crate::number::is_number_word(word)
                && !crate::quantity::noun_follows(rest)
                && crate::quantity::Units::shared().longest(after).is_none()
        };
        match crate::text::split_word(after) {
            None => true,
            Some((word, _)) => {
                crate::quantity::is_particle(word)
                    || crate::money::currency_after(rest).is_some()
                    || crate::money::per_clause(rest).is_some()
                    || word.starts_with(char::is_lowercase) && no_noun(word)
                    // (A word making another with the next is no noun: `2 tỷ 850 bao phí`.)
                    || crate::quantity::compound_follows(rest)
                    // (A price open to bargaining: `11 tỷ 500 TL`, `32 tỷ 500 thương lượng`.)
                    || crate::text::find_phrase(after, NEGOTIABLE).is_some()
                    // (`tiền`, money itself, is no noun a digit counts: `11 triệu 5 tiền gốc`.)
                    || crate::text::same_word(word, "tiền")
            }
        }
    }

    /// The input after token `i`.
    fn text_after(&self, i: usize) -> &str {
        self.input
            .get(self.tokens.end_of(Some(i))..)
            .unwrap_or_default()
    }

    /// [`Self::stands_alone`] for a digit word, which a noun the lexicon counts leaves
    /// standing too (`ba trăm tư cân gạo`, `hai nghìn ba viên gạch`): it makes no compound
    /// with the digit word, as `tư liệu` does. (Digits before a noun count it: `3 triệu 2
    /// người`.)
    fn word_stands_alone(&self, i: usize) -> bool {
        self.stands_alone(i) || self.noun_after(i, true)
    }

    /// Whether a noun the lexicon counts follows token `i` (a unit of time too, or not).
    fn noun_after(&self, i: usize, of_time: bool) -> bool {
        let after = self.text_after(i).trim_start_matches(crate::text::is_space);
        crate::quantity::Units::shared()
            .longest(after)
            .is_some_and(|(unit, _)| of_time || !crate::quantity::DURATIONS.contains(&unit))
    }

    /// Digits standing alone after a scaled amount, the last of the run (`1 tỷ 2`, `12 triệu
    /// 5,` `2tr5`, `2 triệu 500`), are the spoken short form of the group below the scale:
    /// they fill it from the top, so one digit is its first digit (`1 tỷ 2` is 1.2 tỷ, `12
    /// triệu 5` 12.5 triệu) and three digits the whole group (`2 triệu 500` is 2 500 000).
    /// Two digits may be either (`12 triệu 25`: 12 250 000 or 12 025 000?), and are in doubt,
    /// unless glued to the scale, where they are its first digits (`8tr45` is 8,45 triệu);
    /// four or more are a number of their own (`20M 2022`). Digits grouped in thousands
    /// (`2 triệu 500.000`) are the whole of the places below the scale.
    /// Digits followed by a noun are a count of their own (`vay 1 tỷ 2 năm`), unless glued to
    /// the scale (`2tr5 nhé`); decimal or grouped digits are no short form.
    #[allow(clippy::arithmetic_side_effects)] // small bounds: see `Parser`
    fn digits_short_form(&self, group: &Group, floor: u32) -> DigitsAfterScale {
        let Some(numeral) = group.digits else {
            return DigitsAfterScale::NotOne;
        };
        // `2 triệu 500.000 đồng`: digits grouped in thousands are the whole of the places below
        // the scale, if they fit there.
        let grouped = numeral.grouping == crate::number::Grouping::Thousands
            && numeral.value.is_integer()
            && group.suffix == 0;
        if grouped {
            return match ten_to(floor) {
                Some(place) if numeral.value < place => DigitsAfterScale::Reads(numeral.value),
                _ => DigitsAfterScale::NotOne,
            };
        }
        // A short form is never zero: `5k 0` is no 5 000.
        let plain = numeral.grouping == crate::number::Grouping::Plain
            && numeral.value.is_integer()
            && !numeral.value.is_zero()
            && group.suffix == 0;
        let n = numeral.leading_digits;
        let at = group.next - 1;
        // `2tr5`, `1tỷ2`, `8tr45`: digits glued to the scale are the short form whatever
        // follows, the first digits of the places below it as a decimal's would be (`8tr45` is
        // 8,45 triệu); spaced, two digits are in doubt (below).
        let glued = (1..=3).contains(&n)
            && at >= 1
            && self.tokens.end_of(Some(at - 1)) + n == self.tokens.end_of(Some(at));
        // (A comma after the digits ends the run as the text's end does: `1 triệu 2, năm nay`.)
        // (So does the unit a price is for, whose `một` is no number: `2 triệu 8 một tháng`.)
        let last = matches!(self.tok(group.next), None | Some(Token::Comma))
            || crate::money::per_clause(self.text_after(at)).is_some();
        if !plain || !(glued || last && self.stands_alone(at)) {
            return DigitsAfterScale::NotOne;
        }
        let power = u32::try_from(n).unwrap_or(u32::MAX);
        let leading = n == 1 || n == 3 || n == 2 && glued;
        match (n, floor.checked_sub(power).and_then(ten_to)) {
            (1..=3, Some(place)) if leading => match numeral.value.checked_mul(place) {
                Some(tail) => DigitsAfterScale::Reads(tail),
                None => DigitsAfterScale::InDoubt,
            },
            (1..=3, _) => DigitsAfterScale::InDoubt,
            // Four digits or more are a number of their own (`20M 2022`).
            _ => DigitsAfterScale::NotOne,
        }
    }

    /// The value of the numeral `index` if it is one digit, 1 to 9 (`2` in `2 trăm`).
    fn one_digit(&self, index: u8) -> Option<u32> {
        let n = self.tokens.numeral(index)?;
        let plain = n.grouping == crate::number::Grouping::Plain && n.leading_digits == 1;
        let d = u32::try_from(n.value.mantissa()).ok()?;
        (plain && n.value.scale() == 0 && (1..=9).contains(&d)).then_some(d)
    }

    fn scale_at(&self, i: usize) -> bool {
        matches!(self.tok(i), Some(Token::Scale { .. }))
    }

    /// One or more scale words from `i` (`nghìn tỷ`): their total power, and the next index.
    ///
    /// Scales past the largest power a `Decimal` holds are an overflow, found at the first
    /// scale too many: a run of scale words (`tỷ tỷ tỷ …`) is not read to its end from each of
    /// its words.
    #[allow(clippy::arithmetic_side_effects)] // small bounds: see `Parser`
    fn scales(&self, mut i: usize) -> Result<(u32, usize), Overflow> {
        let mut power = 0;
        while let Some(Token::Scale { power: p, .. }) = self.tok(i) {
            power += u32::from(p);
            if power > MAX_POWER {
                return Err(Overflow);
            }
            i += 1;
        }
        Ok((power, i))
    }

    /// `group = numeral | words [point decimals]`.
    #[allow(clippy::arithmetic_side_effects)] // small bounds: see `Parser`
    fn group(&self, i: usize, place: Place) -> Option<Group> {
        if let Token::Digits { index, suffix } = self.tok(i)? {
            let numeral = self.tokens.numeral(index)?;
            let mut group = Group {
                value: numeral.value,
                next: i + 1,
                words: 0,
                digits: Some(numeral),
                suffix: u32::from(suffix),
            };
            let whole = numeral.grouping == crate::number::Grouping::Plain && suffix == 0;
            // `2 trăm nghìn`, `5 trăm triệu`: one digit in digits before `trăm`, read as its word.
            if whole && numeral.leading_digits == 1 && self.tok(i + 1) == Some(Token::Hundred) {
                let (value, next, words) = self.hundreds(i, place)?;
                return Some(Group {
                    value: Decimal::from(value),
                    next,
                    words,
                    digits: Some(numeral),
                    suffix: 0,
                });
            }
            // `4 chục`, `12 chục nghìn`: whole digits before `chục` are so many tens, as a
            // digit word before it is (`bốn chục`).
            if whole && numeral.leading_digits <= 2 && self.tok(i + 1) == Some(Token::Dozen) {
                return Some(Group {
                    value: numeral.value.checked_mul(Decimal::TEN)?,
                    next: i + 2,
                    words: 1,
                    digits: Some(numeral),
                    suffix: 0,
                });
            }
            // `8 phẩy 5`, `7 phẩy 25`: whole digits, a spoken point, then the decimals.
            if whole && place != Place::Decimal && self.tok(i + 1) == Some(Token::Point) {
                if let Some((fraction, after, w)) = self.decimals(i + 2) {
                    group.value = group.value.checked_add(fraction)?;
                    group.next = after;
                    group.words += 1 + w;
                }
            }
            return Some(group);
        }
        let (value, next, words) = self.hundreds(i, place)?;
        let mut group = Group {
            value: Decimal::from(value),
            next,
            words,
            digits: None,
            suffix: 0,
        };
        if place != Place::Decimal && self.tok(next) == Some(Token::Point) {
            if let Some((fraction, after, w)) = self.decimals(next + 1) {
                group.value = group.value.checked_add(fraction)?;
                group.next = after;
                group.words += 1 + w;
            }
        }
        Some(group)
    }

    /// `words = digit "trăm" [tail] | "trăm" spoken | "linh" unit | tens`: the value, the
    /// next index and the number of words.
    #[allow(clippy::arithmetic_side_effects)] // small bounds: see `Parser`
    fn hundreds(&self, i: usize, place: Place) -> Option<(u32, usize, usize)> {
        let head = match (self.tok(i)?, self.tok(i + 1)) {
            (Token::Digit(d), Some(Token::Hundred)) => Some((u32::from(d) * 100, i + 2, 2)),
            (Token::Digits { index, suffix: 0 }, Some(Token::Hundred)) => {
                self.one_digit(index).map(|d| (d * 100, i + 2, 1))
            }
            // `trăm rưỡi`, `trăm mốt`: an implied one before `trăm`, with a spoken unit only.
            (Token::Hundred, t) if is_spoken_unit(t) => Some((100, i + 1, 1)),
            _ => None,
        };
        let Some((value, j, words)) = head else {
            return match self.tok(i)? {
                // After a scale, `linh`/`lẻ` stands for the missing hundreds: `ba nghìn linh
                // tám` 3 008, and in the South `một triệu lẻ năm mươi` 1 000 050.
                Token::Odd if place == Place::AfterScale => match self.tens(i + 1, place) {
                    Some((tens, next, w)) if tens >= 10 => Some((tens, next, w + 1)),
                    _ => {
                        let (unit, next) = self.unit_after_odd(i + 1)?;
                        Some((unit, next, 2))
                    }
                },
                _ => self.tens(i, place),
            };
        };
        // After `trăm`: `linh năm`, tens, or a short form (`sáu trăm tư` is 640).
        if self.tok(j) == Some(Token::Odd) {
            return Some(match self.unit_after_odd(j + 1) {
                Some((unit, next)) => (value + unit, next, words + 2),
                None => (value, j, words),
            });
        }
        // (`tư` right after `trăm` is four tens whatever follows, a scale too: `ba trăm tư
        // nghìn` is 340 000; four units after `trăm` are said `linh tư`.)
        let tens_of_tu = || (self.tok(j) == Some(Token::Tu) && self.scale_at(j + 1)).then_some(4);
        let short = (place != Place::Decimal)
            .then(|| tens_of_tu().or_else(|| self.short_form_at(j)))
            .flatten();
        if let Some(d) = short {
            return Some((value + d * 10, j + 1, words + 1));
        }
        // Tens after `trăm` are real tens: `hai trăm năm` is not 205.
        match self.tens(j, place) {
            Some((tens, next, w)) if tens >= 10 => Some((value + tens, next, words + w)),
            // `hai trăm ba nghìn`: a lone digit after `trăm` and before a scale is the spoken
            // tens (230 000) or the units with `linh` left out (203 000); in doubt, the whole
            // amount is refused.
            Some((_, next, _)) if place != Place::Decimal && self.scale_at(next) => {
                self.in_doubt.set(true);
                Some((value, j, words))
            }
            _ => Some((value, j, words)),
        }
    }

    /// The unit after `linh`/`lẻ`: any digit but zero (`linh năm`, `linh tư`).
    #[allow(clippy::arithmetic_side_effects)] // small bounds: see `Parser`
    fn unit_after_odd(&self, i: usize) -> Option<(u32, usize)> {
        match self.tok(i)? {
            Token::Digit(d @ 1..=9) => Some((u32::from(d), i + 1)),
            Token::Tu => Some((4, i + 1)),
            _ => None,
        }
    }

    /// `tens = "mười" [unit] | digit "mươi" [unit] | [digit] "chục" | digit spoken | digit`.
    #[allow(clippy::arithmetic_side_effects)] // small bounds: see `Parser`
    fn tens(&self, i: usize, place: Place) -> Option<(u32, usize, usize)> {
        match self.tok(i)? {
            Token::Ten => Some(match self.unit_after_tens(i + 1, true, place) {
                Some(u) => (10 + u, i + 2, 2),
                None => (10, i + 1, 1),
            }),
            Token::Dozen => Some((10, i + 1, 1)),
            Token::Digit(d) => {
                let d = u32::from(d);
                Some(match self.tok(i + 1) {
                    Some(Token::Tens) if d >= 2 => {
                        match self.unit_after_tens(i + 2, false, place) {
                            Some(u) => (d * 10 + u, i + 3, 3),
                            None => (d * 10, i + 2, 2),
                        }
                    }
                    Some(Token::Dozen) if d >= 1 => (d * 10, i + 2, 2),
                    // The spoken tens: `hai mốt` 21, `ba tư` 34, `hai lăm` 25.
                    Some(Token::Mot) if d >= 2 => (d * 10 + 1, i + 2, 2),
                    Some(Token::Tu) if d >= 2 => (d * 10 + 4, i + 2, 2),
                    Some(Token::Lam) if d >= 2 => (d * 10 + 5, i + 2, 2),
                    // `sáu hai triệu` is 62 million; `hai ba triệu`, two digits in a row, is
                    // "two or three million", no one number.
                    // `năm` is neither digit here: `năm hai nghìn` is the year 2000.
                    Some(Token::Digit(u))
                        if d >= 2
                            && d != 5
                            && (2..=9).contains(&u)
                            && u != 5
                            && u32::from(u) != d + 1
                            && place != Place::Decimal
                            && self.scale_at(i + 2) =>
                    {
                        (d * 10 + u32::from(u), i + 2, 2)
                    }
                    _ => (d, i + 1, 1),
                })
            }
            _ => None,
        }
    }

    /// The unit after `mười` or `mươi`: `một`/`mốt`, `tư`/`bốn`, `lăm`, … `năm` only where a
    /// scale follows (`hai mươi năm` is twenty years; `hai mươi năm nghìn` is 25 000).
    #[allow(clippy::arithmetic_side_effects)] // small bounds: see `Parser`
    fn unit_after_tens(&self, i: usize, after_ten: bool, place: Place) -> Option<u32> {
        match self.tok(i)? {
            Token::Digit(5) if place == Place::Decimal || self.scale_at(i + 1) => Some(5),
            Token::Digit(5) => None,
            Token::Digit(d @ 1..=9) => Some(u32::from(d)),
            Token::Mot if !after_ten => Some(1),
            Token::Tu => Some(4),
            Token::Lam => Some(5),
            _ => None,
        }
    }

    /// `decimals = { "không" } ( group | digit { digit } )` after the point, read as the
    /// digits they write: `tám` .8, `một bốn` .14, `mười bốn` .14, `không năm` .05,
    /// `năm mươi` .50.
    #[allow(clippy::arithmetic_side_effects)] // small bounds: see `Parser`
    fn decimals(&self, i: usize) -> Option<(Decimal, usize, usize)> {
        // `8 phẩy 05`: digits after a spoken point, their zeros kept.
        if let Some(Token::Digits { index, suffix: 0 }) = self.tok(i) {
            let n = self.tokens.numeral(index)?;
            let plain = n.grouping == crate::number::Grouping::Plain && n.value.is_integer();
            let places = u32::try_from(n.leading_digits).ok()?;
            let mantissa = i128::try_from(n.value).ok()?;
            let fraction = Decimal::try_from_i128_with_scale(mantissa, places).ok()?;
            return plain.then_some((fraction, i + 1, 0));
        }
        let mut digits = DigitString::default();
        let mut j = i;
        while self.tok(j) == Some(Token::Digit(0)) {
            digits.push(0)?;
            j += 1;
        }
        match self.hundreds(j, Place::Decimal) {
            // One digit word: the digits are read one by one (`một bốn`).
            Some((_, _, 1)) if matches!(self.tok(j), Some(Token::Digit(_))) => {
                while let Some(Token::Digit(d)) = self.tok(j) {
                    digits.push(u32::from(d))?;
                    j += 1;
                }
            }
            Some((value, next, _)) => {
                for c in value.to_string().bytes() {
                    digits.push(u32::from(c - b'0'))?;
                }
                j = next;
            }
            None => {}
        }
        if j == i {
            return None;
        }
        let fraction = Decimal::try_from_i128_with_scale(digits.mantissa, digits.count).ok()?;
        Some((fraction, j, j - i))
    }

    /// `amount = term { [","] term } [group] [short]`, under the rules of the module docs.
    #[allow(clippy::arithmetic_side_effects)] // small bounds: see `Parser`
    fn amount(&self) -> Result<Option<Read>, Overflow> {
        let read = |next, value, words, power, digits| Read {
            next,
            scaled: Scaled {
                value,
                words,
                scaled: power > 0,
                digits,
                power,
            },
        };
        // `nghìn mốt`, `triệu rưỡi`: a scale with an implied one, read only with a spoken unit
        // after it (`triệu đồng` alone is vague, as in `hàng triệu đồng`).
        if let Some(Token::Scale {
            abbreviated: false, ..
        }) = self.tok(0)
        {
            let (power, j) = self.scales(0)?;
            return Ok(match self.tok(j) {
                Some(t) if is_spoken_unit(Some(t)) && (t != Token::Tu || self.stands_alone(j)) => {
                    let d = short_digit(t).unwrap_or(0);
                    let unit = ten_to(power).ok_or(Overflow)?;
                    let value = (unit / Decimal::TEN)
                        .checked_mul(Decimal::from(d))
                        .and_then(|tail| unit.checked_add(tail))
                        .ok_or(Overflow)?;
                    Some(read(j + 1, value, 1, power, None))
                }
                _ => None,
            });
        }
        let mut parts = Parts::default();
        let mut words = 0;
        let mut first_digits: Option<Numeral> = None;
        let mut last_in_words = false;
        let mut commas = 0;
        let mut best: Option<Read> = None;
        let mut i = 0;
        loop {
            let top = parts.top();
            // A term written with a decimal fraction (`1,8 tỷ`) has filled the places below its
            // scale: nothing after it may add to them (`1,8 tỷ lăm` is not 2,3 tỷ), so the
            // number ends there.
            if let Some(part) = top {
                let place = ten_to(part.floor).ok_or(Overflow)?;
                if parts.total()?.checked_rem(place) != Some(Decimal::ZERO) {
                    break;
                }
            }
            let after_comma = self.tok(i) == Some(Token::Comma);
            if after_comma {
                // Commas set off terms only in words, each with its scale.
                if !last_in_words || top.is_none() {
                    break;
                }
                commas += 1;
                i += 1;
            }
            // Decimals after a scale belong to the whole amount: `một nghìn phẩy năm` 1000.5.
            if let (Some(part), false, Some(Token::Point)) = (top, after_comma, self.tok(i)) {
                if let Some((fraction, next, w)) = self.decimals(i + 1) {
                    let sum = parts.total()?.checked_add(fraction).ok_or(Overflow)?;
                    best = Some(read(next, sum, words + 1 + w, part.floor, first_digits));
                }
                break;
            }
            // A short form ends the number: `hai triệu ba`, `ba triệu rưỡi`, `nghìn tỷ rưỡi`.
            if let (Some(part), false) = (top, after_comma) {
                if let Some(d) = self.short_form_at(i) {
                    if part.floor >= 1 {
                        let unit = ten_to(part.floor - 1).ok_or(Overflow)?;
                        let sum = parts
                            .total()?
                            .checked_add(unit.checked_mul(Decimal::from(d)).ok_or(Overflow)?)
                            .ok_or(Overflow)?;
                        best = Some(read(i + 1, sum, words + 1, part.floor, first_digits));
                        break;
                    }
                }
            }
            let place = if top.is_some() {
                Place::AfterScale
            } else {
                Place::First
            };
            let Some(group) = self.group(i, place) else {
                break;
            };
            if after_comma && group.digits.is_some() {
                break;
            }
            if i == 0 {
                first_digits = group.digits;
            }
            let has_scale = group.suffix > 0 || self.scale_at(group.next);
            // `1 tỷ 2`, `12 triệu 5`, `2tr5`, `2 triệu 500`: digits closing a scaled amount.
            if let (Some(part), false, false) = (top, has_scale, after_comma) {
                match self.digits_short_form(&group, part.floor) {
                    DigitsAfterScale::Reads(tail) => {
                        let sum = parts.total()?.checked_add(tail).ok_or(Overflow)?;
                        best = Some(read(group.next, sum, words, part.floor, first_digits));
                        break;
                    }
                    DigitsAfterScale::InDoubt => {
                        self.in_doubt.set(true);
                        break;
                    }
                    DigitsAfterScale::NotOne => {}
                }
            }
            if !has_scale {
                // A group with no scale ends the number; it must fit below the last scale, and
                // be words, more than one digit word (`ba nghìn năm` is ambiguous); digits were
                // read above as a short form, if they are one.
                let lone_digit = group.digits.is_some()
                    || group.words == 1 && matches!(self.tok(i), Some(Token::Digit(_)));
                let fits = match top {
                    Some(part) => {
                        !lone_digit && group.value < ten_to(part.floor).ok_or(Overflow)?
                    }
                    None => true,
                };
                // After a comma, a group with no scale closes the amount only where commas
                // already set off its terms (`Một tỷ, hai trăm triệu, tám trăm đồng`): one
                // comma alone may end a list (`hai nghìn, ba trăm người`).
                if fits && (!after_comma || commas >= 2) {
                    let sum = parts.total()?.checked_add(group.value).ok_or(Overflow)?;
                    let floor = top.map_or(0, |p| p.floor);
                    best = Some(read(
                        group.next,
                        sum,
                        words + group.words,
                        floor,
                        first_digits,
                    ));
                }
                break;
            }
            // A scale larger than the last, after a comma or after one digit word alone, opens
            // another amount: `năm trăm nghìn, một triệu đồng` and `năm trăm nghìn một triệu`
            // are two sums, where `một nghìn hai trăm tỷ` is 1 200 tỷ (commas set off terms
            // going down, and a digit word alone after a scale is no count of a larger one).
            let rising = match (top, self.tok(group.next)) {
                (Some(part), Some(Token::Scale { power, .. })) => u32::from(power) > part.power,
                _ => false,
            };
            let lone_digit_word = group.words == 1 && matches!(self.tok(i), Some(Token::Digit(_)));
            if rising && (after_comma || lone_digit_word) {
                break;
            }
            let Some((next, trial)) = self.scaled_term(&parts, &group)? else {
                break;
            };
            parts = trial;
            words += group.words;
            last_in_words = group.digits.is_none();
            let floor = parts.top().map_or(0, |p| p.floor);
            best = Some(read(next, parts.total()?, words, floor, first_digits));
            i = next;
        }
        Ok(if self.in_doubt.get() { None } else { best })
    }

    /// The scale words after `group` applied to it, each in turn (`nghìn tỷ`): the parts
    /// then, and the index after the last scale; `None` where a scale breaks the rules.
    #[allow(clippy::arithmetic_side_effects)] // small bounds: see `Parser`
    fn scaled_term(
        &self,
        parts: &Parts,
        group: &Group,
    ) -> Result<Option<(usize, Parts)>, Overflow> {
        let mut trial = *parts;
        let mut i = group.next;
        // The first scale multiplies the group; each after it, what the term is so far.
        let mut current = Part {
            value: group.value,
            power: 0,
            floor: 0,
        };
        let mut powers = [0u32; MAX_SCALES];
        let mut count = 0;
        if group.suffix > 0 {
            powers[0] = group.suffix;
            count = 1;
        }
        while let Some(Token::Scale { power, .. }) = self.tok(i) {
            let Some(slot) = powers.get_mut(count) else {
                return Ok(None);
            };
            *slot = u32::from(power);
            count += 1;
            i += 1;
        }
        for &power in powers.get(..count).unwrap_or_default() {
            let mut multiplier = current.value;
            while let Some(below) = trial.top().filter(|p| p.power < power) {
                multiplier = multiplier.checked_add(below.value).ok_or(Overflow)?;
                trial.pop();
            }
            if multiplier.is_zero() {
                return Ok(None);
            }
            let value = multiplier
                .checked_mul(ten_to(power).ok_or(Overflow)?)
                .ok_or(Overflow)?;
            current = Part {
                value,
                power,
                floor: power + current.floor,
            };
            if let Some(outer) = trial.top() {
                if value >= ten_to(outer.floor).ok_or(Overflow)? {
                    return Ok(None);
                }
            }
        }
        Ok(trial.push(current).then_some((i, trial)))
    }
}

/// The most scale words one term takes (`nghìn tỷ tỷ`).
const MAX_SCALES: usize = 8;

/// A scaled part of an amount: `bảy triệu` in `bảy triệu tám trăm nghìn`.
#[derive(Debug, Clone, Copy, Default)]
struct Part {
    value: Decimal,
    /// The power of its last scale word: a later scale multiplies it if larger.
    power: u32,
    /// The power of the lowest place it fills: what follows must be below it (`bốn nghìn
    /// tỷ` fills from 10^12, `bốn nghìn sáu trăm mười hai tỷ` from 10^9).
    floor: u32,
}

/// The parts read so far, on the stack, each below the floor of the one before.
#[derive(Debug, Clone, Copy, Default)]
struct Parts {
    items: [Part; 12],
    len: usize,
}

impl Parts {
    fn top(&self) -> Option<Part> {
        self.len
            .checked_sub(1)
            .and_then(|i| self.items.get(i))
            .copied()
    }

    fn pop(&mut self) {
        self.len = self.len.saturating_sub(1);
    }

    fn push(&mut self, part: Part) -> bool {
        match self.items.get_mut(self.len) {
            Some(slot) => {
                *slot = part;
                self.len = self.len.saturating_add(1);
                true
            }
            None => false,
        }
    }

    fn total(&self) -> Result<Decimal, Overflow> {
        self.items
            .get(..self.len)
            .unwrap_or_default()
            .iter()
            .try_fold(Decimal::ZERO, |sum, p| sum.checked_add(p.value))
            .ok_or(Overflow)
    }
}

fn too_large(input: &str) -> nom::Err<NomError<&str>> {
    nom::Err::Failure(NomError::new(input, NomErrorKind::TooLarge))
}

/// An amount in digits, words or both, scale words applied; see [`crate::number::amount`].
/// (Read once per position of the text an extractor reads: see [`crate::memo`].)
pub(crate) fn amount(input: &str) -> IResult<&str, Scaled> {
    crate::memo::amount(input, read_amount)
}

fn read_amount(input: &str) -> IResult<&str, Scaled> {
    let tokens = Tokens::lex(input);
    if tokens.overflow() {
        return Err(too_large(input));
    }
    let parser = Parser {
        tokens: &tokens,
        input,
        in_doubt: Cell::new(false),
    };
    match parser.amount() {
        Ok(Some(read)) if tokens.cut_short_at(read.next) => Err(nom::Err::Error(NomError::new(
            input,
            NomErrorKind::TooLarge,
        ))),
        Ok(Some(read)) => {
            let end = tokens.end_of(read.next.checked_sub(1));
            Ok((&input[end..], read.scaled))
        }
        Ok(None) => Err(nom::Err::Error(NomError::new(input, NomErrorKind::Digit))),
        Err(Overflow) => Err(too_large(input)),
    }
}

/// `whole = amount ["chẵn"]`: an amount as a whole text gives it, with the `chẵn` (exactly)
/// invoices write after a whole amount.
pub(crate) fn whole_amount(input: &str) -> IResult<&str, Scaled> {
    let (rest, scaled) = amount(input)?;
    let even = crate::text::space1(rest)
        .ok()
        .and_then(|(r, _)| crate::text::split_word(r))
        .filter(|(w, _)| super::lexer::word_token(w) == Some(Token::Even));
    match even {
        Some((_, after)) if scaled.value.is_integer() => Ok((after, scaled)),
        _ => Ok((rest, scaled)),
    }
}

/// Decimal digits read one at a time, at most as many as a `Decimal` holds.
#[derive(Default)]
struct DigitString {
    mantissa: i128,
    count: u32,
}

impl DigitString {
    fn push(&mut self, digit: u32) -> Option<()> {
        self.mantissa = self
            .mantissa
            .checked_mul(10)?
            .checked_add(i128::from(digit))?;
        self.count = self.count.checked_add(1)?;
        (self.count <= 28).then_some(())
    }
}
