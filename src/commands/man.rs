//! `cop man`: the man page clap_mangen makes of the command tree, printed.

use crate::commands::Context;
use crate::error::Result;

pub fn man(ctx: &mut Context) -> Result<()> {
    ctx.out.raw(&crate::cli::completions::man_page()?)
}
