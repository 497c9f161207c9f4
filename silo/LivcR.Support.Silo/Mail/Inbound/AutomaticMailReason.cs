namespace LivcR.Support.Silo.Mail.Inbound;

/// <summary>Which sign marked a mail as automatic.</summary>
public enum AutomaticMailReason
{
    /// <summary>An RFC 3834 <c>Auto-Submitted</c> header with a value other than <c>no</c>.</summary>
    AutoSubmitted = 0,

    /// <summary><c>Precedence: bulk</c>, <c>junk</c>, <c>list</c> or <c>auto_reply</c>.</summary>
    Precedence = 1,

    /// <summary>An <c>X-Autoreply</c> or <c>X-Autorespond</c> header.</summary>
    AutoReplyHeader = 2,

    /// <summary>An <c>X-Auto-Response-Suppress</c> header (Microsoft Exchange's mark on its own automatic mail).</summary>
    AutoResponseSuppress = 3,

    /// <summary>No longer given (kept: enum numbers are never reused): list mail is taken in without acknowledgement, see <see cref="RobotSenderRules"/>.</summary>
    MailingList = 4,

    /// <summary>An out-of-office subject in Dutch, French, English or German.</summary>
    OutOfOfficeSubject = 5,

    /// <summary>A report that is not a delivery failure: a read receipt or a successful delivery notice.</summary>
    DeliveryReport = 6,
}
