//! `cop completions SHELL`: what clap_complete makes of the command tree, printed.

use crate::cli::system::CompletionsArgs;
use crate::commands::Context;
use crate::error::Result;

pub fn completions(ctx: &mut Context, a: CompletionsArgs) -> Result<()> {
    ctx.out.raw(&crate::cli::completions::script(a.shell))
}
