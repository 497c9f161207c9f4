namespace LivcR.Support.Contracts.Mail;

/// <summary>A file sent along with a mail, e.g. an iCalendar invitation (<c>text/calendar; method=REQUEST</c>).</summary>
[GenerateSerializer]
[Alias("livcr.outbound-attachment")]
public sealed record OutboundAttachment(
    [property: Id(0)] string FileName,
    [property: Id(1)] string ContentType,
    [property: Id(2)] byte[] Content);
