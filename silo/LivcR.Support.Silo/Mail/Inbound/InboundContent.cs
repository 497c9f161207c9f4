namespace LivcR.Support.Silo.Mail.Inbound;

/// <summary>What an incoming mail says, read by <see cref="InboundContentReader"/>.</summary>
/// <remarks>Personal data: never log any of it beyond the Message-ID.</remarks>
public sealed record InboundContent
{
    /// <summary>The sender (first <c>From</c> mailbox; <c>Sender</c> when From is missing); null when the mail names none.</summary>
    public InboundAddress? From { get; init; }

    /// <summary>The <c>Reply-To</c> addresses.</summary>
    public IReadOnlyList<InboundAddress> ReplyTo { get; init; } = [];

    /// <summary>The <c>To</c> addresses.</summary>
    public IReadOnlyList<InboundAddress> To { get; init; } = [];

    /// <summary>
    /// The <c>Cc</c> addresses, kept apart: people copied in never replace the sender as requester and never get a
    /// ticket of their own.
    /// </summary>
    public IReadOnlyList<InboundAddress> Cc { get; init; } = [];

    /// <summary>The subject, decoded (RFC 2047), on one line; empty when missing.</summary>
    public string Subject { get; init; } = string.Empty;

    /// <summary>The <c>Date</c> header; null when missing or unreadable.</summary>
    public DateTimeOffset? Date { get; init; }

    /// <summary>The Message-ID without angle brackets; null when missing.</summary>
    public string? MessageId { get; init; }

    /// <summary>The whole text as received, quoted history included (the full original).</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>The text split into what the sender wrote and the quoted history (<see cref="QuoteStripper"/>).</summary>
    public QuoteSplit Reply { get; init; } = new(string.Empty, string.Empty);

    /// <summary>Where <see cref="Text"/> came from.</summary>
    public BodySource TextSource { get; init; }

    /// <summary>The HTML body made safe for display (<see cref="HtmlCleaner"/>); null when the mail has no HTML.</summary>
    public string? SafeHtml { get; init; }

    /// <summary>Attachments and inline images in the order of the mail, accepted or not.</summary>
    public IReadOnlyList<InboundAttachment> Attachments { get; init; } = [];
}
