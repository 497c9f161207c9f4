using LivcR.Support.Contracts.Privacy;

namespace LivcR.Support.Silo.Privacy;

/// <summary>The kinds of personal data found on a ticket as one number (a bit per kind), for the read model's column.</summary>
public static class PersonalDataKinds
{
    /// <summary>The bits of these kinds; 0 for none.</summary>
    public static int Mask(IEnumerable<PersonalDataKind> kinds) => kinds.Aggregate(0, (mask, kind) => mask | (1 << ((int)kind - 1)));

    /// <summary>The kinds whose bits are set, in the enum's order.</summary>
    public static IReadOnlyList<PersonalDataKind> Of(int mask) => [.. Enum.GetValues<PersonalDataKind>().Where(k => (mask & (1 << ((int)k - 1))) != 0)];
}
