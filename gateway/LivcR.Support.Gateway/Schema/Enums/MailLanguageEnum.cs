using GraphQL.Types;
using LivcR.Support.Contracts.Mail;

namespace LivcR.Support.Gateway.Schema.Enums;

/// <summary>GraphQL enum of the languages mail is written in.</summary>
public sealed class MailLanguageEnum : EnumerationGraphType<MailLanguage>
{
    /// <summary>Creates the type.</summary>
    public MailLanguageEnum()
    {
        Name = "MailLanguage";
        Description = "The language a person gets mail in: NL (Dutch, nl-BE, the default), FR or EN.";
    }
}
