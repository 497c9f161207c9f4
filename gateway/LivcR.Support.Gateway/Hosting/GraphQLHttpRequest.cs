using GraphQL;

namespace LivcR.Support.Gateway.Hosting;

/// <summary>The parameters of one GraphQL-over-HTTP request, after the HTTP layer checked their types.</summary>
internal sealed record GraphQLHttpRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions);
