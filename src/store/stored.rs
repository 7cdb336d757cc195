//! Reading back numbers that a damaged database may hold outside their record rule (a
//! row written by an older `cop` or by hand, such as 10^15 minutes): a read clamps them
//! into the rule's range, so every command still lists, shows, edits and exports the
//! record instead of failing with "Integer ... out of range", and `cop doctor` names
//! the row (see `record_check.rs`).

use rusqlite::Row;
use rusqlite::types::{FromSqlError, Type, ValueRef};

use crate::domain::rules::Rule;

/// The whole number in column `i`, brought into `rule`'s range and into `T`.
pub(super) fn number<T: TryFrom<i64>>(r: &Row, i: usize, rule: Rule) -> rusqlite::Result<T> {
    opt_number(r, i, rule)?.ok_or(rusqlite::Error::InvalidColumnType(i, column(r, i), Type::Null))
}

/// As [`number`], for a column that may be empty.
pub(super) fn opt_number<T: TryFrom<i64>>(r: &Row, i: usize, rule: Rule) -> rusqlite::Result<Option<T>> {
    let n = match r.get_ref(i)? {
        ValueRef::Null => return Ok(None),
        ValueRef::Integer(n) => n,
        // SQLite turns an integer that overflows into a real: read it as the nearest whole number.
        ValueRef::Real(f) => f as i64,
        ValueRef::Text(_) | ValueRef::Blob(_) => {
            return Err(rusqlite::Error::FromSqlConversionFailure(
                i,
                Type::Text,
                format!("{} holds no whole number: run `cop doctor`", column(r, i)).into(),
            ));
        }
    };
    T::try_from(rule.clamp(n)).map(Some).map_err(|_| {
        rusqlite::Error::FromSqlConversionFailure(i, Type::Integer, Box::new(FromSqlError::OutOfRange(n)))
    })
}

fn column(r: &Row, i: usize) -> String {
    r.as_ref().column_name(i).map_or_else(|_| format!("column {i}"), str::to_string)
}
