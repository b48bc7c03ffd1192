//! The skills checkboxes.

use crate::i18n::t;
use learnlocal_core::Skill;
use leptos::prelude::*;
use std::collections::BTreeSet;

/// One checkbox per skill of the taxonomy, in the taxonomy's order.
#[component]
pub fn SkillFilter(
    /// The taxonomy.
    skills: Vec<Skill>,
    /// The ids currently selected.
    selected: Signal<BTreeSet<String>>,
    /// Called with a skill id when its box is ticked or unticked.
    on_toggle: Callback<String>,
) -> impl IntoView {
    let boxes = skills
        .into_iter()
        .map(|skill| {
            let id = skill.id.clone();
            let checked = {
                let id = id.clone();
                move || selected.with(|s| s.contains(&id))
            };
            let toggle = {
                let id = id.clone();
                move |_| on_toggle.run(id.clone())
            };
            view! {
                <li class="skill-filter__item">
                    <label class="skill-filter__option">
                        <input type="checkbox" value=id prop:checked=checked on:change=toggle />
                        <span>{skill.label}</span>
                    </label>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="skill-filter">
            <legend class="skill-filter__legend">{t().skills_legend}</legend>
            <ul class="skill-filter__list">{boxes}</ul>
        </fieldset>
    }
}
