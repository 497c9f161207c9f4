using System.Buffers.Binary;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Silo.Attachments;
using MimeKit;
using MimeKit.Text;
using MimeKit.Tnef;

namespace LivcR.Support.Silo.Mail.Inbound;

/// <summary>
/// Reads the content of an incoming mail: addresses, subject, text (text/plain preferred, else HTML converted), HTML
/// made safe, quoted history split off, attachments and inline images with the attachment limits applied, and the
/// contents of an Outlook winmail.dat unpacked.
/// </summary>
/// <remarks>
/// Nothing is dropped silently: an attachment that is too large, of a kind not accepted or unreadable is listed with
/// its problem (the message itself, with everything in it, stays in the mailbox). Text parts are decoded by
/// <see cref="MailTextDecoder"/>; headers and file names (RFC 2047, RFC 2231) by MimeKit.
/// </remarks>
public static class InboundContentReader
{
    private const uint TnefSignature = 0x223E9F78;

    private static readonly string[] TnefBodyNames = ["body.txt", "body.html", "body.rtf"];

    /// <summary>Reads a message with the standard limits (<see cref="AttachmentRules"/>).</summary>
    public static InboundContent Read(MimeMessage message) =>
        Read(message, AttachmentRules.MaxFileBytes, AttachmentRules.MaxTicketBytes);

    /// <summary>Reads a message with the given limits per file and for all attachments together.</summary>
    public static InboundContent Read(MimeMessage message, long maxFileBytes, long maxTotalBytes)
    {
        ArgumentNullException.ThrowIfNull(message);
        var tnefMessages = new List<MimeMessage>();
        var attachments = new List<InboundAttachment>();
        var budget = new Budget(maxFileBytes, maxTotalBytes);
        CollectAttachments(message.Body, attachments, tnefMessages, budget, fromTnef: false);

        var plain = Normalise(Collect(message.Body, "plain"));
        var html = Collect(message.Body, "html");
        var (text, source) = (plain, BodySource.Plain);
        if (string.IsNullOrWhiteSpace(text))
        {
            (text, source) = (HtmlText.ToText(html), BodySource.Html);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            foreach (var inner in tnefMessages)
            {
                var tnefHtml = Collect(inner.Body, "html") + TnefBody(inner, "body.html");
                var tnefText = Normalise(Collect(inner.Body, "plain") + TnefBody(inner, "body.txt")).TrimEnd('\0');
                text = string.IsNullOrWhiteSpace(tnefText) ? HtmlText.ToText(tnefHtml) : tnefText;
                html = string.IsNullOrWhiteSpace(html) ? tnefHtml : html;
                source = BodySource.WinmailDat;
                if (!string.IsNullOrWhiteSpace(text))
                {
                    break;
                }
            }
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            (text, source) = (string.Empty, BodySource.None);
        }

        var from = message.From.Mailboxes.FirstOrDefault() ?? message.Sender;
        return new InboundContent
        {
            From = from is null ? null : Address(from),
            ReplyTo = [.. message.ReplyTo.Mailboxes.Select(Address)],
            To = [.. message.To.Mailboxes.Select(Address)],
            Cc = [.. message.Cc.Mailboxes.Select(Address)],
            Subject = OneLine(EncodedWords.Value(message, HeaderId.Subject)),
            Date = message.Headers.Contains(HeaderId.Date) && message.Date != DateTimeOffset.MinValue ? message.Date : null,
            MessageId = string.IsNullOrWhiteSpace(message.MessageId) ? null : message.MessageId,
            Text = text.Trim(),
            Reply = QuoteStripper.Split(text),
            TextSource = source,
            SafeHtml = string.IsNullOrWhiteSpace(html) ? null : HtmlCleaner.Sanitize(html),
            Attachments = attachments,
        };
    }

    // The body text of one kind (plain or html): alternatives give their best child, related its root, anything
    // else the body parts of all children in order. Attachments and attached mails do not count.
    private static string Collect(MimeEntity? entity, string subtype)
    {
        switch (entity)
        {
            case TextPart text when IsBodyText(text):
                return text.ContentType.IsMimeType("text", subtype) ? Decode(text) : string.Empty;
            case MultipartAlternative alternative:
                return alternative.Reverse().Select(child => Collect(child, subtype)).FirstOrDefault(t => t.Length > 0) ?? string.Empty;
            case MultipartRelated related:
                return related.Root is null ? string.Empty : Collect(related.Root, subtype);
            case Multipart multipart:
                var parts = multipart.Select(child => Collect(child, subtype)).Where(t => t.Length > 0).ToList();
                return subtype == "html" ? string.Concat(parts) : string.Join("\n\n", parts);
            default:
                return string.Empty;
        }
    }

    private static bool IsBodyText(TextPart part) =>
        (part.ContentType.IsMimeType("text", "plain") || part.ContentType.IsMimeType("text", "html"))
        && !part.IsAttachment && string.IsNullOrEmpty(part.FileName);

    private static string Decode(TextPart part)
    {
        var text = MailTextDecoder.Decode(part);
        if (!part.IsFlowed)
        {
            return text;
        }

        var delSp = string.Equals(part.ContentType.Parameters["delsp"], "yes", StringComparison.OrdinalIgnoreCase);
        return new FlowedToText { DeleteSpace = delSp }.Convert(text);
    }

    private static void CollectAttachments(MimeEntity? entity, List<InboundAttachment> found, List<MimeMessage> tnefMessages, Budget budget, bool fromTnef)
    {
        switch (entity)
        {
            case Multipart multipart:
                foreach (var child in multipart)
                {
                    CollectAttachments(child, found, tnefMessages, budget, fromTnef);
                }

                return;
            case TnefPart tnef when !fromTnef:
                MimeMessage? inner = null;
                try
                {
                    inner = HasTnefSignature(tnef) ? tnef.ConvertToMessage() : null;
                }
                catch (Exception e) when (e is TnefException or InvalidOperationException or FormatException or IOException or ArgumentException)
                {
                    inner = null;
                }

                if (inner is null)
                {
                    found.Add(budget.Unreadable(tnef.FileName ?? "winmail.dat", tnef.ContentType.MimeType, "Het winmail.dat-bestand (Outlook) kon niet gelezen worden.", fromTnef));
                    return;
                }

                tnefMessages.Add(inner);
                foreach (var part in inner.BodyParts.Where(p => !(p is TextPart && TnefBodyNames.Contains(p.ContentType.Name, StringComparer.OrdinalIgnoreCase))))
                {
                    CollectAttachments(part, found, tnefMessages, budget, fromTnef: true);
                }

                return;
            case TextPart text when IsBodyText(text):
                return;
            case MessagePart attached:
                using (var bytes = new MemoryStream())
                {
                    attached.Message?.WriteTo(bytes);
                    var name = attached.ContentDisposition?.FileName ?? (OneLine(attached.Message?.Subject) is { Length: > 0 } s ? s + ".eml" : null);
                    found.Add(budget.Take(name, attached.ContentType.MimeType, bytes.ToArray(), isInline: false, contentId: null, fromTnef));
                }

                return;
            case MimePart part:
                found.Add(budget.Take(part, fromTnef));
                return;
        }
    }

    // MimeKit reads TNEF leniently and turns garbage into an empty message; the signature tells them apart.
    private static bool HasTnefSignature(TnefPart part)
    {
        if (part.Content is null)
        {
            return false;
        }

        var start = new byte[4];
        using var decoded = part.Content.Open();
        return decoded.ReadAtLeast(start, start.Length, throwOnEndOfStream: false) == start.Length
            && BinaryPrimitives.ReadUInt32LittleEndian(start) == TnefSignature;
    }

    private static string TnefBody(MimeMessage inner, string name) =>
        string.Concat(inner.BodyParts.OfType<TextPart>()
            .Where(p => string.Equals(p.ContentType.Name, name, StringComparison.OrdinalIgnoreCase))
            .Select(MailTextDecoder.Decode));

    private static InboundAddress Address(MailboxAddress mailbox) =>
        new(mailbox.Address.Trim(), string.IsNullOrWhiteSpace(mailbox.Name) ? null : mailbox.Name.Trim());

    private static string OneLine(string? text) =>
        string.Join(' ', (text ?? string.Empty).Split((char[])['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));

    private static string Normalise(string text) => text.ReplaceLineEndings("\n");

    // Applies the limits in the order of the mail: a file over the per-file limit, or one that would take the
    // message over the total, is listed with its problem and without content.
    private sealed class Budget(long maxFileBytes, long maxTotalBytes)
    {
        private long _taken;
        private int _unnamed;

        public InboundAttachment Take(MimePart part, bool fromTnef)
        {
            var isInline = part.ContentType.MediaType.Equals("image", StringComparison.OrdinalIgnoreCase)
                && (!string.IsNullOrEmpty(part.ContentId) || part.ContentDisposition?.Disposition?.Equals(ContentDisposition.Inline, StringComparison.OrdinalIgnoreCase) == true);
            if (part.Content is null)
            {
                return Take(part.FileName, part.ContentType.MimeType, [], isInline, part.ContentId, fromTnef);
            }

            using var capped = new CappedStream(maxFileBytes);
            try
            {
                part.Content.DecodeTo(capped);
            }
            catch (Exception e) when (e is FormatException or IOException or InvalidOperationException)
            {
                return Unreadable(part.FileName, part.ContentType.MimeType, "De bijlage kon niet gedecodeerd worden.", fromTnef);
            }

            if (capped.Length > maxFileBytes)
            {
                return new InboundAttachment(Name(part.FileName, part.ContentType.MimeType), part.ContentType.MimeType, capped.Length, isInline, part.ContentId, fromTnef, null,
                    AttachmentProblem.TooLarge, $"De bijlage is groter dan {maxFileBytes / (1024 * 1024)} MB.");
            }

            return Take(part.FileName, part.ContentType.MimeType, capped.ToArray(), isInline, part.ContentId, fromTnef);
        }

        public InboundAttachment Take(string? fileName, string declaredType, byte[] content, bool isInline, string? contentId, bool fromTnef)
        {
            var name = Name(fileName, declaredType);
            if (content.LongLength > maxFileBytes)
            {
                return new InboundAttachment(name, declaredType, content.LongLength, isInline, contentId, fromTnef, null,
                    AttachmentProblem.TooLarge, $"De bijlage is groter dan {maxFileBytes / (1024 * 1024)} MB.");
            }

            string type;
            try
            {
                type = AttachmentRules.Detect(name, content);
            }
            catch (SupportException e)
            {
                return new InboundAttachment(name, declaredType, content.LongLength, isInline, contentId, fromTnef, null, AttachmentProblem.NotAllowed, e.Message);
            }

            if (_taken + content.LongLength > maxTotalBytes)
            {
                return new InboundAttachment(name, type, content.LongLength, isInline, contentId, fromTnef, null,
                    AttachmentProblem.TotalTooLarge, $"Samen zijn de bijlagen groter dan {maxTotalBytes / (1024 * 1024)} MB.");
            }

            _taken += content.LongLength;
            return new InboundAttachment(name, type, content.LongLength, isInline, contentId, fromTnef, content, null, null);
        }

        public InboundAttachment Unreadable(string? fileName, string declaredType, string message, bool fromTnef) =>
            new(Name(fileName, declaredType), declaredType, 0, false, null, fromTnef, null, AttachmentProblem.Unreadable, message);

        private string Name(string? fileName, string declaredType)
        {
            if (!string.IsNullOrWhiteSpace(fileName))
            {
                try
                {
                    return AttachmentRules.CleanName(fileName);
                }
                catch (SupportException)
                {
                    // A name of only dots or control characters: made up below, like a missing one.
                }
            }

            _unnamed++;
            var extension = MimeTypes.TryGetExtension(declaredType, out var known) ? known : ".bin";
            return $"bijlage-{_unnamed}{extension}";
        }
    }

    // Keeps the first bytes up to the limit and counts the rest, so a huge part is measured without being held.
    private sealed class CappedStream(long cap) : Stream
    {
        private readonly MemoryStream _kept = new();
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position
        {
            get => _length;
            set => throw new NotSupportedException();
        }

        public byte[] ToArray() => _kept.ToArray();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            var room = Math.Max(0, cap - _length);
            if (room > 0)
            {
                _kept.Write(buffer[..(int)Math.Min(room, buffer.Length)]);
            }

            _length += buffer.Length;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _kept.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
