namespace LivcR.Support.Bench;

/// <summary>The web application's pages as one municipal user gets them, on the loaded database.</summary>
/// <param name="Municipality">The user's municipality (name and NIS code).</param>
/// <param name="TicketsVisible">How many tickets that municipality has (what the user's list counts).</param>
/// <param name="SearchHits">How many of them the search word finds.</param>
/// <param name="Entries">Thread entries on the measured ticket page.</param>
/// <param name="Restart">Build and start of the gateway on the loaded database, until it answers.</param>
/// <param name="Home">The home page, <c>/</c>.</param>
/// <param name="List">The ticket list, <c>/tickets</c>.</param>
/// <param name="Search">The ticket list searched for <see cref="TextCorpus.SearchWord"/>.</param>
/// <param name="Ticket">The page of the ticket with the long thread.</param>
/// <param name="DeskQueue">The staff desk's triage queue, <c>/werkbak</c> (all active tickets, due time first).</param>
/// <param name="DeskQueueSearch">That queue searched for <see cref="TextCorpus.SearchWord"/>.</param>
internal sealed record PortalResult(
    string Municipality,
    int TicketsVisible,
    int SearchHits,
    int Entries,
    TimeSpan Restart,
    PageTiming Home,
    PageTiming List,
    PageTiming Search,
    PageTiming Ticket,
    PageTiming DeskQueue,
    PageTiming DeskQueueSearch);

/// <summary>One page, requested one time after the other: time to the first byte, to the last byte, and its size.</summary>
internal sealed record PageTiming(string Path, Latency FirstByte, Latency Whole, int Bytes);
