//! Parts of the wasm loaded when first needed: the detail, shortlist and compare
//! pages, the finder's map and filter panel, the QR code, the kiosk's bar, and
//! the loading of a sharded catalogue (`crate::shards`).
//!
//! With the `split` feature (the finder's build, `index.html`), each [`Part`]'s
//! code is cut into a module of its own by the post-build hook
//! (`xtask/src/split.rs`), so the shell every visit downloads does not carry
//! it; the browser fetches it the first time it is drawn (the service worker
//! keeps every part, so it also opens offline). Without the feature (the
//! coordinators' page, native checks) a part is ordinary code, ready at once:
//! the split's exports would otherwise keep its code in every binary.
//!
//! A part is declared with [`lazy_part!`] as the function that draws it (or,
//! for code that draws nothing, a `Copy` table of its functions), and
//! drawn with [`show_part`]: nothing moves while it loads but a short "Loading…",
//! and a failed load (offline before it was kept) says so with "Try again",
//! rather than stopping the app.

use crate::i18n::t;
use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

/// A part could not be fetched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartMissing;

impl From<leptos::wasm_split::SplitLoaderError> for PartMissing {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        PartMissing
    }
}

/// The load of a part's drawing function.
pub type PartLoad<D> = Pin<Box<dyn Future<Output = Result<D, PartMissing>>>>;

/// A part of the app whose code may be loaded when first needed.
pub trait Part: 'static {
    /// The function that draws it (a plain function pointer into the part).
    type Draw: Copy + Send + Sync + 'static;
    /// The drawing function, when the part is already here.
    fn ready() -> Option<Self::Draw>;
    /// Fetches the part (again, after a failure) and gives its drawing function.
    fn load() -> PartLoad<Self::Draw>;
}

/// Declares `$vis struct $name`, a [`Part`] drawn by the function `$draw` of type
/// `$ty`; `$split` names its module (`parts/<split>-<hash>.wasm`).
macro_rules! lazy_part {
    ($(#[$meta:meta])* $vis:vis struct $name:ident($split:ident): $ty:ty = $draw:expr;) => {
        $(#[$meta])*
        $vis struct $name;

        #[cfg(feature = "split")]
        const _: () = {
            thread_local! {
                static LOADED: std::cell::Cell<Option<$ty>> = const { std::cell::Cell::new(None) };
            }

            #[::leptos::wasm_split::wasm_split($split, wasm_split_path = ::leptos::wasm_split, fallible)]
            fn $split() -> Result<$ty, $crate::parts::PartMissing> {
                Ok($draw)
            }

            impl $crate::parts::Part for $name {
                type Draw = $ty;

                fn ready() -> Option<$ty> {
                    LOADED.get()
                }

                fn load() -> $crate::parts::PartLoad<$ty> {
                    Box::pin(async {
                        let draw = $split().await?;
                        LOADED.set(Some(draw));
                        Ok(draw)
                    })
                }
            }
        };

        #[cfg(not(feature = "split"))]
        impl $crate::parts::Part for $name {
            type Draw = $ty;

            fn ready() -> Option<$ty> {
                let draw: $ty = $draw;
                Some(draw)
            }

            fn load() -> $crate::parts::PartLoad<$ty> {
                let draw: $ty = $draw;
                Box::pin(async move { Ok(draw) })
            }
        }
    };
}
pub(crate) use lazy_part;

/// Draws part `P` with `draw`: at once when it is here, else once it has loaded,
/// with "Loading…" meanwhile and, if the load fails, a notice with "Try again".
pub fn show_part<P: Part>(draw: impl Fn(P::Draw) -> AnyView + Send + Sync + 'static) -> AnyView {
    if let Some(function) = P::ready() {
        return draw(function);
    }
    // What follows is the same code for every part (the shell holds one copy
    // of it, not one per part): only these two closures know which part it is.
    let load: LoadAny = Box::new(|| {
        Box::pin(async {
            P::load().await?;
            Ok(())
        })
    });
    let draw: DrawAny = Arc::new(move || match P::ready() {
        Some(function) => draw(function),
        None => ().into_any(),
    });
    show_loaded(load, draw)
}

/// Fetches a part (again, after a failure); `Ok` once its code is here.
type LoadAny = Box<dyn Fn() -> Pin<Box<dyn Future<Output = Result<(), PartMissing>>>>>;

/// Draws a part whose code is here.
type DrawAny = Arc<dyn Fn() -> AnyView + Send + Sync>;

/// [`show_part`]'s waiting, failure notice and retry, for any part.
fn show_loaded(load: LoadAny, draw: DrawAny) -> AnyView {
    let attempt = RwSignal::new(0_u32);
    let part = LocalResource::new(move || {
        attempt.track();
        load()
    });
    (move || match part.get() {
        None => view! { <p class="part-loading" role="status">{t().part_loading()}</p> }.into_any(),
        Some(Ok(())) => draw(),
        Some(Err(PartMissing)) => view! {
            <section class="notice notice--error" role="alert">
                <p>{t().part_failed()}</p>
                <button class="button" type="button" on:click=move |_| attempt.update(|n| *n += 1)>
                    {t().try_again()}
                </button>
            </section>
        }
        .into_any(),
    })
    .into_any()
}
