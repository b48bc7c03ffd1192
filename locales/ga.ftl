# LearnLocal's interface in Irish (ga).
# Machine translation, not yet reviewed by a native speaker: see locales/README.md.
#
# Terms used throughout: scagaire (filter), toradh (result), iontráil (an
# entry, feminine), liosta (list), seisiún (a session), scil (a skill).
# After a number written in digits the noun stays singular and takes the
# mutation the number gives: 2–6 lenite (2 thoradh), 7–10 eclipse (7 dtoradh).

## How numbers are written (CLDR symbols)

-decimal-separator = .
-group-separator = ,
-group-from = 1000
-digits = 0123456789

## The site

app-name = LearnLocal
tagline = Cúrsaí, leabharlanna agus gníomhaíochtaí in aice leat
finder-title = LearnLocal: aimsigh foghlaim in aice leat
page-title = { $page } – { app-name }
finder-heading = Aimsigh cúrsa, leabharlann nó gníomhaíocht
demonstration-notice = Sonraí samplacha: tá na hiontrálacha seo cumtha, ní fíor iad.
interface-language = Teanga an leathanaigh seo
skip-to-results = Léim go dtí na torthaí
skip-to-main = Léim go dtí an príomhábhar

## Loading and errors

loading = Cúrsaí agus gníomhaíochtaí á lódáil…
load-failed = Níorbh fhéidir linn liosta na gcúrsaí agus na ngníomhaíochtaí a lódáil.
load-failed-network = Níorbh fhéidir linn teacht ar an bhfreastalaí. Seiceáil do cheangal, agus ansin bain triail eile as.
load-failed-http = Níorbh fhéidir leis an bhfreastalaí an liosta a sheoladh (earráid { $status }). Bain triail eile as i gceann tamaillín.
load-failed-malformed = Tháinig an liosta, ach tá sé briste, mar sin ní féidir linn é a thaispeáint. Inis é sin don leabharlann nó don ionad atá i bhfeighil an tsuímh seo, le do thoil.
details-label = Mionsonraí do na daoine atá i bhfeighil an tsuímh seo:
try-again = Bain triail eile as
not-found = Níorbh fhéidir linn an iontráil sin a aimsiú
not-found-hint = B'fhéidir gur baineadh den liosta í. Téigh ar ais go dtí na torthaí chun rud cosúil léi a aimsiú.
records-left-out = { $n ->
    [one] { $n } iontráil sa liosta: tá botúin inti agus níl sí á taispeáint.
    [two] { $n } iontráil sa liosta: tá botúin iontu agus níl siad á dtaispeáint.
    [few] { $n } iontráil sa liosta: tá botúin iontu agus níl siad á dtaispeáint.
    [many] { $n } n-iontráil sa liosta: tá botúin iontu agus níl siad á dtaispeáint.
   *[other] { $n } iontráil sa liosta: tá botúin iontu agus níl siad á dtaispeáint.
}
catalogue-has-problems = Tá roinnt botún sa liosta. Taispeánaimid gach rud a d'fhéadamar a léamh.
problems-summary = Cad atá mícheart (do na daoine a choinníonn an liosta)

## Search and results

search-label = Cuardaigh cúrsaí, leabharlanna agus gníomhaíochtaí
search-hint = Mar shampla: ríomhairí, Béarla, cócaireacht
results-heading = Torthaí
results-count = { $n ->
    [0] Níl aon toradh
    [one] { $n } toradh
    [two] { $n } thoradh
    [few] { $n } thoradh
    [many] { $n } dtoradh
   *[other] { $n } toradh
}
distances-from = Tomhaistear achair ó { $place }.
data-as-of = Dáta na sonraí: { $date }.
show-more = Taispeáin { $n } eile
no-results-heading = Níl aon rud a oireann do sin ar fad
no-results-because = An scagaire is mó a fhágann rudaí amach: { $what }.
widen = { $n } eile { $what }
distance-and-walk = { $distance }, { $minutes } nóiméad ag siúl
next-session = An chéad seisiún eile: { $when }
read-aloud = Léigh os ard
read-aloud-named = Léigh os ard: { $title }
spoken = { $title }. { $summary } Cá háit: { $place }.

## Where

where-legend = Cá háit
use-my-location = Úsáid mo shuíomh
locating = Ag aimsiú cá bhfuil tú…
location-denied = Níor roinn do bhrabhsálaí cá bhfuil tú. Is féidir leat áit a chlóscríobh ina ionad sin.
location-unavailable = Níorbh fhéidir linn a fháil amach cá bhfuil tú. Is féidir leat áit a chlóscríobh ina ionad sin.
location-timeout = Thóg sé rófhada a fháil amach cá bhfuil tú. Bain triail eile as, nó clóscríobh áit.
location-insecure = Níl ceangal slán ag an leathanach seo, mar sin ní roinnfidh do bhrabhsálaí cá bhfuil tú. Clóscríobh áit ina ionad sin.
measuring-from-you = Tomhaistear achair ón áit ina bhfuil tú. Fanann do shuíomh ar an ngléas seo.
location-needed = Tomhaiseann an nasc seo achair ón áit ina bhfuil tú: brúigh “Úsáid mo shuíomh” nó clóscríobh áit.
place-label = In aice le háit
place-hint = Ceantar nó foirgneamh, mar shampla Blackpool
place-suggestions = Áiteanna a oireann
place-unknown = Níl aon cheantar ná foirgneamh leis an ainm sin.
radius-label = Achar
radius-walk15 = Laistigh de shiúlóid 15 nóiméad
radius-km1 = Laistigh de 1 km
radius-km3 = Laistigh de 3 km
radius-km5 = Laistigh de 5 km
radius-km10 = Laistigh de 10 km
radius-anywhere = Achar ar bith
include-online = Cuir rudaí ar líne san áireamh

## Filters

filters-heading = Scagairí
filters-button = { $n ->
    [0] Scagairí
   *[other] Scagairí ({ $n })
}
close-filters = Dún na scagairí
show-results = { $n ->
    [one] Taispeáin { $n } toradh
    [two] Taispeáin { $n } thoradh
    [few] Taispeáin { $n } thoradh
    [many] Taispeáin { $n } dtoradh
   *[other] Taispeáin { $n } toradh
}
filters-on = Scagairí i bhfeidhm
remove-filter = Bain an scagaire: { $label }
field-value = { $label }: { $value }
online-left-out = Gan rudaí ar líne
skills-legend = Scileanna
kinds-legend = Cineál
access-legend = Riachtanais rochtana
access-hint = Caithfidh gach rud a roghnaíonn tú a bheith ag na torthaí.
days-legend = Laethanta
times-legend = Am den lá
part-of-day-morning = Maidin (roimh 12:00)
part-of-day-afternoon = Iarnóin (12:00 go 17:00)
part-of-day-evening = Tráthnóna (ó 17:00)
starts-legend = Ag tosú
starts-any = Am ar bith
starts-week = An tseachtain seo
starts-month = An mhí seo
open-now = Oscailte anois
cost-legend = Costas
free-only = Saor in aisce amháin
max-price = An méid is mó is féidir liom a íoc ({ $symbol })
languages-legend = Teanga
modes-legend = Go pearsanta nó ar líne
levels-legend = Leibhéal
audiences-legend = Cé dó é
age-label = Aois
with-count = { $label } ({ $n })
with-added = { $label } (+{ $n })
with-added-spoken = { $n ->
    [one] { $label }, { $n } toradh breise
    [two] { $label }, { $n } thoradh breise
    [few] { $label }, { $n } thoradh breise
    [many] { $label }, { $n } dtoradh breise
   *[other] { $label }, { $n } toradh breise
}
clear-all = Glan na scagairí go léir
sort-label = Ord
sort-distance = Is gaire ar dtús
sort-soonest = Is luaithe ar dtús
sort-relevance = Is fearr a oireann ar dtús
sort-title = A go Z

## Filter names in a sentence: "An scagaire is mó a fhágann rudaí amach: an t-achar."

filter-name-text = na focail chuardaigh
filter-name-distance = an t-achar
filter-name-online = rudaí ar líne a fhágáil amach
filter-name-skill = an scil
filter-name-kind = an cineál
filter-name-access = na riachtanais rochtana
filter-name-day = an lá
filter-name-time = an t-am den lá
filter-name-starts = cathain a thosaíonn sé
filter-name-open-now = oscailte anois
filter-name-cost = an costas
filter-name-language = an teanga
filter-name-mode = go pearsanta nó ar líne
filter-name-level = an leibhéal
filter-name-audience = cé dó é

## What a button that widens the search adds: "12 eile laistigh de 3 km".

widen-distance-walk15 = laistigh de shiúlóid 15 nóiméad
widen-distance-km1 = laistigh de 1 km
widen-distance-km3 = laistigh de 3 km
widen-distance-km5 = laistigh de 5 km
widen-distance-km10 = laistigh de 10 km
widen-distance-anywhere = is cuma cén t-achar
widen-text = gan na focail chuardaigh
widen-online = le rudaí ar líne san áireamh
widen-skill = le scil ar bith
widen-kind = de chineál ar bith
widen-access = gan na riachtanais rochtana
widen-day = ar lá ar bith
widen-time = ag am ar bith den lá
widen-starts = ag tosú am ar bith
widen-open-now = oscailte nó dúnta
widen-cost = ar phraghas ar bith
widen-language = i dteanga ar bith
widen-mode = go pearsanta nó ar líne
widen-level = ag leibhéal ar bith
widen-audience = do dhuine ar bith

## Kinds, levels, audiences, ways of taking part

kind-course = Cúrsa
kind-library = Leabharlann
kind-activity = Gníomhaíocht
level-none = Oscailte do chách, níl taithí ag teastáil
level-beginner = Tosaitheoir
level-intermediate = Roinnt taithí
level-advanced = Ardleibhéal
audience-everyone = Gach duine
audience-adults = Daoine fásta
audience-older-people = Daoine níos sine
audience-young-people = Daoine óga
audience-children = Páistí
audience-families = Teaghlaigh
audience-newcomers = Daoine nua sa tír
audience-jobseekers = Daoine atá ag lorg oibre
audience-carers = Cúramóirí
mode-in-person = Go pearsanta
mode-online = Ar líne
mode-blended = Go pearsanta agus ar líne
join-walk-in = Buail isteach
join-phone = Cuir in áirithe ar an bhfón
join-email = Cuir in áirithe trí ríomhphost
join-web = Cuir in áirithe ar líne

## Access

access-step-free = Rochtain gan chéimeanna
access-accessible-toilet = Leithreas inrochtana
access-accessible-parking = Páirceáil inrochtana
access-public-transport = In aice le bus nó traein
access-sign-language = Ateangaire teanga chomharthaíochta
access-hearing-loop = Lúb éisteachta
access-childcare = Cúram leanaí nó naíolann
access-quiet = Seisiún ciúin, socair
access-carer-free = Cúramóir nó cara saor in aisce
access-large-print = Cló mór
access-easy-read = Éasca le léamh

## An entry's page

back-to-results = Ar ais go dtí na torthaí
label-kind = Cineál
label-skills = Scileanna
label-venue = Cá háit
label-distance = Achar
label-provider = Á reáchtáil ag
label-website = Tuilleadh eolais
label-about = Faoi
label-level = Leibhéal
label-audience = Do
label-age = Aois
label-languages = Teanga
label-mode = Go pearsanta nó ar líne
label-when = Cathain
label-next-sessions = Na chéad seisiúin eile
label-cost = Costas
label-session-access = Cabhair ag an seisiún
label-venue-access = Rochtain ag an bhfoirgneamh
label-opening-hours = Uaireanta oscailte
label-how-to-join = Conas páirt a ghlacadh
label-phone = Fón
label-email = Ríomhphost
label-booking-page = Cuir in áirithe ar líne
label-verified = Seiceáilte go deireanach
label-source = Foinse
distance-from-place = { $distance } ó { $place }
online-only = Ar líne
schedule-ask = Fiafraigh de na heagraithe faoi na hamanna.
no-upcoming-sessions = Níl aon seisiún le teacht ar an liosta.
cost-unknown = Fiafraigh de na heagraithe faoin gcostas.
free = Saor in aisce
# CLDR ga: the symbol first, no space: "€40.00"; a code such as CHF takes a space.
price = { $currency ->
    [EUR] €{ $amount }
    [GBP] £{ $amount }
    [USD] ${ $amount }
   *[other] { $currency }{"\u00A0"}{ $amount }
}
price-for = { $price } ({ $label })
currency-symbol = { $currency ->
    [EUR] €
    [GBP] £
    [USD] $
   *[other] { $currency }
}
age-from-to = { $min } go { $max }
age-from = { $min } agus níos sine
age-to = Suas go { $max }
age-any = Aois ar bith
directions = Treoracha
open-in-maps = Oscail in aip léarscáileanna
open-street-map = OpenStreetMap
actions-heading = Coinnigh é, roinn é
add-series-to-calendar = Cuir gach seisiún le m'fhéilire
add-next-to-calendar = Cuir an chéad seisiún eile le m'fhéilire
calendar-file-name = féilire
share = Roinn
link-copied = Cóipeáladh an nasc. Greamaigh i dteachtaireacht é chun é a roinnt.
share-failed = Níor oibrigh an roinnt. Cóipeáil an seoladh ón mbarra seoltaí.
report-problem = Tuairiscigh fadhb leis an iontráil seo
report-subject = Fadhb le “{ $title }”
report-body =
    Iontráil: { $title }
    ID: { $id }
    Leathanach: { $url }

    Cad atá mícheart:

## Dates and times

# CLDR ga: "Máirt 12 Ean 2027".
date = { $weekday } { $day } { $month } { $year }
time = { $hour }:{ $minute }
time-range = { $start }–{ $end }
date-and-times = { $date }, { $times }
weekday-short-mon = Luan
weekday-short-tue = Máirt
weekday-short-wed = Céad
weekday-short-thu = Déar
weekday-short-fri = Aoine
weekday-short-sat = Sath
weekday-short-sun = Domh
month-short-1 = Ean
month-short-2 = Feabh
month-short-3 = Márta
month-short-4 = Aib
month-short-5 = Beal
month-short-6 = Meith
month-short-7 = Iúil
month-short-8 = Lún
month-short-9 = MFómh
month-short-10 = DFómh
month-short-11 = Samh
month-short-12 = Noll
weekday-mon = Dé Luain
weekday-tue = Dé Máirt
weekday-wed = Dé Céadaoin
weekday-thu = Déardaoin
weekday-fri = Dé hAoine
weekday-sat = Dé Sathairn
weekday-sun = Dé Domhnaigh
# "Dé Luain agus Dé Céadaoin, 18:30–20:00" (every week, or as often as the
# line below it says).
weekdays-mon = Dé Luain
weekdays-tue = Dé Máirt
weekdays-wed = Dé Céadaoin
weekdays-thu = Déardaoin
weekdays-fri = Dé hAoine
weekdays-sat = Dé Sathairn
weekdays-sun = Dé Domhnaigh
weekly-slot = { $days }, { $times }
# seachtain takes its counting form seachtaine after 3 to 10.
every-n-weeks = { $n ->
    [one] gach seachtain
    [two] gach { $n } sheachtain
    [few] gach { $n } seachtaine
    [many] gach { $n } seachtaine
   *[other] gach { $n } seachtain
}
every-n-months = { $n ->
    [one] gach mí
    [two] gach { $n } mhí
    [few] gach { $n } mhí
    [many] gach { $n } mí
   *[other] gach { $n } mí
}
# In Irish "last" follows its noun ("an Luan deireanach"), so each ordinal
# carries its weekday here: "an chéad Déardaoin agus an tríú Déardaoin".
# With several days it is "ceann" (one): "an ceann deireanach".
monthly-nth = { $n ->
    [1] { $weekday ->
        [mon] an chéad Luan
        [tue] an chéad Mháirt
        [wed] an chéad Chéadaoin
        [thu] an chéad Déardaoin
        [fri] an chéad Aoine
        [sat] an chéad Satharn
        [sun] an chéad Domhnach
       *[several] an chéad cheann
    }
    [2] { $weekday ->
        [mon] an dara Luan
        [tue] an dara Máirt
        [wed] an dara Céadaoin
        [thu] an dara Déardaoin
        [fri] an dara hAoine
        [sat] an dara Satharn
        [sun] an dara Domhnach
       *[several] an dara ceann
    }
    [3] { $weekday ->
        [mon] an tríú Luan
        [tue] an tríú Máirt
        [wed] an tríú Céadaoin
        [thu] an tríú Déardaoin
        [fri] an tríú hAoine
        [sat] an tríú Satharn
        [sun] an tríú Domhnach
       *[several] an tríú ceann
    }
    [4] { $weekday ->
        [mon] an ceathrú Luan
        [tue] an ceathrú Máirt
        [wed] an ceathrú Céadaoin
        [thu] an ceathrú Déardaoin
        [fri] an ceathrú hAoine
        [sat] an ceathrú Satharn
        [sun] an ceathrú Domhnach
       *[several] an ceathrú ceann
    }
    [5] { $weekday ->
        [mon] an cúigiú Luan
        [tue] an cúigiú Máirt
        [wed] an cúigiú Céadaoin
        [thu] an cúigiú Déardaoin
        [fri] an cúigiú hAoine
        [sat] an cúigiú Satharn
        [sun] an cúigiú Domhnach
       *[several] an cúigiú ceann
    }
    [-1] { $weekday ->
        [mon] an Luan deireanach
        [tue] an Mháirt dheireanach
        [wed] an Chéadaoin dheireanach
        [thu] an Déardaoin dheireanach
        [fri] an Aoine dheireanach
        [sat] an Satharn deireanach
        [sun] an Domhnach deireanach
       *[several] an ceann deireanach
    }
    [-2] { $weekday ->
        [mon] an dara Luan ón deireadh
        [tue] an dara Máirt ón deireadh
        [wed] an dara Céadaoin ón deireadh
        [thu] an dara Déardaoin ón deireadh
        [fri] an dara hAoine ón deireadh
        [sat] an dara Satharn ón deireadh
        [sun] an dara Domhnach ón deireadh
       *[several] an dara ceann ón deireadh
    }
   *[other] { $weekday ->
        [mon] Luan uimhir { $n }
        [tue] Máirt uimhir { $n }
        [wed] Céadaoin uimhir { $n }
        [thu] Déardaoin uimhir { $n }
        [fri] Aoine uimhir { $n }
        [sat] Satharn uimhir { $n }
        [sun] Domhnach uimhir { $n }
       *[several] ceann uimhir { $n }
    }
}
# "An chéad Déardaoin agus an tríú Déardaoin den mhí, 10:00–11:30": the day is
# already in monthly-nth, so $day is not repeated here.
monthly-slot-day = { $which } den mhí, { $times }
monthly-slot-weekdays = { $which } de laethanta oibre na míosa, { $times }
monthly-slot-days = { $which } de na laethanta seo sa mhí: { $days }, { $times }
date-range-from-to = { $start } go dtí { $end }
date-range-from = Tosaíonn sé: { $start }
date-range-to = Go dtí { $end }
except-dates = Ní bheidh sé ar siúl: { $dates }

## Lists: "a, b agus c"

list-pair = { $first } agus { $second }
list-middle = { $first }, { $second }
list-end = { $first } agus { $second }

## Distances

distance-metres = { $n } m
distance-km = { $n } km

## Language names (the languages entries are given in)

language-name = { $code ->
    [en] Béarla
    [ga] Gaeilge
    [pl] Polainnis
    [uk] Úcráinis
    [ar] Araibis
    [fr] Fraincis
    [es] Spáinnis
    [pt] Portaingéilis
    [zh] Sínis
    [ro] Rómáinis
    [de] Gearmáinis
    [it] Iodáilis
    [lt] Liotuáinis
    [lv] Laitvis
    [ru] Rúisis
    [so] Somáilis
    [ur] Urdúis
    [hi] Hiondúis
    [bn] Beangáilis
    [tr] Tuircis
    [fa] Peirsis
    [sq] Albáinis
    [cy] Breatnais
    [gd] Gaeilge na hAlban
   *[other] { $upper }
}
## Shortlist, notes, compare, hand-off link and print (issue 9)

shortlist-save = Sábháil
shortlist-saved = Sábháilte
shortlist-save-named = Sábháil: { $title }
shortlist-saved-named = Sábháilte: { $title }
shortlist-link = Gearrliosta ({ $n })
shortlist-count = { $n }
shortlist-title = Do ghearrliosta
shortlist-intro = Coinnítear ar an ngléas seo amháin é. Níl cuntas ag teastáil.
shortlist-empty = Níl aon rud sábháilte fós.
shortlist-empty-hint = Brúigh "Sábháil" ar thoradh nó ar a leathanach chun é a choinneáil anseo, le nóta.
shortlist-find = Aimsigh rud le sábháil
shortlist-gone = Níl sé liostaithe a thuilleadh
shortlist-note = Do nóta
shortlist-note-named = Do nóta: { $title }
shortlist-note-hint = Sábháiltear é de réir mar a scríobhann tú. Suas le 100 litir.
shortlist-remove = Bain
shortlist-remove-named = Bain: { $title }
shortlist-pick = Cuir i gcomparáid
shortlist-pick-named = Cuir i gcomparáid: { $title }
shortlist-compare = Cuir i gcomparáid ({ $n })
shortlist-compare-hint = Cuir tic le dhá cheann go ceithre cinn chun iad a chur i gcomparáid taobh le taobh.
shortlist-share = Roinn an gearrliosta seo
shortlist-share-hint = Tá an liosta agus do nótaí sa nasc seo. Is féidir le duine ar bith a bhfuil an nasc aige iad a léamh. Ní sheoltar aon rud chugainne.
shortlist-link-label = Nasc chuig an ngearrliosta seo
shortlist-copy = Cóipeáil an nasc
shortlist-copied = Cóipeáladh an nasc.
shortlist-copy-failed = Níorbh fhéidir é a chóipeáil. Roghnaigh an nasc agus cóipeáil é.
shortlist-qr = Cód QR an naisc chuig an ngearrliosta seo
shortlist-qr-too-long = Tá an liosta seo rófhada do chód QR. Roinn nó priontáil an nasc ina ionad, nó giorraigh na nótaí.
shortlist-print = Priontáil
shared-title = Gearrliosta a roinneadh leat
shared-intro = Is féidir leat é a léamh anseo. Sábháil é chun é a choinneáil agus na nótaí a athrú.
shared-note = Nóta
shared-save = Sábháil ar an ngléas seo
shared-save-hint = { $n ->
    [0] Cuirtear iad seo ar ghearrliosta an ghléis seo nuair a shábhálann tú.
   *[other] Cuirtear iad seo le gearrliosta an ghléis seo nuair a shábhálann tú. Fanann a bhfuil air cheana. Nuair atá an rud céanna ar an dá cheann, coinnítear an nóta ón nasc.
}
shared-left-out = { $n ->
    [one] Níorbh fhéidir cuid amháin den nasc seo a léamh, mar sin fágadh amach í.
    [two] Níorbh fhéidir { $n } chuid den nasc seo a léamh, mar sin fágadh amach iad.
    [few] Níorbh fhéidir { $n } chuid den nasc seo a léamh, mar sin fágadh amach iad.
    [many] Níorbh fhéidir { $n } gcuid den nasc seo a léamh, mar sin fágadh amach iad.
   *[other] Níorbh fhéidir { $n } cuid den nasc seo a léamh, mar sin fágadh amach iad.
}
shortlist-full = Tá do ghearrliosta lán: coinníonn sé { $max }. Bain ceann amháin de chun ceann eile a shábháil.
shared-notes-cut = { $n ->
    [one] Bhí nóta amháin níos faide ná { $max } litir, mar sin giorraíodh é.
    [two] Bhí { $n } nóta níos faide ná { $max } litir, mar sin giorraíodh iad.
    [few] Bhí { $n } nóta níos faide ná { $max } litir, mar sin giorraíodh iad.
    [many] Bhí { $n } nóta níos faide ná { $max } litir, mar sin giorraíodh iad.
   *[other] Bhí { $n } nóta níos faide ná { $max } litir, mar sin giorraíodh iad.
}
shared-no-room = { $n ->
    [one] Ní luíonn ceann amháin díobh seo: coinníonn gearrliosta an ghléis seo { $max } ar a mhéad. Bain ceann de ar dtús chun iad go léir a shábháil.
    [two] Ní luíonn { $n } díobh seo: coinníonn gearrliosta an ghléis seo { $max } ar a mhéad. Bain roinnt de ar dtús chun iad go léir a shábháil.
    [few] Ní luíonn { $n } díobh seo: coinníonn gearrliosta an ghléis seo { $max } ar a mhéad. Bain roinnt de ar dtús chun iad go léir a shábháil.
    [many] Ní luíonn { $n } díobh seo: coinníonn gearrliosta an ghléis seo { $max } ar a mhéad. Bain roinnt de ar dtús chun iad go léir a shábháil.
   *[other] Ní luíonn { $n } díobh seo: coinníonn gearrliosta an ghléis seo { $max } ar a mhéad. Bain roinnt de ar dtús chun iad go léir a shábháil.
}
shared-empty = Níl aon ghearrliosta sa nasc seo.
compare-title = Comparáid
compare-too-few = Roghnaigh dhá cheann go ceithre cinn sábháilte chun iad a chur i gcomparáid.
compare-back = Ar ais chuig do ghearrliosta
compare-access = Rochtain
compare-table = Taobh le taobh

## QR codes and kiosk mode (issue 9)
qr-show = Taispeáin cód QR le scanadh
qr-page-label = Cód QR an naisc chuig an leathanach seo
qr-scan-hint = Dírigh ceamara do ghutháin ar an gcód chun an leathanach seo a oscailt.
## Map (issue 9): the list / map switch, the map and its controls

view-label = Taispeáin na torthaí mar
view-list = Liosta
view-map = Léarscáil
map-label = Léarscáil na dtorthaí
map-help = Tarraing an léarscáil nó úsáid na heochracha saighde chun í a bhogadh. Úsáid + agus − chun súmáil.
map-zoom-in = Súmáil isteach
map-zoom-out = Súmáil amach
map-search-here = Cuardaigh an ceantar seo
map-places = { $n ->
    [one] { $n } áit
    [two] { $n } áit
    [few] { $n } áit
    [many] { $n } n-áit
   *[other] { $n } áit
}
map-venue = { $name }, { $results }
map-cluster = { $places }, { $results }. Súmáil isteach.
map-online = { $n ->
    [one] Níl { $n } toradh ar líne ar an léarscáil.
    [two] Níl { $n } thoradh ar líne ar an léarscáil.
    [few] Níl { $n } thoradh ar líne ar an léarscáil.
    [many] Níl { $n } dtoradh ar líne ar an léarscáil.
   *[other] Níl { $n } toradh ar líne ar an léarscáil.
}
map-choose = Roghnaigh áit ar an léarscáil le feiceáil cad atá ar siúl ann.
map-centre = Lár na léarscáile
map-centre-near = Lár na léarscáile, gar do { $place }

kiosk-controls = Rialuithe an chiosca
kiosk-back = Siar
kiosk-start-again = Tosaigh arís
kiosk-idle-title = An bhfuil tú fós ann?
kiosk-idle-countdown = { $n ->
    [one] I gceann { $n } soicind, tosóidh an scáileán seo arís agus glanfar gach a ndearna tú.
    [two] I gceann { $n } shoicind, tosóidh an scáileán seo arís agus glanfar gach a ndearna tú.
    [few] I gceann { $n } shoicind, tosóidh an scáileán seo arís agus glanfar gach a ndearna tú.
    [many] I gceann { $n } soicind, tosóidh an scáileán seo arís agus glanfar gach a ndearna tú.
   *[other] I gceann { $n } soicind, tosóidh an scáileán seo arís agus glanfar gach a ndearna tú.
}
kiosk-still-here = Tá mé fós anseo
kiosk-take-it-with-you = Tóg leat é
kiosk-near-here = In aice leis an gciosc seo
kiosk-scan-label = Cód QR le scanadh: { $link }
kiosk-scan-list = Scan an cód le do ghuthán chun an liosta seo agus do nótaí a thabhairt leat.

## Coordinators' page (issue 13)
footer-coordinators = Do chomhordaitheoirí: cá bhfuil foghlaim in easnamh
coord-title = Cá bhfuil foghlaim in easnamh
coord-intro = Dóibh siúd a phleanálann foghlaim sa cheantar: a bhfuil sa chatalóg gar do gach cuid den bhaile, agus cá háit nach bhfuil aon rud ann.
coord-back = Ar ais chuig an gcuardach
coord-settings = Roghnaigh cad atá le comhaireamh
coord-walk-label = Siúlóid ó lár gach ceantair
coord-walk = { $n ->
    [0] Gan siúlóid: áiteanna sa cheantar amháin
    [one] { $n } nóiméad
    [two] { $n } nóiméad
    [few] { $n } nóiméad
    [many] { $n } nóiméad
   *[other] { $n } nóiméad
}
coord-by-label = Taispeáin na figiúirí de réir
coord-by-skill = Scil
coord-by-access = Inrochtaineacht
coord-by-time = Am den lá
coord-by-cost = Costas
coord-by-language = Teanga
coord-time-daytime = I rith an lae, Luan go hAoine
coord-time-evening = Tráthnóna
coord-time-weekend = Deireadh seachtaine
coord-time-not-given = Gan amanna tugtha
coord-cost-free = Saor in aisce
coord-cost-paid = Le híoc
coord-cost-unknown = Costas gan tabhairt
coord-matter-legend = Bearnaí atá tábhachtach
coord-matter-hint = Ná roghnaigh aon cheann chun gach bearna a liostú.
coord-need-step-free = Gan chéimeanna
coord-need-evening = Tráthnóna
coord-need-free = Saor in aisce
coord-reach = { $walk ->
    [0] sa cheantar
   *[other] laistigh de { $walk } nóim. siúil
}
coord-caption = Cúrsaí agus imeachtaí { $reach }, de réir ceantair
coord-col-area = Ceantar
coord-col-residents = Daoine
coord-col-total = Gach rud
coord-col-rate = In aghaidh 1,000 duine
coord-not-known = Níl a fhios
coord-about = timpeall { $n }
coord-per-thousand = { $rate } in aghaidh 1,000
coord-per-thousand-about = timpeall { $rate } in aghaidh 1,000
coord-online-row = Ar líne, do chách
coord-gaps-heading = Bearnaí, an ceann is mó ar dtús
coord-gaps-count = { $n ->
    [0] Gan bhearnaí: tá a bhfuil tábhachtach gar do gach ceantar.
    [one] { $n } bhearna. Na ceantair is mó daoine ar dtús.
    [two] { $n } bhearna. Na ceantair is mó daoine ar dtús.
    [few] { $n } bhearna. Na ceantair is mó daoine ar dtús.
    [many] { $n } mbearna. Na ceantair is mó daoine ar dtús.
   *[other] { $n } bearna. Na ceantair is mó daoine ar dtús.
}
coord-gap-nothing = { $place }: faic { $reach }.
coord-gap-step-free = { $place }: faic gan chéimeanna { $reach }.
coord-gap-evening = { $place }: faic tráthnóna { $reach }.
coord-gap-free = { $place }: faic saor in aisce { $reach }.
coord-gap-skill = { $place }: faic do { $skill } { $reach }.
coord-counts-heading = Cad a chomhaireann na figiúirí
coord-counts-what = Comhaireann siad na cúrsaí agus na himeachtaí sa chatalóg a oireann do do roghanna agus nach bhfuil críochnaithe.
coord-counts-where = Áirítear mír do cheantar nuair atá a háit sa cheantar, nó gar go leor le siúl ann ó lár an cheantair.
coord-counts-twice = Is féidir mír amháin a áireamh do go leor ceantar, agus faoi gach scil, am agus teanga dá cuid.
coord-online = { $n ->
    [one] Tá { $n } mhír ar líne do chách. Taispeántar ar leith í agus ní líonann sí bearna ar bith.
    [two] Tá { $n } mhír ar líne do chách. Taispeántar ar leith iad agus ní líonann siad bearna ar bith.
    [few] Tá { $n } mhír ar líne do chách. Taispeántar ar leith iad agus ní líonann siad bearna ar bith.
    [many] Tá { $n } mír ar líne do chách. Taispeántar ar leith iad agus ní líonann siad bearna ar bith.
   *[other] Tá { $n } mír ar líne do chách. Taispeántar ar leith iad agus ní líonann siad bearna ar bith.
}
coord-not-counted-heading = Cad a fhágann siad amach
coord-ended = { $n ->
    [one] Tá { $n } mhír críochnaithe.
    [two] Tá { $n } mhír críochnaithe.
    [few] Tá { $n } mhír críochnaithe.
    [many] Tá { $n } mír críochnaithe.
   *[other] Tá { $n } mír críochnaithe.
}
coord-beyond = { $n ->
    [one] Tá { $n } mhír rófhada ó gach ceantar.
    [two] Tá { $n } mhír rófhada ó gach ceantar.
    [few] Tá { $n } mhír rófhada ó gach ceantar.
    [many] Tá { $n } mír rófhada ó gach ceantar.
   *[other] Tá { $n } mír rófhada ó gach ceantar.
}
coord-not-listed = Aon rud nach bhfuil sa chatalóg. Níl sí ach chomh hiomlán agus a rinne a coimeádaithe í.
coord-verified = Seiceáilte go deireanach: an ceann is sine { $oldest }, an ceann sa lár { $middle }, an ceann is nuaí { $newest }.
coord-verified-none = Ní deir mír ar bith cathain a seiceáladh í go deireanach.
coord-undated = { $n ->
    [one] Ní deir { $n } mhír cathain a seiceáladh í go deireanach.
    [two] Ní deir { $n } mhír cathain a seiceáladh iad go deireanach.
    [few] Ní deir { $n } mhír cathain a seiceáladh iad go deireanach.
    [many] Ní deir { $n } mír cathain a seiceáladh iad go deireanach.
   *[other] Ní deir { $n } mír cathain a seiceáladh iad go deireanach.
}
coord-estimates = Tagann figiúr le «timpeall» ó mheastachán ar líon na ndaoine a chónaíonn ann.
coord-download = Íoslódáil na figiúirí (CSV)
coord-print = Priontáil do chruinniú
coord-map-heading = Léarscáil
coord-map-label = Léarscáil a bhfuil i raon gach ceantair
coord-legend = Eochair
coord-legend-none = Faic
coord-legend-range = { $from } go { $to }
coord-legend-one = { $n }

## A sharded catalogue (issue 11).
results-loading = { $n ->
    [0] Fós ag cuardach: { $loaded } as { $total } limistéar lódáilte.
    [one] { $n } toradh ar a laghad. Fós ag cuardach: { $loaded } as { $total } limistéar lódáilte.
    [two] { $n } thoradh ar a laghad. Fós ag cuardach: { $loaded } as { $total } limistéar lódáilte.
    [few] { $n } thoradh ar a laghad. Fós ag cuardach: { $loaded } as { $total } limistéar lódáilte.
    [many] { $n } dtoradh ar a laghad. Fós ag cuardach: { $loaded } as { $total } limistéar lódáilte.
   *[other] { $n } toradh ar a laghad. Fós ag cuardach: { $loaded } as { $total } limistéar lódáilte.
}
results-partial = { $n ->
    [0] Gan toradh fós: níorbh fhéidir roinnt limistéar a lódáil.
    [one] { $n } toradh ar a laghad: níorbh fhéidir roinnt limistéar a lódáil.
    [two] { $n } thoradh ar a laghad: níorbh fhéidir roinnt limistéar a lódáil.
    [few] { $n } thoradh ar a laghad: níorbh fhéidir roinnt limistéar a lódáil.
    [many] { $n } dtoradh ar a laghad: níorbh fhéidir roinnt limistéar a lódáil.
   *[other] { $n } toradh ar a laghad: níorbh fhéidir roinnt limistéar a lódáil.
}
areas-retry = Bain triail eile as
looking-for = Á chuardach: { $loaded } as { $total } limistéar cuardaithe.
counts-partial = Níl sna huimhreacha seo ach { $loaded } as { $total } limistéar go dtí seo, mar sin d'fhéadfaidís fás.
results-held = { $n ->
    [0] Gan toradh in aice láimhe fós.
    [one] { $n } toradh ar a laghad in aice láimhe.
    [two] { $n } thoradh ar a laghad in aice láimhe.
    [few] { $n } thoradh ar a laghad in aice láimhe.
    [many] { $n } dtoradh ar a laghad in aice láimhe.
   *[other] { $n } toradh ar a laghad in aice láimhe.
}
areas-load-all = Cuardaigh { $n } limistéar eile ({ $mb } MB)
part-loading = Á lódáil…
part-failed = Níorbh fhéidir an chuid seo den leathanach a lódáil. Seiceáil do cheangal, agus ansin bain triail eile as.
