//! The shortlist: `/shortlist` lists what is saved on this device, each with its
//! note, and hands it over by link, QR code or print-out; `/shortlist?s=…` shows a
//! shortlist handed over by link, read only until the person saves it here.

use crate::api::now_in;
use crate::components::catalogue_gate::with_catalogue;
use crate::components::icon::{Icon, IconName};
use crate::components::kiosk_link::OutboundLink;
use crate::components::qr_code::QrCode;
use crate::i18n::t;
use crate::shortlist::use_saved;
use learnlocal_core::distance::distance_m;
use learnlocal_core::filter::Shown;
use learnlocal_core::link::safe_href;
use learnlocal_core::route::detail_path;
use learnlocal_core::shortlist::{
    COMPARE_MAX, COMPARE_MIN, MAX_ITEMS, NOTE_MAX_CHARS, Read, Shortlist, compare_path,
};
use learnlocal_core::{Catalogue, Filters, Loaded, Opportunity};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use std::sync::Arc;

/// The element id of the page's heading, which takes the focus when an item it
/// held is removed.
const HEADING: &str = "shortlist-heading";

crate::parts::lazy_part! {
    /// The page's code: a part of the wasm of its own (`crate::parts`).
    struct ShortlistPart(shortlist_page): fn() -> AnyView =
        || with_catalogue(|loaded| view! { <ShortlistView loaded /> }).into_any();
}

/// The `/shortlist` route: the saved shortlist, or the one a link carries.
#[component]
pub fn ShortlistPage() -> impl IntoView {
    crate::parts::show_part::<ShortlistPart>(|draw| draw())
}

#[component]
fn ShortlistView(loaded: Signal<Arc<Loaded>>) -> impl IntoView {
    let location = use_location();
    let shared = Memo::new(move |_| location.search.with(|s| Shortlist::from_query(s)));
    let saved = use_saved();
    let ids = move || match shared.get() {
        Some(read) => ids_of(&read.shortlist),
        None => saved.with(ids_of),
    };
    let sharded = crate::shards::find_records(loaded, ids, || None);
    // A sharded catalogue draws the list again as its items come in.
    let found = Memo::new(move |_| {
        sharded?;
        let ids = ids();
        Some(loaded.with(|l| {
            ids.iter()
                .filter(|id| l.catalogue.opportunity(id).is_some())
                .count()
        }))
    });
    let list = move || {
        // A memo is worked out when read: `track` alone would not subscribe to its sources.
        let _ = found.get();
        let loaded = loaded.get_untracked();
        match shared.get() {
            Some(read) => view! { <SharedList loaded read /> }.into_any(),
            None => view! { <OwnList loaded /> }.into_any(),
        }
    };
    view! {
        {crate::shards::looking(sharded)}
        {list}
    }
}

/// The ids a shortlist holds.
fn ids_of(list: &Shortlist) -> Vec<String> {
    list.items().iter().map(|i| i.id.clone()).collect()
}

/// The shortlist saved here: notes to edit, items to remove or compare, and the
/// hand-off link with its QR code.
#[component]
fn OwnList(loaded: Arc<Loaded>) -> impl IntoView {
    document().set_title(&t().page_title(&t().shortlist_title()));
    let saved = use_saved();
    // Which items are ticked to compare: this page's own passing state; the
    // compare page's URL then holds the choice.
    let picked = RwSignal::new(Vec::<String>::new());
    let ids = move || saved.with(|l| l.items().iter().map(|i| i.id.clone()).collect::<Vec<_>>());
    let empty = move || saved.with(Shortlist::is_empty);
    let item = move |id: String| view! { <OwnItem loaded=Arc::clone(&loaded) id picked /> };
    view! {
        <h1 class="page__title" id=HEADING tabindex="-1">{t().shortlist_title()}</h1>
        <p class="shortlist__intro">{t().shortlist_intro()}</p>
        <Show when=move || !empty() fallback=EmptyShortlist>
            <ol class="shortlist">
                <For each=ids key=|id| id.clone() children=item.clone() />
            </ol>
            <CompareLink picked />
            <ShareSection />
        </Show>
    }
}

/// Nothing saved yet, and how to save.
#[component]
fn EmptyShortlist() -> impl IntoView {
    view! {
        <div class="shortlist__empty">
            <p><strong>{t().shortlist_empty()}</strong></p>
            <p>{t().shortlist_empty_hint()}</p>
            <p><a href=crate::language::link("/")>{t().shortlist_find()}</a></p>
        </div>
    }
}

/// One saved item: what it is, the note (saved as typed), compare and remove.
#[component]
fn OwnItem(loaded: Arc<Loaded>, id: String, picked: RwSignal<Vec<String>>) -> impl IntoView {
    let saved = use_saved();
    let title = title_of(&loaded.catalogue, &id);
    let field = format!("note-{}", learnlocal_core::route::encode_component(&id));
    let hint = format!("{field}-hint");
    let typed = {
        let id = id.clone();
        move |ev: leptos::ev::Event| {
            let text = event_target_value(&ev);
            saved.update(|l| l.set_note(&id, &text));
        }
    };
    // The note as saved: the field follows it, so a note written in another
    // tab shows here before anything is typed over it.
    let note = {
        let id = id.clone();
        Memo::new(move |_| saved.with(|l| l.note(&id).unwrap_or_default().to_owned()))
    };
    let is_picked = {
        let id = id.clone();
        move || picked.with(|p| p.contains(&id))
    };
    let pick = {
        let id = id.clone();
        move |ev: leptos::ev::Event| {
            let on = event_target_checked(&ev);
            picked.update(|p| {
                p.retain(|x| x != &id);
                if on {
                    p.push(id.clone());
                }
            });
        }
    };
    let remove = {
        let id = id.clone();
        move |_| {
            picked.update(|p| p.retain(|x| x != &id));
            saved.update(|l| l.remove(&id));
            focus(HEADING);
        }
    };
    let limit = NOTE_MAX_CHARS.to_string();
    view! {
        <li class="shortlist__item">
            {item_facts(&loaded, &id)}
            <div class="shortlist__note">
                <label class="shortlist__note-label" for=field.clone()>{t().shortlist_note()}</label>
                <textarea
                    class="shortlist__note-field field__input"
                    id=field
                    rows="2"
                    maxlength=limit
                    aria-label=t().shortlist_note_named(&title)
                    aria-describedby=hint.clone()
                    prop:value=move || note.get()
                    on:input=typed
                ></textarea>
                <p class="shortlist__hint" id=hint>{t().shortlist_note_hint()}</p>
                // Paper cannot show a text field: the note is printed as text.
                <p class="shortlist__note-print" dir="auto">{move || note.get()}</p>
            </div>
            <div class="shortlist__controls">
                <label class="check">
                    <input type="checkbox" prop:checked=is_picked on:change=pick aria-label=t().shortlist_pick_named(&title) />
                    {t().shortlist_pick()}
                </label>
                <button class="button button--secondary" type="button" aria-label=t().shortlist_remove_named(&title) on:click=remove>
                    {t().shortlist_remove()}
                </button>
            </div>
        </li>
    }
}

/// The link to compare the ticked items (in the shortlist's order), or how to
/// tick them.
#[component]
fn CompareLink(picked: RwSignal<Vec<String>>) -> impl IntoView {
    let saved = use_saved();
    let count = move || picked.with(Vec::len);
    let ready = move || (COMPARE_MIN..=COMPARE_MAX).contains(&count());
    let href = move || {
        let ids: Vec<String> = saved.with(|l| {
            l.items()
                .iter()
                .filter(|i| picked.with(|p| p.contains(&i.id)))
                .map(|i| i.id.clone())
                .collect()
        });
        crate::language::link(&compare_path(ids.iter().map(String::as_str)))
    };
    view! {
        <div class="shortlist__compare">
            <Show when=ready fallback=|| view! { <p class="shortlist__hint">{t().shortlist_compare_hint()}</p> }>
                <a class="button" href=href>{move || t().shortlist_compare(count())}</a>
            </Show>
        </div>
    }
}

/// The hand-off: the link that carries the shortlist, a copy button, its QR
/// code, and print.
#[component]
fn ShareSection() -> impl IntoView {
    let saved = use_saved();
    let status = RwSignal::new(None::<String>);
    let link = Memo::new(move |_| {
        crate::api::absolute_url(&crate::language::link(&saved.with(Shortlist::link_path)))
    });
    // Too long a list (fifty items with long notes) fits no QR code: say so.
    let too_long = move || {
        link.with(|l| learnlocal_core::qr::encode(l).is_err())
            .then(|| view! { <p class="shortlist__hint">{t().shortlist_qr_too_long()}</p> })
    };
    let copy = move |_| {
        leptos::task::spawn_local(async move {
            let copied = crate::api::copy(&link.get_untracked()).await;
            status.set(Some(if copied {
                t().shortlist_copied()
            } else {
                t().shortlist_copy_failed()
            }));
        });
    };
    // A kiosk's visitor takes the list away as its QR code: nothing is left on
    // the kiosk's clipboard, so it shows no link to copy.
    let kiosk = crate::kiosk::is_kiosk();
    let (heading, hint) = if kiosk {
        (t().kiosk_take_it_with_you(), t().kiosk_scan_list())
    } else {
        (t().shortlist_share(), t().shortlist_share_hint())
    };
    let link_row = (!kiosk).then(|| {
        view! {
            <label class="shortlist__link-label" for="shortlist-link">{t().shortlist_link_label()}</label>
            <div class="shortlist__link-row">
                <input class="shortlist__link field__input" id="shortlist-link" type="url" dir="ltr" readonly prop:value=move || link.get() />
                <button class="button" type="button" on:click=copy>{t().shortlist_copy()}</button>
            </div>
            <p class="shortlist__status" role="status">{move || status.get()}</p>
        }
    });
    view! {
        <section class="shortlist__share" aria-labelledby="shortlist-share">
            <h2 id="shortlist-share">{heading}</h2>
            <p>{hint}</p>
            {link_row}
            <div class="shortlist__qr">
                <QrCode text=link label=t().shortlist_qr() />
                {too_long}
            </div>
            <button class="button button--secondary shortlist__print" type="button" on:click=|_| crate::api::print()>
                {t().shortlist_print()}
            </button>
        </section>
    }
}

/// A shortlist handed over by link: read only, with a button to save it here.
#[component]
fn SharedList(loaded: Arc<Loaded>, read: Read) -> impl IntoView {
    document().set_title(&t().page_title(&t().shared_title()));
    let saved = use_saved();
    let navigate = use_navigate();
    let left_out = (read.left_out > 0)
        .then(|| view! { <p class="notice">{t().shared_left_out(read.left_out)}</p> });
    let notes_cut = (read.notes_cut > 0).then(|| {
        view! { <p class="notice">{t().shared_notes_cut(read.notes_cut, NOTE_MAX_CHARS)}</p> }
    });
    let list = read.shortlist;
    // Said before saving: what would not fit this device's shortlist.
    let no_room = {
        let list = list.clone();
        move || {
            let n = saved.with(|l| l.would_not_fit(&list));
            (n > 0).then(|| {
                view! { <p class="notice notice--warning">{t().shared_no_room(n, MAX_ITEMS)}</p> }
            })
        }
    };
    let items = list
        .items()
        .iter()
        .map(|item| {
            let note = (!item.note.is_empty()).then(|| {
                view! {
                    <p class="shortlist__note-text" dir="auto">
                        <strong>{t().shared_note()} ": "</strong>
                        {item.note.clone()}
                    </p>
                }
            });
            view! { <li class="shortlist__item">{item_facts(&loaded, &item.id)}{note}</li> }
        })
        .collect_view();
    let has_items = !list.is_empty();
    let save = move |_| {
        saved.update(|l| l.merge(&list));
        navigate(
            &crate::language::link("/shortlist"),
            crate::site::navigation(false, true),
        );
        // The button pressed is gone with the page: the focus goes to the
        // heading of the list it was saved to, once it is drawn.
        request_animation_frame(|| focus(HEADING));
    };
    let already = saved.with_untracked(Shortlist::len);
    view! {
        <h1 class="page__title">{t().shared_title()}</h1>
        <p class="shortlist__intro">{t().shared_intro()}</p>
        {left_out}
        {notes_cut}
        {(!has_items).then(|| view! { <p>{t().shared_empty()}</p> })}
        <ol class="shortlist">{items}</ol>
        {has_items.then(|| view! {
            <div class="shortlist__save">
                <p>{t().shared_save_hint(already)}</p>
                {no_room}
                <button class="button" type="button" on:click=save.clone()>
                    <Icon name=IconName::Bookmark />
                    {t().shared_save()}
                </button>
            </div>
        })}
    }
}

/// An opportunity's title in the reader's language, or "No longer listed".
pub(crate) fn title_of(catalogue: &Catalogue, id: &str) -> String {
    catalogue.opportunity(id).map_or_else(
        || t().shortlist_gone(),
        |o| {
            o.title_in(t().lang(), catalogue.language.as_str())
                .text
                .to_owned()
        },
    )
}

/// The path of an opportunity's page, without any finder's filters.
pub(crate) fn page_path(id: &str) -> String {
    crate::language::link(&detail_path(id, &Filters::default(), Shown::default()))
}

/// The heading of a shortlisted item: its title, a link to its page; or "No
/// longer listed" with the id it had, when the catalogue no longer has it.
pub(crate) fn item_heading(catalogue: &Catalogue, id: &str) -> AnyView {
    match catalogue.opportunity(id) {
        Some(o) => {
            let title = o.title_in(t().lang(), catalogue.language.as_str());
            let lang = crate::language::lang_attribute(title.lang);
            let text = title.text.to_owned();
            view! { <a href=page_path(&o.id) dir="auto" lang=lang>{text}</a> }.into_any()
        }
        None => view! {
            <span class="shortlist__gone">{t().shortlist_gone()}</span>
            " "
            <span class="shortlist__gone-id" dir="ltr">"("{id.to_owned()}")"</span>
        }
        .into_any(),
    }
}

/// What a person needs to take part, on screen and on paper: title, next
/// session, place and address, distance, how to take part, and contacts.
fn item_facts(loaded: &Loaded, id: &str) -> impl IntoView + use<> {
    let catalogue = &loaded.catalogue;
    let facts = catalogue.opportunity(id).map(|o| {
        let next = next_session(catalogue, o);
        let place = place_lines(catalogue, o);
        let distance = distance_line(catalogue, o);
        let how = how_lines(o);
        let contacts = contact_links(o);
        view! {
            {next.map(|n| view! { <p class="shortlist__next">{n}</p> })}
            <p class="shortlist__place" dir="auto">{place.join(", ")}</p>
            {distance.map(|d| view! { <p class="shortlist__distance">{d}</p> })}
            {(!how.is_empty()).then(|| view! {
                <p class="shortlist__how">
                    <span class="shortlist__label">{t().label_how_to_join()} ": "</span>
                    {how.join(" · ")}
                </p>
            })}
            {(!contacts.is_empty()).then(|| view! { <p class="shortlist__contacts">{contacts}</p> })}
        }
    });
    view! {
        <h2 class="shortlist__title">{item_heading(catalogue, id)}</h2>
        {facts}
    }
}

/// "Next: Tue 1 Dec, 18:30", when there is a next session.
pub(crate) fn next_session(catalogue: &Catalogue, o: &Opportunity) -> Option<String> {
    let now = now_in(&catalogue.time_zone.rule);
    o.schedule
        .next_sessions(now, 1)
        .first()
        .map(|s| t().next_session(&t().date_and_times(s.date, &t().time_range(s.start, s.end))))
}

/// The venue's name and address, or "Online".
pub(crate) fn place_lines(catalogue: &Catalogue, o: &Opportunity) -> Vec<String> {
    let Some(venue) = catalogue.venue_of(o) else {
        return vec![t().online_only()];
    };
    [
        Some(venue.name.clone()),
        venue.address.clone(),
        venue.postcode.clone(),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// The distance from the catalogue's centre, as the detail page gives it.
pub(crate) fn distance_line(catalogue: &Catalogue, o: &Opportunity) -> Option<String> {
    let venue = catalogue.venue_of(o)?;
    let distance = t().distance(distance_m(catalogue.centre, venue.location));
    Some(t().distance_from_place(&distance, &catalogue.centre_label))
}

/// How to take part: drop in, book by phone, and so on.
pub(crate) fn how_lines(o: &Opportunity) -> Vec<String> {
    o.booking.how.iter().map(|&m| t().join_method(m)).collect()
}

/// The phone, email and booking page, each a link where its scheme is allowed.
fn contact_links(o: &Opportunity) -> Vec<AnyView> {
    contacts(o)
        .into_iter()
        .filter_map(|(label, href, text)| {
            let href = safe_href(&href)?.to_owned();
            Some(
                view! {
                    <span class="shortlist__contact">
                        <span class="shortlist__label">{label} ": "</span>
                        <OutboundLink href text />
                    </span>
                }
                .into_any(),
            )
        })
        .collect()
}

/// The contacts as label, address and text: the booking's own, else the
/// provider's. The detail page, the shortlist and compare all show these.
pub(crate) fn contacts(o: &Opportunity) -> Vec<(String, String, String)> {
    let booking = &o.booking;
    let provider = o.provider.as_ref();
    let phone = booking
        .phone
        .clone()
        .or_else(|| provider.and_then(|p| p.phone.clone()));
    let email = booking
        .email
        .clone()
        .or_else(|| provider.and_then(|p| p.email.clone()));
    let mut out = Vec::new();
    if let Some(p) = phone {
        out.push((t().label_phone(), format!("tel:{}", p.replace(' ', "")), p));
    }
    if let Some(e) = email {
        out.push((t().label_email(), format!("mailto:{e}"), e));
    }
    if let Some(u) = booking.url.clone() {
        out.push((t().label_booking_page(), u.clone(), u));
    }
    out
}

/// Gives the focus to the element `id`.
fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(element) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}
