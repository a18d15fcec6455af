#!/usr/bin/env python3
"""Layout probes: small pages of our own in the layouts and languages of pages
nobody tuned for (dates in 20 languages and three calendars, bylines with
labels and roles, headlines from <title> alone, captions beside pictures,
related links after labels), each with the fields a reader would expect.
Writes the pages to a temporary folder, parses each with the release
binary and prints every field that differs, then the count.

usage: python3 scripts/probe-layouts.py [NAME_PREFIX...]
(build first: swift build -c release --product newsgrab)
"""
import json, os, re, subprocess, sys, tempfile

BIN = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '.build', 'release', 'newsgrab')

def set1(P):
    def page(name, body, exp, lang=None, title=None, head=''):
        la = f' lang="{lang}"' if lang else ''
        t = f'<title>{title}</title>' if title else ''
        html = f'<!DOCTYPE html><html{la}><head><meta charset="utf-8">{t}{head}</head><body>{body}</body></html>'
        P.append((name, html, exp))
    para = lambda s, n=4: ''.join(f'<p>{s} Sentence number {i} carries the story further along with more words here.</p>' for i in range(n))
    # --- dates ---
    page('d-de-weekday', '<div id="header"><a href="/">Stadtblatt</a></div><div class="artikel"><h1>Rat beschließt neuen Haushalt</h1><div class="datum">Mittwoch, 15. Mai 2013, 11:51 Uhr</div>'
         + ''.join(f'<p>Der Stadtrat hat am Dienstagabend den Haushalt für das kommende Jahr beschlossen, Absatz {i} mit weiteren Worten und Zahlen.</p>' for i in range(5)) + '</div>',
         {'published': '2013-05-15', 'headline': 'Rat beschließt neuen Haushalt'}, lang='de', title='Rat beschließt neuen Haushalt - Stadtblatt')
    page('d-fr-a', '<div class="post"><h2 class="titre">La mairie ouvre une nouvelle école</h2><p class="meta">Publié le 3 mars 2019 à 14h05 par <a href="/auteur/jean-dupont">Jean Dupont</a></p>'
         + ''.join(f'<p>La nouvelle école du quartier a ouvert ses portes lundi matin devant les familles, paragraphe {i} et encore des mots.</p>' for i in range(5)) + '</div>',
         {'published': '2019-03-03', 'authors': ['Jean Dupont'], 'headline': 'La mairie ouvre une nouvelle école'}, lang='fr', title='La mairie ouvre une nouvelle école | Le Petit Journal')
    page('d-es-num', '<table><tr><td class="contenido"><h1>El puerto amplía su muelle</h1><span class="fecha">15/05/2013</span><span class="autor">Por María López</span>'
         + ''.join(f'<p>Las obras del nuevo muelle comenzarán el próximo mes con una inversión importante, párrafo {i} con más palabras.</p>' for i in range(5)) + '</td></tr></table>',
         {'published': '2013-05-15', 'authors': ['María López']}, lang='es', title='El puerto amplía su muelle')
    page('d-it', '<div class="articolo"><h1>Il comune approva il bilancio</h1><div class="data">Pubblicato il 15 maggio 2013 alle 11:51</div><div class="firma">di Marco Rossi</div>'
         + ''.join(f'<p>Il consiglio comunale ha approvato ieri sera il bilancio per il prossimo anno, paragrafo {i} con altre parole.</p>' for i in range(5)) + '</div>',
         {'published': '2013-05-15', 'authors': ['Marco Rossi']}, lang='it', title='Il comune approva il bilancio')
    page('d-pl', '<div class="art"><h1>Miasto buduje nowy most</h1><p class="autor">Autor: Jan Kowalski</p><p class="data">Opublikowano: 15 maja 2013, 11:51</p>'
         + ''.join(f'<p>Budowa nowego mostu na rzece rozpocznie się w przyszłym miesiącu, akapit {i} z kolejnymi słowami.</p>' for i in range(5)) + '</div>',
         {'published': '2013-05-15', 'authors': ['Jan Kowalski']}, lang='pl', title='Miasto buduje nowy most')
    page('d-zh', '<div class="main"><h1>城市新建一座大桥</h1><div class="info">发布时间：2013-05-15 11:51 来源：新华网 作者：王小明</div>'
         + ''.join(f'<p>新的大桥将于下个月开始建设，预计投资数十亿元，这是第{i}段内容，包含更多的文字和信息。</p>' for i in range(5)) + '</div>',
         {'published': '2013-05-15', 'authors': ['王小明']}, lang='zh-CN', title='城市新建一座大桥_新闻中心')
    page('d-ko', '<div class="article"><h1>시, 새 다리 건설 시작</h1><div class="byline">김철수 기자 <span class="date">입력 2013.05.15 11:51</span></div>'
         + ''.join(f'<p>새 다리 건설이 다음 달 시작될 예정이며 많은 예산이 투입된다. 이것은 {i}번째 문단으로 더 많은 내용을 담고 있다.</p>' for i in range(5)) + '</div>',
         {'published': '2013-05-15', 'authors': ['김철수']}, lang='ko', title='시, 새 다리 건설 시작 : 뉴스')
    page('d-ja', '<div class="article"><h1>市が新しい橋の建設を開始</h1><p class="date">2013年5月15日 11時51分</p>'
         + ''.join(f'<p>新しい橋の建設は来月始まる予定で、多額の予算が投入される。これは{i}番目の段落で、さらに多くの内容を含んでいる。</p>' for i in range(5)) + '</div>',
         {'published': '2013-05-15'}, lang='ja', title='市が新しい橋の建設を開始 - 日本新聞')
    page('d-abbr', '<div class="hentry"><h2 class="entry-title">Notes from the garden</h2><div class="meta">Posted by <span class="author vcard"><a class="url fn" href="/author/sam">Sam Reed</a></span> on <abbr class="published" title="2009-06-12T08:30:00-05:00">June 12</abbr></div><div class="entry-content">'
         + ''.join(f'<p>The tomatoes came in early this year and the beans followed soon after, paragraph {i} with more words.</p>' for i in range(5)) + '</div></div>',
         {'published': '2009-06-12', 'authors': ['Sam Reed'], 'headline': 'Notes from the garden'}, lang='en', title='Notes from the garden « Sam\'s Garden Blog')
    page('d-url', '<div class="story"><h1>Council votes on parking plan</h1>' + ''.join(f'<p>The council voted late on Tuesday on the plan for parking in the centre, paragraph {i} with more words.</p>' for i in range(5)) + '</div>',
         {'published': '2011-09-27'}, lang='en', title='Council votes on parking plan', head='<link rel="canonical" href="https://news.example.org/2011/09/27/council-votes-parking">')
    page('d-nl', '<div class="artikel"><h1>Gemeente opent nieuw zwembad</h1><div class="meta">Door Pieter de Vries | 15 mei 2013, 11:51</div>'
         + ''.join(f'<p>Het nieuwe zwembad in de wijk opende maandag zijn deuren voor het publiek, alinea {i} met meer woorden.</p>' for i in range(5)) + '</div>',
         {'published': '2013-05-15', 'authors': ['Pieter de Vries']}, lang='nl', title='Gemeente opent nieuw zwembad')
    page('d-pt', '<div class="materia"><h1>Prefeitura inaugura nova escola</h1><p class="autor">Por João Silva</p><p class="data">15/05/2013 às 11h51</p>'
         + ''.join(f'<p>A nova escola do bairro foi inaugurada nesta segunda-feira com a presença das famílias, parágrafo {i} com mais palavras.</p>' for i in range(5)) + '</div>',
         {'published': '2013-05-15', 'authors': ['João Silva']}, lang='pt-BR', title='Prefeitura inaugura nova escola - Jornal')
    page('d-ru', '<div class="article"><h1>Город строит новый мост</h1><div class="date">15 мая 2013, 11:51</div><div class="author">Иван Петров</div>'
         + ''.join(f'<p>Строительство нового моста начнется в следующем месяце, абзац {i} с дополнительными словами и цифрами.</p>' for i in range(5)) + '</div>',
         {'published': '2013-05-15', 'authors': ['Иван Петров']}, lang='ru', title='Город строит новый мост')
    page('d-tr', '<div class="haber"><h1>Belediye yeni köprü yapıyor</h1><div class="tarih">15 Mayıs 2013 Çarşamba, 11:51</div>'
         + ''.join(f'<p>Yeni köprünün yapımına gelecek ay başlanacak ve büyük bir bütçe ayrıldı, paragraf {i} daha fazla kelime.</p>' for i in range(5)) + '</div>',
         {'published': '2013-05-15'}, lang='tr', title='Belediye yeni köprü yapıyor - Haber')
    page('d-en-updated', '<div class="story"><h1>Storm closes schools across the county</h1><p class="byline">By Anna Park</p><p class="dates">Published: 03/05/2013 9:14 AM | Updated: 03/06/2013 2:00 PM</p>'
         + ''.join(f'<p>The storm closed schools across the county on Tuesday as snow piled up, paragraph {i} with more words.</p>' for i in range(5)) + '</div>',
         {'published': '2013-03-05', 'authors': ['Anna Park']}, lang='en-US', title='Storm closes schools across the county')
    page('d-en-gb', '<div class="story"><h1>Storm closes schools across the county</h1><p class="byline">By Anna Park</p><p class="dates">Published: 03/05/2013 9:14</p>'
         + ''.join(f'<p>The storm closed schools across the county on Tuesday as snow piled up, paragraph {i} with more words.</p>' for i in range(5)) + '</div>',
         {'published': '2013-05-03', 'authors': ['Anna Park']}, lang='en-GB', title='Storm closes schools across the county')
    page('d-epoch', '<div class="story"><h1>Storm closes schools across the county</h1><time datetime="1970-01-01T00:00:00Z">Jan 1</time><p class="date">March 5, 2013</p>'
         + ''.join(f'<p>The storm closed schools across the county on Tuesday as snow piled up, paragraph {i} with more words.</p>' for i in range(5)) + '</div>',
         {'published': '2013-03-05'}, lang='en', title='Storm closes schools across the county')
    # --- headlines from title only ---
    for n, t in [('h-underscore', 'Storm closes schools across the county_English_Newswire'), ('h-many', 'Storm closes schools across the county - Weather - News - Breaking News - The Paper'),
                 ('h-site-colon', 'The Paper : Storm closes schools across the county'), ('h-paren', 'Storm closes schools across the county(The Paper)'), ('h-dcolon', 'Storm closes schools across the county :: The Paper'),
                 ('h-pipe-rev', 'The Paper | Storm closes schools across the county')]:
        page(n, '<div id="nav"><h2>Latest News</h2><ul><li><a href="/a">Other</a></li></ul></div><div class="content"><div class="titlebar">Storm closes schools across the county</div>'
             + ''.join(f'<p>The storm closed schools across the county on Tuesday as snow piled up, paragraph {i} with more words.</p>' for i in range(5)) + '</div>',
             {'headline': 'Storm closes schools across the county'}, lang='en', title=t)
    # --- captions in tables ---
    page('c-table', '<div class="content"><h1>Storm closes schools across the county</h1><table class="img" align="right"><tr><td><img src="/img/snow.jpg" width="300" height="200"></td></tr><tr><td class="txt">Snow covers the playground of Hill School on Tuesday. (Photo: Anna Park)</td></tr></table>'
         + ''.join(f'<p>The storm closed schools across the county on Tuesday as snow piled up, paragraph {i} with more words.</p>' for i in range(5)) + '</div>',
         {'captions': ['Snow covers the playground of Hill School on Tuesday.']}, lang='en', title='Storm closes schools across the county')
    page('c-de-bu', '<div class="artikel"><h1>Rat beschließt neuen Haushalt</h1><div class="bild"><img src="/b/rat.jpg" width="400" height="300"><div class="bu">Der Stadtrat bei der Abstimmung am Dienstag. Foto: Max Muster</div></div>'
         + ''.join(f'<p>Der Stadtrat hat am Dienstagabend den Haushalt für das kommende Jahr beschlossen, Absatz {i} mit weiteren Worten und Zahlen.</p>' for i in range(5)) + '</div>',
         {'captions': ['Der Stadtrat bei der Abstimmung am Dienstag.']}, lang='de', title='Rat beschließt neuen Haushalt')
    # --- related ---
    page('r-de', '<div class="artikel"><h1>Rat beschließt neuen Haushalt</h1>' + ''.join(f'<p>Der Stadtrat hat am Dienstagabend den Haushalt für das kommende Jahr beschlossen, Absatz {i} mit weiteren Worten und Zahlen.</p>' for i in range(5))
         + '<div class="box"><h3>Mehr zum Thema</h3><ul><li><a href="/politik/2013/haushalt-streit-im-rat-123.html">Streit im Rat um die Schulden der Stadt</a></li><li><a href="/politik/2013/buergermeister-kritisiert-kaemmerer-124.html">Bürgermeister kritisiert den Kämmerer scharf</a></li></ul></div></div>',
         {'related': ['/politik/2013/haushalt-streit-im-rat-123.html', '/politik/2013/buergermeister-kritisiert-kaemmerer-124.html']}, lang='de', title='Rat beschließt neuen Haushalt')
    page('r-pl', '<div class="art"><h1>Miasto buduje nowy most</h1>' + ''.join(f'<p>Budowa nowego mostu na rzece rozpocznie się w przyszłym miesiącu, akapit {i} z kolejnymi słowami.</p>' for i in range(5))
         + '<p><strong>Czytaj też:</strong> <a href="/wiadomosci/most-zamkniety-na-noc,123.html">Stary most zamknięty na noc z powodu remontu</a></p></div>',
         {'related': ['/wiadomosci/most-zamkniety-na-noc,123.html']}, lang='pl', title='Miasto buduje nowy most')


def set2(P):
    def page(name, head_html, exp, lang=None, title=None, paras=None, tail=''):
        la = f' lang="{lang}"' if lang else ''
        t = f'<title>{title}</title>' if title else ''
        body = head_html + ''.join(f'<p>{paras} ({i})</p>' for i in range(5)) + tail
        html = f'<!DOCTYPE html><html{la}><head><meta charset="utf-8">{t}</head><body><div id="nav"><a href="/">Home</a> <a href="/news">News</a></div><div class="article">{body}</div><div id="footer">© 2013</div></body></html>'
        P.append((name, html, exp))
    EN='The council voted late on Tuesday on the plan for parking in the centre, with more words here to make a paragraph.'
    page('th-buddhist', '<h1>เมืองสร้างสะพานใหม่</h1><div class="date">15 พฤษภาคม 2556 11:51 น.</div>', {'published':'2013-05-15'}, 'th', 'เมืองสร้างสะพานใหม่', 'การก่อสร้างสะพานใหม่จะเริ่มขึ้นในเดือนหน้า โดยใช้งบประมาณจำนวนมาก และมีข้อความเพิ่มเติมอีกมาก')
    page('th-abbr', '<h1>เมืองสร้างสะพานใหม่</h1><div class="date">15 พ.ค. 2556</div>', {'published':'2013-05-15'}, 'th', 'เมืองสร้างสะพานใหม่', 'การก่อสร้างสะพานใหม่จะเริ่มขึ้นในเดือนหน้า โดยใช้งบประมาณจำนวนมาก และมีข้อความเพิ่มเติมอีกมาก')
    page('ja-era', '<h1>市が新しい橋の建設を開始</h1><p class="date">令和5年5月15日</p>', {'published':'2023-05-15'}, 'ja', '市が新しい橋', '新しい橋の建設は来月始まる予定で、多額の予算が投入される。これは段落で、さらに多くの内容を含んでいる。')
    page('vi', '<h1>Thành phố xây cầu mới</h1><span class="date">Thứ tư, 15/5/2013, 11:51 (GMT+7)</span>', {'published':'2013-05-15'}, 'vi', 'Thành phố xây cầu mới', 'Việc xây dựng cây cầu mới sẽ bắt đầu vào tháng tới với nguồn vốn lớn và nhiều từ ngữ hơn nữa ở đây.')
    page('vi-words', '<h1>Thành phố xây cầu mới</h1><span class="date">ngày 15 tháng 5 năm 2013</span>', {'published':'2013-05-15'}, 'vi', 'Thành phố xây cầu mới', 'Việc xây dựng cây cầu mới sẽ bắt đầu vào tháng tới với nguồn vốn lớn và nhiều từ ngữ hơn nữa ở đây.')
    page('id', '<h1>Kota membangun jembatan baru</h1><div class="date">Rabu, 15 Mei 2013 11:51 WIB</div><div class="penulis">Penulis: Budi Santoso</div>', {'published':'2013-05-15','authors':['Budi Santoso']}, 'id', 'Kota membangun jembatan baru', 'Pembangunan jembatan baru akan dimulai bulan depan dengan anggaran besar dan lebih banyak kata di sini.')
    page('id-reporter', '<h1>Kota membangun jembatan baru</h1><div class="date">Rabu, 15 Mei 2013 11:51 WIB</div><div class="info">Reporter: Budi Santoso<br>Editor: Rina Wati</div>', {'published':'2013-05-15','authors':['Budi Santoso']}, 'id', 'Kota membangun jembatan baru', 'Pembangunan jembatan baru akan dimulai bulan depan dengan anggaran besar dan lebih banyak kata di sini.')
    page('he', '<h1>העירייה בונה גשר חדש</h1><div class="date">15 במאי 2013</div>', {'published':'2013-05-15'}, 'he', 'העירייה בונה גשר חדש', 'בניית הגשר החדש תתחיל בחודש הבא עם תקציב גדול ועוד מילים רבות כאן בפסקה.')
    page('el', '<h1>Ο δήμος χτίζει νέα γέφυρα</h1><div class="date">15 Μαΐου 2013</div>', {'published':'2013-05-15'}, 'el', 'Ο δήμος χτίζει νέα γέφυρα', 'Η κατασκευή της νέας γέφυρας θα ξεκινήσει τον επόμενο μήνα με μεγάλο προϋπολογισμό και περισσότερες λέξεις εδώ.')
    page('ar-digits', '<h1>البلدية تبني جسرا جديدا</h1><div class="date">١٥ مايو ٢٠١٣</div>', {'published':'2013-05-15'}, 'ar', 'البلدية تبني جسرا جديدا', 'سيبدأ بناء الجسر الجديد الشهر المقبل بميزانية كبيرة وكلمات أخرى كثيرة هنا في هذه الفقرة.')
    page('ar-bylabel', '<h1>البلدية تبني جسرا جديدا</h1><div class="author">بقلم: أحمد علي</div><div class="date">15/05/2013</div>', {'published':'2013-05-15','authors':['أحمد علي']}, 'ar', 'البلدية تبني جسرا جديدا', 'سيبدأ بناء الجسر الجديد الشهر المقبل بميزانية كبيرة وكلمات أخرى كثيرة هنا في هذه الفقرة.')
    page('hi', '<h1>शहर में नया पुल बनेगा</h1><div class="date">15 मई 2013</div>', {'published':'2013-05-15'}, 'hi', 'शहर में नया पुल बनेगा', 'नए पुल का निर्माण अगले महीने शुरू होगा और इसके लिए बड़ा बजट रखा गया है और यहां और शब्द हैं।')
    page('cs', '<h1>Město staví nový most</h1><div class="date">15. května 2013 11:51</div><div class="autor">Autor: Jan Novák</div>', {'published':'2013-05-15','authors':['Jan Novák']}, 'cs', 'Město staví nový most', 'Stavba nového mostu začne příští měsíc s velkým rozpočtem a dalšími slovy zde v tomto odstavci.')
    page('hu', '<h1>A város új hidat épít</h1><div class="date">2013. május 15. 11:51</div>', {'published':'2013-05-15'}, 'hu', 'A város új hidat épít', 'Az új híd építése a jövő hónapban kezdődik nagy költségvetéssel és még több szóval itt ebben a bekezdésben.')
    page('ro', '<h1>Orașul construiește un pod nou</h1><div class="date">15 mai 2013, 11:51</div>', {'published':'2013-05-15'}, 'ro', 'Orașul construiește un pod nou', 'Construcția noului pod va începe luna viitoare cu un buget mare și mai multe cuvinte aici în acest paragraf.')
    page('sv', '<h1>Staden bygger ny bro</h1><div class="date">Publicerad 15 maj 2013 kl 11.51</div><div class="byline">Av Anna Svensson</div>', {'published':'2013-05-15','authors':['Anna Svensson']}, 'sv', 'Staden bygger ny bro', 'Bygget av den nya bron börjar nästa månad med en stor budget och fler ord här i detta stycke.')
    page('fi', '<h1>Kaupunki rakentaa uuden sillan</h1><div class="date">Julkaistu 15.5.2013 11:51</div>', {'published':'2013-05-15'}, 'fi', 'Kaupunki rakentaa uuden sillan', 'Uuden sillan rakentaminen alkaa ensi kuussa suurella budjetilla ja lisää sanoja tässä kappaleessa.')
    page('da', '<h1>Byen bygger ny bro</h1><div class="date">15. maj 2013 kl. 11.51</div>', {'published':'2013-05-15'}, 'da', 'Byen bygger ny bro', 'Byggeriet af den nye bro begynder næste måned med et stort budget og flere ord her i dette afsnit.')
    page('uk', '<h1>Місто будує новий міст</h1><div class="date">15 травня 2013, 11:51</div>', {'published':'2013-05-15'}, 'uk', 'Місто будує новий міст', 'Будівництво нового мосту розпочнеться наступного місяця з великим бюджетом і більшою кількістю слів.')
    page('blogger', '<h2 class="date-header"><span>Wednesday, May 15, 2013</span></h2><div class="post"><h3 class="post-title">Notes from the garden</h3><div class="post-body">'+''.join(f'<p>{EN} ({i})</p>' for i in range(5))+'</div><div class="post-footer">Posted by <span class="fn">Sam Reed</span> at <a class="timestamp-link" href="/2013/05/notes.html"><abbr class="published" title="2013-05-15T08:30:00-05:00">8:30 AM</abbr></a></div></div>', {'published':'2013-05-15','authors':['Sam Reed'],'headline':'Notes from the garden'}, 'en', "Sam's Garden: Notes from the garden", None)
    page('de-stand', '<h1>Rat beschließt neuen Haushalt</h1><div class="meta">Stand: 15.05.2013 11:51 Uhr</div>', {'published':'2013-05-15'}, 'de', 'Rat beschließt neuen Haushalt', 'Der Stadtrat hat am Dienstagabend den Haushalt für das kommende Jahr beschlossen, mit weiteren Worten und Zahlen.')
    page('fr-maj-first', '<h1>La mairie ouvre une école</h1><div class="dates">Mis à jour le 16/05/2013 à 11h51 | Publié le 15/05/2013 à 10h00</div>', {'published':'2013-05-15'}, 'fr', 'La mairie ouvre une école', 'La nouvelle école du quartier a ouvert ses portes lundi matin devant les familles, et encore des mots.')
    page('es-actualizado', '<h1>El puerto amplía su muelle</h1><div class="fecha">Actualizado 16/05/2013 11:51</div><div class="fecha2">Publicado el miércoles 15 de mayo de 2013</div>', {'published':'2013-05-15'}, 'es', 'El puerto amplía su muelle', 'Las obras del nuevo muelle comenzarán el próximo mes con una inversión importante, con más palabras.')
    page('de-von-und', '<h1>Rat beschließt neuen Haushalt</h1><p class="autor">Von Max Mustermann und Erika Musterfrau</p>', {'authors':['Max Mustermann','Erika Musterfrau']}, 'de', 'Rat beschließt neuen Haushalt', 'Der Stadtrat hat am Dienstagabend den Haushalt für das kommende Jahr beschlossen, mit weiteren Worten und Zahlen.')
    page('es-escrito', '<h1>El puerto amplía su muelle</h1><p class="meta">Escrito por Carlos Ruiz el 15 de mayo de 2013</p>', {'authors':['Carlos Ruiz'],'published':'2013-05-15'}, 'es', 'El puerto amplía su muelle', 'Las obras del nuevo muelle comenzarán el próximo mes con una inversión importante, con más palabras.')
    page('ru-avtor', '<h1>Город строит новый мост</h1><div class="info">Автор: Иван Петров | 15.05.2013</div>', {'authors':['Иван Петров'],'published':'2013-05-15'}, 'ru', 'Город строит новый мост', 'Строительство нового моста начнется в следующем месяце, с дополнительными словами и цифрами.')
    page('ja-kisha', '<h1>市が新しい橋の建設を開始</h1><p class="byline">山田太郎記者</p><p class="date">2013年5月15日</p>', {'authors':['山田太郎'],'published':'2013-05-15'}, 'ja', '市が新しい橋', '新しい橋の建設は来月始まる予定で、多額の予算が投入される。これは段落で、さらに多くの内容を含んでいる。')
    page('tr-muhabir', '<h1>Belediye yeni köprü yapıyor</h1><div class="muhabir">Ahmet Yılmaz / İstanbul</div><div class="tarih">15.05.2013 11:51</div>', {'published':'2013-05-15'}, 'tr', 'Belediye yeni köprü yapıyor', 'Yeni köprünün yapımına gelecek ay başlanacak ve büyük bir bütçe ayrıldı, daha fazla kelime.')
    page('pt-por', '<h1>Prefeitura inaugura escola</h1><p class="autor">Por João Silva e Maria Souza, da Redação</p>', {'authors':['João Silva','Maria Souza']}, 'pt-BR', 'Prefeitura inaugura escola', 'A nova escola do bairro foi inaugurada nesta segunda-feira com a presença das famílias, com mais palavras.')
    page('en-dateline-mdy', '<h1>Storm closes schools</h1><p class="date">May 15, 2013 at 11:51 am</p><p>By ANNA PARK, Associated Press</p>', {'published':'2013-05-15'}, 'en', 'Storm closes schools', EN)
    page('nl-door', '<h1>Gemeente opent zwembad</h1><p class="auteur">Door onze redacteur Pieter de Vries</p>', {'authors':['Pieter de Vries']}, 'nl', 'Gemeente opent zwembad', 'Het nieuwe zwembad in de wijk opende maandag zijn deuren voor het publiek, met meer woorden.')
    page('it-di', '<h1>Il comune approva il bilancio</h1><p class="autore">di MARCO ROSSI</p>', {}, 'it', 'Il comune approva il bilancio', 'Il consiglio comunale ha approvato ieri sera il bilancio per il prossimo anno, con altre parole.')


def set3(P):
    EN='The council voted late on Tuesday on the plan for parking in the town centre, with more words here to make a paragraph'
    def page(name, body, exp, lang='en', title=None, head=''):
        t = f'<title>{title}</title>' if title else ''
        html = f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{t}{head}</head><body>{body}</body></html>'
        P.append((name, html, exp))
    paras = lambda s=EN, n=5: ''.join(f'<p>{s} ({i}).</p>' for i in range(n))
    H='Council approves new parking plan for the centre'
    nav='<div id="nav"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>'
    # headlines
    page('h-logo-h1', nav+f'<h1 class="logo"><a href="/">The Town Crier</a></h1><div class="story"><h2 class="title">{H}</h2>{paras()}</div>', {'headline':H}, title=f'{H} - News - The Town Crier')
    page('h-wp-classic', nav+f'<div id="header"><h1><a href="/">Sam\'s Notes</a></h1></div><div class="post"><h2><a href="/2009/06/parking" rel="bookmark">{H}</a></h2><div class="entry">{paras()}</div></div>', {'headline':H}, title=f"Sam's Notes &raquo; Blog Archive &raquo; {H}")
    page('h-div-headline', nav+f'<div class="story"><div class="headline">{H}</div>{paras()}</div>', {'headline':H}, title=f'{H} :: The Town Crier')
    page('h-emdash', nav+f'<div class="story"><span class="hdl">{H}</span>{paras()}</div>', {'headline':H}, title=f'{H} — The Town Crier')
    page('h-paper-first', nav+f'<div class="story">{paras()}</div>', {'headline':H}, title=f'The Town Crier - {H}')
    page('h-laquo', nav+f'<div class="story"><h3>{H}</h3>{paras()}</div>', {'headline':H}, title=f'{H} &laquo; Town Notes')
    page('h-section-pipes', nav+f'<div class="story"><h1>{H}</h1>{paras()}</div>', {'headline':H}, title=f'The Town Crier | Local | {H}')
    page('h-generic-h1', nav+f'<h1>Latest News</h1><div class="story"><h2>{H}</h2>{paras()}</div>', {'headline':H}, title=f'{H} | The Town Crier')
    page('h-kicker', nav+f'<div class="story"><h1><span class="kicker">Town hall</span> {H}</h1>{paras()}</div>', {'headline':'Town hall: '+H}, title=f'Town hall: {H} | The Town Crier')
    page('h-de-kicker-colon', nav+'<div class="artikel"><h1><span class="dachzeile">Eisheilige 2024</span><span class="titel">Wann sie sind und was sie bedeuten</span></h1>'+paras('Der Stadtrat hat am Dienstagabend den Haushalt für das kommende Jahr beschlossen, mit weiteren Worten und Zahlen')+'</div>', {'headline':'Eisheilige 2024: Wann sie sind und was sie bedeuten'}, 'de', 'Eisheilige 2024: Wann sie sind und was sie bedeuten | Stadtblatt')
    # captions
    page('c-wp-caption', nav+f'<div class="post"><h1>{H}</h1><div class="wp-caption alignright" style="width: 310px"><img src="/wp-content/uploads/2009/06/lot.jpg" width="300" height="200" alt="lot"><p class="wp-caption-text">The car park behind the town hall on Monday.</p></div>{paras()}</div>', {'captions':['The car park behind the town hall on Monday.']})
    page('c-fr-legende', nav+f'<div class="article"><h1>La mairie ouvre une école</h1><div class="image"><img src="/img/ecole.jpg" width="600" height="400"><span class="legende">La nouvelle école du quartier, lundi matin. (Photo AFP)</span></div>'+paras('La nouvelle école du quartier a ouvert ses portes lundi matin devant les familles, et encore des mots')+'</div>', {'captions':['La nouvelle école du quartier, lundi matin.']}, 'fr')
    page('c-es-pie', nav+'<div class="noticia"><h1>El puerto amplía su muelle</h1><div class="foto"><img src="/img/muelle.jpg" width="600" height="400"><p class="pie">Vista del muelle norte desde la lonja. EFE</p></div>'+paras('Las obras del nuevo muelle comenzarán el próximo mes con una inversión importante, con más palabras')+'</div>', {'captions':['Vista del muelle norte desde la lonja.']}, 'es')
    page('c-br-em', nav+f'<div class="story"><h1>{H}</h1><p><img src="/img/lot.jpg" width="500" height="300"><br><em>The car park behind the town hall on Monday.</em></p>{paras()}</div>', {'captions':['The car park behind the town hall on Monday.']})
    page('c-dl', nav+f'<div class="story"><h1>{H}</h1><dl class="photo"><dt><img src="/img/lot.jpg" width="500" height="300"></dt><dd>The car park behind the town hall on Monday.</dd></dl>{paras()}</div>', {'captions':['The car park behind the town hall on Monday.']})
    page('c-it-didascalia', nav+'<div class="articolo"><h1>Il comune approva il bilancio</h1><div class="foto"><img src="/img/consiglio.jpg" width="600" height="400"><div class="didascalia">Il consiglio comunale durante il voto di ieri sera.</div></div>'+paras('Il consiglio comunale ha approvato ieri sera il bilancio per il prossimo anno, con altre parole')+'</div>', {'captions':['Il consiglio comunale durante il voto di ieri sera.']}, 'it')
    page('c-nl-onderschrift', nav+'<div class="artikel"><h1>Gemeente opent zwembad</h1><figure><img src="/img/bad.jpg" width="600" height="400"><div class="onderschrift">Het nieuwe bad op de openingsdag. Foto ANP</div></figure>'+paras('Het nieuwe zwembad in de wijk opende maandag zijn deuren voor het publiek, met meer woorden')+'</div>', {'captions':['Het nieuwe bad op de openingsdag.']}, 'nl')
    # related
    def rel(name, label, lang, para):
        page(name, nav+f'<div class="story"><h1>{H}</h1>{paras(para)}<p><strong>{label}</strong> <a href="/news/2013/05/bridge-closed-at-night-123.html">Old bridge closed at night for repairs to its deck</a></p>{paras(para,2)}</div>', {'related':['/news/2013/05/bridge-closed-at-night-123.html']}, lang)
    rel('r-en-readmore', 'Read more:', 'en', EN)
    rel('r-nl-leesook', 'Lees ook:', 'nl', 'Het nieuwe zwembad in de wijk opende maandag zijn deuren voor het publiek, met meer woorden')
    rel('r-sv-lasockso', 'Läs också:', 'sv', 'Bygget av den nya bron börjar nästa månad med en stor budget och fler ord här')
    rel('r-pt-leia', 'Leia também:', 'pt', 'A nova escola do bairro foi inaugurada nesta segunda-feira com a presença das famílias')
    rel('r-ru-chitaite', 'Читайте также:', 'ru', 'Строительство нового моста начнется в следующем месяце, с дополнительными словами')
    rel('r-tr-ayrica', 'İlgili Haber:', 'tr', 'Yeni köprünün yapımına gelecek ay başlanacak ve büyük bir bütçe ayrıldı, daha fazla kelime')
    page('r-list-cards', nav+f'<div class="story"><h1>{H}</h1>{paras()}</div><div class="related"><h4>Related stories</h4><ul><li><a href="/news/2013/05/bus-lanes-124.html"><img src="/img/bus.jpg" width="200" height="120"></a><a href="/news/2013/05/bus-lanes-124.html">New bus lanes open on the ring road</a><p>The lanes run from the station to the hospital.</p></li><li><a href="/news/2013/05/cycle-park-125.html">Cycle park planned at the station</a></li></ul></div>', {'related':['/news/2013/05/bus-lanes-124.html','/news/2013/05/cycle-park-125.html']})


def set4(P):
    EN='The council voted late on Tuesday on the plan for parking in the town centre, with more words here to make a paragraph'
    def page(name, body, exp, lang='en', title=None, head=''):
        t = f'<title>{title}</title>' if title else ''
        html = f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{t}{head}</head><body>{body}</body></html>'
        P.append((name, html, exp))
    paras = lambda s=EN, n=5: ''.join(f'<p>{s} ({i}).</p>' for i in range(n))
    H='Council approves new parking plan for the centre'
    logo='<div id="top"><a href="/"><img src="/logo.png" alt="The Town Crier"></a> <a href="/news">News</a> <a href="/sport">Sport</a></div>'
    foot='<div id="footer">© 2013 The Town Crier. All rights reserved.</div>'
    page('h-paper-first-logo', logo+f'<div class="story">{paras()}</div>'+foot, {'headline':H}, title=f'The Town Crier - {H}')
    page('h-paper-colon-logo', logo+f'<div class="story">{paras()}</div>'+foot, {'headline':H}, title=f'The Town Crier : {H}')
    page('h-dated-title', logo+f'<div class="story"><h1>{H}</h1>{paras()}</div>'+foot, {'headline':H}, title=f'{H} | 15.05.2013 | The Town Crier')
    # bylines english old layouts
    page('b-posted-by-on', f'<div class="post"><h2>{H}</h2><div class="meta">Posted by admin on May 15, 2013</div>{paras()}</div>', {'authors':[], 'published':'2013-05-15'})
    page('b-by-name-title', f'<div class="story"><h1>{H}</h1><p class="byline">By Jane Doe, Staff Writer</p>{paras()}</div>', {'authors':['Jane Doe']})
    page('b-by-two-and', f'<div class="story"><h1>{H}</h1><p class="byline">By Jane Doe and John Smith</p>{paras()}</div>', {'authors':['Jane Doe','John Smith']})
    page('b-written-by-strong', f'<div class="story"><h1>{H}</h1><p><strong>Written by Jane Doe</strong></p>{paras()}</div>', {'authors':['Jane Doe']})
    page('b-end-dash', f'<div class="story"><h1>{H}</h1>{paras()}<p>— Jane Doe</p></div>', {'authors':['Jane Doe']})
    page('b-de-text-foto', f'<div class="artikel"><h1>Rat beschließt Haushalt</h1><p class="autor">Text: Anna Schmidt · Fotos: Peter Braun</p>'+paras('Der Stadtrat hat am Dienstagabend den Haushalt für das kommende Jahr beschlossen, mit weiteren Worten und Zahlen')+'</div>', {'authors':['Anna Schmidt']}, 'de')
    page('b-fr-par-le', f'<div class="article"><h1>La mairie ouvre une école</h1><p class="signature">Par Jean Dupont le 15/05/2013 à 10h00</p>'+paras('La nouvelle école du quartier a ouvert ses portes lundi matin devant les familles, et encore des mots')+'</div>', {'authors':['Jean Dupont'],'published':'2013-05-15'}, 'fr')
    page('b-es-redaccion', f'<div class="noticia"><h1>El puerto amplía su muelle</h1><p class="firma">Redacción / EFE</p>'+paras('Las obras del nuevo muelle comenzarán el próximo mes con una inversión importante, con más palabras')+'</div>', {'authors':['EFE']}, 'es')
    page('b-pl-autor', f'<div class="art"><h1>Miasto buduje nowy most</h1><div class="autor-box"><span>Autor:</span> <a href="/autor/jan-kowalski">Jan Kowalski</a></div>'+paras('Budowa nowego mostu na rzece rozpocznie się w przyszłym miesiącu, z kolejnymi słowami')+'</div>', {'authors':['Jan Kowalski']}, 'pl')
    page('b-it-firma', f'<div class="articolo"><h1>Il comune approva il bilancio</h1><p class="firma">Marco Rossi</p>'+paras('Il consiglio comunale ha approvato ieri sera il bilancio per il prossimo anno, con altre parole')+'</div>', {'authors':['Marco Rossi']}, 'it')
    page('b-sv-av-link', f'<div class="artikel"><h1>Staden bygger ny bro</h1><a href="/av/anna-svensson" aria-label="Se alla artiklar av Anna Svensson"><img src="/p/anna.jpg" width="48"><p>Anna Svensson</p></a>'+paras('Bygget av den nya bron börjar nästa månad med en stor budget och fler ord här i detta stycke')+'</div>', {'authors':['Anna Svensson']}, 'sv')
    page('b-ru-avtor-class', f'<div class="article"><h1>Город строит новый мост</h1><div class="avtor">Иван Петров</div>'+paras('Строительство нового моста начнется в следующем месяце, с дополнительными словами и цифрами')+'</div>', {'authors':['Иван Петров']}, 'ru')
    page('b-tr-yazar', f'<div class="haber"><h1>Belediye yeni köprü yapıyor</h1><div class="yazar"><a href="/yazar/ahmet-yilmaz">Ahmet Yılmaz</a></div>'+paras('Yeni köprünün yapımına gelecek ay başlanacak ve büyük bir bütçe ayrıldı, daha fazla kelime')+'</div>', {'authors':['Ahmet Yılmaz']}, 'tr')
    # dates
    page('d-en-posted-dmy', f'<div class="post"><h2>{H}</h2><p class="postmetadata">This entry was posted on Wednesday, May 15th, 2013 at 11:51 am</p>{paras()}</div>', {'published':'2013-05-15'})
    page('d-en-footer-posted', f'<div class="post"><h2>{H}</h2>{paras()}<p class="postmetadata">Posted in Local | 15 May 2013</p></div>', {'published':'2013-05-15'})
    page('d-de-datum-class', f'<div class="artikel"><h1>Rat beschließt Haushalt</h1><span class="datum">15.05.2013</span>'+paras('Der Stadtrat hat am Dienstagabend den Haushalt für das kommende Jahr beschlossen, mit weiteren Worten und Zahlen')+'</div>', {'published':'2013-05-15'}, 'de')
    page('d-fr-date-relative', f'<div class="article"><h1>La mairie ouvre une école</h1><span class="date">mercredi 15 mai 2013</span>'+paras('La nouvelle école du quartier a ouvert ses portes lundi matin devant les familles, et encore des mots')+'</div>', {'published':'2013-05-15'}, 'fr')
    page('d-ko-input-update', f'<div class="article"><h1>시, 새 다리 건설 시작</h1><div class="info"><span>수정 2013.05.16 09:00</span><span>입력 2013.05.15 11:51</span></div>'+paras('새 다리 건설이 다음 달 시작될 예정이며 많은 예산이 투입된다. 이것은 문단으로 더 많은 내용을 담고 있다')+'</div>', {'published':'2013-05-15'}, 'ko')
    page('d-zh-source-line', f'<div class="main"><h1>城市新建一座大桥</h1><div class="source">2013年05月15日 11:51　来源：新华网</div>'+paras('新的大桥将于下个月开始建设，预计投资数十亿元，这是一段内容，包含更多的文字和信息')+'</div>', {'published':'2013-05-15'}, 'zh-CN')
    page('d-month-year-only-url', f'<div class="story"><h1>{H}</h1><p class="date">15 May</p>{paras()}</div>', {'published':'2013-05-15'}, head='<link rel="canonical" href="https://news.example.org/2013/05/council-parking">')


def set5(P):
    EN='The council voted late on Tuesday on the plan for parking in the town centre, with more words here to make a paragraph'
    def page(name, body, exp, lang='en', title='Council approves new parking plan'):
        html = f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body><div id="nav"><a href="/">Home</a> <a href="/news">News</a></div>{body}<div id="footer"><a href="/about">About us</a> <a href="/contact">Contact</a></div></body></html>'
        P.append((name, html, exp))
    paras = lambda s=EN, n=4: ''.join(f'<p>{s} ({i}).</p>' for i in range(n))
    H='<h1>Council approves new parking plan</h1>'
    U1='/news/2013/05/bridge-closed-at-night-123.html'; U2='/news/2013/05/bus-lanes-open-124.html'
    L1=f'<a href="{U1}">Old bridge closed at night for repairs to its deck</a>'; L2=f'<a href="{U2}">New bus lanes open on the ring road next week</a>'
    def inline(name, label, lang='en', para=EN):
        page(name, f'<div class="story">{H}{paras(para)}<p><strong>{label}</strong> {L1}</p>{paras(para,2)}</div>', {'related':[U1]}, lang)
    inline('r-more-caps', 'MORE:'); inline('r-related-caps', 'RELATED:'); inline('r-readmore-caps', 'READ MORE:')
    inline('r-de-lesen', 'Lesen Sie auch:', 'de', 'Der Stadtrat hat am Dienstagabend den Haushalt für das kommende Jahr beschlossen, mit weiteren Worten')
    inline('r-es-lea', 'Lea también:', 'es', 'Las obras del nuevo muelle comenzarán el próximo mes con una inversión importante, con más palabras')
    inline('r-pl-zobacz', 'Zobacz też:', 'pl', 'Budowa nowego mostu na rzece rozpocznie się w przyszłym miesiącu, z kolejnymi słowami tutaj')
    inline('r-it-leggi', 'Leggi anche:', 'it', 'Il consiglio comunale ha approvato ieri sera il bilancio per il prossimo anno, con altre parole')
    page('r-see-also-list', f'<div class="story">{H}{paras()}<p>See also:</p><ul><li>{L1}</li><li>{L2}</li></ul></div>', {'related':[U1,U2]})
    page('r-table-old', f'<table><tr><td class="body">{H}{paras()}</td><td width="200"><table><tr><td><b>Related Stories</b></td></tr><tr><td>{L1}</td></tr><tr><td>{L2}</td></tr></table></td></tr></table>', {'related':[U1,U2]})
    page('r-fr-lire-aussi', f'<div class="article">{H}'+paras('La nouvelle école du quartier a ouvert ses portes lundi matin devant les familles, et encore des mots')+f'<div class="lire-aussi"><span>Lire aussi</span> {L1}</div>'+paras('La nouvelle école du quartier a ouvert ses portes lundi matin devant les familles, et encore des mots',2)+'</div>', {'related':[U1]}, 'fr')
    page('r-ja-kanren', f'<div class="article">{H}'+paras('新しい橋の建設は来月始まる予定で、多額の予算が投入される。これは段落で、さらに多くの内容を含んでいる')+f'<div class="box"><h2>関連記事</h2><ul><li>{L1}</li><li>{L2}</li></ul></div></div>', {'related':[U1,U2]}, 'ja')
    page('r-zh-xiangguan', f'<div class="article">{H}'+paras('新的大桥将于下个月开始建设，预计投资数十亿元，这是一段内容，包含更多的文字和信息')+f'<div class="box"><h3>相关新闻</h3><ul><li>{L1}</li><li>{L2}</li></ul></div></div>', {'related':[U1,U2]}, 'zh')
    page('r-ko-gwanryeon', f'<div class="article">{H}'+paras('새 다리 건설이 다음 달 시작될 예정이며 많은 예산이 투입된다. 이것은 문단으로 더 많은 내용을 담고 있다')+f'<div class="box"><h3>관련기사</h3><ul><li>{L1}</li><li>{L2}</li></ul></div></div>', {'related':[U1,U2]}, 'ko')
    page('r-cards-summary', f'<div class="story">{H}{paras()}</div><section class="more-stories"><h2>More from News</h2><article><a href="{U1}"><img src="/i/bridge.jpg" width="300" height="200"></a><h3><a href="{U1}">Old bridge closed at night for repairs to its deck</a></h3><p>Repairs to the deck start on Monday and last a month.</p></article><article><h3><a href="{U2}">New bus lanes open on the ring road next week</a></h3></article></section>', {'related':[U1,U2]})
    # negatives: tag cloud, comments
    page('r-neg-tags', f'<div class="story">{H}{paras()}<div class="tags">Tags: <a href="/tag/parking">parking</a> <a href="/tag/council">council</a> <a href="/tag/town-centre">town centre</a></div></div>', {'related':[]})


# Shared by sets six to nine: one story in each language, the English
# paragraph and headline, two links to other stories of the site.
EN = 'The council voted late on Tuesday on the plan for parking in the town centre, with more words here to make a paragraph'
HEADLINE = 'Council approves new parking plan'
U1 = '/news/2013/05/bridge-closed-at-night-123.html'
U2 = '/news/2013/05/bus-lanes-open-124.html'
L1 = f'<a href="{U1}">Old bridge closed at night for repairs to its deck</a>'
L2 = f'<a href="{U2}">New bus lanes open on the ring road next week</a>'
STORIES = {
    'de': ('Rat beschließt Haushalt', 'Der Stadtrat hat am Dienstagabend den Haushalt für das kommende Jahr beschlossen, mit weiteren Worten und Zahlen'),
    'fr': ('La mairie ouvre une école', 'La nouvelle école du quartier a ouvert ses portes lundi matin devant les familles, et encore des mots'),
    'es': ('El puerto amplía su muelle', 'Las obras del nuevo muelle comenzarán el próximo mes con una inversión importante, con más palabras'),
}


def page_maker(P, nav=True, footer='<a href="/about">About us</a>'):
    """A page(name, body, expected, lang, title, head) function for a set:
    the body between the site's navigation (if any) and footer."""
    top = '<div id="nav"><a href="/">Home</a> <a href="/news">News</a></div>' if nav else ''
    def page(name, body, exp, lang='en', title=HEADLINE, head=''):
        html = f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>{top}{body}<div id="footer">{footer}</div></body></html>'
        P.append((name, html, exp))
    return page


def paras(s=EN, n=4):
    return ''.join(f'<p>{s} ({i}).</p>' for i in range(n))


def set6(P):
    DE, FR, ES = (STORIES[k][1] for k in ('de', 'fr', 'es'))
    page = page_maker(P, footer='<a href="/about">About us</a> <a href="/contact">Contact</a> © 2024 The Town Crier')
    H = f'<h1>{HEADLINE}</h1>'
    # bylines: microformats and markup without labels
    page('b6-vcard', f'<div class="hentry">{H}<span class="vcard author"><span class="fn">Jane Doe</span></span>{paras()}</div>', {'authors':['Jane Doe']})
    page('b6-itemprop', f'<div class="story">{H}<span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Jane Doe</span></span>{paras()}</div>', {'authors':['Jane Doe']})
    page('b6-rel-author', f'<div class="story">{H}<p>By <a rel="author" href="/staff/jane">Jane Doe</a></p>{paras()}</div>', {'authors':['Jane Doe']})
    page('b6-address', f'<article>{H}<address class="author">By <a href="/author/jane-doe">Jane Doe</a></address>{paras()}</article>', {'authors':['Jane Doe']})
    page('b6-agency-after', f'<div class="story">{H}<p class="byline">Jane Doe, Associated Press</p>{paras()}</div>', {'authors':['Jane Doe']})
    page('b6-handle', f'<div class="story">{H}<p class="byline">By Jane Doe @janedoe</p>{paras()}</div>', {'authors':['Jane Doe']})
    page('b6-email', f'<div class="story">{H}<p class="byline">By Jane Doe (jane.doe@example.org)</p>{paras()}</div>', {'authors':['Jane Doe']})
    page('b6-meta-site-visible', f'<div class="story">{H}<p class="byline">By Jane Doe</p>{paras()}</div>', {'authors':['Jane Doe']}, head='<meta name="author" content="The Town Crier">')
    page('b6-fr-et', f'<div class="article"><h1>La mairie ouvre une école</h1><p class="auteur">Par Jean Dupont et Marie Martin</p>{paras(FR)}</div>', {'authors':['Jean Dupont','Marie Martin']}, 'fr')
    page('b6-es-y', f'<div class="noticia"><h1>El puerto amplía su muelle</h1><p class="autor">Por Juan Pérez y María López</p>{paras(ES)}</div>', {'authors':['Juan Pérez','María López']}, 'es')
    page('b6-it-e', f'<div class="articolo"><h1>Il comune approva il bilancio</h1><p class="autore">di Marco Rossi e Luca Bianchi</p>{paras("Il consiglio comunale ha approvato ieri sera il bilancio per il prossimo anno, con altre parole")}</div>', {'authors':['Marco Rossi','Luca Bianchi']}, 'it')
    page('b6-de-von-am', f'<div class="artikel"><h1>Rat beschließt Haushalt</h1><p class="meta">Von Anna Schmidt am 15.05.2013, 11:51 Uhr</p>{paras(DE)}</div>', {'authors':['Anna Schmidt'],'published':'2013-05-15'}, 'de')
    page('b6-de-autorin', f'<div class="artikel"><h1>Rat beschließt Haushalt</h1><p>Autorin: Anna Schmidt</p>{paras(DE)}</div>', {'authors':['Anna Schmidt']}, 'de')
    page('b6-ko-gija', f'<div class="article"><h1>시, 새 다리 건설 시작</h1><p class="byline">홍길동 기자</p>{paras("새 다리 건설이 다음 달 시작될 예정이며 많은 예산이 투입된다. 이것은 문단으로 더 많은 내용을 담고 있다")}</div>', {'authors':['홍길동']}, 'ko')
    page('b6-zh-jizhe', f'<div class="article"><h1>城市新建一座大桥</h1><p class="author">记者：张伟</p>{paras("新的大桥将于下个月开始建设，预计投资数十亿元，这是一段内容，包含更多的文字和信息")}</div>', {'authors':['张伟']}, 'zh-CN')
    page('b6-cs-autor', f'<div class="article"><h1>Město staví nový most</h1><p>Autor: Jan Novák</p>{paras("Stavba nového mostu přes řeku začne příští měsíc a bude stát mnoho peněz, další slova zde")}</div>', {'authors':['Jan Novák']}, 'cs')
    page('b6-sv-text', f'<div class="artikel"><h1>Staden bygger ny bro</h1><p>Text: Anna Svensson Foto: Erik Berg</p>{paras("Bygget av den nya bron börjar nästa månad med en stor budget och fler ord här i detta stycke")}</div>', {'authors':['Anna Svensson']}, 'sv')
    page('b6-pt-br-por', f'<div class="materia"><h1>Prefeitura abre nova escola</h1><p class="autor">Por Ana Souza, do Rio</p>{paras("A nova escola do bairro abriu as portas na segunda-feira de manhã para as famílias, com mais palavras")}</div>', {'authors':['Ana Souza']}, 'pt-BR')
    # dates
    page('d6-time-text', f'<article>{H}<time>May 15, 2013</time>{paras()}</article>', {'published':'2013-05-15'})
    page('d6-dc-issued', f'<div class="story">{H}{paras()}</div>', {'published':'2013-05-15'}, head='<meta name="DC.date.issued" content="2013-05-15">')
    page('d6-pubdate-compact', f'<div class="story">{H}{paras()}</div>', {'published':'2013-05-15'}, head='<meta name="pubdate" content="20130515">')
    page('d6-url-compact', f'<div class="story">{H}{paras()}</div>', {'published':'2013-05-15'}, head='<link rel="canonical" href="https://news.example.org/news/20130515/council-parking.html">')
    page('d6-us-numeric', f'<div class="story">{H}<p class="date">05/06/2013</p>{paras()}</div>', {'published':'2013-05-06'}, 'en-US')
    page('d6-gb-numeric', f'<div class="story">{H}<p class="date">06/05/2013</p>{paras()}</div>', {'published':'2013-05-06'}, 'en-GB')
    page('d6-iso-text', f'<div class="story">{H}<p class="date">2013-05-15 11:51</p>{paras()}</div>', {'published':'2013-05-15'})
    page('d6-sidebar-first', f'<div id="side"><h3>Latest</h3><ul><li>{L1} <span class="date">May 20, 2013</span></li></ul></div><div class="story">{H}<p class="date">May 15, 2013</p>{paras()}</div>', {'published':'2013-05-15'})
    page('d6-comments-after', f'<div class="story">{H}<p class="date">May 15, 2013</p>{paras()}</div><div class="comments"><p class="comment-date">May 21, 2013 at 9:14 am</p><p>Great story.</p></div>', {'published':'2013-05-15'})
    page('d6-es-weekday', f'<div class="noticia"><h1>El puerto amplía su muelle</h1><p class="fecha">miércoles, 15 de mayo de 2013</p>{paras(ES)}</div>', {'published':'2013-05-15'}, 'es')
    page('d6-fr-abbr', f'<div class="article"><h1>La mairie ouvre une école</h1><p class="date">15 oct. 2013</p>{paras(FR)}</div>', {'published':'2013-10-15'}, 'fr')
    page('d6-de-abbr', f'<div class="artikel"><h1>Rat beschließt Haushalt</h1><p class="datum">15. Okt. 2013</p>{paras(DE)}</div>', {'published':'2013-10-15'}, 'de')
    page('d6-pt-br-h', f'<div class="materia"><h1>Prefeitura abre nova escola</h1><p class="data">15/05/2013 11h51</p>{paras("A nova escola do bairro abriu as portas na segunda-feira de manhã para as famílias, com mais palavras")}</div>', {'published':'2013-05-15'}, 'pt-BR')
    page('d6-fa-jalali', f'<div class="news"><h1>شهر پل تازه می‌سازد</h1><p class="date">۱۳۹۲/۰۲/۲۵</p>{paras("ساخت پل تازه ماه آینده آغاز می‌شود و بودجه زیادی دارد و این بند واژه‌های بیشتری دارد")}</div>', {'published':'2013-05-15'}, 'fa')
    page('d6-fa-jalali-words', f'<div class="news"><h1>شهر پل تازه می‌سازد</h1><p class="date">۲۵ اردیبهشت ۱۳۹۲</p>{paras("ساخت پل تازه ماه آینده آغاز می‌شود و بودجه زیادی دارد و این بند واژه‌های بیشتری دارد")}</div>', {'published':'2013-05-15'}, 'fa')
    page('d6-ar-month', f'<div class="news"><h1>المدينة تبني جسرا جديدا</h1><p class="date">15 مايو 2013</p>{paras("سيبدأ بناء الجسر الجديد الشهر المقبل بميزانية كبيرة وهذه فقرة فيها كلمات أكثر")}</div>', {'published':'2013-05-15'}, 'ar')
    page('d6-ar-levant', f'<div class="news"><h1>المدينة تبني جسرا جديدا</h1><p class="date">15 أيار 2013</p>{paras("سيبدأ بناء الجسر الجديد الشهر المقبل بميزانية كبيرة وهذه فقرة فيها كلمات أكثر")}</div>', {'published':'2013-05-15'}, 'ar')
    page('d6-zh-tw', f'<div class="article"><h1>城市新建一座大橋</h1><p class="date">2013年5月15日 上午11:51</p>{paras("新的大橋將於下個月開始建設，預計投資數十億元，這是一段內容，包含更多的文字和信息")}</div>', {'published':'2013-05-15'}, 'zh-TW')
    # headlines
    page('h6-h1-link', f'<div class="story"><h1><a href="/news/council-parking">Council approves new parking plan</a></h1>{paras()}</div>', {'headline':'Council approves new parking plan'}, title='Council approves new parking plan - The Town Crier')
    page('h6-br', f'<div class="story"><h1>Council approves<br>new parking plan</h1>{paras()}</div>', {'headline':'Council approves new parking plan'}, title='The Town Crier')
    page('h6-entry-title', f'<div id="side"><h2>Archives</h2><h2>Categories</h2></div><div class="post"><h2 class="entry-title">Council approves new parking plan</h2>{paras()}</div>', {'headline':'Council approves new parking plan'}, title='The Town Crier')
    page('h6-og-suffix', f'<div class="story">{paras()}</div>', {'headline':'Council approves new parking plan'}, title='The Town Crier', head='<meta property="og:title" content="Council approves new parking plan | The Town Crier"><meta property="og:site_name" content="The Town Crier">')
    page('h6-title-section-site', f'<div class="story">{paras()}</div>', {'headline':'Council approves new parking plan'}, title='Council approves new parking plan - Local News - The Town Crier')
    page('h6-title-paren-site', f'<div class="story">{paras()}</div>', {'headline':'Council approves new parking plan'}, title='Council approves new parking plan (The Town Crier)')
    page('h6-site-colon-copyright', f'<div class="story">{paras()}</div>', {'headline':'Council approves new parking plan'}, title='The Town Crier : Council approves new parking plan')
    page('h6-site-dash-copyright', f'<div class="story">{paras()}</div>', {'headline':'Council approves new parking plan'}, title='The Town Crier - Council approves new parking plan')
    page('h6-kicker-colon-kept', f'<div class="story">{paras()}</div>', {'headline':'Parking: Council approves new plan'}, title='Parking: Council approves new plan')
    page('h6-de-title-dash', f'<div class="artikel">{paras(DE)}</div>', {'headline':'Rat beschließt neuen Haushalt'}, 'de', title='Rat beschließt neuen Haushalt - Lokales - Stadtblatt')
    # captions
    page('c6-credit-span', f'<div class="story">{H}<figure><img src="/img/lot.jpg" width="600" height="400"><figcaption>The car park behind the town hall on Monday. <span class="credit">Photo: Anna Park</span></figcaption></figure>{paras()}</div>', {'captions':['The car park behind the town hall on Monday.'], 'credits':['Anna Park']})
    page('c6-sibling-div', f'<div class="story">{H}<div class="photo"><img src="/img/lot.jpg" width="600" height="400"></div><div class="photo-caption">The car park behind the town hall on Monday.</div>{paras()}</div>', {'captions':['The car park behind the town hall on Monday.']})
    page('c6-pt-legenda', f'<div class="materia"><h1>Prefeitura abre nova escola</h1><div class="foto"><img src="/img/escola.jpg" width="600" height="400"><p class="legenda">A nova escola do bairro na segunda-feira.</p></div>{paras("A nova escola do bairro abriu as portas na segunda-feira de manhã para as famílias, com mais palavras")}</div>', {'captions':['A nova escola do bairro na segunda-feira.']}, 'pt-BR')
    page('c6-pl-podpis', f'<div class="art"><h1>Miasto buduje nowy most</h1><div class="zdjecie"><img src="/img/most.jpg" width="600" height="400"><p class="podpis">Nowy most na rzece w poniedziałek.</p></div>{paras("Budowa nowego mostu na rzece rozpocznie się w przyszłym miesiącu, z kolejnymi słowami tutaj")}</div>', {'captions':['Nowy most na rzece w poniedziałek.']}, 'pl')
    page('c6-de-foto-dpa', f'<div class="artikel"><h1>Rat beschließt Haushalt</h1><figure><img src="/b/rat.jpg" width="600" height="400"><figcaption>Der Stadtrat bei der Abstimmung am Dienstag. Foto: dpa</figcaption></figure>{paras(DE)}</div>', {'captions':['Der Stadtrat bei der Abstimmung am Dienstag.'], 'credits':['dpa']}, 'de')
    page('c6-copyright', f'<div class="story">{H}<figure><img src="/img/lot.jpg" width="600" height="400"><figcaption>The car park behind the town hall on Monday. © Anna Park</figcaption></figure>{paras()}</div>', {'captions':['The car park behind the town hall on Monday.'], 'credits':['Anna Park']})
    # related
    def inline(name, label, lang, para):
        page(name, f'<div class="story">{H}{paras(para)}<p><strong>{label}</strong> {L1}</p>{paras(para,2)}</div>', {'related':[U1]}, lang)
    inline('r6-nl-lees', 'Lees ook:', 'nl', 'De gemeenteraad heeft dinsdagavond de begroting voor het komende jaar goedgekeurd, met meer woorden')
    inline('r6-pt-leia', 'Leia também:', 'pt-BR', 'A nova escola do bairro abriu as portas na segunda-feira de manhã para as famílias, com mais palavras')
    inline('r6-sv-las', 'Läs också:', 'sv', 'Bygget av den nya bron börjar nästa månad med en stor budget och fler ord här i detta stycke')
    inline('r6-ru-chitaite', 'Читайте также:', 'ru', 'Строительство нового моста начнется в следующем месяце, с дополнительными словами и цифрами')
    inline('r6-cs-ctete', 'Čtěte také:', 'cs', 'Stavba nového mostu přes řeku začne příští měsíc a bude stát mnoho peněz, další slova zde')
    inline('r6-tr-ilgili', 'İlgili haber:', 'tr', 'Yeni köprünün yapımına gelecek ay başlanacak ve büyük bir bütçe ayrıldı, daha fazla kelime')
    inline('r6-da-laes', 'Læs også:', 'da', 'Byrådet vedtog tirsdag aften budgettet for det kommende år, med flere ord her i afsnittet')
    page('r6-de-mehr-list', f'<div class="artikel"><h1>Rat beschließt Haushalt</h1>{paras(DE)}<h3>Mehr zum Thema</h3><ul><li>{L1}</li><li>{L2}</li></ul></div>', {'related':[U1,U2]}, 'de')
    page('r6-neg-comments', f'<div class="story">{H}{paras()}</div><div class="comments"><h3>2 Comments</h3><p><a href="/user/bob">bob</a> said: <a href="#comment-1">May 21, 2013</a></p><p>Great story.</p></div>', {'related':[]})


def set7(P):
    page = page_maker(P, footer='<a href="/about">About us</a> <a href="/contact">Contact</a>')
    H = f'<h1>{HEADLINE}</h1>'
    T = {**STORIES,
        'it': ('Il comune approva il bilancio', 'Il consiglio comunale ha approvato ieri sera il bilancio per il prossimo anno, con altre parole'),
        'nl': ('Gemeente keurt begroting goed', 'De gemeenteraad heeft dinsdagavond de begroting voor het komende jaar goedgekeurd, met meer woorden'),
        'id': ('Pemkot bangun jembatan baru', 'Pembangunan jembatan baru di atas sungai akan dimulai bulan depan dengan anggaran besar, dengan kata lagi'),
        'hu': ('Új hidat épít a város', 'Az új híd építése jövő hónapban kezdődik a folyón, nagy költségvetéssel és még több szóval ebben a bekezdésben'),
        'ro': ('Primăria construiește un pod nou', 'Construcția noului pod peste râu va începe luna viitoare, cu un buget mare și cu mai multe cuvinte aici'),
        'pl': ('Miasto buduje nowy most', 'Budowa nowego mostu na rzece rozpocznie się w przyszłym miesiącu, z kolejnymi słowami tutaj'),
        'ca': ("L'ajuntament obre una escola", "La nova escola del barri ha obert les portes dilluns al matí davant de les famílies, amb més paraules"),
        'hi': ('नगर निगम ने नया पुल बनाया', 'नदी पर नए पुल का निर्माण अगले महीने शुरू होगा और इसके लिए बड़ा बजट रखा गया है, और भी शब्द यहां'),
        'bn': ('শহরে নতুন সেতু তৈরি হচ্ছে', 'নদীর ওপর নতুন সেতুর নির্মাণ আগামী মাসে শুরু হবে এবং এর জন্য বড় বাজেট রাখা হয়েছে, আরও কিছু শব্দ'),
        'ur': ('شہر میں نیا پل بنے گا', 'دریا پر نئے پل کی تعمیر اگلے مہینے شروع ہوگی اور اس کے لیے بڑا بجٹ رکھا گیا ہے، مزید الفاظ یہاں'),
        'vi': ('Thành phố xây cầu mới', 'Việc xây dựng cây cầu mới bắc qua sông sẽ bắt đầu vào tháng tới với ngân sách lớn, thêm nhiều chữ ở đây'),
        'ar': ('المدينة تبني جسرا جديدا', 'سيبدأ بناء الجسر الجديد الشهر المقبل بميزانية كبيرة وهذه فقرة فيها كلمات أكثر'),
        'fa': ('شهر پل تازه می‌سازد', 'ساخت پل تازه ماه آینده آغاز می‌شود و بودجه زیادی دارد و این بند واژه‌های بیشتری دارد'),
        'tl': ('Bagong tulay itatayo sa lungsod', 'Sisimulan sa susunod na buwan ang pagtatayo ng bagong tulay sa ilog na may malaking badyet, at marami pang salita'),
        'uk': ('Місто будує новий міст', 'Будівництво нового мосту почнеться наступного місяця, з додатковими словами та цифрами тут'),
    }
    def local(name, lang, inner, exp):
        h, p = T[lang]
        page(name, f'<div class="article"><h1>{h}</h1>{inner}{paras(p)}</div>', exp, lang, title=h)
    # dates
    page('d7-drupal', f'<div class="node">{H}<span class="submitted">Posted: Wed, 05/15/2013 - 11:51</span>{paras()}</div>', {'published':'2013-05-15'})
    page('d7-ordinal-dmy', f'<div class="story">{H}<p class="date">15th May 2013</p>{paras()}</div>', {'published':'2013-05-15'}, 'en-GB')
    page('d7-guardian-old', f'<div class="story">{H}<p class="dateline">Wednesday 15 May 2013 11.51 BST</p>{paras()}</div>', {'published':'2013-05-15'}, 'en-GB')
    page('d7-no-comma', f'<div class="story">{H}<p class="date">May 15 2013</p>{paras()}</div>', {'published':'2013-05-15'})
    page('d7-dash-dmy', f'<div class="story">{H}<p class="date">15-05-2013</p>{paras()}</div>', {'published':'2013-05-15'}, 'en-IN')
    local('d7-hi', 'hi', '<p class="date">15 मई 2013</p>', {'published':'2013-05-15'})
    local('d7-bn-digits', 'bn', '<p class="date">১৫ মে ২০১৩</p>', {'published':'2013-05-15'})
    local('d7-ur', 'ur', '<p class="date">15 مئی 2013</p>', {'published':'2013-05-15'})
    local('d7-id-wib', 'id', '<p class="date">Rabu, 15 Mei 2013 11:51 WIB</p>', {'published':'2013-05-15'})
    local('d7-tl', 'tl', '<p class="date">Mayo 15, 2013</p>', {'published':'2013-05-15'})
    local('d7-ca', 'ca', '<p class="date">15 de maig de 2013</p>', {'published':'2013-05-15'})
    local('d7-es-abbr', 'es', '<p class="fecha">15 may. 2013</p>', {'published':'2013-05-15'})
    local('d7-uk', 'uk', '<p class="date">15 травня 2013, 11:51</p>', {'published':'2013-05-15'})
    local('d7-hu-time', 'hu', '<p class="date">2013. május 15. 11:51</p>', {'published':'2013-05-15'})
    local('d7-nl-abbr', 'nl', '<p class="datum">15 mei 2013 om 11:51</p>', {'published':'2013-05-15'})
    local('d7-de-label-last', 'de', '<p class="meta">Stadtblatt, 15.05.2013</p>', {'published':'2013-05-15'})
    # bylines
    page('b7-story-by', f'<div class="story">{H}<p class="credit">Story by Jane Doe</p>{paras()}</div>', {'authors':['Jane Doe']})
    page('b7-words-by', f'<div class="story">{H}<p>Words by Jane Doe</p>{paras()}</div>', {'authors':['Jane Doe']})
    page('b7-reporting-by', f'<div class="story">{H}<p class="byline">Reporting by Jane Doe; Editing by John Smith</p>{paras()}</div>', {'authors':['Jane Doe']})
    page('b7-name-pipe-role', f'<div class="story">{H}<p class="byline">Jane Doe | Reporter</p>{paras()}</div>', {'authors':['Jane Doe']})
    page('b7-name-dash-role', f'<div class="story">{H}<p class="byline">Jane Doe - Staff Writer</p>{paras()}</div>', {'authors':['Jane Doe']})
    local('b7-de-beitrag', 'de', '<p class="autor">Ein Beitrag von Anna Schmidt</p>', {'authors':['Anna Schmidt']})
    local('b7-fr-propos', 'fr', '<p class="auteur">Propos recueillis par Jean Dupont</p>', {'authors':['Jean Dupont']})
    local('b7-es-texto', 'es', '<p class="autor">Texto: Juan Pérez</p>', {'authors':['Juan Pérez']})
    local('b7-it-cura', 'it', '<p class="autore">A cura di Marco Rossi</p>', {'authors':['Marco Rossi']})
    local('b7-nl-tekst', 'nl', '<p class="auteur">Tekst: Jan de Vries</p>', {'authors':['Jan de Vries']})
    local('b7-pl-autorka', 'pl', '<p class="autor">Autorka: Anna Nowak</p>', {'authors':['Anna Nowak']})
    local('b7-id-penulis', 'id', '<p class="penulis">Penulis: Budi Santoso | Editor: Siti Rahma</p>', {'authors':['Budi Santoso']})
    local('b7-hu-szerzo', 'hu', '<p class="szerzo">Szerző: Kovács Anna</p>', {'authors':['Kovács Anna']})
    local('b7-ro-autor', 'ro', '<p class="autor">Autor: Ion Popescu</p>', {'authors':['Ion Popescu']})
    local('b7-vi-end', 'vi', '<p class="author" style="text-align:right"><strong>Nguyễn Văn An</strong></p>', {'authors':['Nguyễn Văn An']})
    page('b7-avatar-alt', f'<div class="story">{H}<div class="author"><img src="/a/jane.jpg" alt="Jane Doe" width="40"> <a href="/people/jane-doe">Jane Doe</a></div>{paras()}</div>', {'authors':['Jane Doe']})
    page('b7-about-author', f'<div class="story">{H}{paras()}<div class="author-bio"><h4>About the author</h4><p>Jane Doe is a reporter covering the town hall.</p></div></div>', {'authors':['Jane Doe']})
    # headlines
    page('h7-breadcrumb-title', f'<div class="story">{paras()}</div>', {'headline':'Council approves new parking plan'}, title='The Town Crier » News » Council approves new parking plan')
    page('h7-h1-video', f'<div class="story"><h1>Council approves new parking plan (Video)</h1>{paras()}</div>', {'headline':'Council approves new parking plan (Video)'}, title='Council approves new parking plan (Video) - The Town Crier')
    page('h7-small-kicker', f'<div class="story"><h1><small>Town hall</small> Council approves new parking plan</h1>{paras()}</div>', {'headline':'Council approves new parking plan'}, title='Council approves new parking plan - The Town Crier')
    page('h7-div-title-class', f'<div class="story"><div class="article-title">Council approves new parking plan</div>{paras()}</div>', {'headline':'Council approves new parking plan'}, title='The Town Crier')
    page('h7-og-only-site', f'<div class="story">{H}{paras()}</div>', {'headline':'Council approves new parking plan'}, title='The Town Crier', head='<meta property="og:title" content="The Town Crier">')
    # captions
    page('c7-figcaption-ps', f'<div class="story">{H}<figure><img src="/img/lot.jpg" width="600" height="400"><figcaption><p>The car park behind the town hall on Monday.</p><p class="credit">Photo: Anna Park</p></figcaption></figure>{paras()}</div>', {'captions':['The car park behind the town hall on Monday.'],'credits':['Anna Park']})
    page('c7-td-br-span', f'<div class="story">{H}<table align="right"><tr><td><img src="/img/lot.jpg" width="300" height="200"><br><span class="small">The car park behind the town hall on Monday.</span></td></tr></table>{paras()}</div>', {'captions':['The car park behind the town hall on Monday.']})
    page('c7-courtesy', f'<div class="story">{H}<figure><img src="/img/lot.jpg" width="600" height="400"><figcaption>The car park behind the town hall on Monday. Photo courtesy of Anna Park</figcaption></figure>{paras()}</div>', {'captions':['The car park behind the town hall on Monday.'],'credits':['Anna Park']})
    page('c7-de-foto-slash', f'<div class="artikel"><h1>Rat beschließt Haushalt</h1><figure><img src="/b/rat.jpg" width="600" height="400"><figcaption>Der Stadtrat bei der Abstimmung am Dienstag. Foto: Max Muster / dpa</figcaption></figure>{paras(T["de"][1])}</div>', {'captions':['Der Stadtrat bei der Abstimmung am Dienstag.'],'credits':['Max Muster / dpa']}, 'de')
    page('c7-credit-first', f'<div class="story">{H}<figure><img src="/img/lot.jpg" width="600" height="400"><span class="credit">Anna Park/The Town Crier</span><figcaption>The car park behind the town hall on Monday.</figcaption></figure>{paras()}</div>', {'captions':['The car park behind the town hall on Monday.']})
    # related, inline labels
    def inline(name, label, lang):
        page(name, f'<div class="story">{H}{paras(T[lang][1])}<p><strong>{label}</strong> {L1}</p>{paras(T[lang][1],2)}</div>', {'related':[U1]}, lang)
    inline('r7-id-baca', 'Baca juga:', 'id')
    inline('r7-vi-xem', 'Xem thêm:', 'vi')
    inline('r7-ar-iqra', 'اقرأ أيضا:', 'ar')
    inline('r7-fa-bishtar', 'بیشتر بخوانید:', 'fa')
    inline('r7-hi-yah-bhi', 'यह भी पढ़ें:', 'hi')
    inline('r7-hu-olvasd', 'Ezt is olvasd el:', 'hu')
    inline('r7-ro-citeste', 'Citește și:', 'ro')
    inline('r7-uk-chytaite', 'Читайте також:', 'uk')
    inline('r7-fr-voir', 'À voir aussi :', 'fr')
    inline('r7-it-correlati', 'Articoli correlati:', 'it')
    page('r7-you-might', f'<div class="story">{H}{paras()}</div><div class="also"><h3>You might also like</h3><ul><li>{L1}</li></ul></div>', {'related':[U1]})
    page('r7-further', f'<div class="story">{H}{paras()}<h4>Further reading</h4><ul><li>{L1}</li></ul></div>', {'related':[U1]})
    page('r7-es-notas', f'<div class="noticia"><h1>{T["es"][0]}</h1>{paras(T["es"][1])}<div class="relacionadas"><h3>Notas relacionadas</h3><ul><li>{L1}</li></ul></div></div>', {'related':[U1]}, 'es')
    page('r7-de-auch', f'<div class="artikel"><h1>{T["de"][0]}</h1>{paras(T["de"][1])}<aside><h3>Auch interessant</h3><ul><li>{L1}</li></ul></aside></div>', {'related':[U1]}, 'de')


def set8(P):
    page = page_maker(P, nav=False)
    HT = HEADLINE
    H = f'<h1>{HT}</h1>'
    X = {**STORIES,
        'zh-CN': ('城市新建一座大桥', '新的大桥将于下个月开始建设，预计投资数十亿元，这是一段内容，包含更多的文字和信息'),
        'ja': ('市が新しい橋を建設へ', '新しい橋の建設は来月始まる予定で、多額の予算が投入される。これは段落で、さらに多くの内容を含んでいる'),
        'ko': ('시, 새 다리 건설 시작', '새 다리 건설이 다음 달 시작될 예정이며 많은 예산이 투입된다. 이것은 문단으로 더 많은 내용을 담고 있다'),
        'pl': ('Miasto buduje nowy most', 'Budowa nowego mostu na rzece rozpocznie się w przyszłym miesiącu, z kolejnymi słowami tutaj'),
        'ru': ('Город строит новый мост', 'Строительство нового моста начнется в следующем месяце, с дополнительными словами и цифрами'),
    }
    def local(name, lang, inner, exp, before=''):
        h, p = X[lang]
        page(name, f'{before}<div class="post"><h1>{h}</h1>{inner}{paras(p)}</div>', exp, lang, title=h)
    # dates: calendar badges, blog lines, odd numeric forms
    page('d8-badge-dmy', f'<div class="post"><div class="date"><span class="day">15</span><span class="month">May</span><span class="year">2013</span></div><h2 class="entry-title">{HT}</h2>{paras()}</div>', {'published':'2013-05-15'})
    page('d8-badge-mdy', f'<div class="post"><div class="post-date"><span class="month">May</span><span class="day">15</span><span class="year">2013</span></div><h2 class="entry-title">{HT}</h2>{paras()}</div>', {'published':'2013-05-15'})
    page('d8-badge-no-year', f'<div class="post"><div class="date"><span class="day">15</span><span class="month">May</span></div><h2 class="entry-title">{HT}</h2>{paras()}</div>', {'published':''})
    page('d8-blogger', f'<div id="header"><h1>Town Notes</h1></div><div class="date-outer"><h2 class="date-header"><span>Wednesday, May 15, 2013</span></h2><div class="post"><h3 class="post-title">{HT}</h3>{paras()}</div></div>', {'published':'2013-05-15','headline':HT}, title=f'Town Notes: {HT}')
    page('d8-wp-two-h1', f'<div id="masthead"><h1 class="site-title"><a href="/">Town Notes</a></h1></div><article class="post"><h1 class="entry-title">{HT}</h1><span class="posted-on">Posted on <a href="/2013/05/15/parking/" rel="bookmark"><time class="entry-date published" datetime="2013-05-15T11:51:00+00:00">May 15, 2013</time></a></span>{paras()}</article>', {'published':'2013-05-15','headline':HT}, title=f'{HT} &#8211; Town Notes')
    local('d8-de-veroeffentlicht-von', 'de', '<p class="meta">Veröffentlicht am 15. Mai 2013 von admin</p>', {'published':'2013-05-15','authors':[]})
    local('d8-fr-lower-le', 'fr', '<p class="meta">le 15 mai 2013 par Jean Dupont</p>', {'published':'2013-05-15','authors':['Jean Dupont']})
    local('d8-es-month-first', 'es', '<p class="fecha">mayo 15, 2013</p>', {'published':'2013-05-15'})
    local('d8-fr-short-year', 'fr', '<p class="date">15/05/13</p>', {'published':'2013-05-15'})
    local('d8-zh-single-digit', 'zh-CN', '<p class="time">发布于 2013-5-15</p>', {'published':'2013-05-15'})
    local('d8-ja-weekday', 'ja', '<p class="date">2013年5月15日（水）</p>', {'published':'2013-05-15'})
    local('d8-ko-label', 'ko', '<p class="date">등록 2013-05-15 11:51</p>', {'published':'2013-05-15'})
    local('d8-pl-r', 'pl', '<p class="data">15.05.2013 r.</p>', {'published':'2013-05-15'})
    local('d8-ru-v', 'ru', '<p class="date">15.05.2013 в 11:51</p>', {'published':'2013-05-15'})
    page('d8-data-date', f'<div class="story" data-date="2013-05-15">{H}{paras()}</div>', {'published':'2013-05-15'})
    page('d8-epoch-zero', f'<div class="story">{H}<time datetime="1970-01-01T00:00:00Z">January 1, 1970</time>{paras()}</div>', {'published':''})
    page('d8-archive-only', f'<div class="story">{H}{paras()}</div><div class="archives"><h3>Archives</h3><ul><li><a href="/2013/05/">May 2013</a></li><li><a href="/2013/04/">April 2013</a></li></ul></div>', {'published':''})
    page('d8-copyright-only', f'<div class="story">{H}{paras()}</div><p class="copy">© 2013 Town Notes</p>', {'published':''})
    page('d8-relative-only', f'<div class="story">{H}<p class="date">2 days ago</p>{paras()}</div>', {'published':''})
    page('d8-future-typo', f'<div class="story">{H}<p class="date">May 15, 2031</p>{paras()}</div>', {'published':''}, head='')
    # headlines in blog layouts
    page('h8-blog-colon', f'<div id="header"><h1>Town Notes</h1></div><div class="post"><h3 class="post-title">{HT}</h3>{paras()}</div>', {'headline':HT}, title=f'Town Notes: {HT}')
    page('h8-two-h1-site-first', f'<div id="masthead"><h1 class="site-title"><a href="/">Town Notes</a></h1></div><div class="post"><h1 class="entry-title">{HT}</h1>{paras()}</div>', {'headline':HT}, title='Town Notes')


def set9(P):
    page = page_maker(P)
    H = f'<h1>{HEADLINE}</h1>'
    C='The car park behind the town hall on Monday.'
    IMG='<img src="/img/lot.jpg" width="600" height="400">'
    # captions
    page('c9-caption-text-credit-spans', f'<div class="story">{H}<div class="image">{IMG}<div class="image-caption"><span class="caption-text">{C}</span> <span class="image-credit">Anna Park</span></div></div>{paras()}</div>', {'captions':[C],'credits':['Anna Park']})
    page('c9-next-p-class', f'<div class="post">{H}<p>{IMG}</p><p class="wp-caption-text">{C}</p>{paras()}</div>', {'captions':[C]})
    page('c9-next-p-em', f'<div class="post">{H}<p>{IMG}</p><p><em>{C}</em></p>{paras()}</div>', {'captions':[C]})
    page('c9-center-font', f'<div class="story">{H}<center>{IMG}<br><font size="-1">{C}</font></center>{paras()}</div>', {'captions':[C]})
    page('c9-figcaption-first', f'<div class="story">{H}<figure><figcaption>{C}</figcaption>{IMG}</figure>{paras()}</div>', {'captions':[C]})
    page('c9-thumbcaption', f'<div class="story">{H}<div class="thumb tright"><div class="thumbinner">{IMG}<div class="thumbcaption">{C}</div></div></div>{paras()}</div>', {'captions':[C]})
    page('c9-link-span', f'<div class="story">{H}<a href="/img/lot-large.jpg">{IMG}</a><span class="image-caption">{C}</span>{paras()}</div>', {'captions':[C]})
    page('c9-ja-shashin', '<div class="article"><h1>市が新しい橋を建設へ</h1><figure><img src="/img/hashi.jpg" width="600" height="400"><figcaption>新しい橋の完成予想図（写真：共同）</figcaption></figure>'+paras('新しい橋の建設は来月始まる予定で、多額の予算が投入される。これは段落で、さらに多くの内容を含んでいる')+'</div>', {'captions':['新しい橋の完成予想図'],'credits':['共同']}, 'ja')
    page('c9-photo-agency-slash', f'<div class="story">{H}<figure>{IMG}<figcaption>{C} Photo: Reuters/Jane Doe</figcaption></figure>{paras()}</div>', {'captions':[C],'credits':['Reuters/Jane Doe']})
    page('c9-de-bildquelle', '<div class="artikel"><h1>Rat beschließt Haushalt</h1><figure><img src="/b/rat.jpg" width="600" height="400"><figcaption>Der Stadtrat bei der Abstimmung am Dienstag. Bildquelle: Max Muster</figcaption></figure>'+paras('Der Stadtrat hat am Dienstagabend den Haushalt für das kommende Jahr beschlossen, mit weiteren Worten und Zahlen')+'</div>', {'captions':['Der Stadtrat bei der Abstimmung am Dienstag.'],'credits':['Max Muster']}, 'de')
    # related
    page('r9-yarpp', f'<div class="post">{H}{paras()}<div class="related-posts"><h3>Related Posts</h3><ul><li>{L1}</li><li>{L2}</li></ul></div></div>', {'related':[U1,U2]})
    page('r9-jetpack', f'<div class="post">{H}{paras()}<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items"><div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title">{L1}</h4><p class="jp-relatedposts-post-date">May 10, 2013</p></div><div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title">{L2}</h4></div></div></div></div>', {'related':[U1,U2]})
    page('r9-neg-prev-next', f'<div class="post">{H}{paras()}<div class="nav-links"><div class="nav-previous"><a href="{U1}" rel="prev">« Old bridge closed at night for repairs to its deck</a></div><div class="nav-next"><a href="{U2}" rel="next">New bus lanes open on the ring road next week »</a></div></div></div>', {'related':[]})
    page('r9-neg-filed-under', f'<div class="post">{H}{paras()}<p class="postmetadata">Filed under: <a href="/category/news/">News</a>, <a href="/category/local/">Local</a> | <a href="/council-parking/#comments">3 Comments »</a></p></div>', {'related':[]})
    page('r9-related-inline-two', f'<div class="story">{H}{paras()}<p>Related: {L1}, {L2}</p>{paras(EN,2)}</div>', {'related':[U1,U2]})
    def inline(name, label, lang, para):
        page(name, f'<div class="story">{H}{paras(para)}<p><strong>{label}</strong> {L1}</p>{paras(para,2)}</div>', {'related':[U1]}, lang)
    inline('r9-pt-veja', 'Veja também:', 'pt-BR', 'A nova escola do bairro abriu as portas na segunda-feira de manhã para as famílias, com mais palavras')
    inline('r9-pt-saiba', 'Saiba mais:', 'pt-BR', 'A nova escola do bairro abriu as portas na segunda-feira de manhã para as famílias, com mais palavras')
    inline('r9-el-diavaste', 'Διαβάστε επίσης:', 'el', 'Η κατασκευή της νέας γέφυρας θα ξεκινήσει τον επόμενο μήνα με μεγάλο προϋπολογισμό και περισσότερες λέξεις')
    inline('r9-fi-lue', 'Lue myös:', 'fi', 'Uuden sillan rakentaminen alkaa ensi kuussa suurella budjetilla ja lisää sanoja tässä kappaleessa')
    inline('r9-no-les', 'Les også:', 'no', 'Byggingen av den nye brua starter neste måned med et stort budsjett og flere ord her i avsnittet')
    inline('r9-cs-prectete', 'Přečtěte si také:', 'cs', 'Stavba nového mostu přes řeku začne příští měsíc a bude stát mnoho peněz, další slova zde')
    inline('r9-sk-precitajte', 'Prečítajte si tiež:', 'sk', 'Stavba nového mosta cez rieku sa začne budúci mesiac a bude stáť veľa peňazí, ďalšie slová')
    inline('r9-hr-procitajte', 'Pročitajte i:', 'hr', 'Gradnja novog mosta preko rijeke počinje sljedeći mjesec s velikim proračunom i još riječi ovdje')
    inline('r9-bg-prochetete', 'Прочетете още:', 'bg', 'Строителството на новия мост ще започне следващия месец с голям бюджет и още думи тук')
    inline('r9-he-kiru', 'קראו עוד:', 'he', 'בניית הגשר החדש תתחיל בחודש הבא עם תקציב גדול ועוד מילים בפסקה הזאת כאן')
    inline('r9-th-an', 'อ่านเพิ่มเติม:', 'th', 'การก่อสร้างสะพานใหม่จะเริ่มในเดือนหน้าด้วยงบประมาณจำนวนมากและมีคำเพิ่มเติมในย่อหน้านี้')
    inline('r9-zh-yanshen', '延伸阅读：', 'zh-CN', '新的大桥将于下个月开始建设，预计投资数十亿元，这是一段内容，包含更多的文字和信息')
    inline('r9-tr-ilginizi', 'Bunlar da ilginizi çekebilir:', 'tr', 'Yeni köprünün yapımına gelecek ay başlanacak ve büyük bir bütçe ayrıldı, daha fazla kelime')


def set10(P):
    page = page_maker(P)
    H = f'<h1>{HEADLINE}</h1>'
    KO = ('시, 새 다리 건설 시작', '새 다리 건설이 다음 달 시작될 예정이며 많은 예산이 투입된다. 이것은 문단으로 더 많은 내용을 담고 있다')
    ZH = ('城市新建一座大桥', '新的大桥将于下个月开始建设，预计投资数十亿元，这是一段内容，包含更多的文字和信息')
    JA = ('市が新しい橋を建設へ', '新しい橋の建設は来月始まる予定で、多額の予算が投入される。これは段落で、さらに多くの内容を含んでいる')
    VI = ('Thành phố xây cầu mới', 'Việc xây dựng cây cầu mới bắc qua sông sẽ bắt đầu vào tháng tới với ngân sách lớn, thêm nhiều chữ ở đây')
    TR = ('Belediye yeni köprü yapıyor', 'Yeni köprünün yapımına gelecek ay başlanacak ve büyük bir bütçe ayrıldı, daha fazla kelime')
    EL = ('Η πόλη χτίζει νέα γέφυρα', 'Η κατασκευή της νέας γέφυρας θα ξεκινήσει τον επόμενο μήνα με μεγάλο προϋπολογισμό και περισσότερες λέξεις')
    ID = ('Pemkot bangun jembatan baru', 'Pembangunan jembatan baru di atas sungai akan dimulai bulan depan dengan anggaran besar, dengan kata lagi')
    RU = ('Город строит новый мост', 'Строительство нового моста начнется в следующем месяце, с дополнительными словами и цифрами')
    def local(name, story, lang, inner, exp, head=''):
        h, p = story
        page(name, f'<div class="article"><h1>{h}</h1>{inner}{paras(p)}</div>', exp, lang, title=h, head=head)
    # dates in meta tags of older CMSs
    page('d10-meta-date-dmy', f'<div class="story">{H}{paras()}</div>', {'published':'2013-05-15'}, 'de', head='<meta name="date" content="15.05.2013">')
    page('d10-meta-publication-date', f'<div class="story">{H}{paras()}</div>', {'published':'2013-05-15'}, head='<meta name="publication_date" content="2013-05-15">')
    page('d10-meta-dcterms', f'<div class="story">{H}{paras()}</div>', {'published':'2013-05-15'}, head='<meta name="dcterms.date" content="2013-05-15T11:51:00+02:00">')
    page('d10-itemprop-created', f'<div class="story">{H}<meta itemprop="dateCreated" content="2013-05-15T11:51:00Z">{paras()}</div>', {'published':'2013-05-15'})
    page('d10-label-date', f'<div class="story">{H}<p class="info">Date: 2013-05-15</p>{paras()}</div>', {'published':'2013-05-15'})
    page('d10-updated-then-posted', f'<div class="story">{H}<p class="info">Updated: 16/05/2013 | Posted: 15/05/2013</p>{paras()}</div>', {'published':'2013-05-15'}, 'en-GB')
    # dates in CJK, Vietnamese, Turkish, Greek, Indonesian, Russian forms
    local('d10-ko-dots-spaces', KO, 'ko', '<p class="date">입력 2013. 5. 15. 오전 11:51</p>', {'published':'2013-05-15'})
    local('d10-zh-no-space', ZH, 'zh-CN', '<p class="time">2013年05月15日11:51</p>', {'published':'2013-05-15'})
    local('d10-zh-slash', ZH, 'zh-CN', '<p class="time">2013/5/15 11:51:00</p>', {'published':'2013-05-15'})
    local('d10-ja-dot-weekday', JA, 'ja', '<p class="date">2013.05.15 Wed</p>', {'published':'2013-05-15'})
    local('d10-vi-weekday-gmt', VI, 'vi', '<p class="date">Thứ tư, 15/5/2013, 11:51 (GMT+7)</p>', {'published':'2013-05-15'})
    local('d10-tr-weekday-after', TR, 'tr', '<p class="tarih">15 Mayıs 2013 Çarşamba</p>', {'published':'2013-05-15'})
    local('d10-el-dash-time', EL, 'el', '<p class="date">15/05/2013 - 11:51</p>', {'published':'2013-05-15'})
    local('d10-ru-g', RU, 'ru', '<p class="date">15 мая 2013 г., 11:51</p>', {'published':'2013-05-15'})
    # bylines in CJK, Vietnamese, Indonesian; editors and sources that are not authors
    local('b10-ko-email', KO, 'ko', '<p class="byline">홍길동 기자 hong@example.co.kr</p>', {'authors':['홍길동']})
    local('b10-ja-brackets', JA, 'ja', '<p class="author">【山田太郎】</p>', {'authors':['山田太郎']})
    local('b10-zh-editor-not-author', ZH, 'zh-CN', '<p class="info">作者：张三　责任编辑：李四</p>', {'authors':['张三']})
    local('b10-vi-theo-source', VI, 'vi', '<p class="author"><strong>Nguyễn Văn An</strong></p><p class="source">Theo Tuổi Trẻ</p>', {'authors':['Nguyễn Văn An']})
    local('b10-id-laporan', ID, 'id', '<p class="penulis">Laporan wartawan Kompas, Budi Santoso</p>', {'authors':['Budi Santoso']})
    local('b10-es-agencia-only', ('El puerto amplía su muelle', STORIES['es'][1]), 'es', '<p class="firma">Agencia EFE</p>', {'authors':['EFE']})
    # headlines: old title forms with a site name the footer does not spell
    page('h10-title-underscore-site', f'<div class="story">{H}{paras()}</div>', {'headline':HEADLINE}, title=f'{HEADLINE}_English_Xinhua')
    page('h10-title-double-colon', f'<div class="story">{paras()}</div>', {'headline':HEADLINE}, title=f'{HEADLINE} :: Local :: The Town Crier')
    page('h10-h1-logo-img-h2', f'<div id="top"><h1><a href="/"><img src="/logo.png" alt="The Town Crier"></a></h1></div><div class="story"><h2>{HEADLINE}</h2>{paras()}</div>', {'headline':HEADLINE}, title='The Town Crier')


def set11(P):
    """Small sites, blogs and older news pages without JSON-LD or OpenGraph,
    in languages and layouts sets one to ten leave out."""
    page = page_maker(P)
    H = f'<h1>{HEADLINE}</h1>'
    S = {
        'hu': ('Új parkot nyitott a város', 'A város szerda reggel két év munka után új parkot nyitott a belvárosban, az átadásra sok környékbeli lakó is eljött'),
        'ro': ('Primăria a deschis un parc nou', 'Primăria a deschis miercuri dimineață un parc nou în centrul orașului, după doi ani de lucrări, iar mulți vecini au venit la inaugurare'),
        'cs': ('Radnice otevřela nový park', 'Radnice ve středu ráno otevřela po dvou letech prací nový park v centru města a na otevření přišlo mnoho sousedů z okolí'),
        'sk': ('Mesto otvorilo nový park', 'Mesto v stredu ráno po dvoch rokoch prác otvorilo nový park v centre a na otvorenie prišlo veľa susedov z okolia'),
        'ar': ('البلدية تفتتح حديقة جديدة', 'افتتحت البلدية صباح الأربعاء حديقة جديدة في وسط المدينة بعد عامين من العمل، وحضر الافتتاح عدد كبير من السكان'),
        'fa': ('شهرداری پارک تازه‌ای افتتاح کرد', 'شهرداری صبح چهارشنبه پارک تازه‌ای را در مرکز شهر پس از دو سال کار افتتاح کرد و بسیاری از ساکنان در مراسم حاضر بودند'),
        'he': ('העירייה פותחת גן ציבורי חדש', 'העירייה פתחה ביום רביעי בבוקר גן ציבורי חדש במרכז העיר אחרי שנתיים של עבודות, ותושבים רבים מהשכונה הגיעו לטקס'),
        'th': ('เทศบาลเปิดสวนสาธารณะแห่งใหม่', 'เทศบาลเปิดสวนสาธารณะแห่งใหม่กลางเมืองเมื่อเช้าวันพุธ หลังจากก่อสร้างมานานสองปี และมีชาวบ้านจำนวนมากมาร่วมงานเปิดในวันนั้นด้วย'),
        'ms': ('Majlis bandar buka taman baharu', 'Majlis bandar membuka sebuah taman baharu di tengah bandar pada pagi Khamis selepas dua tahun kerja pembinaan, disaksikan ramai penduduk'),
        'nl': ('Gemeente opent nieuw park in centrum', 'De gemeente heeft woensdagochtend na twee jaar werk een nieuw park in het centrum geopend, in aanwezigheid van veel buurtbewoners'),
        'fi': ('Kaupunki avasi uuden puiston', 'Kaupunki avasi keskiviikkoaamuna uuden puiston keskustaan kahden vuoden rakennustöiden jälkeen, ja paikalle tuli paljon lähiseudun asukkaita'),
        'da': ('Kommunen åbner ny park i midtbyen', 'Kommunen åbnede onsdag morgen en ny park i midtbyen efter to års arbejde, og mange af naboerne mødte op til åbningen'),
        'no': ('Kommunen åpner ny park i sentrum', 'Kommunen åpnet onsdag morgen en ny park i sentrum etter to års arbeid, og mange av naboene kom for å se på'),
        'ca': ("L'ajuntament obre un parc nou al centre", "L'ajuntament va obrir dimecres al matí un parc nou al centre de la ciutat després de dos anys d'obres, davant de molts veïns"),
        'tr': ('Belediye şehir merkezinde yeni park açtı', 'Belediye çarşamba sabahı iki yıllık çalışmanın ardından şehir merkezinde yeni bir park açtı ve açılışa çok sayıda mahalle sakini katıldı'),
        'el': ('Ο δήμος ανοίγει νέο πάρκο στο κέντρο', 'Ο δήμος άνοιξε την Τετάρτη το πρωί ένα νέο πάρκο στο κέντρο της πόλης μετά από δύο χρόνια εργασιών, με πολλούς κατοίκους παρόντες'),
        'sl': ('Občina odpira nov park v središču', 'Občina je v sredo zjutraj po dveh letih del odprla nov park v središču mesta, na odprtje pa je prišlo veliko sosedov'),
        'pl': ('Miasto otwiera nowy park w centrum', 'Miasto otworzyło w środę rano nowy park w centrum po dwóch latach prac, a na otwarcie przyszło wielu okolicznych mieszkańców'),
        'de': STORIES['de'],
    }
    def local(name, lang, inner, exp, after=''):
        h, p = S[lang]
        page(name, f'<div class="article"><h1>{h}</h1>{inner}{paras(p)}{after}</div>', exp, lang, title=h)
    link = lambda u, text: f'<a href="{u}">{text}</a>'
    IMG = '<img src="/img/park.jpg" width="600" height="400">'
    C = 'The car park behind the town hall on Monday.'

    # dates: month names, numeric forms and calendars sets one to ten leave out
    local('d11-hu-abbr', 'hu', '<p class="datum">2013. márc. 13. 11:51</p>', {'published':'2013-03-13'})
    local('d11-ro-updated-first', 'ro', '<p class="data">Actualizat: joi, 16 mai 2013, 09:02 | Publicat: miercuri, 15 mai 2013, 11:51</p>', {'published':'2013-05-15'})
    local('d11-cs-spaced', 'cs', '<p class="datum">Publikováno: 15. 5. 2013 11:51</p>', {'published':'2013-05-15'})
    local('d11-sk-genitive', 'sk', '<p class="datum">streda 15. mája 2013</p>', {'published':'2013-05-15'})
    local('d11-ar-indic-numeric', 'ar', '<p class="date">نشر في: ١٥/٠٥/٢٠١٣ - ١١:٥١</p>', {'published':'2013-05-15'})
    local('d11-fa-gregorian-both', 'fa', '<p class="date">۱۵ مه ۲۰۱۳ - ۲۵ اردیبهشت ۱۳۹۲</p>', {'published':'2013-05-15'})
    local('d11-he-short-year', 'he', '<p class="date">פורסם: 15.05.13, 11:51</p>', {'published':'2013-05-15'})
    local('d11-th-weekday-be', 'th', '<p class="date">วันพุธที่ 15 พฤษภาคม พ.ศ. 2556 เวลา 11:51 น.</p>', {'published':'2013-05-15'})
    local('d11-ms-ogos', 'ms', '<p class="tarikh">Khamis, 15 Ogos 2013 | 11:51 AM</p>', {'published':'2013-08-15'})
    local('d11-nl-weekday-maart', 'nl', '<p class="datum">Geplaatst op woensdag 13 maart 2013 om 11:51</p>', {'published':'2013-03-13'})
    local('d11-fi-updated-klo', 'fi', '<p class="aika">Päivitetty 16.5.2013 klo 9.02 | Julkaistu 15.5.2013 klo 11.51</p>', {'published':'2013-05-15'})
    page('d11-time-pubdate', f'<article>{H}<p>The council said the new rules take effect on <time datetime="2013-06-01">June 1</time> for every street inside the ring road, and that wardens will hand out warnings first.</p>{paras()}<footer>Posted <time pubdate datetime="2013-05-15T11:51:00+01:00">Wednesday morning</time></footer></article>', {'published':'2013-05-15'})
    page('d11-abbr-updated-first', f'<div class="hentry"><h2 class="entry-title">{HEADLINE}</h2><p class="meta">Last updated <abbr class="updated" title="2013-05-20T09:00:00+00:00">May 20</abbr> · first posted <abbr class="published" title="2013-05-15T11:51:00+00:00">May 15</abbr></p><div class="entry-content">{paras()}</div></div>', {'published':'2013-05-15'})
    local('d11-de-comments-time', 'de', '<p class="datum">15.05.2013</p>', {'published':'2013-05-15'},
          after='<div id="kommentare"><h3>3 Kommentare</h3><div class="kommentar"><span class="name">Klaus</span> <time datetime="2013-05-21T09:14:00+02:00">21.05.2013, 09:14</time><p>Endlich passiert hier mal etwas.</p></div><div class="kommentar"><span class="name">Petra</span> <time datetime="2013-05-22T18:40:00+02:00">22.05.2013, 18:40</time><p>Und wer soll das bezahlen?</p></div></div>')
    page('d11-related-only-date', f'<div class="story">{H}{paras()}<div class="related"><h3>Related stories</h3><ul><li>{L1} <span class="date">May 10, 2013</span></li><li>{L2} <span class="date">May 12, 2013</span></li></ul></div></div>', {'published':'', 'related':[U1,U2]})

    # bylines: labels and joiners in more languages, roles, particles, non-authors
    local('b11-fi-teksti-kuvat', 'fi', '<p class="tekijat">Teksti: Matti Virtanen Kuvat: Liisa Korhonen</p>', {'authors':['Matti Virtanen']})
    local('b11-da-af-og', 'da', '<p class="byline">Af Mette Hansen og Lars Nielsen</p>', {'authors':['Mette Hansen','Lars Nielsen']})
    local('b11-no-av-role', 'no', '<p class="byline">Av Kari Nordmann, journalist</p>', {'authors':['Kari Nordmann']})
    local('b11-ca-per-i', 'ca', '<p class="autor">Per Jordi Puig i Marta Soler</p>', {'authors':['Jordi Puig','Marta Soler']})
    local('b11-tr-yazan', 'tr', '<p class="yazar">Yazan: Ayşe Demir</p>', {'authors':['Ayşe Demir']})
    local('b11-he-meat', 'he', '<p class="author">מאת: דנה כהן</p>', {'authors':['דנה כהן']})
    local('b11-el-tis', 'el', '<p class="author">Της Κλειώ Νικολάου</p>', {'authors':['Κλειώ Νικολάου']})
    local('b11-hu-es', 'hu', '<p class="szerzo">Szerző: Kovács Anna és Nagy Péter</p>', {'authors':['Kovács Anna','Nagy Péter']})
    local('b11-de-von-komma-datum', 'de', '<p class="autor">Von Max Muster, 15.05.2013</p>', {'authors':['Max Muster'], 'published':'2013-05-15'})
    page('b11-particles', f'<div class="story">{H}<p class="byline">By Maria van der Berg and Louis de la Croix</p>{paras()}</div>', {'authors':['Maria van der Berg','Louis de la Croix']})
    page('b11-photos-by', f'<div class="story">{H}<p class="byline">By Jane Doe | Photos by John Smith</p>{paras()}</div>', {'authors':['Jane Doe']})
    page('b11-by-the-ap', f'<div class="story">{H}<p class="byline">By the Associated Press</p>{paras()}</div>', {'authors':['Associated Press']})
    page('b11-author-link-nolabel', f'<div class="post">{H}<p class="meta"><a href="/author/jane-doe/">Jane Doe</a> · May 15, 2013</p>{paras()}</div>', {'authors':['Jane Doe'], 'published':'2013-05-15'})
    page('b11-hentry-h-card', f'<article class="h-entry"><h1 class="p-name">{HEADLINE}</h1><p>by <a class="p-author h-card" href="/">Jane Doe</a> on <time class="dt-published" datetime="2013-05-15 11:51:00">15 May</time></p><div class="e-content">{paras()}</div></article>', {'authors':['Jane Doe'], 'published':'2013-05-15', 'headline':HEADLINE})
    page('b11-neg-comment-author', f'<div class="post">{H}{paras()}</div><div id="comments"><h3>2 Responses</h3><ol class="commentlist"><li class="comment"><div class="comment-author vcard"><cite class="fn"><a href="http://bob.example.com/">Bob Miller</a></cite> says:</div><p>Good to see this finally happen.</p></li></ol></div>', {'authors':[]})

    # headlines: site name only known from the domain, text logo in the h1, kicker
    page('h11-domain-site-first', f'<div class="story">{paras()}</div>', {'headline':HEADLINE}, title=f'Example News - {HEADLINE}')
    page('h11-domain-site-last', f'<div class="story">{paras()}</div>', {'headline':HEADLINE}, title=f'{HEADLINE} - Example News')
    page('h11-text-logo-h2', f'<div id="header"><h1 id="logo"><a href="/">Example News</a></h1><p class="slogan">Local news since 1998</p></div><div class="story"><h2>{HEADLINE}</h2>{paras()}</div>', {'headline':HEADLINE}, title='Example News')
    page('h11-kicker-p', f'<div class="story"><p class="kicker">Town hall</p>{H}{paras()}</div>', {'headline':HEADLINE}, title=f'Town hall | {HEADLINE} | Example News')

    # captions: classes beside the picture, local credit words, alt text is no caption
    page('c11-div-caption', f'<div class="story">{H}{IMG}<div class="caption">{C}</div>{paras()}</div>', {'captions':[C]})
    page('c11-p-photo-caption', f'<div class="story">{H}<p>{IMG}</p><p class="photo-caption">{C}</p>{paras()}</div>', {'captions':[C]})
    page('c11-span-cutline', f'<div class="story">{H}<div class="photo">{IMG}<span class="cutline">{C}</span> <span class="credit">Anna Park/The Town Crier</span></div>{paras()}</div>', {'captions':[C], 'credits':['Anna Park'], 'authors':[]})
    local('c11-nl-bijschrift', 'nl', f'<div class="foto">{IMG}<div class="bijschrift">Het nieuwe park op de dag van de opening. Foto: Jan Jansen</div></div>', {'captions':['Het nieuwe park op de dag van de opening.'], 'credits':['Jan Jansen']})
    local('c11-pl-fot', 'pl', f'<div class="zdjecie">{IMG}<div class="opis">Nowy park w centrum miasta w środę rano. Fot. Piotr Zieliński</div></div>', {'captions':['Nowy park w centrum miasta w środę rano.'], 'credits':['Piotr Zieliński']})
    local('c11-cs-popisek', 'cs', f'<div class="foto">{IMG}<p class="popisek">Nový park v centru města ve středu ráno. Foto: Petr Dvořák</p></div>', {'captions':['Nový park v centru města ve středu ráno.'], 'credits':['Petr Dvořák']})
    page('c11-neg-alt-only', f'<div class="story">{H}<img src="/img/lot.jpg" width="600" height="400" alt="The car park behind the town hall seen from the roof of the library on a sunny Monday">{paras()}</div>', {'captions':[]})

    # related: labels in more languages, a list at the end, things that are not related stories
    def inline(name, lang, label, t1):
        local(name, lang, '', {'related':[U1]}, after=f'<p><strong>{label}</strong> {link(U1, t1)}</p>{paras(S[lang][1], 2)}')
    inline('r11-hu-lasd', 'hu', 'Lásd még:', 'Éjszakára lezárják a régi hidat a felújítás miatt')
    inline('r11-ca-llegiu', 'ca', 'Llegiu també:', 'El pont vell tancarà de nit per les obres de reparació')
    inline('r11-sl-preberite', 'sl', 'Preberite tudi:', 'Stari most bo ponoči zaprt zaradi popravil')
    local('r11-ar-heading-list', 'ar', '', {'related':[U1,U2]},
          after=f'<div class="related"><h3>أخبار ذات صلة</h3><ul><li>{link(U1, "إغلاق الجسر القديم ليلا لأعمال الصيانة")}</li><li>{link(U2, "افتتاح مسارات جديدة للحافلات على الطريق الدائري")}</li></ul></div>')
    local('r11-nl-gerelateerd-end', 'nl', '', {'related':[U1,U2]},
          after=f'<div class="gerelateerd"><h4>Gerelateerde artikelen</h4><ul><li>{link(U1, "Oude brug ’s nachts dicht voor onderhoud")} <span class="datum">10 mei 2013</span></li><li>{link(U2, "Nieuwe busbaan op de ringweg gaat open")} <span class="datum">12 mei 2013</span></li></ul></div>')
    page('r11-neg-share', f'<div class="story">{H}{paras()}<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example.org%2Fstory%2F1.html">Share on Facebook</a> <a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fnews.example.org%2Fstory%2F1.html">Tweet this story</a> <a href="mailto:?subject=Council%20approves%20new%20parking%20plan">Email a friend</a> <a href="/story/1.html?print=1">Print this page</a></div></div>', {'related':[]})
    local('r11-neg-categories', 'hu', '', {'related':[]},
          after='<div class="rovatok"><h4>Rovatok</h4><ul><li><a href="/belfold/">Belföld</a></li><li><a href="/kulfold/">Külföld</a></li><li><a href="/gazdasag/">Gazdaság</a></li><li><a href="/kultura/">Kultúra</a></li></ul></div>')


def set12(P):
    """Older layouts without OpenGraph or JSON-LD: headlines from <title>
    forms and table markup, captions beside pictures with credits in
    parentheses, related-story blocks with pictures and summaries beside
    links that are not stories, dates and bylines in forms sets one to
    eleven leave out."""
    page = page_maker(P)
    bare = page_maker(P, nav=False)
    H = f'<h1>{HEADLINE}</h1>'
    S = {
        'el': ('Ο δήμος επισκευάζει την παλιά αγορά', 'Ο δήμος ξεκίνησε την Τετάρτη τις εργασίες επισκευής στη στέγη της παλιάς δημοτικής αγοράς, που αναμένεται να διαρκέσουν έως το φθινόπωρο'),
        'bg': ('Общината ремонтира старата пазарна хала', 'Общината започна във вторник ремонта на покрива на старата пазарна хала в центъра, като работите ще продължат до края на годината'),
        'sr': ('Град обнавља стару пијацу', 'Град је у среду почео радове на обнови крова старе пијаце у центру, а радови би требало да буду завршени до јесени'),
        'hr': ('Grad obnavlja staru tržnicu', 'Grad je u srijedu započeo radove na obnovi krova stare tržnice u središtu, a radovi bi trebali biti gotovi do jeseni'),
        'pl': ('Miasto remontuje stary targ', 'Miasto rozpoczęło w środę remont dachu starej hali targowej w centrum, a prace mają potrwać aż do jesieni tego roku'),
        'ar': ('البلدية ترمم السوق القديم', 'بدأت البلدية يوم الأربعاء أعمال ترميم سقف السوق البلدي القديم في وسط المدينة، ومن المتوقع أن تستمر الأعمال حتى الخريف المقبل'),
        'es': ('El ayuntamiento reforma el mercado viejo', 'El ayuntamiento comenzó el miércoles las obras para reparar el tejado del viejo mercado municipal del centro, que durarán hasta el otoño'),
        'ms': ('Majlis baiki pasar lama', 'Majlis bandaraya memulakan kerja membaiki bumbung pasar lama di tengah bandar pada hari Rabu, dan kerja itu dijangka siap sebelum hujung tahun'),
        'id': ('Pemkot perbaiki pasar lama', 'Pemerintah kota mulai memperbaiki atap pasar lama di pusat kota pada hari Rabu, dan pekerjaan itu diperkirakan selesai sebelum akhir tahun'),
        'tr': ('Belediye eski çarşıyı onarıyor', 'Belediye çarşamba günü şehir merkezindeki eski kapalı çarşının çatısını onarma çalışmalarına başladı ve işlerin sonbahara kadar sürmesi bekleniyor'),
        'de': ('Stadt saniert die alte Markthalle', 'Die Stadt hat am Mittwoch mit der Sanierung des Dachs der alten Markthalle in der Innenstadt begonnen, die Arbeiten sollen bis zum Herbst dauern'),
        'fr': ('La ville rénove les vieilles halles', 'La ville a commencé mercredi les travaux de réfection de la toiture des vieilles halles du centre, qui devraient durer jusqu’à l’automne prochain'),
        'it': ('Il comune restaura il vecchio mercato', 'Il comune ha avviato mercoledì i lavori di restauro del tetto del vecchio mercato coperto del centro, che dovrebbero durare fino all’autunno'),
        'hu': ('Felújítják a régi vásárcsarnokot', 'A város szerdán megkezdte a belvárosi régi vásárcsarnok tetejének felújítását, a munkák várhatóan egészen őszig tartanak majd'),
        'ja': ('市が旧市場の改修に着手', '市は水曜日、中心部にある旧市場の屋根の改修工事を始めた。工事は秋まで続く見通しで、市場は期間中も通常通り営業を続けるという'),
        'zh': ('市政府启动老市场改造', '市政府周三启动了市中心老市场屋顶的改造工程，预计工程将持续到秋季，施工期间市场照常营业，摊主们对此表示欢迎'),
    }
    def local(name, lang, inner, exp, after='', before=''):
        h, p = S[lang]
        page(name, f'<div class="article"><h1>{h}</h1>{inner}{before}{paras(p)}{after}</div>', exp, lang, title=h)
    link = lambda u, text: f'<a href="{u}">{text}</a>'
    IMG = '<img src="/img/carpark.jpg" width="600" height="400">'
    C = 'Cars queue at the entrance to the Market Street car park on Tuesday.'
    NAV = '<div id="nav"><a href="/">Home</a> <a href="/local/">Local</a> <a href="/politics/">Politics</a> <a href="/sport/">Sport</a></div>'

    # headlines: old <title> forms with nothing else to go on, table markup, kickers
    bare('h12-pipe-section-nav', f'{NAV}<div class="story">{paras()}</div>', {'headline':HEADLINE}, title=f'{HEADLINE} | Politics | The Town Crier')
    page('h12-domain-dash', f'<div class="story">{paras()}</div>', {'headline':HEADLINE}, title=f'TownCrier.com - {HEADLINE}')
    page('h12-site-tagline', f'<div class="story">{paras()}</div>', {'headline':HEADLINE}, title=f'{HEADLINE} - The Town Crier - Regional news for the valley')
    page('h12-laquo-category-blog', f'<div class="post">{paras()}</div>', {'headline':HEADLINE}, title=f'{HEADLINE} &laquo; Local &laquo; Town Notes')
    bare('h12-de-dcolon-section', '<div id="nav"><a href="/">Start</a> <a href="/lokales/">Lokales</a> <a href="/sport/">Sport</a></div><div class="artikel">' + paras(S['de'][1]) + '</div>',
         {'headline':S['de'][0]}, 'de', title=f'{S["de"][0]} :: Lokales')
    page('h12-date-first', f'<div class="story">{paras()}</div>', {'headline':HEADLINE}, title=f'15.05.2013 - {HEADLINE}')
    page('h12-generic-news-h1', f'<div id="content"><h1>News</h1><div class="item"><h2 class="title">{HEADLINE}</h2><p class="date">15.05.2013</p>{paras()}</div></div>', {'headline':HEADLINE}, title='News - The Town Crier')
    bare('h12-print-version', f'<div class="printhead"><img src="/logo.gif" alt="The Town Crier"> <a href="javascript:window.print()">Print this page</a></div><p><b>{HEADLINE}</b></p>{paras()}<p class="url">https://news.example.org/story/1.html</p>', {'headline':HEADLINE}, title=f'Print: {HEADLINE}')
    bare('h12-font-table', f'<table width="760" cellpadding="0" cellspacing="0"><tr><td colspan="2"><img src="/img/masthead.gif" alt="The Town Crier" width="760" height="90"></td></tr><tr><td width="150" valign="top"><a href="/">Home</a><br><a href="/local/">Local</a><br><a href="/sport/">Sport</a></td><td valign="top"><font size="5"><b>{HEADLINE}</b></font><br><font size="2">Wednesday, May 15, 2013</font>{paras()}</td></tr></table>',
         {'headline':HEADLINE}, title='The Town Crier - Local News')
    bare('h12-td-headline', f'<table width="100%"><tr><td class="logo"><a href="/">The Town Crier</a></td></tr><tr><td class="headline">{HEADLINE}</td></tr><tr><td class="body">{paras()}</td></tr></table>', {'headline':HEADLINE}, title='The Town Crier')
    page('h12-h1-kicker-h2-title', f'<div class="story"><h1 class="rubric">Town hall</h1><h2>{HEADLINE}</h2>{paras()}</div>', {'headline':HEADLINE}, title=f'{HEADLINE} - The Town Crier')
    page('h12-ja-fullwidth-bar', f'<div class="article">{paras(S["ja"][1])}</div>', {'headline':S['ja'][0]}, 'ja', title=f'{S["ja"][0]}｜地域ニュース｜町日報')
    page('h12-zh-dash-section', f'<div class="article">{paras(S["zh"][1])}</div>', {'headline':S['zh'][0]}, 'zh-CN', title=f'{S["zh"][0]} - 本地新闻 - 江城晚报')

    # captions: table cells beside the picture, credits in parentheses, galleries, things that are not captions
    page('c12-td-beside', f'<div class="story">{H}<table class="pic"><tr><td>{IMG}</td><td valign="bottom">{C}</td></tr></table>{paras()}</div>', {'captions':[C]})
    page('c12-div-photo-p', f'<div class="story">{H}<div class="photo">{IMG}<p>{C}</p></div>{paras()}</div>', {'captions':[C]})
    local('c12-de-foto-paren', 'de', f'<div class="bild">{IMG}<p class="bildtext">Die alte Markthalle am Mittwochmorgen. (Foto: Klaus Weber)</p></div>', {'captions':['Die alte Markthalle am Mittwochmorgen.'], 'credits':['Klaus Weber']})
    local('c12-fr-photo-space', 'fr', f'<figure>{IMG}<figcaption>Les vieilles halles, mercredi matin. (Photo : Claire Moreau)</figcaption></figure>', {'captions':['Les vieilles halles, mercredi matin.'], 'credits':['Claire Moreau']})
    local('c12-hu-foto-paren', 'hu', f'<div class="kep">{IMG}<div class="kepalairas">A régi vásárcsarnok szerda reggel. (Fotó: Szabó Gábor)</div></div>', {'captions':['A régi vásárcsarnok szerda reggel.'], 'credits':['Szabó Gábor']})
    local('c12-pl-zdjecie-paren', 'pl', f'<div class="foto">{IMG}<p class="opis-zdjecia">Stara hala targowa w środę rano. (Zdjęcie: Tomasz Wójcik)</p></div>', {'captions':['Stara hala targowa w środę rano.'], 'credits':['Tomasz Wójcik']})
    page('c12-figcaption-credit-name', f'<div class="story">{H}<figure>{IMG}<figcaption>{C} <span class="credit">Anna Park / The Town Crier</span></figcaption></figure>{paras()}</div>', {'captions':[C], 'credits':['Anna Park']})
    page('c12-caption-above', f'<div class="story">{H}<div class="pic"><p class="caption">{C}</p>{IMG}</div>{paras()}</div>', {'captions':[C]})
    G = ['Wardens check tickets on Market Street on Tuesday morning.', 'The new pay machine beside the library entrance.', 'Councillors leave the chamber after the vote on Tuesday night.']
    page('c12-gallery', f'<div class="story">{H}{paras(EN, 2)}<div class="gallery">' + ''.join(f'<figure><img src="/img/g{i}.jpg" width="400" height="300"><figcaption>{g}</figcaption></figure>' for i, g in enumerate(G)) + f'</div>{paras(EN, 2)}</div>', {'captions':G})
    page('c12-neg-teaser-link', f'<div class="story">{H}{paras(EN, 2)}<div class="teaser"><a href="{U1}"><img src="/img/bridge.jpg" width="300" height="200"></a><br>{L1}</div>{paras(EN, 3)}</div>', {'captions':[]})
    page('c12-neg-ad-label', f'<div class="story">{H}{paras(EN, 2)}<div class="ad"><a href="https://ads.example.net/click?id=42"><img src="/ads/banner-300x250.jpg" width="300" height="250"></a><p class="ad-label">Advertisement</p></div>{paras(EN, 3)}</div>', {'captions':[]})

    # related: blocks under labels with pictures and summaries, inline labels, links that are not stories
    def card(u, text, summary, img):
        return f'<li><a href="{u}"><img src="/img/{img}.jpg" width="160" height="90"></a> {link(u, text)}<p>{summary}</p></li>'
    page('r12-more-on-story', f'<div class="story">{H}{paras()}</div><div class="more"><h3>More on this story</h3><ul>'
         + card(U1, 'Old bridge closed at night for repairs to its deck', 'Repairs to the deck begin on Monday and will take about a month.', 'bridge')
         + card(U2, 'New bus lanes open on the ring road next week', 'The lanes run from the station to the hospital and back.', 'bus') + '</ul></div>', {'related':[U1,U2]})
    local('r12-de-mehr-cards', 'de', '', {'related':[U1,U2]},
          after=f'<div class="mehr"><h2>Mehr zum Thema</h2><div class="teaser"><a href="{U1}"><img src="/img/bruecke.jpg" width="300" height="170"></a><h3>{link(U1, "Alte Brücke wird nachts gesperrt")}</h3><p>Die Reparatur der Fahrbahn beginnt am Montag und dauert einen Monat.</p></div>'
                f'<div class="teaser"><a href="{U2}"><img src="/img/bus.jpg" width="300" height="170"></a><h3>{link(U2, "Neue Busspur auf dem Ring")}</h3><p>Die Busse fahren ab nächster Woche vom Bahnhof bis zum Klinikum.</p></div></div>')
    local('r12-fr-a-lire-aussi-list', 'fr', '', {'related':[U1,U2]},
          after='<aside class="encadre"><h4>À lire aussi</h4><ul>' + card(U1, 'Le vieux pont fermé la nuit pour travaux', 'Les travaux sur le tablier commencent lundi pour un mois.', 'pont')
                + card(U2, 'De nouvelles voies de bus sur la rocade', 'Elles relieront la gare à l’hôpital dès la semaine prochaine.', 'bus') + '</ul></aside>')
    local('r12-es-leer-mas', 'es', '', {'related':[U1,U2]},
          after=f'<div class="relacionadas"><h3>Leer más</h3><article><a href="{U1}"><img src="/img/puente.jpg" width="300" height="170"></a><h4>{link(U1, "El puente viejo cerrará por las noches")}</h4><p>Las obras en el tablero empiezan el lunes y durarán un mes.</p></article>'
                f'<article><a href="{U2}"><img src="/img/bus.jpg" width="300" height="170"></a><h4>{link(U2, "Nuevos carriles bus en la ronda")}</h4><p>Unirán la estación con el hospital a partir de la semana que viene.</p></article></div>')
    local('r12-it-leggi-list', 'it', '', {'related':[U1,U2]},
          after='<h3>Leggi anche</h3><ul class="lista">' + card(U1, 'Il vecchio ponte chiude di notte per lavori', 'I lavori sulla carreggiata iniziano lunedì e durano un mese.', 'ponte')
                + card(U2, 'Nuove corsie preferenziali sulla tangenziale', 'Collegheranno la stazione all’ospedale dalla prossima settimana.', 'bus') + '</ul>')
    h, p = S['pl']
    page('r12-pl-czytaj-mid', f'<div class="art"><h1>{h}</h1>{paras(p, 2)}<div class="czytaj"><p><strong>Czytaj też</strong></p><ul>'
         + card(U1, 'Stary most zamknięty nocą z powodu remontu', 'Prace na jezdni zaczną się w poniedziałek i potrwają miesiąc.', 'most')
         + card(U2, 'Nowe buspasy na obwodnicy od przyszłego tygodnia', 'Połączą dworzec ze szpitalem wojewódzkim.', 'bus') + f'</ul></div>{paras(p, 3)}</div>', {'related':[U1,U2]}, 'pl', title=h)
    page('r12-also-read-inline', f'<div class="story">{H}{paras(EN, 2)}<p>Also read: {L1}</p>{paras(EN, 3)}</div>', {'related':[U1]})
    page('r12-ul-related-noheading', f'<div class="story">{H}{paras()}</div><ul class="related">'
         + card(U1, 'Old bridge closed at night for repairs to its deck', 'Repairs to the deck begin on Monday and will take about a month.', 'bridge')
         + card(U2, 'New bus lanes open on the ring road next week', 'The lanes run from the station to the hospital and back.', 'bus') + '</ul>', {'related':[U1,U2]})
    local('r12-neg-de-schlagwoerter', 'de', '', {'related':[]},
          after='<p class="schlagwoerter">Schlagwörter: <a href="/thema/markthalle/">Markthalle</a>, <a href="/thema/innenstadt/">Innenstadt</a>, <a href="/thema/sanierung/">Sanierung</a>, <a href="/thema/stadtrat/">Stadtrat</a></p>')
    page('r12-neg-pagination', f'<div class="story">{H}{paras()}<div class="pages">Page <b>1</b> <a href="/story/1.html?page=2">2</a> <a href="/story/1.html?page=3">3</a> <a href="/story/1.html?page=2">Next &raquo;</a></div></div>', {'related':[]})
    page('r12-neg-comment-links', f'<div class="story">{H}<div class="comment-count"><a href="/comments/story/1.html"><img src="/i/bubble.png" width="16" height="16" alt=""> 12 comments</a> · <a href="/comments/story/1.html#add">Add your comment</a></div>{paras()}</div>', {'related':[]})
    page('r12-neg-author-archive', f'<div class="story">{H}<p class="byline">By Jane Doe</p>{paras()}<div class="author-box"><img src="/a/jane.jpg" width="60" height="60" alt=""><p>Jane Doe covers the town hall and planning.</p><a href="/author/jane-doe/">More articles by Jane Doe</a> · <a href="/author/jane-doe/feed/">RSS</a></div></div>', {'related':[]})
    local('r12-neg-de-share', 'de', '', {'related':[]},
          after='<div class="teilen">Artikel teilen: <a href="https://api.whatsapp.com/send?text=https%3A%2F%2Fnews.example.org%2Fstory%2F1.html">WhatsApp</a> <a href="https://www.linkedin.com/shareArticle?url=https%3A%2F%2Fnews.example.org%2Fstory%2F1.html">LinkedIn</a> <a href="https://www.xing.com/spi/shares/new?url=https%3A%2F%2Fnews.example.org%2Fstory%2F1.html">Xing</a> <a href="https://pinterest.com/pin/create/button/?url=https%3A%2F%2Fnews.example.org%2Fstory%2F1.html">Pinterest</a></div>')

    # dates: month names in Greek, Bulgarian, Serbian Cyrillic, Croatian, Maghreb Arabic; update before publication; relative time
    local('d12-el-weekday-genitive', 'el', '<p class="date">Δημοσίευση: Τετάρτη, 13 Μαρτίου 2013, 11:51</p>', {'published':'2013-03-13'})
    local('d12-bg-oktomvri', 'bg', '<p class="date">Публикувано: 15 октомври 2013, 11:51 ч.</p>', {'published':'2013-10-15'})
    local('d12-sr-cyrillic-jun', 'sr', '<p class="datum">среда, 12. јун 2013. у 11:51</p>', {'published':'2013-06-12'})
    local('d12-hr-svibnja', 'hr', '<p class="datum">Objavljeno: 15. svibnja 2013. u 11:51</p>', {'published':'2013-05-15'})
    local('d12-pl-aktualizacja-first', 'pl', '<p class="daty">Ostatnia aktualizacja: 16.05.2013, 09:02 · Data publikacji: 15.05.2013, 11:51</p>', {'published':'2013-05-15'})
    local('d12-ar-maghreb-juillet', 'ar', '<p class="date">الأربعاء 3 جويلية 2013 - 11:51</p>', {'published':'2013-07-03'})
    local('d12-ar-maghreb-mai', 'ar', '<p class="date">نشر في 15 ماي 2013</p>', {'published':'2013-05-15'})
    local('d12-es-hace-real-below', 'es', '<p class="tiempo">hace 2 horas</p>', {'published':'2013-05-15'}, after='<p class="fecha">Publicado el 15/05/2013 a las 11:51</p>')

    # bylines: two agencies, handles, labels in Malay, Indonesian, Turkish, Spanish, a name in capitals
    page('b12-two-agencies', f'<div class="story">{H}<p class="byline">AFP/Reuters</p>{paras()}</div>', {'authors':['AFP','Reuters']})
    page('b12-handle-author-div', f'<div class="story">{H}<div class="author"><a href="/author/jane-doe">Jane Doe</a> <a class="twitter" href="https://twitter.com/janedoe">@janedoe</a></div>{paras()}</div>', {'authors':['Jane Doe']})
    local('b12-es-handle-paren', 'es', '<p class="autor">Por María López (@marialopez)</p>', {'authors':['María López']})
    local('b12-ms-wartawan', 'ms', '<p class="info">Wartawan: Ahmad Faizal</p>', {'authors':['Ahmad Faizal']})
    local('b12-id-pewarta', 'id', '<p class="info">Pewarta: Rina Kusuma | Editor: Agus Salim</p>', {'authors':['Rina Kusuma']})
    local('b12-tr-yazar-date', 'tr', '<p class="info">Yazar: Mehmet Kaya | 15.05.2013 11:51</p>', {'authors':['Mehmet Kaya'], 'published':'2013-05-15'})
    local('b12-es-autor-a', 'es', '<p class="firma">Autor/a: Lucía Fernández</p>', {'authors':['Lucía Fernández']})
    # a name printed in capitals comes back as printed: recasing cannot know "McLEAN" or "van der BERG"
    page('b12-caps-name', f'<div class="story">{H}<p class="byline">By JANE DOE</p>{paras()}</div>', {'authors':['JANE DOE']})


def set13(P):
    """Whole pages in the markup of widely used CMS and blog platforms, with
    all the furniture around the story: header and logo, menu, breadcrumbs,
    sidebar widgets with dated recent posts, tags, share bars, comments with
    dates, footer with copyright, cookie notice. No JSON-LD or OpenGraph
    except where the platform always writes it (Yoast, Ghost)."""
    def doc(name, lang, title, body, exp, head='', attrs=''):
        html = (f'<!DOCTYPE html><html lang="{lang}"{attrs}><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
                f'<body>{body}</body></html>')
        P.append((name, html, exp))
    brs = lambda s, n=5: '<br /><br />'.join(f'{s} ({i}).' for i in range(n))

    # --- WordPress, Twenty Ten: entry-meta, wp-caption, Jetpack related, prev/next, comments, widgets
    h = 'Waiting list opens to families from the new estate'
    t = 'The allotment committee finally agreed on Saturday to open the long waiting list to families from the new estate across the river'
    navpn = ('<div class="nav-previous"><a href="/2011/03/01/seed-swap-at-the-library/" rel="prev"><span class="meta-nav">&larr;</span> Seed swap at the library</a></div>'
             '<div class="nav-next"><a href="/2011/03/14/new-water-troughs/" rel="next">New water troughs for the top field <span class="meta-nav">&rarr;</span></a></div>')
    def jp(i, u, text, date, img):
        return (f'<div class="jp-relatedposts-post jp-relatedposts-post{i} jp-relatedposts-post-thumbs" data-post-id="{190 + i}" data-post-format="false">'
                f'<a class="jp-relatedposts-post-a" href="{u}" title="{text}" rel="nofollow" data-origin="217" data-position="{i}"><img class="jp-relatedposts-post-img" src="/wp-content/uploads/{img}?resize=350%2C200" width="350" alt="{text}" /></a>'
                f'<h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{u}" title="{text}" rel="nofollow" data-origin="217" data-position="{i}">{text}</a></h4>'
                f'<p class="jp-relatedposts-post-date" style="display: block;">{date}</p><p class="jp-relatedposts-post-context">In &quot;News&quot;</p></div>')
    doc('t13-wp-twentyten', 'en-US', f'{h} | Riverside Allotments',
        '<div id="wrapper" class="hfeed"><div id="header"><div id="masthead"><div id="branding" role="banner">'
        '<div id="site-title"><span><a href="/" title="Riverside Allotments" rel="home">Riverside Allotments</a></span></div><div id="site-description">Notes from plot 14 and the sheds around it</div>'
        '<img src="/wp-content/themes/twentyten/images/headers/path.jpg" width="940" height="198" alt="" /></div>'
        '<div id="access" role="navigation"><div class="skip-link screen-reader-text"><a href="#content" title="Skip to content">Skip to content</a></div><div class="menu-header"><ul id="menu-main" class="menu">'
        '<li class="menu-item"><a href="/">Home</a></li><li class="menu-item"><a href="/about/">About</a></li><li class="menu-item"><a href="/plots/">Plots</a></li><li class="menu-item"><a href="/contact/">Contact</a></li></ul></div></div></div></div>'
        f'<div id="main"><div id="container"><div id="content" role="main"><div id="nav-above" class="navigation">{navpn}</div>'
        f'<div id="post-217" class="post-217 post type-post status-publish format-standard hentry category-news tag-waiting-list"><h1 class="entry-title">{h}</h1>'
        '<div class="entry-meta"><span class="meta-prep meta-prep-author">Posted on</span> <a href="/2011/03/08/waiting-list-opens/" title="7:42 pm" rel="bookmark"><span class="entry-date">March 8, 2011</span></a> '
        '<span class="meta-sep">by</span> <span class="author vcard"><a class="url fn n" href="/author/ellen/" title="View all posts by Ellen Marsh">Ellen Marsh</a></span></div>'
        f'<div class="entry-content">{paras(t, 2)}<div id="attachment_221" class="wp-caption aligncenter" style="width: 510px"><a href="/wp-content/uploads/2011/03/plots.jpg"><img class="size-large wp-image-221" src="/wp-content/uploads/2011/03/plots-500x333.jpg" alt="plots" width="500" height="333" /></a>'
        f'<p class="wp-caption-text">The empty plots by the river gate, photographed on Sunday morning.</p></div>{paras(t, 3)}'
        '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>'
        '<li class="share-twitter"><a rel="nofollow" class="share-twitter sd-button share-icon" href="/2011/03/08/waiting-list-opens/?share=twitter" title="Click to share on Twitter"><span>Twitter</span></a></li>'
        '<li class="share-facebook"><a rel="nofollow" class="share-facebook sd-button share-icon" href="/2011/03/08/waiting-list-opens/?share=facebook" title="Share on Facebook"><span>Facebook</span></a></li><li class="share-end"></li></ul></div></div></div>'
        '<div id="jp-relatedposts" class="jp-relatedposts" style="display: block;"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-visual">'
        + jp(0, '/2011/01/22/committee-meeting-notes/', 'Committee meeting notes', 'January 22, 2011', '2011/01/shed.jpg')
        + jp(1, '/2010/11/30/annual-show-results/', 'Annual show results', 'November 30, 2010', '2010/11/marrows.jpg') + '</div></div></div>'
        '<div class="entry-utility">This entry was posted in <a href="/category/news/" title="View all posts in News" rel="category tag">News</a> and tagged <a href="/tag/waiting-list/" rel="tag">waiting list</a>. '
        f'Bookmark the <a href="/2011/03/08/waiting-list-opens/" title="Permalink to {h}" rel="bookmark">permalink</a>.</div></div>'
        f'<div id="nav-below" class="navigation">{navpn}</div>'
        f'<div id="comments"><h3 id="comments-title">2 Responses to <em>{h}</em></h3><ol class="commentlist">'
        '<li class="comment even thread-even depth-1" id="li-comment-31"><div id="comment-31"><div class="comment-author vcard"><img alt="" src="/avatar/31.png" class="avatar avatar-40 photo" height="40" width="40" /><cite class="fn"><a href="http://bobsplot.example.net/" rel="external nofollow" class="url">Bob Tanner</a></cite> <span class="says">says:</span></div>'
        '<div class="comment-meta commentmetadata"><a href="/2011/03/08/waiting-list-opens/#comment-31">March 9, 2011 at 8:02 am</a></div><div class="comment-body"><p>About time too. My neighbour has been waiting three years for a half plot.</p></div>'
        '<div class="reply"><a class="comment-reply-link" href="/2011/03/08/waiting-list-opens/?replytocom=31#respond">Reply</a></div></div></li>'
        '<li class="comment byuser comment-author-ellen bypostauthor odd alt thread-odd depth-1" id="li-comment-32"><div id="comment-32"><div class="comment-author vcard"><img alt="" src="/avatar/2.png" class="avatar avatar-40 photo" height="40" width="40" /><cite class="fn">Ellen Marsh</cite> <span class="says">says:</span></div>'
        '<div class="comment-meta commentmetadata"><a href="/2011/03/08/waiting-list-opens/#comment-32">March 9, 2011 at 9:15 am</a></div><div class="comment-body"><p>Bob, tell him to come to the shed on Saturday with his form.</p></div></div></li></ol>'
        '<div id="respond"><h3 id="reply-title">Leave a Reply</h3><form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-notes">Your email address will not be published. Required fields are marked <span class="required">*</span></p>'
        '<p class="comment-form-author"><label for="author">Name</label> <span class="required">*</span><input id="author" name="author" type="text" value="" size="30" /></p><p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p>'
        '<p class="form-submit"><input name="submit" type="submit" id="submit" value="Post Comment" /></p></form></div></div></div></div>'
        '<div id="primary" class="widget-area" role="complementary"><ul class="xoxo">'
        '<li id="search-2" class="widget-container widget_search"><form role="search" method="get" id="searchform" action="/"><div><label class="screen-reader-text" for="s">Search for:</label><input type="text" value="" name="s" id="s" /><input type="submit" id="searchsubmit" value="Search" /></div></form></li>'
        '<li id="recent-posts-2" class="widget-container widget_recent_entries"><h3 class="widget-title">Recent Posts</h3><ul><li><a href="/2011/03/21/frost-warning/" title="Frost warning for the weekend">Frost warning for the weekend</a></li>'
        f'<li><a href="/2011/03/14/new-water-troughs/">New water troughs for the top field</a></li><li><a href="/2011/03/08/waiting-list-opens/">{h}</a></li><li><a href="/2011/03/01/seed-swap-at-the-library/">Seed swap at the library</a></li></ul></li>'
        f'<li id="recent-comments-2" class="widget-container widget_recent_comments"><h3 class="widget-title">Recent Comments</h3><ul id="recentcomments"><li class="recentcomments">Ellen Marsh on <a href="/2011/03/08/waiting-list-opens/#comment-32">{h}</a></li>'
        f'<li class="recentcomments"><a href="http://bobsplot.example.net/" rel="external nofollow" class="url">Bob Tanner</a> on <a href="/2011/03/08/waiting-list-opens/#comment-31">{h}</a></li></ul></li>'
        '<li id="archives-2" class="widget-container widget_archive"><h3 class="widget-title">Archives</h3><ul><li><a href="/2011/03/">March 2011</a></li><li><a href="/2011/02/">February 2011</a></li><li><a href="/2011/01/">January 2011</a></li><li><a href="/2010/11/">November 2010</a></li></ul></li>'
        '<li id="meta-2" class="widget-container widget_meta"><h3 class="widget-title">Meta</h3><ul><li><a href="/wp-login.php">Log in</a></li><li><a href="/feed/" title="Syndicate this site using RSS 2.0">Entries <abbr title="Really Simple Syndication">RSS</abbr></a></li><li><a href="https://wordpress.org/">WordPress.org</a></li></ul></li></ul></div></div>'
        '<div id="footer" role="contentinfo"><div id="colophon"><div id="site-info"><a href="/" title="Riverside Allotments" rel="home">Riverside Allotments</a></div><div id="site-generator"><a href="https://wordpress.org/" title="Semantic Personal Publishing Platform">Proudly powered by WordPress.</a></div></div></div></div>'
        '<div id="cookie-notice" role="banner" class="cn-bottom"><div class="cookie-notice-container"><span id="cn-notice-text">We use cookies to ensure that we give you the best experience on our website.</span><a href="#" id="cn-accept-cookie" class="cn-set-cookie cn-button button">Ok</a></div></div>',
        {'published':'2011-03-08', 'authors':['Ellen Marsh'], 'headline':h, 'captions':['The empty plots by the river gate'],
         'related':['/2011/01/22/committee-meeting-notes/', '/2010/11/30/annual-show-results/']})

    # --- WordPress, Genesis with Yoast SEO (OpenGraph and a WebSite JSON-LD), schema.org microdata, YARPP related posts
    h = 'Ferry timetable changes for the winter'
    t = 'From the first Monday in October the early ferry will leave the harbour twenty minutes later, and the last evening sailing on Sundays will be dropped'
    u = 'https://news.example.org/2015/09/ferry-timetable-changes/'
    def gfeat(u2, text, date, iso):
        return (f'<article class="post type-post entry" itemscope itemtype="http://schema.org/CreativeWork"><a href="{u2}" class="alignleft" aria-hidden="true"><img width="80" height="80" src="/wp-content/uploads/2015/09/thumb.jpg" class="entry-image attachment-post" alt="" itemprop="image" /></a>'
                f'<header class="entry-header"><h2 class="entry-title"><a href="{u2}">{text}</a></h2><p class="entry-meta"><time class="entry-time" itemprop="datePublished" datetime="{iso}">{date}</time></p></header></article>')
    doc('t13-wp-genesis-yoast', 'en-US', f'{h} - Harbour Notes',
        '<div class="site-container"><ul class="genesis-skip-link"><li><a href="#genesis-content" class="screen-reader-shortcut"> Skip to main content</a></li></ul>'
        '<header class="site-header" itemscope itemtype="http://schema.org/WPHeader"><div class="wrap"><div class="title-area"><p class="site-title" itemprop="headline"><a href="/">Harbour Notes</a></p><p class="site-description" itemprop="description">News from the quay, the boats and the people who work them</p></div>'
        '<nav class="nav-primary" itemscope itemtype="http://schema.org/SiteNavigationElement"><div class="wrap"><ul id="menu-main" class="menu genesis-nav-menu menu-primary"><li class="menu-item"><a href="/" itemprop="url"><span itemprop="name">Home</span></a></li><li class="menu-item current-post-ancestor"><a href="/category/news/" itemprop="url"><span itemprop="name">News</span></a></li><li class="menu-item"><a href="/tides/" itemprop="url"><span itemprop="name">Tides</span></a></li><li class="menu-item"><a href="/contact/" itemprop="url"><span itemprop="name">Contact</span></a></li></ul></div></nav></div></header>'
        '<div class="site-inner"><div class="content-sidebar-wrap"><main class="content" id="genesis-content"><div class="breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList">You are here: <span class="breadcrumb-link-wrap"><a href="/" itemprop="item"><span itemprop="name">Home</span></a></span> <span aria-label="breadcrumb separator">/</span> '
        f'<span class="breadcrumb-link-wrap"><a href="/category/news/" itemprop="item"><span itemprop="name">News</span></a></span> <span aria-label="breadcrumb separator">/</span> {h}</div>'
        '<article class="post-412 post type-post status-publish format-standard has-post-thumbnail category-news tag-ferry entry" itemscope itemtype="http://schema.org/CreativeWork">'
        f'<header class="entry-header"><h1 class="entry-title" itemprop="headline">{h}</h1>'
        '<p class="entry-meta"><time class="entry-time" itemprop="datePublished" datetime="2015-09-17T07:30:12+00:00">September 17, 2015</time> by <span class="entry-author" itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/author/tom/" class="entry-author-link" itemprop="url" rel="author"><span class="entry-author-name" itemprop="name">Tom Reilly</span></a></span> '
        '<span class="entry-comments-link"><a href="#comments">3 Comments</a></span></p></header>'
        f'<div class="entry-content" itemprop="text">{paras(t, 2)}<figure id="attachment_418" style="width: 640px" class="wp-caption aligncenter"><img class="size-large wp-image-418" src="/wp-content/uploads/2015/09/ferry-640x427.jpg" alt="" width="640" height="427" />'
        f'<figcaption class="wp-caption-text">The morning ferry turns in the outer harbour before the winter timetable begins.</figcaption></figure>{paras(t, 3)}'
        "<div class='yarpp-related'><h3>Related posts:</h3><ol><li><a href=\"/2015/06/new-pontoon-for-the-inner-harbour/\" rel=\"bookmark\" title=\"New pontoon for the inner harbour\">New pontoon for the inner harbour </a></li>"
        '<li><a href="/2015/03/island-fares-to-rise-in-april/" rel="bookmark" title="Island fares to rise in April">Island fares to rise in April </a></li></ol></div></div>'
        '<footer class="entry-footer"><p class="entry-meta"><span class="entry-categories">Filed Under: <a href="/category/news/" rel="category tag">News</a></span> <span class="entry-tags">Tagged With: <a href="/tag/ferry/" rel="tag">ferry</a>, <a href="/tag/timetable/" rel="tag">timetable</a></span></p></footer></article>'
        '<div class="after-entry widget-area"><section class="widget enews-widget"><div class="widget-wrap"><div class="enews"><h4 class="widgettitle widget-title">Get the news by email</h4><p>New posts straight to your inbox, about once a week.</p><form id="subscribeenews-ext-2" action="https://feedburner.example/fb/a/mailverify" method="post" target="popupwindow"><input type="email" value="" id="subbox" placeholder="E-Mail Address" name="email" /><input type="submit" value="Go" id="subbutton" /></form></div></div></section></div>'
        '<div class="entry-comments" id="comments"><h3>Comments</h3><ol class="comment-list">'
        '<li class="comment even thread-even depth-1" id="comment-88"><article itemprop="comment" itemscope itemtype="http://schema.org/Comment"><header class="comment-header"><p class="comment-author" itemprop="author" itemscope itemtype="http://schema.org/Person"><img alt="" src="/avatar/88.png" class="avatar avatar-48 photo" height="48" width="48" /><span itemprop="name">Mary Coles</span> <span class="says">says</span></p>'
        '<p class="comment-meta"><time class="comment-time" datetime="2015-09-18T08:12:40+00:00" itemprop="datePublished"><a href="#comment-88" class="comment-time-link" itemprop="url">September 18, 2015 at 8:12 am</a></time></p></header>'
        '<div class="comment-content" itemprop="text"><p>That last Sunday boat is the only way back for the weekend workers.</p></div><div class="comment-reply"><a rel="nofollow" class="comment-reply-link" href="#comment-88">Reply</a></div></article></li></ol></div>'
        '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-form-comment"><label for="comment">Comment</label> <textarea id="comment" name="comment" cols="45" rows="8"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></p></form></div></main>'
        '<aside class="sidebar sidebar-primary widget-area" role="complementary" itemscope itemtype="http://schema.org/WPSideBar"><section id="featured-post-2" class="widget featured-content featuredpost"><div class="widget-wrap"><h4 class="widget-title widgettitle">Recent Posts</h4>'
        + gfeat('/2015/09/harbour-master-retires/', 'Harbour master retires after 31 years', 'September 24, 2015', '2015-09-24T09:00:00+00:00')
        + gfeat('/2015/09/regatta-raises-record-sum/', 'Regatta raises a record sum for the lifeboat', 'September 20, 2015', '2015-09-20T18:45:00+00:00')
        + '</div></section><section id="tag_cloud-2" class="widget widget_tag_cloud"><div class="widget-wrap"><h4 class="widget-title widgettitle">Tags</h4><div class="tagcloud"><a href="/tag/ferry/">ferry</a> <a href="/tag/lifeboat/">lifeboat</a> <a href="/tag/regatta/">regatta</a> <a href="/tag/timetable/">timetable</a></div></div></section></aside></div></div>'
        '<footer class="site-footer" itemscope itemtype="http://schema.org/WPFooter"><div class="wrap"><p>Copyright &#x000A9;&nbsp;2015 Harbour Notes &middot; <a href="http://my.studiopress.com/themes/genesis/">Genesis Framework</a> &middot; <a href="https://wordpress.org/">WordPress</a> &middot; <a rel="nofollow" href="/wp-login.php">Log in</a></p></div></footer></div>'
        '<div id="cookie-law-info-bar"><span>This website uses cookies to improve your experience. We\'ll assume you\'re ok with this, but you can opt-out if you wish. <a href="#" id="cookie_action_close_header" class="medium cli-plugin-button cli-plugin-main-button">Accept</a> <a href="/privacy/" id="CONSTANT_OPEN_URL" class="cli-plugin-main-link">Read More</a></span></div>',
        {'published':'2015-09-17', 'authors':['Tom Reilly'], 'headline':h, 'captions':['The morning ferry turns in the outer harbour'],
         'related':['/2015/06/new-pontoon-for-the-inner-harbour/', '/2015/03/island-fares-to-rise-in-april/']},
        head='<!-- This site is optimized with the Yoast SEO plugin v2.3.5 - https://yoast.com/wordpress/plugins/seo/ --><meta name="description" content="The early ferry leaves later and the last Sunday sailing is dropped from October."/>'
             f'<link rel="canonical" href="{u}" /><meta property="og:locale" content="en_US" /><meta property="og:type" content="article" /><meta property="og:title" content="{h} - Harbour Notes" />'
             f'<meta property="og:description" content="The early ferry leaves later and the last Sunday sailing is dropped from October." /><meta property="og:url" content="{u}" /><meta property="og:site_name" content="Harbour Notes" />'
             '<meta property="article:tag" content="ferry" /><meta property="article:section" content="News" /><meta property="article:published_time" content="2015-09-17T07:30:12+00:00" /><meta property="article:modified_time" content="2015-09-18T10:02:44+00:00" />'
             '<meta property="og:updated_time" content="2015-09-18T10:02:44+00:00" /><meta property="og:image" content="https://news.example.org/wp-content/uploads/2015/09/ferry.jpg" /><meta name="twitter:card" content="summary"/>'
             f'<meta name="twitter:title" content="{h} - Harbour Notes"/>'
             '<script type=\'application/ld+json\'>{"@context":"http:\\/\\/schema.org","@type":"WebSite","@id":"#website","url":"https:\\/\\/news.example.org\\/","name":"Harbour Notes","potentialAction":{"@type":"SearchAction","target":"https:\\/\\/news.example.org\\/?s={search_term_string}","query-input":"required name=search_term_string"}}</script>'
             '<!-- / Yoast SEO plugin. --><meta name="generator" content="WordPress 4.3.1" />')

    # --- Blogger (classic layout): date-header, post-title entry-title, text with <br>, tr-caption table, post-footer author and abbr.published
    h = 'Two herons back on the lower pool'
    t = 'After a quiet winter on the marsh the first pair of grey herons came back to the lower pool this week and started work on last year\u2019s nest'
    blog = 'https://marshlanebirding.blogspot.example'
    doc('t13-blogger', 'en-GB', f'Marsh Lane Birding: {h}',
        '<div class="navbar section" id="navbar"><div class="widget Navbar" id="Navbar1"><iframe src="https://www.blogger.com/navbar.g?targetBlogID=123" height="30px" width="100%" scrolling="no" frameborder="0"></iframe></div></div>'
        '<div class="content-outer"><div id="outer-wrapper"><div id="header-wrapper"><div class="header section" id="header"><div class="widget Header" id="Header1"><div id="header-inner"><div class="titlewrapper"><h1 class="title"><a href="' + blog + '/">Marsh Lane Birding</a></h1></div>'
        '<div class="descriptionwrapper"><p class="description"><span>Birds seen from the hide at the end of Marsh Lane, most mornings</span></p></div></div></div></div></div>'
        '<div id="content-wrapper"><div id="main-wrapper"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed"><div class="date-outer"><h2 class="date-header"><span>Sunday, 14 April 2013</span></h2><div class="date-posts"><div class="post-outer">'
        '<div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting"><meta content="https://2.bp.blogspot.example/heron.jpg" itemprop="image_url" /><a name="4417762291845"></a>'
        f'<h3 class="post-title entry-title" itemprop="name">{h}</h3><div class="post-header"><div class="post-header-line-1"></div></div>'
        '<div class="post-body entry-content" id="post-body-4417762291845" itemprop="description articleBody">' + brs(t, 2)
        + '<br /><br /><table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto; text-align: center;"><tbody><tr><td style="text-align: center;"><a href="https://2.bp.blogspot.example/-aB3/UWq/AAAAAAAAAbc/xYz/s1600/heron.jpg" imageanchor="1" style="margin-left: auto; margin-right: auto;"><img border="0" height="240" src="https://2.bp.blogspot.example/-aB3/UWq/AAAAAAAAAbc/xYz/s320/heron.jpg" width="320" /></a></td></tr>'
        '<tr><td class="tr-caption" style="text-align: center;">The older heron standing guard on the dead alder above the lower pool</td></tr></tbody></table><br />' + brs(t, 3)
        + '<div style="clear: both;"></div></div>'
        '<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person"><meta content="https://www.blogger.com/profile/0812345" itemprop="url" /><a class="g-profile" href="https://www.blogger.com/profile/0812345" rel="author" title="author profile"><span itemprop="name">Helen Gray</span></a></span></span> '
        '<span class="post-timestamp">at <meta content="' + blog + '/2013/04/two-herons-back-on-lower-pool.html" itemprop="url" /><a class="timestamp-link" href="' + blog + '/2013/04/two-herons-back-on-lower-pool.html" rel="bookmark" title="permanent link"><abbr class="published" itemprop="datePublished" title="2013-04-14T18:22:00+01:00">18:22</abbr></a></span> '
        '<span class="post-comment-link"></span> <span class="post-icons"><span class="item-control blog-admin pid-1234"><a href="https://www.blogger.com/post-edit.g?blogID=123&amp;postID=4417762291845" title="Edit Post"><img alt="" class="icon-action" height="18" src="https://resources.blogblog.example/img/icon18_edit_allbkg.gif" width="18" /></a></span></span>'
        '<div class="post-share-buttons goog-inline-block"><a class="goog-inline-block share-button sb-email" href="https://www.blogger.com/share-post.g?blogID=123&amp;postID=4417762291845&amp;target=email" target="_blank" title="Email This"><span class="share-button-link-text">Email This</span></a><a class="goog-inline-block share-button sb-blog" href="https://www.blogger.com/share-post.g?blogID=123&amp;postID=4417762291845&amp;target=blog" target="_blank" title="BlogThis!"><span class="share-button-link-text">BlogThis!</span></a></div></div>'
        '<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: <a href="' + blog + '/search/label/herons" rel="tag">herons</a>, <a href="' + blog + '/search/label/lower%20pool" rel="tag">lower pool</a></span></div></div></div>'
        '<div class="comments" id="comments"><a name="comments"></a><h4>2 comments:</h4><div id="Blog1_comments-block-wrapper"><dl class="avatar-comment-indent" id="comments-block">'
        '<dt class="comment-author " id="c7712"><a name="c7712"></a><div class="avatar-image-container avatar-stock"><span dir="ltr"><img src="https://resources.blogblog.example/img/blank.gif" width="35" height="35" alt="" title="Pete Ashby"></span></div><a href="https://www.blogger.com/profile/0955" rel="nofollow">Pete Ashby</a> said...</dt>'
        '<dd class="comment-body" id="Blog1_cmt-7712"><p>Lovely to see them back. I counted three on Tuesday evening from the gate.</p></dd><dd class="comment-footer"><span class="comment-timestamp"><a href="' + blog + '/2013/04/two-herons-back-on-lower-pool.html?showComment=1366011600000#c7712" title="comment permalink">15 April 2013 at 08:40</a></span></dd>'
        '<dt class="comment-author blog-author" id="c7713"><a name="c7713"></a><a href="https://www.blogger.com/profile/0812345" rel="nofollow">Helen Gray</a> said...</dt><dd class="comment-body" id="Blog1_cmt-7713"><p>Three! I will take the big lens on Saturday.</p></dd>'
        '<dd class="comment-footer"><span class="comment-timestamp"><a href="' + blog + '/2013/04/two-herons-back-on-lower-pool.html?showComment=1366016400000#c7713" title="comment permalink">15 April 2013 at 10:00</a></span></dd></dl></div>'
        '<p class="comment-footer"><a href="https://www.blogger.com/comment.g?blogID=123&amp;postID=4417762291845" onclick="">Post a Comment</a></p></div></div></div></div></div>'
        '<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="' + blog + '/2013/04/first-swallows.html" id="Blog1_blog-pager-newer-link" title="Newer Post">Newer Post</a></span>'
        '<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="' + blog + '/2013/04/frogspawn-everywhere.html" id="Blog1_blog-pager-older-link" title="Older Post">Older Post</a></span><a class="home-link" href="' + blog + '/">Home</a></div><div class="clear"></div>'
        '<div class="post-feeds"><div class="feed-links">Subscribe to: <a class="feed-link" href="' + blog + '/feeds/4417762291845/comments/default" target="_blank" type="application/atom+xml">Post Comments (Atom)</a></div></div></div></div></div>'
        '<div id="sidebar-wrapper"><div class="sidebar section" id="sidebar"><div class="widget Profile" id="Profile1"><h2>About Me</h2><div class="widget-content"><a href="https://www.blogger.com/profile/0812345"><img alt="My photo" class="profile-img" height="80" src="https://blogger.googleusercontent.example/helen.jpg" width="60" /></a>'
        '<dl class="profile-datablock"><dt class="profile-data"><a class="profile-name-link g-profile" href="https://www.blogger.com/profile/0812345" rel="author">Helen Gray</a></dt><dd class="profile-textblock">Retired teacher, patient watcher, owner of a very old flask.</dd></dl><a class="profile-link" href="https://www.blogger.com/profile/0812345" rel="author">View my complete profile</a></div></div>'
        '<div class="widget BlogArchive" id="BlogArchive1"><h2>Blog Archive</h2><div class="widget-content"><div id="ArchiveList"><div id="BlogArchive1_ArchiveList"><ul class="hierarchy"><li class="archivedate expanded"><a class="toggle" href="javascript:void(0)"><span class="zippy toggle-open">&#9660;&nbsp;</span></a><a class="post-count-link" href="' + blog + '/2013/">2013</a> <span class="post-count" dir="ltr">(14)</span>'
        '<ul class="hierarchy"><li class="archivedate expanded"><a class="post-count-link" href="' + blog + '/2013/04/">April</a> <span class="post-count" dir="ltr">(4)</span><ul class="posts"><li><a href="' + blog + '/2013/04/first-swallows.html">First swallows over the reed bed</a></li><li><a href="' + blog + f'/2013/04/two-herons-back-on-lower-pool.html">{h}</a></li><li><a href="' + blog + '/2013/04/frogspawn-everywhere.html">Frogspawn everywhere</a></li></ul></li>'
        '<li class="archivedate collapsed"><a class="post-count-link" href="' + blog + '/2013/03/">March</a> <span class="post-count" dir="ltr">(5)</span></li></ul></li><li class="archivedate collapsed"><a class="post-count-link" href="' + blog + '/2012/">2012</a> <span class="post-count" dir="ltr">(41)</span></li></ul></div></div></div></div>'
        '<div class="widget Followers" id="Followers1"><h2 class="title">Followers</h2><div class="widget-content"><div id="Followers1-wrapper">Followers (38)</div></div></div></div></div><div style="clear: both;"></div></div>'
        '<div id="footer-wrapper"><div class="footer section" id="footer"><div class="widget Attribution" id="Attribution1"><div class="widget-content" style="text-align: center;">Simple theme. Powered by <a href="https://www.blogger.com" target="_blank">Blogger</a>.</div></div></div></div></div></div>'
        '<div id="cookieChoiceInfo" class="cookie-choices-info"><div class="cookie-choices-inner"><span class="cookie-choices-text">This site uses cookies from Google to deliver its services and to analyse traffic.</span><span class="cookie-choices-buttons"><a href="https://policies.google.example/technologies/cookies/" class="cookie-choices-button">Learn more</a><a id="cookieChoiceDismiss" href="#" class="cookie-choices-button">Got it</a></span></div></div>',
        {'published':'2013-04-14', 'authors':['Helen Gray'], 'headline':h, 'captions':['The older heron standing guard'], 'related':[]},
        head=f'<meta content="blogger" name="generator"/><link href="{blog}/favicon.ico" rel="icon" type="image/x-icon"/><link href="{blog}/2013/04/two-herons-back-on-lower-pool.html" rel="canonical"/>'
             f'<link rel="alternate" type="application/atom+xml" title="Marsh Lane Birding - Atom" href="{blog}/feeds/posts/default" /><link rel="service.post" type="application/atom+xml" title="Marsh Lane Birding - Atom" href="https://www.blogger.com/feeds/123/posts/default" />')

    # --- Drupal 7, Bartik: page title outside the node, "Submitted by ... on Fri, 03/08/2013 - 11:51" (no RDFa), image field without caption, views block
    h = 'Village hall gets its new roof before the spring fair'
    t = 'The committee is pleased to report that the builders finished the new roof on the village hall two weeks ahead of the date they promised'
    def drow(i, u2, text, date):
        return f'<li class="views-row views-row-{i}"><div class="views-field views-field-title"><span class="field-content"><a href="{u2}">{text}</a></span></div><div class="views-field views-field-created"><span class="field-content">{date}</span></div></li>'
    doc('t13-drupal7', 'en', f'{h} | Millbrook Residents\u2019 Association',
        '<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a></div><div id="page-wrapper"><div id="page"><div id="header" class="without-secondary-menu"><div class="section clearfix">'
        '<a href="/" title="Home" rel="home" id="logo"><img src="/sites/default/files/millbrook_logo.png" alt="Home" /></a><div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="Home" rel="home"><span>Millbrook Residents\u2019 Association</span></a></strong></div><div id="site-slogan">Looking after the village since 1974</div></div>'
        '<div id="main-menu" class="navigation"><h2 class="element-invisible">Main menu</h2><ul id="main-menu-links" class="links clearfix"><li class="menu-218 first"><a href="/">Home</a></li><li class="menu-312 active-trail"><a href="/news" class="active-trail">News</a></li><li class="menu-313"><a href="/events">Events</a></li><li class="menu-314 last"><a href="/contact">Contact us</a></li></ul></div></div></div>'
        '<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix"><div id="breadcrumb"><h2 class="element-invisible">You are here</h2><div class="breadcrumb"><a href="/">Home</a> » <a href="/news">News</a></div></div>'
        f'<div id="content" class="column"><div class="section"><a id="main-content"></a><h1 class="title" id="page-title">{h}</h1><div class="tabs"></div><div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">'
        '<div id="node-412" class="node node-article node-promoted node-full clearfix"><div class="meta submitted"><div class="user-picture"><a href="/users/ruth-green" title="View user profile."><img src="/sites/default/files/styles/thumbnail/public/pictures/picture-7.jpg" alt="Ruth Green\'s picture" title="Ruth Green\'s picture" /></a></div>'
        'Submitted by <a href="/users/ruth-green" title="View user profile." class="username">Ruth Green</a> on Fri, 03/08/2013 - 11:51</div><div class="content clearfix">'
        '<div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even"><img src="/sites/default/files/styles/large/public/field/image/hall-roof.jpg?itok=Ab12Cd34" width="480" height="320" alt="" /></div></div></div>'
        f'<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even">{paras(t, 5)}</div></div></div>'
        '<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div class="field-label">Tags:&nbsp;</div><div class="field-items"><div class="field-item even"><a href="/tags/village-hall">village hall</a></div><div class="field-item odd"><a href="/tags/spring-fair">spring fair</a></div></div></div></div>'
        '<div class="link-wrapper"><ul class="links inline"><li class="comment-add first last"><a href="/comment/reply/412#comment-form" title="Share your thoughts and opinions related to this posting.">Add new comment</a></li></ul></div>'
        '<div id="comments" class="comment-wrapper"><h2 class="title">Comments</h2><a id="comment-88"></a><div class="comment clearfix"><div class="attribution"><div class="submitted"><p class="commenter-name"><span class="username">Dave Price</span></p><p class="comment-time">Sat, 03/09/2013 - 08:14</p>'
        '<p class="comment-permalink"><a href="/comment/88#comment-88" class="permalink" rel="bookmark">Permalink</a></p></div></div><div class="comment-text"><div class="comment-arrow"></div><h3><a href="/comment/88#comment-88" class="permalink" rel="bookmark">Well done</a></h3><div class="content"><div class="field field-name-comment-body field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even"><p>Well done to everyone who raised the money for it.</p></div></div></div></div>'
        '<ul class="links inline"><li class="comment-reply first last"><a href="/comment/reply/412/88">reply</a></li></ul></div></div></div></div></div></div></div></div></div>'
        '<div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second"><div id="block-views-recent-news-block" class="block block-views"><h2>Recent news</h2><div class="content"><div class="view view-recent-news view-id-recent_news view-display-id-block"><div class="view-content"><div class="item-list"><ul>'
        + drow(1, '/news/footpath-to-the-mill-reopened', 'Footpath to the mill reopened', '03/20/2013') + drow(2, '/news/spring-fair-stalls-wanted', 'Spring fair: stalls wanted', '03/14/2013') + drow(3, '/news/agm-minutes-2013', 'Minutes of the annual meeting', '02/27/2013')
        + '</ul></div></div><div class="more-link"><a href="/news">more</a></div></div></div></div>'
        '<div id="block-user-login" class="block block-user"><h2>User login</h2><div class="content"><form action="/node/412?destination=node/412" method="post" id="user-login-form"><div class="form-item form-type-textfield form-item-name"><label for="edit-name">Username </label><input type="text" id="edit-name" name="name" value="" size="15" maxlength="60" class="form-text required" /></div><div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="Log in" class="form-submit" /></div></form></div></div></div></div></div></div></div>'
        '<div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix"><div class="region region-footer"><div id="block-block-1" class="block block-block"><div class="content"><p>&copy; 2013 Millbrook Residents\u2019 Association. Registered charity 1012345.</p></div></div>'
        '<div id="block-system-powered-by" class="block block-system"><div class="content"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></div></div></div></div></div>'
        '<div id="sliding-popup" class="sliding-popup-bottom"><div class="popup-content info"><div id="popup-text"><p>We use cookies on this site to enhance your user experience. By clicking any link on this page you are giving your consent for us to set cookies.</p></div><div id="popup-buttons"><button type="button" class="agree-button">OK, I agree</button><button type="button" class="find-more-button">No, give me more info</button></div></div></div>',
        {'published':'2013-03-08', 'authors':['Ruth Green'], 'headline':h, 'captions':[], 'related':[]},
        head='<meta name="Generator" content="Drupal 7 (http://drupal.org)" /><link rel="shortlink" href="/node/412" /><link rel="canonical" href="/news/village-hall-gets-its-new-roof" />')

    # --- Joomla 2.5, beez_20: logo in the h1, title in an h2 link, dl.article-info, print/email icons, Related Items module, pagenav
    h = 'Dinghy park reopens after the winter works'
    t = 'The dinghy park behind the clubhouse is open again after the winter works, with a new concrete slipway and two rows of numbered racks'
    doc('t13-joomla25', 'en-gb', f'Harbourside Sailing Club - {h}',
        '<div id="all"><div id="back"><div id="header"><div class="logoheader"><h1 id="logo"><img src="/templates/beez_20/images/personal/logo.png" alt="Harbourside Sailing Club" /><span class="header1">Sailing on the estuary since 1952</span></h1></div>'
        '<ul class="skiplinks"><li><a href="#main" class="u2">Skip to content</a></li><li><a href="#nav" class="u2">Jump to main navigation and login</a></li></ul><h2 class="unseen">Nav view search</h2><h3 class="unseen">Navigation</h3>'
        '<ul class="menu"><li class="item-101"><a href="/">Home</a></li><li class="item-102 current active"><a href="/news.html">News</a></li><li class="item-103"><a href="/racing.html">Racing</a></li><li class="item-104"><a href="/membership.html">Membership</a></li></ul>'
        '<div id="line"><div id="fontsize"></div><h3 class="unseen">Search</h3><form action="/" method="post"><div class="search"><label for="mod-search-searchword">Search...</label><input name="searchword" id="mod-search-searchword" maxlength="20" class="inputbox" type="text" size="20" value="Search..." /></div></form></div></div>'
        '<div id="contentarea"><div id="breadcrumbs"><div class="breadcrumbs"><span class="showHere">You are here: </span><a href="/" class="pathway">Home</a> <img src="/media/system/images/arrow.png" alt="" /> <a href="/news.html" class="pathway">News</a> <img src="/media/system/images/arrow.png" alt="" /> '
        f'<span>{h}</span></div></div><div class="left1 leftbigger" id="nav"><div class="moduletable_menu"><h3><span class="backh"><span class="backh2"><span class="backh3">Club</span></span></span></h3><ul class="menu"><li class="item-110"><a href="/club/officers.html">Officers</a></li><li class="item-111"><a href="/club/history.html">History</a></li></ul></div>'
        '<div class="moduletable"><h3><span class="backh"><span class="backh2"><span class="backh3">Latest News</span></span></span></h3><ul class="latestnews"><li><a href="/news/48-spring-series-results.html">Spring series results</a></li><li><a href="/news/47-bar-opening-hours.html">Bar opening hours for May</a></li></ul></div>'
        '<div class="moduletable"><h3><span class="backh"><span class="backh2"><span class="backh3">Login Form</span></span></span></h3><form action="/news.html" method="post" id="login-form"><fieldset class="userdata"><p id="form-login-username"><label for="modlgn-username">User Name</label><input id="modlgn-username" type="text" name="username" class="inputbox" size="18" /></p><input type="submit" name="Submit" class="button" value="Log in" /></fieldset></form></div></div>'
        '<div id="wrapper2"><div id="main"><div id="system-message-container"></div><div class="item-page">'
        f'<h2><a href="/news/45-dinghy-park-reopens.html">{h}</a></h2>'
        '<ul class="actions"><li class="print-icon"><a href="/news/45-dinghy-park-reopens.html?tmpl=component&amp;print=1&amp;page=" title="Print" onclick="window.open(this.href,\'win2\',\'status=no,toolbar=no\'); return false;" rel="nofollow"><img src="/media/system/images/printButton.png" alt="Print" /></a></li>'
        '<li class="email-icon"><a href="/component/mailto/?tmpl=component&amp;template=beez_20&amp;link=3f2a" title="Email" onclick="window.open(this.href,\'win2\',\'width=400,height=350\'); return false;"><img src="/media/system/images/emailButton.png" alt="Email" /></a></li></ul>'
        '<dl class="article-info"><dt class="article-info-term">Details</dt><dd class="category-name">Category: <a href="/news.html">News</a></dd><dd class="create">Created on Saturday, 06 July 2013 18:04</dd><dd class="modified">Last Updated on Monday, 08 July 2013 09:12</dd>'
        '<dd class="published">Published on Saturday, 06 July 2013 18:04</dd><dd class="createdby">Written by Peter Hall</dd><dd class="hits">Hits: 312</dd></dl>'
        f'{paras(t, 5)}<ul class="pagenav"><li class="pagenav-prev"><a href="/news/46-new-safety-boat.html" rel="prev">&lt; Prev</a></li><li class="pagenav-next"><a href="/news/44-fitting-out-supper.html" rel="next">Next &gt;</a></li></ul></div></div>'
        '<div id="close"><a href="#" onclick="auf(\'right\')"><span id="bild">Close info</span></a></div><div id="right"><h2 class="unseen">Additional information</h2>'
        '<div class="moduletable"><h3>Related Items</h3><ul class="relateditems"><li><a href="/news/39-winter-refit-begins.html">Winter refit begins on the club launch</a></li><li><a href="/news/31-new-moorings-in-the-creek.html">New moorings in the creek</a></li></ul></div>'
        '<div class="moduletable"><h3>Who\'s Online</h3><p>We have 4 guests and no members online</p></div></div></div><div class="wrap"></div></div></div></div>'
        '<div id="footer-outer"><div id="footer-sub"><div id="footer"><p>&copy; 2013 Harbourside Sailing Club. All rights reserved.</p><p>Powered by <a href="http://www.joomla.org/">Joomla!&#174;</a></p></div></div></div>',
        {'published':'2013-07-06', 'authors':['Peter Hall'], 'headline':h, 'related':['/news/39-winter-refit-begins.html', '/news/31-new-moorings-in-the-creek.html']},
        head='<base href="https://news.example.org/news/45-dinghy-park-reopens.html" /><meta name="generator" content="Joomla! - Open Source Content Management" />')

    # --- TYPO3 with tt_news (German): <title> is the page "Aktuelles", timedata with "Alter:", image caption, related news with dates, upcoming events
    h = 'Zweite Mannschaft steigt in die Kreisliga auf'
    t = 'Nach einem spannenden Saisonfinale am Sonntagnachmittag hat die zweite Mannschaft des Vereins den Aufstieg in die Kreisliga endlich perfekt gemacht'
    doc('t13-typo3-ttnews', 'de', 'TSV Lindenau 1908 e.V.: Aktuelles',
        '<div id="container"><div id="kopf"><a href="/" id="logo"><img src="fileadmin/templates/img/logo.gif" width="180" height="80" alt="TSV Lindenau 1908 e.V." /></a>'
        '<ul id="hauptmenue"><li><a href="/startseite/">Startseite</a></li><li class="act"><a href="/aktuelles/">Aktuelles</a></li><li><a href="/fussball/">Fußball</a></li><li><a href="/turnen/">Turnen</a></li><li><a href="/verein/">Verein</a></li></ul></div>'
        '<div id="rootline">Sie sind hier: <a href="/startseite/">Startseite</a> &gt; <a href="/aktuelles/">Aktuelles</a></div>'
        '<div id="inhalt"><!--TYPO3SEARCH_begin--><div id="c42" class="csc-default"><div class="news-single-item"><div class="news-single-timedata">09.06.2013 17:35 Alter: 11 Jahr(e)</div>'
        f'<h1>{h}</h1><h2>3:1-Sieg im letzten Spiel gegen den SV Oberau</h2><div class="news-single-author">Von: Klaus Becker</div><div class="news-single-category">Kategorie: Fußball</div>'
        '<div class="news-single-img"><a href="uploads/pics/aufstieg.jpg" class="lightbox" rel="lightbox[presentlb42]"><img src="typo3temp/pics/aufstieg_3f2a1b.jpg" width="240" height="160" border="0" alt="" /></a><p class="news-single-imgcaption">Die Mannschaft feiert nach dem Abpfiff mit den Fans auf dem Sportplatz.</p></div>'
        + ''.join(f'<p class="bodytext">{t} ({i}).</p>' for i in range(5))
        + '<hr class="cl-right" /><div class="news-single-related"><dl><dt>Ähnliche Nachrichten:</dt><dd><a href="/aktuelles/artikel/jugend-gewinnt-hallenturnier/">Jugend gewinnt das Hallenturnier</a> - 17.02.13 12:00</dd>'
        '<dd><a href="/aktuelles/artikel/neuer-trainer-fuer-die-zweite/">Neuer Trainer für die Zweite</a> - 05.01.13 09:30</dd></dl></div>'
        '<div class="news-single-backlink"><a href="/aktuelles/">&lt;- Zurück zu: Aktuelles</a></div></div></div><!--TYPO3SEARCH_end--></div>'
        '<div id="rechts"><div class="csc-default"><h3>Nächste Termine</h3><ul class="termine"><li><span class="datum">15.06.2013</span> Sommerfest am Vereinsheim</li><li><span class="datum">22.06.2013</span> Jahreshauptversammlung im Gasthof Linde</li></ul></div>'
        '<div class="csc-default"><h3>Neueste Nachrichten</h3><div class="news-latest-container"><div class="news-latest-item"><span class="news-latest-date">07.06.13</span><h3><a href="/aktuelles/artikel/turnabteilung-sucht-uebungsleiter/">Turnabteilung sucht Übungsleiter</a></h3></div>'
        '<div class="news-latest-item"><span class="news-latest-date">01.06.13</span><h3><a href="/aktuelles/artikel/platzwart-verabschiedet/">Platzwart nach 25 Jahren verabschiedet</a></h3></div></div></div></div>'
        '<div id="fuss">&copy; 2013 TSV Lindenau 1908 e.V. · <a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a> · <a href="/kontakt/">Kontakt</a></div></div>'
        '<div class="cookie-hinweis">Diese Website verwendet Cookies. Wenn Sie die Seite weiter nutzen, stimmen Sie der Verwendung von Cookies zu. <a href="/datenschutz/">Mehr erfahren</a> <a href="#" class="ok">OK</a></div>',
        {'published':'2013-06-09', 'authors':['Klaus Becker'], 'headline':h, 'captions':['Die Mannschaft feiert nach dem Abpfiff'],
         'related':['/aktuelles/artikel/jugend-gewinnt-hallenturnier/', '/aktuelles/artikel/neuer-trainer-fuer-die-zweite/']},
        head='<!-- This website is powered by TYPO3 - inspiring people to share! TYPO3 is a free open source Content Management Framework. --><base href="https://news.example.org/" /><meta name="generator" content="TYPO3 4.5 CMS" />')

    # --- 1C-Bitrix news.detail (Russian): h1#pagetitle and h3, news-date-time, detail picture with the headline as alt, properties after the text
    h = 'В городском парке открылась новая детская площадка'
    t = 'В субботу в центральном городском парке после долгой реконструкции открылась новая детская площадка, которую жители ждали почти два года'
    doc('t13-bitrix', 'ru', h,
        '<div id="panel"></div><div id="page-wrapper"><div id="header"><div id="header-logo"><a href="/"><img src="/bitrix/templates/zarechye/images/logo.png" alt="Вестник Заречья" /></a></div><div id="header-slogan">Новости Заречного района</div>'
        '<div id="top-menu"><ul id="horizontal-multilevel-menu"><li><a href="/" class="root-item">Главная</a></li><li><a href="/news/" class="root-item-selected">Новости</a></li><li><a href="/afisha/" class="root-item">Афиша</a></li><li><a href="/contacts/" class="root-item">Контакты</a></li></ul></div></div>'
        '<div id="breadcrumb"><ul class="breadcrumb-navigation"><li><a href="/" title="Главная">Главная</a></li><li><span>&nbsp;&gt;&nbsp;</span></li><li><a href="/news/" title="Новости">Новости</a></li></ul></div>'
        f'<div id="content"><div id="workarea"><h1 id="pagetitle">{h}</h1><div class="news-detail"><img class="detail_picture" border="0" src="/upload/iblock/7c1/7c1e2f0a9b.jpg" width="400" height="266" alt="{h}" title="{h}" />'
        f'<span class="news-date-time">18.05.2013</span><h3>{h}</h3>{paras(t, 5)}<div style="clear:both"></div><br />'
        'Автор:&nbsp;Наталья Орлова<br />Источник:&nbsp;<a href="/about/press/">пресс-служба администрации района</a><br /></div><p><a href="/news/">Возврат к списку</a></p></div>'
        '<div id="sidebar"><div class="information-block"><div class="information-block-head">Новости</div><div class="information-block-body"><div class="news-list">'
        '<p class="news-item"><span class="news-date-time">20.05.2013</span> <a href="/news/1241/"><b>На улице Садовой начали ремонт дороги</b></a><br />Работы продлятся до конца июня.</p>'
        '<p class="news-item"><span class="news-date-time">19.05.2013</span> <a href="/news/1240/"><b>Библиотека переходит на летний график</b></a><br />С понедельника читальный зал работает до восьми вечера.</p></div></div></div>'
        '<div class="information-block"><div class="information-block-head">Подписка</div><div class="information-block-body"><form action="/personal/subscribe/"><input type="text" name="sf_EMAIL" value="" title="Введите ваш e-mail" /><input type="submit" value="Подписаться" /></form></div></div></div></div>'
        '<div id="footer"><div id="copyright">&copy; 2013 Вестник Заречья. Все права защищены. При использовании материалов ссылка обязательна.</div><div id="footer-links"><a href="/about/">О проекте</a> <a href="/ads/">Реклама</a></div>'
        '<!-- Yandex.Metrika counter --><noscript><div><img src="https://mc.yandex.example/watch/123456" style="position:absolute; left:-9999px;" alt="" /></div></noscript><!-- /Yandex.Metrika counter --></div></div>'
        '<div class="cookie-alert">Мы используем файлы cookie, чтобы сайт работал удобнее. <a href="/about/cookies/">Подробнее</a> <button>Понятно</button></div>',
        {'published':'2013-05-18', 'authors':['Наталья Орлова'], 'headline':h, 'captions':[], 'related':[]},
        head='<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><meta name="robots" content="index, follow" /><meta name="keywords" content="новости, Заречье, парк" /><link href="/bitrix/templates/zarechye/styles.css?1368860000" type="text/css" rel="stylesheet" />')

    # --- DataLife Engine (Russian): "Автор: ... от Вчера, 11:51", the full date further down, related news, comments dated "Сегодня"
    h = 'Фестиваль уличной еды пройдет на набережной'
    t = 'В ближайшие выходные на городской набережной впервые пройдет большой фестиваль уличной еды, в котором примут участие более сорока местных кафе'
    doc('t13-dle', 'ru', f'{h} &raquo; Набережная.Инфо - новости города',
        '<div class="wwide pagebg"><div class="wwide topmenu"><div class="wrapper"><ul class="reset"><li><a href="/">Главная</a></li><li><a href="/news/">Новости</a></li><li><a href="/afisha/">Афиша</a></li><li><a href="/index.php?do=feedback">Обратная связь</a></li></ul></div></div>'
        '<div class="wrapper"><div class="headpic"><h1 id="logo"><a href="/" title="Набережная.Инфо"><img src="/templates/Default/images/logo.png" alt="Набережная.Инфо" /></a></h1></div>'
        f'<div class="speedbar"><span id="dle-speedbar"><a href="/">Набережная.Инфо</a> &raquo; <a href="/afisha/">Афиша</a> &raquo; {h}</span></div>'
        f'<div class="mainlevel"><div id="midside" class="rcol"><div id="dle-content"><div class="base fullstory"><div class="dpad"><h3 class="btl"><span id="news-title">{h}</span></h3>'
        '<div class="bhinfo"><span class="baseinfo radial">Автор: <a onclick="ShowProfile(\'Ольга Кравец\', \'/user/%D0%9E%D0%BB%D1%8C%D0%B3%D0%B0/\', \'0\'); return false;" href="/user/%D0%9E%D0%BB%D1%8C%D0%B3%D0%B0/">Ольга Кравец</a> от Вчера, 11:51</span>'
        '<span class="ratebox"><div class="rating"><ul class="unit-rating"><li class="current-rating" style="width:68px;">68</li></ul></div></span></div>'
        '<div class="maincont"><div id="news-id-1532" style="display:inline;">' + brs(t, 5) + '</div><div class="clr"></div></div>'
        '<div class="storenumber"></div><div class="mlink"><span class="argcat"><a href="/afisha/">Афиша</a></span><span class="argviews">Просмотров: 1 204</span><span class="argcoms">Комментариев: 2</span><span class="argdate">15 мая 2013 11:51</span>'
        '<a href="/print:page,1,1532-festival-ulichnoy-edy.html" rel="nofollow">Версия для печати</a></div>'
        '<div class="related"><div class="dtitle">Похожие новости:</div><ul class="reset"><li><a href="/afisha/1498-yarmarka-remesel-v-gorodskom-sadu.html">Ярмарка ремесел в городском саду</a></li><li><a href="/news/1470-naberezhnuyu-osvetyat-novymi-fonaryami.html">Набережную осветят новыми фонарями</a></li></ul></div></div></div>'
        '<div id="dle-comments-list"><div id="comment-id-88"><div class="bcomment"><div class="dpad"><div class="cominfo"><div class="dcont"><h4>Анна</h4><ul class="reset small"><li>Группа: Посетители</li><li>Регистрация: 12.03.2012</li><li>Комментариев: 14</li></ul></div></div>'
        '<div class="comcont"><h3 class="btl">Сегодня, 08:12</h3><div id="comm-id-88">Обязательно придем всей семьей, дети давно просят.</div></div></div></div></div>'
        '<div id="comment-id-89"><div class="bcomment"><div class="dpad"><div class="cominfo"><div class="dcont"><h4>Сергей</h4><ul class="reset small"><li>Группа: Посетители</li><li>Регистрация: 02.11.2011</li><li>Комментариев: 3</li></ul></div></div>'
        '<div class="comcont"><h3 class="btl">Сегодня, 09:40</h3><div id="comm-id-89">А парковку на набережной в эти дни закроют?</div></div></div></div></div></div></div></div>'
        '<div id="sidebar" class="lcol"><div class="block"><div class="dtop"><h4 class="btl">Календарь</h4></div><div class="dcont"><table id="calendar" class="calendar"><tr><th colspan="7" class="monthselect">Май 2013</th></tr><tr><td>13</td><td>14</td><td class="day-active"><a href="/2013/05/15/">15</a></td><td>16</td><td>17</td><td>18</td><td>19</td></tr></table></div></div>'
        '<div class="block"><div class="dtop"><h4 class="btl">Архив новостей</h4></div><div class="dcont"><a href="/2013/05/">Май 2013 (23)</a><br /><a href="/2013/04/">Апрель 2013 (31)</a><br /></div></div>'
        '<div class="block"><div class="dtop"><h4 class="btl">Популярные статьи</h4></div><div class="dcont"><ul class="reset"><li><a href="/news/1519-most-zakroyut-na-remont.html">Мост закроют на ремонт</a></li><li><a href="/news/1501-novyy-avtobusnyy-marshrut.html">Новый автобусный маршрут</a></li></ul></div></div>'
        '<div class="block"><div class="dtop"><h4 class="btl">Облако тегов</h4></div><div class="dcont"><a href="/tags/еда/">еда</a> <a href="/tags/набережная/">набережная</a> <a href="/tags/праздник/">праздник</a></div></div></div></div>'
        '<div class="footbox"><div class="copyright">Copyright &copy; 2009-2013 Набережная.Инфо. Все права защищены.<br />Powered by DataLife Engine &copy; 2013</div>'
        '<div class="counts"><!--LiveInternet counter--><a href="https://www.liveinternet.example/click" target="_blank"><img src="//counter.yadro.example/hit?t44.6" alt="" title="LiveInternet" width="31" height="31" /></a><!--/LiveInternet--></div></div></div></div>',
        {'published':'2013-05-15', 'authors':['Ольга Кравец'], 'headline':h,
         'related':['/afisha/1498-yarmarka-remesel-v-gorodskom-sadu.html', '/news/1470-naberezhnuyu-osvetyat-novymi-fonaryami.html']},
        head='<meta name="generator" content="DataLife Engine (http://dle-news.ru)" /><link rel="search" type="application/opensearchdescription+xml" href="/engine/opensearch.php" title="Набережная.Инфо" />')

    # --- Discuz! X portal article (Chinese): h1.ph, "2013-5-15 11:51| 发布者: ...| 查看: 123| 评论: 0", <base>, 相关阅读, render time in the footer
    h = '江城老码头改造工程正式启动'
    t = '江城老码头改造工程于本周三上午正式启动，预计明年春节前完工，改造后的码头将成为市民休闲散步的新去处，周边道路交通也将同步进行优化调整'
    doc('t13-discuz-portal', 'zh-CN', f'{h} - 本地新闻 - 江城论坛 - Powered by Discuz!',
        '<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="javascript:;" onclick="setHomepage(\'https://news.example.org/\');">设为首页</a><a href="https://news.example.org/" onclick="addFavorite(this.href, \'江城论坛\');return false;">收藏本站</a></div><div class="y"><a id="switchblind" href="javascript:;" class="switchblind">开启辅助访问</a></div></div></div>'
        '<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="江城论坛"><img src="static/image/common/logo.png" alt="江城论坛" border="0" /></a></h2><div id="um"><a href="member.php?mod=logging&amp;action=login">登录</a> | <a href="member.php?mod=register">立即注册</a></div></div>'
        '<div id="nv"><ul><li class="a" id="mn_portal"><a href="portal.php" hidefocus="true" title="Portal">门户<span>Portal</span></a></li><li id="mn_forum"><a href="forum.php" hidefocus="true" title="BBS">论坛<span>BBS</span></a></li><li id="mn_home"><a href="home.php" hidefocus="true" title="Space">家园<span>Space</span></a></li></ul></div></div></div>'
        '<div id="wp" class="wp"><div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">江城论坛</a> <em>&rsaquo;</em> <a href="portal.php">门户</a> <em>&rsaquo;</em> <a href="news/">本地新闻</a> <em>&rsaquo;</em> 查看内容</div></div>'
        f'<div id="ct" class="ct2 wp cl"><div class="mn"><div class="bm vw"><div class="h hm"><h1 class="ph">{h}</h1><p class="xg1">2013-5-15 11:51<span class="pipe">|</span> 发布者: <a href="home.php?mod=space&amp;uid=12">江城小编</a><span class="pipe">|</span> 查看: 123<span class="pipe">|</span> 评论: 0</p></div>'
        '<div class="s"><div><strong>摘要</strong>: 江城老码头改造工程正式启动，预计明年春节前完工。</div></div>'
        f'<div class="d"><table cellpadding="0" cellspacing="0" class="vwtb"><tr><td id="article_content">{paras(t, 5)}</td></tr></table>'
        '<div class="o cl ptm pbm"><a href="home.php?mod=spacecp&amp;ac=favorite&amp;type=article&amp;id=119" id="a_favorite" class="oshr ofav">收藏</a><a href="home.php?mod=spacecp&amp;ac=share&amp;type=article&amp;id=119" id="a_share" class="oshr">分享</a><a href="misc.php?mod=invite&amp;action=article&amp;id=119" id="a_invite" class="oshr oivt">邀请</a></div>'
        '<div class="pren pbm cl"><em>上一篇：</em><a href="article-118-1.html">江城图书馆延长开放时间</a><br /><em>下一篇：</em>没有了</div></div></div>'
        '<div class="bm"><div class="bm_h cl"><h3>相关阅读</h3></div><div class="bm_c"><ul class="xl xl2 cl"><li>&bull; <a href="article-97-1.html">江边步道明年全线贯通</a></li><li>&bull; <a href="article-88-1.html">老码头片区交通调整方案公示</a></li></ul></div></div>'
        '<div id="comment" class="bm"><div class="bm_h cl"><h3>最新评论</h3></div><div id="comment_ul" class="bm_c"><p class="emp">暂无评论</p></div>'
        '<form id="cform" name="cform" action="portal.php?mod=portalcp&amp;ac=comment" method="post" autocomplete="off"><div class="tedt"><div class="area"><textarea name="message" rows="3" class="pt" id="message"></textarea></div></div><p class="ptn pns"><button type="submit" name="commentsubmit_btn" id="commentsubmit_btn" value="true" class="pn"><strong>评论</strong></button></p></form></div></div>'
        '<div class="sd pph"><div class="bm"><div class="bm_h cl"><h2>热门文章</h2></div><div class="bm_c"><ul class="xl xl1 cl"><li><a href="article-110-1.html">江城今夏首场音乐节门票开售</a></li><li><a href="article-105-1.html">市区新增三条公交线路</a></li></ul></div></div>'
        '<div class="bm"><div class="bm_h cl"><h2>最新文章</h2></div><div class="bm_c"><ul class="xl xl1 cl"><li><a href="article-118-1.html">江城图书馆延长开放时间</a> <span class="xg1">05-14</span></li><li><a href="article-117-1.html">周末天气晴好适合出游</a> <span class="xg1">05-13</span></li></ul></div></div></div></div></div>'
        '<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="archiver/">Archiver</a><span class="pipe">|</span><a href="forum.php?mobile=yes">手机版</a><span class="pipe">|</span><strong><a href="./" target="_blank">江城论坛</a></strong> ( <a href="http://www.miibeian.example/" target="_blank">鄂ICP备12345678号</a> )</p>'
        '<p class="xs0">GMT+8, 2013-5-16 20:14<span id="debuginfo">, Processed in 0.061262 second(s), 20 queries.</span></p></div><div id="frt"><p>Powered by <strong><a href="http://www.discuz.example" target="_blank">Discuz!</a></strong> <em>X2.5</em></p><p class="xs0">&copy; 2001-2012 <a href="http://www.comsenz.example" target="_blank">Comsenz Inc.</a></p></div></div>',
        {'published':'2013-05-15', 'headline':h, 'related':['/article-97-1.html', '/article-88-1.html']},
        head='<meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="keywords" content="江城老码头改造工程正式启动" /><meta name="generator" content="Discuz! X2.5" /><meta name="author" content="Discuz! Team and Comsenz UI Team" /><meta name="copyright" content="2001-2012 Comsenz Inc." /><base href="https://news.example.org/" />')

    # --- Naver-style Korean news page: press logo, article_info with "기사입력", photo with img_desc, body in <br>, reporter at the start of the text, 관련기사 with query URLs
    h = '도심 하천 산책로 다음 달 전면 개방'
    t = '시는 도심을 가로지르는 하천 산책로 정비 공사를 모두 마무리하고 다음 달 초부터 시민들에게 산책로 전 구간을 개방한다고 밝혔다'
    doc('t13-naver-ko', 'ko', f'{h} : 네이버 뉴스',
        '<div id="wrap"><div id="header"><h1><a href="https://www.naver.example/" class="h_naver"><span>NAVER</span></a><a href="/" class="h_news"><span>뉴스</span></a></h1>'
        '<div class="lnb"><ul><li><a href="/main/main.nhn?mode=LSD&amp;mid=shm&amp;sid1=100">정치</a></li><li><a href="/main/main.nhn?mode=LSD&amp;mid=shm&amp;sid1=101">경제</a></li><li class="on"><a href="/main/main.nhn?mode=LSD&amp;mid=shm&amp;sid1=102">사회</a></li><li><a href="/main/main.nhn?mode=LSD&amp;mid=shm&amp;sid1=103">생활/문화</a></li></ul></div></div>'
        '<div id="container"><div id="main_content"><div class="article_header"><div class="press_logo"><a href="http://www.hanbit.example/" target="_blank"><img src="/image/upload/office_logo/999/2013/05/15/logo.gif" alt="한빛일보" title="한빛일보" /></a></div>'
        f'<div class="article_info"><h3 id="articleTitle">{h}</h3><div class="sponsor"><span class="t11">기사입력 2013-05-15 11:51</span> <span class="bar"></span> 최종수정 <span class="t11">2013-05-15 14:20</span> <a href="http://www.hanbit.example/news/view.html?id=2013051512345" class="btn_artialoriginal" target="_blank">기사원문</a></div></div></div>'
        '<div class="article_body"><div id="articleBodyContents"><!-- 본문 내용 --><!-- TV플레이어 --><script type="text/javascript">function _flash_removeCallback() {}</script>'
        '<span class="end_photo_org"><img src="/image/999/2013/05/15/river.jpg" width="500" height="333" alt="" /><em class="img_desc">새로 단장한 도심 하천 산책로의 모습. 시 제공</em></span><br /><br />'
        f'(서울=한빛일보) 홍길동 기자 = {t}.<br /><br />' + brs(t, 4) + '<br /><br />hong@hanbit.example<br /><br />&lt;저작권자(c) 한빛일보, 무단 전재-재배포 금지&gt;<!-- // 본문 내용 --></div>'
        '<div class="article_footer"><a href="/main/list.nhn?mode=LPOD&amp;mid=sec&amp;oid=999">한빛일보 기사 더보기</a></div></div>'
        '<div class="link_news"><h3>관련기사</h3><ul><li><a href="/main/read.nhn?oid=999&amp;aid=0000123400">하천 정비 사업 예산 추가 확보</a> <span>한빛일보 2013-04-02</span></li><li><a href="/main/read.nhn?oid=999&amp;aid=0000123388">산책로 야간 조명 설치 완료</a> <span>한빛일보 2013-03-21</span></li></ul></div>'
        '<div class="like_area">이 기사를 추천합니다 <a href="#">좋아요 24</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example.org%2Fstory%2F1.html">페이스북</a> <a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fnews.example.org%2Fstory%2F1.html">트위터</a></div>'
        '<div class="cbox_module"><h4>댓글 2</h4><ul><li class="u_cbox_comment"><span class="u_cbox_nick">산책****</span><span class="u_cbox_contents">퇴근길에 꼭 걸어봐야겠네요.</span><span class="u_cbox_date">2013-05-15 13:02:11</span></li>'
        '<li class="u_cbox_comment"><span class="u_cbox_nick">river***</span><span class="u_cbox_contents">자전거 도로도 같이 만들어 주세요.</span><span class="u_cbox_date">2013-05-16 08:40:55</span></li></ul></div></div>'
        '<div id="aside"><div class="section"><h4>많이 본 뉴스</h4><ol><li><a href="/main/ranking/read.nhn?oid=888&amp;aid=0000456001">장마 앞두고 배수로 일제 점검</a></li><li><a href="/main/ranking/read.nhn?oid=777&amp;aid=0000998877">시내버스 노선 개편안 발표</a></li></ol></div></div></div>'
        '<div id="footer"><p>각 기사의 저작권은 해당 언론사에 있습니다.</p><p>Copyright &copy; NAVER Corp. All Rights Reserved.</p></div></div>',
        {'published':'2013-05-15', 'authors':['홍길동'], 'headline':h, 'captions':['새로 단장한 도심 하천 산책로의 모습.'],
         'related':['/main/read.nhn?oid=999&aid=0000123400', '/main/read.nhn?oid=999&aid=0000123388']})

    # --- Ameblo-style Japanese blog: skin-entryTitle, time "2013-06-09 21:47:02", text in <br>, theme, prev/next, comments, profile and recent entries
    h = '週末は庭の梅でシロップを仕込みました'
    t = '週末に庭の梅の実をたくさん収穫したので、今年も子どもたちと一緒に梅シロップを仕込みましたが、去年より少し砂糖を控えめにしてみました'
    b = '/hanako-kitchen'
    doc('t13-ameblo', 'ja', f'{h} | はなこの台所日記',
        '<div id="ambHeader"><a href="https://www.ameba.example/">Ameba</a> <a href="https://blog.ameba.example/">ブログ</a> <a href="' + b + '/">ブログトップ</a> <a href="' + b + '/entrylist.html">記事一覧</a> <a href="' + b + '/imagelist.html">画像一覧</a></div>'
        '<div class="skin-blogHeader"><h1 class="skin-blogTitle"><a href="' + b + '/">はなこの台所日記</a></h1><p class="skin-blogSubTitle">毎日のごはんと季節の手仕事</p></div>'
        '<div class="skin-blogBody"><div class="skin-blogMain"><article class="skin-entry js-entryWrapper" data-unique-entry-id="11531234567"><div class="skin-entryHead">'
        f'<h2 class="skin-entryTitle" data-uranus-component="entryTitle"><a href="{b}/entry-11531234567.html" class="skinArticleTitle" rel="bookmark">{h}</a></h2>'
        '<div class="skin-entryPubdate"><p class="skin-textQuiet"><time datetime="2013-06-09" class="skin-textQuiet">2013-06-09 21:47:02</time></p></div>'
        '<dl class="skin-entryThemes"><dt>テーマ：</dt><dd><a href="' + b + '/theme-10012345678.html">季節の手仕事</a></dd></dl></div>'
        '<div class="skin-entryInner"><div id="entryBody" class="skin-entryBody" data-uranus-component="entryBody">' + brs(t, 2)
        + '<br /><br /><a href="https://stat.ameba.example/user_images/20130609/21/hanako-kitchen/ab/cd/j/o0640048012345678901.jpg"><img src="https://stat.ameba.example/user_images/20130609/21/hanako-kitchen/ab/cd/j/t02200165_0640048012345678901.jpg" width="220" height="165" alt="" class="PhotoSwipeImage" /></a><br /><br />' + brs(t, 3) + '</div></div>'
        '<div class="skin-entryFoot"><div class="skin-reactionArea"><a href="#" class="skin-iineButton">いいね！</a> <a href="' + b + '/entry-11531234567.html#cbox">コメント(2)</a> <a href="#">リブログ(0)</a></div></div></article>'
        '<div class="skin-entryNav"><a href="' + b + '/entry-11530987654.html" class="skin-entryNavPrev">前の記事：梅雨入り前に布団を干しました</a> <a href="' + b + '/entry-11532345678.html" class="skin-entryNavNext">次の記事：子どもの遠足のお弁当</a></div>'
        '<div id="cbox" class="skin-commentArea"><h3 class="skin-commentTitle">コメント</h3><ul class="skin-commentList"><li class="skin-commentItem"><p class="skin-commentText">おいしそう！うちも今年は挑戦してみます。</p><p class="skin-commentMeta"><a href="/sakura-mama/">さくらママ</a> <time datetime="2013-06-10">2013-06-10 08:12:33</time></p></li>'
        '<li class="skin-commentItem"><p class="skin-commentText">さくらママさん、氷砂糖だと失敗しにくいですよ。</p><p class="skin-commentMeta"><a href="' + b + '/">はなこ</a> <time datetime="2013-06-10">2013-06-10 12:30:05</time></p></li></ul></div></div>'
        '<aside class="skin-blogSubA"><div class="skin-widget"><h3 class="skin-widgetTitle">プロフィール</h3><div class="skin-widgetBody"><img src="https://stat.profile.ameba.example/profile_images/hanako.jpg" width="96" height="96" alt="はなこ" /><p><a href="' + b + '/profile.html">はなこ</a></p><p>二児の母。毎日のごはんと季節の手仕事を記録しています。</p></div></div>'
        '<div class="skin-widget"><h3 class="skin-widgetTitle">最新の記事</h3><ul><li><a href="' + b + '/entry-11535551111.html">雨の日の常備菜</a> <time>2013-06-15</time></li><li><a href="' + b + '/entry-11532345678.html">子どもの遠足のお弁当</a> <time>2013-06-12</time></li></ul></div>'
        '<div class="skin-widget"><h3 class="skin-widgetTitle">月別</h3><ul><li><a href="' + b + '/archive-201306.html">2013年6月(7)</a></li><li><a href="' + b + '/archive-201305.html">2013年5月(12)</a></li></ul></div></aside></div>'
        '<div id="ambFooter"><p><a href="https://helps.ameba.example/">ヘルプ</a> <a href="https://helps.ameba.example/rules/">利用規約</a></p><p>Copyright &copy; CyberAgent, Inc. All Rights Reserved.</p></div>',
        {'published':'2013-06-09', 'headline':h, 'captions':[], 'related':[]})

    # --- Ghost, Casper 2 (its ghost_head always writes OpenGraph and JSON-LD): post-full-title, kg-card caption, author card, read-next and post-card teasers
    h = 'The library that stays open late'
    t = 'On Thursday evenings the little branch library on Canal Street keeps its doors open until ten, and on most weeks every chair is taken'
    gu = 'https://news.example.org/the-library-that-stays-open-late/'
    def pcard(u2, tag, text, exc):
        return (f'<article class="post-card post"><a class="post-card-image-link" href="{u2}"><div class="post-card-image" style="background-image: url(/content/images/2018/08/card.jpg)"></div></a><div class="post-card-content"><a class="post-card-content-link" href="{u2}">'
                f'<header class="post-card-header"><span class="post-card-tags">{tag}</span><h2 class="post-card-title">{text}</h2></header><section class="post-card-excerpt"><p>{exc}</p></section></a>'
                '<footer class="post-card-meta"><ul class="author-list"><li class="author-list-item"><div class="author-name-tooltip">Nora Quinn</div><a href="/author/nora/" class="static-avatar"><img class="author-profile-image" src="/content/images/2018/01/nora.jpg" alt="Nora Quinn" /></a></li></ul><span class="reading-time">4 min read</span></footer></div></article>')
    doc('t13-ghost', 'en', h,
        '<div class="site-wrapper"><header class="site-header outer"><div class="inner"><nav class="site-nav"><div class="site-nav-left"><a class="site-nav-logo" href="/">The Quiet Shelf</a><ul class="nav" role="menu"><li class="nav-home" role="menuitem"><a href="/">Home</a></li><li class="nav-reviews" role="menuitem"><a href="/tag/reviews/">Reviews</a></li><li class="nav-essays" role="menuitem"><a href="/tag/essays/">Essays</a></li><li class="nav-about" role="menuitem"><a href="/about/">About</a></li></ul></div>'
        '<div class="site-nav-right"><div class="social-links"><a class="social-link social-link-tw" href="https://twitter.com/quietshelf" target="_blank" rel="noopener">Twitter</a></div><a class="subscribe-button" href="#subscribe">Subscribe</a></div></nav></div></header>'
        '<main id="site-main" class="site-main outer"><div class="inner"><article class="post-full post tag-reviews"><header class="post-full-header"><section class="post-full-meta"><time class="post-full-meta-date" datetime="2018-09-12">12 September 2018</time> <span class="date-divider">/</span> <a href="/tag/reviews/">Reviews</a></section>'
        f'<h1 class="post-full-title">{h}</h1></header><figure class="post-full-image"><img srcset="/content/images/size/w300/2018/09/canal-street.jpg 300w, /content/images/size/w600/2018/09/canal-street.jpg 600w" sizes="(max-width: 800px) 400px, 700px" src="/content/images/size/w2000/2018/09/canal-street.jpg" alt="{h}" /></figure>'
        f'<section class="post-full-content"><div class="post-content">{paras(t, 2)}<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2018/09/reading-room.jpg" class="kg-image" /><figcaption>The reading room at half past nine, with the last of the homework club still at work.</figcaption></figure>{paras(t, 3)}</div></section>'
        '<section class="subscribe-form"><h3 class="subscribe-form-title">Subscribe to The Quiet Shelf</h3><p>Get the latest posts delivered right to your inbox</p><form method="post" action="/subscribe/" class=""><input class="confirm" type="hidden" name="confirm" /><div class="form-group"><input class="subscribe-email" type="email" name="email" placeholder="youremail@example.com" /></div><button class="" type="submit"><span>Subscribe</span></button></form></section>'
        '<footer class="post-full-footer"><section class="author-card"><img class="author-profile-image" src="/content/images/2018/01/nora.jpg" alt="Nora Quinn" /><section class="author-card-content"><h4 class="author-card-name"><a href="/author/nora/">Nora Quinn</a></h4><p>Reads too much and writes about it.</p></section></section>'
        '<div class="post-full-footer-right"><a class="author-card-button" href="/author/nora/">Read More</a></div></footer></article></div></main>'
        '<aside class="read-next outer"><div class="inner"><div class="read-next-feed"><article class="read-next-card" style="background-image: url(/content/images/2018/01/shelf-cover.jpg)"><header class="read-next-card-header"><small class="read-next-card-header-sitetitle">&mdash; The Quiet Shelf &mdash;</small><h3 class="read-next-card-header-title"><a href="/tag/reviews/">Reviews</a></h3></header>'
        '<div class="read-next-divider"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M13 14.5s2 3 5 3 5.5-2.463 5.5-5.5S21 6.5 18 6.5c-5 0-7 11-12 11C2.962 17.5.5 15.037.5 12S3 6.5 6 6.5s4.5 3.5 4.5 3.5"/></svg></div>'
        '<div class="read-next-card-content"><ul><li><a href="/a-winter-of-long-novels/">A winter of long novels</a></li><li><a href="/the-second-hand-shop-on-mill-lane/">The second-hand shop on Mill Lane</a></li><li><a href="/notes-on-a-reading-group/">Notes on a reading group</a></li></ul></div>'
        '<footer class="read-next-card-footer"><a href="/tag/reviews/">See all 14 posts &rarr;</a></footer></article>'
        + pcard('/why-i-reread/', 'Essays', 'Why I reread', 'Some books only open up the second time, and a few only the third.')
        + pcard('/a-shelf-for-every-room/', 'Essays', 'A shelf for every room', 'What happens when the books escape the living room and take the house.')
        + '</div></div></aside>'
        f'<div class="floating-header"><div class="floating-header-logo"><a href="/"><span>The Quiet Shelf</span></a></div><span class="floating-header-divider">&mdash;</span><div class="floating-header-title">{h}</div><div class="floating-header-share"><div class="floating-header-share-label">Share this</div>'
        '<a class="floating-header-share-tw" href="https://twitter.com/share?text=The%20library%20that%20stays%20open%20late&amp;url=https://news.example.org/the-library-that-stays-open-late/" target="_blank" rel="noopener">Twitter</a><a class="floating-header-share-fb" href="https://www.facebook.com/sharer/sharer.php?u=https://news.example.org/the-library-that-stays-open-late/" target="_blank" rel="noopener">Facebook</a></div><progress id="reading-progress" class="progress" value="0"></progress></div>'
        '<footer class="site-footer outer"><div class="site-footer-content inner"><section class="copyright"><a href="/">The Quiet Shelf</a> &copy; 2018</section><nav class="site-footer-nav"><a href="/">Latest Posts</a><a href="https://twitter.com/quietshelf" target="_blank" rel="noopener">Twitter</a><a href="https://ghost.org" target="_blank" rel="noopener">Ghost</a></nav></div></footer></div>',
        {'published':'2018-09-12', 'authors':['Nora Quinn'], 'headline':h, 'captions':['The reading room at half past nine'],
         'related':['/a-winter-of-long-novels/', '/the-second-hand-shop-on-mill-lane/', '/notes-on-a-reading-group/', '/why-i-reread/', '/a-shelf-for-every-room/']},
        head=f'<meta name="description" content="Thursday evenings at the Canal Street branch library." /><link rel="shortcut icon" href="/favicon.png" type="image/png" /><link rel="canonical" href="{gu}" /><meta name="referrer" content="no-referrer-when-downgrade" /><link rel="amphtml" href="{gu}amp/" />'
             f'<meta property="og:site_name" content="The Quiet Shelf" /><meta property="og:type" content="article" /><meta property="og:title" content="{h}" /><meta property="og:description" content="Thursday evenings at the Canal Street branch library." /><meta property="og:url" content="{gu}" />'
             '<meta property="og:image" content="https://news.example.org/content/images/2018/09/canal-street.jpg" /><meta property="article:published_time" content="2018-09-12T08:14:00.000Z" /><meta property="article:modified_time" content="2018-09-13T10:01:22.000Z" /><meta property="article:tag" content="Reviews" />'
             f'<meta name="twitter:card" content="summary_large_image" /><meta name="twitter:title" content="{h}" /><meta name="twitter:url" content="{gu}" /><meta name="twitter:label1" content="Written by" /><meta name="twitter:data1" content="Nora Quinn" /><meta name="twitter:label2" content="Filed under" /><meta name="twitter:data2" content="Reviews" />'
             '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Article", "publisher": {"@type": "Organization", "name": "The Quiet Shelf", "logo": "https://news.example.org/favicon.png"}, '
             '"author": {"@type": "Person", "name": "Nora Quinn", "image": {"@type": "ImageObject", "url": "https://news.example.org/content/images/2018/01/nora.jpg"}, "url": "https://news.example.org/author/nora/", "sameAs": []}, '
             f'"headline": "{h}", "url": "{gu}", "datePublished": "2018-09-12T08:14:00.000Z", "dateModified": "2018-09-13T10:01:22.000Z", "image": {{"@type": "ImageObject", "url": "https://news.example.org/content/images/2018/09/canal-street.jpg", "width": 2000, "height": 1333}}, '
             '"keywords": "Reviews", "description": "Thursday evenings at the Canal Street branch library.", "mainEntityOfPage": {"@type": "WebPage", "@id": "https://news.example.org/"}}</script>'
             '<meta name="generator" content="Ghost 2.1" /><link rel="alternate" type="application/rss+xml" title="The Quiet Shelf" href="https://news.example.org/rss/" />')

    # --- A Medium-like page (self-hosted clone, no metadata): the author card with avatar, bio, date and reading time before the title
    h = 'What our street learned from a year without parking'
    t = 'When the council took the parking off our street for a one-year trial, most of us expected chaos, angry letters and a lot of circling cars'
    doc('t13-medium-like', 'en', f'{h} \u2013 Kim Wells \u2013 Streetwise',
        '<div class="metabar"><div class="metabar-inner"><a href="/" class="siteNav-logo">Streetwise</a> <a href="/m/signin" class="button button--chromeless">Sign in</a> <a href="/m/signin?operation=register" class="button button--primary">Get started</a></div></div>'
        '<main role="main"><article class="postArticle postArticle--full"><div class="postArticle-content"><section class="section section--body section--first"><div class="section-content"><div class="section-inner sectionLayout--insetColumn">'
        '<header class="postMetaHeader"><div class="postMetaLockup"><div class="u-floatLeft"><a class="avatar" href="/@kimwells" data-action="show-user-card"><img src="/img/kim.jpg" class="avatar-image" alt="Go to the profile of Kim Wells" width="60" height="60" /></a></div>'
        '<div class="postMetaInline"><a class="ds-link ds-link--styleSubtle" href="/@kimwells" data-action="show-user-card">Kim Wells</a> <button class="button button--smallest button--follow">Follow</button>'
        '<div class="ui-caption postMetaInline-authorBio">Urban cyclist, occasional planner, writes about streets and the people on them.</div>'
        '<div class="ui-caption"><time datetime="2016-10-03T14:22:31.000Z">Oct 3, 2016</time><span class="middotDivider">\u00b7</span><span class="readingTime" title="6 min read">6 min read</span></div></div></div></header>'
        f'<h1 class="graf graf--h3 graf--leading graf--title" id="a1b2">{h}</h1>'
        + ''.join(f'<p class="graf graf--p">{t} ({i}).</p>' for i in range(2))
        + '<figure class="graf graf--figure"><div class="aspectRatioPlaceholder is-locked"><img class="graf-image" src="/img/street-1.jpeg" width="700" height="467" /></div><figcaption class="imageCaption">Our street on a Sunday in June, with benches where the cars used to be.</figcaption></figure>'
        + ''.join(f'<p class="graf graf--p">{t} ({i}).</p>' for i in range(2, 5))
        + '</div></div></section></div>'
        '<footer class="postArticle-footer"><ul class="tags"><li><a class="link u-baseColor--link" href="/tag/urban-planning">Urban Planning</a></li><li><a class="link u-baseColor--link" href="/tag/cycling">Cycling</a></li><li><a class="link u-baseColor--link" href="/tag/cities">Cities</a></li></ul>'
        '<div class="clapCount"><button class="clapButton">Clap</button> 1.2K claps</div><div class="postFooter-author"><h2>Written by <a href="/@kimwells">Kim Wells</a></h2><p>Urban cyclist, occasional planner, writes about streets and the people on them.</p><button class="button--follow">Follow</button></div></footer></article>'
        '<div class="responsesStream"><h4>Responses</h4><div class="streamItem"><a href="/@dtaylor">Dan Taylor</a> <time datetime="2016-10-04T09:12:00.000Z">Oct 4, 2016</time><p>We tried the same on our road and the first month was by far the hardest.</p></div></div>'
        '<div class="moreFrom"><h3>More from Kim Wells</h3><ul><li><a href="/@kimwells/the-hidden-cost-of-free-parking-4f2a1b">The hidden cost of free parking</a> <time datetime="2016-08-14">Aug 14, 2016</time></li><li><a href="/@kimwells/bollards-a-love-letter-9c8d7e">Bollards: a love letter</a> <time datetime="2016-07-02">Jul 2, 2016</time></li></ul></div></main>'
        '<footer class="siteFooter"><a href="/about">About</a> <a href="/help">Help</a> <a href="/legal">Legal</a></footer>'
        '<div class="cookieBanner">To make Streetwise work, we log user data. By using Streetwise, you agree to our <a href="/legal/privacy">Privacy Policy</a>, including cookie policy. <button>Got it</button></div>',
        {'published':'2016-10-03', 'authors':['Kim Wells'], 'headline':h, 'captions':['Our street on a Sunday in June']})

    # --- A Substack-like newsletter post (OpenGraph title only): post-title, subtitle, post-meta with author and date, captioned image, subscribe buttons, discussion
    h = 'The ferry that nobody wanted to cancel'
    t = 'For thirty years the little ferry has crossed the sound four times a day, and every budget round someone suggests that it is finally time to stop'
    doc('t13-substack-like', 'en', f'{h} - by Priya Nair - The Ledger Line',
        '<div class="main-menu"><div class="topbar-content"><a href="/" class="navbar-logo-container"><img class="navbar-logo" src="/img/ledger.png" alt="The Ledger Line" /></a><h1 class="navbar-title"><a class="navbar-title-link" href="/">The Ledger Line</a></h1>'
        '<div class="navbar-buttons"><a class="button primary subscribe-btn" href="/subscribe">Subscribe</a> <a class="button sign-in-link" href="/sign-in">Sign in</a></div></div></div>'
        f'<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post"><div class="post-header"><h1 class="post-title published">{h}</h1><h3 class="subtitle">Why a small subsidy keeps the island connected</h3>'
        '<div class="post-meta"><div class="post-meta-item author-avatars"><a href="/profile/priya-nair"><img alt="" width="32" height="32" src="/img/priya.jpg" /></a></div><div class="post-meta-item post-meta-authors"><a href="/profile/priya-nair" class="pencraft pc-reset">Priya Nair</a></div>'
        '<div class="post-meta-item post-date"><time datetime="2021-02-18T13:00:00.000Z">Feb 18, 2021</time></div></div>'
        '<div class="post-ufi"><a class="post-ufi-button like-button" href="#">14</a> <a class="post-ufi-comment-button" href="/p/the-ferry-nobody-wanted-to-cancel/comments">6</a> <a class="post-ufi-button share" href="#">Share</a></div></div>'
        f'<div class="available-content"><div dir="auto" class="body markup">{paras(t, 2)}<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank" href="/img/ferry-full.jpeg"><div class="image2-inset"><picture><source type="image/webp" srcset="/img/ferry-424.webp 424w, /img/ferry-848.webp 848w" />'
        '<img src="/img/ferry-1456.jpeg" width="1456" height="970" alt="" class="sizing-normal" /></picture></div></a><figcaption class="image-caption">The morning crossing leaves the island slip at half past seven.</figcaption></figure></div>'
        f'{paras(t, 3)}<p class="button-wrapper"><a class="button primary" href="/subscribe?"><span>Subscribe now</span></a></p></div></div>'
        '<div class="post-footer"><div class="post-ufi"><a class="post-ufi-button like-button" href="#">14</a> <a class="post-ufi-comment-button" href="/p/the-ferry-nobody-wanted-to-cancel/comments">6</a> <a class="post-ufi-button share" href="#">Share</a></div></div></article>'
        '<div class="comments-section"><h4>Discussion</h4><div class="comment"><div class="comment-meta"><a href="/profile/jo-harper">Jo Harper</a> <a class="comment-date" href="/p/the-ferry-nobody-wanted-to-cancel/comment/101"><time datetime="2021-02-19T08:12:00.000Z">Feb 19, 2021</time></a></div>'
        '<div class="comment-body"><p>The winter crossings are the only way my mother gets to her hospital appointments.</p></div></div></div>'
        '<div class="post-footer-more"><h4>Ready for more?</h4><form class="form subscription-widget-subscribe" action="/api/v1/free" method="post"><input type="email" name="email" placeholder="Type your email..." /><button type="submit" class="button primary">Subscribe</button></form></div></div></div></div>'
        '<div class="footer-wrap"><div class="footer"><div class="copyright">&copy; 2021 Priya Nair</div> <a href="/privacy">Privacy</a> &#8729; <a href="/tos">Terms</a> &#8729; <a href="/collection-notice">Collection notice</a></div></div>',
        {'published':'2021-02-18', 'authors':['Priya Nair'], 'headline':h, 'captions':['The morning crossing leaves the island slip']},
        head=f'<meta property="og:title" content="{h}" /><meta property="og:description" content="Why a small subsidy keeps the island connected" /><meta name="theme-color" content="#ffffff" />')

    # --- phpBB 3 (prosilver) topic used as a news item: "It is currently ..." render date, first post "by Name » Wed May 15, 2013 11:51 am", replies, profiles with "Joined"
    h = 'Village hall roof repairs to start in June'
    t = 'The trustees met on Monday evening and agreed that the contractor can start on the village hall roof in the first week of June'
    def pbpost(pid, cls, author, when, text, rank, posts, joined, first=False):
        h3cls, re_ = (' class="first"', '') if first else ('', 'Re: ')
        return (f'<div id="p{pid}" class="post {cls}"><div class="inner"><span class="corners-top"><span></span></span><div class="postbody"><ul class="profile-icons"><li class="quote-icon"><a href="./posting.php?mode=quote&amp;f=3&amp;p={pid}" title="Reply with quote"><span>Reply with quote</span></a></li></ul>'
                f'<h3{h3cls}><a href="#p{pid}">{re_}{h}</a></h3><p class="author"><a href="./viewtopic.php?p={pid}#p{pid}"><img src="./styles/prosilver/imageset/icon_post_target.gif" width="11" height="9" alt="Post" title="Post" /></a>by <strong><a href="./memberlist.php?mode=viewprofile&amp;u={pid % 97}">{author}</a></strong> &raquo; {when} </p>'
                f'<div class="content">{text}</div></div><dl class="postprofile" id="profile{pid}"><dt><a href="./memberlist.php?mode=viewprofile&amp;u={pid % 97}">{author}</a></dt><dd>{rank}</dd><dd>&nbsp;</dd><dd><strong>Posts:</strong> {posts}</dd><dd><strong>Joined:</strong> {joined}</dd><dd><strong>Location:</strong> Pontyberem</dd></dl>'
                '<div class="back2top"><a href="#wrap" class="top" title="Top">Top</a></div><span class="corners-bottom"><span></span></span></div></div><hr class="divider" />')
    doc('t13-phpbb', 'en-gb', f'Pontyberem Community Forum &bull; View topic - {h}',
        '<div id="wrap"><a id="top" name="top" accesskey="t"></a><div id="page-header"><div class="headerbar"><div class="inner"><span class="corners-top"><span></span></span><div id="site-description"><a href="./index.php" title="Board index" id="logo"><img src="./styles/prosilver/imageset/site_logo.gif" width="139" height="52" alt="" title="" /></a>'
        '<h1>Pontyberem Community Forum</h1><p>News and chat for the village and the valley</p><p class="skiplink"><a href="#start_here">Skip to content</a></p></div><div id="search-box"><form action="./search.php" method="get" id="search"><fieldset><input name="keywords" id="keywords" type="text" maxlength="128" title="Search for keywords" class="inputbox search" value="Search…" /><input class="button2" value="Search" type="submit" /></fieldset></form></div><span class="corners-bottom"><span></span></span></div></div>'
        '<div class="navbar"><div class="inner"><span class="corners-top"><span></span></span><ul class="linklist navlinks"><li class="icon-home"><a href="./index.php" accesskey="h">Board index</a> <strong>&#8249;</strong> <a href="./viewforum.php?f=3">Village news</a></li></ul>'
        '<ul class="linklist rightside"><li class="icon-faq"><a href="./faq.php" title="Frequently Asked Questions">FAQ</a></li><li class="icon-register"><a href="./ucp.php?mode=register">Register</a></li><li class="icon-logout"><a href="./ucp.php?mode=login" title="Login" accesskey="x">Login</a></li></ul><span class="corners-bottom"><span></span></span></div></div></div>'
        '<a name="start_here"></a><div id="page-body"><p class="right">It is currently Fri May 17, 2013 8:02 pm</p>'
        f'<h2><a href="./viewtopic.php?f=3&amp;t=512">{h}</a></h2><div class="topic-actions"><div class="buttons"><div class="reply-icon"><a href="./posting.php?mode=reply&amp;f=3&amp;t=512" title="Post a reply"><span></span>Post a reply</a></div></div><div class="pagination">3 posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div><div class="clear"></div>'
        + pbpost(1234, 'bg2', 'Gareth Lewis', 'Wed May 15, 2013 11:51 am', brs(t, 5), 'Site Admin', '1520', 'Sat Jan 03, 2009 4:12 pm', first=True)
        + pbpost(1236, 'bg1', 'Sian_P', 'Thu May 16, 2013 9:14 am', 'Good news. Will the hall still be open for the playgroup while they work?', 'Regular', '212', 'Mon Jun 14, 2010 7:40 pm')
        + pbpost(1239, 'bg2', 'Gareth Lewis', 'Thu May 16, 2013 10:02 am', 'Yes, the contractor says the main room stays open, only the kitchen will be closed for a week.', 'Site Admin', '1520', 'Sat Jan 03, 2009 4:12 pm')
        + '<div class="topic-actions"><div class="buttons"><div class="reply-icon"><a href="./posting.php?mode=reply&amp;f=3&amp;t=512" title="Post a reply"><span></span>Post a reply</a></div></div><div class="pagination">3 posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>'
        '<p></p><p><a href="./viewforum.php?f=3" class="left-box left" accesskey="r">Return to Village news</a></p><form method="post" id="jumpbox" action="./viewforum.php"><fieldset class="jumpbox"><label for="f" accesskey="j">Jump to:</label><select name="f" id="f"><option value="3" selected="selected">Village news</option><option value="4">What\'s on</option></select><input type="submit" value="Go" class="button2" /></fieldset></form>'
        '<h3>Who is online</h3><p>Users browsing this forum: No registered users and 1 guest</p></div>'
        '<div id="page-footer"><div class="navbar"><div class="inner"><span class="corners-top"><span></span></span><ul class="linklist"><li class="icon-home"><a href="./index.php" accesskey="h">Board index</a></li><li class="rightside"><a href="./memberlist.php?mode=leaders">The team</a> &bull; <a href="./ucp.php?mode=delete_cookies">Delete all board cookies</a> &bull; All times are UTC + 1 hour [ <abbr title="Daylight Saving Time">DST</abbr> ]</li></ul><span class="corners-bottom"><span></span></span></div></div>'
        '<div class="copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Group</div></div></div>',
        {'published':'2013-05-15', 'authors':['Gareth Lewis'], 'headline':h, 'related':[]})

    # --- vBulletin 4 CMS article: article_title, "by Name", "Published on 05-22-2013 11:51 AM", views, tags, comments as postbits, recent-articles widget, footer time
    h = 'Record sea trout caught below the weir'
    t = 'A club member landed what is thought to be the heaviest sea trout ever recorded on the lower river during a night session on Tuesday'
    doc('t13-vbulletin-cms', 'en', f'{h} - Harbour Anglers',
        '<div class="above_body"><div id="header" class="floatcontainer doc_header"><div><a name="top" href="forum.php" class="logo-image"><img src="images/misc/vbulletin4_logo.png" alt="Harbour Anglers - Powered by vBulletin" /></a></div>'
        '<div id="toplinks" class="toplinks"><ul class="nouser"><li><a href="register.php" rel="nofollow">Register</a></li><li><a rel="help" href="faq.php">Help</a></li><li><form id="navbar_loginform" action="login.php?do=login" method="post"><fieldset id="logindetails" class="logindetails"><input type="text" class="textbox default-value" name="vb_login_username" id="navbar_username" size="10" value="User Name" /><input type="submit" class="loginbutton" value="Log in" /></fieldset></form></li></ul></div><hr /></div>'
        '<div id="navbar" class="navbar"><ul id="navtabs" class="navtabs floatcontainer"><li class="selected"><a class="navtab" href="content.php">Home</a></li><li><a class="navtab" href="forum.php">Forum</a></li><li><a class="navtab" href="blog.php">Blogs</a></li><li><a class="navtab" href="search.php?do=getdaily&amp;contenttype=vBForum_Post">What\'s New?</a></li></ul></div></div>'
        '<div class="body_wrapper"><div id="breadcrumb" class="breadcrumb"><ul class="floatcontainer"><li class="navbithome"><a href="content.php" accesskey="1"><img src="images/misc/navbit-home.png" alt="Home" /></a></li><li class="navbit"><a href="content.php?r=3-News">News</a></li>'
        f'<li class="navbit lastnavbit"><span>{h}</span></li></ul><hr /></div><div id="content_container"><div id="content"><div class="cms_article_container"><div class="article_container"><div class="article_title_container"><h1 class="article_title">{h}</h1></div>'
        '<div class="article_username_container"><div class="cms_article_username"><div class="username_container">by <a href="member.php?27-Martin-Doyle" class="username">Martin Doyle</a></div></div></div>'
        '<div class="cms_article_date">Published on 05-22-2013 11:51 AM</div><div class="cms_article_section_location"><a href="content.php?r=3-News">News</a></div><div class="cms_clear"></div>'
        '<div class="article cms_clear restore postcontainer"><div class="cms_article_txt_content"><img src="attachment.php?attachmentid=881&amp;d=1369219860" border="0" alt="" class="size_fullsize" width="500" height="375" /></div>' + brs(t, 5) + '</div>'
        '<div class="cms_article_views">Number of Views: 842</div><div class="cms_article_tags">Tags: <a href="tags.php?tag=sea+trout">sea trout</a>, <a href="tags.php?tag=weir">weir</a></div><div class="cms_article_categories">Categories: <a href="list.php?r=category/4-Catches">Catches</a></div></div>'
        '<div id="comments"><h3 class="blockhead">Comments</h3><ol id="posts" class="posts"><li class="postbitlegacy postbitim postcontainer" id="post_1543"><div class="posthead"><span class="postdate old"><span class="date">05-22-2013,&nbsp;<span class="time">08:12 PM</span></span></span><span class="nodecontrols"><a name="post1543" href="content.php?r=412#post1543" class="postcounter">#1</a></span></div>'
        '<div class="postdetails"><div class="userinfo"><div class="username_container"><a class="username offline popupctrl" href="member.php?31-reelman"><strong>reelman</strong></a></div><span class="usertitle">Senior Member</span><dl class="userinfo_extra"><dt>Join Date</dt> <dd>Apr 2009</dd><dt>Posts</dt> <dd>1,254</dd></dl></div>'
        '<div class="postbody"><div class="postrow"><div class="content"><div id="post_message_1543"><blockquote class="postcontent restore ">Great fish, well done Paul. Which fly was it on?</blockquote></div></div></div></div></div></li></ol></div></div></div>'
        '<div id="sidebar_container"><ul id="sidebar" class="sidebar"><li class="block"><div class="blocksubhead smaller"><span class="blocktitle">Recent Articles</span></div><div class="widget_content"><ul><li><a href="content.php?r=418-Winter-work-party-dates">Winter work party dates</a> <span class="date">05-24-2013 09:20 PM</span></li>'
        '<li><a href="content.php?r=405-New-stile-on-the-top-beat">New stile on the top beat</a> <span class="date">05-19-2013 06:02 PM</span></li></ul></div></li></ul></div></div></div>'
        '<div id="footer" class="floatcontainer footer"><ul id="footer_links" class="footer_links"><li><a href="sendmessage.php" rel="nofollow" accesskey="9">Contact Us</a></li><li><a href="/">Harbour Anglers</a></li><li><a href="archive/index.php">Archive</a></li><li><a href="#top" onclick="document.location.hash=\'top\'; return false;">Top</a></li></ul></div>'
        '<div class="below_body"><div id="footer_time" class="shade footer_time">All times are GMT. The time now is <span class="time">09:41 PM</span>.</div><div id="footer_copyright" class="shade footer_copyright">Powered by <a href="https://www.vbulletin.com" id="vbulletinlink">vBulletin&reg;</a> Version 4.2.0 <br />Copyright &copy; 2013 vBulletin Solutions, Inc. All rights reserved.</div></div>',
        {'published':'2013-05-22', 'authors':['Martin Doyle'], 'headline':h, 'related':[]},
        head='<meta name="generator" content="vBulletin 4.2.0" /><meta name="keywords" content="sea trout, weir, Harbour Anglers" /><base href="https://news.example.org/" />')

    # --- Polish news portal (Onet/WP-like): "Autor: X, 15 maja 2013, 11:51", lead, figure with description and "Fot.", inline "Zobacz także:", comments, most read, cookie law notice
    h = 'Nowa linia tramwajowa ruszy jesienią'
    t = 'Pierwsze tramwaje na nowej trasie przez osiedle Zielone Wzgórze mają wyjechać na tory jeszcze przed końcem października, zapewniają urzędnicy z ratusza'
    doc('t13-pl-portal', 'pl', f'{h} - Wiadomości - Nasze Miasto Info',
        '<div id="cookiesInfo" class="cookies">Serwis wykorzystuje pliki cookies. Korzystając ze strony wyrażasz zgodę na wykorzystywanie plików cookies. <a href="/polityka-prywatnosci">Dowiedz się więcej</a> <span class="close">Zamknij</span></div>'
        '<div id="header"><div class="logo"><a href="/"><img src="/img/logo.png" alt="Nasze Miasto Info" width="220" height="60" /></a></div><div class="weatherBox">Dziś 18&deg;C</div><ul class="mainMenu"><li><a href="/wiadomosci/">Wiadomości</a></li><li><a href="/sport/">Sport</a></li><li><a href="/kultura/">Kultura</a></li><li><a href="/ogloszenia/">Ogłoszenia</a></li></ul></div>'
        '<div class="breadcrumbs"><a href="/">Strona główna</a> › <a href="/wiadomosci/">Wiadomości</a> › <a href="/wiadomosci/komunikacja/">Komunikacja</a></div>'
        f'<div id="main"><div class="articleDetail"><h1 class="mainTitle">{h}</h1><div class="articleMeta"><span class="author">Autor: Katarzyna Nowak</span>, <span class="date">15 maja 2013, 11:51</span></div>'
        '<div class="lead"><p>Miasto podpisało umowę z wykonawcą torowiska, a testowe przejazdy zaczną się już we wrześniu.</p></div>'
        '<figure class="mainPhoto"><img src="/img/tramwaj.jpg" width="640" height="360" alt="Tramwaj" /><figcaption><span class="imageDescription">Testowy przejazd tramwaju na nowym odcinku przy ulicy Leśnej</span> <span class="imageAuthor">Fot. Marek Wiśniewski / Nasze Miasto</span></figcaption></figure>'
        f'<div class="articleBody">{paras(t, 2)}<p><strong>Zobacz także:</strong> <a href="/wiadomosci/komunikacja/remont-ronda-przy-dworcu,artykul,4412.html">Remont ronda przy dworcu potrwa do wakacji</a></p>{paras(t, 3)}</div>'
        '<div class="tags">Tagi: <a href="/tagi/tramwaje">tramwaje</a> <a href="/tagi/komunikacja-miejska">komunikacja miejska</a> <a href="/tagi/zielone-wzgorze">Zielone Wzgórze</a></div>'
        '<div class="share">Udostępnij: <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example.org%2Fstory%2F1.html">Facebook</a> <a href="https://twitter.com/share?url=https%3A%2F%2Fnews.example.org%2Fstory%2F1.html">Twitter</a> <a href="/story/1.html?drukuj=1">Drukuj</a></div>'
        '<div class="comments"><h3>Komentarze (48)</h3><div class="comment"><span class="nick">mieszkaniec_z_osiedla</span> <span class="date">16.05.2013, 08:12</span><p>Wreszcie, czekamy na to od dziesięciu lat.</p></div><div class="comment"><span class="nick">Tomek</span> <span class="date">16.05.2013, 09:47</span><p>Ciekawe, czy zdążą przed zimą.</p></div><a href="/komentarze/story/1.html">Zobacz wszystkie komentarze</a></div></div>'
        '<div class="sidebar"><div class="box"><h3>Najczęściej czytane</h3><ol><li><a href="/wiadomosci/kraj/upaly-w-weekend,artykul,4470.html">Upały w weekend. Synoptycy ostrzegają</a></li><li><a href="/wiadomosci/miasto/nowy-basen-otwarty,artykul,4461.html">Nowy basen otwarty</a></li></ol></div>'
        '<div class="box"><h3>Najnowsze</h3><ul><li><span class="time">12:40</span> <a href="/wiadomosci/miasto/korki-na-obwodnicy,artykul,4480.html">Korki na obwodnicy</a></li></ul></div></div></div>'
        '<div id="footer">&copy; 1999-2013 Nasze Miasto Info. Wszelkie prawa zastrzeżone. <a href="/regulamin">Regulamin</a> <a href="/reklama">Reklama</a> <a href="/kontakt">Kontakt</a></div>',
        {'published':'2013-05-15', 'authors':['Katarzyna Nowak'], 'captions':['Testowy przejazd tramwaju na nowym odcinku'], 'credits':['Marek Wiśniewski'],
         'related':['/wiadomosci/komunikacja/remont-ronda-przy-dworcu,artykul,4412.html']})

    # --- Spanish regional paper: today's date in the header, antetítulo, firma and fecha, pie de foto with "Foto:", "Leer más" with thumbnails, comments
    h = 'El nuevo paseo marítimo se abrirá antes del verano'
    t = 'Las obras del nuevo paseo marítimo avanzan a buen ritmo y el ayuntamiento confía en poder abrirlo a los vecinos antes del inicio del verano'
    def rel_es(u2, text, img):
        return f'<li><a href="{u2}"><img src="/fotos/{img}" width="100" height="70" alt="" /></a> <a href="{u2}">{text}</a></li>'
    doc('t13-es-regional', 'es', f'{h} | Local | El Faro del Sur',
        '<div id="aviso-cookies">Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso. <a href="/politica-de-cookies/">Más información</a> <a class="cerrar" href="#">Aceptar</a></div>'
        '<header id="cabecera"><div class="fecha-hoy">Viernes, 24 de mayo de 2013</div><div class="logo"><a href="/"><img src="/img/logo-faro.png" alt="El Faro del Sur" /></a></div><nav><ul><li><a href="/local/">Local</a></li><li><a href="/comarca/">Comarca</a></li><li><a href="/deportes/">Deportes</a></li><li><a href="/opinion/">Opinión</a></li><li><a href="/hemeroteca/">Hemeroteca</a></li></ul></nav></header>'
        '<div class="migas"><a href="/">Portada</a> &gt; <a href="/local/">Local</a></div>'
        f'<div id="contenido"><div class="noticia"><p class="antetitulo">Urbanismo</p><h1 class="titulo">{h}</h1><h2 class="subtitulo">El ayuntamiento asegura que la primera fase estará lista en junio</h2>'
        '<div class="firma"><span class="autor">Lucía Martín</span> <span class="lugar">Almería</span></div><div class="fecha">23.05.2013 | 11:51</div>'
        '<div class="foto"><img src="/fotos/paseo.jpg" width="620" height="413" alt="" /><p class="pie">Operarios trabajan en el tramo central del paseo marítimo este miércoles. <span class="autor-foto">Foto: Javier Gil</span></p></div>'
        f'<div class="cuerpo">{paras(t, 5)}</div>'
        '<div class="compartir">Compartir: <a href="https://www.facebook.com/sharer.php?u=https%3A%2F%2Fnews.example.org%2Fstory%2F1.html">Facebook</a> <a href="https://twitter.com/share?url=https%3A%2F%2Fnews.example.org%2Fstory%2F1.html">Twitter</a> <a href="https://www.meneame.example/submit.php?url=https%3A%2F%2Fnews.example.org%2Fstory%2F1.html">Menéame</a> <a href="javascript:window.print()">Imprimir</a></div>'
        '<div class="relacionadas"><h3>Leer más</h3><ul>' + rel_es('/local/2013/05/10/playa-norte-tendra-nuevas-duchas-4521.html', 'La playa del Norte tendrá nuevas duchas', 'duchas-thumb.jpg')
        + rel_es('/local/2013/04/29/carril-bici-llegara-al-puerto-4477.html', 'El carril bici llegará hasta el puerto', 'bici-thumb.jpg') + '</ul></div>'
        '<div class="comentarios"><h3>Comentarios (3)</h3><div class="comentario"><p class="autor-comentario">Pepe</p><p class="fecha-comentario">23/05/2013 - 13:40</p><p>Ya era hora, el paseo viejo estaba fatal.</p></div>'
        '<div class="comentario"><p class="autor-comentario">Maribel</p><p class="fecha-comentario">24/05/2013 - 09:05</p><p>¿Y las palmeras que quitaron, las van a volver a plantar?</p></div></div></div>'
        '<aside class="lateral"><div class="modulo"><h3>Lo más leído</h3><ol><li><a href="/local/2013/05/22/corte-de-agua-en-el-centro-4560.html">Corte de agua en el centro el jueves</a></li><li><a href="/deportes/2013/05/21/el-club-asciende-4555.html">El club asciende a Segunda B</a></li></ol></div>'
        '<div class="modulo"><h3>Hemeroteca</h3><table class="calendario"><tr><th colspan="7">Mayo 2013</th></tr><tr><td>20</td><td>21</td><td>22</td><td>23</td><td>24</td><td>25</td><td>26</td></tr></table></div></aside></div>'
        '<footer id="pie"><p>&copy; El Faro del Sur. Todos los derechos reservados.</p><a href="/aviso-legal/">Aviso legal</a> <a href="/contacto/">Contacto</a> <a href="/publicidad/">Publicidad</a></footer>',
        {'published':'2013-05-23', 'authors':['Lucía Martín'], 'captions':['Operarios trabajan en el tramo central del paseo marítimo'], 'credits':['Javier Gil'],
         'related':['/local/2013/05/10/playa-norte-tendra-nuevas-duchas-4521.html', '/local/2013/04/29/carril-bici-llegara-al-puerto-4477.html']})

    # --- Italian paper: today's date in the masthead, occhiello, "di Name", didascalia, "Leggi anche" with dates, tag, comments
    h = 'Riapre la biblioteca comunale dopo i lavori'
    t = 'Dopo otto mesi di lavori la biblioteca comunale di via Garibaldi riapre le sue sale ai lettori con nuovi spazi dedicati ai ragazzi e allo studio'
    doc('t13-it-paper', 'it', f'{h} - Cronaca - Il Corriere della Valle',
        '<div id="cookie-bar">Questo sito utilizza cookie, anche di terze parti, per migliorare la tua esperienza. Proseguendo nella navigazione acconsenti all\u2019uso dei cookie. <a href="/privacy/">Informativa</a> <a class="ok" href="#">OK</a></div>'
        '<header><div class="testata"><a href="/"><img src="/img/testata.png" alt="Il Corriere della Valle" /></a></div><div class="data-oggi">Martedì 11 giugno 2013</div><nav><ul><li><a href="/cronaca/">Cronaca</a></li><li><a href="/politica/">Politica</a></li><li><a href="/sport/">Sport</a></li><li><a href="/cultura/">Cultura</a></li></ul></nav></header>'
        '<div class="breadcrumb"><a href="/">Home</a> &raquo; <a href="/cronaca/">Cronaca</a></div>'
        f'<article class="articolo"><p class="occhiello">Cultura</p><h1 class="titolo">{h}</h1><h2 class="sommario">Nuove sale per i ragazzi e orari più lunghi il sabato</h2><div class="info-articolo"><span class="autore">di Giulia Conti</span> <span class="data">10 giugno 2013</span></div>'
        f'<div class="testo">{paras(t, 2)}<figure class="foto"><img src="/foto/biblioteca.jpg" width="600" height="400" alt="" /><figcaption class="didascalia">La nuova sala lettura al primo piano della biblioteca</figcaption></figure>{paras(t, 3)}</div>'
        '<div class="leggi-anche"><h3>Leggi anche</h3><ul><li><a href="/cronaca/2013/05/28/museo-civico-apertura-serale-8812.html">Il museo civico apre anche di sera</a> <span class="data">28 maggio 2013</span></li>'
        '<li><a href="/cronaca/2013/04/17/nuovo-orario-scuole-medie-8640.html">Scuole medie, cambia l\u2019orario di ingresso</a> <span class="data">17 aprile 2013</span></li></ul></div>'
        '<div class="tag">Tag: <a href="/tag/biblioteca/">biblioteca</a> <a href="/tag/via-garibaldi/">via Garibaldi</a></div>'
        '<div class="condividi">Condividi: <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example.org%2Fstory%2F1.html">Facebook</a> <a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fnews.example.org%2Fstory%2F1.html">Twitter</a> <a href="whatsapp://send?text=https%3A%2F%2Fnews.example.org%2Fstory%2F1.html">WhatsApp</a></div>'
        '<div class="commenti"><h3>Commenti</h3><div class="commento"><strong>Marco B.</strong> <span class="data">11/06/2013 alle 08:12</span><p>Finalmente! Mio figlio ci andava tutti i pomeriggi.</p></div></div></article>'
        '<aside><div class="box"><h3>I più letti</h3><ol><li><a href="/cronaca/2013/06/09/incidente-provinciale-8901.html">Incidente sulla provinciale, due feriti</a></li><li><a href="/sport/2013/06/08/promozione-8890.html">La squadra vola in Promozione</a></li></ol></div>'
        '<div class="box"><h3>Ultime notizie</h3><ul><li><span class="ora">10:42</span> <a href="/cronaca/2013/06/11/mercato-spostato-8920.html">Il mercato del martedì si sposta</a></li></ul></div></aside>'
        '<footer><p>&copy; Copyright 2013 Editoriale Valle S.r.l. - P.IVA 01234567890 - Tutti i diritti riservati</p></footer>',
        {'published':'2013-06-10', 'authors':['Giulia Conti'], 'captions':['La nuova sala lettura al primo piano'],
         'related':['/cronaca/2013/05/28/museo-civico-apertura-serale-8812.html', '/cronaca/2013/04/17/nuovo-orario-scuole-medie-8640.html']})

    # --- French regional paper: "Publié le ... à ... | Mis à jour le ...", "Par", légende with "(Photo ...)", "À lire aussi", "Réagissez", fil info
    h = 'Le marché couvert rouvre ses portes samedi'
    t = 'Après dix-huit mois de travaux, le marché couvert du centre-ville rouvre enfin ses portes ce samedi matin avec une trentaine de commerçants'
    doc('t13-fr-regional', 'fr', f'{h} - Le Courrier du Val',
        '<div class="bandeau-cookies">En poursuivant votre navigation sur ce site, vous acceptez l\u2019utilisation de cookies pour vous proposer des contenus adaptés. <a href="/cookies">En savoir plus</a> <button>OK</button></div>'
        '<header class="entete"><a class="logo" href="/"><img src="/img/logo-courrier.png" alt="Le Courrier du Val" /></a><nav class="menu"><a href="/actualite/">Actualité</a> <a href="/sport/">Sport</a> <a href="/loisirs/">Loisirs</a> <a href="/annonces/">Annonces</a></nav></header>'
        '<div class="fil-ariane"><a href="/">Accueil</a> &gt; <a href="/actualite/">Actualité</a> &gt; <a href="/actualite/centre-ville/">Centre-ville</a></div>'
        f'<div class="page"><article class="article"><h1 class="titre">{h}</h1><p class="chapo">Les commerçants reprennent leurs places sous la grande halle rénovée.</p>'
        '<div class="infos"><span class="signature">Par Claire Moreau</span><p class="dates">Publié le 12/09/2013 à 11:51 | Mis à jour le 13/09/2013 à 09:02</p></div>'
        '<figure class="illustration"><img src="/photos/halle.jpg" width="640" height="427" alt="" /><figcaption class="legende">La grande verrière de la halle a été entièrement refaite. (Photo Jean Martin)</figcaption></figure>'
        f'<div class="texte">{paras(t, 5)}</div>'
        '<div class="a-lire-aussi"><h3>À lire aussi</h3><ul><li><a href="/actualite/centre-ville/2013/08/28/stationnement-gratuit-le-samedi-1180.html">Stationnement gratuit le samedi matin</a></li><li><a href="/actualite/centre-ville/2013/07/15/nouvelle-boulangerie-rue-haute-1102.html">Une nouvelle boulangerie rue Haute</a></li></ul></div>'
        '<div class="partage">Partager : <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example.org%2Fstory%2F1.html">Facebook</a> <a href="https://twitter.com/share?url=https%3A%2F%2Fnews.example.org%2Fstory%2F1.html">Twitter</a> <a href="mailto:?subject=Le%20march%C3%A9%20couvert">E-mail</a></div>'
        '<div class="reactions"><h3>Réagissez à cet article</h3><div class="reaction"><strong>Danielle</strong> <span>Le 13/09/2013 à 08:12</span><p>Enfin ! On avait perdu l\u2019habitude d\u2019y aller le samedi.</p></div></div></article>'
        '<aside class="colonne"><div class="bloc"><h3>Les plus lus</h3><ol><li><a href="/actualite/2013/09/11/accident-rocade-1230.html">Accident sur la rocade ce mercredi</a></li><li><a href="/sport/2013/09/10/victoire-a-domicile-1226.html">Victoire à domicile pour le club</a></li></ol></div>'
        '<div class="bloc"><h3>Fil info</h3><ul><li><span class="heure">10h42</span> <a href="/actualite/2013/09/12/travaux-pont-1238.html">Travaux sur le pont : la circulation alternée</a></li></ul></div></aside></div>'
        '<footer class="pied"><p>&copy; Le Courrier du Val 2013 - Tous droits réservés</p><a href="/mentions-legales">Mentions légales</a> <a href="/contact">Contact</a></footer>',
        {'published':'2013-09-12', 'authors':['Claire Moreau'], 'captions':['La grande verrière de la halle a été entièrement refaite.'], 'credits':['Jean Martin'],
         'related':['/actualite/centre-ville/2013/08/28/stationnement-gratuit-le-samedi-1180.html', '/actualite/centre-ville/2013/07/15/nouvelle-boulangerie-rue-haute-1102.html']})

    # --- Turkish news portal: breaking-news ticker, "Güncelleme:" before "Yayınlanma:", currency and prayer-time widgets, İlgili Haberler, sponsored links off site
    h = 'Sahil yolunda bisiklet şeridi çalışması başladı'
    t = 'Büyükşehir belediyesi sahil yolu boyunca uzanacak yeni bisiklet şeridinin yapımına bu sabah başladı ve çalışmaların iki ay sürmesi bekleniyor'
    def rel_tr(u2, text, img):
        return f'<li><a href="{u2}"><img src="/resimler/{img}" width="120" height="80" alt="" /><span>{text}</span></a></li>'
    doc('t13-tr-portal', 'tr', f'{h} - Ege Haber',
        '<div class="cerez-uyari">Sitemizde çerezler kullanılmaktadır. Siteyi kullanmaya devam ederek çerez kullanımını kabul etmiş olursunuz. <a href="/cerez-politikasi">Detaylı bilgi</a> <a class="kapat" href="#">Tamam</a></div>'
        '<div class="ust"><div class="logo"><a href="/"><img src="/img/logo.png" alt="Ege Haber" /></a></div><div class="doviz">Dolar 1,87 | Euro 2,44 | Altın 87,10</div><div class="hava">İzmir 29&deg;C</div>'
        '<div class="namaz">İmsak 03:58 · Öğle 13:07 · İkindi 17:03 · Akşam 20:33</div><ul class="menu"><li><a href="/gundem/">Gündem</a></li><li><a href="/ekonomi/">Ekonomi</a></li><li><a href="/spor/">Spor</a></li><li><a href="/yasam/">Yaşam</a></li></ul></div>'
        '<div class="son-dakika"><strong>SON DAKİKA</strong> <span>11:02</span> <a href="/gundem/limanda-yangin-kontrol-altina-alindi-h88121.html">Limanda çıkan yangın kontrol altına alındı</a></div>'
        f'<div class="icerik"><div class="haber-detay"><div class="kategori"><a href="/yasam/">Yaşam</a></div><h1 class="baslik">{h}</h1><h2 class="spot">Şerit Karşıyaka iskelesinden başlayarak Mavişehir\u2019e kadar uzanacak.</h2>'
        '<div class="tarih"><span>Güncelleme: 20.06.2013 09:02</span> <span>Yayınlanma: 19.06.2013 10:15</span></div>'
        '<div class="paylas"><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example.org%2Fstory%2F1.html">Paylaş</a> <a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fnews.example.org%2Fstory%2F1.html">Tweetle</a> <a href="whatsapp://send?text=https%3A%2F%2Fnews.example.org%2Fstory%2F1.html">WhatsApp</a></div>'
        f'<div class="haber-resim"><img src="/resimler/bisiklet-yolu.jpg" width="640" height="360" alt="{h}" /></div><div class="haber-metni">{paras(t, 5)}</div>'
        '<div class="etiketler">Etiketler: <a href="/etiket/bisiklet">bisiklet</a> <a href="/etiket/sahil-yolu">sahil yolu</a></div>'
        '<div class="ilgili-haberler"><h3>İlgili Haberler</h3><ul>' + rel_tr('/yasam/kordonda-yeni-yuruyus-yolu-h87950.html', 'Kordon\u2019da yeni yürüyüş yolu açıldı', 'kordon.jpg')
        + rel_tr('/gundem/bisiklet-kiralama-istasyonlari-artiyor-h87702.html', 'Bisiklet kiralama istasyonları artıyor', 'istasyon.jpg') + '</ul></div>'
        '<div class="sponsorlu"><h3>Sizin için seçtiklerimiz</h3><span class="reklam">Reklam</span><ul><li><a href="https://ads.example.net/click?c=7781&amp;u=tatil">Ege\u2019de erken rezervasyon fırsatları</a></li><li><a href="https://ads.example.net/click?c=7790&amp;u=kredi">Konut kredisinde yeni dönem</a></li></ul></div>'
        '<div class="yorumlar"><h3>Yorumlar (2)</h3><div class="yorum"><strong>Mehmet</strong> <span class="tarih">19.06.2013 12:40</span><p>Çok güzel olacak, her sabah bisikletle işe gidebilirim artık.</p></div></div></div>'
        '<div class="yan"><div class="kutu"><h3>Çok Okunanlar</h3><ol><li><a href="/gundem/koprude-trafik-duzenlemesi-h88010.html">Köprüde trafik düzenlemesi</a></li><li><a href="/spor/sampiyonluk-kutlamasi-h87999.html">Şampiyonluk kutlaması</a></li></ol></div></div></div>'
        '<div class="alt"><p>&copy; 2013 Ege Haber. Tüm hakları saklıdır. Haberlerin izinsiz kullanılması yasaktır.</p><a href="/kunye">Künye</a> <a href="/iletisim">İletişim</a></div>',
        {'published':'2013-06-19', 'headline':h,
         'related':['/yasam/kordonda-yeni-yuruyus-yolu-h87950.html', '/gundem/bisiklet-kiralama-istasyonlari-artiyor-h87702.html']})

    # --- Brazilian portal (g1-like): "Por X, Agora RJ", "Postado em 10/04/2013 11h51", legenda with "(Foto: ...)", "saiba mais" box in the text
    h = 'Chuva forte alaga ruas da Zona Norte do Rio'
    t = 'A chuva forte que caiu na madrugada desta quarta-feira deixou várias ruas alagadas na Zona Norte do Rio e complicou o trânsito logo cedo'
    doc('t13-br-portal', 'pt-BR', f'{h} - notícias em Rio de Janeiro - Portal Agora',
        '<div class="barra-cookies">Usamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa <a href="/politica-de-privacidade.html">Política de Privacidade</a>. <button>Prosseguir</button></div>'
        '<div id="barra-portal"><a href="/">Portal Agora</a> <a href="/esporte/">esporte</a> <a href="/entretenimento/">entretenimento</a> <a href="/videos/">vídeos</a></div>'
        '<header class="cabecalho"><a class="logo" href="/rio-de-janeiro/">Agora RJ</a><nav class="menu-regioes"><a href="/rio-de-janeiro/">Rio de Janeiro</a> <a href="/sp/">São Paulo</a> <a href="/mg/">Minas Gerais</a></nav></header>'
        f'<div class="materia"><div class="materia-cabecalho"><h1 class="materia-titulo">{h}</h1><h2 class="materia-subtitulo">Avenida Brasil teve pontos de alagamento; Defesa Civil acionou sirenes em duas comunidades.</h2>'
        '<p class="materia-autor">Por Ana Souza, Agora RJ</p><p class="materia-data">Postado em 10/04/2013 11h51 - Atualizado em 10/04/2013 14h02</p></div>'
        '<div class="foto"><img src="/img/alagamento.jpg" width="620" height="349" alt="" /><span class="legenda">Carros enfrentam alagamento na Avenida Brasil na manhã desta quarta (Foto: Reprodução/TV Rio)</span></div>'
        f'<div class="materia-conteudo">{paras(t, 2)}<div class="saibamais"><strong>saiba mais</strong><ul><li><a href="/rio-de-janeiro/noticia/2013/04/defesa-civil-alerta-para-chuva-forte.html">Defesa Civil alerta para chuva forte</a></li>'
        f'<li><a href="/rio-de-janeiro/noticia/2013/03/sirenes-sao-testadas-em-comunidades.html">Sirenes são testadas em comunidades</a></li></ul></div>{paras(t, 3)}</div>'
        '<div class="compartilhar">Compartilhar: <a href="https://www.facebook.com/sharer.php?u=https%3A%2F%2Fnews.example.org%2Fstory%2F1.html">Facebook</a> <a href="https://twitter.com/share?url=https%3A%2F%2Fnews.example.org%2Fstory%2F1.html">Twitter</a></div>'
        '<div class="comentarios"><h3>Comentários</h3><div class="comentario"><strong>Carlos R.</strong> <span>10/04/2013 às 12h30</span><p>Todo ano a mesma coisa na Avenida Brasil.</p></div></div></div>'
        '<div class="lateral"><div class="mais-lidas"><h3>Mais lidas</h3><ol><li><a href="/rio-de-janeiro/noticia/2013/04/metro-tem-falha.html">Metrô tem falha na linha 2</a></li><li><a href="/rio-de-janeiro/noticia/2013/04/praia-interditada.html">Praia é interditada</a></li></ol></div></div>'
        '<footer class="rodape"><p>&copy; Copyright 2000-2013 Portal Agora. Todos os direitos reservados. <a href="/politica-de-privacidade.html">Política de privacidade</a></p></footer>',
        {'published':'2013-04-10', 'authors':['Ana Souza'], 'captions':['Carros enfrentam alagamento na Avenida Brasil'], 'credits':['TV Rio'],
         'related':['/rio-de-janeiro/noticia/2013/04/defesa-civil-alerta-para-chuva-forte.html', '/rio-de-janeiro/noticia/2013/03/sirenes-sao-testadas-em-comunidades.html']})

    # --- Dutch regional site: "Door X", "woensdag 12 juni 2013, 11:51", bijschrift, "Lees ook" list, reacties, cookie wall text
    h = 'Nieuwe fietsbrug over de Vaart is open'
    t = 'De nieuwe fietsbrug over de Vaart is woensdagochtend officieel geopend door de wethouder, na een bouwperiode van bijna anderhalf jaar'
    doc('t13-nl-regional', 'nl', f'{h} | Nieuws | Vaartkrant',
        '<div class="cookiemelding">Deze website maakt gebruik van cookies. Door verder te gaan op deze website gaat u akkoord met het gebruik van cookies. <a href="/privacy">Meer informatie</a> <button>Akkoord</button></div>'
        '<header class="kop"><a href="/" class="logo"><img src="/img/vaartkrant.png" alt="Vaartkrant" /></a><nav><a href="/nieuws/">Nieuws</a> <a href="/sport/">Sport</a> <a href="/uitgaan/">Uitgaan</a> <a href="/112/">112</a></nav></header>'
        '<div class="kruimelpad"><a href="/">Home</a> &rsaquo; <a href="/nieuws/">Nieuws</a></div>'
        f'<main><article class="artikel"><h1>{h}</h1><div class="artikel-meta"><span class="auteur">Door Pieter Bakker</span> <span class="datum">woensdag 12 juni 2013, 11:51</span></div>'
        '<figure class="beeld"><img src="/fotos/fietsbrug.jpg" width="620" height="413" alt="" /><figcaption class="bijschrift">De wethouder fietst als eerste over de nieuwe brug. Foto: Marloes de Wit</figcaption></figure>'
        f'<div class="artikel-tekst">{paras(t, 5)}</div>'
        '<div class="lees-ook"><h3>Lees ook</h3><ul><li><a href="/nieuws/2013/05/brug-vaart-bijna-klaar-4411.html">Brug over de Vaart bijna klaar</a></li><li><a href="/nieuws/2013/03/fietspad-langs-kanaal-verbreed-4302.html">Fietspad langs het kanaal verbreed</a></li></ul></div>'
        '<div class="delen">Delen: <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example.org%2Fstory%2F1.html">Facebook</a> <a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fnews.example.org%2Fstory%2F1.html">Twitter</a> <a href="whatsapp://send?text=https%3A%2F%2Fnews.example.org%2Fstory%2F1.html">WhatsApp</a></div>'
        '<div class="reacties"><h3>Reacties (2)</h3><div class="reactie"><strong>Henk</strong> <span>12 juni 2013 om 13:05</span><p>Mooie brug, maar waarom duurde het zo lang?</p></div><div class="reactie"><strong>Ilse</strong> <span>13 juni 2013 om 08:20</span><p>Eindelijk kan ik veilig naar school fietsen.</p></div></div></article>'
        '<aside class="zijbalk"><div class="blok"><h3>Meest gelezen</h3><ol><li><a href="/nieuws/2013/06/brand-in-loods-4470.html">Brand in loods op bedrijventerrein</a></li><li><a href="/sport/2013/06/kampioen-4466.html">Voetbalclub kampioen na spannende wedstrijd</a></li></ol></div>'
        '<div class="blok"><h3>Net binnen</h3><ul><li><span class="tijd">11:30</span> <a href="/nieuws/2013/06/markt-verplaatst-4480.html">Markt tijdelijk verplaatst</a></li></ul></div></aside></main>'
        '<footer class="voet"><p>&copy; 2013 Vaartkrant. Alle rechten voorbehouden.</p><a href="/colofon">Colofon</a> <a href="/contact">Contact</a> <a href="/adverteren">Adverteren</a></footer>',
        {'published':'2013-06-12', 'authors':['Pieter Bakker'], 'headline':h, 'captions':['De wethouder fietst als eerste over de nieuwe brug.'],
         'related':['/nieuws/2013/05/brug-vaart-bijna-klaar-4411.html', '/nieuws/2013/03/fietspad-langs-kanaal-verbreed-4302.html']})

    # --- Indonesian portal (Kompas/Detik-like): "Kamis, 18 Juli 2013 11:51 WIB", "Penulis: X | Editor: Y", caption with "FOTO:", inline "Baca Juga:", paging, terpopuler
    h = 'Pemkot tambah armada bus sekolah gratis'
    t = 'Pemerintah kota menambah sepuluh armada bus sekolah gratis mulai pekan depan agar lebih banyak pelajar dari pinggiran kota bisa terlayani setiap pagi'
    doc('t13-id-portal', 'id', f'{h} - Berita Kota - Warta Kita',
        '<div class="cookie-bar">Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda. <a href="/kebijakan-privasi">Selengkapnya</a> <button>Setuju</button></div>'
        '<header class="header"><a href="/" class="logo"><img src="/img/wartakita.png" alt="Warta Kita" /></a><nav><a href="/news/">News</a> <a href="/kota/">Kota</a> <a href="/bisnis/">Bisnis</a> <a href="/olahraga/">Olahraga</a></nav></header>'
        '<div class="breadcrumb"><a href="/">Home</a> / <a href="/kota/">Kota</a></div>'
        f'<div class="read__content"><h1 class="read__title">{h}</h1><div class="read__time">Kamis, 18 Juli 2013 11:51 WIB</div><div class="read__author">Penulis: Dewi Lestari | Editor: Bambang Hartono</div>'
        '<div class="photo"><img src="/foto/bus-sekolah.jpg" width="640" height="426" alt="" /><div class="photo__caption">Sejumlah pelajar menaiki bus sekolah gratis di depan balai kota, Kamis (18/7/2013).<br /><span class="photo__credit">FOTO: Rudi Hartono</span></div></div>'
        f'<div class="read__text">{paras(t, 2)}<p><strong>Baca Juga:</strong> <a href="/kota/read/2013/07/11/halte-baru-di-jalan-merdeka-mulai-dipakai">Halte baru di Jalan Merdeka mulai dipakai</a></p>{paras(t, 2)}'
        f'<p><strong>Baca Juga:</strong> <a href="/kota/read/2013/07/02/tarif-angkot-tidak-naik-tahun-ini">Tarif angkot tidak naik tahun ini</a></p>{paras(t, 1)}</div>'
        '<div class="paging">Halaman: <span class="paging__item--active">1</span> <a class="paging__item" href="/story/1.html?page=2">2</a> <a class="paging__link--next" href="/story/1.html?page=2">Selanjutnya</a></div>'
        '<div class="tag">Tag: <a href="/tag/bus-sekolah">bus sekolah</a> <a href="/tag/pendidikan">pendidikan</a></div>'
        '<div class="social">Bagikan: <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example.org%2Fstory%2F1.html">Facebook</a> <a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fnews.example.org%2Fstory%2F1.html">Twitter</a> <a href="whatsapp://send?text=https%3A%2F%2Fnews.example.org%2Fstory%2F1.html">WhatsApp</a></div>'
        '<div class="komentar"><h3>Komentar</h3><div class="komentar__item"><strong>andi_s</strong> <span>18 Juli 2013 13:10</span><p>Semoga rute ke kecamatan timur juga ditambah.</p></div></div></div>'
        '<div class="sidebar"><div class="most"><h3>Terpopuler</h3><ol><li><a href="/kota/read/2013/07/17/banjir-di-jalan-sudirman">Banjir di Jalan Sudirman surut</a></li><li><a href="/olahraga/read/2013/07/16/tim-kota-juara">Tim kota juara turnamen</a></li></ol></div></div>'
        '<footer class="footer"><p>Copyright 2008 - 2013 Warta Kita. All Rights Reserved.</p><a href="/redaksi">Redaksi</a> <a href="/pedoman-media-siber">Pedoman Media Siber</a></footer>',
        {'published':'2013-07-18', 'authors':['Dewi Lestari'], 'captions':['Sejumlah pelajar menaiki bus sekolah gratis'], 'credits':['Rudi Hartono'],
         'related':['/kota/read/2013/07/11/halte-baru-di-jalan-merdeka-mulai-dipakai', '/kota/read/2013/07/02/tarif-angkot-tidak-naik-tahun-ini']})

    # --- Arabic portal, right to left: today's date with the Hijri date in the header, "كتب:", date in Arabic-Indic digits, "اقرأ أيضا", comments
    h = 'افتتاح مكتبة عامة جديدة في حي الزهور'
    t = 'افتتح محافظ المدينة صباح الأربعاء مكتبة عامة جديدة في حي الزهور تضم أكثر من عشرين ألف كتاب وقاعة خاصة لأنشطة الأطفال والشباب'
    doc('t13-ar-portal', 'ar', f'{h} | بوابة المدينة',
        '<div class="cookies">يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. <a href="/privacy">المزيد</a> <button>موافق</button></div>'
        '<header class="header"><div class="today">الخميس ٢١ نوفمبر ٢٠١٣ - ١٧ محرم ١٤٣٥</div><a href="/" class="logo"><img src="/img/logo.png" alt="بوابة المدينة" /></a><nav><a href="/">الرئيسية</a> <a href="/local/">محليات</a> <a href="/economy/">اقتصاد</a> <a href="/sports/">رياضة</a></nav></header>'
        '<div class="breadcrumb"><a href="/">الرئيسية</a> &gt; <a href="/local/">محليات</a></div>'
        f'<div class="content"><article class="news-details"><h1 class="news-title">{h}</h1><div class="news-meta"><span class="writer">كتب: محمد حسن</span> <span class="date">الأربعاء ٢٠ نوفمبر ٢٠١٣ - ١١:٥١ ص</span></div>'
        f'<div class="news-image"><img src="/uploads/library.jpg" width="620" height="400" alt="{h}" /></div><div class="news-text">{paras(t, 5)}</div>'
        '<div class="read-also"><h3>اقرأ أيضا</h3><ul><li><a href="/local/2013/11/12/park-renovation-5512.html">بدء أعمال تطوير الحديقة المركزية</a></li><li><a href="/local/2013/11/05/school-buses-5470.html">حافلات مدرسية جديدة لأحياء المدينة</a></li></ul></div>'
        '<div class="tags">الكلمات الدالة: <a href="/tag/مكتبة">مكتبة</a> <a href="/tag/حي-الزهور">حي الزهور</a></div>'
        '<div class="share">شارك: <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example.org%2Fstory%2F1.html">فيسبوك</a> <a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fnews.example.org%2Fstory%2F1.html">تويتر</a></div>'
        '<div class="comments"><h3>التعليقات</h3><div class="comment"><strong>أحمد</strong> <span>٢١/١١/٢٠١٣</span><p>خطوة رائعة لأطفال الحي، نتمنى المزيد.</p></div></div></article>'
        '<aside class="sidebar"><div class="box"><h3>الأكثر قراءة</h3><ol><li><a href="/local/2013/11/19/water-cut-5560.html">انقطاع المياه عن ثلاثة أحياء غدا</a></li><li><a href="/sports/2013/11/18/club-wins-5551.html">فوز النادي في مباراة القمة</a></li></ol></div></aside></div>'
        '<footer class="footer"><p>جميع الحقوق محفوظة &copy; ٢٠١٣ بوابة المدينة</p><a href="/about">من نحن</a> <a href="/contact">اتصل بنا</a></footer>',
        {'published':'2013-11-20', 'authors':['محمد حسن'], 'headline':h,
         'related':['/local/2013/11/12/park-renovation-5512.html', '/local/2013/11/05/school-buses-5470.html']},
        attrs=' dir="rtl"')


def set14(P):
    """News pages as people save them from archives, caches and readers: the
    story is an ordinary article, but the copy on disk is wrapped or rewritten
    by the tool that saved it. Wayback Machine snapshots (toolbar, scripts,
    every URL rewritten under web.archive.org), archive.today captures
    (flattened, inline styles, capture header), Google cache copies, Firefox
    Reader View / Safari Reader / Pocket / Instapaper pages, AMP pages, print
    views, mobile-site copies and feed-reader items. The archiver's capture
    date is never the publication date; related links and the canonical URL
    are wanted as the original article's."""
    import datetime as dt
    H = 'http://news.example.org'
    def doc(name, html, exp):
        P.append((name, html, exp))
    def ps(t, n=4, style=''):
        st = f' style="{style}"' if style else ''
        return ''.join(f'<p{st}>{t} ({i}).</p>' for i in range(n))

    # ---------------------------------------------------------------- Wayback Machine
    TAG = re.compile(r'<([a-zA-Z][a-zA-Z0-9]*)(\s[^>]*)?>')
    ATT = re.compile(r'(\s(?:href|src|action|content))="([^"]*)"')
    def wb_url(ts, u, suf=''):
        if u.startswith('//'): u = 'http:' + u
        elif u.startswith('/'): u = H + u
        return f'https://web.archive.org/web/{ts}{suf}/{u}'
    def wb_rewrite(html, ts):
        """Every URL in tags rewritten as the Wayback Machine serves it:
        links plain, images im_, stylesheets cs_, scripts js_."""
        def tag(m):
            name, attrs = m.group(1).lower(), m.group(2) or ''
            if name == 'meta' and not re.search(r'property="og:(?:url|image)"', attrs):
                return m.group(0)
            rel = re.search(r'rel="([^"]*)"', attrs)
            rel = rel.group(1) if rel else ''
            suf = ('js_' if name == 'script' else 'cs_' if name == 'link' and 'stylesheet' in rel
                   else 'im_' if name == 'img' or 'og:image' in attrs or 'icon' in rel else '')
            def att(a):
                u = a.group(2)
                if not (u.startswith('/') or u.startswith('http')):
                    return a.group(0)
                return f'{a.group(1)}="{wb_url(ts, u, suf)}"'
            return f'<{m.group(1)}{ATT.sub(att, attrs)}>'
        return TAG.sub(tag, html)
    COLLECTIONS = {
        'alexa': ('Alexa Crawls', 'Alexa Crawls DE', 'Crawl data that Alexa Internet has given to the Internet Archive since 1996, added to the Wayback Machine after an embargo period.'),
        'wide': ('Internet Archive', 'Wide Crawl Number 11', 'A broad crawl of the web, started from a long list of seed sites and run over several months.'),
        'spn': ('Internet Archive', 'Save Page Now', 'Pages captured on request by visitors with the Save Page Now button of the Wayback Machine.'),
    }
    def wayback(name, ts, orig, lang, title, head, body, exp, captures, prev, nxt, first, last,
                collection='alexa', retrieved='09:15:02 Mar 11, 2024', doctype='<!DOCTYPE html>', body_attrs=''):
        t, p, n = (dt.datetime.strptime(x, '%Y%m%d%H%M%S') for x in (ts, prev, nxt))
        f, l = (dt.datetime.strptime(x, '%Y%m%d') for x in (first, last))
        here = f'{t:%H:%M:%S %b %d, %Y}'
        epoch = int(t.replace(tzinfo=dt.timezone.utc).timestamp())
        org, coll, about = COLLECTIONS[collection]
        whead = ('<script src="//archive.org/includes/analytics.js?v=cf34f82" type="text/javascript"></script>\n'
                 '<script type="text/javascript">window.addEventListener(\'DOMContentLoaded\',function(){var v=archive_analytics.values;v.service=\'wb\';v.server_name=\'wwwb-app220.us.archive.org\';v.server_ms=312;archive_analytics.send_pageview({});});</script>\n'
                 '<script type="text/javascript" src="https://web.archive.org/_static/js/bundle-playback.js?v=1WaXNDFE" charset="utf-8"></script>\n'
                 '<script type="text/javascript" src="https://web.archive.org/_static/js/wombat.js?v=txqj7nKC" charset="utf-8"></script>\n'
                 f'<script type="text/javascript">\n  __wm.init("https://web.archive.org/web");\n  __wm.wombat("{orig}","{ts}","https://web.archive.org/","web","/_static/",\n\t      "{epoch}");\n</script>\n'
                 '<link rel="stylesheet" type="text/css" href="https://web.archive.org/_static/css/banner-styles.css?v=omkqRugM" />\n'
                 '<link rel="stylesheet" type="text/css" href="https://web.archive.org/_static/css/iconochive.css?v=qtvMKcIJ" />\n'
                 '<!-- End Wayback Rewrite JS Include -->\n')
        year_prev = f'<a href="{wb_url(prev, orig)}" title="{p:%d %b %Y}"><strong>{p.year}</strong></a>' if p.year < t.year else f'{t.year - 1}'
        year_next = f'<a href="{wb_url(nxt, orig)}" title="{n:%d %b %Y}"><strong>{n.year}</strong></a>' if n.year > t.year else f'{t.year + 1}'
        toolbar = (
            '<!-- BEGIN WAYBACK TOOLBAR INSERT -->\n<script>__wm.rw(0);</script>\n'
            '<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;">\n<div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;">\n<div id="wm-ipp-inside">\n'
            '  <div id="wm-logo" style="float:left;width:110px;padding-top:12px;">\n    <a href="/web/" title="Wayback Machine home page"><img src="https://web.archive.org/_static/images/toolbar/wayback-toolbar-logo-200.png" srcset="https://web.archive.org/_static/images/toolbar/wayback-toolbar-logo-100.png, https://web.archive.org/_static/images/toolbar/wayback-toolbar-logo-150.png 1.5x, https://web.archive.org/_static/images/toolbar/wayback-toolbar-logo-200.png 2x" alt="Wayback Machine" style="width:100px" border="0" /></a>\n  </div>\n'
            '  <div class="r" style="float:right;">\n    <div id="wm-btns" style="text-align:right;height:25px;">\n'
            '      <div id="wm-save-snapshot-success">success</div>\n      <div id="wm-save-snapshot-fail">fail</div>\n'
            '      <a id="wm-save-snapshot-open" href="#" title="Share via My Web Archive"><span class="iconochive-web"></span></a>\n'
            '      <a href="https://archive.org/account/login.php" title="Sign In" id="wm-sign-in"><span class="iconochive-person"></span></a>\n'
            '      <span id="wm-save-snapshot-in-progress" class="iconochive-web"></span>\n'
            '      <a href="http://faq.web.archive.org/" title="Get some help using the Wayback Machine" style="top:-6px;"><span class="iconochive-question" style="color:rgb(87,186,244);font-size:160%;"></span></a>\n'
            '      <a id="wm-tb-close" href="#close" onclick="__wm.h(event);return false;" style="top:-2px;" title="Close the toolbar"><span class="iconochive-remove-circle" style="color:#888888;font-size:240%;"></span></a>\n    </div>\n'
            '    <div id="wm-share" style="text-align:right;">\n      <a href="#" id="wm-screenshot" title="screenshot"><span class="wm-icon-screen-shot"></span></a>\n      <a href="#" id="wm-video" title="video"><span class="iconochive-movies"></span></a>\n'
            f'      <a id="wm-share-facebook" href="#" data-url="https://web.archive.org/web/{ts}/{orig}" title="Share on Facebook" style="margin-right:5px;" target="_blank"><span class="iconochive-facebook" style="color:#3b5998;font-size:160%;"></span></a>\n'
            f'      <a id="wm-share-twitter" href="#" data-url="https://web.archive.org/web/{ts}/{orig}" title="Share on Twitter" style="margin-right:5px;" target="_blank"><span class="iconochive-twitter" style="color:#1dcaff;font-size:160%;"></span></a>\n    </div>\n  </div>\n'
            '  <table class="c" style="">\n    <tbody>\n      <tr>\n        <td class="u" colspan="2">\n'
            f'          <form target="_top" method="get" action="/web/submit" name="wmtb" id="wmtb"><input type="text" name="url" id="wmtbURL" value="{orig}" onfocus="this.focus();this.select();" /><input type="hidden" name="type" value="replay" /><input type="hidden" name="date" value="{ts}" /><input type="submit" value="Go" /></form>\n'
            '        </td>\n        <td class="n" rowspan="2" style="width:110px;">\n          <table>\n            <tbody>\n              <!-- NEXT/PREV MONTH NAV AND MONTH INDICATOR -->\n              <tr class="m">\n'
            f'                <td class="b" nowrap="nowrap"><a href="{wb_url(prev, orig)}" title="{p:%d %b %Y}">{p:%b}</a></td>\n'
            f'                <td class="c" id="displayMonthEl" title="You are here: {here}">{t:%b}</td>\n'
            f'                <td class="f" nowrap="nowrap"><a href="{wb_url(nxt, orig)}" title="{n:%d %b %Y}">{n:%b}</a></td>\n              </tr>\n'
            '              <!-- NEXT/PREV CAPTURE NAV AND DAY OF MONTH INDICATOR -->\n              <tr class="d">\n'
            f'                <td class="b" nowrap="nowrap"><a href="{wb_url(prev, orig)}" title="{p:%H:%M:%S %b %d, %Y}"><img src="https://web.archive.org/_static/images/toolbar/wm_tb_prv_on.png" alt="Previous capture" width="14" height="16" border="0" /></a></td>\n'
            f'                <td class="c" id="displayDayEl" style="width:34px;font-size:22px;white-space:nowrap;" title="You are here: {here}">{t:%d}</td>\n'
            f'                <td class="f" nowrap="nowrap"><a href="{wb_url(nxt, orig)}" title="{n:%H:%M:%S %b %d, %Y}"><img src="https://web.archive.org/_static/images/toolbar/wm_tb_nxt_on.png" alt="Next capture" width="14" height="16" border="0" /></a></td>\n              </tr>\n'
            '              <!-- NEXT/PREV YEAR NAV AND YEAR INDICATOR -->\n              <tr class="y">\n'
            f'                <td class="b" nowrap="nowrap">{year_prev}</td>\n'
            f'                <td class="c" id="displayYearEl" title="You are here: {here}">{t.year}</td>\n'
            f'                <td class="f" nowrap="nowrap">{year_next}</td>\n              </tr>\n            </tbody>\n          </table>\n        </td>\n      </tr>\n'
            '      <tr>\n        <td class="s">\n          <div id="wm-nav-captures">\n'
            f'            <a class="t" href="/web/{ts}*/{orig}" title="See a list of every capture for this URL">{captures} captures</a>\n'
            f'            <div class="r" title="Timespan for captures of this URL">{f:%d %b %Y} - {l:%d %b %Y}</div>\n          </div>\n        </td>\n'
            '        <td class="k">\n          <a href="" id="wm-graph-anchor">\n          <div id="wm-ipp-sparkline" title="Explore captures for this URL" style="position: relative">\n            <canvas class="sparkline-canvas" width="575" height="27" alt="sparklines"></canvas>\n          </div>\n          </a>\n        </td>\n      </tr>\n    </tbody>\n  </table>\n'
            '  <div style="position:absolute;bottom:0;right:2px;text-align:right;">\n    <a id="wm-expand" class="wm-btn wm-closed" href="#expand" onclick="__wm.ex(event);return false;"><span id="wm-expand-icon" class="iconochive-down-solid"></span> <span style="font-size:80%">About this capture</span></a>\n  </div>\n</div>\n'
            '<div id="wm-capinfo" style="border-top:1px solid #777;display:none; overflow:hidden">\n  <div id="wm-capinfo-notice" source="api"></div>\n  <div id="wm-capinfo-collected-by">\n'
            '    <div style="background-color:#666;color:#fff;font-weight:bold;text-align:center">COLLECTED BY</div>\n    <div style="padding:3px;position:relative" id="wm-collected-by-content">\n'
            f'      <div style="display:inline-block;vertical-align:top;width:50%;">\n        <span class="c-logo" style="background-image:url(https://archive.org/services/img/{collection}crawls);"></span>\n'
            f'        Organization: <a style="color:#33f;" href="https://archive.org/details/{collection}crawls" target="_new"><span class="wm-title">{org}</span></a>\n'
            f'        <div style="max-height:75px;overflow:hidden;position:relative;">{about}</div>\n      </div>\n'
            f'      <div style="display:inline-block;vertical-align:top;width:49%;">\n        <div>Collection: <a style="color:#33f;" href="https://archive.org/details/{collection}-{t.year}" target="_new"><span class="wm-title">{coll}</span></a></div>\n'
            f'        <div style="max-height:75px;overflow:hidden;position:relative;">{about}</div>\n      </div>\n    </div>\n  </div>\n'
            '  <div id="wm-capinfo-timestamps">\n    <div style="background-color:#666;color:#fff;font-weight:bold;text-align:center" title="Timestamps for the elements of this page">TIMESTAMPS</div>\n'
            '    <div>\n      <div id="wm-capinfo-loading" style="text-align:center;height:170px;"><img src="https://web.archive.org/_static/images/loading.gif" alt="loading" /></div>\n    </div>\n  </div>\n</div></div></div></div>'
            f'<div id="wm-ipp-print">The Wayback Machine - https://web.archive.org/web/{ts}/{orig}</div>\n'
            '<script type="text/javascript">//<![CDATA[\n'
            f'__wm.bt(675,27,25,2,"web","{orig}","{ts}",1996,"/_static/",["/_static/css/banner-styles.css?v=omkqRugM","/_static/css/iconochive.css?v=qtvMKcIJ"], false);\n  __wm.rw(1);\n//]]></script>\n'
            '<!-- END WAYBACK TOOLBAR INSERT -->\n')
        tail = (f'\n<!--\n     FILE ARCHIVED ON {here} AND RETRIEVED FROM THE\n     INTERNET ARCHIVE ON {retrieved}.\n'
                '     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.\n\n'
                '     ALL OTHER CONTENT MAY ALSO BE PROTECTED BY COPYRIGHT (17 U.S.C.\n     SECTION 108(a)(3)).\n-->\n'
                '<!--\nplayback timings (ms):\n  captures_list: 0.612\n  exclusion.robots: 0.021\n  exclusion.robots.policy: 0.009\n  esindex: 0.012\n'
                '  cdx.remote: 38.506\n  LoadShardBlock: 135.873 (3)\n  PetaboxLoader3.datanode: 160.33 (4)\n  load_resource: 91.251\n  PetaboxLoader3.resolve: 47.98\n-->')
        html = (f'{doctype}\n<html lang="{lang}"><head>{whead}{wb_rewrite(head, ts)}<title>{title}</title></head>'
                f'<body{body_attrs}>{toolbar}{wb_rewrite(body, ts)}</body></html>{tail}')
        doc(name, html, exp)
    CT = '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'

    # 2009 table layout, no canonical or JSON-LD: "Posted: Tuesday, May 12, 2009 4:12 PM EDT", cutline with photo credit, related stories, most popular
    h = 'Library to stay open late during exam weeks'
    t = 'The main library on Elm Street will keep its doors open until midnight during the two exam weeks in May and December, the library board decided on Monday evening after a petition from students at the community college'
    o = '/news/local/2009/05/12/library-late-hours.html'
    wayback('s14-wb-en-2009', '20090515083012', H + o, 'en', f'{h} - The Valley Courier',
        CT + '<meta name="keywords" content="library, exams, students, Elm Street" /><link rel="stylesheet" href="/css/courier.css" type="text/css" /><script src="/js/common.js" type="text/javascript"></script><link rel="shortcut icon" href="/favicon.ico" />',
        '<table width="980" cellpadding="0" cellspacing="0" border="0" align="center"><tr><td colspan="2"><a href="/"><img src="/images/courier_logo.gif" width="300" height="60" alt="The Valley Courier" border="0" /></a></td></tr>'
        '<tr><td colspan="2" class="navbar"><a href="/">Home</a> | <a href="/news/local/">Local</a> | <a href="/sports/">Sports</a> | <a href="/opinion/">Opinion</a> | <a href="/classifieds/">Classifieds</a></td></tr>'
        f'<tr><td width="640" valign="top" class="maincol"><span class="kicker">LOCAL NEWS</span><h1 class="storyhead">{h}</h1>'
        '<div class="byline">By Tom Hale, Staff Writer</div><div class="dateline">Posted: Tuesday, May 12, 2009 4:12 PM EDT</div>'
        '<table align="right" width="250" class="photo"><tr><td><img src="/photos/2009/05/library_night.jpg" width="250" height="180" alt="" /></td></tr>'
        '<tr><td class="cutline">Students work at the long tables on the second floor of the main library on Monday night. <span class="photocredit">(Courier photo by Jane Ortiz)</span></td></tr></table>'
        f'{ps(t, 5)}<div class="relatedbox"><b>Related Stories:</b><ul><li><a href="/news/local/2009/04/28/library-budget-cut.html">Library board weighs cuts to weekend hours</a></li>'
        '<li><a href="/news/local/2009/03/02/branch-library-plans.html">Plans for east side branch library unveiled</a></li></ul></div>'
        f'<div class="tools"><a href="{o}?print=1">Print this story</a> | <a href="mailto:?subject=Library%20to%20stay%20open%20late">E-mail this story</a></div></td>'
        '<td width="340" valign="top" class="rightcol"><div class="box"><h3>Most Popular</h3><ol><li><a href="/news/local/2009/05/11/bridge-paint.html">Crews begin repainting Main Street bridge</a></li>'
        '<li><a href="/sports/2009/05/11/tigers-win.html">Tigers win on late goal</a></li></ol></div><div class="box"><h3>Weather</h3>Partly cloudy, 68&deg;F</div></td></tr>'
        '<tr><td colspan="2" class="footer">Copyright &copy; 2009 The Valley Courier. All rights reserved. <a href="/privacy/">Privacy Policy</a></td></tr></table>',
        {'headline': h, 'authors': ['Tom Hale'], 'published': '2009-05-12', 'captions': ['Students work at the long tables'], 'credits': ['Jane Ortiz'],
         'related': ['/news/local/2009/04/28/library-budget-cut.html', '/news/local/2009/03/02/branch-library-plans.html']},
        8, '20090512230411', '20090702171502', '20090512', '20111122', doctype='<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')

    # German regional 2011: canonical and og:url rewritten, "Von", "12.03.2011, 14:20 Uhr", Bildunterschrift with "Foto:", "Mehr zum Thema", comments with dates
    h = 'Neue Buslinie zum Klinikum'
    t = 'Ab kommendem Montag verbindet die neue Buslinie 14 den Hauptbahnhof direkt mit dem Klinikum, die Fahrt dauert nach Angaben der Stadtwerke rund zwölf Minuten'
    o = H + '/lokales/stadt/neue-buslinie-zum-klinikum-1.482913'
    wayback('s14-wb-de-2011', '20110314092233', o, 'de', f'{h} | Lokales | Stadtanzeiger',
        CT + f'<meta name="description" content="Die Linie 14 fährt ab Montag im Zwanzig-Minuten-Takt vom Hauptbahnhof zum Klinikum." /><link rel="canonical" href="{o}" />'
        f'<meta property="og:url" content="{o}" /><meta property="og:title" content="{h}" /><meta property="og:image" content="{H}/bilder/2011/03/bus-klinikum.jpg" /><link rel="stylesheet" href="/css/stadtanzeiger.css" type="text/css" />',
        '<div id="kopf"><a href="/"><img src="/img/logo-stadtanzeiger.png" alt="Stadtanzeiger" /></a><ul class="navi"><li><a href="/lokales/">Lokales</a></li><li><a href="/sport/">Sport</a></li><li><a href="/kultur/">Kultur</a></li></ul></div>'
        f'<div id="inhalt"><div class="artikel"><p class="dachzeile">Nahverkehr</p><h1>{h}</h1><p class="autor">Von Karin Vogt</p><p class="datum">12.03.2011, 14:20 Uhr</p>'
        '<div class="bild"><img src="/bilder/2011/03/bus-klinikum.jpg" width="460" height="306" alt="Bus vor dem Klinikum" /><p class="bildunterschrift">Ab Montag fährt die Linie 14 im Zwanzig-Minuten-Takt bis vor den Haupteingang des Klinikums. Foto: Stefan Krämer</p></div>'
        f'{ps(t, 5)}<div class="mehrzumthema"><h3>Mehr zum Thema</h3><ul><li><a href="/lokales/stadt/fahrplanwechsel-im-dezember-1.471102">Fahrplanwechsel im Dezember: Das ändert sich</a></li>'
        '<li><a href="/lokales/stadt/parkhaus-am-klinikum-wird-erweitert-1.466530">Parkhaus am Klinikum wird erweitert</a></li></ul></div>'
        '<div class="werkzeuge"><a href="/lokales/stadt/neue-buslinie-zum-klinikum-1.482913?print=1">Drucken</a> <a href="/lokales/stadt/neue-buslinie-zum-klinikum-1.482913/versenden">Versenden</a></div>'
        '<div class="kommentare"><h3>Kommentare (1)</h3><div class="kommentar"><b>busfahrer62</b> schrieb am 12.03.2011 um 16:03 Uhr:<p>Endlich! Das hat lange genug gedauert.</p></div></div></div>'
        '<div id="rechts"><h3>Meistgelesen</h3><ol><li><a href="/lokales/stadt/stadtfest-programm-steht-1.481170">Stadtfest: Das Programm steht</a></li><li><a href="/sport/handball-derby-ausverkauft-1.482001">Handball-Derby ausverkauft</a></li></ol></div></div>'
        '<div id="fuss">&copy; Stadtanzeiger 2011 | <a href="/impressum/">Impressum</a> | <a href="/datenschutz/">Datenschutz</a></div>',
        {'headline': h, 'authors': ['Karin Vogt'], 'published': '2011-03-12', 'captions': ['Ab Montag fährt die Linie 14'], 'credits': ['Stefan Krämer'],
         'related': ['/lokales/stadt/fahrplanwechsel-im-dezember-1.471102', '/lokales/stadt/parkhaus-am-klinikum-wird-erweitert-1.466530'], 'canonical': o},
        12, '20110312151200', '20110402081510', '20110312', '20150917', collection='wide')

    # French regional 2012: og:url only (no canonical), "Publié le 04/06/2012 à 18h32 | Mis à jour le ...", légende with (Photo: ...), "À lire aussi"
    h = 'Le marché couvert rouvre ses portes'
    t = 'Après dix-huit mois de travaux, le marché couvert de la place Carnot a rouvert ses portes lundi matin avec quarante-deux étals et une nouvelle halle aux poissons'
    o = H + '/actualite/2012/06/04/le-marche-couvert-rouvre-ses-portes_1102934.html'
    wayback('s14-wb-fr-2012', '20120606194501', o, 'fr', f'{h} - Actualité - La Gazette du Val',
        CT + f'<meta property="og:url" content="{o}" /><meta property="og:type" content="article" /><meta property="og:title" content="{h}" /><link rel="stylesheet" href="/static/css/gazette.css" type="text/css" /><script type="text/javascript" src="/static/js/jquery-1.7.2.min.js"></script>',
        '<div id="entete"><a href="/"><img src="/static/img/logo-gazette.png" alt="La Gazette du Val" /></a><ul id="menu"><li><a href="/actualite/">Actualité</a></li><li><a href="/sports/">Sports</a></li><li><a href="/loisirs/">Loisirs</a></li></ul></div>'
        '<div id="fil"><a href="/">Accueil</a> &gt; <a href="/actualite/">Actualité</a></div>'
        f'<div id="contenu"><div class="article"><h1 class="titre">{h}</h1><p class="infos">Publié le 04/06/2012 à 18h32 | Mis à jour le 05/06/2012 à 09h10</p><p class="signature">Par Claire Martin</p>'
        '<div class="visuel"><img src="/photos/2012/06/marche-couvert.jpg" width="600" height="400" alt="" /><p class="legende">Les premiers clients dans les allées du marché rénové, lundi matin. (Photo : Julien Morel)</p></div>'
        f'<div class="texte">{ps(t, 5)}</div><div class="alire"><h4>À lire aussi</h4><ul><li><a href="/actualite/2012/05/21/place-carnot-la-circulation-modifiee_1098812.html">Place Carnot : la circulation modifiée</a></li>'
        '<li><a href="/actualite/2012/04/02/les-commercants-du-marche-s-impatientent_1090411.html">Les commerçants du marché s’impatientent</a></li></ul></div>'
        '<div class="partage"><a href="http://www.facebook.com/sharer.php?u=http%3A%2F%2Fnews.example.org%2Factualite%2F2012%2F06%2F04%2Fle-marche-couvert-rouvre-ses-portes_1102934.html">Partager sur Facebook</a> <a href="http://twitter.com/share">Tweeter</a></div></div>'
        '<div id="colonne"><h3>Les plus lus</h3><ul><li><a href="/sports/2012/06/03/le-club-assure-son-maintien_1102801.html">Le club assure son maintien</a></li><li><a href="/loisirs/2012/06/01/fete-de-la-musique-le-programme_1102540.html">Fête de la musique : le programme</a></li></ul></div></div>'
        '<div id="pied">© La Gazette du Val 2012 - <a href="/mentions-legales/">Mentions légales</a></div>',
        {'headline': h, 'authors': ['Claire Martin'], 'published': '2012-06-04', 'captions': ['Les premiers clients dans les allées du marché rénové'], 'credits': ['Julien Morel'],
         'related': ['/actualite/2012/05/21/place-carnot-la-circulation-modifiee_1098812.html', '/actualite/2012/04/02/les-commercants-du-marche-s-impatientent_1090411.html'], 'canonical': o},
        3, '20120604201530', '20121109111111', '20120604', '20121109', collection='wide', retrieved='18:40:11 Oct 02, 2023')

    # Spanish 2010: "Miércoles, 15 de septiembre de 2010 - 12:40 h", "Por ... | Redacción", "Noticias relacionadas", no picture, no canonical
    h = 'El Ayuntamiento amplía el horario de las piscinas'
    t = 'El Ayuntamiento ampliará desde el lunes el horario de las piscinas municipales hasta las diez de la noche para atender la demanda de los vecinos durante el final del verano'
    o = H + '/noticias/local/el-ayuntamiento-amplia-el-horario-de-las-piscinas-20100915.html'
    wayback('s14-wb-es-2010', '20101002103344', o, 'es', f'{h} - Noticias locales - Diario del Valle',
        CT + '<link rel="stylesheet" href="/css/diario.css" type="text/css" />',
        '<div id="cabecera"><a href="/"><img src="/img/diario-del-valle.gif" alt="Diario del Valle" /></a><div class="fecha-hoy">Sábado, 2 de octubre de 2010</div>'
        '<ul id="menu"><li><a href="/noticias/local/">Local</a></li><li><a href="/noticias/deportes/">Deportes</a></li><li><a href="/noticias/cultura/">Cultura</a></li></ul></div>'
        f'<div id="cuerpo"><div class="noticia"><h1>{h}</h1><h2 class="entradilla">Las instalaciones abrirán hasta las 22.00 horas a partir del lunes</h2>'
        '<div class="firma">Por Luis Romero | Redacción</div><div class="fecha">Miércoles, 15 de septiembre de 2010 - 12:40 h</div>'
        f'{ps(t, 5)}<div class="relacionadas"><h3>Noticias relacionadas</h3><ul><li><a href="/noticias/local/abre-la-nueva-piscina-cubierta-del-barrio-norte-20100708.html">Abre la nueva piscina cubierta del barrio norte</a></li>'
        '<li><a href="/noticias/local/los-socorristas-piden-mas-personal-20100822.html">Los socorristas piden más personal</a></li></ul></div>'
        '<div class="herramientas"><a href="javascript:window.print()">Imprimir</a> | <a href="/enviar?id=20100915">Enviar</a> | Comentarios (4)</div></div>'
        '<div id="lateral"><h3>Lo más visto</h3><ol><li><a href="/noticias/deportes/el-equipo-gana-en-casa-20100912.html">El equipo gana en casa</a></li><li><a href="/noticias/cultura/fiestas-patronales-programa-20100910.html">Fiestas patronales: el programa</a></li></ol></div></div>'
        '<div id="pie">© Diario del Valle 2010 · <a href="/aviso-legal/">Aviso legal</a></div>',
        {'headline': h, 'authors': ['Luis Romero'], 'published': '2010-09-15',
         'related': ['/noticias/local/abre-la-nueva-piscina-cubierta-del-barrio-norte-20100708.html', '/noticias/local/los-socorristas-piden-mas-personal-20100822.html']},
        3, '20100920061512', '20110117220408', '20100920', '20110117')

    # Italian 2008: table and font tags, "di Paolo Bianchi - 22 ottobre 2008", caption with "(foto Ansa)", "Articoli correlati"
    h = 'Al via i lavori per il nuovo ponte pedonale'
    t = 'Sono cominciati ieri mattina i lavori per il nuovo ponte pedonale sul fiume, che collegherà il quartiere della stazione al centro storico entro la fine del prossimo anno'
    o = H + '/cronaca/articolo.asp?id=18822'
    wayback('s14-wb-it-2008', '20081025141209', o, 'it', f'Il Corriere del Fiume - {h}',
        CT + '<link rel="stylesheet" href="/stili.css" type="text/css" />',
        '<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td bgcolor="#003366"><a href="/"><img src="/img/testata.gif" width="468" height="60" border="0" alt="Il Corriere del Fiume" /></a></td></tr>'
        '<tr><td><font face="Verdana" size="1"><a href="/">Home</a> | <a href="/cronaca/">Cronaca</a> | <a href="/sport/">Sport</a> | <a href="/spettacoli/">Spettacoli</a></font></td></tr></table>'
        '<table width="760" border="0" cellspacing="4" cellpadding="0"><tr><td valign="top" width="560">'
        f'<font face="Georgia" size="5"><b>{h}</b></font><br /><font face="Verdana" size="1" color="#666666">di Paolo Bianchi - 22 ottobre 2008</font><br /><br />'
        '<table align="left" width="220" cellpadding="2"><tr><td><img src="/foto/2008/ponte_cantiere.jpg" width="220" height="150" alt="" /></td></tr>'
        '<tr><td><font face="Verdana" size="1"><i>Il cantiere del nuovo ponte visto dalla riva sinistra (foto Ansa)</i></font></td></tr></table>'
        f'<font face="Verdana" size="2">{ps(t, 5)}</font>'
        '<br /><font face="Verdana" size="2"><b>Articoli correlati</b></font><br /><font face="Verdana" size="1">&raquo; <a href="/cronaca/articolo.asp?id=18391">Ponte pedonale, approvato il progetto definitivo</a><br />'
        '&raquo; <a href="/cronaca/articolo.asp?id=17950">Fiume, partono i rilievi sulle sponde</a></font></td>'
        '<td valign="top" width="200" bgcolor="#eeeeee"><font face="Verdana" size="1"><b>I più letti</b><br /><a href="/sport/articolo.asp?id=18810">Derby, vittoria all’ultimo minuto</a><br />'
        '<a href="/spettacoli/articolo.asp?id=18790">Teatro comunale, la nuova stagione</a></font></td></tr></table>'
        '<p align="center"><font face="Verdana" size="1">Copyright &copy; 2008 Il Corriere del Fiume - P.IVA 01234567890</font></p>',
        {'headline': h, 'authors': ['Paolo Bianchi'], 'published': '2008-10-22', 'captions': ['Il cantiere del nuovo ponte visto dalla riva sinistra'],
         'related': ['/cronaca/articolo.asp?id=18391', '/cronaca/articolo.asp?id=17950']},
        4, '20081023064500', '20090214121417', '20081023', '20120914', doctype='<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">')

    # Brazilian Portuguese 2013: "Publicado em 05/05/2013 às 11h51 | Atualizado em ...", "Por", "Leia também", caption with "Foto:"
    h = 'Prefeitura anuncia três novas creches na zona norte'
    t = 'A prefeitura anunciou neste domingo a abertura de mais três creches municipais na zona norte, com capacidade para atender cerca de quatrocentas crianças a partir de agosto'
    o = H + '/cidades/noticia/2013/05/prefeitura-anuncia-tres-novas-creches-na-zona-norte.html'
    wayback('s14-wb-pt-2013', '20130507021506', o, 'pt-BR', f'{h} - Cidades - Jornal da Serra',
        '<meta charset="utf-8" /><link rel="stylesheet" href="/css/jornal.css" /><script src="/js/jornal.js"></script>',
        '<div class="topo"><a href="/" class="logo"><img src="/img/jornal-da-serra.png" alt="Jornal da Serra" /></a><ul class="menu"><li><a href="/cidades/">Cidades</a></li><li><a href="/esportes/">Esportes</a></li><li><a href="/cultura/">Cultura</a></li></ul></div>'
        f'<div class="materia"><h1 class="titulo">{h}</h1><h2 class="subtitulo">Unidades devem atender cerca de 400 crianças a partir de agosto</h2>'
        '<p class="autor">Por João Pereira</p><p class="data">Publicado em 05/05/2013 às 11h51 | Atualizado em 05/05/2013 às 14h02</p>'
        '<div class="foto"><img src="/fotos/2013/05/creche-zona-norte.jpg" width="620" height="410" alt="" /><p class="legenda">Obras da nova creche no bairro Jardim das Flores estão na fase final. Foto: Renata Alves</p></div>'
        f'{ps(t, 5)}<div class="leia-tambem"><strong>Leia também</strong><ul><li><a href="/cidades/noticia/2013/04/matriculas-na-rede-municipal-abrem-em-maio.html">Matrículas na rede municipal abrem em maio</a></li>'
        '<li><a href="/cidades/noticia/2013/03/zona-norte-ganha-nova-unidade-de-saude.html">Zona norte ganha nova unidade de saúde</a></li></ul></div></div>'
        '<div class="rodape">© 2013 Jornal da Serra. Todos os direitos reservados.</div>',
        {'headline': h, 'authors': ['João Pereira'], 'published': '2013-05-05', 'captions': ['Obras da nova creche no bairro Jardim das Flores'], 'credits': ['Renata Alves'],
         'related': ['/cidades/noticia/2013/04/matriculas-na-rede-municipal-abrem-em-maio.html', '/cidades/noticia/2013/03/zona-norte-ganha-nova-unidade-de-saude.html']},
        6, '20130505190012', '20130608150044', '20130505', '20140102', collection='wide')

    # English 2014 with JSON-LD NewsArticle (URLs inside the script left as written), canonical rewritten, figure and figcaption, "More on this story"
    h = 'Harbour wall repairs to close outer quay for six weeks'
    t = 'Repairs to the north harbour wall, damaged in the February storms, will start on Monday and close the outer quay to cars for at least six weeks, the harbour authority said'
    o = H + '/2014/06/20/harbour-wall-repairs/'
    ld = json.dumps({'@context': 'http://schema.org', '@type': 'NewsArticle', 'headline': h, 'url': o, 'datePublished': '2014-06-20T07:15:00+01:00',
                     'dateModified': '2014-06-20T09:02:00+01:00', 'author': {'@type': 'Person', 'name': 'Ruth Ellis'},
                     'image': {'@type': 'ImageObject', 'url': H + '/wp-content/uploads/2014/06/harbour-wall.jpg', 'width': 800, 'height': 533},
                     'publisher': {'@type': 'Organization', 'name': 'Harbour Notes', 'logo': {'@type': 'ImageObject', 'url': H + '/logo.png'}}}, ensure_ascii=False)
    wayback('s14-wb-jsonld-2014', '20140621104400', o, 'en-GB', f'{h} | Harbour Notes',
        f'<meta charset="UTF-8" /><link rel="canonical" href="{o}" /><meta property="og:url" content="{o}" /><meta property="og:image" content="{H}/wp-content/uploads/2014/06/harbour-wall.jpg" />'
        f'<link rel="stylesheet" href="/wp-content/themes/harbour/style.css" type="text/css" media="all" /><script type="application/ld+json">{ld}</script>',
        '<header class="site-header"><a href="/" class="site-title">Harbour Notes</a><nav><a href="/news/">News</a> <a href="/tides/">Tides</a> <a href="/contact/">Contact</a></nav></header>'
        f'<main><article class="post"><h1 class="entry-title">{h}</h1><div class="entry-meta">By <a href="/author/ruth/">Ruth Ellis</a> &middot; 20 June 2014</div>'
        '<figure class="wp-caption"><img src="/wp-content/uploads/2014/06/harbour-wall-640x427.jpg" width="640" height="427" alt="" /><figcaption class="wp-caption-text">The damaged section of the north wall at low tide.</figcaption></figure>'
        f'<div class="entry-content">{ps(t, 5)}</div><section class="more-on-this"><h3>More on this story</h3><ul><li><a href="/2014/02/16/storm-damages-harbour-wall/">Storm damages harbour wall</a></li>'
        '<li><a href="/2014/04/03/harbour-authority-seeks-repair-funds/">Harbour authority seeks repair funds</a></li></ul></section></article>'
        '<aside class="sidebar"><h3>Tide times</h3><p>High water 06:12 and 18:40</p><h3>Recent posts</h3><ul><li><a href="/2014/06/18/lifeboat-open-day/">Lifeboat open day</a></li><li><a href="/2014/06/15/new-moorings/">New moorings</a></li></ul></aside></main>'
        '<footer>&copy; 2014 Harbour Notes</footer>',
        {'headline': h, 'authors': ['Ruth Ellis'], 'published': '2014-06-20', 'captions': ['The damaged section of the north wall'],
         'related': ['/2014/02/16/storm-damages-harbour-wall/', '/2014/04/03/harbour-authority-seeks-repair-funds/'], 'canonical': o},
        9, '20140620081122', '20140902141516', '20140620', '20190103', collection='spn')

    # No date on the page at all: the toolbar's "MAY 2013", "You are here: 12:34:56 May 05, 2013", "5 captures", "02 Apr 2013 - 20 Jun 2014" and the collection text are not the story's
    h = 'Volunteers clear the canal towpath'
    t = 'More than sixty volunteers spent Saturday clearing rubbish and fallen branches from the canal towpath between the lock and the old mill, filling two skips by the afternoon'
    o = H + '/community/volunteers-clear-the-canal-towpath.html'
    wayback('s14-wb-nodate-toolbar', '20130505123456', o, 'en', f'{h} :: Canal Times',
        '<meta charset="utf-8" /><link rel="stylesheet" href="/style.css" />',
        '<div id="top"><a href="/"><img src="/logo.png" alt="Canal Times" /></a> <a href="/community/">Community</a> <a href="/boating/">Boating</a> <a href="/wildlife/">Wildlife</a></div>'
        f'<div id="story"><h1>{h}</h1><p class="by">By Sam Okafor</p>{ps(t, 6)}<p><a href="/community/">More community news</a></p></div>'
        '<div id="foot">Canal Times is run by volunteers. <a href="/about/">About us</a></div>',
        {'headline': h, 'authors': ['Sam Okafor'], 'published': '', 'captions': [], 'related': []},
        5, '20130402081102', '20130620171845', '20130402', '20140620')

    # No byline and no date; the canonical link's only date-like digits are the Wayback timestamp
    h = 'Recycling centre closes for resurfacing works'
    t = 'The town hall reminds residents that the recycling centre on Station Road will close for resurfacing works, and that garden waste can be taken to the depot at Hill Farm instead'
    o = H + '/news/recycling-centre-closes-for-resurfacing-works-2203.html'
    wayback('s14-wb-nodate-canon', '20150308140211', o, 'en-GB', f'{h} - Borough Council News',
        f'<meta charset="utf-8" /><link rel="canonical" href="{o}" /><link rel="stylesheet" href="/assets/council.css" />',
        '<div class="skip"><a href="#main">Skip to main content</a></div><header><a href="/"><img src="/assets/crest.png" alt="Borough Council" /></a><nav><a href="/bins/">Bins and recycling</a> <a href="/parking/">Parking</a> <a href="/news/">News</a></nav></header>'
        f'<main id="main"><h1>{h}</h1><figure><img src="/images/news/recycling-centre.jpg" width="600" height="400" alt="" /><figcaption>The entrance to the recycling centre on Station Road.</figcaption></figure>'
        f'{ps(t, 4)}<p>Find out more about <a href="/bins/garden-waste/">garden waste collections</a>.</p></main>'
        '<footer><a href="/accessibility/">Accessibility</a> <a href="/privacy/">Privacy</a> &copy; Borough Council</footer>',
        {'headline': h, 'authors': [], 'published': '', 'captions': ['The entrance to the recycling centre on Station Road'], 'canonical': o},
        2, '20150301102030', '20150402091512', '20150301', '20150402', collection='wide', retrieved='11:02:40 Jan 19, 2024')

    # The date only in the original URL (/2013/05/04/); the Wayback timestamp (20130506) is the capture's
    h = 'Homes approved on former dairy site'
    t = 'Plans for twelve new homes on the former dairy site at the edge of the village were approved by the district council on Friday despite objections about traffic on the lane'
    o = H + '/2013/05/04/homes-approved-on-former-dairy-site/'
    wayback('s14-wb-urldate', '20130506081500', o, 'en', f'{h} | Village Voice',
        f'<meta charset="utf-8" /><link rel="canonical" href="{o}" /><link rel="stylesheet" href="/wp-content/themes/voice/style.css" />',
        '<div id="header"><a href="/">Village Voice</a></div>'
        f'<div id="content"><div class="post"><h2 class="post-title">{h}</h2><p class="postmeta">By Clare Dunn</p>{ps(t, 5)}</div></div>'
        '<div id="sidebar"><h3>Archives</h3><ul><li><a href="/2013/05/">May 2013</a></li><li><a href="/2013/04/">April 2013</a></li></ul></div>',
        {'headline': h, 'authors': ['Clare Dunn'], 'published': '2013-05-04', 'canonical': o},
        3, '20130504210733', '20130811040210', '20130504', '20130811')

    # ---------------------------------------------------------------- archive.today / archive.ph
    # Flattened: the site's classes, ids and scripts gone, computed styles inline, links under /o/<code>/, images renamed
    def ao(code, u):
        return f'https://archive.ph/o/{code}/{H + u if u.startswith("/") else u}'
    def ai_img(code, hx):
        return f'https://archive.ph/{code}/{hx}.jpg'
    def ai_page(name, code, orig, lang, title, when, content, exp, ids=True, full_head=True):
        d = dt.datetime.strptime(when, '%Y-%m-%dT%H:%M:%SZ')
        shown = f'{d.day} {d:%b %Y %H:%M:%S} UTC'
        host = orig.split('/')[2]
        a = 'color:rgb(17,85,136);text-decoration:none;'
        head = ('<meta http-equiv="Content-Type" content="text/html;charset=utf-8"><meta name="robots" content="index,noarchive">'
                + (f'<meta property="og:type" content="article"><meta property="og:url" content="https://archive.ph/{code}"><meta property="og:title" content="{title}">'
                   f'<meta property="og:description" content="archived {shown}"><meta property="article:modified_time" content="{when}">'
                   f'<meta property="og:image" content="https://archive.ph/{code}/5f0c2a9e81d4b7c3/scr.png"><meta property="og:site_name" content="archive.ph">'
                   f'<meta name="twitter:card" content="summary"><meta name="twitter:description" content="archived {shown}">'
                   f'<link rel="canonical" href="https://archive.ph/{code}"><link rel="bookmark" href="https://archive.ph/{d:%Y.%m.%d-%H%M%S}/{orig}">' if full_head else ''))
        header = (f'<div{" id=" + chr(34) + "HEADER" + chr(34) if ids else ""} style="position:relative;z-index:2147483647;background-color:rgb(255,255,255);border-bottom:2px solid rgb(127,127,127);padding:4px 0px;text-align:left;">'
                  '<table style="width:1028px;margin:0px auto;font-size:10px;font-family:Arial,sans-serif;border-collapse:collapse;" border="0" cellspacing="0" cellpadding="0"><tbody>'
                  f'<tr><td rowspan="4" style="width:110px;vertical-align:middle;text-align:center;"><a href="https://archive.ph/" style="{a}font-size:22px;font-weight:bold;">archive.today</a><br><span style="font-size:11px;color:rgb(68,68,68);">webpage capture</span></td>'
                  f'<td style="font-weight:bold;color:rgb(68,68,68);font-size:13px;text-align:right;padding-right:6px;white-space:nowrap;">Saved from</td><td style="font-weight:bold;"><form style="margin:0px;"><input style="border:1px solid black;height:20px;margin:0px;padding:0px 4px;width:500px;" type="text" name="q" value="{orig}"></form></td>'
                  f'<td style="text-align:right;padding-left:8px;"><a href="https://archive.ph/{orig}" style="{a}">search</a></td></tr>'
                  f'<tr><td style="text-align:right;padding-right:6px;color:rgb(68,68,68);">history</td><td style="color:rgb(119,119,119);">no other snapshots from this url</td><td style="text-align:right;white-space:nowrap;"><time itemprop="pubdate" datetime="{when}">{shown}</time></td></tr>'
                  f'<tr><td></td><td><a href="https://archive.ph/{host}" style="{a}">All snapshots</a> from host <a href="https://archive.ph/{host}" style="{a}">{host}</a></td><td></td></tr>'
                  f'<tr><td></td><td style="font-size:12px;"><span style="font-weight:bold;">Webpage</span> &nbsp; <a href="https://archive.ph/{code}/image" style="{a}">Screenshot</a></td>'
                  f'<td style="text-align:right;white-space:nowrap;"><a href="https://archive.ph/{code}/share" style="{a}">share</a> <a href="https://archive.ph/download/{code}.zip" style="{a}">download .zip</a> '
                  f'<a href="https://archive.ph/{code}/abuse" style="{a}">report bug or abuse</a> <a href="https://liberapay.com/archiveis/donate" style="{a}">Buy me a coffee</a></td></tr></tbody></table></div>')
        html = (f'<!DOCTYPE html><html style="background-color:rgb(255,255,255);" lang="{lang}" prefix="og: http://ogp.me/ns# article: http://ogp.me/ns/article#"><head>{head}<title>{title}</title></head>'
                f'<body style="margin:0px;background-color:rgb(255,255,255);">{header}<div{" id=" + chr(34) + "CONTENT" + chr(34) if ids else ""} style="position:relative;">'
                f'<div style="width:1028px;margin:0px auto;text-align:left;background-color:rgb(255,255,255);">{content}</div></div></body></html>')
        doc(name, html, exp)
    S_H1 = 'color:rgb(17,17,17);font-family:Georgia,&quot;Times New Roman&quot;,serif;font-size:34px;font-weight:700;line-height:40px;margin:0px 0px 12px;'
    S_P = 'color:rgb(34,34,34);font-family:Georgia,serif;font-size:17px;line-height:27px;margin:0px 0px 18px;'
    S_META = 'color:rgb(102,102,102);font-family:Arial,sans-serif;font-size:13px;line-height:18px;margin:0px 0px 4px;'
    S_CAP = 'color:rgb(102,102,102);font-family:Arial,sans-serif;font-size:12px;line-height:16px;padding:6px 0px 0px;'
    S_A = 'color:rgb(0,82,155);text-decoration:none;'
    S_BOX = 'font-family:Arial,sans-serif;font-size:15px;font-weight:700;margin:0px 0px 8px;color:rgb(17,17,17);'
    def ai_top(code, site, hx, menu):
        return (f'<div style="height:90px;border-bottom:1px solid rgb(221,221,221);margin:0px 0px 20px;"><a href="{ao(code, "/")}" style="{S_A}"><img src="{ai_img(code, hx)}" style="width:260px;height:58px;margin:16px 0px 0px;" alt="{site}"></a>'
                '<div style="font-family:Arial,sans-serif;font-size:14px;font-weight:700;padding:4px 0px;">'
                + ' '.join(f'<a href="{ao(code, u)}" style="color:rgb(17,17,17);text-decoration:none;margin:0px 14px 0px 0px;">{w}</a>' for u, w in menu) + '</div></div>')

    # English: date and byline in the story; the header's "5 May 2013 12:34:56 UTC" (itemprop=pubdate, article:modified_time) is the capture's
    code = 'Xq7Rw'
    h = 'Ferry fares frozen for another year'
    t = 'Fares on the island ferry will stay at this year’s level until next spring after the operator and the county council agreed to share the rising cost of fuel'
    o = H + '/news/2013/05/04/ferry-fares-frozen-for-another-year.html'
    ai_page('s14-ai-en', code, o, 'en', f'{h} | Island Gazette', '2013-05-05T12:34:56Z',
        ai_top(code, 'Island Gazette', '8f41c2d07a', [('/news/', 'News'), ('/sport/', 'Sport'), ('/whats-on/', 'What’s on'), ('/property/', 'Property')])
        + f'<div style="width:660px;float:left;"><div style="{S_META}text-transform:uppercase;">Local news</div><h1 style="{S_H1}">{h}</h1>'
        f'<div style="{S_META}">By <a href="{ao(code, "/author/helen-cross/")}" style="{S_A}">Helen Cross</a></div><div style="{S_META}">May 4, 2013 6:02 pm</div>'
        f'<div style="margin:18px 0px;"><img src="{ai_img(code, "c3d9e1a4b2")}" style="width:660px;height:440px;" alt=""><div style="{S_CAP}">Passengers board the morning ferry at the north pier. <span style="color:rgb(153,153,153);">Photo: Owen Price</span></div></div>'
        f'{ps(t, 5, S_P)}<div style="border-top:3px solid rgb(17,17,17);margin:24px 0px 0px;padding:10px 0px 0px;"><div style="{S_BOX}">More stories</div>'
        f'<ul style="margin:0px;padding:0px 0px 0px 18px;"><li style="margin:0px 0px 6px;"><a href="{ao(code, "/news/2013/04/22/new-timetable-for-island-ferry.html")}" style="{S_A}">New timetable for the island ferry</a></li>'
        f'<li style="margin:0px 0px 6px;"><a href="{ao(code, "/news/2013/03/30/pier-repairs-finished-early.html")}" style="{S_A}">Pier repairs finished early</a></li></ul></div></div>'
        f'<div style="width:300px;float:right;"><div style="{S_BOX}">Most read</div><ol style="margin:0px;padding:0px 0px 0px 18px;font-family:Arial,sans-serif;font-size:14px;">'
        f'<li><a href="{ao(code, "/news/2013/05/03/harbour-cafe-changes-hands.html")}" style="{S_A}">Harbour café changes hands</a></li><li><a href="{ao(code, "/sport/2013/05/03/regatta-entries-open.html")}" style="{S_A}">Regatta entries open</a></li></ol></div>'
        '<div style="clear:both;border-top:1px solid rgb(221,221,221);padding:12px 0px;font-family:Arial,sans-serif;font-size:12px;color:rgb(119,119,119);">© 2013 Island Gazette. All rights reserved.</div>',
        {'headline': h, 'authors': ['Helen Cross'], 'published': '2013-05-04', 'captions': ['Passengers board the morning ferry at the north pier'], 'credits': ['Owen Price'],
         'related': ['/news/2013/04/22/new-timetable-for-island-ferry.html', '/news/2013/03/30/pier-repairs-finished-early.html'], 'canonical': o})

    # English, no date anywhere in the story: only the capture date (header, og:description "archived ...", article:modified_time)
    code = 'mK2pL'
    h = 'Community choir raises £2,000 for the hospice'
    t = 'The town’s community choir raised more than two thousand pounds for the hospice with a concert in the parish church on Saturday night, its largest audience so far'
    ai_page('s14-ai-nodate', code, H + '/community/community-choir-raises-2000-for-the-hospice', 'en-GB', f'{h} - Market Town Times', '2013-05-05T12:34:56Z',
        ai_top(code, 'Market Town Times', '1b77e0f3c9', [('/news/', 'News'), ('/community/', 'Community'), ('/sport/', 'Sport')])
        + f'<div style="width:700px;"><h1 style="{S_H1}">{h}</h1><div style="{S_META}">By Dan Whitlock</div>'
        f'{ps(t, 5, S_P)}<div style="{S_META}">Share: <a href="{ao(code, "https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Fnews.example.org%2Fcommunity%2Fcommunity-choir")}" style="{S_A}">Facebook</a> '
        f'<a href="{ao(code, "https://twitter.com/intent/tweet")}" style="{S_A}">Twitter</a></div></div>'
        '<div style="border-top:1px solid rgb(221,221,221);padding:12px 0px;font-family:Arial,sans-serif;font-size:12px;color:rgb(119,119,119);">Market Town Times, 14 High Street</div>',
        {'headline': h, 'authors': ['Dan Whitlock'], 'published': '', 'captions': []})

    # German, no ids at all and a bare head: "Stand: 04.05.2013 18:02 Uhr", "Von", "Mehr zum Thema"; captured the next morning
    code = 'Tz4aQ'
    h = 'Freibad öffnet früher als geplant'
    t = 'Das Freibad am Stadtpark öffnet in diesem Jahr bereits am ersten Mai, weil die Sanierung der Becken schneller abgeschlossen wurde als erwartet'
    ai_page('s14-ai-de', code, H + '/region/freibad-oeffnet-frueher-als-geplant-a-88213.html', 'de', f'{h} - Nachrichten aus der Region', '2013-05-05T07:41:10Z',
        ai_top(code, 'Kreisbote', '44e0a9b1d3', [('/region/', 'Region'), ('/sport/', 'Sport'), ('/kultur/', 'Kultur')])
        + f'<div style="width:640px;float:left;"><h1 style="{S_H1}">{h}</h1><div style="{S_META}">Von Jana Lenz</div><div style="{S_META}">Stand: 04.05.2013 18:02 Uhr</div>'
        f'{ps(t, 5, S_P)}<div style="margin:24px 0px 0px;padding:12px;background-color:rgb(243,243,243);"><div style="{S_BOX}">Mehr zum Thema</div>'
        f'<div style="margin:0px 0px 6px;"><a href="{ao(code, "/region/sanierung-der-becken-beginnt-a-86120.html")}" style="{S_A}">Sanierung der Becken beginnt</a></div>'
        f'<div style="margin:0px 0px 6px;"><a href="{ao(code, "/region/stadtrat-gibt-geld-fuer-freibad-frei-a-84471.html")}" style="{S_A}">Stadtrat gibt Geld für Freibad frei</a></div></div></div>'
        f'<div style="width:320px;float:right;"><div style="{S_BOX}">Meistgelesen</div><div style="font-family:Arial,sans-serif;font-size:14px;"><a href="{ao(code, "/region/umleitung-an-der-bruecke-a-88190.html")}" style="{S_A}">Umleitung an der Brücke</a></div></div>'
        '<div style="clear:both;padding:12px 0px;font-family:Arial,sans-serif;font-size:12px;color:rgb(119,119,119);">© Kreisbote 2013 · Impressum · Datenschutz</div>',
        {'headline': h, 'authors': ['Jana Lenz'], 'published': '2013-05-04',
         'related': ['/region/sanierung-der-becken-beginnt-a-86120.html', '/region/stadtrat-gibt-geld-fuer-freibad-frei-a-84471.html']}, ids=False, full_head=False)

    # Spanish, no date in the story; caption under the picture as a grey styled div with "Foto:"
    code = 'Lp9vE'
    h = 'La biblioteca estrena sala de estudio'
    t = 'La biblioteca municipal estrena una sala de estudio con cincuenta puestos y conexión a internet que abrirá todos los días hasta la medianoche durante la época de exámenes'
    ai_page('s14-ai-es-nodate', code, H + '/ciudad/la-biblioteca-estrena-sala-de-estudio-77120', 'es', f'{h} | El Eco de la Ciudad', '2013-05-05T12:34:56Z',
        ai_top(code, 'El Eco de la Ciudad', '9ac1f0e2b7', [('/ciudad/', 'Ciudad'), ('/deportes/', 'Deportes'), ('/cultura/', 'Cultura')])
        + f'<div style="width:680px;"><h1 style="{S_H1}">{h}</h1><div style="{S_META}">Por Elena Ruiz</div>'
        f'<div style="margin:18px 0px;"><img src="{ai_img(code, "e07b3c55a1")}" style="width:680px;height:450px;" alt=""><div style="{S_CAP}">La nueva sala de estudio, en la segunda planta de la biblioteca. Foto: Carlos Vidal</div></div>'
        f'{ps(t, 5, S_P)}</div>',
        {'headline': h, 'authors': ['Elena Ruiz'], 'published': '', 'captions': ['La nueva sala de estudio, en la segunda planta'], 'credits': ['Carlos Vidal']}, ids=False)

    # ---------------------------------------------------------------- Google cache
    GC = {'en': ('This is Google&#39;s cache of', 'It is a snapshot of the page as it appeared on', ('The', 'current page', 'could have changed in the meantime.'), 'Learn more',
                 'Full version', 'Text-only version', 'View source', 'Tip: To quickly find your search term on this page, press <b>Ctrl+F</b> or <b>⌘-F</b> (Mac) and use the find bar.'),
          'fr': ('Ceci est la version en cache de', 'Il s&#39;agit d&#39;un instantané de la page telle qu&#39;elle était affichée le', ('La', 'page actuelle', 'peut avoir changé depuis.'), 'En savoir plus',
                 'Version complète', 'Version en texte seul', 'Afficher la source', 'Astuce : Pour trouver rapidement votre terme de recherche sur cette page, appuyez sur <b>Ctrl+F</b> ou sur <b>⌘-F</b> (Mac), puis utilisez la barre de recherche.')}
    def gcache(name, key, orig, when, original, exp, hl='en'):
        """The 2016-era header (its own head with <base>), then the original document, doctype and all."""
        cache_of, snap, (c1, c2, c3), learn, full, text, src, tip = GC[hl]
        k = 'bN015htcoyT'
        q = f'http://webcache.googleusercontent.com/search?q=cache:{key}:{orig.split("://")[1]}&amp;hl={hl}&amp;gl={hl}'
        style = (f'<style>body{{margin-left:0;margin-right:0;margin-top:0}}#{k}__google-cache-hdr{{background:#f5f5f5;font:13px arial,sans-serif;text-align:left;color:#202020;border:0;margin:0;border-bottom:1px solid #cecece;line-height:16px;padding:16px 28px 24px 28px}}'
                 f'#{k}__google-cache-hdr *{{display:inline;font:inherit;text-align:inherit;color:inherit;line-height:inherit;background:none;border:0;margin:0;padding:0;letter-spacing:0}}#{k}__google-cache-hdr a{{text-decoration:none;color:#1a0dab}}'
                 f'#{k}__google-cache-hdr a:hover{{text-decoration:underline}}#{k}__google-cache-hdr a:visited{{color:#609}}#{k}__google-cache-hdr div{{display:block;margin-top:4px}}#{k}__google-cache-hdr b{{font-weight:bold;display:inline-block;direction:ltr}}</style>')
        html = (f'<html dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><base href="{orig}">{style}</head><body>'
                f'<div id="{k}__google-cache-hdr"><div><span>{cache_of} <a href="{orig}">{orig}</a>.</span>&nbsp;<span>{snap} {when}.</span>&nbsp;<span>{c1} <a href="{orig}">{c2}</a> {c3}</span>&nbsp;'
                f'<a href="http://support.google.com/websearch/bin/answer.py?hl={hl}&amp;p=cached&amp;answer=1687222"><span>{learn}</span>.</a></div>'
                f'<div><span style="display:inline-block;margin-top:8px;margin-right:104px;white-space:nowrap"><span style="margin-right:28px"><span style="font-weight:bold">{full}</span></span>'
                f'<span style="margin-right:28px"><a href="{q}&amp;strip=1&amp;vwsrc=0"><span>{text}</span></a></span><span style="margin-right:28px"><a href="{q}&amp;strip=0&amp;vwsrc=1"><span>{src}</span></a></span></span></div>'
                f'<span style="display:inline-block;margin-top:8px;color:#717171"><span>{tip}</span></span></div><div style="position:relative;">{original}</div>')
        doc(name, html, exp)

    h = 'School crossing patrol returns to Mill Lane'
    t = 'A school crossing patrol will return to Mill Lane from the start of the autumn term after parents collected more than four hundred signatures calling for it to be restored'
    o = 'https://news.example.org/news/2016/08/11/school-crossing-patrol-returns-to-mill-lane/'
    gcache('s14-gc-en', 'Qw3rT9zX1aAJ', o, '14 Aug 2016 09:12:40 GMT',
        f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{h} | Westfield Observer</title><link rel="canonical" href="{o}"><meta property="og:type" content="article">'
        f'<meta property="og:title" content="{h}"><meta property="article:published_time" content="2016-08-11T07:05:00+01:00"><meta name="author" content="Priya Shah"><link rel="stylesheet" href="/assets/css/main.css"></head>'
        '<body class="article"><header class="masthead"><a href="/" class="logo">Westfield Observer</a><nav><a href="/news/">News</a> <a href="/sport/">Sport</a> <a href="/whats-on/">What’s on</a></nav></header>'
        f'<main><article><h1 class="headline">{h}</h1><p class="byline">By Priya Shah</p><p class="date"><time datetime="2016-08-11T07:05:00+01:00">Thursday 11 August 2016 07:05 BST</time></p>'
        '<figure><img src="/images/2016/08/mill-lane-crossing.jpg" width="640" height="360" alt=""><figcaption>Children cross Mill Lane outside the primary school.</figcaption></figure>'
        f'{ps(t, 5)}<aside class="related"><h2>Related articles</h2><ul><li><a href="/news/2016/07/28/speed-limit-review-for-mill-lane/">Speed limit review for Mill Lane</a></li>'
        '<li><a href="/news/2016/06/15/new-pavement-on-church-road/">New pavement on Church Road</a></li></ul></aside></article></main>'
        '<footer>&copy; 2016 Westfield Observer</footer></body></html>',
        {'headline': h, 'authors': ['Priya Shah'], 'published': '2016-08-11', 'captions': ['Children cross Mill Lane outside the primary school'],
         'related': ['/news/2016/07/28/speed-limit-review-for-mill-lane/', '/news/2016/06/15/new-pavement-on-church-road/'], 'canonical': o})

    # The older grey box (2012): no head of its own, search terms highlighted in the page (also inside the headline), no date on the page
    h = 'Swimming club celebrates fifty years'
    t = 'Members past and present of the town swimming club gathered at the leisure centre on Sunday to celebrate fifty years since the first club gala in the old open-air pool'
    o = 'http://news.example.org/sport/swimming-club-celebrates-fifty-years.html'
    hi = lambda w, c: f'<b style="color:black;background-color:#{c}">{w}</b>'
    doc('s14-gc-old-nodate',
        f'<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><base href="{o}"><div style="margin:-1px -1px 0;padding:0;border:1px solid #999;background:#fff">'
        f'<div style="margin:12px;padding:8px;border:1px solid #ccc;background:#eee;font:13px arial,sans-serif;color:#000;font-weight:normal;text-align:left">This is Google&#39;s cache of <a href="{o}" style="text-decoration:underline;color:#00c">{o}</a>. '
        'It is a snapshot of the page as it appeared on 5 May 2013 12:34:56 GMT. The <a href="' + o + '" style="text-decoration:underline;color:#00c">current page</a> could have changed in the meantime. '
        '<a href="http://support.google.com/websearch/bin/answer.py?hl=en&amp;p=cached&amp;answer=1687222" style="text-decoration:underline;color:#00c">Learn more</a><br>'
        '<div style="float:right"><a href="http://webcache.googleusercontent.com/search?q=cache:Zx81kLmN0pQJ:news.example.org/sport/swimming-club-celebrates-fifty-years.html+swimming+club&amp;hl=en&amp;strip=1" style="text-decoration:underline;color:#00c">Text-only version</a></div>'
        '<div>These search terms are highlighted: <span style="background:#ffff66;color:black;font-weight:bold">swimming</span>&nbsp;<span style="background:#a0ffff;color:black;font-weight:bold">club</span>&nbsp;&nbsp;</div></div></div>'
        '<div style="position:relative">'
        f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml"><head><title>{h} - Town Sport</title>'
        '<link href="/css/site.css" rel="stylesheet" type="text/css" /></head><body><div id="wrap"><div id="head"><a href="/"><img src="/img/townsport.gif" alt="Town Sport" /></a></div>'
        f'<div id="main"><h1>{hi("Swimming", "ffff66")} {hi("club", "a0ffff")} celebrates fifty years</h1><div class="author">Words: Mark Lowe</div>'
        + ''.join(f'<p>Members past and present of the town {hi("swimming", "ffff66")} {hi("club", "a0ffff")} gathered at the leisure centre on Sunday to celebrate fifty years since the first {hi("club", "a0ffff")} gala in the old open-air pool ({i}).</p>' for i in range(5))
        + '<div class="seealso"><strong>See also</strong><ul><li><a href="/sport/new-diving-boards-at-the-leisure-centre.html">New diving boards at the leisure centre</a></li>'
        '<li><a href="/sport/county-gala-results.html">County gala results</a></li></ul></div></div><div id="foot">Town Sport &middot; <a href="/contact.html">Contact</a></div></div></body></html></div>',
        {'headline': h, 'authors': ['Mark Lowe'], 'published': '',
         'related': ['/sport/new-diving-boards-at-the-leisure-centre.html', '/sport/county-gala-results.html']})

    # French: header in French ("le 5 mai 2013 12:34:56 GMT"), the page's own JSON-LD and "Publié le 3 mai 2013"
    h = 'La piscine municipale rouvre après travaux'
    t = 'Fermée depuis l’automne pour le remplacement de sa toiture, la piscine municipale rouvre samedi avec un bassin d’apprentissage agrandi et de nouveaux vestiaires'
    o = 'http://news.example.org/sports/2013/05/03/la-piscine-municipale-rouvre-apres-travaux_8841.html'
    ld = json.dumps({'@context': 'http://schema.org', '@type': 'NewsArticle', 'headline': h, 'datePublished': '2013-05-03T10:15:00+02:00', 'author': {'@type': 'Person', 'name': 'Sophie Girard'},
                     'mainEntityOfPage': o}, ensure_ascii=False)
    gcache('s14-gc-fr', 'Hn5cV2bLq0wJ', o, '5 mai 2013 12:34:56 GMT',
        f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{h} - L’Écho du Canton</title><link rel="canonical" href="{o}"><script type="application/ld+json">{ld}</script></head>'
        '<body><div class="entete"><a href="/">L’Écho du Canton</a> <a href="/actualite/">Actualité</a> <a href="/sports/">Sports</a></div>'
        f'<div class="article"><h1>{h}</h1><p class="meta">Par Sophie Girard | Publié le 3 mai 2013</p>{ps(t, 5)}'
        '<div class="voir-aussi"><h3>Voir aussi</h3><ul><li><a href="/sports/2013/01/14/la-toiture-de-la-piscine-sera-remplacee_8102.html">La toiture de la piscine sera remplacée</a></li>'
        '<li><a href="/sports/2012/10/22/piscine-fermeture-prolongee_7730.html">Piscine : fermeture prolongée</a></li></ul></div></div></body></html>',
        {'headline': h, 'authors': ['Sophie Girard'], 'published': '2013-05-03',
         'related': ['/sports/2013/01/14/la-toiture-de-la-piscine-sera-remplacee_8102.html', '/sports/2012/10/22/piscine-fermeture-prolongee_7730.html'], 'canonical': o}, hl='fr')

    # ---------------------------------------------------------------- reader views
    def fx_reader(name, lang, title, href, credits, minutes, content, exp):
        """Firefox Reader View, saved with Save Page As: toolbar, reader header, Readability's output (classes stripped)."""
        html = ('<!DOCTYPE html>\n<html lang="' + lang + '" dir="ltr"><head><meta http-equiv="Content-Security-Policy" content="default-src chrome:; img-src data: *; media-src *; object-src \'none\'">'
                '<meta content="text/html; charset=UTF-8" http-equiv="content-type"><meta name="viewport" content="width=device-width; user-scalable=0">'
                '<link rel="stylesheet" href="chrome://global/skin/aboutReader.css" type="text/css"><link rel="stylesheet" href="chrome://global/skin/aboutReaderContent.css" type="text/css">'
                f'<link rel="stylesheet" href="chrome://pocket/content/pocket-reader.css" type="text/css"><title>{title}</title></head>'
                '<body class="light sans-serif loaded" style="--font-size: 20px; --content-width: 30em; --line-height: 1.6em;"><div class="top-anchor"></div>'
                '<div id="toolbar" class="toolbar-container"><div class="toolbar reader-toolbar"><div class="reader-controls" data-l10n-id="reader-toolbar">'
                '<button class="close-button toolbar-button" aria-label="Close Reader View" data-telemetry-id="reader-close"><span class="hover-label">Close Reader View</span></button>'
                '<ul class="dropdown style-dropdown"><li><button class="dropdown-toggle toolbar-button style-button" aria-label="Type controls"><span class="hover-label">Type controls</span></button></li></ul>'
                '<button class="narrate-toggle toolbar-button" aria-label="Listen"><span class="hover-label">Listen</span></button>'
                '<button class="pocket-button toolbar-button" aria-label="Save to Pocket"><span class="hover-label">Save to Pocket</span></button></div></div></div>'
                '<div class="container" style="--font-size: 20px; --content-width: 30em;">'
                f'<div class="header reader-header reader-show-element"><a class="domain reader-domain" href="{href}">news.example.org</a><div class="domain-border"></div>'
                f'<h1 class="reader-title">{title}</h1><div class="credits reader-credits">{credits}</div>'
                f'<div class="meta-data"><div class="reader-estimated-time" data-l10n-id="about-reader-estimated-read-time" data-l10n-args="{{&quot;range&quot;:&quot;{minutes}&quot;,&quot;rangePlural&quot;:&quot;other&quot;}}">{minutes} minutes</div></div></div>'
                '<hr><div class="content"><div class="moz-reader-content reader-show-element"><div id="readability-page-1" class="page">' + content + '</div></div></div>'
                '<div><div class="reader-message"></div></div><div aria-owns="toolbar"></div></div></body></html>')
        doc(name, html, exp)
    h = 'Night buses to run at weekends from March'
    t = 'Night buses will run every half hour on Friday and Saturday nights from the start of March, linking the town centre with the university campus and the hospital'
    fx_reader('s14-fx-reader', 'en', h, 'https://news.example.org/transport/2019/02/14/night-buses-to-run-at-weekends/', 'By Anna Park', '3–4',
        '<div><p><time datetime="2019-02-14T07:30:00Z">14 February 2019</time></p>'
        '<figure><img src="https://news.example.org/images/2019/02/night-bus.jpg" alt=""><figcaption>A night bus waits at the town centre interchange. Photograph: Lee Dawson</figcaption></figure>'
        f'{ps(t, 6)}</div>',
        {'headline': h, 'authors': ['Anna Park'], 'published': '2019-02-14', 'captions': ['A night bus waits at the town centre interchange']})
    h = 'El mercado de abastos amplía su horario'
    t = 'El mercado de abastos abrirá también los sábados por la tarde a partir de junio, después de que los comerciantes votaran a favor de la propuesta en la última asamblea'
    fx_reader('s14-fx-reader-nodate', 'es', h, 'https://news.example.org/ciudad/el-mercado-de-abastos-amplia-su-horario-66120', 'Marta Soler', '2–3',
        f'<div>{ps(t, 2)}<figure><img src="https://news.example.org/fotos/mercado-abastos.jpg" alt=""><figcaption>Puestos de fruta en la nave central del mercado.</figcaption></figure>{ps(t, 3)}</div>',
        {'headline': h, 'authors': ['Marta Soler'], 'published': '', 'captions': ['Puestos de fruta en la nave central del mercado']})

    # Safari Reader
    h = 'Harbour festival returns after two-year break'
    t = 'The harbour festival will return on the second weekend of August after a two-year break, with tall ships, a seafood market and music on the quay until late'
    doc('s14-safari-reader',
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{h}</title>'
        '<style id="article-content">#article{max-width:42em;margin:0 auto}.page{font:20px -apple-system-font,serif}.metadata{color:#777}</style></head>'
        '<body class="system watch"><div id="background"><div id="article" role="article" tabindex="0" class="exported"><div class="page" style="-webkit-hyphens: auto;">'
        f'<h1 class="title">{h}</h1><div class="metadata singleline"><div class="byline">Tom Reilly</div><div class="date">Jul 6, 2018</div></div>'
        f'<div>{ps(t, 6)}</div></div></div></div></body></html>',
        {'headline': h, 'authors': ['Tom Reilly'], 'published': '2018-07-06'})

    # Pocket's reader, saved from the web app: hashed classes, "by", domain, reading time, tags, actions, RIL_ image with caption and cite; no date
    h = 'Why the old cinema is finally being restored'
    t = 'After two decades behind hoardings the Regal on Station Street is being restored by a community trust that raised the money one screening at a time in the church hall'
    u = 'https://news.example.org/arts/why-the-old-cinema-is-finally-being-restored'
    doc('s14-pocket',
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{h}</title>'
        '<link rel="stylesheet" href="https://getpocket.com/web-client/_next/static/css/1f3a9c.css"></head><body><div id="__next"><div class="css-hj5dtb">'
        '<header class="css-1dqpmoj"><a href="/saves" class="css-k008qs" aria-label="Back to Saves">Back</a><div class="css-7r9ij6"><button aria-label="Archive">Archive</button><button aria-label="Favorite">Favorite</button>'
        '<button aria-label="Tag">Tag</button><button aria-label="Delete">Delete</button><button aria-label="Share">Share</button><button aria-label="Display settings">Aa</button></div></header>'
        f'<main class="css-1ty2j2d"><article class="css-14j5ve9"><header class="css-fy7mbk"><h1 class="css-1o1zzt0">{h}</h1><div class="css-1ypi6p7">'
        f'<div class="css-byline"><span>by <span class="css-author">Joe Brandt</span></span> <span>·</span> <a href="{u}" target="_blank" rel="noopener noreferrer">news.example.org</a> <span>·</span> <span>6 min</span></div>'
        f'<a class="css-view-original" href="{u}" target="_blank" rel="noopener noreferrer">View Original</a></div><div class="css-tags"><a href="/saves/tags/arts">arts</a> <a href="/saves/tags/local%20history">local history</a></div></header>'
        f'<div class="css-article-content"><div id="RIL_container"><div id="RIL_body"><div lang="en" dir="ltr">{ps(t, 2)}'
        '<div class="RIL_IMG" id="RIL_IMG_1"><figure><img src="https://pocket-image-cache.com//filters:format(jpg):extract_focal()/https%3A%2F%2Fnews.example.org%2Fimages%2Fregal-foyer.jpg" alt="">'
        f'<figcaption>The foyer of the Regal, closed since 1998. <cite>Photo: Nina Holt</cite></figcaption></figure></div>{ps(t, 3)}</div></div></div></div></article></main></div></div></body></html>',
        {'headline': h, 'authors': ['Joe Brandt'], 'published': '', 'captions': ['The foyer of the Regal'], 'credits': ['Nina Holt']})

    # Instapaper's read view: titlebar with "domain · author · date"
    h = 'Village shop saved by community buy-out'
    t = 'The last shop in the village will stay open after more than two hundred residents bought shares in a community company that will run it with a manager and a rota of volunteers'
    doc('s14-instapaper',
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{h}</title><link rel="stylesheet" href="https://www.instapaper.com/static/css/read.css"></head>'
        '<body class="text_view"><div id="controlbar_container"><div id="controlbar"><a class="js_archive" href="/archive/1403412281">Archive</a> <a class="js_like" href="/like/1403412281">Like</a> '
        '<a class="js_share" href="#share">Share</a> <a class="js_text_settings" href="#settings">Aa</a> <a href="/u">Home</a></div></div>'
        f'<div class="page_wrapper"><div id="titlebar"><h1>{h}</h1><div class="metadata"><a class="original" href="https://news.example.org/villages/village-shop-saved-by-community-buy-out">news.example.org</a> · Lucy Hart · May 5, 2013</div></div>'
        f'<div id="story">{ps(t, 6)}</div><div class="bottom_controls"><a href="/archive/1403412281">Archive</a> · <a href="/delete/1403412281">Delete</a> · <a href="/read/1403412281/original">View original</a></div></div></body></html>',
        {'headline': h, 'authors': ['Lucy Hart'], 'published': '2013-05-05'})

    # ---------------------------------------------------------------- AMP
    BOILER = ('<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-ms-animation:-amp-start 8s steps(1,end) 0s 1 normal both;'
              'animation:-amp-start 8s steps(1,end) 0s 1 normal both}@-webkit-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-moz-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}'
              '@-ms-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-o-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style>'
              '<noscript><style amp-boilerplate>body{-webkit-animation:none;-moz-animation:none;-ms-animation:none;animation:none}</style></noscript>')
    def amp_scripts(base, *els):
        return (f'<script async src="{base}/v0.js"></script>'
                + ''.join(f'<script async custom-element="{e}" src="{base}/v0/{e}-0.1.js"></script>' for e in els))
    VIEW = '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">'
    def analytics(extra=''):
        return ('<amp-analytics type="googleanalytics" id="analytics1"><script type="application/json">{"vars":{"account":"UA-1234567-1"},'
                f'"triggers":{{"trackPageview":{{"on":"visible","request":"pageview"{extra}}}}}}}</script></amp-analytics>')
    def share(app='1234567890'):
        return ('<div class="share"><amp-social-share type="twitter" width="40" height="40"></amp-social-share>'
                f'<amp-social-share type="facebook" data-param-app_id="{app}" width="40" height="40"></amp-social-share>'
                '<amp-social-share type="whatsapp" width="40" height="40"></amp-social-share><amp-social-share type="email" width="40" height="40"></amp-social-share></div>')

    # English with JSON-LD: carousel of captioned slides, a figure further down, related links to AMP versions
    h = 'Stadium roof to be replaced before next season'
    t = 'The roof over the east and west stands will be replaced during the summer so that the ground can reopen in full for the first home match of next season, the club said'
    o = 'https://news.example.org/sport/2019/05/05/stadium-roof-to-be-replaced.html'
    ld = json.dumps({'@context': 'https://schema.org', '@type': 'NewsArticle', 'mainEntityOfPage': o, 'headline': h, 'datePublished': '2019-05-05T09:30:00Z', 'dateModified': '2019-05-05T11:02:00Z',
                     'author': {'@type': 'Person', 'name': 'Kim Wells'}, 'image': ['https://news.example.org/images/2019/05/roof-1.jpg'],
                     'publisher': {'@type': 'Organization', 'name': 'The Town Crier', 'logo': {'@type': 'ImageObject', 'url': 'https://news.example.org/img/logo-amp.png', 'width': 600, 'height': 60}}})
    doc('s14-amp-en-jsonld',
        f'<!doctype html><html ⚡ lang="en"><head><meta charset="utf-8">{amp_scripts("https://cdn.ampproject.org", "amp-carousel", "amp-social-share", "amp-analytics", "amp-sidebar")}'
        f'<title>{h} - The Town Crier</title><link rel="canonical" href="{o}">{VIEW}<script type="application/ld+json">{ld}</script>'
        f'<style amp-custom>body{{font-family:Georgia,serif;margin:0}}header{{background:#003366;padding:8px}}figcaption{{font-size:13px;color:#666}}</style>{BOILER}</head><body>{analytics()}'
        '<header class="amp-header"><a href="/amp/"><amp-img src="/img/logo-amp.png" width="180" height="40" alt="The Town Crier"></amp-img></a><button on="tap:sidebar.toggle">Menu</button></header>'
        '<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul><li><a href="/amp/news/">News</a></li><li><a href="/amp/sport/">Sport</a></li><li><a href="/amp/weather/">Weather</a></li></ul></amp-sidebar>'
        f'<article><h1>{h}</h1><div class="byline">By Kim Wells</div><time datetime="2019-05-05T09:30:00Z">5 May 2019</time>'
        '<amp-carousel type="slides" width="640" height="420" layout="responsive" controls>'
        '<figure><amp-img src="/images/2019/05/roof-1.jpg" width="640" height="380" layout="responsive" alt="The old roof"></amp-img><figcaption>Workers inspect the old stadium roof on Friday.</figcaption></figure>'
        '<figure><amp-img src="/images/2019/05/roof-2.jpg" width="640" height="380" layout="responsive" alt="The east stand"></amp-img><figcaption>The east stand will be covered first.</figcaption></figure></amp-carousel>'
        f'{ps(t, 3)}<figure><amp-img src="/images/2019/05/roof-plan.jpg" width="640" height="360" layout="responsive" alt=""></amp-img><figcaption>An artist’s impression of the new roof. Image: Hart Architects</figcaption></figure>{ps(t, 2)}'
        f'{share()}<section class="related"><h2>Related stories</h2><ul><li><a href="/amp/sport/2019/04/20/club-confirms-stadium-plans.html">Club confirms stadium plans</a></li>'
        '<li><a href="/amp/sport/2019/03/02/fans-vote-on-new-stand-name.html">Fans vote on a name for the new stand</a></li></ul></section></article>'
        f'<footer><a href="{o}">View full site</a> · © 2019 The Town Crier</footer></body></html>',
        {'headline': h, 'authors': ['Kim Wells'], 'published': '2019-05-05',
         'captions': ['Workers inspect the old stadium roof', 'The east stand will be covered first', 'An artist’s impression of the new roof'],
         'related': ['/amp/sport/2019/04/20/club-confirms-stadium-plans.html', '/amp/sport/2019/03/02/fans-vote-on-new-stand-name.html'], 'canonical': o})

    # German AMP without JSON-LD: <time> with "05.05.2019, 10:00 Uhr", "Von", figcaption with "Foto:"; analytics JSON carrying a page name
    h = 'Stadtbibliothek verlängert Öffnungszeiten'
    t = 'Die Stadtbibliothek öffnet ab Juni auch montags und bleibt donnerstags bis zwanzig Uhr geöffnet, weil der Lesesaal in den Prüfungswochen regelmäßig voll besetzt ist'
    o = 'https://news.example.org/lokales/stadtbibliothek-verlaengert-oeffnungszeiten-id4471.html'
    doc('s14-amp-de',
        f'<!doctype html><html amp lang="de"><head><meta charset="utf-8">{amp_scripts("https://cdn.ampproject.org", "amp-social-share", "amp-analytics")}'
        f'<title>{h} | Stadtanzeiger</title><link rel="canonical" href="{o}">{VIEW}<style amp-custom>body{{font-family:Arial,sans-serif}}</style>{BOILER}</head>'
        '<body>' + analytics(', "vars": {"title": "lokales:stadtbibliothek"}')
        + ''
        '<header><a href="/amp/"><amp-img src="/img/stadtanzeiger.png" width="200" height="36" alt="Stadtanzeiger"></amp-img></a></header>'
        f'<main><article><p class="kicker">Lokales</p><h1>{h}</h1><p class="meta">Von Lukas Brandt · <time datetime="2019-05-05T10:00:00+02:00">05.05.2019, 10:00 Uhr</time></p>'
        '<figure><amp-img src="/bilder/2019/05/lesesaal.jpg" width="800" height="533" layout="responsive" alt="Lesesaal"></amp-img><figcaption>Der Lesesaal der Stadtbibliothek ist in den Prüfungswochen oft voll. Foto: Anna Weber</figcaption></figure>'
        f'{ps(t, 5)}{share()}</article></main><footer>© Stadtanzeiger 2019 · <a href="/impressum/">Impressum</a> · <a href="{o}">Zur Desktop-Version</a></footer></body></html>',
        {'headline': h, 'authors': ['Lukas Brandt'], 'published': '2019-05-05', 'captions': ['Der Lesesaal der Stadtbibliothek'], 'credits': ['Anna Weber'], 'canonical': o})

    # Spanish AMP saved from the AMP cache: runtime and images on the cache host, links to the site's AMP versions
    h = 'El ayuntamiento planta mil árboles en el parque fluvial'
    t = 'Voluntarios y técnicos municipales plantaron el domingo mil árboles autóctonos en el parque fluvial, dentro de un plan que quiere duplicar la sombra en la ribera en diez años'
    o = 'https://news.example.org/local/2019/05/05/mil-arboles-parque-fluvial.html'
    cache = 'https://news-example-org.cdn.ampproject.org'
    doc('s14-amp-es-cache',
        f'<!doctype html><html ⚡ lang="es"><head><meta charset="utf-8">{amp_scripts(cache, "amp-social-share", "amp-analytics")}'
        f'<title>{h} | Diario de la Ribera</title><link rel="canonical" href="{o}">{VIEW}<style amp-custom>body{{font-family:Helvetica,Arial,sans-serif}}</style>{BOILER}</head>'
        f'<body>{analytics()}<header><a href="https://news.example.org/amp/"><amp-img src="{cache}/i/s/news.example.org/img/diario-ribera.png" width="220" height="40" alt="Diario de la Ribera"></amp-img></a></header>'
        f'<article><h1>{h}</h1><div class="autor">Por Andrés Molina</div><div class="fecha">05/05/2019 - 12:10</div>'
        f'<figure><amp-img src="{cache}/i/s/news.example.org/fotos/2019/05/plantacion.jpg" width="800" height="533" layout="responsive" alt=""></amp-img><figcaption>Voluntarios durante la plantación en la orilla norte del río. Foto: Pilar Navarro</figcaption></figure>'
        f'{ps(t, 5)}{share()}<div class="relacionadas"><h3>Noticias relacionadas</h3><ul><li><a href="https://news.example.org/local/2019/03/21/la-ribera-tendra-nuevo-carril-bici.amp.html">La ribera tendrá un nuevo carril bici</a></li>'
        '<li><a href="https://news.example.org/local/2019/02/10/limpieza-del-cauce-del-rio.amp.html">Comienza la limpieza del cauce del río</a></li></ul></div></article>'
        f'<footer>© 2019 Diario de la Ribera · <a href="{o}">Versión completa</a></footer></body></html>',
        {'headline': h, 'authors': ['Andrés Molina'], 'published': '2019-05-05', 'captions': ['Voluntarios durante la plantación'], 'credits': ['Pilar Navarro'],
         'related': ['/local/2019/03/21/la-ribera-tendra-nuevo-carril-bici.amp.html', '/local/2019/02/10/limpieza-del-cauce-del-rio.amp.html'], 'canonical': o})

    # WordPress AMP plugin, classic reader template: amp-wp-* classes, gravatar amp-img, "2 years ago" with a datetime, amp-img with noscript fallback, "Back to top"
    h = 'Seed swap draws record crowd'
    t = 'More than a hundred gardeners came to the village hall on Saturday to swap seeds, seedlings and advice, the largest turnout since the seed swap was first held eight years ago'
    o = 'https://news.example.org/2016/03/08/seed-swap-draws-record-crowd/'
    ld = json.dumps({'@context': 'http://schema.org', 'publisher': {'@type': 'Organization', 'name': 'Riverside Allotments'}, '@type': 'BlogPosting', 'mainEntityOfPage': o, 'headline': h,
                     'datePublished': '2016-03-08T19:42:00+00:00', 'dateModified': '2016-03-09T08:10:11+00:00', 'author': {'@type': 'Person', 'name': 'Ellen Marsh'}})
    img = lambda src, w, hh, cls: (f'<amp-img width="{w}" height="{hh}" src="{src}" class="{cls} amp-wp-enforced-sizes" alt="" layout="intrinsic">'
                                   f'<noscript><img width="{w}" height="{hh}" src="{src}" alt=""></noscript></amp-img>')
    doc('s14-amp-wp-legacy',
        f'<!doctype html><html amp lang="en-US"><head><meta charset="utf-8">{VIEW}{amp_scripts("https://cdn.ampproject.org")}<link rel="shortcut icon" href="/wp-content/uploads/2016/01/cropped-icon-32x32.png">'
        f'<title>{h} &#8211; Riverside Allotments</title><link rel="canonical" href="{o}"><script type="application/ld+json">{ld}</script>'
        f'<style amp-custom>.amp-wp-header{{background:#0a89c0}}.amp-wp-meta{{color:#53565a;font-size:.875em}}</style>{BOILER}</head><body class="">'
        '<header id="top" class="amp-wp-header"><div><a href="https://news.example.org/">Riverside Allotments</a></div></header>'
        f'<article class="amp-wp-article"><header class="amp-wp-article-header"><h1 class="amp-wp-title">{h}</h1>'
        '<div class="amp-wp-meta amp-wp-byline"><amp-img src="https://secure.gravatar.com/avatar/5d41402abc4b2a76?s=72&amp;d=mm&amp;r=g" width="24" height="24" layout="fixed"></amp-img><span class="amp-wp-author author vcard">Ellen Marsh</span></div>'
        '<div class="amp-wp-meta amp-wp-posted-on"><time datetime="2016-03-08T19:42:00+00:00">2 years ago</time></div></header>'
        f'<figure class="amp-wp-article-featured-image wp-caption">{img("/wp-content/uploads/2016/03/seed-swap-1024x683.jpg", 1024, 683, "attachment-large size-large wp-post-image")}</figure>'
        f'<div class="amp-wp-article-content">{ps(t, 2)}<figure id="attachment_301" class="wp-caption aligncenter">{img("/wp-content/uploads/2016/03/seedlings-640x427.jpg", 640, 427, "size-large wp-image-301")}'
        f'<figcaption class="wp-caption-text">Trays of seedlings on the tables in the village hall.</figcaption></figure>{ps(t, 3)}</div>'
        '<footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-category">Categories: <a href="https://news.example.org/category/news/" rel="category tag">News</a></div>'
        '<div class="amp-wp-meta amp-wp-tax-tag">Tags: <a href="https://news.example.org/tag/seeds/" rel="tag">seeds</a></div>'
        f'<div class="amp-wp-meta amp-wp-comments-link"><a href="{o}#respond">Leave a Comment</a></div></footer></article>'
        '<footer class="amp-wp-footer"><div><h2>Riverside Allotments</h2><a href="#top" class="back-to-top">Back to top</a></div></footer></body></html>',
        {'headline': h, 'authors': ['Ellen Marsh'], 'published': '2016-03-08', 'captions': ['Trays of seedlings on the tables in the village hall'], 'canonical': o})

    # ---------------------------------------------------------------- print views
    # Drupal 6 print module: "Published on <site> (url)", print-title, "Submitted by X on Thu, 04/18/2013 - 09:20", Source URL, numbered link list
    h = 'Parish council backs new footpath'
    t = 'The parish council voted on Tuesday to support a new footpath along the old railway line between the village and the station, subject to the landowners agreeing a route'
    o = 'http://news.example.org/news/parish-council-backs-new-footpath'
    doc('s14-print-drupal',
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en" dir="ltr"><head>'
        f'<meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>{h} | Millbrook Parish News</title><meta name="robots" content="noindex, nofollow" />'
        '<link rel="shortcut icon" href="/misc/favicon.ico" type="image/x-icon" /><link type="text/css" rel="stylesheet" media="all" href="/sites/all/modules/print/css/print.css" /></head><body>'
        '<div class="print-logo"><img class="print-logo" src="/sites/default/files/millbrook_logo.png" alt="" id="logo" /></div>'
        '<div class="print-site_name">Published on <em>Millbrook Parish News</em> (<a href="http://news.example.org">http://news.example.org</a>)</div><p />'
        '<div class="print-breadcrumb"><a href="/">Home</a> &gt; <a href="/news">News</a></div><hr class="print-hr" />'
        f'<h1 class="print-title">{h}</h1><div class="print-content"><div class="node"><span class="submitted">Submitted by Kate Morgan on Thu, 04/18/2013 - 09:20</span>'
        f'<div class="content">{ps(t, 3)}<p>Residents can still comment in the <a href="/news/footpath-consultation-opens">consultation</a> <span class="print-footnote">[1]</span> until the end of the month.</p>{ps(t, 1)}</div></div></div>'
        '<div class="print-taxonomy"><ul class="links inline"><li class="taxonomy_term_12 first last"><a href="/category/news/footpaths" rel="tag">Footpaths</a></li></ul></div>'
        '<div class="print-footer">Millbrook Parish News, The Old School, Church Lane, Millbrook</div><hr class="print-hr" />'
        f'<div class="print-source_url"><strong>Source URL:</strong> <a href="{o}">{o}</a></div>'
        '<div class="print-links"><p><strong>Links:</strong><br />[1] http://news.example.org/news/footpath-consultation-opens<br /></p></div></body></html>',
        {'headline': h, 'authors': ['Kate Morgan'], 'published': '2013-04-18', 'related': []})

    # WP-Print: headline in p#BlogTitle, "Posted By X On May 5, 2013 @ 11:51 am In News | No Comments", "Article printed from", "URL to article", "URLs in this post", "Click here to print."
    h = 'Bakery on High Street wins regional award'
    t = 'The family bakery on High Street has won the regional award for the best traditional loaf, two years after the third generation of the family took over the ovens'
    o = 'http://news.example.org/2013/05/05/bakery-on-high-street-wins-regional-award/'
    doc('s14-print-wp',
        f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="en-US"><head>'
        f'<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><meta name="Robots" content="noindex, nofollow" /><title>The Valley Courier &raquo; {h} &raquo; Print</title>'
        '<link rel="stylesheet" href="/wp-content/plugins/wp-print/print-css.css" type="text/css" media="screen, print" /></head><body>'
        '<p style="text-align: center;"><strong>- The Valley Courier - <span dir="ltr">http://news.example.org</span> -</strong></p>'
        f'<div class="Center"><div id="Outline"><p id="BlogTitle">{h}</p><p id="BlogDate">Posted By <u>Sarah Quinn</u> On May 5, 2013 @ 11:51 am In <u>Business</u> | <u>No Comments</u></p>'
        f'<div id="BlogContent">{ps(t, 3)}<p>The bakery also took part in the <u>spring food fair</u> [1] last month.</p>{ps(t, 1)}</div></div></div><hr class="Divider" style="text-align: center;" />'
        f'<p>Article printed from The Valley Courier: <strong dir="ltr">http://news.example.org</strong></p><p>URL to article: <strong dir="ltr">{o}</strong></p>'
        '<p>URLs in this post:<br />[1] spring food fair: <strong dir="ltr">http://news.example.org/2013/04/14/spring-food-fair-returns/</strong><br /></p>'
        '<p style="text-align: right;" id="print-link">Click <a href="#Print" onclick="window.print(); return false;" title="Click here to print.">here</a> to print.</p>'
        '<p style="text-align: center;">Copyright &copy; 2013 The Valley Courier. All rights reserved.</p></body></html>',
        {'headline': h, 'authors': ['Sarah Quinn'], 'published': '2013-05-05', 'related': []})

    # ---------------------------------------------------------------- mobile sites
    h = 'Town centre car park to get charging points'
    t = 'Twenty charging points for electric cars will be installed on the ground floor of the Bridge Street car park over the summer, paid for with a grant from the county'
    o = 'https://news.example.org/news/local/2013/05/05/car-park-charging-points.html'
    doc('s14-m-en',
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{h} - Valley Courier Mobile</title>'
        f'<link rel="canonical" href="{o}"><link rel="stylesheet" href="/m/css/mobile.css"></head><body><a name="top"></a>'
        '<div class="m-header"><a href="/"><img src="/m/img/logo-small.png" alt="Valley Courier" width="160" height="30"></a> <a href="/m/menu" class="m-menu">Menu</a> <a href="/m/search" class="m-search">Search</a></div>'
        f'<div class="m-section">Local</div><div class="m-article"><h1>{h}</h1><div class="m-meta">By Neil Carter · 5 May 2013, 11:51</div>'
        '<div class="m-img"><img src="/m/photos/2013/05/car-park-320.jpg" width="320" height="213" alt=""><p class="m-caption">The multi-storey car park on Bridge Street.</p></div>'
        f'{ps(t, 5)}<div class="m-share">Share: <a href="sms:?body=https%3A%2F%2Fnews.example.org%2Fnews%2Flocal">Text</a> <a href="mailto:?subject=Car%20park">Email</a></div></div>'
        '<div class="m-related"><h2>Related</h2><ul><li><a href="/news/local/2013/04/12/electric-buses-trial.html">Electric buses trial begins</a></li><li><a href="/news/local/2013/03/20/parking-charges-frozen.html">Parking charges frozen for a year</a></li></ul></div>'
        '<div class="m-latest"><h2>Latest news</h2><ul><li><span>11:40</span> <a href="/news/local/2013/05/05/road-closed-for-fun-run.html">Road closed for fun run</a></li><li><span>10:05</span> <a href="/sport/2013/05/05/tigers-draw.html">Tigers held to a draw</a></li></ul></div>'
        f'<div class="m-footer"><a href="#top">Back to top</a> | <a href="{o}?nomobile=1">Switch to desktop site</a><p>© 2013 The Valley Courier</p></div></body></html>',
        {'headline': h, 'authors': ['Neil Carter'], 'published': '2013-05-05', 'captions': ['The multi-storey car park on Bridge Street'],
         'related': ['/news/local/2013/04/12/electric-buses-trial.html', '/news/local/2013/03/20/parking-charges-frozen.html'], 'canonical': o})

    # Italian mobile site with only a relative time ("Aggiornato 2 ore fa"): no date a reader could name
    h = 'Chiude per lavori il sottopasso della stazione'
    t = 'Il sottopasso pedonale della stazione resterà chiuso per tre settimane per il rifacimento dell’impianto di illuminazione e della pavimentazione, con un percorso alternativo segnalato'
    doc('s14-m-it-relative',
        f'<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{h} - Gazzetta della Valle mobile</title></head><body id="su">'
        '<div class="testata"><a href="/"><img src="/m/img/gazzetta.png" alt="Gazzetta della Valle" width="150" height="28"></a> <a href="/m/sezioni">Sezioni</a></div>'
        f'<div class="articolo"><span class="sezione">Cronaca</span><h1>{h}</h1><div class="info"><span class="firma">di Giulia Neri</span> · <span class="aggiornato">Aggiornato 2 ore fa</span></div>{ps(t, 5)}</div>'
        '<div class="ultime"><h3>Ultime notizie</h3><ul><li><a href="/cronaca/incidente-sulla-provinciale-3311">Incidente sulla provinciale, due feriti</a> <span>45 min fa</span></li><li><a href="/sport/derby-rinviato-3309">Derby rinviato per pioggia</a> <span>3 ore fa</span></li></ul></div>'
        '<div class="piede"><a href="#su">Torna su</a> · <a href="/?versione=desktop">Versione desktop</a><p>© Gazzetta della Valle - P.IVA 09876543210</p></div></body></html>',
        {'headline': h, 'authors': ['Giulia Neri'], 'published': ''})

    # ---------------------------------------------------------------- feed readers
    # Feedly, saved item: the page title is the reader's, source name and "by", "2h" with Published/Received in the title attribute
    h = 'Lifeboat crew rescue two walkers cut off by the tide'
    t = 'The inshore lifeboat was launched late on Saturday evening after two walkers were cut off by the rising tide below the cliffs at the north end of the bay'
    u = 'https://news.example.org/2013/05/04/lifeboat-crew-rescue-two-walkers/'
    doc('s14-feedly',
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Saved For Later | feedly</title><link rel="stylesheet" href="https://s3.feedly.com/production/head/web/feedly.css"></head>'
        '<body class="home"><div id="feedlyFrame"><div id="feedlyTabsHolder"><div class="tab">Today</div><div class="tab selected">Read Later</div><div class="feeds"><div class="feed">Harbour Notes <span class="unread">12</span></div>'
        '<div class="feed">The Valley Courier <span class="unread">30</span></div></div></div><div id="feedlyPage"><div class="ReadLater"><h1 class="title">Saved For Later</h1>'
        f'<div class="entry u100 selected" data-alternate-link="{u}"><div class="entryHolder"><div class="u100Entry"><div class="entryHeader">'
        f'<a class="entryTitle title read" href="{u}" target="_blank">{h}</a><div class="metadata"><a class="source" href="/i/subscription/feed%2Fhttps%3A%2F%2Fnews.example.org%2Ffeed%2F">Harbour Notes</a> '
        '<span class="authors">by Fiona Grant</span> / <span class="ago" title="Published: Sat, 04 May 2013 23:40:05 GMT&#10;Received: Sun, 05 May 2013 00:12:41 GMT">2h</span></div></div>'
        f'<div class="entryBody"><div class="content">{ps(t, 5)}</div></div>'
        f'<div class="entryFooter"><button class="saved">Saved For Later</button> <button>Mark as read</button> <a href="{u}" target="_blank">Visit Website</a></div></div></div></div></div></div></div></body></html>',
        {'headline': h, 'authors': ['Fiona Grant'], 'published': '2013-05-04'})

    # Inoreader, read-later item: feed title link, "by", "1d" with Received before Published in the title attribute
    h = 'Bridge repairs finished two weeks early'
    t = 'Repairs to the river bridge on the ring road were finished two weeks ahead of schedule and both lanes reopened to traffic on Sunday afternoon, the county said'
    u = 'https://news.example.org/news/2013/05/05/bridge-repairs-finished-early.html'
    doc('s14-inoreader',
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Read later - Inoreader</title><link rel="stylesheet" href="https://www.inoreader.com/css/reader.css"></head>'
        '<body><div id="tree_pane"><div class="tree_item">All articles</div><div class="tree_item selected">Read later</div><div class="tree_item">The Valley Courier (30)</div></div>'
        f'<div id="reader_pane"><div class="article_full_contents"><div class="article_header"><div class="article_title"><a class="article_title_link" href="{u}" target="_blank">{h}</a></div>'
        '<div class="article_sub_title"><a class="article_feed_title" href="/feed/https%3A%2F%2Fnews.example.org%2Frss">The Valley Courier</a> <span class="article_author">by Omar Haddad</span> '
        '<span class="header_date" title="Received: Mon, 06 May 2013 07:02&#10;Published: Sun, 05 May 2013 18:30">1d</span></div></div>'
        f'<div class="article_content">{ps(t, 5)}</div><div class="article_footer"><a class="star_article">Read later</a> <a class="share_article">Share</a> <a href="{u}" target="_blank">Open in new tab</a></div></div></div></body></html>',
        {'headline': h, 'authors': ['Omar Haddad'], 'published': '2013-05-05'})


def set15(P):
    """Article pages in languages and regional CMS layouts the earlier sets
    touch only lightly (Turkish, Indonesian, Malay, Vietnamese, Thai, Hindi,
    Bengali, Urdu, Persian, Hebrew, Ukrainian, Romanian, Hungarian, Finnish,
    Greek, Swahili, Filipino, Croatian, Serbian in both scripts, Lithuanian,
    Latvian, Estonian, Catalan, Norwegian, Slovenian). No JSON-LD and no meta
    tags for the tested fields: everything is found in the text as a reader
    sees it, with the local label words for author, date, update, photo
    credit and related stories, local month names, weekdays, Buddhist-era
    and Jalali years, Devanagari, Bengali and Eastern Arabic digits, and the
    furniture of a real page around the story (most-read lists with their
    own dates, dated comments, tags, share bars, copyright years)."""
    def doc(name, lang, title, body, exp, head='', rtl=False):
        d = ' dir="rtl"' if rtl else ''
        html = (f'<!DOCTYPE html><html lang="{lang}"{d}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
                f'<title>{title}</title>{head}</head><body>{body}</body></html>')
        P.append((name, html, exp))
    ps = lambda *ts: ''.join(f'<p>{t}</p>' for t in ts)
    li = lambda links: ''.join(f'<li><a href="{u}">{x}</a></li>' for u, x in links)
    lid = lambda links: ''.join(f'<li><a href="{u}">{x}</a> <span>{d}</span></li>' for u, x, d in links)

    # --- Turkish: <article class="haber-detay">, "Yazar:", date with weekday after the month, "Güncelleme:" second, İlgili Haberler
    h = 'Sahil yolundaki köprüde bakım çalışması başladı'
    t = ('Büyükşehir belediyesi, sahil yolu üzerindeki eski köprüde kapsamlı bir bakım çalışmasına başladığını açıkladı ve sürücülerin önümüzdeki üç hafta boyunca alternatif güzergahları kullanmasını istedi.',
         'Belediyeden yapılan yazılı açıklamaya göre çalışmalar kapsamında köprünün genleşme derzleri yenilenecek, korkuluklar değiştirilecek ve yaya yolu baştan sona yeniden döşenecek.',
         'Ulaşım dairesi başkanı, trafiğin gece saatlerinde tek şeritten kontrollü olarak verileceğini, sabah ve akşam yoğun saatlerde ise köprünün iki yönde de açık tutulacağını söyledi.',
         'Bölgedeki esnaf ise çalışmaların yaz sezonu başlamadan bitirilmesini istediklerini, aksi halde sahildeki kafe ve restoranlara gelen müşteri sayısının ciddi biçimde düşeceğini belirtti.',
         'Belediye, çalışmaların hava koşullarına bağlı olarak haziran ayının ilk haftasında tamamlanmasını beklediğini ve gelişmelerin her hafta belediyenin resmi internet sitesinden duyurulacağını kaydetti.')
    rel = [('/haber/2024/04/sahil-yoluna-yeni-bisiklet-yolu-4471.html', 'Sahil yoluna yeni bisiklet yolu yapılacak'),
           ('/haber/2024/03/koprulu-kavsakta-trafik-duzenlemesi-4398.html', 'Köprülü kavşakta yeni trafik düzenlemesi')]
    doc('p15-tr-yazar-date', 'tr', f'{h} - Marmara Postası',
        '<header class="ust"><a href="/" class="logo"><img src="/img/logo.png" alt="Marmara Postası" width="220" height="40"></a>'
        '<nav class="menu"><ul><li><a href="/gundem">Gündem</a></li><li><a href="/ekonomi">Ekonomi</a></li><li><a href="/spor">Spor</a></li><li><a href="/yasam">Yaşam</a></li><li><a href="/yazarlar">Yazarlar</a></li></ul></nav></header>'
        '<div class="kapsayici"><article class="haber-detay"><div class="kategori"><a href="/gundem">Gündem</a></div>'
        f'<h1 class="haber-baslik">{h}</h1><h2 class="haber-spot">Sürücülerin üç hafta boyunca alternatif yolları kullanması istendi.</h2>'
        '<div class="haber-bilgi"><span class="yazar">Yazar: <a href="/yazar/mehmet-yildiz">Mehmet Yıldız</a></span> <span class="tarih">15 Mayıs 2024 Çarşamba 11:51</span> '
        '<span class="guncelleme">Güncelleme: 16 Mayıs 2024 Perşembe 09:10</span></div>'
        '<div class="paylas">Paylaş: <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example.org%2Fhaber%2F2024%2F05%2Fkopru-bakim-4512.html">Facebook</a> '
        '<a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fnews.example.org%2Fhaber%2F2024%2F05%2Fkopru-bakim-4512.html">X</a> <a href="whatsapp://send?text=kopru-bakim-4512">WhatsApp</a></div>'
        '<figure class="haber-resim"><img src="/resim/2024/05/kopru-bakim.jpg" width="800" height="450" alt="Köprüde bakım çalışması">'
        '<figcaption>Sahil yolundaki köprüde çalışan ekipler eski asfaltı söküyor. <span class="foto-kaynak">Fotoğraf: Ali Demir</span></figcaption></figure>'
        f'<div class="haber-metni">{ps(*t)}</div>'
        '<div class="etiketler">Etiketler: <a href="/etiket/kopru">köprü</a> <a href="/etiket/trafik">trafik</a> <a href="/etiket/belediye">belediye</a></div>'
        f'<div class="ilgili-haberler"><h3>İlgili Haberler</h3><ul>{li(rel)}</ul></div>'
        '<div class="yorumlar"><h4>Yorumlar (2)</h4><div class="yorum"><b>Kemal T.</b> <span class="yorum-tarih">16.05.2024 08:12</span><p>Nihayet başladılar, korkuluklar yıllardır paslıydı.</p></div>'
        '<div class="yorum"><b>Selin</b> <span class="yorum-tarih">16.05.2024 10:47</span><p>Gece çalışması iyi olmuş ama gürültü ne olacak?</p></div></div></article>'
        '<aside class="sag-blok"><h4>En Çok Okunanlar</h4><ol>'
        + lid([('/haber/2024/05/limanda-yeni-feribot-seferleri-4530.html', 'Limanda yeni feribot seferleri başlıyor', '17.05.2024'),
               ('/haber/2024/05/pazar-yerinde-yangin-4519.html', 'Pazar yerinde korkutan yangın', '16.05.2024'),
               ('/spor/2024/05/sampiyonluk-kutlamasi-4501.html', 'Şampiyonluk kutlaması sahilde yapılacak', '14.05.2024')])
        + '</ol></aside></div>'
        '<footer class="alt"><a href="/kunye">Künye</a> | <a href="/iletisim">İletişim</a> | <a href="/gizlilik">Gizlilik Politikası</a><p>© 2024 Marmara Postası. Tüm hakları saklıdır.</p></footer>',
        {'published': '2024-05-15', 'authors': ['Mehmet Yıldız'], 'headline': h, 'related': [u for u, _ in rel]})

    # --- Turkish, 2009 table layout: headline in td.haberbaslik, "12.03.2009 - 14:22", picture table with "(Fotoğraf: İHA)" under it
    h = 'Öğrenciler okul bahçesine 300 fidan dikti'
    t = ('Kentteki ortaokulun öğrencileri, orman haftası nedeniyle düzenlenen etkinlikte okul bahçesine ve çevresindeki boş araziye toplam üç yüz fidan dikerek örnek bir davranış sergiledi.',
         'Etkinliğe katılan öğretmenler, fidanların her birinin bir öğrenci tarafından sahiplenileceğini ve yaz tatili boyunca sulama işinin nöbetleşe yapılacağını anlattı.',
         'Okul müdürü yaptığı konuşmada, çocukların doğayı sevmeyi ancak toprağa dokunarak öğrenebileceğini söyledi ve destek veren orman işletmesine teşekkür etti.',
         'Fidan dikiminin ardından öğrenciler, bahçede hazırlanan küçük bir sergide çevre konulu resimlerini velilere gösterdi ve gün boyunca çeşitli yarışmalar düzenlendi.')
    doc('p15-tr-table-old', 'tr', f'{h} - Ege Haber',
        '<table width="980" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td colspan="2" class="ust"><a href="/"><img src="/images/egehaber_logo.gif" width="300" height="60" border="0"></a></td></tr>'
        '<tr><td colspan="2" class="menu"><a href="/">Ana Sayfa</a> | <a href="/kategori.asp?id=1">Gündem</a> | <a href="/kategori.asp?id=2">Eğitim</a> | <a href="/kategori.asp?id=3">Spor</a> | <a href="/kategori.asp?id=4">Magazin</a></td></tr>'
        '<tr><td width="200" valign="top" class="solmenu"><table width="100%"><tr><td class="kutubaslik">Son Dakika</td></tr>'
        '<tr><td class="sondakika"><a href="/haber.asp?id=10231">Belediye meclisi toplandı</a><br>13.03.2009</td></tr>'
        '<tr><td class="sondakika"><a href="/haber.asp?id=10227">Liman yolu trafiğe kapatıldı</a><br>12.03.2009</td></tr>'
        '<tr><td class="sondakika"><a href="/haber.asp?id=10219">Kar yağışı uyarısı</a><br>11.03.2009</td></tr></table></td>'
        '<td width="780" valign="top"><table width="100%" cellpadding="4"><tr><td class="haberbaslik">' + h + '</td></tr>'
        '<tr><td class="tarih">12.03.2009 - 14:22 &nbsp; | &nbsp; Okunma: 1.284</td></tr>'
        '<tr><td class="habermetin"><table align="left" width="310" cellpadding="2"><tr><td><img src="/resimler/2009/03/fidan.jpg" width="300" height="220" border="0"></td></tr>'
        '<tr><td class="resimalti">Okulun bahçesinde fidan diken öğrenciler (Fotoğraf: İHA)</td></tr></table>'
        + '<br><br>'.join(t) + '</td></tr>'
        '<tr><td class="arkadasina"><a href="/yazdir.asp?id=10224">Yazdır</a> | <a href="/gonder.asp?id=10224">Arkadaşına Gönder</a></td></tr></table></td></tr>'
        '<tr><td colspan="2" class="alt" align="center">Copyright © 2009 Ege Haber - Her hakkı saklıdır.</td></tr></table>',
        {'headline': h, 'published': '2009-03-12', 'captions': ['Okulun bahçesinde fidan diken öğrenciler'], 'credits': ['İHA']})

    # --- Indonesian: div.berita-isi, "Penulis:" and "Editor:", "Rabu, 15 Mei 2024 | 11:51 WIB", two inline "Baca Juga:" inside the body, caption with a date in it
    h = 'Pemkot Tambah 40 Bus Listrik untuk Rute Pinggiran'
    t = ('Pemerintah kota menambah empat puluh unit bus listrik yang akan melayani rute-rute pinggiran mulai awal bulan depan, setelah uji coba selama tiga bulan dinilai berjalan lancar.',
         'Kepala dinas perhubungan mengatakan bus baru tersebut akan ditempatkan pada enam rute yang selama ini paling sering dikeluhkan warga karena waktu tunggu yang terlalu lama.',
         'Menurut dia, setiap bus dapat menempuh sekitar dua ratus kilometer sekali pengisian daya, sehingga cukup untuk beroperasi sepanjang hari tanpa harus kembali ke depo.',
         'Sejumlah warga yang ditemui di halte mengaku senang dengan rencana itu, namun mereka berharap jadwal keberangkatan diumumkan dengan jelas melalui aplikasi dan papan informasi.',
         'Pemkot juga berencana membangun dua stasiun pengisian daya tambahan di kawasan utara agar armada listrik bisa terus bertambah pada tahun-tahun berikutnya.')
    r1, r2 = '/berita/2024/05/tarif-bus-kota-tidak-naik-8812', '/berita/2024/04/halte-baru-di-jalan-merdeka-8790'
    doc('p15-id-penulis', 'id', f'{h} | Warta Kota Kita',
        '<div class="header"><a href="/" class="logo">Warta Kota Kita</a><ul class="menu-utama"><li><a href="/berita">Berita</a></li><li><a href="/ekonomi">Ekonomi</a></li><li><a href="/olahraga">Olahraga</a></li><li><a href="/gaya-hidup">Gaya Hidup</a></li></ul></div>'
        '<div class="breadcrumb"><a href="/">Beranda</a> › <a href="/berita">Berita</a> › <a href="/berita/metro">Metro</a></div>'
        f'<div class="konten"><div class="berita-detail"><h1 class="judul-berita">{h}</h1>'
        '<div class="berita-meta"><span class="penulis">Penulis: Dewi Lestari</span> | <span class="editor">Editor: Agus Salim</span><br><span class="tanggal">Rabu, 15 Mei 2024 | 11:51 WIB</span></div>'
        '<div class="foto-berita"><img src="/foto/2024/05/bus-listrik-depo.jpg" width="720" height="405" alt="bus listrik">'
        '<div class="keterangan-foto">Bus listrik baru terparkir di depo Terminal Timur, Selasa (14/5/2024). <span class="kredit">Foto: Rizky Pratama</span></div></div>'
        f'<div class="berita-isi">{ps(*t[:2])}<p><strong>Baca Juga:</strong> <a href="{r1}">Tarif Bus Kota Dipastikan Tidak Naik Tahun Ini</a></p>{ps(*t[2:4])}'
        f'<p><strong>Baca Juga:</strong> <a href="{r2}">Halte Baru di Jalan Merdeka Mulai Dipakai</a></p>{ps(t[4])}</div>'
        '<div class="tag-berita">Tag: <a href="/tag/bus-listrik">bus listrik</a> <a href="/tag/transportasi">transportasi</a> <a href="/tag/dishub">dishub</a></div>'
        '<div class="bagikan">Bagikan: <a href="https://www.facebook.com/sharer.php?u=https://news.example.org/berita/2024/05/bus-listrik-8820">Facebook</a> <a href="https://api.whatsapp.com/send?text=bus-listrik-8820">WhatsApp</a> <a href="#" class="salin">Salin tautan</a></div></div>'
        '<div class="sidebar"><h3>Terpopuler</h3><ol>'
        + lid([('/berita/2024/05/banjir-rob-di-pesisir-utara-8831', 'Banjir Rob Kembali Genangi Pesisir Utara', 'Kamis, 16 Mei 2024'),
               ('/berita/2024/05/pasar-malam-ditutup-8806', 'Pasar Malam di Alun-alun Ditutup Sementara', 'Senin, 13 Mei 2024')])
        + '</ol></div></div>'
        '<div class="footer"><a href="/redaksi">Redaksi</a> · <a href="/pedoman-media-siber">Pedoman Media Siber</a> · <a href="/kontak">Kontak</a><br>Copyright © 2024 Warta Kota Kita. All rights reserved.</div>',
        {'published': '2024-05-15', 'authors': ['Dewi Lestari'], 'related': [r1, r2], 'credits': ['Rizky Pratama']})

    # --- Indonesian: <article>, "Oleh" with a link, "Diperbarui" second, Terpopuler sidebar BEFORE the story, Berita Terkait block of three, comments
    h = 'Harga Cabai Rawit Turun Menjelang Panen Raya'
    t = ('Harga cabai rawit di sejumlah pasar tradisional mulai turun dalam sepekan terakhir karena pasokan dari daerah sentra produksi meningkat menjelang musim panen raya.',
         'Seorang pedagang di pasar induk mengatakan harga cabai rawit merah kini berada di kisaran tiga puluh ribu rupiah per kilogram, jauh lebih murah dibanding bulan lalu.',
         'Dinas perdagangan memperkirakan harga akan terus melandai hingga akhir bulan, meskipun cuaca yang tidak menentu masih bisa memengaruhi hasil panen di beberapa kabupaten.',
         'Para ibu rumah tangga menyambut baik penurunan harga tersebut karena cabai merupakan bahan dapur yang hampir setiap hari dibutuhkan untuk memasak di rumah.')
    rel = [('/ekonomi/2024/05/harga-bawang-merah-stabil-7712', 'Harga Bawang Merah Stabil Sepanjang Mei'),
           ('/ekonomi/2024/05/operasi-pasar-digelar-di-lima-kecamatan-7698', 'Operasi Pasar Digelar di Lima Kecamatan'),
           ('/ekonomi/2024/04/petani-cabai-keluhkan-harga-pupuk-7650', 'Petani Cabai Keluhkan Mahalnya Harga Pupuk')]
    doc('p15-id-oleh-terkait', 'id', f'{h} - Kabar Nusantara',
        '<header><div class="logo"><a href="/">Kabar Nusantara</a></div><nav><a href="/nasional">Nasional</a> <a href="/ekonomi">Ekonomi</a> <a href="/daerah">Daerah</a> <a href="/bola">Bola</a></nav></header>'
        '<div class="wrap"><aside class="kolom-kiri"><div class="widget"><h3>Terpopuler</h3><ul>'
        + lid([('/daerah/2024/06/jembatan-gantung-putus-7741', 'Jembatan Gantung Putus Diterjang Arus Sungai', 'Minggu, 2 Juni 2024 - 19:20 WIB'),
               ('/nasional/2024/06/jadwal-libur-sekolah-7739', 'Jadwal Libur Sekolah Semester Genap', 'Minggu, 2 Juni 2024 - 10:05 WIB')])
        + '</ul></div></aside><main>'
        f'<article><h1>{h}</h1><div class="byline">Oleh <a href="/penulis/rudi-hartono">Rudi Hartono</a></div>'
        '<div class="waktu">Senin, 3 Juni 2024 - 08:15 WIB <span class="diperbarui">Diperbarui: Selasa, 4 Juni 2024 - 07:05 WIB</span></div>'
        '<div class="gambar"><img src="/img/2024/06/cabai-pasar.jpg" width="680" height="383" alt=""><p class="ket">Pedagang menata cabai rawit di pasar induk. Foto: Dok. Kabar Nusantara</p></div>'
        f'<div class="isi-artikel">{ps(*t)}</div>'
        f'<div class="berita-terkait"><h4>Berita Terkait</h4><ul>{li(rel)}</ul></div>'
        '<div class="komentar"><h4>Komentar</h4><div class="komen"><strong>Bu Sri</strong> <small>3 Juni 2024 09:41</small><p>Alhamdulillah, semoga bertahan lama murahnya.</p></div></div></article>'
        '</main></div><footer>© 2024 Kabar Nusantara · <a href="/tentang">Tentang Kami</a> · <a href="/karier">Karier</a></footer>',
        {'published': '2024-06-03', 'authors': ['Rudi Hartono'], 'headline': h, 'related': [u for u, _ in rel]})

    # --- Malay: "Oleh", "Diterbitkan: Julai 18, 2024 @ 10:05am", "Dikemaskini:", caption with "- Foto:", Artikel Berkaitan
    h = 'Jambatan gantung baharu hubungkan dua kampung di tebing sungai'
    t = ('Penduduk dua buah kampung di tebing sungai kini tidak perlu lagi menaiki perahu untuk ke sekolah dan pasar selepas sebuah jambatan gantung baharu dibuka secara rasmi semalam.',
         'Ketua kampung berkata jambatan sepanjang seratus dua puluh meter itu sudah lama dinantikan kerana perahu sering tidak dapat digunakan apabila air sungai naik pada musim tengkujuh.',
         'Projek berkenaan dibiayai oleh kerajaan negeri dan siap dalam tempoh lapan bulan, lebih awal daripada jadual asal yang ditetapkan oleh pihak kontraktor.',
         'Seorang guru sekolah rendah memberitahu bahawa kehadiran murid dijangka meningkat kerana ibu bapa kini lebih yakin untuk membenarkan anak mereka menyeberang setiap pagi.')
    rel = [('/berita/setempat/2024/07/1098455/jalan-kampung-dinaik-taraf', 'Jalan kampung dinaik taraf sebelum musim hujan'),
           ('/berita/setempat/2024/07/1097120/sekolah-terjejas-banjir-dibaiki', 'Sekolah terjejas banjir akan dibaiki tahun ini')]
    doc('p15-ms-oleh', 'ms', f'{h} | Berita Semenanjung',
        '<div id="masthead"><a href="/"><img src="/assets/logo-bs.svg" alt="Berita Semenanjung" width="200" height="36"></a></div>'
        '<div id="menu"><a href="/berita">Berita</a> <a href="/berita/setempat">Setempat</a> <a href="/sukan">Sukan</a> <a href="/hiburan">Hiburan</a></div>'
        f'<div class="artikel"><span class="kategori">Setempat</span><h1>{h}</h1>'
        '<div class="penulis">Oleh Ahmad Faizal Ismail</div><div class="tarikh">Diterbitkan: Julai 18, 2024 @ 10:05am<br>Dikemaskini: Julai 19, 2024 @ 3:40pm</div>'
        '<div class="gambar-utama"><img src="/images/2024/07/jambatan-gantung.jpg" width="700" height="420" alt=""><div class="kapsyen">Penduduk kampung menyeberangi jambatan gantung baharu itu pagi semalam. - Foto: Zulkifli Abu Bakar</div></div>'
        f'<div class="isi">{ps(*t)}</div>'
        '<div class="kongsi">Kongsi: <a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a> <a href="https://t.me/share/url?url=x">Telegram</a></div>'
        f'<div class="berkaitan"><h3>Artikel Berkaitan</h3><ul>{li(rel)}</ul></div></div>'
        '<div class="terkini"><h3>Terkini</h3><ul>'
        + lid([('/berita/nasional/2024/07/1098870/cuaca-panas-dijangka-berterusan', 'Cuaca panas dijangka berterusan minggu depan', 'Julai 20, 2024 @ 8:02am'),
               ('/sukan/2024/07/1098801/pasukan-negeri-layak-ke-final', 'Pasukan negeri layak ke final', 'Julai 19, 2024 @ 11:30pm')])
        + '</ul></div><div id="kaki">Hak Cipta Terpelihara © 2024 Berita Semenanjung</div>',
        {'published': '2024-07-18', 'authors': ['Ahmad Faizal Ismail'], 'captions': ['Penduduk kampung menyeberangi jambatan gantung baharu itu pagi semalam'], 'related': [u for u, _ in rel]})

    # --- Vietnamese, VnExpress-like: div.tin-chi-tiet, "Thứ năm, 16/5/2024, 07:30 (GMT+7)", "Ảnh: ..." inside the caption, author bold at the end of the body
    h = 'Thành phố thí điểm làn đường riêng cho xe buýt trên đại lộ phía tây'
    t = ('Từ đầu tháng sau, thành phố sẽ thí điểm một làn đường dành riêng cho xe buýt trên đại lộ phía tây nhằm giảm thời gian di chuyển cho hành khách vào giờ cao điểm.',
         'Theo sở giao thông, làn đường này dài khoảng sáu cây số, được sơn màu đỏ và lắp camera giám sát để xử phạt các phương tiện khác đi sai làn.',
         'Nhiều hành khách cho biết họ thường mất gần một tiếng mỗi sáng để đi hết quãng đường này, vì vậy rất mong chờ kết quả của đợt thí điểm.',
         'Một số tài xế taxi và xe công nghệ lại lo ngại việc thu hẹp làn xe con sẽ khiến đại lộ ùn tắc nghiêm trọng hơn trong những ngày đầu áp dụng.',
         'Sở giao thông dự kiến đánh giá kết quả sau ba tháng, trước khi quyết định có mở rộng mô hình sang các tuyến đường khác hay không.')
    rel = [('/thoi-su/xe-buyt-tang-chuyen-gio-cao-diem-4745120.html', 'Xe buýt tăng chuyến vào giờ cao điểm'),
           ('/thoi-su/lap-them-camera-phat-nguoi-tren-dai-lo-4739981.html', 'Lắp thêm camera phạt nguội trên đại lộ')]
    doc('p15-vi-vnexpress', 'vi', f'{h} - Báo Phương Nam',
        '<header class="section-top"><a href="/" class="logo">Báo Phương Nam</a><nav class="main-nav"><a href="/thoi-su">Thời sự</a> <a href="/the-gioi">Thế giới</a> <a href="/kinh-doanh">Kinh doanh</a> <a href="/giai-tri">Giải trí</a> <a href="/the-thao">Thể thao</a></nav></header>'
        '<section class="container"><div class="sidebar-1"><div class="header-content"><ul class="breadcrumb"><li><a href="/thoi-su">Thời sự</a></li><li><a href="/thoi-su/giao-thong">Giao thông</a></li></ul>'
        '<span class="date">Thứ năm, 16/5/2024, 07:30 (GMT+7)</span></div>'
        f'<div class="tin-chi-tiet"><h1 class="title-detail">{h}</h1><p class="description">Làn đường dài sáu km dành riêng cho xe buýt sẽ được thí điểm từ đầu tháng sau.</p>'
        f'<article class="fck_detail">{ps(*t[:2])}'
        '<figure class="tplCaption"><img src="/images/2024/05/lan-xe-buyt.jpg" width="680" height="408" alt="Làn xe buýt"><figcaption><p class="Image">Xe buýt chạy thử trong làn đường riêng sáng 15/5. Ảnh: <em>Ngọc Thành</em></p></figcaption></figure>'
        f'{ps(*t[2:])}<p class="Normal" style="text-align:right;"><strong>Nguyễn Văn Hùng</strong></p></article>'
        '<div class="tags">Tags: <a href="/tag/xe-buyt">xe buýt</a> <a href="/tag/un-tac">ùn tắc</a></div>'
        '<div class="social">Chia sẻ: <a href="https://www.facebook.com/sharer.php?u=x">Facebook</a> <a href="https://zalo.me/share?u=x">Zalo</a></div>'
        f'<div class="tin-lien-quan"><h3>Tin liên quan</h3><ul>{li(rel)}</ul></div>'
        '<div class="box-comment"><h3>Ý kiến (2)</h3><div class="comment-item"><b>Minh Tuấn</b> <span class="time-com">16/5/2024 08:02</span><p>Nên làm sớm hơn, sáng nào cũng kẹt xe.</p></div>'
        '<div class="comment-item"><b>Hoa Lê</b> <span class="time-com">16/5/2024 09:15</span><p>Mong là có người kiểm soát làn, không thì xe máy lấn hết.</p></div></div></div></div>'
        '<div class="sidebar-2"><h3>Xem nhiều</h3><ul>'
        + lid([('/thoi-su/mua-lon-gay-ngap-nhieu-tuyen-pho-4746002.html', 'Mưa lớn gây ngập nhiều tuyến phố', '17/5/2024'),
               ('/kinh-doanh/gia-vang-giam-manh-4745873.html', 'Giá vàng giảm mạnh trong phiên sáng', '16/5/2024')])
        + '</ul></div></section><footer class="footer">© Copyright 2001-2024. Toàn bộ bản quyền thuộc Báo Phương Nam</footer>',
        {'published': '2024-05-16', 'authors': ['Nguyễn Văn Hùng'], 'captions': ['Xe buýt chạy thử trong làn đường riêng sáng 15/5'], 'related': [u for u, _ in rel]})

    # --- Vietnamese, no classes at all: "Tác giả:", "Đăng lúc: 08:05 - 18/06/2024 | Cập nhật: 14:30 - 19/06/2024"
    h = 'Thư viện tỉnh mở cửa trở lại sau một năm cải tạo'
    t = ('Thư viện tỉnh vừa mở cửa trở lại sau gần một năm cải tạo, với khu đọc sách dành cho thiếu nhi rộng gấp đôi và phòng máy tính được trang bị mới hoàn toàn.',
         'Giám đốc thư viện cho biết mỗi ngày có hàng trăm học sinh đến đọc sách sau giờ học, nên việc mở rộng không gian là nhu cầu rất cấp thiết của địa phương.',
         'Ngoài sách in, thư viện còn cung cấp hơn mười nghìn đầu sách điện tử mà bạn đọc có thể mượn miễn phí bằng thẻ thư viện thông qua ứng dụng trên điện thoại.',
         'Trong tháng đầu tiên, thư viện sẽ tổ chức nhiều buổi kể chuyện cuối tuần và lớp hướng dẫn sử dụng máy tính cho người cao tuổi trong khu vực.')
    doc('p15-vi-tac-gia-noclass', 'vi', f'{h} | Báo Miền Tây',
        '<div><a href="/"><img src="/logo.png" alt="Báo Miền Tây" width="180" height="50"></a></div>'
        '<div><a href="/">Trang chủ</a> | <a href="/chinh-tri">Chính trị</a> | <a href="/xa-hoi">Xã hội</a> | <a href="/van-hoa">Văn hóa</a> | <a href="/the-thao">Thể thao</a></div>'
        '<table width="100%"><tr><td valign="top">'
        f'<h1>{h}</h1><p><b>Tác giả:</b> Trần Thị Mai</p><p><i>Đăng lúc: 08:05 - 18/06/2024 | Cập nhật: 14:30 - 19/06/2024</i></p>'
        '<p><img src="/uploads/2024/06/thu-vien-tinh.jpg" width="600" height="400"></p><p><i>Khu đọc sách thiếu nhi sau khi cải tạo</i></p>'
        f'{ps(*t)}'
        '<p>Chia sẻ: <a href="https://www.facebook.com/sharer.php?u=x">Facebook</a> | <a href="mailto:?subject=thu-vien">Email</a> | <a href="javascript:window.print()">In bài</a></p>'
        '<h3>Tin liên quan</h3><ul><li><a href="/van-hoa/2024/06/ngay-hoi-doc-sach-cho-hoc-sinh-21330.html">Ngày hội đọc sách cho học sinh</a> (12/06/2024)</li>'
        '<li><a href="/van-hoa/2024/05/xe-thu-vien-luu-dong-ve-vung-sau-21102.html">Xe thư viện lưu động về vùng sâu</a> (28/05/2024)</li></ul>'
        '</td><td width="300" valign="top"><h3>Tin mới nhất</h3><ul>'
        + lid([('/xa-hoi/2024/06/sua-chua-cau-kenh-21451.html', 'Sửa chữa cầu kênh trong tháng bảy', '20/06/2024 07:12'),
               ('/the-thao/2024/06/giai-bong-da-thieu-nien-21440.html', 'Khai mạc giải bóng đá thiếu niên', '19/06/2024 16:40')])
        + '</ul></td></tr></table><hr><p>Báo Miền Tây - Cơ quan của tỉnh. Giấy phép số 123/GP. © 2024</p>',
        {'published': '2024-06-18', 'authors': ['Trần Thị Mai'], 'headline': h, 'related': ['/van-hoa/2024/06/ngay-hoi-doc-sach-cho-hoc-sinh-21330.html', '/van-hoa/2024/05/xe-thu-vien-luu-dong-ve-vung-sau-21102.html']})

    # --- Thai: "ผู้เขียน:", Buddhist-era abbreviated date "15 พ.ค. 2567 11:51 น.", "ปรับปรุงล่าสุด:" second, "ภาพ:" credit, ข่าวที่เกี่ยวข้อง
    h = 'เทศบาลเปิดสวนสาธารณะริมคลองแห่งใหม่'
    t = ('เทศบาลนครเปิดสวนสาธารณะริมคลองแห่งใหม่อย่างเป็นทางการเมื่อเช้าวันพุธ หลังจากใช้เวลาก่อสร้างนานกว่าสองปี โดยมีประชาชนในชุมชนใกล้เคียงมาร่วมงานเป็นจำนวนมาก',
         'นายกเทศมนตรีกล่าวว่าสวนแห่งนี้มีทางเดินและทางจักรยานยาวกว่าสามกิโลเมตร พร้อมลานกีฬาและพื้นที่สำหรับเด็กเล่น ซึ่งจะเปิดให้บริการทุกวันตั้งแต่ตีห้าจนถึงสี่ทุ่ม',
         'ชาวบ้านที่อาศัยอยู่ริมคลองเล่าว่าเมื่อก่อนบริเวณนี้เป็นที่ทิ้งขยะและมีกลิ่นเหม็น แต่ตอนนี้กลายเป็นที่ออกกำลังกายยามเย็นของครอบครัวในละแวกนี้ไปแล้ว',
         'เทศบาลยังมีแผนจะปลูกต้นไม้เพิ่มอีกหนึ่งพันต้นตลอดแนวคลอง และติดตั้งไฟส่องสว่างเพิ่มเติมเพื่อความปลอดภัยของผู้ที่มาใช้บริการในช่วงกลางคืน')
    rel = [('/news/local/2024/05/2783410.html', 'ชาวบ้านร่วมกันเก็บขยะในคลองก่อนเปิดสวน'),
           ('/news/local/2024/04/2779102.html', 'เทศบาลเตรียมขยายทางจักรยานรอบเมือง')]
    doc('p15-th-buddhist', 'th', f'{h} - ข่าวเมืองเหนือ',
        '<div class="top-bar"><a href="/" class="logo">ข่าวเมืองเหนือ</a><ul class="nav"><li><a href="/news/local">ข่าวท้องถิ่น</a></li><li><a href="/news/economy">เศรษฐกิจ</a></li><li><a href="/news/sport">กีฬา</a></li><li><a href="/news/entertain">บันเทิง</a></li></ul></div>'
        f'<div class="main"><div class="news-detail"><h1 class="news-title">{h}</h1>'
        '<div class="news-info"><span class="writer">ผู้เขียน: สมชาย ใจดี</span> <span class="date">เผยแพร่: 15 พ.ค. 2567 11:51 น.</span> <span class="update">ปรับปรุงล่าสุด: 16 พ.ค. 2567 08:20 น.</span></div>'
        '<div class="news-img"><img src="/uploads/2567/05/park-canal.jpg" width="760" height="428" alt=""><p class="caption">ประชาชนมาเดินเล่นในสวนริมคลองในวันเปิดให้บริการ ภาพ: วิชัย ศรีสุข</p></div>'
        f'<div class="news-content">{ps(*t)}</div>'
        '<div class="tags">แท็ก: <a href="/tag/สวนสาธารณะ">สวนสาธารณะ</a> <a href="/tag/เทศบาล">เทศบาล</a></div>'
        '<div class="share">แชร์: <a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url=x">LINE</a></div>'
        f'<div class="related-news"><h3>ข่าวที่เกี่ยวข้อง</h3><ul>{li(rel)}</ul></div></div>'
        '<div class="side"><h3>ข่าวยอดนิยม</h3><ul>'
        + lid([('/news/local/2024/05/2784022.html', 'ฝนตกหนักทำน้ำท่วมถนนสายหลัก', '17 พ.ค. 2567'),
               ('/news/sport/2024/05/2783877.html', 'ทีมฟุตบอลจังหวัดชนะนัดแรก', '16 พ.ค. 2567')])
        + '</ul></div></div><div class="footer">สงวนลิขสิทธิ์ © 2567 ข่าวเมืองเหนือ</div>',
        {'published': '2024-05-15', 'authors': ['สมชาย ใจดี'], 'captions': ['ประชาชนมาเดินเล่นในสวนริมคลองในวันเปิดให้บริการ'], 'related': [u for u, _ in rel]})

    # --- Thai: headline in h2.news-title among other h2s, "วันพุธที่ 7 สิงหาคม พ.ศ. 2567 เวลา 14:20 น.", caption with "(ภาพ: ...)"
    h = 'นักเรียนประถมคว้ารางวัลแข่งขันหุ่นยนต์ระดับประเทศ'
    t = ('ทีมนักเรียนชั้นประถมศึกษาปีที่หกจากโรงเรียนประจำอำเภอ คว้ารางวัลชนะเลิศการแข่งขันหุ่นยนต์ระดับประเทศ ซึ่งจัดขึ้นที่กรุงเทพมหานครเมื่อสุดสัปดาห์ที่ผ่านมา',
         'ครูที่ปรึกษาทีมเล่าว่านักเรียนทั้งสี่คนใช้เวลาฝึกซ้อมหลังเลิกเรียนทุกวันนานกว่าห้าเดือน และต้องแก้ไขโปรแกรมควบคุมหุ่นยนต์หลายสิบครั้งก่อนวันแข่งขันจริง',
         'ผู้อำนวยการโรงเรียนกล่าวว่ารางวัลครั้งนี้เป็นกำลังใจสำคัญให้กับเด็กในชนบท และโรงเรียนจะจัดตั้งชมรมหุ่นยนต์อย่างเป็นทางการในภาคเรียนหน้า',
         'ทีมผู้ชนะจะได้เป็นตัวแทนประเทศไปร่วมการแข่งขันระดับนานาชาติในช่วงปลายปี โดยได้รับทุนสนับสนุนค่าเดินทางจากองค์การบริหารส่วนจังหวัด')
    doc('p15-th-full-month', 'th', f'{h} :: ข่าวเชียงรายวันนี้',
        '<div id="header"><a href="/"><img src="/images/logo.gif" alt="ข่าวเชียงรายวันนี้" width="300" height="70"></a></div>'
        '<div id="menu"><a href="/">หน้าแรก</a> | <a href="/education">การศึกษา</a> | <a href="/local">ท้องถิ่น</a> | <a href="/contact">ติดต่อเรา</a></div>'
        '<div id="content"><div id="left"><h2 class="box-title">ข่าวล่าสุด</h2><ul>'
        + lid([('/local/2024/08/news-30412.html', 'ถนนเลี่ยงเมืองเปิดใช้เต็มรูปแบบ', 'วันพฤหัสบดีที่ 8 สิงหาคม พ.ศ. 2567'),
               ('/education/2024/08/news-30398.html', 'มหาวิทยาลัยเปิดรับสมัครทุนเรียนดี', 'วันอังคารที่ 6 สิงหาคม พ.ศ. 2567')])
        + '</ul></div><div id="center">'
        f'<h2 class="news-title">{h}</h2><div class="news-date">วันพุธที่ 7 สิงหาคม พ.ศ. 2567 เวลา 14:20 น.</div>'
        '<div class="pic"><img src="/images/news/2567/robot-team.jpg" width="500" height="333"><br><span class="pic-desc">ทีมนักเรียนกับหุ่นยนต์ที่ชนะการแข่งขัน (ภาพ: ธนพล แก้วมณี)</span></div>'
        f'{ps(*t)}<p class="view">อ่าน 2,314 ครั้ง</p></div>'
        '<div id="right"><h2 class="box-title">ปฏิทินกิจกรรม</h2><p>งานลอยกระทงประจำปี 15 พฤศจิกายน 2567</p></div></div>'
        '<div id="footer">Copyright © 2024 ข่าวเชียงรายวันนี้ All Rights Reserved.</div>',
        {'headline': h, 'published': '2024-08-07', 'captions': ['ทีมนักเรียนกับหุ่นยนต์ที่ชนะการแข่งขัน'], 'credits': ['ธนพล แก้วมณี']})

    # --- Hindi: <article>, "लेखक:", "प्रकाशित:" and "अपडेटेड:", caption with "(तस्वीर: ...)", संबंधित खबरें
    h = 'नगर निगम ने शुरू की रात्रि बस सेवा, छह मार्गों पर चलेंगी बसें'
    t = ('नगर निगम ने बुधवार से शहर में रात्रि बस सेवा शुरू कर दी है, जिसके तहत छह प्रमुख मार्गों पर रात ग्यारह बजे से सुबह पांच बजे तक बसें चलेंगी।',
         'परिवहन विभाग के अधिकारियों ने बताया कि इस सेवा का सबसे अधिक लाभ अस्पतालों, कारखानों और रेलवे स्टेशन पर रात की पाली में काम करने वाले लोगों को मिलेगा।',
         'हर बस में एक सुरक्षा कर्मी तैनात रहेगा और सभी बसों में कैमरे लगाए गए हैं, ताकि देर रात सफर करने वाली महिलाओं को किसी तरह की परेशानी न हो।',
         'शुरुआती एक महीने तक किराया दिन के बराबर ही रखा जाएगा, जिसके बाद यात्रियों की संख्या देखकर सेवा का विस्तार करने पर फैसला लिया जाएगा।')
    rel = [('/city/news/bus-kiraya-nahi-badhega-224581.html', 'इस साल नहीं बढ़ेगा सिटी बस का किराया'),
           ('/city/news/naye-bus-stand-ka-kaam-shuru-224402.html', 'नए बस स्टैंड का काम अगले महीने से शुरू')]
    doc('p15-hi-lekhak', 'hi', f'{h} | नगर दर्पण',
        '<header class="site-header"><a href="/" class="logo">नगर दर्पण</a><nav><a href="/">होम</a> <a href="/city">शहर</a> <a href="/desh">देश</a> <a href="/khel">खेल</a> <a href="/manoranjan">मनोरंजन</a></nav></header>'
        f'<main><article class="khabar"><h1>{h}</h1>'
        '<div class="khabar-meta"><span>लेखक: राजेश कुमार</span> | <span>प्रकाशित: 15 मई 2024, 11:51 AM IST</span> | <span>अपडेटेड: 16 मई 2024, 09:10 AM IST</span></div>'
        '<div class="share-bar">शेयर करें: <a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a> <a href="https://wa.me/?text=x">WhatsApp</a> <a href="https://twitter.com/intent/tweet?url=x">X</a></div>'
        '<figure><img src="/photos/2024/05/night-bus.jpg" width="720" height="405" alt=""><figcaption>रात्रि बस सेवा की पहली बस डिपो से रवाना होती हुई। (तस्वीर: अमित शर्मा)</figcaption></figure>'
        f'<div class="khabar-vivaran">{ps(*t)}</div>'
        '<div class="tags">टैग: <a href="/tag/bus">बस सेवा</a> <a href="/tag/nagar-nigam">नगर निगम</a></div>'
        f'<section class="sambandhit"><h3>संबंधित खबरें</h3><ul>{li(rel)}</ul></section>'
        '<section class="tippani"><h3>टिप्पणियां</h3><div class="tippani-item"><b>सुरेश</b> <span>15 मई 2024, 02:30 PM</span><p>बहुत अच्छा फैसला, रात में ऑटो वाले बहुत पैसे लेते हैं।</p></div></section></article>'
        '<aside><h3>सबसे ज्यादा पढ़ी गई</h3><ol>'
        + lid([('/city/news/barish-se-sadken-jalmagn-224690.html', 'बारिश से शहर की सड़कें जलमग्न', '17 मई 2024'),
               ('/khel/news/jila-team-final-mein-224655.html', 'जिले की टीम फाइनल में पहुंची', '16 मई 2024')])
        + '</ol></aside></main><footer>कॉपीराइट © 2024 नगर दर्पण। सर्वाधिकार सुरक्षित।</footer>',
        {'published': '2024-05-15', 'authors': ['राजेश कुमार'], 'related': [u for u, _ in rel], 'credits': ['अमित शर्मा']})

    # --- Hindi, old layout: headline in div.samachar-shirshak, date in Devanagari digits "रविवार, १२ मार्च २०२३", picture table with caption row
    h = 'गांव के तालाब की सफाई के लिए आगे आए युवा'
    t = ('गांव के पुराने तालाब में पिछले कई वर्षों से जलकुंभी और कचरा जमा हो रहा था, जिसे साफ करने के लिए अब गांव के युवाओं ने खुद कमर कस ली है।',
         'हर रविवार सुबह करीब पचास युवा फावड़े और टोकरियां लेकर तालाब पर पहुंचते हैं और तीन से चार घंटे तक लगातार सफाई का काम करते हैं।',
         'गांव के बुजुर्गों का कहना है कि एक समय यही तालाब पूरे गांव के पशुओं के लिए पानी का मुख्य स्रोत था और गर्मियों में भी कभी नहीं सूखता था।',
         'ग्राम पंचायत ने युवाओं के इस प्रयास की सराहना करते हुए तालाब के किनारे पेड़ लगाने और बैठने के लिए बेंच बनवाने का प्रस्ताव पारित किया है।')
    doc('p15-hi-devanagari-digits', 'hi', f'{h} - ग्राम समाचार',
        '<div class="shirsh"><a href="/"><img src="/chitra/logo.gif" alt="ग्राम समाचार" width="260" height="60"></a> <span class="aaj">आज: सोमवार, १३ मार्च २०२३</span></div>'
        '<div class="suchi"><a href="/">मुख्य पृष्ठ</a> | <a href="/gaon">गांव</a> | <a href="/kheti">खेती</a> | <a href="/shiksha">शिक्षा</a></div>'
        '<div class="mukhya"><div class="samachar-shirshak">' + h + '</div><div class="samachar-tithi">रविवार, १२ मार्च २०२३</div>'
        '<table align="right" cellpadding="3"><tr><td><img src="/chitra/2023/talab.jpg" width="320" height="240"></td></tr><tr><td class="chitra-vivaran">तालाब से जलकुंभी निकालते गांव के युवा</td></tr></table>'
        f'{ps(*t)}</div>'
        '<div class="bagal"><div class="bagal-shirshak">ताज़ा समाचार</div><ul>'
        + lid([('/gaon/samachar-1204.html', 'स्कूल में नई लाइब्रेरी खुली', '११ मार्च २०२३'),
               ('/kheti/samachar-1199.html', 'गेहूं की फसल पर ओलों की मार', '०९ मार्च २०२३')])
        + '</ul></div><div class="pad">© २०२३ ग्राम समाचार</div>',
        {'headline': h, 'published': '2023-03-12', 'captions': ['तालाब से जलकुंभी निकालते गांव के युवा']})

    # --- Bengali: "লেখক:", Bengali digits "প্রকাশ: ২৮ জুলাই ২০২৩, ১১:৫১" then "আপডেট:", "ছবি:" credit, আরও পড়ুন block
    h = 'নদীভাঙন রোধে বাঁধ নির্মাণের কাজ শুরু'
    t = ('জেলার পূর্বাঞ্চলে নদীভাঙন রোধে দীর্ঘ প্রতীক্ষিত বাঁধ নির্মাণের কাজ শুরু হয়েছে, যার ফলে নদীতীরের কয়েক হাজার পরিবার কিছুটা স্বস্তি পেয়েছে।',
         'পানি উন্নয়ন বোর্ডের একজন প্রকৌশলী জানান, প্রথম ধাপে প্রায় তিন কিলোমিটার অংশে জিও ব্যাগ ফেলা হবে এবং বর্ষা শেষ হলে স্থায়ী বাঁধের কাজ শুরু হবে।',
         'স্থানীয় বাসিন্দারা বলেন, গত দুই বছরে নদীর ভাঙনে একটি প্রাথমিক বিদ্যালয়, একটি মসজিদ এবং অন্তত দুই শতাধিক বসতবাড়ি বিলীন হয়ে গেছে।',
         'উপজেলা প্রশাসন জানিয়েছে, কাজের মান তদারকির জন্য একটি কমিটি গঠন করা হয়েছে এবং নির্ধারিত সময়ের মধ্যেই কাজ শেষ করার চেষ্টা চলছে।')
    rel = [('/bangladesh/district/2023/07/27/nodi-bhangone-bidyaloy-bilin', 'নদীভাঙনে বিলীন হলো প্রাথমিক বিদ্যালয়'),
           ('/bangladesh/district/2023/07/20/bandh-nirmane-borado-anumodon', 'বাঁধ নির্মাণে বরাদ্দ অনুমোদন')]
    doc('p15-bn-lekhok', 'bn', f'{h} | দৈনিক নদীবার্তা',
        '<header><div class="logo"><a href="/">দৈনিক নদীবার্তা</a></div><nav><a href="/bangladesh">বাংলাদেশ</a> <a href="/international">আন্তর্জাতিক</a> <a href="/sports">খেলা</a> <a href="/opinion">মতামত</a></nav></header>'
        f'<div class="content-wrap"><div class="khobor-details"><h1>{h}</h1>'
        '<div class="lekhok">লেখক: তানভীর আহমেদ</div><div class="somoy"><span>প্রকাশ: ২৮ জুলাই ২০২৩, ১১:৫১</span> <span>আপডেট: ২৯ জুলাই ২০২৩, ০৯:১০</span></div>'
        '<div class="chobi"><img src="/media/2023/07/bandh.jpg" width="700" height="394" alt=""><p class="chobi-caption">বাঁধ নির্মাণের জন্য নদীর তীরে ফেলা হচ্ছে জিও ব্যাগ। ছবি: সাকিব হাসান</p></div>'
        f'<div class="khobor-body">{ps(*t)}</div>'
        f'<div class="aro-porun"><h3>আরও পড়ুন</h3><ul>{li(rel)}</ul></div>'
        '<div class="share">শেয়ার করুন: <a href="https://www.facebook.com/sharer/sharer.php?u=x">ফেসবুক</a> <a href="https://twitter.com/intent/tweet?url=x">টুইটার</a></div></div>'
        '<div class="sidebar"><h3>সর্বাধিক পঠিত</h3><ul>'
        + lid([('/bangladesh/2023/07/30/bonna-poristhiti-obonoti', 'বন্যা পরিস্থিতির আরও অবনতি', '৩০ জুলাই ২০২৩'),
               ('/sports/2023/07/29/jela-football-league', 'জেলা ফুটবল লিগের ফাইনাল আজ', '২৯ জুলাই ২০২৩')])
        + '</ul></div></div><footer>স্বত্ব © ২০২৩ দৈনিক নদীবার্তা</footer>',
        {'published': '2023-07-28', 'authors': ['তানভীর আহমেদ'], 'credits': ['সাকিব হাসান'], 'related': [u for u, _ in rel]})

    # --- Urdu, RTL: "تحریر:", weekday and Eastern Arabic digits "پیر ۹ اکتوبر ۲۰۲۳", "اپ ڈیٹ", متعلقہ خبریں
    h = 'شہر میں پانی کی نئی پائپ لائن بچھانے کا کام شروع'
    t = ('شہر کے پرانے علاقوں میں پینے کے صاف پانی کی فراہمی بہتر بنانے کے لیے نئی پائپ لائن بچھانے کا کام پیر کے روز باقاعدہ طور پر شروع کر دیا گیا۔',
         'واٹر بورڈ کے ترجمان نے بتایا کہ منصوبے کے پہلے مرحلے میں بارہ کلومیٹر طویل پائپ لائن بچھائی جائے گی جس سے تقریباً ساٹھ ہزار گھرانوں کو فائدہ پہنچے گا۔',
         'مقامی رہائشیوں کا کہنا ہے کہ پرانی لائنوں میں جگہ جگہ رساؤ کی وجہ سے گرمیوں میں کئی کئی دن تک نلکوں میں پانی نہیں آتا تھا۔',
         'حکام نے یقین دہانی کرائی ہے کہ کھدائی کے دوران ٹریفک کے لیے متبادل راستے بنائے جائیں گے اور کام رات کے اوقات میں زیادہ کیا جائے گا۔')
    rel = [('/news/2023/10/08/pani-ki-qillat-barqarar-1102345', 'کئی علاقوں میں پانی کی قلت برقرار'),
           ('/news/2023/10/05/water-board-ka-naya-budget-1101988', 'واٹر بورڈ کے نئے بجٹ کی منظوری')]
    doc('p15-ur-rtl', 'ur', f'{h} - روزنامہ شہر',
        '<div class="header"><a href="/" class="logo">روزنامہ شہر</a><ul class="nav"><li><a href="/news">خبریں</a></li><li><a href="/pakistan">پاکستان</a></li><li><a href="/sports">کھیل</a></li><li><a href="/business">کاروبار</a></li></ul></div>'
        '<div class="page"><div class="khabar-tafseel">'
        f'<h1>{h}</h1><div class="meta"><span class="author">تحریر: عمران احمد</span> <span class="date">شائع پیر ۹ اکتوبر ۲۰۲۳</span> <span class="updated">اپ ڈیٹ منگل ۱۰ اکتوبر ۲۰۲۳</span></div>'
        '<div class="tasveer"><img src="/images/2023/10/pipeline.jpg" width="720" height="405" alt=""><p>شہر کی مرکزی سڑک پر پائپ لائن کے لیے کھدائی۔ فوٹو: فائل</p></div>'
        f'<div class="matn">{ps(*t)}</div>'
        f'<div class="mutaliqa"><h3>متعلقہ خبریں</h3><ul>{li(rel)}</ul></div>'
        '<div class="comments"><h3>تبصرے</h3><div class="c"><b>ندیم</b> <span>۱۰ اکتوبر ۲۰۲۳</span><p>اللہ کرے اس بار کام وقت پر مکمل ہو۔</p></div></div></div>'
        '<div class="side"><h3>سب سے زیادہ پڑھی جانے والی</h3><ul>'
        + lid([('/news/2023/10/11/barish-ka-imkan-1102901', 'آئندہ ہفتے بارش کا امکان', '۱۱ اکتوبر ۲۰۲۳'),
               ('/sports/2023/10/10/cricket-team-ka-elan-1102788', 'ضلعی کرکٹ ٹیم کا اعلان', '۱۰ اکتوبر ۲۰۲۳')])
        + '</ul></div></div><div class="footer">جملہ حقوق محفوظ ہیں © ۲۰۲۳ روزنامہ شہر</div>',
        {'published': '2023-10-09', 'authors': ['عمران احمد'], 'headline': h, 'related': [u for u, _ in rel]}, rtl=True)

    # --- Persian, RTL: Jalali date with weekday "سه‌شنبه ۱۰ مهر ۱۴۰۳ - ۱۱:۵۱", "به‌روزرسانی" second, "نویسنده:", "عکس:" credit
    h = 'کتابخانه مرکزی شهر پس از بازسازی بازگشایی شد'
    t = ('کتابخانه مرکزی شهر پس از حدود یک سال تعطیلی و بازسازی کامل، از صبح امروز دوباره درهای خود را به روی مردم و دانشجویان باز کرد.',
         'مدیر کتابخانه گفت در این بازسازی سالن‌های مطالعه بزرگ‌تر شده‌اند، سیستم گرمایش و سرمایش تعویض شده و بخش ویژه‌ای برای کودکان و نوجوانان ساخته شده است.',
         'به گفته او، بیش از بیست هزار جلد کتاب تازه نیز خریداری شده و اعضا می‌توانند از این پس کتاب‌ها را از طریق سامانه اینترنتی رزرو کنند.',
         'شماری از دانشجویان که صبح امروز به کتابخانه آمده بودند گفتند در این یک سال برای مطالعه مجبور بودند به کافه‌ها یا کتابخانه‌های کوچک محله بروند.')
    doc('p15-fa-jalali-updated', 'fa', f'{h} | خبرگزاری شهر',
        '<div class="header"><a href="/" class="logo">خبرگزاری شهر</a><ul class="menu"><li><a href="/news/society">جامعه</a></li><li><a href="/news/culture">فرهنگ</a></li><li><a href="/news/sport">ورزش</a></li></ul></div>'
        f'<div class="container"><div class="news-body"><h1 class="title">{h}</h1>'
        '<div class="news-info"><span>نویسنده: مریم رضایی</span> <span>تاریخ انتشار: سه‌شنبه ۱۰ مهر ۱۴۰۳ - ۱۱:۵۱</span> <span>به‌روزرسانی: چهارشنبه ۱۱ مهر ۱۴۰۳ - ۰۹:۱۰</span> <span>کد خبر: ۴۸۲۱۹۳</span></div>'
        '<figure><img src="/files/1403/07/library.jpg" width="700" height="466" alt=""><figcaption>سالن مطالعه کتابخانه پس از بازسازی <span class="photographer">عکس: علی محمدی</span></figcaption></figure>'
        f'<div class="body">{ps(*t)}</div>'
        '<div class="tags">برچسب‌ها: <a href="/tag/کتابخانه">کتابخانه</a> <a href="/tag/فرهنگ">فرهنگ</a></div>'
        '<div class="related"><h3>اخبار مرتبط</h3><ul><li><a href="/news/1403/07/08/482011/book-fair-dates">زمان برگزاری نمایشگاه کتاب استانی اعلام شد</a></li></ul></div></div>'
        '<div class="side"><h3>پربازدیدترین‌ها</h3><ul>'
        + lid([('/news/1403/07/12/482455/rain-forecast', 'پیش‌بینی بارش باران در آخر هفته', '۱۲ مهر ۱۴۰۳'),
               ('/news/1403/07/09/482100/school-bus', 'سرویس مدارس گران‌تر شد', '۰۹ مهر ۱۴۰۳')])
        + '</ul></div></div><div class="footer">کلیه حقوق این سایت محفوظ است © ۱۴۰۳</div>',
        {'published': '2024-10-01', 'authors': ['مریم رضایی'], 'captions': ['سالن مطالعه کتابخانه پس از بازسازی'], 'credits': ['علی محمدی']}, rtl=True)

    # --- Hebrew, RTL: "מאת", "פורסם: 3 בספטמבר 2023, 11:51" and "עודכן:", "צילום:" credit, כתבות נוספות
    h = 'העירייה תפתח מרכז קהילתי חדש בשכונת הגפן'
    t = ('עיריית העיר הודיעה השבוע כי בתחילת השנה הבאה תחל בנייתו של מרכז קהילתי חדש בשכונת הגפן, אחרי שנים ארוכות שבהן התושבים נאלצו לנסוע לשכונות אחרות.',
         'לפי התוכנית, המרכז יכלול אולם ספורט, ספרייה קטנה, חדרי חוגים לילדים ולמבוגרים ומועדון לגיל השלישי, ויעמוד על שטח של כארבעת אלפים מטרים רבועים.',
         'ראש העירייה אמר כי הפרויקט ימומן ברובו מתקציב הפיתוח העירוני ובחלקו מתרומה של קרן פרטית, וכי העבודות צפויות להימשך כשנתיים.',
         'תושבי השכונה קיבלו את ההודעה בברכה, אך חלקם הביעו חשש מהפקקים ומהרעש שייגרמו ברחובות הצרים של השכונה במהלך כל תקופת הבנייה הארוכה.')
    rel = [('/news/2023/09/01/gan-hair-nifthach-77812.html', 'גן העיר המחודש נפתח לציבור'),
           ('/news/2023/08/28/sifriya-shchunatit-77650.html', 'ספרייה שכונתית חדשה תיפתח בחורף')]
    doc('p15-he-gregorian', 'he', f'{h} - חדשות העמק',
        '<header><a href="/" class="logo">חדשות העמק</a><nav><a href="/news">חדשות</a> <a href="/local">מקומי</a> <a href="/sport">ספורט</a> <a href="/culture">תרבות</a></nav></header>'
        f'<main><article class="katava"><h1>{h}</h1><h2 class="kav-mishne">בניית המרכז תחל בתחילת השנה הבאה ותימשך כשנתיים</h2>'
        '<div class="pratim"><span class="kotev">מאת יוסי לוי</span> | <span class="taarich">פורסם: 3 בספטמבר 2023, 11:51</span> | <span class="idkun">עודכן: 4 בספטמבר 2023, 08:30</span></div>'
        '<figure><img src="/images/2023/09/migrash.jpg" width="720" height="405" alt=""><figcaption>המגרש שעליו ייבנה המרכז הקהילתי <span>(צילום: דני כהן)</span></figcaption></figure>'
        f'<div class="guf-hakatava">{ps(*t)}</div>'
        '<div class="shitufim">שתפו: <a href="https://www.facebook.com/sharer/sharer.php?u=x">פייסבוק</a> <a href="https://wa.me/?text=x">וואטסאפ</a></div>'
        f'<section class="od-katavot"><h3>כתבות נוספות</h3><ul>{li(rel)}</ul></section>'
        '<section class="tguvot"><h3>תגובות</h3><ol><li><b>רונית</b> <span>3 בספטמבר 2023, 13:02</span><p>סוף סוף, הילדים צריכים מקום לחוגים.</p></li><li><b>משה</b> <span>4 בספטמבר 2023, 07:45</span><p>נחכה ונראה אם זה באמת ייבנה הפעם.</p></li></ol></section></article>'
        '<aside><h3>הכי נקראות</h3><ul>'
        + lid([('/news/2023/09/05/kvish-hadash-nisgar-77990.html', 'הכביש החדש נסגר לתנועה בלילות', '5 בספטמבר 2023'),
               ('/sport/2023/09/04/hapoel-nitzcha-77931.html', 'ניצחון ראשון לקבוצה המקומית', '4 בספטמבר 2023')])
        + '</ul></aside></main><footer>כל הזכויות שמורות © 2023 חדשות העמק</footer>',
        {'published': '2023-09-03', 'authors': ['יוסי לוי'], 'credits': ['דני כהן'], 'related': [u for u, _ in rel]}, rtl=True)

    # --- Hebrew, RTL: short numeric date with a two-digit year "21.01.24 | 11:51", caption with a separate credit span
    h = 'נפתח שביל האופניים לאורך חוף הים'
    t = ('שביל האופניים החדש לאורך חוף הים נפתח הבוקר לציבור, והוא מחבר לראשונה בין הנמל הישן בצפון העיר לבין חוף הדייגים בדרום.',
         'אורכו של השביל כשבעה קילומטרים, והוא מופרד לכל אורכו מהמדרכה של הולכי הרגל כדי למנוע תאונות בשעות העומס של סוף השבוע.',
         'בעירייה מסרו כי לאורך השביל הוצבו תחנות השכרה של אופניים חשמליים, ברזיות ומקומות ישיבה מוצלים, וכי בקיץ יותקנו גם מקלחות.',
         'רוכבים ותיקים שהגיעו לפתיחה אמרו כי חיכו לשביל הזה יותר מעשור, וכי עכשיו סוף סוף יוכלו לרכוב לעבודה בלי לחשוש מהמכוניות.')
    doc('p15-he-numeric', 'he', f'{h} | ים ועיר',
        '<div id="top"><a href="/"><img src="/img/logo.svg" alt="ים ועיר" width="160" height="40"></a><ul><li><a href="/news">חדשות</a></li><li><a href="/city">העיר</a></li><li><a href="/leisure">פנאי</a></li></ul></div>'
        f'<div class="art"><div class="art-header"><h1 class="art-title">{h}</h1><div class="art-sub">שבעה קילומטרים מהנמל הישן ועד חוף הדייגים</div>'
        '<div class="art-meta"><span class="art-author">אורית שמיר</span> <span class="art-date">21.01.24 | 11:51</span></div></div>'
        '<div class="art-image"><img src="/pics/2024/01/bike-path.jpg" width="700" height="394" alt=""><div class="art-image-text">רוכבים על השביל החדש ביום הפתיחה</div><div class="art-image-credit">צילום: רון אברהם</div></div>'
        f'<div class="art-body">{ps(*t)}</div><div class="art-tags"><a href="/tag/bikes">אופניים</a> <a href="/tag/beach">חוף הים</a></div></div>'
        '<div class="side"><div class="side-title">מבזקים</div><ul><li><span>12:30</span> <a href="/news/2024/01/21/tnua-kvedah-99120.html">תנועה כבדה בכניסה הצפונית</a></li><li><span>10:02</span> <a href="/news/2024/01/21/geshem-99101.html">גשם צפוי בערב</a></li></ul></div>'
        '<div id="foot">© 2024 ים ועיר</div>',
        {'published': '2024-01-21', 'headline': h, 'captions': ['רוכבים על השביל החדש ביום הפתיחה']}, rtl=True)

    # --- Ukrainian: <article>, "Автор:", "22 лютого 2024, 11:51", "Оновлено:", "Фото:" credit, Читайте також
    h = 'Міська рада затвердила програму ремонту шкіл на наступний рік'
    t = ('Депутати міської ради на сесії в четвер затвердили програму капітального ремонту шкіл, яка передбачає оновлення дванадцяти навчальних закладів протягом наступного року.',
         'За словами начальника управління освіти, насамперед замінять вікна, покрівлі та системи опалення, адже в деяких школах узимку температура в класах не піднімалася вище п’ятнадцяти градусів.',
         'Гроші на ремонт виділять з міського бюджету, а частину витрат покриє державна програма енергоефективності, до якої місто долучилося минулої осені.',
         'Батьки учнів сподіваються, що роботи проводитимуть переважно під час літніх канікул, щоб діти не були змушені навчатися в інших приміщеннях.')
    rel = [('/news/2024/02/21/shkilni-avtobusy-712345.html', 'Місто отримає ще три шкільні автобуси'),
           ('/news/2024/02/15/novyi-sadochok-711980.html', 'У мікрорайоні збудують новий дитячий садок')]
    doc('p15-uk-avtor', 'uk', f'{h} — Міські вісті',
        '<header class="shapka"><a href="/" class="logo">Міські вісті</a><nav><a href="/news">Новини</a> <a href="/economy">Економіка</a> <a href="/culture">Культура</a> <a href="/sport">Спорт</a></nav></header>'
        f'<div class="zmist"><article class="stattia"><h1>{h}</h1>'
        '<div class="meta"><span class="avtor">Автор: Олена Коваленко</span> · <time>22 лютого 2024, 11:51</time> · <span class="onovleno">Оновлено: 23 лютого 2024, 09:05</span></div>'
        '<figure><img src="/uploads/2024/02/shkola.jpg" width="760" height="428" alt=""><figcaption>Одна зі шкіл, яку відремонтують першою. Фото: Андрій Мельник</figcaption></figure>'
        f'<div class="tekst">{ps(*t)}</div>'
        '<div class="tegy">Теги: <a href="/tag/osvita">освіта</a> <a href="/tag/miskrada">міськрада</a></div>'
        f'<div class="chytaite"><h3>Читайте також</h3><ul>{li(rel)}</ul></div>'
        '<div class="podilytysia">Поділитися: <a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a> <a href="https://t.me/share/url?url=x">Telegram</a></div></article>'
        '<aside class="populiarne"><h3>Популярне</h3><ul>'
        + lid([('/news/2024/02/24/snihopad-paralizuvav-rukh-713002.html', 'Снігопад паралізував рух на виїзді з міста', '24 лютого 2024'),
               ('/news/2024/02/23/tsiny-na-proizd-712877.html', 'Ціни на проїзд не зміняться', '23 лютого 2024')])
        + '</ul></aside></div><footer>© 2010–2024 Міські вісті. Усі права захищено.</footer>',
        {'published': '2024-02-22', 'authors': ['Олена Коваленко'], 'related': [u for u, _ in rel], 'credits': ['Андрій Мельник']})

    # --- Ukrainian, old table layout: headline in div.zagolovok, "Середа, 15 травня 2024", caption row under the picture
    h = 'На околиці міста висадили нову березову алею'
    t = ('У вівторок на околиці міста волонтери, учні місцевих шкіл та працівники комунального підприємства висадили понад двісті молодих беріз уздовж дороги до озера.',
         'Ініціатором акції стала громадська організація, яка вже третій рік поспіль відновлює зелені насадження в районах, де колись вирубали старі дерева.',
         'Саджанці надав обласний лісгосп, а комунальники пообіцяли регулярно поливати дерева протягом перших двох років, поки вони остаточно не приживуться на новому місці.',
         'Організатори планують восени провести ще одну таку акцію й запрошують усіх охочих долучитися, зареєструвавшись заздалегідь на сторінці організації в соціальних мережах.')
    doc('p15-uk-table-old', 'uk', f'{h} :: Вісник району',
        '<table width="960" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="3"><img src="/img/top.jpg" width="960" height="120" alt="Вісник району"></td></tr>'
        '<tr><td colspan="3" class="menu"><a href="/">Головна</a> | <a href="/novyny">Новини</a> | <a href="/oholoshennia">Оголошення</a> | <a href="/kontakty">Контакти</a></td></tr>'
        '<tr><td width="180" valign="top" class="livo"><div class="blok-zag">Архів новин</div><a href="/arkhiv/2024/05">Травень 2024</a><br><a href="/arkhiv/2024/04">Квітень 2024</a><br><a href="/arkhiv/2024/03">Березень 2024</a></td>'
        f'<td valign="top" class="tsentr"><div class="zagolovok">{h}</div><div class="data">Середа, 15 травня 2024</div>'
        '<table align="left" cellpadding="4"><tr><td><img src="/foto/2024/alea.jpg" width="300" height="200"></td></tr><tr><td class="pidpys">Учні та волонтери висаджують берези вздовж дороги</td></tr></table>'
        f'{ps(*t)}<p class="pereglyady">Переглядів: 412</p></td>'
        '<td width="200" valign="top" class="pravo"><div class="blok-zag">Останні новини</div>'
        '<p><a href="/novyny/2024-05-17-remont-dorogy.html">Розпочався ремонт дороги на Заріччя</a><br><small>17.05.2024</small></p>'
        '<p><a href="/novyny/2024-05-14-koncert.html">У будинку культури відбувся концерт</a><br><small>14.05.2024</small></p></td></tr>'
        '<tr><td colspan="3" class="niz" align="center">© 2024 Вісник району. При використанні матеріалів посилання обов’язкове.</td></tr></table>',
        {'headline': h, 'published': '2024-05-15', 'captions': ['Учні та волонтери висаджують берези вздовж дороги']})

    # --- Romanian: "Autor:", "Publicat: marți, 10 octombrie 2023, 11:51" then "Actualizat:", single inline "Citește și:", "Foto:" credit
    h = 'Primăria modernizează piața agroalimentară din centrul orașului'
    t = ('Primăria a semnat contractul pentru modernizarea pieței agroalimentare din centrul orașului, iar lucrările ar urma să înceapă la jumătatea lunii viitoare și să dureze aproximativ un an.',
         'Proiectul prevede acoperirea completă a pieței, mese noi pentru producători, grupuri sanitare moderne și o parcare cu o sută de locuri pe latura dinspre gară.',
         'Pe durata lucrărilor, comercianții vor fi mutați într-o piață provizorie amenajată pe terenul fostei autobaze, la câteva sute de metri distanță.',
         'Mai mulți producători din satele din jur s-au declarat mulțumiți de proiect, dar se tem că în perioada de tranziție vor pierde o parte dintre clienții obișnuiți.')
    r1 = '/local/2023/10/parcarea-subterana-amanata-55412.html'
    doc('p15-ro-autor', 'ro', f'{h} - Gazeta de Vest',
        '<div id="header"><a href="/" id="logo">Gazeta de Vest</a><ul id="meniu"><li><a href="/local">Local</a></li><li><a href="/economie">Economie</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinii">Opinii</a></li></ul></div>'
        '<div id="continut"><div class="articol">'
        f'<h1 class="titlu">{h}</h1><div class="info-articol"><span class="autor">Autor: Andreea Popescu</span><br><span class="data">Publicat: marți, 10 octombrie 2023, 11:51</span> <span class="actualizat">Actualizat: miercuri, 11 octombrie 2023, 08:02</span></div>'
        '<div class="poza"><img src="/media/2023/10/piata-centrala.jpg" width="700" height="420" alt=""><p class="descriere">Piața agroalimentară din centru, înainte de începerea lucrărilor. Foto: Mihai Ionescu</p></div>'
        f'<div class="articol-continut">{ps(*t[:2])}<p><strong>Citește și:</strong> <a href="{r1}">Parcarea subterană din centru, amânată din nou</a></p>{ps(*t[2:])}</div>'
        '<div class="etichete">Etichete: <a href="/eticheta/piata">piață</a>, <a href="/eticheta/primarie">primărie</a></div>'
        '<div class="comentarii"><h3>Comentarii (1)</h3><div class="comentariu"><b>Ion V.</b> <span>10.10.2023, 13:20</span><p>Era timpul, piața arată jalnic de ani de zile.</p></div></div></div>'
        '<div class="coloana-dreapta"><h3>Cele mai citite</h3><ul>'
        + lid([('/local/2023/10/accident-pe-centura-55470.html', 'Accident pe centura orașului', '11 octombrie 2023'),
               ('/sport/2023/10/echipa-locala-victorie-55401.html', 'Victorie importantă pentru echipa locală', '9 octombrie 2023')])
        + '</ul></div></div><div id="footer">© 2023 Gazeta de Vest. Toate drepturile rezervate.</div>',
        {'published': '2023-10-10', 'authors': ['Andreea Popescu'], 'related': [r1], 'credits': ['Mihai Ionescu']})

    # --- Hungarian: "Szerző:", "2024. május 15. 11:51", "Frissítve:", "Fotó:" credit, Kapcsolódó cikkek (three)
    h = 'Felújítják a belvárosi strandot, jövő nyáron nyithat újra'
    t = ('Az önkormányzat döntése értelmében még idén ősszel megkezdődik a belvárosi strand teljes felújítása, így a létesítmény várhatóan csak jövő nyáron fogadhat ismét vendégeket.',
         'A tervek szerint kicserélik a medencék gépészetét, új gyermekmedencét építenek, és a régi öltözők helyén korszerű, akadálymentes kiszolgálóépület épül büfével és elsősegélyhellyel.',
         'A polgármester a szerdai sajtótájékoztatón elmondta, hogy a beruházás költségeinek nagyobb részét pályázati forrásból fedezik, a többit a város saját költségvetéséből állja.',
         'A környéken élők többsége örül a felújításnak, ugyanakkor sokan sajnálják, hogy egy teljes nyári szezonra strand nélkül marad a város.')
    rel = [('/belfold/2024/05/uszoda-nyaron-is-nyitva-20931', 'Az uszoda nyáron is nyitva tart'),
           ('/belfold/2024/04/uj-jatszoter-a-parkban-20877', 'Új játszótér épül a városi parkban'),
           ('/belfold/2024/03/strandbelepo-aremeles-20810', 'Nem drágul idén a strandbelépő')]
    doc('p15-hu-szerzo', 'hu', f'{h} | Városi Hírek',
        '<header><a href="/" class="logo">Városi Hírek</a><nav><a href="/belfold">Belföld</a> <a href="/gazdasag">Gazdaság</a> <a href="/sport">Sport</a> <a href="/kultura">Kultúra</a></nav></header>'
        f'<main class="cikk-oldal"><article class="cikk"><h1 class="cikk-cim">{h}</h1>'
        '<div class="cikk-meta"><span class="szerzo">Szerző: Kovács Anna</span> <span class="datum">2024. május 15. 11:51</span> <span class="frissitve">Frissítve: 2024. május 16. 08:30</span></div>'
        '<figure class="cikk-kep"><img src="/kepek/2024/05/strand.jpg" width="800" height="450" alt=""><figcaption>A strand medencéje a felújítás előtt <span class="forras">Fotó: Nagy Péter</span></figcaption></figure>'
        f'<div class="cikk-torzs">{ps(*t)}</div>'
        '<div class="cimkek">Címkék: <a href="/cimke/strand">strand</a> <a href="/cimke/onkormanyzat">önkormányzat</a></div>'
        f'<div class="kapcsolodo"><h3>Kapcsolódó cikkek</h3><ul>{li(rel)}</ul></div>'
        '<div class="megosztas">Megosztás: <a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a> <a href="mailto:?subject=strand">E-mail</a></div></article>'
        '<aside><h3>Legolvasottabb</h3><ol>'
        + lid([('/belfold/2024/05/vihar-csapott-le-20955', 'Vihar csapott le a városra', '2024. május 16.'),
               ('/sport/2024/05/bajnoki-cim-20948', 'Bajnoki címet nyert a kézilabdacsapat', '2024. május 14.')])
        + '</ol></aside></main><footer>© 2024 Városi Hírek Kft. Minden jog fenntartva.</footer>',
        {'published': '2024-05-15', 'authors': ['Kovács Anna'], 'related': [u for u, _ in rel], 'credits': ['Nagy Péter']})

    # --- Hungarian, 2009 table layout: headline in td.cim, "2009. március 12., csütörtök 14:30", caption with "(Fotó: ...)"
    h = 'Új buszjárat indul a kórház és a vasútállomás között'
    t = ('Hétfőtől új helyi buszjárat köti össze a városi kórházat a vasútállomással, így a vidékről érkező betegeknek már nem kell átszállniuk a belvárosban.',
         'A közlekedési vállalat tájékoztatása szerint a járat munkanapokon félóránként, hétvégén pedig óránként indul mindkét végállomásról, reggel öttől késő estig.',
         'A kórház igazgatója szerint az új járat különösen az idős betegeknek jelent nagy segítséget, akik eddig gyakran taxival voltak kénytelenek közlekedni.',
         'A menetrend a vállalat honlapján és a megállókban kihelyezett táblákon is megtalálható, a jegyek és a bérletek ára pedig egyelőre nem változik.')
    doc('p15-hu-table-old', 'hu', f'Megyei Napló - {h}',
        '<table width="900" align="center" border="0"><tr><td colspan="2"><a href="/"><img src="/kepek/fejlec.jpg" width="900" height="110" alt="Megyei Napló" border="0"></a></td></tr>'
        '<tr><td colspan="2" class="menu"><a href="/">Címlap</a> :: <a href="/rovat.php?r=1">Megye</a> :: <a href="/rovat.php?r=2">Gazdaság</a> :: <a href="/rovat.php?r=3">Sport</a></td></tr>'
        '<tr><td valign="top" width="640"><table width="100%" cellpadding="5"><tr><td class="cim">' + h + '</td></tr>'
        '<tr><td class="datum">2009. március 12., csütörtök 14:30</td></tr><tr><td class="szoveg">'
        '<table align="right"><tr><td><img src="/kepek/cikk/busz_megallo.jpg" width="280" height="200"></td></tr><tr><td class="kepalairas">A kórház előtti új buszmegálló (Fotó: Tóth Gábor)</td></tr></table>'
        + '<br><br>'.join(t) + '</td></tr><tr><td class="nyomtat"><a href="/nyomtat.php?id=8812">Nyomtatható változat</a></td></tr></table></td>'
        '<td valign="top" class="jobb"><b>Friss hírek</b><br><a href="/cikk.php?id=8815">Lezárják a Fő utcát</a> (2009.03.13.)<br><a href="/cikk.php?id=8809">Véradás a művelődési házban</a> (2009.03.11.)</td></tr>'
        '<tr><td colspan="2" class="lablec" align="center">Copyright © 2002-2009 Megyei Napló</td></tr></table>',
        {'headline': h, 'published': '2009-03-12', 'captions': ['A kórház előtti új buszmegálló'], 'credits': ['Tóth Gábor']})

    # --- Finnish: "Kirjoittaja:", "Julkaistu 15.5.2024 klo 11.51 | Päivitetty 16.5.2024 klo 8.02", "Kuva:" credit, Lue myös
    h = 'Kaupunki avaa uuden uimahallin syksyllä'
    t = ('Kaupungin uusi uimahalli avataan yleisölle syyskuun alussa, kertoo liikuntapalveluiden johtaja. Rakennustyöt ovat edenneet aikataulussa kevään sateista huolimatta, ja sisävalmistelut ovat jo pitkällä.',
         'Halliin tulee viisikymmenmetrinen kilpa-allas, erillinen opetusallas lapsille sekä kaksi saunaa, joista toinen on varattu kokonaan perheiden käyttöön iltaisin ja viikonloppuisin.',
         'Uimaseurojen edustajat ovat tyytyväisiä, sillä vanhassa hallissa harjoitusvuoroja on jouduttu jakamaan niin tiukasti, että osa nuorista on lopettanut harrastuksen kokonaan.',
         'Kertalipun hinta pysyy aluksi samana kuin vanhassa hallissa, mutta kaupunki aikoo tarkistaa maksuja ensi vuoden talousarvion yhteydessä, kertoo johtaja tiedotteessaan.')
    rel = [('/uutiset/2024/05/14/kirjaston-remontti-valmistuu-2101', 'Kirjaston remontti valmistuu kesäkuussa'),
           ('/uutiset/2024/05/08/liikuntapaikkojen-hinnat-2088', 'Liikuntapaikkojen hinnat pysyvät ennallaan')]
    doc('p15-fi-kirjoittaja', 'fi', f'{h} | Järvisen Sanomat',
        '<header class="sivun-ylaosa"><a href="/" class="logo">Järvisen Sanomat</a><nav><a href="/uutiset">Uutiset</a> <a href="/urheilu">Urheilu</a> <a href="/mielipide">Mielipide</a> <a href="/kulttuuri">Kulttuuri</a></nav></header>'
        f'<main><article class="artikkeli"><div class="osasto">Kotimaa</div><h1>{h}</h1>'
        '<div class="tiedot"><p class="kirjoittaja">Kirjoittaja: Laura Virtanen</p><p class="aika">Julkaistu 15.5.2024 klo 11.51 | Päivitetty 16.5.2024 klo 8.02</p></div>'
        '<figure><img src="/kuvat/2024/05/uimahalli.jpg" width="800" height="533" alt=""><figcaption>Uimahallin rakennustyömaa toukokuussa. <span class="kuvaaja">Kuva: Mikko Lehtonen</span></figcaption></figure>'
        f'<div class="leipateksti">{ps(*t)}</div>'
        f'<aside class="lue-myos"><h3>Lue myös</h3><ul>{li(rel)}</ul></aside>'
        '<div class="jaa">Jaa: <a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a> <a href="https://twitter.com/intent/tweet?url=x">X</a></div>'
        '<section class="kommentit"><h3>Kommentit (1)</h3><div class="kommentti"><b>Uimari</b> <span>15.5.2024 klo 13.07</span><p>Vihdoinkin, vanha halli on ollut aivan liian ahdas.</p></div></section></article>'
        '<aside class="luetuimmat"><h3>Luetuimmat</h3><ol>'
        + lid([('/uutiset/2024/05/17/myrsky-kaatoi-puita-2120', 'Myrsky kaatoi puita teille', '17.5.2024'),
               ('/urheilu/2024/05/16/jalkapallo-voitto-2115', 'Kotijoukkue voitti kauden avauksen', '16.5.2024')])
        + '</ol></aside></main><footer>© Järvisen Sanomat 2024</footer>',
        {'published': '2024-05-15', 'authors': ['Laura Virtanen'], 'credits': ['Mikko Lehtonen'], 'related': [u for u, _ in rel]})

    # --- Greek: "Συντάκτης:", genitive month "27 Μαρτίου 2024, 11:51", "Τελευταία ενημέρωση:", "Φωτογραφία:" credit, Σχετικά άρθρα
    h = 'Ανακαινίζεται το δημοτικό θέατρο της πόλης'
    t = ('Το δημοτικό συμβούλιο ενέκρινε ομόφωνα τη συνολική ανακαίνιση του δημοτικού θεάτρου, το οποίο παραμένει κλειστό εδώ και σχεδόν δύο χρόνια λόγω προβλημάτων στη στέγη.',
         'Σύμφωνα με τη μελέτη, θα αντικατασταθούν όλα τα καθίσματα της πλατείας, θα εγκατασταθεί νέο σύστημα κλιματισμού και θα γίνει πλήρης επισκευή της σκηνής.',
         'Ο δήμαρχος δήλωσε ότι το έργο χρηματοδοτείται από περιφερειακό πρόγραμμα και ότι οι εργασίες αναμένεται να ολοκληρωθούν πριν από την έναρξη της χειμερινής σεζόν.',
         'Οι τοπικοί θίασοι χαιρέτισαν την απόφαση, καθώς τα τελευταία χρόνια αναγκάζονταν να δίνουν παραστάσεις σε σχολικές αίθουσες και σε υπαίθριους χώρους.')
    rel = [('/topika/2024/03/26/nea-aithousa-synavlion-44821.html', 'Νέα αίθουσα συναυλιών στο παλιό εργοστάσιο'),
           ('/topika/2024/03/20/festival-theatrou-44702.html', 'Ξεκινά το φεστιβάλ ερασιτεχνικού θεάτρου')]
    doc('p15-el-syntaktis', 'el', f'{h} - Η Φωνή της Πόλης',
        '<header><a href="/" class="logo">Η Φωνή της Πόλης</a><nav><a href="/topika">Τοπικά</a> <a href="/ellada">Ελλάδα</a> <a href="/oikonomia">Οικονομία</a> <a href="/athlitika">Αθλητικά</a></nav></header>'
        f'<div class="periexomeno"><article class="arthro"><h1>{h}</h1>'
        '<div class="stoixeia"><span class="syntaktis">Συντάκτης: Γιώργος Παπαδόπουλος</span> | <span class="imerominia">27 Μαρτίου 2024, 11:51</span> | <span class="enimerosi">Τελευταία ενημέρωση: 28 Μαρτίου 2024, 09:15</span></div>'
        '<figure><img src="/eikones/2024/03/theatro.jpg" width="760" height="428" alt=""><figcaption>Η πρόσοψη του δημοτικού θεάτρου <span>Φωτογραφία: Νίκος Αλεξίου</span></figcaption></figure>'
        f'<div class="keimeno">{ps(*t)}</div>'
        '<div class="etiketes">Ετικέτες: <a href="/tag/theatro">θέατρο</a> <a href="/tag/dimos">δήμος</a></div>'
        f'<div class="sxetika"><h3>Σχετικά άρθρα</h3><ul>{li(rel)}</ul></div>'
        '<div class="sxolia"><h3>Σχόλια</h3><div class="sxolio"><b>Μαρία Κ.</b> <span>27/03/2024 14:22</span><p>Επιτέλους, το θέατρο είναι η ψυχή της πόλης.</p></div></div></article>'
        '<aside><h3>Δημοφιλή</h3><ul>'
        + lid([('/topika/2024/03/29/diakopi-nerou-44930.html', 'Διακοπή νερού σε τρεις γειτονιές', '29/03/2024'),
               ('/athlitika/2024/03/28/niki-omadas-44911.html', 'Σημαντική νίκη για την τοπική ομάδα', '28/03/2024')])
        + '</ul></aside></div><footer>© 2024 Η Φωνή της Πόλης. Με την επιφύλαξη παντός δικαιώματος.</footer>',
        {'published': '2024-03-27', 'authors': ['Γιώργος Παπαδόπουλος'], 'related': [u for u, _ in rel], 'credits': ['Νίκος Αλεξίου']})

    # --- Greek, table layout: headline in td.titlos, "Τετάρτη, 15/05/2024 - 11:51" and "Τελευταία ενημέρωση: Πέμπτη, 16/05/2024 - 08:40"
    h = 'Νέες θέσεις στάθμευσης στο κέντρο της πόλης'
    t = ('Ο δήμος ολοκλήρωσε τη διαμόρφωση νέου χώρου στάθμευσης με εκατόν πενήντα θέσεις δίπλα στη δημοτική αγορά, ο οποίος θα λειτουργήσει από την επόμενη Δευτέρα.',
         'Η στάθμευση θα είναι δωρεάν για τις πρώτες δύο ώρες, ενώ για μεγαλύτερο χρόνο θα ισχύει χαμηλή χρέωση μέσω της εφαρμογής του δήμου στο κινητό τηλέφωνο.',
         'Οι έμποροι της περιοχής εκτιμούν ότι η νέα ρύθμιση θα φέρει περισσότερους πελάτες στην αγορά, ιδίως τα Σάββατα που η κίνηση είναι μεγαλύτερη.',
         'Παράλληλα, η δημοτική αστυνομία θα εντείνει τους ελέγχους για την παράνομη στάθμευση στους γύρω δρόμους, όπου τα φαινόμενα είναι συχνά.')
    doc('p15-el-table-weekday', 'el', f'{h} - Ειδήσεις Νομού',
        '<table width="970" align="center" cellspacing="0" cellpadding="0"><tr><td colspan="2" class="kefalida"><a href="/"><img src="/images/logo.jpg" width="400" height="90" alt="Ειδήσεις Νομού" border="0"></a></td></tr>'
        '<tr><td colspan="2" class="menou"><a href="/">Αρχική</a> | <a href="/index.php?cat=2">Τοπικά</a> | <a href="/index.php?cat=5">Πολιτική</a> | <a href="/index.php?cat=7">Αθλητικά</a></td></tr>'
        '<tr><td valign="top" width="680"><table width="100%" cellpadding="6"><tr><td class="titlos">' + h + '</td></tr>'
        '<tr><td class="hmeromhnia">Τετάρτη, 15/05/2024 - 11:51 &nbsp; Τελευταία ενημέρωση: Πέμπτη, 16/05/2024 - 08:40</td></tr><tr><td class="keimeno">'
        '<table align="left" cellpadding="3"><tr><td><img src="/images/news/parking.jpg" width="320" height="213"></td></tr><tr><td class="lezanta">Ο νέος χώρος στάθμευσης δίπλα στην αγορά</td></tr></table>'
        f'{ps(*t)}</td></tr></table></td>'
        '<td valign="top" class="dexia"><div class="box-titlos">Τελευταία νέα</div>'
        '<p><a href="/index.php?id=30211">Κλειστός ο δρόμος προς το λιμάνι</a><br>16/05/2024 - 19:05</p><p><a href="/index.php?id=30198">Εκδήλωση για τα παιδιά στο πάρκο</a><br>14/05/2024 - 10:30</p></td></tr>'
        '<tr><td colspan="2" class="ypotitlos" align="center">Copyright © 2024 Ειδήσεις Νομού</td></tr></table>',
        {'headline': h, 'published': '2024-05-15', 'captions': ['Ο νέος χώρος στάθμευσης δίπλα στην αγορά']})

    # --- Swahili: div.habari-kamili, "Mwandishi:", "Imechapishwa: Jumanne, Agosti 13, 2024", "Picha:" credit, Habari Zaidi
    h = 'Wakulima wa mpunga wapata soko jipya la uhakika'
    t = ('Wakulima wa mpunga katika bonde la mto wamepata soko jipya la uhakika baada ya kampuni ya usindikaji kukubali kununua mavuno yao yote kwa bei iliyokubaliwa mapema.',
         'Mwenyekiti wa chama cha ushirika amesema makubaliano hayo yatawasaidia wakulima zaidi ya elfu mbili ambao kwa miaka mingi waliuza mpunga kwa madalali kwa bei ndogo.',
         'Kampuni hiyo pia itatoa mbegu bora na mafunzo kuhusu mbinu za kisasa za kilimo ili kuongeza mavuno kwa kila ekari katika misimu ijayo.',
         'Baadhi ya wakulima wameeleza matumaini kwamba kipato chao kitaongezeka na wataweza kulipa ada za shule za watoto wao bila kuchelewa.')
    rel = [('/habari/kitaifa/2024/08/bei-ya-mbolea-yashuka-3321', 'Bei ya mbolea yashuka kwa asilimia kumi'),
           ('/habari/kitaifa/2024/08/mvua-za-vuli-kuanza-mapema-3307', 'Mvua za vuli kuanza mapema mwaka huu')]
    doc('p15-sw-mwandishi', 'sw', f'{h} - Sauti ya Pwani',
        '<div class="kichwa"><a href="/" class="nembo">Sauti ya Pwani</a><ul class="menyu"><li><a href="/habari">Habari</a></li><li><a href="/biashara">Biashara</a></li><li><a href="/michezo">Michezo</a></li><li><a href="/burudani">Burudani</a></li></ul></div>'
        f'<div class="ukurasa"><div class="habari-kamili"><h1>{h}</h1>'
        '<div class="maelezo"><span class="mwandishi">Mwandishi: Amina Juma</span> <span class="tarehe">Imechapishwa: Jumanne, Agosti 13, 2024</span></div>'
        '<div class="picha"><img src="/picha/2024/08/wakulima-mpunga.jpg" width="720" height="405" alt=""><p class="maelezo-picha">Wakulima wakivuna mpunga katika bonde la mto. Picha: Hamisi Mwinyi</p></div>'
        f'<div class="maudhui">{ps(*t)}</div>'
        '<div class="shiriki">Shiriki: <a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a> <a href="https://wa.me/?text=x">WhatsApp</a></div>'
        f'<div class="habari-zaidi"><h3>Habari Zaidi</h3><ul>{li(rel)}</ul></div>'
        '<div class="maoni"><h3>Maoni</h3><div class="oni"><b>Juma K.</b> <span>Agosti 13, 2024 15:40</span><p>Hii ni habari njema kwa wakulima wadogo.</p></div></div></div>'
        '<div class="pembeni"><h3>Zilizosomwa Zaidi</h3><ul>'
        + lid([('/habari/kitaifa/2024/08/daraja-jipya-lafunguliwa-3340', 'Daraja jipya lafunguliwa rasmi', 'Agosti 14, 2024'),
               ('/michezo/2024/08/timu-ya-mkoa-yashinda-3335', 'Timu ya mkoa yashinda kombe', 'Agosti 12, 2024')])
        + '</ul></div></div><div class="chini">Haki zote zimehifadhiwa © 2024 Sauti ya Pwani</div>',
        {'published': '2024-08-13', 'authors': ['Amina Juma'], 'related': [u for u, _ in rel], 'credits': ['Hamisi Mwinyi']})

    # --- Filipino: "Ni", "Nobyembre 5, 2023 | 11:51 AM", inline "Basahin din:", "Larawan:" credit
    h = 'Bagong pampublikong palengke, bubuksan na sa susunod na buwan'
    t = ('Bubuksan na sa susunod na buwan ang bagong pampublikong palengke sa sentro ng bayan matapos ang halos dalawang taong konstruksiyon, ayon sa tanggapan ng alkalde.',
         'May mahigit tatlong daang puwesto ang bagong gusali para sa mga nagtitinda ng gulay, isda, karne at tuyong paninda, at may sariling paradahan para sa mga mamimili.',
         'Sinabi ng isang matagal nang tindera na umaasa siyang hindi masyadong tataas ang upa sa puwesto, dahil maliit lamang ang kinikita ng karamihan sa kanila araw-araw.',
         'Nangako naman ang pamahalaang bayan na bibigyan ng prayoridad ang mga dating nagtitinda sa lumang palengke bago buksan ang mga puwesto sa mga bagong aplikante.')
    r1 = '/balita/2023/11/04/trapiko-sa-poblacion-inayos-7741'
    doc('p15-tl-ni', 'tl', f'{h} | Balitang Bayan',
        '<header><a href="/" class="logo">Balitang Bayan</a><nav><a href="/balita">Balita</a> <a href="/probinsiya">Probinsiya</a> <a href="/isports">Isports</a> <a href="/showbiz">Showbiz</a></nav></header>'
        f'<main><article class="balita-buo"><h1>{h}</h1><p class="may-akda">Ni <a href="/may-akda/maria-santos">Maria Santos</a></p><p class="petsa">Nobyembre 5, 2023 | 11:51 AM</p>'
        '<figure><img src="/larawan/2023/11/palengke.jpg" width="720" height="480" alt=""><figcaption>Ang bagong gusali ng pampublikong palengke sa sentro ng bayan. (Larawan: Jose Reyes)</figcaption></figure>'
        f'{ps(*t[:2])}<p><strong>Basahin din:</strong> <a href="{r1}">Trapiko sa poblacion, inayos na ng munisipyo</a></p>{ps(*t[2:])}'
        '<div class="tags">Mga tag: <a href="/tag/palengke">palengke</a> <a href="/tag/lokal">lokal</a></div></article>'
        '<aside><h3>Pinakabinasa</h3><ul>'
        + lid([('/balita/2023/11/06/bagyo-papalapit-7790', 'Bagyo, papalapit sa lalawigan', 'Nobyembre 6, 2023'),
               ('/isports/2023/11/05/koponan-panalo-7772', 'Koponan ng bayan, panalo sa liga', 'Nobyembre 5, 2023')])
        + '</ul></aside></main><footer>© 2023 Balitang Bayan. Lahat ng karapatan ay nakalaan.</footer>',
        {'published': '2023-11-05', 'authors': ['Maria Santos'], 'related': [r1], 'captions': ['Ang bagong gusali ng pampublikong palengke sa sentro ng bayan']})

    # --- Croatian: "Napisao:", "3. lipnja 2024. u 11:51" (genitive month) and "Ažurirano:", "Foto:" credit, Vezani članci (three)
    h = 'Grad obnavlja staru tržnicu uz rivu'
    t = ('Gradsko vijeće na ponedjeljkovoj je sjednici odobrilo projekt obnove stare tržnice uz rivu, a radovi bi trebali početi odmah nakon završetka turističke sezone.',
         'Prema projektu, zgrada će dobiti novi krov, obnovljeno pročelje i moderne rashladne vitrine za ribu, dok će se u prizemlju urediti prostor za male obrtnike.',
         'Gradonačelnik je rekao da je obnova nužna jer je zgrada u lošem stanju, a dio prodavača već je prošle zime morao zatvoriti štandove zbog prokišnjavanja.',
         'Prodavači se nadaju da će tržnica tijekom radova ostati barem djelomično otvorena kako ne bi izgubili stalne kupce iz susjednih kvartova.')
    rel = [('/vijesti/lokalno/2024/06/nova-autobusna-linija-do-bolnice-19922', 'Nova autobusna linija do bolnice'),
           ('/vijesti/lokalno/2024/05/riva-zatvorena-za-promet-19870', 'Riva zatvorena za promet tijekom ljeta'),
           ('/vijesti/lokalno/2024/05/ribari-traze-novi-gat-19811', 'Ribari traže novi gat u luci')]
    doc('p15-hr-napisao', 'hr', f'{h} | Glas Primorja',
        '<header><a href="/" class="logo">Glas Primorja</a><nav><a href="/vijesti">Vijesti</a> <a href="/sport">Sport</a> <a href="/kultura">Kultura</a> <a href="/crna-kronika">Crna kronika</a></nav></header>'
        f'<div class="sadrzaj"><article class="clanak"><h1>{h}</h1>'
        '<div class="clanak-meta"><span class="autor">Napisao: Ivan Horvat</span> <span class="objavljeno">3. lipnja 2024. u 11:51</span> <span class="azurirano">Ažurirano: 4. lipnja 2024. u 08:15</span></div>'
        '<figure><img src="/slike/2024/06/trznica.jpg" width="760" height="507" alt=""><figcaption>Stara tržnica uz rivu prije početka radova <span class="foto">Foto: Marko Perić</span></figcaption></figure>'
        f'<div class="clanak-tekst">{ps(*t)}</div>'
        '<div class="oznake">Oznake: <a href="/tag/trznica">tržnica</a> <a href="/tag/gradsko-vijece">gradsko vijeće</a></div>'
        f'<div class="vezani"><h3>Vezani članci</h3><ul>{li(rel)}</ul></div>'
        '<div class="komentari"><h3>Komentari (1)</h3><div class="komentar"><b>Ante</b> <span>03.06.2024. 14:10</span><p>Samo da ne traje pet godina kao zadnji put.</p></div></div></article>'
        '<aside><h3>Najčitanije</h3><ul>'
        + lid([('/vijesti/lokalno/2024/06/nevrijeme-na-otocima-19940', 'Nevrijeme na otocima, bez struje stotine kućanstava', '5. lipnja 2024.'),
               ('/sport/2024/06/klub-ostaje-u-ligi-19931', 'Klub ostaje u prvoj ligi', '4. lipnja 2024.')])
        + '</ul></aside></div><footer>© 2024 Glas Primorja. Sva prava pridržana.</footer>',
        {'published': '2024-06-03', 'authors': ['Ivan Horvat'], 'related': [u for u, _ in rel], 'credits': ['Marko Perić']})

    # --- Serbian Cyrillic: "Аутор:", "27. новембар 2023. 09:40", Повезане вести; most-read list before the story
    h = 'Почиње изградња новог вртића у насељу поред реке'
    t = ('Градска управа саопштила је да ће изградња новог вртића у насељу поред реке почети до краја године, након што је у понедељак потписан уговор са извођачем радова.',
         'Нови објекат имаће десет група и простор за око двеста педесет деце, што би требало да знатно смањи листе чекања у овом делу града.',
         'Родитељи из насеља годинама су тражили да се вртић изгради, јер су деца до сада морала да путују у удаљене делове града сваког јутра.',
         'Према плану, радови ће трајати осамнаест месеци, а вртић би требало да прими прве малишане почетком школске године после следеће.')
    rel = [('/vesti/drustvo/2023/11/nova-skola-u-centru-88123', 'Нова школа у центру до септембра'),
           ('/vesti/drustvo/2023/11/produzeno-radno-vreme-vrtica-88040', 'Продужено радно време вртића')]
    doc('p15-sr-cyrl', 'sr', f'{h} | Градске новине',
        '<div id="zaglavlje"><a href="/">Градске новине</a><ul><li><a href="/vesti">Вести</a></li><li><a href="/politika">Политика</a></li><li><a href="/sport">Спорт</a></li><li><a href="/kultura">Култура</a></li></ul></div>'
        '<div id="sadrzaj"><div class="levo"><h4>Најчитаније</h4><ul>'
        + lid([('/vesti/drustvo/2023/11/zimska-sluzba-spremna-88210', 'Зимска служба спремна за снег', '28. новембар 2023.'),
               ('/vesti/drustvo/2023/11/nova-linija-gradskog-prevoza-88177', 'Нова линија градског превоза', '26. новембар 2023.')])
        + '</ul></div><div class="vest">'
        f'<h1>{h}</h1><div class="podaci"><span>Аутор: Милош Јовановић</span> | <span>27. новембар 2023. 09:40</span></div>'
        '<div class="slika"><img src="/slike/2023/11/plac-vrtic.jpg" width="700" height="420" alt=""><p>Плац на коме ће бити изграђен вртић. Фото: Драган Николић</p></div>'
        f'<div class="tekst">{ps(*t)}</div>'
        f'<div class="povezane"><h3>Повезане вести</h3><ul>{li(rel)}</ul></div>'
        '<div class="podeli">Подели: <a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a> <a href="viber://forward?text=x">Viber</a></div></div></div>'
        '<div id="podnozje">© 2023 Градске новине. Сва права задржана.</div>',
        {'published': '2023-11-27', 'authors': ['Милош Јовановић'], 'headline': h, 'related': [u for u, _ in rel]})

    # --- Serbian Latin: <article>, "Autor:", "05.12.2023. 18:20" and "Ažurirano: 06.12.2023. 08:30", comments
    h = 'Nova biciklistička staza povezaće centar i jezero'
    t = ('Gradsko veće usvojilo je plan izgradnje biciklističke staze duge osam kilometara, koja će prvi put povezati centar grada sa izletištem na jezeru.',
         'Staza će biti odvojena od kolovoza zelenim pojasom, a duž cele trase biće postavljena rasveta, klupe i nekoliko stanica za popravku bicikala.',
         'Predstavnici udruženja biciklista pozdravili su odluku, ali upozoravaju da je potrebno urediti i bezbedne prelaze preko dve prometne raskrsnice na ulazu u grad.',
         'Radovi bi trebalo da počnu na proleće, a prva deonica do gradskog stadiona mogla bi da bude završena već do početka leta sledeće godine.')
    doc('p15-sr-latn', 'sr-Latn', f'{h} - Dnevni list Ravnica',
        '<header><a href="/" class="logo">Ravnica</a><nav><a href="/vesti">Vesti</a> <a href="/grad">Grad</a> <a href="/ekonomija">Ekonomija</a> <a href="/sport">Sport</a></nav></header>'
        f'<main><article><header><h1>{h}</h1><p class="meta">Autor: Jelena Petrović | 05.12.2023. 18:20 | Ažurirano: 06.12.2023. 08:30</p></header>'
        '<figure><img src="/uploads/2023/12/staza-jezero.jpg" width="760" height="428" alt=""><figcaption>Trasa buduće biciklističke staze kod jezera (Foto: Stefan Marković)</figcaption></figure>'
        f'{ps(*t)}'
        '<footer class="article-footer">Tagovi: <a href="/tag/biciklisti">biciklisti</a>, <a href="/tag/jezero">jezero</a></footer></article>'
        '<section class="komentari"><h3>Komentari</h3><article class="komentar"><b>Nikola</b> <time>06.12.2023. 07:55</time><p>Konačno, godinama se priča o ovoj stazi.</p></article></section>'
        '<aside><h3>Najnovije</h3><ul>'
        + lid([('/grad/2023/12/07/grejanje-u-skolama-55021', 'Problemi sa grejanjem u dve škole', '07.12.2023.'),
               ('/sport/2023/12/06/rukometasi-pobedili-55002', 'Rukometaši pobedili u derbiju', '06.12.2023.')])
        + '</ul></aside></main><footer>© 2023 Dnevni list Ravnica</footer>',
        {'published': '2023-12-05', 'authors': ['Jelena Petrović'], 'headline': h, 'captions': ['Trasa buduće biciklističke staze kod jezera']})

    # --- Lithuanian: "Autorius:", "2024 m. balandžio 9 d. 14:05" and "Atnaujinta:", "Nuotr.:" credit, Susiję straipsniai
    h = 'Senamiestyje atnaujinta centrinė aikštė'
    t = ('Po daugiau nei metus trukusių darbų senamiestyje vėl atidaryta centrinė aikštė, kurioje atsirado naujas grindinys, daugiau suoliukų ir pasodinta dvidešimt naujų liepų.',
         'Savivaldybės atstovai teigia, kad rekonstrukcijos metu buvo išsaugoti seni akmenys, o po aikšte nutiesti nauji vandentiekio ir lietaus nuotekų vamzdžiai.',
         'Vietos kavinių savininkai tikisi, kad atnaujinta erdvė pritrauks daugiau turistų, nes darbų metu lankytojų srautas senamiestyje buvo gerokai sumažėjęs, o kai kurios kavinės net laikinai užsidarė.',
         'Vasarą aikštėje planuojama rengti koncertus ir mugę, o savaitgaliais čia veiks ūkininkų turgus su vietiniais produktais ir amatininkų dirbiniais iš viso regiono.')
    rel = [('/naujienos/miestas/2024/04/fontanas-vel-veiks-1204512', 'Fontanas vėl veiks nuo gegužės'),
           ('/naujienos/miestas/2024/03/senamiescio-gatves-uzdarytos-1203877', 'Senamiesčio gatvės uždarytos eismui')]
    doc('p15-lt-autorius', 'lt', f'{h} - Miesto žinios',
        '<header><a href="/" class="logo">Miesto žinios</a><nav><a href="/naujienos">Naujienos</a> <a href="/verslas">Verslas</a> <a href="/sportas">Sportas</a> <a href="/kultura">Kultūra</a></nav></header>'
        f'<div class="turinys"><div class="straipsnis"><h1>{h}</h1>'
        '<div class="info"><span class="autorius">Autorius: Tomas Kazlauskas</span> <span class="data">2024 m. balandžio 9 d. 14:05</span> <span class="atnaujinta">Atnaujinta: 2024 m. balandžio 10 d. 08:12</span></div>'
        '<div class="nuotrauka"><img src="/nuotraukos/2024/04/aikste.jpg" width="760" height="507" alt=""><div class="aprasymas">Atnaujinta senamiesčio aikštė antradienio rytą. <span>Nuotr.: Rūta Jonaitė</span></div></div>'
        f'<div class="tekstas">{ps(*t)}</div>'
        f'<div class="susije"><h3>Susiję straipsniai</h3><ul>{li(rel)}</ul></div>'
        '<div class="komentarai"><h3>Komentarai</h3><div class="k"><b>Vilma</b> <span>2024-04-09 18:30</span><p>Labai graži aikštė, tik trūksta pavėsio.</p></div></div></div>'
        '<div class="soninis"><h3>Skaitomiausi</h3><ul>'
        + lid([('/naujienos/miestas/2024/04/tiltas-remontuojamas-1204630', 'Tiltas bus remontuojamas visą vasarą', '2024-04-10'),
               ('/sportas/2024/04/krepsinio-pergale-1204588', 'Svarbi krepšinio komandos pergalė', '2024-04-08')])
        + '</ul></div></div><footer>© 2024 Miesto žinios. Visos teisės saugomos.</footer>',
        {'published': '2024-04-09', 'authors': ['Tomas Kazlauskas'], 'related': [u for u, _ in rel], 'credits': ['Rūta Jonaitė']})

    # --- Latvian: "Autors:", "Publicēts: 2024. gada 22. janvārī, 10:12", "Foto:" credit, Saistītie raksti
    h = 'Pilsētā atklāts jauns bērnu rotaļu laukums'
    t = ('Pilsētas parkā pirmdien atklāts jauns bērnu rotaļu laukums, kurā ir šūpoles, kāpšanas sienas un speciālas ierīces bērniem ar kustību traucējumiem.',
         'Pašvaldības pārstāvis pastāstīja, ka laukuma būvniecība izmaksāja aptuveni simt piecdesmit tūkstošus eiro un daļu līdzekļu šim mērķim piešķīra vairāki vietējie uzņēmēji.',
         'Vecāki, kuri jau pirmajā dienā atveda bērnus uz laukumu, atzina, ka šāda vieta pilsētas centrā ir ļoti gaidīta, jo iepriekšējais laukums bija novecojis.',
         'Nākamajā gadā pašvaldība plāno parkā ierīkot arī soliņus vecākiem un nelielu kafejnīcu, kas darbotos siltajos mēnešos no maija līdz septembra beigām.')
    rel = [('/zinas/pilseta/2024/01/slidotava-atverta-parka-55231', 'Parkā atvērta slidotava'),
           ('/zinas/pilseta/2024/01/jauns-apgaismojums-ielam-55190', 'Jauns apgaismojums trijām ielām')]
    doc('p15-lv-autors', 'lv', f'{h} | Novada Vēstis',
        '<header><a href="/" class="logo">Novada Vēstis</a><nav><a href="/zinas">Ziņas</a> <a href="/ekonomika">Ekonomika</a> <a href="/sports">Sports</a> <a href="/kultura">Kultūra</a></nav></header>'
        f'<main><div class="raksts"><h1>{h}</h1>'
        '<div class="raksta-info"><span class="autors">Autors: Jānis Bērziņš</span> <span class="datums">Publicēts: 2024. gada 22. janvārī, 10:12</span></div>'
        '<figure><img src="/bildes/2024/01/rotalu-laukums.jpg" width="760" height="428" alt=""><figcaption>Jaunais rotaļu laukums pilsētas parkā. Foto: Līga Kalniņa</figcaption></figure>'
        f'<div class="raksta-teksts">{ps(*t)}</div>'
        f'<div class="saistitie"><h3>Saistītie raksti</h3><ul>{li(rel)}</ul></div>'
        '<div class="dalies">Dalies: <a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a> <a href="https://www.draugiem.lv/say/ext/add.php?link=x">Draugiem</a></div></div>'
        '<aside><h3>Lasītākie</h3><ul>'
        + lid([('/zinas/pilseta/2024/01/sniega-vetra-55260', 'Sniega vētra apgrūtina satiksmi', '23.01.2024.'),
               ('/sports/2024/01/hokeja-uzvara-55244', 'Hokejisti izcīna uzvaru', '21.01.2024.')])
        + '</ul></aside></main><footer>© 2024 Novada Vēstis</footer>',
        {'published': '2024-01-22', 'authors': ['Jānis Bērziņš'], 'related': [u for u, _ in rel], 'credits': ['Līga Kalniņa']})

    # --- Estonian, no classes at all: "Autor:", "12. september 2023, 16:45" and "Uuendatud:", Loe ka
    h = 'Linn avab sügisel uue raamatukogu'
    t = ('Linnavalitsus teatas teisipäeval, et uus keskraamatukogu avab uksed lugejatele oktoobri lõpus, kuigi esialgu plaaniti avamist alles järgmisel kevadel, kui ehitustööd pidid lõppema.',
         'Kolmekorruselises hoones on lastele eraldi lugemissaal, vaikne õpperuum kooliõpilastele ja üliõpilastele ning suur saal, kus saab korraldada kontserte, näitusi ja kirjandusõhtuid.',
         'Raamatukogu direktori sõnul kolitakse vanast majast üle ligi sada tuhat raamatut, mistõttu on vana raamatukogu kaks nädalat enne avamist suletud.',
         'Linnaelanikud on uue hoone üle rõõmsad, kuid mõned on mures, et raamatukogu asub kesklinnast veidi eemal ja sinna ei sõida veel ühtki bussi.')
    rel = [('/uudised/2023/09/koolimaja-remont-lopeb-120345', 'Koolimaja remont lõpeb novembris'),
           ('/uudised/2023/08/uus-bussiliin-kesklinna-120112', 'Uus bussiliin viib kesklinna')]
    doc('p15-et-noclass', 'et', f'{h} - Linnaleht',
        '<div><a href="/"><img src="/logo.png" alt="Linnaleht" width="180" height="40"></a> <a href="/uudised">Uudised</a> <a href="/arvamus">Arvamus</a> <a href="/sport">Sport</a> <a href="/kultuur">Kultuur</a></div>'
        f'<div><div><h1>{h}</h1><p>Autor: Kadri Tamm</p><p>12. september 2023, 16:45 · Uuendatud: 13. september 2023, 09:20</p>'
        '<figure><img src="/pildid/2023/09/raamatukogu.jpg" width="700" height="467" alt=""><figcaption>Uue raamatukogu hoone ehitusplatsil. Foto: Margus Saar</figcaption></figure>'
        f'{ps(*t)}<h3>Loe ka</h3><ul>{li(rel)}</ul>'
        '<h3>Kommentaarid (1)</h3><div><b>Mati</b> <small>12.09.2023 18:02</small><p>Väga hea uudis, vana maja oli ammu kitsas.</p></div></div>'
        '<div><h3>Loetumad</h3><ul>'
        + lid([('/uudised/2023/09/torm-murdis-puid-120402', 'Torm murdis linnas puid', '13.09.2023'),
               ('/sport/2023/09/jalgpallivoit-120388', 'Kohalik klubi võitis karikamängu', '11.09.2023')])
        + '</ul></div></div><div>© 2023 Linnaleht</div>',
        {'published': '2023-09-12', 'authors': ['Kadri Tamm'], 'related': [u for u, _ in rel], 'captions': ['Uue raamatukogu hoone ehitusplatsil']})

    # --- Catalan: "Per", "Dijous, 7 de març de 2024, 11:51 h" and "Actualitzat:", "Foto:" credit, Les també
    h = 'L’Ajuntament amplia la xarxa de carrils bici al centre'
    t = ('L’Ajuntament ha aprovat aquest dijous l’ampliació de la xarxa de carrils bici al centre de la ciutat, amb set quilòmetres nous que es construiran abans de l’estiu.',
         'Segons el regidor de mobilitat, els nous trams connectaran les estacions de tren amb els principals instituts i el mercat municipal, que fins ara no tenien accés segur en bicicleta.',
         'Les associacions de veïns han valorat positivament el projecte, tot i que alguns comerciants temen perdre places d’aparcament davant de les botigues del carrer Major.',
         'El consistori preveu instal·lar també aparcaments per a bicicletes al costat de les escoles i organitzar campanyes de formació per als alumnes de primària.')
    rel = [('/societat/2024/03/06/bicicleta-publica-arriba-als-barris-4412.html', 'La bicicleta pública arriba als barris'),
           ('/societat/2024/02/28/zona-de-baixes-emissions-4380.html', 'La zona de baixes emissions s’amplia a l’abril')]
    doc('p15-ca-per', 'ca', f'{h} | Diari del Camp',
        '<header><a href="/" class="logo">Diari del Camp</a><nav><a href="/societat">Societat</a> <a href="/politica">Política</a> <a href="/economia">Economia</a> <a href="/esports">Esports</a> <a href="/cultura">Cultura</a></nav></header>'
        f'<main><article class="noticia"><h1>{h}</h1><p class="subtitol">Set quilòmetres nous connectaran estacions, instituts i el mercat</p>'
        '<div class="signatura"><span class="autor">Per Jordi Puig</span> <span class="data">Dijous, 7 de març de 2024, 11:51 h</span> <span class="actualitzat">Actualitzat: 8 de març de 2024, 09:30 h</span></div>'
        '<figure><img src="/imatges/2024/03/carril-bici.jpg" width="760" height="507" alt=""><figcaption>Un dels nous carrils bici a la plaça Major <span class="credit">Foto: Núria Vidal</span></figcaption></figure>'
        f'<div class="cos">{ps(*t)}</div>'
        '<div class="etiquetes">Etiquetes: <a href="/etiqueta/bicicleta">bicicleta</a> <a href="/etiqueta/mobilitat">mobilitat</a></div>'
        f'<div class="les-tambe"><h3>Les també</h3><ul>{li(rel)}</ul></div>'
        '<div class="comentaris"><h3>Comentaris</h3><div class="comentari"><b>Marta</b> <span>07/03/2024 12:40</span><p>Ja era hora, anar a l’institut en bici és perillós.</p></div></div></article>'
        '<aside><h3>El més llegit</h3><ol>'
        + lid([('/societat/2024/03/08/tall-d-aigua-4431.html', 'Tall d’aigua divendres al barri antic', '08/03/2024'),
               ('/esports/2024/03/06/victoria-del-club-4419.html', 'Victòria del club a casa', '06/03/2024')])
        + '</ol></aside></main><footer>© 2024 Diari del Camp. Tots els drets reservats.</footer>',
        {'published': '2024-03-07', 'authors': ['Jordi Puig'], 'related': [u for u, _ in rel], 'credits': ['Núria Vidal']})

    # --- Norwegian: "Av", "Publisert 04.11.2023 18:30" and "Oppdatert 05.11.2023 07:12", "Foto:" credit, Les også
    h = 'Ny gang- og sykkelbro åpnet over elva'
    t = ('Lørdag ettermiddag ble den nye gang- og sykkelbrua over elva offisielt åpnet, og flere hundre mennesker møtte opp for å gå over den aller første gangen.',
         'Brua er hundre og tjue meter lang og knytter boligfeltet på østsiden sammen med skolen og idrettsanlegget på den andre siden av elva.',
         'Ordføreren sa i åpningstalen at prosjektet har vært planlagt i nesten ti år, og at mange barn nå slipper å gå langs den trafikkerte riksveien.',
         'Kommunen skal i løpet av vinteren også sette opp belysning langs stien ned til brua, slik at den blir tryggere å bruke om kvelden.')
    rel = [('/nyheter/2023/11/03/bussrutene-endres-fra-desember-81234', 'Bussrutene endres fra desember'),
           ('/nyheter/2023/10/27/ny-skolevei-langs-elva-81102', 'Ny skolevei langs elva er ferdig')]
    doc('p15-nb-av', 'nb', f'{h} – Dalen Avis',
        '<header><a href="/" class="logo">Dalen Avis</a><nav><a href="/nyheter">Nyheter</a> <a href="/sport">Sport</a> <a href="/kultur">Kultur</a> <a href="/meninger">Meninger</a></nav></header>'
        f'<main><article><h1>{h}</h1><p class="ingress">Flere hundre møtte opp da brua ble åpnet lørdag.</p>'
        '<div class="byline"><span class="forfatter">Av Ingrid Hansen</span><br><span class="dato">Publisert 04.11.2023 18:30</span> <span class="dato">Oppdatert 05.11.2023 07:12</span></div>'
        '<figure><img src="/bilder/2023/11/brua.jpg" width="760" height="507" alt=""><figcaption>Den nye brua over elva lørdag ettermiddag. Foto: Ole Nilsen</figcaption></figure>'
        f'{ps(*t)}<div class="les-ogsa"><h3>Les også</h3><ul>{li(rel)}</ul></div>'
        '<div class="del">Del: <a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a> <a href="mailto:?subject=brua">E-post</a></div></article>'
        '<aside><h3>Mest lest</h3><ol>'
        + lid([('/nyheter/2023/11/06/stengt-vei-etter-ras-81301', 'Stengt vei etter ras', '06.11.2023'),
               ('/sport/2023/11/05/seier-i-serieavslutningen-81288', 'Seier i serieavslutningen', '05.11.2023')])
        + '</ol></aside></main><footer>© 2023 Dalen Avis. Ansvarlig redaktør: Kari Berg</footer>',
        {'published': '2023-11-04', 'authors': ['Ingrid Hansen'], 'related': [u for u, _ in rel], 'credits': ['Ole Nilsen']})

    # --- Turkish, no classes at all: "Muhabir:", "Yayınlanma: 03.06.2024 - 08:15 | Güncelleme: 04.06.2024 - 10:40", İlgili Haberler, Çok Okunanlar
    h = 'İlçede kapalı pazar yeri hizmete açıldı'
    t = ('İlçe belediyesi tarafından yapımı tamamlanan kapalı pazar yeri, pazartesi sabahı düzenlenen törenle esnafın ve vatandaşların hizmetine açıldı ve ilk gün yoğun ilgi gördü.',
         'Yaklaşık dört yüz tezgahın bulunduğu pazar yerinde ayrıca otopark, tuvaletler, bebek bakım odası ve engelli vatandaşlar için özel bir giriş yer alıyor.',
         'Pazarcı esnafı, yıllardır yağmurda ve çamurda tezgah açmak zorunda kaldıklarını, yeni binanın hem kendileri hem de müşteriler için büyük bir kolaylık sağlayacağını söyledi.',
         'Belediye başkanı, pazar yerinin hafta içi akşamları ve pazar günleri ücretsiz otopark olarak da kullanılacağını, böylece çarşıdaki park sorununun azalacağını ifade etti.')
    rel = [('/haber/2024/05/pazar-yeri-insaatinda-sona-gelindi-7714.html', 'Pazar yeri inşaatında sona gelindi'),
           ('/haber/2024/04/carsida-otopark-sorunu-7650.html', 'Çarşıda otopark sorunu büyüyor')]
    doc('p15-tr-noclass', 'tr', f'{h} | İlçe Gazetesi',
        '<div><a href="/"><img src="/logo.gif" alt="İlçe Gazetesi" width="200" height="50"></a></div>'
        '<div><a href="/">Anasayfa</a> - <a href="/gundem">Gündem</a> - <a href="/ekonomi">Ekonomi</a> - <a href="/spor">Spor</a> - <a href="/iletisim">İletişim</a></div>'
        '<div><div>'
        f'<h1>{h}</h1><p>Muhabir: Ayşe Kaya</p><p>Yayınlanma: 03.06.2024 - 08:15 | Güncelleme: 04.06.2024 - 10:40</p>'
        '<p><img src="/uploads/2024/06/kapali-pazar.jpg" width="640" height="400"></p>'
        f'{ps(*t)}'
        f'<h3>İlgili Haberler</h3><ul>{li(rel)}</ul>'
        '<h3>Yorumlar</h3><p><b>Hasan</b> - 03.06.2024 12:30<br>Çok güzel olmuş, emeği geçenlere teşekkürler.</p></div>'
        '<div><h3>Çok Okunanlar</h3><ul>'
        + lid([('/haber/2024/06/su-kesintisi-uyarisi-7760.html', 'Su kesintisi uyarısı', '05.06.2024'),
               ('/spor/2024/06/amator-lig-finali-7752.html', 'Amatör lig finali oynandı', '02.06.2024')])
        + '</ul></div></div><div>© 2024 İlçe Gazetesi - Tüm hakları saklıdır.</div>',
        {'published': '2024-06-03', 'authors': ['Ayşe Kaya'], 'headline': h, 'related': [u for u, _ in rel]})

    # --- Hindi: "लेखक:", "गुरुवार, 22 अगस्त 2024, 06:40 PM", only most-read and latest lists besides the story: no related block
    h = 'किसानों के लिए नई सिंचाई योजना की घोषणा'
    t = ('राज्य सरकार ने गुरुवार को किसानों के लिए एक नई सिंचाई योजना की घोषणा की, जिसके तहत छोटे और सीमांत किसानों को ड्रिप सिंचाई उपकरणों पर भारी सब्सिडी दी जाएगी।',
         'कृषि मंत्री ने बताया कि योजना का उद्देश्य पानी की बचत करना और कम बारिश वाले जिलों में फसल उत्पादन को स्थिर बनाए रखना है।',
         'योजना के लिए आवेदन अगले महीने से ऑनलाइन शुरू होंगे और किसान अपने नजदीकी कृषि कार्यालय में जाकर भी फॉर्म जमा कर सकेंगे।',
         'किसान संगठनों ने इस घोषणा का स्वागत किया है, लेकिन साथ ही मांग की है कि सब्सिडी की राशि सीधे किसानों के बैंक खातों में भेजी जाए।')
    doc('p15-hi-no-related', 'hi', f'{h} - खेती किसानी समाचार',
        '<header><a href="/" class="logo">खेती किसानी समाचार</a><nav><a href="/">होम</a> <a href="/yojana">योजनाएं</a> <a href="/mandi-bhav">मंडी भाव</a> <a href="/mausam">मौसम</a></nav></header>'
        '<div class="content"><div class="main-col">'
        f'<h1 class="post-title">{h}</h1><div class="post-meta">लेखक: सुनीता वर्मा | गुरुवार, 22 अगस्त 2024, 06:40 PM</div>'
        f'<div class="post-body">{ps(*t)}</div>'
        '<div class="tags">टैग: <a href="/tag/sinchai">सिंचाई</a> <a href="/tag/subsidy">सब्सिडी</a></div>'
        '<div class="share">शेयर करें: <a href="https://wa.me/?text=x">WhatsApp</a> <a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a></div>'
        '<div class="comments"><h3>टिप्पणियां (1)</h3><div class="comment"><b>रामप्रसाद</b> <span>23 अगस्त 2024</span><p>आवेदन की अंतिम तारीख भी बताइए।</p></div></div></div>'
        '<div class="side-col"><h3>सबसे ज्यादा पढ़ी गई</h3><ul>'
        + lid([('/yojana/pm-kisan-kist-jari-5521.html', 'किसान सम्मान निधि की नई किस्त जारी', '21 अगस्त 2024'),
               ('/mandi-bhav/gehun-ke-daam-badhe-5518.html', 'मंडी में गेहूं के दाम बढ़े', '20 अगस्त 2024')])
        + '</ul><h3>ताज़ा खबरें</h3><ul>'
        + lid([('/mausam/bhari-barish-ki-chetavani-5530.html', 'अगले दो दिन भारी बारिश की चेतावनी', '23 अगस्त 2024')])
        + '</ul></div></div><footer>© 2024 खेती किसानी समाचार</footer>',
        {'published': '2024-08-22', 'authors': ['सुनीता वर्मा'], 'related': []})

    # --- Slovenian: "Avtor:", numeric date with spaces "19. 9. 2024 ob 07:30" and "Posodobljeno:", "Foto:" credit, Sorodne novice
    h = 'Občina bo obnovila staro šolo v središču vasi'
    t = ('Občinski svet je na seji v sredo sprejel odločitev, da bo stara šola v središču vasi celovito obnovljena in spremenjena v večnamenski kulturni dom.',
         'V pritličju bodo uredili knjižnico in prostor za društva, v prvem nadstropju pa dvorano za prireditve, ki bo lahko sprejela okoli sto obiskovalcev.',
         'Župan je povedal, da bo večino sredstev zagotovila država, občina pa bo iz lastnega proračuna pokrila stroške projektne dokumentacije in nadzora.',
         'Krajani, ki so šolo obiskovali še kot otroci, so veseli, da stavba ne bo porušena, saj je pomemben del zgodovine in podobe vasi.')
    rel = [('/novice/lokalno/2024/09/vrtec-dobi-novo-igrisce-334512', 'Vrtec dobi novo igrišče'),
           ('/novice/lokalno/2024/09/cesta-skozi-vas-zaprta-334470', 'Cesta skozi vas bo zaprta tri tedne')]
    doc('p15-sl-avtor', 'sl', f'{h} | Dolenjske novice',
        '<header><a href="/" class="logo">Dolenjske novice</a><nav><a href="/novice">Novice</a> <a href="/sport">Šport</a> <a href="/kultura">Kultura</a> <a href="/kronika">Kronika</a></nav></header>'
        f'<main><article class="novica"><h1>{h}</h1>'
        '<div class="podatki"><span class="avtor">Avtor: Ana Novak</span> <span class="datum">19. 9. 2024 ob 07:30</span> <span class="posodobljeno">Posodobljeno: 20. 9. 2024 ob 10:02</span></div>'
        '<figure><img src="/slike/2024/09/stara-sola.jpg" width="760" height="507" alt=""><figcaption>Stara šolska stavba v središču vasi. Foto: Luka Zupan</figcaption></figure>'
        f'<div class="besedilo">{ps(*t)}</div>'
        f'<div class="sorodne"><h3>Sorodne novice</h3><ul>{li(rel)}</ul></div>'
        '<div class="komentarji"><h3>Komentarji (1)</h3><div class="komentar"><b>Marjan</b> <span>19. 9. 2024 ob 09:14</span><p>Lepo, da bo šola dobila novo življenje.</p></div></div></article>'
        '<aside><h3>Najbolj brano</h3><ul>'
        + lid([('/novice/kronika/2024/09/poplave-ob-reki-334601', 'Poplave ob reki po močnem deževju', '20. 9. 2024'),
               ('/sport/2024/09/zmaga-domace-ekipe-334555', 'Zmaga domače ekipe', '18. 9. 2024')])
        + '</ul></aside></main><footer>© 2024 Dolenjske novice</footer>',
        {'published': '2024-09-19', 'authors': ['Ana Novak'], 'related': [u for u, _ in rel], 'credits': ['Luka Zupan']})


# Archive wrappers around a saved story's links: the Wayback Machine's
# https://web.archive.org/web/<14 digits><optional flag like im_>/ and
# archive.today's https://archive.ph/o/<code>/ (and its sister domains).
ARCHIVED = re.compile(r'^https?://(?:web\.archive\.org/web/\d{14}[a-z_]*|archive\.(?:today|ph|is|li|vn|fo|md)/o/[A-Za-z0-9]+)/')


def unwrap(u):
    """A related link as a path of the site: an archive's wrapper removed if
    there is one, then the site's host (https, or http as old pages and
    archived copies name it). A product that unwraps archived links and one
    that keeps them both compare equal."""
    u = ARCHIVED.sub('', u)
    return re.sub(r'^http://news\.example\.org(?=/|$)', '', u.replace('https://news.example.org', ''))


def main():
    P = []
    for make in (set1, set2, set3, set4, set5, set6, set7, set8, set9, set10, set11, set12, set13, set14, set15):
        make(P)
    only = sys.argv[1:]
    misses = checked = 0
    with tempfile.TemporaryDirectory() as folder:
        for name, html, expected in P:
            if only and not any(name.startswith(o) for o in only):
                continue
            path = os.path.join(folder, name + '.html')
            open(path, 'w').write(html)
            run = subprocess.run([BIN, 'parse', '--format', 'json', '--url', 'https://news.example.org/story/1.html', path],
                                 capture_output=True, text=True)
            try:
                article = json.loads(run.stdout)
            except ValueError:
                print(name, 'ERROR', run.stderr.strip()[:200]); misses += 1; continue
            for field, want in expected.items():
                checked += 1
                if field == 'published': got = (article.get('publishedAt') or '')[:10]
                elif field == 'authors': got = article.get('authors') or []
                elif field == 'headline': got = article.get('headline')
                elif field == 'captions': got = [i.get('caption') for i in article.get('images') or [] if i.get('caption')]
                elif field == 'credits': got = [i.get('credit') for i in article.get('images') or [] if i.get('credit')]
                elif field == 'related': got = [unwrap(t.get('url', '')) for t in article.get('related') or []]
                elif field == 'canonical': got = article.get('url')
                ok = got == want if field not in ('captions', 'credits') or not want else all(any(w in (g or '') for g in got) for w in want)
                if not ok:
                    misses += 1
                    print(f'{name} {field}: want {want!r} got {got!r}')
    print(f'{len(P) if not only else "selected"} pages, {checked} fields checked, {misses} misses')
    return 1 if misses else 0

if __name__ == '__main__':
    sys.exit(main())
