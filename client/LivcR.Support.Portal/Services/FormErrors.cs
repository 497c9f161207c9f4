using LivcR.Support.Client;
using Microsoft.Extensions.Localization;

namespace LivcR.Support.Portal.Services;

/// <summary>
/// What a refused form shows: the gateway's message next to its field, the rest above the form, and too-large or
/// too-many requests as plain sentences. Field names are the gateway's input names (<c>subject</c>, <c>body</c>, …), which
/// are also the ids of the inputs.
/// </summary>
public sealed class FormErrors
{
    private readonly List<(string? Field, string Message)> _all = [];

    /// <summary>True when something was refused.</summary>
    public bool Any => _all.Count > 0;

    /// <summary>Every message, with the field it belongs to (null: the form as a whole).</summary>
    public IReadOnlyList<(string? Field, string Message)> All => _all;

    /// <summary>The message for one field, or null.</summary>
    public string? For(string field) => _all.FirstOrDefault(e => e.Field == field).Message;

    /// <summary>Adds a message for a field (or the whole form when <paramref name="field"/> is null).</summary>
    public void Add(string? field, string message) => _all.Add((field, message));

    /// <summary>The errors of a refused call; <paramref name="fields"/> are the fields the form has (others go above the form).</summary>
    public static FormErrors From(SupportClientException refused, IStringLocalizer texts, params string[] fields)
    {
        var errors = new FormErrors();
        foreach (var error in refused.Errors)
        {
            var field = error.Field is { } f ? fields.FirstOrDefault(x => string.Equals(x, Last(f), StringComparison.OrdinalIgnoreCase)) : null;
            errors.Add(field, MessageOf(error, refused, texts));
        }

        return errors;
    }

    /// <summary>The sentence a person reads for a refusal.</summary>
    public static string MessageOf(SupportError error, SupportClientException refused, IStringLocalizer texts) => error.Code switch
    {
        SupportErrorCodes.RateLimited => texts["Error.RateLimited"],
        SupportErrorCodes.RequestTooLarge => texts["Error.TooLarge"],
        SupportErrorCodes.Internal or SupportErrorCodes.InvalidResponse or SupportErrorCodes.HttpError => texts["Error.Unexpected"],
        _ when refused.StatusCode == System.Net.HttpStatusCode.RequestEntityTooLarge => texts["Error.TooLarge"],
        _ => error.Message,
    };

    private static string Last(string path) => path[(path.LastIndexOf('.') + 1)..];
}
