//! Official document numbers: `01/GP-STTTT`, `20/2021/NĐ-CP`, `123/QĐ-UBND`, `86/2015/QH13`.
//!
//! # Grammar
//!
//! ```text
//! docnum = digits [" "] "/" [year "/"] symbol         one to seven digits (`0012345/BB-VPHC`)
//! symbol = capital { letter | digit | "-" | "&" }     at least two capitals, as `QĐ-UBND`
//!        | kind "-" issuer                           in any case, after a year or of a known
//!                                                    kind: `05/2023/tt-bxd`, `567/qđ-ubnd`
//! ```
//!
//! The number is kept as written, upper-cased and without spaces (`192 /2003/QĐ-BBCVT` is
//! `192/2003/QĐ-BBCVT`), symbols kept even when irregular (`QĐTTg` is `QĐTTG`). A document
//! number is never a date or a ratio: `20/2021/NĐ-CP` has no day 20 of month 2021.

use crate::error::{after, here, parse_all, Error, Expect, Stop};
use nom::error::{Error as NomError, ErrorKind as NomErrorKind};
use nom::IResult;
use std::fmt;
use std::str::FromStr;

/// The number and symbol of an official document.
///
/// ```
/// use vnparse::DocNumber;
/// let d: DocNumber = "192 /2003/QĐ-BBCVT".parse().unwrap();
/// assert_eq!(d.to_string(), "192/2003/QĐ-BBCVT");
/// assert_eq!(d.year(), Some(2003));
/// assert_eq!(d.symbol(), "QĐ-BBCVT");
/// assert!("20/10/2023".parse::<DocNumber>().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DocNumber {
    number: String,
    year: Option<u16>,
    symbol: String,
    /// Written `60-NQ/TW`: the number joined to the symbol by a dash.
    dash: bool,
}

impl DocNumber {
    /// The serial number as written (`01`), leading zeros kept.
    ///
    /// ```
    /// use vnparse::DocNumber;
    /// assert_eq!("01/GP-STTTT".parse::<DocNumber>()?.number(), "01");
    /// assert_eq!("60-NQ/TW".parse::<DocNumber>()?.number(), "60");
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn number(&self) -> &str {
        &self.number
    }

    /// The year of issue, when written (`2021` in `20/2021/NĐ-CP`).
    ///
    /// ```
    /// use vnparse::DocNumber;
    /// assert_eq!("20/2021/NĐ-CP".parse::<DocNumber>()?.year(), Some(2021));
    /// assert_eq!("123/QĐ-UBND".parse::<DocNumber>()?.year(), None);
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn year(&self) -> Option<u16> {
        self.year
    }

    /// The symbol, upper case: `NĐ-CP`, `QĐ-UBND`.
    ///
    /// ```
    /// use vnparse::DocNumber;
    /// let d: DocNumber = "123/QĐ-UBND".parse()?;
    /// assert_eq!(d.symbol(), "QĐ-UBND");
    /// assert_eq!("60-NQ/TW".parse::<DocNumber>()?.symbol(), "NQ/TW");
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn symbol(&self) -> &str {
        &self.symbol
    }
}

impl fmt::Display for DocNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.number)?;
        if self.dash {
            return write!(f, "-{}", self.symbol);
        }
        if let Some(year) = self.year {
            write!(f, "/{year:04}")?;
        }
        write!(f, "/{}", self.symbol)
    }
}

impl FromStr for DocNumber {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        parse_all(s, EXPECTED, docnum)
    }
}

/// What the reader expects, for the errors of `parse` and of [`crate::parse`].
pub(crate) const EXPECTED: Expect = Expect {
    what: "a document number such as `20/2021/NĐ-CP`",
    at: expected,
};

/// The most digits a document's serial number has: records are numbered to seven with their
/// zeros (`0012345/BB-VPHC`).
const MAX_DIGITS: usize = 7;

/// What a document number expects where its reading stopped: after its number a `/`, after a
/// `/` its year or symbol, after its year the `/` before the symbol.
fn expected(text: &str, stop: usize) -> Option<Stop> {
    const SYMBOL: &str = "the symbol of the document, such as `NĐ-CP`";
    const SLASH: &str = "`/` and a year or symbol, as in `20/2021/NĐ-CP`";
    let read = text.get(..stop).unwrap_or_default().trim_end();
    let rest = text.get(stop..).unwrap_or_default();
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let ends_digits = rest.get(digits..).is_some_and(|r| r.trim().is_empty());
    match (read.ends_with('/'), digits) {
        (true, 4) if ends_digits => after(rest.len(), "`/` and the symbol, as in `20/2021/NĐ-CP`"),
        (true, 0) if read.matches('/').count() > 1 => here(SYMBOL),
        (true, _) => here("a year or a symbol, as in `20/2021/NĐ-CP` or `60-NQ/TW`"),
        (false, 1..=MAX_DIGITS) if read.is_empty() && ends_digits => after(rest.len(), SLASH),
        (false, 0) if rest.is_empty() && read.bytes().all(|b| b.is_ascii_digit()) => here(SLASH),
        _ => None,
    }
}

fn fail<T>(input: &str) -> IResult<&str, T> {
    Err(nom::Err::Error(NomError::new(input, NomErrorKind::Verify)))
}

/// A document number, as the module docs give it.
///
/// The crate's own reader; [`crate::parse::docnum`] is the public one, generic over the
/// error type.
pub(crate) fn docnum(input: &str) -> IResult<&str, DocNumber> {
    let digits = input.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > MAX_DIGITS {
        return fail(input);
    }
    let number = &input[..digits];
    if let Some(found) = party_docnum(number, &input[digits..]) {
        return Ok(found);
    }
    let mut rest = input[digits..].trim_start_matches(crate::text::is_space);
    rest = match rest.strip_prefix('/') {
        Some(r) => r.trim_start_matches(crate::text::is_space),
        None => return fail(rest),
    };
    let year_digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let mut year = None;
    if year_digits == 4 {
        if let Some(after) = rest[4..].strip_prefix('/') {
            year = rest[..4].parse().ok();
            rest = after;
        }
    }
    let symbol_len = rest
        .char_indices()
        .find(|&(_, c)| !(c.is_alphanumeric() || matches!(c, '-' | '&') || is_mark(c)))
        .map_or(rest.len(), |(i, _)| i);
    let symbol = rest[..symbol_len].trim_end_matches('-');
    // `02/2024/TT- BLĐTBXH`: a space after the dash (a line broken in a scan or a form) still
    // joins the issuer in capitals to its kind.
    let issuer_after_a_space = rest[..symbol_len]
        .ends_with('-')
        .then(|| rest[symbol_len..].trim_start_matches(crate::text::is_space))
        .filter(|after| after.len() < rest.len().saturating_sub(symbol_len))
        .and_then(|after| {
            let len = after
                .char_indices()
                .find(|&(_, c)| !(c.is_uppercase() || c.is_ascii_digit() || is_mark(c)))
                .map_or(after.len(), |(i, _)| i);
            let issuer = after.get(..len)?;
            (count_capitals(issuer) >= 2).then(|| (issuer, after.get(len..).unwrap_or_default()))
        });
    let capitals = count_capitals(symbol);
    if let Some((issuer, after_issuer)) = issuer_after_a_space.filter(|_| capitals >= 2) {
        return Ok((
            after_issuer,
            DocNumber {
                number: number.to_string(),
                year,
                symbol: canonical_symbol(&format!("{symbol}-{issuer}")),
                dash: false,
            },
        ));
    }
    let starts_with_capital = symbol.chars().next().is_some_and(char::is_uppercase);
    // (`1234/ubnd`: one part, an issuer the table knows.)
    let issuer_alone = || {
        DOCUMENT_ISSUERS
            .iter()
            .any(|i| crate::text::same_word(symbol, i))
    };
    // (`110/2025/ubtvqh15`: one part after a year, an issuer the table knows.)
    let lower_case = kind_and_issuer(symbol) && (year.is_some() || of_a_known_kind(symbol))
        || issuer_alone()
        || year.is_some() && of_a_known_kind(symbol);
    if !(starts_with_capital && capitals >= 2 || lower_case) {
        return fail(rest);
    }
    let rest = &rest[symbol.len()..];
    Ok((
        rest,
        DocNumber {
            number: number.to_string(),
            year,
            symbol: canonical_symbol(symbol),
            dash: false,
        },
    ))
}

/// How many capitals `text` has.
fn count_capitals(text: &str) -> usize {
    text.chars().filter(|c| c.is_uppercase()).count()
}

/// A document's symbol as the value writes it: in capitals, upper-cased first, so that `ð`
/// becomes the look-alike `Ð`, which is `Đ`.
fn canonical_symbol(symbol: &str) -> String {
    symbol.to_uppercase().replace('Ð', "Đ")
}

/// Whether a symbol is a kind and an issuer joined by a dash, each of two letters or more in
/// any case, the issuer with the number of its term or not (`tt-bxd`, `nđ-cp`,
/// `nq-ubtvqh15`): after a number and a year, in text typed in lower case, that is a
/// document's symbol as surely as one in capitals (`05/2023/tt-bxd`).
fn kind_and_issuer(symbol: &str) -> bool {
    let mut parts = symbol.split('-');
    let letters = |p: &str| {
        p.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && p.chars().all(|c| c.is_alphabetic() || is_mark(c))
    };
    // (An issuer numbered by its term keeps the number: `nq-ubtvqh15`.)
    let numbered = |p: &str| letters(p.trim_end_matches(|c: char| c.is_ascii_digit()));
    matches!((parts.next(), parts.next(), parts.next()), (Some(kind), Some(issuer), None) if letters(kind) && numbered(issuer))
}

/// The kinds of documents whose symbol opens with them (`QĐ` a decision, `NĐ` a decree, `TT`
/// a circular, `NQ` a resolution, `CT` a directive, `CV` a dispatch, `TB` a notice, `KH` a
/// plan, `BC` a report, `TTr` a submission, `HĐ` a contract, `GP` a licence, `TTLT` a joint
/// circular, `CĐ` an official telegram).
const DOCUMENT_KINDS: &[&str] = &[
    "qđ", "nđ", "tt", "nq", "ct", "cv", "tb", "kh", "bc", "ttr", "hđ", "gp", "ttlt", "cđ",
];

/// Issuers whose name may open a symbol, before the department that drafted it (`UBND-VX`, the
/// people's committee's office of culture and society): the people's and the government's
/// offices, ministries (`BTC`, `BYT`) and provincial departments (`STC`, `SYT`).
const DOCUMENT_ISSUERS: &[&str] = &[
    "ubnd", "hđnd", "vpcp", "ttg", "btc", "byt", "bca", "bnv", "bqp", "bgdđt", "bxd", "bct", "btp",
    "bgtvt", "btnmt", "bkhđt", "bnnptnt", "nhnn", "stc", "syt", "snn", "snv", "sxd", "sct",
    "sgdđt", "stnmt", "skhđt", "sgtvt", "stttt", "svhttdl", "sldtbxh", "stp", "evn", "bhxh", "tct",
    "kbnn", "ubtvqh",
];

/// Whether `symbol` opens with a kind of document or an issuer: a lower-case symbol of a known
/// kind (`567/qđ-ubnd`) or issuer (`1234/ubnd-vx`) is a document's even with no year.
fn of_a_known_kind(symbol: &str) -> bool {
    // (An issuer numbered by its term: `ubtvqh15`, the Standing Committee of the 15th
    // National Assembly.)
    let head = symbol.split('-').next().unwrap_or_default();
    let kind = head.trim_end_matches(|c: char| c.is_ascii_digit());
    let term = kind.len() < head.len();
    DOCUMENT_KINDS
        .iter()
        .chain(DOCUMENT_ISSUERS)
        .any(|k| crate::text::same_word(kind, k))
        || term && crate::text::same_word(kind, NATIONAL_ASSEMBLY)
}

/// The National Assembly signs its laws and resolutions with the number of its term
/// (`30/2021/QH15`, the 15th), so `qh` and a term is a document's symbol in any case after a
/// year (`30/2021/qh15`), as its Standing Committee's `ubtvqh15` is; with no term `qh` is no
/// issuer's code (`quan hệ`, a relation, is written `qh` too).
const NATIONAL_ASSEMBLY: &str = "qh";

/// `60-NQ/TW`, `05-CT/TW`: the Party's documents, the kind before the issuer; the whole form
/// is kept as the symbol.
fn party_docnum<'a>(number: &str, rest: &'a str) -> Option<(&'a str, DocNumber)> {
    let after_dash = rest.strip_prefix('-')?;
    // Combining marks too: a decomposed capital (`A` U+0323) goes on as the composed `Ạ`.
    let kind_len = after_dash
        .chars()
        .take_while(|&c| c.is_uppercase() || is_mark(c))
        .map(char::len_utf8)
        .sum::<usize>();
    let issuer_start = after_dash.get(kind_len..)?.strip_prefix('/')?;
    let issuer_len = issuer_start
        .chars()
        .take_while(|&c| c.is_uppercase() || c.is_ascii_digit() || c == '-' || is_mark(c))
        .map(char::len_utf8)
        .sum::<usize>();
    let issuer = issuer_start.get(..issuer_len)?.trim_end_matches('-');
    if kind_len < 2 || issuer.chars().filter(|c| c.is_uppercase()).count() < 2 {
        return None;
    }
    let rest = &issuer_start[issuer.len()..];
    if rest.starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let symbol = format!("{}/{issuer}", &after_dash[..kind_len]);
    Some((
        rest,
        DocNumber {
            number: number.to_string(),
            year: None,
            symbol,
            dash: true,
        },
    ))
}

fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036f}')
}
