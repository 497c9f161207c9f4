namespace LivcR.Support.Bench;

/// <summary>
/// Plausible Dutch helpdesk questions built from a small word list, the same for a given index on every run.
/// One in ten mentions <see cref="SearchWord"/>, so full-text search has hits (about N/10).
/// </summary>
internal static class TextCorpus
{
    public const string SearchWord = "kwartiermaker";

    private static readonly string[] Topics =
    [
        "Opstart LIVC-R", "Casusoverleg", "Gedeeld beroepsgeheim", "Signalen van radicalisering", "Spanningen in de wijk",
        "Informatiedeling met de politiezone", "Vorming eerstelijnswerkers", "Provinciaal platform", "Polarisatie na een incident",
        "Online haatboodschappen", "Terugkeerders en hun gezin", "Samenwerking met scholen", "Deradicalisering in de gevangenis",
        "Jongeren en extreemrechtse groepen", "Weerbaarheid van het jeugdwerk",
    ];

    private static readonly string[] Contexts =
    [
        "vraag van de burgemeester", "na de gemeenteraad", "voor de preventiedienst", "in het najaar", "dringend",
        "met de lokale politie", "voor het OCMW", "bij de jeugddienst", "vervolg op ons gesprek", "nieuwe coördinator",
    ];

    private static readonly string[] Sentences =
    [
        "We willen graag advies over de samenstelling van onze lokale integrale veiligheidscel.",
        "De burgemeester vraagt hoe we het gedeeld beroepsgeheim correct toepassen.",
        "Een jeugdwerker meldt zorgwekkende uitspraken van een jongere op sociale media.",
        "Na het incident op het marktplein merken we toenemende spanningen tussen groepen bewoners.",
        "Welke informatie mogen we delen met de politiezone zonder toestemming van de betrokkene?",
        "Is er een vorming gepland voor onze preventiewerkers en straathoekwerkers in het voorjaar?",
        "De school vraagt ondersteuning bij een klasgesprek over polarisatie en vooroordelen.",
        "Kan VVSG een voorbeeld bezorgen van een huishoudelijk reglement voor het casusoverleg?",
        "Onze nieuwe coördinator zoekt een kennismaking met het provinciaal platform.",
        "We zien meer online haatboodschappen gericht tegen de moskeegemeenschap in onze gemeente.",
        "Hoe betrekken we het onderwijs en het welzijnswerk zonder de vertrouwensrelatie te schaden?",
        "Graag een overzicht van de subsidies voor weerbaarheidsprojecten met jongeren.",
    ];

    /// <summary>The subject of question <paramref name="i"/> (30–80 characters).</summary>
    public static string Subject(int i) => $"{Topics[Mix(i, 1) % Topics.Length]}: {Contexts[Mix(i, 2) % Contexts.Length]}";

    /// <summary>The body of question <paramref name="i"/>: three to five sentences (about 250–500 characters).</summary>
    public static string Body(int i)
    {
        var count = 3 + (Mix(i, 3) % 3);
        var sentences = Enumerable.Range(0, count).Select(k => Sentences[Mix(i, 10 + k) % Sentences.Length]);
        var body = string.Join(" ", sentences);
        return i % 10 == 0 ? $"{body} Kan de {SearchWord} van VVSG eens langskomen voor een gesprek?" : body;
    }

    public static string RequesterName(int i) => $"Medewerker {Mix(i, 4) % 500}";

    public static string RequesterEmail(int i) => $"medewerker{Mix(i, 4) % 500}@gemeente.example";

    /// <summary>A cheap, stable hash (no Random: the same index gives the same text in every run and mode).</summary>
    private static int Mix(int i, int salt)
    {
        var x = unchecked((uint)(i * 0x9E3779B1) ^ (uint)(salt * 0x85EBCA77));
        x ^= x >> 15;
        x = unchecked(x * 0x2C1B3C6D);
        x ^= x >> 12;
        return (int)(x & 0x7FFFFFFF);
    }
}
