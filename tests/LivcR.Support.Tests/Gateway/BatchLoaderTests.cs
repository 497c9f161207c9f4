using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Resolvers;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using LivcR.Support.Gateway.Services;

namespace LivcR.Support.Tests.Gateway;

public sealed class BatchLoaderTests
{
    private sealed record Item(string Key);

    private sealed class CountingLoad
    {
        public List<string[]> Calls { get; } = [];

        public Task<IReadOnlyDictionary<string, string>> LoadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
        {
            lock (Calls)
            {
                Calls.Add([.. keys.Order(StringComparer.Ordinal)]);
            }

            IReadOnlyDictionary<string, string> found = keys.Where(k => k != "b").ToDictionary(k => k, k => k.ToUpperInvariant(), StringComparer.Ordinal);
            return Task.FromResult(found);
        }
    }

    [Fact]
    public async Task Load_AFieldOnEveryItemOfAList_IsOneLoadThroughGraphQLExecution()
    {
        var load = new CountingLoad();
        var loader = new BatchLoader<string, string>(load.LoadAsync);
        var item = new ObjectGraphType<Item> { Name = "Item" };
        item.AddField(new FieldType { Name = "value", ResolvedType = new StringGraphType(), Resolver = new FuncFieldResolver<Item, IDataLoaderResult<string?>>(ctx => loader.Load(ctx.Source.Key)) });
        var query = new ObjectGraphType { Name = "Query" };
        query.AddField(new FieldType { Name = "items", ResolvedType = new ListGraphType(item), Resolver = new FuncFieldResolver<object, Item[]>(_ => [new("a"), new("b"), new("c"), new("a")]) });

        var result = await new DocumentExecuter().ExecuteAsync(o =>
        {
            o.Schema = new Schema { Query = query };
            o.Query = "{ items { value } }";
        });

        Assert.Equal("""{"data":{"items":[{"value":"A"},{"value":null},{"value":"C"},{"value":"A"}]}}""", new GraphQLSerializer().Serialize(result));
        Assert.Equal(["a", "b", "c"], Assert.Single(load.Calls));
    }

    [Fact]
    public async Task Load_AKeyNotedAfterALoadStarted_GoesIntoTheNextLoad()
    {
        var load = new CountingLoad();
        var loader = new BatchLoader<string, string>(load.LoadAsync);

        var first = loader.Load("a");
        Assert.Equal("A", await first.GetResultAsync());
        var second = loader.Load("c");

        Assert.Equal("C", await second.GetResultAsync());
        Assert.Equal([["a"], ["c"]], load.Calls);
    }

    [Fact]
    public async Task None_IsNothing_WithoutALoad()
    {
        var load = new CountingLoad();
        var loader = new BatchLoader<string, string>(load.LoadAsync);

        Assert.Null(await loader.None.GetResultAsync());
        Assert.Empty(load.Calls);
    }
}
