namespace LivcR.Support.Contracts.Municipalities;

/// <summary>The five Flemish provinces; each has one provincial platform.</summary>
/// <remarks>Values are stored in grain state by number: never renumber, only append.</remarks>
public enum Province
{
    /// <summary>Antwerpen.</summary>
    Antwerpen = 1,

    /// <summary>Limburg.</summary>
    Limburg = 2,

    /// <summary>Oost-Vlaanderen.</summary>
    OostVlaanderen = 3,

    /// <summary>Vlaams-Brabant.</summary>
    VlaamsBrabant = 4,

    /// <summary>West-Vlaanderen.</summary>
    WestVlaanderen = 5,
}
