using LivcR.Support.Contracts.Requests;

namespace LivcR.Support.Silo.Requests;

/// <summary>
/// The idempotency keys a grain keeps in its own state, written in the same durable write as the change they made, so
/// a retry — also after a crash — finds the first result. Bounded: keys older than <see cref="ClientRequestIds.Window"/>
/// are dropped, and at most <see cref="MaxKept"/> are kept.
/// </summary>
public static class RequestKeys
{
    /// <summary>The most keys one grain keeps.</summary>
    public const int MaxKept = 200;

    /// <summary>The result of the request with this key, when it was carried out within the window; else null.</summary>
    public static string? Find(IReadOnlyList<RequestKeyState> keys, string? key, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (key is null)
        {
            return null;
        }

        for (var i = keys.Count - 1; i >= 0; i--)
        {
            if (keys[i].Key == key && now - keys[i].At < ClientRequestIds.Window)
            {
                return keys[i].Result;
            }
        }

        return null;
    }

    /// <summary>Remembers that the request with <paramref name="key"/> (when given) made <paramref name="result"/>.</summary>
    public static void Remember(List<RequestKeyState> keys, string? key, string result, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (key is null)
        {
            return;
        }

        keys.RemoveAll(k => now - k.At >= ClientRequestIds.Window || k.Key == key);
        keys.Add(new RequestKeyState { Key = key, At = now, Result = result });
        if (keys.Count > MaxKept)
        {
            keys.RemoveRange(0, keys.Count - MaxKept);
        }
    }
}
