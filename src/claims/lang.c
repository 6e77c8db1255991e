/*
 * lang.c - posts in other languages than English: a guess at the language by
 * its function words, and the English lemmas of the nouns news posts count
 * most often (people, the dead and injured, homes, votes, trains, days...) in
 * Spanish, Portuguese, French, Italian, German, Dutch, Romanian, Indonesian,
 * the Scandinavian languages, Polish, Turkish and Hungarian. The lists were
 * written for this project; see lang.h.
 */
#include "lang.h"

#include <stdint.h>

#include "core/wordset.h"

/* Function words of English, for the guess. */
static const char *const ENGLISH[] = {
    "the", "and", "of", "to", "is", "are", "was", "were", "for", "with", "that", "this",
    "from", "by", "has", "have", "had", "will", "be", "it", "we", "our", "at", "not",
    "after", "as", "on", "been", "they", "their", "you", "your", "just", "now", "who",
    "what", "more", "than", "about", "its", "my", "all", "but", "or", "out", NULL};
CITEP_WORDSET(english_set, ENGLISH, 128);

/* Function words of the other languages that English does not use (no "a",
 * "in", "do", "no", "die", "to"). */
static const char *const FOREIGN[] = {
    /* Spanish */ "el", "los", "las", "del", "y", "que", "por", "para", "con", "una",
    "es", "son", "se", "al", "más", "está", "están", "pero", "como", "sus", "muy", "hoy",
    /* Portuguese */ "os", "da", "dos", "das", "em", "na", "não", "com", "um", "uma", "é",
    "são", "mais", "pelo", "pela", "foi",
    /* French */ "le", "les", "des", "du", "et", "est", "sont", "pour", "avec", "dans",
    "sur", "au", "aux", "nous", "ce", "cette", "il", "ils", "qui", "pas", "sera", "ont",
    "été",
    /* Italian */ "gli", "della", "delle", "di", "per", "sono", "non", "è", "nel",
    "nella",
    /* German */ "der", "das", "und", "ist", "sind", "mit", "für", "von", "im", "ein",
    "eine", "einer", "nicht", "auf", "wir", "dem", "zu", "auch", "nach", "bei",
    /* Dutch */ "het", "een", "en", "van", "zijn", "voor", "op", "niet", "wij", "ook",
    "naar", "bij",
    /* Romanian */ "și", "şi", "în", "cu", "pe", "din", "este", "sunt", "pentru", "care",
    "ale",
    /* Indonesian */ "yang", "dan", "ke", "dari", "untuk", "dengan", "ini", "itu",
    "tidak", "ada", "akan", "pada", "masih", "telah", "sudah", "juga", "oleh", "karena",
    "atau", "dalam", "kami", "kita", "sebanyak", "terjadi", "warga", "korban", "orang",
    "jiwa", "hari",
    /* Swedish, Norwegian, Danish */ "och", "att", "det", "är", "ett", "på", "med", "för",
    "som", "av", "til", "og", "er", "har", "ikke", "inte", "jag", "den",
    /* Polish */ "się", "nie", "jest", "że", "są", "za", "przez", "oraz", "dla", "już",
    "tylko", "został", "została", "zostało", "będzie", "było", "który", "która", "które",
    "przy", "ze", "nasze", "nasz", "nasi", "dziś", "jak", "od", "po",
    /* Hungarian */ "az", "és", "hogy", "nem", "van", "egy", "meg", "között", "után",
    "előtt", "szerint", "mint", "csak", "már", "még", "lesz", "volt",
    /* Turkish */ "ve", "bir", "bu", "için", "ile", "çok", "olarak", "olan",
    /* Czech, Slovak */ "je", "jsou", "že", "který", "která", "které", "jsme", "byl",
    "byla", "bylo", "také", "jako", "při", "nebo", "už", "ve", "sa", "aj", "alebo",
    /* Finnish */ "ja", "että", "oli", "ovat", "kun", "mutta", "myös", "tai", "jo", "nyt",
    "kanssa", "sekä", "tämä", "joka", "ei",
    /* Romanian */ "că", "iar", "nu", "mai", "fost", "au", "ne",
    /* Swahili */ "ya", "wa", "kwa", "za", "ni", "katika", "kwenye", "hii", "cha", "vya",
    "tangu", "kuwa", "pia", "lakini", "bado",
    /* Vietnamese */ "và", "của", "là", "có", "các", "những", "được", "cho", "với", "này",
    "trong", "không", "một", "đã", "người",
    /* more Czech */ "pro", "podle", "bude", NULL};
CITEP_WORDSET(foreign_set, FOREIGN, 1024);

/* Words between a number and the noun it counts: "4.260 de persoane", "3
 * millones de personas", "10 di loro". */
static const char *const FILLER[] = {"de", "di", "des", "d", NULL};
CITEP_WORDSET(filler_set, FILLER, 16);

#define NOUNS(X) \
    X("albergues", "shelter") X("refugios", "shelter") X("abrigos", "shelter") \
    X("abris", "shelter") X("rifugi", "shelter") X("notunterkünfte", "shelter") \
    X("adăposturi", "shelter") X("posko", "shelter") X("schronisk", "shelter") \
    X("barınak", "shelter") X("menedékhely", "shelter") \
    X("personas", "person") X("persona", "person") X("pessoas", "person") \
    X("pessoa", "person") X("personnes", "person") X("personne", "person") \
    X("persone", "person") X("personen", "person") X("menschen", "person") \
    X("mensch", "person") X("persoon", "person") X("mensen", "person") \
    X("persoane", "person") X("persoană", "person") X("oameni", "person") \
    X("orang", "person") X("jiwa", "person") X("personer", "person") \
    X("människor", "person") X("mennesker", "person") X("osoby", "person") \
    X("osób", "person") X("ludzi", "person") X("kişi", "person") X("insan", "person") \
    X("ember", "person") X("fő", "person") X("személy", "person") \
    X("muertos", "death") X("muerto", "death") X("fallecidos", "death") \
    X("fallecido", "death") X("mortos", "death") X("morts", "death") \
    X("décès", "death") X("morti", "death") X("deceduti", "death") X("tote", "death") \
    X("toten", "death") X("doden", "death") X("morți", "death") X("decese", "death") \
    X("tewas", "death") X("meninggal", "death") X("döda", "death") X("døde", "death") \
    X("zabitych", "death") X("ofiar", "death") X("ölü", "death") X("halott", "death") \
    X("halálos", "death") \
    X("heridos", "injury") X("herido", "injury") X("lesionados", "injury") \
    X("lesionado", "injury") X("feridos", "injury") X("ferido", "injury") \
    X("blessés", "injury") X("blessé", "injury") X("feriti", "injury") \
    X("ferito", "injury") X("verletzte", "injury") X("verletzten", "injury") \
    X("gewonden", "injury") X("răniți", "injury") X("luka-luka", "injury") \
    X("skadade", "injury") X("skadde", "injury") X("sårede", "injury") \
    X("rannych", "injury") X("yaralı", "injury") X("sérült", "injury") \
    X("sebesült", "injury") \
    X("evacuados", "evacuee") X("evacuadas", "evacuee") X("évacués", "evacuee") \
    X("evacuati", "evacuee") X("sfollati", "evacuee") X("evakuierte", "evacuee") \
    X("evacuați", "evacuee") X("pengungsi", "evacuee") X("evakuerade", "evacuee") \
    X("casas", "house") X("casa", "house") X("maisons", "house") X("maison", "house") \
    X("case", "house") X("casă", "house") X("häuser", "house") X("haus", "house") \
    X("huizen", "house") X("huis", "house") X("hus", "house") X("domów", "house") \
    X("domy", "house") X("ev", "house") X("ház", "house") \
    X("viviendas", "home") X("vivienda", "home") X("hogares", "home") \
    X("logements", "home") X("logement", "home") X("abitazioni", "home") \
    X("wohnungen", "home") X("woningen", "home") X("locuințe", "home") \
    X("locuinţe", "home") X("rumah", "home") X("bostäder", "home") X("konut", "home") \
    X("lakás", "home") \
    X("edificios", "building") X("edifício", "building") X("edifícios", "building") \
    X("bâtiments", "building") X("immeubles", "building") X("edifici", "building") \
    X("gebäude", "building") X("gebouwen", "building") X("clădiri", "building") \
    X("gedung", "building") X("byggnader", "building") X("budynków", "building") \
    X("bina", "building") X("épület", "building") \
    X("pueblos", "village") X("aldeas", "village") X("aldeias", "village") \
    X("villages", "village") X("villaggi", "village") X("dörfer", "village") \
    X("dorpen", "village") X("sate", "village") X("localități", "village") \
    X("localităţi", "village") X("desa", "village") X("byar", "village") \
    X("wsi", "village") X("köy", "village") X("falu", "village") \
    X("ciudades", "town") X("cidades", "town") X("villes", "town") X("città", "town") \
    X("städte", "town") X("steden", "town") X("orașe", "town") X("kota", "town") \
    X("städer", "town") X("miast", "town") X("şehir", "town") X("város", "town") \
    X("escuelas", "school") X("escuela", "school") X("escolas", "school") \
    X("écoles", "school") X("école", "school") X("scuole", "school") \
    X("schulen", "school") X("scholen", "school") X("școli", "school") \
    X("şcoli", "school") X("sekolah", "school") X("skolor", "school") \
    X("szkół", "school") X("okul", "school") X("iskola", "school") \
    X("estudiantes", "student") X("alumnos", "student") X("alunos", "student") \
    X("estudantes", "student") X("élèves", "student") X("étudiants", "student") \
    X("studenti", "student") X("studenten", "student") X("elevi", "student") \
    X("siswa", "student") X("mahasiswa", "student") X("elever", "student") \
    X("studentów", "student") X("uczniów", "student") X("öğrenci", "student") \
    X("diák", "student") \
    X("docentes", "teacher") X("maestros", "teacher") X("profesores", "teacher") \
    X("professores", "teacher") X("enseignants", "teacher") \
    X("enseignantes", "teacher") X("enseignant", "teacher") X("enseignante", "teacher") \
    X("professeurs", "teacher") X("insegnanti", "teacher") X("lehrer", "teacher") \
    X("lehrerinnen", "teacher") X("lehrkräfte", "teacher") X("leraren", "teacher") \
    X("profesori", "teacher") X("guru", "teacher") X("lärare", "teacher") \
    X("nauczycieli", "teacher") X("öğretmen", "teacher") X("tanár", "teacher") \
    X("pedagógus", "teacher") \
    X("votos", "vote") X("voix", "vote") X("voti", "vote") X("stimmen", "vote") \
    X("stemmen", "vote") X("voturi", "vote") X("suara", "vote") X("röster", "vote") \
    X("głosów", "vote") X("oy", "vote") X("szavazat", "vote") \
    X("votantes", "voter") X("electores", "voter") X("eleitores", "voter") \
    X("électeurs", "voter") X("elettori", "voter") X("wähler", "voter") \
    X("kiezers", "voter") X("alegători", "voter") X("pemilih", "voter") \
    X("väljare", "voter") X("wyborców", "voter") X("seçmen", "voter") \
    X("választó", "voter") \
    X("regiones", "region") X("región", "region") X("regiões", "region") \
    X("régions", "region") X("regioni", "region") X("regionen", "region") \
    X("regiuni", "region") X("wilayah", "region") X("regioner", "region") \
    X("regionów", "region") X("bölge", "region") X("régió", "region") \
    X("provincias", "province") X("províncias", "province") X("provinces", "province") \
    X("province", "province") X("provinzen", "province") X("provincies", "province") \
    X("provincii", "province") X("provinsi", "province") X("provinser", "province") \
    X("vuelos", "flight") X("voos", "flight") X("vols", "flight") X("voli", "flight") \
    X("flüge", "flight") X("vluchten", "flight") X("zboruri", "flight") \
    X("penerbangan", "flight") X("flyg", "flight") X("lotów", "flight") \
    X("uçuş", "flight") X("járat", "flight") \
    X("trenes", "train") X("comboios", "train") X("trens", "train") X("treni", "train") \
    X("züge", "train") X("treinen", "train") X("trenuri", "train") X("tåg", "train") \
    X("pociągów", "train") X("tren", "train") X("vonat", "train") \
    X("pasajeros", "passenger") X("passageiros", "passenger") \
    X("passagers", "passenger") X("passeggeri", "passenger") \
    X("passagiere", "passenger") X("passagiers", "passenger") \
    X("pasageri", "passenger") X("penumpang", "passenger") \
    X("passagerare", "passenger") X("pasażerów", "passenger") X("yolcu", "passenger") \
    X("utas", "passenger") \
    X("vehículos", "vehicle") X("veículos", "vehicle") X("véhicules", "vehicle") \
    X("veicoli", "vehicle") X("fahrzeuge", "vehicle") X("voertuigen", "vehicle") \
    X("vehicule", "vehicle") X("kendaraan", "vehicle") X("fordon", "vehicle") \
    X("pojazdów", "vehicle") X("araç", "vehicle") X("jármű", "vehicle") \
    X("buques", "ship") X("navíos", "ship") X("navios", "ship") X("navires", "ship") \
    X("navi", "ship") X("schiffe", "ship") X("schepen", "ship") X("nave", "ship") \
    X("kapal", "ship") X("fartyg", "ship") X("statków", "ship") X("gemi", "ship") \
    X("hajó", "ship") \
    X("barcos", "boat") X("botes", "boat") X("bateaux", "boat") X("barche", "boat") \
    X("boote", "boat") X("boten", "boat") X("bărci", "boat") X("perahu", "boat") \
    X("båtar", "boat") X("łodzi", "boat") X("tekne", "boat") \
    X("soldados", "soldier") X("soldats", "soldier") X("soldati", "soldier") \
    X("soldaten", "soldier") X("soldați", "soldier") X("tentara", "soldier") \
    X("prajurit", "soldier") X("soldater", "soldier") X("żołnierzy", "soldier") \
    X("asker", "soldier") X("katona", "soldier") \
    X("policías", "police") X("policiais", "police") X("policiers", "police") \
    X("poliziotti", "police") X("polizisten", "police") X("agenten", "police") \
    X("polițiști", "police") X("polisi", "police") X("poliser", "police") \
    X("policjantów", "police") X("rendőr", "police") \
    X("bomberos", "firefighter") X("bombeiros", "firefighter") \
    X("pompiers", "firefighter") X("vigili", "firefighter") \
    X("feuerwehrleute", "firefighter") X("brandweerlieden", "firefighter") \
    X("pompieri", "firefighter") X("pemadam", "firefighter") \
    X("brandmän", "firefighter") X("strażaków", "firefighter") \
    X("itfaiyeci", "firefighter") X("tűzoltó", "firefighter") \
    X("niños", "child") X("crianças", "child") X("enfants", "child") \
    X("bambini", "child") X("kinder", "child") X("kinderen", "child") \
    X("copii", "child") X("anak", "child") X("barn", "child") X("dzieci", "child") \
    X("çocuk", "child") X("gyerek", "child") \
    X("familias", "family") X("famílias", "family") X("familles", "family") \
    X("famiglie", "family") X("familien", "family") X("gezinnen", "family") \
    X("familii", "family") X("keluarga", "family") X("familjer", "family") \
    X("rodzin", "family") X("aile", "family") X("család", "family") \
    X("trabajadores", "worker") X("trabalhadores", "worker") \
    X("travailleurs", "worker") X("ouvriers", "worker") X("lavoratori", "worker") \
    X("arbeiter", "worker") X("arbeitnehmer", "worker") X("werknemers", "worker") \
    X("muncitori", "worker") X("pekerja", "worker") X("arbetare", "worker") \
    X("pracowników", "worker") X("işçi", "worker") X("dolgozó", "worker") \
    X("munkás", "worker") \
    X("empleados", "employee") X("funcionários", "employee") X("salariés", "employee") \
    X("employés", "employee") X("dipendenti", "employee") X("mitarbeiter", "employee") \
    X("angestellte", "employee") X("medewerkers", "employee") X("angajați", "employee") \
    X("karyawan", "employee") X("anställda", "employee") X("zatrudnionych", "employee") \
    X("çalışan", "employee") X("alkalmazott", "employee") \
    X("miembros", "member") X("membros", "member") X("membres", "member") \
    X("membri", "member") X("mitglieder", "member") X("leden", "member") \
    X("anggota", "member") X("medlemmar", "member") X("członków", "member") \
    X("üye", "member") \
    X("casos", "case") X("cas", "case") X("casi", "case") X("fälle", "case") \
    X("gevallen", "case") X("cazuri", "case") X("kasus", "case") X("fall", "case") \
    X("przypadków", "case") X("vaka", "case") X("eset", "case") \
    X("pacientes", "patient") X("pazienti", "patient") X("patienten", "patient") \
    X("pacienți", "patient") X("pasien", "patient") X("patienter", "patient") \
    X("pacjentów", "patient") X("hasta", "patient") X("beteg", "patient") \
    X("camas", "bed") X("lits", "bed") X("letti", "bed") X("betten", "bed") \
    X("bedden", "bed") X("paturi", "bed") X("sängar", "bed") X("łóżek", "bed") \
    X("yatak", "bed") X("ágy", "bed") \
    X("hospitales", "hospital") X("hospitais", "hospital") X("hôpitaux", "hospital") \
    X("ospedali", "hospital") X("krankenhäuser", "hospital") X("kliniken", "hospital") \
    X("ziekenhuizen", "hospital") X("spitale", "hospital") X("sjukhus", "hospital") \
    X("szpitali", "hospital") X("hastane", "hospital") X("kórház", "hospital") \
    X("médicos", "doctor") X("médecins", "doctor") X("medici", "doctor") \
    X("ärzte", "doctor") X("artsen", "doctor") X("dokter", "doctor") \
    X("läkare", "doctor") X("lekarzy", "doctor") X("doktor", "doctor") \
    X("orvos", "doctor") \
    X("enfermeros", "nurse") X("enfermeras", "nurse") X("enfermeiros", "nurse") \
    X("infirmiers", "nurse") X("infirmières", "nurse") X("infermieri", "nurse") \
    X("pflegekräfte", "nurse") X("verpleegkundigen", "nurse") X("asistente", "nurse") \
    X("perawat", "nurse") X("sjuksköterskor", "nurse") X("pielęgniarek", "nurse") \
    X("hemşire", "nurse") X("ápoló", "nurse") \
    X("días", "day") X("dias", "day") X("jours", "day") X("giorni", "day") \
    X("tage", "day") X("dagen", "day") X("zile", "day") X("hari", "day") \
    X("dagar", "day") X("dni", "day") X("gün", "day") X("nap", "day") X("napig", "day") \
    X("horas", "hour") X("heures", "hour") X("ore", "hour") X("stunden", "hour") \
    X("uren", "hour") X("jam", "hour") X("timmar", "hour") X("godzin", "hour") \
    X("saat", "hour") X("óra", "hour") X("órát", "hour") \
    X("semanas", "week") X("semaines", "week") X("settimane", "week") \
    X("wochen", "week") X("weken", "week") X("săptămâni", "week") X("minggu", "week") \
    X("veckor", "week") X("tygodni", "week") X("hafta", "week") X("hét", "week") \
    X("meses", "month") X("mois", "month") X("mesi", "month") X("monate", "month") \
    X("maanden", "month") X("luni", "month") X("bulan", "month") X("månader", "month") \
    X("miesięcy", "month") X("hónap", "month") \
    X("años", "year") X("anos", "year") X("ans", "year") X("années", "year") \
    X("anni", "year") X("jahre", "year") X("jaar", "year") X("ani", "year") \
    X("tahun", "year") X("år", "year") X("lat", "year") X("yıl", "year") \
    X("év", "year") \
    X("entradas", "ticket") X("boletos", "ticket") X("bilhetes", "ticket") \
    X("billets", "ticket") X("biglietti", "ticket") X("tickets", "ticket") \
    X("karten", "ticket") X("kaartjes", "ticket") X("bilete", "ticket") \
    X("tiket", "ticket") X("biljetter", "ticket") X("biletów", "ticket") \
    X("bilet", "ticket") X("jegy", "ticket") \
    X("escaños", "seat") X("asientos", "seat") X("assentos", "seat") \
    X("sièges", "seat") X("seggi", "seat") X("sitze", "seat") X("zetels", "seat") \
    X("mandate", "seat") X("mandaten", "seat") X("kursi", "seat") X("mandat", "seat") \
    X("platser", "seat") X("mandatów", "seat") X("sandalye", "seat") \
    X("mandátum", "seat") \
    X("espectadores", "spectator") X("torcedores", "spectator") \
    X("spectateurs", "spectator") X("spettatori", "spectator") \
    X("zuschauer", "spectator") X("toeschouwers", "spectator") \
    X("spectatori", "spectator") X("penonton", "spectator") X("åskådare", "spectator") \
    X("widzów", "spectator") X("seyirci", "spectator") X("néző", "spectator") \
    X("conductores", "driver") X("choferes", "driver") X("motoristas", "driver") \
    X("conducteurs", "driver") X("chauffeurs", "driver") X("conducenti", "driver") \
    X("autisti", "driver") X("fahrer", "driver") X("lokführer", "driver") \
    X("bestuurders", "driver") X("machinisten", "driver") X("șoferi", "driver") \
    X("mecanici", "driver") X("sopir", "driver") X("masinis", "driver") \
    X("förare", "driver") X("chaufförer", "driver") X("kierowców", "driver") \
    X("maszynistów", "driver") X("sürücü", "driver") X("makinist", "driver") \
    X("mozdonyvezető", "driver") X("mozdonyvezetői", "driver") X("sofőr", "driver") \
    X("árboles", "tree") X("árvores", "tree") X("arbres", "tree") X("alberi", "tree") \
    X("bäume", "tree") X("bomen", "tree") X("copaci", "tree") X("pohon", "tree") \
    X("träd", "tree") X("drzew", "tree") X("ağaç", "tree") X("fa", "tree") \
    X("animales", "animal") X("animais", "animal") X("animaux", "animal") \
    X("animali", "animal") X("tiere", "animal") X("dieren", "animal") \
    X("animale", "animal") X("hewan", "animal") X("djur", "animal") \
    X("zwierząt", "animal") X("hayvan", "animal") X("állat", "animal") \
    X("toneladas", "tonne") X("tonnellate", "tonne") X("tonnen", "tonne") \
    X("tone", "tonne") X("tonna", "tonne") X("tonnát", "tonne") \
    X("hectáreas", "hectare") X("hectares", "hectare") X("ettari", "hectare") \
    X("hektar", "hectare") X("hektare", "hectare") X("hectare", "hectare") \
    X("hektár", "hectare") \
    X("kilómetros", "kilometre") X("quilómetros", "kilometre") \
    X("kilomètres", "kilometre") X("chilometri", "kilometre") \
    X("kilometer", "kilometre") X("kilometri", "kilometre") \
    X("kilometrów", "kilometre") X("kilométer", "kilometre") \
    X("metros", "metre") X("mètres", "metre") X("metri", "metre") X("meter", "metre") \
    X("metrów", "metre") X("méter", "metre") \
    X("litros", "litre") X("litres", "litre") X("litri", "litre") X("liter", "litre") \
    X("litrów", "litre") \
    X("euros", "euro") \
    X("visitantes", "visitor") X("visiteurs", "visitor") X("visitatori", "visitor") \
    X("besucher", "visitor") X("besucherinnen", "visitor") X("bezoekers", "visitor") \
    X("vizitatori", "visitor") X("pengunjung", "visitor") X("besökare", "visitor") \
    X("zwiedzających", "visitor") X("ziyaretçi", "visitor") X("látogató", "visitor") \
    X("mineros", "miner") X("mineiros", "miner") X("mineurs", "miner") \
    X("minatori", "miner") X("bergleute", "miner") X("bergarbeiter", "miner") \
    X("mijnwerkers", "miner") X("mineri", "miner") X("penambang", "miner") \
    X("gruvarbetare", "miner") X("górników", "miner") X("madenci", "miner") \
    X("bányász", "miner") \
    X("rescatistas", "rescuer") X("socorristas", "rescuer") X("sauveteurs", "rescuer") \
    X("soccorritori", "rescuer") X("retter", "rescuer") X("einsatzkräfte", "rescuer") \
    X("hulpverleners", "rescuer") X("salvatori", "rescuer") X("ratowników", "rescuer") \
    X("uur", "hour") X("timer", "hour") \
    X("aficionados", "fan") X("hinchas", "fan") X("torcedores", "fan") \
    X("tifosi", "fan") X("kibiców", "fan") X("kibicom", "fan") X("kibice", "fan") \
    X("taraftar", "fan") X("szurkoló", "fan") X("suporteri", "fan") \
    X("camiones", "truck") X("caminhões", "truck") X("camions", "truck") \
    X("camion", "truck") X("lkw", "truck") X("vrachtwagens", "truck") \
    X("camioane", "truck") X("truk", "truck") X("lastbilar", "truck") \
    X("ciężarówek", "truck") X("kamyon", "truck") X("kamion", "truck") \
    X("\xD8\xB4\xD8\xA7\xD8\xAD\xD9\x86\xD8\xA9", "truck") /* Arabic */ \
    X("\xD8\xB4\xD8\xA7\xD8\xAD\xD9\x86\xD8\xA7\xD8\xAA", "truck") \
    X("\xD8\xB7\xD9\x86", "tonne") \
    X("kronor", "krona") X("kroner", "krone") X("euros", "euro") X("dólares", "dollar") \
    X("pesos", "peso") X("złotych", "zloty") X("forintot", "forint") \
    X("municipios", "municipality") X("municípios", "municipality") \
    X("comuni", "municipality") X("gemeinden", "municipality") \
    X("gemeenten", "municipality") X("kommuner", "municipality") \
    X("gmin", "municipality") X("belediye", "municipality") \
    X("doses", "dose") X("dosis", "dose") X("dosi", "dose") X("dosen", "dose") \
    X("dawek", "dose") X("doz", "dose") X("doza", "dose") \
    /* jobs, salaries, customers, residents and hunters, in all of them */ \
    X("empleos", "job") X("empregos", "job") \
    X("emplois", "job") \
    X("arbeitsplätze", "job") X("banen", "job") \
    X("arbeidsplaatsen", "job") X("locuri", "job") X("lapangan", "job") \
    X("jobb", "job") X("arbetstillfällen", "job") X("arbejdspladser", "job") \
    X("arbeidsplasser", "job") X("munkahely", "job") \
    X("munkahelyet", "job") X("työpaikkaa", "job") X("pracovních", "job") \
    X("pracovných", "job") X("ajira", "job") \
    X("salarios", "salary") X("salários", "salary") X("salaires", "salary") \
    X("stipendi", "salary") X("gehälter", "salary") X("salarissen", "salary") \
    X("salarii", "salary") X("gaji", "salary") X("löner", "salary") \
    X("pensji", "salary") X("maaş", "salary") X("fizetés", "salary") \
    X("platů", "salary") X("palkkaa", "salary") X("mishahara", "salary") \
    X("clientes", "customer") X("clients", "customer") X("clienti", "customer") \
    X("kunden", "customer") X("klanten", "customer") X("clienți", "customer") \
    X("pelanggan", "customer") X("kunder", "customer") X("klientów", "customer") \
    X("müşteri", "customer") X("ügyfél", "customer") X("asiakasta", "customer") \
    X("zákazníků", "customer") X("odběratelů", "customer") X("wateja", "customer") \
    X("residentes", "resident") X("moradores", "resident") X("habitantes", "resident") \
    X("habitants", "resident") X("residenti", "resident") X("abitanti", "resident") \
    X("einwohner", "resident") X("bewohner", "resident") X("inwoners", "resident") \
    X("bewoners", "resident") X("locuitori", "resident") X("penduduk", "resident") \
    X("invånare", "resident") X("indbyggere", "resident") X("innbyggere", "resident") \
    X("mieszkańców", "resident") X("lakos", "resident") X("asukasta", "resident") \
    X("obyvatel", "resident") X("obyvateľov", "resident") X("wakazi", "resident") \
    X("\xD7\xAA\xD7\x95\xD7\xA9\xD7\x91\xD7\x99\xD7\x9D", "resident") /* Hebrew */ \
    X("cazadores", "hunter") X("caçadores", "hunter") X("chasseurs", "hunter") \
    X("cacciatori", "hunter") X("jäger", "hunter") X("jagers", "hunter") \
    X("vânători", "hunter") X("pemburu", "hunter") X("jägare", "hunter") \
    X("jægere", "hunter") X("myśliwych", "hunter") X("vadász", "hunter") \
    X("metsästäjää", "hunter") X("myslivců", "hunter") X("wawindaji", "hunter") \
    /* Czech and Slovak */ \
    X("lidí", "person") X("lidé", "person") X("osob", "person") X("ľudí", "person") \
    X("osôb", "person") X("mrtvých", "death") X("obětí", "death") \
    X("zraněných", "injury") X("zranených", "injury") X("zaměstnanců", "employee") \
    X("zamestnancov", "employee") X("pracovníků", "worker") X("dělníků", "worker") \
    X("domů", "house") X("domov", "house") X("cestujících", "passenger") \
    X("cestujúcich", "passenger") X("vozidel", "vehicle") X("vozidiel", "vehicle") \
    X("diváků", "spectator") X("divákov", "spectator") X("dětí", "child") \
    X("detí", "child") X("rodin", "family") X("rodín", "family") \
    X("studentů", "student") X("letů", "flight") X("tun", "tonne") X("ton", "tonne") \
    X("hektarů", "hectare") X("hektárov", "hectare") X("kilometrů", "kilometre") \
    X("kilometrov", "kilometre") X("litrů", "litre") X("litrov", "litre") \
    X("korun", "koruna") X("roky", "year") X("roků", "year") X("rokov", "year") \
    X("let", "year") X("dní", "day") X("dnů", "day") X("dny", "day") \
    X("hodin", "hour") X("hodiny", "hour") X("hodín", "hour") X("minut", "minute") \
    X("minuty", "minute") X("minút", "minute") \
    /* Finnish, as it counts: the partitive after a number */ \
    X("ihmistä", "person") X("henkeä", "person") X("henkilöä", "person") \
    X("kuollutta", "death") X("loukkaantunutta", "injury") X("katsojaa", "spectator") \
    X("matkustajaa", "passenger") X("työntekijää", "employee") X("taloa", "house") \
    X("kotia", "home") X("lasta", "child") X("perhettä", "family") \
    X("potilasta", "patient") X("opiskelijaa", "student") X("lentoa", "flight") \
    X("junaa", "train") X("ajoneuvoa", "vehicle") X("euroa", "euro") \
    X("tonnia", "tonne") X("hehtaaria", "hectare") X("kilometriä", "kilometre") \
    X("litraa", "litre") X("vuotta", "year") X("vuoteen", "year") \
    X("päivää", "day") X("tuntia", "hour") X("minuuttia", "minute") \
    /* Swahili (the noun comes before its number: "wateja 210,000") */ \
    X("watu", "person") X("majeruhi", "injury") X("abiria", "passenger") \
    X("wafanyakazi", "worker") X("watoto", "child") X("wanafunzi", "student") \
    X("nyumba", "house") X("familia", "family") X("magari", "vehicle") \
    X("miaka", "year") X("siku", "day") X("tani", "tonne") X("wageni", "visitor") \
    /* Vietnamese ("hành khách", "người") */ \
    X("người", "person") X("khách", "passenger") X("ca", "case") \
    X("ngày", "day") X("năm", "year") X("giờ", "hour") X("phút", "minute") \
    X("tấn", "tonne") X("hộ", "household") X("trạm", "station") X("ga", "station") \
    /* Hindi */ \
    X("\xE0\xA4\xAF\xE0\xA4\xBE\xE0\xA4\xA4\xE0\xA5\x8D\xE0\xA4\xB0\xE0\xA5\x80", "passenger") \
    X("\xE0\xA4\xAF\xE0\xA4\xBE\xE0\xA4\xA4\xE0\xA5\x8D\xE0\xA4\xB0\xE0\xA4\xBF\xE0\xA4\xAF\xE0\xA5\x8B\xE0\xA4\x82", "passenger") \
    X("\xE0\xA4\xB2\xE0\xA5\x8B\xE0\xA4\x97", "person") \
    X("\xE0\xA4\xB2\xE0\xA5\x8B\xE0\xA4\x97\xE0\xA5\x8B\xE0\xA4\x82", "person") \
    X("\xE0\xA4\x97\xE0\xA5\x8D\xE0\xA4\xB0\xE0\xA4\xBE\xE0\xA4\xAE", "gram") \
    X("\xE0\xA4\x95\xE0\xA4\xBF\xE0\xA4\xB2\xE0\xA5\x8B", "kilogram") \
    X("\xE0\xA4\xA6\xE0\xA4\xBF\xE0\xA4\xA8", "day") \
    /* Hebrew */ \
    X("\xD7\x90\xD7\xA0\xD7\xA9\xD7\x99\xD7\x9D", "person") \
    X("\xD7\xA0\xD7\x95\xD7\xA1\xD7\xA2\xD7\x99\xD7\x9D", "passenger") \
    /* Thai: the classifiers of people and of vehicles */ \
    X("\xE0\xB8\x84\xE0\xB8\x99", "person") X("\xE0\xB8\x84\xE0\xB8\xB1\xE0\xB8\x99", "vehicle") \

#define NOUN_FORM(a, b) a,
#define NOUN_LEMMA(a, b) b,
static const char *const NOUN_FORMS[] = {NOUNS(NOUN_FORM) NULL};
static const char *const NOUN_LEMMAS[] = {NOUNS(NOUN_LEMMA) NULL};
CITEP_WORDSET(noun_set, NOUN_FORMS, 4096);

/* Words after a count that say what befell the counted ("9 mineros fueron
 * rescatados", "9 kişi hayatını kaybetmiş", "31 kişi yaralanmıştır"), with the
 * event noun the English rules give ("death", "injury"...). */
#define EVENTS(X) \
    X("fallecieron", "death") X("murieron", "death") X("fallecidos", "death") \
    X("morreram", "death") X("faleceram", "death") X("morti", "death") \
    X("morirono", "death") X("deceduti", "death") X("starben", "death") \
    X("gestorben", "death") X("getötet", "death") X("omgekomen", "death") \
    X("overleden", "death") X("zginęło", "death") X("zginęli", "death") \
    X("zmarło", "death") X("hayatını", "death") X("öldü", "death") \
    X("öldürüldü", "death") X("décédées", "death") X("tuées", "death") \
    X("tués", "death") \
    X("heridos", "injury") X("heridas", "injury") X("feridos", "injury") \
    X("feriti", "injury") X("verletzt", "injury") X("gewond", "injury") \
    X("ranne", "injury") X("ranni", "injury") X("yaralandı", "injury") \
    X("yaralanmıştır", "injury") X("yaralanmış", "injury") X("blessées", "injury") \
    X("blessés", "injury") \
    X("rescatados", "rescue") X("rescatadas", "rescue") X("resgatados", "rescue") \
    X("resgatadas", "rescue") X("salvati", "rescue") X("tratti", "rescue") \
    X("gerettet", "rescue") X("gered", "rescue") X("uratowano", "rescue") \
    X("kurtarıldı", "rescue") X("secourues", "rescue") X("sauvées", "rescue") \
    X("evacuados", "evacuation") X("evacuadas", "evacuation") X("evacuati", "evacuation") \
    X("evakuiert", "evacuation") X("geëvacueerd", "evacuation") \
    X("ewakuowano", "evacuation") X("tahliye", "evacuation") X("évacuées", "evacuation") \
    X("detenidos", "arrest") X("detidos", "arrest") X("arrestati", "arrest") \
    X("festgenommen", "arrest") X("aangehouden", "arrest") X("zatrzymano", "arrest") \
    X("gözaltına", "arrest") X("interpellées", "arrest")

#define EVENT_FORM(a, b) a,
#define EVENT_NOUN(a, b) b,
static const char *const EVENT_FORMS[] = {EVENTS(EVENT_FORM) NULL};
static const char *const EVENT_NOUNS[] = {EVENTS(EVENT_NOUN) NULL};
CITEP_WORDSET(event_set, EVENT_FORMS, 256);

#define WORD_MAX 32 /* longer words are never function words */

static bool is_letter(unsigned char c)
{
    return (unsigned)((c | 32) - 'a') < 26u || c >= 0x80;
}

/* A word carries letters English does not write (ñ, ş, ő, å, ă...): a lead
 * byte of a two-byte sequence for Latin-1 Supplement or Latin Extended-A. */
static bool has_accent(const unsigned char *w, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (w[i] >= 0xC3 && w[i] <= 0xC5)
            return true;
    return false;
}

/* A chunk between spaces that is no prose: a link, domain, handle, hashtag
 * or code ("pic.twitter.com/x", "@civdef", "#GrèveEnseignants", "A320"). */
static bool not_prose(const unsigned char *u, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (u[i] == '/' || u[i] == '@' || u[i] == '#' || (u[i] >= '0' && u[i] <= '9') ||
            (u[i] == '.' && i + 1 < b && is_letter(u[i + 1])))
            return true;
    return false;
}

/* Count the function words of the chunk u[a..b) into *en and *fo, and its
 * accented words into *accents. */
static void count_chunk(const unsigned char *u, size_t a, size_t b, unsigned *en,
                        unsigned *fo, unsigned *accents)
{
    size_t i = a;
    while (i < b) {
        if (!is_letter(u[i])) {
            i++;
            continue;
        }
        size_t w0 = i;
        char w[WORD_MAX];
        while (i < b && is_letter(u[i]))
            i++;
        if (i - w0 >= WORD_MAX)
            continue;
        for (size_t k = w0; k < i; k++)
            w[k - w0] = (char)(u[k] >= 'A' && u[k] <= 'Z' ? u[k] | 32 : u[k]);
        if (citep_wordset_find(&english_set, w, i - w0))
            ++*en;
        else if (citep_wordset_find(&foreign_set, w, i - w0))
            ++*fo;
        *accents += has_accent(u + w0, i - w0);
    }
}

/* Letters of the Latin alphabet (ASCII and the accented ones of Latin-1 and
 * Extended-A) and letters of another script: Greek, Cyrillic, Hebrew, Arabic
 * (two-byte leads CD..DB), kana, CJK ideographs and Hangul (three-byte leads
 * E3..ED, less the CJK punctuation block U+3000..U+303F). */
static void count_scripts(const unsigned char *u, size_t n, size_t *latin, size_t *other)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = u[i];
        if ((unsigned)((c | 32) - 'a') < 26u || (c >= 0xC3 && c <= 0xC5))
            ++*latin;
        else if ((c >= 0xCD && c <= 0xDB) || c == 0xE0 || c == 0xE1 || /* Indic, Thai, Georgian */
                 (c >= 0xE3 && c <= 0xED && !(c == 0xE3 && i + 1 < n && u[i + 1] == 0x80)))
            ++*other;
    }
}

bool citep_lang_foreign(const char *s, size_t n)
{
    /* a post written mostly in another script (Greek, Arabic, Japanese...) is
     * no English, whatever few Latin words (handles, links) it carries */
    size_t latin = 0, other = 0;
    count_scripts((const unsigned char *)s, n, &latin, &other);
    if (other >= 4 && other > latin)
        return true;
    const unsigned char *u = (const unsigned char *)s;
    unsigned en = 0, fo = 0, accents = 0;
    size_t i = 0;
    while (i < n) {
        while (i < n && (u[i] == ' ' || u[i] == '\n' || u[i] == '\t' || u[i] == '\r'))
            i++;
        size_t a = i;
        while (i < n && u[i] != ' ' && u[i] != '\n' && u[i] != '\t' && u[i] != '\r')
            i++;
        if (!not_prose(u, a, i))
            count_chunk(u, a, i, &en, &fo, &accents);
    }
    /* accented words count half: names of places and people have them too */
    fo += accents / 2;
    return fo >= 2 && fo > 2 * en;
}

#define COMPOUND_PART_MIN 5 /* "chaufförer" in "busschaufförer", not "ore" */

const char *citep_lang_noun(const char *lw, size_t n)
{
    unsigned k = citep_wordset_find(&noun_set, lw, n);
    if (k)
        return NOUN_LEMMAS[k - 1];
    /* German and Scandinavian compounds end in the noun they count */
    for (size_t i = 1; i + COMPOUND_PART_MIN <= n; i++) {
        if (((unsigned char)lw[i] & 0xC0) == 0x80)
            continue; /* inside a character */
        if ((k = citep_wordset_find(&noun_set, lw + i, n - i)) != 0)
            return NOUN_LEMMAS[k - 1];
    }
    return NULL;
}

bool citep_lang_filler(const char *lw, size_t n)
{
    return citep_wordset_find(&filler_set, lw, n) != 0;
}

const char *citep_lang_event(const char *lw, size_t n)
{
    unsigned k = citep_wordset_find(&event_set, lw, n);
    return k ? EVENT_NOUNS[k - 1] : NULL;
}

/* Stems of the words for what a post dates ("la grève", "een staking",
 * "sztrájkolnak", "el derrumbe"), with the English word the body's dates name
 * it by. A word is read by its stem, so that inflected forms count too. */
#define DATED(X) \
    X("huelga", "strike") X("greve", "strike") X("grève", "strike") \
    X("sciopero", "strike") X("streik", "strike") X("staking", "strike") \
    X("strajk", "strike") X("grevă", "strike") X("sztrájk", "strike") \
    X("grev", "strike") X("mogok", "strike") X("lakko", "strike") \
    X("geschlossen", "closed") X("cerrad", "closed") X("fechad", "closed") \
    X("fermé", "closed") X("chius", "closed") X("gesloten", "closed") \
    X("zamknięt", "closed") X("închis", "closed") X("zárva", "closed") \
    X("kapalı", "closed") X("ditutup", "closed") X("stängt", "closed") \
    X("stengt", "closed") X("suljettu", "closed") \
    X("wiedereröffn", "reopen") X("reapertura", "reopen") X("reabertura", "reopen") \
    X("réouverture", "reopen") X("riapertura", "reopen") X("heropening", "reopen") \
    X("ponowne otwarcie", "reopen") X("redeschidere", "reopen") \
    X("vacunación", "vaccination") X("vacinação", "vaccination") \
    X("vaccinazion", "vaccination") X("impfung", "vaccination") \
    X("vaccinatie", "vaccination") X("szczepie", "vaccination") \
    X("vaccinare", "vaccination") X("oltás", "vaccination") X("aşılama", "vaccination") \
    X("vaksinasi", "vaccination") X("vaccination", "vaccination") \
    X("derrumbe", "collapse") X("desabamento", "collapse") X("effondrement", "collapse") \
    X("crollo", "collapse") X("einsturz", "collapse") X("instorting", "collapse") \
    X("zawaleni", "collapse") X("prăbuşir", "collapse") X("prăbușir", "collapse") \
    X("çökme", "collapse") X("runtuh", "collapse") \
    X("lanzamiento", "launch") X("lançamento", "launch") X("lancement", "launch") \
    X("lancio", "launch") X("lansare", "launch") X("fırlatma", "launch") \
    X("peluncuran", "launch") \
    X("votación", "vote") X("votação", "vote") X("scrutin", "vote") \
    X("votazione", "vote") X("abstimmung", "vote") X("stemming", "vote") \
    X("głosowani", "vote") X("szavazás", "vote") X("oylama", "vote")

#define DATED_STEM(a, b) a,
#define DATED_WORD(a, b) b,
static const char *const DATED_STEMS[] = {DATED(DATED_STEM) NULL};
static const char *const DATED_WORDS[] = {DATED(DATED_WORD) NULL};

const char *citep_lang_dated(const char *lw, size_t n)
{
    for (size_t i = 0; DATED_STEMS[i]; i++) {
        size_t m = strlen(DATED_STEMS[i]);
        if (m <= n && !memcmp(lw, DATED_STEMS[i], m))
            return DATED_WORDS[i];
    }
    return NULL;
}
