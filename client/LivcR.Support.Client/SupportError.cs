namespace LivcR.Support.Client;

/// <summary>One error the server reported.</summary>
/// <param name="Message">The server's message (Dutch for the domain's errors), fit to show to the user.</param>
/// <param name="Code">The server's <c>extensions.code</c> (see <see cref="SupportErrorCodes"/>).</param>
/// <param name="Field">For <see cref="SupportErrorCodes.BadUserInput"/>: the input field that is wrong, when the server names it.</param>
/// <param name="Path">Where in the result the error happened, e.g. <c>["ticket"]</c>; empty for request errors.</param>
public sealed record SupportError(string Message, string Code, string? Field, IReadOnlyList<string> Path);
