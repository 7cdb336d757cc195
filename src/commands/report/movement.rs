//! `cop report movement`: who moved between levels, month by month, and what came before.

use super::{as_of, histories, levels, months};
use crate::cli::report::GrowthArgs;
use crate::commands::Context;
use crate::domain::engagement::Month;
use crate::domain::movement;
use crate::error::Result;
use crate::output::Format;
use crate::output::movement::{move_rows, to_json, to_text};

pub fn run(ctx: &mut Context, a: GrowthArgs) -> Result<()> {
    let day = as_of(ctx, &a.as_of)?;
    let (window, t) = levels(&a.levels)?;
    let n = months(a.months)?;
    let histories = histories(ctx)?;
    let m = movement::movement(&histories, &Month::last(day, n), day, window, &t);
    match ctx.out.format {
        Format::Json => ctx.out.json(&to_json(&m, window)),
        Format::Table | Format::Markdown if !ctx.out.quiet => ctx.out.raw(&to_text(&m)),
        Format::Table | Format::Markdown => Ok(()),
        _ => ctx.out.list_all("moves", &move_rows(&m)),
    }
}
