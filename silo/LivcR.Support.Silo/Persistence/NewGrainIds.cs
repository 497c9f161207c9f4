using System.Collections.Concurrent;

namespace LivcR.Support.Silo.Persistence;

/// <summary>
/// Grains this process is about to create and knows have never been stored: a ticket whose number was just taken from a
/// freshly reserved block. Their activation skips the storage read (<see cref="NewGrainAwareStorage"/>).
/// </summary>
/// <remarks>
/// Only a saving, never needed for correctness: an id that is not taken (its grain activated in another silo) is
/// forgotten when the set grows past <see cref="Limit"/>; and should an id ever be marked wrongly, the first write of the
/// empty state is an insert without a version, which the storage refuses when a row exists (a conflict, nothing overwritten).
/// </remarks>
public sealed class NewGrainIds
{
    /// <summary>Most ids remembered at once.</summary>
    public const int Limit = 10_000;

    private readonly ConcurrentDictionary<GrainId, byte> _ids = new();

    /// <summary>Remembers that <paramref name="id"/> has no stored state.</summary>
    public void Mark(GrainId id)
    {
        if (_ids.Count >= Limit)
        {
            _ids.Clear();
        }

        _ids.TryAdd(id, 0);
    }

    /// <summary>True once for a marked id (the activation that may skip its read), false otherwise.</summary>
    public bool TryTake(GrainId id) => _ids.TryRemove(id, out _);
}
