//! Small view pieces shared by the pages.

pub mod catalogue_gate;
pub mod load_error;
pub mod problems_notice;
pub mod result_card;
pub mod search_box;
pub mod site_header;
pub mod skill_filter;
