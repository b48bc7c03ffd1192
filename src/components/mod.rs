//! Small view pieces shared by the pages.

pub mod catalogue_gate;
pub mod empty_state;
pub mod filter_chips;
pub mod filter_panel;
pub mod filter_sheet;
pub mod icon;
pub mod insight_form;
pub mod insight_map;
pub mod insight_table;
pub mod kiosk_controls;
pub mod kiosk_link;
pub mod load_error;
pub mod location_picker;
pub mod map_view;
pub mod problems_notice;
pub mod qr_code;
pub mod read_aloud;
pub mod result_card;
pub mod save_button;
pub mod search_box;
pub mod site_footer;
pub mod site_header;
