//! `cop report movement`: who moved between levels, month by month, and what came before.

use super::{as_of, histories, levels, months};
use crate::cli::report::GrowthArgs;
use crate::commands::Context;
use crate::domain::engagement::Month;
use crate::domain::movement;
use crate::error::Result;

pub fn run(ctx: &mut Context, a: GrowthArgs) -> Result<()> {
    let day = as_of(ctx, &a.as_of)?;
    let (window, t) = levels(&a.levels)?;
    let n = months(a.months)?;
    let histories = histories(ctx)?;
    let m = movement::movement(&histories, &Month::last(day, n), day, window, &t);
    ctx.out.movement(&m, window)
}
