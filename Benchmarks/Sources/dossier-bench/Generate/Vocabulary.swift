/// The words and labels synthetic dossiers are made of.
///
/// Every word is a single token without whitespace, written in precomposed form (NFC), so
/// that a run of words joined by single spaces is found verbatim in any text made the
/// same way. A few words carry characters JSON must escape (`"green"`) or typographic
/// ones (`Eastland’s`).
enum Vocabulary {
  /// Lowercase English words for summaries and quotes.
  static let english = [
    "the", "the", "the", "of", "of", "and", "and", "to", "in", "in", "a", "on", "for", "with",
    "by", "from", "at", "after", "before", "during", "between", "under", "against", "about",
    "agreement", "signed", "government", "ministry", "delegation", "investment", "railway",
    "construction", "officials", "announced", "visit", "regional", "cooperation", "energy",
    "project", "financing", "loan", "bank", "state", "company", "report", "according", "local",
    "press", "said", "plans", "expanded", "network", "trade", "border", "corridor", "pipeline",
    "port", "terminal", "contract", "tender", "award", "summit", "talks", "memorandum",
    "understanding", "joint", "venture", "partners", "board", "chairman", "minister",
    "president", "parliament", "committee", "commission", "inquiry", "audit", "budget",
    "million", "billion", "dollars", "euros", "shares", "stake", "capacity", "megawatts",
    "kilometres", "tonnes", "annual", "first", "second", "phase", "completed", "delayed",
    "postponed", "resumed", "suspended", "approved", "rejected", "criticised", "welcomed",
    "reported", "confirmed", "denied", "claimed", "alleged", "described", "opened", "closed",
    "launched", "built", "funded", "operated", "owned", "managed", "supplied", "exported",
    "imported", "transported", "steel", "cement", "grain", "oil", "gas", "coal", "copper",
    "uranium", "water", "solar", "wind", "hydro", "power", "plant", "station", "bridge",
    "highway", "airport", "logistics", "hub", "zone", "industrial", "economic", "special",
    "free", "new", "old", "large", "small", "major", "minor", "public", "private",
    "state-owned", "foreign", "domestic", "international", "national", "provincial",
    "municipal", "rural", "urban", "northern", "southern", "eastern", "western", "central",
    "coastal", "mountain", "river", "valley", "lake", "city", "village", "district",
    "region", "province", "country", "neighbouring", "former", "current", "interim",
    "acting", "deputy", "senior", "junior", "chief", "executive", "director", "manager",
    "engineer", "journalist", "editor", "researcher", "activist", "lawyer", "judge", "court",
    "ruling", "appeal", "case", "lawsuit", "fine", "sanctions", "exemption", "licence",
    "permit", "concession", "subsidy", "tax", "tariff", "quota", "deal", "dispute", "protest",
    "strike", "workers", "residents", "farmers", "students", "community", "environmental",
    "impact", "assessment", "study", "survey", "data", "figures", "estimate", "forecast",
    "growth", "decline", "rise", "fall", "increase", "decrease", "record", "level", "year",
    "month", "week", "day", "decade", "period", "time", "later", "earlier", "again", "also",
    "still", "not", "only", "nearly", "almost", "more", "less", "than", "most", "least",
    "which", "that", "who", "whose", "where", "when", "while", "although", "because",
    "despite", "however", "meanwhile", "instead", "\"green\"", "Eastland’s", "U.S.",
    "(2019)", "co-financed", "so-called", "long-term", "30-year", "build-operate-transfer",
  ]

  /// English words of `english` that do not belong in names.
  static let functionWords: Set = [
    "about", "after", "before", "during", "between", "under", "against", "according", "said",
    "which", "that", "whose", "where", "when", "while", "although", "because", "despite",
    "however", "meanwhile", "instead", "later", "earlier", "again", "also", "still", "only",
    "nearly", "almost", "more", "less", "than", "most", "least", "from", "with", "built",
  ]

  /// Capitalized English words for names of places, organisations and people.
  static let names = [
    "Cedar", "Ridge", "Harbor", "Northern", "Valley", "Eastland", "Westmark", "Silver",
    "River", "Power", "Union", "Group", "Holdings", "Port", "Alliance", "Institute",
    "Foundation", "Council", "Trust", "Capital", "Partners", "Logistics", "Energy",
    "Resources", "Mining", "Steel", "Rail", "Transit", "Pacific", "Atlantic", "Continental",
    "Global", "United", "Royal", "National", "Federal", "Republic", "Kingdom", "Coast",
    "Bay", "Gulf", "Island", "Highland", "Lowland", "Summit", "Crown", "Eagle", "Falcon",
    "Lion", "Oak", "Pine", "Maple", "Stone", "Iron", "Golden", "Green", "Blue", "Red",
    "White", "Black", "Grand", "Great", "New", "Old", "Saint", "Fort", "Lake", "Mount",
    "Springfield", "Riverside", "Brookfield", "Fairview", "Greenwood", "Kingston",
    "Lancaster", "Marlow", "Norwood", "Oakridge", "Pembroke", "Redmond", "Sheffield",
    "Thornton", "Wexford", "Ashford", "Bradley", "Carter", "Dalton", "Ellis", "Fletcher",
    "Garrison", "Hughes", "Irving", "Jensen", "Keller", "Lawson", "Morgan", "Nolan",
    "Owens", "Parker", "Quinn", "Reyes", "Sullivan", "Turner", "Vaughn", "Walker", "Young",
    "Anna", "Ben", "Clara", "David", "Emma", "Frank", "Grace", "Henry", "Iris", "James",
    "Kate", "Leo", "Maria", "Nathan", "Olivia", "Paul", "Rachel", "Samuel", "Tara", "Victor",
  ]

  /// Cyrillic words, proper names and common words (Russian, Kazakh, Ukrainian, Serbian).
  static let cyrillic = [
    "Астана", "Москва", "Новосибирск", "Алматы", "Караганда", "Шымкент", "Қазақстан",
    "Байкал", "Сибирь", "Восток", "Заря", "Северный", "Южный", "Иванов", "Петрова",
    "Сергей", "Наталья", "Михаил", "Ольга", "Нұрлан", "Әлия", "Київ", "Львів", "Одеса",
    "Београд", "Ниш", "Ђорђе", "соглашение", "проект", "развитие", "энергия",
    "министерство", "строительство", "инвестиции", "дорога", "мост", "порт", "завод",
    "компания", "союз", "город", "река", "банк", "кредит", "договор", "визит", "встреча",
    "саммит", "комиссия", "доклад", "заявление", "железная", "газопровод", "терминал",
    "станция", "угольный", "ветровой", "солнечный", "партнёр", "объём", "ёмкость",
    "шёлковый", "путь", "тенге", "рублей", "гривень", "ақпарат", "жоба", "өзен",
  ]

  /// Chinese, Japanese and Korean words.
  static let cjk = [
    "北京", "上海", "广州", "深圳", "西安", "乌鲁木齐", "一带一路", "合作", "项目", "银行",
    "铁路", "港口", "能源", "投资", "协议", "发展", "中国", "国家", "公司", "集团",
    "有限公司", "电力", "光伏", "风电", "丝绸之路", "经济带", "东京", "大阪", "株式会社",
    "三菱", "鉄道", "発電所", "協定", "서울", "부산", "협력", "개발", "사업", "은행",
    "에너지", "한국",
  ]

  /// Latin-script words with diacritics (French, German, Nordic, Polish, Czech, Turkish,
  /// Romanian, Portuguese, Spanish, Vietnamese).
  static let diacritic = [
    "Zürich", "Ålesund", "Kraków", "Łódź", "São", "Gdańsk", "İstanbul", "Şahin", "Müller",
    "Société", "Générale", "énergie", "développement", "coopération", "Straße", "Brücke",
    "Nørre", "Søren", "Ødegård", "Čapek", "Dvořák", "Žižkov", "Peña", "Ibáñez",
    "Gonçalves", "João", "Eskişehir", "Türkiye", "Kölner", "Hafenstraße", "Bucureşti",
    "Ştefan", "Constanţa", "Nguyễn", "Hà", "Nội", "Đà", "Nẵng", "Malmö", "Göteborg",
    "Århus", "Tromsø", "Reykjavík", "Þórður", "Mañana", "Córdoba", "Málaga", "Poznań",
    "Wrocław", "Brno", "Plzeň", "Košice", "Győr", "Pécs", "Škoda", "Ünal", "Öztürk",
    "Çelik", "Ağaoğlu", "Gärtner", "Müllheim", "Düsseldorf", "Lübeck", "Genève", "Besançon",
    "Orléans", "Montréal", "Québec", "crédit", "société", "accord", "réseau", "chemin",
    "fer", "électricité", "Verkehrsministerium", "Förderung", "Ausbau", "Großprojekt",
  ]

  /// Last words of event names.
  static let eventNouns = [
    "Summit", "Agreement", "Visit", "Forum", "Conference", "Meeting", "Talks", "Signing",
    "Ceremony", "Inauguration", "Launch", "Award", "Statement", "Protest", "Hearing",
    "Election", "Audit", "Tender", "Loan", "Memorandum",
  ]

  /// Last words of project names.
  static let projectNouns = [
    "Railway", "Pipeline", "Port", "Corridor", "Initiative", "Programme", "Plant", "Dam",
    "Bridge", "Highway", "Terminal", "Park", "Zone", "Partnership", "Fund", "Network",
  ]

  /// Event types.
  static let eventTypes = [
    "state visit", "agreement", "summit", "award", "statement", "construction start",
    "loan", "meeting", "conference", "election", "protest", "inauguration", "investigation",
    "court ruling", "tender", "announcement", "visit", "signing",
  ]

  /// Actor types; the hubs use only the first four.
  static let actorTypes = [
    "country", "organisation", "company", "ministry", "person", "person", "person",
    "publication", "city", "bank", "university", "agency", "political party", "NGO",
  ]

  /// Project types.
  static let projectTypes = [
    "solar park", "railway", "pipeline", "port", "research programme", "wind farm",
    "highway", "dam", "initiative", "partnership", "industrial zone", "power plant",
    "logistics hub", "mine", "bridge",
  ]

  /// Roles of actors taking part in events.
  static let participantRoles = [
    "host", "visitor", "signatory", "delegate", "speaker", "organiser", "recipient",
    "observer", "witness", "guest", "chair", "sponsor",
  ]

  /// Roles of partners in projects.
  static let partnerRoles = [
    "operator", "investor", "contractor", "lender", "supplier", "owner", "consultant",
    "insurer", "builder",
  ]

  /// Publishers of sources.
  static let publishers = [
    "The Valley Courier", "Harbor Daily", "Eastland Wire", "Le Réseau", "Северная газета",
    "北京日报", "Gazeta Poznańska", "The Northern Ledger", "Continental Review",
    "Türkiye Ekonomi", "Financial Observer", "Wire Service Digest", "Ministry Press Office",
    "Company Filings", "Court Records",
  ]

  /// Notes on inferred dates.
  static let inferredDateNotes = [
    "Reported in the paragraph on the same occasion, so taken to be the same date.",
    "The source gives only the year of the announcement; the event is assumed to follow it.",
    "Inferred from the publication date of the earliest report.",
    "Dated by the fiscal year named in the budget line.",
    "Дата выведена из отчёта министерства.",
  ]

  /// Other notes on dates.
  static let dateNotes = [
    "The article gives the month, not the day.",
    "Sources disagree by a few days; the earliest is given.",
    "Local time; already the next day in UTC.",
  ]

  /// Notes on evidence.
  static let evidenceNotes = [
    "The quote names the company by its former name.",
    "Translated in the source from the original press release.",
    "The figure is an estimate by the reporter.",
    "The source is a summary of an earlier report.",
    "Applies to the first phase only.",
  ]
}
