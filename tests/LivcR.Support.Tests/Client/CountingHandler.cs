namespace LivcR.Support.Tests.Client;

/// <summary>Sends requests on to the network and counts them, to see how many round trips a client call makes.</summary>
public sealed class CountingHandler() : DelegatingHandler(new SocketsHttpHandler())
{
    private int _requests;

    public int Requests
    {
        get => Volatile.Read(ref _requests);
        set => Volatile.Write(ref _requests, value);
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        return base.SendAsync(request, cancellationToken);
    }
}
