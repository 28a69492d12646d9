//! A gazetteer of Vietnamese administrative units, before and after the reform
//! of 1 July 2025.
//!
//! Until 30 June 2025 Vietnam had three levels: 63 provinces (tỉnh and
//! centrally governed cities), 696 districts (quận, huyện, thị xã, provincial
//! cities) and 10,035 communes (phường, xã, thị trấn). From 1 July 2025 it has
//! two: 34 provinces and 3,321 communes (phường, xã, đặc khu). Both lists are
//! embedded, with the General Statistics Office (GSO) code of every unit and a
//! map from each old unit to the new unit it became part of. The old list is
//! the one in force on 30 June 2025, so it has the changes of 2023–2025
//! (thành phố Thủy Nguyên, thị xã Mộc Châu, the city of Huế) and lacks the
//! units they replaced.
//!
//! A code means nothing without its era and level: a new ward often reuses
//! the code of one of the old wards it absorbed (`00004` is phường Trúc Bạch
//! before the reform, phường Ba Đình after), and province `01`, district `001`
//! and commune `00001` would all be `1` as numbers. So codes are kept as the
//! office writes them, fixed-width strings whose width is the level ([`Code`]),
//! and every [`Unit`] carries its [`Era`] (written `legacy` and `2025`).
//!
//! Names are matched on a folded key ([`fold_name`]):
//!
//! ```text
//! key  = { char } ;   every character that is not a letter or digit is dropped
//! char = letter       lower case, diacritics removed: Ắ -> a, Đ -> d
//!      | digit        each run of digits without its leading zeros: 03 -> 3
//! ```
//!
//! so `Hà Nội`, `hà nội`, `HÀ NỘI`, `Ha-Noi`, `hanoi`, decomposed (NFD)
//! input and either tone placement (`hoà`, `hòa`) give the same key, and
//! `Phường 03` matches ward `3`. A few well-known short names are also
//! accepted: `HCM`, `TPHCM`, `HCMC`, `Sài Gòn` (Hồ Chí Minh), `HN` (Hà Nội),
//! `BRVT` (Bà Rịa - Vũng Tàu) and `Thừa Thiên Huế`, `TT Huế` (the old
//! province, which became the centrally governed city of Huế on 1 January
//! 2025 and is named Huế in both lists).
//!
//! Not handled: type words inside the name (`find_by_name("huyện Gia Viễn")`
//! finds nothing; pass the type separately to [`find`]), spelling variants
//! other than the above (`Quí`/`Quý`, `II`/`2`), and village-level units.
//!
//! The data comes from the `vietnamadminunits` package with the code
//! corrections listed in `data/gazetteer/SOURCE.md`; it is parsed once, on
//! first use.
//!
//! ```
//! use vnparse::gazetteer::{self, Era, Level};
//!
//! let gia_vien = gazetteer::find(Era::Before2025, Some(Level::District), Some("huyện"), "gia vien");
//! assert_eq!(gia_vien.len(), 1);
//! let province = gazetteer::parent(gia_vien[0]).unwrap();
//! assert_eq!((province.kind, province.name, province.code.to_string().as_str()), ("tỉnh", "Ninh Bình", "37"));
//! let now = gazetteer::successor(province).unwrap();
//! assert_eq!((now.era, now.name), (Era::After2025, "Ninh Bình"));
//! ```

use crate::error::{Error, ErrorKind};
use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

// The data is embedded with the default feature `gazetteer`; without it the lists are empty
// and every lookup finds nothing.
#[cfg(feature = "gazetteer")]
const BEFORE_TSV: &str = include_str!("../data/gazetteer/units_before_2025.tsv");
#[cfg(feature = "gazetteer")]
const AFTER_TSV: &str = include_str!("../data/gazetteer/units_after_2025.tsv");
#[cfg(feature = "gazetteer")]
const SUCCESSORS_TSV: &str = include_str!("../data/gazetteer/successors.tsv");
#[cfg(not(feature = "gazetteer"))]
const BEFORE_TSV: &str = "";
#[cfg(not(feature = "gazetteer"))]
const AFTER_TSV: &str = "";
#[cfg(not(feature = "gazetteer"))]
const SUCCESSORS_TSV: &str = "";

/// Well-known short names: (name, era or both, level, code).
const ALIASES: &[(&str, Option<Era>, Level, u32)] = &[
    ("HCM", None, Level::Province, 79),
    ("TPHCM", None, Level::Province, 79),
    ("HCMC", None, Level::Province, 79),
    ("Sài Gòn", None, Level::Province, 79),
    ("HN", None, Level::Province, 1),
    ("BRVT", Some(Era::Before2025), Level::Province, 77),
    ("Thừa Thiên Huế", Some(Era::Before2025), Level::Province, 46),
    ("TT Huế", Some(Era::Before2025), Level::Province, 46),
];

/// Which list a unit belongs to.
///
/// ```
/// use vnparse::gazetteer::{units, Era};
/// assert_eq!(units(Era::Before2025).len(), 63 + 696 + 10_035);
/// assert_eq!(units(Era::After2025).len(), 34 + 3_321);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Era {
    /// Units in force until 30 June 2025 (three levels).
    Before2025,
    /// Units in force from 1 July 2025 (no district level).
    After2025,
}

impl Era {
    /// The era as the entity contract writes it: `legacy` for the units before 1 July 2025,
    /// `2025` for those after.
    ///
    /// ```
    /// use vnparse::gazetteer::Era;
    /// assert_eq!((Era::Before2025.as_str(), Era::After2025.as_str()), ("legacy", "2025"));
    /// assert_eq!("legacy".parse::<Era>(), Ok(Era::Before2025));
    /// ```
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Era::Before2025 => "legacy",
            Era::After2025 => "2025",
        }
    }
}

impl fmt::Display for Era {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Era {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        match s {
            "legacy" => Ok(Era::Before2025),
            "2025" => Ok(Era::After2025),
            _ => Err(Error::at(
                s,
                0,
                ErrorKind::Invalid(format!("`{s}` is no era: `legacy` or `2025`")),
            )),
        }
    }
}

/// The level of a unit.
///
/// ```
/// use vnparse::gazetteer::Level;
/// assert_eq!(Level::District.as_str(), "district");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    /// Tỉnh or centrally governed thành phố.
    Province,
    /// Quận, huyện, thị xã or provincial thành phố (before 2025 only).
    District,
    /// Phường, xã, thị trấn or đặc khu.
    Commune,
}

impl Level {
    /// The level's name as used in extracted values: `province`, `district`, `commune`.
    ///
    /// ```
    /// use vnparse::gazetteer::Level;
    /// assert_eq!(Level::Commune.as_str(), "commune");
    /// ```
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Province => "province",
            Level::District => "district",
            Level::Commune => "commune",
        }
    }
}

/// A statistics office (GSO) code as the office writes it: fixed-width digits, the width
/// giving the level (2 for a province, 3 for a district, 5 for a commune), so that `01`,
/// `001` and `00001` are three different units and a join against an official table works.
///
/// ```text
/// code = 2 digit      (province: `01`, `79`)
///      | 3 digit      (district: `001`, `941`)
///      | 5 digit      (commune:  `00001`, `31519`)
/// ```
///
/// The same code means different units in the two [`Era`]s; keep the era with it.
///
/// ```
/// use vnparse::gazetteer::{Code, Level};
/// let c: Code = "00004".parse()?;
/// assert_eq!((c.level(), c.number()), (Level::Commune, 4));
/// assert_eq!(c.to_string(), "00004");
/// assert_eq!(Code::new(Level::Province, 2).unwrap().to_string(), "02");
/// assert!(Code::new(Level::Province, 100).is_none());
/// assert!("0001".parse::<Code>().is_err());
/// # Ok::<(), vnparse::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Code {
    level: Level,
    number: u32,
}

impl Code {
    /// The code `number` of a unit of `level`, if it fits the level's width.
    ///
    /// ```
    /// use vnparse::gazetteer::{Code, Level};
    /// assert_eq!(Code::new(Level::District, 1).unwrap().to_string(), "001");
    /// assert!(Code::new(Level::District, 1000).is_none());
    /// ```
    #[must_use]
    pub const fn new(level: Level, number: u32) -> Option<Code> {
        let limit = match level {
            Level::Province => 100,
            Level::District => 1_000,
            Level::Commune => 100_000,
        };
        if number < limit {
            Some(Code { level, number })
        } else {
            None
        }
    }

    /// How many digits the office writes for a code of `level`: 2, 3 or 5.
    ///
    /// ```
    /// use vnparse::gazetteer::{Code, Level};
    /// assert_eq!(Code::width(Level::Commune), 5);
    /// ```
    #[must_use]
    pub const fn width(level: Level) -> usize {
        match level {
            Level::Province => 2,
            Level::District => 3,
            Level::Commune => 5,
        }
    }

    /// The level of the units this code numbers.
    ///
    /// ```
    /// use vnparse::gazetteer::{Code, Level};
    /// assert_eq!("941".parse::<Code>().unwrap().level(), Level::District);
    /// ```
    #[must_use]
    pub fn level(self) -> Level {
        self.level
    }

    /// The code as a number, its leading zeros gone (`00004` is 4).
    ///
    /// ```
    /// use vnparse::gazetteer::Code;
    /// assert_eq!("02".parse::<Code>().unwrap().number(), 2);
    /// ```
    #[must_use]
    pub fn number(self) -> u32 {
        self.number
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:0width$}",
            self.number,
            width = Code::width(self.level)
        )
    }
}

impl FromStr for Code {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        const EXPECTED: &str = "a statistics office code of 2, 3 or 5 digits";
        if let Some((at, found)) = s.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
            return Err(Error::at(
                s,
                at,
                ErrorKind::Unexpected {
                    found,
                    expected: EXPECTED,
                },
            ));
        }
        let level = match s.len() {
            0 => return Err(Error::at(s, 0, ErrorKind::Empty(EXPECTED))),
            2 => Level::Province,
            3 => Level::District,
            5 => Level::Commune,
            n => {
                return Err(Error::at(
                    s,
                    0,
                    ErrorKind::Invalid(format!(
                        "`{s}` has {n} digits: a code has 2 (province), 3 (district) or 5 (commune)"
                    )),
                ))
            }
        };
        let number = s.parse().unwrap_or_default();
        Ok(Code { level, number })
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Level {
    type Err = Error;

    /// `province`, `district` or `commune`, as [`Level::as_str`] writes them.
    ///
    /// ```
    /// use vnparse::gazetteer::Level;
    /// assert_eq!("district".parse::<Level>(), Ok(Level::District));
    /// assert!("village".parse::<Level>().is_err());
    /// ```
    fn from_str(s: &str) -> Result<Self, Error> {
        [Level::Province, Level::District, Level::Commune]
            .into_iter()
            .find(|l| l.as_str() == s)
            .ok_or_else(|| {
                Error::new(
                    0,
                    ErrorKind::Invalid(format!(
                        "`{s}` is no level: `province`, `district` or `commune`"
                    )),
                )
            })
    }
}

/// One administrative unit.
///
/// ```
/// use vnparse::gazetteer::{by_code, Era, Level};
/// let u = by_code(Era::Before2025, "941".parse()?).unwrap();
/// assert_eq!((u.kind, u.name, u.level), ("thành phố", "Sóc Trăng", Level::District));
/// assert_eq!(u.parent.map(|p| p.to_string()).as_deref(), Some("94"));
/// # Ok::<(), vnparse::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Unit {
    /// The list it belongs to.
    pub era: Era,
    /// Province, district or commune.
    pub level: Level,
    /// GSO code, unique within one era and level, written fixed-width (`01`, `001`, `00001`).
    pub code: Code,
    /// Full lower-case type word: `tỉnh`, `thành phố`, `quận`, `huyện`, `thị xã`,
    /// `phường`, `xã`, `thị trấn` or `đặc khu`.
    pub kind: &'static str,
    /// Official name without the type word (`Gia Viễn`, `Hồ Chí Minh`, `3` for `Phường 3`).
    pub name: &'static str,
    /// Code of the parent unit in the same era: a commune's district before
    /// 2025, its province after; a district's province; `None` for a province.
    pub parent: Option<Code>,
}

/// All units of an era, sorted by level (provinces, districts, communes), then code.
///
/// ```
/// use vnparse::gazetteer::{units, Era, Level};
/// let provinces = units(Era::After2025).iter().filter(|u| u.level == Level::Province).count();
/// assert_eq!(provinces, 34);
/// ```
#[must_use]
pub fn units(era: Era) -> &'static [Unit] {
    db().of(era)
}

/// All units, of both eras, whose name or well-known short name has the same
/// folded key as `name` ([`fold_name`]). Units found by name come first,
/// those of the old list before those of the new, each by level then code;
/// then units found by a short name (`HCM`).
///
/// ```
/// use vnparse::gazetteer::{find_by_name, Era};
/// for query in ["Hà Nội", "hà nội", "HÀ NỘI", "hanoi", "HN"] {
///     assert!(find_by_name(query).any(|u| u.code.to_string() == "01" && u.era == Era::After2025));
/// }
/// assert!(find_by_name("TP.HCM").all(|u| u.name == "Hồ Chí Minh"));
/// ```
pub fn find_by_name(name: &str) -> impl Iterator<Item = &'static Unit> {
    let db = db();
    let key = fold_name(name);
    let found = db.range(&key);
    let by_name = found
        .iter()
        .filter_map(move |e| db.unit(e.era as usize, e.idx as usize));
    let by_alias = db
        .aliases
        .iter()
        .filter(move |a| !key.is_empty() && a.key == key)
        .filter_map(move |a| db.unit(a.era, a.idx));
    by_name.chain(by_alias)
}

/// The names `unit` had in the old list only, as the alias table writes them (`Thừa Thiên
/// Huế`, `TT Huế` for the city of Huế): names a text may give it under its former type word.
pub(crate) fn former_names_of(unit: &Unit) -> impl Iterator<Item = &'static str> + '_ {
    ALIASES
        .iter()
        .filter(move |&&(_, only, level, code)| {
            only.is_some() && level == unit.level && Code::new(level, code) == Some(unit.code)
        })
        .map(|&(name, ..)| name)
}

/// The well-known short names of `unit` (`HCM`, `TPHCM`, `HCMC`, `Sài Gòn` for Hồ Chí Minh), as
/// written in the alias table.
pub(crate) fn aliases_of(unit: &Unit) -> impl Iterator<Item = &'static str> + '_ {
    ALIASES
        .iter()
        .filter(move |&&(_, only, level, code)| {
            only.is_none_or(|o| o == unit.era)
                && level == unit.level
                && Code::new(level, code) == Some(unit.code)
        })
        .map(|&(name, ..)| name)
}

/// Whether the fold of some name of the gazetteer (or alias) begins with the fold of `name`:
/// where none does, no name written on from `name` is found (the extractor asks this before
/// looking up the longer runs of words after a type word, most of which name nothing).
pub(crate) fn any_name_starts_with(name: &str) -> bool {
    // Folded into one buffer kept on the thread: this is asked at every type word.
    thread_local! {
        static KEY: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    }
    KEY.with(|key| match key.try_borrow_mut() {
        Ok(mut key) => {
            key.clear();
            fold_into(name, &mut key);
            any_key_starts_with(key.as_bytes())
        }
        Err(_) => any_key_starts_with(fold_name(name).as_bytes()),
    })
}

/// [`any_name_starts_with`] for a folded key.
fn any_key_starts_with(key: &[u8]) -> bool {
    let db = db();
    let keys = db.keys.as_bytes();
    // The index is in the order of the keys' bytes: the first key at or after `key` begins
    // with it if any does.
    let prefix = prefix_of(key);
    let first = db
        .index
        .partition_point(|e| (e.prefix, key_of(keys, e)) < (prefix, key));
    db.index
        .get(first)
        .is_some_and(|e| key_of(keys, e).starts_with(key))
        || db.aliases.iter().any(|a| a.key.as_bytes().starts_with(key))
}

/// Units of one era whose name matches `name` (as [`find_by_name`]), optionally
/// restricted to a level and a type word (`kind` is folded too, so `huyen`
/// matches `huyện`).
///
/// ```
/// use vnparse::gazetteer::{find, Era, Level};
/// let lien_chieu = find(Era::Before2025, None, Some("quận"), "Liên Chiểu");
/// assert_eq!(lien_chieu.len(), 1);
/// assert!(find(Era::Before2025, Some(Level::District), Some("huyện"), "Châu Thành").len() > 1);
/// assert!(find(Era::After2025, Some(Level::District), None, "Liên Chiểu").is_empty());
/// ```
#[must_use]
pub fn find(era: Era, level: Option<Level>, kind: Option<&str>, name: &str) -> Vec<&'static Unit> {
    let kind = kind.map(fold_name);
    find_by_name(name)
        .filter(|u| u.era == era)
        .filter(|u| level.is_none() || level == Some(u.level))
        .filter(|u| match &kind {
            Some(k) => *k == fold_name(u.kind),
            None => true,
        })
        .collect()
}

/// The unit with this GSO code (whose width gives its level) in this era.
///
/// ```
/// use vnparse::gazetteer::{by_code, Era};
/// assert_eq!(by_code(Era::Before2025, "14".parse()?).unwrap().name, "Sơn La");
/// assert_eq!(by_code(Era::Before2025, "016".parse()?).unwrap().name, "Sóc Sơn"); // a district
/// assert!(by_code(Era::After2025, "001".parse()?).is_none());
/// # Ok::<(), vnparse::Error>(())
/// ```
#[must_use]
pub fn by_code(era: Era, code: Code) -> Option<&'static Unit> {
    let db = db();
    let i = db.position(era, code)?;
    db.unit(era_index(era), i)
}

/// The unit's parent in the same era: a commune's district (before 2025) or
/// province (after), a district's province; `None` for a province.
///
/// ```
/// use vnparse::gazetteer::{find, parent, Era};
/// let dang_hai = find(Era::Before2025, None, Some("phường"), "Đằng Hải")[0];
/// let hai_an = parent(dang_hai).unwrap();
/// assert_eq!((hai_an.kind, hai_an.name), ("quận", "Hải An"));
/// assert_eq!(parent(hai_an).unwrap().name, "Hải Phòng");
/// ```
#[must_use]
pub fn parent(unit: &Unit) -> Option<&'static Unit> {
    if unit.level == Level::Province {
        return None;
    }
    by_code(unit.era, unit.parent?)
}

/// The unit of the 2025 list that an old unit became part of: for a commune,
/// the new commune (for one split between several, the one the source names
/// as its main successor); for a district or province, the new province.
/// `None` for a unit of the 2025 list.
///
/// ```
/// use vnparse::gazetteer::{by_code, successor, Era};
/// let soc_trang = by_code(Era::Before2025, "94".parse()?).unwrap();
/// assert_eq!(successor(soc_trang).unwrap().name, "Cần Thơ");
/// # Ok::<(), vnparse::Error>(())
/// ```
#[must_use]
pub fn successor(unit: &Unit) -> Option<&'static Unit> {
    if unit.era != Era::Before2025 {
        return None;
    }
    let db = db();
    let i = db.position(unit.era, unit.code)?;
    let next = *db.successor.get(i)?;
    db.unit(era_index(Era::After2025), next as usize)
}

/// The key names are matched on: letters in lower case with every diacritic
/// removed (`đ` is `d`), digits without the leading zeros of each run, and
/// nothing else (spaces, hyphens, dots, apostrophes and combining marks are
/// dropped). `k` where `c` may stand for the same sound (before any letter but
/// `i`, `e`, `y` and the `h` of `kh`, and at a syllable's end) is `c`: names of
/// the highlands are spelled either way (`Đắk Lắk`, `Đắc Lắc`; `Bắc Kạn`, `Bắc
/// Cạn`; `Krông Pắc`, `Krông Pak`).
///
/// ```
/// use vnparse::gazetteer::fold_name;
/// assert_eq!(fold_name("Hà Nội"), "hanoi");
/// assert_eq!(fold_name("HÀ NỘI"), fold_name("ha-noi"));
/// assert_eq!(fold_name("Thanh Hoá"), fold_name("Thanh Hóa"));
/// assert_eq!(fold_name("Đắk Lắk"), "daclac");
/// assert_eq!(fold_name("Đắc Lắc"), fold_name("Đăk Lăk"));
/// assert_eq!(fold_name("Bắc Cạn"), fold_name("Bắc Kạn"));
/// assert_eq!(fold_name("Kiên Giang"), "kiengiang");
/// assert_eq!(fold_name("Phường 03"), "phuong3");
/// ```
#[must_use]
pub fn fold_name(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

fn fold_into(s: &str, out: &mut String) {
    let mut f = Folder {
        out,
        zero: false,
        digits: false,
        k: false,
    };
    for c in s.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                f.push(c.to_ascii_lowercase());
            } else {
                f.end_word();
            }
        } else if let Some(b) = fold_vietnamese(c) {
            f.push(b);
        } else {
            for c in c.to_lowercase() {
                if c.is_ascii_alphanumeric() {
                    f.push(c);
                } else if let Some(b) = fold_vietnamese(c) {
                    f.push(b);
                } else if c.is_alphanumeric() && !c.is_ascii() {
                    f.push(c);
                } else if !crate::text::is_combining_mark(c) {
                    f.end_word();
                }
            }
        }
    }
    f.end_word();
    f.finish();
}

/// Writes folded characters, dropping the leading zeros of each run of digits, and `k` as `c`
/// where `c` may spell the same sound (see [`fold_name`]).
struct Folder<'a> {
    out: &'a mut String,
    /// The current run of digits began with zeros not yet written.
    zero: bool,
    /// A digit other than a leading zero has been written in the current run.
    digits: bool,
    /// A `k` was read and not yet written: the letter after it says how.
    k: bool,
}

impl Folder<'_> {
    fn push(&mut self, b: char) {
        if self.k {
            self.k = false;
            self.out.push(if matches!(b, 'i' | 'e' | 'y' | 'h') {
                'k'
            } else {
                'c'
            });
        }
        if b.is_ascii_digit() {
            if self.digits || b != '0' {
                self.out.push(b);
                self.digits = true;
            } else {
                self.zero = true;
            }
            return;
        }
        self.finish();
        if b == 'k' {
            self.k = true;
        } else {
            self.out.push(b);
        }
    }

    /// Ends a word: a `k` that ends it is `c` whatever opens the next (`Đắk Hà`).
    fn end_word(&mut self) {
        if self.k {
            self.k = false;
            self.out.push('c');
        }
    }

    /// Ends a run of digits: a run of zeros only is written as one `0`.
    fn finish(&mut self) {
        if self.zero && !self.digits {
            self.out.push('0');
        }
        self.zero = false;
        self.digits = false;
    }
}

/// The base letter of a lower-case Vietnamese letter with diacritics (and of
/// `Đ`), or `None` for any other character.
fn fold_vietnamese(c: char) -> Option<char> {
    let base = match c {
        'à' | 'á' | 'ả' | 'ã' | 'ạ' | 'ă' | 'ằ' | 'ắ' | 'ẳ' | 'ẵ' | 'ặ' | 'â' | 'ầ' | 'ấ' | 'ẩ'
        | 'ẫ' | 'ậ' => 'a',
        'è' | 'é' | 'ẻ' | 'ẽ' | 'ẹ' | 'ê' | 'ề' | 'ế' | 'ể' | 'ễ' | 'ệ' => 'e',
        'ì' | 'í' | 'ỉ' | 'ĩ' | 'ị' => 'i',
        'ò' | 'ó' | 'ỏ' | 'õ' | 'ọ' | 'ô' | 'ồ' | 'ố' | 'ổ' | 'ỗ' | 'ộ' | 'ơ' | 'ờ' | 'ớ' | 'ở'
        | 'ỡ' | 'ợ' => 'o',
        'ù' | 'ú' | 'ủ' | 'ũ' | 'ụ' | 'ư' | 'ừ' | 'ứ' | 'ử' | 'ữ' | 'ự' => 'u',
        'ỳ' | 'ý' | 'ỷ' | 'ỹ' | 'ỵ' => 'y',
        // đ, and the look-alike eth sometimes typed for it.
        'đ' | 'Đ' | 'ð' | 'Ð' => 'd',
        _ => return None,
    };
    Some(base)
}

// ---------------------------------------------------------------------------
// The parsed tables.

const NONE: u32 = u32::MAX;

/// A name key in `Db::keys` and the unit it names.
struct Entry {
    /// The key's first eight bytes, big-endian, zero-padded: orders as the key does.
    prefix: u64,
    start: u32,
    end: u32,
    era: u32,
    idx: u32,
}

struct Alias {
    key: String,
    era: usize,
    idx: usize,
}

struct Db {
    /// Per era, sorted by (level, code).
    units: [Vec<Unit>; 2],
    /// All folded names, back to back.
    keys: String,
    /// Sorted by key, then era, level, code.
    index: Vec<Entry>,
    /// For each unit of `units[0]`, the index of its successor in `units[1]`, or `NONE`.
    successor: Vec<u32>,
    aliases: Vec<Alias>,
}

fn era_index(era: Era) -> usize {
    match era {
        Era::Before2025 => 0,
        Era::After2025 => 1,
    }
}

fn db() -> &'static Db {
    static DB: OnceLock<Db> = OnceLock::new();
    DB.get_or_init(Db::load)
}

impl Db {
    fn load() -> Db {
        let units = [
            parse_units(BEFORE_TSV, Era::Before2025),
            parse_units(AFTER_TSV, Era::After2025),
        ];
        let mut db = Db {
            units,
            keys: String::with_capacity(256 * 1024),
            index: Vec::new(),
            successor: Vec::new(),
            aliases: Vec::new(),
        };
        db.index_names();
        db.link_successors();
        db.resolve_aliases();
        db
    }

    fn index_names(&mut self) {
        let total = self.units.iter().map(Vec::len).sum();
        let mut index = Vec::with_capacity(total);
        for (era, list) in self.units.iter().enumerate() {
            for (idx, unit) in list.iter().enumerate() {
                let start = self.keys.len();
                fold_into(unit.name, &mut self.keys);
                let (Ok(start), Ok(end), Ok(era), Ok(idx)) = (
                    u32::try_from(start),
                    u32::try_from(self.keys.len()),
                    u32::try_from(era),
                    u32::try_from(idx),
                ) else {
                    continue;
                };
                let prefix = prefix_of(
                    self.keys
                        .as_bytes()
                        .get(start as usize..end as usize)
                        .unwrap_or_default(),
                );
                index.push(Entry {
                    prefix,
                    start,
                    end,
                    era,
                    idx,
                });
            }
        }
        let keys = self.keys.as_bytes();
        // Equal keys keep the order era, level, code.
        index.sort_unstable_by(|a, b| {
            (a.prefix.cmp(&b.prefix))
                .then_with(|| key_of(keys, a).cmp(key_of(keys, b)))
                .then((a.era, a.idx).cmp(&(b.era, b.idx)))
        });
        self.index = index;
    }

    fn link_successors(&mut self) {
        let mut successor = vec![NONE; self.units[0].len()];
        // The file lists old units in the order of `units[0]`: try the next one first.
        let mut next = 0;
        for line in SUCCESSORS_TSV.lines() {
            let Some([level, old, new]) = fields(line) else {
                continue;
            };
            let (Some(level), Ok(old), Ok(new)) =
                (parse_level(level), old.parse::<Code>(), new.parse::<Code>())
            else {
                continue;
            };
            if old.level() != level {
                continue;
            }
            let hinted = self.units[0].get(next).filter(|u| u.code == old);
            let i = match hinted {
                Some(_) => Some(next),
                None => self.position(Era::Before2025, old),
            };
            let (Some(i), Some(j)) = (i, self.position(Era::After2025, new)) else {
                continue;
            };
            next = i.saturating_add(1);
            if let (Some(slot), Ok(j)) = (successor.get_mut(i), u32::try_from(j)) {
                *slot = j;
            }
        }
        self.successor = successor;
    }

    fn resolve_aliases(&mut self) {
        for &(name, only, level, code) in ALIASES {
            for era in [Era::Before2025, Era::After2025] {
                if only.is_some_and(|o| o != era) {
                    continue;
                }
                if let Some(idx) = Code::new(level, code).and_then(|c| self.position(era, c)) {
                    let key = fold_name(name);
                    self.aliases.push(Alias {
                        key,
                        era: era_index(era),
                        idx,
                    });
                }
            }
        }
    }

    /// The units of `era`.
    fn of(&self, era: Era) -> &[Unit] {
        let [before, after] = &self.units;
        match era {
            Era::Before2025 => before,
            Era::After2025 => after,
        }
    }

    fn unit(&self, era: usize, idx: usize) -> Option<&Unit> {
        self.units.get(era)?.get(idx)
    }

    /// Index in `units[era]` of the unit with this code.
    fn position(&self, era: Era, code: Code) -> Option<usize> {
        self.of(era).binary_search_by(|u| u.code.cmp(&code)).ok()
    }

    /// The index entries whose key is `key`.
    fn range(&self, key: &str) -> &[Entry] {
        let keys = self.keys.as_bytes();
        let key = key.as_bytes();
        let prefix = prefix_of(key);
        let lo = self
            .index
            .partition_point(|e| (e.prefix, key_of(keys, e)) < (prefix, key));
        let from = self.index.get(lo..).unwrap_or_default();
        let len = from.partition_point(|e| e.prefix == prefix && key_of(keys, e) == key);
        from.get(..len).unwrap_or_default()
    }
}

fn prefix_of(key: &[u8]) -> u64 {
    let mut b = [0u8; 8];
    for (slot, byte) in b.iter_mut().zip(key) {
        *slot = *byte;
    }
    u64::from_be_bytes(b)
}

fn key_of<'a>(keys: &'a [u8], e: &Entry) -> &'a [u8] {
    keys.get(e.start as usize..e.end as usize)
        .unwrap_or_default()
}

/// The `N` tab-separated fields of a line, or `None` if it has another number.
fn fields<const N: usize>(line: &str) -> Option<[&str; N]> {
    let mut out = [""; N];
    let mut rest = Some(line);
    for slot in &mut out {
        let field = rest?;
        if let Some((head, tail)) = field.split_once('\t') {
            *slot = head;
            rest = Some(tail);
        } else {
            *slot = field;
            rest = None;
        }
    }
    rest.is_none().then_some(out)
}

fn parse_level(s: &str) -> Option<Level> {
    match s {
        "p" => Some(Level::Province),
        "d" => Some(Level::District),
        "c" => Some(Level::Commune),
        _ => None,
    }
}

/// Lines `code TAB level TAB type TAB name TAB parent`; malformed lines are skipped.
fn parse_units(text: &'static str, era: Era) -> Vec<Unit> {
    let mut units = Vec::with_capacity(text.len() / 28);
    for line in text.lines() {
        let Some([code, level, kind, name, parent]) = fields(line) else {
            continue;
        };
        let (Ok(code), Some(level)) = (code.parse::<Code>(), parse_level(level)) else {
            continue;
        };
        if code.level() != level {
            continue;
        }
        let parent = if parent.is_empty() {
            None
        } else {
            match parent.parse::<Code>() {
                Ok(p) => Some(p),
                Err(_) => continue,
            }
        };
        units.push(Unit {
            era,
            level,
            code,
            kind,
            name,
            parent,
        });
    }
    units.sort_by_key(|u| u.code);
    units.dedup_by_key(|u| u.code);
    units
}

#[cfg(all(test, feature = "gazetteer"))]
mod tests {
    use super::*;
    use std::collections::HashSet;

    const BEFORE: Era = Era::Before2025;
    const AFTER: Era = Era::After2025;

    /// The code `n` of `level`; `Code { level, number: n }` when too wide, to look up nothing.
    fn c(level: Level, n: u32) -> Code {
        Code::new(level, n).unwrap_or(Code { level, number: n })
    }

    fn count(era: Era, level: Level) -> usize {
        units(era).iter().filter(|u| u.level == level).count()
    }

    fn count_kind(era: Era, kind: &str) -> usize {
        units(era).iter().filter(|u| u.kind == kind).count()
    }

    #[test]
    fn counts_match_source_md() {
        assert_eq!(count(BEFORE, Level::Province), 63);
        assert_eq!(count(BEFORE, Level::District), 696);
        assert_eq!(count(BEFORE, Level::Commune), 10_035);
        assert_eq!(count(AFTER, Level::Province), 34);
        assert_eq!(count(AFTER, Level::District), 0);
        assert_eq!(count(AFTER, Level::Commune), 3_321);

        let before = [
            ("tỉnh", 57),
            ("thành phố", 6 + 87),
            ("quận", 49),
            ("huyện", 508),
            ("thị xã", 52),
            ("phường", 1_726),
            ("xã", 7_692),
            ("thị trấn", 617),
        ];
        for (kind, n) in before {
            assert_eq!(count_kind(BEFORE, kind), n, "{kind}");
        }
        let after = [
            ("tỉnh", 28),
            ("thành phố", 6),
            ("phường", 687),
            ("xã", 2_621),
            ("đặc khu", 13),
        ];
        for (kind, n) in after {
            assert_eq!(count_kind(AFTER, kind), n, "{kind}");
        }
        // Every line of the data files was read.
        assert_eq!(units(BEFORE).len(), BEFORE_TSV.lines().count());
        assert_eq!(units(AFTER).len(), AFTER_TSV.lines().count());
    }

    #[test]
    fn kinds_and_levels_agree() {
        for u in units(BEFORE).iter().chain(units(AFTER)) {
            let ok = match u.level {
                Level::Province => ["tỉnh", "thành phố"].contains(&u.kind),
                Level::District => ["quận", "huyện", "thị xã", "thành phố"].contains(&u.kind),
                Level::Commune => ["phường", "xã", "thị trấn", "đặc khu"].contains(&u.kind),
            };
            assert!(ok, "{u:?}");
            assert!(!u.name.is_empty() && u.name.trim() == u.name, "{u:?}");
            assert!(!fold_name(u.name).is_empty(), "{u:?}");
        }
    }

    #[test]
    fn codes_are_unique_and_round_trip() {
        for era in [BEFORE, AFTER] {
            let mut seen = HashSet::new();
            for u in units(era) {
                assert!(seen.insert(u.code), "duplicate {u:?}");
                assert_eq!(by_code(era, u.code), Some(u));
            }
        }
    }

    /// Decomposes precomposed Vietnamese letters (NFD), test-only.
    fn nfd(s: &str) -> String {
        const ROWS: [(&str, char, Option<char>); 12] = [
            ("aàáảãạ", 'a', None),
            ("ăằắẳẵặ", 'a', Some('\u{306}')),
            ("âầấẩẫậ", 'a', Some('\u{302}')),
            ("eèéẻẽẹ", 'e', None),
            ("êềếểễệ", 'e', Some('\u{302}')),
            ("iìíỉĩị", 'i', None),
            ("oòóỏõọ", 'o', None),
            ("ôồốổỗộ", 'o', Some('\u{302}')),
            ("ơờớởỡợ", 'o', Some('\u{31b}')),
            ("uùúủũụ", 'u', None),
            ("ưừứửữự", 'u', Some('\u{31b}')),
            ("yỳýỷỹỵ", 'y', None),
        ];
        const TONES: [Option<char>; 6] = [
            None,
            Some('\u{300}'),
            Some('\u{301}'),
            Some('\u{309}'),
            Some('\u{303}'),
            Some('\u{323}'),
        ];
        let mut out = String::new();
        for c in s.chars() {
            let lower = c.to_lowercase().next().unwrap_or(c);
            let upper = lower != c;
            let hit = ROWS.iter().find_map(|(row, base, mark)| {
                row.chars()
                    .position(|x| x == lower)
                    .map(|t| (*base, *mark, TONES[t]))
            });
            match hit {
                Some((base, mark, tone)) => {
                    out.push(if upper {
                        base.to_ascii_uppercase()
                    } else {
                        base
                    });
                    out.extend(mark);
                    out.extend(tone);
                }
                None => out.push(c),
            }
        }
        out
    }

    /// Removes the marks but keeps case and spacing: "Hà Nội" -> "Ha Noi".
    fn strip_marks(s: &str) -> String {
        nfd(s)
            .chars()
            .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
            .map(|c| match c {
                'đ' => 'd',
                'Đ' => 'D',
                c => c,
            })
            .collect()
    }

    #[test]
    fn nfd_helper_decomposes() {
        assert_eq!(nfd("Ắ"), "A\u{306}\u{301}");
        assert_eq!(nfd("hoà").chars().count(), 4);
        assert_eq!(strip_marks("Đắk Lắk"), "Dak Lak");
    }

    #[test]
    fn every_unit_is_found_by_its_own_name() {
        for era in [BEFORE, AFTER] {
            for u in units(era) {
                let forms = [
                    u.name.to_string(),
                    u.name.to_lowercase(),
                    u.name.to_uppercase(),
                    strip_marks(u.name),
                    nfd(u.name),
                    u.name.replace(' ', "-"),
                    fold_name(u.name),
                ];
                for form in forms {
                    assert!(
                        find_by_name(&form).any(|x| x == u),
                        "{form:?} does not find {u:?}"
                    );
                    assert!(
                        find(era, Some(u.level), Some(u.kind), &form).contains(&u),
                        "{form:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn results_are_ordered_and_complete() {
        let all: Vec<_> = find_by_name("Châu Thành").collect();
        let expected = units(BEFORE)
            .iter()
            .chain(units(AFTER))
            .filter(|u| fold_name(u.name) == "chauthanh")
            .count();
        assert_eq!(all.len(), expected);
        assert!(all
            .windows(2)
            .all(|w| (w[0].era, w[0].code) < (w[1].era, w[1].code)));
    }

    #[test]
    fn every_parent_exists() {
        for era in [BEFORE, AFTER] {
            for u in units(era) {
                match u.level {
                    Level::Province => {
                        assert_eq!(u.parent, None);
                        assert_eq!(parent(u), None);
                    }
                    _ => {
                        let p = parent(u).unwrap_or_else(|| panic!("no parent for {u:?}"));
                        assert_eq!(Some(p.code), u.parent);
                        assert_eq!(p.era, era);
                        let want = match (era, u.level) {
                            (Era::Before2025, Level::Commune) => Level::District,
                            _ => Level::Province,
                        };
                        assert_eq!(p.level, want, "{u:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn every_old_unit_has_a_successor() {
        for u in units(BEFORE) {
            let s = successor(u).unwrap_or_else(|| panic!("no successor for {u:?}"));
            assert_eq!(s.era, AFTER);
            let want = if u.level == Level::Commune {
                Level::Commune
            } else {
                Level::Province
            };
            assert_eq!(s.level, want, "{u:?}");
        }
        for u in units(AFTER) {
            assert_eq!(successor(u), None);
        }
        // A district goes with its province, and a commune stays within it.
        for u in units(BEFORE).iter().filter(|u| u.level != Level::Province) {
            let mut p = parent(u);
            while let Some(q) = p.filter(|q| q.level != Level::Province) {
                p = parent(q);
            }
            let old_province = p.expect("province");
            let new_province = successor(old_province).expect("successor");
            let s = successor(u).expect("successor");
            let s_province = if s.level == Level::Province {
                Some(s)
            } else {
                parent(s)
            };
            assert_eq!(s_province, Some(new_province), "{u:?}");
        }
    }

    #[test]
    fn spot_checks() {
        // huyện Gia Viễn, Ninh Bình.
        let gia_vien = find(BEFORE, Some(Level::District), Some("huyện"), "Gia Viễn");
        assert_eq!(gia_vien.len(), 1);
        let ninh_binh = parent(gia_vien[0]).unwrap();
        assert_eq!(
            (ninh_binh.name, ninh_binh.code),
            ("Ninh Bình", c(Level::Province, 37))
        );
        assert_eq!(find(BEFORE, None, Some("HUYỆN"), "GIA VIỄN"), gia_vien);

        // thành phố Sóc Trăng, in tỉnh Sóc Trăng (94); the new phường Sóc Trăng is in Cần Thơ.
        let tp = find(
            BEFORE,
            Some(Level::District),
            Some("thành phố"),
            "Sóc Trăng",
        );
        assert_eq!(tp.len(), 1);
        assert_eq!(
            parent(tp[0]).map(|p| (p.kind, p.code)),
            Some(("tỉnh", c(Level::Province, 94)))
        );
        let ward = find(AFTER, None, Some("phường"), "soc trang");
        assert_eq!(ward.len(), 1);
        assert_eq!(parent(ward[0]).unwrap().name, "Cần Thơ");

        // quận Liên Chiểu, Đà Nẵng.
        let lc = find(BEFORE, None, Some("quận"), "Liên Chiểu");
        assert_eq!(lc.len(), 1);
        assert_eq!(parent(lc[0]).unwrap().name, "Đà Nẵng");

        // phường Đằng Hải, quận Hải An, Hải Phòng.
        let dh = find(BEFORE, Some(Level::Commune), Some("phường"), "Đằng Hải");
        assert_eq!(dh.len(), 1);
        let hai_an = parent(dh[0]).unwrap();
        assert_eq!((hai_an.kind, hai_an.name), ("quận", "Hải An"));
        assert_eq!(parent(hai_an).unwrap().name, "Hải Phòng");

        // Official province codes.
        for (code, name) in [
            (1, "Hà Nội"),
            (14, "Sơn La"),
            (37, "Ninh Bình"),
            (79, "Hồ Chí Minh"),
            (94, "Sóc Trăng"),
        ] {
            assert_eq!(
                by_code(BEFORE, c(Level::Province, code)).map(|u| u.name),
                Some(name)
            );
        }
        assert_eq!(
            by_code(AFTER, c(Level::Province, 14)).map(|u| u.name),
            Some("Sơn La")
        );

        // Many huyện Châu Thành, many Phường 1.
        assert!(find(BEFORE, Some(Level::District), Some("huyện"), "Châu Thành").len() > 1);
        let p1 = find(BEFORE, Some(Level::Commune), Some("phường"), "1");
        assert!(p1.len() > 10, "{}", p1.len());
        assert_eq!(find(BEFORE, None, Some("phường"), "01"), p1);

        // Special zones and the old island districts.
        let pq = find(AFTER, None, Some("đặc khu"), "Phú Quốc");
        assert_eq!(pq.len(), 1);
        assert_eq!(parent(pq[0]).unwrap().name, "An Giang");
        let old_pq = find(BEFORE, Some(Level::District), Some("thành phố"), "phu quoc");
        assert_eq!(successor(old_pq[0]).unwrap().name, "An Giang");

        // Tone placement either way.
        assert!(find_by_name("Thanh Hoá").any(|u| u.level == Level::Province));
        assert!(
            find_by_name("Khánh Hoà").any(|u| u.code == c(Level::Province, 56) && u.era == AFTER)
        );
    }

    #[test]
    fn huế_in_both_eras() {
        let hue: Vec<_> = find_by_name("Huế")
            .filter(|u| u.level == Level::Province)
            .collect();
        assert_eq!(hue.len(), 2);
        assert!(hue
            .iter()
            .all(|u| u.code == c(Level::Province, 46) && u.kind == "thành phố"));
        let tth: Vec<_> = find_by_name("Thừa Thiên Huế").collect();
        assert_eq!(tth, vec![by_code(BEFORE, c(Level::Province, 46)).unwrap()]);
        assert_eq!(find_by_name("thua thien - hue").count(), 1);
    }

    #[test]
    fn aliases() {
        let hcm_before = by_code(BEFORE, c(Level::Province, 79)).unwrap();
        let hcm_after = by_code(AFTER, c(Level::Province, 79)).unwrap();
        for q in [
            "HCM",
            "hcm",
            "TPHCM",
            "TP.HCM",
            "TP HCM",
            "HCMC",
            "Sài Gòn",
            "sai gon",
            "Saigon",
        ] {
            let got: Vec<_> = find_by_name(q)
                .filter(|u| u.level == Level::Province)
                .collect();
            assert_eq!(got, vec![hcm_before, hcm_after], "{q}");
        }
        // Sài Gòn is also the name of a ward of the new city.
        let sai_gon: Vec<_> = find_by_name("Sài Gòn")
            .map(|u| (u.era, u.kind, u.code))
            .collect();
        assert_eq!(sai_gon[0].1, "phường");
        assert_eq!(sai_gon.len(), 3);
        assert_eq!(
            find(AFTER, None, None, "HN"),
            vec![by_code(AFTER, c(Level::Province, 1)).unwrap()]
        );
        assert_eq!(find(BEFORE, None, None, "BR-VT").len(), 1);
        // No alias is just its unit's own name again (that would list it twice).
        for &(name, _, level, code) in ALIASES {
            let target = by_code(AFTER, c(level, code))
                .or_else(|| by_code(BEFORE, c(level, code)))
                .unwrap();
            assert_ne!(fold_name(name), fold_name(target.name), "{name}");
        }
    }

    #[test]
    fn fold_examples() {
        for s in [
            "Hà Nội",
            "hà nội",
            "HÀ NỘI",
            "hanoi",
            "Ha-Noi",
            " ha  noi ",
            "Hà\u{a0}Nội",
            &nfd("Hà Nội"),
        ] {
            assert_eq!(fold_name(s), "hanoi", "{s:?}");
        }
        assert_eq!(fold_name("hoà"), fold_name("hòa"));
        assert_eq!(fold_name("ĐỒNG THÁP"), "dongthap");
        assert_eq!(fold_name("M'Đrắk"), "mdrac");
        assert_eq!(fold_name("Đắk Hà"), fold_name("Đắc Hà"));
        assert_eq!(fold_name("Khánh"), "khanh");
        assert_eq!(fold_name("Phường 007"), "phuong7");
        assert_eq!(fold_name("0"), "0");
        assert_eq!(fold_name("00 a 0"), "0a0");
        assert_eq!(fold_name("Quận 10"), "quan10");
        assert_eq!(fold_name("Đồi 61"), "doi61");
        assert_eq!(fold_name(""), "");
        assert_eq!(fold_name("-- . --"), "");
    }

    #[test]
    fn odd_input_does_not_panic() {
        let long = "ă".repeat(100_000);
        let inputs = [
            "",
            " ",
            "\0",
            "\u{301}\u{301}",
            "\u{feff}Hà Nội",
            "İstanbul",
            "ß",
            "🙂",
            "\t\n",
            long.as_str(),
        ];
        for s in inputs {
            let _ = find_by_name(s).count();
            let _ = find(AFTER, Some(Level::District), Some(s), s);
            let _ = fold_name(s);
        }
        assert_eq!(find_by_name("").count(), 0);
        assert_eq!(find_by_name("---").count(), 0);
        assert_eq!(by_code(BEFORE, c(Level::Commune, 99_999)), None);
        let made_up = Unit {
            era: AFTER,
            level: Level::District,
            code: c(Level::District, 7),
            kind: "huyện",
            name: "Không Có",
            parent: Some(c(Level::Province, 99)),
        };
        assert_eq!(parent(&made_up), None);
        assert_eq!(successor(&made_up), None);
        let made_up_old = Unit {
            era: BEFORE,
            level: Level::Commune,
            code: c(Level::Commune, 0),
            ..made_up
        };
        assert_eq!(successor(&made_up_old), None);
    }
}
