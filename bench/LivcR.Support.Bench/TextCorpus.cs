namespace LivcR.Support.Bench;

/// <summary>Plausible Dutch questions; one in ten mentions "kwartiermaker" so that search has hits.</summary>
internal static class TextCorpus
{
    private static readonly string[] Subjects =
    [
        "Opstart LIVC-R", "Casusoverleg en gedeeld beroepsgeheim", "Signalen van radicalisering op school", "Spanningen in de wijk",
        "Vraag over privacy bij informatiedeling", "Vorming voor eerstelijnswerkers", "Provinciaal platform: agenda", "Polarisatie na een incident",
    ];

    private static readonly string[] Sentences =
    [
        "We willen graag advies over de samenstelling van onze lokale integrale veiligheidscel.",
        "De burgemeester vraagt hoe we het gedeeld beroepsgeheim correct toepassen.",
        "Een jeugdwerker meldt zorgwekkende uitspraken op sociale media.",
        "Na het incident op het marktplein merken we toenemende spanningen tussen groepen.",
        "Welke informatie mogen we delen met de politiezone zonder toestemming?",
        "Is er een vorming gepland voor onze preventiewerkers in het voorjaar?",
    ];

    public static object Request(int i, string nisCode) => new
    {
        municipalityNisCode = nisCode,
        subject = $"{Subjects[i % Subjects.Length]} ({i})",
        body = string.Join(" ", Enumerable.Range(0, 4).Select(k => Sentences[(i + k) % Sentences.Length]))
            + (i % 10 == 0 ? " Kan de kwartiermaker van VVSG langskomen?" : string.Empty),
        requesterName = "Bench Aanvrager",
        requesterEmail = $"aanvrager{i % 1000}@gemeente.example",
    };
}
