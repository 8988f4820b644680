"""Dutch words people build passwords from, most common first (the rank is what zxcvbn counts guesses by). Data, no
personal data: everyday words, the calendar, football clubs, municipality names, and the words of this app."""

WOORDEN = """
welkom wachtwoord geheim koers hallo hoi test nederland holland amsterdam rotterdam utrecht gemeente
zomer winter lente herfst voorjaar najaar
januari februari maart april mei juni juli augustus september oktober november december
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag weekend vakantie kerst pasen
liefde schat lieverd schatje knuffel mama papa oma opa baby kind kinderen familie vriend vriendin
ajax feyenoord psv oranje voetbal fiets kaas tulp molen haring drop stroopwafel
de het een en van ik te dat die in is niet op aan met voor er maar om ook als dan bij nog uit wat
zijn naar je kan wel was hij zo of heb ze we hebben door over had tot worden wordt al moet zou
jij mij hem haar ons jullie hun deze dit daar hier waar wie hoe waarom omdat want
ja nee goed slecht groot klein nieuw oud mooi lief leuk fijn snel sterk zwak lang kort
huis thuis school werk baan stad dorp land water zon maan ster zee strand bos boom bloem
hond kat paard koe vis vogel muis beer leeuw tijger konijn
rood blauw groen geel zwart wit oranje paars roze grijs
een twee drie vier vijf zes zeven acht negen tien honderd duizend
dag nacht morgen middag avond week maand jaar tijd leven dood begin einde
auto trein bus boot vliegtuig weg straat plein kerk winkel markt
brood melk koffie thee bier wijn appel peer banaan
geluk vrijheid vrede hoop vertrouwen toekomst zomertijd wintertijd
inburgering inburgeraar intake brede pip plan route leerroute taal les klas startklas docent
consulent klantmanager coa duo azc welkomstpakket wegwijzer beheerder gebruiker computer laptop geheimpje
groningen leeuwarden assen zwolle lelystad arnhem nijmegen haarlem leiden delft dordrecht tilburg breda
eindhoven maastricht venlo den haag almere amersfoort apeldoorn enschede zaanstad zoetermeer emmen ede
deventer helmond hilversum heerlen hengelo oss purmerend schiedam spijkenisse alkmaar westland
ermelo harderwijk zeewolde heerenveen dalfsen overbetuwe huizen blaricum eemnes laren gouda zeist
""".split()
