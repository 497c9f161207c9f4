using System.Collections.Frozen;
using System.Reflection;

namespace LivcR.Support.Client;

/// <summary>
/// Every GraphQL document the client sends, one public constant each, in one class so that a test can validate them all
/// against the server's schema. Each area of the API adds its constants in its own part of this class.
/// </summary>
/// <remarks>
/// Values always travel as variables, never inside a document. Object results are selected with one fragment per
/// client record (<c>fragment TicketFields on Ticket</c> for <see cref="Ticket"/>), so a record and what the server is
/// asked for cannot drift apart unnoticed. Fragments are private constants; each document carries the fragments it uses.
/// </remarks>
public static partial class Documents
{
    /// <summary>All documents by constant name.</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = typeof(Documents)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .ToFrozenDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!, StringComparer.Ordinal);
}
