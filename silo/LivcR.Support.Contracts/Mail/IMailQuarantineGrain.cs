namespace LivcR.Support.Contracts.Mail;

/// <summary>Staff decisions on quarantined mail, carried out in the silo (key 0; a stateless worker).</summary>
[Alias("livcr.mail-quarantine")]
public interface IMailQuarantineGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// Turns a quarantined mail into a new ticket (whatever it was classified as) and marks it released by
    /// <paramref name="staffEmail"/>; returns the ticket number. NOT_FOUND for an unknown id, CONFLICT when it was already
    /// decided on or its content was not kept.
    /// </summary>
    [Alias("release")]
    Task<string> ReleaseAsync(string id, string staffEmail);
}
