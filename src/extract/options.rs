//! What a caller may ask of the extractor beyond the contract's defaults: which kinds to
//! yield, the date the document was written (to give a year to days and months written
//! without one), which list of administrative units the codes come from, and addresses as
//! one entity.
//!
//! The options are a stage after the scan: the scanner reads the text the same whatever is
//! asked, and this stage then resolves, narrows, groups and filters what it found. So the
//! options never change where an entity is read, only what is yielded: asking for `number`
//! alone does not turn `810 triệu đồng` into a number, it leaves the money out.
//!
//! ```
//! use vnparse::extract::{AdminEra, Kind};
//! use vnparse::{Date, Extractor};
//!
//! let extractor = Extractor::builder()
//!     .kinds([Kind::Date, Kind::Admin])
//!     .reference_date(Date::new(Some(2025), 1, 5).unwrap())
//!     .era(AdminEra::Legacy)
//!     .addresses(true)
//!     .build();
//! let text = "Ngày 28/12, tại 59 Lý Tự Trọng, phường Bến Nghé, Quận 1, TP.HCM, chi 5 triệu đồng.";
//! let found: Vec<(&str, String)> = extractor
//!     .extract(text)
//!     .iter()
//!     .map(|e| (e.kind().as_str(), e.value_string()))
//!     .collect();
//! assert_eq!(found, [
//!     ("date", "2024-12-28".to_string()),
//!     ("address", "59 Lý Tự Trọng, phường Bến Nghé, quận 1, thành phố Hồ Chí Minh".to_string()),
//! ]);
//! ```

use super::{Entity, Extractor, Field, Kind, Value};
use crate::address::{address, Address, STREET_WORDS};
use crate::admin::{AdminLevel, AdminUnit};
use crate::date::{Calendar, Date};
use crate::error::{Error, ErrorKind};
use crate::gazetteer::{self, Era};
use crate::period::{Month, Quarter};
use crate::quantity::Units;
use crate::text::{find_phrase, is_capitalized, is_space, same_word, split_word};
use std::fmt;
use std::str::FromStr;

impl Kind {
    /// Every kind, in the order of the contract's table, the optional `address` last.
    ///
    /// ```
    /// use vnparse::Kind;
    /// assert_eq!(Kind::ALL.len(), 15);
    /// assert_eq!(Kind::ALL[0], Kind::Number);
    /// ```
    pub const ALL: [Kind; 15] = [
        Kind::Number,
        Kind::Ordinal,
        Kind::Money,
        Kind::Percent,
        Kind::Quantity,
        Kind::Ratio,
        Kind::Date,
        Kind::Time,
        Kind::Month,
        Kind::Quarter,
        Kind::Year,
        Kind::Admin,
        Kind::Phone,
        Kind::DocNum,
        Kind::Address,
    ];
}

impl FromStr for Kind {
    type Err = Error;

    /// The kind of a contract name: `number`, `money`, …, `address`.
    ///
    /// ```
    /// use vnparse::Kind;
    /// assert_eq!("money".parse::<Kind>()?, Kind::Money);
    /// assert!("monies".parse::<Kind>().is_err());
    /// # Ok::<(), vnparse::Error>(())
    /// ```
    fn from_str(s: &str) -> Result<Self, Error> {
        Kind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| {
                Error::new(
                    0,
                    ErrorKind::Invalid(format!("`{s}` is no kind of entity: `number`, `money`, …")),
                )
            })
    }
}

/// Which list of administrative units the codes of units and addresses come from.
///
/// ```
/// use vnparse::extract::AdminEra;
/// use vnparse::gazetteer::Era;
/// assert_eq!("legacy".parse::<AdminEra>()?, AdminEra::Legacy);
/// assert_eq!(AdminEra::Y2025.era(), Some(Era::After2025));
/// assert_eq!(AdminEra::default(), AdminEra::Auto);
/// # Ok::<(), vnparse::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum AdminEra {
    /// The era the text tells, sentence by sentence (see [`crate::admin::infer_eras`]); no
    /// code where it does not tell.
    #[default]
    Auto,
    /// The units in force until 30 June 2025.
    Legacy,
    /// The units in force from 1 July 2025.
    Y2025,
}

impl AdminEra {
    /// The era fixed, if any.
    ///
    /// ```
    /// use vnparse::extract::AdminEra;
    /// use vnparse::gazetteer::Era;
    /// assert_eq!(AdminEra::Legacy.era(), Some(Era::Before2025));
    /// assert_eq!(AdminEra::Auto.era(), None);
    /// ```
    pub fn era(self) -> Option<Era> {
        match self {
            AdminEra::Auto => None,
            AdminEra::Legacy => Some(Era::Before2025),
            AdminEra::Y2025 => Some(Era::After2025),
        }
    }
}

impl fmt::Display for AdminEra {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.era() {
            Some(era) => f.write_str(era.as_str()),
            None => f.write_str("auto"),
        }
    }
}

impl FromStr for AdminEra {
    type Err = Error;

    /// `auto`, `legacy` or `2025`, as `examples/extract --era` takes them.
    fn from_str(s: &str) -> Result<Self, Error> {
        match s {
            "auto" => Ok(AdminEra::Auto),
            "legacy" => Ok(AdminEra::Legacy),
            "2025" => Ok(AdminEra::Y2025),
            _ => Err(Error::new(
                0,
                ErrorKind::Invalid(format!("`{s}` is no era: `auto`, `legacy` or `2025`")),
            )),
        }
    }
}

/// A set of kinds, one bit a kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Kinds(u32);

impl Kinds {
    fn bit(kind: Kind) -> u32 {
        1 << (kind as u32)
    }

    pub(super) fn contains(self, kind: Kind) -> bool {
        self.0 & Kinds::bit(kind) != 0
    }

    fn set(&mut self, kind: Kind, on: bool) {
        if on {
            self.0 |= Kinds::bit(kind);
        } else {
            self.0 &= !Kinds::bit(kind);
        }
    }
}

impl FromIterator<Kind> for Kinds {
    fn from_iter<I: IntoIterator<Item = Kind>>(kinds: I) -> Self {
        let mut set = Kinds(0);
        for kind in kinds {
            set.set(kind, true);
        }
        set
    }
}

/// The options of an [`Extractor`]: by default those of the contract (every kind but
/// `address`, no reference date, the era the text tells).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Options {
    kinds: Kinds,
    /// The reference day as (year, month, day), solar.
    reference: Option<(i32, u8, u8)>,
    era: AdminEra,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            kinds: Kind::ALL
                .into_iter()
                .filter(|&k| k != Kind::Address)
                .collect(),
            reference: None,
            era: AdminEra::Auto,
        }
    }
}

/// Builds an [`Extractor`] with options; see [`Extractor::builder`].
///
/// ```
/// use vnparse::{Extractor, Kind};
/// let extractor = Extractor::builder().kinds([Kind::Money]).build();
/// let found = extractor.extract("Chi 810 triệu đồng, tăng 7,22%.");
/// assert_eq!(found.len(), 1);
/// assert_eq!(found[0].value_string(), "810000000");
/// ```
#[derive(Debug, Clone)]
pub struct ExtractorBuilder {
    units: Units,
    options: Options,
}

impl Extractor {
    /// A builder of an extractor with options; with none set, [`build`](ExtractorBuilder::build)
    /// gives the same extractor as [`Extractor::new`]. The options are applied after the scan:
    /// they choose what is yielded, never how the text is read.
    ///
    /// - [`units`](ExtractorBuilder::units): the lexicon of counted nouns;
    /// - [`kinds`](ExtractorBuilder::kinds): the kinds yielded;
    /// - [`reference_date`](ExtractorBuilder::reference_date): the date the text was written,
    ///   which gives a year to the days, months and quarters written without one;
    /// - [`era`](ExtractorBuilder::era): the list of administrative units codes come from;
    /// - [`addresses`](ExtractorBuilder::addresses): an address as one `address` entity.
    ///
    /// An `address` entity's value is the normalized address (as [`Address`] writes it:
    /// `59 Lý Tự Trọng, phường Bến Nghé, quận 1, thành phố Hồ Chí Minh`); its fields are its
    /// parts, each present only when written: `building`, `house` (the house number without
    /// `Số`), `street` (as written), `village`, `commune`, `district`, `province` (each unit
    /// as `type name`), then, where the era is known (fixed by [`era`](ExtractorBuilder::era),
    /// or told by the units), `era` (`legacy` or `2025`) and the statistics office codes of
    /// that era, `province_code`, `district_code`, `commune_code`, where the address picks
    /// out one unit.
    ///
    /// ```
    /// use vnparse::extract::{Extractor, Field};
    /// let extractor = Extractor::builder().addresses(true).build();
    /// let text = "Trụ sở: 59 Lý Tự Trọng, phường Bến Nghé, Quận 1, TP.HCM.";
    /// let found = extractor.extract(text);
    /// assert_eq!(&text[found[0].span.clone()], "59 Lý Tự Trọng, phường Bến Nghé, Quận 1, TP.HCM");
    /// let field = |name: &str| found[0].fields().into_iter().find(|(n, _)| *n == name).map(|(_, f)| f);
    /// assert_eq!(field("house"), Some(Field::Text("59".to_string())));
    /// assert_eq!(field("district"), Some(Field::Text("quận 1".to_string())));
    /// assert_eq!(field("commune_code"), Some(Field::Text("26740".to_string())));
    /// assert_eq!(field("era"), Some(Field::Text("legacy".to_string())));
    /// ```
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder {
            units: Units::shared().clone(),
            options: Options::default(),
        }
    }
}

impl ExtractorBuilder {
    /// The lexicon of counted nouns (by default [`Units::builtin`]), as
    /// [`Extractor::with_units`] sets it.
    ///
    /// ```
    /// use vnparse::{Extractor, Units};
    /// let extractor = Extractor::builder().units(Units::builtin().with(&["con mèo"])).build();
    /// assert_eq!(extractor.extract("nuôi 3 con mèo")[0].value_string(), "3");
    /// ```
    pub fn units(mut self, units: Units) -> Self {
        self.units = units;
        self
    }

    /// Yields only entities of these kinds (by default every kind but `address`). The text is
    /// read as always, and what is not asked for is left out: an amount with its currency is
    /// money whether or not money is asked for. Asking for [`Kind::Address`] groups addresses
    /// as [`addresses`](Self::addresses) does.
    ///
    /// ```
    /// use vnparse::{Extractor, Kind};
    /// let extractor = Extractor::builder().kinds([Kind::Percent, Kind::Date]).build();
    /// let found: Vec<String> = extractor
    ///     .extract("Ngày 10/03/2023, lãi 5 triệu đồng, tăng 7,22%.")
    ///     .iter()
    ///     .map(|e| e.value_string())
    ///     .collect();
    /// assert_eq!(found, ["2023-03-10", "7.22"]);
    /// ```
    pub fn kinds(mut self, kinds: impl IntoIterator<Item = Kind>) -> Self {
        self.options.kinds = kinds.into_iter().collect();
        self
    }

    /// The date the text was written. A day, month or quarter written without a year takes
    /// the year that puts it nearest this date (a month or quarter by its middle), so that
    /// `ngày 28/12` in a text of 5 January 2025 is 2024-12-28; a lunar day takes its lunar
    /// year, and so gains its `solar` day. A weekday written with the day picks the other
    /// year within nine months where the day falls on it there (`Thứ Sáu, 12/9` in a text of
    /// March 2025 is 2025-09-12). What is written with a year is left as written. A
    /// date without a year sets no reference; a lunar one stands for its solar day.
    ///
    /// ```
    /// use vnparse::{Date, Extractor};
    /// let extractor = Extractor::builder()
    ///     .reference_date(Date::new(Some(2025), 1, 5).unwrap())
    ///     .build();
    /// let values: Vec<String> = extractor
    ///     .extract("Ngày 28/12 và ngày 3/1, tháng 11, quý IV; ngày 2/9/2020.")
    ///     .iter()
    ///     .map(|e| e.value_string())
    ///     .collect();
    /// assert_eq!(values, ["2024-12-28", "2025-01-03", "2024-11", "2024-Q4", "2020-09-02"]);
    /// ```
    pub fn reference_date(mut self, date: Date) -> Self {
        self.options.reference = date.solar();
        self
    }

    /// Which list of administrative units the codes come from (by default
    /// [`AdminEra::Auto`], the era the text tells). With an era fixed, every unit carries the
    /// code it has in that list, and a unit the list lacks (a district under
    /// [`AdminEra::Y2025`], which has none) carries no code.
    ///
    /// ```
    /// use vnparse::extract::{AdminEra, Extractor};
    /// let text = "tỉnh Lào Cai";
    /// let code = |era: AdminEra| {
    ///     let e = Extractor::builder().era(era).build().extract(text).remove(0);
    ///     e.fields().into_iter().find(|(n, _)| *n == "code").map(|(_, f)| format!("{f:?}"))
    /// };
    /// assert_eq!(code(AdminEra::Auto), None); // the text does not tell
    /// assert_eq!(code(AdminEra::Legacy).as_deref(), Some(r#"Text("10")"#));
    /// assert_eq!(code(AdminEra::Y2025).as_deref(), Some(r#"Text("15")"#));
    /// ```
    pub fn era(mut self, era: AdminEra) -> Self {
        self.options.era = era;
        self
    }

    /// Whether an address is one `address` entity (off by default: the contract prints its
    /// units as `admin` entities and its house number as a `number`). An address is a house
    /// number and its street, or a unit, followed by units each of a higher level, joined by
    /// `,` or `-` and read by the [`Address`] grammar, its levels checked against each other;
    /// a house number needs a unit after it, and a unit alone stays `admin`.
    ///
    /// ```
    /// use vnparse::Extractor;
    /// let extractor = Extractor::builder().addresses(true).build();
    /// let found = extractor.extract("Địa chỉ: thôn Đông, xã Gia Hòa, huyện Gia Viễn, tỉnh Ninh Bình.");
    /// assert_eq!(found.len(), 1);
    /// assert_eq!(found[0].kind().as_str(), "address");
    /// assert_eq!(found[0].value_string(), "thôn Đông, xã Gia Hòa, huyện Gia Viễn, tỉnh Ninh Bình");
    /// ```
    pub fn addresses(mut self, on: bool) -> Self {
        self.options.kinds.set(Kind::Address, on);
        self
    }

    /// The extractor.
    ///
    /// ```
    /// use vnparse::Extractor;
    /// let text = "Chi 810 triệu đồng.";
    /// assert_eq!(Extractor::builder().build().extract(text), Extractor::new().extract(text));
    /// ```
    pub fn build(self) -> Extractor {
        Extractor {
            units: self.units,
            options: self.options,
        }
    }
}

impl Options {
    /// The scanned entities of `text` with the options applied: eras fixed, years filled
    /// from the reference, addresses grouped, then the kinds not asked for left out.
    pub(super) fn apply(&self, text: &str, mut found: Vec<Entity>) -> Vec<Entity> {
        if *self == Options::default() {
            return found;
        }
        if let Some(era) = self.era.era() {
            for entity in &mut found {
                if let Value::Admin(unit) = &mut entity.value {
                    fix_era(unit, era);
                }
            }
        }
        if let Some(reference) = self.reference {
            for entity in &mut found {
                resolve(&mut entity.value, reference);
            }
        }
        if self.kinds.contains(Kind::Address) {
            found = group_addresses(text, found, self.era.era());
        }
        found.retain(|e| self.kinds.contains(e.kind()));
        found
    }
}

// ---------------------------------------------------------------------------
// The era.

/// Gives `unit` the units it may be in `era`: those it was read as, if any are of that era
/// (the scanner may have narrowed them by the units around it), else its namesakes of that
/// type and level in that era's list (the text may have dated it to the other era). A unit
/// the list lacks keeps none, and so has no code.
fn fix_era(unit: &mut AdminUnit, era: Era) {
    if !unit.matches.iter().any(|u| u.era == era) {
        unit.matches = gazetteer::find(era, None, Some(unit.kind.word()), &unit.name)
            .into_iter()
            .filter(|u| u.name == unit.name && AdminLevel::of(u.level) == unit.level)
            .collect();
    }
    unit.matches.retain(|u| u.era == era);
}

// ---------------------------------------------------------------------------
// The reference date.

/// Fills the year of a day, month or quarter written without one: the year that puts it
/// nearest `reference`.
fn resolve(value: &mut Value, reference: (i32, u8, u8)) {
    match value {
        Value::Date(date) => *date = resolve_day(date, reference),
        Value::Month(month) if month.year().is_none() => {
            let year = nearest_year(month.month(), reference);
            let resolved = if month.is_lunar() {
                Month::lunar(year, month.month())
            } else {
                Month::new(year, month.month())
            };
            if let Ok(resolved) = resolved {
                *month = resolved;
            }
        }
        Value::Quarter(quarter) if quarter.year().is_none() => {
            // The middle month of the quarter: February, May, August, November.
            let middle = quarter
                .quarter()
                .checked_mul(3)
                .and_then(|m| m.checked_sub(1));
            let year = middle.and_then(|m| nearest_year(m, reference));
            if let Ok(resolved) = Quarter::new(year, quarter.quarter()) {
                *quarter = resolved;
            }
        }
        _ => {}
    }
}

/// The year of a day written without one: the nearest `reference` ([`Date::resolve`]),
/// unless the weekday written with it falls there on another day, and in the other year
/// within nine months of the reference on that day (`Thứ Sáu, 12/9` in a text of March 2025
/// is 12 September 2025, a Friday, though 12 September 2024 is a week nearer). A day more
/// than nine months off is taken for a slip of the weekday: `Thứ Ba, 12/3` on 10 March 2025
/// stays 2025-03-12 (a Wednesday), its conflict told. A weekday a year apart moves by one or
/// two days, so at most one of three years fits.
fn resolve_day(date: &Date, reference: (i32, u8, u8)) -> Date {
    let nearest = date.resolve(reference);
    if date.year.is_some() || date.weekday.is_none() || !nearest.weekday_conflict() {
        return nearest;
    }
    let (year, ..) = reference;
    let mut fitting = [year.checked_sub(1), Some(year), year.checked_add(1)]
        .into_iter()
        .flatten()
        .filter(|&y| Date::new(Some(y), date.month, date.day).is_ok())
        .filter(|&y| months_apart((y, date.month), reference) <= 9)
        .map(|y| Date {
            year: Some(y),
            ..*date
        })
        .filter(|d| d.calendar == Calendar::Solar && d.weekday_matches() == Some(true));
    match (fitting.next(), fitting.next()) {
        (Some(only), None) => only,
        _ => nearest,
    }
}

/// How many months lie between a month and the month of `reference`.
// A year of `i32` times 12, plus a month, is far within `i64`.
#[allow(clippy::arithmetic_side_effects)]
fn months_apart((year, month): (i32, u8), reference: (i32, u8, u8)) -> u64 {
    let index = |y: i32, m: u8| i64::from(y) * 12 + i64::from(m);
    index(year, month).abs_diff(index(reference.0, reference.1))
}

/// The year that puts the middle of `month` nearest `reference`: periods of (nearly) one
/// length are nearest where their middles are.
fn nearest_year(month: u8, reference: (i32, u8, u8)) -> Option<i32> {
    Date::new(None, month, 15).ok()?.resolve(reference).year
}

// ---------------------------------------------------------------------------
// Addresses.

/// How far after its start an address is looked for, in letters: more than any address
/// (pieces are at most 256 letters, and few), and a bound that keeps the grouping linear.
const ADDRESS_REACH: usize = 1024;

/// The entities of `text` with every address among them made one `address` entity.
fn group_addresses(text: &str, found: Vec<Entity>, era: Option<Era>) -> Vec<Entity> {
    // Each address: the first and one past the last entity it takes in, and the entity.
    let mut groups: Vec<(usize, usize, Entity)> = Vec::new();
    let mut free = 0;
    for (i, unit) in found.iter().enumerate() {
        if i < free || !matches!(unit.value, Value::Admin(_)) {
            continue;
        }
        // The house number, when one of the two entities before the unit is it (the street
        // between may hold one: `12 Đường 3/2, phường 12`), else the unit itself.
        let starts = [i.checked_sub(2), i.checked_sub(1)]
            .into_iter()
            .flatten()
            .filter(|&h| {
                let house = found.get(h);
                h >= free && house.is_some_and(|house| is_house(text, house, unit.span.start))
            })
            .chain([i]);
        if let Some((first, last, entity)) = starts
            .into_iter()
            .find_map(|h| address_from(text, &found, h, i, era))
        {
            free = last;
            groups.push((first, last, entity));
        }
    }
    if groups.is_empty() {
        return found;
    }
    let mut out = Vec::with_capacity(found.len());
    let mut groups = groups.into_iter().peekable();
    let mut skip_to = 0;
    for (i, entity) in found.into_iter().enumerate() {
        if let Some((first, last, _)) = groups.peek() {
            if i == *first {
                skip_to = *last;
                if let Some((_, _, address)) = groups.next() {
                    out.push(address);
                }
            }
        }
        if i >= skip_to {
            out.push(entity);
        }
    }
    out
}

/// Whether `house` may be the house number of an address whose first unit starts at
/// `unit_start`: its text begins with a digit, and what lies between is its street, the
/// words of one line right after it (`59 Lý Tự Trọng, `), beginning with a capital or a
/// street word and ending at a separator; after `Số` or `SN`, a separator may come first
/// (`Số 12, đường Trần Phú, `).
fn is_house(text: &str, house: &Entity, unit_start: usize) -> bool {
    // Twelve words, decomposed and with their separators, fit in far less.
    let Some(street) = text
        .get(house.span.end..unit_start)
        .filter(|s| crate::text::fits(s, MAX_STREET_LETTERS))
    else {
        return false;
    };
    let begins_with_digit = text
        .get(house.span.clone())
        .is_some_and(|t| t.starts_with(|c: char| c.is_ascii_digit()));
    let prefixed = house_prefix(text, house.span.start) < house.span.start;
    let street = match (
        prefixed,
        street.trim_start_matches(is_space).strip_prefix(','),
    ) {
        (true, Some(after)) => after,
        _ if street.starts_with(is_space) => street,
        _ => return false,
    };
    let street = street.trim_matches(is_space);
    let Some(words) = street.strip_suffix([',', '-', '–', '—', ';']) else {
        return false;
    };
    let words = words.trim_end_matches(is_space);
    let first = split_word(words).map(|(w, _)| w);
    let begins_well =
        first.is_some_and(is_capitalized) || find_phrase(words, STREET_WORDS).is_some();
    let one_line = !words.contains(['\n', '\r', '.', '!', '?', ':', '(', ')']);
    begins_with_digit && begins_well && one_line && words.split(is_space).count() <= 12
}

/// The longest text between a house number and the first unit of its address, in letters.
const MAX_STREET_LETTERS: usize = 512;

/// Where a house number at `at` begins with its `Số`, `Số nhà` or `SN` before it: `at`
/// itself when there is none.
fn house_prefix(text: &str, at: usize) -> usize {
    // `Số nhà ` is a few letters: no need to look further back.
    let before = crate::text::tail(text.get(..at).unwrap_or_default(), HOUSE_PREFIX_REACH);
    let from = at.saturating_sub(before.len());
    // Only across spaces: `Số 12`, not `Số:12`.
    if !before.ends_with(is_space) {
        return at;
    }
    let Some((word, start)) = last_word(before) else {
        return at;
    };
    let prefix = if same_word(word, "số") || same_word(word, "sn") {
        Some(start)
    } else {
        match last_word(&before[..start]) {
            Some((so, start)) if same_word(word, "nhà") && same_word(so, "số") => Some(start),
            _ => None,
        }
    };
    // A whole word, not the tail of one cut where the look back began.
    let whole = |start: usize| start > 0 || from == 0 || text[..from].ends_with(is_space);
    prefix
        .filter(|&start| whole(start))
        .and_then(|start| from.checked_add(start))
        .unwrap_or(at)
}

/// How far before a house number its prefix is looked for, in letters.
const HOUSE_PREFIX_REACH: usize = 32;

/// The last word of `text` (spaces after it aside) and where it starts.
fn last_word(text: &str) -> Option<(&str, usize)> {
    let trimmed = text.trim_end_matches(is_space);
    let start = trimmed.trim_end_matches(|c: char| !is_space(c)).len();
    let word = &trimmed[start..];
    (!word.is_empty()).then_some((word, start))
}

/// The address that begins at entity `h` (a house number, or the unit `i` itself) and takes
/// in unit `i`: the first and one past the last entity it takes in, and the `address` entity.
///
/// The address is read by the [`Address`] grammar from its start, as far as the grammar goes
/// (a trailing `Hà Nội` or `Việt Nam` with no type word is part of it) when that takes in the
/// whole chain of units after `i`; else over the chain alone (in running text the last unit
/// is followed by words, `tỉnh Ninh Bình tổ chức`, which the grammar does not read on from).
fn address_from(
    text: &str,
    found: &[Entity],
    h: usize,
    i: usize,
    era: Option<Era>,
) -> Option<(usize, usize, Entity)> {
    let first = found.get(h)?;
    let start = if h < i {
        house_prefix(text, first.span.start)
    } else {
        first.span.start
    };
    // No entity before `h` reaches into the address.
    let before = h.checked_sub(1).and_then(|b| found.get(b));
    if before.is_some_and(|e| e.span.end > start) {
        return None;
    }
    let chain_end = found.get(unit_chain(text, found, i))?.span.end;
    // As far as the line goes, within reach (looked for within reach only, so that a long
    // line is not searched again for every unit on it).
    let ahead = crate::text::head(text.get(start..).unwrap_or_default(), ADDRESS_REACH);
    let reach = start.saturating_add(ahead.len()).max(chain_end);
    let limit = match text[start..reach].find(['\n', '\r']) {
        Some(n) => start.checked_add(n)?,
        None => reach,
    }
    .max(chain_end);
    let input = &text[start..limit];
    let as_far_as_it_goes = address(input).ok().and_then(|(rest, address)| {
        let read = input.get(..input.len().checked_sub(rest.len())?)?;
        let end = start.checked_add(read.trim_end_matches(is_space).len())?;
        (end >= chain_end).then_some((end, address))
    });
    let (end, address) = as_far_as_it_goes.or_else(|| {
        let address = text[start..chain_end].parse::<Address>().ok()?;
        Some((chain_end, address))
    })?;
    if !enough_parts(&address) {
        return None;
    }
    // The entities it takes in, none cut by its end.
    let from_h = found.get(h..)?;
    let count = from_h.iter().take_while(|e| e.span.start < end).count();
    let (taken, _) = from_h.split_at_checked(count)?;
    if taken.iter().any(|e| e.span.end > end) {
        return None;
    }
    let last = h.checked_add(count)?;
    let era = era.or_else(|| address.era()).or_else(|| told_era(taken));
    let entity = Entity {
        span: start..end,
        value: Value::Address {
            address: Box::new(address),
            era,
        },
    };
    Some((h, last, entity))
}

/// The last of the units from `i` on that follow one another, each of a higher level than
/// the one before, joined by a separator (`,` `;` `-` `–` `—`) on one line.
fn unit_chain(text: &str, found: &[Entity], i: usize) -> usize {
    let level = |e: &Entity| match &e.value {
        Value::Admin(unit) => Some(unit.level),
        _ => None,
    };
    let mut last = i;
    while let (Some(here), Some(next)) = (found.get(last), found.get(last.saturating_add(1))) {
        let between = text.get(here.span.end..next.span.start).unwrap_or_default();
        let joined = matches!(between.trim_matches(is_space), "," | ";" | "-" | "–" | "—")
            && !between.contains(['\n', '\r']);
        // Levels rise as the enum's order falls: village, commune, district, province.
        let higher = matches!((level(here), level(next)), (Some(a), Some(b)) if b < a);
        if !(joined && higher) {
            break;
        }
        // `next` is an entity: one past `last` is no overflow.
        last = last.saturating_add(1);
    }
    last
}

/// Whether an address says more than one unit would: a house number or street and a unit,
/// or two units.
fn enough_parts(address: &Address) -> bool {
    let units = [
        &address.village,
        &address.commune,
        &address.district,
        &address.province,
    ]
    .into_iter()
    .flatten()
    .count();
    let line = address.house_number.is_some() || address.street.is_some();
    units >= 2 || line && units >= 1
}

/// The era the text told of the units an address takes in (see
/// [`crate::admin::infer_eras`]), when they agree.
fn told_era(entities: &[Entity]) -> Option<Era> {
    let mut eras = entities.iter().filter_map(|e| match &e.value {
        Value::Admin(unit) => unit.era(),
        _ => None,
    });
    let first = eras.next()?;
    eras.all(|e| e == first).then_some(first)
}

/// The fields of an `address` entity, as [`Extractor::builder`] lists them.
pub(super) fn address_fields(address: &Address, era: Option<Era>) -> Vec<(&'static str, Field)> {
    let text = |s: &str| Field::Text(s.to_string());
    let mut fields = Vec::new();
    for (name, part) in [
        ("building", &address.building),
        ("house", &address.house_number),
        ("street", &address.street),
    ] {
        if let Some(part) = part {
            fields.push((name, text(part)));
        }
    }
    for (name, unit) in [
        ("village", &address.village),
        ("commune", &address.commune),
        ("district", &address.district),
        ("province", &address.province),
    ] {
        if let Some(unit) = unit {
            fields.push((name, Field::Text(unit.to_string())));
        }
    }
    if let Some(era) = era {
        fields.push(("era", text(era.as_str())));
        let codes = address.codes(era);
        for (name, code) in [
            ("province_code", codes.province),
            ("district_code", codes.district),
            ("commune_code", codes.commune),
        ] {
            if let Some(code) = code {
                fields.push((name, Field::Text(code.to_string())));
            }
        }
    }
    fields
}
