//! Administrative units: `tỉnh Thái Bình`, `TP.Sóc Trăng`, `Tp Sóc Trăng`, `huyện gia viễn`,
//! `Quận Liên Chiểu`, `Phường 3`, `TP.HCM`, `Q.1`, `P. Bến Nghé`, `đặc khu Phú Quốc`,
//! `khu phố 2`, `thôn Đông`.
//!
//! # Grammar
//!
//! ```text
//! unit   = type name | abbrev name | "TPHCM" (any case; `tp.hcm`, `tp hcm`)
//! type   = "tỉnh" | "thành phố" | "quận" | "huyện" | "thị xã" | "phường" | "xã" | "thị trấn"
//!        | "đặc khu" | "thôn" | "ấp" | "bản" | "buôn" | "làng" | "xóm" | "khóm" | "sóc"
//!        | "khu phố" | "tổ dân phố" | "tổ"
//! abbrev = "TP." | "Tp." | "tp." | "TP" | "Tp" | "tp" | "TX." | "TX" | "TT." | "Q." | "H." | "P." | "X."
//!        | "q." | "p." | "tx." | "tt." | "h." | "x."   (lower case: `q.` before a number or a known name, the others a known name)
//! name   = a name of the gazetteer of that type      (any case: `huyện gia viễn`)
//!        | a name of a district-level `thành phố` after `thị xã`, or the reverse
//!                                                    (any case: `tx. bến cát`, a town that became a city)
//!        | number                                    (`Phường 03`, `Quận 1`, `khu phố 2`)
//!        | capitalized words                          (a unit the gazetteer lacks: `huyện Nam Sang`)
//! ```
//!
//! Where a name ends is decided by the gazetteer: the longest run of words that names a unit
//! of that type, so `huyện Gia Viễn tổ chức hội nghị` ends after `Viễn`. A name the gazetteer
//! lacks is read only when its words are capitalized (and never after the bare `tp`), and not
//! when it begins with a common family name (`thành phố Trần Văn Trí` is a person's title).
//! Not units: a type word alone or in a list (`các xã, thị trấn`), one lower-case word after
//! it (`xã hội`, `tỉnh ta`), `tỉnh lộ`, initials (`H.A`).
//!
//! The value names the unit in full: the type in lower case, the name as officially written
//! (`HUYỆN GIA VIỄN` is `huyện Gia Viễn`, `TP.HCM` is `thành phố Hồ Chí Minh`).

use crate::error::{parse_all, Error, ErrorKind, Expect, Stop};
use crate::gazetteer::{self, Code, Era, Level, Unit};
use crate::text::{
    is_capitalized, is_space, same_word, space0, space1, split_word, word_in, Folded, PhraseTable,
};
use nom::error::{Error as NomError, ErrorKind as NomErrorKind};
use nom::IResult;
use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

/// The type of an administrative unit.
///
/// ```
/// use vnparse::admin::{AdminType, AdminUnit};
/// let u: AdminUnit = "TX. Sơn Tây".parse()?;
/// assert_eq!(u.kind, AdminType::ThiXa);
/// assert_eq!(u.kind.word(), "thị xã");
/// # Ok::<(), vnparse::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdminType {
    /// tỉnh: a province.
    Tinh,
    /// thành phố: a centrally governed or a provincial city.
    ThanhPho,
    /// quận: an urban district.
    Quan,
    /// huyện: a rural district.
    Huyen,
    /// thị xã: a town.
    ThiXa,
    /// phường: a ward.
    Phuong,
    /// xã: a commune.
    Xa,
    /// thị trấn: a township.
    ThiTran,
    /// đặc khu: a special zone (from 2025).
    DacKhu,
    /// thôn: a village.
    Thon,
    /// ấp: a hamlet (in the south).
    Ap,
    /// bản: a village (in the mountains).
    Ban,
    /// buôn: a village (in the Central Highlands).
    Buon,
    /// làng: a village.
    Lang,
    /// xóm: a hamlet.
    Xom,
    /// khóm: a neighbourhood (in the south).
    Khom,
    /// sóc: a Khmer village.
    Soc,
    /// khu phố: an urban quarter.
    KhuPho,
    /// tổ dân phố: a residential group.
    ToDanPho,
    /// tổ: a residential group.
    To,
}

/// The level of a unit, as the entity contract names it.
///
/// Levels order from the largest unit to the smallest, as an address is nested.
///
/// ```
/// use vnparse::admin::{AdminLevel, AdminUnit};
/// let ward: AdminUnit = "Phường 3".parse()?;
/// assert_eq!(ward.level, AdminLevel::Commune);
/// assert!(AdminLevel::Province < AdminLevel::District);
/// assert!(AdminLevel::Commune < AdminLevel::Village);
/// # Ok::<(), vnparse::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AdminLevel {
    /// Provinces and centrally governed cities.
    Province,
    /// Districts, towns and provincial cities (before 2025).
    District,
    /// Wards, communes, townships and special zones.
    Commune,
    /// Villages and urban quarters.
    Village,
}

impl AdminLevel {
    /// `province`, `district`, `commune` or `village`: the contract's `level` field.
    ///
    /// ```
    /// use vnparse::admin::AdminLevel;
    /// assert_eq!(AdminLevel::Province.as_str(), "province");
    /// assert_eq!(AdminLevel::Village.as_str(), "village");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            AdminLevel::Province => "province",
            AdminLevel::District => "district",
            AdminLevel::Commune => "commune",
            AdminLevel::Village => "village",
        }
    }

    pub(crate) fn of(level: Level) -> Self {
        match level {
            Level::Province => AdminLevel::Province,
            Level::District => AdminLevel::District,
            Level::Commune => AdminLevel::Commune,
        }
    }
}

impl fmt::Display for AdminLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for AdminLevel {
    type Err = Error;

    /// `province`, `district`, `commune` or `village`, as [`AdminLevel::as_str`] writes them.
    ///
    /// ```
    /// use vnparse::admin::AdminLevel;
    /// assert_eq!("village".parse::<AdminLevel>(), Ok(AdminLevel::Village));
    /// ```
    fn from_str(s: &str) -> Result<Self, Error> {
        use AdminLevel::*;
        [Province, District, Commune, Village]
            .into_iter()
            .find(|l| l.as_str() == s)
            .ok_or_else(|| {
                Error::new(
                    0,
                    ErrorKind::Invalid(format!(
                        "`{s}` is no level: `province`, `district`, `commune` or `village`"
                    )),
                )
            })
    }
}

impl fmt::Display for AdminType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.word())
    }
}

impl FromStr for AdminType {
    type Err = Error;

    /// A type word in full, any case or form (`Thành phố`, `HUYỆN`), or an abbreviation
    /// (`TP.`, `Q.`).
    ///
    /// ```
    /// use vnparse::admin::AdminType;
    /// assert_eq!("Thành phố".parse::<AdminType>(), Ok(AdminType::ThanhPho));
    /// assert_eq!("TX.".parse::<AdminType>(), Ok(AdminType::ThiXa));
    /// assert_eq!(AdminType::ThiTran.to_string(), "thị trấn");
    /// ```
    fn from_str(s: &str) -> Result<Self, Error> {
        let written = s.trim_matches(is_space);
        if let Some((&t, len)) = TYPES.lookup(written) {
            if len == written.len() {
                return Ok(t);
            }
        }
        if let Some(&(_, t)) = ABBREVIATIONS.iter().find(|&&(a, _)| a == written) {
            return Ok(t);
        }
        Err(Error::new(
            0,
            ErrorKind::Invalid(format!("`{written}` is no type of administrative unit")),
        ))
    }
}

/// The type words, longest first, with their types.
const TYPE_WORDS: &[(&str, AdminType)] = &[
    ("thành phố", AdminType::ThanhPho),
    ("huyện đảo", AdminType::Huyen),
    ("thị xã", AdminType::ThiXa),
    ("thị trấn", AdminType::ThiTran),
    ("đặc khu", AdminType::DacKhu),
    ("tổ dân phố", AdminType::ToDanPho),
    ("khu phố", AdminType::KhuPho),
    ("tỉnh", AdminType::Tinh),
    ("quận", AdminType::Quan),
    ("huyện", AdminType::Huyen),
    ("phường", AdminType::Phuong),
    ("xã", AdminType::Xa),
    ("thôn", AdminType::Thon),
    ("ấp", AdminType::Ap),
    ("bản", AdminType::Ban),
    ("buôn", AdminType::Buon),
    ("làng", AdminType::Lang),
    ("xóm", AdminType::Xom),
    ("khóm", AdminType::Khom),
    ("sóc", AdminType::Soc),
    ("tổ", AdminType::To),
];

/// The length of the type word at the start of `input`, if one is there.
pub(crate) fn type_word_len(input: &str) -> Option<usize> {
    type_word(input).map(|(_, len)| len)
}

/// The type whose word opens `input`, and the word's length, if one is there.
pub(crate) fn type_word(input: &str) -> Option<(AdminType, usize)> {
    TYPES.lookup(input).map(|(&kind, len)| (kind, len))
}

/// [`TYPE_WORDS`] indexed for lookup.
static TYPES: LazyLock<PhraseTable<AdminType>> = LazyLock::new(|| PhraseTable::new(TYPE_WORDS));

/// Abbreviations, written exactly so (case matters: `H.` is huyện, `h.` is not).
const ABBREVIATIONS: &[(&str, AdminType)] = &[
    ("TP.", AdminType::ThanhPho),
    ("Tp.", AdminType::ThanhPho),
    ("tp.", AdminType::ThanhPho),
    ("TX.", AdminType::ThiXa),
    ("Tx.", AdminType::ThiXa),
    ("TT.", AdminType::ThiTran),
    ("Q.", AdminType::Quan),
    ("H.", AdminType::Huyen),
    ("P.", AdminType::Phuong),
    ("X.", AdminType::Xa),
    ("TP", AdminType::ThanhPho),
    ("Tp", AdminType::ThanhPho),
    // Undotted `TX` (`Đoàn TX Hoài Nhơn`), only before a name the gazetteer knows, as `tp`.
    ("TX", AdminType::ThiXa),
    // Lower case and undotted, as typed in forms and messages: only before a name the
    // gazetteer knows (`tp Đà Nẵng`), since `tp` is also an ordinary abbreviation.
    ("tp", AdminType::ThanhPho),
    // Lower case and dotted, as typed in addresses in messages (`ship về q.3`, `p. tân
    // phong`, `tx. sơn tây`): `q.` before a number or a name the gazetteer knows, `p.` and
    // `tx.` before a known name only (`p.302` is a room).
    ("q.", AdminType::Quan),
    ("p.", AdminType::Phuong),
    ("tx.", AdminType::ThiXa),
    // So are a township, a district and a commune (`tt. đông anh`, `h. gia lâm`, `x. tân
    // phú`), before a known name only.
    ("tt.", AdminType::ThiTran),
    ("h.", AdminType::Huyen),
    ("x.", AdminType::Xa),
];

impl AdminType {
    /// The type word in full, lower case: `thành phố`, `huyện`; an abbreviation in the text
    /// (`TP.`, `Q.`) is written out.
    ///
    /// ```
    /// use vnparse::admin::{AdminType, AdminUnit};
    /// assert_eq!(AdminType::ToDanPho.word(), "tổ dân phố");
    /// let u: AdminUnit = "Q.1".parse()?;
    /// assert_eq!((u.kind, u.kind.word()), (AdminType::Quan, "quận"));
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn word(self) -> &'static str {
        match self {
            AdminType::Tinh => "tỉnh",
            AdminType::ThanhPho => "thành phố",
            AdminType::Quan => "quận",
            AdminType::Huyen => "huyện",
            AdminType::ThiXa => "thị xã",
            AdminType::Phuong => "phường",
            AdminType::Xa => "xã",
            AdminType::ThiTran => "thị trấn",
            AdminType::DacKhu => "đặc khu",
            AdminType::Thon => "thôn",
            AdminType::Ap => "ấp",
            AdminType::Ban => "bản",
            AdminType::Buon => "buôn",
            AdminType::Lang => "làng",
            AdminType::Xom => "xóm",
            AdminType::Khom => "khóm",
            AdminType::Soc => "sóc",
            AdminType::KhuPho => "khu phố",
            AdminType::ToDanPho => "tổ dân phố",
            AdminType::To => "tổ",
        }
    }

    /// The level of a unit of this type when the gazetteer does not say (a `thành phố` is
    /// taken as a provincial city).
    ///
    /// ```
    /// use vnparse::admin::{AdminLevel, AdminType};
    /// assert_eq!(AdminType::Tinh.default_level(), AdminLevel::Province);
    /// assert_eq!(AdminType::ThanhPho.default_level(), AdminLevel::District);
    /// assert_eq!(AdminType::DacKhu.default_level(), AdminLevel::Commune);
    /// assert_eq!(AdminType::KhuPho.default_level(), AdminLevel::Village);
    /// ```
    pub fn default_level(self) -> AdminLevel {
        match self {
            AdminType::Tinh => AdminLevel::Province,
            AdminType::ThanhPho | AdminType::Quan | AdminType::Huyen | AdminType::ThiXa => {
                AdminLevel::District
            }
            AdminType::Phuong | AdminType::Xa | AdminType::ThiTran | AdminType::DacKhu => {
                AdminLevel::Commune
            }
            _ => AdminLevel::Village,
        }
    }

    /// Whether units of this type are numbered (`Phường 3`, `Quận 1`, `khu phố 2`).
    fn numbered(self) -> bool {
        !matches!(
            self,
            AdminType::Tinh
                | AdminType::ThanhPho
                | AdminType::Huyen
                | AdminType::ThiXa
                | AdminType::DacKhu
        )
    }
}

/// An administrative unit named in text.
///
/// ```
/// use vnparse::admin::{AdminUnit, AdminLevel};
/// let u: AdminUnit = "huyện gia viễn".parse().unwrap();
/// assert_eq!(u.to_string(), "huyện Gia Viễn");
/// assert_eq!((u.level, u.code().unwrap().to_string().as_str()), (AdminLevel::District, "373"));
/// let dn: AdminUnit = "tp Đà Nẵng".parse().unwrap();
/// assert_eq!(dn.to_string(), "thành phố Đà Nẵng");
/// let hcm: AdminUnit = "TP.HCM".parse().unwrap();
/// assert_eq!((hcm.to_string().as_str(), hcm.level), ("thành phố Hồ Chí Minh", AdminLevel::Province));
/// assert!("xã hội".parse::<AdminUnit>().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AdminUnit {
    /// Its type.
    pub kind: AdminType,
    /// Its name, as officially written when the gazetteer knows it: `Gia Viễn`, `3`.
    pub name: String,
    /// Its level.
    pub level: AdminLevel,
    /// The units of the gazetteer it may be, of either era (several for `huyện Châu Thành`).
    pub matches: Vec<&'static Unit>,
}

/// Provinces merged or split between 1976 and 2008, whose names the gazetteer (of 2025 and
/// just before) lacks but history writes (`tỉnh Hà Tây`, `các tỉnh Hải Hưng và Vĩnh Phú`).
const FORMER_PROVINCES: &[&str] = &[
    "Hà Bắc",
    "Hà Tây",
    "Hà Sơn Bình",
    "Hà Nam Ninh",
    "Nam Hà",
    "Hải Hưng",
    "Vĩnh Phú",
    "Bắc Thái",
    "Cao Lạng",
    "Hoàng Liên Sơn",
    "Hà Tuyên",
    "Nghệ Tĩnh",
    "Bình Trị Thiên",
    "Nghĩa Bình",
    "Phú Khánh",
    "Thuận Hải",
    "Sông Bé",
    "Minh Hải",
    "Cửu Long",
];

impl AdminUnit {
    /// Whether the unit is named by its number (`Phường 3`, `ấp 4`): a name that is a number
    /// may be one of a list of numbers after its type word, or an amount going on.
    #[must_use]
    pub(crate) fn is_numbered(&self) -> bool {
        !self.name.is_empty() && self.name.bytes().all(|b| b.is_ascii_digit())
    }

    /// Whether this is a province of the years 1976 to 2008 that no longer exists under its
    /// name (see the list in the source): a unit, though the gazetteer lacks it.
    ///
    /// ```
    /// let u: vnparse::AdminUnit = "tỉnh Hải Hưng".parse()?;
    /// assert!(u.is_former_province());
    /// assert!(!"tỉnh Hải Dương".parse::<vnparse::AdminUnit>()?.is_former_province());
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    #[must_use]
    pub fn is_former_province(&self) -> bool {
        self.kind == AdminType::Tinh
            && self.matches.is_empty()
            && FORMER_PROVINCES.iter().any(|p| same_words(p, &self.name))
    }

    /// The statistics office code, fixed-width, when every unit it may be has the same one
    /// (`thành phố Hà Nội` is `01` in both eras; `huyện Châu Thành` has none). Whether the
    /// code is of the old list or of the 2025 one is [`era`](Self::era); where the text
    /// cannot tell, [`code_in`](Self::code_in) gives each era's.
    ///
    /// ```
    /// use vnparse::admin::AdminUnit;
    /// let u: AdminUnit = "tỉnh Hà Giang".parse()?;
    /// assert_eq!(u.code().map(|c| c.to_string()).as_deref(), Some("02"));
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn code(&self) -> Option<Code> {
        let first = self.matches.first()?.code;
        self.matches
            .iter()
            .all(|u| u.code == first)
            .then_some(first)
    }

    /// The era of the units it may be, when they are all of one: `tỉnh Hà Giang` (merged
    /// away on 1 July 2025) is of the old list, `đặc khu Phú Quốc` of the 2025 one; `tỉnh
    /// Lào Cai`, in both lists, has none until its context tells (see [`infer_eras`]).
    ///
    /// ```
    /// use vnparse::admin::AdminUnit;
    /// use vnparse::gazetteer::Era;
    /// let u: AdminUnit = "tỉnh Hà Giang".parse()?;
    /// assert_eq!(u.era(), Some(Era::Before2025));
    /// let u: AdminUnit = "tỉnh Lào Cai".parse()?;
    /// assert_eq!(u.era(), None);
    /// assert_eq!(u.code_in(Era::Before2025).unwrap().to_string(), "10");
    /// assert_eq!(u.code_in(Era::After2025).unwrap().to_string(), "15");
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn era(&self) -> Option<Era> {
        let first = self.matches.first()?.era;
        self.matches.iter().all(|u| u.era == first).then_some(first)
    }

    /// The code and era together, when both are known: what the entity contract prints.
    ///
    /// ```
    /// use vnparse::admin::AdminUnit;
    /// use vnparse::gazetteer::Era;
    /// let u: AdminUnit = "huyện Gia Viễn".parse()?;
    /// let (code, era) = u.code_and_era().unwrap();
    /// assert_eq!((code.to_string().as_str(), era), ("373", Era::Before2025));
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn code_and_era(&self) -> Option<(Code, Era)> {
        Some((self.code()?, self.era()?))
    }

    /// The code in one era, when the units it may be in that era have one.
    ///
    /// ```
    /// use vnparse::admin::AdminUnit;
    /// use vnparse::gazetteer::Era;
    /// let u: AdminUnit = "thành phố Hà Nội".parse()?;
    /// assert_eq!(u.code_in(Era::After2025).unwrap().to_string(), "01");
    /// assert_eq!(u.code_in(Era::Before2025), u.code_in(Era::After2025));
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn code_in(&self, era: Era) -> Option<Code> {
        let mut units = self.in_era(era);
        let first = units.next()?.code;
        units.all(|u| u.code == first).then_some(first)
    }

    /// The units it may be in one era.
    ///
    /// ```
    /// use vnparse::admin::AdminUnit;
    /// use vnparse::gazetteer::Era;
    /// let u: AdminUnit = "huyện Châu Thành".parse()?;
    /// assert!(u.in_era(Era::Before2025).count() > 1);
    /// assert_eq!(u.in_era(Era::After2025).count(), 0);
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn in_era(&self, era: Era) -> impl Iterator<Item = &'static Unit> + '_ {
        self.matches.iter().copied().filter(move |u| u.era == era)
    }

    /// What naming this unit says of the era a text speaks of: the types gone on 1 July 2025
    /// (quận, huyện, thị xã, thị trấn) say the old list, an `đặc khu` the 2025 one, and a
    /// name found in one list only (a city that was a district, `thành phố Sóc Trăng`) that
    /// list.
    ///
    /// ```
    /// use vnparse::admin::AdminUnit;
    /// use vnparse::gazetteer::Era;
    /// let cue = |s: &str| s.parse::<AdminUnit>().unwrap().era_cue();
    /// assert_eq!(cue("huyện Nam Sang"), Some(Era::Before2025));
    /// assert_eq!(cue("đặc khu Côn Đảo"), Some(Era::After2025));
    /// assert_eq!(cue("tỉnh Lào Cai"), None);
    /// ```
    pub fn era_cue(&self) -> Option<Era> {
        match self.kind {
            AdminType::Quan | AdminType::Huyen | AdminType::ThiXa | AdminType::ThiTran => {
                return Some(Era::Before2025)
            }
            AdminType::DacKhu => return Some(Era::After2025),
            _ => {}
        }
        self.era()
    }

    /// Keeps the units it may be of `era`, if it may be any.
    ///
    /// ```
    /// use vnparse::admin::AdminUnit;
    /// use vnparse::gazetteer::Era;
    /// let mut u: AdminUnit = "tỉnh Lào Cai".parse()?;
    /// u.narrow_to_era(Era::Before2025);
    /// assert_eq!(u.code_and_era().map(|(c, e)| (c.to_string(), e)), Some(("10".to_string(), Era::Before2025)));
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn narrow_to_era(&mut self, era: Era) {
        if self.matches.iter().any(|u| u.era == era) {
            self.matches.retain(|u| u.era == era);
        }
    }
}

/// Infers the era of the units named in a text from one another: in one sentence, a unit
/// that exists in one era only (a district, a township, an `đặc khu`, a name of one list)
/// dates the others, so `xã Bảo Nhai, huyện Bắc Hà, tỉnh Lào Cai` is of the old list and
/// its province has the old code. A sentence that names units of both eras (`xã X (huyện Y
/// cũ)`, a merger being described) dates none; nor does one that calls a unit former (`cũ`).
///
/// `units` are the units of `text` with their byte spans, in order; sentences end at a line
/// break or at `.`, `;`, `!`, `?` between two units.
///
/// ```
/// use vnparse::admin::{infer_eras, AdminUnit};
/// use vnparse::gazetteer::Era;
/// let text = "xã Bảo Nhai, huyện Bắc Hà, tỉnh Lào Cai";
/// let span = |unit: &str| text.find(unit).map(|at| at..at + unit.len()).unwrap();
/// let (district, province) = (span("huyện Bắc Hà"), span("tỉnh Lào Cai"));
/// let mut h: AdminUnit = text[district.clone()].parse().unwrap();
/// let mut t: AdminUnit = text[province.clone()].parse().unwrap();
/// assert_eq!(t.era(), None);
/// infer_eras(text, [(district, &mut h), (province, &mut t)]);
/// let province = t;
/// assert_eq!(province.era(), Some(Era::Before2025));
/// assert_eq!(province.code().unwrap().to_string(), "10");
/// ```
pub fn infer_eras<'a>(
    text: &str,
    units: impl IntoIterator<Item = (std::ops::Range<usize>, &'a mut AdminUnit)>,
) {
    let mut sentence: Vec<&'a mut AdminUnit> = Vec::new();
    let mut cues = [false; 2];
    let mut last_end = None;
    for (span, unit) in units {
        let between = last_end.and_then(|end| text.get(end..span.start));
        if between.is_some_and(ends_sentence) {
            date_sentence(&mut sentence, cues);
            cues = [false; 2];
        }
        // A unit called former (`huyện Bắc Hà cũ`) sets the others against another time: the
        // sentence speaks of two, and dates none.
        if text.get(span.end..).is_some_and(marked_former) {
            cues = [true; 2];
        } else if let Some(cue) = unit.era_cue().and_then(|era| cues.get_mut(era as usize)) {
            *cue = true;
        }
        last_end = Some(span.end);
        sentence.push(unit);
    }
    date_sentence(&mut sentence, cues);
}

/// Narrows the units of one sentence to the era its cues agree on, if they name one.
fn date_sentence(sentence: &mut Vec<&mut AdminUnit>, cues: [bool; 2]) {
    let era = match cues {
        [true, false] => Some(Era::Before2025),
        [false, true] => Some(Era::After2025),
        _ => None,
    };
    for unit in sentence.drain(..) {
        if let Some(era) = era {
            unit.narrow_to_era(era);
        }
    }
}

/// Whether the text between two units ends a sentence.
fn ends_sentence(between: &str) -> bool {
    between.contains(['\n', '\r', '.', ';', '!', '?'])
}

/// Whether a unit is marked as former by the word after it: `(huyện Bắc Hà cũ)`.
fn marked_former(after: &str) -> bool {
    let after = after.trim_start_matches(|c: char| is_space(c) || c == '(');
    split_word(after).is_some_and(|(w, _)| same_word(w, "cũ"))
}

impl fmt::Display for AdminUnit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.kind.word(), self.name)
    }
}

impl FromStr for AdminUnit {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        // `tỉnh`, `TP.`: a type with no name after it.
        let trimmed = s.trim_end_matches(is_space);
        let written = trimmed.trim_start_matches(is_space);
        let bare_abbreviation = ABBREVIATIONS.iter().any(|&(a, _)| a == written);
        if !written.is_empty()
            && (type_word_len(written) == Some(written.len()) || bare_abbreviation)
        {
            return Err(Error::at(
                s,
                trimmed.len(),
                ErrorKind::UnexpectedEnd("the name of the unit after its type"),
            ));
        }
        parse_all(s, EXPECTED, admin)
    }
}

/// What the reader expects, for the errors of `parse` and of [`crate::parse`].
pub(crate) const EXPECTED: Expect = Expect {
    what: "an administrative unit such as `huyện Gia Viễn`",
    at: |text, stop| {
        let read = text.get(..stop).unwrap_or_default();
        // Lower-case `tp` is read only before a name the gazetteer knows.
        (read.trim_end() == "tp").then_some(Stop {
            skip: 0,
            expected: "the name of a city the gazetteer knows (or `TP` before any name)",
        })
    },
};

fn fail<T>(input: &str) -> IResult<&str, T> {
    Err(nom::Err::Error(NomError::new(input, NomErrorKind::Verify)))
}

/// Family names that begin most Vietnamese personal names: a capitalized name after a type
/// word that the gazetteer lacks and that begins with one of them is a person.
pub(crate) const FAMILY_NAMES: &[&str] = &[
    "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ",
    "hồ", "ngô", "dương", "lý", "đào", "đoàn", "vương", "trịnh", "trương", "đinh", "lâm", "mai",
    "tô", "hà", "tạ", "lương", "lưu", "cao", "quách", "thái", "châu", "văn", "thị",
];

/// Words of titles that end a name read from capitalized words: `huyện Khóa X`.
const TITLE_WORDS: &[&str] = &[
    "khóa", "khoá", "nhiệm", "lần", "kỳ", "năm", "tháng", "ngày", "quý", "giai", "thời",
];

/// Middle names, which mark a capitalized name as a person's: `Trần Văn Trí`, `Lê Hoàng
/// Phúc`. (The second syllables of the three-syllable provinces of 1976–1991, which the
/// gazetteer lacks, are none: `Hà Sơn Bình`, `Hoàng Liên Sơn`, `Hà Nam Ninh`.)
const MIDDLE_NAMES: &[&str] = &[
    "văn", "thị", "hữu", "đức", "ngọc", "minh", "quang", "công", "xuân", "thanh", "mộng", "đình",
    "quốc", "bá", "duy", "trọng", "kim", "thu", "hồng", "gia", "hoàng", "anh", "tuấn", "khánh",
    "bảo", "phương", "hoài", "mạnh", "tiến", "huy", "nhật", "thế", "tấn", "chí", "như", "mỹ",
    "thúy", "thùy", "diệu", "hải", "việt", "phước", "khắc", "đăng", "ánh",
];

/// Capitalized words that follow type words without being names: `Tỉnh Ủy`, `Xã Hội`.
const NOT_NAMES: &[&str] = &[
    "ủy", "uỷ", "hội", "đội", "đoàn", "lộ", "bộ", "ta", "nhà", "này", "đó",
];

/// The type at the start of `input`, by word or abbreviation, and the rest (spaces after it
/// skipped); `glued` when an abbreviation ran straight into the name (`TP.Sóc Trăng`).
fn unit_type(input: &str) -> Option<(AdminType, bool, &str)> {
    if let Some((&t, len)) = TYPES.lookup(input) {
        let (rest, spaces) = space0(&input[len..]).ok()?;
        return (!spaces.is_empty()).then_some((t, false, rest));
    }
    let (t, after) = ABBREVIATIONS
        .iter()
        .find_map(|&(a, t)| input.strip_prefix(a).map(|r| (t, r)))?;
    let (rest, spaces) = space0(after).ok()?;
    let read = input.len().saturating_sub(after.len());
    let dotted = input.get(..read).is_some_and(|r| r.ends_with('.'));
    // `TP Sóc Trăng` needs its space; `TP.HCM` may be glued.
    if !dotted && spaces.is_empty() && !after.starts_with("HCM") {
        return None;
    }
    Some((t, true, rest))
}

/// The rest after `TPHCM` at the start of `input`, in any case and with a dot or a space
/// after `tp` or none (`TPHCM`, `tphcm`, `tp.hcm`, `Tp hcm`): the city's name as it is
/// written fast, in chat as in headlines.
fn fused_hcm(input: &str) -> Option<&str> {
    let after_tp = strip_prefix_ignoring_case(input, "tp")?;
    let joined = after_tp.strip_prefix(['.', ' ']).unwrap_or(after_tp);
    let rest = strip_prefix_ignoring_case(joined, "hcm")?;
    let ends = !rest.starts_with(|c: char| c.is_alphanumeric() || crate::text::is_word_char(c));
    ends.then_some(rest)
}

/// `input` after `prefix` (ASCII), matched in any case.
fn strip_prefix_ignoring_case<'a>(input: &'a str, prefix: &str) -> Option<&'a str> {
    let head = input.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| input.get(prefix.len()..))
        .flatten()
}

/// An administrative unit, as the module docs give it.
///
/// The crate's own reader; [`crate::parse::admin`] is the public one, generic over the
/// error type.
pub(crate) fn admin(input: &str) -> IResult<&str, AdminUnit> {
    if let Some(rest) = fused_hcm(input) {
        let matches: Vec<_> = gazetteer::find_by_name("HCM").collect();
        return Ok((
            rest,
            unit(AdminType::ThanhPho, "Hồ Chí Minh".to_string(), matches),
        ));
    }
    let Some((kind, abbreviated, rest)) = unit_type(input) else {
        return fail(input);
    };
    // `P.V.Đ.`: initials, not `phường V`.
    if abbreviated && is_initial(rest) {
        return fail(rest);
    }
    // (`p.5`, `p. 3` in lower case are a page or a room, `q. 2` a volume: a ward's number is
    // never read so, a district's only glued, `q.7`.)
    let lower_p = input.starts_with("p.");
    let spaced_q = input.starts_with("q. ");
    let known_name_only = ["tt.", "h.", "x."].iter().any(|a| input.starts_with(a));
    if (lower_p || spaced_q || known_name_only) && rest.starts_with(|c: char| c.is_ascii_digit()) {
        return fail(rest);
    }
    // (A type word in lower case, in running text, may stand before a count of its own:
    // `ngân sách xã 9 tháng`; a capital or an abbreviation names a unit, `Toàn Phường 3 người
    // dân`, `về Q.1 giờ này`.)
    let may_count_after = !abbreviated && input.starts_with(char::is_lowercase);
    if let Some((name, matches, after)) = gazetteer_name(kind, rest, may_count_after) {
        // `xã Đông Dư,` where the gazetteer knows only `xã Đông`: one more word of the name
        // after the known one, and the name ends there, is a longer name the gazetteer lacks.
        if let Some((longer, after_longer)) = name_one_word_longer(rest, after) {
            return Ok((after_longer, unit(kind, written_name(longer), Vec::new())));
        }
        return Ok((after, unit(kind, name, matches)));
    }
    let undotted = |abbreviation: &str| {
        input.starts_with(abbreviation)
            && !input
                .get(abbreviation.len()..)
                .is_some_and(|r| r.starts_with('.'))
    };
    if undotted("tp") || undotted("TX") {
        return fail(rest);
    }
    // (`p.302` in lower case is a room, `phòng`: `p.` names a ward only by its name.)
    let ward_in_lower_case = input.starts_with("p.");
    if kind.numbered() && !ward_in_lower_case {
        // (`tổ dân phố số 7`, `khu phố số 2`: `số` may stand between a village's type and its
        // number; after a larger unit's it ranks, `Quận số 1 về thu ngân sách`.)
        let numbered_at = crate::text::keyword_rest(rest, "số")
            .filter(|_| kind.default_level() == AdminLevel::Village)
            .and_then(|r| crate::text::space1(r).ok())
            .map_or(rest, |(r, _)| r);
        if let Some((number, after)) = unit_number(numbered_at, kind, may_count_after) {
            return Ok((after, unit(kind, number, Vec::new())));
        }
    }
    if input.starts_with("q.") || input.starts_with("tx.") || ward_in_lower_case || known_name_only
    {
        return fail(rest);
    }
    // A name the gazetteer lacks: capitalized words, not a person's; after an abbreviation,
    // not a lone letter (`H.A`, `H.M` are initials). A historical unit is one
    // (`tỉnh Bắc Thái`), a region is not (`tỉnh Nam Bộ`, see `capitalized_name`).
    let initial = split_word(rest).is_some_and(|(w, _)| letter_count(w) < 2);
    if abbreviated && initial {
        return fail(rest);
    }
    // A one-letter abbreviation (`H.`, `X.`, `P.`, `Q.`) may be a person's initial ending a
    // name and a sentence (`… Trần Thị Ngọc H. Tôi đã trình báo`): after it, only a name the
    // gazetteer knows (or a number) is a unit.
    let written_type = input
        .get(..input.len().saturating_sub(rest.len()))
        .unwrap_or_default();
    if abbreviated && written_type.chars().filter(|c| c.is_alphabetic()).count() == 1 {
        return fail(rest);
    }
    match capitalized_name(rest) {
        Some((name, after)) => Ok((after, unit(kind, written_name(name), Vec::new()))),
        None => fail(rest),
    }
}

/// A name as written, made canonical: composed (NFC), its tones placed as the gazetteer places
/// them (`Thuỷ` is `Thủy`), and with single spaces, so that every form of the text gives the
/// same value.
fn written_name(name: &str) -> String {
    let composed = crate::text::traditional_tones(&crate::text::compose(name));
    composed
        .split(|c: char| is_space(c))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn unit(kind: AdminType, name: String, matches: Vec<&'static Unit>) -> AdminUnit {
    let level = matches
        .first()
        .map_or(kind.default_level(), |u| AdminLevel::of(u.level));
    AdminUnit {
        kind,
        name,
        level,
        matches,
    }
}

/// Whether a unit's number would count the noun `after` starts with: then it is a count, no
/// unit's number (`ngân sách xã 9 tháng đầu năm`, `phường 6 tháng qua`). A unit's type after
/// it opens the next unit (`Phường 3 quận 5`), and a noun with a number of its own after it
/// labels that number (`Thôn 2 năm 2024`), in Roman numerals too (`khu phố 7 quý III/2025`,
/// `tổ 3 tháng XII`).
fn counts_the_noun_after(after: &str) -> bool {
    crate::quantity::unit_after(crate::quantity::Units::shared(), after).is_some_and(
        |(unit, rest)| {
            let (next, _) = space0(rest).unwrap_or((rest, ""));
            let numbered = next.starts_with(|c: char| c.is_ascii_digit())
                || crate::number::roman(next).is_ok();
            type_word_len(&unit).is_none() && !numbered
        },
    )
}

/// `3`, `03`, `12`: the number of a numbered unit of type `kind`, without leading zeros. Wards
/// and districts are numbered in two digits at most (the most a city has is some thirty), so
/// `P.102` is a sign's code or a room, no ward; a village may have three (`khu phố 105`).
fn unit_number(input: &str, kind: AdminType, may_count_after: bool) -> Option<(String, &str)> {
    let digits = input.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 || input[digits..].starts_with(char::is_alphanumeric) {
        return None;
    }
    // (Counted without the zeros that pad it: `Phường 029`.)
    let most = if kind.default_level() == AdminLevel::Village {
        3
    } else {
        2
    };
    if input[..digits].trim_start_matches('0').len() > most {
        return None;
    }
    let after = &input[digits..];
    // `Phường 3,5` or `Quận 1.2` are not unit numbers.
    if after.starts_with(['.', ',', '/']) && after[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    if may_count_after && counts_the_noun_after(after) {
        return None;
    }
    let number = input[..digits].trim_start_matches('0');
    (!number.is_empty()).then(|| (number.to_string(), after))
}

/// The words after a type (at most six), each with the text after it; words are apart by
/// spaces or a hyphen (`Bà Rịa - Vũng Tàu`). Read one at a time, as far as the caller looks:
/// most runs after a type word are decided by their first word or two.
fn following_words(input: &str) -> FollowingWords<'_> {
    FollowingWords {
        rest: Some(input),
        read: 0,
    }
}

/// The words of [`following_words`].
struct FollowingWords<'a> {
    /// Where the next word starts, if the run goes on.
    rest: Option<&'a str>,
    /// How many words were read.
    read: usize,
}

impl<'a> Iterator for FollowingWords<'a> {
    type Item = (&'a str, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        if self.read >= 6 {
            return None;
        }
        let (word, after) = name_word(self.rest?)?;
        self.read = self.read.saturating_add(1);
        self.rest = space0(after).ok().and_then(|(next, spaces)| {
            match next.strip_prefix(['-', '–', '—']) {
                Some(r) => Some(space0(r).map_or(r, |(r, _)| r)),
                None if spaces.is_empty() => None,
                None => Some(next),
            }
        });
        Some((word, after))
    }
}

/// A word of a name: letters with the apostrophes of minority-language names (`H'Drai`,
/// `M'Đrắk`), or a number (`Cổ Nhuế 1`, `phường 2 Bảo Lộc`, `03`); not a number glued by a
/// dash to another, a score or a range (`thắng Thôn Đoài 3-1`), nor the whole part of a
/// decimal or a grouped amount (`ngân sách phường 12,5 triệu`).
fn name_word(input: &str) -> Option<(&str, &str)> {
    let digits = input.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 {
        let after = &input[digits..];
        let joined = |marks: &[char]| {
            after
                .strip_prefix(marks)
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        };
        let scored = joined(&['-', '–']);
        // (A decimal goes on with what it amounts to, a scale, a sign or a unit: `12,5
        // triệu`, `3,5%`, `2,5tr`, `3,5 ha`; `Phường 1,2 và 3` lists wards.)
        let an_amount = joined(&[',', '.']) && {
            let fraction = after.get(1..).unwrap_or_default();
            let digits = fraction.bytes().take_while(u8::is_ascii_digit).count();
            let tail = fraction.get(digits..).unwrap_or_default();
            let next = tail.trim_start_matches(crate::text::is_space);
            // (A scale, `triệu`, `nghìn`; a measure, `ha`, `km`: not a unit's type, `quận 3`,
            // nor a number word, `ba`.)
            let scale = split_word(next).is_some_and(|(w, _)| {
                matches!(
                    crate::words::lexer::word_token(w),
                    Some(crate::words::lexer::Token::Scale { .. })
                )
            });
            let measured = || {
                crate::quantity::unit_after(crate::quantity::Units::shared(), tail)
                    .is_some_and(|(unit, _)| crate::quantity::is_measure_or_duration(&unit))
            };
            tail.starts_with(|c: char| c.is_alphabetic() || c == '%') || scale || measured()
        };
        return (!after.starts_with(char::is_alphabetic) && !scored && !an_amount)
            .then(|| input.split_at(digits));
    }
    let mut end = split_word(input)?.0.len();
    while let Some(after_apostrophe) = input[end..].strip_prefix(['\'', '’']) {
        match split_word(after_apostrophe) {
            Some((more, _)) => {
                end = input
                    .len()
                    .saturating_sub(after_apostrophe.len())
                    .saturating_add(more.len())
            }
            None => break,
        }
    }
    Some(input.split_at(end))
}

/// The longest run of words after a type that names a unit of that type in the gazetteer:
/// the official name, the units, and the rest.
fn gazetteer_name(
    kind: AdminType,
    input: &str,
    may_count_after: bool,
) -> Option<(String, Vec<&'static Unit>, &str)> {
    // A run that no name begins as: neither it nor any longer run is a name. (Folding drops
    // spaces and marks, so a run's fold begins the fold of every longer run, unless the run
    // ends in digits that a run of digits after it may go on.) The words are read only up to
    // the first such run.
    let written_through = |after: &str| input.get(..input.len().saturating_sub(after.len()));
    let mut words = [("", ""); 6];
    let mut longest: usize = 0;
    for (slot, (word, after)) in words.iter_mut().zip(following_words(input)) {
        if !word.ends_with(|c: char| c.is_ascii_digit())
            && !gazetteer::any_name_starts_with(written_through(after)?)
        {
            break;
        }
        *slot = (word, after);
        longest = longest.saturating_add(1);
    }
    for count in (1..=longest).rev() {
        let (_, after) = *words.get(count.checked_sub(1)?)?;
        let written = written_through(after)?;
        let all_lower = words
            .get(..count)?
            .iter()
            .all(|(w, _)| w.starts_with(char::is_lowercase));
        if all_lower && count == 1 {
            continue;
        }
        // (A number that counts the noun after it is no name: `phường 6 tháng qua`.)
        let number = written.bytes().all(|b| b.is_ascii_digit());
        if may_count_after && number && counts_the_noun_after(after) {
            continue;
        }
        let matches = units_named(kind, written, all_lower);
        if let Some(first) = matches.first() {
            // (Written with no marks at all, `Dak Lak`, or not in title case, `đăk lăk`, `ĐĂK
            // NÔNG`, it takes the gazetteer's.)
            let as_written = has_marks(written)
                && written_in_title_case(written)
                && same_but_for_highland_marks(first.name, written);
            let name = if as_written {
                written_name(written)
            } else {
                name_under(kind, first, written).to_string()
            };
            return Some((name, matches, after));
        }
        // (Of another status, the unit is not the gazetteer's, and has no code from it: as a
        // name the gazetteer lacks, written in capitals.)
        let other_status = other_status_of_its_level(kind).and_then(|other| {
            units_named(other, written, all_lower)
                .into_iter()
                .find(|u| u.level == Level::District)
        });
        if let Some(other) = other_status {
            return Some((other.name.to_string(), Vec::new(), after));
        }
    }
    None
}

/// The name `unit`, found by what is `written`, has under the type word `kind`: its own, or,
/// where the type word is another than the unit's, the former name written (`tỉnh Thừa Thiên
/// Huế`, the province before it became the city of Huế), as the alias table spells it.
fn name_under(kind: AdminType, unit: &'static Unit, written: &str) -> &'static str {
    if unit.kind == kind.word() {
        return unit.name;
    }
    let key = gazetteer::fold_name(written);
    gazetteer::former_names_of(unit)
        .find(|alias| gazetteer::fold_name(alias) == key)
        .unwrap_or(unit.name)
}

/// The other type a district-level town is known by in another year: a `thị xã` becomes a
/// provincial `thành phố` (Bến Cát, Thuận An, Từ Sơn), and a text may speak of either, so a
/// name the gazetteer knows as the one is the name of the other too, in any case (`tx. bến
/// cát` is `thị xã Bến Cát`), its level the district's.
fn other_status_of_its_level(kind: AdminType) -> Option<AdminType> {
    match kind {
        AdminType::ThiXa => Some(AdminType::ThanhPho),
        AdminType::ThanhPho => Some(AdminType::ThiXa),
        _ => None,
    }
}

/// The units of type `kind` whose name is `written` (see [`gazetteer_name`]). The last answer
/// is kept: a list names the same unit again and again (`Phường 3 - Phường 3 - …`), and a
/// common name has hundreds of units to compare.
fn units_named(kind: AdminType, written: &str, all_lower: bool) -> Vec<&'static Unit> {
    type Answer = (AdminType, bool, String, Vec<&'static Unit>);
    thread_local! {
        static LAST: std::cell::RefCell<Option<Answer>> = const { std::cell::RefCell::new(None) };
    }
    let kept = LAST.with(|last| match &*last.try_borrow().ok()? {
        Some((k, lower, w, units)) if *k == kind && *lower == all_lower && w == written => {
            Some(units.clone())
        }
        _ => None,
    });
    if let Some(units) = kept {
        return units;
    }
    // Both eras, old first; the gazetteer writes types exactly as `kind.word()` does.
    // (A province's well-known or former name, `Thừa Thiên Huế`, `Sài Gòn`, stands for it
    // after either type word of a province, `tỉnh Thừa Thiên Huế` for the city of Huế.)
    // (Folded only for a unit of a province under the other type word: a rare case.)
    let by_alias = |u: &Unit| gazetteer::fold_name(u.name) != gazetteer::fold_name(written);
    let of_a_province = matches!(kind, AdminType::Tinh | AdminType::ThanhPho);
    let mut found: Vec<&'static Unit> = gazetteer::find_by_name(written)
        .filter(|u| {
            u.kind == kind.word() || of_a_province && u.level == Level::Province && by_alias(u)
        })
        .collect();
    found.sort_by_key(|u| u.era);
    // Written with its marks, a name must match mark for mark (`Tân Thạnh` is not
    // `Tân Thành`, `xã hội hóa` not `xã Hội Hòa`); written without any (`Ha Noi`), it
    // matches whatever the marks.
    let exact: Vec<&'static Unit> = found
        .iter()
        .copied()
        .filter(|u| {
            // (A short or former name under the unit's own type word is left as written,
            // `thành phố Sài Gòn`; under the other type word of a province it is the former
            // province, `tỉnh Thừa Thiên Huế`.)
            let former = u.kind != kind.word();
            same_words(u.name, written)
                || former && gazetteer::former_names_of(u).any(|name| same_words(name, written))
        })
        .collect();
    let unmarked = !has_marks(written) && !all_lower;
    let matches = if exact.is_empty() && unmarked {
        found
            .into_iter()
            .filter(|u| spelled_by_words(u, written))
            .collect()
    } else {
        exact
    };
    // (The buffers of the answer kept before are reused: most answers are never asked again.)
    LAST.with(|last| {
        if let Ok(mut last) = last.try_borrow_mut() {
            match &mut *last {
                Some((k, lower, w, units)) => {
                    (*k, *lower) = (kind, all_lower);
                    w.clear();
                    w.push_str(written);
                    units.clear();
                    units.extend_from_slice(&matches);
                }
                None => *last = Some((kind, all_lower, written.to_string(), matches.clone())),
            }
        }
    });
    matches
}

/// Whether a name has a letter beyond ASCII (a mark, `đ`): a space of any kind is no mark.
fn has_marks(name: &str) -> bool {
    name.chars().any(|c| !c.is_ascii() && !is_space(c))
}

/// A name written without marks names a unit when each of its words is one or more whole words
/// of the unit's name or of one of its short names: `Ha Noi` and `Hanoi` are Hà Nội, `HCM` is
/// Hồ Chí Minh, but `Hc M` splits a word and names nothing.
fn spelled_by_words(unit: &Unit, written: &str) -> bool {
    std::iter::once(unit.name)
        .chain(gazetteer::aliases_of(unit))
        .any(|name| joins_whole_words(written, name))
}

/// Whether each word of `written` folds to the fold of one or more whole words of `name`, in
/// order and using them all.
fn joins_whole_words(written: &str, name: &str) -> bool {
    let split = |s: &str| -> Vec<String> {
        s.split(|c: char| is_space(c) || matches!(c, '-' | '–' | '—'))
            .filter(|w| !w.is_empty())
            .map(gazetteer::fold_name)
            .collect()
    };
    let name = split(name);
    let mut next = name.iter();
    split(written).iter().all(|word| {
        let mut joined = String::new();
        while joined.len() < word.len() {
            match next.next() {
                Some(part) => joined.push_str(part),
                None => return false,
            }
        }
        joined == *word
    }) && next.next().is_none()
}

/// Whether two names are the same words, marks and all (case and form aside).
///
/// Word by word, with nothing allocated: it is asked of every unit a name may be (hundreds for
/// `Phường 3`).
fn same_words(a: &str, b: &str) -> bool {
    compare_words(a, b).is_some()
}

/// Whether every word of `name` opens with a capital and goes on in lower case (`Đăk Lăk`).
fn written_in_title_case(name: &str) -> bool {
    name.split(|c: char| is_space(c) || matches!(c, '-' | '–'))
        .filter(|w| !w.is_empty())
        .all(|w| is_capitalized(w) && !crate::text::in_capitals(w))
}

/// Whether two names are the same words (as [`same_words`]) but for the marks of a syllable of
/// the highlands (see [`a_highland_syllable_spelled_apart`]): then the name is written as the
/// text writes it, for sources spell it each their own way (`Đắk Ơ`, `Đăk Ơ`, `Đak Ơ`).
fn same_but_for_highland_marks(a: &str, b: &str) -> bool {
    compare_words(a, b) == Some(true)
}

/// Whether two names are the same words, and if so whether a pair of them differs in the marks
/// of a syllable of the highlands; `None` where they are other words.
fn compare_words(a: &str, b: &str) -> Option<bool> {
    fn words(s: &str) -> impl Iterator<Item = Folded> + '_ {
        s.split(|c: char| is_space(c) || matches!(c, '-' | '–' | '—'))
            .filter(|w| !w.is_empty())
            .map(Folded::new)
    }
    let (mut xs, mut ys) = (words(a), words(b));
    let mut marks_apart = false;
    loop {
        match (xs.next(), ys.next()) {
            (None, None) => return Some(marks_apart),
            (Some(x), Some(y)) if x.as_str() == y.as_str() => {}
            (Some(x), Some(y)) if spelled_with_c_for_k(x.as_str(), y.as_str()) => {}
            (Some(x), Some(y)) if a_highland_syllable_spelled_apart(x.as_str(), y.as_str()) => {
                marks_apart = true;
            }
            _ => return None,
        }
    }
}

/// Whether two words differ only where one writes `c` and the other `k` for the same sound,
/// as names of the highlands are spelled either way (`Đắc`/`Đắk`, `Cạn`/`Kạn`, `Pắc`/`Pak`
/// differ in a mark too, and are not these); not before `h` (`Chánh` is no `Khánh`).
fn spelled_with_c_for_k(x: &str, y: &str) -> bool {
    let (x, y) = (x.as_bytes(), y.as_bytes());
    x.len() == y.len()
        && x != y
        && x.iter().zip(y).enumerate().all(|(i, (a, b))| {
            a == b
                || matches!((a, b), (b'c', b'k') | (b'k', b'c'))
                    && x.get(i.saturating_add(1)) != Some(&b'h')
        })
}

/// Whether two folded words are one syllable ending in `k` written with other marks, or none
/// (`Đắk`/`Đăk`/`Đak`, `Lắk`/`Lăk`): no Vietnamese word ends in `k`, so the syllable is a name
/// of the highlands spelled in Vietnamese letters, whose marks each writer sets by ear.
fn a_highland_syllable_spelled_apart(x: &str, y: &str) -> bool {
    let ends_in_k = |w: &str| {
        w.trim_end_matches(crate::text::is_combining_mark)
            .ends_with('k')
    };
    (ends_in_k(x) || ends_in_k(y)) && gazetteer::fold_name(x) == gazetteer::fold_name(y)
}

/// The capitalized name at `input` where it goes on by exactly one word past `known` (the
/// text after a name the gazetteer knows) and ends there: the name written is longer than the
/// one found, and is another place.
fn name_one_word_longer<'a>(input: &'a str, known: &'a str) -> Option<(&'a str, &'a str)> {
    // (The word after the known name first: most often there is none in title case, and the
    // name is not read again.)
    let (next_start, spaces) = space0(known).ok()?;
    let (word, after_word) = split_word(next_start)?;
    let title_case =
        is_capitalized(word) && letter_count(word) >= 2 && !crate::text::in_capitals(word);
    if spaces.is_empty() || !title_case {
        return None;
    }
    let (name, after) = capitalized_name(input)?;
    (after_word.len() == after.len() && after.len() < known.len()).then_some((name, after))
}

/// Capitalized words (one to four) naming a unit the gazetteer lacks; not a person's name.
/// The type words of a village, which open names too (see [`capitalized_name`]).
const VILLAGE_WORDS: &[&str] = &["làng", "bản", "buôn", "xóm", "ấp", "sóc", "khóm"];

fn capitalized_name(input: &str) -> Option<(&str, &str)> {
    // (Five words at most are looked at: a name of four and a number after it.)
    let mut words = [("", ""); 5];
    let mut read: usize = 0;
    for (slot, word) in words.iter_mut().zip(following_words(input)) {
        *slot = word;
        read = read.saturating_add(1);
        // A name is capitalized from its first word: a run that is not ends here.
        if read == 1 && !is_capitalized(word.0) {
            break;
        }
    }
    let words = words.get(..read).unwrap_or_default();
    // A village's word opens many names of villages and communes (`thôn Làng Nủ`, `thôn Bản
    // Lìm`, `xã Làng Sen`): first in a name, before another capitalized word, it is the name's.
    // (Last in a name, it is the name's too: `thôn Nà Làng`, `bản Huổi Bản`.)
    let village_word_opens = |i: usize, w: &str| {
        let next_capitalized = words
            .get(i.saturating_add(1))
            .is_some_and(|(next, _)| is_capitalized(next));
        word_in(w, VILLAGE_WORDS) && (i == 0 && next_capitalized || i > 0 && !next_capitalized)
    };
    // A town grown round a state farm is named by it, `trường` in lower case as the source
    // writes it (`thị trấn Nông trường Mộc Châu`, `Nông trường Việt Lâm`), where a name goes on.
    let state_farm = |i: usize, w: &str| {
        i == 1
            && same_word(w, "trường")
            && words
                .first()
                .is_some_and(|(first, _)| same_word(first, "nông"))
            && words.get(2).is_some_and(|(next, _)| is_capitalized(next))
    };
    // A spaced dash before a word that no capitalized word follows ends a name the gazetteer
    // lacks: it sets one thing after another (`THÔN Đông Hạ – Hôm nay, …`). A name of two
    // words after it is the name's second half (`thành phố Sài Gòn – Gia Định`).
    let after_a_spaced_dash = |i: usize| {
        let spaced_dash = i
            .checked_sub(1)
            .and_then(|before| words.get(before))
            .and_then(|(_, after)| space1(after).ok())
            .is_some_and(|(next, _)| next.starts_with(['-', '–', '—']));
        let name_goes_on = words
            .get(i.saturating_add(1))
            .is_some_and(|(next, _)| is_capitalized(next));
        spaced_dash && !name_goes_on
    };
    let mut count = words
        .iter()
        .take(4)
        .enumerate()
        // A name ends before the next type word (`thôn Đông Quận Liên Chiểu` is two units) and
        // before a word of a title, which a word or a number follows (`huyện Khóa X`, `Năm
        // 2024`); last before a mark, the word is the name's (`thôn Khe Năm, xã Mỏ Vàng`).
        .take_while(|(i, (w, after))| {
            let titles = || {
                word_in(w, TITLE_WORDS)
                    && space0(after).is_ok_and(|(next, spaces)| {
                        !spaces.is_empty() && next.starts_with(char::is_alphanumeric)
                    })
            };
            (is_capitalized(w) || state_farm(*i, w))
                && !after_a_spaced_dash(*i)
                && !is_all_caps(w)
                && (TYPES.lookup(w).is_none() || village_word_opens(*i, w))
                && !titles()
        })
        .count();
    if count == 0 {
        return None;
    }
    // `khu phố Long Đức 3`: a number may end the name, but not one that counts the noun after
    // it (`thôn Nam 4 điểm`: thôn Nam has 4 points).
    // (A unit's type after the number opens the next unit, whose number this is not: `Thôn
    // Yên Phú 2 xã Hòa Bình`.)
    let counts_after = |after: &str| {
        crate::quantity::unit_after(crate::quantity::Units::shared(), after)
            .is_some_and(|(unit, _)| type_word_len(&unit).is_none())
    };
    if words.get(count).is_some_and(|(w, after)| {
        w.starts_with(|c: char| c.is_ascii_digit()) && !counts_after(after)
    }) {
        count = count.saturating_add(1);
    }
    let (first, _) = *words.first()?;
    let (last, after) = *words.get(count.checked_sub(1)?)?;
    // `thành phố H`: a single letter is an initial, not a name.
    if count == 1 && letter_count(first) < 2 {
        return None;
    }
    // A person's name has a middle name (`Trần Văn Trí`, `Phan Mộng Thành`); a place may begin
    // with a family name (`thôn Đinh Môn`, `thị xã Hà Giang`).
    let person = count >= 3 && words.get(1).is_some_and(|(w, _)| word_in(w, MIDDLE_NAMES));
    let lower_first = first.to_lowercase();
    // `Nam Bộ`, `Tây Nguyên`, `miền Trung`: regions, not units.
    let region = same_word(last, "bộ")
        || same_word(first, "miền")
        || same_word(last, "nguyên") && same_word(first, "tây");
    if person && word_in(&lower_first, FAMILY_NAMES) || word_in(first, NOT_NAMES) || region {
        return None;
    }
    Some((&input[..input.len().saturating_sub(after.len())], after))
}

/// A single capital letter and a dot (`V.` in `P.V.Đ.`): an initial.
fn is_initial(input: &str) -> bool {
    let mut chars = input.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next() == Some('.')
}

/// An all-capitals word of more than one letter (`UBND`, `HUYỆN`): a title or an acronym.
fn is_all_caps(word: &str) -> bool {
    letter_count(word) > 1 && word.chars().all(|c| !c.is_lowercase())
}

/// How many letters (or digits) `word` has, its combining marks aside: `Ử` is one letter
/// whether written as one character (NFC) or as `U` and two marks (NFD), so that a word's
/// length decides the same in either form.
fn letter_count(word: &str) -> usize {
    word.chars()
        .filter(|c| !matches!(c, '\u{0300}'..='\u{036f}'))
        .count()
}
