# LearnLocal's interface in Polish (pl).
# Machine translation, not yet reviewed by a native speaker: see locales/README.md.

## How numbers are written (CLDR symbols)

-decimal-separator = ,
-group-separator = {"\u00A0"}
-group-from = 10000
-digits = 0123456789

## The site

app-name = LearnLocal
tagline = Kursy, biblioteki i zajęcia w pobliżu
finder-title = LearnLocal: znajdź naukę w pobliżu
page-title = { $page } – { app-name }
finder-heading = Znajdź kurs, bibliotekę lub zajęcia
demonstration-notice = Przykładowe dane: te wpisy są wymyślone, nie są prawdziwe.
interface-language = Język strony
skip-to-results = Przejdź do wyników
skip-to-main = Przejdź do treści

## Loading and errors

loading = Wczytywanie kursów i zajęć…
load-failed = Nie udało się wczytać listy kursów i zajęć.
load-failed-network = Nie udało się połączyć z serwerem. Sprawdź połączenie z internetem i spróbuj ponownie.
load-failed-http = Serwer nie mógł wysłać listy (błąd { $status }). Spróbuj ponownie za chwilę.
load-failed-malformed = Lista dotarła, ale jest uszkodzona, więc nie możemy jej pokazać. Prosimy, daj znać bibliotece lub ośrodkowi, który prowadzi tę stronę.
details-label = Szczegóły dla osób, które prowadzą tę stronę:
try-again = Spróbuj ponownie
not-found = Nie znaleźliśmy tego wpisu
not-found-hint = Możliwe, że został usunięty z listy. Wróć do wyników, aby znaleźć coś podobnego.
records-left-out = { $n ->
    [one] { $n } wpis na liście ma błędy, więc go nie pokazujemy.
    [few] { $n } wpisy na liście mają błędy, więc ich nie pokazujemy.
   *[many] { $n } wpisów na liście ma błędy, więc ich nie pokazujemy.
}
catalogue-has-problems = Lista ma kilka błędów. Pokazujemy wszystko, co udało się odczytać.
problems-summary = Co jest nie tak (dla osób, które prowadzą listę)

## Search and results

search-label = Szukaj kursów, bibliotek i zajęć
search-hint = Na przykład: komputer, angielski, gotowanie
results-heading = Wyniki
results-count = { $n ->
    [0] Brak wyników
    [one] { $n } wynik
    [few] { $n } wyniki
   *[many] { $n } wyników
}
distances-from = Odległości liczone od miejsca: { $place }.
data-as-of = Dane z dnia { $date }.
show-more = Pokaż jeszcze { $n }
no-results-heading = Nic nie pasuje do wszystkich tych warunków
no-results-because = Najwięcej wyników odrzuca filtr: { $what }.
widen = Jeszcze { $n } { $what }
distance-and-walk = { $distance }, { $minutes }{"\u00A0"}min pieszo
next-session = Najbliższe spotkanie: { $when }
read-aloud = Przeczytaj na głos
read-aloud-named = Przeczytaj na głos: { $title }
spoken = { $title }. { $summary } Gdzie: { $place }.

## Where

where-legend = Gdzie
use-my-location = Użyj mojej lokalizacji
locating = Sprawdzamy, gdzie jesteś…
location-denied = Przeglądarka nie podała, gdzie jesteś. Możesz zamiast tego wpisać miejsce.
location-unavailable = Nie udało się sprawdzić, gdzie jesteś. Możesz zamiast tego wpisać miejsce.
location-timeout = Sprawdzanie, gdzie jesteś, trwało za długo. Spróbuj ponownie albo wpisz miejsce.
location-insecure = Ta strona nie używa bezpiecznego połączenia, więc przeglądarka nie poda, gdzie jesteś. Wpisz miejsce.
measuring-from-you = Odległości liczymy od miejsca, w którym jesteś. Twoja lokalizacja zostaje na tym urządzeniu.
location-needed = Ten link liczy odległości od miejsca, w którym jesteś: naciśnij „Użyj mojej lokalizacji” albo wpisz miejsce.
place-label = W pobliżu miejsca
place-hint = Dzielnica lub budynek, na przykład Blackpool
place-suggestions = Pasujące miejsca
place-unknown = Nie ma dzielnicy ani budynku o tej nazwie.
radius-label = Odległość
radius-walk15 = Do 15 minut pieszo
radius-km1 = Do 1{"\u00A0"}km
radius-km3 = Do 3{"\u00A0"}km
radius-km5 = Do 5{"\u00A0"}km
radius-km10 = Do 10{"\u00A0"}km
radius-anywhere = Dowolna odległość
include-online = Pokaż też online

## Filters

filters-heading = Filtry
filters-button = { $n ->
    [0] Filtry
    [one] Filtry ({ $n })
    [few] Filtry ({ $n })
   *[many] Filtry ({ $n })
}
close-filters = Zamknij filtry
show-results = { $n ->
    [one] Pokaż { $n } wynik
    [few] Pokaż { $n } wyniki
   *[many] Pokaż { $n } wyników
}
filters-on = Włączone filtry
remove-filter = Usuń filtr: { $label }
field-value = { $label }: { $value }
online-left-out = Bez wpisów online
skills-legend = Umiejętności
kinds-legend = Rodzaj
access-legend = Dostępność
access-hint = Wyniki muszą mieć wszystko, co zaznaczysz.
days-legend = Dni
times-legend = Pora dnia
part-of-day-morning = Rano (przed 12:00)
part-of-day-afternoon = Po południu (od 12:00 do 17:00)
part-of-day-evening = Wieczorem (od 17:00)
starts-legend = Początek
starts-any = Dowolny termin
starts-week = W tym tygodniu
starts-month = W tym miesiącu
open-now = Otwarte teraz
cost-legend = Koszt
free-only = Tylko bezpłatne
max-price = Mogę zapłacić najwyżej ({ $symbol })
languages-legend = Język
modes-legend = Na miejscu czy online
levels-legend = Poziom
audiences-legend = Dla kogo
age-label = Wiek
with-count = { $label } ({ $n })
with-added = { $label } (+{ $n })
with-added-spoken = { $n ->
    [one] { $label }, dodaje { $n } wynik
    [few] { $label }, dodaje { $n } wyniki
   *[many] { $label }, dodaje { $n } wyników
}
clear-all = Wyczyść wszystkie filtry
sort-label = Kolejność
sort-distance = Najpierw najbliższe
sort-soonest = Najpierw najwcześniejsze
sort-relevance = Najpierw najlepiej pasujące
sort-title = Od A do Z

## Filter names in a sentence: "Najwięcej wyników odrzuca filtr: odległość."

filter-name-text = szukane słowa
filter-name-distance = odległość
filter-name-online = bez wpisów online
filter-name-skill = umiejętność
filter-name-kind = rodzaj
filter-name-access = dostępność
filter-name-day = dzień
filter-name-time = pora dnia
filter-name-starts = początek
filter-name-open-now = otwarte teraz
filter-name-cost = koszt
filter-name-language = język
filter-name-mode = na miejscu czy online
filter-name-level = poziom
filter-name-audience = dla kogo

## What a button that widens the search adds: "Jeszcze 12 w promieniu 3 km".

widen-distance-walk15 = do 15 minut pieszo
widen-distance-km1 = w promieniu 1{"\u00A0"}km
widen-distance-km3 = w promieniu 3{"\u00A0"}km
widen-distance-km5 = w promieniu 5{"\u00A0"}km
widen-distance-km10 = w promieniu 10{"\u00A0"}km
widen-distance-anywhere = w dowolnej odległości
widen-text = bez szukanych słów
widen-online = z wpisami online
widen-skill = z dowolną umiejętnością
widen-kind = dowolnego rodzaju
widen-access = bez warunków dostępności
widen-day = w dowolny dzień
widen-time = o dowolnej porze dnia
widen-starts = z dowolną datą początku
widen-open-now = bez względu na godziny otwarcia
widen-cost = w dowolnej cenie
widen-language = w dowolnym języku
widen-mode = na miejscu lub online
widen-level = na dowolnym poziomie
widen-audience = dla wszystkich

## Kinds, levels, audiences, ways of taking part

kind-course = Kurs
kind-library = Biblioteka
kind-activity = Zajęcia
level-none = Dla wszystkich, bez doświadczenia
level-beginner = Dla początkujących
level-intermediate = Dla średnio zaawansowanych
level-advanced = Dla zaawansowanych
audience-everyone = Wszyscy
audience-adults = Dorośli
audience-older-people = Seniorzy
audience-young-people = Młodzież
audience-children = Dzieci
audience-families = Rodziny
audience-newcomers = Osoby, które niedawno przyjechały do kraju
audience-jobseekers = Osoby, które szukają pracy
audience-carers = Osoby, które opiekują się bliskimi
mode-in-person = Na miejscu
mode-online = Online
mode-blended = Na miejscu i online
join-walk-in = Wystarczy przyjść
join-phone = Zapisy przez telefon
join-email = Zapisy przez e-mail
join-web = Zapisy online

## Access

access-step-free = Wejście bez schodów
access-accessible-toilet = Toaleta dla osób z niepełnosprawnościami
access-accessible-parking = Parking dla osób z niepełnosprawnościami
access-public-transport = Blisko przystanku autobusowego lub stacji
access-sign-language = Tłumacz języka migowego
access-hearing-loop = Pętla indukcyjna
access-childcare = Opieka nad dziećmi na miejscu
access-quiet = Ciche, spokojne spotkanie
access-carer-free = Opiekun lub znajomy wchodzi za darmo
access-large-print = Duży druk
access-easy-read = Tekst łatwy do czytania

## An entry's page

back-to-results = Wróć do wyników
label-kind = Rodzaj
label-skills = Umiejętności
label-venue = Gdzie
label-distance = Odległość
label-provider = Prowadzi
label-website = Więcej informacji
label-about = Opis
label-level = Poziom
label-audience = Dla kogo
label-age = Wiek
label-languages = Język
label-mode = Na miejscu czy online
label-when = Kiedy
label-next-sessions = Najbliższe spotkania
label-cost = Koszt
label-session-access = Pomoc podczas spotkania
label-venue-access = Dostępność budynku
label-opening-hours = Godziny otwarcia
label-how-to-join = Jak wziąć udział
label-phone = Telefon
label-email = E-mail
label-booking-page = Zapisy online
label-verified = Ostatnio sprawdzono
label-source = Źródło
distance-from-place = { $distance } od miejsca: { $place }
online-only = Online
schedule-ask = Zapytaj organizatorów o godziny.
no-upcoming-sessions = Na liście nie ma najbliższych spotkań.
cost-unknown = Zapytaj organizatorów o koszt.
free = Za darmo
price = { $currency ->
    [EUR] { $amount }{"\u00A0"}€
    [GBP] { $amount }{"\u00A0"}£
    [USD] { $amount }{"\u00A0"}$
   *[other] { $amount }{"\u00A0"}{ $currency }
}
price-for = { $price } ({ $label })
currency-symbol = { $currency ->
    [EUR] €
    [GBP] £
    [USD] $
   *[other] { $currency }
}
age-from-to = Od { $min } do { $max } { $max ->
    [one] roku
    [few] lat
   *[many] lat
}
age-from = Od { $min } { $min ->
    [one] roku
    [few] lat
   *[many] lat
}
age-to = Do { $max } { $max ->
    [one] roku
    [few] lat
   *[many] lat
}
age-any = W każdym wieku
directions = Jak dojechać
open-in-maps = Otwórz w aplikacji z mapami
open-street-map = OpenStreetMap
actions-heading = Zachowaj i udostępnij
add-series-to-calendar = Dodaj wszystkie spotkania do kalendarza
add-next-to-calendar = Dodaj najbliższe spotkanie do kalendarza
calendar-file-name = kalendarz
share = Udostępnij
link-copied = Link skopiowany. Wklej go w wiadomości, aby go udostępnić.
share-failed = Udostępnianie nie zadziałało. Skopiuj adres z paska adresu.
report-problem = Zgłoś problem z tym wpisem
report-subject = Problem z wpisem „{ $title }”
report-body =
    Wpis: { $title }
    Id: { $id }
    Strona: { $url }

    Co jest nie tak:

## Dates and times

# "wt., 12 sty 2027" (CLDR yMMMEd: "E, d MMM y").
date = { $weekday }, { $day } { $month } { $year }
time = { $hour }:{ $minute }
time-range = { $start }–{ $end }
date-and-times = { $date }, { $times }
weekday-short-mon = pon.
weekday-short-tue = wt.
weekday-short-wed = śr.
weekday-short-thu = czw.
weekday-short-fri = pt.
weekday-short-sat = sob.
weekday-short-sun = niedz.
month-short-1 = sty
month-short-2 = lut
month-short-3 = mar
month-short-4 = kwi
month-short-5 = maj
month-short-6 = cze
month-short-7 = lip
month-short-8 = sie
month-short-9 = wrz
month-short-10 = paź
month-short-11 = lis
month-short-12 = gru
# Lower case: Polish writes weekdays in small letters, also inside sentences.
weekday-mon = poniedziałek
weekday-tue = wtorek
weekday-wed = środa
weekday-thu = czwartek
weekday-fri = piątek
weekday-sat = sobota
weekday-sun = niedziela
weekdays-mon = poniedziałki
weekdays-tue = wtorki
weekdays-wed = środy
weekdays-thu = czwartki
weekdays-fri = piątki
weekdays-sat = soboty
weekdays-sun = niedziele
weekly-slot = { $days }, { $times }
every-n-weeks = { $n ->
    [one] co tydzień
    [few] co { $n } tygodnie
   *[many] co { $n } tygodni
}
every-n-months = { $n ->
    [one] co miesiąc
    [few] co { $n } miesiące
   *[many] co { $n } miesięcy
}
# The ordinal agrees with the weekday: feminine for środa, sobota, niedziela
# (keys [wed] [sat] [sun]);
# masculine for the others and for "several" (it goes with "dzień").
monthly-nth = { $n ->
    [1] { $weekday ->
        [wed] pierwsza
        [sat] pierwsza
        [sun] pierwsza
       *[other] pierwszy
    }
    [2] { $weekday ->
        [wed] druga
        [sat] druga
        [sun] druga
       *[other] drugi
    }
    [3] { $weekday ->
        [wed] trzecia
        [sat] trzecia
        [sun] trzecia
       *[other] trzeci
    }
    [4] { $weekday ->
        [wed] czwarta
        [sat] czwarta
        [sun] czwarta
       *[other] czwarty
    }
    [5] { $weekday ->
        [wed] piąta
        [sat] piąta
        [sun] piąta
       *[other] piąty
    }
    [-1] { $weekday ->
        [wed] ostatnia
        [sat] ostatnia
        [sun] ostatnia
       *[other] ostatni
    }
    [-2] { $weekday ->
        [wed] przedostatnia
        [sat] przedostatnia
        [sun] przedostatnia
       *[other] przedostatni
    }
   *[other] { $n }.
}
# "Pierwszy i trzeci czwartek miesiąca, 10:00–11:30".
monthly-slot-day = { $which } { $day } miesiąca, { $times }
monthly-slot-weekdays = { $which } dzień roboczy miesiąca, { $times }
# "Ostatni dzień miesiąca (licząc tylko soboty i niedziele), 10:00–12:00".
monthly-slot-days = { $which } dzień miesiąca (licząc tylko { $days }), { $times }
date-range-from-to = Od { $start } do { $end }
date-range-from = Od { $start }
date-range-to = Do { $end }
except-dates = Nie ma spotkań: { $dates }

## Lists: "a, b i c"

list-pair = { $first } i { $second }
list-middle = { $first }, { $second }
list-end = { $first } i { $second }

## Distances

distance-metres = { $n }{"\u00A0"}m
distance-km = { $n }{"\u00A0"}km

## Language names (the languages entries are given in)

language-name = { $code ->
    [en] angielski
    [ga] irlandzki
    [pl] polski
    [uk] ukraiński
    [ar] arabski
    [fr] francuski
    [es] hiszpański
    [pt] portugalski
    [zh] chiński
    [ro] rumuński
    [de] niemiecki
    [it] włoski
    [lt] litewski
    [lv] łotewski
    [ru] rosyjski
    [so] somalijski
    [ur] urdu
    [hi] hindi
    [bn] bengalski
    [tr] turecki
    [fa] perski
    [sq] albański
    [cy] walijski
    [gd] szkocki gaelicki
   *[other] { $upper }
}
## Shortlist, notes, compare, hand-off link and print (issue 9)

shortlist-save = Zapisz
shortlist-saved = Zapisane
shortlist-save-named = Zapisz: { $title }
shortlist-saved-named = Zapisane: { $title }
shortlist-link = Lista ({ $n })
shortlist-count = { $n }
shortlist-title = Twoja lista
shortlist-intro = Przechowywana tylko na tym urządzeniu. Konto nie jest potrzebne.
shortlist-empty = Nic jeszcze nie zapisano.
shortlist-empty-hint = Naciśnij „Zapisz” przy wyniku lub na jego stronie, aby zachować go tutaj z notatką.
shortlist-find = Znajdź coś do zapisania
shortlist-gone = Już niedostępne
shortlist-note = Twoja notatka
shortlist-note-named = Twoja notatka: { $title }
shortlist-note-hint = Zapisuje się w trakcie pisania. Do 100 znaków.
shortlist-remove = Usuń
shortlist-remove-named = Usuń: { $title }
shortlist-pick = Porównaj
shortlist-pick-named = Porównaj: { $title }
shortlist-compare = Porównaj ({ $n })
shortlist-compare-hint = Zaznacz od dwóch do czterech, aby porównać je obok siebie.
shortlist-share = Udostępnij tę listę
shortlist-share-hint = Ten link zawiera listę i Twoje notatki. Każdy, kto ma link, może je przeczytać. Nic nie jest wysyłane do nas.
shortlist-link-label = Link do tej listy
shortlist-copy = Kopiuj link
shortlist-copied = Link skopiowany.
shortlist-copy-failed = Nie udało się skopiować. Zaznacz link i skopiuj go.
shortlist-qr = Kod QR linku do tej listy
shortlist-qr-too-long = Ta lista jest za długa na kod QR. Zamiast tego udostępnij link albo skróć notatki.
shortlist-print = Drukuj
shared-title = Lista udostępniona Tobie
shared-intro = Możesz ją tu przeczytać. Zapisz ją, aby ją zachować i zmieniać notatki.
shared-note = Notatka
shared-save = Zapisz na tym urządzeniu
shared-save-hint = { $n ->
    [0] Zapisanie umieści je na liście tego urządzenia.
   *[other] Zapisanie doda je do listy tego urządzenia. To, co już na niej jest, zostanie. Gdy ta sama pozycja jest na obu, zostaje notatka z linku.
}
shared-left-out = { $n ->
    [one] Jednej części tego linku nie udało się odczytać, więc ją pominięto.
    [few] { $n } części tego linku nie udało się odczytać, więc je pominięto.
   *[many] { $n } części tego linku nie udało się odczytać, więc je pominięto.
}
shortlist-full = Twoja lista jest pełna: mieści { $max } pozycji. Usuń jedną, aby zapisać inną.
shared-notes-cut = { $n ->
    [one] Jedna notatka była dłuższa niż { $max } znaków, więc ją skrócono.
    [few] { $n } notatki były dłuższe niż { $max } znaków, więc je skrócono.
   *[many] { $n } notatek było dłuższych niż { $max } znaków, więc je skrócono.
}
shared-no-room = { $n ->
    [one] Jedna z tych pozycji się nie zmieści: lista na tym urządzeniu mieści najwyżej { $max }. Najpierw usuń z niej coś, aby zapisać wszystkie.
    [few] { $n } z tych pozycji się nie zmieszczą: lista na tym urządzeniu mieści najwyżej { $max }. Najpierw usuń z niej coś, aby zapisać wszystkie.
   *[many] { $n } z tych pozycji się nie zmieści: lista na tym urządzeniu mieści najwyżej { $max }. Najpierw usuń z niej coś, aby zapisać wszystkie.
}
shared-empty = Ten link nie zawiera listy.
compare-title = Porównanie
compare-too-few = Wybierz od dwóch do czterech zapisanych pozycji, aby je porównać.
compare-back = Wróć do swojej listy
compare-access = Dostępność
compare-table = Obok siebie

## QR codes and kiosk mode (issue 9)
qr-show = Pokaż kod QR do zeskanowania
qr-page-label = Kod QR z linkiem do tej strony
qr-scan-hint = Skieruj aparat telefonu na kod, aby otworzyć tę stronę.
## Map (issue 9): the list / map switch, the map and its controls

view-label = Pokaż wyniki jako
view-list = Lista
view-map = Mapa
map-label = Mapa wyników
map-help = Przeciągnij mapę lub użyj strzałek, aby ją przesunąć. Użyj + i −, aby przybliżyć lub oddalić.
map-zoom-in = Przybliż
map-zoom-out = Oddal
map-search-here = Szukaj w tym obszarze
map-places = { $n ->
    [one] { $n } miejsce
    [few] { $n } miejsca
   *[many] { $n } miejsc
}
map-venue = { $name }, { $results }
map-cluster = { $places }, { $results }. Przybliż.
map-online = { $n ->
    [one] { $n } wynik online nie jest na mapie.
    [few] { $n } wyniki online nie są na mapie.
   *[many] { $n } wyników online nie ma na mapie.
}
map-choose = Wybierz miejsce na mapie, aby zobaczyć, co się tam odbywa.
map-centre = Środek mapy
map-centre-near = Środek mapy, w pobliżu: { $place }

kiosk-controls = Sterowanie kioskiem
kiosk-back = Wstecz
kiosk-start-again = Zacznij od nowa
kiosk-idle-title = Czy nadal tu jesteś?
kiosk-idle-countdown = { $n ->
    [one] Za { $n } sekundę ten ekran zacznie od nowa i usunie wszystko, co tu zrobiono.
    [few] Za { $n } sekundy ten ekran zacznie od nowa i usunie wszystko, co tu zrobiono.
   *[many] Za { $n } sekund ten ekran zacznie od nowa i usunie wszystko, co tu zrobiono.
}
kiosk-still-here = Nadal tu jestem
kiosk-take-it-with-you = Zabierz to ze sobą
kiosk-near-here = W pobliżu tego kiosku
kiosk-scan-label = Kod QR do zeskanowania: { $link }
kiosk-scan-list = Zeskanuj kod telefonem, aby zabrać tę listę i swoje notatki ze sobą.

## Coordinators' page (issue 13)
footer-coordinators = Dla koordynatorów: gdzie brakuje nauki
coord-title = Gdzie brakuje nauki
coord-intro = Dla osób, które planują naukę w okolicy: co katalog podaje w pobliżu każdej części miasta i gdzie nie podaje nic.
coord-back = Wróć do wyszukiwarki
coord-settings = Wybierz, co liczyć
coord-walk-label = Spacer od środka każdej okolicy
coord-walk = { $n ->
    [0] Bez spaceru: tylko miejsca w okolicy
    [one] { $n } minuta
    [few] { $n } minuty
   *[many] { $n } minut
}
coord-by-label = Pokaż liczby według
coord-by-skill = Umiejętność
coord-by-access = Dostępność
coord-by-time = Pora dnia
coord-by-cost = Koszt
coord-by-language = Język
coord-time-daytime = Dni robocze w dzień
coord-time-evening = Wieczór
coord-time-weekend = Weekend
coord-time-not-given = Bez podanych godzin
coord-cost-free = Bezpłatne
coord-cost-paid = Płatne
coord-cost-unknown = Koszt nie podany
coord-matter-legend = Ważne braki
coord-matter-hint = Nie zaznaczaj nic, aby zobaczyć wszystkie braki.
coord-need-step-free = Bez schodów
coord-need-evening = Wieczorem
coord-need-free = Bezpłatne
coord-reach = { $walk ->
    [0] w tej okolicy
   *[other] w zasięgu { $walk } min spacerem
}
coord-caption = Kursy i zajęcia { $reach }, według okolicy
coord-col-area = Okolica
coord-col-residents = Mieszkańcy
coord-col-total = Wszystkie
coord-col-rate = Na 1000 mieszkańców
coord-not-known = Nieznana
coord-about = około { $n }
coord-per-thousand = { $rate } na 1000
coord-per-thousand-about = około { $rate } na 1000
coord-online-row = Online, dla wszystkich
coord-gaps-heading = Braki, od największych
coord-gaps-count = { $n ->
    [0] Brak braków: każda okolica ma w pobliżu to, co ważne.
    [one] { $n } brak. Najpierw okolice z największą liczbą mieszkańców.
    [few] { $n } braki. Najpierw okolice z największą liczbą mieszkańców.
   *[many] { $n } braków. Najpierw okolice z największą liczbą mieszkańców.
}
coord-gap-nothing = { $place }: nic { $reach }.
coord-gap-step-free = { $place }: nic bez schodów { $reach }.
coord-gap-evening = { $place }: nic wieczorem { $reach }.
coord-gap-free = { $place }: nic bezpłatnego { $reach }.
coord-gap-skill = { $place }: nic z zakresu { $skill } { $reach }.
coord-counts-heading = Co liczą te liczby
coord-counts-what = Liczą kursy i zajęcia z katalogu, które pasują do Twoich wyborów i jeszcze się nie skończyły.
coord-counts-where = Pozycja liczy się dla okolicy, gdy jej miejsce jest w okolicy albo dość blisko, by dojść tam pieszo z jej środka.
coord-counts-twice = Jedna pozycja może liczyć się dla wielu okolic oraz przy każdej swojej umiejętności, porze i języku.
coord-online = { $n ->
    [one] { $n } pozycja online jest dla wszystkich. Pokazano ją osobno i nie wypełnia żadnego braku.
    [few] { $n } pozycje online są dla wszystkich. Pokazano je osobno i nie wypełniają żadnego braku.
   *[many] { $n } pozycji online jest dla wszystkich. Pokazano je osobno i nie wypełniają żadnego braku.
}
coord-not-counted-heading = Czego nie liczą
coord-ended = { $n ->
    [one] { $n } pozycja już się skończyła.
    [few] { $n } pozycje już się skończyły.
   *[many] { $n } pozycji już się skończyło.
}
coord-beyond = { $n ->
    [one] { $n } pozycja jest za daleko od każdej okolicy.
    [few] { $n } pozycje są za daleko od każdej okolicy.
   *[many] { $n } pozycji jest za daleko od każdej okolicy.
}
coord-not-listed = Niczego, czego nie ma w katalogu. Jest on tak pełny, jak zrobili go jego opiekunowie.
coord-verified = Ostatnio sprawdzone: najstarsze { $oldest }, środkowe { $middle }, najnowsze { $newest }.
coord-verified-none = Żadna pozycja nie podaje, kiedy ją ostatnio sprawdzono.
coord-undated = { $n ->
    [one] { $n } pozycja nie podaje, kiedy ją ostatnio sprawdzono.
    [few] { $n } pozycje nie podają, kiedy je ostatnio sprawdzono.
   *[many] { $n } pozycji nie podaje, kiedy je ostatnio sprawdzono.
}
coord-estimates = Liczba ze słowem „około” opiera się na szacunku liczby mieszkańców.
coord-download = Pobierz liczby (CSV)
coord-print = Drukuj na spotkanie
coord-map-heading = Mapa
coord-map-label = Mapa tego, co jest w zasięgu każdej okolicy
coord-legend = Legenda
coord-legend-none = Nic
coord-legend-range = od { $from } do { $to }
coord-legend-one = { $n }

## A sharded catalogue (issue 11).
results-loading = { $n ->
    [0] Nadal szukamy: wczytano { $loaded } z { $total } obszarów.
    [one] Co najmniej { $n } wynik. Nadal szukamy: wczytano { $loaded } z { $total } obszarów.
    [few] Co najmniej { $n } wyniki. Nadal szukamy: wczytano { $loaded } z { $total } obszarów.
   *[many] Co najmniej { $n } wyników. Nadal szukamy: wczytano { $loaded } z { $total } obszarów.
}
results-partial = { $n ->
    [0] Na razie brak wyników: nie udało się wczytać niektórych obszarów.
    [one] Co najmniej { $n } wynik: nie udało się wczytać niektórych obszarów.
    [few] Co najmniej { $n } wyniki: nie udało się wczytać niektórych obszarów.
   *[many] Co najmniej { $n } wyników: nie udało się wczytać niektórych obszarów.
}
areas-retry = Spróbuj ponownie
looking-for = Szukamy: przeszukano { $loaded } z { $total } obszarów.
counts-partial = Te liczby obejmują na razie { $loaded } z { $total } obszarów, więc mogą jeszcze wzrosnąć.
results-held = { $n ->
    [0] Na razie brak wyników w pobliżu.
    [one] Co najmniej { $n } wynik w pobliżu.
    [few] Co najmniej { $n } wyniki w pobliżu.
   *[many] Co najmniej { $n } wyników w pobliżu.
}
areas-load-all = { $n ->
    [one] Szukaj w { $n } kolejnym obszarze ({ $mb } MB)
    [few] Szukaj w { $n } kolejnych obszarach ({ $mb } MB)
   *[many] Szukaj w { $n } kolejnych obszarach ({ $mb } MB)
}
part-loading = Wczytywanie…
part-failed = Nie udało się wczytać tej części strony. Sprawdź połączenie z internetem i spróbuj ponownie.
