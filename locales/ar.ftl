# LearnLocal's interface in Arabic (ar).
# Machine translation, not yet reviewed by a native speaker: see locales/README.md.
#
# Terms used throughout: فلتر / الفلاتر (filter), نتيجة / نتائج (result),
# عنصر / عناصر (entry), القائمة (list), التسهيلات (access needs).
# Sentences for the reader use the polite "يُرجى …"; buttons use the verbal noun.

## How numbers are written (CLDR symbols)

-decimal-separator = ٫
-group-separator = ٬
# The smallest number written with a group separator.
-group-from = 1000
# The ten digits, 0 to 9.
-digits = ٠١٢٣٤٥٦٧٨٩

## The site

app-name = LearnLocal
tagline = دورات ومكتبات وأنشطة قريبة منك
finder-title = LearnLocal: فرص للتعلّم قريبة منك
page-title = { $page } – { app-name }
finder-heading = ابحث عن دورة أو مكتبة أو نشاط
demonstration-notice = بيانات للتجربة: هذه العناصر ليست حقيقية.
interface-language = لغة هذه الصفحة
skip-to-results = الانتقال إلى النتائج
skip-to-main = الانتقال إلى المحتوى الرئيسي

## Loading and errors

loading = جارٍ تحميل الدورات والأنشطة…
load-failed = لم نتمكّن من تحميل قائمة الدورات والأنشطة.
load-failed-network = لم نتمكّن من الاتصال بالخادم. يُرجى التحقّق من اتصالك بالإنترنت، ثم المحاولة مرة أخرى.
load-failed-http = لم يتمكّن الخادم من إرسال القائمة (الخطأ { $status }). يُرجى المحاولة مرة أخرى بعد قليل.
load-failed-malformed = وصلت القائمة، لكنها تالفة، لذلك لا يمكننا عرضها. يُرجى إبلاغ المكتبة أو المركز الذي يدير هذا الموقع.
details-label = تفاصيل للقائمين على هذا الموقع:
try-again = إعادة المحاولة
not-found = لم نجد هذا العنصر
not-found-hint = ربما حُذف من القائمة. يمكنك الرجوع إلى النتائج للبحث عن شيء مشابه.
records-left-out = { $n ->
    [zero] لا توجد في القائمة عناصر فيها أخطاء.
    [one] عنصر واحد في القائمة فيه أخطاء، لذلك لا نعرضه.
    [two] عنصران في القائمة فيهما أخطاء، لذلك لا نعرضهما.
    [few] { $n } عناصر في القائمة فيها أخطاء، لذلك لا نعرضها.
    [many] { $n } عنصرًا في القائمة فيها أخطاء، لذلك لا نعرضها.
   *[other] { $n } عنصر في القائمة فيها أخطاء، لذلك لا نعرضها.
}
catalogue-has-problems = في القائمة بعض الأخطاء. نعرض كل ما استطعنا قراءته.
problems-summary = ما الخطأ؟ (للقائمين على القائمة)

## Search and results

search-label = ابحث عن دورات ومكتبات وأنشطة
search-hint = مثلًا: الحاسوب، اللغة الإنجليزية، الطبخ
results-heading = النتائج
results-count = { $n ->
    [0] لا توجد نتائج
    [zero] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $n } نتائج
    [many] { $n } نتيجة
   *[other] { $n } نتيجة
}
distances-from = المسافات محسوبة من { $place }.
data-as-of = آخر تحديث للبيانات: { $date }.
show-more = { $n ->
    [zero] عرض المزيد
    [one] عرض نتيجة أخرى
    [two] عرض نتيجتين أخريين
    [few] عرض { $n } نتائج أخرى
    [many] عرض { $n } نتيجة أخرى
   *[other] عرض { $n } نتيجة أخرى
}
no-results-heading = لا توجد نتيجة تطابق كل هذه الخيارات
no-results-because = الفلتر الذي يستبعد أكبر عدد من النتائج هو «{ $what }».
# A button: "١٢ نتيجة أخرى ضمن ٣ كم".
widen = { $n ->
    [zero] لا توجد نتائج أخرى { $what }
    [one] نتيجة أخرى { $what }
    [two] نتيجتان أخريان { $what }
    [few] { $n } نتائج أخرى { $what }
    [many] { $n } نتيجة أخرى { $what }
   *[other] { $n } نتيجة أخرى { $what }
}
distance-and-walk = { $minutes ->
    [zero] { $distance }، أقل من دقيقة مشيًا
    [one] { $distance }، دقيقة واحدة مشيًا
    [two] { $distance }، دقيقتان مشيًا
    [few] { $distance }، { $minutes } دقائق مشيًا
    [many] { $distance }، { $minutes } دقيقة مشيًا
   *[other] { $distance }، { $minutes } دقيقة مشيًا
}
next-session = الموعد القادم: { $when }
read-aloud = قراءة بصوت عالٍ
read-aloud-named = قراءة بصوت عالٍ: { $title }
spoken = { $title }. { $summary } المكان: { $place }.

## Where

where-legend = المكان
use-my-location = استخدام موقعي
locating = جارٍ تحديد مكانك…
location-denied = لم يشارك متصفحك مكانك. يمكنك كتابة اسم مكان بدلًا من ذلك.
location-unavailable = لم نتمكّن من تحديد مكانك. يمكنك كتابة اسم مكان بدلًا من ذلك.
location-timeout = استغرق تحديد مكانك وقتًا طويلًا. يُرجى المحاولة مرة أخرى، أو كتابة اسم مكان.
location-insecure = هذه الصفحة لا تستخدم اتصالًا آمنًا، لذلك لن يشارك متصفحك مكانك. يُرجى كتابة اسم مكان بدلًا من ذلك.
measuring-from-you = المسافات محسوبة من مكانك. يبقى موقعك على هذا الجهاز فقط.
location-needed = هذا الرابط يحسب المسافات من مكانك: يُرجى الضغط على «استخدام موقعي» أو كتابة اسم مكان.
place-label = بالقرب من مكان
place-hint = منطقة أو مبنى، مثلًا Blackpool
place-suggestions = أماكن مطابقة
place-unknown = لا توجد منطقة أو مبنى بهذا الاسم.
radius-label = المسافة
radius-walk15 = ضمن ١٥ دقيقة مشيًا
radius-km1 = ضمن ١ كم
radius-km3 = ضمن ٣ كم
radius-km5 = ضمن ٥ كم
radius-km10 = ضمن ١٠ كم
radius-anywhere = أي مسافة
include-online = تضمين ما يُقدَّم عبر الإنترنت

## Filters

filters-heading = الفلاتر
filters-button = { $n ->
    [0] الفلاتر
   *[other] الفلاتر ({ $n })
}
close-filters = إغلاق الفلاتر
show-results = { $n ->
    [zero] لا توجد نتائج
    [one] عرض نتيجة واحدة
    [two] عرض النتيجتين
    [few] عرض { $n } نتائج
    [many] عرض { $n } نتيجة
   *[other] عرض { $n } نتيجة
}
filters-on = الفلاتر المختارة
remove-filter = إزالة الفلتر: { $label }
field-value = { $label }: { $value }
online-left-out = بدون ما يُقدَّم عبر الإنترنت
skills-legend = المهارات
kinds-legend = النوع
access-legend = التسهيلات التي تحتاجها
access-hint = يجب أن تتوفّر في النتائج كل التسهيلات التي تختارها.
days-legend = الأيام
times-legend = الفترة من اليوم
part-of-day-morning = الصباح (قبل ١٢:٠٠)
part-of-day-afternoon = بعد الظهر (من ١٢:٠٠ إلى ١٧:٠٠)
part-of-day-evening = المساء (من ١٧:٠٠)
starts-legend = موعد البدء
starts-any = في أي وقت
starts-week = هذا الأسبوع
starts-month = هذا الشهر
open-now = مفتوح الآن
cost-legend = التكلفة
free-only = المجاني فقط
max-price = أقصى مبلغ يمكنني دفعه ({ $symbol })
languages-legend = اللغة
modes-legend = حضوريًا أو عبر الإنترنت
levels-legend = المستوى
audiences-legend = لمن هو؟
age-label = العمر
with-count = { $label } ({ $n })
with-added = { $label } (+{ $n })
with-added-spoken = { $n ->
    [zero] { $label }، لا يضيف نتائج
    [one] { $label }، يضيف نتيجة واحدة
    [two] { $label }، يضيف نتيجتين
    [few] { $label }، يضيف { $n } نتائج
    [many] { $label }، يضيف { $n } نتيجة
   *[other] { $label }، يضيف { $n } نتيجة
}
clear-all = مسح كل الفلاتر
sort-label = الترتيب
sort-distance = الأقرب مسافةً أولًا
sort-soonest = الأقرب موعدًا أولًا
sort-relevance = الأنسب أولًا
sort-title = أبجديًا

## Filter names in a sentence: "The filter that leaves out the most is the distance."

filter-name-text = كلمات البحث
filter-name-distance = المسافة
filter-name-online = استبعاد ما يُقدَّم عبر الإنترنت
filter-name-skill = المهارة
filter-name-kind = النوع
filter-name-access = التسهيلات
filter-name-day = اليوم
filter-name-time = الفترة من اليوم
filter-name-starts = موعد البدء
filter-name-open-now = مفتوح الآن
filter-name-cost = التكلفة
filter-name-language = اللغة
filter-name-mode = حضوريًا أو عبر الإنترنت
filter-name-level = المستوى
filter-name-audience = لمن هو

## What a button that widens the search adds: "12 more within 3 km".

widen-distance-walk15 = ضمن ١٥ دقيقة مشيًا
widen-distance-km1 = ضمن ١ كم
widen-distance-km3 = ضمن ٣ كم
widen-distance-km5 = ضمن ٥ كم
widen-distance-km10 = ضمن ١٠ كم
widen-distance-anywhere = على أي مسافة
widen-text = بدون كلمات البحث
widen-online = مع ما يُقدَّم عبر الإنترنت
widen-skill = بأي مهارة
widen-kind = من أي نوع
widen-access = بدون شرط التسهيلات
widen-day = في أي يوم
widen-time = في أي وقت من اليوم
widen-starts = تبدأ في أي وقت
widen-open-now = مفتوحة الآن أو لا
widen-cost = بأي سعر
widen-language = بأي لغة
widen-mode = حضوريًا أو عبر الإنترنت
widen-level = لأي مستوى
widen-audience = للجميع

## Kinds, levels, audiences, ways of taking part

kind-course = دورة
kind-library = مكتبة
kind-activity = نشاط
level-none = مفتوح للجميع، لا يلزم خبرة سابقة
level-beginner = مبتدئ
level-intermediate = بعض الخبرة
level-advanced = متقدّم
audience-everyone = الجميع
audience-adults = البالغون
audience-older-people = كبار السن
audience-young-people = الشباب
audience-children = الأطفال
audience-families = العائلات
audience-newcomers = القادمون الجدد إلى البلد
audience-jobseekers = الباحثون عن عمل
audience-carers = مقدّمو الرعاية
mode-in-person = حضوريًا
mode-online = عبر الإنترنت
mode-blended = حضوريًا وعبر الإنترنت
join-walk-in = الحضور مباشرةً دون حجز
join-phone = الحجز بالهاتف
join-email = الحجز بالبريد الإلكتروني
join-web = الحجز عبر الإنترنت

## Access

access-step-free = مدخل بدون درجات
access-accessible-toilet = حمّام مهيّأ لذوي الإعاقة
access-accessible-parking = موقف سيارات لذوي الإعاقة
access-public-transport = قريب من موقف حافلات أو محطة قطار
access-sign-language = مترجم لغة الإشارة
access-hearing-loop = حلقة سمعية لضعاف السمع
access-childcare = رعاية الأطفال أو حضانة
access-quiet = جلسة هادئة ومريحة
access-carer-free = دخول مجاني لمقدّم الرعاية أو المرافق
access-large-print = طباعة بخط كبير
access-easy-read = نسخة سهلة القراءة

## An entry's page

back-to-results = الرجوع إلى النتائج
label-kind = النوع
label-skills = المهارات
label-venue = المكان
label-distance = المسافة
label-provider = الجهة المنظِّمة
label-website = مزيد من المعلومات
label-about = نبذة
label-level = المستوى
label-audience = لمن هو
label-age = العمر
label-languages = اللغة
label-mode = حضوريًا أو عبر الإنترنت
label-when = المواعيد
label-next-sessions = الجلسات القادمة
label-cost = التكلفة
label-session-access = المساعدة خلال الجلسة
label-venue-access = التسهيلات في المبنى
label-opening-hours = ساعات العمل
label-how-to-join = طريقة المشاركة
label-phone = الهاتف
label-email = البريد الإلكتروني
label-booking-page = الحجز عبر الإنترنت
label-verified = آخر تحقّق
label-source = المصدر
distance-from-place = { $distance } من { $place }
online-only = عبر الإنترنت
schedule-ask = يُرجى سؤال المنظّمين عن المواعيد.
no-upcoming-sessions = لا توجد جلسات قادمة في القائمة.
cost-unknown = يُرجى سؤال المنظّمين عن التكلفة.
free = مجاني
# The amount comes first, then the symbol: "٤٠٫٠٠ €".
price = { $currency ->
    [EUR] { $amount }{"\u00A0"}€
    [GBP] { $amount }{"\u00A0"}£
    [USD] { $amount }{"\u00A0"}US$
   *[other] { $amount }{"\u00A0"}{ $currency }
}
price-for = { $price } ({ $label })
currency-symbol = { $currency ->
    [EUR] €
    [GBP] £
    [USD] US$
   *[other] { $currency }
}
age-from-to = من { $min } إلى { $max }
age-from = { $min } فما فوق
age-to = حتى { $max }
age-any = كل الأعمار
directions = الاتجاهات
open-in-maps = فتح في تطبيق خرائط
open-street-map = OpenStreetMap
actions-heading = الحفظ والمشاركة
add-series-to-calendar = إضافة كل الجلسات إلى تقويمي
add-next-to-calendar = إضافة الجلسة القادمة إلى تقويمي
calendar-file-name = تقويم
share = مشاركة
link-copied = تم نسخ الرابط. الصقه في رسالة لمشاركته.
share-failed = لم تنجح المشاركة. يُرجى نسخ العنوان من شريط العنوان.
report-problem = الإبلاغ عن مشكلة في هذا العنصر
report-subject = مشكلة في «{ $title }»
report-body =
    العنصر: { $title }
    المعرّف: { $id }
    الصفحة: { $url }

    ما المشكلة:

## Dates and times

# "الثلاثاء، ١٢ يناير ٢٠٢٧" (CLDR: E، d MMM y).
date = { $weekday }، { $day } { $month } { $year }
time = { $hour }:{ $minute }
time-range = { $start }–{ $end }
date-and-times = { $date }، { $times }
weekday-short-mon = الاثنين
weekday-short-tue = الثلاثاء
weekday-short-wed = الأربعاء
weekday-short-thu = الخميس
weekday-short-fri = الجمعة
weekday-short-sat = السبت
weekday-short-sun = الأحد
month-short-1 = يناير
month-short-2 = فبراير
month-short-3 = مارس
month-short-4 = أبريل
month-short-5 = مايو
month-short-6 = يونيو
month-short-7 = يوليو
month-short-8 = أغسطس
month-short-9 = سبتمبر
month-short-10 = أكتوبر
month-short-11 = نوفمبر
month-short-12 = ديسمبر
weekday-mon = الاثنين
weekday-tue = الثلاثاء
weekday-wed = الأربعاء
weekday-thu = الخميس
weekday-fri = الجمعة
weekday-sat = السبت
weekday-sun = الأحد
weekdays-mon = أيام الاثنين
weekdays-tue = أيام الثلاثاء
weekdays-wed = أيام الأربعاء
weekdays-thu = أيام الخميس
weekdays-fri = أيام الجمعة
weekdays-sat = أيام السبت
weekdays-sun = أيام الأحد
weekly-slot = { $days }، { $times }
every-n-weeks = { $n ->
    [zero] كل { $n } أسبوع
    [one] كل أسبوع
    [two] كل أسبوعين
    [few] كل { $n } أسابيع
    [many] كل { $n } أسبوعًا
   *[other] كل { $n } أسبوع
}
every-n-months = { $n ->
    [zero] كل { $n } شهر
    [one] كل شهر
    [two] كل شهرين
    [few] كل { $n } أشهر
    [many] كل { $n } شهرًا
   *[other] كل { $n } شهر
}
# Weekdays are masculine, so the ordinals follow the day: "الخميس الأول والثالث".
# With several days ("several"), the ordinal says "اليوم …": "اليوم الأخير من أيام العمل".
monthly-nth = { $n ->
    [1] { $weekday ->
        [several] اليوم الأول
       *[other] الأول
    }
    [2] { $weekday ->
        [several] اليوم الثاني
       *[other] الثاني
    }
    [3] { $weekday ->
        [several] اليوم الثالث
       *[other] الثالث
    }
    [4] { $weekday ->
        [several] اليوم الرابع
       *[other] الرابع
    }
    [5] { $weekday ->
        [several] اليوم الخامس
       *[other] الخامس
    }
    [-1] { $weekday ->
        [several] اليوم الأخير
       *[other] الأخير
    }
    [-2] { $weekday ->
        [several] اليوم ما قبل الأخير
       *[other] ما قبل الأخير
    }
    [-3] { $weekday ->
        [several] اليوم الثالث من الآخر
       *[other] الثالث من الآخر
    }
    [-4] { $weekday ->
        [several] اليوم الرابع من الآخر
       *[other] الرابع من الآخر
    }
    [-5] { $weekday ->
        [several] اليوم الخامس من الآخر
       *[other] الخامس من الآخر
    }
   *[other] { $weekday ->
        [several] اليوم رقم { $n }
       *[other] رقم { $n }
    }
}
# "الخميس الأول والثالث من الشهر، ١٠:٠٠–١١:٣٠".
monthly-slot-day = { $day } { $which } من الشهر، { $times }
monthly-slot-weekdays = { $which } من أيام العمل (من الاثنين إلى الجمعة) في الشهر، { $times }
monthly-slot-days = { $which } من بين { $days } في الشهر، { $times }
date-range-from-to = من { $start } إلى { $end }
date-range-from = ابتداءً من { $start }
date-range-to = حتى { $end }
except-dates = باستثناء { $dates }

## Lists: "a, b and c" (CLDR: "أ وب وج")

list-pair = { $first } و{ $second }
list-middle = { $first } و{ $second }
list-end = { $first } و{ $second }

## Distances

distance-metres = { $n } م
distance-km = { $n } كم

## Language names (the languages entries are given in)

language-name = { $code ->
    [en] الإنجليزية
    [ga] الأيرلندية
    [pl] البولندية
    [uk] الأوكرانية
    [ar] العربية
    [fr] الفرنسية
    [es] الإسبانية
    [pt] البرتغالية
    [zh] الصينية
    [ro] الرومانية
    [de] الألمانية
    [it] الإيطالية
    [lt] الليتوانية
    [lv] اللاتفية
    [ru] الروسية
    [so] الصومالية
    [ur] الأردية
    [hi] الهندية
    [bn] البنغالية
    [tr] التركية
    [fa] الفارسية
    [sq] الألبانية
    [cy] الويلزية
    [gd] الغيلية الإسكتلندية
   *[other] { $upper }
}
## Shortlist, notes, compare, hand-off link and print (issue 9)

shortlist-save = حفظ
shortlist-saved = محفوظ
shortlist-save-named = حفظ: { $title }
shortlist-saved-named = محفوظ: { $title }
shortlist-link = القائمة المختصرة ({ $n })
shortlist-count = { $n }
shortlist-title = قائمتك المختصرة
shortlist-intro = تُحفظ على هذا الجهاز فقط. لا حاجة إلى حساب.
shortlist-empty = لم تحفظ شيئًا بعد.
shortlist-empty-hint = اضغط «حفظ» على أي نتيجة أو على صفحتها لتبقيها هنا مع ملاحظة.
shortlist-find = ابحث عن شيء لحفظه
shortlist-gone = لم يعد مدرجًا
shortlist-note = ملاحظتك
shortlist-note-named = ملاحظتك: { $title }
shortlist-note-hint = تُحفظ أثناء الكتابة. حتى 100 حرف.
shortlist-remove = إزالة
shortlist-remove-named = إزالة: { $title }
shortlist-pick = مقارنة
shortlist-pick-named = مقارنة: { $title }
shortlist-compare = مقارنة ({ $n })
shortlist-compare-hint = اختر من اثنين إلى أربعة لمقارنتها جنبًا إلى جنب.
shortlist-share = مشاركة هذه القائمة
shortlist-share-hint = يحمل هذا الرابط القائمة وملاحظاتك. يستطيع أي شخص لديه الرابط قراءتها. لا يُرسل إلينا أي شيء.
shortlist-link-label = رابط هذه القائمة
shortlist-copy = نسخ الرابط
shortlist-copied = تم نسخ الرابط.
shortlist-copy-failed = تعذّر النسخ. حدّد الرابط وانسخه.
shortlist-qr = رمز QR لرابط هذه القائمة
shortlist-qr-too-long = هذه القائمة أطول من أن تُوضع في رمز QR. شارك الرابط بدلًا من ذلك، أو اختصر الملاحظات.
shortlist-print = طباعة
shared-title = قائمة مختصرة شاركها أحدهم معك
shared-intro = يمكنك قراءتها هنا. احفظها لتحتفظ بها وتغيّر الملاحظات.
shared-note = ملاحظة
shared-save = حفظ على هذا الجهاز
shared-save-hint = { $n ->
    [0] الحفظ يضع هذه العناصر في القائمة المختصرة على هذا الجهاز.
   *[other] الحفظ يضيف هذه العناصر إلى القائمة المختصرة على هذا الجهاز. يبقى ما فيها كما هو. وإذا كان العنصر نفسه في القائمتين، تُحفظ الملاحظة التي في الرابط.
}
shared-left-out = { $n ->
    [zero] لم يُترك أي جزء من هذا الرابط.
    [one] تعذّرت قراءة جزء واحد من هذا الرابط، لذلك تُرك.
    [two] تعذّرت قراءة جزأين من هذا الرابط، لذلك تُركا.
    [few] تعذّرت قراءة { $n } أجزاء من هذا الرابط، لذلك تُركت.
    [many] تعذّرت قراءة { $n } جزءًا من هذا الرابط، لذلك تُركت.
   *[other] تعذّرت قراءة { $n } جزء من هذا الرابط، لذلك تُركت.
}
shortlist-full = قائمتك المختصرة ممتلئة: تتسع لـ { $max } عنصرًا. احذف عنصرًا منها لتحفظ غيره.
shared-notes-cut = { $n ->
    [zero] لم تُقصَّر أي ملاحظة.
    [one] كانت ملاحظة واحدة أطول من { $max } حرفًا، لذلك قُصّرت.
    [two] كانت ملاحظتان أطول من { $max } حرفًا، لذلك قُصّرتا.
    [few] كانت { $n } ملاحظات أطول من { $max } حرفًا، لذلك قُصّرت.
    [many] كانت { $n } ملاحظة أطول من { $max } حرفًا، لذلك قُصّرت.
   *[other] كانت { $n } ملاحظة أطول من { $max } حرفًا، لذلك قُصّرت.
}
shared-no-room = { $n ->
    [zero] كل هذه العناصر تتسع لها قائمتك.
    [one] عنصر واحد من هذه لن يتسع: القائمة المختصرة على هذا الجهاز تتسع لـ { $max } عنصرًا على الأكثر. احذف منها أولًا لتحفظها كلها.
    [two] عنصران من هذه لن يتسعا: القائمة المختصرة على هذا الجهاز تتسع لـ { $max } عنصرًا على الأكثر. احذف منها أولًا لتحفظها كلها.
    [few] { $n } عناصر من هذه لن تتسع: القائمة المختصرة على هذا الجهاز تتسع لـ { $max } عنصرًا على الأكثر. احذف منها أولًا لتحفظها كلها.
    [many] { $n } عنصرًا من هذه لن تتسع: القائمة المختصرة على هذا الجهاز تتسع لـ { $max } عنصرًا على الأكثر. احذف منها أولًا لتحفظها كلها.
   *[other] { $n } عنصر من هذه لن تتسع: القائمة المختصرة على هذا الجهاز تتسع لـ { $max } عنصرًا على الأكثر. احذف منها أولًا لتحفظها كلها.
}
shared-empty = لا يحمل هذا الرابط أي قائمة مختصرة.
compare-title = مقارنة
compare-too-few = اختر من اثنين إلى أربعة عناصر محفوظة لمقارنتها.
compare-back = العودة إلى قائمتك المختصرة
compare-access = إمكانية الوصول
compare-table = جنبًا إلى جنب

## QR codes and kiosk mode (issue 9)
qr-show = اعرض رمز QR لمسحه
qr-page-label = رمز QR لرابط هذه الصفحة
qr-scan-hint = وجّه كاميرا هاتفك إلى الرمز لفتح هذه الصفحة.
## Map (issue 9): the list / map switch, the map and its controls

view-label = اعرض النتائج على شكل
view-list = قائمة
view-map = خريطة
map-label = خريطة النتائج
map-help = اسحب الخريطة أو استخدم مفاتيح الأسهم لتحريكها. استخدم + و − للتكبير والتصغير.
map-zoom-in = تكبير
map-zoom-out = تصغير
map-search-here = ابحث في هذه المنطقة
map-places = { $n ->
    [zero] لا أماكن
    [one] مكان واحد
    [two] مكانان
    [few] { $n } أماكن
    [many] { $n } مكانًا
   *[other] { $n } مكان
}
map-venue = { $name }، { $results }
map-cluster = { $places }، { $results }. كبّر الخريطة.
map-online = { $n ->
    [zero] لا توجد نتائج عبر الإنترنت خارج الخريطة.
    [one] نتيجة واحدة عبر الإنترنت ليست على الخريطة.
    [two] نتيجتان عبر الإنترنت ليستا على الخريطة.
    [few] { $n } نتائج عبر الإنترنت ليست على الخريطة.
    [many] { $n } نتيجة عبر الإنترنت ليست على الخريطة.
   *[other] { $n } نتيجة عبر الإنترنت ليست على الخريطة.
}
map-choose = اختر مكانًا على الخريطة لترى ما يجري فيه.
map-centre = وسط الخريطة
map-centre-near = وسط الخريطة، قرب { $place }

kiosk-controls = أدوات التحكم في الكشك
kiosk-back = رجوع
kiosk-start-again = ابدأ من جديد
kiosk-idle-title = هل ما زلت هنا؟
kiosk-idle-countdown = { $n ->
    [zero] ستبدأ هذه الشاشة من جديد الآن وستمسح كل ما فعلته.
    [one] بعد ثانية واحدة ستبدأ هذه الشاشة من جديد وستمسح كل ما فعلته.
    [two] بعد ثانيتين ستبدأ هذه الشاشة من جديد وستمسح كل ما فعلته.
    [few] بعد { $n } ثوانٍ ستبدأ هذه الشاشة من جديد وستمسح كل ما فعلته.
    [many] بعد { $n } ثانية ستبدأ هذه الشاشة من جديد وستمسح كل ما فعلته.
   *[other] بعد { $n } ثانية ستبدأ هذه الشاشة من جديد وستمسح كل ما فعلته.
}
kiosk-still-here = ما زلت هنا
kiosk-take-it-with-you = خذه معك
kiosk-near-here = بالقرب من هذا الكشك
kiosk-scan-label = رمز QR للمسح: { $link }
kiosk-scan-list = امسح الرمز بهاتفك لتأخذ هذه القائمة وملاحظاتك معك.

## Coordinators' page (issue 13)
footer-coordinators = للمنسقين: أين ينقص التعلّم
coord-title = أين ينقص التعلّم
coord-intro = لمن يخطط للتعلّم في المنطقة: ما يذكره الدليل قرب كل جزء من المدينة، وأين لا يذكر شيئًا.
coord-back = العودة إلى البحث
coord-settings = اختر ما يُحسب
coord-walk-label = المشي من وسط كل حي
coord-walk = { $n ->
    [0] بلا مشي: الأماكن داخل الحي فقط
    [zero] { $n } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $n } دقائق
    [many] { $n } دقيقة
   *[other] { $n } دقيقة
}
coord-by-label = اعرض الأرقام حسب
coord-by-skill = المهارة
coord-by-access = سهولة الوصول
coord-by-time = وقت اليوم
coord-by-cost = التكلفة
coord-by-language = اللغة
coord-time-daytime = نهار أيام الأسبوع
coord-time-evening = المساء
coord-time-weekend = عطلة نهاية الأسبوع
coord-time-not-given = لا أوقات محددة
coord-cost-free = مجاني
coord-cost-paid = مدفوع
coord-cost-unknown = التكلفة غير مذكورة
coord-matter-legend = الفجوات المهمة
coord-matter-hint = لا تحدد شيئًا لعرض كل الفجوات.
coord-need-step-free = بلا درج
coord-need-evening = في المساء
coord-need-free = مجاني
coord-reach = { $walk ->
    [0] داخل الحي
   *[other] على بعد { $walk } د سيرًا على الأقدام
}
coord-caption = الدورات والأنشطة { $reach }، حسب الحي
coord-col-area = الحي
coord-col-residents = السكان
coord-col-total = الكل
coord-col-rate = لكل 1000 ساكن
coord-not-known = غير معروف
coord-about = نحو { $n }
coord-per-thousand = { $rate } لكل 1000
coord-per-thousand-about = نحو { $rate } لكل 1000
coord-online-row = عبر الإنترنت، للجميع
coord-gaps-heading = الفجوات، الأكبر أولًا
coord-gaps-count = { $n ->
    [0] لا فجوات: كل حي لديه ما يهم بالقرب منه.
    [zero] لا فجوات: كل حي لديه ما يهم بالقرب منه.
    [one] فجوة واحدة. الأحياء الأكثر سكانًا أولًا.
    [two] فجوتان. الأحياء الأكثر سكانًا أولًا.
    [few] { $n } فجوات. الأحياء الأكثر سكانًا أولًا.
    [many] { $n } فجوة. الأحياء الأكثر سكانًا أولًا.
   *[other] { $n } فجوة. الأحياء الأكثر سكانًا أولًا.
}
coord-gap-nothing = { $place }: لا شيء { $reach }.
coord-gap-step-free = { $place }: لا شيء بلا درج { $reach }.
coord-gap-evening = { $place }: لا شيء في المساء { $reach }.
coord-gap-free = { $place }: لا شيء مجاني { $reach }.
coord-gap-skill = { $place }: لا شيء في { $skill } { $reach }.
coord-counts-heading = ما تحسبه الأرقام
coord-counts-what = تحسب الدورات والأنشطة في الدليل التي تناسب اختياراتك ولم تنتهِ بعد.
coord-counts-where = يُحسب البند لحيّ إذا كان مكانه داخل الحي، أو قريبًا بما يكفي للمشي إليه من وسطه.
coord-counts-twice = قد يُحسب البند الواحد لأحياء كثيرة، وتحت كل مهارة ووقت ولغة له.
coord-online = { $n ->
    [zero] لا بنود عبر الإنترنت.
    [one] بند واحد عبر الإنترنت للجميع. يُعرض على حدة ولا يسد أي فجوة.
    [two] بندان عبر الإنترنت للجميع. يُعرضان على حدة ولا يسدان أي فجوة.
    [few] { $n } بنود عبر الإنترنت للجميع. تُعرض على حدة ولا تسد أي فجوة.
    [many] { $n } بندًا عبر الإنترنت للجميع. تُعرض على حدة ولا تسد أي فجوة.
   *[other] { $n } بند عبر الإنترنت للجميع. تُعرض على حدة ولا تسد أي فجوة.
}
coord-not-counted-heading = ما لا تحسبه
coord-ended = { $n ->
    [zero] لم ينتهِ أي بند.
    [one] انتهى بند واحد.
    [two] انتهى بندان.
    [few] انتهت { $n } بنود.
    [many] انتهى { $n } بندًا.
   *[other] انتهى { $n } بند.
}
coord-beyond = { $n ->
    [zero] لا بنود بعيدة عن كل الأحياء.
    [one] بند واحد بعيد جدًا عن كل الأحياء.
    [two] بندان بعيدان جدًا عن كل الأحياء.
    [few] { $n } بنود بعيدة جدًا عن كل الأحياء.
    [many] { $n } بندًا بعيدة جدًا عن كل الأحياء.
   *[other] { $n } بند بعيدة جدًا عن كل الأحياء.
}
coord-not-listed = كل ما لا يذكره الدليل. فهو كامل بقدر ما جعله القائمون عليه.
coord-verified = آخر تحقق: الأقدم { $oldest }، والأوسط { $middle }، والأحدث { $newest }.
coord-verified-none = لا يذكر أي بند متى جرى التحقق منه آخر مرة.
coord-undated = { $n ->
    [zero] كل البنود تذكر متى جرى التحقق منها آخر مرة.
    [one] بند واحد لا يذكر متى جرى التحقق منه آخر مرة.
    [two] بندان لا يذكران متى جرى التحقق منهما آخر مرة.
    [few] { $n } بنود لا تذكر متى جرى التحقق منها آخر مرة.
    [many] { $n } بندًا لا تذكر متى جرى التحقق منها آخر مرة.
   *[other] { $n } بند لا تذكر متى جرى التحقق منها آخر مرة.
}
coord-estimates = الرقم المسبوق بكلمة «نحو» مبني على تقدير لعدد السكان.
coord-download = تنزيل الأرقام (CSV)
coord-print = طباعة لاجتماع
coord-map-heading = الخريطة
coord-map-label = خريطة ما هو في متناول كل حي
coord-legend = مفتاح الخريطة
coord-legend-none = لا شيء
coord-legend-range = من { $from } إلى { $to }
coord-legend-one = { $n }

## A sharded catalogue (issue 11).
results-loading = { $n ->
    [0] ما زلنا نبحث: تم تحميل { $loaded } من { $total } منطقة.
    [zero] ما زلنا نبحث: تم تحميل { $loaded } من { $total } منطقة.
    [one] نتيجة واحدة على الأقل. ما زلنا نبحث: تم تحميل { $loaded } من { $total } منطقة.
    [two] نتيجتان على الأقل. ما زلنا نبحث: تم تحميل { $loaded } من { $total } منطقة.
    [few] { $n } نتائج على الأقل. ما زلنا نبحث: تم تحميل { $loaded } من { $total } منطقة.
    [many] { $n } نتيجة على الأقل. ما زلنا نبحث: تم تحميل { $loaded } من { $total } منطقة.
   *[other] { $n } نتيجة على الأقل. ما زلنا نبحث: تم تحميل { $loaded } من { $total } منطقة.
}
results-partial = { $n ->
    [0] لا توجد نتائج حتى الآن: تعذّر تحميل بعض المناطق.
    [zero] لا توجد نتائج حتى الآن: تعذّر تحميل بعض المناطق.
    [one] نتيجة واحدة على الأقل: تعذّر تحميل بعض المناطق.
    [two] نتيجتان على الأقل: تعذّر تحميل بعض المناطق.
    [few] { $n } نتائج على الأقل: تعذّر تحميل بعض المناطق.
    [many] { $n } نتيجة على الأقل: تعذّر تحميل بعض المناطق.
   *[other] { $n } نتيجة على الأقل: تعذّر تحميل بعض المناطق.
}
areas-retry = حاول مرة أخرى
looking-for = جارٍ البحث: تم البحث في { $loaded } من { $total } منطقة.
counts-partial = تحسب هذه الأرقام { $loaded } من { $total } مناطق حتى الآن، لذلك قد تزيد.
results-held = { $n ->
    [0] لا توجد نتائج قريبة حتى الآن.
    [zero] لا توجد نتائج قريبة حتى الآن.
    [one] نتيجة واحدة قريبة على الأقل.
    [two] نتيجتان قريبتان على الأقل.
    [few] { $n } نتائج قريبة على الأقل.
    [many] { $n } نتيجة قريبة على الأقل.
   *[other] { $n } نتيجة قريبة على الأقل.
}
areas-load-all = { $n ->
    [zero] ابحث في مناطق أخرى ({ $mb } ميغابايت)
    [one] ابحث في منطقة أخرى ({ $mb } ميغابايت)
    [two] ابحث في منطقتين أخريين ({ $mb } ميغابايت)
    [few] ابحث في { $n } مناطق أخرى ({ $mb } ميغابايت)
    [many] ابحث في { $n } منطقة أخرى ({ $mb } ميغابايت)
   *[other] ابحث في { $n } منطقة أخرى ({ $mb } ميغابايت)
}
part-loading = جارٍ التحميل…
part-failed = تعذّر تحميل هذا الجزء من الصفحة. يُرجى التحقّق من اتصالك، ثم المحاولة مرة أخرى.
