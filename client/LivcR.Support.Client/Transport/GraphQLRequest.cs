namespace LivcR.Support.Client;

/// <summary>The body of a GraphQL-over-HTTP POST.</summary>
/// <param name="Query">One of the documents in <see cref="Documents"/>.</param>
/// <param name="Variables">The values, as an object whose members are the document's variables; null when it has none.</param>
internal sealed record GraphQLRequest(string Query, object? Variables);
