using LivcR.Support.Contracts.Mail;
using LivcR.Support.Contracts.People;

namespace LivcR.Support.Silo.People;

/// <summary>The stored state of a person.</summary>
[GenerateSerializer]
[Alias("livcr.person-state")]
public sealed class PersonState
{
    /// <summary>Full name; empty while the person is unknown.</summary>
    [Id(0)]
    public string Name { get; set; } = string.Empty;

    /// <summary>Roles with their scopes.</summary>
    [Id(1)]
    public List<RoleGrant> Roles { get; set; } = [];

    /// <summary>Sign-in codes and lockout.</summary>
    [Id(2)]
    public SignInState SignIn { get; set; } = new();

    /// <summary>True once the person was created.</summary>
    [Id(3)]
    public bool Exists { get; set; }

    /// <summary>The language the person gets mail in.</summary>
    [Id(4)]
    public MailLanguage MailLanguage { get; set; }

    /// <summary>Set after a permanent bounce; kept for an address without a person too.</summary>
    [Id(5)]
    public MailUndeliverable? Undeliverable { get; set; }
}
