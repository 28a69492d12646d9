//! Serde support (feature `serde`): every value type as its text form, and an entity as the
//! contract's JSON line.
//!
//! A value serializes as the string its [`Display`](std::fmt::Display) writes and
//! deserializes through its [`FromStr`], so what is stored is what a person reads (`1.337.000.000
//! đồng`, `huyện Gia Viễn`, `00001`), decimals stay exact, and a value read back is the value
//! written. A string that does not parse is a deserialization error carrying the crate's
//! message (`at char 2 (byte 2) in `1.‸.2 triệu đồng`: unexpected …`).
//!
//! ```
//! # #[cfg(feature = "serde")] {
//! use vnparse::{Money, Date};
//! let m: Money = "gần 1,5 tỷ đồng".parse().unwrap();
//! let json = serde_json::to_string(&m).unwrap();
//! assert_eq!(json, r#""gần 1.500.000.000 đồng""#);
//! assert_eq!(serde_json::from_str::<Money>(&json).unwrap(), m);
//! assert!(serde_json::from_str::<Date>(r#""31/02/2023""#).is_err());
//! # }
//! ```
//!
//! An [`Entity`] holds a span, not its text; [`Entity::json`] pairs it with the text it was
//! found in and serializes to exactly the line [`Entity::to_json`] writes (`kind`, `start`,
//! `end`, `text`, `value`, then the optional fields that apply):
//!
//! ```
//! # #[cfg(feature = "serde")] {
//! let text = "tăng 7,22%";
//! let e = &vnparse::extract(text)[0];
//! assert_eq!(serde_json::to_string(&e.json(text)).unwrap(), e.to_json(text));
//! # }
//! ```
//!
//! An [`AdminUnit`](crate::AdminUnit) is written as its name: what its context narrowed it to
//! (the era, one of several namesakes) is not kept, and it reads back with every candidate.

use crate::extract::{Entity, Field};
use serde::de::{Deserialize, Deserializer, Visitor};
use serde::ser::{Serialize, SerializeMap, Serializer};
use std::fmt;
use std::marker::PhantomData;
use std::str::FromStr;

/// Reads a value from a string through its `FromStr`.
struct FromText<T>(PhantomData<T>);

impl<T> Visitor<'_> for FromText<T>
where
    T: FromStr,
    T::Err: fmt::Display,
{
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "a string in the form `{}` writes",
            std::any::type_name::<T>()
        )
    }

    fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<T, E> {
        s.parse().map_err(E::custom)
    }
}

/// `Serialize` as the `Display` string and `Deserialize` through `FromStr`, for each type.
macro_rules! as_text {
    ($($ty:ty),* $(,)?) => {$(
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer.deserialize_str(FromText(PhantomData))
            }
        }
    )*};
}

as_text!(
    crate::Address,
    crate::AdminUnit,
    crate::Date,
    crate::DocNumber,
    crate::Money,
    crate::Currency,
    crate::Number,
    crate::Amount,
    crate::Approx,
    crate::Ordinal,
    crate::Percent,
    crate::Month,
    crate::Quarter,
    crate::Year,
    crate::Phone,
    crate::Quantity,
    crate::Ratio,
    crate::Time,
    crate::gazetteer::Code,
    crate::gazetteer::Era,
    crate::gazetteer::Level,
    crate::admin::AdminLevel,
    crate::admin::AdminType,
);

/// An entity with the text it was found in, serializing to the contract's JSON line.
///
/// With `serde_json` the line is byte for byte [`Entity::to_json`]'s, but for the control
/// characters backspace and form feed inside `text`, which `serde_json` escapes as `\b` and
/// `\f` and `to_json` as `\u0008` and `\u000c` (the same JSON string).
///
/// ```
/// # #[cfg(feature = "serde")] {
/// let text = "huyện Gia Viễn chi trên 624 tỷ đồng";
/// let lines: Vec<String> = vnparse::extract(text)
///     .iter()
///     .map(|e| serde_json::to_string(&e.json(text)).unwrap())
///     .collect();
/// assert!(lines[0].starts_with(r#"{"kind":"admin","start":0,"end":18,"#));
/// assert!(lines[1].starts_with(r#"{"kind":"money","#));
/// # }
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Json<'a> {
    entity: &'a Entity,
    text: &'a str,
}

impl Entity {
    /// This entity with the `text` it was found in, to serialize as the contract's JSON line
    /// (the same as [`Entity::to_json`]); see [`Json`].
    ///
    /// ```
    /// # #[cfg(feature = "serde")] {
    /// let text = "Phường 3";
    /// let e = &vnparse::extract(text)[0];
    /// let value = serde_json::to_value(e.json(text)).unwrap();
    /// assert_eq!(value["level"], "commune");
    /// # }
    /// ```
    pub fn json<'a>(&'a self, text: &'a str) -> Json<'a> {
        Json { entity: self, text }
    }
}

impl Serialize for Json<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let e = self.entity;
        let fields = e.fields();
        let mut map = serializer.serialize_map(Some(fields.len().saturating_add(5)))?;
        map.serialize_entry("kind", e.kind().as_str())?;
        map.serialize_entry("start", &e.span.start)?;
        map.serialize_entry("end", &e.span.end)?;
        map.serialize_entry("text", self.text.get(e.span.clone()).unwrap_or_default())?;
        map.serialize_entry("value", &e.value_string())?;
        for (name, field) in &fields {
            match field {
                Field::Text(s) => map.serialize_entry(name, s)?,
                Field::Int(n) => map.serialize_entry(name, n)?,
            }
        }
        map.end()
    }
}
