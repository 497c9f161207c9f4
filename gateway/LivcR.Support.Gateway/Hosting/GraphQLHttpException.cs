namespace LivcR.Support.Gateway.Hosting;

/// <summary>A request the endpoint refuses before execution, with the HTTP status to answer.</summary>
internal sealed class GraphQLHttpException(int status, string code, string message) : Exception(message)
{
    public int Status { get; } = status;

    public string Code { get; } = code;

    public string? Allow { get; init; }
}
