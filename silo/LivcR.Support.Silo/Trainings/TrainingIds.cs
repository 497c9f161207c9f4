namespace LivcR.Support.Silo.Trainings;

/// <summary>Ids of sessions: "s" and ten hex digits, chosen by whoever schedules (so the catalogue never has to call a session).</summary>
public static class TrainingIds
{
    /// <summary>A new session id.</summary>
    public static string NewSession() => "s" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>True when the text has the form of a session or training id.</summary>
    public static bool IsId(string? id) => id is { Length: 11 } && id[0] is 's' or 't' && id[1..].All(char.IsAsciiHexDigitLower);
}
