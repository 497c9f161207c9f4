using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;

namespace LivcR.Support.Gateway.Hosting;

/// <summary>
/// Parsed documents that have passed full validation once, by query text, so a repeated document (clients send the same
/// few documents with different variables) is neither parsed nor fully validated again.
/// </summary>
/// <remarks>
/// Rules that depend on the caller or the variables run every time: those registered with <c>useForCachedDocuments</c>
/// (introspection access, alias limit) and the complexity limit. A document that failed validation is never stored.
/// </remarks>
public sealed class ValidatedDocumentCache : IConfigureExecution
{
    /// <summary>Most documents kept; when full, the cache starts over (clients use a handful of documents).</summary>
    public const int Capacity = 1024;

    /// <summary>Longest query text kept.</summary>
    public const int MaxQueryLength = 16 * 1024;

    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public float SortOrder => 200;

    /// <summary>The validated document of this query text, if known.</summary>
    public GraphQLDocument? Find(string? query) => query is not null && _documents.TryGetValue(query, out var document) ? document : null;

    /// <inheritdoc />
    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Query is not { Length: <= MaxQueryLength } query || options.Document is not { } document)
        {
            return await next(options);
        }

        var known = _documents.TryGetValue(query, out var cached) && ReferenceEquals(cached, document);
        if (known)
        {
            options.ValidationRules = (options.CachedDocumentValidationRules ?? [])
                .Concat(options.ValidationRules?.OfType<ComplexityValidationRule>() ?? [])
                .ToList();
        }

        var result = await next(options);
        if (!known && result.Executed)
        {
            if (_documents.Count >= Capacity)
            {
                _documents.Clear();
            }

            _documents.TryAdd(query, document);
        }

        return result;
    }
}
