//! `cop popup suggest [--min N]`

use crate::cli::popup::SuggestArgs;
use crate::commands::Context;
use crate::error::Result;
use crate::output::popup::NeedRow;
use crate::store::popups as store;

pub fn run(ctx: &mut Context, a: SuggestArgs) -> Result<()> {
    let needs = match ctx.reader()? {
        None => Vec::new(),
        Some(s) => s.read(store::uncovered_needs)?,
    };
    let min = a.min.max(1);
    let mut rows: Vec<NeedRow> =
        needs.into_iter().filter(|n| n.members.len() >= min).map(NeedRow::from).collect();
    rows.sort_by(|x, y| y.count.cmp(&x.count).then_with(|| x.tag.cmp(&y.tag)));
    ctx.out.list_all("shared needs without a popup", &rows)
}
