namespace LivcR.Support.Contracts.Errors;

/// <summary>A rule of the domain refused a request. Crosses the grain boundary with its code and message.</summary>
/// <remarks>The message is shown to the user: it must be clear and must never contain personal data.</remarks>
[GenerateSerializer]
[Alias("livcr.support-exception")]
public sealed class SupportException : Exception
{
    /// <summary>Creates the exception with one of the <see cref="SupportErrorCode"/> values.</summary>
    public SupportException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    /// <summary>One of the <see cref="SupportErrorCode"/> values.</summary>
    [Id(0)]
    public string Code { get; private set; }

    /// <summary>Name of the input field that was wrong, if any (e.g. "subject").</summary>
    [Id(1)]
    public string? Field { get; init; }

    /// <summary>A bad-input error on one field.</summary>
    public static SupportException BadInput(string field, string message) =>
        new(SupportErrorCode.BadUserInput, message) { Field = field };

    /// <summary>A not-found error.</summary>
    public static SupportException NotFound(string message) => new(SupportErrorCode.NotFound, message);
}
