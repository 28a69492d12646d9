//! Reading Vietnamese words the same however they are written.
//!
//! Vietnamese text arrives precomposed (NFC) or decomposed (NFD), with the tone mark on either
//! vowel (`hoà`/`hòa`), in any case, and sometimes with the look-alike `Ð` (U+00D0) for `Đ`.
//! Rather than normalizing the whole input (which would need an offset map back into the text
//! the caller gave us), every comparison *folds* the two words it compares: each letter becomes
//! its lower-case base with its vowel quality kept (`ă â ê ô ơ ư đ`), and the word's tone mark
//! is moved to the end. `Hoà`, `hòa`, `HÒA` and `ho` + U+0300 + `a` all fold to `hoa` + U+0300.
//! Text with no marks folds with a lower-case pass and nothing else.
//!
//! The module also holds the nom combinators every grammar in the crate is written with:
//! [`keyword`] matches a word or phrase in any of those forms, [`space0`]/[`space1`] skip the
//! spaces that may stand between words on one line.
//!
//! ```
//! use vnparse::nom::Parser;
//! use vnparse::text::{keyword, space1};
//!
//! // `keyword` matches the phrase whatever its case, form or tone-mark placement.
//! let mut cue = (keyword("tháng"), space1);
//! assert_eq!(cue.parse("THÁNG 12").map(|(rest, _)| rest), Ok("12"));
//! ```

use nom::error::{Error as NomError, ErrorKind};
use nom::{IResult, Parser};

/// The tone mark `c` is, if it is one, in its canonical form: the five tone marks of
/// Vietnamese as combining characters (huyền, sắc, ngã, hỏi, nặng), and the deprecated
/// combining grave and acute tone marks (U+0340, U+0341) as the grave and acute accents. (A
/// match, not a search of a list: it is asked of every letter folded.)
fn tone_mark(c: char) -> Option<char> {
    match c {
        '\u{0300}' | '\u{0301}' | '\u{0303}' | '\u{0309}' | '\u{0323}' => Some(c),
        '\u{0340}' => Some('\u{0300}'),
        '\u{0341}' => Some('\u{0301}'),
        _ => None,
    }
}

/// Whether `c` is a space that may stand between two words of one entity.
///
/// Line breaks are not: an entity never spans two lines.
pub(crate) fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
    )
}

/// The last character boundary of `text` at or before `at` (its end, if `at` is past it).
///
/// A bounded look at long text cuts it here: `&text[..floor_char_boundary(text, 160)]`.
pub(crate) fn floor_char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    // A character is at most four bytes: the loop turns at most three times.
    while !text.is_char_boundary(at) {
        at = at.saturating_sub(1);
    }
    at
}

/// The first character boundary of `text` at or after `at` (its end, if `at` is past it).
pub(crate) fn ceil_char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    // A character is at most four bytes: the loop turns at most three times, and stops at
    // the end of `text`, a boundary.
    while !text.is_char_boundary(at) {
        at = at.saturating_add(1);
    }
    at
}

/// The first `max` characters of `text` at most, combining marks not counted (a letter's marks
/// stay with it): a bounded look ahead that reaches as far in composed text as in the same
/// text decomposed (a bound in bytes reaches further into composed text, and a rule would
/// read the two apart).
pub(crate) fn head(text: &str, max: usize) -> &str {
    // (A run of marks longer than a decomposed letter's is no text, and is cut as in `tail`.)
    let most = max.saturating_mul(4);
    let mut letters: usize = 0;
    for (read, (at, c)) in text.char_indices().enumerate() {
        if read == most {
            return text.get(..at).unwrap_or_default();
        }
        if !is_combining_mark(c) {
            if letters == max {
                return text.get(..at).unwrap_or_default();
            }
            letters = letters.saturating_add(1);
        }
    }
    text
}

/// Whether `text` holds `max` characters at most, combining marks not counted: a bound on a
/// stretch of text that holds for it composed or not (see [`head`]).
pub(crate) fn fits(text: &str, max: usize) -> bool {
    head(text, max).len() == text.len()
}

/// Whether `s` starts with an ASCII capital that no combining mark follows: the `B` of a code
/// such as `3B`, not the `A` a decomposed `Ằ` starts with, so that a code's capital reads the
/// same composed or not.
pub(crate) fn starts_with_a_plain_capital(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && !chars.next().is_some_and(is_combining_mark)
}

/// The last `max` characters of `text` at most, combining marks not counted: a bounded look
/// back that reaches as far in composed text as in the same text decomposed (a bound in bytes
/// reaches further into composed text, and a rule would read the two apart).
pub(crate) fn tail(text: &str, max: usize) -> &str {
    // (A Vietnamese letter decomposes into three characters at most: a run of marks longer
    // than that is no text, and is cut so that the look stays bounded.)
    let most = max.saturating_mul(4);
    let mut letters: usize = 0;
    // (The tail starts at the last letter counted: the marks read after it, going back, are
    // the marks of the letter before it, and stay out with their letter.)
    let mut start = text.len();
    for (read, (at, c)) in text.char_indices().rev().enumerate() {
        if read == most {
            return text
                .get(at.saturating_add(c.len_utf8())..)
                .unwrap_or_default();
        }
        if !is_combining_mark(c) {
            if letters == max {
                return text.get(start..).unwrap_or_default();
            }
            letters = letters.saturating_add(1);
            start = at;
        }
    }
    text
}

/// Whether `word` has the shape of a Vietnamese syllable, marks aside: an onset (`b`, `ch`,
/// `ngh`, `qu`, …), one to three vowels, and a final (`c`, `ch`, `m`, `n`, `ng`, `nh`, `p`,
/// `t`) or none. `người`, `hộ`, `nguoi` are; `pro`, `max`, `test`, `gb` are not.
///
/// ```
/// use vnparse::text::is_syllable;
/// assert!(is_syllable("người") && is_syllable("Nghiêng") && is_syllable("quýt"));
/// assert!(!is_syllable("pro") && !is_syllable("max") && !is_syllable("nv"));
/// ```
pub fn is_syllable(word: &str) -> bool {
    // The letters as ASCII, marks and vowel qualities aside (`ư` is `u`, `đ` is `d`); a
    // syllable has at most seven (`nghiêng`).
    let mut letters = [0u8; 8];
    let mut len = 0;
    for c in word.chars().filter(|c| !matches!(c, '\u{300}'..='\u{36f}')) {
        let base = match fold_letter(c).0 {
            'ă' | 'â' => 'a',
            'ê' => 'e',
            'ô' | 'ơ' => 'o',
            'ư' => 'u',
            'đ' => 'd',
            b => b,
        };
        let (Some(slot), Ok(byte)) = (letters.get_mut(len), u8::try_from(base)) else {
            return false;
        };
        if !byte.is_ascii_lowercase() {
            return false;
        }
        *slot = byte;
        len = len.saturating_add(1);
    }
    let letters = letters.get(..len).unwrap_or_default();
    const ONSETS: &[&[u8]] = &[
        b"ngh", b"ng", b"nh", b"ch", b"gh", b"gi", b"kh", b"ph", b"qu", b"th", b"tr", b"b", b"c",
        b"d", b"g", b"h", b"k", b"l", b"m", b"n", b"p", b"r", b"s", b"t", b"v", b"x",
    ];
    const FINALS: &[&[u8]] = &[b"ng", b"nh", b"ch", b"c", b"m", b"n", b"p", b"t"];
    let is_vowel = |b: &u8| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
    // The longest onset that leaves a vowel after it (`gi` in `giá`, but `g` in `gì`).
    let rest = ONSETS
        .iter()
        .filter_map(|o| letters.strip_prefix(*o))
        .find(|r| r.first().is_some_and(is_vowel))
        .unwrap_or(letters);
    let vowels = rest.iter().take_while(|b| is_vowel(b)).count();
    let tail = rest.get(vowels..).unwrap_or_default();
    (1..=3).contains(&vowels) && (tail.is_empty() || FINALS.contains(&tail))
}

/// Whether `rest` goes on with the word before it: a letter, a digit or a combining mark
/// (`ğ` decomposed is `g` and a mark: a unit `g` does not end before the mark).
pub(crate) fn goes_on_as_word(rest: &str) -> bool {
    rest.starts_with(|c: char| c.is_alphanumeric() || is_word_char(c))
}

/// Whether `word` is written in capitals: two letters or more, none in lower case (`DẤU`,
/// `HIỆU`, `UBND`).
pub(crate) fn in_capitals(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.chars().any(char::is_lowercase)
}

/// Whether `c` belongs to a word: a letter or a combining mark.
pub(crate) fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\0'..='\u{7f}' | '\u{d7}' | '\u{f7}' => false,
        // The Latin blocks Vietnamese letters come from are letters throughout: no need for
        // the general (slow) Unicode lookup.
        '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}' => true,
        _ => c.is_alphabetic() || is_combining_mark(c),
    }
}

pub(crate) fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036f}')
}

/// The lower-case base of a letter (vowel quality kept) and its tone mark, if any: ASCII by
/// a lower-case step, the Latin blocks Vietnamese letters come from by a table built once from
/// [`letter_fold`], anything else by `letter_fold` itself.
#[inline]
fn fold_letter(c: char) -> (char, Option<char>) {
    const LATIN: std::ops::Range<u32> = 0xC0..0x250;
    const VIETNAMESE: std::ops::Range<u32> = 0x1E00..0x1F00;
    type Table = Vec<(char, Option<char>)>;
    static TABLE: std::sync::OnceLock<Table> = std::sync::OnceLock::new();
    if c.is_ascii() {
        return (c.to_ascii_lowercase(), None);
    }
    let code = u32::from(c);
    let offset_in = |block: std::ops::Range<u32>| {
        let offset = code.checked_sub(block.start)?;
        block.contains(&code).then_some(offset as usize)
    };
    // The table holds the Latin block, then the Vietnamese block.
    let index = offset_in(LATIN).or_else(|| offset_in(VIETNAMESE)?.checked_add(LATIN.len()));
    let Some(index) = index else {
        return letter_fold(c);
    };
    let table = TABLE.get_or_init(|| {
        LATIN
            .chain(VIETNAMESE)
            .map(|code| char::from_u32(code).map_or(('\0', None), letter_fold))
            .collect()
    });
    table.get(index).copied().unwrap_or_else(|| letter_fold(c))
}

/// The lower-case base of a letter (vowel quality kept) and its tone mark, if any: the
/// definition [`fold_letter`] tabulates.
fn letter_fold(c: char) -> (char, Option<char>) {
    if c.is_ascii() {
        return (c.to_ascii_lowercase(), None);
    }
    match c {
        'À' => ('a', Some('\u{0300}')),
        'Á' => ('a', Some('\u{0301}')),
        'Â' => ('â', None),
        'Ã' => ('a', Some('\u{0303}')),
        'È' => ('e', Some('\u{0300}')),
        'É' => ('e', Some('\u{0301}')),
        'Ê' => ('ê', None),
        'Ì' => ('i', Some('\u{0300}')),
        'Í' => ('i', Some('\u{0301}')),
        'Ð' => ('đ', None),
        'Ò' => ('o', Some('\u{0300}')),
        'Ó' => ('o', Some('\u{0301}')),
        'Ô' => ('ô', None),
        'Õ' => ('o', Some('\u{0303}')),
        'Ù' => ('u', Some('\u{0300}')),
        'Ú' => ('u', Some('\u{0301}')),
        'Ý' => ('y', Some('\u{0301}')),
        'à' => ('a', Some('\u{0300}')),
        'á' => ('a', Some('\u{0301}')),
        'â' => ('â', None),
        'ã' => ('a', Some('\u{0303}')),
        'è' => ('e', Some('\u{0300}')),
        'é' => ('e', Some('\u{0301}')),
        'ê' => ('ê', None),
        'ì' => ('i', Some('\u{0300}')),
        'í' => ('i', Some('\u{0301}')),
        'ð' => ('đ', None),
        'ò' => ('o', Some('\u{0300}')),
        'ó' => ('o', Some('\u{0301}')),
        'ô' => ('ô', None),
        'õ' => ('o', Some('\u{0303}')),
        'ù' => ('u', Some('\u{0300}')),
        'ú' => ('u', Some('\u{0301}')),
        'ý' => ('y', Some('\u{0301}')),
        'Ă' => ('ă', None),
        'ă' => ('ă', None),
        'Đ' => ('đ', None),
        'đ' => ('đ', None),
        'Ĩ' => ('i', Some('\u{0303}')),
        'ĩ' => ('i', Some('\u{0303}')),
        'Ũ' => ('u', Some('\u{0303}')),
        'ũ' => ('u', Some('\u{0303}')),
        'Ơ' => ('ơ', None),
        'ơ' => ('ơ', None),
        'Ư' => ('ư', None),
        'ư' => ('ư', None),
        'Ạ' => ('a', Some('\u{0323}')),
        'ạ' => ('a', Some('\u{0323}')),
        'Ả' => ('a', Some('\u{0309}')),
        'ả' => ('a', Some('\u{0309}')),
        'Ấ' => ('â', Some('\u{0301}')),
        'ấ' => ('â', Some('\u{0301}')),
        'Ầ' => ('â', Some('\u{0300}')),
        'ầ' => ('â', Some('\u{0300}')),
        'Ẩ' => ('â', Some('\u{0309}')),
        'ẩ' => ('â', Some('\u{0309}')),
        'Ẫ' => ('â', Some('\u{0303}')),
        'ẫ' => ('â', Some('\u{0303}')),
        'Ậ' => ('â', Some('\u{0323}')),
        'ậ' => ('â', Some('\u{0323}')),
        'Ắ' => ('ă', Some('\u{0301}')),
        'ắ' => ('ă', Some('\u{0301}')),
        'Ằ' => ('ă', Some('\u{0300}')),
        'ằ' => ('ă', Some('\u{0300}')),
        'Ẳ' => ('ă', Some('\u{0309}')),
        'ẳ' => ('ă', Some('\u{0309}')),
        'Ẵ' => ('ă', Some('\u{0303}')),
        'ẵ' => ('ă', Some('\u{0303}')),
        'Ặ' => ('ă', Some('\u{0323}')),
        'ặ' => ('ă', Some('\u{0323}')),
        'Ẹ' => ('e', Some('\u{0323}')),
        'ẹ' => ('e', Some('\u{0323}')),
        'Ẻ' => ('e', Some('\u{0309}')),
        'ẻ' => ('e', Some('\u{0309}')),
        'Ẽ' => ('e', Some('\u{0303}')),
        'ẽ' => ('e', Some('\u{0303}')),
        'Ế' => ('ê', Some('\u{0301}')),
        'ế' => ('ê', Some('\u{0301}')),
        'Ề' => ('ê', Some('\u{0300}')),
        'ề' => ('ê', Some('\u{0300}')),
        'Ể' => ('ê', Some('\u{0309}')),
        'ể' => ('ê', Some('\u{0309}')),
        'Ễ' => ('ê', Some('\u{0303}')),
        'ễ' => ('ê', Some('\u{0303}')),
        'Ệ' => ('ê', Some('\u{0323}')),
        'ệ' => ('ê', Some('\u{0323}')),
        'Ỉ' => ('i', Some('\u{0309}')),
        'ỉ' => ('i', Some('\u{0309}')),
        'Ị' => ('i', Some('\u{0323}')),
        'ị' => ('i', Some('\u{0323}')),
        'Ọ' => ('o', Some('\u{0323}')),
        'ọ' => ('o', Some('\u{0323}')),
        'Ỏ' => ('o', Some('\u{0309}')),
        'ỏ' => ('o', Some('\u{0309}')),
        'Ố' => ('ô', Some('\u{0301}')),
        'ố' => ('ô', Some('\u{0301}')),
        'Ồ' => ('ô', Some('\u{0300}')),
        'ồ' => ('ô', Some('\u{0300}')),
        'Ổ' => ('ô', Some('\u{0309}')),
        'ổ' => ('ô', Some('\u{0309}')),
        'Ỗ' => ('ô', Some('\u{0303}')),
        'ỗ' => ('ô', Some('\u{0303}')),
        'Ộ' => ('ô', Some('\u{0323}')),
        'ộ' => ('ô', Some('\u{0323}')),
        'Ớ' => ('ơ', Some('\u{0301}')),
        'ớ' => ('ơ', Some('\u{0301}')),
        'Ờ' => ('ơ', Some('\u{0300}')),
        'ờ' => ('ơ', Some('\u{0300}')),
        'Ở' => ('ơ', Some('\u{0309}')),
        'ở' => ('ơ', Some('\u{0309}')),
        'Ỡ' => ('ơ', Some('\u{0303}')),
        'ỡ' => ('ơ', Some('\u{0303}')),
        'Ợ' => ('ơ', Some('\u{0323}')),
        'ợ' => ('ơ', Some('\u{0323}')),
        'Ụ' => ('u', Some('\u{0323}')),
        'ụ' => ('u', Some('\u{0323}')),
        'Ủ' => ('u', Some('\u{0309}')),
        'ủ' => ('u', Some('\u{0309}')),
        'Ứ' => ('ư', Some('\u{0301}')),
        'ứ' => ('ư', Some('\u{0301}')),
        'Ừ' => ('ư', Some('\u{0300}')),
        'ừ' => ('ư', Some('\u{0300}')),
        'Ử' => ('ư', Some('\u{0309}')),
        'ử' => ('ư', Some('\u{0309}')),
        'Ữ' => ('ư', Some('\u{0303}')),
        'ữ' => ('ư', Some('\u{0303}')),
        'Ự' => ('ư', Some('\u{0323}')),
        'ự' => ('ư', Some('\u{0323}')),
        'Ỳ' => ('y', Some('\u{0300}')),
        'ỳ' => ('y', Some('\u{0300}')),
        'Ỵ' => ('y', Some('\u{0323}')),
        'ỵ' => ('y', Some('\u{0323}')),
        'Ỷ' => ('y', Some('\u{0309}')),
        'ỷ' => ('y', Some('\u{0309}')),
        'Ỹ' => ('y', Some('\u{0303}')),
        'ỹ' => ('y', Some('\u{0303}')),
        _ => (c.to_lowercase().next().unwrap_or(c), None),
    }
}

/// `text` with every Vietnamese letter written decomposed (a base and its marks, in either
/// order) composed into one character, as NFC writes it; everything else as it is.
///
/// ```
/// use vnparse::text::compose;
/// assert_eq!(compose("Vie\u{302}\u{323}t Nam"), "Việt Nam");
/// assert_eq!(compose("e\u{323}\u{302}"), compose("e\u{302}\u{323}"));
/// ```
pub fn compose(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending: Option<char> = None;
    for c in text.chars() {
        if let Some(base) = pending {
            if let Some(composed) = compose_pair(base, c) {
                pending = Some(composed);
                continue;
            }
            out.push(base);
        }
        pending = Some(c);
    }
    out.extend(pending);
    out
}

/// `text` (composed) with the tone of every open syllable in `oa`, `oe` or `uy` on its first
/// vowel, as the gazetteer and the traditional spelling write it (`Thuỷ` → `Thủy`, `Hoà` →
/// `Hòa`, `khoẻ` → `khỏe`): a name written either way is one value. A syllable with a final
/// consonant (`hoàn`, `thuyền`) or after `q` (`Quý`) has one placement only, and is left.
///
/// ```
/// use vnparse::text::traditional_tones;
/// assert_eq!(traditional_tones("Thuỷ Nguyên"), "Thủy Nguyên");
/// assert_eq!(traditional_tones("Hoà Bình"), "Hòa Bình");
/// assert_eq!(traditional_tones("Quý Hoàn"), "Quý Hoàn");
/// ```
pub fn traditional_tones(text: &str) -> String {
    let mut out: Vec<char> = text.chars().collect();
    for at in 1..out.len() {
        let before = at.saturating_sub(1);
        let (Some(&first), Some(&last)) = (out.get(before), out.get(at)) else {
            continue;
        };
        let (first_base, first_tone) = letter_fold(first);
        let (last_base, Some(tone)) = letter_fold(last) else {
            continue;
        };
        let pair = matches!((first_base, last_base), ('o', 'a' | 'e') | ('u', 'y'));
        let after_q = at >= 2
            && out
                .get(at.saturating_sub(2))
                .is_some_and(|q| matches!(q, 'q' | 'Q'));
        let open = out
            .get(at.saturating_add(1))
            .is_none_or(|c| !c.is_alphabetic() && !is_combining_mark(*c));
        if !pair || first_tone.is_some() || after_q || !open {
            continue;
        }
        let Some(toned_first) = compose_pair(first, tone) else {
            continue;
        };
        let plain_last = if last.is_uppercase() {
            last_base.to_ascii_uppercase()
        } else {
            last_base
        };
        if let Some(slot) = out.get_mut(before) {
            *slot = toned_first;
        }
        if let Some(slot) = out.get_mut(at) {
            *slot = plain_last;
        }
    }
    out.into_iter().collect()
}

/// A letter and one more combining mark, composed: `e` + U+0302 is `ê`, `ê` + U+0323 is `ệ`.
fn compose_pair(letter: char, mark: char) -> Option<char> {
    Some(match (letter, mark) {
        ('A', '\u{0300}') => 'À',
        ('A', '\u{0301}') => 'Á',
        ('A', '\u{0303}') => 'Ã',
        ('A', '\u{0309}') => 'Ả',
        ('A', '\u{0323}') => 'Ạ',
        ('A', '\u{0302}') => 'Â',
        ('A', '\u{0306}') => 'Ă',
        ('E', '\u{0300}') => 'È',
        ('E', '\u{0301}') => 'É',
        ('E', '\u{0303}') => 'Ẽ',
        ('E', '\u{0309}') => 'Ẻ',
        ('E', '\u{0323}') => 'Ẹ',
        ('E', '\u{0302}') => 'Ê',
        ('E', '\u{0306}') => 'Ĕ',
        ('I', '\u{0300}') => 'Ì',
        ('I', '\u{0301}') => 'Í',
        ('I', '\u{0303}') => 'Ĩ',
        ('I', '\u{0309}') => 'Ỉ',
        ('I', '\u{0323}') => 'Ị',
        ('I', '\u{0302}') => 'Î',
        ('I', '\u{0306}') => 'Ĭ',
        ('O', '\u{0300}') => 'Ò',
        ('O', '\u{0301}') => 'Ó',
        ('O', '\u{0303}') => 'Õ',
        ('O', '\u{0309}') => 'Ỏ',
        ('O', '\u{0323}') => 'Ọ',
        ('O', '\u{0302}') => 'Ô',
        ('O', '\u{0306}') => 'Ŏ',
        ('O', '\u{031b}') => 'Ơ',
        ('U', '\u{0300}') => 'Ù',
        ('U', '\u{0301}') => 'Ú',
        ('U', '\u{0303}') => 'Ũ',
        ('U', '\u{0309}') => 'Ủ',
        ('U', '\u{0323}') => 'Ụ',
        ('U', '\u{0302}') => 'Û',
        ('U', '\u{0306}') => 'Ŭ',
        ('U', '\u{031b}') => 'Ư',
        ('Y', '\u{0300}') => 'Ỳ',
        ('Y', '\u{0301}') => 'Ý',
        ('Y', '\u{0303}') => 'Ỹ',
        ('Y', '\u{0309}') => 'Ỷ',
        ('Y', '\u{0323}') => 'Ỵ',
        ('Y', '\u{0302}') => 'Ŷ',
        ('a', '\u{0300}') => 'à',
        ('a', '\u{0301}') => 'á',
        ('a', '\u{0303}') => 'ã',
        ('a', '\u{0309}') => 'ả',
        ('a', '\u{0323}') => 'ạ',
        ('a', '\u{0302}') => 'â',
        ('a', '\u{0306}') => 'ă',
        ('e', '\u{0300}') => 'è',
        ('e', '\u{0301}') => 'é',
        ('e', '\u{0303}') => 'ẽ',
        ('e', '\u{0309}') => 'ẻ',
        ('e', '\u{0323}') => 'ẹ',
        ('e', '\u{0302}') => 'ê',
        ('e', '\u{0306}') => 'ĕ',
        ('i', '\u{0300}') => 'ì',
        ('i', '\u{0301}') => 'í',
        ('i', '\u{0303}') => 'ĩ',
        ('i', '\u{0309}') => 'ỉ',
        ('i', '\u{0323}') => 'ị',
        ('i', '\u{0302}') => 'î',
        ('i', '\u{0306}') => 'ĭ',
        ('o', '\u{0300}') => 'ò',
        ('o', '\u{0301}') => 'ó',
        ('o', '\u{0303}') => 'õ',
        ('o', '\u{0309}') => 'ỏ',
        ('o', '\u{0323}') => 'ọ',
        ('o', '\u{0302}') => 'ô',
        ('o', '\u{0306}') => 'ŏ',
        ('o', '\u{031b}') => 'ơ',
        ('u', '\u{0300}') => 'ù',
        ('u', '\u{0301}') => 'ú',
        ('u', '\u{0303}') => 'ũ',
        ('u', '\u{0309}') => 'ủ',
        ('u', '\u{0323}') => 'ụ',
        ('u', '\u{0302}') => 'û',
        ('u', '\u{0306}') => 'ŭ',
        ('u', '\u{031b}') => 'ư',
        ('y', '\u{0300}') => 'ỳ',
        ('y', '\u{0301}') => 'ý',
        ('y', '\u{0303}') => 'ỹ',
        ('y', '\u{0309}') => 'ỷ',
        ('y', '\u{0323}') => 'ỵ',
        ('y', '\u{0302}') => 'ŷ',
        ('Â', '\u{0300}') => 'Ầ',
        ('Â', '\u{0301}') => 'Ấ',
        ('Â', '\u{0303}') => 'Ẫ',
        ('Â', '\u{0309}') => 'Ẩ',
        ('Â', '\u{0323}') => 'Ậ',
        ('Ê', '\u{0300}') => 'Ề',
        ('Ê', '\u{0301}') => 'Ế',
        ('Ê', '\u{0303}') => 'Ễ',
        ('Ê', '\u{0309}') => 'Ể',
        ('Ê', '\u{0323}') => 'Ệ',
        ('Ò', '\u{031b}') => 'Ờ',
        ('Ó', '\u{031b}') => 'Ớ',
        ('Ô', '\u{0300}') => 'Ồ',
        ('Ô', '\u{0301}') => 'Ố',
        ('Ô', '\u{0303}') => 'Ỗ',
        ('Ô', '\u{0309}') => 'Ổ',
        ('Ô', '\u{0323}') => 'Ộ',
        ('Õ', '\u{0301}') => 'Ṍ',
        ('Õ', '\u{031b}') => 'Ỡ',
        ('Ù', '\u{031b}') => 'Ừ',
        ('Ú', '\u{031b}') => 'Ứ',
        ('â', '\u{0300}') => 'ầ',
        ('â', '\u{0301}') => 'ấ',
        ('â', '\u{0303}') => 'ẫ',
        ('â', '\u{0309}') => 'ẩ',
        ('â', '\u{0323}') => 'ậ',
        ('ê', '\u{0300}') => 'ề',
        ('ê', '\u{0301}') => 'ế',
        ('ê', '\u{0303}') => 'ễ',
        ('ê', '\u{0309}') => 'ể',
        ('ê', '\u{0323}') => 'ệ',
        ('ò', '\u{031b}') => 'ờ',
        ('ó', '\u{031b}') => 'ớ',
        ('ô', '\u{0300}') => 'ồ',
        ('ô', '\u{0301}') => 'ố',
        ('ô', '\u{0303}') => 'ỗ',
        ('ô', '\u{0309}') => 'ổ',
        ('ô', '\u{0323}') => 'ộ',
        ('õ', '\u{0301}') => 'ṍ',
        ('õ', '\u{031b}') => 'ỡ',
        ('ù', '\u{031b}') => 'ừ',
        ('ú', '\u{031b}') => 'ứ',
        ('Ă', '\u{0300}') => 'Ằ',
        ('Ă', '\u{0301}') => 'Ắ',
        ('Ă', '\u{0303}') => 'Ẵ',
        ('Ă', '\u{0309}') => 'Ẳ',
        ('Ă', '\u{0323}') => 'Ặ',
        ('ă', '\u{0300}') => 'ằ',
        ('ă', '\u{0301}') => 'ắ',
        ('ă', '\u{0303}') => 'ẵ',
        ('ă', '\u{0309}') => 'ẳ',
        ('ă', '\u{0323}') => 'ặ',
        ('Ũ', '\u{0301}') => 'Ṹ',
        ('Ũ', '\u{031b}') => 'Ữ',
        ('ũ', '\u{0301}') => 'ṹ',
        ('ũ', '\u{031b}') => 'ữ',
        ('Ơ', '\u{0300}') => 'Ờ',
        ('Ơ', '\u{0301}') => 'Ớ',
        ('Ơ', '\u{0303}') => 'Ỡ',
        ('Ơ', '\u{0309}') => 'Ở',
        ('Ơ', '\u{0323}') => 'Ợ',
        ('ơ', '\u{0300}') => 'ờ',
        ('ơ', '\u{0301}') => 'ớ',
        ('ơ', '\u{0303}') => 'ỡ',
        ('ơ', '\u{0309}') => 'ở',
        ('ơ', '\u{0323}') => 'ợ',
        ('Ư', '\u{0300}') => 'Ừ',
        ('Ư', '\u{0301}') => 'Ứ',
        ('Ư', '\u{0303}') => 'Ữ',
        ('Ư', '\u{0309}') => 'Ử',
        ('Ư', '\u{0323}') => 'Ự',
        ('ư', '\u{0300}') => 'ừ',
        ('ư', '\u{0301}') => 'ứ',
        ('ư', '\u{0303}') => 'ữ',
        ('ư', '\u{0309}') => 'ử',
        ('ư', '\u{0323}') => 'ự',
        ('Ạ', '\u{0302}') => 'Ậ',
        ('Ạ', '\u{0306}') => 'Ặ',
        ('ạ', '\u{0302}') => 'ậ',
        ('ạ', '\u{0306}') => 'ặ',
        ('Ẹ', '\u{0302}') => 'Ệ',
        ('ẹ', '\u{0302}') => 'ệ',
        ('Ọ', '\u{0302}') => 'Ộ',
        ('Ọ', '\u{031b}') => 'Ợ',
        ('ọ', '\u{0302}') => 'ộ',
        ('ọ', '\u{031b}') => 'ợ',
        ('Ỏ', '\u{031b}') => 'Ở',
        ('ỏ', '\u{031b}') => 'ở',
        ('Ụ', '\u{031b}') => 'Ự',
        ('ụ', '\u{031b}') => 'ự',
        ('Ủ', '\u{031b}') => 'Ử',
        ('ủ', '\u{031b}') => 'ử',
        _ => return None,
    })
}

/// A combining mark of vowel quality applied to a base letter: `a` + U+0302 is `â`.
fn apply_quality(base: char, mark: char) -> Option<char> {
    Some(match (base, mark) {
        ('a', '\u{0302}') => 'â',
        ('e', '\u{0302}') => 'ê',
        ('o', '\u{0302}') => 'ô',
        ('a', '\u{0306}') => 'ă',
        ('o', '\u{031b}') => 'ơ',
        ('u', '\u{031b}') => 'ư',
        _ => return None,
    })
}

/// The longest word a fold is kept for: longer words match no keyword.
const FOLD_CAPACITY: usize = 40;

/// A word folded for comparison, kept on the stack.
///
/// ```
/// use vnparse::text::Folded;
/// assert_eq!(Folded::new("Hoà"), Folded::new("ho\u{300}a"));
/// assert_eq!(Folded::new("ĐỒNG").as_str(), Folded::new("đồng").as_str());
/// assert_ne!(Folded::new("năm"), Folded::new("nam"));
/// ```
#[derive(Clone, Copy)]
pub struct Folded {
    bytes: [u8; FOLD_CAPACITY],
    len: usize,
    overflow: bool,
}

impl Folded {
    /// Folds `word`: lower-case bases with vowel quality, the tone mark moved to the end.
    ///
    /// ```
    /// use vnparse::text::Folded;
    /// assert_eq!(Folded::new("HÒA"), Folded::new("hoà"));
    /// assert_eq!(Folded::new("Hoà").as_str(), "hoa\u{300}");
    /// ```
    pub fn new(word: &str) -> Self {
        let mut folded = Folded {
            bytes: [0; FOLD_CAPACITY],
            len: 0,
            overflow: false,
        };
        // A word with no marks folds by a lower-case copy.
        if word.is_ascii() {
            match folded.bytes.get_mut(..word.len()) {
                Some(slot) => {
                    slot.copy_from_slice(word.as_bytes());
                    slot.make_ascii_lowercase();
                    folded.len = word.len();
                }
                None => folded.overflow = true,
            }
            return folded;
        }
        if word.len() > FOLD_CAPACITY {
            return folded.fold(word);
        }
        recent_fold(word, || folded.fold(word))
    }

    /// Folds `word` into this empty fold, letter by letter.
    fn fold(mut self, word: &str) -> Self {
        let folded = &mut self;
        let mut tone = None;
        let mut last: Option<char> = None;
        for c in word.chars() {
            // A word too long to fold matches nothing: no need to read the rest of it.
            if folded.overflow {
                return self;
            }
            if let Some(mark) = tone_mark(c) {
                tone = Some(mark);
                continue;
            }
            if is_combining_mark(c) {
                match last.and_then(|base| apply_quality(base, c)) {
                    Some(quality) => {
                        folded.pop_char();
                        folded.push(quality);
                        last = Some(quality);
                    }
                    // A mark no Vietnamese letter takes (`g` and a breve) is kept: `ğ` is not
                    // the unit `g`.
                    None => {
                        folded.push(c);
                        last = None;
                    }
                }
                continue;
            }
            let (base, letter_tone) = fold_letter(c);
            if letter_tone.is_some() {
                tone = letter_tone;
            }
            folded.push(base);
            last = Some(base);
        }
        if let Some(tone) = tone {
            folded.push(tone);
        }
        self
    }

    fn push(&mut self, c: char) {
        // `len` is at most `FOLD_CAPACITY`: no sum here saturates, and a slot past the buffer
        // is an overflow.
        if c.is_ascii() {
            match self.bytes.get_mut(self.len) {
                Some(slot) => {
                    *slot = c as u8;
                    self.len = self.len.saturating_add(1);
                }
                None => self.overflow = true,
            }
            return;
        }
        let mut buf = [0; 4];
        let encoded = c.encode_utf8(&mut buf).as_bytes();
        let end = self.len.saturating_add(encoded.len());
        match self.bytes.get_mut(self.len..end) {
            Some(slot) => {
                slot.copy_from_slice(encoded);
                self.len = end;
            }
            None => self.overflow = true,
        }
    }

    fn pop_char(&mut self) {
        if let Some(c) = self.as_str().chars().next_back() {
            self.len = self.len.saturating_sub(c.len_utf8());
        }
    }

    /// Whether this folded word is the word `key` (compared letter by letter, stopping at the
    /// first difference, so that looking a word up in a list folds the word once).
    ///
    /// ```
    /// use vnparse::text::Folded;
    /// let word = Folded::new("Tỉ");
    /// assert!(word.matches("tỷ") || word.matches("tỉ"));
    /// assert!(!word.matches("tí"));
    /// ```
    pub fn matches(&self, key: &str) -> bool {
        if self.overflow {
            return false;
        }
        let word = self.bytes.get(..self.len).unwrap_or_default();
        // Most keys begin with ASCII letters, and most words differ from them there: those
        // letters are compared byte to byte, with no decoding and no table.
        let ascii = ascii_prefix_match(word, key.as_bytes());
        let (matched, rest_of_key) = match ascii {
            AsciiPrefix::Differs => return false,
            AsciiPrefix::Matched(len) => (len, key.get(len..).unwrap_or_default()),
            AsciiPrefix::Decomposed => return Folded::new(key) == *self,
        };
        // A decomposed key (its marks U+0300–U+036F begin with the bytes CC or CD) is folded
        // whole: letter by letter, its bases would be compared before their marks.
        if rest_of_key.bytes().any(|b| b == 0xCC || b == 0xCD) {
            return Folded::new(key) == *self;
        }
        let mut folded = word.get(matched..).unwrap_or_default().iter();
        let mut tone = None;
        for c in rest_of_key.chars() {
            let (base, letter_tone) = fold_letter(c);
            if letter_tone.is_some() {
                tone = letter_tone;
            }
            let mut buf = [0; 4];
            for byte in base.encode_utf8(&mut buf).as_bytes() {
                // Byte by byte: a slice comparison would call memcmp for a byte or two.
                if folded.next() != Some(byte) {
                    return false;
                }
            }
        }
        let rest = folded.as_slice();
        match tone {
            None => rest.is_empty(),
            Some(t) => {
                let mut buf = [0; 4];
                rest == t.encode_utf8(&mut buf).as_bytes()
            }
        }
    }

    /// The folded text as bytes; empty for a word too long to fold.
    ///
    /// ```
    /// assert_eq!(vnparse::text::Folded::new("ĐỒNG").as_bytes(), "đông\u{300}".as_bytes());
    /// ```
    pub fn as_bytes(&self) -> &[u8] {
        if self.overflow {
            return &[];
        }
        self.bytes.get(..self.len).unwrap_or_default()
    }

    /// The folded text; empty for a word too long to fold.
    ///
    /// ```
    /// assert_eq!(vnparse::text::Folded::new("Triệu").as_str(), "triêu\u{323}");
    /// ```
    pub fn as_str(&self) -> &str {
        if self.overflow {
            return "";
        }
        std::str::from_utf8(self.bytes.get(..self.len).unwrap_or_default()).unwrap_or_default()
    }
}

/// How the ASCII letters a key begins with compare to a folded word.
enum AsciiPrefix {
    /// The word differs from the key within them: no later letter can mend that.
    Differs,
    /// The word begins with them (as many bytes as given); the rest of the key decides.
    Matched(usize),
    /// One of them carries a combining mark, so it folds to another letter (`a` and U+0302
    /// is `â`): the key must be folded whole.
    Decomposed,
}

/// How `key`'s leading ASCII bytes compare to the folded `word`, lower-cased as folding does:
/// an ASCII letter of a key folds to itself unless a combining mark follows it.
fn ascii_prefix_match(word: &[u8], key: &[u8]) -> AsciiPrefix {
    let mark_at = |at: usize| matches!(key.get(at), Some(0xCC | 0xCD));
    let mut at = 0;
    while let Some(&k) = key.get(at) {
        if !k.is_ascii() {
            break;
        }
        let next = at.saturating_add(1);
        if mark_at(next) {
            return AsciiPrefix::Decomposed;
        }
        if word.get(at) != Some(&k.to_ascii_lowercase()) {
            return AsciiPrefix::Differs;
        }
        at = next;
    }
    AsciiPrefix::Matched(at)
}

/// How many values [`kept_by_word`] keeps in a table, by a hash of the word's bytes.
const KEPT_SLOTS: usize = 256;

/// A value made from a word, kept with the word's bytes (at most `WORD` of them); `len` is
/// `u8::MAX` in an empty slot.
#[derive(Clone, Copy)]
struct Kept<V: Copy, const WORD: usize> {
    word: [u8; WORD],
    len: u8,
    value: V,
}

/// A table of [`Kept`] values, one per thread, filled as words are met (initialized in place,
/// `const`: every look-up asks for it, and a lazily initialized one is checked each time).
type KeptTable<V, const WORD: usize> = std::cell::RefCell<[Kept<V, WORD>; KEPT_SLOTS]>;

/// The value `make` makes from `word`, from `table`, a small table of the words met last on
/// this thread, or made and kept there: the readers tried at one place look at the same few
/// words, and text repeats its words, so a look-up by the word's bytes costs less than a pass
/// that decodes and folds each letter. A word longer than `WORD` bytes is made every time.
fn kept_by_word<V: Copy, const WORD: usize>(
    table: &'static std::thread::LocalKey<KeptTable<V, WORD>>,
    word: &str,
    make: impl FnOnce() -> V,
) -> V {
    let bytes = word.as_bytes();
    // At most `WORD` bytes, fewer than 255: the length fits a byte.
    let Some(len) = u8::try_from(bytes.len())
        .ok()
        .filter(|_| bytes.len() <= WORD)
    else {
        return make();
    };
    let hash = bytes.iter().fold(0x811c_9dc5_u32, |h, &b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    let index = (hash as usize) % KEPT_SLOTS;
    table.with(|kept| {
        let Ok(mut kept) = kept.try_borrow_mut() else {
            return make();
        };
        let Some(slot) = kept.get_mut(index) else {
            return make();
        };
        if slot.len == len && slot.word.get(..bytes.len()) == Some(bytes) {
            return slot.value;
        }
        let value = make();
        if let Some(key) = slot.word.get_mut(..bytes.len()) {
            key.copy_from_slice(bytes);
            slot.len = len;
            slot.value = value;
        }
        value
    })
}

/// The fold of `word` (at most [`FOLD_CAPACITY`] bytes), kept by [`kept_by_word`].
fn recent_fold(word: &str, fold: impl FnOnce() -> Folded) -> Folded {
    const EMPTY: Kept<Folded, FOLD_CAPACITY> = Kept {
        word: [0; FOLD_CAPACITY],
        len: u8::MAX,
        value: Folded {
            bytes: [0; FOLD_CAPACITY],
            len: 0,
            overflow: true,
        },
    };
    thread_local! {
        static RECENT: KeptTable<Folded, FOLD_CAPACITY> =
            const { std::cell::RefCell::new([EMPTY; KEPT_SLOTS]) };
    }
    kept_by_word(&RECENT, word, fold)
}

/// The [`fold_hash`] of a word with marks, kept by [`kept_by_word`] (the scanner and the
/// readers hash every word with marks they meet); words longer than 24 bytes are hashed every
/// time.
fn recent_fold_hash(word: &str, hash: impl FnOnce(&str) -> u64) -> u64 {
    const EMPTY: Kept<u64, 24> = Kept {
        word: [0; 24],
        len: u8::MAX,
        value: 0,
    };
    thread_local! {
        static RECENT: KeptTable<u64, 24> = const { std::cell::RefCell::new([EMPTY; KEPT_SLOTS]) };
    }
    kept_by_word(&RECENT, word, || hash(word))
}

impl PartialEq for Folded {
    fn eq(&self, other: &Self) -> bool {
        !self.overflow
            && !other.overflow
            && self.bytes.get(..self.len) == other.bytes.get(..other.len)
    }
}

impl Eq for Folded {}

impl std::fmt::Debug for Folded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Folded").field(&self.as_str()).finish()
    }
}

/// The offset basis and the prime of 64-bit FNV-1a, the hash of [`fold_hash`].
const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0000_0100_0000_01b3;

/// A 64-bit hash of the folded form of `word` (FNV-1a over its folded characters), computed
/// in one pass with no buffer: equal for every form of one word, as [`Folded`] is. The scanner
/// looks words up by it, so that the many words that start nothing cost one pass each.
///
/// ```
/// use vnparse::text::fold_hash;
/// assert_eq!(fold_hash("Hoà"), fold_hash("ho\u{300}a"));
/// assert_ne!(fold_hash("năm"), fold_hash("nam"));
/// ```
pub fn fold_hash(word: &str) -> u64 {
    if word.is_ascii() {
        return word.bytes().fold(OFFSET, |h, b| {
            (h ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(PRIME)
        });
    }
    recent_fold_hash(word, marked_fold_hash)
}

/// `hash` with the UTF-8 bytes of `c` mixed in, as [`fold_hash`] mixes each folded letter.
fn mix(hash: u64, c: char) -> u64 {
    let mut buf = [0; 4];
    c.encode_utf8(&mut buf)
        .bytes()
        .fold(hash, |h, b| (h ^ u64::from(b)).wrapping_mul(PRIME))
}

/// [`fold_hash`] of a word with marks, letter by letter.
fn marked_fold_hash(word: &str) -> u64 {
    let mut hash = OFFSET;
    let mut tone = None;
    // The last base letter is held back: a combining mark of quality may still change it.
    let mut pending: Option<char> = None;
    for c in word.chars() {
        if let Some(mark) = tone_mark(c) {
            tone = Some(mark);
            continue;
        }
        if is_combining_mark(c) {
            match pending.and_then(|base| apply_quality(base, c)) {
                Some(quality) => pending = Some(quality),
                // Kept, as `Folded` keeps it.
                None => {
                    if let Some(previous) = pending.take() {
                        hash = mix(hash, previous);
                    }
                    hash = mix(hash, c);
                }
            }
            continue;
        }
        let (base, letter_tone) = fold_letter(c);
        if letter_tone.is_some() {
            tone = letter_tone;
        }
        if let Some(previous) = pending.replace(base) {
            hash = mix(hash, previous);
        }
    }
    if let Some(last) = pending {
        hash = mix(hash, last);
    }
    if let Some(tone) = tone {
        hash = mix(hash, tone);
    }
    hash
}

/// The word at the start of `input`, as [`split_word`] splits it, with its [`fold_hash`]: a
/// word of ASCII letters (most words that start nothing) in one pass over its bytes.
pub(crate) fn split_word_hash(input: &str) -> Option<(&str, u64)> {
    let mut hash = OFFSET;
    for (i, b) in input.bytes().enumerate() {
        if b.is_ascii_alphabetic() {
            hash = (hash ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(PRIME);
            continue;
        }
        if b.is_ascii() {
            // `i` is the place of an ASCII byte: a character boundary.
            let word = input.get(..i).filter(|word| !word.is_empty())?;
            return Some((word, hash));
        }
        // A letter with marks: on in one pass where every letter is precomposed, else the
        // general split and fold.
        return precomposed_word_hash(input).or_else(|| {
            let (word, _) = split_word(input)?;
            Some((word, fold_hash(word)))
        });
    }
    (!input.is_empty()).then_some((input, hash))
}

/// [`split_word_hash`] of a word whose letters are all precomposed (NFC, as most text is):
/// each letter is decoded, folded and mixed as it is met, its tone held to the end as
/// [`marked_fold_hash`] holds it. `None` where a combining mark or a letter outside the
/// Latin and Vietnamese blocks comes before the word ends: those take the general path.
fn precomposed_word_hash(input: &str) -> Option<(&str, u64)> {
    let mut hash = OFFSET;
    let mut tone = None;
    let mut rest = input.as_bytes();
    loop {
        let (c, tail) = match rest {
            [b @ (b'a'..=b'z' | b'A'..=b'Z'), tail @ ..] => {
                hash = (hash ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(PRIME);
                rest = tail;
                continue;
            }
            [] | [0..=0x7f, ..] => break,
            // `×` and `÷` end a word.
            [0xc3, 0x97 | 0xb7, ..] => break,
            [lead @ 0xc3..=0xc9, next, tail @ ..] => {
                let code = (u32::from(lead & 0x1f) << 6) | u32::from(next & 0x3f);
                (char::from_u32(code)?, tail)
            }
            [0xe1, second @ 0xb8..=0xbb, third, tail @ ..] => {
                let code = 0x1000 | (u32::from(second & 0x3f) << 6) | u32::from(third & 0x3f);
                (char::from_u32(code)?, tail)
            }
            _ => return None,
        };
        let (base, letter_tone) = fold_letter(c);
        if letter_tone.is_some() {
            tone = letter_tone;
        }
        hash = mix(hash, base);
        rest = tail;
    }
    if let Some(tone) = tone {
        hash = mix(hash, tone);
    }
    let end = input.len().saturating_sub(rest.len());
    let word = input.get(..end).filter(|word| !word.is_empty())?;
    Some((word, hash))
}

/// Whether two words are the same word, whatever their case, form and tone placement.
///
/// Put the word of the text first and the known word second: only the first is folded whole.
pub(crate) fn same_word(a: &str, b: &str) -> bool {
    !ascii_letters_differ(a, b) && Folded::new(a).matches(b)
}

/// Whether `word` is one of the words of `list`, folding it once.
pub(crate) fn word_in(word: &str, list: &[&str]) -> bool {
    // (Folded only where some word of the list may be it: see `ascii_letters_differ`.)
    if list.iter().all(|w| ascii_letters_differ(word, w)) {
        return false;
    }
    let folded = Folded::new(word);
    list.iter().any(|w| folded.matches(w))
}

/// The hasher of the crate's tables of folded words: 64-bit FNV-1a, several times cheaper
/// than the standard SipHash on words of a few bytes. The tables' keys are the crate's own
/// words, built once; the text only looks words up and never adds one, so no input can crowd
/// a bucket (what SipHash's keys guard against).
#[derive(Clone, Copy)]
pub(crate) struct WordHasher(u64);

impl Default for WordHasher {
    fn default() -> Self {
        WordHasher(OFFSET)
    }
}

impl std::hash::Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        self.0 = bytes
            .iter()
            .fold(self.0, |h, &b| (h ^ u64::from(b)).wrapping_mul(PRIME));
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Builds [`WordHasher`]s for the tables of words.
pub(crate) type WordHash = std::hash::BuildHasherDefault<WordHasher>;

/// A set of single words, folded and hashed once, for the lists looked up at every candidate.
pub(crate) struct WordSet(std::collections::HashSet<Vec<u8>, WordHash>);

/// A set of words taken from lists joined or derived (`CLASSIFIERS` and `COLLECTIVES`, the last
/// words of phrases), each folded once.
impl<'a> FromIterator<&'a str> for WordSet {
    fn from_iter<I: IntoIterator<Item = &'a str>>(words: I) -> Self {
        WordSet(
            words
                .into_iter()
                .map(|w| Folded::new(w).as_bytes().to_vec())
                .collect(),
        )
    }
}

impl WordSet {
    /// The set of `words`.
    pub fn new(words: &[&str]) -> Self {
        words.iter().copied().collect()
    }

    /// Whether `word` is in the set, in any case, form and tone placement.
    pub fn contains(&self, word: &str) -> bool {
        self.contains_folded(&Folded::new(word))
    }

    /// Whether the word already folded is in the set.
    pub fn contains_folded(&self, word: &Folded) -> bool {
        self.0.contains(word.as_bytes())
    }
}

/// A set of ordered pairs of single words, each folded once: whether two words of the text
/// are a pair of the set costs two folds and one look-up, however many pairs it holds.
pub(crate) struct PairSet(std::collections::HashSet<Vec<u8>, WordHash>);

impl PairSet {
    /// The set of `pairs`, in the order given.
    pub fn new(pairs: impl IntoIterator<Item = (&'static str, &'static str)>) -> Self {
        PairSet(
            pairs
                .into_iter()
                .map(|(a, b)| Self::key(&Folded::new(a), &Folded::new(b)).to_vec())
                .collect(),
        )
    }

    /// Whether `first` then `second` are a pair of the set, in any case, form and tone
    /// placement.
    pub fn contains(&self, first: &str, second: &str) -> bool {
        let (first, second) = (Folded::new(first), Folded::new(second));
        // (A word too long to fold is no word of a pair.)
        !first.overflow
            && !second.overflow
            && self.0.contains(Self::key(&first, &second).as_slice())
    }

    /// The folds of the two words, parted by a byte no fold holds.
    fn key(first: &Folded, second: &Folded) -> PairKey {
        let mut key = PairKey::default();
        for byte in first.as_bytes().iter().chain(&[0]).chain(second.as_bytes()) {
            key.push(*byte);
        }
        key
    }
}

/// The key of a pair in a [`PairSet`], on the stack: two folds and the byte between them.
struct PairKey {
    bytes: [u8; 2 * FOLD_CAPACITY + 1],
    len: usize,
}

impl Default for PairKey {
    fn default() -> Self {
        PairKey {
            bytes: [0; 2 * FOLD_CAPACITY + 1],
            len: 0,
        }
    }
}

impl PairKey {
    fn push(&mut self, byte: u8) {
        if let Some(slot) = self.bytes.get_mut(self.len) {
            *slot = byte;
            self.len = self.len.saturating_add(1);
        }
    }

    fn as_slice(&self) -> &[u8] {
        self.bytes.get(..self.len).unwrap_or_default()
    }

    fn to_vec(&self) -> Vec<u8> {
        self.as_slice().to_vec()
    }
}

/// A table of phrases (`đô la mỹ`, `đồng`, …) indexed by their first word, built once, so
/// that looking up the phrase at a position folds one word and hashes it once.
pub(crate) struct PhraseTable<T: 'static> {
    table: &'static [(&'static str, T)],
    /// [`fold_hash`] of the first word → the indices of its phrases in table order, sorted by
    /// hash: a word that opens no phrase costs one pass and a search by halves.
    by_first: Vec<(u64, Vec<usize>)>,
    /// The words of each phrase, in table order, each folded once: a look-up folds the words
    /// of the text and compares folds, never folding a phrase of the table again.
    words: Vec<Vec<Folded>>,
}

impl<T: 'static> PhraseTable<T> {
    /// Indexes `table`; list longer phrases before their prefixes.
    pub fn new(table: &'static [(&'static str, T)]) -> Self {
        let mut by_first: Vec<(u64, Vec<usize>)> = Vec::new();
        for (i, (phrase, _)) in table.iter().enumerate() {
            let hash = fold_hash(phrase.split(' ').next().unwrap_or_default());
            match by_first.iter_mut().find(|(h, _)| *h == hash) {
                Some((_, indices)) => indices.push(i),
                None => by_first.push((hash, vec![i])),
            }
        }
        by_first.sort_by_key(|(hash, _)| *hash);
        let words = table
            .iter()
            .map(|(phrase, _)| phrase.split(' ').map(Folded::new).collect())
            .collect();
        PhraseTable {
            table,
            by_first,
            words,
        }
    }

    /// The meaning of the first phrase of the table at the start of `input`, and its length.
    pub fn lookup(&self, input: &str) -> Option<(&'static T, usize)> {
        let (word, after) = split_word(input)?;
        let hash = fold_hash(word);
        let found = self
            .by_first
            .binary_search_by_key(&hash, |(h, _)| *h)
            .ok()?;
        let (_, candidates) = self.by_first.get(found)?;
        let first = Folded::new(word);
        // The word after the first, folded once (most phrases of a first word differ from the
        // text there): a phrase is read whole only where its second word is that one.
        let second = std::cell::OnceCell::new();
        let second_is = |want: &Folded| {
            second
                .get_or_init(|| folded_word_after(after))
                .as_ref()
                .is_some_and(|(fold, _)| fold == want)
        };
        candidates.iter().find_map(|&i| {
            let (_, meaning) = self.table.get(i)?;
            let (head, tail) = self.words.get(i)?.split_first()?;
            if *head != first || tail.first().is_some_and(|want| !second_is(want)) {
                return None;
            }
            let rest = words_follow(after, tail)?;
            // `rest` is a tail of `input`.
            Some((meaning, input.len().checked_sub(rest.len())?))
        })
    }
}

/// The text after `words` (folded), each after one space or more, at the start of `input`.
fn words_follow<'a>(input: &'a str, words: &[Folded]) -> Option<&'a str> {
    let mut rest = input;
    for want in words {
        let (word, after_word) = folded_word_after(rest)?;
        if word != *want {
            return None;
        }
        rest = after_word;
    }
    Some(rest)
}

/// The word after one space or more at the start of `input`, folded, and the text after it.
pub(crate) fn folded_word_after(input: &str) -> Option<(Folded, &str)> {
    let (next, spaces) = space0(input).ok()?;
    let (word, after) = split_word(next).filter(|_| !spaces.is_empty())?;
    Some((Folded::new(word), after))
}

/// The word at the start of `input` (letters and combining marks), and the rest.
///
/// Most often asked where no word starts (a digit, a sign, a space): that is decided by one
/// byte, inline at the caller; the word itself is read out of line.
#[inline]
pub(crate) fn split_word(input: &str) -> Option<(&str, &str)> {
    if input
        .as_bytes()
        .first()
        .is_none_or(|b| b.is_ascii() && !b.is_ascii_alphabetic())
    {
        return None;
    }
    split_word_at_letter(input)
}

/// [`split_word`] where the first byte may begin a word.
fn split_word_at_letter(input: &str) -> Option<(&str, &str)> {
    // Byte by byte where the letters are the common ones: ASCII letters, the two-byte Latin
    // letters (U+00C0–U+024F but × and ÷), the combining marks (U+0300–U+036F) and the
    // Vietnamese letters (U+1E00–U+1EFF); anything else char by char. `rest` is what is left
    // of `input` after whole characters.
    let mut rest = input.as_bytes();
    loop {
        rest = match rest {
            [b'a'..=b'z' | b'A'..=b'Z', tail @ ..] => tail,
            [] | [0..=0x7f, ..] => break,
            [0xc3, 0x97 | 0xb7, ..] => break,
            [0xc3..=0xc9 | 0xcc, _, tail @ ..] => tail,
            [0xcd, 0x80..=0xaf, tail @ ..] => tail,
            [0xe1, 0xb8..=0xbb, _, tail @ ..] => tail,
            _ => match after_word_char(input, rest) {
                Some(tail) => tail,
                None => break,
            },
        };
    }
    let end = input.len().saturating_sub(rest.len());
    input
        .split_at_checked(end)
        .filter(|(word, _)| !word.is_empty())
}

/// `rest`, the end of `input` from a character boundary, after the character it starts with
/// if that belongs to a word.
fn after_word_char<'a>(input: &str, rest: &'a [u8]) -> Option<&'a [u8]> {
    let at = input.len().saturating_sub(rest.len());
    let c = input
        .get(at..)?
        .chars()
        .next()
        .filter(|&c| is_word_char(c))?;
    rest.get(c.len_utf8()..)
}

/// Whether the word at the start of `input` may fold to a word beginning with the ASCII letter
/// `letter`: false only where its first byte is an ASCII byte and not that letter in either
/// case (a fold keeps every ASCII letter, lower-cased). A cheap test before a phrase is looked
/// for where most words can be told apart by their first byte.
#[inline]
pub(crate) fn may_begin_with(input: &str, letter: u8) -> bool {
    input
        .as_bytes()
        .first()
        .is_some_and(|b| !b.is_ascii() || b.to_ascii_lowercase() == letter)
}

/// Whether the word at the start of `input` begins with an upper-case letter.
pub(crate) fn is_capitalized(input: &str) -> bool {
    input.chars().next().is_some_and(char::is_uppercase)
}

fn fail<T>(input: &str, kind: ErrorKind) -> IResult<&str, T> {
    Err(nom::Err::Error(NomError::new(input, kind)))
}

/// Zero or more spaces on one line.
///
/// ```
/// use vnparse::text::space0;
/// assert_eq!(space0(" \u{a0}5 tỷ"), Ok(("5 tỷ", " \u{a0}")));
/// assert_eq!(space0("\n5"), Ok(("\n5", "")));
/// ```
#[inline]
pub fn space0(input: &str) -> IResult<&str, &str> {
    // Most often no space, or one ASCII space before a letter: decided inline at the caller.
    match input.as_bytes() {
        [b' ', b, ..] if b.is_ascii_alphanumeric() => Ok(spaces_to(input, 1)),
        // No space at all: any other ASCII byte (a letter, a digit, a sign) is none.
        [b, ..] if b.is_ascii() && !matches!(b, b' ' | b'\t') => Ok(spaces_to(input, 0)),
        _ => Ok(spaces_at(input)),
    }
}

/// The rest of `input` after its first `end` bytes, and those bytes, which are spaces: `end`
/// is a character boundary (if it were not, the spaces would be read char by char).
#[inline]
fn spaces_to(input: &str, end: usize) -> (&str, &str) {
    match input.split_at_checked(end) {
        Some((spaces, rest)) => (rest, spaces),
        None => spaces_at(input),
    }
}

/// The spaces at the start of `input` and the rest, read char by char.
fn spaces_at(input: &str) -> (&str, &str) {
    let end = input
        .char_indices()
        .find(|&(_, c)| !is_space(c))
        .map_or(input.len(), |(i, _)| i);
    // `end` is the place of a character, or the end: a boundary, so the split never fails.
    let (spaces, rest) = input.split_at_checked(end).unwrap_or_default();
    (rest, spaces)
}

/// One or more spaces on one line.
///
/// ```
/// use vnparse::text::space1;
/// assert_eq!(space1("  tỷ"), Ok(("tỷ", "  ")));
/// assert!(space1("tỷ").is_err());
/// ```
pub fn space1(input: &str) -> IResult<&str, &str> {
    let (rest, spaces) = space0(input)?;
    if spaces.is_empty() {
        return fail(input, ErrorKind::Space);
    }
    Ok((rest, spaces))
}

/// One word, any word: letters and the combining marks that belong to them.
///
/// ```
/// use vnparse::text::any_word;
/// assert_eq!(any_word("Việt Nam"), Ok((" Nam", "Việt")));
/// assert!(any_word("2025").is_err());
/// ```
pub fn any_word(input: &str) -> IResult<&str, &str> {
    match split_word(input) {
        Some((word, rest)) => Ok((rest, word)),
        None => fail(input, ErrorKind::Alpha),
    }
}

/// Matches the word or phrase `phrase` in any case, form and tone placement; the words of a
/// phrase may be separated by any spaces on one line.
///
/// ```
/// use vnparse::text::keyword;
/// use nom::Parser;
/// let (rest, matched) = keyword("triệu đồng").parse("TRIỆU  ĐỒNG/tháng").unwrap();
/// assert_eq!((matched, rest), ("TRIỆU  ĐỒNG", "/tháng"));
/// assert!(keyword("đồng").parse("đồng hồ").is_ok());
/// assert!(keyword("đồng").parse("đồngý").is_err());
/// ```
pub fn keyword<'a>(
    phrase: &'static str,
) -> impl Parser<&'a str, Output = &'a str, Error = NomError<&'a str>> {
    move |input: &'a str| {
        let matched = match_phrase(input, phrase).and_then(|len| input.split_at_checked(len));
        match matched {
            Some((matched, rest)) => Ok((rest, matched)),
            None => fail(input, ErrorKind::Tag),
        }
    }
}

/// The length of `phrase` matched at the start of `input`, if it is there.
pub(crate) fn match_phrase(input: &str, phrase: &str) -> Option<usize> {
    if ascii_letters_differ(input, phrase) {
        return None;
    }
    let (word, after) = split_word(input)?;
    match_folded_phrase(input, &Folded::new(word), after, phrase)
}

/// Whether `input` and `phrase` open with different ASCII letters, in any case: then no fold
/// makes them one word (a letter with a mark is never ASCII, and folds to its base only in
/// the fold), and the word need not be folded to know it.
fn ascii_letters_differ(input: &str, phrase: &str) -> bool {
    match (input.as_bytes().first(), phrase.as_bytes().first()) {
        (Some(a), Some(b)) if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
            !a.eq_ignore_ascii_case(b)
        }
        _ => false,
    }
}

/// [`match_phrase`] with the first word of `input` already folded (`first`, with `after` the
/// text after it).
fn match_folded_phrase(input: &str, first: &Folded, after: &str, phrase: &str) -> Option<usize> {
    // The first word is compared before the phrase is split: most phrases differ there.
    let head_len = phrase
        .bytes()
        .position(|b| b == b' ')
        .unwrap_or(phrase.len());
    let (head, tail) = phrase.split_at_checked(head_len)?;
    if !first.matches(head) {
        return None;
    }
    let mut rest = after;
    for want in tail.split(' ').skip(1) {
        let (next, spaces) = space0(rest).ok()?;
        if spaces.is_empty() {
            return None;
        }
        let (word, after_word) = split_word(next)?;
        if !same_word(word, want) {
            return None;
        }
        rest = after_word;
    }
    // `rest` is a tail of `input`.
    input.len().checked_sub(rest.len())
}

/// The text after `phrase` at the start of `input`, if it is there.
pub(crate) fn keyword_rest<'a>(input: &'a str, phrase: &str) -> Option<&'a str> {
    match_phrase(input, phrase).and_then(|len| input.get(len..))
}

/// Matches the first of `phrases` found at the start of `input`; yields its index.
///
/// List longer phrases before their prefixes (`đô la mỹ` before `đô la`).
///
/// ```
/// use vnparse::text::one_of;
/// use nom::Parser;
/// let mut unit = one_of(&["đô la mỹ", "đô la", "đồng"]);
/// assert_eq!(unit.parse("Đô la Mỹ."), Ok((".", 0)));
/// assert_eq!(unit.parse("đồng/tháng"), Ok(("/tháng", 2)));
/// ```
pub fn one_of<'a>(
    phrases: &'static [&'static str],
) -> impl Parser<&'a str, Output = usize, Error = NomError<&'a str>> {
    move |input: &'a str| {
        let found =
            find_phrase(input, phrases).and_then(|(index, len)| Some((input.get(len..)?, index)));
        match found {
            Some(found) => Ok(found),
            None => fail(input, ErrorKind::Alt),
        }
    }
}

/// The index and matched length of the first of `phrases` at the start of `input`.
pub(crate) fn find_phrase(input: &str, phrases: &[&str]) -> Option<(usize, usize)> {
    let (word, after) = split_word(input)?;
    let first = Folded::new(word);
    phrases.iter().enumerate().find_map(|(i, phrase)| {
        match_folded_phrase(input, &first, after, phrase).map(|len| (i, len))
    })
}

/// The meaning of the first phrase of `table` found at the start of `input`, and its length.
///
/// List longer phrases before their prefixes (`đô la mỹ` before `đô la`).
pub(crate) fn lookup_phrase<'t, T>(input: &str, table: &'t [(&str, T)]) -> Option<(&'t T, usize)> {
    let (word, after) = split_word(input)?;
    let first = Folded::new(word);
    table.iter().find_map(|(phrase, meaning)| {
        match_folded_phrase(input, &first, after, phrase).map(|len| (meaning, len))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tail_reaches_as_far_composed_or_not() {
        let composed = "kho cá lửa nhỏ trong một giờ";
        let decomposed =
            "kho ca\u{301} lu\u{31b}\u{309}a nho\u{309} trong mo\u{323}\u{302}t gio\u{31b}\u{300}";
        for max in 0..=composed.chars().count() + 1 {
            let (a, b) = (tail(composed, max), tail(decomposed, max));
            assert_eq!(a.split(' ').count(), b.split(' ').count(), "{max}");
            assert!(a.chars().count() <= max);
            // The marks of the letter before the tail stay out with it: the same letters,
            // composed or not.
            assert_eq!(compose(b), a, "{max}");
        }
        // A run of marks alone is cut, a few times the bound at most.
        let marks = "\u{301}".repeat(1000);
        assert_eq!(tail(&marks, 10).chars().count(), 40);
    }

    #[test]
    fn a_head_reaches_as_far_composed_or_not() {
        let composed = "kho cá lửa nhỏ trong một giờ";
        let decomposed =
            "kho ca\u{301} lu\u{31b}\u{309}a nho\u{309} trong mo\u{323}\u{302}t gio\u{31b}\u{300}";
        let letters = |s: &str| s.chars().filter(|&c| !is_combining_mark(c)).count();
        for max in 0..=composed.chars().count() + 1 {
            let (a, b) = (head(composed, max), head(decomposed, max));
            assert_eq!(letters(a), letters(b), "{max}");
            assert!(a.chars().count() <= max);
            // A letter keeps its marks: the head never ends inside one.
            assert!(
                !decomposed
                    .get(b.len()..)
                    .unwrap_or_default()
                    .starts_with(is_combining_mark),
                "{max}"
            );
            assert_eq!(fits(composed, max), fits(decomposed, max), "{max}");
        }
        let marks = "\u{301}".repeat(1000);
        assert_eq!(head(&marks, 10).chars().count(), 40);
        assert!(!fits(&marks, 10));
    }

    #[test]
    fn folds_case_form_and_tone_placement() {
        let forms = [
            "hoà",
            "hòa",
            "HÒA",
            "Hoà",
            "ho\u{300}a",
            "hoa\u{300}",
            "HOA\u{300}",
        ];
        for form in forms {
            assert_eq!(Folded::new(form), Folded::new("hòa"), "{form}");
        }
        assert_eq!(Folded::new("Ðại"), Folded::new("đại"));
        assert_eq!(Folded::new("u\u{31b}\u{301}c"), Folded::new("ức"));
        assert_eq!(Folded::new("Qúy"), Folded::new("quý"));
    }

    #[test]
    fn words_split_and_hash_in_one_pass_as_in_two() {
        for input in [
            "năm 2020",
            "Tháng",
            "abc",
            "abcđ x",
            "ho\u{300}a",
            "12",
            " a",
            "",
            "x×y",
            "Thuỷ-2",
            "ĐỒNG,",
            "Việt Nam",
            "tỷ",
            "Hoà",
            "hòa",
            "â\u{301}m",
            "Mỹ\u{300}",
            "straße",
            "ɐɓ x",
            "ÿ÷",
        ] {
            let two = split_word(input).map(|(w, _)| (w, fold_hash(w)));
            assert_eq!(split_word_hash(input), two, "{input}");
        }
    }

    #[test]
    fn words_of_every_latin_and_vietnamese_letter_split_and_hash_as_in_two() {
        let letters = (0xC0..0x250)
            .chain(0x1E00..0x1F00)
            .filter_map(char::from_u32);
        for c in letters {
            for input in [
                format!("{c}"),
                format!("nh{c}ng x"),
                format!("{c}\u{301}a"),
                format!("Ư{c}ờ."),
            ] {
                let two = split_word(&input).map(|(w, _)| (w, fold_hash(w)));
                assert_eq!(split_word_hash(&input), two, "{input}");
            }
        }
    }

    #[test]
    fn keeps_words_apart() {
        assert_ne!(Folded::new("năm"), Folded::new("nam"));
        assert_ne!(Folded::new("tỷ"), Folded::new("tý"));
        assert_ne!(Folded::new("đồng"), Folded::new("dong"));
    }

    #[test]
    fn words_split_as_their_letters_say() {
        fn reference(input: &str) -> Option<(&str, &str)> {
            let end = input
                .char_indices()
                .find(|&(_, c)| !is_word_char(c))
                .map_or(input.len(), |(i, _)| i);
            (end > 0).then(|| input.split_at(end))
        }
        let chars = (0..0x2100).chain(0x1e00..0x1f00).filter_map(char::from_u32);
        for c in chars {
            for input in [format!("{c}"), format!("a{c}b c"), format!("{c}{c}.")] {
                assert_eq!(split_word(&input), reference(&input), "{c:?}");
            }
        }
    }

    #[test]
    fn long_words_match_nothing() {
        let long = "a".repeat(100);
        assert_ne!(Folded::new(&long), Folded::new(&long));
    }

    #[test]
    fn phrases_cross_any_spaces_on_one_line() {
        assert_eq!(
            match_phrase("đô\u{a0}la Mỹ.", "đô la mỹ"),
            Some("đô\u{a0}la Mỹ".len())
        );
        assert_eq!(match_phrase("đô\nla", "đô la"), None);
        assert_eq!(match_phrase("đô", "đô la"), None);
    }

    #[test]
    fn a_key_matches_as_its_fold_compares() {
        // Keys composed and decomposed, with ASCII letters first and marks later; words that
        // share their first letters and differ after.
        let keys = [
            "năm",
            "nam",
            "na\u{306}m",
            "a\u{302}p",
            "ấp",
            "ap",
            "Tỷ",
            "ty\u{309}",
            "đồng",
            "do\u{302}\u{300}ng",
            "km",
            "KM",
            "h",
            "",
        ];
        let words = [
            "năm",
            "NĂM",
            "nam",
            "nằm",
            "ấp",
            "áp",
            "ap",
            "tỷ",
            "tỉ",
            "ty",
            "đồng",
            "dong",
            "km",
            "kg",
            "h",
            "hà",
            "ha\u{300}",
        ];
        for word in words {
            let folded = Folded::new(word);
            for key in keys {
                let expected = !key.is_empty() && folded == Folded::new(key);
                assert_eq!(folded.matches(key), expected, "{word:?} against {key:?}");
            }
        }
    }
}
