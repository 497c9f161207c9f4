namespace LivcR.Support.Tests.Client;

/// <summary>
/// Sends every request on; answers are thrown away until <see cref="LoseAnswers"/> were in all and the call fails as a dropped
/// connection does, after the server carried the request out.
/// </summary>
public sealed class AnswerLosingHandler() : DelegatingHandler(new SocketsHttpHandler())
{
    private int _lost;

    /// <summary>How many answers to lose in all.</summary>
    public int LoseAnswers { get; set; } = 1;

    /// <summary>How many requests went to the server.</summary>
    public int Requests { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests++;
        var response = await base.SendAsync(request, cancellationToken);
        if (_lost < LoseAnswers)
        {
            _lost++;
            response.Dispose();
            throw new HttpRequestException("The connection was reset (test).");
        }

        return response;
    }
}
