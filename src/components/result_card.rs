//! One result in the list.

use crate::components::icon::{self, Icon};
use crate::components::read_aloud::ReadAloud;
use crate::components::save_button::SaveButton;
use crate::i18n::t;
use learnlocal_core::filter::Shown;
use learnlocal_core::route::{card_anchor, detail_path, finder_path_at};
use learnlocal_core::search::SearchIndex;
use learnlocal_core::{Filters, Hit, Loaded};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use std::sync::Arc;

/// Title (a link to the detail page), kind, venue, distance with walking time,
/// and the next session. Online-only results say "Online" and give no distance.
#[component]
pub fn ResultCard(
    /// The catalogue the hit indexes into.
    loaded: Arc<Loaded>,
    /// The search index, for the next session: it changes when a session ends,
    /// and the line follows.
    index: Memo<Arc<SearchIndex>>,
    /// The result.
    hit: Hit,
    /// The finder's filters, carried to the detail page so it can link back.
    filters: Memo<Filters>,
    /// How many results the finder lists, carried along with the filters.
    shown: Memo<Shown>,
) -> impl IntoView {
    let catalogue = &loaded.catalogue;
    let Some(opportunity) = catalogue.opportunities.get(hit.index) else {
        return ().into_any();
    };
    let id = opportunity.id.clone();
    let anchor = card_anchor(&id);
    let href = {
        let id = id.clone();
        move || filters.with(|f| crate::language::link(&detail_path(&id, f, shown.get())))
    };
    // Before the detail page opens, the list's own history entry is made to name
    // this card, so Back returns to it. Only plain clicks: a new tab leaves the
    // list where it is.
    let navigate = use_navigate();
    let remember = move |ev: leptos::ev::MouseEvent| {
        if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
            return;
        }
        let here = filters.with_untracked(|f| {
            crate::language::link(&finder_path_at(f, shown.get_untracked(), Some(&id)))
        });
        navigate(&here, crate::site::navigation(true, false));
    };
    let venue = catalogue
        .venue_of(opportunity)
        .map_or_else(|| t().online_only(), |v| v.name.clone());
    let distance = hit.distance_m.zip(hit.walk_minutes()).map(|(m, minutes)| {
        let text = t().distance_and_walk(&t().distance(m), minutes);
        view! { <span class="result-card__distance">{text}</span> }
    });
    let next = move || {
        index.with(|i| i.next_session(hit.index)).map(|s| {
            let when = t().date_and_times(s.date, &t().time(s.start));
            view! { <p class="result-card__next">{t().next_session(&when)}</p> }
        })
    };
    // The reader's language where the record has it, else the catalogue's own.
    let own = catalogue.language.as_str();
    let title = opportunity.title_in(t().lang(), own);
    let summary = opportunity.summary_in(t().lang(), own);
    let (title_lang, summary_lang) = (
        crate::language::lang_attribute(title.lang),
        crate::language::lang_attribute(summary.lang),
    );
    let spoken = t().spoken(title.text, summary.text, &venue);
    let read_aloud_name = t().read_aloud_named(title.text);
    let (title, summary) = (title.text.to_owned(), summary.text.to_owned());
    let title_text = title.clone();
    view! {
        <li class="result-card" id=anchor>
            <h3 class="result-card__title" dir="auto" lang=title_lang>
                <a class="result-card__link" href=href on:click=remember>
                    {title}
                </a>
            </h3>
            <p class="result-card__meta">
                <span class="result-card__kind"><Icon name=icon::for_kind(opportunity.kind) />{t().kind(opportunity.kind)}</span>
                <span class="result-card__venue" dir="auto">{venue}</span>
                {distance}
            </p>
            {next}
            <p class="result-card__summary" dir="auto" lang=summary_lang>{summary}</p>
            <div class="result-card__actions">
                <SaveButton id=opportunity.id.clone() title=title_text />
                <ReadAloud text=spoken name=read_aloud_name />
            </div>
        </li>
    }
    .into_any()
}
