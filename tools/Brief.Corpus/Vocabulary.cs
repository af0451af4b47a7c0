namespace Brief.Corpus;

/// <summary>One glossary term: its display form, expansion and aliases. The id is the slug of the display form.</summary>
public sealed record Term(string Display, string? Expansion, params string[] Aliases)
{
    public string Id => Text.Slug(Display);
}

/// <summary>One source: a person, an organization or a document.</summary>
public sealed record Source(string Kind, string Name, string? Role)
{
    public string Id => Text.Slug(Name);
}

/// <summary>The fixed word lists. Changing any of them changes every corpus (and its digest).</summary>
public static class Vocabulary
{
    public static readonly string[] Lorem = (
        "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore "
        + "magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea commodo "
        + "consequat duis aute irure in reprehenderit voluptate velit esse cillum eu fugiat nulla pariatur excepteur "
        + "sint occaecat cupidatat non proident sunt culpa qui officia deserunt mollit anim id est laborum curabitur "
        + "pretium tincidunt lacus gravida orci odio nullam varius turpis pharetra eros bibendum nec luctus felis").Split(' ');

    public static readonly string[] Domain = (
        "authority mandate consent partner basing access overflight transit detention liaison coordination escalation "
        + "deterrence posture mission congress treaty agreement obligation jurisdiction immunity logistics sustainment "
        + "evacuation assessment readiness timeline budget appropriation reporting oversight counterterrorism "
        + "stabilization advisory training equipment surveillance reconnaissance airspace border humanitarian ceasefire "
        + "sanctions diplomatic envoy ministry parliament coalition framework precedent review waiver certification").Split(' ');

    public static readonly Term[] Terms =
    [
        new("SOFA", "Status of Forces Agreement", "Status of Forces Agreement"),
        new("FID", "Foreign Internal Defense", "Foreign Internal Defense"),
        new("LNO", "Liaison Officer", "Liaison Officer"),
        new("AUMF", "Authorization for Use of Military Force", "Authorization for Use of Military Force"),
        new("FTO", "Foreign Terrorist Organization", "Foreign Terrorist Organization"),
        new("ISR", "Intelligence, Surveillance and Reconnaissance", "Intelligence, Surveillance and Reconnaissance"),
        new("ROE", "Rules of Engagement", "Rules of Engagement"),
        new("NEO", "Noncombatant Evacuation Operation", "Noncombatant Evacuation Operation"),
        new("HNS", "Host Nation Support", "Host Nation Support"),
        new("DSCA", "Defense Security Cooperation Agency"),
        new("FMS", "Foreign Military Sales"),
        new("SFA", "Security Force Assistance", "Security Force Assistance"),
        new("COA", "Course of Action", "Course of Action"),
        new("OPCON", "Operational Control", "Operational Control"),
        new("TACON", "Tactical Control", "Tactical Control"),
        new("UNSCR", "United Nations Security Council Resolution"),
        new("IHL", "International Humanitarian Law", "International Humanitarian Law"),
        new("MOU", "Memorandum of Understanding", "Memorandum of Understanding"),
        new("ACSA", "Acquisition and Cross-Servicing Agreement"),
        new("EEZ", "Exclusive Economic Zone", "Exclusive Economic Zone"),
        new("SOF", "Special Operations Forces", "Special Operations Forces"),
        new("NSC", "National Security Council", "National Security Council"),
        new("JTF", "Joint Task Force", "Joint Task Force"),
        new("C2", "Command and Control", "Command and Control"),
        new("Title 50", "Title 50 of the United States Code", "Title 50 U.S.C."),
        new("Title 10", "Title 10 of the United States Code", "Title 10 U.S.C."),
        new("Title 22", "Title 22 of the United States Code"),
        new("Article II", "Article II of the U.S. Constitution"),
        new("Article 51", "Article 51 of the UN Charter", "UN Charter Article 51"),
        new("War Powers Resolution", null, "War Powers Act"),
        new("covert action", null, "covert operation"),
        new("presidential finding", null),
        new("host nation", null, "host country"),
        new("find and fix", null, "find-and-fix"),
        new("standoff weapon", null, "stand-off weapon"),
        new("signals intelligence", null, "SIGINT"),
        new("human intelligence", null, "HUMINT"),
        new("security cooperation", null),
        new("advise and assist", null, "advise-and-assist"),
        new("maritime interdiction", null),
        new("deconfliction line", null, "deconfliction channel"),
        new("congressional notification", null),
        new("end-use monitoring", null),
        new("Leahy vetting", null, "Leahy law"),
    ];

    /// <summary>What options may rest on: ids of legal glossary terms (explainers are added per corpus).</summary>
    public static readonly string[] LegalTermIds =
        ["title-50", "title-10", "title-22", "article-ii", "article-51", "war-powers-resolution", "aumf", "sofa", "unscr",
         "covert-action", "presidential-finding", "leahy-vetting"];

    public static readonly string[] First = ["Alex", "Sam", "Jordan", "Morgan", "Casey", "Riley", "Taylor", "Jamie"];
    public static readonly string[] Last = ["Okafor", "Lindqvist", "Moreau", "Castellanos", "Nakamura", "Haddad", "Kowalski", "Osei"];
    public static readonly string[] Roles =
        ["former ambassador", "legal adviser", "senior fellow", "retired general", "deputy assistant secretary",
         "committee staffer", "regional analyst", "programme director"];

    public static readonly Source[] Sources =
    [
        .. First.Select((first, k) => new Source("person", $"{first} {Last[k]}", Roles[k])),
        new("person", "Former senior defense official", "speaking on background"),
        new("person", "Serving partner-nation officer", "speaking on condition of anonymity"),
        new("organization", "Regional Security Institute", "Independent research institute"),
        new("organization", "Center for Maritime Law", "University research center"),
        new("organization", "Parliamentary Research Service", "Non-partisan legislative research office"),
        new("organization", "Coastal States Monitoring Group", "Intergovernmental monitoring body"),
        new("organization", "Humanitarian Access Network", "Coalition of relief agencies"),
        new("document", "Annual report on security assistance oversight", "Government report"),
        new("document", "Inspector general review of partner force training", "Inspector general report"),
        new("document", "Joint statement on maritime cooperation", "Joint statement of two governments"),
        new("document", "Research memo on war powers", "Legislative research memorandum"),
        new("document", "Survey of basing access agreements", "Think-tank survey"),
    ];

    public static readonly string[] EventKinds =
        ["Status of forces agreement signed", "Maritime interdiction exercise held", "Embassy drawdown ordered",
         "Partner force training mission begins", "Ceasefire monitoring mandate renewed",
         "Border security assistance package announced", "Overflight permissions suspended",
         "Noncombatant evacuation carried out", "Raid on a smuggling network", "Advisory mission scope expanded"];

    public static readonly string[] Regions =
        ["in the Gulf", "in the Sahel", "in the Pacific", "in the Baltic", "in the Horn of Africa", "in the Andes",
         "in the Levant", "in Central Asia", "in the Caribbean", "in the Arctic"];

    public static readonly string[] Topics =
        ["rotational basing access", "partner force training", "maritime interdiction", "overflight permissions",
         "detainee transfer arrangements", "embassy drawdown", "border security assistance", "counter-drone support",
         "port access", "intelligence sharing", "arms transfer review", "ceasefire monitoring",
         "noncombatant evacuation planning", "advisory mission scope", "sanctions relief", "airfield upgrades",
         "cyber defence cooperation", "coastal patrol capacity", "humanitarian corridor",
         "status protections for personnel", "coalition command arrangements", "munitions stockpile access",
         "liaison cell expansion", "security sector reform", "special operations support"];

    /// <summary>Explainer headings; several have punctuation, so anchors exercise the GitHub heading-id rules.</summary>
    public static readonly string[] ExplainerHeadings =
        ["Background", "Legal framework", "Operational considerations", "Risks & mitigations", "Host-nation perspective",
         "Resourcing", "Open questions", "Recommendation", "Precedents", "Coordination", "Assessment", "Congress's role",
         "Partner capacity", "Escalation dynamics", "Public messaging", "Force protection", "Intelligence requirements",
         "Exit criteria", "Alternatives considered (and rejected)", "Title 10 vs. Title 50: which applies?"];

    public static readonly string[] OptionHeadings =
        ["What it is", "Legal basis", "Requirements", "Risks", "Precedents", "Indicators to watch"];

    public static readonly string[] Precedents =
        ["Article 51 self-defence claims after cross-border attacks", "A bilateral SOFA negotiated under time pressure",
         "Counter-drone support to a partner in 2019", "UNSCR-backed maritime interdiction off the Horn of Africa",
         "Advisers embedded with partner units under a FID model", "Overflight granted for a single evacuation",
         "Liaison cells attached to a partner ministry", "Sanctions relief traded for basing access"];

    public static readonly string[] Tags =
        ["basing", "access", "overflight", "detention", "counterterrorism", "maritime", "training", "advisory",
         "sanctions", "evacuation", "humanitarian", "intelligence", "logistics", "legal", "congress", "coalition",
         "deterrence", "escalation", "border", "airspace", "security-cooperation", "arms-transfer", "stabilization",
         "cyber", "diplomacy", "budget", "oversight", "partner-capacity"];

    public static readonly string[] LinkLeads = ["See also", "Compare", "This builds on", "For the legal angle, see", "Related:"];
    public static readonly string[] MentionLeads = ["the", "any", "a new", "the existing", "under the"];
}
