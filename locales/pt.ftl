# LearnLocal's interface in Portuguese (pt).
# Machine translation, not yet reviewed by a native speaker: see locales/README.md.
#
# Brazilian Portuguese (CLDR "pt"). Plain words, "você" register.
# Terms used throughout: filtro, resultado, item (an entry), lista, encontro
# (a session), habilidade (a skill).

## How numbers are written (CLDR symbols)

-decimal-separator = ,
-group-separator = .
-group-from = 1000
-digits = 0123456789

## The site

app-name = LearnLocal
tagline = Cursos, bibliotecas e atividades perto de você
finder-title = LearnLocal: encontre onde aprender perto de você
page-title = { $page } – { app-name }
finder-heading = Encontre um curso, uma biblioteca ou uma atividade
demonstration-notice = Dados de exemplo: estes itens são inventados, não são reais.
interface-language = Idioma desta página
skip-to-results = Pular para os resultados
skip-to-main = Pular para o conteúdo principal

## Loading and errors

loading = Carregando cursos e atividades…
load-failed = Não conseguimos carregar a lista de cursos e atividades.
load-failed-network = Não conseguimos falar com o servidor. Verifique sua conexão e tente de novo.
load-failed-http = O servidor não conseguiu enviar a lista (erro { $status }). Tente de novo daqui a pouco.
load-failed-malformed = A lista chegou, mas está com defeito, e por isso não conseguimos mostrá-la. Por favor, avise a biblioteca ou o centro que cuida deste site.
details-label = Detalhes para quem cuida deste site:
try-again = Tentar de novo
not-found = Não encontramos esse item
not-found-hint = Talvez ele tenha saído da lista. Volte aos resultados para achar algo parecido.
records-left-out = { $n ->
    [one] { $n } item da lista tem erros e não aparece.
   *[other] { $n } itens da lista têm erros e não aparecem.
}
catalogue-has-problems = A lista tem alguns erros. Mostramos tudo o que conseguimos ler.
problems-summary = O que está errado (para quem cuida da lista)

## Search and results

search-label = Buscar cursos, bibliotecas e atividades
search-hint = Por exemplo: informática, inglês, culinária
results-heading = Resultados
results-count = { $n ->
    [0] Nenhum resultado
    [one] { $n } resultado
   *[other] { $n } resultados
}
distances-from = Distâncias a partir de { $place }.
data-as-of = Dados atualizados em { $date }.
show-more = Mostrar mais { $n }
no-results-heading = Nada combina com tudo isso
no-results-because = O filtro que mais deixa coisas de fora é { $what }.
widen = Mais { $n } { $what }
distance-and-walk = { $distance }, { $minutes } min a pé
next-session = Próximo encontro: { $when }
read-aloud = Ler em voz alta
read-aloud-named = Ler em voz alta: { $title }
spoken = { $title }. { $summary } Onde: { $place }.

## Where

where-legend = Onde
use-my-location = Usar minha localização
locating = Procurando onde você está…
location-denied = Seu navegador não compartilhou onde você está. Você pode digitar um lugar.
location-unavailable = Não conseguimos descobrir onde você está. Você pode digitar um lugar.
location-timeout = Demorou demais para descobrir onde você está. Tente de novo ou digite um lugar.
location-insecure = Esta página não usa uma conexão segura, por isso seu navegador não vai compartilhar onde você está. Digite um lugar.
measuring-from-you = As distâncias são medidas a partir de onde você está. Sua localização fica só neste aparelho.
location-needed = Este link mede as distâncias a partir de onde você está: toque em “Usar minha localização” ou digite um lugar.
place-label = Perto de um lugar
place-hint = Uma região ou um prédio, por exemplo Blackpool
place-suggestions = Lugares encontrados
place-unknown = Nenhuma região ou prédio tem esse nome.
radius-label = Distância
radius-walk15 = Até 15 minutos a pé
radius-km1 = Até 1 km
radius-km3 = Até 3 km
radius-km5 = Até 5 km
radius-km10 = Até 10 km
radius-anywhere = Qualquer distância
include-online = Incluir online

## Filters

filters-heading = Filtros
filters-button = { $n ->
    [0] Filtros
   *[other] Filtros ({ $n })
}
close-filters = Fechar filtros
show-results = { $n ->
    [0] Mostrar 0 resultados
    [one] Mostrar { $n } resultado
   *[other] Mostrar { $n } resultados
}
filters-on = Filtros ativos
remove-filter = Remover filtro: { $label }
field-value = { $label }: { $value }
online-left-out = Sem opções online
skills-legend = Habilidades
kinds-legend = Tipo
access-legend = Acessibilidade
access-hint = Os resultados precisam ter tudo o que você marcar.
days-legend = Dias
times-legend = Período do dia
part-of-day-morning = Manhã (antes das 12:00)
part-of-day-afternoon = Tarde (das 12:00 às 17:00)
part-of-day-evening = Noite (a partir das 17:00)
starts-legend = Começa
starts-any = Qualquer data
starts-week = Esta semana
starts-month = Este mês
open-now = Aberto agora
cost-legend = Preço
free-only = Só grátis
max-price = O máximo que posso pagar ({ $symbol })
languages-legend = Idioma
modes-legend = Presencial ou online
levels-legend = Nível
audiences-legend = Para quem é
age-label = Idade
with-count = { $label } ({ $n })
with-added = { $label } (+{ $n })
with-added-spoken = { $n ->
    [0] { $label }, mais 0 resultados
    [one] { $label }, mais { $n } resultado
   *[other] { $label }, mais { $n } resultados
}
clear-all = Limpar todos os filtros
sort-label = Ordem
sort-distance = Mais perto primeiro
sort-soonest = Mais cedo primeiro
sort-relevance = Melhores resultados primeiro
sort-title = De A a Z

## Filter names in a sentence: "O filtro que mais deixa coisas de fora é a distância."

filter-name-text = as palavras da busca
filter-name-distance = a distância
filter-name-online = deixar de fora as opções online
filter-name-skill = a habilidade
filter-name-kind = o tipo
filter-name-access = a acessibilidade
filter-name-day = o dia
filter-name-time = o período do dia
filter-name-starts = a data de início
filter-name-open-now = “aberto agora”
filter-name-cost = o preço
filter-name-language = o idioma
filter-name-mode = a forma de participar (presencial ou online)
filter-name-level = o nível
filter-name-audience = o público

## What a button that widens the search adds: "Mais 12 num raio de 3 km".

widen-distance-walk15 = a no máximo 15 minutos a pé
widen-distance-km1 = num raio de 1 km
widen-distance-km3 = num raio de 3 km
widen-distance-km5 = num raio de 5 km
widen-distance-km10 = num raio de 10 km
widen-distance-anywhere = a qualquer distância
widen-text = sem as palavras da busca
widen-online = contando os online
widen-skill = de qualquer habilidade
widen-kind = de qualquer tipo
widen-access = sem as opções de acessibilidade
widen-day = em qualquer dia
widen-time = em qualquer período do dia
widen-starts = com qualquer data de início
widen-open-now = abertos ou não
widen-cost = por qualquer preço
widen-language = em qualquer idioma
widen-mode = presenciais ou online
widen-level = de qualquer nível
widen-audience = para qualquer pessoa

## Kinds, levels, audiences, ways of taking part

kind-course = Curso
kind-library = Biblioteca
kind-activity = Atividade
level-none = Para todos, não precisa de experiência
level-beginner = Iniciante
level-intermediate = Com alguma experiência
level-advanced = Avançado
audience-everyone = Todos
audience-adults = Adultos
audience-older-people = Pessoas idosas
audience-young-people = Jovens
audience-children = Crianças
audience-families = Famílias
audience-newcomers = Pessoas recém-chegadas ao país
audience-jobseekers = Pessoas procurando trabalho
audience-carers = Cuidadores
mode-in-person = Presencial
mode-online = Online
mode-blended = Presencial e online
join-walk-in = É só chegar
join-phone = Inscrição por telefone
join-email = Inscrição por e-mail
join-web = Inscrição online

## Access

access-step-free = Acesso sem degraus
access-accessible-toilet = Banheiro acessível
access-accessible-parking = Estacionamento acessível
access-public-transport = Perto de ônibus ou trem
access-sign-language = Intérprete de língua de sinais
access-hearing-loop = Aro magnético para aparelho auditivo
access-childcare = Creche ou alguém para cuidar das crianças
access-quiet = Encontro calmo e tranquilo
access-carer-free = Acompanhante não paga
access-large-print = Letras grandes
access-easy-read = Leitura fácil

## An entry's page

back-to-results = Voltar aos resultados
label-kind = Tipo
label-skills = Habilidades
label-venue = Onde
label-distance = Distância
label-provider = Quem organiza
label-website = Mais informações
label-about = Sobre
label-level = Nível
label-audience = Para
label-age = Idade
label-languages = Idioma
label-mode = Presencial ou online
label-when = Quando
label-next-sessions = Próximos encontros
label-cost = Preço
label-session-access = Ajuda no encontro
label-venue-access = Acessibilidade no prédio
label-opening-hours = Horário de funcionamento
label-how-to-join = Como participar
label-phone = Telefone
label-email = E-mail
label-booking-page = Inscrição online
label-verified = Verificado pela última vez
label-source = Fonte
distance-from-place = { $distance } de { $place }
online-only = Online
schedule-ask = Pergunte os horários aos organizadores.
no-upcoming-sessions = Não há próximos encontros na lista.
cost-unknown = Pergunte o preço aos organizadores.
free = Grátis
# CLDR pt: the symbol first, then a non-breaking space: "€ 40,00".
price = { $currency ->
    [EUR] €{"\u00A0"}{ $amount }
    [GBP] £{"\u00A0"}{ $amount }
    [USD] US${"\u00A0"}{ $amount }
   *[other] { $currency }{"\u00A0"}{ $amount }
}
price-for = { $price } ({ $label })
currency-symbol = { $currency ->
    [EUR] €
    [GBP] £
    [USD] US$
   *[other] { $currency }
}
age-from-to = { $min } a { $max } anos
age-from = { $min } anos ou mais
age-to = Até { $max } anos
age-any = Qualquer idade
directions = Como chegar
open-in-maps = Abrir num app de mapas
open-street-map = OpenStreetMap
actions-heading = Guardar e compartilhar
add-series-to-calendar = Adicionar todos os encontros à minha agenda
add-next-to-calendar = Adicionar o próximo encontro à minha agenda
calendar-file-name = agenda
share = Compartilhar
link-copied = Link copiado. Cole numa mensagem para compartilhar.
share-failed = Não deu para compartilhar. Copie o endereço da barra de endereços.
report-problem = Avisar sobre um problema neste item
report-subject = Problema com “{ $title }”
report-body =
    Item: { $title }
    Id: { $id }
    Página: { $url }

    O que está errado:

## Dates and times

# CLDR pt: "ter., 12 de jan. de 2027".
date = { $weekday }, { $day } de { $month } de { $year }
time = { $hour }:{ $minute }
time-range = { $start }–{ $end }
date-and-times = { $date }, { $times }
weekday-short-mon = seg.
weekday-short-tue = ter.
weekday-short-wed = qua.
weekday-short-thu = qui.
weekday-short-fri = sex.
weekday-short-sat = sáb.
weekday-short-sun = dom.
month-short-1 = jan.
month-short-2 = fev.
month-short-3 = mar.
month-short-4 = abr.
month-short-5 = mai.
month-short-6 = jun.
month-short-7 = jul.
month-short-8 = ago.
month-short-9 = set.
month-short-10 = out.
month-short-11 = nov.
month-short-12 = dez.
# Lower case, as Portuguese writes them: they are also used inside sentences.
weekday-mon = segunda-feira
weekday-tue = terça-feira
weekday-wed = quarta-feira
weekday-thu = quinta-feira
weekday-fri = sexta-feira
weekday-sat = sábado
weekday-sun = domingo
# With the article: "às segundas-feiras e aos sábados, 18:30–20:00".
weekdays-mon = às segundas-feiras
weekdays-tue = às terças-feiras
weekdays-wed = às quartas-feiras
weekdays-thu = às quintas-feiras
weekdays-fri = às sextas-feiras
weekdays-sat = aos sábados
weekdays-sun = aos domingos
weekly-slot = { $days }, { $times }
every-n-weeks = { $n ->
    [one] toda semana
   *[other] a cada { $n } semanas
}
every-n-months = { $n ->
    [one] todo mês
   *[other] a cada { $n } meses
}
# The ordinal agrees with the day: "primeira segunda-feira", "primeiro sábado";
# with several days it agrees with "dia" ("último dia útil").
monthly-nth = { $n ->
    [1] { $weekday ->
        [mon] primeira
        [tue] primeira
        [wed] primeira
        [thu] primeira
        [fri] primeira
       *[several] primeiro
    }
    [2] { $weekday ->
        [mon] segunda
        [tue] segunda
        [wed] segunda
        [thu] segunda
        [fri] segunda
       *[several] segundo
    }
    [3] { $weekday ->
        [mon] terceira
        [tue] terceira
        [wed] terceira
        [thu] terceira
        [fri] terceira
       *[several] terceiro
    }
    [4] { $weekday ->
        [mon] quarta
        [tue] quarta
        [wed] quarta
        [thu] quarta
        [fri] quarta
       *[several] quarto
    }
    [5] { $weekday ->
        [mon] quinta
        [tue] quinta
        [wed] quinta
        [thu] quinta
        [fri] quinta
       *[several] quinto
    }
    [-1] { $weekday ->
        [mon] última
        [tue] última
        [wed] última
        [thu] última
        [fri] última
       *[several] último
    }
    [-2] { $weekday ->
        [mon] penúltima
        [tue] penúltima
        [wed] penúltima
        [thu] penúltima
        [fri] penúltima
       *[several] penúltimo
    }
   *[other] número { $n }
}
# "Primeira e terceira quinta-feira do mês, 10:00–11:30".
monthly-slot-day = { $which } { $day } do mês, { $times }
monthly-slot-weekdays = { $which } dia útil do mês, { $times }
monthly-slot-days = { $which } dia do mês que cai { $days }, { $times }
date-range-from-to = De { $start } a { $end }
date-range-from = A partir de { $start }
date-range-to = Até { $end }
except-dates = Exceto { $dates }

## Lists: "a, b e c"

list-pair = { $first } e { $second }
list-middle = { $first }, { $second }
list-end = { $first } e { $second }

## Distances

distance-metres = { $n } m
distance-km = { $n } km

## Language names (the languages entries are given in)

language-name = { $code ->
    [en] Inglês
    [ga] Irlandês
    [pl] Polonês
    [uk] Ucraniano
    [ar] Árabe
    [fr] Francês
    [es] Espanhol
    [pt] Português
    [zh] Chinês
    [ro] Romeno
    [de] Alemão
    [it] Italiano
    [lt] Lituano
    [lv] Letão
    [ru] Russo
    [so] Somali
    [ur] Urdu
    [hi] Hindi
    [bn] Bengali
    [tr] Turco
    [fa] Persa
    [sq] Albanês
    [cy] Galês
    [gd] Gaélico escocês
   *[other] { $upper }
}
## Shortlist, notes, compare, hand-off link and print (issue 9)

shortlist-save = Salvar
shortlist-saved = Salvo
shortlist-save-named = Salvar: { $title }
shortlist-saved-named = Salvo: { $title }
shortlist-link = Minha lista ({ $n })
shortlist-count = { $n }
shortlist-title = Sua lista
shortlist-intro = Guardada só neste aparelho. Não precisa de conta.
shortlist-empty = Nada salvo ainda.
shortlist-empty-hint = Toque em "Salvar" num resultado ou na página dele para guardá-lo aqui, com uma nota.
shortlist-find = Encontrar algo para salvar
shortlist-gone = Não está mais listado
shortlist-note = Sua nota
shortlist-note-named = Sua nota: { $title }
shortlist-note-hint = Salva enquanto você digita. Até 100 letras.
shortlist-remove = Remover
shortlist-remove-named = Remover: { $title }
shortlist-pick = Comparar
shortlist-pick-named = Comparar: { $title }
shortlist-compare = Comparar ({ $n })
shortlist-compare-hint = Marque de dois a quatro para compará-los lado a lado.
shortlist-share = Compartilhar esta lista
shortlist-share-hint = Este link leva a lista e suas notas. Qualquer pessoa com o link pode lê-las. Nada é enviado para nós.
shortlist-link-label = Link para esta lista
shortlist-copy = Copiar link
shortlist-copied = Link copiado.
shortlist-copy-failed = Não deu para copiar. Selecione o link e copie.
shortlist-qr = Código QR do link para esta lista
shortlist-qr-too-long = Esta lista é longa demais para um código QR. Compartilhe o link em vez disso, ou encurte as notas.
shortlist-print = Imprimir
shared-title = Uma lista compartilhada com você
shared-intro = Você pode lê-la aqui. Salve-a para guardá-la e mudar as notas.
shared-note = Nota
shared-save = Salvar neste aparelho
shared-save-hint = { $n ->
    [0] Salvar coloca estes itens na lista deste aparelho.
   *[other] Salvar junta estes itens à lista deste aparelho. O que já está nela fica. Quando o mesmo item está nas duas, fica a nota do link.
}
shared-left-out = { $n ->
    [one] Uma parte deste link não pôde ser lida e ficou de fora.
   *[other] { $n } partes deste link não puderam ser lidas e ficaram de fora.
}
shortlist-full = A sua lista está cheia: cabem { $max }. Retire um para guardar outro.
shared-notes-cut = { $n ->
    [one] Uma nota tinha mais de { $max } letras e foi encurtada.
   *[other] { $n } notas tinham mais de { $max } letras e foram encurtadas.
}
shared-no-room = { $n ->
    [one] Um destes não vai caber: a lista deste dispositivo tem no máximo { $max }. Retire um dela primeiro para guardar todos.
   *[other] { $n } destes não vão caber: a lista deste dispositivo tem no máximo { $max }. Retire alguns dela primeiro para guardar todos.
}
shared-empty = Este link não tem nenhuma lista.
compare-title = Comparar
compare-too-few = Escolha de dois a quatro itens salvos para compará-los.
compare-back = Voltar para sua lista
compare-access = Acessibilidade
compare-table = Lado a lado

## QR codes and kiosk mode (issue 9)
qr-show = Mostrar um código QR para escanear
qr-page-label = Código QR do link para esta página
qr-scan-hint = Aponte a câmera do celular para o código para abrir esta página.
## Map (issue 9): the list / map switch, the map and its controls

view-label = Mostrar resultados como
view-list = Lista
view-map = Mapa
map-label = Mapa dos resultados
map-help = Arraste o mapa ou use as setas do teclado para o mover. Use + e − para aproximar ou afastar.
map-zoom-in = Aproximar
map-zoom-out = Afastar
map-search-here = Pesquisar nesta área
map-places = { $n ->
    [one] { $n } local
   *[other] { $n } locais
}
map-venue = { $name }, { $results }
map-cluster = { $places }, { $results }. Aproximar.
map-online = { $n ->
    [one] { $n } resultado online não está no mapa.
   *[other] { $n } resultados online não estão no mapa.
}
map-choose = Escolha um local no mapa para ver o que lá acontece.
map-centre = Centro do mapa
map-centre-near = Centro do mapa, perto de { $place }

kiosk-controls = Controles do quiosque
kiosk-back = Voltar
kiosk-start-again = Começar de novo
kiosk-idle-title = Você ainda está aí?
kiosk-idle-countdown = { $n ->
    [one] Em { $n } segundo, esta tela recomeça e apaga o que você fez.
   *[other] Em { $n } segundos, esta tela recomeça e apaga o que você fez.
}
kiosk-still-here = Ainda estou aqui
kiosk-take-it-with-you = Leve com você
kiosk-near-here = Perto deste quiosque
kiosk-scan-label = Código QR para escanear: { $link }
kiosk-scan-list = Escaneie o código com o celular para levar esta lista e suas anotações com você.

## Coordinators' page (issue 13)
footer-coordinators = Para coordenadores: onde falta aprendizagem
coord-title = Onde falta aprendizagem
coord-intro = Para quem planeia a aprendizagem na zona: o que o catálogo lista perto de cada parte da cidade e onde não lista nada.
coord-back = Voltar à pesquisa
coord-settings = Escolha o que contar
coord-walk-label = A pé desde o centro de cada zona
coord-walk = { $n ->
    [0] Sem caminhada: só locais na zona
    [one] { $n } minuto
   *[other] { $n } minutos
}
coord-by-label = Mostrar os números por
coord-by-skill = Competência
coord-by-access = Acessibilidade
coord-by-time = Hora do dia
coord-by-cost = Custo
coord-by-language = Língua
coord-time-daytime = Dias úteis, de dia
coord-time-evening = Noite
coord-time-weekend = Fim de semana
coord-time-not-given = Sem horário indicado
coord-cost-free = Gratuito
coord-cost-paid = Pago
coord-cost-unknown = Custo não indicado
coord-matter-legend = Lacunas que importam
coord-matter-hint = Não marque nada para ver todas as lacunas.
coord-need-step-free = Sem degraus
coord-need-evening = À noite
coord-need-free = Gratuito
coord-reach = { $walk ->
    [0] na zona
   *[other] a { $walk } min a pé
}
coord-caption = Cursos e atividades { $reach }, por zona
coord-col-area = Zona
coord-col-residents = Pessoas
coord-col-total = Todos
coord-col-rate = Por 1000 pessoas
coord-not-known = Desconhecido
coord-about = cerca de { $n }
coord-per-thousand = { $rate } por 1000
coord-per-thousand-about = cerca de { $rate } por 1000
coord-online-row = Online, para todos
coord-gaps-heading = Lacunas, das maiores para as menores
coord-gaps-count = { $n ->
    [0] Sem lacunas: todas as zonas têm perto o que importa.
    [one] { $n } lacuna. Primeiro as zonas com mais pessoas.
   *[other] { $n } lacunas. Primeiro as zonas com mais pessoas.
}
coord-gap-nothing = { $place }: nada { $reach }.
coord-gap-step-free = { $place }: nada sem degraus { $reach }.
coord-gap-evening = { $place }: nada à noite { $reach }.
coord-gap-free = { $place }: nada gratuito { $reach }.
coord-gap-skill = { $place }: nada de { $skill } { $reach }.
coord-counts-heading = O que os números contam
coord-counts-what = Contam os cursos e atividades do catálogo que correspondem às suas escolhas e ainda não terminaram.
coord-counts-where = Um item conta para uma zona quando o seu local fica na zona, ou perto o suficiente para ir a pé desde o centro dela.
coord-counts-twice = Um item pode contar para muitas zonas, e em cada uma das suas competências, horas e línguas.
coord-online = { $n ->
    [one] { $n } item online é para todos. Aparece à parte e não preenche nenhuma lacuna.
   *[other] { $n } itens online são para todos. Aparecem à parte e não preenchem nenhuma lacuna.
}
coord-not-counted-heading = O que deixam de fora
coord-ended = { $n ->
    [one] { $n } item já terminou.
   *[other] { $n } itens já terminaram.
}
coord-beyond = { $n ->
    [one] { $n } item está longe de todas as zonas.
   *[other] { $n } itens estão longe de todas as zonas.
}
coord-not-listed = Tudo o que o catálogo não lista. Ele só é tão completo quanto os seus responsáveis o fizeram.
coord-verified = Última verificação: a mais antiga { $oldest }, a do meio { $middle }, a mais recente { $newest }.
coord-verified-none = Nenhum item indica quando foi verificado pela última vez.
coord-undated = { $n ->
    [one] { $n } item não indica quando foi verificado pela última vez.
   *[other] { $n } itens não indicam quando foram verificados pela última vez.
}
coord-estimates = Um número com «cerca de» vem de uma estimativa de quantas pessoas vivem lá.
coord-download = Transferir os números (CSV)
coord-print = Imprimir para uma reunião
coord-map-heading = Mapa
coord-map-label = Mapa do que está ao alcance de cada zona
coord-legend = Legenda
coord-legend-none = Nenhum
coord-legend-range = de { $from } a { $to }
coord-legend-one = { $n }

## A sharded catalogue (issue 11).
results-loading = { $n ->
    [0] A busca continua: { $loaded } de { $total } áreas carregadas.
    [one] Pelo menos { $n } resultado. A busca continua: { $loaded } de { $total } áreas carregadas.
   *[other] Pelo menos { $n } resultados. A busca continua: { $loaded } de { $total } áreas carregadas.
}
results-partial = { $n ->
    [0] Nenhum resultado por enquanto: não foi possível carregar algumas áreas.
    [one] Pelo menos { $n } resultado: não foi possível carregar algumas áreas.
   *[other] Pelo menos { $n } resultados: não foi possível carregar algumas áreas.
}
areas-retry = Tentar de novo
looking-for = Em busca: { $loaded } de { $total } áreas pesquisadas.
counts-partial = Estes números contam por agora { $loaded } de { $total } áreas, por isso podem aumentar.
results-held = { $n ->
    [0] Ainda nenhum resultado por perto.
    [one] Pelo menos { $n } resultado por perto.
   *[other] Pelo menos { $n } resultados por perto.
}
areas-load-all = { $n ->
    [one] Procurar em mais { $n } área ({ $mb } MB)
   *[other] Procurar em mais { $n } áreas ({ $mb } MB)
}
part-loading = Carregando…
part-failed = Não conseguimos carregar esta parte da página. Verifique sua conexão e tente de novo.
