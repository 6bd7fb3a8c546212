"""The controls a lesson may ring and the screens it may start on: one list, used by the lessons engine (a lesson
naming any other control cannot be used, so `tutorial list` says so) and by `carelink tutorial check` (which offers
the nearest real name: "There is no control 'tile_mesages'. Did you mean tile_messages?"). Bundled lessons and a
facilitator's own are held to the same list.

Each name is a control's object name on CareLink's own screens; `tests/unit/test_control_names.py` checks every one
against the screens' source, so the list cannot drift from the screens. A name made for each of several things
(tile_messages, concern_unwell, wall_reply_0) is spelt out here for each of them.
"""

from __future__ import annotations

import difflib

NAMED = frozenset((
    "announcement_line", "attachments_list", "attachments_note", "autostart", "call_elsewhere_home",
    "call_elsewhere_link", "call_failed_home", "call_failed_try_again", "call_web_holder", "call_web_view",
    "calling_finished", "calling_who", "calls_check_camera", "calls_confirm_call", "calls_confirm_camera",
    "calls_confirm_explain", "calls_confirm_not_now", "calls_confirm_question", "calls_empty", "calls_explain",
    "calls_message", "calls_next", "calls_page", "calls_previous", "calls_prompt", "calls_save", "care_message",
    "care_save", "checkin_again", "checkin_button", "checkin_done", "checkin_words", "computer_message",
    "computer_quit", "concern_call_back", "concern_call_back_back", "concern_done", "concern_emergency",
    "concern_no_carer", "concern_note", "concern_problem", "concern_progress", "concern_send", "concern_send_back",
    "concern_summary", "concern_words_back", "concern_words_next", "contact_call_link", "contact_cancel",
    "contact_message", "contact_photo", "contact_save", "contacts_add", "contacts_change",
    "contacts_confirm_remove", "contacts_keep", "contacts_list", "contacts_message", "contacts_no_carer",
    "contacts_not_sent", "contacts_remove", "email_keyring", "email_message", "email_note", "email_password",
    "email_save", "email_test", "first_run_add_another", "first_run_added", "first_run_back",
    "first_run_counter", "first_run_demo", "first_run_message", "first_run_next", "first_run_skip",
    "held_about", "held_approve", "held_confirm_delete", "held_delete", "held_empty", "held_keep", "held_list",
    "held_message", "held_text", "home_date", "home_notice", "home_read_aloud", "home_status", "kiosk",
    "learn_intro", "learn_next", "learn_page", "learn_practise", "learn_practising", "learn_previous",
    "learn_problem", "learn_workshop", "person_message", "person_save", "pin_change", "pin_change_message",
    "pin_dots", "pin_message", "pin_prompt", "problem_box", "ringing_answer", "ringing_countdown",
    "ringing_headline", "ringing_not_now", "settings_no_carer", "voice_list", "voice_try",
    "wall_attachment_line", "wall_broken_photo", "wall_broken_photo_words", "wall_call_back", "wall_cancel",
    "wall_card", "wall_card_content", "wall_card_scroll", "wall_empty", "wall_media", "wall_media_heading",
    "wall_media_problem", "wall_next", "wall_pdf", "wall_pdf_heading", "wall_pdf_next", "wall_pdf_page",
    "wall_pdf_position", "wall_pdf_previous", "wall_pdf_problem", "wall_photo_caption", "wall_photo_close",
    "wall_photo_full", "wall_photo_viewer", "wall_photos_not_shown", "wall_play", "wall_position",
    "wall_previous", "wall_read_aloud", "wall_reply", "wall_reply_chooser", "wall_reply_chooser_cancel",
    "wall_reply_chooser_heading", "wall_reply_heading", "wall_reply_message", "wall_reply_panel",
    "wall_reply_text", "wall_send", "wall_sender", "wall_status", "wall_text", "wall_video", "wall_when",
    "wall_words_down", "wall_words_up", "wall_write"
))
# Names made for each of several things: (the part before the last "_", what may follow it)
MADE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("tile", ("messages", "calls", "checkin", "concern", "learn", "settings")),
    ("concern", ("unwell", "lonely", "care", "safety", "home", "other")),
    ("concern_call_back", ("yes", "no")),
    ("text_size", ("100", "125", "150", "200")),
    ("contrast", ("off", "on")),
    ("rate", ("slow", "normal", "fast")),
    ("volume", ("25", "50", "75", "100")),
    ("pin_key", tuple("0123456789")),
    ("wall_reply", ("0", "1", "2", "3")),
    ("wall_photo", ("0", "1", "2", "3", "4", "5")),
    ("calls_person", ("1", "2", "3", "4", "5", "6", "7", "8")),
    ("settings_nav", ("display", "voice", "person", "change_pin", "email", "computer", "care", "attachments",
                      "calls", "held", "contacts")),
)
# Every screen's Home button is <screen>_home.
SCREENS = frozenset(("home", "wall", "calls", "calls-confirm", "calls-calling", "checkin", "concern", "learn",
                     "settings", "pin", "ringing", "first_run"))
CONTROLS = NAMED | {f"{stem}_{end}" for stem, ends in MADE for end in ends} | {
    f"{screen}_home" for screen in SCREENS if screen not in ("home", "ringing", "calls-calling")}


def nearest_control(name: str) -> str | None:
    """The real control's name nearest to `name` (a slip of the keyboard), if there is one near enough."""
    close = difflib.get_close_matches(name, sorted(CONTROLS), n=1, cutoff=0.6)
    return close[0] if close else None


def nearest_screen(name: str) -> str | None:
    close = difflib.get_close_matches(name, sorted(SCREENS), n=1)
    return close[0] if close else None
