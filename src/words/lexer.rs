//! The lexer: a run of number words (and numerals in digits) as tokens.
//!
//! Each word is folded once (see [`crate::text::Folded`]) and looked up in one table; the
//! grammar above never looks at the text again. Distinct lexemes are distinct tokens even
//! where they share a value (`tư` is not `bốn`, `mốt` is not `một`, `lăm` is not `năm`): which
//! of them stands where is what the grammar decides on.

use crate::number::{numeral, Numeral};
use crate::text::{fold_hash, is_space, is_word_char, split_word, Folded};
use std::cell::Cell;
use std::sync::LazyLock;

/// One number word, or a numeral in digits, or a comma between two groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Token {
    /// `không` … `chín`, with `bẩy` for seven: a digit that may stand anywhere.
    Digit(u8),
    /// `mốt`: one, only after tens (`hai mươi mốt`, `hai mốt`, `nghìn mốt`).
    Mot,
    /// `tư`: four, only after tens, `linh` or a scale (`năm mươi tư`, `nghìn tư`).
    Tu,
    /// `lăm`, `nhăm`: five, only after tens (`mười lăm`, `hai lăm`).
    Lam,
    /// `mười` (and the misspellings `muời`, `mừoi`): ten.
    Ten,
    /// `mươi` (and `mưoi`, `muơi`): times ten, after a digit.
    Tens,
    /// `trăm`: times a hundred.
    Hundred,
    /// `linh`, `lẻ`: no tens (`một trăm linh năm`).
    Odd,
    /// `chục`: ten, or times ten (`hai chục`).
    Dozen,
    /// A scale word and its power of ten: `nghìn`/`ngàn`/`k` 3, `vạn` 4, `triệu`/`tr` 6,
    /// `tỷ`/`tỉ` 9. `abbreviated` for `k`, `tr`.
    Scale { power: u8, abbreviated: bool },
    /// `rưỡi`: and a half.
    Half,
    /// `phẩy`, `chấm`: the decimal point.
    Point,
    /// `âm`: minus.
    Minus,
    /// `chẵn`: exactly (after a whole amount, as invoices write it).
    Even,
    /// A numeral in digits (the index of its [`Numeral`] in the run), with the power of ten
    /// of a suffix glued to it (`500k`, `3tr`, `1,2M`).
    Digits { index: u8, suffix: u8 },
    /// `,` followed by a space, between two groups (`hai trăm tỷ, bảy trăm triệu`).
    Comma,
}

/// The words and what each is, as written; the table is folded once.
const WORDS: &[(&str, Token)] = &[
    ("không", Token::Digit(0)),
    ("một", Token::Digit(1)),
    ("hai", Token::Digit(2)),
    ("ba", Token::Digit(3)),
    ("bốn", Token::Digit(4)),
    ("năm", Token::Digit(5)),
    ("sáu", Token::Digit(6)),
    ("bảy", Token::Digit(7)),
    ("bẩy", Token::Digit(7)),
    ("tám", Token::Digit(8)),
    ("chín", Token::Digit(9)),
    ("mốt", Token::Mot),
    ("tư", Token::Tu),
    ("lăm", Token::Lam),
    ("nhăm", Token::Lam),
    ("mười", Token::Ten),
    ("muời", Token::Ten),
    ("mừoi", Token::Ten),
    ("mươi", Token::Tens),
    ("mưoi", Token::Tens),
    ("muơi", Token::Tens),
    ("trăm", Token::Hundred),
    ("linh", Token::Odd),
    ("lẻ", Token::Odd),
    ("chục", Token::Dozen),
    ("nghìn", SCALE_3),
    ("ngàn", SCALE_3),
    ("ngìn", SCALE_3),
    (
        "k",
        Token::Scale {
            power: 3,
            abbreviated: true,
        },
    ),
    (
        "vạn",
        Token::Scale {
            power: 4,
            abbreviated: false,
        },
    ),
    ("triệu", SCALE_6),
    (
        "tr",
        Token::Scale {
            power: 6,
            abbreviated: true,
        },
    ),
    ("tỷ", SCALE_9),
    ("tỉ", SCALE_9),
    ("rưỡi", Token::Half),
    ("rưởi", Token::Half),
    ("phẩy", Token::Point),
    ("chấm", Token::Point),
    ("âm", Token::Minus),
    ("chẵn", Token::Even),
];

const SCALE_3: Token = Token::Scale {
    power: 3,
    abbreviated: false,
};
const SCALE_6: Token = Token::Scale {
    power: 6,
    abbreviated: false,
};
const SCALE_9: Token = Token::Scale {
    power: 9,
    abbreviated: false,
};

/// [`WORDS`] by the hash of their folded form ([`fold_hash`]), sorted for a search by halves.
static TABLE: LazyLock<Vec<(u64, &str, Token)>> = LazyLock::new(|| {
    let mut table: Vec<(u64, &str, Token)> =
        WORDS.iter().map(|&(w, t)| (fold_hash(w), w, t)).collect();
    table.sort_by_key(|&(h, _, _)| h);
    table
});

/// [`WORDS`] as written (lower case, NFC), by length in bytes: most text writes its number
/// words so, and a word found here needs no folding.
static EXACT: LazyLock<Vec<Vec<(&str, Token)>>> = LazyLock::new(|| {
    let mut by_len: Vec<Vec<(&str, Token)>> = Vec::new();
    for &(w, t) in WORDS {
        if by_len.len() <= w.len() {
            by_len.resize(w.len() + 1, Vec::new());
        }
        if let Some(bucket) = by_len.get_mut(w.len()) {
            bucket.push((w, t));
        }
    }
    by_len
});

/// The token a single word is, if it is a number word (any case, NFC or NFD).
pub(crate) fn word_token(word: &str) -> Option<Token> {
    let exact = |word: &str| {
        EXACT
            .get(word.len())
            // The first byte before the call to compare the rest: most words of a length
            // differ from each number word of that length there.
            .and_then(|bucket| {
                bucket
                    .iter()
                    .find(|(w, _)| w.as_bytes().first() == word.as_bytes().first() && *w == word)
            })
            .map(|&(_, t)| t)
    };
    if let Some(t) = exact(word) {
        return Some(t);
    }
    // A capital first letter (`Một`, `Hai`), as a sentence or an invoice starts.
    let mut chars = word.chars();
    if let Some(first) = chars.next().filter(|c| c.is_uppercase()) {
        let rest = chars.as_str();
        let mut buf = [0u8; 16];
        let mut lower = first.to_lowercase();
        if let (Some(l), None) = (lower.next(), lower.next()) {
            let head = l.encode_utf8(&mut buf).len();
            // `head` is at most 4 bytes: the sum never saturates, and a word it takes past the
            // buffer is no number word.
            let len = head.saturating_add(rest.len());
            if let Some(tail) = buf.get_mut(head..len) {
                tail.copy_from_slice(rest.as_bytes());
                let t = buf
                    .get(..len)
                    .and_then(|lowered| std::str::from_utf8(lowered).ok())
                    .and_then(exact);
                if t.is_some() {
                    return t;
                }
            }
        }
    }
    // Any other form: the fold's hash, in one pass with no buffer (most words that reach
    // here are no number word); a hit is confirmed on the folded word.
    let hash = fold_hash(word);
    let i = TABLE.binary_search_by_key(&hash, |&(h, _, _)| h).ok()?;
    let &(_, key, token) = TABLE.get(i)?;
    Folded::new(word).matches(key).then_some(token)
}

/// Whether `word` is a number word or a scale word written out (`hai`, `mươi`, `trăm`,
/// `nghìn`, `vạn`), as the readers of nouns need to know: abbreviations (`k`, `tr`) and the
/// words around a number (`phẩy`, `âm`, `chẵn`) are not.
pub(crate) fn is_number_word(word: &str) -> bool {
    matches!(
        word_token(word),
        Some(
            Token::Digit(_)
                | Token::Mot
                | Token::Tu
                | Token::Lam
                | Token::Ten
                | Token::Tens
                | Token::Hundred
                | Token::Odd
                | Token::Dozen
                | Token::Half
                | Token::Scale {
                    abbreviated: false,
                    ..
                }
        )
    )
}

/// Whether `word` is a digit word from one to nine (`một` … `chín`; not `không`, nor the
/// forms that stand only after tens, `mốt`, `tư`, `lăm`).
pub(crate) fn is_digit_word(word: &str) -> bool {
    matches!(word_token(word), Some(Token::Digit(1..=9)))
}

/// The scale that ends `read`, the text of an amount (`5 - 10 triệu`, `200k`): whether it is
/// written short (`k`, `tr`), or `None` where its last word is no scale.
pub(crate) fn ending_scale(read: &str) -> Option<Abbreviated> {
    let last = read
        .rsplit(|c: char| !crate::text::is_word_char(c))
        .next()
        .unwrap_or_default();
    match word_token(last) {
        Some(Token::Scale { abbreviated, .. }) => Some(Abbreviated(abbreviated)),
        _ => None,
    }
}

/// Whether a scale is written short (`k`, `tr`) rather than spelled out (`nghìn`, `triệu`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Abbreviated(pub bool);

/// Whether `word` is a scale word written out (`nghìn`, `vạn`, `triệu`, `tỷ`), not its short
/// form (`k`, `tr`).
pub(crate) fn is_scale_word(word: &str) -> bool {
    matches!(
        word_token(word),
        Some(Token::Scale {
            abbreviated: false,
            ..
        })
    )
}

/// Whether `word` goes on with a number before it rather than naming something: a scale
/// (`nghìn`, `tr`), `trăm`, `mươi`, `chục`, `linh`, `rưỡi`, `phẩy`, `mốt`, `lăm`. A noun
/// written after an amount never starts with one: `5.100 nghìn …` reads as 5 100 000.
pub(crate) fn continues_a_number(word: &str) -> bool {
    matches!(
        word_token(word),
        Some(
            Token::Scale { .. }
                | Token::Hundred
                | Token::Tens
                | Token::Dozen
                | Token::Odd
                | Token::Half
                | Token::Point
                | Token::Mot
                | Token::Lam
        )
    )
}

/// Suffixes glued to digits, as on price tags and in software: `500k`, `3tr`, `1,2M`.
const SUFFIXES: &[(&str, u8)] = &[("tr", 6), ("k", 3), ("K", 3), ("M", 6), ("G", 9)];

/// Whether one digit glued to `G` (`4G`, `5G`) names a generation of mobile networks, as it
/// does in Vietnamese text (`mạng 5G`, `sóng 4G`), rather than a number of billions (`1,5G`
/// and `10G` stay billions).
fn names_a_generation(digits: usize, power: u8) -> bool {
    digits == 1 && power == 9
}

/// A suffix glued to the digits before it: its power of ten, and the rest.
fn glued_suffix(input: &str) -> Option<(u8, &str)> {
    let (written, after) = split_word(input)?;
    // `120kđ`, `2trđ`: the sign of the đồng glued after the suffix, left for the currency.
    let signed = written
        .strip_suffix('đ')
        .filter(|s| matches!(*s, "k" | "K" | "tr"));
    let (word, rest) = match signed {
        Some(suffix) => (suffix, input.get(suffix.len()..)?),
        None => (written, after),
    };
    // `25M²` is 25 square metres in capitals, not 25 million; but `2tr5`, `3k5` are the
    // spoken short form written short (2.5 million, 3 500), the digit read as the next token.
    if signed.is_none() && rest.starts_with(char::is_alphanumeric) && !short_form_glued(word, rest)
    {
        return None;
    }
    SUFFIXES
        .iter()
        .find(|(s, _)| *s == word)
        .map(|&(_, power)| (power, rest))
}

/// Whether `rest`, glued after the suffix `word`, is one to three digits and nothing more of
/// a word: the short form of the group below `tr` or `k` (`2tr5`, `8tr45`, `8tr5/tháng`,
/// `3k5`). Chat writes it in lower case: a capital between digits (`5K3`, `6K2`, `2K7`) is a
/// code, the series of a lottery ticket or a player's name.
fn short_form_glued(word: &str, rest: &str) -> bool {
    matches!(word, "tr" | "k") && short_digits_alone(rest)
}

/// Whether `rest` starts with one to three digits, the first not zero, that end a word (`5`
/// in `5/tháng`, `45`; not `5a`, `0`, `2024`).
fn short_digits_alone(rest: &str) -> bool {
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    // (The sign of the đồng may close it: `2tr8đ`.)
    let after = rest.get(digits..).unwrap_or_default();
    let after = after.strip_prefix('đ').unwrap_or(after);
    let ends_a_word = !after
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() || is_word_char(c));
    (1..=3).contains(&digits) && !rest.starts_with('0') && ends_a_word
}

/// The most tokens one number is read from: more than any number a `Decimal` holds needs,
/// and a bound on the work done at one position of a long run of number words.
pub(crate) const MAX_TOKENS: usize = 64;
/// The most numerals in digits one number is read from (`1 tỷ 200 triệu` has two).
const MAX_NUMERALS: usize = 6;

/// A token and where it stands in the input (byte offsets).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Lexeme {
    pub token: Token,
    /// Where it ends.
    pub end: u32,
}

/// A byte offset as a lexeme keeps it: a run of number words starts a candidate and never
/// reaches 4 GiB, but a longer input must not wrap.
fn offset(at: usize) -> u32 {
    u32::try_from(at).unwrap_or(u32::MAX)
}

/// The tokens of one run of number words, from the start of an input, on the stack.
///
/// Lexed lazily: a token is read when the grammar first asks for it, so that a reading which
/// stops after two words of a long run (`một một một …`) does not lex the other sixty. The
/// tokens are those an eager pass would give (see [`Tokens::lex`]).
pub(crate) struct Tokens<'a> {
    input: &'a str,
    items: [Cell<Lexeme>; MAX_TOKENS],
    len: Cell<usize>,
    numerals: [Cell<Option<Numeral>>; MAX_NUMERALS],
    /// Where the next token is looked for.
    at: Cell<usize>,
    /// How many numerals were lexed.
    numeral_count: Cell<usize>,
    /// Where a comma read after the last token ends: it is a token only if one follows it (a
    /// run never ends on a comma).
    comma: Cell<Option<u32>>,
    /// The run has ended.
    done: Cell<bool>,
    /// The first numeral is too large for a `Decimal`.
    overflow: bool,
    /// The run goes on past [`MAX_TOKENS`] tokens or `MAX_NUMERALS` numerals: no value may
    /// be read that reaches the last token.
    truncated: Cell<bool>,
}

impl<'a> Tokens<'a> {
    /// The run of number words at the start of `input`: number words, numerals and the spaces
    /// (or comma and space) between them. Only the first token is lexed here.
    pub fn lex(input: &'a str) -> Self {
        let mut tokens = Tokens {
            input,
            items: std::array::from_fn(|_| {
                Cell::new(Lexeme {
                    token: Token::Comma,
                    end: 0,
                })
            }),
            len: Cell::new(0),
            numerals: std::array::from_fn(|_| Cell::new(None)),
            at: Cell::new(0),
            numeral_count: Cell::new(0),
            comma: Cell::new(None),
            done: Cell::new(false),
            overflow: false,
            truncated: Cell::new(false),
        };
        tokens.overflow = !tokens.step();
        tokens
    }

    /// Whether the first numeral is too large for a `Decimal`.
    pub fn overflow(&self) -> bool {
        self.overflow
    }

    /// Lexes one more token (with the comma before it, if any); `false` where a numeral too
    /// large to hold ended the run before any token.
    fn step(&self) -> bool {
        if self.done.get() {
            return true;
        }
        // `at` is where a token ended, or a space or a comma did: a character boundary.
        let rest = self.input.get(self.at.get()..).unwrap_or_default();
        let pending = self.comma.get().is_some();
        let end_run = |truncated: bool| {
            self.truncated.set(truncated);
            self.comma.set(None);
            self.done.set(true);
        };
        // `len` is at most `MAX_TOKENS`: the sum never saturates.
        if self.len.get().saturating_add(usize::from(pending)) >= MAX_TOKENS {
            end_run(true);
            return true;
        }
        let numerals = self.numeral_count.get();
        let (token, after) = match one_token(rest, numerals) {
            Ok(Some((Token::Digits { index, suffix }, after, numeral))) => {
                if let Some(slot) = self.numerals.get(usize::from(index)) {
                    slot.set(numeral);
                }
                // Less than `MAX_NUMERALS`, or `one_token` would have read none.
                self.numeral_count.set(numerals.saturating_add(1));
                (Token::Digits { index, suffix }, after)
            }
            Ok(Some((token, after, _))) => (token, after),
            Ok(None) => {
                // More numerals than a run keeps: a reading must not end there.
                end_run(numerals >= MAX_NUMERALS && rest.starts_with(|c: char| c.is_ascii_digit()));
                return true;
            }
            Err(()) => {
                let first = self.len.get() == 0 && !pending;
                end_run(false);
                return !first;
            }
        };
        if let Some(end) = self.comma.take() {
            self.push(Token::Comma, end);
        }
        let end = self.position_of(after);
        self.push(token, offset(end));
        // The next token: after spaces, or after `,` and spaces (a comma token).
        let next = skip_spaces(after);
        if next.len() < after.len() {
            self.at.set(self.position_of(next));
            return true;
        }
        // `500triệu`, `2tỷ`: a scale word glued to digits.
        let glued_scale = matches!(token, Token::Digits { .. })
            && split_word(after)
                .and_then(|(w, _)| word_token(w))
                .is_some_and(|t| matches!(t, Token::Scale { .. }));
        // `2tr5`, `1tỷ2`: the digit of a short form glued to its scale (see `glued_suffix`);
        // not after a capital `K`, which between digits is a code's letter (`5K3`).
        let capital_k = rest
            .get(..rest.len().saturating_sub(after.len()))
            .is_some_and(|written| written == "K");
        let glued_short_form = matches!(
            token,
            Token::Digits { suffix: 1.., .. } | Token::Scale { .. }
        ) && !capital_k
            && short_digits_alone(after);
        if glued_scale || glued_short_form {
            self.at.set(end);
            return true;
        }
        let Some(after_comma) = after.strip_prefix(',') else {
            end_run(false);
            return true;
        };
        let next = skip_spaces(after_comma);
        if next.len() == after_comma.len() {
            end_run(false);
            return true;
        }
        if self.len.get() >= MAX_TOKENS {
            end_run(true);
            return true;
        }
        self.comma.set(Some(offset(self.position_of(after_comma))));
        self.at.set(self.position_of(next));
        true
    }

    /// Where `tail`, a tail of the input, starts in it.
    fn position_of(&self, tail: &str) -> usize {
        self.input.len().saturating_sub(tail.len())
    }

    fn push(&self, token: Token, end: u32) {
        if let Some(slot) = self.items.get(self.len.get()) {
            slot.set(Lexeme { token, end });
        }
        // `step` pushes at most `MAX_TOKENS`: the sum never saturates.
        self.len.set(self.len.get().saturating_add(1));
    }

    /// Lexes until the token at `i` is read or the run ends.
    fn reach(&self, i: usize) {
        while self.len.get() <= i && !self.done.get() {
            self.step();
        }
    }

    /// Whether a reading that ends before token `next` reaches the end of a run cut short
    /// (see `truncated`): such a reading may be part of a longer number.
    pub fn cut_short_at(&self, next: usize) -> bool {
        self.reach(next);
        self.truncated.get() && next >= self.len.get()
    }

    /// How many tokens the run has (all are lexed).
    #[cfg(test)]
    pub fn count(&self) -> usize {
        self.reach(MAX_TOKENS);
        self.len.get()
    }

    /// Whether the run goes on past what is kept (all is lexed).
    #[cfg(test)]
    pub fn truncated(&self) -> bool {
        self.reach(MAX_TOKENS);
        self.truncated.get()
    }

    /// The token at `i`, if there is one.
    pub fn token(&self, i: usize) -> Option<Token> {
        self.lexeme(i).map(|l| l.token)
    }

    /// The lexeme at `i`, if there is one.
    pub fn lexeme(&self, i: usize) -> Option<Lexeme> {
        self.reach(i);
        (i < self.len.get())
            .then(|| self.items.get(i).map(Cell::get))
            .flatten()
    }

    /// The numeral of a [`Token::Digits`].
    pub fn numeral(&self, index: u8) -> Option<Numeral> {
        self.numerals.get(usize::from(index)).and_then(Cell::get)
    }

    /// The byte offset where the token `i` ends (0 before the first).
    pub fn end_of(&self, i: Option<usize>) -> usize {
        i.and_then(|i| self.lexeme(i)).map_or(0, |l| l.end as usize)
    }
}

/// `input` after the spaces at its start (on one line), as [`crate::text::space0`] skips them.
fn skip_spaces(input: &str) -> &str {
    let bytes = input.as_bytes();
    // `end` only moves over whole characters of `input`: it never saturates.
    let mut end = 0;
    while let Some(&b) = bytes.get(end) {
        if b == b' ' || b == b'\t' {
            end = end.saturating_add(1);
            continue;
        }
        if b.is_ascii() {
            break;
        }
        match input.get(end..).and_then(|r| r.chars().next()) {
            Some(c) if is_space(c) => end = end.saturating_add(c.len_utf8()),
            _ => break,
        }
    }
    input.get(end..).unwrap_or_default()
}

/// The token at the start of `input` and the rest after it (with the numeral of a digits
/// token); `Err` for a numeral too large to hold.
#[allow(clippy::type_complexity)]
fn one_token(input: &str, numerals: usize) -> Result<Option<(Token, &str, Option<Numeral>)>, ()> {
    if input.starts_with(|c: char| c.is_ascii_digit()) {
        if numerals >= MAX_NUMERALS {
            return Ok(None);
        }
        return match numeral(input) {
            Ok((rest, n)) => {
                // `rest` is a tail of `input`.
                let digits = input.len().saturating_sub(rest.len());
                let (suffix, rest) = glued_suffix(rest)
                    .filter(|&(power, _)| !names_a_generation(digits, power))
                    .unwrap_or((0, rest));
                let index = u8::try_from(numerals).unwrap_or(u8::MAX);
                Ok(Some((Token::Digits { index, suffix }, rest, Some(n))))
            }
            Err(nom::Err::Failure(_)) => Err(()),
            Err(_) => Ok(None),
        };
    }
    let Some((word, rest)) = split_word(input) else {
        return Ok(None);
    };
    let token = word_token(word);
    if let Some(Token::Scale {
        power,
        abbreviated: false,
    }) = token
    {
        if opens_a_compound(power, rest) {
            return Ok(None);
        }
    }
    Ok(token.map(|t| (t, rest, None)))
}

/// Words a scale word makes another word with, written after it, by the scale's power of ten:
/// `triệu tập` (to convene), `triệu phú` (a millionaire), `tỷ lệ` (a rate), `tỷ giá` (an
/// exchange rate), `vạn vật` (all things), `vạn chài` (a fishing community). There the scale
/// is no number's (`Anh Ba triệu tập cuộc họp`, `so sánh hai tỷ lệ`, `12 vạn chài`).
const SCALE_COMPOUNDS: &[(u8, &[&str])] = &[
    (6, &["tập", "phú", "chứng", "hồi"]),
    (9, &["phú", "lệ", "số", "giá", "trọng"]),
    (4, &["vật", "sự", "tuế", "năng", "nhất", "chài", "đò"]),
];

/// Whether `text` opens with a scale word that makes a word of [`SCALE_COMPOUNDS`] with the
/// word after it (`tỷ phú`, `triệu chứng`): no number reads that scale.
pub(crate) fn scale_opens_a_word(text: &str) -> bool {
    split_word(text).is_some_and(|(word, rest)| {
        matches!(word_token(word), Some(Token::Scale { power, abbreviated: false }) if opens_a_compound(power, rest))
    })
}

/// Whether the scale of `power`, with `rest` after it, opens a word of [`SCALE_COMPOUNDS`].
fn opens_a_compound(power: u8, rest: &str) -> bool {
    let Some(after) = SCALE_COMPOUNDS
        .iter()
        .find_map(|&(p, after)| (p == power).then_some(after))
    else {
        return false;
    };
    // (The word after is folded only after a scale that makes such words.)
    rest.strip_prefix(' ')
        .and_then(split_word)
        .is_some_and(|(next, after_next)| {
            let folded = Folded::new(next);
            after.iter().any(|a| folded.matches(a)) && !opens_a_word_of_its_own(next, after_next)
        })
}

/// Whether `word` (after a scale) makes a word of its own with the word after it, so that the
/// scale stands: `chứng từ` (vouchers), `chứng chỉ` (certificates), `chứng khoán` (securities)
/// in `2 triệu chứng từ`, where `triệu chứng` alone is a symptom.
fn opens_a_word_of_its_own(word: &str, rest: &str) -> bool {
    const WORDS: &[(&str, &[&str])] = &[("chứng", &["từ", "chỉ", "khoán", "nhận", "minh"])];
    let Some((_, nexts)) = WORDS.iter().find(|(w, _)| crate::text::same_word(word, w)) else {
        return false;
    };
    rest.strip_prefix(' ')
        .and_then(split_word)
        .is_some_and(|(next, _)| nexts.iter().any(|n| crate::text::same_word(next, n)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(input: &str) -> Vec<Token> {
        let t = Tokens::lex(input);
        (0..t.count()).filter_map(|i| t.token(i)).collect()
    }

    #[test]
    fn distinct_lexemes_are_distinct_tokens() {
        assert_eq!(
            kinds("bốn tư mốt một lăm năm nhăm"),
            [
                Token::Digit(4),
                Token::Tu,
                Token::Mot,
                Token::Digit(1),
                Token::Lam,
                Token::Digit(5),
                Token::Lam
            ]
        );
    }

    #[test]
    fn a_run_longer_than_kept_is_marked() {
        assert!(Tokens::lex(&"một ".repeat(MAX_TOKENS + 1)).truncated());
        assert!(!Tokens::lex(&"một ".repeat(MAX_TOKENS - 1)).truncated());
        assert!(Tokens::lex("1 tỷ 2 tỷ 3 tỷ 4 tỷ 5 tỷ 6 tỷ 7 tỷ").truncated());
    }

    #[test]
    fn every_word_has_its_own_hash() {
        let mut hashes: Vec<u64> = WORDS.iter().map(|&(w, _)| fold_hash(w)).collect();
        hashes.sort_unstable();
        hashes.dedup();
        assert_eq!(hashes.len(), WORDS.len());
    }

    #[test]
    fn any_case_and_form_folds_to_one_token() {
        for w in ["Mười", "MƯỜI", "mu\u{31b}\u{300}o\u{31b}i", "muời"] {
            assert_eq!(word_token(w), Some(Token::Ten), "{w}");
        }
        assert_eq!(word_token("TỶ"), Some(SCALE_9));
        assert_eq!(word_token("nam"), None);
    }

    #[test]
    fn a_run_stops_at_the_first_other_word_and_never_ends_on_a_comma() {
        assert_eq!(kinds("hai trăm, người"), [Token::Digit(2), Token::Hundred]);
        assert_eq!(kinds("hai tỷ, ba triệu").len(), 5);
        assert_eq!(kinds("hai\ntrăm"), [Token::Digit(2)]);
        assert_eq!(kinds("năm 2024").len(), 2);
    }
}
