using System.Text;
using MimeKit;

namespace LivcR.Support.Tests.Mail;

/// <summary>Parses mail written out as text in a test, the way the IMAP reader will get it (CRLF line ends).</summary>
internal static class MailText
{
    public static MimeMessage Parse(string raw) => Parse(raw, Encoding.UTF8);

    /// <summary>Parses text written to bytes in the given encoding (e.g. Latin-1 for an ISO-8859-1 body sent as 8bit).</summary>
    public static MimeMessage Parse(string raw, Encoding encoding)
    {
        var crlf = raw.ReplaceLineEndings("\r\n");
        return MimeMessage.Load(new MemoryStream(encoding.GetBytes(crlf)));
    }
}
