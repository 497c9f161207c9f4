using GraphQL;

namespace LivcR.Support.Gateway.Live;

/// <summary>The errors a live transport adds itself (not from a resolver).</summary>
internal static class LiveErrors
{
    /// <summary>The subscriber fell too far behind and was ended: it should subscribe again.</summary>
    public static ExecutionResult TooFarBehind() => Error("Je liep te ver achter op de live-gebeurtenissen; abonneer opnieuw.", "RATE_LIMITED");

    /// <summary>The event source failed.</summary>
    public static ExecutionResult StreamFailed() => Error("De live-gebeurtenissen zijn onderbroken; abonneer opnieuw.", "INTERNAL");

    /// <summary>One error with a code.</summary>
    public static ExecutionResult Error(string message, string code)
    {
        var error = new ExecutionError(message) { Code = code };
        return new ExecutionResult { Errors = [error], Executed = true };
    }
}
