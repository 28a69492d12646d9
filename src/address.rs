//! Postal addresses: `56 Lê Duẩn - Phường 3 - Tp Sóc Trăng`, `Số 12, đường Trần Phú, P.5,
//! Q.3, TP.HCM`, `thôn Đông, xã Gia Hòa, huyện Gia Viễn, tỉnh Ninh Bình`: a house number, a
//! street and the administrative units, each level checked to lie inside the next one up.
//!
//! # Grammar
//!
//! ```text
//! address  = [building sep] [house (sep | spaces)] { line sep } { untyped sep }
//!            unit { sep (unit | untyped) } [sep country]
//!          | [house (sep | spaces)] { line sep } untyped { sep untyped } [sep country]
//! building = line { sep line }        (`Tầng 5, tòa nhà Sông Hồng`: only before a house number)
//! house    = ["số nhà" | "số" | "SN"] digit { digit | letter | "/" | "-" }
//!                                    (`56`, `Số 12`, `Số nhà 10`, `123/4`, `12A`, `45-47`)
//! line     = street | village
//! street   = up to twelve words before the next separator, beginning with a street word
//!            or a capital letter (or anything, right after a house number)
//! street word = "đường" | "phố" | "ngõ" | "ngách" | "hẻm" | "kiệt" | "đại lộ" | "quốc lộ"
//!            | "tỉnh lộ" | "lô" | "khu" | "tầng" | "tòa nhà" | "chung cư" | "số"
//! village  = a unit of village level (`thôn Đông`, `ấp Tân Hội`, `khu phố 2`, `tổ 5`)
//! unit     = a commune, district or province (see [`crate::admin`]), each of a higher
//!            level than the one before it (`phường 3, quận 5`, never `quận 5, phường 3`)
//! untyped  = a commune, district or province named without its type word (`Ba Đình`,
//!            `Hà Nội`, `HCM`), each inside the unit after it; with no typed unit the last
//!            must be a province
//! country  = "Việt Nam" | "Vietnam" | "VN"       (any case; understood, not kept)
//! sep      = "," | ";" | "–" | "—" | "-" with a space on either side  (spaces around allowed)
//! ```
//!
//! At least one commune, district or province is needed: `56 Lê Duẩn` alone is not an address
//! (the error says it names none).
//! A unit fills the text between two separators, except where the gazetteer names a unit
//! across ` - ` (`tỉnh Bà Rịa - Vũng Tàu`).
//!
//! # The value
//!
//! - `house_number` is the number without `Số`/`Số nhà`: `12`, `123/4`.
//! - `street` is kept as written, with its `đường`, `phố` or `ngõ`: `phố Huế` is not `Huế` and
//!   `Đường 3/2` is not `3/2`, so dropping the word would lose part of the name. Several
//!   pieces before the units (`ngõ 5, phố Huế`) are joined with `, `; so are village-level
//!   units before the last one (`tổ 5, khu phố 2` is the street `tổ 5` in the village `khu phố
//!   2`), as written.
//! - Each unit is an [`AdminUnit`] with its official spelling; its `matches` are narrowed to
//!   the units of the gazetteer that fit the rest of the address (below), so a numbered ward
//!   or district (`Phường 2`, `Quận 5`) keeps the one namesake its district or province holds.
//! - After a house number, a commune, district or province the gazetteer lacks is read as the
//!   street (`12 Xã Đàn, phường Nam Đồng` is on the street Xã Đàn).
//!
//! - `building` is what comes before a house number that is not at the start (`Tầng 5, tòa
//!   nhà Sông Hồng, 23 Phan Chu Trinh, …`), kept as written: it locates the door, so dropping
//!   it would lose part of the address, and it is no street.
//! - A unit named without its type word is read through the gazetteer, from the end: the last
//!   piece a province, the one before a district or commune inside it, and so on, each one
//!   only where the gazetteer puts it inside the next (`18 Hoàng Diệu, Ba Đình, Hà Nội`); a
//!   name that is both a district and a ward is read at the higher level. The piece that
//!   shares its house number's line is always the street (`12 Hàng Bài, Hoàn Kiếm, Hà Nội` is
//!   on the street Hàng Bài, though Hàng Bài is also a ward of Hoàn Kiếm; `Số 5, Phúc Xá, Ba
//!   Đình, Hà Nội` names the ward). The value writes the type.
//!
//! [`Display`](fmt::Display) writes `56 Lê Duẩn, phường 3, thành phố Sóc Trăng`, which reads
//! back to the same value.
//!
//! # The hierarchy check
//!
//! The units are checked in each era of the [`gazetteer`] in turn. In one era, each level's
//! candidates are kept only if they lie inside a candidate of the nearest level above that has
//! any ([`gazetteer::parent`]), and then each level's only if a candidate below lies inside
//! them. In the 2025 list there are no districts: a commune lies directly in its province, and
//! a province of the old list stands for the province it became part of
//! ([`gazetteer::successor`]), so `xã Gia Hòa, tỉnh Sóc Trăng` (a commune of the new list, the
//! province of the old one) is read; it is checked only as far as the new province.
//!
//! An address is contradictory when, in one era, a level has candidates and none lies inside
//! the level above, unless the other era fits those two levels together (then the first era's
//! units were namesakes: `xã Gia Hòa, huyện Gia Viễn, tỉnh Ninh Bình` is read, though the
//! 2025 list's xã Gia Hòa is in Cần Thơ). `huyện Gia Viễn, tỉnh Sóc Trăng` is an error.
//!
//! A numbered ward with no namesake inside the level above (`Phường 3, Quận 5`) is not a
//! contradiction, only unresolved: ward numbers repeat everywhere, and the gazetteer lacks the
//! wards merged away before 30 June 2025, so a number says too little to be wrong. A named
//! unit merged away before that date is read as its namesakes, if any, and may contradict.
//!
//! Not read: units apart only by spaces (`Phường 3 Quận 5`), postal codes, and numbered units
//! without their type (`18 Lê Lợi, 3, 5, HCM`).
//!
//! ```
//! use vnparse::address::Address;
//! use vnparse::gazetteer::Era;
//!
//! let a: Address = "Số 12, đường Trần Phú, P.5, Q.3, TP.HCM".parse()?;
//! assert_eq!(a.house_number.as_deref(), Some("12"));
//! assert_eq!(a.street.as_deref(), Some("đường Trần Phú"));
//! assert_eq!(a.to_string(), "12 đường Trần Phú, phường 5, quận 3, thành phố Hồ Chí Minh");
//! assert_eq!(a.codes(Era::Before2025).district.unwrap().to_string(), "770");
//! assert!("huyện Gia Viễn, tỉnh Sóc Trăng".parse::<Address>().is_err());
//! # Ok::<(), vnparse::Error>(())
//! ```

use crate::admin::{admin, AdminLevel, AdminUnit};
use crate::error::{here, parse_all, Error, ErrorKind, Expect};
use crate::gazetteer::{self, Code, Era, Level, Unit};
use crate::text::{find_phrase, is_capitalized, is_space, space0, space1, split_word};
use nom::error::{Error as NomError, ErrorKind as NomErrorKind};
use nom::IResult;
use std::fmt;
use std::str::FromStr;

/// A postal address: house number, street and administrative units.
///
/// ```
/// use vnparse::address::Address;
/// let a: Address = "56 Lê Duẩn - Phường 3 - Tp Sóc Trăng".parse()?;
/// assert_eq!(a.house_number.as_deref(), Some("56"));
/// assert_eq!(a.street.as_deref(), Some("Lê Duẩn"));
/// assert_eq!(a.commune.as_ref().map(|u| u.to_string()).as_deref(), Some("phường 3"));
/// assert_eq!(a.to_string(), "56 Lê Duẩn, phường 3, thành phố Sóc Trăng");
/// assert_eq!(a.to_string().parse::<Address>()?, a);
/// # Ok::<(), vnparse::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Address {
    /// What is written before the house number, as written: floor, building, block
    /// (`Tầng 5, tòa nhà Sông Hồng`).
    pub building: Option<String>,
    /// The house number without `Số`/`Số nhà`: `56`, `123/4`.
    pub house_number: Option<String>,
    /// The street as written, with its `đường`/`phố`/`ngõ`: `Lê Duẩn`, `ngõ 5, phố Huế`.
    pub street: Option<String>,
    /// The village-level unit: `thôn Đông`, `ấp Tân Hội`, `khu phố 2`.
    pub village: Option<AdminUnit>,
    /// The ward, commune, township or special zone.
    pub commune: Option<AdminUnit>,
    /// The district, town or provincial city (before 2025).
    pub district: Option<AdminUnit>,
    /// The province or centrally governed city.
    pub province: Option<AdminUnit>,
}

/// The statistics office codes of an address in one era, each where the address picks out a
/// single unit; the levels above the lowest such unit come from the gazetteer even when not
/// written. The 2025 list has no districts, so `district` is always `None` there.
///
/// ```
/// use vnparse::address::{Address, Codes};
/// use vnparse::gazetteer::Era;
/// let a: Address = "56 Lê Duẩn - Phường 3 - Tp Sóc Trăng".parse()?;
/// let codes = Codes { province: "94".parse().ok(), district: "941".parse().ok(), commune: "31519".parse().ok() };
/// assert_eq!(a.codes(Era::Before2025), codes);
/// assert_eq!(a.codes(Era::After2025), Codes::default());
/// # Ok::<(), vnparse::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Codes {
    /// The province's code.
    pub province: Option<Code>,
    /// The district's code (before 2025 only).
    pub district: Option<Code>,
    /// The commune's code.
    pub commune: Option<Code>,
}

impl Address {
    /// The codes of the units the address names in `era` (see [`Codes`]).
    ///
    /// ```
    /// use vnparse::address::Address;
    /// use vnparse::gazetteer::Era;
    /// let a: Address = "P. Dương Nội, Q. Hà Đông, Hà Nội".parse()?;
    /// let before = a.codes(Era::Before2025);
    /// let text = |c: Option<vnparse::gazetteer::Code>| c.map(|c| c.to_string()).unwrap_or_default();
    /// assert_eq!([text(before.province), text(before.district), text(before.commune)], ["01", "268", "09886"]);
    /// let after = a.codes(Era::After2025);
    /// assert_eq!([text(after.province), text(after.district), text(after.commune)], ["01", "", "09886"]);
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    pub fn codes(&self, era: Era) -> Codes {
        let lowest = [&self.commune, &self.district, &self.province]
            .into_iter()
            .flatten()
            .find_map(|unit| only_match(unit, era));
        let mut codes = Codes::default();
        // The parent chain ends at a province; at most three steps.
        for unit in std::iter::successors(lowest, |u| gazetteer::parent(u)).take(3) {
            let slot = match unit.level {
                Level::Province => &mut codes.province,
                Level::District => &mut codes.district,
                Level::Commune => &mut codes.commune,
            };
            *slot = Some(unit.code);
        }
        codes
    }

    /// The era the address is written in, where its units tell: a district or township
    /// (gone on 1 July 2025) means the old list, a unit of the 2025 list only (an `đặc khu`,
    /// a new commune) the new one; units of both, or of neither, tell nothing.
    ///
    /// ```
    /// use vnparse::address::Address;
    /// use vnparse::gazetteer::Era;
    /// let era = |s: &str| s.parse::<Address>().unwrap().era();
    /// assert_eq!(era("phường Phúc Xá, quận Ba Đình, thành phố Hà Nội"), Some(Era::Before2025));
    /// assert_eq!(era("xã Tà Xi Láng, tỉnh Lào Cai"), Some(Era::After2025));
    /// assert_eq!(era("tỉnh Lào Cai"), None);
    /// ```
    pub fn era(&self) -> Option<Era> {
        let mut cues = [&self.commune, &self.district, &self.province]
            .into_iter()
            .flatten()
            .filter_map(AdminUnit::era_cue);
        let first = cues.next()?;
        cues.all(|era| era == first).then_some(first)
    }

    /// The unit of one level.
    fn unit_at(&self, level: AdminLevel) -> &Option<AdminUnit> {
        match level {
            AdminLevel::Province => &self.province,
            AdminLevel::District => &self.district,
            AdminLevel::Commune => &self.commune,
            AdminLevel::Village => &self.village,
        }
    }

    /// The slots of the levels the gazetteer has, top down.
    fn checked_slots(&self) -> [&Option<AdminUnit>; 3] {
        [&self.province, &self.district, &self.commune]
    }
}

/// The one unit of `era`, at the unit's own level, that `unit` may be.
fn only_match(unit: &AdminUnit, era: Era) -> Option<&'static Unit> {
    let level = gazetteer_level(unit.level)?;
    let mut units = unit.in_era(era).filter(|u| u.level == level);
    let first = units.next()?;
    units.next().is_none().then_some(first)
}

fn gazetteer_level(level: AdminLevel) -> Option<Level> {
    match level {
        AdminLevel::Province => Some(Level::Province),
        AdminLevel::District => Some(Level::District),
        AdminLevel::Commune => Some(Level::Commune),
        AdminLevel::Village => None,
    }
}

impl fmt::Display for Address {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let line = match (&self.house_number, &self.street) {
            (Some(house), Some(street)) => Some(format!("{house} {street}")),
            (Some(only), None) | (None, Some(only)) => Some(only.clone()),
            (None, None) => None,
        };
        let units = [&self.village, &self.commune, &self.district, &self.province]
            .into_iter()
            .flatten()
            .map(ToString::to_string);
        let parts: Vec<String> = self
            .building
            .iter()
            .cloned()
            .chain(line)
            .chain(units)
            .collect();
        f.write_str(&parts.join(", "))
    }
}

impl FromStr for Address {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        // Text that names no unit is not an address, whatever it ends with: say so, from
        // where it begins, not where reading stopped.
        let trimmed = s.trim_matches(is_space);
        if let Err(nom::Err::Error(e)) = read_address(trimmed) {
            if e.code == NO_UNIT && !trimmed.is_empty() {
                let start = s.len().saturating_sub(s.trim_start_matches(is_space).len());
                return Err(Error::at(
                    s,
                    start,
                    ErrorKind::Invalid(format!(
                        "`{trimmed}` names no commune, district or province"
                    )),
                ));
            }
        }
        let mut read = parse_all(s, EXPECTED, past_separator(read_address))?;
        match resolve(&mut read.address) {
            Ok(()) => Ok(read.address),
            Err(c) => {
                let offset = s.trim_end().len().saturating_sub(read.left_at(c.lower));
                Err(Error::at(
                    s,
                    offset,
                    ErrorKind::Invalid(c.message(&read.address)),
                ))
            }
        }
    }
}

/// What the reader expects, for the errors of `parse` and of [`crate::parse`].
pub(crate) const EXPECTED: Expect = Expect {
    what: "an address such as `56 Lê Duẩn, phường 3, thành phố Sóc Trăng`",
    // A separator with no part after it; a part after a complete address trails it.
    at: |text, stop| {
        let read = text.get(..stop).unwrap_or_default().trim_end();
        let rest = text.get(stop..).unwrap_or_default();
        (read.ends_with([',', ';', '-']) && (rest.is_empty() || rest.starts_with([',', ';'])))
            .then_some(())
            .and(here("the next part of the address, such as `quận 5`"))
    },
};

/// An address, as the module docs give it, with its levels checked against each other.
///
/// The crate's own reader; [`crate::parse::address`] is the public one, generic over the
/// error type.
pub(crate) fn address(input: &str) -> IResult<&str, Address> {
    checked(input).map_err(|refused| match refused {
        Refused::Syntax(e) => e,
        Refused::Contradiction { at, .. } => nom::Err::Error(NomError::new(
            input.get(at..).unwrap_or(input),
            NomErrorKind::Verify,
        )),
    })
}

/// Why no address was read: no address is written there, or its parts contradict each other.
pub(crate) enum Refused<'a> {
    /// What nom says of the text.
    Syntax(nom::Err<NomError<&'a str>>),
    /// The unit at byte `at` of the input is not in the one above it: `why`.
    Contradiction { at: usize, why: String },
}

/// An address with its levels checked against each other, or why there is none: the reader of
/// [`address`] and of [`crate::parse::address`], which reports the contradiction.
pub(crate) fn checked(input: &str) -> Result<(&str, Address), Refused<'_>> {
    let (rest, mut read) = read_address(input).map_err(Refused::Syntax)?;
    match resolve(&mut read.address) {
        Ok(()) => Ok((rest, read.address)),
        Err(c) => Err(Refused::Contradiction {
            at: input.len().saturating_sub(read.left_at(c.lower)),
            why: c.message(&read.address),
        }),
    }
}

/// `parser`, and the separator after what it read: what follows an address in a `FromStr`
/// is reported as trailing text (`quận 5, phường 3` has `phường 3` after the address), and a
/// separator at the end as a missing part.
fn past_separator<'a, T>(
    mut parser: impl FnMut(&'a str) -> IResult<&'a str, T>,
) -> impl FnMut(&'a str) -> IResult<&'a str, T> {
    move |input| {
        let (rest, value) = parser(input)?;
        match separator(rest) {
            Some("") => fail(""),
            Some(after) => Ok((after, value)),
            None => Ok((rest, value)),
        }
    }
}

fn fail<T>(input: &str) -> IResult<&str, T> {
    Err(nom::Err::Error(NomError::new(input, NomErrorKind::Verify)))
}

// ---------------------------------------------------------------------------
// Reading the parts.

/// What the grammar read, before the levels are checked.
struct Read {
    address: Address,
    /// For each level (indexed by `AdminLevel as usize`), how much input was left where its
    /// unit began: errors point there.
    left: [usize; 4],
}

impl Read {
    fn left_at(&self, level: AdminLevel) -> usize {
        self.left.get(level as usize).copied().unwrap_or_default()
    }
}

/// One piece of an address between separators.
enum Piece<'a> {
    /// A street or a line of one, as written.
    Street(&'a str),
    /// A unit, with the text it was read from.
    Unit(AdminUnit, &'a str),
}

/// Where the reading stands: what may come next depends on what came before.
#[derive(Default)]
struct State {
    /// The level of the last commune, district or province read.
    last_level: Option<AdminLevel>,
    /// The piece follows a house number on the same line, after a space.
    after_house: bool,
}

impl State {
    /// Whether a unit of `level` may follow: villages only before any commune, district or
    /// province; the others each higher than the last.
    fn admits(&self, level: AdminLevel) -> bool {
        match (level, self.last_level) {
            (AdminLevel::Village, last) => last.is_none(),
            (_, None) => true,
            (level, Some(last)) => level < last,
        }
    }
}

/// The grammar of the module docs, without the hierarchy check.
fn read_address(input: &str) -> IResult<&str, Read> {
    let (mut next, mut house) = match house_number(input) {
        Some((house, rest)) => (rest, Some(house)),
        None => (input, None),
    };
    let mut state = State::default();
    // The piece on the same line as the house number is its street, whatever it names.
    let mut keep = 0;
    if house.is_some() {
        if let Some(after) = separator(next) {
            next = after;
        } else {
            (next, _) = space1(next)?;
            state.after_house = true;
            keep = 1;
        }
    }
    let mut line = Vec::new();
    let mut units = Vec::new();
    let mut building = None;
    let mut end = next;
    loop {
        // `Tầng 5, tòa nhà Sông Hồng, 23 Phan Chu Trinh`: the lines before a house number
        // are the building.
        if let Some((number, after)) = later_house_number(next, house, &line, &state) {
            building = Some(written_pieces(&line));
            line.clear();
            house = Some(number);
            next = after;
            state.after_house = true;
            keep = 1;
        }
        let at = next.len();
        let Some((piece, rest)) = read_piece(next, &state) else {
            break;
        };
        end = rest;
        state.after_house = false;
        match piece {
            Piece::Unit(unit, _) if unit.level != AdminLevel::Village => {
                state.last_level = Some(unit.level);
                units.push((unit, at));
            }
            piece => line.push(piece),
        }
        // The untyped province ends an address.
        if state.last_level == Some(AdminLevel::Province) {
            break;
        }
        match separator(rest) {
            Some(after) => next = after,
            None => break,
        }
    }
    // `18 Hoàng Diệu, Ba Đình, Hà Nội, Việt Nam`: with no typed unit, the country was read as
    // a street piece; it is understood, as after a typed unit.
    if units.is_empty() {
        if let Some(Piece::Street(last)) = line.last() {
            if line.len() > 1 && country(last) == Some("") {
                line.pop();
            }
        }
    }
    untyped_units_before(input, &mut line, &mut units, keep);
    if units.is_empty() {
        // Read to its end without a unit: it names none. Stopped early: where it stopped.
        if end.trim_start_matches(is_space).is_empty() {
            return Err(nom::Err::Error(NomError::new(input, NO_UNIT)));
        }
        return fail(if separator(end).is_some() { next } else { end });
    }
    // `…, thành phố Hà Nội, Việt Nam`: the country is understood.
    if let Some(after) = separator(end).and_then(country) {
        end = after;
    }
    let (street, village) = split_line(line);
    let mut read = Read {
        address: Address {
            building,
            house_number: house.map(str::to_string),
            street,
            village,
            ..Address::default()
        },
        left: [0; 4],
    };
    for (unit, at) in units {
        if let Some(left) = read.left.get_mut(unit.level as usize) {
            *left = at;
        }
        let level = unit.level;
        *slot(&mut read.address, level) = Some(unit);
    }
    Ok((end, read))
}

fn slot(address: &mut Address, level: AdminLevel) -> &mut Option<AdminUnit> {
    match level {
        AdminLevel::Province => &mut address.province,
        AdminLevel::District => &mut address.district,
        AdminLevel::Commune => &mut address.commune,
        AdminLevel::Village => &mut address.village,
    }
}

/// The street and the village from the pieces before the first commune, district or
/// province: the last piece is the village when it is a unit, the rest the street.
fn split_line(mut line: Vec<Piece<'_>>) -> (Option<String>, Option<AdminUnit>) {
    let village = match line.pop() {
        Some(Piece::Unit(unit, _)) => Some(unit),
        Some(street) => {
            line.push(street);
            None
        }
        None => None,
    };
    let written: Vec<&str> = line
        .iter()
        .map(|piece| match piece {
            Piece::Street(text) | Piece::Unit(_, text) => *text,
        })
        .collect();
    let street = (!written.is_empty()).then(|| written.join(", "));
    (street, village)
}

/// The piece at the start of `input`, if one may stand there.
fn read_piece<'a>(input: &'a str, state: &State) -> Option<(Piece<'a>, &'a str)> {
    if let Some((unit, written, rest)) = unit_piece(input) {
        // `12 Xã Đàn`: right after a house number, a unit the gazetteer lacks is a street.
        let street_name = state.after_house
            && unit.level != AdminLevel::Village
            && unit.matches.is_empty()
            && !is_number(&unit.name);
        if state.admits(unit.level) && !street_name {
            return Some((Piece::Unit(unit, written), rest));
        }
    }
    match state.last_level {
        None => street_piece(input, state.after_house).map(|(s, rest)| (Piece::Street(s), rest)),
        Some(AdminLevel::Province) => None,
        Some(last) => untyped_unit(input, &levels_above(last), None)
            .map(|(u, w, rest)| (Piece::Unit(u, w), rest)),
    }
}

fn is_number(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_digit())
}

/// The prefixes a house number may be written with, longest first.
const HOUSE_PREFIXES: &[&str] = &["số nhà", "số", "sn"];

/// The longest house number read (`12/34-36B`); longer is not a house number.
const MAX_HOUSE_LEN: usize = 16;

/// A house number at the start of `input` (without its prefix), and the rest.
fn house_number(input: &str) -> Option<(&str, &str)> {
    let number = match find_phrase(input, HOUSE_PREFIXES) {
        Some((_, len)) => space0(input.get(len..)?).ok()?.0,
        None => input,
    };
    let len = number
        .bytes()
        .take_while(|&b| b.is_ascii_alphanumeric() || b == b'/' || b == b'-')
        .count();
    let token = number.get(..len)?.trim_end_matches(['/', '-']);
    let rest = number.get(token.len()..)?;
    let ends = rest.is_empty() || rest.starts_with(is_space) || separator(rest).is_some();
    let well_formed =
        token.starts_with(|c: char| c.is_ascii_digit()) && token.len() <= MAX_HOUSE_LEN;
    (well_formed && ends).then_some((token, rest))
}

/// `,` `;` `–` or `—` with any spaces around, or `-` with a space on at least one side (a
/// bare `-` joins, as in `45-47` or `Bà Rịa-Vũng Tàu`): the rest after it.
fn separator(input: &str) -> Option<&str> {
    let (after_spaces, before) = space0(input).ok()?;
    let mut chars = after_spaces.chars();
    let mark = chars.next()?;
    let (rest, after) = space0(chars.as_str()).ok()?;
    match mark {
        ',' | ';' | '–' | '—' => Some(rest),
        '-' if !before.is_empty() || !after.is_empty() => Some(rest),
        _ => None,
    }
}

/// The longest piece read, in bytes (twelve decomposed words fit): a longer run without a
/// separator is prose, and the bound keeps the parser linear when tried all over a text.
const MAX_PIECE_BYTES: usize = 256;

/// Where the piece at the start of `input` ends: at a separator, a line break or the end.
fn piece_end(input: &str) -> Option<usize> {
    for (i, c) in input.char_indices() {
        if i > MAX_PIECE_BYTES {
            return None;
        }
        let may_separate = is_space(c) || matches!(c, ',' | ';' | '–' | '—' | '-');
        if matches!(c, '\n' | '\r') || may_separate && input.get(i..).and_then(separator).is_some()
        {
            return Some(i);
        }
    }
    (input.len() <= MAX_PIECE_BYTES).then_some(input.len())
}

/// Whether a unit read by [`admin`] ended its piece: the separator, the end, or punctuation
/// follow.
fn ends_piece(rest: &str) -> bool {
    let after = space0(rest).map_or(rest, |(after, _)| after);
    separator(rest).is_some() || !after.starts_with(char::is_alphanumeric)
}

/// A unit at the start of `input`, the text it was read from, and the rest.
fn unit_piece(input: &str) -> Option<(AdminUnit, &str, &str)> {
    // The gazetteer may carry a name across ` - ` (`tỉnh Bà Rịa - Vũng Tàu`).
    if let Ok((rest, unit)) = admin(input) {
        if !unit.matches.is_empty() && ends_piece(rest) {
            return Some((unit, written(input, rest), rest));
        }
    }
    // Otherwise the unit fills its piece: without the bound, `thôn Đông - Xã Gia Hòa` would
    // read as one village of four capitalized words.
    let end = piece_end(input)?;
    let piece = input.get(..end)?;
    let (left, unit) = admin(piece).ok()?;
    let rest = input.get(end..)?;
    left.chars()
        .all(is_space)
        .then(|| (unit, written(input, rest), rest))
}

/// The text of `input` before `rest`, without trailing spaces.
fn written<'a>(input: &'a str, rest: &str) -> &'a str {
    input
        .get(..input.len().saturating_sub(rest.len()))
        .unwrap_or_default()
        .trim_end_matches(is_space)
}

/// Street words a street piece may begin with: the ways first (see [`WAYS`]), then the
/// places on them.
pub(crate) const STREET_WORDS: &[&str] = &[
    "đường",
    "phố",
    "ngõ",
    "ngách",
    "hẻm",
    "kiệt",
    "đại lộ",
    "quốc lộ",
    "tỉnh lộ",
    // (The ways end here: [`WAYS`] takes the nine above.)
    "lô",
    "khu",
    "tầng",
    "tòa nhà",
    "chung cư",
    "số",
];

/// The street words that name a way (a street, a lane, a road), which a house is on: the
/// first nine of [`STREET_WORDS`].
pub(crate) const WAYS: &[&str] = STREET_WORDS.split_at(9).0;

/// The most words a street piece has: longer is prose, not an address.
const MAX_STREET_WORDS: usize = 12;

/// A street piece at the start of `input` and the rest.
fn street_piece(input: &str, after_house: bool) -> Option<(&str, &str)> {
    let text = input.get(..piece_end(input)?)?.trim_end_matches(is_space);
    let words = text.split(is_space).filter(|w| !w.is_empty()).count();
    let begins_well =
        after_house || is_capitalized(text) || find_phrase(text, STREET_WORDS).is_some();
    let has_name = text.chars().any(char::is_alphanumeric);
    let rest = input.get(text.len()..)?;
    (begins_well && has_name && words <= MAX_STREET_WORDS).then_some((text, rest))
}

/// The most words of an untyped unit's name tried (`Bà Rịa - Vũng Tàu` has four).
const MAX_NAME_WORDS: usize = 5;

/// The nom error code of an input that names no commune, district or province.
const NO_UNIT: NomErrorKind = NomErrorKind::Not;

/// The gazetteer levels above `level`, top down.
fn levels_above(level: AdminLevel) -> Vec<Level> {
    [Level::Province, Level::District, Level::Commune]
        .into_iter()
        .filter(|&l| (AdminLevel::of(l)) < level)
        .collect()
}

/// A unit named without its type word (`Hà Nội`, `HCM`, `Ba Đình`, `Bà Rịa - Vũng Tàu`) at
/// one of `levels` (tried in that order): the longest run of words naming one, which ends its
/// piece and, when `within` has candidates, lies inside one of them.
fn untyped_unit<'a>(
    input: &'a str,
    levels: &[Level],
    within: Option<&AdminUnit>,
) -> Option<(AdminUnit, &'a str, &'a str)> {
    name_ends(input).into_iter().rev().find_map(|end| {
        let rest = input.get(end..)?;
        if !ends_piece(rest) {
            return None;
        }
        let named: Vec<&'static Unit> = gazetteer::find_by_name(input.get(..end)?).collect();
        levels.iter().find_map(|&level| {
            let found = named.iter().find(|u| {
                u.level == level && within.is_none_or(|w| lies_in(u.name, u.kind, level, w))
            })?;
            // Read as its full name would be, so that the value and its `Display` read alike.
            let full = format!("{} {}", found.kind, found.name);
            let (_, unit) = admin(&full).ok()?;
            (gazetteer_level(unit.level) == Some(level)).then(|| (unit, written(input, rest), rest))
        })
    })
}

/// Whether a unit of this name, type and level lies inside one of the candidates of `upper`
/// (in its own era); true when `upper` has none to check against.
fn lies_in(name: &str, kind: &str, level: Level, upper: &AdminUnit) -> bool {
    if upper.matches.is_empty() {
        return true;
    }
    gazetteer::find_by_name(name)
        .filter(|u| u.level == level && u.kind == kind)
        .any(|u| {
            upper
                .matches
                .iter()
                .any(|up| ancestor_at(u, up.level) == Some(*up))
        })
}

/// The street pieces at the end of `line` (before the first unit written with its type, or
/// at the end when none was) read as units named without their type, lowest last: with no
/// typed unit the last piece must name a province; each piece must name a unit inside the
/// one after it (`18 Hoàng Diệu, Ba Đình, Hà Nội`). The first `keep` pieces stay streets.
fn untyped_units_before<'a>(
    input: &'a str,
    line: &mut Vec<Piece<'a>>,
    units: &mut Vec<(AdminUnit, usize)>,
    keep: usize,
) {
    while line.len() > keep {
        let Some(Piece::Street(text)) = line.last() else {
            return;
        };
        let above = units.first().map(|(u, _)| u);
        let levels = match above {
            None => vec![Level::Province],
            Some(up) => [Level::District, Level::Commune]
                .into_iter()
                .filter(|&l| AdminLevel::of(l) > up.level)
                .collect(),
        };
        let Some((unit, _, "")) = untyped_unit(text, &levels, above) else {
            return;
        };
        let left = input.len().saturating_sub(offset_in(input, text));
        line.pop();
        units.insert(0, (unit, left));
    }
}

/// The byte offset of `part`, a slice of `input`, in `input`.
fn offset_in(input: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(input.as_ptr() as usize)
}

/// A house number starting a later piece, when none was read and no unit yet: the pieces
/// before it are the building. The number and the rest after its spaces.
fn later_house_number<'a>(
    next: &'a str,
    house: Option<&str>,
    line: &[Piece<'_>],
    state: &State,
) -> Option<(&'a str, &'a str)> {
    if house.is_some() || line.is_empty() || state.last_level.is_some() {
        return None;
    }
    let (number, rest) = house_number(next)?;
    let (after, _) = space1(rest).ok()?;
    // A number that is a street's name (`Đường 3/2`) has no street after it.
    street_piece(after, true)?;
    Some((number, after))
}

/// The pieces as written, joined with `, `.
fn written_pieces(line: &[Piece<'_>]) -> String {
    line.iter()
        .map(|piece| match piece {
            Piece::Street(text) | Piece::Unit(_, text) => *text,
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The country at the start of `input`, as a last part (`Việt Nam`, `Vietnam`, `VN`): the
/// rest after it.
fn country(input: &str) -> Option<&str> {
    let (_, len) = find_phrase(input, &["việt nam", "vietnam", "vn"])?;
    let rest = input.get(len..)?;
    (!rest.starts_with(char::is_alphanumeric)).then_some(rest)
}

/// The byte offsets where each of the first words of `input` ends; words are apart by spaces
/// or a hyphen.
fn name_ends(input: &str) -> Vec<usize> {
    let mut ends = Vec::new();
    let mut rest = input;
    while ends.len() < MAX_NAME_WORDS {
        let Some((_, after)) = split_word(rest) else {
            break;
        };
        ends.push(input.len().saturating_sub(after.len()));
        let (next, spaces) = space0(after).unwrap_or((after, ""));
        rest = match next.strip_prefix('-') {
            Some(hyphen) => space0(hyphen).map_or(hyphen, |(r, _)| r),
            None if spaces.is_empty() => break,
            None => next,
        };
    }
    ends
}

// ---------------------------------------------------------------------------
// The hierarchy check.

/// Two written levels that cannot both be right.
#[derive(Debug, Clone, Copy)]
struct Contradiction {
    lower: AdminLevel,
    upper: AdminLevel,
}

impl Contradiction {
    fn message(&self, address: &Address) -> String {
        let name = |level| {
            let unit = address.unit_at(level);
            unit.as_ref().map(ToString::to_string).unwrap_or_default()
        };
        format!(
            "`{}` does not lie in `{}`",
            name(self.lower),
            name(self.upper)
        )
    }
}

/// The levels the gazetteer has, top down, as [`Address::checked_slots`] lists them.
const CHECKED_LEVELS: [AdminLevel; 3] = [
    AdminLevel::Province,
    AdminLevel::District,
    AdminLevel::Commune,
];

/// How the written units fit together in one era.
struct Reading {
    /// The candidates left for province, district and commune.
    sets: [Vec<&'static Unit>; 3],
    /// The first pair of levels that did not fit.
    contradiction: Option<Contradiction>,
}

impl Reading {
    /// Whether candidates of `level` are left.
    fn has(&self, level: AdminLevel) -> bool {
        CHECKED_LEVELS
            .iter()
            .position(|&l| l == level)
            .and_then(|i| self.sets.get(i))
            .is_some_and(|set| !set.is_empty())
    }
}

/// Checks the levels against each other and narrows each unit's matches to those that fit.
fn resolve(address: &mut Address) -> Result<(), Contradiction> {
    let readings = [Era::Before2025, Era::After2025].map(|era| reading(address, era));
    // Two levels that do not fit in one era are namesakes of the units meant when the
    // other era fits them together (`xã Gia Hòa` is in Ninh Bình before 2025, in Cần Thơ
    // after).
    let fits = |c: Contradiction| {
        readings
            .iter()
            .any(|r| r.contradiction.is_none() && r.has(c.lower) && r.has(c.upper))
    };
    if let Some(c) = readings
        .iter()
        .filter_map(|r| r.contradiction)
        .find(|&c| !fits(c))
    {
        return Err(c);
    }
    narrow(address, &readings);
    Ok(())
}

/// The candidates of each level in `era`, kept where they fit together.
fn reading(address: &Address, era: Era) -> Reading {
    let slots = address.checked_slots();
    let unsure = slots.map(|slot| slot.as_ref().is_some_and(is_numbered_ward));
    let mut reading = Reading {
        sets: slots.map(|slot| {
            slot.as_ref()
                .map_or_else(Vec::new, |unit| candidates(unit, era))
        }),
        contradiction: None,
    };
    reading.top_down(unsure);
    reading.bottom_up();
    reading
}

impl Reading {
    /// Keeps each level's candidates that lie in a candidate of the nearest level above; a
    /// level left with none is a contradiction unless it is `unsure`.
    fn top_down(&mut self, unsure: [bool; 3]) {
        for lower in 1..self.sets.len() {
            let Some((above, below)) = self.sets.split_at_mut_checked(lower) else {
                continue;
            };
            let upper = above.iter().enumerate().rev().find(|(_, s)| !s.is_empty());
            let (Some((upper, upper_set)), Some(lower_set)) = (upper, below.first_mut()) else {
                continue;
            };
            if lower_set.is_empty() {
                continue;
            }
            let kept = inside(lower_set, upper_set);
            let levels = (CHECKED_LEVELS.get(lower), CHECKED_LEVELS.get(upper));
            if let (true, false, None, (Some(&lower), Some(&upper))) = (
                kept.is_empty(),
                unsure.get(lower).copied().unwrap_or(false),
                &self.contradiction,
                levels,
            ) {
                self.contradiction = Some(Contradiction { lower, upper });
            }
            *lower_set = kept;
        }
    }

    /// Keeps each level's candidates that hold a candidate of the nearest level below.
    fn bottom_up(&mut self) {
        for upper in (1..self.sets.len()).rev() {
            // `above` ends with the level kept (`upper - 1`), `below` holds the levels under it.
            let Some((above, below)) = self.sets.split_at_mut_checked(upper) else {
                continue;
            };
            let (Some(upper_set), Some(lower_set)) =
                (above.last_mut(), below.iter().find(|s| !s.is_empty()))
            else {
                continue;
            };
            upper_set.retain(|u| lower_set.iter().any(|l| ancestor_at(l, u.level) == Some(u)));
        }
    }
}

/// The units of `lower` that lie in one of `upper`.
fn inside(lower: &[&'static Unit], upper: &[&'static Unit]) -> Vec<&'static Unit> {
    lower
        .iter()
        .copied()
        .filter(|l| upper.iter().any(|u| ancestor_at(l, u.level) == Some(*u)))
        .collect()
}

/// The unit itself or its ancestor at `level`, in its own era.
fn ancestor_at(unit: &'static Unit, level: Level) -> Option<&'static Unit> {
    std::iter::successors(Some(unit), |u| gazetteer::parent(u))
        .take(3)
        .find(|u| u.level == level)
}

/// A ward or commune named by a number only (`Phường 2`): its matches are namesakes all over
/// the country, and one missing from its district may have been merged away before the
/// gazetteer's date. (Numbered districts are Hồ Chí Minh City's alone: `Quận 5, Hà Nội` is
/// wrong.)
fn is_numbered_ward(unit: &AdminUnit) -> bool {
    unit.level == AdminLevel::Commune && is_number(&unit.name)
}

/// The units of `era` that `unit` may be: its matches at its level (for a numbered unit, its
/// namesakes) or, for a province of the old list in the 2025 list, the province it became
/// part of.
fn candidates(unit: &AdminUnit, era: Era) -> Vec<&'static Unit> {
    let Some(level) = gazetteer_level(unit.level) else {
        return Vec::new();
    };
    let own: Vec<_> = unit.in_era(era).filter(|u| u.level == level).collect();
    // A district has no successor of its level: the 2025 list has none.
    if !own.is_empty() || era != Era::After2025 || level != Level::Province {
        return own;
    }
    let mut successors: Vec<&'static Unit> = Vec::new();
    for old in unit.in_era(Era::Before2025).filter(|u| u.level == level) {
        if let Some(new) = gazetteer::successor(old) {
            if !successors.contains(&new) {
                successors.push(new);
            }
        }
    }
    successors
}

/// Narrows each unit's matches to the candidates that fit in some era: a numbered unit keeps
/// the namesake its district or province picked out.
fn narrow(address: &mut Address, readings: &[Reading; 2]) {
    let slots = [
        &mut address.province,
        &mut address.district,
        &mut address.commune,
    ];
    for (i, slot) in slots.into_iter().enumerate() {
        let Some(unit) = slot else { continue };
        let kept: Vec<&'static Unit> = readings
            .iter()
            .filter_map(|r| r.sets.get(i))
            .flatten()
            .copied()
            .collect();
        unit.matches.retain(|m| kept.contains(m));
    }
}
