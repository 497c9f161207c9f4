namespace LivcR.Support.Silo.Mail.Inbound;

/// <summary>The outcome of <see cref="MailClassifier.Classify"/>.</summary>
public sealed record MailClassification
{
    /// <summary>What the mail is.</summary>
    public required InboundMailKind Kind { get; init; }

    /// <summary>
    /// The key that identifies this mail however often it is read or delivered, and tells it apart from another mail with
    /// the same Message-ID (see <see cref="MailDedupeKey"/>).
    /// </summary>
    public required string DedupeKey { get; init; }

    /// <summary>
    /// The ticket the mail refers to: for a reply candidate always set; for an automatic mail or a bounce set when it
    /// can be tied to a ticket (to record it there as a system event); null for a new question.
    /// </summary>
    public TicketReference? Ticket { get; init; }

    /// <summary>For <see cref="InboundMailKind.Automatic"/>: the first sign found.</summary>
    public AutomaticMailReason? AutomaticReason { get; init; }

    /// <summary>For <see cref="InboundMailKind.Automatic"/>: the header and value or subject phrase that matched, for the record.</summary>
    public string? AutomaticDetail { get; init; }

    /// <summary>
    /// For a new question or reply candidate from a sender nobody reads answers to (<see cref="RobotSenderRules"/>): why it
    /// gets no acknowledgement; null for a person's mail.
    /// </summary>
    public string? NoAcknowledgement { get; init; }

    /// <summary>For <see cref="InboundMailKind.Bounce"/>: the parsed report.</summary>
    public BounceReport? Bounce { get; init; }

    /// <summary>
    /// Every Message-ID the mail refers to (<c>In-Reply-To</c> first, then <c>References</c> newest first), signed or not:
    /// the intake may look unsigned ones up among the ids a ticket received.
    /// </summary>
    public IReadOnlyList<string> References { get; init; } = [];
}
