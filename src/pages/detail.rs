//! The detail page of one opportunity: `/o/:id`.

use crate::api::now_in;
use crate::components::catalogue_gate::with_catalogue;
use crate::components::icon::{self, Icon, IconName};
use crate::components::kiosk_link::OutboundLink;
use crate::components::qr_code::{PageQrCode, PageQrCodeBody};
use crate::components::read_aloud::ReadAloud;
use crate::components::save_button::SaveButton;
use crate::format::{describe_cost, describe_schedule, describe_slot};
use crate::i18n::t;
use crate::state::{DevicePosition, use_filters, use_shown};
use learnlocal_core::distance::distance_m;
use learnlocal_core::filter::Shown;
use learnlocal_core::link::{geo_href, map_href, safe_href};
use learnlocal_core::route::finder_path_at;
use learnlocal_core::{Catalogue, Filters, Loaded, Opportunity, Venue};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use std::sync::Arc;

crate::parts::lazy_part! {
    /// The page's code: a part of the wasm of its own (`crate::parts`).
    struct DetailPart(detail_page): fn() -> AnyView =
        || with_catalogue(|loaded| view! { <Detail loaded /> }).into_any();
}

/// The `/o/:id` route.
#[component]
pub fn DetailPage() -> impl IntoView {
    crate::parts::show_part::<DetailPart>(|draw| draw())
}

/// Finds the record named in the URL and shows it, or says it is not there.
#[component]
fn Detail(loaded: Signal<Arc<Loaded>>) -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").unwrap_or_default());
    let (filters, shown) = (use_filters(loaded), use_shown());
    // A sharded catalogue looks for the record nearest the search it came from.
    let device = expect_context::<DevicePosition>().0;
    let origin =
        move || {
            let place = filters.with_untracked(|f| f.place.clone());
            let device = device.get_untracked();
            Some(loaded.with_untracked(|l| {
                crate::pages::finder::origin(&l.catalogue, place.as_ref(), device)
            }))
        };
    let sharded = crate::shards::find_records(loaded, move || vec![id()], origin);
    let looking = move || sharded.is_some_and(|s| s.progress().loading());
    // Drawn again when the record comes in, not for each shard after it.
    let found = Memo::new(move |_| {
        let id = id();
        loaded.with(|l| l.catalogue.opportunity(&id).is_some())
    });
    // The list this page was opened from, at this entry's card.
    let back = move || {
        let id = id();
        filters.with(|f| crate::language::link(&finder_path_at(f, shown.get(), Some(&id))))
    };
    let record = move || {
        let id = id();
        // A memo is worked out when read: `track` alone would not subscribe to its sources.
        let _ = found.get();
        let loaded = loaded.get_untracked();
        match loaded.catalogue.opportunity(&id) {
            Some(o) => {
                let own = loaded.catalogue.language.as_str();
                document().set_title(&t().page_title(o.title_in(t().lang(), own).text));
                view! { <OpportunityDetail loaded=Arc::clone(&loaded) opportunity=o.clone() /> }
                    .into_any()
            }
            None => (move || {
                if looking() {
                    return crate::shards::looking(sharded)().into_any();
                }
                document().set_title(&t().page_title(&t().not_found()));
                view! {
                    <h1 class="page__title">{t().not_found()}</h1>
                    <p>{t().not_found_hint()}</p>
                }
                .into_any()
            })
            .into_any(),
        }
    };
    view! {
        <nav class="detail__nav">
            <a class="detail__back" href=back>
                <Icon name=IconName::ArrowBack />
                {t().back_to_results()}
            </a>
        </nav>
        {record}
    }
}

/// Every field the record has, grouped as a person asks: what, when, where,
/// what it costs, what support there is, how to join.
#[component]
fn OpportunityDetail(loaded: Arc<Loaded>, opportunity: Opportunity) -> impl IntoView {
    let catalogue = &loaded.catalogue;
    let o = &opportunity;
    // The reader's language where the record has it, else the catalogue's own.
    let own = catalogue.language.as_str();
    let title = o.title_in(t().lang(), own);
    let summary = o.summary_in(t().lang(), own);
    let description = o.description_in(t().lang(), own).map(|d| {
        let (text, lang) = (d.text.to_owned(), crate::language::lang_attribute(d.lang));
        view! {
            <h2>{t().label_about()}</h2>
            <p class="detail__description" dir="auto" lang=lang>{text}</p>
        }
    });
    let place = catalogue
        .venue_of(o)
        .map_or_else(|| t().online_only(), |v| v.name.clone());
    let spoken = t().spoken(title.text, summary.text, &place);
    let (title_lang, summary_lang) = (
        crate::language::lang_attribute(title.lang),
        crate::language::lang_attribute(summary.lang),
    );
    let (title, summary) = (title.text.to_owned(), summary.text.to_owned());
    let save = view! { <SaveButton id=o.id.clone() title=title.clone() /> };
    view! {
        <article class="detail">
            <h1 class="page__title" dir="auto" lang=title_lang>{title}</h1>
            <p class="detail__summary" dir="auto" lang=summary_lang>{summary}</p>
            <div class="detail__save">
                {save}
                <ReadAloud text=spoken />
            </div>
            <dl class="detail__facts">
                <Fact label=t().label_kind() lines=vec![t().kind(o.kind)] icons=vec![icon::for_kind(o.kind)] />
                <Fact label=t().label_skills() lines=skill_lines(catalogue, o) icons=skill_icons(catalogue, o) langs=skill_langs(catalogue, o) />
                <Fact label=t().label_level() lines=vec![t().level(o.level)] />
                <Fact label=t().label_audience() lines=audience_lines(o) />
                <Fact label=t().label_languages() lines=o.languages.iter().map(|c| t().language(c)).collect() />
                <Fact label=t().label_mode() lines=vec![t().mode(o.mode)] />
            </dl>
            {description}
            {when_section(catalogue, o)}
            {where_section(catalogue, o)}
            <h2>{t().label_cost()}</h2>
            <Lines lines=describe_cost(t(), &o.cost) />
            <h2>{t().label_how_to_join()}</h2>
            {join_section(o)}
            <Actions loaded=Arc::clone(&loaded) opportunity=o.clone() />
            <dl class="detail__facts">
                <Fact label=t().label_verified() lines=o.verified.map(|d| t().date(d)).into_iter().collect() />
                <Fact label=t().label_source() lines=o.source.as_deref().map(str::to_owned).into_iter().collect() />
            </dl>
        </article>
    }
}

/// A skill's label in the reader's language where the catalogue has it.
fn skill_label(catalogue: &Catalogue, id: &str) -> String {
    catalogue.skill_label_in(id, t().lang()).text.to_owned()
}

/// The `lang` of each of a record's skill labels, where it is not the page's.
fn skill_langs(catalogue: &Catalogue, o: &Opportunity) -> Vec<Option<String>> {
    o.skills
        .iter()
        .map(|id| crate::language::lang_attribute(catalogue.skill_label_in(id, t().lang()).lang))
        .collect()
}

fn skill_icons(catalogue: &Catalogue, o: &Opportunity) -> Vec<IconName> {
    o.skills
        .iter()
        .map(|id| icon::for_skill(id, catalogue.skill_label(id)))
        .collect()
}

fn skill_lines(catalogue: &Catalogue, o: &Opportunity) -> Vec<String> {
    o.skills
        .iter()
        .map(|id| skill_label(catalogue, id))
        .collect()
}

fn audience_lines(o: &Opportunity) -> Vec<String> {
    let mut lines: Vec<String> = o.audience.iter().map(|&a| t().audience(a)).collect();
    if let Some(age) = o.age {
        lines.push(t().field_value(&t().label_age(), &t().age_range(age.min, age.max)));
    }
    lines
}

/// The schedule in words and the next three sessions.
fn when_section(catalogue: &Catalogue, opportunity: &Opportunity) -> impl IntoView + use<> {
    let schedule = &opportunity.schedule;
    let mut lines = describe_schedule(t(), schedule);
    if schedule.is_empty() {
        lines.push(t().schedule_ask());
    }
    let now = now_in(&catalogue.time_zone.rule);
    let next: Vec<String> = schedule
        .next_sessions(now, 3)
        .iter()
        .map(|s| t().date_and_times(s.date, &t().time_range(s.start, s.end)))
        .collect();
    let next = (!schedule.is_empty()).then(|| {
        let next = if next.is_empty() {
            vec![t().no_upcoming_sessions()]
        } else {
            next
        };
        view! {
            <h3>{t().label_next_sessions()}</h3>
            <Lines lines=next />
        }
    });
    view! {
        <h2>{t().label_when()}</h2>
        <Lines lines />
        {next}
    }
}

/// The venue with its address, distance, accessibility and hours; or "Online".
fn where_section(catalogue: &Catalogue, opportunity: &Opportunity) -> AnyView {
    let Some(venue) = catalogue.venue_of(opportunity) else {
        return view! {
            <h2>{t().label_venue()}</h2>
            <p>{t().online_only()}</p>
        }
        .into_any();
    };
    let distance = t().distance(distance_m(catalogue.centre, venue.location));
    let distance = t().distance_from_place(&distance, &catalogue.centre_label);
    let geo = geo_href(venue.location);
    let osm = map_href(venue.location);
    let directions = (geo.is_some() || osm.is_some()).then(|| {
        let geo = geo.map(|href| view! { <OutboundLink href text=t().open_in_maps() /> });
        let osm = osm.map(|href| view! { <OutboundLink href text=t().open_street_map() /> });
        // On a kiosk each is a block with its QR code: no separator.
        let both = (geo.is_some() && osm.is_some() && !crate::kiosk::is_kiosk()).then_some(" · ");
        view! {
            <p class="detail__directions">
                <span>{t().directions()} ": "</span>
                {geo}
                {both}
                {osm}
            </p>
        }
    });
    view! {
        <h2>{t().label_venue()}</h2>
        <p class="detail__venue" dir="auto">{venue.name.clone()}</p>
        <Lines lines=address_lines(catalogue, venue) />
        {directions}
        <dl class="detail__facts">
            <Fact label=t().label_distance() lines=vec![distance] />
            <Fact label=t().label_venue_access() lines=venue.accessibility.iter().map(|&a| t().venue_access(a)).collect() icons=venue.accessibility.iter().map(|&a| icon::for_venue_access(a)).collect() />
            <Fact label=t().label_opening_hours() lines=venue.opening_hours.iter().map(|s| describe_slot(t(), s)).collect() />
        </dl>
    }
        .into_any()
}

fn address_lines(catalogue: &Catalogue, venue: &Venue) -> Vec<String> {
    let neighbourhood = venue
        .neighbourhood
        .as_deref()
        .and_then(|id| catalogue.neighbourhood(id))
        .map(|n| n.name.clone());
    [venue.address.clone(), venue.postcode.clone(), neighbourhood]
        .into_iter()
        .flatten()
        .collect()
}

/// How to take part, the session's own support, contacts and links.
fn join_section(opportunity: &Opportunity) -> impl IntoView + use<> {
    let booking = &opportunity.booking;
    let how = crate::pages::shortlist::how_lines(opportunity);
    let provider = opportunity.provider.as_ref();
    let website = opportunity
        .url
        .clone()
        .map(|u| (t().label_website(), u.clone(), u));
    let links = crate::pages::shortlist::contacts(opportunity)
        .into_iter()
        .chain(website)
        .filter_map(|(label, href, text)| {
            let href = safe_href(&href)?.to_owned();
            Some(view! {
                <dt>{label}</dt>
                <dd>
                    <OutboundLink href text />
                </dd>
            })
        })
        .collect_view();
    let provider_line = provider.map(|p| {
        let name = p.name.clone();
        let site = p.url.as_deref().and_then(safe_href).map(str::to_owned);
        view! {
            <dt>{t().label_provider()}</dt>
            <dd>
                {match site {
                    Some(href) => view! { <OutboundLink href text=name /> }.into_any(),
                    None => name.into_any(),
                }}
            </dd>
        }
    });
    let access: Vec<String> = opportunity
        .access
        .iter()
        .map(|&a| t().session_access(a))
        .collect();
    view! {
        <Lines lines=how />
        {booking.note.clone().map(|n| view! { <p>{n}</p> })}
        <dl class="detail__facts">
            {links}
            {provider_line}
            <Fact label=t().label_session_access() lines=access icons=opportunity.access.iter().map(|&a| icon::for_session_access(a)).collect() />
        </dl>
    }
}

/// A label and its lines in a description list; nothing when there are no lines.
#[component]
fn Fact(
    label: String,
    lines: Vec<String>,
    /// An icon before each line, when the fact has them.
    #[prop(optional)]
    icons: Vec<IconName>,
    /// Each line's `lang`, for catalogue text not in the page's language.
    #[prop(optional)]
    langs: Vec<Option<String>>,
) -> impl IntoView {
    (!lines.is_empty()).then(|| {
        view! {
            <dt>{label}</dt>
            <dd>
                <Lines lines icons langs />
            </dd>
        }
    })
}

/// Lines of text, each after its icon when given: one paragraph, or a list when
/// there are several.
#[component]
fn Lines(
    lines: Vec<String>,
    #[prop(optional)] icons: Vec<IconName>,
    #[prop(optional)] langs: Vec<Option<String>>,
) -> impl IntoView {
    let single = lines.len() == 1;
    let mut items = lines.into_iter().enumerate().map(|(at, line)| {
        let icon = icons.get(at).map(|&name| view! { <Icon name /> });
        (icon, line, langs.get(at).cloned().flatten())
    });
    if single {
        let (icon, line, lang) = items.next().unwrap_or_default();
        return view! { <p class="detail__line" lang=lang>{icon}{line}</p> }.into_any();
    }
    let items: Vec<_> = items.collect();
    if items.is_empty() {
        return ().into_any();
    }
    view! {
        <ul class="detail__lines">
            {items.into_iter().map(|(icon, l, lang)| view! { <li lang=lang>{icon}{l}</li> }).collect_view()}
        </ul>
    }
    .into_any()
}

/// The page's own address without the finder's filters, for sharing.
fn page_url(id: &str) -> String {
    crate::api::absolute_url(&crate::language::link(
        &learnlocal_core::route::detail_path(id, &Filters::default(), Shown::default()),
    ))
}

/// Add to calendar, share, and report a problem.
#[component]
fn Actions(loaded: Arc<Loaded>, opportunity: Opportunity) -> impl IntoView {
    use learnlocal_core::ics::{
        CalendarScope, CalendarWords, calendar_file_name, opportunity_calendar,
    };
    let status = RwSignal::new(None::<String>);
    let url = page_url(&opportunity.id);
    let now = now_in(&loaded.catalogue.time_zone.rule);
    // A library's schedule is its opening hours: not something to put in a
    // calendar. The file itself is written only when asked for.
    let dated =
        opportunity.kind != learnlocal_core::Kind::Library && !opportunity.schedule.is_empty();
    let has_next = !opportunity.schedule.next_sessions(now, 1).is_empty();
    let button = |label: String, scope: CalendarScope, shown: bool| {
        let (loaded, opportunity, url) = (Arc::clone(&loaded), opportunity.clone(), url.clone());
        let download = move |_| {
            let now = now_in(&loaded.catalogue.time_zone.rule);
            let words = CalendarWords {
                online: &t().online_only(),
                file_name: &t().calendar_file_name(),
            };
            match opportunity_calendar(
                &loaded.catalogue,
                &opportunity,
                scope,
                now,
                Some(&url),
                &words,
            ) {
                Some(text) => {
                    let file = calendar_file_name(&opportunity, &words);
                    crate::api::download(&file, "text/calendar;charset=utf-8", &text);
                }
                None => status.set(Some(t().no_upcoming_sessions())),
            }
        };
        shown.then(|| {
            view! {
                <button class="button button--secondary" type="button" on:click=download>
                    {label}
                </button>
            }
        })
    };
    let series = button(t().add_series_to_calendar(), CalendarScope::Series, dated);
    let next = button(
        t().add_next_to_calendar(),
        CalendarScope::NextSession,
        dated && has_next,
    );
    let share = {
        let (title, url) = (opportunity.title.clone(), url.clone());
        move |_| {
            let (title, url) = (title.clone(), url.clone());
            leptos::task::spawn_local(async move {
                status.set(match crate::api::share(&title, &url).await {
                    crate::api::Shared::Sheet => None,
                    crate::api::Shared::Copied => Some(t().link_copied()),
                    crate::api::Shared::Failed => Some(t().share_failed()),
                });
            });
        }
    };
    let report = loaded.catalogue.keeper.email.as_deref().map(|email| {
        let subject = t().report_subject(&opportunity.title);
        let body = t().report_body(&opportunity.id, &opportunity.title, &url);
        let href = format!(
            "mailto:{email}?subject={}&body={}",
            learnlocal_core::route::encode_component(&subject),
            learnlocal_core::route::encode_component(&body)
        );
        safe_href(&href).map(|href| {
            let href = href.to_owned();
            view! { <p><OutboundLink href text=t().report_problem() /></p> }
        })
    });
    // A kiosk keeps nothing (no calendar file, no share sheet): the page goes
    // with the visitor as a QR code.
    if crate::kiosk::is_kiosk() {
        return view! {
            <h2>{t().kiosk_take_it_with_you()}</h2>
            <div class="take-away">
                <PageQrCodeBody url />
            </div>
            {report}
        }
        .into_any();
    }
    view! {
        <h2>{t().actions_heading()}</h2>
        <div class="detail__actions">
            {series}
            {next}
            <button class="button button--secondary" type="button" on:click=share>
                {t().share()}
            </button>
        </div>
        <p class="detail__status" role="status">{move || status.get()}</p>
        <PageQrCode url />
        {report}
    }
    .into_any()
}
