# LearnLocal's interface in English: the reference for every other language.
#
# Keep the words plain: short sentences and everyday words, readable by a
# nine-year-old or by someone still learning English. Say "list", not
# "catalogue", to residents.
#
# How this file works (and how to translate it): see locales/README.md.
# { $name } is filled in by the app; { $n -> … } chooses words by a number
# (plural forms: [zero] [one] [two] [few] [many] [other], as your language has
# them) or by a word ([course], [library] …). The line marked * is the default.

## How numbers are written (CLDR symbols)

-decimal-separator = .
-group-separator = ,
# The smallest number written with a group separator.
-group-from = 1000
# The ten digits, 0 to 9.
-digits = 0123456789

## The site

app-name = LearnLocal
tagline = Courses, libraries and activities near you
finder-title = LearnLocal: find learning near you
# A page's title in the browser's tab: "Computer basics – LearnLocal".
page-title = { $page } – { app-name }
finder-heading = Find a course, library or activity
demonstration-notice = Example data: these entries are made up, not real.
# The label of the menu that changes the language of the page.
interface-language = Language of this page
skip-to-results = Skip to results
skip-to-main = Skip to main content

## Loading and errors

loading = Loading courses and activities…
load-failed = We could not load the list of courses and activities.
load-failed-network = We could not reach the server. Check your connection, then try again.
load-failed-http = The server could not send the list (error { $status }). Try again in a moment.
load-failed-malformed = The list came, but it is broken, so we cannot show it. Please tell the library or centre that runs this site.
details-label = Details for the people who run this site:
try-again = Try again
not-found = We could not find that entry
not-found-hint = It may have been taken off the list. Go back to the results to find something like it.
records-left-out = { $n ->
    [one] { $n } entry in the list has mistakes and is not shown.
   *[other] { $n } entries in the list have mistakes and are not shown.
}
catalogue-has-problems = The list has some mistakes. We show everything we could read.
problems-summary = What is wrong (for the people who keep the list)

## Search and results

search-label = Search courses, libraries and activities
search-hint = For example: computers, English, cooking
results-heading = Results
results-count = { $n ->
    [0] No results
    [one] { $n } result
   *[other] { $n } results
}
distances-from = Distances are from { $place }.
# $date is a date written by "date" below.
data-as-of = Data as of { $date }.
show-more = Show { $n } more
no-results-heading = Nothing matches all of that
# $what is one of the filter-name-… messages below.
no-results-because = The filter that leaves out the most is { $what }.
# A button: $n more results if you change one filter; $what is one of the widen-… messages.
widen = { $n } more { $what }
# On a result: "850 m, 11 min walk".
distance-and-walk = { $distance }, { $minutes } min walk
# On a result: "Next: Tue 1 Dec 2026, 18:30–20:00".
next-session = Next: { $when }
read-aloud = Read aloud
read-aloud-named = Read aloud: { $title }
# What is read aloud for a result or an entry.
spoken = { $title }. { $summary } Where: { $place }.

## Where

where-legend = Where
use-my-location = Use my location
locating = Finding where you are…
location-denied = Your browser did not share where you are. You can type a place instead.
location-unavailable = We could not find where you are. You can type a place instead.
location-timeout = Finding where you are took too long. Try again, or type a place.
location-insecure = This page does not use a safe connection, so your browser will not share where you are. Type a place instead.
measuring-from-you = Distances are from where you are. Your location stays on this device.
location-needed = This link measures distances from where you are: press "Use my location" or type a place.
place-label = Near a place
place-hint = An area or a building, for example Blackpool
place-suggestions = Places that match
place-unknown = No area or building has that name.
radius-label = Distance
radius-walk15 = Within a 15-minute walk
radius-km1 = Within 1 km
radius-km3 = Within 3 km
radius-km5 = Within 5 km
radius-km10 = Within 10 km
radius-anywhere = Any distance
include-online = Include online

## Filters

filters-heading = Filters
# The button that opens the filters on a phone, with how many are on.
filters-button = { $n ->
    [0] Filters
   *[other] Filters ({ $n })
}
close-filters = Close filters
show-results = { $n ->
    [one] Show { $n } result
   *[other] Show { $n } results
}
filters-on = Filters on
remove-filter = Remove filter: { $label }
# A filter with a typed value, for example "Age: 8".
field-value = { $label }: { $value }
online-left-out = Online left out
skills-legend = Skills
kinds-legend = Type
access-legend = Access needs
access-hint = Results must have everything you tick.
days-legend = Days
times-legend = Time of day
part-of-day-morning = Morning (before 12:00)
part-of-day-afternoon = Afternoon (12:00 to 17:00)
part-of-day-evening = Evening (from 17:00)
starts-legend = Starting
starts-any = Any time
starts-week = This week
starts-month = This month
open-now = Open now
cost-legend = Cost
free-only = Free only
# $symbol is the currency's symbol: €, £, $ or a code such as CHF.
max-price = Most I can pay ({ $symbol })
languages-legend = Language
modes-legend = In person or online
levels-legend = Level
audiences-legend = Who it is for
age-label = Age
# An option with how many results it has: "Music (4)".
with-count = { $label } ({ $n })
# An option with how many results ticking it adds: "Music (+3)".
with-added = { $label } (+{ $n })
# The same, as a screen reader says it.
with-added-spoken = { $n ->
    [one] { $label }, adds { $n } result
   *[other] { $label }, adds { $n } results
}
clear-all = Clear all filters
sort-label = Order
sort-distance = Nearest first
sort-soonest = Soonest first
sort-relevance = Best match first
sort-title = A to Z

## Filter names in a sentence: "The filter that leaves out the most is the distance."

filter-name-text = the search words
filter-name-distance = the distance
filter-name-online = leaving out online
filter-name-skill = the skill
filter-name-kind = the type
filter-name-access = the access needs
filter-name-day = the day
filter-name-time = the time of day
filter-name-starts = when it starts
filter-name-open-now = open now
filter-name-cost = the cost
filter-name-language = the language
filter-name-mode = in person or online
filter-name-level = the level
filter-name-audience = who it is for

## What a button that widens the search adds: "12 more within 3 km".

widen-distance-walk15 = within a 15-minute walk
widen-distance-km1 = within 1 km
widen-distance-km3 = within 3 km
widen-distance-km5 = within 5 km
widen-distance-km10 = within 10 km
widen-distance-anywhere = at any distance
widen-text = without the search words
widen-online = including online
widen-skill = with any skill
widen-kind = of any type
widen-access = without the access needs
widen-day = on any day
widen-time = at any time of day
widen-starts = starting any time
widen-open-now = open or not
widen-cost = at any price
widen-language = in any language
widen-mode = in person or online
widen-level = at any level
widen-audience = for anyone

## Kinds, levels, audiences, ways of taking part

kind-course = Course
kind-library = Library
kind-activity = Activity
level-none = Open to all, no experience needed
level-beginner = Beginner
level-intermediate = Some experience
level-advanced = Advanced
audience-everyone = Everyone
audience-adults = Adults
audience-older-people = Older people
audience-young-people = Young people
audience-children = Children
audience-families = Families
audience-newcomers = People new to the country
audience-jobseekers = People looking for work
audience-carers = Carers
mode-in-person = In person
mode-online = Online
mode-blended = In person and online
join-walk-in = Just turn up
join-phone = Book by phone
join-email = Book by email
join-web = Book online

## Access

access-step-free = Step-free access
access-accessible-toilet = Accessible toilet
access-accessible-parking = Accessible parking
access-public-transport = Near a bus or train
access-sign-language = Sign language interpreter
access-hearing-loop = Hearing loop
access-childcare = Childcare or crèche
access-quiet = Quiet, calm session
access-carer-free = Carer or friend goes free
access-large-print = Large print
access-easy-read = Easy read

## An entry's page

back-to-results = Back to results
label-kind = Type
label-skills = Skills
label-venue = Where
label-distance = Distance
label-provider = Run by
label-website = More information
label-about = About
label-level = Level
label-audience = For
label-age = Ages
label-languages = Language
label-mode = In person or online
label-when = When
label-next-sessions = Next sessions
label-cost = Cost
label-session-access = Help at the session
label-venue-access = Access at the building
label-opening-hours = Opening hours
label-how-to-join = How to take part
label-phone = Phone
label-email = Email
label-booking-page = Book online
label-verified = Last checked
label-source = Source
# "850 m from Blackpool".
distance-from-place = { $distance } from { $place }
online-only = Online
schedule-ask = Ask the organisers for times.
no-upcoming-sessions = No sessions coming up are listed.
cost-unknown = Ask the organisers about the cost.
free = Free
# $amount is already written with the language's digits: "40.00".
price = { $currency ->
    [EUR] €{ $amount }
    [GBP] £{ $amount }
    [USD] ${ $amount }
   *[other] { $amount } { $currency }
}
# A price with what it is for: "€40.00 (whole course)".
price-for = { $price } ({ $label })
currency-symbol = { $currency ->
    [EUR] €
    [GBP] £
    [USD] $
   *[other] { $currency }
}
age-from-to = { $min } to { $max }
age-from = { $min } and over
age-to = Up to { $max }
age-any = Any age
directions = Directions
open-in-maps = Open in a map app
open-street-map = OpenStreetMap
actions-heading = Keep it, share it
add-series-to-calendar = Add all sessions to my calendar
add-next-to-calendar = Add the next session to my calendar
# The calendar file's name when the entry has no title (without ".ics").
calendar-file-name = calendar
share = Share
link-copied = Link copied. Paste it in a message to share it.
share-failed = Sharing did not work. Copy the address from the address bar.
report-problem = Report a problem with this entry
report-subject = Problem with "{ $title }"
report-body =
    Entry: { $title }
    Id: { $id }
    Page: { $url }

    What is wrong:

## Dates and times

# A date: $weekday and $month are the short names below; $day and $year are
# numbers. "Tue 12 Jan 2027".
date = { $weekday } { $day } { $month } { $year }
# $hour (00 to 23) and $minute (00 to 59).
time = { $hour }:{ $minute }
time-range = { $start }–{ $end }
# A date and the times on it.
date-and-times = { $date }, { $times }
weekday-short-mon = Mon
weekday-short-tue = Tue
weekday-short-wed = Wed
weekday-short-thu = Thu
weekday-short-fri = Fri
weekday-short-sat = Sat
weekday-short-sun = Sun
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec
weekday-mon = Monday
weekday-tue = Tuesday
weekday-wed = Wednesday
weekday-thu = Thursday
weekday-fri = Friday
weekday-sat = Saturday
weekday-sun = Sunday
# Days on which something happens every week.
weekdays-mon = Mondays
weekdays-tue = Tuesdays
weekdays-wed = Wednesdays
weekdays-thu = Thursdays
weekdays-fri = Fridays
weekdays-sat = Saturdays
weekdays-sun = Sundays
# A weekly time: $days is a list of the weekdays-… names, $times a time-range.
weekly-slot = { $days }, { $times }
every-n-weeks = { $n ->
    [one] every week
   *[other] every { $n } weeks
}
every-n-months = { $n ->
    [one] every month
   *[other] every { $n } months
}
# Which of a month's days: $n is 1 for the first, -1 for the last. $weekday is
# the day (mon, tue, wed, thu, fri, sat, sun, or "several"), for languages whose ordinals agree with it:
# choose by it as English does not, e.g. { $weekday -> [wed] … *[other] … }.
monthly-nth = { $weekday ->
   *[any] { $n ->
        [1] first
        [2] second
        [3] third
        [4] fourth
        [5] fifth
        [-1] last
        [-2] second to last
       *[other] number { $n }
    }
}
# "First and third Thursday of the month, 10:00–11:30". $which is a list of
# monthly-nth; $day a weekday-… name. The app writes the first letter as a capital.
monthly-slot-day = { $which } { $day } of the month, { $times }
monthly-slot-weekdays = { $which } weekday of the month, { $times }
# $days is a list of weekdays-… names.
monthly-slot-days = { $which } of the month's { $days }, { $times }
date-range-from-to = From { $start } to { $end }
date-range-from = From { $start }
date-range-to = Until { $end }
except-dates = Not on { $dates }

## Lists: "a, b and c"

list-pair = { $first } and { $second }
list-middle = { $first }, { $second }
list-end = { $first } and { $second }

## Distances

distance-metres = { $n } m
distance-km = { $n } km

## Language names (the languages entries are given in)

language-name = { $code ->
    [en] English
    [ga] Irish
    [pl] Polish
    [uk] Ukrainian
    [ar] Arabic
    [fr] French
    [es] Spanish
    [pt] Portuguese
    [zh] Chinese
    [ro] Romanian
    [de] German
    [it] Italian
    [lt] Lithuanian
    [lv] Latvian
    [ru] Russian
    [so] Somali
    [ur] Urdu
    [hi] Hindi
    [bn] Bengali
    [tr] Turkish
    [fa] Persian
    [sq] Albanian
    [cy] Welsh
    [gd] Scottish Gaelic
   *[other] { $upper }
}
## Shortlist, notes, compare, hand-off link and print (issue 9)

shortlist-save = Save
shortlist-saved = Saved
shortlist-save-named = Save: { $title }
shortlist-saved-named = Saved: { $title }
shortlist-link = Shortlist ({ $n })
shortlist-count = { $n }
shortlist-title = Your shortlist
shortlist-intro = Kept on this device only. No account needed.
shortlist-empty = Nothing saved yet.
shortlist-empty-hint = Press "Save" on a result or its page to keep it here, with a note.
shortlist-find = Find something to save
shortlist-gone = No longer listed
shortlist-note = Your note
shortlist-note-named = Your note: { $title }
shortlist-note-hint = Saved as you type. Up to 100 letters.
shortlist-remove = Remove
shortlist-remove-named = Remove: { $title }
shortlist-pick = Compare
shortlist-pick-named = Compare: { $title }
shortlist-compare = Compare ({ $n })
shortlist-compare-hint = Tick two to four to compare them side by side.
shortlist-share = Share this shortlist
shortlist-share-hint = This link holds the list and your notes. Anyone with the link can read them. Nothing is sent to us.
shortlist-link-label = Link to this shortlist
shortlist-copy = Copy link
shortlist-copied = Link copied.
shortlist-copy-failed = Could not copy. Select the link and copy it.
shortlist-qr = QR code of the link to this shortlist
shortlist-qr-too-long = This list is too long for a QR code. Share or print the link instead, or make the notes shorter.
shortlist-print = Print
shared-title = A shortlist shared with you
shared-intro = You can read it here. Save it to keep it and change the notes.
shared-note = Note
shared-save = Save on this device
shared-save-hint = { $n ->
    [0] Saving puts these on this device's shortlist.
   *[other] Saving adds these to this device's shortlist. It keeps what is on it. Where both have the same item, the note from the link is kept.
}
shared-left-out = { $n ->
    [one] One part of this link could not be read, so it is left out.
   *[other] { $n } parts of this link could not be read, so they are left out.
}
shortlist-full = Your shortlist is full: it holds { $max }. Remove one to save another.
shared-notes-cut = { $n ->
    [one] One note was longer than { $max } letters, so it is cut short.
   *[other] { $n } notes were longer than { $max } letters, so they are cut short.
}
shared-no-room = { $n ->
    [one] One of these will not fit: this device's shortlist holds { $max } at most. Remove one from it first to save them all.
   *[other] { $n } of these will not fit: this device's shortlist holds { $max } at most. Remove some from it first to save them all.
}
shared-empty = This link holds no shortlist.
compare-title = Compare
compare-too-few = Pick two to four saved items to compare them.
compare-back = Back to your shortlist
compare-access = Access
compare-table = Side by side

## QR codes and kiosk mode (issue 9)
# The summary of a disclosure on the detail page that shows the page's QR code.
qr-show = Show a QR code to scan
# The QR code's name, read out by screen readers.
qr-page-label = QR code of the link to this page
qr-scan-hint = Point your phone's camera at the code to open this page.
## Map (issue 9): the list / map switch, the map and its controls

view-label = Show results as
view-list = List
view-map = Map
map-label = Map of the results
map-help = Drag the map or use the arrow keys to move it. Use + and − to zoom.
map-zoom-in = Zoom in
map-zoom-out = Zoom out
map-search-here = Search this area
map-places = { $n ->
    [one] { $n } place
   *[other] { $n } places
}
map-venue = { $name }, { $results }
map-cluster = { $places }, { $results }. Zoom in.
map-online = { $n ->
    [one] { $n } online result is not on the map.
   *[other] { $n } online results are not on the map.
}
map-choose = Choose a place on the map to see what is on there.
map-centre = Map centre
map-centre-near = Map centre, near { $place }

# The name of the bar with the kiosk's Back and Start again buttons.
kiosk-controls = Kiosk controls
kiosk-back = Back
# Clears everything on the kiosk for the next person.
kiosk-start-again = Start again
# Shown after two minutes with no touch on a kiosk.
kiosk-idle-title = Are you still there?
kiosk-idle-countdown = { $n ->
    [one] In { $n } second, this screen starts again and clears what you did.
   *[other] In { $n } seconds, this screen starts again and clears what you did.
}
kiosk-still-here = I'm still here
# On a kiosk, above the QR code of the page, to open it on a phone.
kiosk-take-it-with-you = Take it with you
# On a kiosk, instead of "Use my location".
kiosk-near-here = Near this kiosk
# On a kiosk, the name of the QR code shown instead of a link, a phone number or an email address.
kiosk-scan-label = QR code to scan: { $link }
# On a kiosk's shortlist page, beside the QR code of the list's link.
kiosk-scan-list = Scan the code with your phone to take this list and your notes with you.

## A sharded catalogue (issue 11): the finder's count while its parts ("areas") load.
# $n results found so far; $loaded of $total areas are in.
results-loading = { $n ->
    [0] Still looking: { $loaded } of { $total } areas loaded.
    [one] At least { $n } result. Still looking: { $loaded } of { $total } areas loaded.
   *[other] At least { $n } results. Still looking: { $loaded } of { $total } areas loaded.
}
# The count when some areas of a large catalogue could not be loaded.
results-partial = { $n ->
    [0] No results so far: some areas could not be loaded.
    [one] At least { $n } result: some areas could not be loaded.
   *[other] At least { $n } results: some areas could not be loaded.
}
# Button: load the areas that failed again.
areas-retry = Try again
# While a page looks through a large catalogue for what it shows.
looking-for = Looking for it: { $loaded } of { $total } areas searched.
# Above the filters' numbers while a large catalogue's areas load.
counts-partial = These numbers count { $loaded } of { $total } areas so far, so they may grow.

# The count when a search of a large catalogue stopped at the nearest areas, to save data (a button at the list's end looks further).
results-held = { $n ->
    [0] No results nearby yet.
    [one] At least { $n } result nearby.
   *[other] At least { $n } results nearby.
}
# Button: go on searching the areas held back; $n areas, $mb megabytes to download.
areas-load-all = { $n ->
    [one] Look in { $n } more area ({ $mb } MB)
   *[other] Look in { $n } more areas ({ $mb } MB)
}

# A part of the page (its code) is being fetched, the first time it is opened.
part-loading = Loading…
# That part could not be fetched (offline before it was kept, or the network failed); a "Try again" button follows.
part-failed = This part of the page could not load. Check your connection, then try again.

## Coordinators' page (issue 13): the finder's footer link, then, between the
## two markers, the page's own messages, built into its wasm only (build.rs).
# The footer link from every page of the finder to the coordinators' page.
footer-coordinators = For coordinators: where learning is missing
## [coordinators-page]
# The coordinators' page: its tab title and heading.
coord-title = Where learning is missing
coord-intro = For people who plan learning in the area: what the catalogue lists near each part of town, and where it lists nothing.
coord-back = Back to the finder
coord-settings = Choose what to count
# The walk from each area's centre that the figures count.
coord-walk-label = Walk from the centre of each area
coord-walk = { $n ->
    [0] No walk: only places in the area
    [one] { $n } minute
   *[other] { $n } minutes
}
coord-by-label = Show the figures by
coord-by-skill = Skill
coord-by-access = Access
coord-by-time = Time of day
coord-by-cost = Cost
coord-by-language = Language
coord-time-daytime = Weekday daytime
coord-time-evening = Evening
coord-time-weekend = Weekend
coord-time-not-given = No times given
coord-cost-free = Free
coord-cost-paid = Paid
coord-cost-unknown = Cost not given
# Which missing things count as gaps; nothing ticked means all of them.
coord-matter-legend = Gaps that matter
coord-matter-hint = Tick none to list every gap.
coord-need-step-free = Step-free
coord-need-evening = In the evening
coord-need-free = Free
# The phrase in a gap's sentence and the table's caption: how near counts.
coord-reach = { $walk ->
    [0] in the area
   *[other] within a { $walk } minute walk
}
coord-caption = Courses and activities { $reach }, by area
coord-col-area = Area
coord-col-residents = People
coord-col-total = All
coord-col-rate = Per 1,000 people
coord-not-known = Not known
# A population the catalogue marks as an estimate.
coord-about = about { $n }
coord-per-thousand = { $rate } per 1,000
coord-per-thousand-about = about { $rate } per 1,000
# The table row of online items, which count for everyone.
coord-online-row = Online, for everyone
coord-gaps-heading = Gaps, biggest first
coord-gaps-count = { $n ->
    [0] No gaps: every area has what matters near it.
    [one] { $n } gap. The areas with the most people come first.
   *[other] { $n } gaps. The areas with the most people come first.
}
coord-gap-nothing = { $place }: nothing { $reach }.
coord-gap-step-free = { $place }: nothing step-free { $reach }.
coord-gap-evening = { $place }: nothing in the evening { $reach }.
coord-gap-free = { $place }: nothing free { $reach }.
coord-gap-skill = { $place }: nothing for { $skill } { $reach }.
coord-counts-heading = What the figures count
coord-counts-what = They count the courses and activities in the catalogue that fit your choices and have not ended.
coord-counts-where = An item counts for an area when its place is in the area, or near enough to walk to from the middle of it.
coord-counts-twice = One item can count for many areas, and under each of its skills, times and languages.
coord-online = { $n ->
    [one] { $n } online item is for everyone. It is shown apart and fills no gap.
   *[other] { $n } online items are for everyone. They are shown apart and fill no gap.
}
coord-not-counted-heading = What they leave out
coord-ended = { $n ->
    [one] { $n } item has ended.
   *[other] { $n } items have ended.
}
coord-beyond = { $n ->
    [one] { $n } item is too far from every area.
   *[other] { $n } items are too far from every area.
}
coord-not-listed = Anything the catalogue does not list. It is only as full as its keepers made it.
coord-verified = Last checked: the oldest { $oldest }, the middle { $middle }, the newest { $newest }.
coord-verified-none = No item says when it was last checked.
coord-undated = { $n ->
    [one] { $n } item does not say when it was last checked.
   *[other] { $n } items do not say when they were last checked.
}
coord-estimates = A figure with "about" comes from a guess at how many people live there.
coord-download = Download the figures (CSV)
coord-print = Print for a meeting
coord-map-heading = Map
coord-map-label = Map of what is in reach of each area
coord-legend = Key
coord-legend-none = None
coord-legend-range = { $from } to { $to }
coord-legend-one = { $n }
## [/coordinators-page]
