namespace LivcR.Support.Silo.Mail.Inbound;

/// <summary>Where the plain text of an incoming mail came from.</summary>
public enum BodySource
{
    /// <summary>The mail has no readable text.</summary>
    None = 0,

    /// <summary>Its text/plain part.</summary>
    Plain = 1,

    /// <summary>Its text/html part, converted to text.</summary>
    Html = 2,

    /// <summary>The body inside its winmail.dat (TNEF) part.</summary>
    WinmailDat = 3,
}
