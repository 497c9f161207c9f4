using System.ComponentModel.DataAnnotations;

namespace LivcR.Support.Gateway.Live;

/// <summary>Limits of live subscriptions (section <c>Live</c>).</summary>
public sealed class LiveOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Live";

    /// <summary>At most this many subscriptions on one WebSocket connection.</summary>
    [Range(1, 1000)]
    public int MaxSubscriptionsPerConnection { get; set; } = 20;

    /// <summary>At most this many open subscriptions per person on one gateway, over all connections.</summary>
    [Range(1, 10000)]
    public int MaxSubscriptionsPerUser { get; set; } = 50;

    /// <summary>A WebSocket connection without a subscription for this long is closed.</summary>
    [Range(5, 86400)]
    public int IdleSeconds { get; set; } = 300;

    /// <summary>Seconds between keep-alive signals on an open stream (an SSE comment, a WebSocket ping).</summary>
    [Range(1, 3600)]
    public int KeepAliveSeconds { get; set; } = 15;

    /// <summary>A subscriber that falls this many events behind is ended (it reconnects and reads the current state).</summary>
    [Range(10, 100000)]
    public int MaxBacklog { get; set; } = 1000;
}
