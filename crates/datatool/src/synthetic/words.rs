//! The words synthetic records are made of: per-skill titles and blurbs, venue
//! kinds, place-name parts, providers and the sentences of descriptions.
//!
//! Titles are composed: a pattern (`"Beginners' {} conversation"`) takes a
//! subject (`"Polish"`), and the records module may add an audience or a
//! language (`"… for older people"`, `"… in Ukrainian"`). Every list is a
//! non-empty constant (a test checks), so picking from it cannot fail.

use learnlocal_core::opportunity::{Audience, Kind, Level};

const C: Kind = Kind::Course;
const A: Kind = Kind::Activity;
const NO: Level = Level::None;
const BEG: Level = Level::Beginner;
const INT: Level = Level::Intermediate;

/// What a skill's records are made of.
#[derive(Debug)]
pub struct Topic {
    /// The skill id in `data/sources/skills.csv`.
    pub skill: &'static str,
    /// How common the skill is, relative to the others.
    pub weight: u32,
    /// Skills a record of this topic may also teach.
    pub also: &'static [&'static str],
    /// What `{}` in a title stands for.
    pub subjects: &'static [&'static str],
    /// Title patterns, with the kind and level of record they make.
    pub titles: &'static [(&'static str, Kind, Level)],
    /// First sentences of summaries.
    pub blurbs: &'static [&'static str],
    /// Who the records are for, one set per choice.
    pub audiences: &'static [&'static [Audience]],
}

use Audience::{
    Adults, Carers, Children, Everyone, Families, Jobseekers, Newcomers, OlderPeople, YoungPeople,
};

/// One topic per skill of the demo taxonomy, in its order.
pub const TOPICS: &[Topic] = &[
    Topic {
        skill: "digital",
        weight: 10,
        also: &["employability", "money"],
        subjects: &[
            "smartphone",
            "tablet",
            "computer",
            "laptop",
            "email",
            "video call",
            "online banking",
            "internet safety",
            "WhatsApp",
            "photo sharing",
        ],
        titles: &[
            ("{} basics", C, BEG),
            ("Get started with your {}", C, BEG),
            ("{} help desk", A, NO),
            ("Digital drop-in: {} questions answered", A, NO),
            ("Beyond the basics: {}", C, INT),
            ("{} skills in six weeks", C, BEG),
        ],
        blurbs: &[
            "Friendly, patient help with calls, messages, photos and the internet.",
            "Bring your own device and your questions; volunteers help one to one.",
            "Learn at your own pace in a small group with a tutor.",
        ],
        audiences: &[
            &[OlderPeople],
            &[Adults],
            &[Adults, OlderPeople],
            &[Everyone],
            &[Jobseekers],
        ],
    },
    Topic {
        skill: "languages",
        weight: 8,
        also: &["citizenship"],
        subjects: &[
            "Polish",
            "Spanish",
            "French",
            "Irish",
            "German",
            "Italian",
            "Mandarin",
            "Arabic",
            "Portuguese",
            "Ukrainian",
            "Japanese",
        ],
        titles: &[
            ("Beginners' {} conversation", C, BEG),
            ("{} for beginners", C, BEG),
            ("{} conversation circle", A, NO),
            ("Improvers' {}", C, INT),
            ("{} for travel", C, BEG),
            ("{} language café", A, NO),
        ],
        blurbs: &[
            "Learn everyday phrases and practise speaking from the first session.",
            "Relaxed conversation practice with native speakers and fellow learners.",
            "Grammar, listening and speaking in a small, supportive class.",
        ],
        audiences: &[
            &[Adults],
            &[Everyone],
            &[Adults, YoungPeople],
            &[Adults, OlderPeople],
        ],
    },
    Topic {
        skill: "esol",
        weight: 5,
        also: &["literacy", "citizenship", "employability"],
        subjects: &[
            "everyday English",
            "English conversation",
            "English for work",
            "English reading and writing",
            "English pronunciation",
        ],
        titles: &[
            ("{} for newcomers", C, BEG),
            ("{} (ESOL)", C, INT),
            ("{} club", A, NO),
            ("{}: drop-in practice", A, NO),
        ],
        blurbs: &[
            "Build confidence speaking English for shops, doctors and school.",
            "Free English classes for people new to the country, at every level.",
            "Practise English over tea with volunteers and other learners.",
        ],
        audiences: &[&[Newcomers], &[Newcomers, Adults], &[Newcomers, Jobseekers]],
    },
    Topic {
        skill: "literacy",
        weight: 4,
        also: &["esol", "employability"],
        subjects: &[
            "reading",
            "writing",
            "spelling",
            "reading and writing",
            "form filling",
        ],
        titles: &[
            ("Improve your {}", C, BEG),
            ("{} support, one to one", A, NO),
            ("{} for adults", C, BEG),
            ("{} confidence group", C, BEG),
        ],
        blurbs: &[
            "Private, friendly help with everyday reading and writing.",
            "Work on the things you want to read and write, with a tutor beside you.",
        ],
        audiences: &[&[Adults], &[Adults, OlderPeople], &[Jobseekers]],
    },
    Topic {
        skill: "numeracy",
        weight: 3,
        also: &["money", "employability"],
        subjects: &[
            "everyday maths",
            "maths",
            "numbers",
            "fractions and percentages",
        ],
        titles: &[
            ("{} for adults", C, BEG),
            ("Brush up your {}", C, BEG),
            ("{} help for parents", C, BEG),
            ("Leaving Cert {} grinds", C, INT),
        ],
        blurbs: &[
            "Maths for real life: shopping, bills, measuring and timetables.",
            "Get comfortable with numbers again, step by step.",
        ],
        audiences: &[&[Adults], &[Adults, Families], &[YoungPeople]],
    },
    Topic {
        skill: "employability",
        weight: 5,
        also: &["digital", "literacy"],
        subjects: &[
            "CV writing",
            "interview skills",
            "job search",
            "starting a business",
            "customer service",
            "manual handling",
        ],
        titles: &[
            ("{} workshop", A, NO),
            ("{} clinic", A, NO),
            ("{} course", C, BEG),
            ("Back to work: {}", C, BEG),
        ],
        blurbs: &[
            "Practical help to find work: CVs, applications and interviews.",
            "Meet employers and get advice on your next step.",
            "A certified short course to add to your CV.",
        ],
        audiences: &[
            &[Jobseekers],
            &[Adults, Jobseekers],
            &[YoungPeople, Jobseekers],
            &[Adults],
        ],
    },
    Topic {
        skill: "health",
        weight: 8,
        also: &["citizenship", "family"],
        subjects: &[
            "chair yoga",
            "walking",
            "tai chi",
            "mindfulness",
            "first aid",
            "healthy eating",
            "pilates",
            "strength and balance",
        ],
        titles: &[
            ("{} for older people", A, NO),
            ("{} group", A, NO),
            ("{} for beginners", C, BEG),
            ("Gentle {}", A, NO),
            ("{} course", C, BEG),
        ],
        blurbs: &[
            "Gentle exercise at your own pace, with a qualified instructor.",
            "Feel better in body and mind in a friendly group.",
            "Learn skills that help you and the people around you stay well.",
        ],
        audiences: &[
            &[OlderPeople],
            &[Adults],
            &[Everyone],
            &[Adults, OlderPeople],
            &[Carers],
        ],
    },
    Topic {
        skill: "arts",
        weight: 7,
        also: &["heritage", "music"],
        subjects: &[
            "drawing",
            "watercolour",
            "drama",
            "dance",
            "photography",
            "life drawing",
            "creative writing",
            "pottery",
        ],
        titles: &[
            ("{} for beginners", C, BEG),
            ("{} club", A, NO),
            ("{} workshop", A, NO),
            ("Improvers' {}", C, INT),
            ("Saturday {}", A, NO),
        ],
        blurbs: &[
            "All materials provided; no experience needed.",
            "Try something creative in a relaxed, welcoming group.",
            "Develop your own work with guidance from a practising artist.",
        ],
        audiences: &[
            &[Adults],
            &[Everyone],
            &[YoungPeople],
            &[Children],
            &[Adults, OlderPeople],
        ],
    },
    Topic {
        skill: "crafts",
        weight: 7,
        also: &["green", "arts"],
        subjects: &[
            "knitting",
            "sewing",
            "crochet",
            "woodwork",
            "upcycling",
            "quilting",
            "jewellery making",
            "bike repair",
        ],
        titles: &[
            ("{} circle", A, NO),
            ("{} for beginners", C, BEG),
            ("Repair café: {}", A, NO),
            ("{} and chat", A, NO),
            ("Learn {}", C, BEG),
        ],
        blurbs: &[
            "Bring a project or start a new one; tea and chat included.",
            "Learn the basics and go home with something you made.",
            "Fix it, don't bin it: volunteers show you how.",
        ],
        audiences: &[&[Everyone], &[Adults], &[Adults, OlderPeople], &[Families]],
    },
    Topic {
        skill: "music",
        weight: 5,
        also: &["arts", "heritage"],
        subjects: &[
            "ukulele",
            "guitar",
            "tin whistle",
            "singing",
            "traditional music",
            "piano",
            "drumming",
        ],
        titles: &[
            ("{} for beginners", C, BEG),
            ("Community {} session", A, NO),
            ("{} group", A, NO),
            ("Improvers' {}", C, INT),
        ],
        blurbs: &[
            "Play and sing together; instruments can be borrowed.",
            "Learn tunes by ear in a friendly session.",
        ],
        audiences: &[
            &[Everyone],
            &[Adults],
            &[Children],
            &[Families],
            &[OlderPeople],
        ],
    },
    Topic {
        skill: "cooking",
        weight: 5,
        also: &["health", "money", "family"],
        subjects: &[
            "healthy cooking",
            "cooking on a budget",
            "baking",
            "batch cooking",
            "cooking for one",
            "world food",
        ],
        titles: &[
            ("{} for beginners", C, BEG),
            ("{} workshop", A, NO),
            ("{} club", A, NO),
            ("{} course", C, BEG),
        ],
        blurbs: &[
            "Cook simple, tasty meals and take the recipes home.",
            "Hands-on cooking in a community kitchen; ingredients provided.",
        ],
        audiences: &[
            &[Adults],
            &[Families],
            &[YoungPeople],
            &[OlderPeople],
            &[Everyone],
        ],
    },
    Topic {
        skill: "green",
        weight: 4,
        also: &["crafts", "citizenship", "science"],
        subjects: &[
            "community gardening",
            "composting",
            "energy saving",
            "growing your own food",
            "biodiversity",
            "repair",
        ],
        titles: &[
            ("{} group", A, NO),
            ("{} workshop", A, NO),
            ("{} for beginners", C, BEG),
            ("Repair café", A, NO),
        ],
        blurbs: &[
            "Practical ways to save energy, waste less and grow more.",
            "Get your hands dirty with neighbours in a shared garden.",
        ],
        audiences: &[&[Everyone], &[Adults], &[Families]],
    },
    Topic {
        skill: "citizenship",
        weight: 4,
        also: &["heritage", "esol"],
        subjects: &[
            "your rights",
            "community leadership",
            "public speaking",
            "volunteering",
            "local democracy",
        ],
        titles: &[
            ("Know {}", A, NO),
            ("{} course", C, BEG),
            ("{} evening", A, NO),
            ("{} information session", A, NO),
        ],
        blurbs: &[
            "Find out how things work locally and how to have your say.",
            "Meet people who make a difference where you live.",
        ],
        audiences: &[&[Adults], &[Everyone], &[Newcomers], &[YoungPeople]],
    },
    Topic {
        skill: "family",
        weight: 5,
        also: &["literacy", "reading-groups", "arts"],
        subjects: &[
            "story time",
            "rhyme time",
            "homework club",
            "Lego club",
            "family science",
            "baby and toddler group",
        ],
        titles: &[
            ("{}", A, NO),
            ("Saturday {}", A, NO),
            ("{} for families", A, NO),
            ("Bilingual {}", A, NO),
        ],
        blurbs: &[
            "Stories, songs and play for little ones and their grown-ups.",
            "A fun hour of learning together; just turn up.",
        ],
        audiences: &[&[Families, Children], &[Children], &[Families]],
    },
    Topic {
        skill: "science",
        weight: 3,
        also: &["digital", "green"],
        subjects: &[
            "coding",
            "robotics",
            "astronomy",
            "electronics",
            "3D printing",
            "wildlife",
        ],
        titles: &[
            ("{} club", A, NO),
            ("{} for beginners", C, BEG),
            ("Introduction to {}", C, BEG),
            ("{} talk", A, NO),
        ],
        blurbs: &[
            "Hands-on experiments and projects; no experience needed.",
            "Find out how things work with enthusiastic volunteers.",
        ],
        audiences: &[
            &[YoungPeople],
            &[Children],
            &[Adults],
            &[Everyone],
            &[Families],
        ],
    },
    Topic {
        skill: "trades",
        weight: 3,
        also: &["employability", "green"],
        subjects: &[
            "DIY",
            "basic plumbing",
            "painting and decorating",
            "carpentry",
            "bike maintenance",
            "tiling",
        ],
        titles: &[
            ("{} basics", C, BEG),
            ("{} for beginners", C, BEG),
            ("Men's Shed: {}", A, NO),
            ("{} workshop", A, NO),
        ],
        blurbs: &[
            "Learn to fix things at home safely, with tools provided.",
            "Practical skills from an experienced tradesperson.",
        ],
        audiences: &[
            &[Adults],
            &[Adults, OlderPeople],
            &[Jobseekers],
            &[YoungPeople],
        ],
    },
    Topic {
        skill: "reading-groups",
        weight: 4,
        also: &["literacy", "heritage"],
        subjects: &[
            "book club",
            "poetry group",
            "crime fiction club",
            "classics reading group",
            "graphic novel club",
            "shared reading",
        ],
        titles: &[
            ("{}", A, NO),
            ("Evening {}", A, NO),
            ("Library {}", A, NO),
            ("Teen {}", A, NO),
        ],
        blurbs: &[
            "Read a book a month and talk about it over tea.",
            "Short stories and poems read aloud and shared; no homework.",
        ],
        audiences: &[&[Adults], &[Everyone], &[OlderPeople], &[YoungPeople]],
    },
    Topic {
        skill: "heritage",
        weight: 3,
        also: &["citizenship", "reading-groups"],
        subjects: &[
            "local history",
            "family history",
            "heritage walks",
            "archaeology",
            "old photographs",
            "folklore",
        ],
        titles: &[
            ("{} society", A, NO),
            ("Tracing your {}", C, BEG),
            ("{} talk", A, NO),
            ("{} walk", A, NO),
        ],
        blurbs: &[
            "Discover the stories of the streets around you.",
            "Use archives, census records and old maps with an expert guide.",
        ],
        audiences: &[
            &[Everyone],
            &[Adults],
            &[OlderPeople],
            &[Adults, OlderPeople],
        ],
    },
    Topic {
        skill: "money",
        weight: 3,
        also: &["numeracy", "digital"],
        subjects: &[
            "budgeting",
            "money management",
            "saving energy bills",
            "pensions",
            "online shopping safely",
        ],
        titles: &[
            ("{} made simple", C, BEG),
            ("{} clinic", A, NO),
            ("{} workshop", A, NO),
        ],
        blurbs: &[
            "Free, independent advice to make your money go further.",
            "Plan your budget and understand your bills.",
        ],
        audiences: &[&[Adults], &[OlderPeople], &[Families], &[YoungPeople]],
    },
    Topic {
        skill: "parenting",
        weight: 3,
        also: &["family", "health"],
        subjects: &[
            "positive parenting",
            "parenting teens",
            "sleep and routines",
            "baby massage",
            "breastfeeding support",
        ],
        titles: &[
            ("{} course", C, BEG),
            ("{} group", A, NO),
            ("{} coffee morning", A, NO),
        ],
        blurbs: &[
            "Support and ideas from other parents and a trained facilitator.",
            "Practical tips for everyday family life; babies welcome.",
        ],
        audiences: &[&[Families], &[Adults, Carers], &[Families, Newcomers]],
    },
];

/// A kind of venue: its name's ending, how common it is, and whether it is a
/// library (which gets its own `library` record and library opening hours).
#[derive(Debug, Clone, Copy)]
pub struct VenueKind {
    /// What follows the place or street name, e.g. "Community Centre".
    pub name: &'static str,
    /// How common it is, relative to the others.
    pub weight: u32,
    /// True for libraries.
    pub library: bool,
}

/// Kinds of venue, by how common they are.
pub const VENUE_KINDS: &[VenueKind] = &[
    VenueKind {
        name: "Library",
        weight: 8,
        library: true,
    },
    VenueKind {
        name: "Community Centre",
        weight: 18,
        library: false,
    },
    VenueKind {
        name: "Family Resource Centre",
        weight: 7,
        library: false,
    },
    VenueKind {
        name: "Parish Hall",
        weight: 8,
        library: false,
    },
    VenueKind {
        name: "Men's Shed",
        weight: 4,
        library: false,
    },
    VenueKind {
        name: "Youth Centre",
        weight: 5,
        library: false,
    },
    VenueKind {
        name: "Community College",
        weight: 6,
        library: false,
    },
    VenueKind {
        name: "National School",
        weight: 5,
        library: false,
    },
    VenueKind {
        name: "GAA Club",
        weight: 4,
        library: false,
    },
    VenueKind {
        name: "Arts Centre",
        weight: 4,
        library: false,
    },
    VenueKind {
        name: "Resource Centre",
        weight: 6,
        library: false,
    },
    VenueKind {
        name: "Enterprise Centre",
        weight: 3,
        library: false,
    },
    VenueKind {
        name: "Community Garden",
        weight: 3,
        library: false,
    },
    VenueKind {
        name: "Day Centre",
        weight: 4,
        library: false,
    },
    VenueKind {
        name: "Heritage Centre",
        weight: 2,
        library: false,
    },
    VenueKind {
        name: "Hub",
        weight: 3,
        library: false,
    },
];

/// First parts of made-up Irish-sounding place names.
pub const NAME_STARTS: &[&str] = &[
    "Bally", "Kil", "Clon", "Drum", "Knock", "Rath", "Dun", "Carrig", "Inish", "Glen", "Ard",
    "Lis", "Mulla", "Tulla", "Bel", "Cappa", "Derry", "Killy", "Bawn", "Lough", "Tober", "Mona",
    "Cloon", "Shan", "Gort", "Ennis", "Athy", "Bun", "Cor", "Grange",
];

/// Optional middles of place names.
pub const NAME_MIDDLES: &[&str] = &["na", "ma", "bra", "cul", "dar", "lea", "ron", "kee"];

/// Last parts of place names.
pub const NAME_ENDS: &[&str] = &[
    "more", "beg", "glass", "town", "field", "bridge", "hill", "ross", "keel", "ard", "cullen",
    "ane", "ogue", "gar", "mona", "lin", "vale", "ford", "anagh", "owen", "bally", "derg", "brack",
    "curra", "mullen",
];

/// Names of city neighbourhoods that are not Irish-sounding place names.
pub const DISTRICT_NAMES: &[&str] = &[
    "Riverside",
    "Northgate",
    "St Anne's",
    "Millbrook",
    "Oakfield",
    "Harbour View",
    "Old Quarter",
    "Fairhill",
    "Greenmount",
    "Parkwest",
    "Abbeyside",
    "Brookfield",
    "Castlepark",
    "Hillcrest",
    "Marina",
    "Orchard Park",
    "Silverspring",
    "Westgate",
    "Woodlands",
    "The Glen",
];

/// Words that tell places with the same name apart.
pub const NAME_QUALIFIERS: &[&str] = &[
    "North", "South", "East", "West", "Upper", "Lower", "Cross", "Bridge",
];

/// First words of street names.
pub const STREET_STARTS: &[&str] = &[
    "Main", "Church", "Mill", "Bridge", "Chapel", "Station", "Castle", "Market", "Green", "Abbey",
    "School", "Friary", "Well", "Oak", "Ash", "Harbour", "Convent", "Fair",
];

/// Last words of street names.
pub const STREET_ENDS: &[&str] = &[
    "Street", "Road", "Lane", "Avenue", "Terrace", "Hill", "Square", "Park",
];

/// How a local provider's name is made from its place: `{}` is the town, or
/// the neighbourhood for the ones marked `true`.
pub const LOCAL_PROVIDERS: &[(&str, bool)] = &[
    ("{} Libraries", false),
    ("{} Education and Training Board", false),
    ("Age Friendly {}", false),
    ("{} Community Association", true),
    ("{} Family Resource Centre", true),
    ("{} Men's Shed", true),
    ("{} Adult Learning Centre", false),
    ("{} Arts Office", false),
    ("{} Local Development Company", false),
    ("{} Tidy Towns", true),
];

/// Made-up organisations that work everywhere, and run the online records.
pub const NATIONAL_PROVIDERS: &[&str] = &[
    "Learn Together Ireland",
    "Digital Neighbours",
    "Green Streets Network",
    "Language Exchange Network",
    "Community Arts Collective",
    "Adult Literacy Partners",
    "Active Ageing Alliance",
    "Parents Together",
];

/// Sentences of descriptions, three or so at a time.
pub const DESCRIPTION_SENTENCES: &[&str] = &[
    "No experience needed.",
    "Tea and coffee provided.",
    "Places are limited, so please book ahead.",
    "Bring a friend if you like.",
    "All materials are provided.",
    "Bring your own device if you have one; we can lend one if not.",
    "The room is on the ground floor.",
    "Run by trained volunteers.",
    "Wear comfortable clothes.",
    "A certificate of attendance is available at the end.",
    "Come for one session or all of them.",
    "Children must be accompanied by an adult.",
    "Quiet space available if you need a break.",
    "Ask us about help with transport.",
];

/// First names of tutors and contacts.
pub const FIRST_NAMES: &[&str] = &[
    "Aoife",
    "Ciarán",
    "Siobhán",
    "Declan",
    "Niamh",
    "Pádraig",
    "Gráinne",
    "Eoin",
    "Sinéad",
    "Darragh",
    "Orla",
    "Colm",
    "Maeve",
    "Fionn",
    "Róisín",
    "Cathal",
    "Agnieszka",
    "Olena",
    "Tomasz",
    "Fatima",
    "Joana",
    "Wei",
    "Mary",
    "John",
    "Anne",
    "Michael",
    "Bríd",
    "Seán",
    "Deirdre",
    "Liam",
];

/// Surnames of tutors and contacts.
pub const SURNAMES: &[&str] = &[
    "Murphy",
    "Kelly",
    "O'Sullivan",
    "Walsh",
    "Byrne",
    "Ryan",
    "O'Brien",
    "O'Connor",
    "McCarthy",
    "Doyle",
    "Lynch",
    "Murray",
    "Quinn",
    "Moore",
    "McLoughlin",
    "Nolan",
    "Kowalska",
    "Shevchenko",
    "Haddad",
    "Silva",
    "Zhang",
    "Brennan",
    "Fitzgerald",
    "Healy",
    "Kavanagh",
    "Nic Giolla",
    "Ó Néill",
    "Daly",
];

/// Reductions for priced records.
pub const CONCESSIONS: &[&str] = &[
    "Free for jobseekers",
    "Half price for over-65s",
    "Reduced price for students",
    "Free for medical card holders",
    "Pay what you can",
];

/// What a language code is called in a title ("… in Polish").
pub const LANGUAGE_NAMES: &[(&str, &str)] = &[
    ("ga", "Irish"),
    ("pl", "Polish"),
    ("uk", "Ukrainian"),
    ("ar", "Arabic"),
    ("pt", "Portuguese"),
    ("zh", "Chinese"),
];
