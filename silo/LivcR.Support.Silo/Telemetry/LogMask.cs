namespace LivcR.Support.Silo.Telemetry;

/// <summary>Masks personal data that a log line needs to point at, so logs (and Seq) do not hold it in full.</summary>
public static class LogMask
{
    /// <summary><c>coordinator@gent.example</c> becomes <c>c…r@gent.example</c>; a local part of one or two characters keeps its first.</summary>
    public static string Email(string? address)
    {
        if (string.IsNullOrEmpty(address))
        {
            return string.Empty;
        }

        var at = address.LastIndexOf('@');
        if (at <= 0)
        {
            return "…";
        }

        var local = address[..at];
        var masked = local.Length <= 2 ? local[0] + "…" : $"{local[0]}…{local[^1]}";
        return masked + address[at..];
    }
}
