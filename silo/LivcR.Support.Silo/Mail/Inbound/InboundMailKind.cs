namespace LivcR.Support.Silo.Mail.Inbound;

/// <summary>What an incoming mail is, as far as its headers and structure tell.</summary>
public enum InboundMailKind
{
    /// <summary>A person's mail that refers to no ticket: a new question.</summary>
    NewQuestion = 0,

    /// <summary>
    /// A person's mail that refers to a ticket (subject tag or a verified reference). Only a candidate: whether the sender
    /// may add to that ticket is decided by <see cref="ReplyAcceptanceRule"/>.
    /// </summary>
    ReplyCandidate = 1,

    /// <summary>Mail written by a machine (out-of-office, list mail, read receipt): never a ticket, never answered.</summary>
    Automatic = 2,

    /// <summary>A delivery failure or delay report about mail the system sent.</summary>
    Bounce = 3,
}
