# LearnLocal's interface in Simplified Chinese (zh).
# Machine translation, not yet reviewed by a native speaker: see locales/README.md.
#
# Terms used throughout: 筛选条件 (filter), 结果 (result), 条目 (entry),
# 列表 (list), 线下 / 线上 (in person / online), 场次 (session).
# The reader is addressed as 您. No space between Chinese characters and
# digits (as CLDR writes "3公里", "2027年"); a space before and after Latin words.

## How numbers are written (CLDR symbols)

-decimal-separator = .
-group-separator = ,
# The smallest number written with a group separator.
-group-from = 1000
# The ten digits, 0 to 9.
-digits = 0123456789

## The site

app-name = LearnLocal
tagline = 您身边的课程、图书馆和活动
finder-title = LearnLocal：在您附近找到学习机会
page-title = { $page } – { app-name }
finder-heading = 找课程、图书馆或活动
demonstration-notice = 示例数据：这些条目是编出来的，不是真的。
interface-language = 页面语言
skip-to-results = 跳到结果
skip-to-main = 跳到主要内容

## Loading and errors

loading = 正在加载课程和活动…
load-failed = 无法加载课程和活动列表。
load-failed-network = 无法连接到服务器。请检查网络连接，然后再试一次。
load-failed-http = 服务器无法发送列表（错误{ $status }）。请稍后再试。
load-failed-malformed = 列表已收到，但内容有误，所以无法显示。请告诉管理本网站的图书馆或中心。
details-label = 给网站管理人员的详细信息：
try-again = 再试一次
not-found = 找不到这个条目
not-found-hint = 它可能已从列表中删除。请返回结果，找找类似的内容。
records-left-out = { $n ->
   *[other] 列表中有{ $n }个条目有错误，没有显示。
}
catalogue-has-problems = 列表中有一些错误。我们显示了所有能读取的内容。
problems-summary = 出了什么问题（给维护列表的人员看）

## Search and results

search-label = 搜索课程、图书馆和活动
search-hint = 例如：电脑、英语、做饭
results-heading = 结果
results-count = { $n ->
    [0] 没有结果
   *[other] { $n }条结果
}
distances-from = 距离从 { $place } 算起。
data-as-of = 数据更新日期：{ $date }。
show-more = 再显示{ $n }条结果
no-results-heading = 没有同时符合所有条件的结果
no-results-because = 排除结果最多的筛选条件是“{ $what }”。
# A button: "3公里以内：多12条结果".
widen = { $what }：多{ $n }条结果
distance-and-walk = { $distance }，步行{ $minutes }分钟
next-session = 下一次：{ $when }
read-aloud = 朗读
read-aloud-named = 朗读：{ $title }
spoken = { $title }。{ $summary } 地点：{ $place }。

## Where

where-legend = 地点
use-my-location = 使用我的位置
locating = 正在查找您的位置…
location-denied = 您的浏览器没有提供您的位置。您可以改为输入一个地点。
location-unavailable = 找不到您的位置。您可以改为输入一个地点。
location-timeout = 查找您的位置用的时间太长了。请再试一次，或者输入一个地点。
location-insecure = 本页面没有使用安全连接，所以您的浏览器不会提供您的位置。请改为输入一个地点。
measuring-from-you = 距离从您所在的位置算起。您的位置只保存在这台设备上。
location-needed = 此链接要从您所在的位置计算距离：请点击“使用我的位置”，或者输入一个地点。
place-label = 在某个地点附近
place-hint = 一个地区或一栋建筑，例如 Blackpool
place-suggestions = 符合的地点
place-unknown = 没有叫这个名字的地区或建筑。
radius-label = 距离
radius-walk15 = 步行15分钟以内
radius-km1 = 1公里以内
radius-km3 = 3公里以内
radius-km5 = 5公里以内
radius-km10 = 10公里以内
radius-anywhere = 不限距离
include-online = 包括线上的

## Filters

filters-heading = 筛选条件
filters-button = { $n ->
    [0] 筛选条件
   *[other] 筛选条件（{ $n }）
}
close-filters = 关闭筛选条件
show-results = { $n ->
   *[other] 显示{ $n }条结果
}
filters-on = 已选的筛选条件
remove-filter = 删除筛选条件：{ $label }
field-value = { $label }：{ $value }
online-left-out = 不包括线上的
skills-legend = 技能
kinds-legend = 类型
access-legend = 无障碍需求
access-hint = 结果必须满足您勾选的每一项。
days-legend = 星期几
times-legend = 时间段
part-of-day-morning = 上午（12:00以前）
part-of-day-afternoon = 下午（12:00到17:00）
part-of-day-evening = 晚上（17:00起）
starts-legend = 开始时间
starts-any = 任何时候
starts-week = 本周
starts-month = 本月
open-now = 现在开放
cost-legend = 费用
free-only = 只看免费的
max-price = 我最多能付（{ $symbol }）
languages-legend = 语言
modes-legend = 线下还是线上
levels-legend = 水平
audiences-legend = 适合谁
age-label = 年龄
with-count = { $label }（{ $n }）
with-added = { $label }（+{ $n }）
with-added-spoken = { $n ->
   *[other] { $label }，增加{ $n }条结果
}
clear-all = 清除所有筛选条件
sort-label = 排序
sort-distance = 最近的在前
sort-soonest = 最早开始的在前
sort-relevance = 最符合的在前
sort-title = 按名称（A到Z）

## Filter names in a sentence: "The filter that leaves out the most is the distance."

filter-name-text = 搜索词
filter-name-distance = 距离
filter-name-online = 不包括线上的
filter-name-skill = 技能
filter-name-kind = 类型
filter-name-access = 无障碍需求
filter-name-day = 星期几
filter-name-time = 时间段
filter-name-starts = 开始时间
filter-name-open-now = 现在开放
filter-name-cost = 费用
filter-name-language = 语言
filter-name-mode = 线下还是线上
filter-name-level = 水平
filter-name-audience = 适合谁

## What a button that widens the search adds: "3公里以内：多12条结果".

widen-distance-walk15 = 步行15分钟以内
widen-distance-km1 = 1公里以内
widen-distance-km3 = 3公里以内
widen-distance-km5 = 5公里以内
widen-distance-km10 = 10公里以内
widen-distance-anywhere = 不限距离
widen-text = 不用搜索词
widen-online = 包括线上的
widen-skill = 不限技能
widen-kind = 不限类型
widen-access = 不限无障碍需求
widen-day = 不限星期几
widen-time = 不限时间段
widen-starts = 不限开始时间
widen-open-now = 不管现在是否开放
widen-cost = 不限价格
widen-language = 不限语言
widen-mode = 线下或线上都可以
widen-level = 不限水平
widen-audience = 适合所有人

## Kinds, levels, audiences, ways of taking part

kind-course = 课程
kind-library = 图书馆
kind-activity = 活动
level-none = 面向所有人，不需要经验
level-beginner = 初级
level-intermediate = 有一些经验
level-advanced = 高级
audience-everyone = 所有人
audience-adults = 成年人
audience-older-people = 老年人
audience-young-people = 青少年
audience-children = 儿童
audience-families = 家庭
audience-newcomers = 刚来这个国家的人
audience-jobseekers = 正在找工作的人
audience-carers = 照护者
mode-in-person = 线下
mode-online = 线上
mode-blended = 线下和线上
join-walk-in = 直接到场就行
join-phone = 打电话预约
join-email = 发电子邮件预约
join-web = 网上预约

## Access

access-step-free = 无台阶通道
access-accessible-toilet = 无障碍厕所
access-accessible-parking = 无障碍停车位
access-public-transport = 靠近公交车站或火车站
access-sign-language = 手语翻译
access-hearing-loop = 助听环路
access-childcare = 托儿服务
access-quiet = 安静、平和的场次
access-carer-free = 照护者或陪同的朋友免费
access-large-print = 大字版
access-easy-read = 易读版

## An entry's page

back-to-results = 返回结果
label-kind = 类型
label-skills = 技能
label-venue = 地点
label-distance = 距离
label-provider = 举办方
label-website = 更多信息
label-about = 简介
label-level = 水平
label-audience = 适合
label-age = 年龄
label-languages = 语言
label-mode = 线下还是线上
label-when = 时间
label-next-sessions = 接下来的场次
label-cost = 费用
label-session-access = 活动现场的帮助
label-venue-access = 建筑的无障碍设施
label-opening-hours = 开放时间
label-how-to-join = 怎样参加
label-phone = 电话
label-email = 电子邮件
label-booking-page = 网上预约
label-verified = 最近核实
label-source = 来源
# "距 Blackpool 850米".
distance-from-place = 距 { $place } { $distance }
online-only = 线上
schedule-ask = 请向主办方询问时间。
no-upcoming-sessions = 没有列出接下来的场次。
cost-unknown = 请向主办方询问费用。
free = 免费
# The symbol comes first: "€40.00" (CLDR: ¤#,##0.00).
price = { $currency ->
    [EUR] €{ $amount }
    [GBP] £{ $amount }
    [USD] US${ $amount }
   *[other] { $currency }{"\u00A0"}{ $amount }
}
price-for = { $price }（{ $label }）
currency-symbol = { $currency ->
    [EUR] €
    [GBP] £
    [USD] US$
   *[other] { $currency }
}
age-from-to = { $min }至{ $max }岁
age-from = { $min }岁及以上
age-to = { $max }岁及以下
age-any = 不限年龄
directions = 路线
open-in-maps = 在地图应用中打开
open-street-map = OpenStreetMap
actions-heading = 保存和分享
add-series-to-calendar = 把所有场次加入我的日历
add-next-to-calendar = 把下一场加入我的日历
calendar-file-name = 日历
share = 分享
link-copied = 链接已复制。把它粘贴到消息里就能分享。
share-failed = 分享没有成功。请从地址栏复制网址。
report-problem = 报告这个条目的问题
report-subject = “{ $title }”有问题
report-body =
    条目：{ $title }
    编号：{ $id }
    页面：{ $url }

    哪里有问题：

## Dates and times

# "2027年1月12日周二" (CLDR: y年M月d日E). $month is month-short-… ("1月").
date = { $year }年{ $month }{ $day }日{ $weekday }
time = { $hour }:{ $minute }
time-range = { $start }–{ $end }
date-and-times = { $date } { $times }
weekday-short-mon = 周一
weekday-short-tue = 周二
weekday-short-wed = 周三
weekday-short-thu = 周四
weekday-short-fri = 周五
weekday-short-sat = 周六
weekday-short-sun = 周日
month-short-1 = 1月
month-short-2 = 2月
month-short-3 = 3月
month-short-4 = 4月
month-short-5 = 5月
month-short-6 = 6月
month-short-7 = 7月
month-short-8 = 8月
month-short-9 = 9月
month-short-10 = 10月
month-short-11 = 11月
month-short-12 = 12月
weekday-mon = 星期一
weekday-tue = 星期二
weekday-wed = 星期三
weekday-thu = 星期四
weekday-fri = 星期五
weekday-sat = 星期六
weekday-sun = 星期日
# Chinese has no plural: the same names as above ("星期一和星期三，18:30–20:00").
weekdays-mon = 星期一
weekdays-tue = 星期二
weekdays-wed = 星期三
weekdays-thu = 星期四
weekdays-fri = 星期五
weekdays-sat = 星期六
weekdays-sun = 星期日
weekly-slot = { $days }，{ $times }
every-n-weeks = { $n ->
    [1] 每周都有
   *[other] 每{ $n }周一次
}
every-n-months = { $n ->
    [1] 每月都有
   *[other] 每{ $n }个月一次
}
# One day: "第一个和第三个星期四". Several days: "最后一天" ("每月工作日中的最后一天").
monthly-nth = { $n ->
    [1] { $weekday ->
        [several] 第一天
       *[other] 第一个
    }
    [2] { $weekday ->
        [several] 第二天
       *[other] 第二个
    }
    [3] { $weekday ->
        [several] 第三天
       *[other] 第三个
    }
    [4] { $weekday ->
        [several] 第四天
       *[other] 第四个
    }
    [5] { $weekday ->
        [several] 第五天
       *[other] 第五个
    }
    [-1] { $weekday ->
        [several] 最后一天
       *[other] 最后一个
    }
    [-2] { $weekday ->
        [several] 倒数第二天
       *[other] 倒数第二个
    }
    [-3] { $weekday ->
        [several] 倒数第三天
       *[other] 倒数第三个
    }
    [-4] { $weekday ->
        [several] 倒数第四天
       *[other] 倒数第四个
    }
    [-5] { $weekday ->
        [several] 倒数第五天
       *[other] 倒数第五个
    }
   *[other] { $weekday ->
        [several] 第{ $n }天
       *[other] 第{ $n }个
    }
}
# "每月第一个和第三个星期四，10:00–11:30".
monthly-slot-day = 每月{ $which }{ $day }，{ $times }
monthly-slot-weekdays = 每月工作日中的{ $which }，{ $times }
monthly-slot-days = 每月{ $days }中的{ $which }，{ $times }
date-range-from-to = 从{ $start }到{ $end }
date-range-from = 从{ $start }开始
date-range-to = 到{ $end }为止
except-dates = { $dates }除外

## Lists: "a, b and c" (CLDR: "a、b和c")

list-pair = { $first }和{ $second }
list-middle = { $first }、{ $second }
list-end = { $first }和{ $second }

## Distances

distance-metres = { $n }米
distance-km = { $n }公里

## Language names (the languages entries are given in)

language-name = { $code ->
    [en] 英语
    [ga] 爱尔兰语
    [pl] 波兰语
    [uk] 乌克兰语
    [ar] 阿拉伯语
    [fr] 法语
    [es] 西班牙语
    [pt] 葡萄牙语
    [zh] 中文
    [ro] 罗马尼亚语
    [de] 德语
    [it] 意大利语
    [lt] 立陶宛语
    [lv] 拉脱维亚语
    [ru] 俄语
    [so] 索马里语
    [ur] 乌尔都语
    [hi] 印地语
    [bn] 孟加拉语
    [tr] 土耳其语
    [fa] 波斯语
    [sq] 阿尔巴尼亚语
    [cy] 威尔士语
    [gd] 苏格兰盖尔语
   *[other] { $upper }
}
## Shortlist, notes, compare, hand-off link and print (issue 9)

shortlist-save = 收藏
shortlist-saved = 已收藏
shortlist-save-named = 收藏：{ $title }
shortlist-saved-named = 已收藏：{ $title }
shortlist-link = 收藏清单（{ $n }）
shortlist-count = { $n }
shortlist-title = 你的收藏清单
shortlist-intro = 只保存在这台设备上，不需要账号。
shortlist-empty = 还没有收藏任何内容。
shortlist-empty-hint = 在结果或详情页上按“收藏”，就能把它连同备注保存在这里。
shortlist-find = 去找要收藏的内容
shortlist-gone = 已不在列表中
shortlist-note = 你的备注
shortlist-note-named = 你的备注：{ $title }
shortlist-note-hint = 边输入边保存。最多100个字。
shortlist-remove = 删除
shortlist-remove-named = 删除：{ $title }
shortlist-pick = 比较
shortlist-pick-named = 比较：{ $title }
shortlist-compare = 比较（{ $n }）
shortlist-compare-hint = 勾选二到四项，把它们并排比较。
shortlist-share = 分享这份清单
shortlist-share-hint = 这个链接包含清单和你的备注。任何拿到链接的人都能看到。不会发送任何内容给我们。
shortlist-link-label = 这份清单的链接
shortlist-copy = 复制链接
shortlist-copied = 链接已复制。
shortlist-copy-failed = 无法复制。请选中链接后复制。
shortlist-qr = 这份清单链接的二维码
shortlist-qr-too-long = 这份清单太长，无法生成二维码。请改为分享链接，或把备注写短一些。
shortlist-print = 打印
shared-title = 别人与你分享的清单
shared-intro = 你可以在这里查看。保存后就能留着它并修改备注。
shared-note = 备注
shared-save = 保存到这台设备
shared-save-hint = { $n ->
    [0] 保存后，这些内容会放进这台设备的收藏清单。
   *[other] 保存后，这些内容会加进这台设备的收藏清单，原有内容保留。两边都有的同一项，保留链接里的备注。
}
shared-left-out = { $n ->
   *[other] 这个链接中有{ $n }部分无法读取，已略去。
}
shortlist-full = 你的清单已满：最多可存{ $max }项。请先删除一项，再保存新的。
shared-notes-cut = { $n ->
   *[other] 有{ $n }条备注超过{ $max }个字，已被截短。
}
shared-no-room = { $n ->
   *[other] 其中有{ $n }项放不下：这台设备上的清单最多存{ $max }项。请先从中删除一些，才能全部保存。
}
shared-empty = 这个链接里没有清单。
compare-title = 比较
compare-too-few = 请选择二到四项已收藏的内容进行比较。
compare-back = 返回你的收藏清单
compare-access = 无障碍
compare-table = 并排比较

## QR codes and kiosk mode (issue 9)
qr-show = 显示二维码以便扫描
qr-page-label = 本页链接的二维码
qr-scan-hint = 用手机摄像头对准二维码，即可打开本页。
## Map (issue 9): the list / map switch, the map and its controls

view-label = 结果显示方式
view-list = 列表
view-map = 地图
map-label = 结果地图
map-help = 拖动地图或使用方向键移动地图。使用 + 和 − 缩放。
map-zoom-in = 放大
map-zoom-out = 缩小
map-search-here = 搜索此区域
map-places = { $n ->
   *[other] { $n }个地点
}
map-venue = { $name }，{ $results }
map-cluster = { $places }，{ $results }。放大查看。
map-online = { $n ->
   *[other] 有{ $n }条在线结果不在地图上。
}
map-choose = 在地图上选择一个地点，查看那里的活动。
map-centre = 地图中心
map-centre-near = 地图中心，靠近{ $place }

kiosk-controls = 自助终端控制
kiosk-back = 返回
kiosk-start-again = 重新开始
kiosk-idle-title = 您还在吗？
kiosk-idle-countdown = { $n ->
   *[other] { $n } 秒后，此屏幕将重新开始，并清除您的所有操作。
}
kiosk-still-here = 我还在
kiosk-take-it-with-you = 随身带走
kiosk-near-here = 本终端附近
kiosk-scan-label = 可扫描的二维码：{ $link }
kiosk-scan-list = 用手机扫描二维码，即可带走这份清单和您的备注。

## Coordinators' page (issue 13)
footer-coordinators = 协调员专用：哪里缺少学习机会
coord-title = 哪里缺少学习机会
coord-intro = 供规划本地学习的人使用：目录在城市各区附近列出了什么，以及哪里什么都没有。
coord-back = 返回搜索
coord-settings = 选择统计内容
coord-walk-label = 从各区中心步行
coord-walk = { $n ->
    [0] 不步行：只算区内的地点
   *[other] { $n }分钟
}
coord-by-label = 按以下方式显示数字
coord-by-skill = 技能
coord-by-access = 无障碍
coord-by-time = 时段
coord-by-cost = 费用
coord-by-language = 语言
coord-time-daytime = 工作日白天
coord-time-evening = 晚上
coord-time-weekend = 周末
coord-time-not-given = 未给出时间
coord-cost-free = 免费
coord-cost-paid = 收费
coord-cost-unknown = 未给出费用
coord-matter-legend = 重要的缺口
coord-matter-hint = 不勾选任何项即列出所有缺口。
coord-need-step-free = 无台阶
coord-need-evening = 晚上
coord-need-free = 免费
coord-reach = { $walk ->
    [0] 在区内
   *[other] 步行{ $walk }分钟内
}
coord-caption = 各区{ $reach }的课程和活动
coord-col-area = 区域
coord-col-residents = 居民
coord-col-total = 全部
coord-col-rate = 每千名居民
coord-not-known = 未知
coord-about = 约{ $n }
coord-per-thousand = 每千人{ $rate }
coord-per-thousand-about = 每千人约{ $rate }
coord-online-row = 线上，人人可参加
coord-gaps-heading = 缺口，从大到小
coord-gaps-count = { $n ->
    [0] 没有缺口：每个区附近都有重要的内容。
   *[other] { $n }个缺口。居民最多的区排在前面。
}
coord-gap-nothing = { $place }：{ $reach }什么都没有。
coord-gap-step-free = { $place }：{ $reach }没有无台阶的项目。
coord-gap-evening = { $place }：{ $reach }没有晚上的项目。
coord-gap-free = { $place }：{ $reach }没有免费的项目。
coord-gap-skill = { $place }：{ $reach }没有{ $skill }的项目。
coord-counts-heading = 这些数字统计什么
coord-counts-what = 统计目录中符合您的选择且尚未结束的课程和活动。
coord-counts-where = 如果项目的地点在区内，或离区中心近到可以步行到达，它就算作该区的项目。
coord-counts-twice = 一个项目可以算入多个区，也会按它的每项技能、时段和语言分别计算。
coord-online = { $n ->
   *[other] { $n }个线上项目人人可参加。它们单独列出，不填补任何缺口。
}
coord-not-counted-heading = 不统计的内容
coord-ended = { $n ->
   *[other] { $n }个项目已经结束。
}
coord-beyond = { $n ->
   *[other] { $n }个项目离所有区都太远。
}
coord-not-listed = 目录里没有的内容。目录的完整程度取决于维护它的人。
coord-verified = 最近核实：最早{ $oldest }，中间{ $middle }，最新{ $newest }。
coord-verified-none = 没有项目说明上次核实的时间。
coord-undated = { $n ->
   *[other] { $n }个项目没有说明上次核实的时间。
}
coord-estimates = 带“约”的数字来自对居住人数的估计。
coord-download = 下载数字（CSV）
coord-print = 打印供开会用
coord-map-heading = 地图
coord-map-label = 各区可到达范围内内容的地图
coord-legend = 图例
coord-legend-none = 无
coord-legend-range = { $from }到{ $to }
coord-legend-one = { $n }

## A sharded catalogue (issue 11).
results-loading = { $n ->
    [0] 仍在查找：已加载 { $loaded }/{ $total } 个区域。
   *[other] 至少{ $n }条结果。仍在查找：已加载 { $loaded }/{ $total } 个区域。
}
results-partial = { $n ->
    [0] 暂无结果：部分区域无法加载。
   *[other] 至少{ $n }条结果：部分区域无法加载。
}
areas-retry = 重试
looking-for = 正在查找：已搜索 { $loaded }/{ $total } 个区域。
counts-partial = 这些数字目前只算了{ $total }个地区中的{ $loaded }个，之后可能会增加。
results-held = { $n ->
    [0] 附近暂无结果。
   *[other] 附近至少有{ $n }条结果。
}
areas-load-all = 在另外{ $n }个区域中查找（{ $mb } MB）
part-loading = 正在加载…
part-failed = 无法加载页面的这一部分。请检查网络连接，然后重试。
