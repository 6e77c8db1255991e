/*
 * lexicon.c - the words the attribution stage reasons with (cue verbs,
 * titles, institution words, document nouns, countries) and the outlets table
 * lookup. The lexicon is written here by the project; at load time it and the
 * outlet keys are put in hash tables once, so a lookup is one hash and
 * usually one comparison.
 */
#include "attrib/attrib_int.h"
#include "attrib/dates.h"
#include "attrib/outlets_data.h"
#include "attrib/tokens.h"

#include <stdint.h>
#include <string.h>

#define SAYI (LX_SAY | LX_INVERT)

/* Not a class of the rules: the word opens a date phrase (citep_date_openers).
 * Kept in the words' table so the one lookup a word gets answers it too, and
 * taken out of every flags the lookups return. */
#define LX_DATE (1u << 31)

static const struct lx_word lexicon[] = {
    /* speech and report verbs */
    {"said", SAYI}, {"says", SAYI}, {"say", LX_SAY}, {"told", LX_SAY}, {"tells", LX_SAY},
    {"added", SAYI}, {"adds", SAYI}, {"wrote", SAYI}, {"writes", SAYI},
    {"noted", SAYI}, {"notes", SAYI}, {"explained", SAYI}, {"stated", SAYI | LX_PASSIVE},
    {"states", LX_FIND}, {"reported", SAYI | LX_PASSIVE}, {"reports", SAYI},
    {"report", LX_SAY | LX_DOC}, {"announced", SAYI | LX_PASSIVE}, {"announces", LX_SAY},
    {"announce", LX_SAY}, {"confirmed", LX_SAY | LX_PASSIVE}, {"confirms", LX_SAY},
    {"declared", SAYI}, {"insisted", SAYI}, {"insists", LX_SAY}, {"argued", SAYI},
    {"argues", LX_SAY}, {"warned", SAYI}, {"warns", LX_SAY}, {"claimed", LX_SAY | LX_PASSIVE},
    {"claims", LX_SAY}, {"expressed", LX_SAY}, {"denied", LX_SAY}, {"denies", LX_SAY},
    {"acknowledged", LX_SAY}, {"admitted", LX_SAY}, {"revealed", LX_SAY | LX_PASSIVE},
    {"disclosed", LX_SAY | LX_PASSIVE}, {"stressed", LX_SAY}, {"emphasized", LX_SAY},
    {"emphasised", LX_SAY}, {"asserted", LX_SAY}, {"alleged", LX_SAY}, {"alleges", LX_SAY},
    {"suggested", LX_SAY}, {"indicated", LX_SAY}, {"commented", LX_SAY},
    {"replied", SAYI}, {"responded", LX_SAY}, {"urged", LX_SAY}, {"predicted", LX_SAY},
    {"estimated", LX_SAY}, {"tweeted", LX_SAY}, {"posted", LX_SAY},
    {"maintained", LX_SAY}, {"mentioned", LX_SAY}, {"cautioned", LX_SAY},
    {"vowed", LX_SAY}, {"pledged", LX_SAY}, {"promised", LX_SAY}, {"asked", LX_INVERT},
    {"concluded", LX_SAY}, {"conceded", LX_SAY}, {"countered", SAYI}, {"recalled", SAYI}, {"recalls", SAYI},
    {"continued", LX_INVERT}, {"quoted", LX_PASSIVE}, {"cited", LX_PASSIVE},
    {"published", LX_PASSIVE}, {"issued", 0}, {"released", 0},
    {"allege", LX_SAY}, {"argue", LX_SAY}, {"claim", LX_SAY}, {"warn", LX_SAY},
    {"insist", LX_SAY}, {"contend", LX_SAY}, {"contended", LX_SAY}, {"contends", LX_SAY},
    {"estimate", LX_SAY}, /* "analysts estimate that"; a noun after an article (attrib.c) */
    {"testified", SAYI}, {"testifies", LX_SAY}, {"rejected", LX_SAY},
    /* findings: "a study found", "the survey shows" (documents only, see attrib.c) */
    {"found", LX_FIND}, {"put", LX_FIND}, {"puts", LX_FIND}, {"demanded", LX_FIND}, {"finds", LX_FIND}, {"ruled", LX_FIND}, {"showed", LX_FIND}, {"shows", LX_FIND},
    {"shown", LX_FIND}, {"concludes", LX_FIND}, {"suggests", LX_FIND},
    /* forms of "be" */
    {"be", LX_BE}, {"is", LX_BE}, {"are", LX_BE}, {"was", LX_BE}, {"were", LX_BE},
    {"been", LX_BE}, {"being", LX_BE},
    /* words that may stand between a source and its verb */
    {"has", LX_AUX}, {"have", LX_AUX}, {"had", LX_AUX}, {"was", LX_AUX}, {"were", LX_AUX},
    {"is", LX_AUX}, {"are", LX_AUX}, {"will", LX_AUX}, {"would", LX_AUX}, {"also", LX_AUX},
    {"recently", LX_AUX}, {"later", LX_AUX}, {"earlier", LX_AUX}, {"previously", LX_AUX},
    {"late", LX_AUX}, {"early", LX_AUX}, /* "by the Office of the Prime Minister late on Monday" */
    {"then", LX_AUX}, {"reportedly", LX_AUX}, {"publicly", LX_AUX},
    {"repeatedly", LX_AUX}, {"again", LX_AUX}, {"initially", LX_AUX},
    {"separately", LX_AUX}, {"officially", LX_AUX}, {"been", LX_AUX}, {"already", LX_AUX},
    {"subsequently", LX_AUX}, {"openly", LX_AUX}, {"privately", LX_AUX},
    {"explicitly", LX_AUX}, {"never", LX_AUX}, {"not", LX_AUX}, {"did", LX_AUX},
    {"does", LX_AUX}, {"had", LX_AUX}, {"once", LX_AUX}, {"first", LX_AUX}, {"being", LX_AUX}, {"just", LX_AUX}, {"firmly", LX_AUX},
    {"flatly", LX_AUX}, {"strongly", LX_AUX}, {"quickly", LX_AUX}, {"immediately", LX_AUX},
    {"furthermore", LX_AUX}, {"still", LX_AUX}, {"now", LX_AUX}, {"may", LX_AUX},
    {"could", LX_AUX}, {"can", LX_AUX}, {"should", LX_AUX}, {"must", LX_AUX},
    /* clause starters */
    {"that", LX_BOUND}, {"which", LX_BOUND}, {"who", LX_BOUND}, {"whom", LX_BOUND},
    {"and", LX_BOUND}, {"but", LX_BOUND}, {"while", LX_BOUND}, {"as", LX_BOUND},
    {"because", LX_BOUND}, {"although", LX_BOUND}, {"though", LX_BOUND},
    {"when", LX_BOUND}, {"after", LX_BOUND | LX_STOP}, {"before", LX_BOUND | LX_STOP},
    {"since", LX_BOUND | LX_STOP}, {"if", LX_BOUND}, {"so", LX_BOUND}, {"where", LX_BOUND},
    {"whereas", LX_BOUND}, {"however", LX_BOUND}, {"meanwhile", LX_BOUND},
    {"yet", LX_BOUND}, {"or", LX_BOUND}, {"nor", LX_BOUND}, {"than", LX_BOUND},
    {"until", LX_BOUND | LX_STOP}, {"unless", LX_BOUND}, {"whether", LX_BOUND},
    {"why", LX_BOUND}, {"how", LX_BOUND}, {"what", LX_BOUND}, {"also,", LX_BOUND},
    {"in", LX_STOP}, {"on", LX_STOP}, {"at", LX_STOP}, {"during", LX_STOP},
    {"to", LX_STOP}, {"into", LX_STOP}, {"about", LX_STOP}, {"over", LX_STOP},
    {"under", LX_STOP}, {"against", LX_STOP}, {"through", LX_STOP}, {"via", LX_STOP},
    {"adding", LX_STOP}, {"saying", LX_STOP}, {"amid", LX_STOP}, {"despite", LX_STOP},
    {"without", LX_STOP}, {"earlier", LX_AUX}, {"later", LX_AUX},
    /* determiners */
    {"a", LX_DET}, {"an", LX_DET}, {"the", LX_DET}, {"its", LX_DET}, {"his", LX_DET},
    {"her", LX_DET}, {"their", LX_DET}, {"this", LX_DET}, {"one", LX_DET},
    {"another", LX_DET}, {"several", LX_DET}, {"two", LX_DET}, {"three", LX_DET},
    {"some", LX_DET}, {"many", LX_DET}, {"other", LX_DET}, {"local", LX_DET},
    /* pronouns */
    {"he", LX_PRONOUN}, {"she", LX_PRONOUN}, {"it", LX_PRONOUN}, {"they", LX_PRONOUN},
    {"we", LX_PRONOUN}, {"i", LX_PRONOUN}, {"you", LX_PRONOUN}, {"there", LX_PRONOUN},
    {"this", LX_DET | LX_PRONOUN}, {"these", LX_PRONOUN}, {"those", LX_PRONOUN},
    {"everyone", LX_PRONOUN}, {"nobody", LX_PRONOUN}, {"someone", LX_PRONOUN},
    {"others", LX_PRONOUN}, {"itself", LX_PRONOUN}, {"themselves", LX_PRONOUN}, {"some", LX_DET | LX_PRONOUN}, {"many", LX_DET | LX_PRONOUN},
    /* titles and roles */
    {"minister", LX_TITLE}, {"president", LX_TITLE}, {"spokesperson", LX_TITLE | LX_OFFICIAL},
    {"spokesman", LX_TITLE | LX_OFFICIAL}, {"spokeswoman", LX_TITLE | LX_OFFICIAL},
    {"secretary", LX_TITLE}, {"director", LX_TITLE}, {"chief", LX_TITLE},
    {"executive", LX_TITLE}, {"ceo", LX_TITLE}, {"cfo", LX_TITLE}, {"chairman", LX_TITLE},
    {"chairwoman", LX_TITLE}, {"chair", LX_TITLE}, {"head", LX_TITLE}, {"leader", LX_TITLE},
    {"official", LX_TITLE | LX_ANON}, {"officer", LX_TITLE}, {"ambassador", LX_TITLE},
    {"general", LX_TITLE}, {"gen.", LX_TITLE}, {"commander", LX_TITLE},
    {"auditor-general", LX_TITLE}, {"attorney-general", LX_TITLE},
    {"secretary-general", LX_TITLE}, {"director-general", LX_TITLE},
    {"inspector-general", LX_TITLE}, {"solicitor-general", LX_TITLE},
    {"governor", LX_TITLE}, {"gov.", LX_TITLE}, {"mayor", LX_TITLE},
    {"senator", LX_TITLE}, {"sen.", LX_TITLE}, {"rep.", LX_TITLE}, {"lawmaker", LX_TITLE},
    {"congressman", LX_TITLE}, {"congresswoman", LX_TITLE}, {"mp", LX_TITLE},
    {"backbencher", LX_TITLE},
    {"analyst", LX_TITLE | LX_ANON}, {"professor", LX_TITLE}, {"prof.", LX_TITLE},
    {"researcher", LX_TITLE}, {"expert", LX_TITLE}, {"founder", LX_TITLE},
    {"co-founder", LX_TITLE}, {"editor", LX_TITLE}, {"correspondent", LX_TITLE},
    {"reporter", LX_TITLE}, {"economist", LX_TITLE}, {"lawyer", LX_TITLE},
    {"attorney", LX_TITLE}, {"adviser", LX_TITLE}, {"advisor", LX_TITLE},
    {"aide", LX_TITLE}, {"deputy", LX_TITLE}, {"member", LX_TITLE},
    {"representative", LX_TITLE}, {"colonel", LX_TITLE}, {"col.", LX_TITLE},
    {"admiral", LX_TITLE}, {"adm.", LX_TITLE}, {"captain", LX_TITLE}, {"capt.", LX_TITLE},
    {"sergeant", LX_TITLE}, {"sgt.", LX_TITLE}, {"lieutenant", LX_TITLE}, {"lt.", LX_TITLE},
    {"major", LX_TITLE}, {"maj.", LX_TITLE}, {"chancellor", LX_TITLE}, {"premier", LX_TITLE},
    {"king", LX_TITLE}, {"queen", LX_TITLE}, {"prince", LX_TITLE}, {"princess", LX_TITLE},
    {"pope", LX_TITLE}, {"judge", LX_TITLE}, {"magistrate", LX_TITLE | LX_PUBLIC}, {"justice", LX_TITLE}, {"coach", LX_TITLE},
    {"manager", LX_TITLE}, {"owner", LX_TITLE}, {"vice", LX_TITLE}, {"envoy", LX_TITLE},
    {"diplomat", LX_TITLE | LX_ANON}, {"prosecutor", LX_TITLE | LX_OFFICIAL},
    {"dr.", LX_TITLE}, {"mr.", LX_TITLE}, {"mrs.", LX_TITLE}, {"ms.", LX_TITLE},
    /* British style, without the dot */
    {"dr", LX_TITLE}, {"mr", LX_TITLE}, {"mrs", LX_TITLE}, {"ms", LX_TITLE}, {"prof", LX_TITLE},
    {"sir", LX_TITLE}, {"dame", LX_TITLE}, {"lord", LX_TITLE}, {"rabbi", LX_TITLE},
    {"bishop", LX_TITLE}, {"cardinal", LX_TITLE}, {"sheikh", LX_TITLE},
    {"archbishop", LX_TITLE}, {"patriarch", LX_TITLE}, {"mufti", LX_TITLE},
    {"imam", LX_TITLE}, {"pastor", LX_TITLE}, {"cleric", LX_TITLE},
    {"commissioner", LX_TITLE}, {"inspector", LX_TITLE}, {"detective", LX_TITLE},
    {"sheriff", LX_TITLE}, {"superintendent", LX_TITLE}, {"constable", LX_TITLE},
    {"marshal", LX_TITLE}, {"physician", LX_TITLE}, {"doctor", LX_TITLE},
    {"scientist", LX_TITLE}, {"author", LX_TITLE}, {"historian", LX_TITLE},
    {"activist", LX_TITLE}, {"campaigner", LX_TITLE}, {"organizer", LX_TITLE},
    {"organiser", LX_TITLE}, {"candidate", LX_TITLE}, {"nominee", LX_TITLE},
    {"speaker", LX_TITLE}, {"negotiator", LX_TITLE}, {"strategist", LX_TITLE},
    {"partner", LX_TITLE}, {"principal", LX_TITLE}, {"dean", LX_TITLE},
    {"chairperson", LX_TITLE}, {"treasurer", LX_TITLE}, {"pilot", LX_TITLE},
    {"consultant", LX_TITLE}, {"engineer", LX_TITLE}, {"designer", LX_TITLE},
    {"councillor", LX_TITLE}, {"councilor", LX_TITLE}, {"councilman", LX_TITLE},
    {"councilwoman", LX_TITLE}, {"alderman", LX_TITLE}, {"assemblyman", LX_TITLE},
    {"assemblywoman", LX_TITLE},
    {"administrator", LX_TITLE | LX_OFFICIAL}, {"mother", LX_TITLE}, {"father", LX_TITLE},
    {"defence", 0}, {"defense", 0}, {"foreign", 0}, {"interior", 0},
    /* titles that are public offices ("the governor said": official) */
    {"minister", LX_PUBLIC}, {"president", LX_PUBLIC}, {"governor", LX_PUBLIC},
    {"mayor", LX_PUBLIC}, {"senator", LX_PUBLIC}, {"premier", LX_PUBLIC},
    {"chancellor", LX_PUBLIC}, {"ambassador", LX_PUBLIC}, {"secretary", LX_PUBLIC},
    {"commissioner", LX_PUBLIC}, {"prosecutor", LX_PUBLIC}, {"judge", LX_PUBLIC},
    {"justice", LX_PUBLIC}, {"sheriff", LX_PUBLIC}, {"envoy", LX_PUBLIC},
    {"lawmaker", LX_PUBLIC}, {"congressman", LX_PUBLIC}, {"congresswoman", LX_PUBLIC},
    {"mp", LX_PUBLIC}, {"commander", LX_PUBLIC}, {"general", LX_PUBLIC},
    {"superintendent", LX_PUBLIC}, {"inspector", LX_PUBLIC}, {"administrator", LX_PUBLIC},
    /* state bodies */
    {"ministry", LX_OFFICIAL}, {"ministries", LX_OFFICIAL}, {"department", LX_OFFICIAL},
    {"police", LX_OFFICIAL}, {"army", LX_OFFICIAL}, {"military", LX_OFFICIAL},
    {"government", LX_OFFICIAL}, {"authorities", LX_OFFICIAL},
    {"authority", LX_OFFICIAL}, {"navy", LX_OFFICIAL}, {"pentagon", LX_OFFICIAL},
    {"kremlin", LX_OFFICIAL | LX_COUNTRY}, {"embassy", LX_OFFICIAL},
    {"consulate", LX_OFFICIAL}, {"consulate-general", LX_OFFICIAL},
    {"parliament", LX_OFFICIAL}, {"senate", LX_OFFICIAL}, {"congress", LX_OFFICIAL},
    {"cabinet", LX_OFFICIAL}, {"council", LX_OFFICIAL}, {"commission", LX_OFFICIAL},
    {"prosecutors", LX_OFFICIAL}, {"officials", LX_OFFICIAL | LX_ANON},
    {"office", LX_OFFICIAL}, {"administration", LX_OFFICIAL},
    {"presidency", LX_OFFICIAL}, {"court", LX_OFFICIAL}, {"forces", LX_OFFICIAL},
    {"command", LX_OFFICIAL}, {"regime", LX_OFFICIAL}, {"agency", LX_OFFICIAL | LX_MEDIA},
    {"bureau", LX_OFFICIAL}, {"fbi", LX_OFFICIAL}, {"cia", LX_OFFICIAL},
    {"nsa", LX_OFFICIAL}, {"guard", LX_OFFICIAL}, {"troops", LX_OFFICIAL},
    {"state", LX_OFFICIAL}, {"affairs", LX_OFFICIAL}, {"service", LX_OFFICIAL},
    {"services", LX_OFFICIAL}, {"coastguard", LX_OFFICIAL}, {"legislature", LX_OFFICIAL},
    {"assembly", LX_OFFICIAL}, {"tribunal", LX_OFFICIAL}, {"directorate", LX_OFFICIAL},
    {"inspectorate", LX_OFFICIAL}, {"municipality", LX_OFFICIAL},
    {"spokespeople", LX_OFFICIAL}, {"spokespersons", LX_OFFICIAL},
    {"white house", LX_OFFICIAL | LX_COUNTRY}, {"downing street", LX_OFFICIAL | LX_COUNTRY},
    {"elysee", LX_OFFICIAL | LX_COUNTRY}, {"élysée", LX_OFFICIAL | LX_COUNTRY},
    {"air force", LX_OFFICIAL}, {"coast guard", LX_OFFICIAL}, {"firefighters", LX_OFFICIAL},
    {"regulator", LX_OFFICIAL}, {"regulators", LX_OFFICIAL}, {"staff", LX_OFFICIAL},
    /* state agencies best known by their initials */
    {"sec", LX_OFFICIAL}, {"ftc", LX_OFFICIAL}, {"fcc", LX_OFFICIAL}, {"fda", LX_OFFICIAL},
    {"epa", LX_OFFICIAL}, {"cdc", LX_OFFICIAL}, {"faa", LX_OFFICIAL}, {"ntsb", LX_OFFICIAL},
    {"irs", LX_OFFICIAL}, {"doj", LX_OFFICIAL}, {"dhs", LX_OFFICIAL}, {"nasa", LX_OFFICIAL},
    {"esa", LX_OFFICIAL}, {"isro", LX_OFFICIAL}, {"jaxa", LX_OFFICIAL},
    {"roscosmos", LX_OFFICIAL}, {"ofcom", LX_OFFICIAL}, {"ofgem", LX_OFFICIAL},
    {"fca", LX_OFFICIAL}, {"nhs", LX_OFFICIAL}, {"osce", LX_ORG},
    /* organisations */
    {"company", LX_ORG}, {"firm", LX_ORG}, {"group", LX_ORG}, {"inc", LX_ORG},
    {"inc.", LX_ORG}, {"corp", LX_ORG}, {"corp.", LX_ORG}, {"corporation", LX_ORG},
    {"ltd", LX_ORG}, {"ltd.", LX_ORG}, {"llc", LX_ORG}, {"plc", LX_ORG}, {"co.", LX_ORG},
    {"university", LX_ORG}, {"institute", LX_ORG}, {"foundation", LX_ORG},
    {"association", LX_ORG}, {"bank", LX_ORG}, {"union", LX_ORG}, {"organization", LX_ORG},
    {"organisation", LX_ORG}, {"committee", LX_ORG}, {"party", LX_ORG}, {"fund", LX_ORG},
    {"watch", LX_ORG}, {"international", LX_ORG}, {"center", LX_ORG}, {"centre", LX_ORG},
    {"society", LX_ORG}, {"federation", LX_ORG}, {"alliance", LX_ORG},
    {"coalition", LX_ORG}, {"network", LX_ORG | LX_MEDIA}, {"league", LX_ORG},
    {"club", LX_ORG}, {"airlines", LX_ORG}, {"airline", LX_ORG}, {"motors", LX_ORG},
    {"holdings", LX_ORG}, {"partners", LX_ORG}, {"industries", LX_ORG},
    {"technologies", LX_ORG}, {"labs", LX_ORG}, {"laboratory", LX_ORG},
    {"hospital", LX_ORG}, {"school", LX_ORG}, {"college", LX_ORG}, {"council's", LX_ORG},
    {"nato", LX_ORG}, {"un", LX_ORG}, {"who", LX_BOUND}, {"imf", LX_ORG}, {"eu", LX_ORG},
    {"opec", LX_ORG}, {"red cross", LX_ORG}, {"greenpeace", LX_ORG},
    {"médecins sans frontières", LX_ORG}, {"medecins sans frontieres", LX_ORG},
    {"doctors without borders", LX_ORG}, {"msf", LX_ORG}, {"human rights watch", LX_ORG},
    {"iaea", LX_ORG}, {"unhcr", LX_ORG}, {"wto", LX_ORG}, {"oecd", LX_ORG},
    {"amnesty", LX_ORG}, {"unicef", LX_ORG}, {"campaign", LX_ORG}, {"project", LX_ORG},
    {"initiative", LX_ORG}, {"consortium", LX_ORG}, {"cooperative", LX_ORG},
    {"church", LX_ORG}, {"movement", LX_ORG}, {"team", LX_ORG}, {"board", LX_ORG},
    {"exchange", LX_ORG}, {"trust", LX_ORG}, {"systems", LX_ORG}, {"energy", LX_ORG},
    {"pharmaceuticals", LX_ORG}, {"capital", LX_ORG}, {"research", LX_ORG},
    {"observatory", LX_ORG}, {"lab", LX_ORG}, {"brigade", LX_OFFICIAL}, {"force", LX_OFFICIAL}, {"operator", LX_ORG},
    {"minerals", LX_ORG}, {"mining", LX_ORG}, {"resources", LX_ORG}, {"producer", LX_ORG},
    {"maker", LX_ORG}, {"carrier", LX_ORG}, {"retailer", LX_ORG}, {"startup", LX_ORG},
    {"developer", LX_ORG}, {"lender", LX_ORG}, {"insurer", LX_ORG}, {"giant", LX_ORG},
    {"battalion", LX_OFFICIAL}, {"fleet", LX_OFFICIAL}, {"palace", LX_OFFICIAL},
    {"mission", LX_ORG}, {"charity", LX_ORG}, {"festival", LX_ORG}, {"museum", LX_ORG}, {"orchestra", LX_ORG},
    /* media descriptors */
    {"newspaper", LX_MEDIA}, {"paper", LX_MEDIA}, {"broadcaster", LX_MEDIA},
    {"outlet", LX_MEDIA}, {"daily", LX_MEDIA}, {"weekly", LX_MEDIA},
    {"channel", LX_MEDIA}, {"website", LX_MEDIA}, {"magazine", LX_MEDIA},
    {"tabloid", LX_MEDIA}, {"news", LX_MEDIA}, {"media", LX_MEDIA | LX_ANON},
    {"television", LX_MEDIA}, {"tv", LX_MEDIA}, {"radio", LX_MEDIA},
    {"wire", LX_MEDIA}, {"publication", LX_MEDIA}, {"portal", LX_MEDIA}, {"site", LX_MEDIA},
    {"journal", LX_MEDIA},
    /* documents */
    {"statement", LX_DOC}, {"filing", LX_DOC}, {"release", LX_DOC},
    {"communique", LX_DOC}, {"communiqué", LX_DOC}, {"memo", LX_DOC},
    {"memorandum", LX_DOC}, {"document", LX_DOC}, {"documents", LX_DOC},
    {"letter", LX_DOC}, {"study", LX_DOC}, {"survey", LX_DOC}, {"analysis", LX_DOC},
    {"poll", LX_DOC}, {"assessment", LX_DOC}, {"evaluation", LX_DOC}, {"audit", LX_DOC}, {"petition", LX_DOC},
    {"circular", LX_DOC}, {"sheet", LX_DOC}, {"affidavit", LX_DOC}, {"transcript", LX_DOC},
    {"readout", LX_DOC}, {"bulletin", LX_DOC}, {"draft", LX_DOC}, {"announcement", LX_DOC},
    {"decree", LX_DOC}, {"ruling", LX_DOC}, {"indictment", LX_DOC},
    {"complaint", LX_DOC}, {"lawsuit", LX_DOC}, {"data", LX_DOC}, {"figures", LX_DOC},
    {"records", LX_DOC}, {"reports", LX_DOC | SAYI}, {"notice", LX_DOC}, {"plan", LX_DOC},
    {"guidance", LX_DOC}, {"briefing", LX_DOC}, {"investigation", LX_DOC},
    {"findings", LX_DOC}, {"estimates", LX_DOC}, {"paper's", LX_DOC},
    {"press", 0}, {"court filing", LX_DOC}, {"report's", LX_DOC}, {"leaflet", LX_DOC},
    {"email", LX_DOC}, {"e-mail", LX_DOC}, {"interview", LX_DOC}, {"speech", LX_DOC},
    {"decision", LX_DOC}, {"order", LX_DOC}, {"resolution", LX_DOC}, {"accounts", LX_DOC},
    {"emails", LX_DOC}, {"e-mails", LX_DOC}, {"letters", LX_DOC}, {"minutes", LX_DOC},
    {"prospectus", LX_DOC}, {"scoresheet", LX_DOC}, {"scorecard", LX_DOC},
    {"notification", LX_DOC}, {"tally", LX_DOC}, {"opinion", LX_DOC}, {"list", LX_DOC},
    {"results", LX_DOC},
    /* unnamed people */
    {"sources", LX_ANON}, {"source", LX_ANON}, {"insiders", LX_ANON},
    {"insider", LX_ANON}, {"people", LX_ANON}, {"person", LX_ANON},
    {"witnesses", LX_ANON}, {"witness", LX_ANON}, {"residents", LX_ANON},
    {"resident", LX_ANON}, {"analysts", LX_ANON}, {"experts", LX_ANON},
    {"observers", LX_ANON}, {"critics", LX_ANON}, {"diplomats", LX_ANON},
    {"eyewitnesses", LX_ANON}, {"eyewitness", LX_ANON}, {"locals", LX_ANON},
    {"bystanders", LX_ANON}, {"employees", LX_ANON}, {"workers", LX_ANON},
    {"supporters", LX_ANON}, {"opponents", LX_ANON}, {"investors", LX_ANON},
    {"traders", LX_ANON}, {"economists", LX_ANON}, {"scientists", LX_ANON},
    {"researchers", LX_ANON}, {"doctors", LX_ANON}, {"reporters", LX_ANON},
    {"journalists", LX_ANON}, {"activists", LX_ANON}, {"organizers", LX_ANON},
    {"organisers", LX_ANON}, {"lawmakers", LX_ANON}, {"someone", LX_ANON},
    {"man", LX_ANON}, {"woman", LX_ANON}, {"passenger", LX_ANON},
    {"passengers", LX_ANON}, {"survivors", LX_ANON}, {"survivor", LX_ANON},
    {"users", LX_ANON}, {"neighbors", LX_ANON}, {"neighbours", LX_ANON},
    {"relatives", LX_ANON}, {"family", LX_ANON}, {"colleagues", LX_ANON},
    {"officers", LX_OFFICIAL | LX_ANON}, {"soldiers", LX_OFFICIAL | LX_ANON},
    {"familiar", LX_ANON}, {"anonymity", LX_ANON}, {"unnamed", LX_ANON},
    {"anonymous", LX_ANON}, {"evacuee", LX_ANON}, {"evacuees", LX_ANON},
    {"victim", LX_ANON}, {"victims", LX_ANON}, {"protesters", LX_ANON}, {"students", LX_ANON},
    {"parents", LX_ANON}, {"patients", LX_ANON}, {"farmers", LX_ANON}, {"shoppers", LX_ANON},
    {"riders", LX_ANON}, {"voters", LX_ANON}, {"fans", LX_ANON}, {"fan", LX_ANON},
    {"commuters", LX_ANON},
    {"councillors", LX_ANON}, {"councilors", LX_ANON}, {"legislators", LX_ANON},
    {"aides", LX_ANON}, {"staffers", LX_ANON}, {"nurses", LX_ANON}, {"teachers", LX_ANON},
    {"customers", LX_ANON}, {"consumers", LX_ANON}, {"villagers", LX_ANON},
    {"drivers", LX_ANON}, {"fishermen", LX_ANON}, {"miners", LX_ANON}, {"nurse", LX_ANON},
    {"lawyers", LX_ANON}, {"attorneys", LX_ANON}, {"senators", LX_ANON},
    {"engineers", LX_ANON}, {"teammates", LX_ANON}, {"pilots", LX_ANON},
    /* groups of people a report quotes without names */
    {"men", LX_ANON}, {"women", LX_ANON}, {"demonstrators", LX_ANON}, {"protestors", LX_ANON}, {"strikers", LX_ANON}, {"marchers", LX_ANON}, {"mourners", LX_ANON}, {"tenants", LX_ANON}, {"pensioners", LX_ANON}, {"refugees", LX_ANON}, {"migrants", LX_ANON}, {"shopkeepers", LX_ANON}, {"vendors", LX_ANON}, {"growers", LX_ANON}, {"ranchers", LX_ANON}, {"volunteers", LX_ANON}, {"campaigners", LX_ANON}, {"spectators", LX_ANON}, {"onlookers", LX_ANON}, {"worshippers", LX_ANON},
    /* name particles */
    {"de", LX_PARTICLE}, {"van", LX_PARTICLE}, {"von", LX_PARTICLE},
    {"bin", LX_PARTICLE}, {"al", LX_PARTICLE}, {"da", LX_PARTICLE}, {"di", LX_PARTICLE},
    {"du", LX_PARTICLE}, {"del", LX_PARTICLE}, {"der", LX_PARTICLE},
    {"della", LX_PARTICLE}, {"delle", LX_PARTICLE}, {"degli", LX_PARTICLE},
    {"dei", LX_PARTICLE}, {"do", LX_PARTICLE},
    {"des", LX_PARTICLE}, {"den", LX_PARTICLE},
    {"ibn", LX_PARTICLE}, {"el", LX_PARTICLE}, {"la", LX_PARTICLE}, {"le", LX_PARTICLE},
    {"dos", LX_PARTICLE}, {"das", LX_PARTICLE}, {"ter", LX_PARTICLE},
    /* states, by name or capital (a metonym for their government) */
    {"china", LX_COUNTRY}, {"russia", LX_COUNTRY}, {"ukraine", LX_COUNTRY},
    {"united states", LX_COUNTRY}, {"u.s.", LX_COUNTRY}, {"us", LX_COUNTRY},
    {"america", LX_COUNTRY}, {"britain", LX_COUNTRY}, {"united kingdom", LX_COUNTRY},
    {"uk", LX_COUNTRY}, {"u.k.", LX_COUNTRY}, {"france", LX_COUNTRY},
    {"germany", LX_COUNTRY}, {"italy", LX_COUNTRY}, {"spain", LX_COUNTRY},
    {"japan", LX_COUNTRY}, {"south korea", LX_COUNTRY}, {"north korea", LX_COUNTRY},
    {"india", LX_COUNTRY}, {"pakistan", LX_COUNTRY}, {"iran", LX_COUNTRY},
    {"iraq", LX_COUNTRY}, {"israel", LX_COUNTRY}, {"turkey", LX_COUNTRY},
    {"egypt", LX_COUNTRY}, {"saudi arabia", LX_COUNTRY}, {"syria", LX_COUNTRY},
    {"taiwan", LX_COUNTRY}, {"vietnam", LX_COUNTRY}, {"philippines", LX_COUNTRY},
    {"indonesia", LX_COUNTRY}, {"australia", LX_COUNTRY}, {"canada", LX_COUNTRY},
    {"mexico", LX_COUNTRY}, {"brazil", LX_COUNTRY}, {"argentina", LX_COUNTRY},
    {"poland", LX_COUNTRY}, {"belarus", LX_COUNTRY}, {"hungary", LX_COUNTRY},
    {"nigeria", LX_COUNTRY}, {"south africa", LX_COUNTRY}, {"kenya", LX_COUNTRY},
    {"ethiopia", LX_COUNTRY}, {"afghanistan", LX_COUNTRY}, {"qatar", LX_COUNTRY},
    {"greece", LX_COUNTRY}, {"sweden", LX_COUNTRY}, {"norway", LX_COUNTRY},
    {"finland", LX_COUNTRY}, {"denmark", LX_COUNTRY}, {"netherlands", LX_COUNTRY},
    {"belgium", LX_COUNTRY}, {"switzerland", LX_COUNTRY}, {"austria", LX_COUNTRY},
    {"romania", LX_COUNTRY}, {"serbia", LX_COUNTRY}, {"georgia", LX_COUNTRY},
    {"armenia", LX_COUNTRY}, {"azerbaijan", LX_COUNTRY}, {"kazakhstan", LX_COUNTRY},
    {"uzbekistan", LX_COUNTRY}, {"venezuela", LX_COUNTRY}, {"cuba", LX_COUNTRY},
    {"colombia", LX_COUNTRY}, {"chile", LX_COUNTRY}, {"peru", LX_COUNTRY},
    {"thailand", LX_COUNTRY}, {"malaysia", LX_COUNTRY}, {"singapore", LX_COUNTRY},
    {"myanmar", LX_COUNTRY}, {"bangladesh", LX_COUNTRY}, {"sri lanka", LX_COUNTRY},
    {"new zealand", LX_COUNTRY}, {"ireland", LX_COUNTRY}, {"portugal", LX_COUNTRY},
    {"lebanon", LX_COUNTRY}, {"jordan", LX_COUNTRY}, {"yemen", LX_COUNTRY},
    {"libya", LX_COUNTRY}, {"sudan", LX_COUNTRY}, {"morocco", LX_COUNTRY},
    {"algeria", LX_COUNTRY}, {"tunisia", LX_COUNTRY}, {"moldova", LX_COUNTRY},
    {"lithuania", LX_COUNTRY}, {"latvia", LX_COUNTRY}, {"estonia", LX_COUNTRY},
    {"beijing", LX_COUNTRY}, {"moscow", LX_COUNTRY}, {"washington", LX_COUNTRY},
    {"kyiv", LX_COUNTRY}, {"kiev", LX_COUNTRY}, {"london", LX_COUNTRY},
    {"paris", LX_COUNTRY}, {"berlin", LX_COUNTRY}, {"tokyo", LX_COUNTRY},
    {"seoul", LX_COUNTRY}, {"pyongyang", LX_COUNTRY}, {"tehran", LX_COUNTRY},
    {"ankara", LX_COUNTRY}, {"new delhi", LX_COUNTRY}, {"islamabad", LX_COUNTRY},
    {"taipei", LX_COUNTRY}, {"brussels", LX_COUNTRY}, {"minsk", LX_COUNTRY},
    {"warsaw", LX_COUNTRY}, {"canberra", LX_COUNTRY}, {"ottawa", LX_COUNTRY},
    {"riyadh", LX_COUNTRY}, {"cairo", LX_COUNTRY}, {"damascus", LX_COUNTRY},
    {"baghdad", LX_COUNTRY}, {"jerusalem", LX_COUNTRY}, {"hanoi", LX_COUNTRY},
    {"manila", LX_COUNTRY}, {"jakarta", LX_COUNTRY}, {"rome", LX_COUNTRY},
    {"madrid", LX_COUNTRY}, {"budapest", LX_COUNTRY}, {"caracas", LX_COUNTRY},
    {"havana", LX_COUNTRY}, {"city hall", LX_OFFICIAL | LX_COUNTRY},
    /* words that open a cue phrase of their own (attrib.c cue_at) */
    {"according", LX_CUE}, {"citing", LX_CUE}, {"quoting", LX_CUE}, {"speaking", LX_CUE},
    {"talking", LX_CUE}, {"spoke", LX_CUE}, {"spoken", LX_CUE}, {"talked", LX_CUE}, {"interview", LX_CUE}, {"declined", LX_CUE}, {"refused", LX_CUE},
    {"called", LX_CUE}, {"calls", LX_CUE}, {"described", LX_CUE}, {"describes", LX_CUE},
    {"dismissed", LX_CUE}, {"hailed", LX_CUE}, {"welcomed", LX_CUE}, {"praised", LX_CUE},
    {"condemned", LX_CUE}, {"criticised", LX_CUE}, {"criticized", LX_CUE}, {"per", LX_CUE}, {"calling", LX_CUE},
    /* prepositions (attrib.c is_prep): one flag test instead of a word list */
    {"of", LX_PREP}, {"for", LX_PREP}, {"from", LX_PREP}, {"by", LX_PREP},
    {"with", LX_PREP}, {"at", LX_PREP}, {"in", LX_PREP}, {"on", LX_PREP},
    {"to", LX_PREP}, {"near", LX_PREP}, {"among", LX_PREP}, {"across", LX_PREP},
    {"within", LX_PREP}, {"between", LX_PREP}, {"behind", LX_PREP}, {"outside", LX_PREP},
    {"inside", LX_PREP}, {"like", LX_PREP}, {"about", LX_PREP},
};

/* ---- lookup tables ------------------------------------------------------ */

/* Open addressing with linear probing over the keys of a constant list. A slot
 * keeps the key's hash and its entry, so a probe rarely touches a key that is
 * not the one sought; the keys themselves are not copied. Built once per
 * parser. */
struct lx_slot {
    uint32_t hash;
    uint32_t idx; /* 0: free, else index + 1 into the entries */
};

struct lx_entry {
    const char *key;
    uint64_t pre; /* first eight bytes of the key, as struct citep_lx_key */
    uint64_t pre2; /* the next eight (fewer: zero-padded) */
    size_t len;
    unsigned val;
};

struct lx_table {
    struct lx_slot *v;
    size_t mask;
    struct lx_entry *e;
    size_t n;
    uint64_t seen[64]; /* bit (hash >> 20) set for every key: most words of a
                          text are in no table, and this says so in one load */
};

static bool maybe_in(const struct lx_table *t, uint32_t h)
{
    return (t->seen[h >> 26] >> ((h >> 20) & 63)) & 1;
}

/* The first min(n, 8) bytes of w as an integer, zero-padded. */
static uint64_t lx_prefix(const char *w, size_t n)
{
    uint64_t v = 0;
    memcpy(&v, w, n < 8 ? n : 8);
    return v;
}

#define LX_HASH0(n) ((uint64_t)(n) * 0x100000001B3ull)

/* One step of the hash: eight bytes of the word as one integer. */
static uint64_t lx_mix(uint64_t h, uint64_t chunk)
{
    return (h ^ chunk) * 0x9E3779B97F4A7C15ull;
}

/* Hash of a folded word w[0..n), eight bytes at a time (the last chunk
 * zero-padded), so a word costs a multiplication per eight bytes. */
static uint32_t lx_hash(const char *w, size_t n)
{
    uint64_t h = LX_HASH0(n);
    for (size_t i = 0; i < n; i += 8)
        h = lx_mix(h, lx_prefix(w + i, n - i));
    return (uint32_t)(h >> 32);
}

static cite_status table_init(struct lx_table *t, size_t nkeys)
{
    size_t cap = 16;
    while (cap < nkeys * 2)
        cap *= 2;
    t->v = citep_calloc(cap, sizeof *t->v);
    t->e = citep_calloc(nkeys, sizeof *t->e);
    t->mask = cap - 1;
    return t->v && t->e ? CITE_OK : CITE_ENOMEM;
}

static void table_free(struct lx_table *t)
{
    citep_free(t->v);
    citep_free(t->e);
}

/* Is entry x the word w[0..n) with prefix pre? */
static bool key_is(const struct lx_entry *x, const char *w, size_t n, uint64_t pre)
{
    return x->len == n && x->pre == pre && (n <= 8 || memcmp(x->key + 8, w + 8, n - 8) == 0);
}

/* The slot holding w[0..n) (prefix pre, hash h), or the free slot where it
 * belongs. */
static struct lx_slot *table_slot(const struct lx_table *t, const char *w, size_t n,
                                  uint64_t pre, uint32_t h)
{
    size_t i = h & t->mask;
    for (uint32_t k; (k = t->v[i].idx) != 0; i = (i + 1) & t->mask)
        if (t->v[i].hash == h && key_is(&t->e[k - 1], w, n, pre))
            break;
    return &t->v[i];
}

/* A word listed twice gets the union of its flags (merge); an outlet key is
 * listed once, so the first value is kept otherwise. */
static void table_put(struct lx_table *t, const char *key, unsigned val, bool merge)
{
    size_t n = strlen(key);
    uint64_t pre = lx_prefix(key, n);
    uint32_t h = lx_hash(key, n);
    struct lx_slot *s = table_slot(t, key, n, pre, h);
    if (!s->idx) {
        t->seen[h >> 26] |= 1ull << ((h >> 20) & 63);
        uint64_t pre2 = n > 8 ? lx_prefix(key + 8, n - 8) : 0;
        t->e[t->n] = (struct lx_entry){key, pre, pre2, n, val};
        *s = (struct lx_slot){h, (uint32_t)++t->n};
    } else if (merge) {
        t->e[s->idx - 1].val |= val;
    }
}

static const unsigned *table_get(const struct lx_table *t, const char *w, size_t n,
                                 uint64_t pre, uint32_t h)
{
    if (!maybe_in(t, h))
        return NULL;
    const struct lx_slot *s = table_slot(t, w, n, pre, h);
    return s->idx ? &t->e[s->idx - 1].val : NULL;
}

struct citep_lexicon {
    struct lx_table words;   /* lexicon word -> flags */
    struct lx_table outlets; /* normalised outlet key -> outlet index */
};

cite_status citep_outlets_new(struct citep_outlets **out)
{
    if (!out)
        return CITE_EINVAL;
    *out = NULL;
    if (citep_outlet_nkeys == 0 || citep_outlet_count == 0)
        return CITE_EDATA;
    size_t n = sizeof lexicon / sizeof lexicon[0], nd = 0;
    while (citep_date_openers[nd])
        nd++;
    struct citep_outlets *o = citep_calloc(1, sizeof *o);
    if (!o)
        return CITE_ENOMEM;
    struct citep_lexicon *lx = o->lx = citep_calloc(1, sizeof *lx);
    if (!lx || table_init(&lx->words, n + nd) || table_init(&lx->outlets, citep_outlet_nkeys)) {
        citep_outlets_free(o);
        return CITE_ENOMEM;
    }
    for (size_t i = 0; i < n; i++)
        table_put(&lx->words, lexicon[i].w, lexicon[i].flags, true);
    for (size_t i = 0; i < nd; i++)
        table_put(&lx->words, citep_date_openers[i], LX_DATE, true);
    for (size_t i = 0; i < citep_outlet_nkeys; i++)
        table_put(&lx->outlets, citep_outlet_keys[i].key, citep_outlet_keys[i].outlet, false);
    *out = o;
    return CITE_OK;
}

void citep_outlets_free(struct citep_outlets *o)
{
    if (!o)
        return;
    if (o->lx) {
        table_free(&o->lx->words);
        table_free(&o->lx->outlets);
        citep_free(o->lx);
    }
    citep_free(o);
}

#define LX_ONES 0x0101010101010101ull
#define LX_HIGH 0x8080808080808080ull

/* citep_lx_fold for a word of ASCII bytes other than NUL (most words), with
 * its length rounded up to eight readable at s and writable at buf: eight
 * bytes at a time are read, lower-cased, written and hashed as one integer.
 * Returns false, having written part of buf, for any other word. Only where
 * an integer's first byte is the first in memory; elsewhere the byte loop
 * does it all. */
static bool fold_chunks(const char *s, size_t n, char *buf, struct citep_lx_key *key)
{
#if defined(__BYTE_ORDER__) && defined(__ORDER_LITTLE_ENDIAN__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    uint64_t h = LX_HASH0(n);
    for (size_t i = 0; i < n; i += 8) {
        uint64_t v, mask = n - i >= 8 ? ~0ull : (1ull << (8 * (n - i))) - 1;
        memcpy(&v, s + i, 8);
        v &= mask;
        /* no byte >= 0x80, no NUL among the word's bytes (padding bytes are 0) */
        if ((v & LX_HIGH) || (((v | ~mask) - LX_ONES) & ~(v | ~mask) & LX_HIGH))
            return false;
        /* 'A'..'Z' (0x41..0x5A) get 0x20: the high bit of each byte after the
         * additions says >= 'A' and > 'Z', with no carry out of bytes < 0x80 */
        v |= ((v + (0x80 - 'A') * LX_ONES) & ~(v + (0x80 - 'Z' - 1) * LX_ONES) & LX_HIGH) >> 2;
        memcpy(buf + i, &v, 8);
        if (i == 0)
            key->pre = v;
        h = lx_mix(h, v);
    }
    buf[n] = '\0';
    key->len = n;
    key->hash = (uint32_t)(h >> 32);
    return n > 0;
#else
    (void)s, (void)n, (void)buf, (void)key;
    return false;
#endif
}

/* The bytes of s[0..n) that are ASCII other than NUL (most words), folded
 * into buf: no apostrophe to map and no NUL to stop at. Returns false, having
 * written part of buf, at the first other byte. */
static bool fold_ascii(const char *s, size_t n, char *buf, struct citep_lx_key *key)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c - 1u >= 0x7Fu)
            return false;
        buf[i] = (char)((unsigned)(c - 'A') < 26u ? c + 32 : c);
    }
    buf[n] = '\0';
    key->len = n;
    key->pre = lx_prefix(buf, n);
    key->hash = lx_hash(buf, n);
    return true;
}

size_t citep_lx_fold(const char *s, size_t n, size_t avail, char *buf, size_t cap,
                     struct citep_lx_key *key)
{
    size_t n8 = (n + 7) & ~(size_t)7;
    if (n8 <= avail && n8 < cap && fold_chunks(s, n, buf, key))
        return n + 1;
    if (n < cap && fold_ascii(s, n, buf, key))
        return n + 1;
    size_t k = 0;
    bool nul = false; /* keys are C strings: a NUL ends the word */
    key->len = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
            (unsigned char)s[i + 2] == 0x99) { /* U+2019 */
            c = '\'';
            i += 2;
        }
        if (k + 1 >= cap)
            return 0;
        c = (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        buf[k++] = (char)c;
        nul = nul || !c;
        if (!nul)
            key->len = k;
    }
    buf[k] = '\0';
    key->pre = lx_prefix(buf, key->len);
    key->hash = lx_hash(buf, key->len);
    return k + 1;
}

/* citep_lx_folded with LX_DATE left in. */
static unsigned lx_folded(const struct citep_outlets *o, const char *w,
                          const struct citep_lx_key *k)
{
    if (!o || k->len > CITEP_LX_MAX)
        return 0;
    const unsigned *f = table_get(&o->lx->words, w, k->len, k->pre, k->hash);
    return f ? *f : 0;
}

unsigned citep_lx_folded(const struct citep_outlets *o, const char *w,
                         const struct citep_lx_key *k)
{
    return lx_folded(o, w, k) & ~LX_DATE;
}

/* ASCII bytes other than NUL in the first n (<= 8) bytes of v, the others
 * cleared: the integer is that chunk of the word folded, else 0 is returned
 * with *ok false. */
static inline uint64_t lx_chunk(uint64_t v, size_t n, bool *ok)
{
    uint64_t mask = n >= 8 ? ~0ull : (1ull << (8 * n)) - 1;
    v &= mask;
    *ok = *ok && !((v & LX_HIGH) | (((v | ~mask) - LX_ONES) & ~(v | ~mask) & LX_HIGH));
    return v | ((v + (0x80 - 'A') * LX_ONES) & ~(v + (0x80 - 'Z' - 1) * LX_ONES) & LX_HIGH) >> 2;
}

/* citep_lx_word for a word of one to sixteen ASCII bytes other than NUL,
 * with sixteen bytes readable at s: two loads at most, folded, hashed and
 * compared as integers. Returns false, having written nothing, for any other
 * word. */
static bool lx_word16(const struct lx_table *t, const char *s, size_t n, char *buf,
                      size_t *len, unsigned *flags)
{
#if defined(__BYTE_ORDER__) && defined(__ORDER_LITTLE_ENDIAN__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    uint64_t v[2];
    bool ok = true;
    memcpy(v, s, 16);
    v[0] = lx_chunk(v[0], n, &ok);
    uint64_t h = lx_mix(LX_HASH0(n), v[0]);
    if (n > 8) {
        v[1] = lx_chunk(v[1], n - 8, &ok);
        h = lx_mix(h, v[1]);
    }
    if (!ok)
        return false;
    memcpy(buf, &v[0], 8);
    if (n > 8)
        memcpy(buf + 8, &v[1], 8);
    buf[n] = '\0';
    *len = n;
    *flags = 0;
    uint32_t h32 = (uint32_t)(h >> 32);
    if (!maybe_in(t, h32))
        return true;
    for (size_t i = h32 & t->mask, k; (k = t->v[i].idx) != 0; i = (i + 1) & t->mask) {
        const struct lx_entry *x = &t->e[k - 1];
        if (t->v[i].hash == h32 && x->len == n && x->pre == v[0] &&
            (n <= 8 || x->pre2 == v[1])) {
            *flags = x->val;
            break;
        }
    }
    return true;
#else
    (void)t, (void)s, (void)n, (void)buf, (void)len, (void)flags;
    return false;
#endif
}

/* Fold the word s[0..n) into buf (cap > n) and return its flags (LX_DATE
 * too); *len is the folded length. */
static unsigned lx_word(const struct citep_outlets *o, const char *s, size_t n, size_t avail,
                        char *buf, size_t cap, size_t *len)
{
    struct citep_lx_key k;
    citep_lx_fold(s, n, avail, buf, cap, &k);
    *len = k.len;
    return lx_folded(o, buf, &k);
}

void citep_lx_words(const struct citep_outlets *o, const char *text, size_t tlen,
                    const struct toks *t, struct tinfo *info, char *fold, size_t foldcap)
{
    const struct lx_table *words = &o->lx->words;
    size_t used = 0;
    for (size_t i = 0; i < t->n; i++) {
        const struct tok *k = &t->v[i];
        struct tinfo *x = &info[i];
        x->lx = 0;
        x->date = false;
        x->fold = used;
        x->len = 0;
        if (k->kind != TK_WORD)
            continue;
        size_t n = k->e - k->s, avail = tlen - k->s, cap = foldcap - used;
        const char *s = text + k->s;
        unsigned f;
        /* folding never lengthens a word, so the room left always suffices */
        if (!(n - 1 < 16 && avail >= 16 && cap > 16 &&
              lx_word16(words, s, n, fold + used, &x->len, &f)))
            f = lx_word(o, s, n, avail, fold + used, cap, &x->len);
        x->lx = f & ~LX_DATE;
        x->date = (f & LX_DATE) != 0;
        used += x->len;
    }
}

unsigned citep_lx_in(const struct citep_outlets *o, const char *w, size_t n, size_t avail)
{
    char buf[CITEP_LX_MAX + 1];
    struct citep_lx_key k;
    if (!o || !citep_lx_fold(w, n, avail, buf, sizeof buf, &k))
        return 0;
    return citep_lx_folded(o, buf, &k);
}

unsigned citep_lx(const struct citep_outlets *o, const char *w, size_t n)
{
    return citep_lx_in(o, w, n, n);
}

int citep_outlet_find(const struct citep_outlets *o, const char *s, size_t n)
{
    return citep_outlet_find_in(o, s, n, n);
}

int citep_outlet_find_in(const struct citep_outlets *o, const char *s, size_t n,
                         size_t avail)
{
    char buf[128];
    struct citep_lx_key k;
    if (!o || !citep_lx_fold(s, n, avail, buf, sizeof buf, &k))
        return -1;
    const char *w = buf;
    size_t len = k.len;
    if (len >= 4 && strncmp(buf, "the ", 4) == 0)
        w += 4, len -= 4;
    uint64_t pre = lx_prefix(w, len);
    const unsigned *hit = table_get(&o->lx->outlets, w, len, pre, lx_hash(w, len));
    return hit ? (int)*hit : -1;
}

const char *citep_outlet_name(int i)
{
    return i >= 0 && (size_t)i < citep_outlet_count ? citep_outlet_names[i] : NULL;
}
