# LearnLocal's interface in Ukrainian (uk).
# Machine translation, not yet reviewed by a native speaker: see locales/README.md.

## How numbers are written (CLDR symbols)

-decimal-separator = ,
-group-separator = {"\u00A0"}
-group-from = 1000
-digits = 0123456789

## The site

app-name = LearnLocal
tagline = Курси, бібліотеки й заходи поруч із вами
finder-title = LearnLocal: навчання поруч із вами
page-title = { $page } – { app-name }
finder-heading = Знайдіть курс, бібліотеку чи захід
demonstration-notice = Приклад даних: ці записи вигадані, а не справжні.
interface-language = Мова сторінки
skip-to-results = Перейти до результатів
skip-to-main = Перейти до основного вмісту

## Loading and errors

loading = Завантажуємо курси й заходи…
load-failed = Не вдалося завантажити список курсів і заходів.
load-failed-network = Не вдалося звʼязатися із сервером. Перевірте підключення до інтернету й спробуйте ще раз.
load-failed-http = Сервер не зміг надіслати список (помилка { $status }). Спробуйте ще раз трохи згодом.
load-failed-malformed = Список надійшов, але він пошкоджений, тому ми не можемо його показати. Будь ласка, повідомте про це бібліотеку або центр, який веде цей сайт.
details-label = Подробиці для тих, хто веде цей сайт:
try-again = Спробувати ще раз
not-found = Ми не знайшли цього запису
not-found-hint = Можливо, його прибрали зі списку. Поверніться до результатів, щоб знайти щось схоже.
records-left-out = { $n ->
    [one] { $n } запис у списку має помилки, тому не показується.
    [few] { $n } записи у списку мають помилки, тому не показуються.
   *[many] { $n } записів у списку мають помилки, тому не показуються.
}
catalogue-has-problems = У списку є помилки. Ми показуємо все, що вдалося прочитати.
problems-summary = Що не так (для тих, хто веде список)

## Search and results

search-label = Пошук курсів, бібліотек і заходів
search-hint = Наприклад: компʼютер, англійська, кулінарія
results-heading = Результати
results-count = { $n ->
    [0] Немає результатів
    [one] { $n } результат
    [few] { $n } результати
   *[many] { $n } результатів
}
distances-from = Відстані від місця: { $place }.
# No full stop after { $date }: a Ukrainian date already ends with "р.".
data-as-of = Дані станом на { $date }
show-more = Показати ще { $n }
no-results-heading = Ніщо не відповідає всім цим умовам
no-results-because = Найбільше результатів відкидає фільтр: { $what }.
widen = Ще { $n } { $what }
distance-and-walk = { $distance }, { $minutes }{"\u00A0"}хв пішки
next-session = Наступне заняття: { $when }
read-aloud = Прочитати вголос
read-aloud-named = Прочитати вголос: { $title }
spoken = { $title }. { $summary } Де: { $place }.

## Where

where-legend = Де
use-my-location = Використати моє місцезнаходження
locating = Визначаємо, де ви…
location-denied = Ваш браузер не повідомив, де ви. Натомість можете ввести назву місця.
location-unavailable = Не вдалося визначити, де ви. Натомість можете ввести назву місця.
location-timeout = Визначення вашого місця тривало надто довго. Спробуйте ще раз або введіть назву місця.
location-insecure = Ця сторінка не використовує захищене зʼєднання, тому браузер не повідомить, де ви. Введіть назву місця.
measuring-from-you = Відстані рахуємо від того місця, де ви зараз. Ваше місцезнаходження залишається на цьому пристрої.
location-needed = Це посилання рахує відстані від того місця, де ви зараз: натисніть «Використати моє місцезнаходження» або введіть назву місця.
place-label = Біля місця
place-hint = Район або будівля, наприклад Blackpool
place-suggestions = Місця, що підходять
place-unknown = Немає району чи будівлі з такою назвою.
radius-label = Відстань
radius-walk15 = До 15 хвилин пішки
radius-km1 = До 1{"\u00A0"}км
radius-km3 = До 3{"\u00A0"}км
radius-km5 = До 5{"\u00A0"}км
radius-km10 = До 10{"\u00A0"}км
radius-anywhere = Будь-яка відстань
include-online = Показувати й онлайн

## Filters

filters-heading = Фільтри
filters-button = { $n ->
    [0] Фільтри
    [one] Фільтри ({ $n })
    [few] Фільтри ({ $n })
   *[many] Фільтри ({ $n })
}
close-filters = Закрити фільтри
show-results = { $n ->
    [one] Показати { $n } результат
    [few] Показати { $n } результати
   *[many] Показати { $n } результатів
}
filters-on = Увімкнені фільтри
remove-filter = Прибрати фільтр: { $label }
field-value = { $label }: { $value }
online-left-out = Без записів онлайн
skills-legend = Навички
kinds-legend = Тип
access-legend = Доступність
access-hint = Результати матимуть усе, що ви позначите.
days-legend = Дні
times-legend = Час доби
part-of-day-morning = Ранок (до 12:00)
part-of-day-afternoon = День (з 12:00 до 17:00)
part-of-day-evening = Вечір (з 17:00)
starts-legend = Початок
starts-any = Будь-коли
starts-week = Цього тижня
starts-month = Цього місяця
open-now = Зараз відчинено
cost-legend = Вартість
free-only = Лише безкоштовні
max-price = Можу заплатити щонайбільше ({ $symbol })
languages-legend = Мова
modes-legend = Наживо чи онлайн
levels-legend = Рівень
audiences-legend = Для кого
age-label = Вік
with-count = { $label } ({ $n })
with-added = { $label } (+{ $n })
with-added-spoken = { $n ->
    [one] { $label }, додає { $n } результат
    [few] { $label }, додає { $n } результати
   *[many] { $label }, додає { $n } результатів
}
clear-all = Скинути всі фільтри
sort-label = Порядок
sort-distance = Спочатку найближчі
sort-soonest = Спочатку найближчі за датою
sort-relevance = Спочатку найбільш відповідні
sort-title = Від А до Я

## Filter names in a sentence: "Найбільше результатів відкидає фільтр: відстань."

filter-name-text = слова пошуку
filter-name-distance = відстань
filter-name-online = без записів онлайн
filter-name-skill = навичка
filter-name-kind = тип
filter-name-access = доступність
filter-name-day = день
filter-name-time = час доби
filter-name-starts = початок
filter-name-open-now = зараз відчинено
filter-name-cost = вартість
filter-name-language = мова
filter-name-mode = наживо чи онлайн
filter-name-level = рівень
filter-name-audience = для кого

## What a button that widens the search adds: "Ще 12 у радіусі 3 км".

widen-distance-walk15 = до 15 хвилин пішки
widen-distance-km1 = у радіусі 1{"\u00A0"}км
widen-distance-km3 = у радіусі 3{"\u00A0"}км
widen-distance-km5 = у радіусі 5{"\u00A0"}км
widen-distance-km10 = у радіусі 10{"\u00A0"}км
widen-distance-anywhere = на будь-якій відстані
widen-text = без слів пошуку
widen-online = із записами онлайн
widen-skill = з будь-якою навичкою
widen-kind = будь-якого типу
widen-access = без умов доступності
widen-day = у будь-який день
widen-time = у будь-який час доби
widen-starts = з будь-якою датою початку
widen-open-now = незалежно від годин роботи
widen-cost = з будь-якою вартістю
widen-language = будь-якою мовою
widen-mode = наживо або онлайн
widen-level = будь-якого рівня
widen-audience = для всіх

## Kinds, levels, audiences, ways of taking part

kind-course = Курс
kind-library = Бібліотека
kind-activity = Захід
level-none = Для всіх, досвід не потрібен
level-beginner = Для початківців
level-intermediate = Для тих, хто має трохи досвіду
level-advanced = Для досвідчених
audience-everyone = Усі
audience-adults = Дорослі
audience-older-people = Люди старшого віку
audience-young-people = Молодь
audience-children = Діти
audience-families = Сімʼї
audience-newcomers = Люди, які нещодавно приїхали в країну
audience-jobseekers = Люди, які шукають роботу
audience-carers = Люди, які доглядають за близькими
mode-in-person = Наживо
mode-online = Онлайн
mode-blended = Наживо й онлайн
join-walk-in = Просто приходьте
join-phone = Записатися телефоном
join-email = Записатися електронною поштою
join-web = Записатися онлайн

## Access

access-step-free = Вхід без сходинок
access-accessible-toilet = Туалет для людей з інвалідністю
access-accessible-parking = Паркування для людей з інвалідністю
access-public-transport = Поруч зупинка автобуса або станція
access-sign-language = Перекладач жестової мови
access-hearing-loop = Індукційна петля
access-childcare = Нагляд за дітьми на місці
access-quiet = Тихе, спокійне заняття
access-carer-free = Супровідник або друг — безкоштовно
access-large-print = Великий шрифт
access-easy-read = Легкий для читання текст

## An entry's page

back-to-results = Назад до результатів
label-kind = Тип
label-skills = Навички
label-venue = Де
label-distance = Відстань
label-provider = Організатор
label-website = Більше інформації
label-about = Опис
label-level = Рівень
label-audience = Для кого
label-age = Вік
label-languages = Мова
label-mode = Наживо чи онлайн
label-when = Коли
label-next-sessions = Найближчі заняття
label-cost = Вартість
label-session-access = Допомога на занятті
label-venue-access = Доступність будівлі
label-opening-hours = Години роботи
label-how-to-join = Як взяти участь
label-phone = Телефон
label-email = Електронна пошта
label-booking-page = Записатися онлайн
label-verified = Востаннє перевірено
label-source = Джерело
distance-from-place = { $distance } від місця: { $place }
online-only = Онлайн
schedule-ask = Запитайте в організаторів про час.
no-upcoming-sessions = У списку немає найближчих занять.
cost-unknown = Запитайте в організаторів про вартість.
free = Безкоштовно
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
age-from-to = Від { $min } до { $max } { $max ->
    [one] року
    [few] років
   *[many] років
}
age-from = Від { $min } { $min ->
    [one] року
    [few] років
   *[many] років
}
age-to = До { $max } { $max ->
    [one] року
    [few] років
   *[many] років
}
age-any = Будь-який вік
directions = Як дістатися
open-in-maps = Відкрити в застосунку з картами
open-street-map = OpenStreetMap
actions-heading = Зберегти й поділитися
add-series-to-calendar = Додати всі заняття до мого календаря
add-next-to-calendar = Додати найближче заняття до мого календаря
calendar-file-name = календар
share = Поділитися
link-copied = Посилання скопійовано. Вставте його в повідомлення, щоб поділитися.
share-failed = Не вдалося поділитися. Скопіюйте адресу з адресного рядка.
report-problem = Повідомити про проблему з цим записом
report-subject = Проблема із записом «{ $title }»
report-body =
    Запис: { $title }
    ID: { $id }
    Сторінка: { $url }

    Що не так:

## Dates and times

# "вт, 12 січ. 2027 р." (CLDR yMMMEd: "E, d MMM y 'р'.").
date = { $weekday }, { $day } { $month } { $year }{"\u00A0"}р.
time = { $hour }:{ $minute }
time-range = { $start }–{ $end }
date-and-times = { $date }, { $times }
weekday-short-mon = пн
weekday-short-tue = вт
weekday-short-wed = ср
weekday-short-thu = чт
weekday-short-fri = пт
weekday-short-sat = сб
weekday-short-sun = нд
month-short-1 = січ.
month-short-2 = лют.
month-short-3 = бер.
month-short-4 = квіт.
month-short-5 = трав.
month-short-6 = черв.
month-short-7 = лип.
month-short-8 = серп.
month-short-9 = вер.
month-short-10 = жовт.
month-short-11 = лист.
month-short-12 = груд.
# Lower case: Ukrainian writes weekdays in small letters, also inside sentences.
weekday-mon = понеділок
weekday-tue = вівторок
weekday-wed = середа
weekday-thu = четвер
weekday-fri = пʼятниця
weekday-sat = субота
weekday-sun = неділя
weekdays-mon = понеділки
weekdays-tue = вівторки
weekdays-wed = середи
weekdays-thu = четверги
weekdays-fri = пʼятниці
weekdays-sat = суботи
weekdays-sun = неділі
weekly-slot = { $days }, { $times }
every-n-weeks = { $n ->
    [1] щотижня
    [one] раз на { $n } тиждень
    [few] раз на { $n } тижні
   *[many] раз на { $n } тижнів
}
every-n-months = { $n ->
    [1] щомісяця
    [one] раз на { $n } місяць
    [few] раз на { $n } місяці
   *[many] раз на { $n } місяців
}
# The ordinal agrees with the weekday: feminine for середа, пʼятниця, субота,
# неділя (keys [wed] [fri] [sat] [sun]); masculine for the others and for "several" (it goes with "день").
monthly-nth = { $n ->
    [1] { $weekday ->
        [wed] перша
        [fri] перша
        [sat] перша
        [sun] перша
       *[other] перший
    }
    [2] { $weekday ->
        [wed] друга
        [fri] друга
        [sat] друга
        [sun] друга
       *[other] другий
    }
    [3] { $weekday ->
        [wed] третя
        [fri] третя
        [sat] третя
        [sun] третя
       *[other] третій
    }
    [4] { $weekday ->
        [wed] четверта
        [fri] четверта
        [sat] четверта
        [sun] четверта
       *[other] четвертий
    }
    [5] { $weekday ->
        [wed] пʼята
        [fri] пʼята
        [sat] пʼята
        [sun] пʼята
       *[other] пʼятий
    }
    [-1] { $weekday ->
        [wed] остання
        [fri] остання
        [sat] остання
        [sun] остання
       *[other] останній
    }
    [-2] { $weekday ->
        [wed] передостання
        [fri] передостання
        [sat] передостання
        [sun] передостання
       *[other] передостанній
    }
   *[other] № { $n }
}
# "Перший і третій четвер місяця, 10:00–11:30".
monthly-slot-day = { $which } { $day } місяця, { $times }
monthly-slot-weekdays = { $which } робочий день місяця, { $times }
# "Останній день місяця (рахуючи лише суботи й неділі), 10:00–12:00".
monthly-slot-days = { $which } день місяця (рахуючи лише { $days }), { $times }
date-range-from-to = З { $start } до { $end }
date-range-from = З { $start }
date-range-to = До { $end }
except-dates = Занять не буде: { $dates }

## Lists: "a, b і c"

list-pair = { $first } і { $second }
list-middle = { $first }, { $second }
list-end = { $first } і { $second }

## Distances

distance-metres = { $n }{"\u00A0"}м
distance-km = { $n }{"\u00A0"}км

## Language names (the languages entries are given in)

language-name = { $code ->
    [en] англійська
    [ga] ірландська
    [pl] польська
    [uk] українська
    [ar] арабська
    [fr] французька
    [es] іспанська
    [pt] португальська
    [zh] китайська
    [ro] румунська
    [de] німецька
    [it] італійська
    [lt] литовська
    [lv] латиська
    [ru] російська
    [so] сомалі
    [ur] урду
    [hi] гінді
    [bn] бенгальська
    [tr] турецька
    [fa] перська
    [sq] албанська
    [cy] валлійська
    [gd] шотландська гельська
   *[other] { $upper }
}
## Shortlist, notes, compare, hand-off link and print (issue 9)

shortlist-save = Зберегти
shortlist-saved = Збережено
shortlist-save-named = Зберегти: { $title }
shortlist-saved-named = Збережено: { $title }
shortlist-link = Список ({ $n })
shortlist-count = { $n }
shortlist-title = Ваш список
shortlist-intro = Зберігається лише на цьому пристрої. Обліковий запис не потрібен.
shortlist-empty = Ще нічого не збережено.
shortlist-empty-hint = Натисніть «Зберегти» біля результату або на його сторінці, щоб залишити його тут із нотаткою.
shortlist-find = Знайти, що зберегти
shortlist-gone = Більше не в списку
shortlist-note = Ваша нотатка
shortlist-note-named = Ваша нотатка: { $title }
shortlist-note-hint = Зберігається під час введення. До 100 символів.
shortlist-remove = Видалити
shortlist-remove-named = Видалити: { $title }
shortlist-pick = Порівняти
shortlist-pick-named = Порівняти: { $title }
shortlist-compare = Порівняти ({ $n })
shortlist-compare-hint = Позначте від двох до чотирьох, щоб порівняти їх поруч.
shortlist-share = Поділитися цим списком
shortlist-share-hint = Це посилання містить список і ваші нотатки. Будь-хто з посиланням може їх прочитати. Нам нічого не надсилається.
shortlist-link-label = Посилання на цей список
shortlist-copy = Копіювати посилання
shortlist-copied = Посилання скопійовано.
shortlist-copy-failed = Не вдалося скопіювати. Виділіть посилання та скопіюйте його.
shortlist-qr = QR-код посилання на цей список
shortlist-qr-too-long = Цей список задовгий для QR-коду. Натомість поділіться посиланням або скоротіть нотатки.
shortlist-print = Друкувати
shared-title = Список, яким із вами поділилися
shared-intro = Ви можете прочитати його тут. Збережіть його, щоб залишити собі та змінювати нотатки.
shared-note = Нотатка
shared-save = Зберегти на цьому пристрої
shared-save-hint = { $n ->
    [0] Збереження додасть їх до списку на цьому пристрої.
   *[other] Збереження додасть їх до списку на цьому пристрої. Те, що вже є в ньому, залишиться. Якщо той самий пункт є в обох, залишиться нотатка з посилання.
}
shared-left-out = { $n ->
    [one] { $n } частину цього посилання не вдалося прочитати, тому її пропущено.
    [few] { $n } частини цього посилання не вдалося прочитати, тому їх пропущено.
   *[many] { $n } частин цього посилання не вдалося прочитати, тому їх пропущено.
}
shortlist-full = Ваш список повний: у ньому вміщується { $max }. Видаліть один запис, щоб зберегти інший.
shared-notes-cut = { $n ->
    [one] { $n } нотатка була довша за { $max } символів, тому її скорочено.
    [few] { $n } нотатки були довші за { $max } символів, тому їх скорочено.
   *[many] { $n } нотаток були довші за { $max } символів, тому їх скорочено.
}
shared-no-room = { $n ->
    [one] { $n } запис не вміститься: список на цьому пристрої вміщує щонайбільше { $max }. Спершу видаліть щось із нього, щоб зберегти всі.
    [few] { $n } записи не вмістяться: список на цьому пристрої вміщує щонайбільше { $max }. Спершу видаліть щось із нього, щоб зберегти всі.
   *[many] { $n } записів не вміститься: список на цьому пристрої вміщує щонайбільше { $max }. Спершу видаліть щось із нього, щоб зберегти всі.
}
shared-empty = Це посилання не містить списку.
compare-title = Порівняння
compare-too-few = Виберіть від двох до чотирьох збережених пунктів, щоб порівняти їх.
compare-back = Назад до вашого списку
compare-access = Доступність
compare-table = Поруч

## QR codes and kiosk mode (issue 9)
qr-show = Показати QR-код для сканування
qr-page-label = QR-код із посиланням на цю сторінку
qr-scan-hint = Наведіть камеру телефона на код, щоб відкрити цю сторінку.
## Map (issue 9): the list / map switch, the map and its controls

view-label = Показати результати як
view-list = Список
view-map = Мапа
map-label = Мапа результатів
map-help = Перетягніть мапу або скористайтеся клавішами зі стрілками, щоб її посунути. Клавіші + і − змінюють масштаб.
map-zoom-in = Збільшити
map-zoom-out = Зменшити
map-search-here = Шукати в цій області
map-places = { $n ->
    [one] { $n } місце
    [few] { $n } місця
   *[many] { $n } місць
}
map-venue = { $name }, { $results }
map-cluster = { $places }, { $results }. Збільшити.
map-online = { $n ->
    [one] { $n } онлайн-результат не показано на мапі.
    [few] { $n } онлайн-результати не показано на мапі.
   *[many] { $n } онлайн-результатів не показано на мапі.
}
map-choose = Виберіть місце на мапі, щоб побачити, що там відбувається.
map-centre = Центр мапи
map-centre-near = Центр мапи, поблизу: { $place }

kiosk-controls = Керування кіоском
kiosk-back = Назад
kiosk-start-again = Почати знову
kiosk-idle-title = Ви ще тут?
kiosk-idle-countdown = { $n ->
    [one] Через { $n } секунду цей екран почне спочатку й очистить усе, що ви тут зробили.
    [few] Через { $n } секунди цей екран почне спочатку й очистить усе, що ви тут зробили.
   *[many] Через { $n } секунд цей екран почне спочатку й очистить усе, що ви тут зробили.
}
kiosk-still-here = Я ще тут
kiosk-take-it-with-you = Візьміть із собою
kiosk-near-here = Поруч із цим кіоском
kiosk-scan-label = QR-код для сканування: { $link }
kiosk-scan-list = Скануйте код телефоном, щоб забрати цей список і свої нотатки із собою.

## Coordinators' page (issue 13)
footer-coordinators = Для координаторів: де бракує навчання
coord-title = Де бракує навчання
coord-intro = Для тих, хто планує навчання в окрузі: що каталог має поблизу кожної частини міста і де в ньому нічого немає.
coord-back = Повернутися до пошуку
coord-settings = Виберіть, що рахувати
coord-walk-label = Пішки від центру кожного району
coord-walk = { $n ->
    [0] Без прогулянки: лише місця в районі
    [one] { $n } хвилина
    [few] { $n } хвилини
   *[many] { $n } хвилин
}
coord-by-label = Показати дані за
coord-by-skill = Навичка
coord-by-access = Доступність
coord-by-time = Час доби
coord-by-cost = Вартість
coord-by-language = Мова
coord-time-daytime = Будні вдень
coord-time-evening = Вечір
coord-time-weekend = Вихідні
coord-time-not-given = Час не вказано
coord-cost-free = Безкоштовно
coord-cost-paid = Платно
coord-cost-unknown = Вартість не вказано
coord-matter-legend = Важливі прогалини
coord-matter-hint = Нічого не позначайте, щоб побачити всі прогалини.
coord-need-step-free = Без сходів
coord-need-evening = Увечері
coord-need-free = Безкоштовно
coord-reach = { $walk ->
    [0] у районі
   *[other] у межах { $walk } хв пішки
}
coord-caption = Курси та заняття { $reach }, за районами
coord-col-area = Район
coord-col-residents = Мешканці
coord-col-total = Усього
coord-col-rate = На 1000 мешканців
coord-not-known = Невідомо
coord-about = близько { $n }
coord-per-thousand = { $rate } на 1000
coord-per-thousand-about = близько { $rate } на 1000
coord-online-row = Онлайн, для всіх
coord-gaps-heading = Прогалини, спершу найбільші
coord-gaps-count = { $n ->
    [0] Прогалин немає: у кожному районі поблизу є те, що важливо.
    [one] { $n } прогалина. Спершу райони, де живе найбільше людей.
    [few] { $n } прогалини. Спершу райони, де живе найбільше людей.
   *[many] { $n } прогалин. Спершу райони, де живе найбільше людей.
}
coord-gap-nothing = { $place }: нічого { $reach }.
coord-gap-step-free = { $place }: нічого без сходів { $reach }.
coord-gap-evening = { $place }: нічого ввечері { $reach }.
coord-gap-free = { $place }: нічого безкоштовного { $reach }.
coord-gap-skill = { $place }: нічого з теми «{ $skill }» { $reach }.
coord-counts-heading = Що рахують ці дані
coord-counts-what = Вони рахують курси та заняття з каталогу, які відповідають вашому вибору і ще не закінчилися.
coord-counts-where = Позиція рахується для району, коли її місце в районі або досить близько, щоб дійти пішки від його центру.
coord-counts-twice = Одна позиція може рахуватися для багатьох районів і за кожною своєю навичкою, часом і мовою.
coord-online = { $n ->
    [one] { $n } онлайн-позиція для всіх. Її показано окремо, і вона не закриває прогалин.
    [few] { $n } онлайн-позиції для всіх. Їх показано окремо, і вони не закривають прогалин.
   *[many] { $n } онлайн-позицій для всіх. Їх показано окремо, і вони не закривають прогалин.
}
coord-not-counted-heading = Чого вони не рахують
coord-ended = { $n ->
    [one] { $n } позиція вже закінчилася.
    [few] { $n } позиції вже закінчилися.
   *[many] { $n } позицій вже закінчилися.
}
coord-beyond = { $n ->
    [one] { $n } позиція надто далеко від усіх районів.
    [few] { $n } позиції надто далеко від усіх районів.
   *[many] { $n } позицій надто далеко від усіх районів.
}
coord-not-listed = Усього, чого немає в каталозі. Він настільки повний, наскільки його зробили упорядники.
coord-verified = Востаннє перевірено: найдавніше { $oldest }, середнє { $middle }, найновіше { $newest }.
coord-verified-none = Жодна позиція не каже, коли її востаннє перевіряли.
coord-undated = { $n ->
    [one] { $n } позиція не каже, коли її востаннє перевіряли.
    [few] { $n } позиції не кажуть, коли їх востаннє перевіряли.
   *[many] { $n } позицій не кажуть, коли їх востаннє перевіряли.
}
coord-estimates = Число зі словом «близько» спирається на оцінку кількості мешканців.
coord-download = Завантажити дані (CSV)
coord-print = Надрукувати для зустрічі
coord-map-heading = Мапа
coord-map-label = Мапа того, що є в межах досяжності кожного району
coord-legend = Легенда
coord-legend-none = Нічого
coord-legend-range = від { $from } до { $to }
coord-legend-one = { $n }

## A sharded catalogue (issue 11).
results-loading = { $n ->
    [0] Ще шукаємо: завантажено { $loaded } з { $total } районів.
    [one] Щонайменше { $n } результат. Ще шукаємо: завантажено { $loaded } з { $total } районів.
    [few] Щонайменше { $n } результати. Ще шукаємо: завантажено { $loaded } з { $total } районів.
   *[many] Щонайменше { $n } результатів. Ще шукаємо: завантажено { $loaded } з { $total } районів.
}
results-partial = { $n ->
    [0] Поки немає результатів: деякі райони не вдалося завантажити.
    [one] Щонайменше { $n } результат: деякі райони не вдалося завантажити.
    [few] Щонайменше { $n } результати: деякі райони не вдалося завантажити.
   *[many] Щонайменше { $n } результатів: деякі райони не вдалося завантажити.
}
areas-retry = Спробувати ще раз
looking-for = Шукаємо: переглянуто { $loaded } з { $total } районів.
counts-partial = Ці числа поки що враховують { $loaded } з { $total } районів, тож можуть зрости.
results-held = { $n ->
    [0] Поблизу поки немає результатів.
    [one] Щонайменше { $n } результат поблизу.
    [few] Щонайменше { $n } результати поблизу.
   *[many] Щонайменше { $n } результатів поблизу.
}
areas-load-all = { $n ->
    [one] Шукати ще в { $n } районі ({ $mb } МБ)
    [few] Шукати ще в { $n } районах ({ $mb } МБ)
   *[many] Шукати ще в { $n } районах ({ $mb } МБ)
}
part-loading = Завантаження…
part-failed = Не вдалося завантажити цю частину сторінки. Перевірте з'єднання й спробуйте ще раз.
