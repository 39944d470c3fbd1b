package dev.explainer.bench;

import java.util.List;

/**
 * The word pools of the synthetic newsroom: people, places, organisations with acronyms and the
 * issues the ~50 running stories are about. Real place and organisation names, so the extractor's
 * gazetteers see what they see in real news; invented people.
 */
final class Newsroom {
    static final List<String> FIRST = List.of("Anika", "Lev", "Mira", "Tomas", "Selam", "Grace", "Viktor", "Ines",
            "Omar", "Rui", "Amara", "Kenji", "Priya", "Mateo", "Leila", "Samuel", "Nadia", "Pavel", "Chloe", "Ibrahim",
            "Sofia", "Daniel", "Yusuf", "Elena", "Kwame", "Hana", "Lucas", "Fatima", "Jonas", "Aisha", "Marco",
            "Ingrid", "Tariq", "Camille", "Diego", "Zara", "Henrik", "Noor", "Felix", "Mei", "Arjun", "Lucia", "Emeka",
            "Olga", "Rafael", "Sunita", "Bruno", "Yara", "Stefan", "Naledi", "Salma", "Kofi", "Astrid", "Andrei",
            "Rosa", "Malik", "Freya", "Luis", "Dalia", "Tobias");
    static final List<String> LAST = List.of("Brandt", "Hanssen", "Castell", "Reyl", "Tesfaye", "Obi", "Hale",
            "Moreau", "Haddad", "Costa", "Okafor", "Lindqvist", "Nakamura", "Petrov", "Alvarez", "Mensah", "Kowalski",
            "Rahman", "Dubois", "Schneider", "Novak", "Osei", "Ferreira", "Bakker", "Ivanova", "Khalil", "Jensen",
            "Romero", "Mwangi", "Fischer", "Sato", "Varga", "Adeyemi", "Herrera", "Nilsson", "Chowdhury", "Rossi",
            "Kaya", "Silva", "Mbeki", "Horvat", "Andersen", "Quinn", "Delgado", "Yilmaz", "Park", "Volkov", "Banda",
            "Eriksen", "Lopez", "Aziz", "Marsh", "Kruger", "Navarro", "Berg", "Tanaka", "Farah", "Whitlock", "Demir",
            "Castillo", "al-Amin", "van der Berg", "de la Cruz", "bin Salem", "Okonjo", "Sorensen", "Marino", "Hussain",
            "Lachance", "Abebe");
    static final List<String> TITLES = List.of("Foreign Minister", "Finance Minister", "Prime Minister", "President",
            "Energy Minister", "Health Minister", "Trade Minister", "Governor", "Mayor", "Senator", "Ambassador",
            "Chief Executive", "Deputy Prime Minister", "Secretary-General", "Chairman");
    /** Fifty places, one per story, and the pool for datelines and mentions. */
    static final List<String> PLACES = List.of("Iraq", "Kenya", "Nigeria", "Brazil", "Chile", "Peru", "Mexico",
            "Canada", "Norway", "Sweden", "Poland", "Ukraine", "Romania", "Greece", "Portugal", "Spain", "Italy",
            "India", "Pakistan", "Bangladesh", "Indonesia", "Vietnam", "Japan", "Australia", "Egypt", "Jordan",
            "Turkey", "Lebanon", "Ghana", "Ethiopia", "Nairobi", "Lagos", "Accra", "Cairo", "Amman", "Beirut",
            "Baghdad", "Istanbul", "Athens", "Lisbon", "Madrid", "Warsaw", "Kyiv", "Oslo", "Lima", "Santiago",
            "Toronto", "Mumbai", "Jakarta", "Sydney");
    static final List<String> ISSUES = List.of("water dispute", "election", "port strike", "floods", "bank collapse",
            "peace talks", "drought", "fuel protests", "rail strike", "vaccine rollout", "mining deal",
            "teachers' strike", "corruption trial", "border crisis", "wildfires", "currency crisis",
            "housing shortage", "earthquake recovery", "dam project", "trade talks", "pension reform", "power cuts",
            "refugee crisis", "fishing quotas", "budget standoff");
    /** Expansion and acronym, introduced as "the World Health Organization (WHO)". */
    static final List<List<String>> ORGANISATIONS = List.of(
            List.of("World Health Organization", "WHO"), List.of("International Monetary Fund", "IMF"),
            List.of("United Nations Development Programme", "UNDP"), List.of("World Food Programme", "WFP"),
            List.of("European Central Bank", "ECB"), List.of("International Committee of the Red Cross", "ICRC"),
            List.of("World Trade Organization", "WTO"), List.of("Food and Agriculture Organization", "FAO"),
            List.of("International Labour Organization", "ILO"), List.of("National Electoral Commission", "NEC"),
            List.of("Port Workers Union", "PWU"), List.of("National Teachers Association", "NTA"),
            List.of("Independent Anti-Corruption Commission", "IACC"), List.of("Federal Water Authority", "FWA"),
            List.of("National Disaster Management Agency", "NDMA"), List.of("African Development Bank", "AfDB"),
            List.of("Organisation for Economic Co-operation and Development", "OECD"),
            List.of("International Energy Agency", "IEA"), List.of("Office for National Statistics", "ONS"),
            List.of("Rail Workers Federation", "RWF"));
    static final List<String> AGENCIES = List.of("Reuters", "AFP", "AP", "Meridian Wire");
    static final List<String> NOUNS = List.of("talks", "aid convoys", "the ceasefire", "the budget", "the inquiry",
            "relief efforts", "the new law", "the rescue package", "emergency funding", "the reform plan",
            "the vote", "negotiations", "the evacuation", "the investigation", "the recovery plan", "the tariffs",
            "the loan", "the strike", "the protests", "the cleanup");
    static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");

    private Newsroom() {
    }
}
