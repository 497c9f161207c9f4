using LivcR.Support.Contracts.Assignment;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Audit;
using LivcR.Support.Silo.Persistence;
using LivcR.Support.Silo.ReadModel;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;

namespace LivcR.Support.Silo.Assignment;

/// <summary>
/// Chooses the assignee of each new ticket (asked by the intake before the ticket is opened, so assigning costs no write
/// of its own) and moves an absent person's tickets on. The round-robin position lives in memory: after a restart the
/// turn starts again at the rule's first person, which spreads the work just as evenly.
/// </summary>
[Reentrant]
public sealed partial class AssignmentGrain(
    [PersistentState(stateName: "assignment", storageName: StorageNames.Support)] IPersistentState<AssignmentState> stored,
    TicketQueries queries,
    AuditLog audit,
    ILogger<AssignmentGrain> logger) : Grain, IAssignmentGrain
{
    private static readonly TimeSpan CountsFresh = TimeSpan.FromSeconds(30);
    private readonly Dictionary<string, string> _lastByRule = new(StringComparer.Ordinal);
    private Dictionary<string, int> _open = new(StringComparer.OrdinalIgnoreCase);
    private DateTimeOffset _openReadAt = DateTimeOffset.MinValue;

    /// <inheritdoc/>
    public Task<AssignmentView> GetAsync() => Task.FromResult(stored.State.ToView());

    /// <inheritdoc/>
    public async Task<AssignmentView> SaveAsync(AssignmentMode mode, IReadOnlyList<AssignmentRule> rules)
    {
        stored.State.Mode = mode;
        stored.State.Rules = [.. AssignmentRules.Normalise(rules)];
        await stored.WriteStateAsync();
        _lastByRule.Clear();
        return stored.State.ToView();
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<ReassignedTicket>> SetAbsentAsync(string email, bool absent)
    {
        var address = email.Trim().ToLowerInvariant();
        stored.State.Absent.RemoveAll(a => a == address);
        if (absent)
        {
            stored.State.Absent.Add(address);
        }

        await stored.WriteStateAsync();
        if (!absent)
        {
            return [];
        }

        var moved = new List<ReassignedTicket>();
        foreach (var number in await queries.OpenNumbersOfAssigneeAsync(address))
        {
            var ticket = GrainFactory.GetGrain<ITicketGrain>(number);
            var view = await ticket.GetAsync(TicketAudience.Staff);
            if (view is null || !string.Equals(view.AssigneeEmail, address, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var next = await ChooseAsync(view.Category);
            await ticket.TriageAsync(new TicketTriage(TicketActor.System, AssigneeEmail: next ?? string.Empty));
            await audit.RecordAsync(TicketActor.System.Email, "ticket.reassign-absence", $"ticket:{number}", "silo", next is null ? $"unassigned ({address} absent)" : $"{address} → {next}");
            moved.Add(new ReassignedTicket(number, next));
        }

        LogReassigned(logger, moved.Count);
        return moved;
    }

    /// <inheritdoc/>
    public async Task<string?> ChooseAsync(string? category)
    {
        var assignment = stored.State.ToView();
        if (assignment.Mode == AssignmentMode.Off)
        {
            return null;
        }

        var candidates = AssignmentRules.Candidates(assignment, category);
        if (candidates.Count == 0)
        {
            return null;
        }

        if (assignment.Mode == AssignmentMode.FewestOpen && DateTimeOffset.UtcNow - _openReadAt > CountsFresh)
        {
            _open = new Dictionary<string, int>(await queries.OpenCountsByAssigneeAsync(), StringComparer.OrdinalIgnoreCase);
            _openReadAt = DateTimeOffset.UtcNow;
        }

        var rule = category ?? string.Empty;
        var chosen = AssignmentRules.Choose(assignment.Mode, candidates, _lastByRule.GetValueOrDefault(rule), _open);
        if (chosen is not null)
        {
            _lastByRule[rule] = chosen;
            _open[chosen] = _open.GetValueOrDefault(chosen) + 1;
        }

        return chosen;
    }

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Absence: {Count} tickets moved to a colleague")]
    private static partial void LogReassigned(ILogger logger, int count);
}
