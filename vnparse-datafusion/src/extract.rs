//! `vn_extract(text)`: every entity of a text as a list of structs, the entity contract's JSON
//! line in Arrow types.

use std::sync::{Arc, LazyLock};

use datafusion::arrow::array::{
    ArrayRef, BooleanBuilder, Int32Builder, Int64Builder, ListArray, StringBuilder, StructArray,
};
use datafusion::arrow::buffer::{NullBuffer, OffsetBuffer};
use datafusion::arrow::datatypes::{DataType, Field, Fields};
use datafusion::common::{Result, exec_err};
use datafusion::logical_expr::{
    ColumnarValue, ScalarFunctionArgs, ScalarUDFImpl, Signature, Volatility,
};
use vnparse::Entity;
use vnparse::extract::{Field as EntityField, Value};
use vnparse::text::compose;

use crate::input::{each_str, text_argument};

/// The type of an optional field: the contract writes strings, one integer (`weekday`) and
/// one boolean (`weekday_conflict`).
#[derive(Clone, Copy)]
enum Type {
    Text,
    Int,
    Bool,
}

/// The contract's optional fields, in the order of the struct (ENTITIES.md's order).
const OPTIONAL: [(&str, Type); 14] = [
    ("unit", Type::Text),
    ("approx", Type::Text),
    ("per", Type::Text),
    ("weekday", Type::Int),
    ("part", Type::Text),
    ("calendar", Type::Text),
    ("holiday", Type::Text),
    ("weekday_conflict", Type::Bool),
    ("solar", Type::Text),
    ("type", Type::Text),
    ("name", Type::Text),
    ("level", Type::Text),
    ("code", Type::Text),
    ("era", Type::Text),
];

/// The struct of one entity: the fields every entity has, then the optional ones (null where
/// they do not apply, as the JSON line leaves them out).
static ENTITY: LazyLock<Fields> = LazyLock::new(|| {
    let always = [
        Field::new("kind", DataType::Utf8, false),
        Field::new("start", DataType::Int64, false),
        Field::new("end", DataType::Int64, false),
        Field::new("text", DataType::Utf8, false),
        Field::new("value", DataType::Utf8, false),
    ];
    let optional = OPTIONAL.iter().map(|&(name, ty)| {
        let ty = match ty {
            Type::Text => DataType::Utf8,
            Type::Int => DataType::Int32,
            Type::Bool => DataType::Boolean,
        };
        Field::new(name, ty, true)
    });
    always.into_iter().chain(optional).collect()
});

/// The list's item: one entity.
fn item() -> Arc<Field> {
    Arc::new(Field::new_list_field(
        DataType::Struct(ENTITY.clone()),
        false,
    ))
}

/// `vn_extract(text)`: the entities of each text, in order of `start`.
#[derive(Debug, PartialEq, Eq, Hash)]
pub(crate) struct VnExtract {
    signature: Signature,
}

impl VnExtract {
    pub(crate) fn new() -> Self {
        Self {
            signature: Signature::string(1, Volatility::Immutable),
        }
    }
}

impl ScalarUDFImpl for VnExtract {
    fn name(&self) -> &str {
        "vn_extract"
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn return_type(&self, _arg_types: &[DataType]) -> Result<DataType> {
        Ok(DataType::List(item()))
    }

    fn invoke_with_args(&self, args: ScalarFunctionArgs) -> Result<ColumnarValue> {
        let texts = text_argument(self.name(), args)?;
        let mut columns = Columns::default();
        let mut offsets = Vec::with_capacity(texts.len() + 1);
        let mut valid = Vec::with_capacity(texts.len());
        offsets.push(0i32);
        let mut count = 0usize;
        each_str(&texts, |text| {
            if let Some(text) = text {
                for entity in vnparse::extract(text) {
                    columns.push(text, &entity);
                    count += 1;
                }
            }
            valid.push(text.is_some());
            // Checked below: a list's offsets are `i32`.
            offsets.push(i32::try_from(count).unwrap_or(i32::MAX));
        })?;
        if i32::try_from(count).is_err() {
            return exec_err!("vn_extract: more than 2^31 entities in one batch");
        }
        let list = ListArray::try_new(
            item(),
            OffsetBuffer::new(offsets.into()),
            Arc::new(columns.finish()?),
            Some(NullBuffer::from(valid)),
        )?;
        Ok(ColumnarValue::Array(Arc::new(list)))
    }
}

/// One builder per field of the entity struct.
struct Columns {
    kind: StringBuilder,
    start: Int64Builder,
    end: Int64Builder,
    text: StringBuilder,
    value: StringBuilder,
    optional: Vec<Column>,
}

/// The builder of an optional field.
enum Column {
    Text(StringBuilder),
    Int(Int32Builder),
    Bool(BooleanBuilder),
}

impl Default for Columns {
    fn default() -> Self {
        Columns {
            kind: StringBuilder::new(),
            start: Int64Builder::new(),
            end: Int64Builder::new(),
            text: StringBuilder::new(),
            value: StringBuilder::new(),
            optional: OPTIONAL
                .iter()
                .map(|&(_, ty)| match ty {
                    Type::Text => Column::Text(StringBuilder::new()),
                    Type::Int => Column::Int(Int32Builder::new()),
                    Type::Bool => Column::Bool(BooleanBuilder::new()),
                })
                .collect(),
        }
    }
}

impl Columns {
    /// Appends one entity of `text`: what its JSON line holds, field for field.
    fn push(&mut self, text: &str, entity: &Entity) {
        self.kind.append_value(entity.kind().as_str());
        self.start.append_value(offset(entity.span.start));
        self.end.append_value(offset(entity.span.end));
        self.text
            .append_value(text.get(entity.span.clone()).unwrap_or_default());
        // Normalized fields are NFC whatever the input's form, as in the JSON line.
        self.value.append_value(compose(&entity.value_string()));
        let mut row: [Option<EntityField>; OPTIONAL.len()] = Default::default();
        for (name, field) in entity.fields() {
            if let Some(i) = OPTIONAL.iter().position(|&(n, _)| n == name) {
                row[i] = Some(field);
            }
        }
        // The one boolean: written when the weekday is not the date's, as the JSON line does.
        let conflict = matches!(&entity.value, Value::Date(d) if d.weekday_conflict());
        for (column, field) in self.optional.iter_mut().zip(row) {
            match (column, field) {
                (Column::Text(b), Some(EntityField::Text(s))) => b.append_value(compose(&s)),
                (Column::Int(b), Some(EntityField::Int(n))) => {
                    b.append_option(i32::try_from(n).ok())
                }
                (Column::Bool(b), _) => b.append_option(conflict.then_some(true)),
                (Column::Text(b), _) => b.append_null(),
                (Column::Int(b), _) => b.append_null(),
            }
        }
    }

    /// The struct array of every entity appended.
    fn finish(mut self) -> Result<StructArray> {
        let mut arrays: Vec<ArrayRef> = vec![
            Arc::new(self.kind.finish()),
            Arc::new(self.start.finish()),
            Arc::new(self.end.finish()),
            Arc::new(self.text.finish()),
            Arc::new(self.value.finish()),
        ];
        for column in &mut self.optional {
            arrays.push(match column {
                Column::Text(b) => Arc::new(b.finish()),
                Column::Int(b) => Arc::new(b.finish()),
                Column::Bool(b) => Arc::new(b.finish()),
            });
        }
        Ok(StructArray::try_new(ENTITY.clone(), arrays, None)?)
    }
}

/// A byte offset as the struct's `Int64` (SQL's usual integer; offsets fit it on any machine).
fn offset(at: usize) -> i64 {
    i64::try_from(at).unwrap_or(i64::MAX)
}
