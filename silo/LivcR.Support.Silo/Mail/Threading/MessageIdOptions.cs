namespace LivcR.Support.Silo.Mail.Threading;

/// <summary>How the Message-IDs of outgoing mail are signed. Section <c>Mail</c>.</summary>
/// <remarks>
/// The secret is a secret: pass it by environment (<c>Mail__MessageIdSecret</c>); it is never logged. Without it a
/// random secret is generated once into <see cref="MessageIdSecretPath"/> (owner-only), which suits one standalone
/// process. A cluster must configure the same secret on every node, or replies threaded by reference are only
/// recognised by the node that sent the mail. Changing the secret makes references in earlier mail unrecognised
/// (the subject tag still works).
/// </remarks>
public sealed class MessageIdOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Mail";

    /// <summary>The signing secret (at least 32 bytes of UTF-8), e.g. the output of <c>openssl rand -base64 48</c>.</summary>
    public string? MessageIdSecret { get; set; }

    /// <summary>Where the generated secret is kept when <see cref="MessageIdSecret"/> is not set.</summary>
    public string MessageIdSecretPath { get; set; } = Path.Combine("data", "message-id-secret");

    /// <summary>The domain of the Message-IDs; empty means the domain of <c>Smtp:From</c>.</summary>
    public string? MessageIdDomain { get; set; }
}
